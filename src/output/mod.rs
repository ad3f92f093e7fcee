//! The write stage: staging and atomic swap, page files, static assets.

mod assets;
mod staging;
mod writer;

use std::path::{Path, PathBuf};

pub use assets::copy_static;
pub use staging::{MARKER, Staging};
pub use writer::PageWriter;

/// Why the output could not be written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// A filesystem operation failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The IO error.
        source: std::io::Error,
    },
    /// The output folder is not one portsite may replace.
    #[error("refusing to write the site to {}: {reason}", out.display())]
    Refused {
        /// The requested output folder.
        out: PathBuf,
        /// Why, and what to do.
        reason: String,
    },
    /// Another build holds the lock on this output folder.
    #[error("another portsite build is writing {} right now; wait for it to finish and run the build again", out.display())]
    Busy {
        /// The output folder.
        out: PathBuf,
    },
}

impl OutputError {
    /// An IO error on `path`.
    pub fn io(path: &Path, source: std::io::Error) -> OutputError {
        OutputError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}
