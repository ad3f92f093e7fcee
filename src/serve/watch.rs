//! Watching the site's sources by polling their modification stamps, and deciding what the
//! smallest rebuild for a set of changed files is.
//!
//! Polling rather than OS notifications: a site has a few hundred source files at most, so
//! one pass of `stat` calls costs about a millisecond; it needs no extra dependency, behaves
//! the same on every file system (network and container mounts included, where inotify
//! misses events), and sees editors' save-by-rename like any other change.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};
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

/// The smallest rebuild covering a set of changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    /// Load everything again and rebuild the whole site (templates, locales, static files,
    /// `checks.yaml`, the registry or `site.yaml` changed: nearly every page depends on them).
    Full,
    /// Re-read the content and re-render only these pages in every locale.
    Pages {
        /// Ports whose entry changed: their page and range page.
        ports: BTreeSet<u16>,
        /// Whether the home pages must be rendered (they list curated entries).
        homes: bool,
    },
}

/// Decides the rebuild for `changes` (paths relative to the site root).
pub fn plan(changes: &[PathBuf]) -> Plan {
    let mut ports = BTreeSet::new();
    let mut homes = false;
    for path in changes {
        match classify(path) {
            Source::Entry(port) => {
                ports.insert(port);
                homes = true;
            }
            Source::HomeText => homes = true,
            Source::Other => return Plan::Full,
        }
    }
    Plan::Pages { ports, homes }
}

enum Source {
    Entry(u16),
    HomeText,
    Other,
}

fn classify(path: &Path) -> Source {
    let parts: Vec<&str> = path
        .components()
        .map(|c| match c {
            Component::Normal(s) => s.to_str().unwrap_or("\u{0}"),
            _ => "\u{0}",
        })
        .collect();
    let is_markdown = |name: &str, stem: &str| {
        name.strip_prefix(stem)
            .and_then(|rest| rest.strip_suffix(".md"))
            .is_some()
    };
    match parts.as_slice() {
        ["content", "ports", dir, file] if is_markdown(file, "index.") => {
            // A misnamed folder is left to the full build, which reports it properly.
            dir.parse().map_or(Source::Other, Source::Entry)
        }
        ["content", file] if is_markdown(file, "_index.") => Source::HomeText,
        _ => Source::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(list: &[&str]) -> Vec<PathBuf> {
        list.iter().map(PathBuf::from).collect()
    }

    #[test]
    fn an_entry_edit_touches_its_port_and_the_homes() {
        let plan = plan(&paths(&[
            "content/ports/3712/index.tr.md",
            "content/ports/80/index.en.md",
        ]));
        assert_eq!(
            plan,
            Plan::Pages {
                ports: [80, 3712].into(),
                homes: true
            }
        );
        assert_eq!(
            super::plan(&paths(&["content/_index.de.md"])),
            Plan::Pages {
                ports: BTreeSet::new(),
                homes: true
            }
        );
    }

    #[test]
    fn shared_sources_need_a_full_rebuild() {
        for path in [
            "templates/port.html",
            "locales/tr/port.ftl",
            "static/site.css",
            "site.yaml",
            "content/checks.yaml",
            "content/registry/service-names-port-numbers.csv",
            "content/ports/http/index.en.md",
        ] {
            let mixed = paths(&["content/ports/80/index.en.md", path]);
            assert_eq!(plan(&mixed), Plan::Full, "{path}");
        }
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
