//! `portsite import-iana`: replace the bundled registry CSV with a new download, atomically,
//! note the import in `SOURCE.md`, and say what changed.

use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::content::EntryDate;
use crate::registry::{self, HEADER, PortRegistry, RegistryDiff, RegistryError};
use crate::site::REGISTRY_CSV;

/// Where the registry's provenance note lives, relative to the site root.
pub const SOURCE_NOTE: &str = "content/registry/SOURCE.md";

/// The heading in `SOURCE.md` under which imports are listed.
const IMPORTS_HEADING: &str = "## Imported with portsite import-iana";

/// Why an import did not happen; the current registry is unchanged in every case.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The new file could not be read.
    #[error("{}: cannot read the new registry ({source}); check the path", path.display())]
    Read {
        /// The file given on the command line.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// The new file is not a valid IANA registry CSV.
    #[error("{0}\nNothing was replaced.")]
    Invalid(RegistryError),
    /// Writing the new registry or the note failed.
    #[error("{}: cannot write ({source}); check that the folder is writable", path.display())]
    Write {
        /// The file being written.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
}

/// What an import did.
#[derive(Debug, Clone)]
pub struct ImportReport {
    /// Rows added, removed and changed, compared with the previous registry.
    pub diff: RegistryDiff,
    /// Whether the registry file was replaced (false when the bytes were identical).
    pub replaced: bool,
    /// Hex SHA-256 of the new file.
    pub sha256: String,
    /// Size of the new file in bytes.
    pub bytes: usize,
}

/// Validates `file`, compares it with the site's registry, replaces the registry and
/// appends a line to `SOURCE.md`. Nothing is written when `file` is invalid.
pub fn import_iana(
    root: &Path,
    file: &Path,
    today: EntryDate,
) -> Result<ImportReport, ImportError> {
    let bytes = std::fs::read(file).map_err(|source| ImportError::Read {
        path: file.to_path_buf(),
        source,
    })?;
    let new = PortRegistry::from_reader(&bytes[..], file).map_err(ImportError::Invalid)?;
    let target = root.join(REGISTRY_CSV);
    let current_bytes = std::fs::read(&target).unwrap_or_default();
    let sha256 = hex_sha256(&bytes);
    let mut report = ImportReport {
        diff: RegistryDiff::default(),
        replaced: false,
        sha256,
        bytes: bytes.len(),
    };
    if current_bytes == bytes {
        return Ok(report);
    }
    // A missing or broken current file counts as empty: every new row is an addition.
    let current = PortRegistry::from_reader(&current_bytes[..], Path::new(REGISTRY_CSV))
        .or_else(|_| PortRegistry::from_str_source(&HEADER.join(","), Path::new(REGISTRY_CSV)))
        .map_err(ImportError::Invalid)?;
    report.diff = registry::diff(&current, &new);
    replace_atomically(&target, &bytes)?;
    report.replaced = true;
    note_import(root, today, &report)?;
    Ok(report)
}

fn hex_sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Writes a temp file beside `target`, syncs it, and renames it over `target`, so readers
/// see the old file or the new one, never half of one.
fn replace_atomically(target: &Path, bytes: &[u8]) -> Result<(), ImportError> {
    let dir = target.parent().unwrap_or(Path::new("."));
    let name = target.file_name().map_or_else(
        || "registry.csv".into(),
        |n| n.to_string_lossy().into_owned(),
    );
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ImportError::Write { path, source }
    };
    let result = (|| {
        let mut file = std::fs::File::create(&temp).map_err(err(&temp))?;
        file.write_all(bytes).map_err(err(&temp))?;
        file.sync_all().map_err(err(&temp))?;
        std::fs::rename(&temp, target).map_err(err(target))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result?;
    // Persist the rename itself; a failure here leaves a correct file, so it is ignored.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Appends "imported on <date>" with the file's checksum to `SOURCE.md`.
fn note_import(root: &Path, today: EntryDate, report: &ImportReport) -> Result<(), ImportError> {
    let path = root.join(SOURCE_NOTE);
    let mut text = std::fs::read_to_string(&path).unwrap_or_default();
    if !text.contains(IMPORTS_HEADING) {
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&format!("\n{IMPORTS_HEADING}\n\n"));
    }
    text.push_str(&format!(
        "- Imported on {today}: SHA-256 `{}` ({} bytes); {} added, {} removed, {} changed.\n",
        report.sha256,
        report.bytes,
        report.diff.added.len(),
        report.diff.removed.len(),
        report.diff.changed.len()
    ));
    std::fs::write(&path, text).map_err(|source| ImportError::Write { path, source })
}
