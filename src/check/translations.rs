//! The translation report: curated entries a locale lacks, and translations older than the
//! entry they were translated from.
//!
//! The rule: a translation's `source_updated` must be at least the default-locale entry's
//! `updated`. A translation without `source_updated`, or with an older one, is stale.

use std::collections::BTreeMap;
use std::path::Path;

use super::diagnostic::{Diagnostic, Location};
use super::stages::locate_line;
use crate::config::SiteConfig;
use crate::content::{ContentSet, Entry};

/// One warning per missing or stale translation of a default-locale entry.
pub(crate) fn report(root: &Path, config: &SiteConfig, content: &ContentSet) -> Vec<Diagnostic> {
    let mut by_port: BTreeMap<u16, Vec<&Entry>> = BTreeMap::new();
    for entry in &content.entries {
        by_port.entry(entry.port).or_default().push(entry);
    }
    let default = config.default_locale.as_str();
    let mut out = Vec::new();
    for entries in by_port.values() {
        let Some(source) = entries.iter().find(|e| e.locale == default) else {
            continue;
        };
        for code in config.locale_codes().iter().filter(|c| *c != default) {
            match entries.iter().find(|e| e.locale == *code) {
                None => out.push(missing(source, code)),
                Some(translation) => out.extend(stale(root, source, translation)),
            }
        }
    }
    out
}

fn missing(source: &Entry, code: &str) -> Diagnostic {
    let port = source.port;
    Diagnostic::warning(
        "missing-translation",
        Location::File(source.path.clone()),
        format!(
            "port {port} has no `{code}` translation; write one with \
             `portsite new {port} --locale {code}` (creates content/ports/{port}/index.{code}.md)"
        ),
    )
}

fn stale(root: &Path, source: &Entry, translation: &Entry) -> Option<Diagnostic> {
    let updated = source.meta.updated?;
    let text = std::fs::read_to_string(root.join(&translation.path)).unwrap_or_default();
    let source_path = source.path.display();
    let message = match translation.meta.source_updated {
        Some(done) if done >= updated => return None,
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
    let location = if translation.meta.source_updated.is_some() {
        locate_line(&translation.path, &text, "\nsource_updated:")
    } else {
        Location::File(translation.path.clone())
    };
    Some(Diagnostic::warning(
        "stale-translation",
        shift_past_newline(location),
        message,
    ))
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
