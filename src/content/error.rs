//! The content stage's error enum: every variant points at a file position and says what to do.

use std::path::PathBuf;

use crate::config::LocaleCode;
use crate::diag::{Diagnostic, Location, Severity, Span, ToDiagnostics};
use crate::port::Port;

/// Entries and home pages larger than this are refused before parsing.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Something wrong in `content/`, located at a file position.
#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    /// The file or folder could not be read from disk.
    #[error("cannot read this file ({source})")]
    Read {
        /// The file that failed.
        span: Span,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// A link leaving the site, a link loop, a FIFO, socket or device: never read.
    #[error("{problem}")]
    Source {
        /// The path.
        span: Span,
        /// What it is and what to do.
        problem: crate::sources::Problem,
    },
    /// A file is larger than [`MAX_FILE_BYTES`].
    #[error("file is {size} bytes, over the 1 MiB limit for content files")]
    TooLarge {
        /// The file.
        span: Span,
        /// Its size in bytes.
        size: u64,
    },
    /// The file is not valid UTF-8.
    #[error("invalid UTF-8 byte here")]
    InvalidUtf8 {
        /// The first bad byte.
        span: Span,
    },
    /// The file does not start with a `---` line.
    #[error("no front matter")]
    NoFrontMatter {
        /// The start of the file.
        span: Span,
    },
    /// The opening `---` has no closing partner.
    #[error("front matter opened here is never closed")]
    UnclosedFrontMatter {
        /// The opening `---` line.
        span: Span,
    },
    /// YAML syntax errors, wrong types, missing or duplicate fields, bad dates.
    #[error("{message}")]
    Yaml {
        /// Where the YAML parser stopped, in the file's own lines.
        span: Span,
        /// The problem and its fix, worded for the user.
        message: String,
    },
    /// A character the text may not hold (a control character, a bidirectional override).
    #[error("{message}")]
    Text {
        /// The character.
        span: Span,
        /// Which character, why, and what to do.
        message: String,
    },
    /// A field the schema does not know.
    #[error(
        "unknown field `{field}`, expected one of {}{}",
        list(expected),
        suggest(suggestion)
    )]
    UnknownField {
        /// The unknown key.
        span: Span,
        /// The key as written.
        field: String,
        /// The keys allowed here.
        expected: Vec<String>,
        /// The closest allowed key, when one is close enough.
        suggestion: Option<String>,
    },
    /// A value outside a closed list (a protocol, a check syntax).
    #[error(
        "unknown value `{value}`, expected one of {}{}",
        list(expected),
        suggest(suggestion)
    )]
    UnknownValue {
        /// The value.
        span: Span,
        /// The value as written.
        value: String,
        /// The values allowed here.
        expected: Vec<String>,
        /// The closest allowed value, when one is close enough.
        suggestion: Option<String>,
    },
    /// YAML anchors and aliases expand beyond what the text could hold.
    #[error("front matter expands YAML aliases (`*name`) far beyond its size")]
    AliasExpansion {
        /// The front matter's first line.
        span: Span,
    },
    /// `title:` is empty.
    #[error("`title` is empty")]
    EmptyTitle {
        /// The `title` line.
        span: Span,
    },
    /// A folder under `content/ports/` that is not a port number.
    #[error("`{name}` is not a port number")]
    BadPortDir {
        /// The file inside the folder.
        span: Span,
        /// The folder name.
        name: String,
        /// How to fix it.
        advice: String,
    },
    /// A locale suffix the site does not configure.
    #[error(
        "locale `{locale}` is not one of the site's locales ({})",
        list(configured)
    )]
    UnknownLocale {
        /// The file.
        span: Span,
        /// The suffix as written.
        locale: String,
        /// The site's locale codes.
        configured: Vec<LocaleCode>,
        /// How to fix it.
        advice: String,
    },
    /// A file in a content folder that portsite does not know what to do with.
    #[error("unexpected file")]
    UnexpectedFile {
        /// The file.
        span: Span,
        /// How to fix it.
        advice: String,
    },
    /// Two files claim the same page.
    #[error("port {port} in locale `{locale}` is also written in `{}`", other.display())]
    DuplicateEntry {
        /// The second file.
        span: Span,
        /// The first file.
        other: PathBuf,
        /// The port both claim.
        port: Port,
        /// The locale both claim.
        locale: LocaleCode,
    },
}

impl ContentError {
    /// Where the problem is.
    pub fn span(&self) -> Span {
        match self {
            ContentError::Read { span, .. }
            | ContentError::Source { span, .. }
            | ContentError::TooLarge { span, .. }
            | ContentError::InvalidUtf8 { span }
            | ContentError::NoFrontMatter { span }
            | ContentError::UnclosedFrontMatter { span }
            | ContentError::Yaml { span, .. }
            | ContentError::Text { span, .. }
            | ContentError::UnknownField { span, .. }
            | ContentError::UnknownValue { span, .. }
            | ContentError::AliasExpansion { span }
            | ContentError::EmptyTitle { span }
            | ContentError::BadPortDir { span, .. }
            | ContentError::UnknownLocale { span, .. }
            | ContentError::UnexpectedFile { span, .. }
            | ContentError::DuplicateEntry { span, .. } => span.clone(),
        }
    }
}

impl ContentError {
    /// The stable code `check --format json` and the rendered report show.
    pub fn code(&self) -> &'static str {
        match self {
            ContentError::UnknownField { .. } => "unknown-field",
            ContentError::UnknownValue { .. } => "unknown-value",
            ContentError::DuplicateEntry { .. } => "duplicate-entry",
            ContentError::BadPortDir { .. } => "bad-port",
            ContentError::UnknownLocale { .. } => "unknown-locale",
            ContentError::UnexpectedFile { .. } => "unexpected-file",
            ContentError::Source { .. } => "source",
            ContentError::Read { .. } | ContentError::TooLarge { .. } => "unreadable-file",
            ContentError::InvalidUtf8 { .. } | ContentError::Text { .. } => "text",
            ContentError::NoFrontMatter { .. }
            | ContentError::UnclosedFrontMatter { .. }
            | ContentError::Yaml { .. }
            | ContentError::AliasExpansion { .. }
            | ContentError::EmptyTitle { .. } => "front-matter",
        }
    }
}

impl ContentError {
    /// What to do about the problem, for the variants whose wording is fixed here.
    fn help(&self) -> Option<&str> {
        match self {
            ContentError::Read { .. } => Some("check that it exists and is readable"),
            ContentError::TooLarge { .. } => Some("shorten it or split the text"),
            ContentError::InvalidUtf8 { .. } => Some("save the file with UTF-8 encoding"),
            ContentError::NoFrontMatter { .. } => Some(
                "start the file with a line `---`, then `title:` and `description:`, then \
                 another `---` line",
            ),
            ContentError::UnclosedFrontMatter { .. } => {
                Some("add a line `---` after its last field")
            }
            ContentError::AliasExpansion { .. } => {
                Some("write the values out instead of using anchors and aliases")
            }
            ContentError::EmptyTitle { .. } => Some("write the page's title"),
            ContentError::BadPortDir { advice, .. }
            | ContentError::UnknownLocale { advice, .. }
            | ContentError::UnexpectedFile { advice, .. } => Some(advice),
            ContentError::DuplicateEntry { .. } => Some("keep one of the two files"),
            ContentError::Source { problem, .. } => problem.help(),
            ContentError::Yaml { .. }
            | ContentError::Text { .. }
            | ContentError::UnknownField { .. }
            | ContentError::UnknownValue { .. } => None,
        }
    }
}

#[cfg(test)]
impl ContentError {
    /// `path:line:col: message; help`, so unit tests assert the position and the text at
    /// once.
    pub(crate) fn located(&self) -> String {
        match self.help() {
            Some(help) => format!("{}: {self}; {help}", self.span()),
            None => format!("{}: {self}", self.span()),
        }
    }
}

impl ToDiagnostics for ContentError {
    fn diagnostics(&self) -> Vec<Diagnostic> {
        let location = match self {
            // Problems with a file's name or kind, not its text: no line to show.
            ContentError::Read { span, .. }
            | ContentError::Source { span, .. }
            | ContentError::TooLarge { span, .. }
            | ContentError::BadPortDir { span, .. }
            | ContentError::UnknownLocale { span, .. }
            | ContentError::UnexpectedFile { span, .. }
            | ContentError::DuplicateEntry { span, .. } => Location::File(span.path.clone()),
            _ => Location::At(self.span()),
        };
        let d = match self {
            // The suggestion is the help line; the list of allowed names stays in the message.
            ContentError::UnknownField {
                field,
                expected,
                suggestion,
                ..
            } => unknown("field", field, expected, suggestion, location),
            ContentError::UnknownValue {
                value,
                expected,
                suggestion,
                ..
            } => unknown("value", value, expected, suggestion, location),
            // The path is the subject of the sentence: "`x` is a FIFO ...".
            ContentError::Source { span, problem } => {
                let text = format!("`{}` {problem}", span.path.display());
                let d = Diagnostic::error(self.code(), location, text);
                match problem.help() {
                    Some(help) => d.with_help(help),
                    None => d,
                }
            }
            // Both texts come through serde's one-string errors, which the content stage's
            // deserializers and text rules word as "what is wrong; what to do".
            ContentError::Yaml { message, .. } | ContentError::Text { message, .. } => {
                Diagnostic::advised(self.code(), Severity::Error, location, message)
            }
            _ => {
                let d = Diagnostic::error(self.code(), location, self.to_string());
                match self.help() {
                    Some(help) => d.with_help(help),
                    None => d,
                }
            }
        };
        vec![d.with_code(self.code())]
    }
}

fn unknown(
    what: &str,
    name: &str,
    expected: &[String],
    suggestion: &Option<String>,
    location: Location,
) -> Diagnostic {
    let message = format!(
        "unknown {what} `{name}`, expected one of {}",
        list(expected)
    );
    let d = Diagnostic::error("", location, message);
    match suggestion {
        Some(s) => d.with_help(format!("did you mean `{s}`?")),
        None => d,
    }
}

/// "`a`, `b`, `c`" for messages.
fn list<T: std::fmt::Display>(items: &[T]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| format!("`{i}`")).collect();
    quoted.join(", ")
}

fn suggest(suggestion: &Option<String>) -> String {
    match suggestion {
        Some(s) => format!(" — did you mean `{s}`?"),
        None => String::new(),
    }
}
