//! The site's `static/` folder: which files it publishes, and their bytes.
//!
//! Static files are reached through `sources::SiteRoot` like every other source: a symbolic
//! link is followed only when it stays inside the site, and only regular files are read, so
//! neither `build` nor `serve` publishes what lies outside the site or blocks on a FIFO.

use std::io::Read;
use std::path::{Component, Path};

use super::OutputError;
use crate::sources::SiteRoot;

/// The regular files under `dir`, as `/`-separated paths relative to it, sorted; none when
/// the folder does not exist. Links that leave the site, loops, FIFOs and devices are
/// refused, all at once.
pub fn static_files(dir: &Path) -> Result<Vec<String>, OutputError> {
    let site = SiteRoot::of_source_dir(dir);
    let walked = site.walk(dir, usize::MAX, &|_| false);
    if !walked.errors.is_empty() {
        return Err(OutputError::Source(walked.errors));
    }
    let mut files = Vec::new();
    for rel in walked.files {
        let path = site.path().join(&rel);
        let relative = path.strip_prefix(dir).unwrap_or(&path);
        let Some(parts) = relative
            .components()
            .map(|c| match c {
                Component::Normal(name) => name.to_str(),
                _ => None,
            })
            .collect::<Option<Vec<_>>>()
        else {
            return Err(OutputError::io(
                &path,
                std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    "the file name is not UTF-8; rename the file",
                ),
            ));
        };
        files.push(parts.join("/"));
    }
    files.sort();
    Ok(files)
}

/// The bytes of the static file at `relative` (`/`-separated) under `dir`, or `None` when
/// there is no such regular file inside the site.
pub fn read_static(dir: &Path, relative: &str) -> Option<Vec<u8>> {
    let mut path = dir.to_path_buf();
    for part in relative.split('/') {
        if part.is_empty() || part == "." || part == ".." || part.contains('\\') {
            return None;
        }
        path.push(part);
    }
    let mut file = SiteRoot::of_source_dir(dir).open(&path).ok()?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes).ok()?;
    Some(bytes)
}

#[cfg(test)]
mod tests {
    use std::fs;
    use std::os::unix::fs::symlink;

    use super::*;

    #[test]
    fn files_are_listed_and_read_through_links_inside_the_site_only() {
        let site = tempfile::tempdir().unwrap();
        let dir = site.path().join("static");
        fs::create_dir_all(dir.join("css")).unwrap();
        fs::write(dir.join("css/site.css"), "body{}").unwrap();
        fs::write(site.path().join("shared.txt"), "shared").unwrap();
        symlink(site.path().join("shared.txt"), dir.join("inside.txt")).unwrap();
        assert_eq!(static_files(&dir).unwrap(), ["css/site.css", "inside.txt"]);
        assert_eq!(read_static(&dir, "css/site.css").unwrap(), b"body{}");
        assert_eq!(read_static(&dir, "inside.txt").unwrap(), b"shared");
        for refused in ["css", "../shared.txt", "css//site.css", "missing.txt"] {
            assert_eq!(read_static(&dir, refused), None, "{refused}");
        }
    }

    #[test]
    fn a_link_leaving_the_site_is_refused_when_listed_and_never_read() {
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join("secret.txt"), "secret").unwrap();
        let site = tempfile::tempdir().unwrap();
        let dir = site.path().join("static");
        fs::create_dir_all(&dir).unwrap();
        symlink(outside.path().join("secret.txt"), dir.join("file.txt")).unwrap();
        symlink(outside.path(), dir.join("folder")).unwrap();
        let err = static_files(&dir).unwrap_err().to_string();
        assert!(err.contains("file.txt"), "{err}");
        assert_eq!(read_static(&dir, "file.txt"), None);
        assert_eq!(read_static(&dir, "folder/secret.txt"), None);
    }
}
