//! One problem, as every command reports it: severity, a stable code, a location, a message
//! and what to do about it.

use std::fmt;
use std::path::{Path, PathBuf};

use super::Span;

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
    /// What is wrong, without the location.
    pub message: String,
    /// What to do about it, when the stage knows.
    pub help: Option<String>,
    /// A short note printed beside the underline (what the underlined text is).
    pub label: Option<String>,
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
            help: None,
            label: None,
            code,
        }
    }

    /// A warning.
    pub fn warning(code: &'static str, location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, location, message)
        }
    }

    /// The same problem under another code.
    #[must_use]
    pub fn with_code(mut self, code: &'static str) -> Self {
        self.code = code;
        self
    }

    /// The same problem with `label` printed beside the underline.
    #[must_use]
    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// The same problem with `help` saying what to do.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// A problem from a stage message written by the house rule "what is wrong; what to
    /// do": the part after the first `; ` outside backquotes becomes the help line.
    pub fn advised(code: &'static str, severity: Severity, location: Location, text: &str) -> Self {
        let (message, help) = split_advice(text);
        Diagnostic {
            severity,
            location,
            message: message.to_string(),
            help: help.map(str::to_string),
            label: None,
            code,
        }
    }

    /// Makes the location's path relative to `root` when it lies below it; the texts keep
    /// the paths they name (an output folder beside the site, say) as given.
    pub fn relativize_location(&mut self, root: &Path) {
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
    }

    /// Makes paths under `root` relative to it, in the location and in the texts, so
    /// reports read the same wherever the site lives.
    pub fn relativize(&mut self, root: &Path) {
        self.relativize_location(root);
        let prefix = format!("{}/", root.display());
        if prefix.len() > 1 {
            self.message = strip_prefix_mentions(&self.message, &prefix);
            if let Some(help) = &mut self.help {
                *help = strip_prefix_mentions(help, &prefix);
            }
        }
    }
}

/// An error type that can be reported: one or more diagnostics (a stage that collects
/// every problem of its files holds several).
pub trait ToDiagnostics {
    /// The problems, each with its code, location and help.
    fn diagnostics(&self) -> Vec<Diagnostic>;
}

/// Splits "what is wrong; what to do" at the first `; ` that is not inside backquotes.
fn split_advice(text: &str) -> (&str, Option<&str>) {
    let mut quoted = false;
    for (i, c) in text.char_indices() {
        match c {
            '`' => quoted = !quoted,
            ';' if !quoted && text[i + 1..].starts_with(' ') => {
                let help = text[i + 2..].trim();
                return (&text[..i], (!help.is_empty()).then_some(help));
            }
            _ => {}
        }
    }
    (text, None)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn advice_splits_outside_backquotes_only() {
        let d = Diagnostic::advised(
            "x",
            Severity::Error,
            Location::Nowhere,
            "`a; b` is wrong; fix it",
        );
        assert_eq!(d.message, "`a; b` is wrong");
        assert_eq!(d.help.as_deref(), Some("fix it"));
        let d = Diagnostic::advised("x", Severity::Error, Location::Nowhere, "no advice");
        assert_eq!((d.message.as_str(), d.help), ("no advice", None));
    }
}
