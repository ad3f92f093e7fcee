//! Which curated entries each locale has translated, and which translations are stale.
//!
//! The rule: a translation's `source_updated` must be at least the default-locale entry's
//! `updated`. A translation without `source_updated`, or with an older one, is stale.
//! `portsite check` warns from this table, and the contributors' status page shows it.

use std::path::PathBuf;

use super::date::EntryDate;
use super::entry::Entry;
use crate::config::LocaleCode;
use crate::port::Port;

/// Where one locale stands on one curated entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TranslationState {
    /// The entry in the default locale, which the others translate.
    Original,
    /// A translation at least as new as the original.
    Translated,
    /// A translation older than the original's `updated`, or without `source_updated`.
    Stale {
        /// The translation's `source_updated`, if it has one.
        source_updated: Option<EntryDate>,
        /// The original's `updated`.
        original_updated: EntryDate,
    },
    /// No file for this locale.
    Missing,
}

impl TranslationState {
    /// A stable name: `original`, `translated`, `stale` or `missing`.
    pub fn as_str(&self) -> &'static str {
        match self {
            TranslationState::Original => "original",
            TranslationState::Translated => "translated",
            TranslationState::Stale { .. } => "stale",
            TranslationState::Missing => "missing",
        }
    }
}

/// One locale's file of a curated entry and its state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleTranslation {
    /// The locale code.
    pub locale: LocaleCode,
    /// Where the file is, or would be (relative to the site root).
    pub path: PathBuf,
    /// Its state.
    pub state: TranslationState,
}

/// Every locale's state of one curated entry that exists in the default locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryTranslations {
    /// The port.
    pub port: Port,
    /// The original, in the default locale.
    pub original: PathBuf,
    /// One item per site locale, in the site's order (the default locale included).
    pub locales: Vec<LocaleTranslation>,
}

/// The translation table of `entries` for the site's locale `codes`; entries that exist
/// only in other locales than `default` have no original to translate and are left out.
pub fn translation_status(
    entries: &[&Entry],
    codes: &[LocaleCode],
    default: &LocaleCode,
) -> Vec<EntryTranslations> {
    let mut ports: Vec<Port> = entries.iter().map(|e| e.port).collect();
    ports.sort_unstable();
    ports.dedup();
    ports
        .into_iter()
        .filter_map(|port| {
            let of = |code: &str| entries.iter().find(|e| e.port == port && e.locale == code);
            let original = of(default)?;
            let locales = codes
                .iter()
                .map(|code| LocaleTranslation {
                    locale: code.clone(),
                    path: PathBuf::from(format!("content/ports/{port}/index.{code}.md")),
                    state: match of(code) {
                        _ if code == default => TranslationState::Original,
                        None => TranslationState::Missing,
                        Some(translation) => state_of(original, translation),
                    },
                })
                .collect();
            Some(EntryTranslations {
                port,
                original: original.path.clone(),
                locales,
            })
        })
        .collect()
}

fn state_of(original: &Entry, translation: &Entry) -> TranslationState {
    let Some(original_updated) = original.meta.updated else {
        return TranslationState::Translated;
    };
    match translation.meta.source_updated {
        Some(done) if done >= original_updated => TranslationState::Translated,
        source_updated => TranslationState::Stale {
            source_updated,
            original_updated,
        },
    }
}
