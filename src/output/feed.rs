//! Atom 1.0 feeds of the curated entries, one per locale at `<prefix>/feed.xml`.
//!
//! A locale's feed lists the entries its pages show: its own translations, and the default
//! locale's entry (marked with that entry's `xml:lang`) where no translation exists, since
//! the localized page then shows the original. Entries without an `updated` date are left
//! out: Atom requires a date, and inventing one would misreport when the entry changed.

use std::fmt::Write as _;

use super::escape_xml;
use crate::config::{LocaleCode, LocaleId};
use crate::content::EntryDate;
use crate::model::AbsoluteUrl;
use crate::render::SiteView;

/// The feed as a whole.
#[derive(Debug, Clone)]
pub struct FeedMeta<'a> {
    /// The locale of the feed, for `xml:lang`.
    pub lang: &'a LocaleCode,
    /// The feed title, localized.
    pub title: &'a str,
    /// Absolute URL of the feed itself (also its id).
    pub self_url: AbsoluteUrl,
    /// Absolute URL of the locale's home page.
    pub home_url: AbsoluteUrl,
    /// The site's name, as the feed's author.
    pub author: &'a str,
}

/// One curated entry in a feed.
#[derive(Debug, Clone)]
pub struct FeedEntry<'a> {
    /// The entry's title.
    pub title: &'a str,
    /// Absolute URL of the port page (also the entry's id).
    pub url: AbsoluteUrl,
    /// When the entry last changed.
    pub updated: EntryDate,
    /// The entry's description.
    pub summary: &'a str,
    /// The entry's language when it differs from the feed's (an untranslated entry).
    pub lang: Option<&'a LocaleCode>,
}

fn rfc3339(date: EntryDate) -> String {
    format!("{date}T00:00:00Z")
}

/// Renders an Atom 1.0 document; `entries` are sorted here, newest first, then by URL.
pub fn render_feed(meta: &FeedMeta<'_>, entries: &mut [FeedEntry<'_>]) -> String {
    entries.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.url.cmp(&b.url)));
    // An empty feed still needs a date: the Unix epoch says "nothing yet" without faking one.
    let updated = entries.first().map_or_else(
        || "1970-01-01T00:00:00Z".to_string(),
        |e| rfc3339(e.updated),
    );
    let mut xml = String::with_capacity(1024 + entries.len() * 512);
    let _ = write!(
        xml,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n<title>{title}</title>\n<id>{id}</id>\n<link rel=\"self\" type=\"application/atom+xml\" href=\"{id}\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{home}\"/>\n<updated>{updated}</updated>\n<author><name>{author}</name></author>\n<generator>portsite</generator>\n",
        lang = escape_xml(meta.lang),
        title = escape_xml(meta.title),
        id = escape_xml(meta.self_url.as_str()),
        home = escape_xml(meta.home_url.as_str()),
        author = escape_xml(meta.author),
    );
    for entry in entries.iter() {
        let lang = entry
            .lang
            .map(|l| format!(" xml:lang=\"{}\"", escape_xml(l)))
            .unwrap_or_default();
        let _ = write!(
            xml,
            "<entry{lang}>\n<title>{title}</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n<id>{url}</id>\n<updated>{updated}</updated>\n<summary>{summary}</summary>\n</entry>\n",
            title = escape_xml(entry.title),
            url = escape_xml(entry.url.as_str()),
            updated = rfc3339(entry.updated),
            summary = escape_xml(entry.summary),
        );
    }
    xml.push_str("</feed>\n");
    xml
}

/// The Atom feed of locale `index`.
pub fn feed_xml(site: &SiteView<'_>, index: LocaleId) -> String {
    let base = &site.config.base_url;
    let urls = site.plan.locale_urls(index);
    let mut entries: Vec<FeedEntry<'_>> = site
        .entries
        .curated_ports()
        .into_iter()
        .filter(|p| site.config.ports.contains(*p))
        .filter_map(|port| site.entries.for_page(port, index))
        .filter_map(|(rendered, fallback)| {
            let entry = &rendered.entry;
            Some(FeedEntry {
                title: &entry.meta.title,
                url: AbsoluteUrl::new(base, &urls.port(entry.port)),
                updated: entry.meta.updated?,
                summary: &entry.meta.description,
                lang: fallback.then_some(&entry.locale),
            })
        })
        .collect();
    let title = site
        .bundle(index)
        .plain("feed-title")
        .unwrap_or(&site.config.title);
    let meta = FeedMeta {
        lang: &site.config.locale(index).code,
        title,
        self_url: AbsoluteUrl::new(base, &urls.feed()),
        home_url: AbsoluteUrl::new(base, &urls.home()),
        author: &site.config.title,
    };
    render_feed(&meta, &mut entries)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::BaseUrl;
    use crate::model::SitePath;

    fn date(text: &str) -> EntryDate {
        text.parse().unwrap()
    }

    fn url(path: &str) -> AbsoluteUrl {
        let base = BaseUrl::new("https://x.test").unwrap();
        AbsoluteUrl::new(&base, &SitePath::new(path).unwrap())
    }

    fn code(code: &str) -> LocaleCode {
        LocaleCode::new(code).unwrap()
    }

    #[test]
    fn newest_entry_comes_first_and_dates_the_feed() {
        let tr = code("tr");
        let meta = FeedMeta {
            lang: &tr,
            title: "Yeni",
            self_url: url("/tr/feed.xml"),
            home_url: url("/tr/"),
            author: "portsite",
        };
        let entry = |title, day: &str| FeedEntry {
            title,
            url: url(&format!("/tr/ports/{title}/")),
            updated: date(day),
            summary: "s",
            lang: None,
        };
        let mut entries = vec![entry("old", "2025-01-02"), entry("new", "2026-11-26")];
        let xml = render_feed(&meta, &mut entries);
        assert!(xml.find("<title>new</title>") < xml.find("<title>old</title>"));
        assert!(xml.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"tr\">"));
        assert!(xml.contains("<updated>2026-11-26T00:00:00Z</updated>\n<author>"));
    }

    #[test]
    fn untranslated_entries_carry_their_language() {
        let (de, en) = (code("de"), code("en"));
        let meta = FeedMeta {
            lang: &de,
            title: "Neu",
            self_url: url("/de/feed.xml"),
            home_url: url("/de/"),
            author: "portsite",
        };
        let mut entries = vec![FeedEntry {
            title: "Port 22: SSH",
            url: url("/de/ports/22/"),
            updated: date("2026-11-26"),
            summary: "SSH",
            lang: Some(&en),
        }];
        let xml = render_feed(&meta, &mut entries);
        assert!(xml.contains("<entry xml:lang=\"en\">"));
    }
}
