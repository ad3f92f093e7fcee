//! What `serve` serves: the last site that loaded and rendered, and the answer for a URL,
//! rendered on request through the same `LoadedSite::render_page` that `build` writes with.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::time::{Duration, Instant};

use bytes::Bytes;

use super::cache::PageCache;
use crate::config::LocaleId;
use crate::model::{Lookup, Page, PageKind, SitePath};
use crate::site::{BuildError, LoadedSite, REGISTRY_CSV};

/// The tag added before `</body>` of every HTML page `serve` sends.
pub const RELOAD_TAG: &str = "<script src=\"/__portsite/reload.js\" defer></script>";

/// One loaded site and the pages rendered from it so far.
pub struct Served {
    /// The loaded sources.
    pub site: LoadedSite,
    cache: PageCache,
}

/// The answer for one URL.
#[derive(Debug)]
pub enum Answer {
    /// A file of the site, with its status (200, or 404 for the "not found" page).
    File {
        /// 200 or 404.
        status: u16,
        /// The `Content-Type` value.
        content_type: String,
        /// The body as sent.
        body: Bytes,
    },
    /// A folder URL without its trailing slash.
    Redirect(SitePath),
    /// A port without a page of its own: found on its range page, at this anchor (302, as
    /// the `_redirects` file and the nginx map answer it).
    Found(SitePath),
    /// Nothing to send but a plain 404 (the site has no "not found" page to show).
    Missing,
    /// Rendering failed; the text says where and why.
    Failed(String),
}

impl Served {
    /// The answer for `path`, a decoded URL path.
    pub fn answer(&self, path: &str) -> Answer {
        let page = match self.site.plan.lookup(path) {
            Lookup::Page(page) => page,
            Lookup::Redirect(url) => return Answer::Redirect(url),
            Lookup::Listed(url) => return Answer::Found(url),
            Lookup::Missing { locale } => return self.not_found(locale),
        };
        match self.body(&page) {
            Ok(Some(body)) => Answer::File {
                status: 200,
                content_type: content_type(self.site.plan.url(&page).as_str()),
                body,
            },
            Ok(None) => self.not_found(locale_of(&page).unwrap_or(self.site.plan.default_locale())),
            Err(error) => Answer::Failed(super::report(&self.site.root, &error)),
        }
    }

    fn not_found(&self, locale: LocaleId) -> Answer {
        let page = Page::Html {
            locale,
            kind: PageKind::NotFound,
        };
        match self.body(&page) {
            Ok(Some(body)) => Answer::File {
                status: 404,
                content_type: content_type("/404.html"),
                body,
            },
            Ok(None) => Answer::Missing,
            Err(error) => Answer::Failed(super::report(&self.site.root, &error)),
        }
    }

    /// The body of `page` as sent: from the cache, or rendered and then cached. HTML gets
    /// the live-reload tag; `None` when the page has no file.
    fn body(&self, page: &Page) -> Result<Option<Bytes>, BuildError> {
        // Static files are read at each request, so a change to one needs no reload.
        let cached = !matches!(page, Page::Static(_));
        if cached && let Some(body) = self.cache.get(page) {
            return Ok(Some(body));
        }
        let mut bytes = Vec::with_capacity(32 * 1024);
        if !self.site.render_page(page, &mut bytes)? {
            return Ok(None);
        }
        if is_html(page) {
            bytes = inject_reload(bytes);
        }
        let cached = cached && self.cache.keeps(bytes.len());
        if cached {
            // The cache counts bytes of bodies: spare capacity would be kept unseen.
            bytes.shrink_to_fit();
        }
        let body = Bytes::from(bytes);
        if cached {
            self.cache.insert(page.clone(), body.clone());
        }
        Ok(Some(body))
    }

    /// Renders a few pages of every kind of template in every locale, so that a change that
    /// loads but cannot render is reported at once, and the last good site kept.
    fn probe(&self) -> Result<(), BuildError> {
        let plan = &self.site.plan;
        let span = self.site.config.ports;
        let mut buf = Vec::new();
        for locale in plan.locale_ids() {
            let kinds = [
                PageKind::Home,
                PageKind::NotFound,
                PageKind::Port(span.start()),
            ];
            let ranges = plan.ranges().first().map(|r| PageKind::Range(*r));
            for kind in kinds.into_iter().chain(ranges) {
                self.site
                    .render_page(&Page::Html { locale, kind }, &mut buf)?;
            }
            self.site.render_page(&Page::Search { locale }, &mut buf)?;
            self.site.render_page(&Page::Feed { locale }, &mut buf)?;
        }
        Ok(())
    }
}

fn locale_of(page: &Page) -> Option<LocaleId> {
    match page {
        Page::Html { locale, .. }
        | Page::Search { locale }
        | Page::SearchShard { locale, .. }
        | Page::Feed { locale }
        | Page::Sitemap { locale, .. } => Some(*locale),
        _ => None,
    }
}

fn is_html(page: &Page) -> bool {
    matches!(page, Page::Html { .. } | Page::Search { .. })
}

/// The `Content-Type` of a URL: folder URLs are HTML; otherwise by extension, with
/// `charset=utf-8` on every text type.
pub fn content_type(url: &str) -> String {
    if url.ends_with('/') {
        return "text/html; charset=utf-8".to_string();
    }
    let mime = mime_guess::from_path(url).first_or_octet_stream();
    let textual = mime.type_() == mime_guess::mime::TEXT
        || matches!(mime.subtype().as_str(), "json" | "xml" | "javascript")
        || matches!(mime.suffix().map(|s| s.as_str()), Some("json" | "xml"));
    if textual {
        format!("{mime}; charset=utf-8")
    } else {
        mime.to_string()
    }
}

/// Inserts [`RELOAD_TAG`] before the last `</body>` (any case), or appends it.
pub fn inject_reload(mut html: Vec<u8>) -> Vec<u8> {
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    html.splice(at..at, RELOAD_TAG.bytes());
    html
}

/// The site being served, replaced as a whole when the sources change.
pub struct State {
    root: PathBuf,
    base_url: Option<String>,
    cache_bytes: usize,
    current: RwLock<Option<Arc<Served>>>,
    /// Whether the registry file changed since the served site was loaded (kept across
    /// failed loads, so that fixing another file does not bring back an old registry).
    registry_stale: Mutex<bool>,
}

/// What a successful load did.
#[derive(Debug)]
pub struct Loaded {
    /// How long loading and probing took.
    pub elapsed: Duration,
    /// Messages that fell back to the default locale.
    pub warnings: usize,
}

impl State {
    /// Nothing loaded yet.
    pub fn new(root: PathBuf, base_url: Option<String>, cache_bytes: usize) -> State {
        State {
            root,
            base_url,
            cache_bytes,
            current: RwLock::new(None),
            registry_stale: Mutex::new(true),
        }
    }

    /// The site served now, if one ever loaded.
    pub fn current(&self) -> Option<Arc<Served>> {
        self.current
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// The site's folder.
    pub fn root(&self) -> &std::path::Path {
        &self.root
    }

    /// Loads the sources again after `changes` (paths relative to the root). On success the
    /// new site (with an empty cache) replaces the old one; on failure the old one stays
    /// served and the error is returned. The registry, the slowest part to load, is taken
    /// over from the served site unless its file changed.
    pub fn reload(&self, changes: &[PathBuf]) -> Result<Loaded, BuildError> {
        let started = Instant::now();
        let mut stale = self
            .registry_stale
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        *stale |= changes.iter().any(|p| p == Path::new(REGISTRY_CSV));
        let registry = match (*stale, self.current()) {
            (false, Some(served)) => Some(served.site.registry.clone()),
            _ => None,
        };
        let site = LoadedSite::load_reusing(&self.root, self.base_url.as_deref(), registry)?;
        let served = Served {
            site,
            cache: PageCache::new(self.cache_bytes),
        };
        served.probe()?;
        let warnings = served.site.localizer.warnings().len();
        *self.current.write().unwrap_or_else(PoisonError::into_inner) = Some(Arc::new(served));
        *stale = false;
        Ok(Loaded {
            elapsed: started.elapsed(),
            warnings,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reload_tag_goes_before_the_last_body_end() {
        let html = inject_reload(b"<body><p>a</p></BODY>\n</html>".to_vec());
        assert_eq!(
            String::from_utf8(html).unwrap(),
            format!("<body><p>a</p>{RELOAD_TAG}</BODY>\n</html>")
        );
    }

    #[test]
    fn text_types_say_utf8() {
        assert_eq!(content_type("/tr/ports/1/"), "text/html; charset=utf-8");
        assert_eq!(content_type("/404.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("/static/a.css"), "text/css; charset=utf-8");
        assert_eq!(
            content_type("/search/en/s.json"),
            "application/json; charset=utf-8"
        );
        assert_eq!(content_type("/static/logo.png"), "image/png");
        assert!(content_type("/sitemap.xml").ends_with("xml; charset=utf-8"));
        assert!(content_type("/static/icon.svg").starts_with("image/svg+xml; charset=utf-8"));
    }
}
