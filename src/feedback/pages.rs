//! Which pages the site has, and in which locale: what tells a real page from an invented one.

use std::collections::HashMap;

use crate::config::{LocaleCode, LocaleId};
use crate::model::{Page, PageKind};
use crate::site::LoadedSite;

/// Every page a reader can vote on, by its site path (`/tr/ports/3712/`), with its locale.
#[derive(Debug, Clone, Default)]
pub struct SitePages {
    /// Path → its locale.
    pages: HashMap<Box<str>, LocaleId>,
    /// Locale codes in `site.yaml` order.
    locales: Vec<LocaleCode>,
    /// The site's origin (`https://ports.example.org`), for CORS.
    origin: String,
}

impl SitePages {
    /// Builds the set from `(locale, page path)` pairs, the locales being positions in
    /// `locales`; for tests and [`site_pages`].
    pub fn new(
        locales: Vec<LocaleCode>,
        origin: String,
        pages: impl IntoIterator<Item = (LocaleId, String)>,
    ) -> SitePages {
        let pages = pages
            .into_iter()
            .map(|(locale, path)| (path.into_boxed_str(), locale))
            .collect();
        SitePages {
            pages,
            locales,
            origin,
        }
    }

    /// The locale code of the page at `path`, or `None` when the site has no such page.
    pub fn locale_of(&self, path: &str) -> Option<&LocaleCode> {
        let locale = *self.pages.get(path)?;
        self.locales.get(locale.index())
    }

    /// Whether `code` (as a reader's browser sent it) is one of the site's locales.
    pub fn has_locale(&self, code: &str) -> bool {
        self.locales.iter().any(|l| l == code)
    }

    /// The site's locale codes, in `site.yaml` order.
    pub fn locales(&self) -> &[LocaleCode] {
        &self.locales
    }

    /// The site's origin, `scheme://host[:port]`.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// How many pages there are.
    pub fn len(&self) -> usize {
        self.pages.len()
    }

    /// Whether the site has no page at all.
    pub fn is_empty(&self) -> bool {
        self.pages.is_empty()
    }
}

/// The pages of a loaded site, asked of the one page plan (`model::SitePlan`) that `build`
/// and `serve` use. The 404 and contributors' pages are left out: they carry no prompt,
/// and a vote on them tells the publisher nothing about a page readers came for.
pub fn site_pages(site: &LoadedSite) -> SitePages {
    let plan = &site.plan;
    let pages = plan.html_pages().filter_map(|page| match page {
        Page::Html {
            kind: PageKind::NotFound | PageKind::Translations,
            ..
        } => None,
        Page::Html { locale, .. } => Some((locale, plan.url(&page).as_str().to_string())),
        _ => None,
    });
    SitePages::new(
        site.config.locale_codes(),
        origin_of(site.config.base_url.as_str()),
        pages,
    )
}

/// `scheme://host[:port]` of a base URL such as `https://ports.example.org/docs`.
pub fn origin_of(base_url: &str) -> String {
    let after_scheme = base_url.find("://").map_or(0, |i| i + 3);
    let end = base_url[after_scheme..]
        .find('/')
        .map_or(base_url.len(), |i| after_scheme + i);
    base_url[..end].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origin_drops_the_path() {
        assert_eq!(
            origin_of("https://ports.example.org"),
            "https://ports.example.org"
        );
        assert_eq!(
            origin_of("http://127.0.0.1:8080/site/"),
            "http://127.0.0.1:8080"
        );
    }

    #[test]
    fn a_page_knows_its_locale() {
        let codes = ["en", "tr"].map(|c| LocaleCode::new(c).unwrap());
        let pages = SitePages::new(
            codes.to_vec(),
            "https://x".into(),
            [
                (LocaleId::from_index(0), "/ports/80/".into()),
                (LocaleId::from_index(1), "/tr/ports/80/".into()),
            ],
        );
        assert_eq!(pages.locale_of("/tr/ports/80/"), Some(&codes[1]));
        assert_eq!(pages.locale_of("/ports/80/"), Some(&codes[0]));
        assert_eq!(pages.locale_of("/de/ports/80/"), None);
        assert!(pages.has_locale("tr") && !pages.has_locale("de"));
    }
}
