//! Removes what an earlier build left in a reused output folder and this build did not write.
//!
//! A build that reuses the previous output rewrites every file it produces, so each of them
//! gets a modification time no older than the build's start mark; anything older was not
//! produced this time (a page whose port left the span, a renamed static file) and goes.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use rayon::prelude::*;
use walkdir::WalkDir;

use super::OutputError;

/// Deletes every file under `dir` modified before `since`, except `keep` (a file name at the
/// top), then the folders that became empty; returns how many files went.
pub fn remove_older(dir: &Path, since: SystemTime, keep: &str) -> Result<usize, OutputError> {
    let files: Vec<PathBuf> = WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|item| item.file_type().is_file())
        .map(walkdir::DirEntry::into_path)
        .filter(|path| path.parent() != Some(dir) || !path.ends_with(keep))
        .collect();
    let stale: Vec<&PathBuf> = files
        .par_iter()
        .filter(|path| {
            fs::symlink_metadata(path)
                .and_then(|m| m.modified())
                .is_ok_and(|modified| modified < since)
        })
        .collect();
    let mut emptied = BTreeSet::new();
    for path in &stale {
        fs::remove_file(path).map_err(|e| OutputError::io(path, e))?;
        if let Some(parent) = path.parent() {
            emptied.insert(parent.to_path_buf());
        }
    }
    // Deepest first, so a folder emptied by removing its only sub-folder goes too.
    let mut folders: Vec<PathBuf> = emptied.into_iter().collect();
    folders.sort_by_key(|p| std::cmp::Reverse(p.components().count()));
    for folder in folders {
        let mut current = Some(folder.as_path());
        while let Some(path) = current.filter(|p| *p != dir) {
            if fs::remove_dir(path).is_err() {
                break;
            }
            current = path.parent();
        }
    }
    Ok(stale.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_older_than_the_mark_go_and_empty_folders_with_them() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("ports/70")).unwrap();
        fs::create_dir_all(root.join("ports/80")).unwrap();
        fs::write(root.join("ports/70/index.html"), "old").unwrap();
        fs::write(root.join(".marker"), "m").unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        fs::write(root.join("probe"), "").unwrap();
        let since = fs::metadata(root.join("probe"))
            .unwrap()
            .modified()
            .unwrap();
        fs::write(root.join("ports/80/index.html"), "new").unwrap();
        let removed = remove_older(root, since, ".marker").unwrap();
        assert_eq!(removed, 1);
        assert!(!root.join("ports/70").exists(), "emptied folder removed");
        assert!(root.join("ports/80/index.html").exists());
        assert!(root.join(".marker").exists(), "the marker is kept");
    }
}
