//! Replacing several files of one folder together: a copy of the folder holding the new
//! files is built beside it and exchanged with it in one `renameat2(RENAME_EXCHANGE)`, so
//! readers, a failure and a kill at any moment all see every old file or every new one.

use std::fs;
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use super::ImportError;
use crate::sources::SiteRoot;

fn write_err(path: &Path) -> impl FnOnce(std::io::Error) -> ImportError + '_ {
    move |source| ImportError::Write {
        path: path.to_path_buf(),
        source,
    }
}

/// Replaces `files` (name, bytes) in `folder`, a folder of the site, keeping its other
/// files. Nothing changes unless every file can be written.
pub(super) fn replace_together(
    site: &SiteRoot,
    folder: &Path,
    files: &[(&str, &[u8])],
) -> Result<(), ImportError> {
    let shown = site.relative(folder).to_path_buf();
    fs::create_dir_all(folder).map_err(write_err(&shown))?;
    // A folder that is a link inside the site is replaced where it really is.
    let real = site.contain(folder).map_err(|e| ImportError::Write {
        path: e.path.clone(),
        source: std::io::Error::other(e.problem.to_string()),
    })?;
    check_writable(&real, &shown, files)?;
    let (Some(parent), Some(name)) = (real.parent(), real.file_name()) else {
        return Err(write_err(&shown)(std::io::Error::other("no parent folder")));
    };
    let staging = parent.join(format!(".{}.portsite-import", name.to_string_lossy()));
    // Left by an import that was killed: it is ours, and nothing refers to it.
    remove(&staging);
    let built = build_copy(&real, &staging, files);
    if let Err(err) = built {
        remove(&staging);
        return Err(err);
    }
    rustix::fs::renameat_with(
        rustix::fs::CWD,
        &staging,
        rustix::fs::CWD,
        &real,
        rustix::fs::RenameFlags::EXCHANGE,
    )
    .map_err(|e| {
        remove(&staging);
        write_err(&shown)(e.into())
    })?;
    sync(parent);
    // The staging path now holds the old folder; a failure here leaves a hidden folder
    // the next import removes, and the new files are in place either way.
    remove(&staging);
    Ok(())
}

/// Every file to be replaced, and the folder, must be writable by this user: the swap
/// itself would not need it, but a file the user made read-only is one they do not want
/// replaced.
fn check_writable(real: &Path, shown: &Path, files: &[(&str, &[u8])]) -> Result<(), ImportError> {
    rustix::fs::access(real, rustix::fs::Access::WRITE_OK)
        .map_err(|e| write_err(shown)(e.into()))?;
    for (name, _) in files {
        let path = real.join(name);
        let shown = shown.join(name);
        match fs::symlink_metadata(&path) {
            Err(_) => continue,
            Ok(meta) if !meta.is_file() => {
                return Err(write_err(&shown)(std::io::Error::other(
                    "it is not a regular file",
                )));
            }
            Ok(_) => {}
        }
        // Opened for appending and closed again: tests permission, changes nothing.
        fs::OpenOptions::new()
            .append(true)
            .custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32)
            .open(&path)
            .map_err(write_err(&shown))?;
    }
    Ok(())
}

/// Builds `staging`: the new files, plus copies of everything else in `real`.
fn build_copy(real: &Path, staging: &Path, files: &[(&str, &[u8])]) -> Result<(), ImportError> {
    fs::create_dir(staging).map_err(write_err(staging))?;
    if let Ok(meta) = fs::metadata(real) {
        let _ = fs::set_permissions(staging, meta.permissions());
    }
    let keep: Vec<&str> = files.iter().map(|(name, _)| *name).collect();
    copy_others(real, staging, &keep)?;
    for (name, bytes) in files {
        let path = staging.join(name);
        let mut file = fs::File::create(&path).map_err(write_err(&path))?;
        file.write_all(bytes).map_err(write_err(&path))?;
        file.sync_all().map_err(write_err(&path))?;
    }
    sync(staging);
    Ok(())
}

/// Copies every entry of `from` into `to` except the names in `skip`: files by content,
/// links as links, folders recursively. A FIFO or device is an error, never opened.
fn copy_others(from: &Path, to: &Path, skip: &[&str]) -> Result<(), ImportError> {
    for entry in fs::read_dir(from).map_err(write_err(from))? {
        let entry = entry.map_err(write_err(from))?;
        let name = entry.file_name();
        if skip.iter().any(|s| name == *s) {
            continue;
        }
        let (source, dest) = (entry.path(), to.join(&name));
        let kind = entry.file_type().map_err(write_err(&source))?;
        if kind.is_symlink() {
            let target = fs::read_link(&source).map_err(write_err(&source))?;
            std::os::unix::fs::symlink(target, &dest).map_err(write_err(&dest))?;
        } else if kind.is_dir() {
            fs::create_dir(&dest).map_err(write_err(&dest))?;
            copy_others(&source, &dest, &[])?;
        } else if kind.is_file() {
            fs::copy(&source, &dest).map_err(write_err(&source))?;
        } else {
            return Err(write_err(&source)(std::io::Error::other(
                "it is not a regular file; remove it",
            )));
        }
    }
    Ok(())
}

/// Deletes a folder this module made (links inside are removed, never followed).
fn remove(path: &Path) {
    if fs::symlink_metadata(path).is_ok() {
        let _ = fs::remove_dir_all(path).or_else(|_| fs::remove_file(path));
    }
}

/// Persists a folder's entries (best effort: the data is already correct without it).
fn sync(dir: &Path) {
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}
