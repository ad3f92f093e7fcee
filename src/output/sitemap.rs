//! Sitemaps: an index at `/sitemap.xml` and per-locale files `sitemap-<lang>-N.xml`, each
//! within the protocol's limits, every URL listing its hreflang alternates and x-default.

use std::fmt::Write as _;

use super::{escape_xml, push_escaped_xml};
use crate::config::LocaleId;
use crate::model::{AbsoluteUrl, PageKind, SitePlan};
use crate::render::SiteView;

const URLSET_OPEN: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
const URLSET_CLOSE: &str = "</urlset>\n";

/// How much one sitemap file may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SitemapLimits {
    /// URLs per file (the protocol allows 50,000).
    pub max_urls: usize,
    /// Uncompressed bytes per file (the protocol allows 50 MiB).
    pub max_bytes: usize,
}

impl Default for SitemapLimits {
    fn default() -> Self {
        SitemapLimits {
            max_urls: 50_000,
            max_bytes: 50 * 1024 * 1024,
        }
    }
}

/// Packs `<url>` elements into as few sitemap documents as `limits` allow, in order, and
/// hands each finished document to `emit` with its 1-based number; returns how many.
/// An element too large for any file still gets a file of its own.
pub fn split_into_files<E>(
    urls: impl IntoIterator<Item = String>,
    limits: SitemapLimits,
    mut emit: impl FnMut(usize, &[u8]) -> Result<(), E>,
) -> Result<usize, E> {
    let frame = URLSET_OPEN.len() + URLSET_CLOSE.len();
    let mut doc = String::from(URLSET_OPEN);
    let (mut count, mut files) = (0, 0);
    for url in urls {
        let full = count >= limits.max_urls
            || doc.len() + url.len() + URLSET_CLOSE.len() > limits.max_bytes.max(frame);
        if count > 0 && full {
            doc.push_str(URLSET_CLOSE);
            files += 1;
            emit(files, doc.as_bytes())?;
            doc.truncate(URLSET_OPEN.len());
            count = 0;
        }
        doc.push_str(&url);
        count += 1;
    }
    if count > 0 || files == 0 {
        doc.push_str(URLSET_CLOSE);
        files += 1;
        emit(files, doc.as_bytes())?;
    }
    Ok(files)
}

/// One `<url>` element of locale `index`: its location, `lastmod` from the curated entry
/// shown on the page, and the same page in every locale plus x-default.
fn url_element(site: &SiteView<'_>, plan: &SitePlan, index: LocaleId, kind: PageKind) -> String {
    let base = &site.config.base_url;
    // Each locale's URL is made once and written straight into the element: a full build
    // writes about 1.3 million of these links.
    let urls: Vec<AbsoluteUrl> = plan
        .locale_ids()
        .map(|locale| AbsoluteUrl::new(base, &plan.html_url(locale, kind)))
        .collect();
    let mut xml = String::with_capacity(640);
    xml.push_str("<url><loc>");
    push_escaped_xml(&mut xml, urls[index.index()].as_str());
    xml.push_str("</loc>");
    if let PageKind::Port(port) = kind
        && let Some((entry, _)) = site.entries.for_page(port, index)
        && let Some(updated) = entry.entry.meta.updated
    {
        let _ = write!(xml, "<lastmod>{updated}</lastmod>");
    }
    let alternate = |xml: &mut String, lang: &str, url: &AbsoluteUrl| {
        xml.push_str("<xhtml:link rel=\"alternate\" hreflang=\"");
        push_escaped_xml(xml, lang);
        xml.push_str("\" href=\"");
        push_escaped_xml(xml, url.as_str());
        xml.push_str("\"/>");
    };
    for (locale, url) in plan.locale_ids().zip(&urls) {
        alternate(&mut xml, plan.code(locale), url);
    }
    alternate(&mut xml, "x-default", &urls[plan.default_locale().index()]);
    xml.push_str("</url>\n");
    xml
}

/// Renders the sitemap files of locale `index`, handing each to `emit` with its 1-based
/// number; returns how many there are. `build` writes every one; `serve` keeps the one
/// asked for, so both send the same bytes.
pub fn locale_sitemaps<E>(
    site: &SiteView<'_>,
    plan: &SitePlan,
    index: LocaleId,
    limits: SitemapLimits,
    emit: impl FnMut(usize, &[u8]) -> Result<(), E>,
) -> Result<usize, E> {
    let elements = plan
        .listed_pages()
        .map(|kind| url_element(site, plan, index, kind));
    split_into_files(elements, limits, emit)
}

/// The sitemap index listing the sitemap files at `files`.
pub fn sitemap_index(files: &[AbsoluteUrl]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for file in files {
        let _ = writeln!(
            xml,
            "<sitemap><loc>{}</loc></sitemap>",
            escape_xml(file.as_str())
        );
    }
    xml.push_str("</sitemapindex>\n");
    xml
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SitePath;

    fn urls(n: usize) -> Vec<String> {
        (0..n)
            .map(|i| format!("<url><loc>https://x.test/ports/{i}/</loc></url>\n"))
            .collect()
    }

    fn split(n: usize, limits: SitemapLimits) -> Vec<String> {
        let mut docs = Vec::new();
        let count = split_into_files(urls(n), limits, |i, bytes| {
            assert_eq!(i, docs.len() + 1, "files are numbered from 1 in order");
            docs.push(String::from_utf8(bytes.to_vec()).unwrap());
            Ok::<(), ()>(())
        })
        .unwrap();
        assert_eq!(count, docs.len());
        docs
    }

    #[test]
    fn url_limit_splits_files_and_keeps_every_url() {
        let limits = SitemapLimits {
            max_urls: 3,
            max_bytes: usize::MAX,
        };
        let docs = split(7, limits);
        let counts: Vec<usize> = docs.iter().map(|d| d.matches("<url>").count()).collect();
        assert_eq!(counts, [3, 3, 1]);
        assert!(docs[2].contains("/ports/6/"));
        assert!(
            docs.iter()
                .all(|d| d.starts_with("<?xml") && d.ends_with("</urlset>\n"))
        );
    }

    #[test]
    fn exact_multiple_leaves_no_empty_file() {
        let limits = SitemapLimits {
            max_urls: 2,
            max_bytes: usize::MAX,
        };
        assert_eq!(split(4, limits).len(), 2);
    }

    #[test]
    fn byte_limit_is_never_exceeded() {
        let one = urls(1)[0].len();
        let max_bytes = URLSET_OPEN.len() + URLSET_CLOSE.len() + 2 * one + 5;
        let docs = split(
            5,
            SitemapLimits {
                max_urls: 100,
                max_bytes,
            },
        );
        assert_eq!(docs.len(), 3);
        assert!(
            docs.iter().all(|d| d.len() <= max_bytes),
            "a file is too large"
        );
    }

    #[test]
    fn index_lists_absolute_file_urls() {
        let base = crate::config::BaseUrl::new("https://x.test").unwrap();
        let file = SitePath::new("/sitemap-en-1.xml").unwrap();
        let xml = sitemap_index(&[AbsoluteUrl::new(&base, &file)]);
        assert!(xml.contains("<loc>https://x.test/sitemap-en-1.xml</loc>"));
    }
}
