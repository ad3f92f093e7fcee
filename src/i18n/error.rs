//! Errors and warnings of the localization stage, each pointing at the file to fix.

use std::fmt;
use std::path::PathBuf;

use crate::config::LocaleCode;
use crate::diag::{Diagnostic, Location, Severity, Span, ToDiagnostics};

/// Everything that can go wrong while loading Fluent files or formatting a message.
#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    /// A locale listed in the site configuration has no folder under `locales/`.
    #[error(
        "locale `{code}` has no folder `{}`: create it and put the locale's .ftl files in it, \
         or remove `{code}` from the site's locales",
        path.display()
    )]
    MissingLocale {
        /// The locale code, e.g. `tr`.
        code: LocaleCode,
        /// The folder that was expected.
        path: PathBuf,
    },

    /// A locale folder exists but holds no `.ftl` file.
    #[error(
        "locale folder `{}` holds no .ftl file: add the `{code}` translations there \
         (for example by copying the default locale's files)",
        path.display()
    )]
    EmptyLocale {
        /// The locale code.
        code: LocaleCode,
        /// The folder without Fluent files.
        path: PathBuf,
    },

    /// The default locale is not among the configured locales.
    #[error("the default locale `{default}` is not in the list of locales: add it to the list")]
    UnknownDefault {
        /// The default locale code that was asked for.
        default: LocaleCode,
    },

    /// A locale code or a number/date format locale is not a valid language identifier.
    #[error("`{value}` (locale `{code}`) is not a language identifier portsite can use: {reason}")]
    InvalidLocale {
        /// The locale code the setting belongs to.
        code: LocaleCode,
        /// The rejected value.
        value: String,
        /// Why it was rejected.
        reason: String,
    },

    /// A locale folder or a Fluent file could not be read.
    #[error("cannot read `{}`: {source}", path.display())]
    Read {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },

    /// A locale folder or Fluent file that is a link leaving the site, a loop, a FIFO or a
    /// device; it is never read.
    #[error(transparent)]
    Source(crate::sources::SourceError),

    /// A Fluent file does not parse.
    #[error("Fluent syntax error: {message}")]
    Syntax {
        /// Where the parser stopped.
        span: Span,
        /// What the Fluent parser reported.
        message: String,
        /// How to fix it, in Fluent terms.
        help: &'static str,
    },

    /// The same message or term is defined twice in one locale.
    #[error(
        "`{id}` is already defined at {first}: rename or remove one of them \
         (all .ftl files of a locale form one set of messages)"
    )]
    Duplicate {
        /// The message or term id (terms keep their leading `-`).
        id: String,
        /// The second definition.
        span: Span,
        /// The first definition.
        first: Span,
    },

    /// No locale, not even the default one, has the message.
    #[error("unknown message `{id}`: add it to the default locale's .ftl files")]
    UnknownMessage {
        /// The requested id, possibly `message.attribute`.
        id: String,
    },

    /// The message exists but could not be formatted (missing variable, unknown reference, ...).
    #[error("message `{id}` in locale `{locale}` failed to format: {message}")]
    Format {
        /// The locale whose text was formatted.
        locale: LocaleCode,
        /// The requested id.
        id: String,
        /// Fluent's explanation, all problems joined.
        message: String,
    },
}

impl I18nError {
    /// Where the problem is, for reports that list positions (`check --format json`).
    pub fn span(&self) -> Option<Span> {
        match self {
            I18nError::Syntax { span, .. } | I18nError::Duplicate { span, .. } => {
                Some(span.clone())
            }
            I18nError::MissingLocale { path, .. }
            | I18nError::EmptyLocale { path, .. }
            | I18nError::Read { path, .. } => Some(Span::file(path)),
            I18nError::Source(e) => Some(Span::file(&e.path)),
            I18nError::UnknownDefault { .. }
            | I18nError::InvalidLocale { .. }
            | I18nError::UnknownMessage { .. }
            | I18nError::Format { .. } => None,
        }
    }
}

/// Translation gaps: the build goes on, but the report shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum I18nWarning {
    /// The default locale has the message and this locale lacks it; pages show the default text.
    MissingMessage {
        /// The locale with the gap.
        locale: LocaleCode,
        /// The message id.
        id: String,
    },
    /// Only this non-default locale has the message; nothing uses it unless the default has it.
    ExtraMessage {
        /// The locale with the extra message.
        locale: LocaleCode,
        /// The message id.
        id: String,
        /// Where it is defined.
        span: Span,
    },
    /// The default locale lacks messages that date formatting needs; dates fall back to ISO 8601.
    MissingDateMessages {
        /// The default locale.
        locale: LocaleCode,
        /// The missing ids, in the order `dates.ftl` defines them.
        ids: Vec<String>,
    },
}

impl fmt::Display for I18nWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            I18nWarning::MissingMessage { locale, id } => write!(
                f,
                "locale `{locale}` lacks message `{id}`; pages show the default locale's text \
                 until it is translated"
            ),
            I18nWarning::ExtraMessage { locale, id, .. } => write!(
                f,
                "message `{id}` exists only in locale `{locale}`; add it to the default \
                 locale or remove it"
            ),
            I18nWarning::MissingDateMessages { locale, ids } => write!(
                f,
                "default locale `{locale}` lacks the date messages {}; dates are shown as \
                 YYYY-MM-DD until locales/{locale}/dates.ftl defines them",
                ids.join(", ")
            ),
        }
    }
}

impl ToDiagnostics for I18nError {
    fn diagnostics(&self) -> Vec<Diagnostic> {
        let code = match self {
            I18nError::Syntax { .. } => "fluent-syntax",
            I18nError::Duplicate { .. } => "fluent-duplicate",
            I18nError::UnknownMessage { .. } | I18nError::Format { .. } => "message",
            I18nError::Source(_) => "source",
            _ => "locale",
        };
        let location = match (self, self.span()) {
            (I18nError::Syntax { .. } | I18nError::Duplicate { .. }, Some(span)) => {
                Location::At(span)
            }
            (_, Some(span)) => Location::File(span.path),
            (_, None) => Location::Nowhere,
        };
        if let I18nError::Source(e) = self {
            return e.diagnostics();
        }
        // Fluent's, ICU's and the system's texts are quoted whole: the help is stated here.
        let help = match self {
            I18nError::InvalidLocale { .. } => Some("write it like `tr` or `ar-EG`"),
            I18nError::Read { .. } => Some("check that it exists and is readable UTF-8"),
            I18nError::Syntax { help, .. } => Some(*help),
            _ => None,
        };
        let d = Diagnostic::error(code, location, self.to_string());
        vec![match help {
            Some(help) => d.with_help(help),
            None => d,
        }]
    }
}

impl I18nWarning {
    /// The warning as a diagnostic; `dir` is the `locales/` folder. A missing message
    /// points at the locale's folder, since no file of the locale holds it.
    pub fn diagnostic(&self, dir: &std::path::Path) -> Diagnostic {
        let (code, location) = match self {
            I18nWarning::MissingMessage { locale, .. } => {
                ("missing-message", Location::File(dir.join(locale)))
            }
            I18nWarning::ExtraMessage { span, .. } => ("extra-message", Location::At(span.clone())),
            I18nWarning::MissingDateMessages { locale, .. } => (
                "missing-message",
                Location::File(dir.join(locale).join("dates.ftl")),
            ),
        };
        Diagnostic::advised(code, Severity::Warning, location, &self.to_string())
    }
}
