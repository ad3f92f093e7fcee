//! Benchmarks `portsite serve` on a site, as a contributor meets it:
//! - start to first page: from starting the process to the first port page received;
//! - edit to reloaded page, per source kind: from writing the file to the changed page
//!   received, the way the live-reload script gets it (the `reload` event, then a GET);
//! - memory: resident and peak RSS after browsing 10,000 distinct pages, then after every
//!   search shard and sitemap too;
//! - whether `public/` was touched.
//!
//! Usage: `serve_bench <portsite binary> <site root> [rounds]`. The site root is edited (and
//! restored): pass a scratch copy. `scripts/bench-serve.sh` makes one of the bundled site.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

const BOUND: Duration = Duration::from_secs(30);

/// One kind of source edit: in `file`, replace `anchor` (or what the previous round wrote)
/// by `edit(n)`; `url` then shows `shown(n)`. An empty anchor prepends instead.
struct Kind {
    name: &'static str,
    file: &'static str,
    anchor: &'static str,
    edit: fn(usize) -> String,
    url: &'static str,
    shown: fn(usize) -> String,
}

const KINDS: [Kind; 7] = [
    Kind {
        name: "entry (content/ports/3712/index.en.md)",
        file: "content/ports/3712/index.en.md",
        anchor: "no Sentinel product is known to use it.",
        edit: |n| format!("no Sentinel product is known to use it (bench {n})."),
        url: "/ports/3712/",
        shown: |n| format!("(bench {n})"),
    },
    Kind {
        name: "checks.yaml",
        file: "content/checks.yaml",
        anchor: "sudo ss -ltunp",
        edit: |n| format!("sudo ss -ltunp{n}"),
        url: "/ports/22/",
        shown: |n| format!("ltunp{n}"),
    },
    Kind {
        name: "Fluent file (locales/en/ui.ftl)",
        file: "locales/en/ui.ftl",
        anchor: "site-name = Port Reference",
        edit: |n| format!("site-name = Port Reference {n}"),
        url: "/ports/443/",
        shown: |n| format!("Port Reference {n}"),
    },
    Kind {
        name: "template (templates/port.html)",
        file: "templates/port.html",
        anchor: "<h1",
        edit: |n| format!("<h1 data-bench=\"{n}\""),
        url: "/tr/ports/8080/",
        shown: |n| format!("data-bench=\"{n}\""),
    },
    Kind {
        name: "site.yaml",
        file: "site.yaml",
        anchor: "https://ports.example.org",
        edit: |n| format!("https://ports{n}.example.org"),
        url: "/de/ports/3306/",
        shown: |n| format!("https://ports{n}.example.org/de/ports/3306/"),
    },
    Kind {
        name: "registry CSV",
        file: "content/registry/service-names-port-numbers.csv",
        anchor: "3712,tcp,Sentinel Enterprise",
        edit: |n| format!("3712,tcp,Sentinel Enterprise {n}"),
        url: "/ports/3712/",
        shown: |n| format!("Sentinel Enterprise {n}"),
    },
    Kind {
        name: "static file (static/site.css)",
        file: "static/site.css",
        anchor: "",
        edit: |n| format!("/* bench {n} */\n"),
        url: "/static/site.css",
        shown: |n| format!("/* bench {n} */"),
    },
];

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: serve_bench <portsite binary> <site root> [rounds]");
        std::process::exit(2);
    }
    let (bin, root) = (PathBuf::from(&args[1]), PathBuf::from(&args[2]));
    let rounds: usize = args.get(3).and_then(|r| r.parse().ok()).unwrap_or(5);
    println!("| measure | runs | median | max |\n|---|---:|---:|---:|");
    let starts: Vec<Duration> = (0..rounds)
        .map(|_| {
            let (mut server, started) = spawn(&bin, &root);
            let first = first_page(&server, started);
            stop(&mut server);
            first
        })
        .collect();
    row("start to first page (`/ports/3712/`)", &starts);
    let (mut server, started) = spawn(&bin, &root);
    first_page(&server, started);
    let events = listen(server.addr);
    for kind in &KINDS {
        let times = edit_rounds(&server, &root, kind, &events, rounds);
        row(&format!("edit to reloaded page: {}", kind.name), &times);
    }
    browse(&server);
    stop(&mut server);
    let public = root.join("public");
    println!(
        "\n`public/` after serving: {}",
        if public.exists() {
            "EXISTS (touched)"
        } else {
            "absent (untouched)"
        }
    );
}

struct Server {
    child: Child,
    addr: SocketAddr,
}

/// Starts `portsite serve` on a free loopback port.
fn spawn(bin: &Path, root: &Path) -> (Server, Instant) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let started = Instant::now();
    let child = Command::new(bin)
        .args(["serve", "--bind", &addr.to_string(), "--root"])
        .arg(root)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("portsite serve starts");
    (Server { child, addr }, started)
}

fn stop(server: &mut Server) {
    let _ = server.child.kill();
    let _ = server.child.wait();
}

/// Polls until the first port page arrives; the time since `started`.
fn first_page(server: &Server, started: Instant) -> Duration {
    loop {
        if let Some((200, _)) = try_get(server.addr, "/ports/3712/") {
            return started.elapsed();
        }
        assert!(started.elapsed() < BOUND, "serve never answered");
        thread::sleep(Duration::from_millis(1));
    }
}

fn try_get(addr: SocketAddr, url: &str) -> Option<(u16, Vec<u8>)> {
    let mut stream = TcpStream::connect(addr).ok()?;
    stream.set_read_timeout(Some(BOUND)).ok()?;
    let request = format!("GET {url} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).ok()?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).ok()?;
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    let status = std::str::from_utf8(&raw[9..12]).ok()?.parse().ok()?;
    Some((status, raw[end + 4..].to_vec()))
}

fn get(addr: SocketAddr, url: &str) -> Vec<u8> {
    match try_get(addr, url) {
        Some((200, body)) => body,
        other => panic!("{url}: {:?}", other.map(|(status, _)| status)),
    }
}

/// The names of live-reload events as they arrive.
fn listen(addr: SocketAddr) -> mpsc::Receiver<String> {
    let mut stream = TcpStream::connect(addr).expect("connect");
    let head = "GET /__portsite/events HTTP/1.1\r\nHost: localhost\r\n\r\n";
    stream.write_all(head.as_bytes()).expect("subscribe");
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        for line in BufReader::new(stream).lines().map_while(Result::ok) {
            if let Some(name) = line.strip_prefix("event: ")
                && tx.send(name.to_string()).is_err()
            {
                return;
            }
        }
    });
    rx
}

/// Edits `kind` `rounds` times; each time, how long until the changed page arrived.
fn edit_rounds(
    server: &Server,
    root: &Path,
    kind: &Kind,
    events: &mpsc::Receiver<String>,
    rounds: usize,
) -> Vec<Duration> {
    let path = root.join(kind.file);
    let original = std::fs::read_to_string(&path).expect("the edited file");
    let mut current = kind.anchor.to_string();
    let mut times = Vec::new();
    for n in 1..=rounds {
        // Let the previous change settle so that each round measures one edit.
        thread::sleep(Duration::from_millis(300));
        while events.try_recv().is_ok() {}
        let text = std::fs::read_to_string(&path).unwrap();
        let next = (kind.edit)(n);
        let edited = if kind.anchor.is_empty() {
            format!("{next}{original}")
        } else {
            assert!(
                text.contains(&current),
                "{}: {current:?} is gone",
                kind.file
            );
            text.replacen(&current, &next, 1)
        };
        let started = Instant::now();
        std::fs::write(&path, edited).unwrap();
        loop {
            let event = events.recv_timeout(BOUND).expect("a live-reload event");
            assert_ne!(
                event, "build-error",
                "{}: the edit broke the site",
                kind.file
            );
            if event == "reload" {
                break;
            }
        }
        let body = String::from_utf8_lossy(&get(server.addr, kind.url)).into_owned();
        times.push(started.elapsed());
        assert!(
            visible(&body).contains(&(kind.shown)(n)) || body.contains(&(kind.shown)(n)),
            "{}: change not shown",
            kind.name
        );
        current = next;
    }
    std::fs::write(&path, original).unwrap();
    let _ = events.recv_timeout(BOUND);
    times
}

/// HTML with its tags taken out, for finding text split by highlighting spans.
fn visible(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut inside = false;
    for c in html.chars() {
        match c {
            '<' => inside = true,
            '>' => inside = false,
            c if !inside => text.push(c),
            _ => {}
        }
    }
    text
}

/// Browses 10,000 distinct port pages over all locales, then every search shard and
/// sitemap, printing the server's memory after each.
fn browse(server: &Server) {
    let prefixes = ["", "/tr", "/de", "/ar"];
    let started = Instant::now();
    for i in 0..10_000usize {
        // 7 is prime to 65,536, so these are 10,000 different ports spread over the span.
        let port = i * 7 % 65_536;
        get(server.addr, &format!("{}/ports/{port}/", prefixes[i % 4]));
    }
    let elapsed = started.elapsed();
    println!(
        "\nbrowsing 10,000 distinct port pages, one client: {:.1} s ({:.0} pages/s)",
        elapsed.as_secs_f64(),
        10_000.0 / elapsed.as_secs_f64()
    );
    memory(server, "after 10,000 pages");
    for code in ["en", "tr", "de", "ar"] {
        for key in ('a'..='z').chain('0'..='9').chain(['_']) {
            let _ = try_get(server.addr, &format!("/search/{code}/{key}.json"));
        }
        for n in 1..=2 {
            get(server.addr, &format!("/sitemap-{code}-{n}.xml"));
        }
    }
    get(server.addr, "/sitemap.xml");
    memory(server, "after every search shard and sitemap too");
}

fn memory(server: &Server, when: &str) {
    let status =
        std::fs::read_to_string(format!("/proc/{}/status", server.child.id())).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches(" kB").parse::<f64>().ok())
            .map_or(0.0, |kb| kb / 1024.0)
    };
    println!(
        "memory {when}: RSS {:.1} MiB, peak RSS {:.1} MiB",
        field("VmRSS:"),
        field("VmHWM:")
    );
}

fn row(name: &str, times: &[Duration]) {
    let mut ms: Vec<f64> = times.iter().map(|t| t.as_secs_f64() * 1000.0).collect();
    ms.sort_by(f64::total_cmp);
    let median = ms[ms.len() / 2];
    let max = ms[ms.len() - 1];
    println!("| {name} | {} | {median:.0} ms | {max:.0} ms |", ms.len());
}
