//! Loading content: curated entries, home page texts and check commands from `content/`.
//!
//! Everything here is strict: unknown front matter keys, impossible dates, misnamed files
//! and duplicate pages are errors pointing at `file:line:col`, collected all at once.

mod checks;
mod date;
mod discover;
mod entry;
mod error;
mod front_matter;
mod meta;
mod path;
mod positions;
mod text;
mod today;
mod translations;
mod yaml;
mod yaml_scan;

#[cfg(test)]
mod tests;

pub use checks::{
    CHECKS_PATH, CheckCommand, CheckPlatform, Checks, PORT_PLACEHOLDER, PlatformId, load_checks,
    parse_checks,
};
pub use date::{DateError, EntryDate};
pub(crate) use discover::read_limited as read_source;
pub use discover::{ContentSet, load_content};
pub use entry::{Entry, HomeText, parse_entry, parse_home};
pub use error::{ContentError, MAX_FILE_BYTES};
pub use front_matter::{FrontMatter, split_front_matter};
pub use meta::{EntryMeta, FaqItem, GeneratedQuestion, SourceLink, Transport};
pub use path::{ContentPath, parse_entry_path};
pub use positions::FieldPositions;
pub(crate) use text::first_problem as text_problem;
pub use today::today;
pub use translations::{
    EntryTranslations, LocaleTranslation, TranslationState, translation_status,
};
pub(crate) use yaml_scan::duplicate_key_position;
