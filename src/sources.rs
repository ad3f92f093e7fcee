//! Reading the site's source files safely: only regular files, only inside the site folder.
//!
//! git carries symbolic links, so a pull request can add an entry, a template or a whole
//! folder that points at `/etc/passwd`, at `/proc/self/environ`, at a FIFO that blocks
//! every reader, or back at one of its own parents. Every loader (content, locales,
//! templates, static files, registry, site.yaml) goes through this module, which:
//!
//! - follows a symbolic link only when its target, fully resolved, lies inside the site
//!   root (links between the site's own files are fine); a link that leaves it is reported
//!   and never read;
//! - reports a link loop and a dangling link instead of skipping them;
//! - opens only regular files: FIFOs, sockets and devices are reported with their path,
//!   never opened (opening a FIFO would block the build forever), and the opened file is
//!   checked again so a swap between the check and the open cannot slip one through.

use std::fs::{self, File, Metadata};
use std::io::{self, Read};
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

/// Why a source file or folder was not read.
#[derive(Debug, thiserror::Error)]
#[error("`{}` {problem}", path.display())]
pub struct SourceError {
    /// The file or folder, relative to the site root when it lies below it.
    pub path: PathBuf,
    /// What is wrong with it and what to do.
    pub problem: Problem,
}

impl crate::diag::ToDiagnostics for SourceError {
    fn diagnostics(&self) -> Vec<crate::diag::Diagnostic> {
        use crate::diag::{Diagnostic, Location};
        let d = Diagnostic::error(
            "source",
            Location::File(self.path.clone()),
            self.to_string(),
        );
        vec![match self.problem.help() {
            Some(help) => d.with_help(help),
            None => d,
        }]
    }
}

/// What is wrong with a source path.
#[derive(Debug, thiserror::Error)]
pub enum Problem {
    /// A symbolic link whose target lies outside the site root.
    #[error(
        "leads through a symbolic link to `{}`, outside the site folder",
        target.display()
    )]
    Outside {
        /// The resolved target.
        target: PathBuf,
    },
    /// A symbolic link that resolves to itself or to one of its own parent folders.
    #[error("is a symbolic link loop (it leads back to itself or to a folder above it)")]
    Loop,
    /// A symbolic link to nothing.
    #[error("is a symbolic link to `{}`, which does not exist", target.display())]
    Dangling {
        /// The link's text.
        target: PathBuf,
    },
    /// A FIFO, socket or device.
    #[error("is {kind}, not a regular file")]
    NotRegular {
        /// What it is, with its article: "a FIFO (named pipe)".
        kind: &'static str,
    },
    /// Larger than the caller's limit (checked before reading).
    #[error("is {size} bytes, over the {limit}-byte limit")]
    TooLarge {
        /// The file's size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The operating system refused.
    #[error("cannot be read ({0})")]
    Io(io::Error),
}

impl Problem {
    /// What to do about it.
    pub fn help(&self) -> Option<&'static str> {
        match self {
            Problem::Outside { .. } => Some(
                "portsite reads only files inside the site, so copy the file in instead of \
                 linking to it",
            ),
            Problem::Loop => Some("remove the link"),
            Problem::Dangling { .. } => Some("remove the link or restore its target"),
            Problem::NotRegular { .. } => Some("portsite reads only regular files, so remove it"),
            Problem::TooLarge { .. } => None,
            Problem::Io(_) => Some("check that it exists and is readable"),
        }
    }
}

/// The site folder, resolved once, against which every source path is checked.
#[derive(Debug, Clone)]
pub struct SiteRoot {
    given: PathBuf,
    canonical: PathBuf,
}

/// The regular files found under a folder, and every path that was refused on the way.
#[derive(Debug, Default)]
pub struct Walked {
    /// Regular files, relative to the site root, in path order.
    pub files: Vec<PathBuf>,
    /// Links leaving the site, loops, dangling links, FIFOs, sockets, devices.
    pub errors: Vec<SourceError>,
}

impl SiteRoot {
    /// The site at `root` (the folder holding site.yaml).
    pub fn new(root: &Path) -> SiteRoot {
        let canonical = fs::canonicalize(root)
            .or_else(|_| std::path::absolute(root))
            .unwrap_or_else(|_| root.to_path_buf());
        SiteRoot {
            given: root.to_path_buf(),
            canonical,
        }
    }

    /// The root for loaders given a sources folder such as `<root>/locales`: its parent.
    pub fn of_source_dir(dir: &Path) -> SiteRoot {
        SiteRoot::new(dir.parent().unwrap_or(Path::new(".")))
    }

    /// The folder as given.
    pub fn path(&self) -> &Path {
        &self.given
    }

    /// `path` relative to the root when it lies below it, for messages.
    pub fn relative<'p>(&self, path: &'p Path) -> &'p Path {
        path.strip_prefix(&self.given).unwrap_or(path)
    }

    fn error(&self, path: &Path, problem: Problem) -> SourceError {
        SourceError {
            path: self.relative(path).to_path_buf(),
            problem,
        }
    }

    /// Checks that `path` (absolute, or relative to the current folder) resolves to a place
    /// inside the site; returns the resolved path.
    pub fn contain(&self, path: &Path) -> Result<PathBuf, SourceError> {
        match fs::canonicalize(path) {
            Ok(real) if real.starts_with(&self.canonical) => Ok(real),
            Ok(real) => Err(self.error(path, Problem::Outside { target: real })),
            Err(e) => Err(self.error(path, self.explain_unresolved(path, e))),
        }
    }

    fn explain_unresolved(&self, path: &Path, e: io::Error) -> Problem {
        if e.raw_os_error() == Some(rustix::io::Errno::LOOP.raw_os_error()) {
            return Problem::Loop;
        }
        match fs::symlink_metadata(path) {
            Ok(meta) if meta.file_type().is_symlink() && e.kind() == io::ErrorKind::NotFound => {
                Problem::Dangling {
                    target: fs::read_link(path).unwrap_or_default(),
                }
            }
            _ => Problem::Io(e),
        }
    }

    /// Reads the regular file at `path` (inside the site), refusing files over `limit` bytes.
    pub fn read(&self, path: &Path, limit: u64) -> Result<Vec<u8>, SourceError> {
        let mut file = self.open(path)?;
        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
        if size > limit {
            return Err(self.error(path, Problem::TooLarge { size, limit }));
        }
        let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
        // `take` keeps a file that grows while it is read within the limit too.
        file.by_ref()
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| self.error(path, Problem::Io(e)))?;
        if bytes.len() as u64 > limit {
            let size = bytes.len() as u64;
            return Err(self.error(path, Problem::TooLarge { size, limit }));
        }
        Ok(bytes)
    }

    /// Reads a text file; invalid UTF-8 is an I/O error naming the file.
    pub fn read_text(&self, path: &Path, limit: u64) -> Result<String, SourceError> {
        let bytes = self.read(path, limit)?;
        String::from_utf8(bytes).map_err(|e| {
            let err = io::Error::new(io::ErrorKind::InvalidData, e.utf8_error());
            self.error(path, Problem::Io(err))
        })
    }

    /// Opens the regular file at `path` after checking that it stays inside the site.
    pub fn open(&self, path: &Path) -> Result<File, SourceError> {
        let real = self.contain(path)?;
        let meta = fs::metadata(&real).map_err(|e| self.error(path, Problem::Io(e)))?;
        self.regular(path, &meta)?;
        // O_NONBLOCK: should the file have been swapped for a FIFO since the check, the open
        // returns at once and the second check below refuses it.
        let file = fs::OpenOptions::new()
            .read(true)
            .custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32)
            .open(&real)
            .map_err(|e| self.error(path, Problem::Io(e)))?;
        let meta = file
            .metadata()
            .map_err(|e| self.error(path, Problem::Io(e)))?;
        self.regular(path, &meta)?;
        Ok(file)
    }

    fn regular(&self, path: &Path, meta: &Metadata) -> Result<(), SourceError> {
        match kind_of(meta) {
            None => Ok(()),
            Some(kind) => Err(self.error(path, Problem::NotRegular { kind })),
        }
    }

    /// Every regular file under `dir` (a folder of the site), following only links that
    /// stay inside the site, at most `max_depth` levels down. Names for which `skip` is
    /// true (editor leftovers) are neither read nor reported. A missing `dir` is empty.
    pub fn walk(&self, dir: &Path, max_depth: usize, skip: &dyn Fn(&str) -> bool) -> Walked {
        let mut walked = Walked::default();
        if fs::symlink_metadata(dir).is_err() {
            return walked;
        }
        if let Err(err) = self.contain(dir) {
            walked.errors.push(err);
            return walked;
        }
        let refused = std::cell::RefCell::new(Vec::new());
        let walker = walkdir::WalkDir::new(dir)
            .follow_links(true)
            .max_depth(max_depth)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                if e.depth() > 0 && skip(&e.file_name().to_string_lossy()) {
                    return false;
                }
                // A link is followed only when it stays inside the site.
                if e.path_is_symlink()
                    && let Err(err) = self.contain(e.path())
                {
                    refused.borrow_mut().push(err);
                    return false;
                }
                true
            });
        for item in walker {
            match item {
                Ok(item) if item.file_type().is_file() => {
                    walked.files.push(self.relative(item.path()).to_path_buf());
                }
                Ok(item) if item.file_type().is_dir() => {}
                Ok(item) => {
                    let kind = item.metadata().ok().and_then(|m| kind_of(&m));
                    let kind = kind.unwrap_or("a special file");
                    walked
                        .errors
                        .push(self.error(item.path(), Problem::NotRegular { kind }));
                }
                Err(err) => walked.errors.push(self.walk_error(dir, err)),
            }
        }
        walked.errors.extend(refused.into_inner());
        walked.errors.sort_by(|a, b| a.path.cmp(&b.path));
        walked
    }

    fn walk_error(&self, dir: &Path, err: walkdir::Error) -> SourceError {
        let path = err.path().unwrap_or(dir).to_path_buf();
        if err.loop_ancestor().is_some() {
            // A link to `/` is a loop too, but leaving the site is what matters.
            return match self.contain(&path) {
                Err(
                    outside @ SourceError {
                        problem: Problem::Outside { .. },
                        ..
                    },
                ) => outside,
                _ => self.error(&path, Problem::Loop),
            };
        }
        let io = err
            .into_io_error()
            .unwrap_or_else(|| io::Error::other("cannot walk this folder"));
        let problem = self.explain_unresolved(&path, io);
        self.error(&path, problem)
    }
}

/// What a non-regular file is, in words; `None` for a regular file.
fn kind_of(meta: &Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    Some(if t.is_file() {
        return None;
    } else if t.is_dir() {
        "a folder"
    } else if t.is_fifo() {
        "a FIFO (named pipe)"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_block_device() {
        "a block device"
    } else if t.is_char_device() {
        "a character device"
    } else {
        "a special file"
    })
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::symlink;

    use super::*;

    fn site() -> (tempfile::TempDir, SiteRoot) {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("content/a")).unwrap();
        fs::write(dir.path().join("content/a/x.md"), "x").unwrap();
        let root = SiteRoot::new(dir.path());
        (dir, root)
    }

    fn problems(walked: &Walked) -> Vec<String> {
        walked
            .errors
            .iter()
            .map(|e| format!("{}: {}", e.path.display(), e.problem))
            .collect()
    }

    #[test]
    fn links_inside_the_site_are_followed_and_links_out_refused() {
        let (dir, root) = site();
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join("secret"), "s").unwrap();
        symlink("a", dir.path().join("content/b")).unwrap();
        symlink(outside.path(), dir.path().join("content/c")).unwrap();
        symlink(
            outside.path().join("secret"),
            dir.path().join("content/d.md"),
        )
        .unwrap();
        let walked = root.walk(&dir.path().join("content"), usize::MAX, &|_| false);
        let files: Vec<_> = walked
            .files
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        assert_eq!(files, ["content/a/x.md", "content/b/x.md"]);
        let errors = problems(&walked);
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].starts_with("content/c: leads through a symbolic link to"));
        assert!(errors[1].starts_with("content/d.md: leads through a symbolic link to"));
        assert!(errors[1].contains("outside the site folder"));
    }

    #[test]
    fn loops_dangling_links_and_fifos_are_reported() {
        let (dir, root) = site();
        symlink("..", dir.path().join("content/a/up")).unwrap();
        symlink("self", dir.path().join("content/self")).unwrap();
        symlink("nowhere", dir.path().join("content/gone")).unwrap();
        rustix::fs::mkfifoat(
            rustix::fs::CWD,
            dir.path().join("content/pipe.md"),
            rustix::fs::Mode::from_raw_mode(0o644),
        )
        .unwrap();
        let walked = root.walk(&dir.path().join("content"), usize::MAX, &|_| false);
        let errors = problems(&walked).join("\n");
        assert!(
            errors.contains("content/a/up: is a symbolic link loop"),
            "{errors}"
        );
        assert!(
            errors.contains("content/self: is a symbolic link loop"),
            "{errors}"
        );
        assert!(
            errors.contains("content/gone: is a symbolic link to `nowhere`, which does not exist"),
            "{errors}"
        );
        assert!(
            errors.contains("content/pipe.md: is a FIFO (named pipe), not a regular file"),
            "{errors}"
        );
        let err = root
            .read(&dir.path().join("content/pipe.md"), 100)
            .unwrap_err();
        assert!(err.to_string().contains("FIFO"), "{err}");
    }

    #[test]
    fn reads_are_limited_and_contained() {
        let (dir, root) = site();
        assert_eq!(
            root.read(&dir.path().join("content/a/x.md"), 1).unwrap(),
            b"x"
        );
        let err = root
            .read(&dir.path().join("content/a/x.md"), 0)
            .unwrap_err();
        assert!(
            matches!(err.problem, Problem::TooLarge { size: 1, limit: 0 }),
            "{err}"
        );
        symlink("/proc/self/environ", dir.path().join("env")).unwrap();
        let err = root.read(&dir.path().join("env"), 100).unwrap_err();
        assert!(matches!(err.problem, Problem::Outside { .. }), "{err}");
        let err = root.read(Path::new("/dev/null"), 100).unwrap_err();
        assert!(matches!(err.problem, Problem::Outside { .. }), "{err}");
    }
}
