//! Copies the site's `static/` folder into the output.

use std::fs;
use std::path::Path;

use walkdir::WalkDir;

use super::{OutputError, PageWriter};

/// Copies every file under `from` into the folder `into` of the output (keeping relative
/// paths) through `writer`, so each file is hashed for the manifest as it is written;
/// returns bytes copied.
pub fn copy_static(from: &Path, writer: &PageWriter, into: &str) -> Result<u64, OutputError> {
    if !from.is_dir() {
        return Ok(0);
    }
    let mut total = 0;
    for item in WalkDir::new(from).follow_links(false) {
        let item = item.map_err(|e| {
            let path = e.path().unwrap_or(from).to_path_buf();
            OutputError::io(&path, e.into())
        })?;
        if !item.file_type().is_file() {
            continue;
        }
        let relative = item.path().strip_prefix(from).unwrap_or(item.path());
        let bytes = fs::read(item.path()).map_err(|e| OutputError::io(item.path(), e))?;
        let dest = Path::new(into).join(relative);
        writer.write_file(&dest.to_string_lossy(), &bytes)?;
        total += bytes.len() as u64;
    }
    Ok(total)
}
