//! Nothing personal is stored: no address, user agent, cookie or time of day; only a keyed
//! hash that cannot be tied back to a reader, and that differs between pages and restarts.

use super::harness::{Collector, databases, post};

const SECRETS: [&str; 4] = [
    "203.0.113.77",
    "SecretAgent/9.9",
    "session=c00kie",
    "127.0.0.1",
];

fn vote_with_traces(collector: &Collector, page: &str, locale: &str) -> u16 {
    let body =
        serde_json::json!({ "page": page, "locale": locale, "helpful": false, "comment": "TLS" });
    post(
        collector.addr,
        Some("application/json"),
        &[
            ("X-Forwarded-For", "203.0.113.77"),
            ("User-Agent", "SecretAgent/9.9"),
            ("Cookie", "session=c00kie"),
            ("Referer", "https://ports.example.org/ports/80/?utm=1"),
        ],
        body.to_string().as_bytes(),
    )
    .status
}

#[test]
fn no_address_agent_or_cookie_reaches_the_database() {
    for db in databases() {
        let collector = Collector::start(&db.url, &["--trust-proxy"]);
        assert_eq!(vote_with_traces(&collector, "/ports/80/", "en"), 204);
        assert_eq!(vote_with_traces(&collector, "/tr/ports/80/", "tr"), 204);
        assert!(collector.terminate().0.success());
        let rows = db.rows();
        assert_eq!(rows.len(), 2, "{}", db.name);
        for row in &rows {
            for value in row {
                for secret in SECRETS {
                    assert!(
                        !value.contains(secret),
                        "{}: {secret} stored in {row:?}",
                        db.name
                    );
                }
            }
            let [day, _, _, voter, _, _] = row;
            assert_eq!(day.len(), 10, "a day, no time: {day}");
            assert!(
                voter.len() == 32 && voter.chars().all(|c| c.is_ascii_hexdigit()),
                "{voter}"
            );
        }
        assert_ne!(
            rows[0][3], rows[1][3],
            "one reader's votes on two pages cannot be linked"
        );
        // Not in any table, index or journal either.
        if let Some(file) = &db.file {
            for path in [file.clone(), file.with_extension("db-wal")] {
                let Ok(bytes) = std::fs::read(&path) else {
                    continue;
                };
                for secret in SECRETS {
                    let found = bytes.windows(secret.len()).any(|w| w == secret.as_bytes());
                    assert!(!found, "{secret} found in {}", path.display());
                }
            }
        }
    }
}

#[test]
fn a_restart_brings_a_new_key() {
    let db = &databases()[0];
    let first = Collector::start(&db.url, &["--trust-proxy"]);
    assert_eq!(vote_with_traces(&first, "/ports/80/", "en"), 204);
    assert!(first.terminate().0.success());
    let second = Collector::start(&db.url, &["--trust-proxy"]);
    assert_eq!(vote_with_traces(&second, "/ports/80/", "en"), 204);
    let rows = db.rows();
    assert_eq!(
        rows.len(),
        2,
        "the key is not kept anywhere a restart could read it"
    );
}
