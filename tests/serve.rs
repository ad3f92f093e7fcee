//! `portsite serve` over HTTP: pages rendered on request with the bytes `build` writes,
//! safe headers, `public/` left alone, refused traversals, foreign hosts, other methods,
//! oversized heads and slow clients, and bounded load.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use common::TestSite;
use common::http::*;
use portsite::serve::MAX_CONNECTIONS;

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
    // Pages are rendered in memory: serve never writes the output folder.
    assert!(!site.out().exists(), "serve wrote public/");

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
        missing.body.contains("<html lang=tr "),
        "not the Turkish 404 page"
    );
    assert_eq!(get(addr, "/ports/9/").status, 404);

    let head = request(addr, "HEAD", "/ports/3712/");
    assert_eq!(head.status, 200);
    assert!(head.raw_body.is_empty(), "HEAD sent a body");
    assert!(!site.out().exists(), "serve wrote public/");
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
    let addr = server.local_addr();
    let filler = "a".repeat(9 * 1024);
    let reply = exchange(
        addr,
        format!("GET / HTTP/1.1\r\nX-Filler: {filler}\r\n\r\n").as_bytes(),
    );
    assert!(reply.starts_with("HTTP/1.1 431 "), "{reply}");

    for host in ["rebound.example", "127.0.0.1.rebound.example:3712"] {
        let head = format!("GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
        let reply = exchange(addr, head.as_bytes());
        assert!(reply.starts_with("HTTP/1.1 421 "), "{host}: {reply}");
        assert!(
            reply
                .to_ascii_lowercase()
                .contains("x-content-type-options: nosniff")
        );
    }
    // The absolute form names the host too.
    let head =
        b"GET http://rebound.example/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    assert!(exchange(addr, head).starts_with("HTTP/1.1 421 "));

    let reply = exchange(
        addr,
        b"DELETE /ports/3700/ HTTP/1.1\r\nConnection: close\r\n\r\n",
    );
    assert!(reply.starts_with("HTTP/1.1 405 "), "{reply}");
    assert!(
        reply.to_ascii_lowercase().contains("allow: get, head"),
        "{reply}"
    );
}

#[test]
fn slow_clients_are_cut_at_the_head_deadline_and_do_not_lock_others_out() {
    let site = TestSite::bundled(3700, 3701);
    let mut options = options(&site);
    // Long enough that every slow client is still holding its place when the next one comes
    // (opening them all takes well under a second), short enough for a test.
    options.head_deadline = Duration::from_secs(3);
    let server = start_with(options);
    let addr = server.local_addr();
    // Every place taken by a client that sends its head one byte at a time.
    let slow: Vec<TcpStream> = (0..MAX_CONNECTIONS)
        .map(|_| {
            let mut stream = connect(addr);
            stream
                .write_all(b"GET /ports/3700/ HTTP/1.1\r\nX-Slow: ")
                .unwrap();
            stream
        })
        .collect();
    thread::sleep(Duration::from_millis(300));
    // Over the limit: refused at once, not queued.
    let busy = exchange(addr, b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
    assert!(busy.starts_with("HTTP/1.1 503 "), "{busy}");
    let started = Instant::now();
    for mut stream in slow {
        // Still trickling, yet cut: the deadline is for the whole head, not each byte.
        let _ = stream.write_all(b"a");
        let mut rest = Vec::new();
        let _ = stream.read_to_end(&mut rest);
        assert!(!String::from_utf8_lossy(&rest).contains("200 OK"));
    }
    assert!(started.elapsed() < BOUND, "slow clients were never cut");
    assert_eq!(get(addr, "/ports/3700/").status, 200);
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
        write!(
            stream,
            "GET /__portsite/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
        )
        .unwrap();
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
