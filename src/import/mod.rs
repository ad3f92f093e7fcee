//! `portsite import-iana`: replace the bundled registry CSV with a new download, atomically,
//! note the import in `SOURCE.md`, and say what changed.

mod swap;

use crate::diag::{Diagnostic, Location, ToDiagnostics};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::content::EntryDate;
use crate::registry::{self, HEADER, PortRegistry, RegistryDiff, RegistryError};
use crate::site::REGISTRY_CSV;
use crate::sources::{Problem, SiteRoot};

/// Where the registry's provenance note lives, relative to the site root.
pub const SOURCE_NOTE: &str = "content/registry/SOURCE.md";

/// The registry's folder, relative to the site root.
const REGISTRY_DIR: &str = "content/registry";
/// The registry's file name inside it.
const CSV_NAME: &str = "service-names-port-numbers.csv";
/// The note's file name inside it.
const NOTE_NAME: &str = "SOURCE.md";

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
    /// Writing the new registry or the note failed; neither was replaced.
    #[error(
        "{}: cannot write ({source}); check that the folder is writable. Nothing was replaced: \
         the registry and SOURCE.md are as they were.",
        path.display()
    )]
    Write {
        /// The file being written.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
}

impl ToDiagnostics for ImportError {
    fn diagnostics(&self) -> Vec<Diagnostic> {
        let (location, message, help) = match self {
            ImportError::Invalid(e) => return e.diagnostics(),
            ImportError::Read { path, source } => (
                Location::File(path.clone()),
                format!("cannot read the new registry ({source})"),
                "check the path",
            ),
            ImportError::Write { path, source } => (
                Location::File(path.clone()),
                format!("cannot write ({source})"),
                "check that the folder is writable. Nothing was replaced: the registry and \
                 SOURCE.md are as they were.",
            ),
        };
        vec![Diagnostic::error("import", location, message).with_help(help)]
    }
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

/// IANA's CSV is about 1 MB; this bounds the memory a wrong file can take.
pub const MAX_DOWNLOAD_BYTES: u64 = 64 * 1024 * 1024;

/// Validates `file`, compares it with the site's registry, and replaces the registry and
/// `SOURCE.md` together: both or neither. Nothing is written when `file` is invalid or
/// when either file cannot be written.
pub fn import_iana(
    root: &Path,
    file: &Path,
    today: EntryDate,
) -> Result<ImportReport, ImportError> {
    let bytes = read_download(file)?;
    let new = PortRegistry::from_reader(&bytes[..], file).map_err(ImportError::Invalid)?;
    let site = SiteRoot::new(root);
    let folder = root.join(REGISTRY_DIR);
    let current_bytes = read_site_file(&site, &root.join(REGISTRY_CSV))?;
    let mut report = ImportReport {
        diff: RegistryDiff::default(),
        replaced: false,
        sha256: hex_sha256(&bytes),
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
    let note = read_site_file(&site, &root.join(SOURCE_NOTE))?;
    let note = String::from_utf8(note).map_err(|e| ImportError::Write {
        path: PathBuf::from(SOURCE_NOTE),
        source: std::io::Error::new(std::io::ErrorKind::InvalidData, e.utf8_error()),
    })?;
    let note = noted(note, today, &report);
    swap::replace_together(
        &site,
        &folder,
        &[(CSV_NAME, &bytes), (NOTE_NAME, note.as_bytes())],
    )?;
    report.replaced = true;
    Ok(report)
}

/// The downloaded file: a regular file only (a FIFO, device or folder is refused, never
/// read), at most [`MAX_DOWNLOAD_BYTES`].
fn read_download(file: &Path) -> Result<Vec<u8>, ImportError> {
    let err = |source| ImportError::Read {
        path: file.to_path_buf(),
        source,
    };
    // The user names this file, so it may live anywhere; the site-root check does not
    // apply, the regular-file and size checks do.
    SiteRoot::new(Path::new("/"))
        .read(file, MAX_DOWNLOAD_BYTES)
        .map_err(|e| match e.problem {
            Problem::Io(source) => err(source),
            Problem::NotRegular { kind } => err(std::io::Error::other(format!(
                "it is {kind}, not a regular file; save the download as a file and pass that"
            ))),
            problem => err(std::io::Error::other(problem.to_string())),
        })
}

/// A file of the site's registry folder, empty when missing; a link out of the site, a
/// FIFO or a folder in its place is an error.
fn read_site_file(site: &SiteRoot, path: &Path) -> Result<Vec<u8>, ImportError> {
    if std::fs::symlink_metadata(path).is_err() {
        return Ok(Vec::new());
    }
    site.read(path, MAX_DOWNLOAD_BYTES)
        .map_err(|e| ImportError::Write {
            path: e.path.clone(),
            source: std::io::Error::other(e.problem.to_string()),
        })
}

fn hex_sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `SOURCE.md` with "imported on <date>" and the file's checksum appended.
fn noted(mut text: String, today: EntryDate, report: &ImportReport) -> String {
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
    text
}
