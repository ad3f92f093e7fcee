//! Hostile input: every bad request gets a 4xx (or the connection is closed on a slow
//! client), nothing is stored, and normal votes keep being answered meanwhile.

use std::io::Write;
use std::net::TcpStream;
use std::time::{Duration, Instant};

use super::harness::{Collector, databases, post, read_reply, send_raw, vote};

const JSON: Option<&str> = Some("application/json");
const FORM: Option<&str> = Some("application/x-www-form-urlencoded");

/// (what, content type, body, expected status)
fn bad_bodies() -> Vec<(&'static str, Option<&'static str>, Vec<u8>, u16)> {
    let json = |v: serde_json::Value| v.to_string().into_bytes();
    vec![
        ("invented page", JSON, json(serde_json::json!({"page": "/ports/70000/", "locale": "en", "helpful": true})), 422),
        ("invented locale", JSON, json(serde_json::json!({"page": "/xx/ports/80/", "locale": "xx", "helpful": true})), 422),
        ("another page's locale", JSON, json(serde_json::json!({"page": "/tr/ports/80/", "locale": "de", "helpful": true})), 422),
        ("a page of another site", JSON, json(serde_json::json!({"page": "https://evil.example/ports/80/", "locale": "en", "helpful": true})), 422),
        ("a path escape", JSON, json(serde_json::json!({"page": "/ports/../../etc/passwd", "locale": "en", "helpful": true})), 422),
        ("helpful as text", JSON, json(serde_json::json!({"page": "/ports/80/", "locale": "en", "helpful": "yes"})), 400),
        ("a missing field", JSON, json(serde_json::json!({"page": "/ports/80/", "helpful": true})), 400),
        ("an unknown field", JSON, json(serde_json::json!({"page": "/ports/80/", "locale": "en", "helpful": true, "ip": "1.2.3.4"})), 400),
        ("a huge comment", JSON, json(serde_json::json!({"page": "/ports/80/", "locale": "en", "helpful": false, "comment": "ğ".repeat(501)})), 422),
        ("NUL in a comment", JSON, json(serde_json::json!({"page": "/ports/80/", "locale": "en", "helpful": false, "comment": "a\u{0}b"})), 422),
        ("a terminal escape in a comment", JSON, json(serde_json::json!({"page": "/ports/80/", "locale": "en", "helpful": false, "comment": "\u{1b}]0;pwned\u{7}"})), 422),
        ("invalid JSON", JSON, b"{\"page\": \"/ports/80/\",".to_vec(), 400),
        ("invalid UTF-8 in JSON", JSON, b"{\"page\":\"/ports/80/\",\"locale\":\"en\",\"helpful\":false,\"comment\":\"\xc3\x28\"}".to_vec(), 400),
        ("JSON that is an array", JSON, b"[1,2,3]".to_vec(), 400),
        ("deeply nested JSON", JSON, format!("{}{}", "[".repeat(2000), "]".repeat(2000)).into_bytes(), 400),
        ("invalid UTF-8 in a form", FORM, b"page=%2Fports%2F80%2F&locale=en&helpful=no&comment=%C3%28".to_vec(), 400),
        ("a form field twice", FORM, b"page=%2Fports%2F80%2F&locale=en&helpful=yes&helpful=no".to_vec(), 400),
        ("a form without helpful", FORM, b"page=%2Fports%2F80%2F&locale=en".to_vec(), 400),
        ("no content type", None, b"{}".to_vec(), 415),
        ("text/plain", Some("text/plain"), b"page=/ports/80/".to_vec(), 415),
        ("multipart", Some("multipart/form-data; boundary=x"), b"--x--".to_vec(), 415),
        ("JSON in latin1", Some("application/json; charset=iso-8859-1"), b"{}".to_vec(), 415),
        ("an oversized body", JSON, vec![b' '; 5000], 413),
    ]
}

#[test]
fn bad_votes_get_a_short_json_4xx_and_nothing_is_stored() {
    for db in databases() {
        let collector = Collector::start(&db.url, &[]);
        for (what, content_type, body, expected) in bad_bodies() {
            let reply = post(collector.addr, content_type, &[], &body);
            assert_eq!(reply.status, expected, "{}: {what}: {reply:?}", db.name);
            let error: serde_json::Value = serde_json::from_str(&reply.body)
                .unwrap_or_else(|e| panic!("{what}: not JSON ({e}): {:?}", reply.body));
            let message = error["error"].as_str().unwrap_or_default();
            assert!(
                !message.is_empty() && message.len() < 300,
                "{what}: {message}"
            );
            assert_eq!(reply.header("content-type"), Some("application/json"));
        }
        assert_eq!(db.vote_count(), 0, "{}: nothing stored", db.name);
        assert_eq!(vote(collector.addr, "/ports/80/", "en", true).status, 204);
        assert_eq!(db.vote_count(), 1, "{}", db.name);
    }
}

#[test]
fn wrong_methods_paths_and_cross_site_posts_are_refused() {
    let db = &databases()[0];
    let collector = Collector::start(&db.url, &[]);
    let get = send_raw(
        collector.addr,
        b"GET /api/feedback HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(get.status, 405, "{get:?}");
    let other = send_raw(
        collector.addr,
        b"POST /admin HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n",
    );
    assert_eq!(other.status, 404, "{other:?}");
    let body = br#"{"page":"/ports/80/","locale":"en","helpful":false}"#;
    let cross = post(
        collector.addr,
        JSON,
        &[
            ("Sec-Fetch-Site", "cross-site"),
            ("Origin", "https://evil.example"),
        ],
        body,
    );
    assert_eq!(cross.status, 403, "{cross:?}");
    assert_eq!(db.vote_count(), 0);
}

#[test]
fn oversized_chunked_bodies_and_header_floods_are_refused() {
    let db = &databases()[0];
    let collector = Collector::start(&db.url, &[]);
    let mut chunked = b"POST /api/feedback HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    for _ in 0..10 {
        chunked.extend_from_slice(b"400\r\n");
        chunked.extend(std::iter::repeat_n(b' ', 0x400));
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    assert_eq!(send_raw(collector.addr, &chunked).status, 413);

    let mut many = String::from("POST /api/feedback HTTP/1.1\r\nHost: x\r\nConnection: close\r\n");
    for i in 0..500 {
        many.push_str(&format!("X-Flood-{i}: {i}\r\n"));
    }
    many.push_str("Content-Length: 0\r\n\r\n");
    let flood = send_raw(collector.addr, many.as_bytes());
    assert_eq!(flood.status, 431, "{flood:?}");

    let long = format!(
        "POST /api/feedback HTTP/1.1\r\nHost: x\r\nX-Long: {}\r\nConnection: close\r\n\r\n",
        "a".repeat(64 * 1024)
    );
    let huge = send_raw(collector.addr, long.as_bytes());
    assert!(
        huge.status == 431 || huge.status == 400 || huge.status == 0,
        "{huge:?}"
    );
    assert_eq!(vote(collector.addr, "/ports/80/", "en", true).status, 204);
    assert_eq!(db.vote_count(), 1);
}

#[test]
fn slow_clients_time_out_while_votes_keep_being_answered() {
    let db = &databases()[0];
    let collector = Collector::start(&db.url, &[]);
    let started = Instant::now();
    // Thirty clients that never finish their request head, and one that stalls its body.
    let mut slow_heads: Vec<TcpStream> = (0..30)
        .map(|_| {
            let mut s = TcpStream::connect(collector.addr).expect("connect");
            s.write_all(b"POST /api/feedback HTTP/1.1\r\nHost: x\r\n")
                .unwrap();
            s
        })
        .collect();
    let mut slow_body = TcpStream::connect(collector.addr).expect("connect");
    slow_body
        .write_all(b"POST /api/feedback HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 60\r\n\r\n{\"page\":")
        .unwrap();
    for _ in 0..5 {
        let reply = vote(collector.addr, "/ports/80/", "en", true);
        assert_eq!(reply.status, 204, "answered while slow clients hang");
        std::thread::sleep(Duration::from_millis(200));
    }
    slow_body
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let stalled = read_reply(&mut slow_body);
    assert_eq!(stalled.status, 408, "{stalled:?}");
    for s in &mut slow_heads {
        s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
        let reply = read_reply(s);
        assert!(reply.status == 0 || reply.status == 408, "{reply:?}");
    }
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "closed after the 5 s deadlines"
    );
    assert_eq!(db.vote_count(), 1, "the stalled post stored nothing");
}
