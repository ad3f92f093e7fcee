//! `portsite check`: every problem of every stage in one run, located, with exit status.

mod common;

use std::fs;

use assert_cmd::Command;
use common::TestSite;

fn check(site: &TestSite, extra: &[&str]) -> assert_cmd::assert::Assert {
    Command::cargo_bin("portsite")
        .unwrap()
        .args(["check", "--root"])
        .arg(site.root())
        .args(extra)
        .assert()
}

/// stderr with each rendered diagnostic read back as `location: message; help` (the full
/// layout is snapshotted in tests/diagnostics.rs).
fn stderr(assert: &assert_cmd::assert::Assert) -> String {
    common::rendered::one_line(&String::from_utf8_lossy(&assert.get_output().stderr))
}

/// A small valid entry whose body starts on line 6.
fn entry(title: &str, extra_front: &str, body: &str) -> String {
    format!("---\ntitle: \"{title}\"\ndescription: \"Test.\"\n{extra_front}---\n{body}")
}

#[test]
fn bundled_site_has_no_errors_and_writes_nothing() {
    let site = TestSite::bundled(0, 65535);
    let out = check(&site, &[]).success();
    let err = stderr(&out);
    // Every curated entry is translated into every locale of the bundled site.
    assert!(err.contains("check: no problems found"), "{err}");
    assert!(!site.out().exists(), "check must not create public/");
}

#[test]
fn content_errors_in_several_files_are_all_reported() {
    let site = TestSite::bundled(0, 65535);
    let tr = site.root().join("content/ports/3712/index.tr.md");
    let text = fs::read_to_string(&tr).unwrap().replacen("faq:", "fqa:", 1);
    fs::write(&tr, &text).unwrap();
    let fqa_line = text.lines().position(|l| l.starts_with("fqa:")).unwrap() + 1;
    site.write("content/ports/70000/index.en.md", &entry("Big", "", "x\n"))
        .write("content/ports/81/index.fr.md", &entry("Fr", "", "x\n"))
        .write("content/ports/0080/index.en.md", &entry("Dup", "", "x\n"));
    let out = check(&site, &[]).failure().code(1);
    let err = stderr(&out);
    for expected in [
        format!(
            "content/ports/3712/index.tr.md:{fqa_line}:1: unknown field `fqa`, expected one of"
        ),
        "; did you mean `faq`?".to_string(),
        "content/ports/70000/index.en.md: `70000` is not a port number; ports run \
         from 0 to 65535"
            .to_string(),
        "content/ports/81/index.fr.md: locale `fr` is not one of the site's locales".to_string(),
        "port 80 in locale `en` is also written in `content/ports/0080/index.en.md`".to_string(),
    ] {
        assert!(err.contains(&expected), "missing {expected:?} in:\n{err}");
    }
    assert!(err.contains("check: 5 errors,"), "{err}");
}

#[test]
fn template_and_fluent_syntax_errors_are_reported_together() {
    let site = TestSite::bundled(0, 65535);
    let ftl = site.root().join("locales/de/ui.ftl");
    let mut text = fs::read_to_string(&ftl).unwrap();
    let line = text.lines().count() + 1;
    text.push_str("this line has no equals sign\n");
    fs::write(&ftl, text).unwrap();
    let page = site.root().join("templates/404.html");
    let html = fs::read_to_string(&page).unwrap();
    fs::write(&page, format!("{html}\n{{% if %}}\n")).unwrap();
    let err = stderr(&check(&site, &[]).failure().code(1));
    assert!(
        err.contains(&format!(
            "locales/de/ui.ftl:{line}:6: Fluent syntax error: Expected a token starting with \"=\""
        )),
        "{err}"
    );
    let template_line = html.lines().count() + 2;
    assert!(
        err.contains(&format!(
            "templates/404.html:{template_line}:7: template error: Found `%}}`"
        )),
        "{err}"
    );
}

#[test]
fn missing_message_is_a_warning_naming_locale_and_id() {
    let site = TestSite::bundled(0, 65535);
    let ftl = site.root().join("locales/tr/ui.ftl");
    let text = fs::read_to_string(&ftl).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("copy-button ="))
        .collect();
    fs::write(&ftl, kept.join("\n") + "\n").unwrap();
    let err = stderr(&check(&site, &[]).success());
    assert!(
        err.contains("locales/tr: locale `tr` lacks message `copy-button`"),
        "{err}"
    );
}

#[test]
fn broken_port_links_are_located_at_their_line() {
    let site = TestSite::bundled(0, 100);
    let body = "Intro.\n\nSee [a port](/ports/70000/) and [home](/).\n\n\
                Also [outside the span](/ports/3712/) and [nowhere](/no-such-page/).\n";
    site.write("content/ports/81/index.en.md", &entry("Port 81", "", body));
    let err = stderr(&check(&site, &[]).failure().code(1));
    let path = "content/ports/81/index.en.md";
    assert!(
        err.contains(&format!(
            "{path}:7:14: broken link `/ports/70000/`: port 70000 does not exist"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{path}:9:25: broken link `/ports/3712/`: port 3712 has no page: this site \
             covers ports 0 to 100"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!("{path}:9:53: broken link `/no-such-page/`")),
        "{err}"
    );
    assert!(!err.contains("broken link `/`"), "{err}");
}

#[test]
fn stale_and_missing_translations_are_warnings_with_both_dates() {
    let site = TestSite::bundled(0, 65535);
    site.write(
        "content/ports/81/index.en.md",
        &entry("Port 81", "updated: 2026-11-20\n", "Text.\n"),
    )
    .write(
        "content/ports/81/index.tr.md",
        &entry("Port 81", "source_updated: 2026-10-01\n", "Metin.\n"),
    )
    .write(
        "content/ports/81/index.de.md",
        &entry("Port 81", "", "Text.\n"),
    );
    let err = stderr(&check(&site, &[]).success());
    assert!(
        err.contains(
            "content/ports/81/index.tr.md:4:17: stale translation: `source_updated: \
             2026-10-01` is older than `updated: 2026-11-20` of content/ports/81/index.en.md"
        ),
        "{err}"
    );
    assert!(
        err.contains(
            "content/ports/81/index.de.md:1:1: stale translation: no `source_updated`, \
             and content/ports/81/index.en.md was updated on 2026-11-20"
        ),
        "{err}"
    );
    assert!(
        err.contains("content/ports/81/index.en.md:2:8: port 81 has no `ar` translation"),
        "{err}"
    );
}

#[test]
fn unknown_explain_id_in_checks_yaml_is_an_error() {
    let site = TestSite::bundled(0, 65535);
    let path = site.root().join("content/checks.yaml");
    let text = fs::read_to_string(&path)
        .unwrap()
        .replace("explain: check-ss", "explain: check-nope");
    let line = text.lines().position(|l| l.contains("check-nope")).unwrap() + 1;
    fs::write(&path, text).unwrap();
    let err = stderr(&check(&site, &[]).failure().code(1));
    assert!(
        err.contains(&format!(
            "content/checks.yaml:{line}:14: `explain: check-nope` names a message no locale defines"
        )),
        "{err}"
    );
}

#[test]
fn json_format_lists_every_problem_with_its_fields() {
    let site = TestSite::bundled(0, 65535);
    site.write(
        "content/ports/81/index.en.md",
        &entry("Port 81", "", "Go [there](/ports/99999/).\n"),
    );
    let out = check(&site, &["--format", "json"]).failure().code(1);
    let value: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let items = value.as_array().unwrap();
    let link = items
        .iter()
        .find(|d| d["code"] == "broken-link")
        .expect("a broken-link item");
    assert_eq!(link["severity"], "error");
    assert_eq!(link["path"], "content/ports/81/index.en.md");
    assert_eq!(link["line"], 5);
    assert_eq!(link["column"], 12);
    assert!(
        link["message"]
            .as_str()
            .unwrap()
            .contains("port 99999 does not exist")
    );
    let warning = items
        .iter()
        .find(|d| d["code"] == "missing-translation")
        .unwrap();
    assert_eq!(warning["severity"], "warning");
    // A missing translation points at the original's front matter: its title.
    assert_eq!(warning["path"], "content/ports/81/index.en.md");
    assert_eq!(
        (warning["line"].as_u64(), warning["column"].as_u64()),
        (Some(2), Some(8))
    );
    assert!(
        warning["help"]
            .as_str()
            .unwrap()
            .contains("portsite new 81 --locale")
    );
}

#[test]
fn warnings_fail_only_with_deny_warnings() {
    let site = TestSite::bundled(0, 65535);
    site.write(
        "content/ports/81/index.en.md",
        &entry("Port 81", "", "Not translated yet.\n"),
    );
    let err = stderr(&check(&site, &[]).success());
    assert!(
        err.contains("content/ports/81/index.en.md:2:8: port 81 has no `de` translation"),
        "{err}"
    );
    let err = stderr(&check(&site, &["--deny-warnings"]).failure().code(1));
    assert!(err.contains("warnings are denied"), "{err}");
}

#[test]
fn a_port_path_in_plain_text_is_a_warning_with_its_position() {
    let site = TestSite::bundled(0, 65535);
    site.write(
        "content/ports/3712/index.en.md",
        &fs::read_to_string(site.root().join("content/ports/3712/index.en.md"))
            .unwrap()
            .replacen(
                "## What this port is\n",
                "## What this port is\n\nSee /ports/1947/ for Sentinel LDK.\n",
                1,
            ),
    );
    let err = stderr(&check(&site, &[]).success());
    let line = fs::read_to_string(site.root().join("content/ports/3712/index.en.md"))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("See /ports/1947/"))
        .unwrap()
        + 1;
    assert!(
        err.contains(&format!(
            "content/ports/3712/index.en.md:{line}:5: `/ports/1947/` is plain text, not a link"
        )),
        "{err}"
    );
}
