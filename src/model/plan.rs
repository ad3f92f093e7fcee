//! The page plan: every file the site consists of, the URL of each, and the page behind a
//! URL. `build` writes what the plan lists, the sitemaps list its pages, and `serve`
//! answers a request by looking its URL up here: one mapping, used both ways.

use super::pages::{PageKind, port_ranges, range_of};
use super::port_set::PortSet;
use super::url::{LocaleUrls, SitePath};
use crate::config::{LocaleCode, LocaleId, SiteConfig};
use crate::port::{Port, PortRange};

/// One file of the built site.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Page {
    /// A page of a locale: home, port, range or "not found".
    Html {
        /// The locale.
        locale: LocaleId,
        /// Which page.
        kind: PageKind,
    },
    /// The search page of a locale, where the search form submits to.
    Search {
        /// The locale.
        locale: LocaleId,
    },
    /// One shard of a locale's search index (which shards exist depends on the registry).
    SearchShard {
        /// The locale.
        locale: LocaleId,
        /// The shard's key: the first folded character of its words, or `_`.
        key: String,
    },
    /// The Atom feed of a locale.
    Feed {
        /// The locale.
        locale: LocaleId,
    },
    /// `/sitemap.xml`, listing every sitemap file.
    SitemapIndex,
    /// One sitemap file of a locale, numbered from 1 (how many exist depends on sizes).
    Sitemap {
        /// The locale.
        locale: LocaleId,
        /// 1-based file number.
        number: usize,
    },
    /// `/robots.txt`.
    Robots,
    /// `/static/highlight.css`, generated from the highlighting theme.
    Stylesheet,
    /// `/static/strings/<code>.json`: the strings of a locale only JavaScript shows.
    Strings {
        /// The locale.
        locale: LocaleId,
    },
    /// A file of the site's `static/` folder, by its path below it (`/`-separated).
    Static(String),
}

/// What a URL path is, according to the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// The URL of this page.
    Page(Page),
    /// A folder page asked for without its trailing slash: it lives at this URL.
    Redirect(SitePath),
    /// A port of the span without a page of its own (`port_pages: registered`): it is
    /// listed on its range page, at this URL and `#port-N` anchor.
    Listed(SitePath),
    /// No page: answer with this locale's "not found" page.
    Missing {
        /// The locale the URL was under (the default one when none).
        locale: LocaleId,
    },
}

/// Which pages a site has and where each lives, derived from the configuration alone.
#[derive(Debug, Clone)]
pub struct SitePlan {
    codes: Vec<LocaleCode>,
    default: LocaleId,
    urls: Vec<LocaleUrls>,
    span: PortRange,
    ranges: Vec<PortRange>,
    pages: PortSet,
}

impl SitePlan {
    /// The plan of the site `config` describes.
    pub fn new(config: &SiteConfig) -> SitePlan {
        let codes = config.locale_codes();
        let default = config.default_locale_id();
        let urls = config
            .locale_ids()
            .map(|id| LocaleUrls::new(&codes[id.index()], id == default))
            .collect();
        SitePlan {
            ranges: port_ranges(config.ports, config.range_size),
            codes,
            default,
            urls,
            span: config.ports,
            pages: PortSet::all(),
        }
    }

    /// This plan with own pages for the ports of `pages` only (see `PortSet::for_setting`);
    /// the span's other ports are listed on their range pages.
    #[must_use]
    pub fn with_port_pages(self, pages: PortSet) -> SitePlan {
        SitePlan { pages, ..self }
    }

    /// Whether `port` has a page of its own.
    pub fn has_page(&self, port: Port) -> bool {
        self.span.contains(port) && self.pages.contains(port)
    }

    /// The ports with a page of their own, ascending.
    pub fn port_pages(&self) -> impl Iterator<Item = Port> + '_ {
        self.span.iter().filter(|p| self.pages.contains(*p))
    }

    /// The ports of the span without a page of their own, ascending.
    pub fn listed_only(&self) -> impl Iterator<Item = Port> + '_ {
        self.span.iter().filter(|p| !self.pages.contains(*p))
    }

    /// Where a link to `port` goes in a locale: its page, or for a port without one its row
    /// on the range page (`/ports/49000-49999/#port-49999`). `None` outside the span.
    pub fn port_href(&self, locale: LocaleId, port: Port) -> Option<SitePath> {
        let urls = self.locale_urls(locale);
        if self.has_page(port) {
            return Some(urls.port(port));
        }
        let range = range_of(port, &self.ranges)?;
        let anchor = format!("{}#port-{port}", urls.range(range));
        SitePath::new(anchor).ok()
    }

    /// URL builders per locale, in configuration order.
    pub fn urls(&self) -> &[LocaleUrls] {
        &self.urls
    }

    /// The URL builder of one locale.
    pub fn locale_urls(&self, locale: LocaleId) -> &LocaleUrls {
        &self.urls[locale.index()]
    }

    /// The range pages, in port order.
    pub fn ranges(&self) -> &[PortRange] {
        &self.ranges
    }

    /// How many locales the site has.
    pub fn locales(&self) -> usize {
        self.codes.len()
    }

    /// Every locale of the site, in configuration order.
    pub fn locale_ids(&self) -> impl Iterator<Item = LocaleId> + Clone + use<> {
        (0..self.codes.len()).map(LocaleId::from_index)
    }

    /// The locale whose code is `code`, if the site has it.
    pub fn locale_id(&self, code: &str) -> Option<LocaleId> {
        self.codes
            .iter()
            .position(|c| c == code)
            .map(LocaleId::from_index)
    }

    /// The default locale.
    pub fn default_locale(&self) -> LocaleId {
        self.default
    }

    /// The code of a locale (`tr`).
    pub fn code(&self, locale: LocaleId) -> &LocaleCode {
        &self.codes[locale.index()]
    }

    /// The HTML pages of every locale, in build order: per locale the home, "not found"
    /// and translation status pages, then every port, then every range.
    pub fn html_pages(&self) -> impl Iterator<Item = Page> + '_ {
        self.locale_ids().flat_map(move |locale| {
            [PageKind::Home, PageKind::NotFound, PageKind::Translations]
                .into_iter()
                .chain(self.port_pages().map(PageKind::Port))
                .chain(self.ranges.iter().map(|r| PageKind::Range(*r)))
                .map(move |kind| Page::Html { locale, kind })
        })
    }

    /// How many pages [`SitePlan::html_pages`] lists.
    pub fn html_page_count(&self) -> usize {
        let ports = self.pages.count_in(self.span);
        self.locales() * (3 + ports + self.ranges.len())
    }

    /// The pages a locale's sitemap lists, in order: home, range pages, port pages (never
    /// the "not found" page).
    pub fn listed_pages(&self) -> impl Iterator<Item = PageKind> + '_ {
        std::iter::once(PageKind::Home)
            .chain(self.ranges.iter().map(|r| PageKind::Range(*r)))
            .chain(self.port_pages().map(PageKind::Port))
    }

    /// The URL of an HTML page in a locale.
    pub fn html_url(&self, locale: LocaleId, kind: PageKind) -> SitePath {
        let urls = self.locale_urls(locale);
        match kind {
            PageKind::Home => urls.home(),
            PageKind::Port(port) => urls.port(port),
            PageKind::Range(range) => urls.range(range),
            PageKind::NotFound => urls.not_found(),
            PageKind::Translations => urls.translations(),
        }
    }

    /// The URL `page` is served at and written to.
    pub fn url(&self, page: &Page) -> SitePath {
        let made = match page {
            Page::Html { locale, kind } => return self.html_url(*locale, *kind),
            Page::Search { locale } => return self.locale_urls(*locale).search(),
            Page::SearchShard { locale, key } => {
                format!("/search/{}/{key}.json", self.code(*locale))
            }
            Page::Feed { locale } => return self.locale_urls(*locale).feed(),
            Page::SitemapIndex => "/sitemap.xml".to_string(),
            Page::Sitemap { locale, number } => {
                format!("/sitemap-{}-{number}.xml", self.code(*locale))
            }
            Page::Robots => "/robots.txt".to_string(),
            Page::Stylesheet => "/static/highlight.css".to_string(),
            Page::Strings { locale } => format!("/static/strings/{}.json", self.code(*locale)),
            Page::Static(relative) => format!("/static/{relative}"),
        };
        // Locale codes are validated by the configuration and shard keys and static paths
        // come from `lookup` or the static folder's own names; a name that cannot be a URL
        // falls back to the site root, which `static_page` below never hands out.
        SitePath::new(made).unwrap_or_else(|_| self.locale_urls(self.default).home())
    }

    /// The page of a static file, when its path (`/`-separated, below `static/`) can be a
    /// URL; the generated stylesheet and strings files win over files of the same name.
    pub fn static_page(&self, relative: &str) -> Option<Page> {
        if relative == "highlight.css" {
            return Some(Page::Stylesheet);
        }
        let strings = relative
            .strip_prefix("strings/")
            .and_then(|f| f.strip_suffix(".json"));
        if let Some(locale) = strings.and_then(|code| self.locale_id(code)) {
            return Some(Page::Strings { locale });
        }
        SitePath::new(format!("/static/{relative}"))
            .ok()
            .filter(|p| !p.as_str().ends_with('/'))
            .map(|_| Page::Static(relative.to_string()))
    }

    /// What lives at `path`: a decoded URL path starting with `/` (no query).
    pub fn lookup(&self, path: &str) -> Lookup {
        if let Some(page) = self.site_file(path) {
            return Lookup::Page(page);
        }
        let (locale, rest) = self.split_locale(path);
        let missing = Lookup::Missing { locale };
        if rest.is_empty() {
            // `/tr` is the Turkish home page without its slash.
            return Lookup::Redirect(self.locale_urls(locale).home());
        }
        // A folder page is also its `index.html`, as any static file server has it.
        let folder = rest
            .strip_suffix("/index.html")
            .map(|dir| format!("{dir}/"));
        let rest = folder.as_deref().unwrap_or(rest);
        if let Some(page) = self.locale_page(locale, rest) {
            return self.listed(&page).unwrap_or(Lookup::Page(page));
        }
        if !rest.ends_with('/')
            && let Some(page) = self.locale_page(locale, &format!("{rest}/"))
        {
            return self
                .listed(&page)
                .unwrap_or_else(|| Lookup::Redirect(self.url(&page)));
        }
        missing
    }

    /// The range page anchor a port page without a file of its own is answered with.
    fn listed(&self, page: &Page) -> Option<Lookup> {
        match page {
            Page::Html {
                locale,
                kind: PageKind::Port(port),
            } if !self.pages.contains(*port) => self.port_href(*locale, *port).map(Lookup::Listed),
            _ => None,
        }
    }

    /// Files that exist once per site, outside any locale prefix.
    fn site_file(&self, path: &str) -> Option<Page> {
        match path {
            "/robots.txt" => return Some(Page::Robots),
            "/sitemap.xml" => return Some(Page::SitemapIndex),
            _ => {}
        }
        if let Some(relative) = path.strip_prefix("/static/") {
            return self.static_page(relative);
        }
        if let Some(rest) = path.strip_prefix("/search/") {
            let (code, file) = rest.split_once('/')?;
            let key = file.strip_suffix(".json")?;
            let locale = self.locale_id(code)?;
            let plain = !key.is_empty() && !key.contains(['/', '.']);
            return plain.then(|| Page::SearchShard {
                locale,
                key: key.to_string(),
            });
        }
        let rest = path.strip_prefix("/sitemap-")?.strip_suffix(".xml")?;
        let (code, number) = rest.rsplit_once('-')?;
        let locale = self.locale_id(code)?;
        let number = canonical_number(number).filter(|n| *n > 0)?;
        Some(Page::Sitemap {
            locale,
            number: usize::try_from(number).ok()?,
        })
    }

    /// The locale a path is under and the rest of it: `/tr/ports/1/` → (tr, `/ports/1/`).
    fn split_locale<'p>(&self, path: &'p str) -> (LocaleId, &'p str) {
        for locale in self.locale_ids().filter(|l| *l != self.default) {
            if let Some(rest) = path.strip_prefix(self.locale_urls(locale).prefix())
                && (rest.is_empty() || rest.starts_with('/'))
            {
                return (locale, rest);
            }
        }
        (self.default, path)
    }

    /// The page of one locale at `rest` (the path without the locale prefix).
    fn locale_page(&self, locale: LocaleId, rest: &str) -> Option<Page> {
        let html = |kind| Some(Page::Html { locale, kind });
        match rest {
            "/" => return html(PageKind::Home),
            "/404.html" => return html(PageKind::NotFound),
            "/contributing/translations/" => return html(PageKind::Translations),
            "/search/" => return Some(Page::Search { locale }),
            "/feed.xml" => return Some(Page::Feed { locale }),
            _ => {}
        }
        let name = rest.strip_prefix("/ports/")?.strip_suffix('/')?;
        if let Some((start, end)) = name.split_once('-') {
            let range = PortRange::new(canonical_port(start)?, canonical_port(end)?)?;
            return self
                .ranges
                .binary_search(&range)
                .is_ok()
                .then_some(Page::Html {
                    locale,
                    kind: PageKind::Range(range),
                });
        }
        let port = canonical_port(name)?;
        self.span.contains(port).then_some(Page::Html {
            locale,
            kind: PageKind::Port(port),
        })
    }
}

/// A decimal number written the way the plan writes it: digits only, no leading zero.
fn canonical_number(text: &str) -> Option<u64> {
    let plain = !text.is_empty()
        && text.len() <= 10
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text == "0" || !text.starts_with('0'));
    plain.then(|| text.parse().ok()).flatten()
}

/// A port number written the way the plan writes it.
fn canonical_port(text: &str) -> Option<Port> {
    u16::try_from(canonical_number(text)?).ok().map(Port::new)
}

#[cfg(test)]
mod tests;
