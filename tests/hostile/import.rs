//! `import-iana` is all or nothing: the registry CSV and SOURCE.md are replaced together or
//! not at all, whatever cannot be written and whenever the import is killed; the file it is
//! given must be a regular file.

use std::fs;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::thread::sleep;
use std::time::Instant;

use crate::common::TestSite;
use crate::harness::run_unprivileged;

const CSV: &str = "content/registry/service-names-port-numbers.csv";
const NOTE: &str = "content/registry/SOURCE.md";

/// A site and a download that changes one row of its registry.
struct Import {
    site: TestSite,
    download: PathBuf,
    old_csv: Vec<u8>,
    old_note: Vec<u8>,
}

impl Import {
    fn new() -> Import {
        let site = TestSite::bundled(3712, 3712);
        let old_csv = fs::read(site.root().join(CSV)).unwrap();
        let text = String::from_utf8(old_csv.clone()).unwrap().replacen(
            "sentinel-ent,3712,tcp,Sentinel Enterprise,",
            "sentinel-ent,3712,tcp,Sentinel Enterprise License,",
            1,
        );
        let download = site.root().join("download.csv");
        fs::write(&download, text).unwrap();
        let old_note = fs::read(site.root().join(NOTE)).unwrap();
        Import {
            site,
            download,
            old_csv,
            old_note,
        }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.site.root().join(relative)
    }

    fn run(&self) -> Output {
        run_import(&self.download, self.site.root())
    }

    /// Neither file changed, and no staging folder is left.
    fn assert_nothing_replaced(&self) {
        assert_eq!(
            fs::read(self.path(CSV)).unwrap(),
            self.old_csv,
            "CSV replaced"
        );
        if self.path(NOTE).is_file() {
            assert_eq!(
                fs::read(self.path(NOTE)).unwrap(),
                self.old_note,
                "note changed"
            );
        }
        self.assert_no_leftovers();
    }

    fn assert_both_replaced(&self) {
        let csv = fs::read(self.path(CSV)).unwrap();
        assert_eq!(csv, fs::read(&self.download).unwrap(), "CSV not replaced");
        let note = fs::read_to_string(self.path(NOTE)).unwrap();
        assert!(note.starts_with(std::str::from_utf8(&self.old_note).unwrap()));
        assert!(note.contains("0 added, 0 removed, 1 changed."), "{note}");
        assert!(
            self.path("content/registry/README.md").is_file(),
            "README lost"
        );
        self.assert_no_leftovers();
    }

    fn assert_no_leftovers(&self) {
        let left: Vec<String> = fs::read_dir(self.path("content"))
            .unwrap()
            .chain(fs::read_dir(self.path("content/registry")).unwrap())
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("portsite") || n.ends_with(".tmp"))
            .collect();
        assert!(left.is_empty(), "left behind: {left:?}");
    }
}

fn run_import(file: &Path, root: &Path) -> Output {
    Command::new("timeout")
        .arg("60")
        .arg(env!("CARGO_BIN_EXE_portsite"))
        .arg("import-iana")
        .arg(file)
        .arg("--root")
        .arg(root)
        .output()
        .unwrap()
}

fn refused(output: &Output, expected: &str) -> String {
    let stderr = crate::common::rendered::one_line(&String::from_utf8_lossy(&output.stderr));
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(expected),
        "expected {expected:?} in\n{stderr}"
    );
    assert!(
        output.stdout.is_empty(),
        "a change list for changes not made"
    );
    stderr
}

#[test]
fn a_note_that_cannot_be_written_leaves_the_registry_as_it_was() {
    let import = Import::new();
    fs::remove_file(import.path(NOTE)).unwrap();
    fs::create_dir(import.path(NOTE)).unwrap();
    let stderr = refused(&import.run(), "content/registry/SOURCE.md: cannot write");
    assert!(stderr.contains("Nothing was replaced"), "{stderr}");
    import.assert_nothing_replaced();
}

#[test]
fn a_read_only_note_or_registry_leaves_both_as_they_were() {
    for read_only in [NOTE, CSV] {
        let import = Import::new();
        let path = import.path(read_only);
        fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
        let download = import.download.to_str().unwrap().to_owned();
        let output = run_unprivileged(&["import-iana", &download], import.site.root());
        refused(&output, &format!("{read_only}: cannot write"));
        import.assert_nothing_replaced();
    }
}

#[test]
fn a_note_linked_out_of_the_site_is_neither_read_nor_written() {
    let import = Import::new();
    let outside = tempfile::tempdir().unwrap();
    let victim = outside.path().join("victim.md");
    fs::write(&victim, "precious").unwrap();
    fs::remove_file(import.path(NOTE)).unwrap();
    symlink(&victim, import.path(NOTE)).unwrap();
    refused(&import.run(), "outside the site folder");
    assert_eq!(fs::read_to_string(&victim).unwrap(), "precious");
    assert_eq!(fs::read(import.path(CSV)).unwrap(), import.old_csv);
}

#[test]
fn both_files_are_replaced_together_and_the_change_list_printed() {
    let import = Import::new();
    let output = import.run();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains("changed  3712/tcp sentinel-ent"),
        "{stdout}"
    );
    import.assert_both_replaced();
}

#[test]
fn a_killed_import_leaves_both_old_or_both_new_and_the_next_import_finishes() {
    let import = Import::new();
    // How long one import takes here, to spread the kills over it.
    let started = Instant::now();
    assert!(import.run().status.success());
    let duration = started.elapsed();
    let csv_new = fs::read(import.path(CSV)).unwrap();
    let note_new = fs::read(import.path(NOTE)).unwrap();
    for step in 0..12u32 {
        fs::write(import.path(CSV), &import.old_csv).unwrap();
        fs::write(import.path(NOTE), &import.old_note).unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_portsite"))
            .arg("import-iana")
            .arg(&import.download)
            .arg("--root")
            .arg(import.site.root())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        sleep(duration.mul_f64(f64::from(step) / 10.0));
        let _ = child.kill();
        child.wait().unwrap();
        let pair = (
            fs::read(import.path(CSV)).unwrap(),
            fs::read(import.path(NOTE)).unwrap(),
        );
        let old = (import.old_csv.clone(), import.old_note.clone());
        let new = (csv_new.clone(), note_new.clone());
        assert!(
            pair == old || pair == new,
            "step {step}: registry and note disagree"
        );
        // The next import completes, whatever was left.
        fs::write(import.path(CSV), &import.old_csv).unwrap();
        fs::write(import.path(NOTE), &import.old_note).unwrap();
        assert!(import.run().status.success(), "step {step}");
        import.assert_both_replaced();
    }
}

#[test]
fn a_leftover_from_a_killed_import_is_removed() {
    let import = Import::new();
    let leftover = import.path("content/.registry.portsite-import");
    fs::create_dir_all(&leftover).unwrap();
    fs::write(leftover.join("service-names-port-numbers.csv"), "half").unwrap();
    assert!(import.run().status.success());
    import.assert_both_replaced();
}

#[test]
fn the_download_must_be_a_regular_file() {
    let import = Import::new();
    let fifo = import.path("download.fifo");
    rustix::fs::mkfifoat(
        rustix::fs::CWD,
        &fifo,
        rustix::fs::Mode::from_raw_mode(0o644),
    )
    .unwrap();
    let folder = import.path("content");
    let cases: [(&Path, &str); 4] = [
        (&fifo, "it is a FIFO (named pipe), not a regular file"),
        (&folder, "it is a folder, not a regular file"),
        (
            Path::new("/dev/zero"),
            "it is a character device, not a regular file",
        ),
        (Path::new("/nonexistent/x.csv"), "No such file or directory"),
    ];
    for (file, expected) in cases {
        let output = run_import(file, import.site.root());
        refused(&output, expected);
        refused(
            &output,
            &format!("{}: cannot read the new registry", file.display()),
        );
        import.assert_nothing_replaced();
    }
}

#[test]
fn a_registry_folder_linked_out_of_the_site_is_refused() {
    let import = Import::new();
    let outside = tempfile::tempdir().unwrap();
    let moved = outside.path().join("registry");
    fs::rename(import.path("content/registry"), &moved).unwrap();
    symlink(&moved, import.path("content/registry")).unwrap();
    refused(&import.run(), "outside the site folder");
    assert_eq!(
        fs::read(moved.join("service-names-port-numbers.csv")).unwrap(),
        import.old_csv
    );
}
