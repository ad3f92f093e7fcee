//! The site's `static/` folder: which files it publishes, and their bytes.
//!
//! A static asset is a regular file reached from `static/` without following a symbolic
//! link: a link could point anywhere on the machine, and neither `build` nor `serve`
//! publishes what lies outside the folder.

use std::fs;
use std::path::{Component, Path};

use walkdir::WalkDir;

use super::OutputError;

/// The regular files under `dir`, as `/`-separated paths relative to it, sorted; none when
/// the folder does not exist.
pub fn static_files(dir: &Path) -> Result<Vec<String>, OutputError> {
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut files = Vec::new();
    for item in WalkDir::new(dir).follow_links(false).sort_by_file_name() {
        let item = item.map_err(|e| {
            let path = e.path().unwrap_or(dir).to_path_buf();
            OutputError::io(&path, e.into())
        })?;
        if !item.file_type().is_file() {
            continue;
        }
        let relative = item.path().strip_prefix(dir).unwrap_or(item.path());
        let Some(parts) = relative
            .components()
            .map(|c| match c {
                Component::Normal(name) => name.to_str(),
                _ => None,
            })
            .collect::<Option<Vec<_>>>()
        else {
            return Err(OutputError::io(
                item.path(),
                std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    "the file name is not UTF-8; rename the file",
                ),
            ));
        };
        files.push(parts.join("/"));
    }
    Ok(files)
}

/// The bytes of the static file at `relative` (`/`-separated) under `dir`, or `None` when
/// there is no such regular file or a symbolic link lies on the way.
pub fn read_static(dir: &Path, relative: &str) -> Option<Vec<u8>> {
    let mut path = dir.to_path_buf();
    for part in relative.split('/') {
        if part.is_empty() || part == "." || part == ".." || part.contains('\\') {
            return None;
        }
        path.push(part);
        if fs::symlink_metadata(&path).ok()?.file_type().is_symlink() {
            return None;
        }
    }
    fs::metadata(&path)
        .ok()
        .filter(fs::Metadata::is_file)
        .and_then(|_| fs::read(&path).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_listed_and_read_but_never_through_a_link() {
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join("secret.txt"), "secret").unwrap();
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("css")).unwrap();
        fs::write(dir.path().join("css/site.css"), "body{}").unwrap();
        std::os::unix::fs::symlink(outside.path(), dir.path().join("link")).unwrap();
        let file_link = dir.path().join("file.txt");
        std::os::unix::fs::symlink(outside.path().join("secret.txt"), file_link).unwrap();
        assert_eq!(static_files(dir.path()).unwrap(), ["css/site.css"]);
        assert_eq!(read_static(dir.path(), "css/site.css").unwrap(), b"body{}");
        for refused in [
            "link/secret.txt",
            "file.txt",
            "css",
            "../x",
            "css//site.css",
        ] {
            assert_eq!(read_static(dir.path(), refused), None, "{refused}");
        }
    }
}
