//! The two ways a locale is named: [`LocaleCode`], the code written in `site.yaml`, file
//! names and URLs (`tr`, `pt-BR`), and [`LocaleId`], a configured locale's position in
//! `site.yaml`'s `locales` list, which the page plan and the renderers pass around.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Serialize};

use super::{Locale, SiteConfig};

/// A locale code such as `tr` or `pt-BR`: ASCII letters, digits and `-`, never empty.
///
/// The codes of `site.yaml` are checked by `SiteConfig::parse` (with the message and
/// location it has always given); any other code is made through [`LocaleCode::new`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(transparent)]
pub struct LocaleCode(String);

impl LocaleCode {
    /// Checks `code`: the text of the error says what is wrong.
    pub fn new(code: &str) -> Result<LocaleCode, String> {
        match LocaleCode::problem(code) {
            Some(problem) => Err(problem),
            None => Ok(LocaleCode(code.to_string())),
        }
    }

    /// Why `code` is not a locale code, if it is not.
    pub(super) fn problem(code: &str) -> Option<String> {
        let valid = !code.is_empty() && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        (!valid)
            .then(|| format!("locale code `{code}` is not a BCP 47 tag such as `tr` or `pt-BR`"))
    }

    /// The code as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for LocaleCode {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for LocaleCode {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for LocaleCode {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// A code is one safe path segment (no `/`, `.` or `..`): the folder `locales/<code>/`.
impl AsRef<std::path::Path> for LocaleCode {
    fn as_ref(&self) -> &std::path::Path {
        std::path::Path::new(&self.0)
    }
}

impl PartialEq<str> for LocaleCode {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for LocaleCode {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl fmt::Display for LocaleCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One of the site's locales, by its position in `site.yaml`'s `locales` list.
///
/// Made only from a site's configuration ([`SiteConfig::locale_ids`],
/// [`SiteConfig::locale_id`]) or its page plan, so it always names a configured locale of
/// that site. It is `Copy` and a word wide: pages, cache keys and render calls carry it.
/// Serialized as the plain index (the templates' `t()` reads it from the context).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct LocaleId(usize);

impl LocaleId {
    /// The locale at `index` of a site's locale list; only for code that enumerates that
    /// list (the configuration and the page plan).
    pub(crate) fn from_index(index: usize) -> LocaleId {
        LocaleId(index)
    }

    /// The position in the site's locale list, to index per-locale tables with.
    pub fn index(self) -> usize {
        self.0
    }
}

impl SiteConfig {
    /// Every locale of the site, in configuration order.
    pub fn locale_ids(&self) -> impl Iterator<Item = LocaleId> + Clone + use<> {
        (0..self.locales.len()).map(LocaleId)
    }

    /// The locale configured with `code`, if any.
    pub fn locale_id(&self, code: &str) -> Option<LocaleId> {
        self.locales
            .iter()
            .position(|l| l.code == code)
            .map(LocaleId)
    }

    /// The locale served at the site's root.
    pub fn default_locale_id(&self) -> LocaleId {
        self.locale_id(&self.default_locale).unwrap_or(LocaleId(0))
    }

    /// The configuration of locale `id`.
    pub fn locale(&self, id: LocaleId) -> &Locale {
        &self.locales[id.0]
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn codes_are_letters_digits_and_dashes() {
        assert_eq!(LocaleCode::new("pt-BR").unwrap().as_str(), "pt-BR");
        for bad in ["", "t r", "tr/..", "tr_TR", "ä"] {
            let err = LocaleCode::new(bad).unwrap_err();
            assert!(err.contains("is not a BCP 47 tag"), "{bad:?}: {err}");
        }
    }

    #[test]
    fn ids_follow_the_configured_order() {
        let yaml = "title: T\nbase_url: https://x.org\ndefault_locale: tr\nlocales:\n  - {code: en, name: English}\n  - {code: tr, name: Türkçe}\n";
        let config = SiteConfig::parse(Path::new("site.yaml"), yaml).unwrap();
        let ids: Vec<LocaleId> = config.locale_ids().collect();
        assert_eq!(ids, [LocaleId(0), LocaleId(1)]);
        assert_eq!(config.locale_id("tr"), Some(LocaleId(1)));
        assert_eq!(config.locale_id("de"), None);
        assert_eq!(config.default_locale_id(), LocaleId(1));
        assert_eq!(config.locale(LocaleId(1)).code, "tr");
    }

    #[test]
    fn site_yaml_codes_are_checked() {
        let yaml = "title: T\nbase_url: https://x.org\ndefault_locale: en\nlocales:\n  - {code: en, name: English}\n  - {code: 't r', name: X}\n";
        let err = SiteConfig::parse(Path::new("site.yaml"), yaml).unwrap_err();
        assert!(
            err.to_string()
                .contains("locale code `t r` is not a BCP 47 tag such as `tr` or `pt-BR`"),
            "{err}"
        );
    }
}
