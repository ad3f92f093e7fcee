//! `--out` pointing somewhere portsite must never replace: refused, nothing deleted.

use std::fs;
use std::path::Path;

use crate::harness::{Built, Snapshot};

fn refuse_out(built: &Built, out: &Path, reason: &str) {
    let text = out.to_str().unwrap();
    built.refused(
        &["--out", text],
        &format!("refusing to write the site to {text}: {reason}"),
    );
    assert_no_lock_beside(out);
}

/// A refused build leaves nothing beside the folder it was not allowed to touch.
fn assert_no_lock_beside(out: &Path) {
    let (Some(parent), Some(name)) = (out.parent(), out.file_name()) else {
        return;
    };
    let name = name.to_string_lossy();
    for suffix in ["lock", "staging"] {
        let left = parent.join(format!(".{name}.portsite-{suffix}"));
        assert!(!left.exists(), "a refused build left {}", left.display());
    }
}

#[test]
fn out_equal_to_the_site_root_is_refused_and_sources_kept() {
    let built = Built::new(3712, 3712);
    let root = fs::canonicalize(built.site.root()).unwrap();
    let sources = Snapshot::of(&root.join("content"));
    refuse_out(
        &built,
        &root,
        "it is the site root or one of its parent folders",
    );
    assert!(Snapshot::of(&root.join("content")) == sources);
    assert!(root.join("site.yaml").is_file());
}

#[test]
fn out_equal_to_filesystem_root_is_refused() {
    let built = Built::new(3712, 3712);
    refuse_out(&built, Path::new("/"), "it is the filesystem root");
}

#[test]
fn out_equal_to_home_is_refused() {
    let built = Built::new(3712, 3712);
    let home = tempfile::tempdir().unwrap();
    let home_path = fs::canonicalize(home.path()).unwrap();
    fs::write(home_path.join(".bashrc"), "keep me").unwrap();
    let output = built.run_with_env(&["--out", home_path.to_str().unwrap()], "HOME", &home_path);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "refusing to write the site to {}: it is your home folder",
            home_path.display()
        )),
        "{stderr}"
    );
    assert_eq!(
        fs::read_to_string(home_path.join(".bashrc")).unwrap(),
        "keep me"
    );
    assert_no_lock_beside(&home_path);
    built.assert_untouched();
}

#[test]
fn out_inside_the_sources_is_refused() {
    let built = Built::new(3712, 3712);
    let root = fs::canonicalize(built.site.root()).unwrap();
    refuse_out(
        &built,
        &root.join("content"),
        "it is inside the site's sources",
    );
}

#[test]
fn foreign_folder_is_refused_and_kept() {
    let built = Built::new(3712, 3712);
    let root = fs::canonicalize(built.site.root()).unwrap();
    let mine = root.join("mine");
    fs::create_dir(&mine).unwrap();
    fs::write(mine.join("thesis.tex"), "years of work").unwrap();
    refuse_out(
        &built,
        &mine,
        "portsite did not create it (it has no .portsite-output marker); move it away or choose another --out",
    );
    assert_eq!(
        fs::read_to_string(mine.join("thesis.tex")).unwrap(),
        "years of work"
    );
}

#[test]
fn symlink_to_a_foreign_folder_is_refused() {
    let built = Built::new(3712, 3712);
    let root = fs::canonicalize(built.site.root()).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let target = fs::canonicalize(elsewhere.path()).unwrap();
    fs::write(target.join("notes.txt"), "mine").unwrap();
    let link = root.join("site-link");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let stderr = built.refused(
        &["--out", link.to_str().unwrap()],
        "portsite did not create it",
    );
    assert!(stderr.contains(target.to_str().unwrap()), "{stderr}");
    assert_eq!(
        fs::read_to_string(target.join("notes.txt")).unwrap(),
        "mine"
    );
    assert_no_lock_beside(&target);
    assert_no_lock_beside(&link);
}

#[test]
fn foreign_file_is_refused_without_a_lock_beside_it() {
    let built = Built::new(3712, 3712);
    let root = fs::canonicalize(built.site.root()).unwrap();
    let file = root.join("notes.txt");
    fs::write(&file, "keep").unwrap();
    refuse_out(&built, &file, "it exists and is not a folder");
    assert_eq!(fs::read_to_string(&file).unwrap(), "keep");
}

#[test]
fn planted_lock_and_staging_links_are_never_followed() {
    let built = Built::new(3712, 3712);
    let root = fs::canonicalize(built.site.root()).unwrap();
    let victim_dir = tempfile::tempdir().unwrap();
    let victim = victim_dir.path().join("victim.txt");
    fs::write(&victim, "precious").unwrap();
    let lock = root.join(".public.portsite-lock");
    fs::remove_file(&lock).unwrap();
    std::os::unix::fs::symlink(&victim, &lock).unwrap();
    let stderr = built.refused(&[], "not portsite's lock file");
    assert!(stderr.contains(".public.portsite-lock"), "{stderr}");
    assert_eq!(fs::read_to_string(&victim).unwrap(), "precious");
}
