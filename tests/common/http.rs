//! A plain HTTP client for the `serve` tests: raw requests sent byte for byte (no client
//! normalization of the target), replies read to the end, and a live-reload listener.
//! Every wait is bounded: a broken server fails the tests, it never hangs them.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use portsite::serve::{ServeOptions, Server};

use super::TestSite;

pub const ENTRY: &str = "content/ports/3712/index.en.md";
pub const BOUND: Duration = Duration::from_secs(10);

pub fn options(site: &TestSite) -> ServeOptions {
    ServeOptions::new(site.root(), "127.0.0.1:0".parse().unwrap())
}

pub fn start(site: &TestSite) -> Server {
    start_with(options(site))
}

pub fn start_with(options: ServeOptions) -> Server {
    Server::start(options).unwrap_or_else(|e| panic!("server did not start: {e}"))
}

/// One response, read to the end of the connection.
pub struct Reply {
    pub status: u16,
    pub head: String,
    pub body: String,
    pub raw_body: Vec<u8>,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }
}

pub fn connect(addr: SocketAddr) -> TcpStream {
    let stream = TcpStream::connect_timeout(&addr, BOUND).expect("connect");
    stream.set_read_timeout(Some(BOUND)).unwrap();
    stream.set_write_timeout(Some(BOUND)).unwrap();
    stream
}

/// Sends `target` byte for byte (no client-side normalization) and reads the reply.
pub fn get(addr: SocketAddr, target: &str) -> Reply {
    request(addr, "GET", target)
}

pub fn request(addr: SocketAddr, method: &str, target: &str) -> Reply {
    let mut stream = connect(addr);
    write!(
        stream,
        "{method} {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read reply");
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete head");
    let head = String::from_utf8_lossy(&raw[..end]).into_owned();
    let raw_body = raw[end + 4..].to_vec();
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap();
    Reply {
        status,
        head,
        body: String::from_utf8_lossy(&raw_body).into_owned(),
        raw_body,
    }
}

/// Sends raw bytes and reads whatever comes back until the server closes.
pub fn exchange(addr: SocketAddr, bytes: &[u8]) -> String {
    let mut stream = connect(addr);
    stream.write_all(bytes).unwrap();
    let mut reply = Vec::new();
    let _ = stream.read_to_end(&mut reply);
    String::from_utf8_lossy(&reply).into_owned()
}

/// Polls `url` until its body satisfies `wanted`, or panics after [`BOUND`].
pub fn wait_for_page(addr: SocketAddr, url: &str, wanted: impl Fn(&str) -> bool) -> Reply {
    let deadline = Instant::now() + BOUND;
    loop {
        let reply = get(addr, url);
        if wanted(&reply.body) {
            return reply;
        }
        assert!(Instant::now() < deadline, "{url} never changed");
        thread::sleep(Duration::from_millis(50));
    }
}

/// A live-reload listener reading events on its own thread.
pub struct Listener {
    events: mpsc::Receiver<String>,
}

impl Listener {
    pub fn open(addr: SocketAddr) -> Listener {
        let mut stream = connect(addr);
        // The stream stays open for the whole test, far past the read timeout of `connect`.
        stream.set_read_timeout(None).unwrap();
        write!(
            stream,
            "GET /__portsite/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
        )
        .unwrap();
        let (tx, events) = mpsc::channel();
        thread::spawn(move || {
            let mut block = String::new();
            for line in BufReader::new(stream).lines() {
                let Ok(line) = line else { return };
                if line.is_empty() {
                    if tx.send(std::mem::take(&mut block)).is_err() {
                        return;
                    }
                } else {
                    block.push_str(&line);
                    block.push('\n');
                }
            }
        });
        let listener = Listener { events };
        let head = listener.next_event();
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        assert!(head.contains("text/event-stream"), "{head}");
        listener
    }

    /// The next event block (the response head counts as the first), within [`BOUND`].
    pub fn next_event(&self) -> String {
        self.events.recv_timeout(BOUND).expect("an event in time")
    }

    /// Skips blocks until one names `event: <name>`.
    pub fn wait_for(&self, name: &str) -> String {
        let deadline = Instant::now() + BOUND;
        loop {
            let block = self.next_event();
            if block.contains(&format!("event: {name}\n")) {
                return block;
            }
            assert!(Instant::now() < deadline, "no `{name}` event");
        }
    }
}

pub fn edit_entry(site: &TestSite, from: &str, to: &str) {
    edit(site, ENTRY, from, to);
}

/// Replaces the first `from` in a file of the site by `to`.
pub fn edit(site: &TestSite, file: &str, from: &str, to: &str) {
    let path = site.root().join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} no longer contains {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}
