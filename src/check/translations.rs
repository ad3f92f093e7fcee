//! The translation report: curated entries a locale lacks, and translations older than the
//! entry they were translated from (the rule is in `content::translations`). Every warning
//! points at a front matter position the content stage recorded.

use crate::config::{LocaleCode, SiteConfig};
use crate::content::{ContentSet, Entry, EntryDate, TranslationState, translation_status};
use crate::diag::{Diagnostic, Location, Span};
use crate::port::Port;

/// One warning per missing or stale translation of a default-locale entry.
pub(crate) fn report(config: &SiteConfig, content: &ContentSet) -> Vec<Diagnostic> {
    let codes = config.locale_codes();
    let mut out = Vec::new();
    let entries: Vec<_> = content.entries.iter().collect();
    let find = |port: Port, locale: &str| {
        (entries.iter().copied()).find(|e| e.port == port && e.locale == locale)
    };
    for entry in translation_status(&entries, &codes, &config.default_locale) {
        let Some(original) = find(entry.port, &config.default_locale) else {
            continue;
        };
        for locale in &entry.locales {
            match (&locale.state, find(entry.port, &locale.locale)) {
                (TranslationState::Missing, _) => {
                    out.push(missing(original, &locale.locale));
                }
                (
                    TranslationState::Stale {
                        source_updated,
                        original_updated,
                    },
                    Some(translation),
                ) => out.push(stale(
                    original,
                    translation,
                    *source_updated,
                    *original_updated,
                )),
                _ => {}
            }
        }
    }
    out
}

/// Points at the original's title in its front matter: the text to translate, since the
/// missing file has no position of its own.
fn missing(original: &Entry, code: &LocaleCode) -> Diagnostic {
    let port = original.port;
    let span =
        (original.fields.value_span("title")).unwrap_or_else(|| Span::new(&original.path, 1, 1));
    Diagnostic::warning(
        "missing-translation",
        Location::At(span),
        format!("port {port} has no `{code}` translation"),
    )
    .with_label(format!("this entry has no `{code}` version"))
    .with_help(format!(
        "write one with `portsite new {port} --locale {code}` (creates \
         content/ports/{port}/index.{code}.md)"
    ))
}

/// Points at the translation's `source_updated` date, or at its front matter's first line
/// when it has none.
fn stale(
    original: &Entry,
    translation: &Entry,
    source_updated: Option<EntryDate>,
    updated: EntryDate,
) -> Diagnostic {
    let source_path = original.path.display();
    let (message, label, help) = match source_updated {
        Some(done) => (
            format!(
                "stale translation: `source_updated: {done}` is older than `updated: \
                 {updated}` of {source_path}"
            ),
            format!("translated from the version of {done}"),
            format!("bring the translation up to date, then set `source_updated: {updated}`"),
        ),
        None => (
            format!(
                "stale translation: no `source_updated`, and {source_path} was updated on \
                 {updated}"
            ),
            "this front matter has no `source_updated`".to_string(),
            format!("check the translation against it, then add `source_updated: {updated}`"),
        ),
    };
    let span = (translation.fields.value_span("source_updated"))
        .unwrap_or_else(|| Span::new(&translation.path, 1, 1));
    Diagnostic::warning("stale-translation", Location::At(span), message)
        .with_label(label)
        .with_help(help)
}
