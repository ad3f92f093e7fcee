//! A site built once and snapshotted, plus the checks every hostile case shares.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

use crate::common::TestSite;
use crate::common::rendered::one_line;

/// Every file under a folder, by relative path, with its bytes.
#[derive(Debug, PartialEq, Eq)]
pub struct Snapshot(BTreeMap<PathBuf, Vec<u8>>);

impl Snapshot {
    /// Reads the whole tree under `dir`.
    pub fn of(dir: &Path) -> Snapshot {
        let mut files = BTreeMap::new();
        for item in walkdir::WalkDir::new(dir).sort_by_file_name() {
            let item = item.expect("walk output");
            let relative = item.path().strip_prefix(dir).unwrap().to_path_buf();
            let bytes = if item.file_type().is_file() {
                fs::read(item.path()).expect("read output file")
            } else {
                Vec::new()
            };
            files.insert(relative, bytes);
        }
        Snapshot(files)
    }

    /// Number of files and folders.
    pub fn len(&self) -> usize {
        self.0.len()
    }
}

/// The `portsite` binary built by cargo for these tests.
pub fn portsite() -> Command {
    Command::cargo_bin("portsite").expect("portsite binary")
}

/// A bundled site built successfully once, with its output snapshotted.
pub struct Built {
    /// The site.
    pub site: TestSite,
    /// `public/` after the good build.
    pub before: Snapshot,
}

impl Built {
    /// Copies the bundled site with ports `from..=to` and builds it.
    pub fn new(from: u16, to: u16) -> Built {
        let site = TestSite::bundled(from, to).built();
        let before = Snapshot::of(&site.out());
        assert!(before.len() > 20, "the first build wrote too little");
        Built { site, before }
    }

    /// Writes a file of the site (UTF-8 text).
    pub fn write(&self, relative: &str, text: &str) -> &Built {
        self.site.write(relative, text);
        self
    }

    /// Writes a file of the site (any bytes).
    pub fn write_bytes(&self, relative: &str, bytes: &[u8]) -> &Built {
        let path = self.site.root().join(relative);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
        self
    }

    /// The text of a site file.
    pub fn read(&self, relative: &str) -> String {
        fs::read_to_string(self.site.root().join(relative)).unwrap()
    }

    /// Runs `portsite build --root <site> <extra>`.
    pub fn run(&self, extra: &[&str]) -> Output {
        portsite()
            .args(["build", "--root"])
            .arg(self.site.root())
            .args(extra)
            .output()
            .expect("run portsite")
    }

    /// Runs the build, expects exit status 1 with `expected` in the error, and checks that
    /// `public/` is unchanged and no staging folder was left behind. Returns stderr.
    pub fn refused(&self, extra: &[&str], expected: &str) -> String {
        let output = self.run(extra);
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert_eq!(
            output.status.code(),
            Some(1),
            "exit status; stderr:\n{stderr}"
        );
        assert!(
            stderr.starts_with("error["),
            "stderr should start with `error[`:\n{stderr}"
        );
        let lines = one_line(&stderr);
        assert!(
            lines.contains(expected),
            "stderr should contain\n  {expected}\nbut was\n{stderr}"
        );
        assert!(stderr.contains("was left as it was"), "{stderr}");
        self.assert_untouched();
        stderr
    }

    /// `public/` is byte-for-byte what the first build wrote, and no staging folder remains.
    pub fn assert_untouched(&self) {
        assert!(
            Snapshot::of(&self.site.out()) == self.before,
            "public/ changed after a failed build"
        );
        let staging = self.site.root().join(".public.portsite-staging");
        assert!(!staging.exists(), "staging folder left behind");
    }
}

impl Built {
    /// Runs the build with one extra environment variable (e.g. `HOME`).
    pub fn run_with_env(&self, extra: &[&str], key: &str, value: &Path) -> Output {
        portsite()
            .args(["build", "--root"])
            .arg(self.site.root())
            .args(extra)
            .env(key, value)
            .output()
            .expect("run portsite")
    }
}

/// Runs `portsite <args> --root <root>` as an unprivileged user, so folder and file
/// permissions apply (root ignores them): under root, the site is handed to `nobody` and
/// the command runs through `setpriv`.
pub fn run_unprivileged(args: &[&str], root: &Path) -> Output {
    use std::os::unix::fs::MetadataExt;
    // A file we create is owned by our effective user: uid 0 means root.
    let probe = tempfile::NamedTempFile::new().unwrap();
    let is_root = probe.as_file().metadata().unwrap().uid() == 0;
    let mut command = if is_root {
        let status = std::process::Command::new("chown")
            .args(["-R", "65534:65534"])
            .arg(root)
            .status()
            .unwrap();
        assert!(status.success(), "chown");
        let mut c = std::process::Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"]);
        c.arg(env!("CARGO_BIN_EXE_portsite"));
        c
    } else {
        std::process::Command::new(env!("CARGO_BIN_EXE_portsite"))
    };
    command.args(args).arg("--root").arg(root).output().unwrap()
}
