//! The translation report: curated entries a locale lacks, and translations older than the
//! entry they were translated from (the rule is in `content::translations`).

use std::path::Path;

use crate::diag::{Diagnostic, Location, Span};
use super::stages::locate_line;
use crate::config::SiteConfig;
use crate::content::{ContentSet, EntryDate, TranslationState, translation_status};

/// One warning per missing or stale translation of a default-locale entry.
pub(crate) fn report(root: &Path, config: &SiteConfig, content: &ContentSet) -> Vec<Diagnostic> {
    let codes = config.locale_codes();
    let mut out = Vec::new();
    let entries: Vec<_> = content.entries.iter().collect();
    for entry in translation_status(&entries, &codes, &config.default_locale) {
        for locale in &entry.locales {
            match &locale.state {
                TranslationState::Original | TranslationState::Translated => {}
                TranslationState::Missing => {
                    out.push(missing(&entry.original, entry.port, &locale.locale));
                }
                TranslationState::Stale {
                    source_updated,
                    original_updated,
                } => out.push(stale(
                    root,
                    &entry.original,
                    &locale.path,
                    *source_updated,
                    *original_updated,
                )),
            }
        }
    }
    out
}

/// Points at the original's front matter (it opens on the file's first line): the text to
/// translate, since the missing file has no position of its own.
fn missing(original: &Path, port: u16, code: &str) -> Diagnostic {
    Diagnostic::warning(
        "missing-translation",
        Location::At(Span::new(original, 1, 1)),
        format!("port {port} has no `{code}` translation"),
    )
    .with_label(format!("this entry has no `{code}` version"))
    .with_help(format!(
        "write one with `portsite new {port} --locale {code}` (creates \
         content/ports/{port}/index.{code}.md)"
    ))
}

fn stale(
    root: &Path,
    original: &Path,
    translation: &Path,
    source_updated: Option<EntryDate>,
    updated: EntryDate,
) -> Diagnostic {
    let source_path = original.display();
    let message = match source_updated {
        Some(done) => format!(
            "stale translation: `source_updated: {done}` is older than `updated: {updated}` \
             of {source_path}; bring the translation up to date, then set \
             `source_updated: {updated}`"
        ),
        None => format!(
            "stale translation: no `source_updated`, and {source_path} was updated on \
             {updated}; check the translation against it, then add `source_updated: {updated}`"
        ),
    };
    let location = if source_updated.is_some() {
        let text = std::fs::read_to_string(root.join(translation)).unwrap_or_default();
        shift_past_newline(locate_line(translation, &text, "\nsource_updated:"))
    } else {
        Location::File(translation.to_path_buf())
    };
    Diagnostic::warning("stale-translation", location, message)
}

/// `locate_line` found the newline before the key; the key is on the next line.
fn shift_past_newline(location: Location) -> Location {
    match location {
        Location::At(mut span) => {
            span.line += 1;
            span.col = 1;
            Location::At(span)
        }
        other => other,
    }
}
