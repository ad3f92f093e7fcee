//! Localization: Fluent bundles per locale (built once), plural rules, numbers, dates, gaps.
//!
//! Every UI string and generated sentence comes from `locales/<code>/*.ftl`; all files of
//! a locale folder form one bundle. A locale that lacks a message shows the default
//! locale's text, and [`Localizer::warnings`] lists every such gap.

mod analysis;
mod bundle;
mod dates;
mod error;
mod lists;
mod localizer;
mod message_check;
mod numbers;
mod plural;
mod record;
mod source;
mod spliced;

#[cfg(test)]
mod date_tests;
#[cfg(test)]
mod tests;

use crate::config::LocaleCode;
pub use analysis::{ArgKind, MessageProblem, Signature};

pub use bundle::LocaleBundle;
pub use error::{I18nError, I18nWarning};
pub use localizer::Localizer;
pub use record::{from_template, record_calls, recorded_calls};

/// A locale the site is built in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleSpec {
    /// The locale code used in URLs and folder names, e.g. `ar`.
    pub code: LocaleCode,
    /// The CLDR locale for plural rules, numbers and dates, e.g. `ar-EG` (Arabic-Indic
    /// digits); usually equal to `code`. A language identifier without `-u-` extensions.
    pub format_locale: String,
}

impl LocaleSpec {
    /// A locale whose numbers and dates follow the locale code itself.
    pub fn new(code: &LocaleCode) -> Self {
        LocaleSpec {
            code: code.clone(),
            format_locale: code.to_string(),
        }
    }
}

/// A named argument passed to a Fluent message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arg<'a> {
    /// Text inserted as is (a service name, an already formatted date, ...).
    Str(&'a str),
    /// A whole number: selects plural variants and is shown with the locale's grouping.
    Num(i64),
}
