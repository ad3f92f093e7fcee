//! `portsite feedback report`: the formats, the filters, and its errors.

use std::process::{Command, Output};

use super::harness::{Collector, databases, site_root, vote_as};

fn report(db: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_portsite"))
        .args(["feedback", "report", "--db", db, "--root"])
        .arg(site_root())
        .args(args)
        .output()
        .expect("run portsite")
}

fn text(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).expect("UTF-8")
}

const HOSTILE: &str = "'); DROP TABLE votes; -- <script>alert(1)</script> & \"x\"";

#[test]
fn every_format_lists_the_votes_least_helpful_first() {
    for db in databases() {
        let collector = Collector::start(&db.url, &["--trust-proxy"]);
        for i in 0..4 {
            let ip = format!("192.0.2.{i}");
            assert_eq!(
                vote_as(collector.addr, &ip, "/tr/ports/3712/", true, None).status,
                204
            );
        }
        assert_eq!(
            vote_as(collector.addr, "192.0.2.9", "/tr/ports/3712/", false, None).status,
            204
        );
        assert_eq!(
            vote_as(
                collector.addr,
                "192.0.2.1",
                "/ar/ports/80/",
                false,
                Some(HOSTILE)
            )
            .status,
            204
        );
        drop(collector);

        let json: serde_json::Value =
            serde_json::from_str(&text(&report(&db.url, &["--format", "json"]))).unwrap();
        let rows = json.as_array().expect("array");
        assert_eq!(rows.len(), 2, "{}: {json}", db.name);
        assert_eq!(rows[0]["page"], "/ar/ports/80/", "least helpful first");
        assert_eq!(rows[0]["comments"][0], HOSTILE, "stored as text, exactly");
        assert_eq!(rows[1]["yes"], 4);
        assert_eq!(rows[1]["no"], 1);
        assert_eq!(rows[1]["total"], 5);
        assert_eq!(rows[1]["helpful_share"], 0.8);
        let wilson = rows[1]["wilson_lower"].as_f64().unwrap();
        assert!((wilson - 0.3755).abs() < 1e-3, "{wilson}");

        let csv = text(&report(&db.url, &["--format", "csv"]));
        assert!(
            csv.starts_with("page,locale,yes,no,total,helpful_share,wilson_lower,comments\n"),
            "{csv}"
        );
        let table = text(&report(&db.url, &[]));
        assert!(
            table.lines().nth(1).unwrap().starts_with("/ar/ports/80/"),
            "{table}"
        );

        let html = text(&report(&db.url, &["--format", "html"]));
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "escaped"
        );
        assert!(!html.contains("<script"), "no script at all");
        assert!(
            !html.contains(" src=") && !html.contains("<link"),
            "self-contained"
        );
        assert_eq!(
            html.matches("<svg").count(),
            2,
            "per-locale and least-helpful charts"
        );

        let tr_only = text(&report(&db.url, &["--locale", "tr", "--format", "json"]));
        assert!(!tr_only.contains("/ar/ports/80/"), "{tr_only}");
        let future = text(&report(
            &db.url,
            &["--since", "2999-01-01", "--format", "json"],
        ));
        assert_eq!(future.trim(), "[]");
    }
}

#[test]
fn report_errors_say_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.db");
    let out = report(&format!("sqlite://{}", missing.display()), &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("nope.db"), "{err}");
    assert!(!missing.exists(), "a report never creates a database");

    let out = report("mysql://x/y", &[]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("use sqlite://FILE"),
        "{out:?}"
    );

    let db = &databases()[0];
    drop(Collector::start(&db.url, &[]));
    let out = report(&db.url, &["--since", "2026-02-30"]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("not a real date"),
        "{out:?}"
    );
    let out = report(&db.url, &["--locale", "fr"]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("en, tr, de, ar"),
        "{out:?}"
    );
}

#[test]
fn serve_refuses_a_broken_site_or_database() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_portsite"))
        .args(["feedback", "serve", "--bind", "127.0.0.1:0", "--db"])
        .arg(format!("sqlite://{}", dir.path().join("f.db").display()))
        .arg("--root")
        .arg(dir.path())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("site.yaml"),
        "{out:?}"
    );

    let out = Command::new(env!("CARGO_BIN_EXE_portsite"))
        .args([
            "feedback",
            "serve",
            "--bind",
            "127.0.0.1:0",
            "--db",
            "postgres://nobody:secret@127.0.0.1:1/x",
            "--root",
        ])
        .arg(site_root())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("could not open the feedback database"),
        "{err}"
    );
    assert!(
        !err.contains("secret"),
        "the password is not printed: {err}"
    );
}
