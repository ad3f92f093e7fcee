//! Copies the site's `static/` folder into the output.

use std::fs;
use std::path::Path;

use super::OutputError;
use crate::sources::SiteRoot;

/// Copies every regular file under `from` into `to`, keeping relative paths; returns bytes
/// copied. Links that leave the site, loops, FIFOs and devices are refused, all at once.
pub fn copy_static(from: &Path, to: &Path) -> Result<u64, OutputError> {
    let site = SiteRoot::of_source_dir(from);
    let walked = site.walk(from, usize::MAX, &|_| false);
    if !walked.errors.is_empty() {
        return Err(OutputError::Source(walked.errors));
    }
    let mut total = 0;
    for rel in walked.files {
        let path = site.path().join(&rel);
        let relative = path.strip_prefix(from).unwrap_or(&path);
        let dest = to.join(relative);
        if let Some(parent) = dest.parent() {
            fs::create_dir_all(parent).map_err(|e| OutputError::io(parent, e))?;
        }
        let mut source = site.open(&path).map_err(|e| OutputError::Source(vec![e]))?;
        let mut file = fs::File::create(&dest).map_err(|e| OutputError::io(&dest, e))?;
        total += std::io::copy(&mut source, &mut file).map_err(|e| OutputError::io(&path, e))?;
    }
    Ok(total)
}
