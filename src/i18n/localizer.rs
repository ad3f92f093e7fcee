//! Loading every locale once per build, and the translation-gap report.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use icu_locale::Locale;
use unic_langid::LanguageIdentifier;

use super::LocaleSpec;
use super::bundle::LocaleBundle;
use super::dates::{DATE_PATTERNS, month_id};
use super::error::{I18nError, I18nWarning};
use super::lists::LocaleLists;
use super::numbers::LocaleNumbers;
use super::plural::PluralSelection;
use super::source::{LocaleSource, read_locale};
use crate::config::LocaleCode;
use crate::diag::Span;
use crate::sources::SiteRoot;

/// All locales' messages, built once per build and shared read-only (it is `Send + Sync`).
#[derive(Debug)]
pub struct Localizer {
    default: Arc<LocaleBundle>,
    /// The other locales, in configuration order.
    others: Vec<LocaleBundle>,
    warnings: Vec<I18nWarning>,
}

/// What a locale needs before its bundle can be built.
struct Prepared {
    spec: LocaleSpec,
    language: LanguageIdentifier,
    numbers: LocaleNumbers,
    lists: LocaleLists,
    plurals: PluralSelection,
    source: LocaleSource,
}

impl Localizer {
    /// Reads `locales_dir/<code>/*.ftl` for every locale and builds their bundles.
    ///
    /// Every problem of every locale is reported, not just the first: unreadable or
    /// missing folders, each syntax error with its `file:line:col`, duplicate ids.
    pub fn load(
        locales_dir: &Path,
        locales: &[LocaleSpec],
        default: &LocaleCode,
    ) -> Result<Localizer, Vec<I18nError>> {
        let mut errors = Vec::new();
        let mut prepared = Vec::with_capacity(locales.len());
        let site = SiteRoot::of_source_dir(locales_dir);
        for spec in locales {
            match prepare(&site, locales_dir, spec) {
                Ok(ready) => prepared.push(ready),
                Err(mut problems) => errors.append(&mut problems),
            }
        }
        let is_default = |spec: &LocaleSpec| spec.code == *default;
        if !locales.iter().any(is_default) {
            errors.push(I18nError::UnknownDefault {
                default: default.clone(),
            });
        }
        match prepared.iter().position(|ready| is_default(&ready.spec)) {
            Some(index) if errors.is_empty() => {
                let default_ready = prepared.remove(index);
                Ok(Self::assemble(default_ready, prepared))
            }
            _ => Err(errors),
        }
    }

    fn assemble(default_ready: Prepared, others: Vec<Prepared>) -> Localizer {
        let default = Arc::new(build(default_ready, None).0);
        let mut warnings: Vec<I18nWarning> = date_warnings(&default).into_iter().collect();
        let mut bundles = Vec::with_capacity(others.len());
        for ready in others {
            let (bundle, definitions) = build(ready, Some(Arc::clone(&default)));
            warnings.extend(gap_warnings(&default, &bundle, &definitions));
            bundles.push(bundle);
        }
        Localizer {
            default,
            others: bundles,
            warnings,
        }
    }

    /// The bundle of locale `code`, if it is configured.
    pub fn bundle(&self, code: &str) -> Option<&LocaleBundle> {
        if self.default.code() == code {
            return Some(&self.default);
        }
        self.others.iter().find(|bundle| bundle.code() == code)
    }

    /// The bundle of locale `code`, or the default locale's when `code` is not configured.
    pub fn bundle_or_default(&self, code: &str) -> &LocaleBundle {
        self.bundle(code).unwrap_or(&self.default)
    }

    /// The default locale's bundle, which every other locale falls back to.
    pub fn default_bundle(&self) -> &LocaleBundle {
        &self.default
    }

    /// Every locale's bundle, the default first, then the others in configuration order.
    pub fn bundles(&self) -> impl Iterator<Item = &LocaleBundle> {
        std::iter::once(&*self.default).chain(&self.others)
    }

    /// Translation gaps found at load time, in configuration order.
    pub fn warnings(&self) -> &[I18nWarning] {
        &self.warnings
    }
}

fn prepare(
    site: &SiteRoot,
    locales_dir: &Path,
    spec: &LocaleSpec,
) -> Result<Prepared, Vec<I18nError>> {
    let formats = locale_formats(spec);
    let source = read_locale(site, &spec.code, &locales_dir.join(&spec.code));
    match (formats, source) {
        (Ok((language, numbers, lists, plurals)), Ok(source)) => Ok(Prepared {
            spec: spec.clone(),
            language,
            numbers,
            lists,
            plurals,
            source,
        }),
        (formats, source) => {
            let mut errors: Vec<I18nError> = formats.err().into_iter().collect();
            errors.extend(source.err().into_iter().flatten());
            Err(errors)
        }
    }
}

/// The language, number and plural data of a locale's `format_locale`.
fn locale_formats(
    spec: &LocaleSpec,
) -> Result<
    (
        LanguageIdentifier,
        LocaleNumbers,
        LocaleLists,
        PluralSelection,
    ),
    I18nError,
> {
    let invalid = |value: &str, reason: String| I18nError::InvalidLocale {
        code: spec.code.clone(),
        value: value.to_owned(),
        reason,
    };
    spec.code
        .parse::<LanguageIdentifier>()
        .map_err(|e| invalid(&spec.code, e.to_string()))?;
    let format_locale = spec.format_locale.as_str();
    let language = format_locale
        .parse::<LanguageIdentifier>()
        .map_err(|e| invalid(format_locale, e.to_string()))?;
    let locale = format_locale
        .parse::<Locale>()
        .map_err(|e| invalid(format_locale, e.to_string()))?;
    let numbers = LocaleNumbers::new(&locale).map_err(|e| invalid(format_locale, e))?;
    let lists = LocaleLists::new(&locale).map_err(|e| invalid(format_locale, e))?;
    let plurals =
        PluralSelection::new(&locale, &language).map_err(|e| invalid(format_locale, e))?;
    Ok((language, numbers, lists, plurals))
}

fn build(
    ready: Prepared,
    fallback: Option<Arc<LocaleBundle>>,
) -> (LocaleBundle, HashMap<String, Span>) {
    let Prepared {
        spec,
        language,
        numbers,
        lists,
        plurals,
        source,
    } = ready;
    let bundle = LocaleBundle::new(
        spec.code,
        language,
        (source.resources, source.definitions.clone()),
        numbers,
        lists,
        plurals,
        fallback,
    );
    (bundle, source.definitions)
}

/// Messages the default has and `bundle` lacks, then messages only `bundle` has.
fn gap_warnings(
    default: &LocaleBundle,
    bundle: &LocaleBundle,
    definitions: &HashMap<String, Span>,
) -> Vec<I18nWarning> {
    let own: HashSet<&str> = bundle.message_ids().iter().map(String::as_str).collect();
    let base: HashSet<&str> = default.message_ids().iter().map(String::as_str).collect();
    let locale = bundle.code();
    let mut warnings: Vec<I18nWarning> = default
        .message_ids()
        .iter()
        .filter(|id| !own.contains(id.as_str()))
        .map(|id| I18nWarning::MissingMessage {
            locale: locale.to_owned(),
            id: id.clone(),
        })
        .collect();
    for id in bundle.message_ids() {
        if !base.contains(id.as_str()) {
            let span = definitions
                .get(id)
                .cloned()
                .unwrap_or_else(|| Span::file(locale.as_str()));
            warnings.push(I18nWarning::ExtraMessage {
                locale: locale.to_owned(),
                id: id.clone(),
                span,
            });
        }
    }
    warnings
}

/// Date formatting needs these in the default locale; without them dates show as ISO 8601.
fn date_warnings(default: &LocaleBundle) -> Option<I18nWarning> {
    let months = (1..=12).map(month_id);
    let patterns = DATE_PATTERNS.iter().map(|id| (*id).to_owned());
    let missing: Vec<String> = months
        .chain(patterns)
        .filter(|id| !default.has(id))
        .collect();
    (!missing.is_empty()).then(|| I18nWarning::MissingDateMessages {
        locale: default.code().to_owned(),
        ids: missing,
    })
}
