//! `portsite new`: scaffolds a curated entry pre-filled from the registry, with the section
//! headings in the entry's own language.

use crate::diag::{Diagnostic, Location, ToDiagnostics};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::config::{ConfigError, LocaleCode, SiteConfig};
use crate::content::{ContentError, EntryDate, EntryMeta, parse_entry};
use crate::i18n::{Arg, I18nError, LocaleBundle, Localizer};
use crate::port::Port;
use crate::registry::{PortRegistry, Protocol, RegistryError};
use crate::sources::{Problem, SiteRoot, SourceError};

/// The Fluent messages of the scaffold's section headings, in page order; the checks
/// heading is followed by the `{{ checks }}` marker.
pub const HEADING_MESSAGES: [&str; 4] = [
    "new-heading-what",
    "new-heading-practice",
    "new-heading-checks",
    "new-heading-security",
];

/// Why no scaffold was written.
#[derive(Debug, thiserror::Error)]
pub enum ScaffoldError {
    /// The port number is above 65535.
    #[error("{0} is not a port number: ports run from 0 to 65535")]
    BadPort(u64),
    /// `site.yaml` is unusable.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// The locale is not configured.
    #[error("locale `{locale}` is not one of the site's locales ({}); use one of those, or add it to site.yaml", configured.join(", "))]
    UnknownLocale {
        /// The locale asked for.
        locale: String,
        /// The site's locale codes.
        configured: Vec<LocaleCode>,
    },
    /// The entry already exists.
    #[error("{} already exists; edit it instead (portsite never overwrites an entry)", path.display())]
    Exists {
        /// The existing file, relative to the site root.
        path: PathBuf,
    },
    /// The registry could not be read.
    #[error(transparent)]
    Registry(#[from] RegistryError),
    /// The locale files could not be read.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    I18n(Vec<I18nError>),
    /// The default-locale entry being translated is invalid.
    #[error(transparent)]
    Source(Box<ContentError>),
    /// The entry's folder leads out of the site through a symbolic link.
    #[error(transparent)]
    Unsafe(#[from] SourceError),
    /// The file could not be written.
    #[error("{}: cannot write the new entry ({source}); check that the folder is writable", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
}

// Boxed: a located content error is the largest variant by far.
impl From<ContentError> for ScaffoldError {
    fn from(e: ContentError) -> Self {
        ScaffoldError::Source(Box::new(e))
    }
}

impl ToDiagnostics for ScaffoldError {
    fn diagnostics(&self) -> Vec<Diagnostic> {
        let (location, message, help) = match self {
            ScaffoldError::Config(e) => return e.diagnostics(),
            ScaffoldError::Registry(e) => return e.diagnostics(),
            ScaffoldError::I18n(errors) => {
                return errors.iter().flat_map(|e| e.diagnostics()).collect();
            }
            ScaffoldError::Source(e) => return e.diagnostics(),
            ScaffoldError::Unsafe(e) => return e.diagnostics(),
            ScaffoldError::Write { path, source } => (
                Location::File(path.clone()),
                format!("cannot write the new entry ({source})"),
                Some("check that the folder is writable"),
            ),
            ScaffoldError::Exists { path } => (
                Location::File(path.clone()),
                "this entry already exists".to_string(),
                Some("edit it instead (portsite never overwrites an entry)"),
            ),
            ScaffoldError::BadPort(_) => (Location::Nowhere, self.to_string(), None),
            ScaffoldError::UnknownLocale { locale, configured } => (
                Location::Nowhere,
                format!(
                    "locale `{locale}` is not one of the site's locales ({})",
                    configured.join(", ")
                ),
                Some("use one of those, or add it to site.yaml"),
            ),
        };
        let d = Diagnostic::error("new", location, message);
        vec![match help {
            Some(help) => d.with_help(help),
            None => d,
        }]
    }
}

/// What `portsite new` asks for.
#[derive(Debug, Clone)]
pub struct NewRequest<'a> {
    /// The port, as typed (checked against 65535 here).
    pub port: u64,
    /// The locale; the site's default locale when `None`.
    pub locale: Option<&'a str>,
    /// The date written as `updated:`.
    pub today: EntryDate,
}

/// Writes `content/ports/<port>/index.<locale>.md` under `root` and returns its path
/// relative to `root`. Never overwrites an existing file.
pub fn create_entry(root: &Path, request: &NewRequest<'_>) -> Result<PathBuf, ScaffoldError> {
    let port = u16::try_from(request.port)
        .map(Port::new)
        .map_err(|_| ScaffoldError::BadPort(request.port))?;
    let config = SiteConfig::load(root)?;
    let codes = config.locale_codes();
    let asked = request.locale.unwrap_or(&config.default_locale);
    let Some(locale) = config.locale_id(asked).map(|id| &config.locale(id).code) else {
        return Err(ScaffoldError::UnknownLocale {
            locale: asked.to_string(),
            configured: codes,
        });
    };
    let rel = entry_path(port, locale);
    if root.join(&rel).exists() {
        return Err(ScaffoldError::Exists { path: rel });
    }
    let registry = PortRegistry::load(root)?;
    let localizer = load_localizer(root, &config)?;
    let bundle = localizer
        .bundle(locale)
        .unwrap_or(localizer.default_bundle());
    let original = if *locale == config.default_locale {
        None
    } else {
        original_entry(root, port, &config.default_locale, &codes)?
    };
    let text = render(port, &registry, bundle, request.today, original.as_ref())?;
    write_new(root, &rel, &text)?;
    Ok(rel)
}

fn entry_path(port: Port, locale: &LocaleCode) -> PathBuf {
    PathBuf::from(format!("content/ports/{port}/index.{locale}.md"))
}

fn load_localizer(root: &Path, config: &SiteConfig) -> Result<Localizer, ScaffoldError> {
    let specs = crate::site::locale_specs(config);
    Localizer::load(&root.join("locales"), &specs, &config.default_locale)
        .map_err(ScaffoldError::I18n)
}

/// The default-locale entry a new translation starts from, if there is one.
fn original_entry(
    root: &Path,
    port: Port,
    default: &LocaleCode,
    codes: &[LocaleCode],
) -> Result<Option<EntryMeta>, ScaffoldError> {
    let rel = entry_path(port, default);
    if std::fs::symlink_metadata(root.join(&rel)).is_err() {
        return Ok(None);
    }
    let bytes = crate::content::read_source(root, &rel)?;
    Ok(Some(parse_entry(&rel, &bytes, codes)?.meta))
}

/// The scaffold's text: front matter from the registry, then the localized headings.
fn render(
    port: Port,
    registry: &PortRegistry,
    bundle: &LocaleBundle,
    today: EntryDate,
    original: Option<&EntryMeta>,
) -> Result<String, ScaffoldError> {
    let info = registry.port(port);
    let msg = |id: &str, args: &[(&str, Arg<'_>)]| {
        bundle
            .format(id, args)
            .map_err(|e| ScaffoldError::I18n(vec![e]))
    };
    let (title, description) = title_and_description(&info, bundle)?;
    let mut text = String::from("---\n");
    text.push_str(&format!("title: {}\n", quote(&title)));
    text.push_str(&format!("description: {}\n", quote(&description)));
    match original {
        // A translation starts from what the original says: its protocols, tags, FAQ
        // (questions and answers to translate) and sources.
        Some(meta) => push_original(&mut text, meta, today),
        None => push_registry_facts(&mut text, &info, today, port),
    }
    text.push_str("---\n");
    for id in HEADING_MESSAGES {
        text.push_str(&format!("## {}\n\n", msg(id, &[])?));
        if id == "new-heading-checks" {
            text.push_str("{{ checks }}\n\n");
        }
    }
    Ok(text)
}

/// The page title and description in the entry's language, naming the registered service.
fn title_and_description(
    info: &crate::registry::PortInfo<'_>,
    bundle: &LocaleBundle,
) -> Result<(String, String), ScaffoldError> {
    let digits = info.port.to_string();
    // The same title a generated page has: every registered service name, listed the
    // locale's way ("Port 8080: http-alt"), never a description in parentheses.
    let names = info.service_names();
    let listed = bundle.and_list(&names);
    let count = i64::try_from(names.len()).unwrap_or(i64::MAX);
    let args = vec![
        ("port", Arg::Str(&digits)),
        ("names", Arg::Str(&listed)),
        ("count", Arg::Num(count)),
    ];
    let ids = if names.is_empty() {
        ["port-title", "port-description"]
    } else {
        ["port-title-named", "port-description-named"]
    };
    let msg = |id: &str| {
        bundle
            .format(id, &args)
            .map_err(|e| ScaffoldError::I18n(vec![e]))
    };
    Ok((msg(ids[0])?, msg(ids[1])?))
}

/// Front matter of a new entry: protocols from the registry, the IANA record as a source.
fn push_registry_facts(
    text: &mut String,
    info: &crate::registry::PortInfo<'_>,
    today: EntryDate,
    port: Port,
) {
    let mut protocols: Vec<Protocol> = info
        .services
        .iter()
        .map(|s| s.protocol)
        .filter(|p| *p != Protocol::Unspecified)
        .collect();
    protocols.sort_unstable();
    protocols.dedup();
    let protocols: Vec<&str> = protocols.iter().map(|p| p.as_str()).collect();
    text.push_str(&format!("protocols: [{}]\n", protocols.join(", ")));
    text.push_str("tags: []\n");
    text.push_str(&format!("updated: {today}\n"));
    text.push_str("faq: []\nsources:\n");
    text.push_str(&format!(
        "  - title: {}\n    url: \"https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search={port}\"\n",
        quote(&format!("IANA Service Name and Transport Protocol Port Number Registry: {port}"))
    ));
}

/// Front matter of a translation: the original's lists, to translate, and the date of the
/// original it starts from.
fn push_original(text: &mut String, meta: &EntryMeta, today: EntryDate) {
    let protocols: Vec<&str> = meta.protocols.iter().map(|p| p.as_str()).collect();
    text.push_str(&format!("protocols: [{}]\n", protocols.join(", ")));
    let tags: Vec<String> = meta.tags.iter().map(|t| quote(t)).collect();
    text.push_str(&format!("tags: [{}]\n", tags.join(", ")));
    text.push_str(&format!("updated: {today}\n"));
    if let Some(date) = meta.updated {
        text.push_str(&format!("source_updated: {date}\n"));
    }
    if meta.faq.is_empty() {
        text.push_str("faq: []\n");
    } else {
        text.push_str("faq:\n");
    }
    for item in &meta.faq {
        text.push_str(&format!("  - q: {}\n", quote(&item.q)));
        if let Some(subject) = item.replaces {
            text.push_str(&format!("    replaces: {}\n", subject.as_str()));
        }
        text.push_str(&format!("    a: {}\n", quote(&item.a)));
    }
    text.push_str(if meta.sources.is_empty() {
        "sources: []\n"
    } else {
        "sources:\n"
    });
    for source in &meta.sources {
        text.push_str(&format!(
            "  - title: {}\n    url: {}\n",
            quote(&source.title),
            quote(&source.url)
        ));
    }
}

/// A YAML double-quoted scalar; JSON string syntax is a subset of it.
fn quote(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_string())
}

fn write_new(root: &Path, rel: &Path, text: &str) -> Result<(), ScaffoldError> {
    let full = root.join(rel);
    let write_err = |source| ScaffoldError::Write {
        path: rel.to_path_buf(),
        source,
    };
    if let Some(dir) = full.parent() {
        // A port folder (or `content/ports`) that leads out of the site through a link must
        // not receive the new file, nor have folders created there.
        let site = SiteRoot::new(root);
        let real_root = crate::validate::resolve_path(root).map_err(write_err)?;
        let real_dir = crate::validate::resolve_path(dir).map_err(write_err)?;
        if !real_dir.starts_with(&real_root) {
            return Err(ScaffoldError::Unsafe(SourceError {
                path: site.relative(dir).to_path_buf(),
                problem: Problem::Outside { target: real_dir },
            }));
        }
        std::fs::create_dir_all(dir).map_err(write_err)?;
        site.contain(dir)?;
    }
    // `create_new` closes the race between the existence check and the write.
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&full)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => ScaffoldError::Exists {
                path: rel.to_path_buf(),
            },
            _ => write_err(e),
        })?;
    file.write_all(text.as_bytes()).map_err(write_err)
}
