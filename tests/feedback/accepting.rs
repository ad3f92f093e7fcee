//! What a reader's answer gets: 204 or a 303 back to the page, one counted vote per reader,
//! page and day, a rate limit per reader, CORS for the site's own origin only.

use super::harness::{Collector, databases, post, vote, vote_as};

#[test]
fn json_and_form_answers_are_stored() {
    for db in databases() {
        let collector = Collector::start(&db.url, &[]);
        let json = vote(collector.addr, "/tr/ports/3712/", "tr", true);
        assert_eq!(json.status, 204, "{}: {json:?}", db.name);
        let form = post(
            collector.addr,
            Some("application/x-www-form-urlencoded"),
            &[],
            "page=%2Far%2Fports%2F80%2F&locale=ar&helpful=no".as_bytes(),
        );
        assert_eq!(form.status, 303, "{}: {form:?}", db.name);
        assert_eq!(form.header("location"), Some("/ar/ports/80/#feedback-more"));
        let tallies = db.tallies();
        let tr = tallies
            .iter()
            .find(|t| t.page == "/tr/ports/3712/")
            .expect("tr");
        assert_eq!(
            (tr.yes, tr.total, tr.locale.as_str()),
            (1, 1, "tr"),
            "{}",
            db.name
        );
        let ar = tallies
            .iter()
            .find(|t| t.page == "/ar/ports/80/")
            .expect("ar");
        assert_eq!((ar.yes, ar.total), (0, 1), "{}", db.name);
    }
}

#[test]
fn a_comment_after_no_joins_the_same_vote() {
    for db in databases() {
        let collector = Collector::start(&db.url, &[]);
        let first = post(
            collector.addr,
            Some("application/x-www-form-urlencoded"),
            &[],
            b"page=%2Fde%2Fports%2F22%2F&locale=de&helpful=no",
        );
        assert_eq!(
            first.header("location"),
            Some("/de/ports/22/#feedback-more")
        );
        let second = post(
            collector.addr,
            Some("application/x-www-form-urlencoded; charset=UTF-8"),
            &[],
            "page=%2Fde%2Fports%2F22%2F&locale=de&helpful=no&comment=Wie+pr%C3%BCfe+ich+SFTP%3F"
                .as_bytes(),
        );
        assert_eq!(
            second.header("location"),
            Some("/de/ports/22/#feedback-thanks")
        );
        let rows = db.rows();
        assert_eq!(rows.len(), 1, "{}: one reader, one vote: {rows:?}", db.name);
        assert_eq!(rows[0][4], "false");
        assert_eq!(rows[0][5], "Wie prüfe ich SFTP?");
    }
}

#[test]
fn one_vote_per_reader_page_and_day() {
    for db in databases() {
        let collector = Collector::start(&db.url, &["--trust-proxy"]);
        for _ in 0..3 {
            assert_eq!(
                vote_as(collector.addr, "198.51.100.1", "/ports/443/", true, None).status,
                204
            );
        }
        assert_eq!(
            vote_as(collector.addr, "198.51.100.2", "/ports/443/", true, None).status,
            204
        );
        assert_eq!(
            vote_as(collector.addr, "198.51.100.1", "/ports/80/", true, None).status,
            204
        );
        // A reader who changes their mind: the later answer counts.
        assert_eq!(
            vote_as(collector.addr, "198.51.100.1", "/ports/443/", false, None).status,
            204
        );
        let tallies = db.tallies();
        let https = tallies
            .iter()
            .find(|t| t.page == "/ports/443/")
            .expect("443");
        assert_eq!((https.yes, https.total), (1, 2), "{}", db.name);
        assert_eq!(db.vote_count(), 3, "{}", db.name);
    }
}

#[test]
fn without_trust_proxy_the_forwarded_address_is_ignored() {
    for db in databases() {
        let collector = Collector::start(&db.url, &[]);
        for ip in ["198.51.100.1", "198.51.100.2", "198.51.100.3"] {
            assert_eq!(
                vote_as(collector.addr, ip, "/ports/53/", true, None).status,
                204
            );
        }
        assert_eq!(
            db.vote_count(),
            1,
            "{}: a client cannot pose as many",
            db.name
        );
    }
}

#[test]
fn the_rate_limit_answers_429_per_reader() {
    for db in databases() {
        let collector = Collector::start_with(
            &db.url,
            &["--rate-limit", "6", "--burst", "3", "--trust-proxy"],
        );
        let pages = ["/ports/1/", "/ports/2/", "/ports/3/", "/ports/4/"];
        let answers: Vec<u16> = pages
            .iter()
            .map(|p| vote_as(collector.addr, "203.0.113.5", p, true, None).status)
            .collect();
        assert_eq!(answers, [204, 204, 204, 429], "{}", db.name);
        let limited = vote_as(collector.addr, "203.0.113.5", "/ports/5/", true, None);
        assert_eq!(limited.status, 429);
        assert!(limited.header("retry-after").is_some(), "{limited:?}");
        assert!(limited.body.contains("\"error\""), "{limited:?}");
        assert_eq!(
            vote_as(collector.addr, "203.0.113.6", "/ports/5/", true, None).status,
            204
        );
        assert_eq!(
            db.vote_count(),
            4,
            "{}: refused votes are not stored",
            db.name
        );
    }
}

#[test]
fn cors_answers_only_the_sites_own_origin() {
    let db = &databases()[0];
    let collector = Collector::start(&db.url, &[]);
    let preflight = |origin: &str| {
        super::harness::send_raw(
            collector.addr,
            format!(
                "OPTIONS /api/feedback HTTP/1.1\r\nHost: x\r\nConnection: close\r\nOrigin: {origin}\r\n\
                 Access-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: content-type\r\n\r\n"
            )
            .as_bytes(),
        )
    };
    let own = preflight("https://ports.example.org");
    assert_eq!(
        own.header("access-control-allow-origin"),
        Some("https://ports.example.org")
    );
    let other = preflight("https://evil.example");
    assert_eq!(
        other.header("access-control-allow-origin"),
        None,
        "{other:?}"
    );
}

#[test]
fn sigterm_stops_cleanly_and_keeps_every_vote() {
    for db in databases() {
        let collector = Collector::start(&db.url, &["--trust-proxy"]);
        for i in 0..20 {
            let ip = format!("192.0.2.{i}");
            assert_eq!(
                vote_as(collector.addr, &ip, "/ports/25/", i % 2 == 0, None).status,
                204
            );
        }
        let (status, log) = collector.terminate();
        assert!(status.success(), "{}: {status:?}\n{log}", db.name);
        assert!(log.ends_with("feedback collector stopped\n"), "{log}");
        assert_eq!(db.vote_count(), 20, "{}", db.name);
    }
}
