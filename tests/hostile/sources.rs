//! Symbolic links and special files in every folder portsite reads: a link that leaves the
//! site is refused (never read, never published), a link inside the site is followed, loops
//! and FIFOs are reported with their path, and nothing ever hangs.

use std::fs;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::Output;

use crate::harness::{Built, portsite};

const ENTRY: &str = "content/ports/3712/index.en.md";
const OUTSIDE: &str = "outside the site folder";
const FIFO: &str = "is a FIFO (named pipe), not a regular file";
const LOOP: &str = "is a symbolic link loop";

fn mkfifo(path: &Path) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    let _ = fs::remove_file(path);
    rustix::fs::mkfifoat(
        rustix::fs::CWD,
        path,
        rustix::fs::Mode::from_raw_mode(0o644),
    )
    .unwrap();
}

fn link(target: &Path, at: &Path) {
    fs::create_dir_all(at.parent().unwrap()).unwrap();
    let _ = fs::remove_file(at);
    let _ = fs::remove_dir_all(at);
    symlink(target, at).unwrap();
}

/// Runs a portsite subcommand on the site under `timeout`, so a hang fails the test.
fn run(built: &Built, args: &[&str]) -> Output {
    std::process::Command::new("timeout")
        .arg("60")
        .arg(env!("CARGO_BIN_EXE_portsite"))
        .args(args)
        .arg("--root")
        .arg(built.site.root())
        .output()
        .unwrap()
}

/// `check` and `build` both fail (not hang) with every expected `path: problem` text, and
/// `public/` is untouched.
fn refused_everywhere(built: &Built, expected: &[(&str, &str)]) {
    let check = run(built, &["check"]);
    let stderr = crate::common::rendered::one_line(&String::from_utf8_lossy(&check.stderr));
    assert_eq!(check.status.code(), Some(1), "check:\n{stderr}");
    for (path, problem) in expected {
        let line = stderr
            .lines()
            .find(|l| l.starts_with(&format!("{path}:")) && l.contains(problem));
        assert!(
            line.is_some(),
            "check should report `{path}` {problem}:\n{stderr}"
        );
    }
    let output = run(built, &["build"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "build:\n{stderr}");
    let (path, problem) = expected[0];
    assert!(
        stderr.contains(path) && stderr.contains(problem),
        "build should report `{path}` {problem}:\n{stderr}"
    );
    assert!(stderr.contains("was left as it was"), "{stderr}");
    built.assert_untouched();
}

/// A valid entry written outside the site, e.g. in another checkout.
fn outside_entry(title: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("---\ntitle: \"{title}\"\ndescription: \"d\"\n---\nOutside body.\n");
    fs::write(dir.path().join("index.en.md"), text).unwrap();
    dir
}

#[test]
fn entry_linked_to_a_valid_file_outside_is_refused_not_published() {
    let built = Built::new(3712, 3713);
    let outside = outside_entry("Published from outside");
    link(
        &outside.path().join("index.en.md"),
        &built.site.root().join("content/ports/3713/index.en.md"),
    );
    refused_everywhere(&built, &[("content/ports/3713/index.en.md", OUTSIDE)]);
    assert!(
        !built
            .site
            .page("/ports/3713/")
            .contains("Published from outside")
    );
}

#[test]
fn port_folder_linked_outside_is_refused_and_never_walked() {
    let built = Built::new(3712, 3713);
    let outside = outside_entry("Folder from outside");
    link(
        outside.path(),
        &built.site.root().join("content/ports/3713"),
    );
    refused_everywhere(&built, &[("content/ports/3713", OUTSIDE)]);
    // A link to `/` must be refused without walking the whole disk.
    link(
        Path::new("/"),
        &built.site.root().join("content/ports/3713"),
    );
    refused_everywhere(&built, &[("content/ports/3713", OUTSIDE)]);
}

#[test]
fn entries_linked_to_proc_and_devices_are_refused() {
    for target in [
        "/proc/self/environ",
        "/dev/zero",
        "/dev/stdin",
        "/etc/passwd",
    ] {
        let built = Built::new(3712, 3712);
        link(Path::new(target), &built.site.root().join(ENTRY));
        refused_everywhere(&built, &[(ENTRY, OUTSIDE)]);
    }
}

#[test]
fn fifo_entry_is_reported_not_waited_for() {
    let built = Built::new(3712, 3712);
    mkfifo(&built.site.root().join("content/ports/3712/index.de.md"));
    refused_everywhere(&built, &[("content/ports/3712/index.de.md", FIFO)]);
}

#[test]
fn fifo_in_a_folder_portsite_does_not_read_as_entries_is_still_reported() {
    let built = Built::new(3712, 3712);
    mkfifo(&built.site.root().join("content/ports/3712/notes.txt"));
    refused_everywhere(&built, &[("content/ports/3712/notes.txt", FIFO)]);
}

#[test]
fn link_loops_are_reported_with_their_path() {
    let built = Built::new(3712, 3712);
    let root = built.site.root();
    link(Path::new(".."), &root.join("content/ports/3712/up"));
    link(Path::new("self"), &root.join("content/ports/self"));
    refused_everywhere(
        &built,
        &[
            ("content/ports/3712/up", LOOP),
            ("content/ports/self", LOOP),
        ],
    );
}

#[test]
fn dangling_link_is_reported() {
    let built = Built::new(3712, 3712);
    link(
        Path::new("gone.md"),
        &built.site.root().join("content/ports/3712/index.de.md"),
    );
    refused_everywhere(
        &built,
        &[("content/ports/3712/index.de.md", "which does not exist")],
    );
}

#[test]
fn links_inside_the_site_are_followed() {
    let built = Built::new(3712, 3714);
    let root = built.site.root();
    // A file link and a folder link, both to the site's own files.
    link(
        Path::new("../3712/index.en.md"),
        &root.join("content/ports/3713/index.en.md"),
    );
    link(Path::new("3712"), &root.join("content/ports/3714"));
    // (A site cut down to three ports has broken links to others; no link is refused.)
    let check = run(&built, &["check"]);
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert!(!stderr.contains("symbolic link"), "{stderr}");
    let output = built.run(&[]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let title = "Port 3712: Sentinel Enterprise";
    assert!(built.site.page("/ports/3713/").contains(title));
    assert!(built.site.page("/ports/3714/").contains(title));
}

#[test]
fn special_files_in_locales_templates_and_static_are_reported() {
    let cases = [
        ("locales/de/extra.ftl", FIFO),
        ("templates/partials/extra.html", FIFO),
        ("static/extra.css", FIFO),
    ];
    for (path, problem) in cases {
        let built = Built::new(3712, 3712);
        mkfifo(&built.site.root().join(path));
        refused_everywhere(&built, &[(path, problem)]);
    }
}

#[test]
fn links_out_of_locales_templates_static_and_registry_are_refused() {
    let secret = tempfile::tempdir().unwrap();
    fs::write(secret.path().join("x.ftl"), "site-name = Leaked\n").unwrap();
    fs::write(secret.path().join("x.html"), "leaked").unwrap();
    let registry = Built::new(3712, 3712).read("content/registry/service-names-port-numbers.csv");
    fs::write(secret.path().join("r.csv"), registry).unwrap();
    let cases = [
        ("locales/en/extra.ftl", "x.ftl"),
        ("locales/tr", ""),
        ("templates/partials/extra.html", "x.html"),
        ("templates", ""),
        ("static/leak.txt", "x.html"),
        ("static/dir", ""),
        ("content/registry/service-names-port-numbers.csv", "r.csv"),
    ];
    for (path, target) in cases {
        let built = Built::new(3712, 3712);
        link(&secret.path().join(target), &built.site.root().join(path));
        refused_everywhere(&built, &[(path, OUTSIDE)]);
    }
}

#[test]
fn fifo_registry_site_yaml_and_checks_are_reported() {
    for path in [
        "content/registry/service-names-port-numbers.csv",
        "site.yaml",
        "content/checks.yaml",
    ] {
        let built = Built::new(3712, 3712);
        mkfifo(&built.site.root().join(path));
        refused_everywhere(&built, &[(path, FIFO)]);
    }
}

#[test]
fn new_refuses_a_port_folder_that_leads_outside() {
    let built = Built::new(3712, 3712);
    let outside = tempfile::tempdir().unwrap();
    link(
        outside.path(),
        &built.site.root().join("content/ports/7000"),
    );
    let output = portsite()
        .args(["new", "7000", "--root"])
        .arg(built.site.root())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("content/ports/7000") && stderr.contains(OUTSIDE),
        "{stderr}"
    );
    assert_eq!(
        fs::read_dir(outside.path()).unwrap().count(),
        0,
        "wrote outside the site"
    );
}

#[test]
fn new_creates_nothing_outside_when_the_ports_folder_leads_outside() {
    let built = Built::new(3712, 3712);
    let outside = tempfile::tempdir().unwrap();
    let ports = built.site.root().join("content/ports");
    for entry in fs::read_dir(&ports).unwrap() {
        let entry = entry.unwrap();
        let dest = outside.path().join(entry.file_name());
        fs::rename(entry.path(), dest).unwrap();
    }
    fs::remove_dir(&ports).unwrap();
    symlink(outside.path(), &ports).unwrap();
    let before: Vec<_> = fs::read_dir(outside.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    let output = portsite()
        .args(["new", "7000", "--root"])
        .arg(built.site.root())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(OUTSIDE), "{stderr}");
    let after: Vec<_> = fs::read_dir(outside.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        before.len(),
        after.len(),
        "created a folder outside the site"
    );
}
