//! Deleting folders portsite created, in an order that a kill or a failure at any moment
//! leaves recoverable: the `.portsite-output` marker goes last, so a half-deleted folder
//! still says it is portsite's and the next build finishes the job.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use super::OutputError;
use super::staging::MARKER;

/// What [`clear`] did with a folder in portsite's way.
#[derive(Debug, PartialEq, Eq)]
pub enum Cleared {
    /// Nothing was there, or it was deleted.
    Gone,
    /// It could not be deleted, or portsite could not prove it made it, so it was renamed
    /// to this path (beside it, hidden), and the reason is given.
    MovedAside {
        /// Where it is now.
        to: PathBuf,
        /// Why it was not deleted.
        reason: String,
    },
}

/// Makes `path` free for a new folder: a symbolic link is unlinked (never followed), a
/// file removed, a folder with portsite's marker (or an empty one) deleted marker last; a
/// folder that cannot be deleted, or that lacks the marker, is moved aside instead.
pub fn clear(path: &Path, aside_prefix: &Path) -> Result<Cleared, OutputError> {
    let Ok(meta) = fs::symlink_metadata(path) else {
        return Ok(Cleared::Gone);
    };
    if !meta.is_dir() {
        fs::remove_file(path).map_err(|e| OutputError::io(path, e))?;
        return Ok(Cleared::Gone);
    }
    let attempt = if is_portsite_folder(path) {
        remove_portsite_tree(path)
    } else {
        // Not provably ours: delete only if empty, never its contents.
        fs::remove_dir(path).map_err(|_| {
            OutputError::io(
                path,
                std::io::Error::other("it has no .portsite-output marker and is not empty"),
            )
        })
    };
    match attempt {
        Ok(()) => Ok(Cleared::Gone),
        Err(err) => {
            let to = aside_name(aside_prefix);
            fs::rename(path, &to).map_err(|e| OutputError::io(path, e))?;
            Ok(Cleared::MovedAside {
                to,
                reason: err.to_string(),
            })
        }
    }
}

/// Whether `dir` carries portsite's marker.
pub fn is_portsite_folder(dir: &Path) -> bool {
    fs::symlink_metadata(dir.join(MARKER)).is_ok_and(|m| m.is_file())
}

/// Deletes a folder portsite made: everything but the marker (sub-folders in parallel),
/// then the marker, then the folder. Symbolic links are removed, never followed.
pub fn remove_portsite_tree(dir: &Path) -> Result<(), OutputError> {
    remove_contents(dir, Some(MARKER))?;
    let marker = dir.join(MARKER);
    match fs::remove_file(&marker) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(OutputError::io(&marker, e)),
    }
    fs::remove_dir(dir).map_err(|e| OutputError::io(dir, e))
}

/// Deletes everything inside `dir` except the entry named `keep`: a replaced site has a
/// folder per page, and unlinking them on both cores halves the wait.
fn remove_contents(dir: &Path, keep: Option<&str>) -> Result<(), OutputError> {
    use rayon::prelude::*;
    let entries: Vec<fs::DirEntry> = fs::read_dir(dir)
        .map_err(|e| OutputError::io(dir, e))?
        .collect::<Result<_, _>>()
        .map_err(|e| OutputError::io(dir, e))?;
    // Everything that can go goes, so a folder moved aside holds only what could not;
    // the first failure is reported.
    let failures: Vec<OutputError> = entries
        .par_iter()
        .filter(|entry| keep.is_none_or(|k| entry.file_name() != k))
        .filter_map(|entry| {
            let path = entry.path();
            let result = if entry.file_type().is_ok_and(|t| t.is_dir()) {
                remove_contents(&path, None)
                    .and_then(|()| fs::remove_dir(&path).map_err(|e| OutputError::io(&path, e)))
            } else {
                fs::remove_file(&path).map_err(|e| OutputError::io(&path, e))
            };
            result.err()
        })
        .collect();
    match failures.into_iter().next() {
        Some(err) => Err(err),
        None => Ok(()),
    }
}

/// A fresh hidden name beside the output for a folder that could not be deleted.
fn aside_name(prefix: &Path) -> PathBuf {
    let stamp = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut name = prefix.as_os_str().to_owned();
    name.push(format!("-{stamp}-{}", std::process::id()));
    PathBuf::from(name)
}

/// Deletes the folders an earlier build moved aside beside `parent` under `prefix_name`
/// that carry the marker (best effort: one that still cannot be deleted stays, and is
/// reported again); returns those left.
pub fn sweep_aside(parent: &Path, prefix_name: &str) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(parent) else {
        return Vec::new();
    };
    let mut left = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        if !name.to_string_lossy().starts_with(prefix_name) {
            continue;
        }
        let path = entry.path();
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        if !(is_dir && is_portsite_folder(&path) && remove_portsite_tree(&path).is_ok()) {
            left.push(path);
        }
    }
    left.sort();
    left
}

#[cfg(test)]
mod tests {
    use super::*;

    fn portsite_folder(dir: &Path) {
        fs::create_dir_all(dir.join("ports/1")).unwrap();
        fs::write(dir.join(MARKER), "").unwrap();
        fs::write(dir.join("ports/1/index.html"), "x").unwrap();
    }

    #[test]
    fn marker_goes_last_so_a_partial_delete_stays_recognizable() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("site");
        portsite_folder(&dir);
        remove_contents(&dir, Some(MARKER)).unwrap();
        assert!(
            is_portsite_folder(&dir),
            "the marker must outlive the contents"
        );
        remove_portsite_tree(&dir).unwrap();
        assert!(!dir.exists());
    }

    #[test]
    fn clear_unlinks_links_and_moves_foreign_folders_aside() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("target");
        portsite_folder(&target);
        let link = tmp.path().join("link");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert_eq!(clear(&link, &tmp.path().join(".x")).unwrap(), Cleared::Gone);
        assert!(
            target.join("ports/1/index.html").exists(),
            "link target deleted"
        );

        let foreign = tmp.path().join("foreign");
        fs::create_dir(&foreign).unwrap();
        fs::write(foreign.join("mine.txt"), "keep").unwrap();
        let Cleared::MovedAside { to, .. } = clear(&foreign, &tmp.path().join(".x")).unwrap()
        else {
            panic!("a folder without marker must be moved aside, not deleted");
        };
        assert_eq!(fs::read_to_string(to.join("mine.txt")).unwrap(), "keep");
        assert!(!foreign.exists());
    }
}
