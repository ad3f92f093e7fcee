//! Builds that die half way (SIGKILL) or run at the same time as another build.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use crate::harness::{Built, Snapshot};

fn set_span(root: &Path, from: u16, to: u16) {
    let path = root.join("site.yaml");
    let text = fs::read_to_string(&path).unwrap();
    let mut out = String::new();
    for line in text.lines() {
        match line.trim_start() {
            l if l.starts_with("from: ") => out.push_str(&format!("  from: {from}")),
            l if l.starts_with("to: ") => out.push_str(&format!("  to: {to}")),
            _ => out.push_str(line),
        }
        out.push('\n');
    }
    fs::write(path, out).unwrap();
}

fn spawn_build(root: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_portsite"))
        .args(["build", "--root"])
        .arg(root)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Waits until the build has started writing pages into its staging folder.
fn wait_for_pages(staging: &Path, child: &mut Child) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if staging.join("ports").is_dir() {
            return;
        }
        if let Some(status) = child.try_wait().unwrap() {
            panic!("build ended before writing pages: {status}");
        }
        sleep(Duration::from_millis(20));
    }
    panic!("build never started writing pages");
}

fn staging_of(built: &Built) -> PathBuf {
    built.site.root().join(".public.portsite-staging")
}

#[test]
fn killed_build_leaves_old_site_and_next_build_cleans_up() {
    let built = Built::new(3712, 3712);
    set_span(built.site.root(), 0, 999);
    let mut child = spawn_build(built.site.root());
    wait_for_pages(&staging_of(&built), &mut child);
    sleep(Duration::from_millis(200));
    child.kill().unwrap(); // SIGKILL: no destructor, no cleanup
    child.wait().unwrap();
    assert!(
        staging_of(&built).is_dir(),
        "the kill should leave a staging folder"
    );
    assert!(
        Snapshot::of(&built.site.out()) == built.before,
        "public/ changed"
    );

    set_span(built.site.root(), 3711, 3713);
    let output = built.run(&[]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        !staging_of(&built).exists(),
        "leftover staging folder not cleaned"
    );
    assert!(built.site.exists("/ports/3713/index.html"));
    assert!(
        !built.site.exists("/ports/500/index.html"),
        "half-built pages leaked"
    );
}

#[test]
fn second_build_at_the_same_time_is_refused_and_first_completes() {
    let built = Built::new(3712, 3712);
    set_span(built.site.root(), 0, 399);
    let mut first = spawn_build(built.site.root());
    wait_for_pages(&staging_of(&built), &mut first);
    let second = built.run(&[]);
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert_eq!(second.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("another portsite build"), "{stderr}");
    // The refused build must not have touched the first one's staging folder.
    assert!(staging_of(&built).join("ports").is_dir());

    let status = first.wait().unwrap();
    assert!(status.success(), "the first build failed");
    for port in [0, 200, 399] {
        assert!(
            built.site.exists(&format!("/ports/{port}/index.html")),
            "port {port}"
        );
    }
    assert!(
        !built.site.exists("/ports/3712/index.html"),
        "old site not replaced"
    );
    assert!(!staging_of(&built).exists());
}
