//! Behaviour tests for the content stage, one file per feature.

mod checks_file;
mod entry_errors;
mod entry_ok;
mod loading;

use std::path::{Path, PathBuf};

pub(super) fn locales() -> Vec<crate::config::LocaleCode> {
    ["en", "tr", "de", "ar"]
        .map(|c| crate::config::LocaleCode::new(c).unwrap())
        .to_vec()
}

pub(super) const TR_3712: &str = "content/ports/3712/index.tr.md";

/// The message a user would see for `text` as the Turkish 3712 entry.
pub(super) fn entry_error(text: &str) -> String {
    super::parse_entry(Path::new(TR_3712), text.as_bytes(), &locales())
        .unwrap_err()
        .located()
}

pub(super) fn fixture(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/content")
        .join(case)
}
