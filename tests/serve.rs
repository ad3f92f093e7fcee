//! `portsite serve`: pages over HTTP, rebuilds after an edit, live-reload events, build
//! errors shown while the last good page stays, refused traversals, and bounded load.
//! Every wait is bounded: a broken server fails these tests, it never hangs them.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use common::TestSite;
use portsite::serve::{ServeOptions, Server};

const ENTRY: &str = "content/ports/3712/index.en.md";
const BOUND: Duration = Duration::from_secs(10);

fn start(site: &TestSite) -> Server {
    let mut options = ServeOptions::new(site.root(), "127.0.0.1:0".parse().unwrap());
    options.poll_interval = Duration::from_millis(50);
    Server::start(options).unwrap_or_else(|e| panic!("server did not start: {e}"))
}

/// One response, read to the end of the connection.
struct Reply {
    status: u16,
    head: String,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }
}

fn connect(addr: SocketAddr) -> TcpStream {
    let stream = TcpStream::connect_timeout(&addr, BOUND).expect("connect");
    stream.set_read_timeout(Some(BOUND)).unwrap();
    stream.set_write_timeout(Some(BOUND)).unwrap();
    stream
}

/// Sends `target` byte for byte (no client-side normalization) and reads the reply.
fn get(addr: SocketAddr, target: &str) -> Reply {
    let mut stream = connect(addr);
    write!(stream, "GET {target} HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read reply");
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = raw.split_once("\r\n\r\n").expect("a complete head");
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap();
    Reply {
        status,
        head: head.to_string(),
        body: body.to_string(),
    }
}

/// Polls `url` until its body satisfies `wanted`, or panics after [`BOUND`].
fn wait_for_page(addr: SocketAddr, url: &str, wanted: impl Fn(&str) -> bool) -> Reply {
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
struct Listener {
    events: mpsc::Receiver<String>,
}

impl Listener {
    fn open(addr: SocketAddr) -> Listener {
        let mut stream = connect(addr);
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
    fn next_event(&self) -> String {
        self.events.recv_timeout(BOUND).expect("an event in time")
    }

    /// Skips blocks until one names `event: <name>`.
    fn wait_for(&self, name: &str) -> String {
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

fn edit_entry(site: &TestSite, from: &str, to: &str) {
    let path = site.root().join(ENTRY);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "the entry no longer contains {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn serves_pages_with_safe_headers_and_the_reload_script() {
    let site = TestSite::bundled(3700, 3720);
    let server = start(&site);
    let addr = server.local_addr();
    let page = get(addr, "/ports/3712/");
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(page.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(
        page.header("content-security-policy"),
        Some("default-src 'self'")
    );
    assert!(page.body.contains("Sentinel Enterprise"));
    assert!(
        page.body
            .contains("<script src=\"/__portsite/reload.js\" defer></script></body>")
    );
    // What is on disk stays a clean static site: the tag exists only over HTTP.
    assert!(!site.page("/ports/3712/").contains("__portsite"));

    let script = get(addr, "/__portsite/reload.js");
    assert_eq!(
        script.header("content-type"),
        Some("text/javascript; charset=utf-8")
    );
    assert!(script.body.contains("EventSource(\"/__portsite/events\")"));
    assert!(script.body.contains("textContent") && !script.body.contains("innerHTML ="));

    let folder = get(addr, "/tr/ports/3712");
    assert_eq!(folder.status, 301);
    assert_eq!(folder.header("location"), Some("/tr/ports/3712/"));

    let missing = get(addr, "/tr/ports/9/");
    assert_eq!(missing.status, 404);
    assert!(
        missing.body.contains("lang=\"tr\""),
        "not the Turkish 404 page"
    );
    assert_eq!(get(addr, "/ports/9/").status, 404);
}

#[test]
fn an_entry_edit_shows_up_over_http_and_reloads_the_browser() {
    let site = TestSite::bundled(3700, 3720);
    std::fs::remove_file(site.root().join("content/ports/3712/index.de.md")).unwrap();
    let server = start(&site);
    let addr = server.local_addr();
    let listener = Listener::open(addr);
    let path = site.root().join(ENTRY);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{text}\nFreshly edited paragraph.\n")).unwrap();
    let page = wait_for_page(addr, "/ports/3712/", |b| b.contains("Freshly edited"));
    assert_eq!(page.status, 200);
    listener.wait_for("reload");
    // German has no translation of this entry, so it shows the edited English original.
    assert!(get(addr, "/de/ports/3712/").body.contains("Freshly edited"));
    // The home page lists curated entries by title: a new title appears there too.
    edit_entry(&site, "Port 3712: Sentinel", "Port 3712: Renamed Sentinel");
    listener.wait_for("reload");
    assert!(get(addr, "/").body.contains("Port 3712: Renamed Sentinel"));
}

#[test]
fn a_broken_entry_sends_an_error_and_keeps_the_last_good_page() {
    let site = TestSite::bundled(3700, 3720);
    let server = start(&site);
    let addr = server.local_addr();
    let listener = Listener::open(addr);
    edit_entry(&site, "title: \"Port 3712", "titel: \"Port 3712");
    let error = listener.wait_for("build-error");
    assert!(error.contains("index.en.md:2:1"), "{error}");
    assert!(error.contains("titel"), "{error}");
    let page = get(addr, "/ports/3712/");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Sentinel Enterprise"));
    // A page opened while the site is broken learns about the error at once.
    let late = Listener::open(addr);
    assert!(late.wait_for("build-error").contains("titel"));

    edit_entry(&site, "titel: \"Port 3712", "title: \"Port 3712");
    listener.wait_for("reload");
}

#[test]
fn traversal_attempts_never_return_files_outside_the_output() {
    let site = TestSite::bundled(3700, 3702);
    let server = start(&site);
    let addr = server.local_addr();
    let secret = std::fs::read_to_string(site.root().join("site.yaml")).unwrap();
    let marker = secret
        .lines()
        .find(|l| l.contains("default_locale"))
        .unwrap();
    for target in [
        "/../site.yaml",
        "/%2e%2e/site.yaml",
        "/%2E%2E/site.yaml",
        "/..%2fsite.yaml",
        "/..%2Fsite.yaml",
        "/..\\site.yaml",
        "/..%5csite.yaml",
        "/%00",
        "/index.html%00.txt",
        "/%c0%ae%c0%ae/site.yaml",
        "/%c0%2e%c0%2e/site.yaml",
        "/.%2e/site.yaml",
        "//site.yaml",
        "/ports/../../site.yaml",
        "site.yaml",
        "/%",
        "/.portsite-output",
    ] {
        let reply = get(addr, target);
        assert!(
            reply.status == 400 || reply.status == 404,
            "{target}: {}",
            reply.status
        );
        assert!(!reply.body.contains(marker), "{target} leaked site.yaml");
    }
}

#[test]
fn oversized_heads_foreign_hosts_and_other_methods_are_refused() {
    let site = TestSite::bundled(3700, 3701);
    let server = start(&site);
    let mut stream = connect(server.local_addr());
    let filler = "a".repeat(9 * 1024);
    write!(stream, "GET / HTTP/1.1\r\nX-Filler: {filler}\r\n\r\n").unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).unwrap();
    assert!(reply.starts_with("HTTP/1.1 431 "), "{reply}");

    let mut stream = connect(server.local_addr());
    write!(stream, "GET / HTTP/1.1\r\nHost: rebound.example\r\n\r\n").unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).unwrap();
    assert!(reply.starts_with("HTTP/1.1 421 "), "{reply}");

    let mut stream = connect(server.local_addr());
    write!(stream, "DELETE /ports/3700/ HTTP/1.1\r\n\r\n").unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).unwrap();
    assert!(reply.starts_with("HTTP/1.1 405 "), "{reply}");
}

#[test]
fn a_thousand_requests_from_fifty_threads_all_succeed() {
    let site = TestSite::bundled(3700, 3720);
    let server = start(&site);
    let addr = server.local_addr();
    let workers: Vec<_> = (0..50)
        .map(|t| {
            thread::spawn(move || {
                (0..20)
                    .filter(|i| {
                        let port = 3700 + (t + i) % 21;
                        let reply = get(addr, &format!("/ports/{port}/"));
                        reply.status == 200 && reply.body.contains("</html>")
                    })
                    .count()
            })
        })
        .collect();
    let ok: usize = workers.into_iter().map(|w| w.join().unwrap()).sum();
    assert_eq!(ok, 1000);
}

#[test]
fn vanished_live_reload_clients_do_not_break_the_server() {
    let site = TestSite::bundled(3700, 3705);
    let server = start(&site);
    let addr = server.local_addr();
    for _ in 0..200 {
        let mut stream = connect(addr);
        write!(stream, "GET /__portsite/events HTTP/1.1\r\n\r\n").unwrap();
        drop(stream);
    }
    assert_eq!(get(addr, "/ports/3700/").status, 200);
    let deadline = Instant::now() + BOUND;
    while server.live_clients() > 0 {
        assert!(Instant::now() < deadline, "listeners were never freed");
        thread::sleep(Duration::from_millis(50));
    }
    // Places were freed: a new page can listen again.
    let _listener = Listener::open(addr);
}

#[test]
fn the_binary_warns_when_it_listens_beyond_loopback() {
    let site = TestSite::bundled(3700, 3701);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_portsite"))
        .args(["serve", "--bind", "0.0.0.0:0", "--root"])
        .arg(site.root())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let (tx, lines) = mpsc::channel();
    thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let mut seen = Vec::new();
    let serving = loop {
        let Ok(line) = lines.recv_timeout(BOUND * 3) else {
            let _ = child.kill();
            panic!("no `serving on` line; stderr so far: {seen:?}");
        };
        if line.starts_with("serving on http://") {
            break line;
        }
        seen.push(line);
    };
    let warned = seen.iter().any(|l| l.contains("not a loopback address"));
    let port = serving
        .trim_start_matches("serving on http://0.0.0.0:")
        .split('/')
        .next()
        .and_then(|p| p.parse::<u16>().ok());
    let reply = port.map(|p| get(SocketAddr::from(([127, 0, 0, 1], p)), "/ports/3700/"));
    let _ = child.kill();
    let _ = child.wait();
    assert!(warned, "{seen:?}");
    assert_eq!(reply.map(|r| r.status), Some(200), "{serving}");
}

#[test]
fn a_page_level_rebuild_writes_what_a_full_build_would() {
    use portsite::serve::{Plan, Rebuilder};
    use portsite::site::BuildOptions;
    let site = TestSite::bundled(3700, 3720);
    let options = |out: std::path::PathBuf| BuildOptions {
        root: site.root().to_path_buf(),
        out,
        base_url: None,
        progress: false,
    };
    let mut rebuilder = Rebuilder::new(options(site.out()));
    rebuilder.full().expect("first build");
    edit_entry(&site, "Port 3712: Sentinel", "Port 3712: Renamed Sentinel");
    let plan = Plan::Pages {
        ports: [3712].into(),
        homes: true,
    };
    let done = rebuilder.apply(plan).expect("page-level rebuild");
    assert!(!done.full);
    // Port, range and home page in each of the 4 locales.
    assert_eq!(done.pages, 12);
    assert_eq!(done.feeds, 4);
    let fresh = site.root().join("fresh");
    portsite::site::build(&options(fresh.clone())).expect("full build");
    for url in [
        "feed.xml",
        "ports/3712/index.html",
        "de/ports/3712/index.html",
        "index.html",
        "tr/index.html",
    ] {
        let incremental = std::fs::read_to_string(site.out().join(url)).unwrap();
        let full = std::fs::read_to_string(fresh.join(url)).unwrap();
        // German and Turkish pages title the port themselves; English ones use the entry's.
        let english = !url.starts_with("tr/") && !url.starts_with("de/");
        assert_eq!(incremental.contains("Renamed Sentinel"), english, "{url}");
        assert_eq!(incremental, full, "{url} differs from a full build");
    }
}

#[test]
fn a_template_edit_rebuilds_the_whole_site() {
    let site = TestSite::bundled(3700, 3705);
    let server = start(&site);
    let addr = server.local_addr();
    let listener = Listener::open(addr);
    let template = site.root().join("templates/port.html");
    let text = std::fs::read_to_string(&template).unwrap();
    let edited = text.replacen("<h1>", "<h1 class=\"retitled\">", 1);
    assert_ne!(edited, text, "the template has no <h1> to edit");
    std::fs::write(&template, &edited).unwrap();
    listener.wait_for("reload");
    // Every port page, not just one, comes from the new template.
    for port in 3700..=3705 {
        let page = get(addr, &format!("/ar/ports/{port}/"));
        assert!(page.body.contains("<h1 class=\"retitled\">"), "{port}");
    }
    std::fs::write(
        &template,
        edited.replacen("{{ page.title }}", "{{ page.title", 1),
    )
    .unwrap();
    let error = listener.wait_for("build-error");
    assert!(error.contains("templates/port.html"), "{error}");
    assert!(get(addr, "/ports/3700/").body.contains("retitled"));
}
