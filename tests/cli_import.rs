//! `portsite import-iana`: validate, diff, replace atomically, note the import.

mod common;

use std::fs;
use std::path::PathBuf;

use assert_cmd::Command;
use common::TestSite;
use predicates::prelude::*;

const REGISTRY: &str = "content/registry/service-names-port-numbers.csv";

fn import(site: &TestSite, file: &PathBuf) -> assert_cmd::assert::Assert {
    Command::cargo_bin("portsite")
        .unwrap()
        .arg("import-iana")
        .arg(file)
        .arg("--root")
        .arg(site.root())
        .assert()
}

/// The bundled registry with the 3712/udp row removed, the 3712/tcp description changed
/// and a row added on 3713/tcp.
fn modified(original: &str) -> String {
    let mut out = String::with_capacity(original.len() + 100);
    for line in original.split_inclusive('\n') {
        if line.starts_with("sentinel-ent,3712,udp,") {
            continue;
        }
        if line.starts_with("sentinel-ent,3712,tcp,") {
            out.push_str(&line.replace("Sentinel Enterprise,", "Sentinel Enterprise License,"));
            out.push_str("portsite-test,3713,tcp,Portsite test service,,,2026-11-26,,,,,\n");
            continue;
        }
        out.push_str(line);
    }
    out
}

fn write_download(site: &TestSite, text: &str) -> PathBuf {
    let path = site.root().join("download.csv");
    fs::write(&path, text).unwrap();
    path
}

#[test]
fn changes_are_listed_and_the_registry_is_replaced() {
    let site = TestSite::bundled(0, 10);
    let original = fs::read_to_string(site.root().join(REGISTRY)).unwrap();
    let new_text = modified(&original);
    let file = write_download(&site, &new_text);
    let out = import(&site, &file).success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        stdout.starts_with(
            "added    3713/tcp portsite-test\n\
             removed  3712/udp sentinel-ent\n\
             changed  3712/tcp sentinel-ent\n\
             \x20        description: \"Sentinel Enterprise\" -> \"Sentinel Enterprise License\"\n\
             1 added, 1 removed, 1 changed; registry replaced (sha256 "
        ),
        "{stdout}"
    );
    assert_eq!(
        fs::read_to_string(site.root().join(REGISTRY)).unwrap(),
        new_text
    );
    let note = fs::read_to_string(site.root().join("content/registry/SOURCE.md")).unwrap();
    assert!(
        note.contains("## Imported with portsite import-iana"),
        "{note}"
    );
    assert!(note.contains("1 added, 1 removed, 1 changed."), "{note}");
    let leftovers: Vec<_> = fs::read_dir(site.root().join("content/registry"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temp files left: {leftovers:?}");
}

#[test]
fn crlf_download_is_read_like_lf() {
    let site = TestSite::bundled(0, 10);
    let original = fs::read_to_string(site.root().join(REGISTRY)).unwrap();
    let crlf = modified(&original).replace('\n', "\r\n");
    let file = write_download(&site, &crlf);
    import(&site, &file)
        .success()
        .stdout(predicate::str::contains("1 added, 1 removed, 1 changed;"));
}

#[test]
fn identical_file_prints_no_changes() {
    let site = TestSite::bundled(0, 10);
    let original = fs::read_to_string(site.root().join(REGISTRY)).unwrap();
    let file = write_download(&site, &original);
    let note_before = fs::read(site.root().join("content/registry/SOURCE.md")).unwrap();
    import(&site, &file).success().stdout("no changes\n");
    let note_after = fs::read(site.root().join("content/registry/SOURCE.md")).unwrap();
    assert_eq!(note_before, note_after);
}

#[test]
fn wrong_header_is_refused_and_nothing_is_replaced() {
    let site = TestSite::bundled(0, 10);
    let before = fs::read(site.root().join(REGISTRY)).unwrap();
    let file = write_download(&site, "Name,Port\nhttp,80\n");
    import(&site, &file)
        .failure()
        .code(1)
        .stderr(predicate::str::contains(
            "does not start with the IANA registry header: found `Name,Port`",
        ))
        .stderr(predicate::str::contains("Nothing was replaced."));
    assert_eq!(fs::read(site.root().join(REGISTRY)).unwrap(), before);
}
