//! The output swap at every moment: builds killed at many points (loading, staging, the
//! swap itself, deleting the replaced site, clearing an earlier build's leftovers), a
//! replaced site that cannot be deleted, and leftovers planted or left by older versions.
//! After each, the published site is one complete site, and the next build succeeds.

use std::collections::BTreeMap;
use std::fs;
use std::hash::{Hash, Hasher};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use crate::harness::{Built, run_unprivileged};

/// Every file of a folder by relative path, with a hash of its bytes (a site of thousands
/// of pages, compared cheaply).
#[derive(Debug, PartialEq, Eq)]
struct Fingerprint(BTreeMap<PathBuf, u64>);

impl Fingerprint {
    fn of(dir: &Path) -> Fingerprint {
        let mut files = BTreeMap::new();
        for item in walkdir::WalkDir::new(dir) {
            let item = item.expect("walk output");
            let relative = item.path().strip_prefix(dir).unwrap().to_path_buf();
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            if item.file_type().is_file() {
                fs::read(item.path()).unwrap().hash(&mut hasher);
            }
            files.insert(relative, hasher.finish());
        }
        Fingerprint(files)
    }
}

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
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

fn build_ok(built: &Built) -> String {
    let output = built.run(&[]);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "the next build failed:\n{stderr}");
    stderr
}

/// Hidden folders a build leaves beside `public/` (the lock file aside).
fn leftovers(root: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(root)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public.") && n != ".public.portsite-lock")
        .collect();
    names.sort();
    names
}

/// The two sites the builds alternate between, each fingerprinted after a clean build.
struct Sites {
    built: Built,
    spans: [(u16, u16); 2],
    prints: [Fingerprint; 2],
}

impl Sites {
    /// Two spans of 250 ports (1,000 pages): long enough to kill at many moments.
    fn new() -> (Sites, Duration) {
        let built = Built::new(3712, 3712);
        let spans = [(0, 249), (1, 250)];
        let mut prints = Vec::new();
        let mut slowest = Duration::ZERO;
        for (from, to) in spans {
            set_span(built.site.root(), from, to);
            let started = Instant::now();
            build_ok(&built);
            slowest = slowest.max(started.elapsed());
            prints.push(Fingerprint::of(&built.site.out()));
        }
        let [a, b] = <[Fingerprint; 2]>::try_from(prints).unwrap();
        (
            Sites {
                built,
                spans,
                prints: [a, b],
            },
            slowest,
        )
    }

    fn root(&self) -> &Path {
        self.built.site.root()
    }

    /// Which of the two sites is published; panics on anything torn or mixed.
    fn published(&self) -> usize {
        let now = Fingerprint::of(&self.built.site.out());
        self.prints
            .iter()
            .position(|p| *p == now)
            .expect("the published site is neither the old nor the new one")
    }

    /// Points site.yaml at site `which`.
    fn aim(&self, which: usize) {
        let (from, to) = self.spans[which];
        set_span(self.root(), from, to);
    }
}

#[test]
fn kills_at_many_moments_leave_one_complete_site_and_the_next_build_recovers() {
    let (sites, duration) = Sites::new();
    let mut current = 1;
    // From before loading finishes to after the old site is deleted, with an uneven step
    // so the moments do not line up with any phase.
    let steps: u32 = 10;
    for step in 0..steps {
        let target = 1 - current;
        sites.aim(target);
        let delay = duration.mul_f64(1.3 * f64::from(step) / f64::from(steps - 1));
        let mut child = spawn_build(sites.root());
        sleep(delay + Duration::from_millis(u64::from(step) * 7 % 23));
        let _ = child.kill();
        child.wait().unwrap();
        let published = sites.published();
        assert!(published == current || published == target, "step {step}");
        // Half the time the next build targets the other site, so a leftover from the
        // killed build meets a different site.
        let next = if step % 2 == 0 { target } else { current };
        sites.aim(next);
        build_ok(&sites.built);
        assert_eq!(
            sites.published(),
            next,
            "step {step}: not the site just built"
        );
        assert_eq!(leftovers(sites.root()), Vec::<String>::new(), "step {step}");
        current = next;
    }
}

#[test]
fn kill_right_after_the_swap_while_the_old_site_is_deleted() {
    let (sites, _) = Sites::new();
    let mut current = 1;
    for attempt in 0..3u64 {
        let target = 1 - current;
        sites.aim(target);
        let out = sites.built.site.out();
        let before = fs::metadata(&out).unwrap().ino();
        let mut child = spawn_build(sites.root());
        // The swap exchanges the folders, so `public` changes inode at that instant.
        let deadline = Instant::now() + Duration::from_secs(120);
        while fs::metadata(&out).map(|m| m.ino()).unwrap_or(before) == before {
            assert!(Instant::now() < deadline, "the build never swapped");
            if child.try_wait().unwrap().is_some() {
                break;
            }
            sleep(Duration::from_micros(200));
        }
        sleep(Duration::from_millis(attempt * 5));
        let _ = child.kill();
        child.wait().unwrap();
        assert_eq!(
            sites.published(),
            target,
            "attempt {attempt}: the swap is done"
        );
        // Whatever is left of the old site is finished off by the next build.
        build_ok(&sites.built);
        assert_eq!(sites.published(), target);
        assert_eq!(leftovers(sites.root()), Vec::<String>::new());
        current = target;
    }
}

#[test]
fn killing_the_build_that_clears_a_leftover_is_recoverable_too() {
    let (sites, duration) = Sites::new();
    let staging = sites.root().join(".public.portsite-staging");
    for step in 0..4u32 {
        // A staging folder as a kill during page writing leaves it: the whole old site.
        copy_dir(&sites.built.site.out(), &staging);
        let mut child = spawn_build(sites.root());
        sleep(duration.mul_f64(0.1 + 0.25 * f64::from(step)));
        let _ = child.kill();
        child.wait().unwrap();
        sites.published();
        build_ok(&sites.built);
        assert_eq!(leftovers(sites.root()), Vec::<String>::new(), "step {step}");
    }
}

fn copy_dir(from: &Path, to: &Path) {
    for item in walkdir::WalkDir::new(from) {
        let item = item.unwrap();
        let dest = to.join(item.path().strip_prefix(from).unwrap());
        if item.file_type().is_dir() {
            fs::create_dir_all(&dest).unwrap();
        } else {
            fs::copy(item.path(), &dest).unwrap();
        }
    }
}

#[test]
fn a_replaced_site_that_cannot_be_deleted_is_reported_truthfully_and_builds_go_on() {
    let built = Built::new(3712, 3712);
    let root = built.site.root();
    let locked = built.site.out().join("locked");
    fs::create_dir(&locked).unwrap();
    fs::write(locked.join("keep.txt"), "x").unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o555)).unwrap();
    set_span(root, 3711, 3712);

    let output = run_unprivileged(&["build"], root);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("was left as it was"), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "warning[output]: the new site is in place in {}, but the previous one could not be deleted",
            built.site.out().display()
        )),
        "{stderr}"
    );
    assert!(
        built.site.exists("/ports/3711/index.html"),
        "new site not published"
    );
    assert!(!built.site.exists("/locked"), "old site still published");
    let aside = leftovers(root);
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert!(aside[0].starts_with(".public.portsite-old-"), "{aside:?}");
    assert!(
        stderr.contains(&aside[0]),
        "the warning names where it went:\n{stderr}"
    );

    // The next build works, and says again what is left.
    set_span(root, 3712, 3712);
    let output = run_unprivileged(&["build"], root);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(
        crate::common::rendered::one_line(&stderr).contains("cannot be deleted; delete it by hand"),
        "{stderr}"
    );
    assert!(!built.site.exists("/ports/3711/index.html"));

    // Once it can be deleted, a build does.
    let moved = root.join(&aside[0]).join("locked");
    fs::set_permissions(&moved, fs::Permissions::from_mode(0o755)).unwrap();
    let output = run_unprivileged(&["build"], root);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(leftovers(root), Vec::<String>::new());
}

#[test]
fn staging_left_without_marker_by_an_older_version_is_moved_aside_not_deleted() {
    let built = Built::new(3712, 3712);
    let staging = built.site.root().join(".public.portsite-staging");
    fs::create_dir_all(staging.join("ports/1")).unwrap();
    fs::write(staging.join("ports/1/index.html"), "half deleted").unwrap();
    let stderr = build_ok(&built);
    assert!(stderr.contains("could not be deleted"), "{stderr}");
    let aside = leftovers(built.site.root());
    assert_eq!(aside.len(), 1, "{aside:?}");
    let kept = built.site.root().join(&aside[0]).join("ports/1/index.html");
    assert_eq!(fs::read_to_string(kept).unwrap(), "half deleted");
}

#[test]
fn planted_staging_link_is_removed_as_a_link() {
    let built = Built::new(3712, 3712);
    let victim_dir = tempfile::tempdir().unwrap();
    let victim = victim_dir.path().join("victim.txt");
    fs::write(&victim, "precious").unwrap();
    // Even a target carrying portsite's marker is not deleted through the link.
    fs::write(victim_dir.path().join(".portsite-output"), "").unwrap();
    let staging = built.site.root().join(".public.portsite-staging");
    std::os::unix::fs::symlink(victim_dir.path(), &staging).unwrap();
    build_ok(&built);
    assert_eq!(fs::read_to_string(&victim).unwrap(), "precious");
    assert!(fs::symlink_metadata(&staging).is_err(), "staging link left");
}
