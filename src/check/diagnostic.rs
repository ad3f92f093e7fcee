//! One problem found by `check`: severity, location, message and a stable code.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::diag::Span;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The site cannot be built correctly; `check` exits with status 1.
    Error,
    /// The site builds, but something is missing or out of date.
    Warning,
}

impl Severity {
    /// `"error"` or `"warning"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a problem is, as precisely as its stage knows.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Location {
    /// Not tied to one file (e.g. an unusable locale code).
    Nowhere,
    /// A whole file or folder.
    File(PathBuf),
    /// A line and column of a file.
    At(Span),
}

impl Location {
    /// The file, if any.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Location::Nowhere => None,
            Location::File(path) => Some(path),
            Location::At(span) => Some(&span.path),
        }
    }

    /// The 1-based line and column, if known.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            Location::At(span) => Some((span.line, span.col)),
            Location::Nowhere | Location::File(_) => None,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Nowhere => f.write_str("site"),
            Location::File(path) => write!(f, "{}", path.display()),
            Location::At(span) => write!(f, "{span}"),
        }
    }
}

/// One problem, ready to print for people or machines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Where it is.
    pub location: Location,
    /// What is wrong and what to do, without the location.
    pub message: String,
    /// A stable kebab-case identifier of the kind of problem, e.g. `broken-link`.
    pub code: &'static str,
}

impl Diagnostic {
    /// An error.
    pub fn error(code: &'static str, location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            location,
            message: message.into(),
            code,
        }
    }

    /// A warning.
    pub fn warning(code: &'static str, location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            location,
            ..Diagnostic::error(code, Location::Nowhere, message)
        }
    }

    /// An error from a stage whose message already starts with its location: the
    /// location prefix is removed so it is printed once.
    pub fn from_located(
        code: &'static str,
        severity: Severity,
        location: Location,
        text: &str,
    ) -> Self {
        let prefix = format!("{location}: ");
        let message = text.strip_prefix(&prefix).unwrap_or(text).to_string();
        Diagnostic {
            severity,
            location,
            message,
            code,
        }
    }

    /// Makes paths under `root` relative to it, in the location and in the message, so
    /// reports read the same wherever the site lives.
    pub(crate) fn relativize(&mut self, root: &Path) {
        let strip = |path: &mut PathBuf| {
            if let Ok(rel) = path.strip_prefix(root) {
                *path = rel.to_path_buf();
            }
        };
        match &mut self.location {
            Location::Nowhere => {}
            Location::File(path) => strip(path),
            Location::At(span) => strip(&mut span.path),
        }
        let prefix = format!("{}/", root.display());
        if prefix.len() > 1 {
            self.message = strip_prefix_mentions(&self.message, &prefix);
        }
    }
}

/// Removes `prefix` where it starts a path in `text`, not where it ends a longer one
/// (`./` inside `../x` stays).
fn strip_prefix_mentions(text: &str, prefix: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(prefix) {
        let glued = rest[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c == '.' || c == '/' || c.is_alphanumeric());
        out.push_str(&rest[..at]);
        if glued {
            out.push_str(prefix);
        }
        rest = &rest[at + prefix.len()..];
    }
    out.push_str(rest);
    out
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.location, self.severity, self.message)
    }
}
