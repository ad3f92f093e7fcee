//! Errors of the registry stage, each naming the file (and line:column) and the fix.

use std::path::PathBuf;

use crate::diag::{Diagnostic, Location, Severity, Span, ToDiagnostics};

/// Everything that can go wrong while loading the IANA registry CSV.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    /// The file could not be read.
    #[error(
        "failed to read the port registry `{}`: {source}",
        path.display()
    )]
    Io {
        /// The file portsite tried to read.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The registry is a link leaving the site, a FIFO or a device.
    #[error(transparent)]
    Source(crate::sources::SourceError),
    /// The file is not UTF-8.
    #[error("the port registry is not valid UTF-8")]
    NotUtf8 {
        /// Where the first invalid byte is.
        span: Span,
    },
    /// The header row is not IANA's 12 columns.
    #[error(
        "the file does not start with the IANA registry header: found `{found}`, expected \
         `{expected}`"
    )]
    WrongHeader {
        /// The file.
        path: PathBuf,
        /// The header found, columns joined by commas.
        found: String,
        /// The header expected, columns joined by commas.
        expected: String,
    },
    /// The CSV itself is malformed: a short or long record (often a truncated file),
    /// or broken quoting.
    #[error("{message}")]
    Csv {
        /// Where the record starts.
        span: Span,
        /// What is wrong and what to do.
        message: String,
    },
    /// The Port Number column is neither empty, `N` nor `N-M`.
    #[error("`{value}` is not a port number")]
    BadPort {
        /// The Port Number field.
        span: Span,
        /// Its text.
        value: String,
    },
    /// The Transport Protocol column holds an unknown protocol.
    #[error("unknown transport protocol `{value}`")]
    BadProtocol {
        /// The Transport Protocol field.
        span: Span,
        /// Its text.
        value: String,
    },
    /// A date column is not `YYYY-MM` or `YYYY-MM-DD`.
    #[error("`{value}` is not a date")]
    BadDate {
        /// The date field.
        span: Span,
        /// Its text.
        value: String,
    },
    /// The Service Code column is not a number.
    #[error("`{value}` is not a DCCP service code")]
    BadServiceCode {
        /// The Service Code field.
        span: Span,
        /// Its text.
        value: String,
    },
    /// A row with neither a service name nor a port number says nothing.
    #[error("this row has neither a Service Name nor a Port Number")]
    EmptyRow {
        /// Where the record starts.
        span: Span,
    },
}

impl ToDiagnostics for RegistryError {
    fn diagnostics(&self) -> Vec<Diagnostic> {
        let (location, text) = match self {
            RegistryError::Io { path, source } => (
                Location::File(path.clone()),
                format!("cannot read the port registry ({source})"),
            ),
            RegistryError::Source(e) => {
                return (e.diagnostics().into_iter())
                    .map(|d| d.with_code("registry"))
                    .collect();
            }
            RegistryError::WrongHeader { path, .. } => {
                (Location::At(Span::new(path, 1, 1)), self.to_string())
            }
            // A CSV field has no spaces to end the underline: it covers the value.
            RegistryError::BadPort { span, value }
            | RegistryError::BadProtocol { span, value }
            | RegistryError::BadDate { span, value }
            | RegistryError::BadServiceCode { span, value } => (
                Location::At(span.clone().with_len(value.chars().count().max(1))),
                self.to_string(),
            ),
            // The CSV reader words its problems as "what is wrong; what to do".
            RegistryError::Csv { span, message } => {
                let location = Location::At(span.clone());
                return vec![Diagnostic::advised(
                    "registry",
                    Severity::Error,
                    location,
                    message,
                )];
            }
            RegistryError::NotUtf8 { span } | RegistryError::EmptyRow { span } => {
                (Location::At(span.clone()), self.to_string())
            }
        };
        let d = Diagnostic::error("registry", location, text);
        vec![match self.help() {
            Some(help) => d.with_help(help),
            None => d,
        }]
    }
}

impl RegistryError {
    /// What to do about the problem.
    fn help(&self) -> Option<&'static str> {
        match self {
            RegistryError::Io { .. } => Some("check that the file exists and is readable"),
            RegistryError::NotUtf8 { .. } => {
                Some("download the CSV from IANA again (it is published as UTF-8)")
            }
            RegistryError::WrongHeader { .. } => Some(
                "use the CSV export of https://www.iana.org/assignments/service-names-port-numbers/",
            ),
            RegistryError::BadPort { .. } => Some(
                "write a port 0-65535, a range `N-M` with N <= M, or leave the Port Number empty",
            ),
            RegistryError::BadProtocol { .. } => Some(
                "the registry uses tcp, udp, sctp, dccp or an empty field (teach \
                 src/registry/port.rs any new one)",
            ),
            RegistryError::BadDate { .. } => Some("write YYYY-MM-DD or YYYY-MM, or leave it empty"),
            RegistryError::BadServiceCode { .. } => Some("write a number or leave it empty"),
            RegistryError::EmptyRow { .. } => Some("remove it or fill one in"),
            RegistryError::Source(_) | RegistryError::Csv { .. } => None,
        }
    }
}
