//! Copies the site's `static/` folder into the output.

use std::fs;
use std::path::Path;

use walkdir::WalkDir;

use super::OutputError;

/// Copies every file under `from` into `to`, keeping relative paths; returns bytes copied.
pub fn copy_static(from: &Path, to: &Path) -> Result<u64, OutputError> {
    if !from.is_dir() {
        return Ok(0);
    }
    let mut total = 0;
    for item in WalkDir::new(from).follow_links(false) {
        let item = item.map_err(|e| {
            let path = e.path().unwrap_or(from).to_path_buf();
            OutputError::io(&path, e.into())
        })?;
        let relative = item.path().strip_prefix(from).unwrap_or(item.path());
        let dest = to.join(relative);
        if item.file_type().is_dir() {
            fs::create_dir_all(&dest).map_err(|e| OutputError::io(&dest, e))?;
        } else if item.file_type().is_file() {
            total += fs::copy(item.path(), &dest).map_err(|e| OutputError::io(item.path(), e))?;
        }
    }
    Ok(total)
}
