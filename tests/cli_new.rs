//! `portsite new`: a scaffold with registry facts and localized headings, never overwriting.

mod common;

use std::fs;

use assert_cmd::Command;
use common::TestSite;
use predicates::prelude::*;

fn new(site: &TestSite, args: &[&str]) -> assert_cmd::assert::Assert {
    Command::cargo_bin("portsite")
        .unwrap()
        .arg("new")
        .args(args)
        .arg("--root")
        .arg(site.root())
        .assert()
}

#[test]
fn turkish_scaffold_has_registry_facts_and_turkish_headings() {
    let site = TestSite::bundled(0, 65535);
    new(&site, &["8008", "--locale", "tr"])
        .success()
        .stdout("created content/ports/8008/index.tr.md\n");
    let text = fs::read_to_string(site.root().join("content/ports/8008/index.tr.md")).unwrap();
    // The title names the service as registered, as a generated page does.
    assert!(
        text.starts_with("---\ntitle: \"Port 8008: http-alt\"\n"),
        "{text}"
    );
    assert!(text.contains("8008 numaralı port http-alt"), "{text}");
    assert!(text.contains("protocols: [tcp, udp]\n"), "{text}");
    assert!(text.contains("updated: 20"), "{text}");
    assert!(
        text.contains("service-names-port-numbers.xhtml?search=8008"),
        "{text}"
    );
    let headings: Vec<&str> = text.lines().filter(|l| l.starts_with("## ")).collect();
    assert_eq!(
        headings,
        [
            "## Bu port nedir?",
            "## Pratikte orada ne bulursunuz?",
            "## Portu neyin dinlediğini nasıl öğrenirsiniz?",
            "## Güvenlik notları",
        ]
    );
    assert!(text.contains("öğrenirsiniz?\n\n{{ checks }}\n"), "{text}");
    // The scaffold is a valid entry: check finds no error in it.
    Command::cargo_bin("portsite")
        .unwrap()
        .args(["check", "--root"])
        .arg(site.root())
        .assert()
        .success()
        .stderr(predicate::str::contains("check: no problems found"));
}

#[test]
fn translation_scaffold_records_the_source_entry_date() {
    let site = TestSite::bundled(0, 65535);
    site.write(
        "content/ports/81/index.en.md",
        "---\ntitle: \"Port 81\"\ndescription: \"Test.\"\nprotocols: [tcp]\ntags: [web, \"alt: http\"]\n\
         updated: 2026-11-26\nfaq:\n  - q: \"Is it HTTP?\"\n    replaces: protocol\n    a: \"Often.\\n\\nNot always.\"\n\
         sources:\n  - title: \"A source\"\n    url: \"https://example.org/81\"\n---\nText.\n",
    );
    new(&site, &["81", "--locale", "de"]).success();
    let text = fs::read_to_string(site.root().join("content/ports/81/index.de.md")).unwrap();
    assert!(text.contains("\nsource_updated: 2026-11-26\n"), "{text}");
    // A translation starts from the original's lists, ready to translate.
    assert!(text.contains("\nprotocols: [tcp]\n"), "{text}");
    assert!(
        text.contains("\ntags: [\"web\", \"alt: http\"]\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "  - q: \"Is it HTTP?\"\n    replaces: protocol\n    a: \"Often.\\n\\nNot always.\"\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("  - title: \"A source\"\n    url: \"https://example.org/81\"\n"),
        "{text}"
    );
    Command::cargo_bin("portsite")
        .unwrap()
        .args(["check", "--root"])
        .arg(site.root())
        .assert()
        .success();
    assert!(text.contains("## Was ist dieser Port?"), "{text}");
}

#[test]
fn default_locale_is_used_without_locale() {
    let site = TestSite::bundled(0, 65535);
    new(&site, &["3713"])
        .success()
        .stdout("created content/ports/3713/index.en.md\n");
    let text = fs::read_to_string(site.root().join("content/ports/3713/index.en.md")).unwrap();
    assert!(text.contains("## What this port is"), "{text}");
    assert!(!text.contains("source_updated"), "{text}");
}

#[test]
fn an_existing_entry_is_never_overwritten() {
    let site = TestSite::bundled(0, 65535);
    let path = site.root().join("content/ports/3712/index.tr.md");
    let before = fs::read(&path).unwrap();
    new(&site, &["3712", "--locale", "tr"])
        .failure()
        .code(1)
        .stderr(
            "error[new]: this entry already exists\n\
             --> content/ports/3712/index.tr.md\n \
             = help: edit it instead (portsite never overwrites an entry)\n",
        );
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn port_above_65535_is_refused() {
    let site = TestSite::bundled(0, 65535);
    new(&site, &["70000"])
        .failure()
        .code(1)
        .stderr("error[new]: 70000 is not a port number: ports run from 0 to 65535\n");
    assert!(!site.root().join("content/ports/70000").exists());
}

#[test]
fn locale_not_in_site_yaml_is_refused() {
    let site = TestSite::bundled(0, 65535);
    new(&site, &["81", "--locale", "fr"])
        .failure()
        .code(1)
        .stderr(
            "error[new]: locale `fr` is not one of the site's locales (en, tr, de, ar)\n \
             |\n \
             = help: use one of those, or add it to site.yaml\n",
        );
    assert!(!site.root().join("content/ports/81").exists());
}
