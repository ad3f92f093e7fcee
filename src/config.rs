//! `site.yaml` → [`SiteConfig`]: strict, typed, validated before anything else is read.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::content::FieldPositions;
use crate::diag::Span;
use crate::port::PortRange;
use crate::sources::{Problem, SiteRoot};

mod base_url;
mod locale;
mod span;

pub use base_url::BaseUrl;
pub use locale::{LocaleCode, LocaleId};

/// The name of the configuration file at the site root.
pub const CONFIG_FILE: &str = "site.yaml";

/// site.yaml is a few hundred bytes; anything this large is not a configuration.
const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

/// The whole site configuration, as written in `site.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// The site's name, used where no translation applies (feeds, manifest).
    pub title: String,
    /// Absolute base URL without a trailing slash, e.g. `https://ports.example.org`.
    pub base_url: BaseUrl,
    /// Code of the locale served at the root of the site.
    pub default_locale: LocaleCode,
    /// Every locale the site is built in; the default one must be among them.
    pub locales: Vec<Locale>,
    /// Which ports get a page, written `ports: {from: N, to: M}`.
    #[serde(default, deserialize_with = "span::port_span")]
    pub ports: PortRange,
    /// How many ports one range page lists.
    #[serde(default = "default_range_size")]
    pub range_size: u32,
    /// Which ports of the span get a page of their own (the others are listed on their
    /// range page and redirected there).
    #[serde(default)]
    pub port_pages: PortPages,
    /// Where the "Was this page helpful?" prompt posts `{page, locale, helpful}`.
    #[serde(default)]
    pub feedback_endpoint: Option<String>,
    /// URL prefix to edit a file of the site's source, e.g. `https://github.com/o/r/edit/main/`.
    #[serde(default)]
    pub edit_url: Option<String>,
    /// URL prefix to create a new file in the site's source, e.g. `https://github.com/o/r/new/main/`.
    #[serde(default)]
    pub new_url: Option<String>,
    /// Markdown settings.
    #[serde(default)]
    pub markdown: MarkdownConfig,
}

/// One locale of the site.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Locale {
    /// BCP 47 code, also the folder under `locales/` and the URL prefix: `tr`.
    pub code: LocaleCode,
    /// The language's own name for itself, shown in the language switcher: `Türkçe`.
    pub name: String,
    /// Text direction.
    #[serde(default)]
    pub dir: TextDirection,
    /// CLDR locale for numbers and dates when it differs from `code` (e.g. `ar-EG`).
    #[serde(default)]
    pub format_locale: Option<String>,
}

/// Text direction of a locale, as written into `<html dir>`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TextDirection {
    /// Left to right.
    #[default]
    Ltr,
    /// Right to left (Arabic, Hebrew, Persian, ...).
    Rtl,
}

impl TextDirection {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            TextDirection::Ltr => "ltr",
            TextDirection::Rtl => "rtl",
        }
    }
}

/// Which ports of the span get a page of their own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PortPages {
    /// Every port of the span: 65,536 pages per locale for the whole span.
    #[default]
    All,
    /// Ports the registry names (a service, or a reserved, de-registered or removed row)
    /// and ports with a curated entry; unassigned and unlisted ports are listed on their
    /// range page only, so the site fits hosts with file limits.
    Registered,
}

/// Markdown settings.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkdownConfig {
    /// Pass raw HTML in entries through an allow-list sanitizer instead of escaping it.
    #[serde(default)]
    pub allow_raw_html: bool,
}

fn default_range_size() -> u32 {
    1000
}

/// Why `site.yaml` could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("{}: cannot read the site configuration: {source} (run portsite in the folder that holds site.yaml, or pass --root)", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The IO error.
        source: std::io::Error,
    },
    /// site.yaml is a link leaving the site, a FIFO, a device, or over 1 MiB.
    #[error(transparent)]
    Source(crate::sources::SourceError),
    /// The YAML is malformed or does not match the expected fields.
    #[error("{message}")]
    Yaml {
        /// Where.
        span: Span,
        /// What is wrong.
        message: String,
    },
    /// A command-line value that overrides site.yaml breaks the rules site.yaml follows.
    #[error("{message}")]
    Argument {
        /// The option, its value, what is wrong.
        message: String,
    },
    /// The values parse but do not make sense together.
    #[error("{message}")]
    Invalid {
        /// The offending value (or its key) as written in site.yaml.
        span: Span,
        /// What is wrong.
        message: String,
        /// What to do about it.
        help: Option<String>,
    },
}

impl crate::diag::ToDiagnostics for ConfigError {
    fn diagnostics(&self) -> Vec<crate::diag::Diagnostic> {
        use crate::diag::{Diagnostic, Location};
        let d = match self {
            ConfigError::Read { path, source } => Diagnostic::error(
                "config",
                Location::File(path.clone()),
                format!("cannot read the site configuration ({source})"),
            )
            .with_help("run portsite in the folder that holds site.yaml, or pass --root"),
            ConfigError::Source(e) => {
                return (e.diagnostics().into_iter())
                    .map(|d| d.with_code("config"))
                    .collect();
            }
            ConfigError::Yaml { span, message } => {
                // yaml_serde ends its messages with " at line N column M", which the
                // location already says.
                let text = match message.rfind(" at line ") {
                    Some(at) if message[at..].contains(" column ") => &message[..at],
                    _ => message.as_str(),
                };
                Diagnostic::error("config", Location::At(span.clone()), text)
            }
            ConfigError::Invalid {
                span,
                message,
                help,
            } => {
                let d = Diagnostic::error("config", Location::At(span.clone()), message.as_str());
                match help {
                    Some(help) => d.with_help(help.as_str()),
                    None => d,
                }
            }
            ConfigError::Argument { message } => {
                Diagnostic::error("config", Location::Nowhere, message.as_str())
            }
        };
        vec![d]
    }
}

impl SiteConfig {
    /// Reads and validates `root/site.yaml`.
    pub fn load(root: &Path) -> Result<SiteConfig, ConfigError> {
        let path = root.join(CONFIG_FILE);
        let text = SiteRoot::new(root)
            .read_text(&path, MAX_CONFIG_BYTES)
            .map_err(|e| match e.problem {
                Problem::Io(source) => ConfigError::Read {
                    path: path.clone(),
                    source,
                },
                _ => ConfigError::Source(e),
            })?;
        SiteConfig::parse(Path::new(CONFIG_FILE), &text)
    }

    /// Parses and validates configuration text; `path` is used in messages.
    pub fn parse(path: &Path, text: &str) -> Result<SiteConfig, ConfigError> {
        let config: SiteConfig = yaml_serde::from_str(text).map_err(|err| {
            let mut at = err
                .location()
                .map_or((1, 1), |loc| (loc.line(), loc.column()));
            // serde names the mapping of a duplicate key; point at the second key instead.
            if err.to_string().contains("duplicate field")
                && let Some(second) = crate::content::duplicate_key_position(text)
            {
                at = second;
            }
            let (line, col) = at;
            ConfigError::Yaml {
                span: Span::new(path, line, col),
                message: err.to_string(),
            }
        })?;
        config.validate(&FieldPositions::scan(path, text, 1))?;
        Ok(config)
    }

    /// Checks what the types alone do not; `fields` says where each value is written.
    fn validate(&self, fields: &FieldPositions) -> Result<(), ConfigError> {
        let at = |field: &str| {
            (fields.value_span(field))
                .or_else(|| fields.span(field))
                .unwrap_or_else(|| Span::file(fields.path()))
        };
        let invalid = |field: &str, message: String, help: Option<&str>| ConfigError::Invalid {
            span: at(field),
            message,
            help: help.map(str::to_string),
        };
        if self.locales.is_empty() {
            return Err(invalid(
                "locales",
                "`locales` is empty".into(),
                Some("list at least one locale"),
            ));
        }
        if !self.locales.iter().any(|l| l.code == self.default_locale) {
            return Err(invalid(
                "default_locale",
                format!(
                    "default_locale `{}` is not in `locales` ({})",
                    self.default_locale,
                    self.locale_codes().join(", ")
                ),
                Some("add it to `locales` or pick one of those"),
            ));
        }
        for (i, locale) in self.locales.iter().enumerate() {
            let field = format!("locales[{i}].code");
            if let Some(problem) = LocaleCode::problem(&locale.code) {
                return Err(invalid(
                    &field,
                    problem,
                    Some("use letters, digits and `-` only"),
                ));
            }
            if self.locales[..i].iter().any(|l| l.code == locale.code) {
                return Err(invalid(
                    &field,
                    format!("locale `{}` is listed twice", locale.code),
                    Some("remove one of the two entries"),
                ));
            }
        }
        let url_help = Some("write an absolute URL such as `https://ports.example.org`");
        (crate::validate::base_url(self.base_url.as_str()))
            .map_err(|message| invalid("base_url", message, url_help))?;
        let names = std::iter::once(("title", "title".to_string(), &self.title)).chain(
            (self.locales.iter().enumerate())
                .map(|(i, l)| ("locales: name", format!("locales[{i}].name"), &l.name)),
        );
        for (what, field, text) in names {
            if let Some((_, problem)) = crate::content::text_problem(text) {
                // The text rules word each problem as "what it contains; what to do".
                let (problem, help) = problem.split_once("; ").unwrap_or((&problem, ""));
                return Err(invalid(
                    &field,
                    format!("{what} `{}` {problem}", text.escape_debug()),
                    Some(help).filter(|h| !h.is_empty()),
                ));
            }
        }
        for (what, value) in [("edit_url", &self.edit_url), ("new_url", &self.new_url)] {
            if let Some(value) = value {
                (crate::validate::link_prefix(value, what))
                    .map_err(|message| invalid(what, message, url_help))?;
            }
        }
        if let Some(endpoint) = &self.feedback_endpoint {
            (crate::validate::endpoint(endpoint, "feedback_endpoint")).map_err(|message| {
                let help = "write a URL such as `https://ports.example.org/feedback` or a \
                            site path such as `/feedback`";
                invalid("feedback_endpoint", message, Some(help))
            })?;
        }
        if self.range_size == 0 || self.range_size > 65536 {
            return Err(invalid(
                "range_size",
                "range_size must be between 1 and 65536".into(),
                None,
            ));
        }
        Ok(())
    }

    /// The codes of every locale, in configuration order.
    pub fn locale_codes(&self) -> Vec<LocaleCode> {
        self.locales.iter().map(|l| l.code.clone()).collect()
    }

    /// The default locale.
    pub fn default_locale(&self) -> &Locale {
        self.locales
            .iter()
            .find(|l| l.code == self.default_locale)
            .unwrap_or(&self.locales[0])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::ToDiagnostics;

    const MINIMAL: &str = "title: T\nbase_url: https://x.org\ndefault_locale: en\nlocales:\n  - {code: en, name: English}\n  - {code: ar, name: العربية, dir: rtl, format_locale: ar-EG}\n";

    #[test]
    fn minimal_config_gets_defaults() {
        let config = SiteConfig::parse(Path::new("site.yaml"), MINIMAL).unwrap();
        assert_eq!(config.ports, PortRange::ALL);
        assert_eq!(config.range_size, 1000);
        assert_eq!(config.port_pages, PortPages::All);
        assert_eq!(config.locales[1].dir, TextDirection::Rtl);
        assert!(!config.markdown.allow_raw_html);
    }

    #[test]
    fn unknown_key_names_line_and_column() {
        let text = format!("{MINIMAL}titel: oops\n");
        let err = SiteConfig::parse(Path::new("site.yaml"), &text).unwrap_err();
        let message = format!("{}: {err}", err.diagnostics()[0].location);
        assert!(
            message.starts_with("site.yaml:7:1: unknown field `titel`"),
            "{message}"
        );
    }

    #[test]
    fn port_pages_takes_all_or_registered_and_names_a_wrong_value() {
        let text = format!("{MINIMAL}port_pages: registered\n");
        let config = SiteConfig::parse(Path::new("site.yaml"), &text).unwrap();
        assert_eq!(config.port_pages, PortPages::Registered);
        let text = format!("{MINIMAL}port_pages: assigned\n");
        let err = SiteConfig::parse(Path::new("site.yaml"), &text).unwrap_err();
        let message = format!("{}: {err}", err.diagnostics()[0].location);
        assert!(
            message.starts_with(
                "site.yaml:7:13: port_pages: unknown variant `assigned`, expected `all` or `registered`"
            ),
            "{message}"
        );
    }

    #[test]
    fn duplicate_key_points_at_the_second_one() {
        let text = format!("{MINIMAL}\"title\" : again\n");
        let err = SiteConfig::parse(Path::new("site.yaml"), &text).unwrap_err();
        let message = format!("{}: {err}", err.diagnostics()[0].location);
        assert!(
            message.starts_with("site.yaml:7:1: duplicate field `title`"),
            "{message}"
        );
    }

    #[test]
    fn ports_are_read_from_from_and_to() {
        let text = format!("{MINIMAL}ports:\n  from: 3700\n  to: 3720\n");
        let config = SiteConfig::parse(Path::new("site.yaml"), &text).unwrap();
        assert_eq!(config.ports.to_string(), "3700-3720");
        assert_eq!(config.ports.len(), 21);
    }

    fn port_error(ports: &str) -> String {
        let text = format!("{MINIMAL}ports: {ports}\n");
        let err = SiteConfig::parse(Path::new("site.yaml"), &text).unwrap_err();
        format!("{}: {err}", err.diagnostics()[0].location)
    }

    #[test]
    fn a_span_from_above_to_is_refused_where_it_is_written() {
        let message = port_error("{from: 9, to: 3}");
        assert!(
            message.starts_with(
                "site.yaml:7:8: ports: `from` (9) is greater than `to` (3); the span runs"
            ),
            "{message}"
        );
    }

    #[test]
    fn span_mistakes_keep_serde_wording() {
        let message = port_error("{from: 0, to: 65536}");
        assert!(
            message.contains("ports.to: invalid value: integer `65536`, expected u16"),
            "{message}"
        );
        let message = port_error("{from: 0, upto: 5}");
        assert!(
            message.contains("ports: unknown field `upto`, expected `from` or `to`"),
            "{message}"
        );
        let message = port_error("{from: 0}");
        assert!(message.contains("ports: missing field `to`"), "{message}");
        let message = port_error("80");
        assert!(message.contains("expected struct PortSpan"), "{message}");
    }

    #[test]
    fn default_locale_must_be_listed() {
        let text = MINIMAL.replace("default_locale: en", "default_locale: fr");
        let err = SiteConfig::parse(Path::new("site.yaml"), &text).unwrap_err();
        assert!(
            err.to_string()
                .contains("default_locale `fr` is not in `locales` (en, ar)")
        );
    }
}
