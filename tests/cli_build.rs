//! `portsite build` from the command line: exit status, located errors, output left intact.

mod common;

use std::fs;

use assert_cmd::Command;
use common::TestSite;
use predicates::prelude::*;

fn portsite() -> Command {
    Command::cargo_bin("portsite").unwrap()
}

#[test]
fn build_succeeds_and_reports_pages() {
    let site = TestSite::bundled(80, 81);
    portsite()
        .args(["build", "--root"])
        .arg(site.root())
        .assert()
        .success()
        .stderr(predicate::str::contains("built 24 pages (8 port pages)"));
    assert!(site.exists("/ports/80/index.html"));
}

#[test]
fn broken_front_matter_names_file_line_column_and_keeps_the_old_site() {
    let site = TestSite::bundled(3711, 3713).built();
    let before = fs::read(site.out().join("tr/ports/3712/index.html")).unwrap();
    let entry = site.root().join("content/ports/3712/index.tr.md");
    let text = fs::read_to_string(&entry)
        .unwrap()
        .replacen("faq:", "fqa:", 1);
    fs::write(&entry, &text).unwrap();
    let line = text.lines().position(|l| l.starts_with("fqa:")).unwrap() + 1;
    portsite()
        .args(["build", "--root"])
        .arg(site.root())
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "error[unknown-field]: unknown field `fqa`, expected one of `title`",
        ))
        .stderr(predicate::str::contains(format!(
            " --> content/ports/3712/index.tr.md:{line}:1\n"
        )))
        .stderr(predicate::str::contains("did you mean `faq`?"))
        .stderr(predicate::str::contains("was left as it was"));
    let after = fs::read(site.out().join("tr/ports/3712/index.html")).unwrap();
    assert_eq!(before, after, "the previous output must be untouched");
}

#[test]
fn broken_template_names_the_template_line() {
    let site = TestSite::bundled(80, 80).built();
    site.write(
        "templates/404.html",
        "{% extends \"base.html\" %}\n{% block main %}\n{{ oops( }}\n{% endblock main %}\n",
    );
    portsite()
        .args(["build", "--root"])
        .arg(site.root())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("templates/404.html:3:"));
    assert!(site.exists("/ports/80/index.html"));
}

#[test]
fn refuses_to_replace_a_folder_it_did_not_create() {
    let site = TestSite::bundled(80, 80);
    let out = site.root().join("docs");
    fs::create_dir(&out).unwrap();
    fs::write(out.join("notes.txt"), "mine").unwrap();
    portsite()
        .args(["build", "--root"])
        .arg(site.root())
        .arg("--out")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("portsite did not create it"));
    assert_eq!(fs::read_to_string(out.join("notes.txt")).unwrap(), "mine");
}
