//! One planned page rendered to bytes: the function `build` writes every file with and
//! `serve` answers every request with, so both give the same bytes for the same sources.

use std::sync::OnceLock;

use super::{BuildError, LoadedSite};
use crate::config::LocaleId;
use crate::model::{AbsoluteUrl, Page, PageKind};
use crate::output::{self, OutputError, SitemapLimits, search::Shards};
use crate::render;

/// What is computed from the whole site at once and shared by many files: a locale's search
/// shards, and how many sitemap files a locale has. Computed when first needed and kept
/// for the life of the [`LoadedSite`], which a source change replaces.
#[derive(Debug, Default)]
pub struct Derived {
    shards: Vec<OnceLock<Shards>>,
    sitemaps: Vec<OnceLock<usize>>,
}

impl Derived {
    /// Nothing computed yet, for `locales` locales.
    pub fn new(locales: usize) -> Derived {
        Derived {
            shards: (0..locales).map(|_| OnceLock::new()).collect(),
            sitemaps: (0..locales).map(|_| OnceLock::new()).collect(),
        }
    }

    /// Records how many sitemap files a locale has, found while writing them.
    pub(super) fn know_sitemaps(&self, locale: LocaleId, count: usize) {
        // Set at most once per site; a second value would be the same number.
        let _ = self.sitemaps[locale.index()].set(count);
    }
}

impl LoadedSite {
    /// Renders `page` into `out` (cleared first). `Ok(false)` when the plan's URL shape has
    /// no file behind it: a shard key no word starts with, a sitemap number past the last,
    /// a static file that is not there, a search page the templates do not define.
    pub fn render_page(&self, page: &Page, out: &mut Vec<u8>) -> Result<bool, BuildError> {
        out.clear();
        let view = self.view();
        match page {
            Page::Html { locale, kind } => self.render_html(*locale, *kind, out)?,
            Page::Search { locale } => {
                return Ok(output::render_search_page(&view, *locale, out)?);
            }
            Page::SearchShard { locale, key } => {
                let shards = self.search_shards(*locale);
                let Ok(at) = shards.binary_search_by(|(k, _)| k.as_str().cmp(key)) else {
                    return Ok(false);
                };
                out.extend_from_slice(&shards[at].1);
            }
            Page::Feed { locale } => {
                out.extend_from_slice(output::feed_xml(&view, *locale).as_bytes())
            }
            Page::SitemapIndex => out.extend_from_slice(self.sitemap_index().as_bytes()),
            Page::Sitemap { locale, number } => return Ok(self.sitemap(*locale, *number, out)),
            Page::Robots => {
                let index = self.plan.url(&Page::SitemapIndex);
                let index = AbsoluteUrl::new(&self.config.base_url, &index);
                out.extend_from_slice(output::robots_txt(&index).as_bytes());
            }
            Page::Stylesheet => out.extend_from_slice(self.highlighter.stylesheet().as_bytes()),
            Page::Strings { locale } => {
                out.extend_from_slice(output::strings_json(&view, *locale)?.as_bytes());
            }
            Page::Static(relative) => {
                let Some(bytes) = output::read_static(&self.root.join("static"), relative) else {
                    return Ok(false);
                };
                *out = bytes;
            }
        }
        Ok(true)
    }

    fn render_html(
        &self,
        locale: LocaleId,
        kind: PageKind,
        out: &mut Vec<u8>,
    ) -> Result<(), BuildError> {
        let view = self.view();
        match kind {
            PageKind::Home => render::render_home(&view, locale, out)?,
            PageKind::NotFound => render::render_not_found(&view, locale, out)?,
            PageKind::Translations => render::render_translations(&view, locale, out)?,
            PageKind::Port(port) => render::render_port(&view, locale, port, out)?,
            PageKind::Range(range) => {
                let position = view.ranges.binary_search(&range).unwrap_or(0);
                render::render_range(&view, locale, position, out)?;
            }
        }
        Ok(())
    }

    /// The search index of a locale, shard key and JSON, in key order.
    pub fn search_shards(&self, locale: LocaleId) -> &[(String, Vec<u8>)] {
        self.derived.shards[locale.index()]
            .get_or_init(|| output::locale_shards(&self.view(), locale))
    }

    /// Renders the sitemap files of a locale, handing each to `emit`; returns how many.
    pub(super) fn each_sitemap(
        &self,
        locale: LocaleId,
        emit: impl FnMut(usize, &[u8]) -> Result<(), OutputError>,
    ) -> Result<usize, OutputError> {
        let limits = SitemapLimits::default();
        output::locale_sitemaps(&self.view(), &self.plan, locale, limits, emit)
    }

    /// Sitemap file `number` of a locale into `out`; false when the locale has fewer.
    fn sitemap(&self, locale: LocaleId, number: usize, out: &mut Vec<u8>) -> bool {
        let mut found = false;
        let count = self.each_sitemap(locale, |n, bytes| {
            if n == number {
                out.extend_from_slice(bytes);
                found = true;
            }
            Ok(())
        });
        if let Ok(count) = count {
            self.derived.know_sitemaps(locale, count);
        }
        found
    }

    /// How many sitemap files a locale has.
    fn sitemap_count(&self, locale: LocaleId) -> usize {
        *self.derived.sitemaps[locale.index()]
            .get_or_init(|| self.each_sitemap(locale, |_, _| Ok(())).unwrap_or(0))
    }

    /// `sitemap.xml`: every locale's sitemap files, by absolute URL.
    fn sitemap_index(&self) -> String {
        let files: Vec<AbsoluteUrl> = (self.plan.locale_ids())
            .flat_map(|locale| {
                (1..=self.sitemap_count(locale)).map(move |number| {
                    let url = self.plan.url(&Page::Sitemap { locale, number });
                    AbsoluteUrl::new(&self.config.base_url, &url)
                })
            })
            .collect();
        output::sitemap_index(&files)
    }
}
