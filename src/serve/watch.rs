//! What changed among the site's sources: a snapshot of every watched file's stamp, and the
//! difference between two snapshots. File-system events only say *when* to look; the
//! snapshots say *what* changed, so a missed or duplicated event costs nothing but time.
//! A site has a few hundred source files at most: one snapshot is about a millisecond.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::sources::SiteRoot;

/// The folders and files whose changes trigger a rebuild, relative to the site root.
pub const WATCHED: [&str; 5] = ["content", "templates", "locales", "static", "site.yaml"];

/// What identifies one version of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    modified: Option<SystemTime>,
    len: u64,
    inode: u64,
}

/// The stamps of every watched file at one moment, by path relative to the root.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snapshot(BTreeMap<PathBuf, Stamp>);

impl Snapshot {
    /// Stats every watched file under `root`, skipping editors' leftovers.
    pub fn take(root: &Path) -> Snapshot {
        use std::os::unix::fs::MetadataExt;
        let mut stamps = BTreeMap::new();
        // The loaders' walk: links leaving the site (one to `/` would make every poll walk
        // the whole disk), loops and FIFOs are skipped here and reported by the build.
        let site = SiteRoot::new(root);
        for watched in WATCHED {
            for relative in site.walk(&root.join(watched), usize::MAX, &|_| false).files {
                let ignored = relative
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_none_or(is_editor_leftover);
                if ignored {
                    continue;
                }
                let Ok(meta) = std::fs::metadata(root.join(&relative)) else {
                    continue;
                };
                let stamp = Stamp {
                    modified: meta.modified().ok(),
                    len: meta.len(),
                    inode: meta.ino(),
                };
                stamps.insert(relative, stamp);
            }
        }
        Snapshot(stamps)
    }

    /// Files added, removed or modified between `self` and `newer`.
    pub fn changes(&self, newer: &Snapshot) -> Vec<PathBuf> {
        let mut changed: BTreeSet<&PathBuf> = BTreeSet::new();
        for (path, stamp) in &newer.0 {
            if self.0.get(path) != Some(stamp) {
                changed.insert(path);
            }
        }
        changed.extend(self.0.keys().filter(|p| !newer.0.contains_key(*p)));
        changed.into_iter().cloned().collect()
    }

    /// How many files are watched.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no file is watched.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Swap, backup and lock files editors write beside the file being edited; content
/// discovery skips them too, so they never change the site.
fn is_editor_leftover(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || [".swp", ".swx", ".bak", ".tmp"]
            .iter()
            .any(|ext| name.ends_with(ext))
        || name == "4913"
}

/// A short description of a set of changed files, for the terminal.
pub fn describe(changes: &[PathBuf]) -> String {
    match changes {
        [one] => one.display().to_string(),
        [first, rest @ ..] => format!("{} and {} more", first.display(), rest.len()),
        [] => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(list: &[&str]) -> Vec<PathBuf> {
        list.iter().map(PathBuf::from).collect()
    }

    #[test]
    fn changes_are_described_briefly() {
        assert_eq!(describe(&paths(&["site.yaml"])), "site.yaml");
        assert_eq!(
            describe(&paths(&["templates/port.html", "a", "b"])),
            "templates/port.html and 2 more"
        );
    }

    #[test]
    fn snapshots_see_edits_additions_and_removals() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("content/ports/80")).unwrap();
        std::fs::write(root.join("content/ports/80/index.en.md"), "a").unwrap();
        std::fs::write(root.join("site.yaml"), "x").unwrap();
        let before = Snapshot::take(root);
        assert_eq!(before.len(), 2);
        std::fs::write(root.join("content/ports/80/index.en.md"), "ab").unwrap();
        std::fs::write(root.join("content/ports/80/.index.en.md.swp"), "x").unwrap();
        std::fs::write(root.join("content/_index.en.md"), "home").unwrap();
        std::fs::remove_file(root.join("site.yaml")).unwrap();
        let after = Snapshot::take(root);
        assert_eq!(
            before.changes(&after),
            paths(&[
                "content/_index.en.md",
                "content/ports/80/index.en.md",
                "site.yaml"
            ])
        );
    }
}
