//! The text of the files diagnostics point at, read once each, only to show the offending
//! line: positions come from the stages, never from searching this text.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::sources::SiteRoot;

/// Files larger than this are not excerpted (the location is still printed).
const MAX_EXCERPT_FILE: u64 = 4 * 1024 * 1024;

/// Reads the site's files for excerpts through [`SiteRoot`], so a FIFO, a device or a link
/// leaving the site is never opened just to print an error about it.
pub struct SourceText {
    root: Option<SiteRoot>,
    base: PathBuf,
    cache: Mutex<HashMap<PathBuf, Option<String>>>,
}

impl SourceText {
    /// Reads files relative to the site at `root`.
    pub fn new(root: &Path) -> SourceText {
        SourceText {
            root: Some(SiteRoot::new(root)),
            base: root.to_path_buf(),
            cache: Mutex::new(HashMap::new()),
        }
    }

    /// Shows no excerpts: locations only (for errors outside any site).
    pub fn none() -> SourceText {
        SourceText {
            root: None,
            base: PathBuf::new(),
            cache: Mutex::new(HashMap::new()),
        }
    }

    /// The text of `path` (relative to the site, or absolute), if it can be read safely.
    pub fn get(&self, path: &Path) -> Option<String> {
        let root = self.root.as_ref()?;
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        cache
            .entry(path.to_path_buf())
            .or_insert_with(|| root.read_text(&self.base.join(path), MAX_EXCERPT_FILE).ok())
            .clone()
    }
}
