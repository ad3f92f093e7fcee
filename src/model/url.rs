//! Site-relative URLs as a newtype that cannot point outside the output folder.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::config::{BaseUrl, LocaleCode};
use crate::port::{Port, PortRange};

/// A site-relative URL path such as `/tr/ports/3712/` or `/404.html`.
///
/// Constructed only through [`SitePath::new`], which rejects anything that could escape the
/// output folder once turned into a file path.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct SitePath(String);

/// Why a string is not a safe site path.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("`{path}` is not a safe site path: {reason}")]
pub struct UrlError {
    /// The rejected path.
    pub path: String,
    /// Why it was rejected.
    pub reason: &'static str,
}

impl SitePath {
    /// Validates `path`: it must start with `/` and hold only plain segments
    /// (no `.`/`..`, no empty segment, no backslash, NUL, `%` or control characters).
    pub fn new(path: impl Into<String>) -> Result<SitePath, UrlError> {
        let path = path.into();
        let reject = |reason| {
            Err(UrlError {
                path: path.clone(),
                reason,
            })
        };
        if !path.starts_with('/') {
            return reject("it must start with `/`");
        }
        if path
            .chars()
            .any(|c| c.is_control() || c == '\\' || c == '%')
        {
            return reject("it contains a backslash, `%` or a control character");
        }
        let inner = path.trim_start_matches('/');
        let inner = inner.strip_suffix('/').unwrap_or(inner);
        if inner.is_empty() {
            return if path == "/" {
                Ok(SitePath(path))
            } else {
                reject("it has an empty segment")
            };
        }
        for segment in inner.split('/') {
            if segment.is_empty() {
                return reject("it has an empty segment");
            }
            if segment == "." || segment == ".." {
                return reject("it has a `.` or `..` segment");
            }
        }
        Ok(SitePath(path))
    }

    /// The path as written in links.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The file this URL is served from inside `out`: `index.html` for folder URLs.
    pub fn output_file(&self, out: &Path) -> PathBuf {
        let relative = self.0.trim_start_matches('/');
        if self.0.ends_with('/') {
            out.join(relative).join("index.html")
        } else {
            out.join(relative)
        }
    }
}

impl fmt::Display for SitePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An absolute URL of a page of the site: the base URL followed by a [`SitePath`]
/// (`https://example.org/ports-site/tr/ports/3712/`). Canonical links, hreflang
/// alternates, `og:url`, JSON-LD, sitemaps, feeds, robots.txt and the feedback report all
/// take theirs from [`AbsoluteUrl::new`], the one place the two are joined.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct AbsoluteUrl(String);

impl AbsoluteUrl {
    /// `path` on the site published at `base`.
    pub fn new(base: &BaseUrl, path: &SitePath) -> AbsoluteUrl {
        // A base URL has no trailing slash and a site path starts with one, so plain
        // concatenation neither doubles nor drops the slash between them.
        AbsoluteUrl(format!("{base}{path}"))
    }

    /// The URL as written into pages.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for AbsoluteUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Builds the URLs of one locale: the default locale at the root, others under `/<code>/`.
#[derive(Debug, Clone)]
pub struct LocaleUrls {
    prefix: String,
}

impl LocaleUrls {
    /// URLs for `code`; `is_default` puts the locale at the site root.
    pub fn new(code: &LocaleCode, is_default: bool) -> LocaleUrls {
        let prefix = if is_default {
            String::new()
        } else {
            format!("/{code}")
        };
        LocaleUrls { prefix }
    }

    /// The prefix site-absolute links get in this locale: `""` or `"/tr"`.
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    fn make(&self, rest: fmt::Arguments<'_>) -> SitePath {
        // Every caller passes a fixed shape with numbers only after a checked locale code,
        // so validation cannot fail (`every_generated_url_is_a_valid_site_path` holds the
        // shapes to it); skipping it matters, as a build makes millions of these URLs.
        let mut path = String::with_capacity(self.prefix.len() + 16);
        path.push_str(&self.prefix);
        let _ = fmt::Write::write_fmt(&mut path, rest);
        debug_assert!(SitePath::new(path.as_str()).is_ok(), "{path} is valid");
        SitePath(path)
    }

    /// The locale's home page.
    pub fn home(&self) -> SitePath {
        self.make(format_args!("/"))
    }

    /// A port's page.
    pub fn port(&self, port: Port) -> SitePath {
        self.make(format_args!("/ports/{port}/"))
    }

    /// A range page.
    pub fn range(&self, range: PortRange) -> SitePath {
        self.make(format_args!("/ports/{range}/"))
    }

    /// The localized "not found" page.
    pub fn not_found(&self) -> SitePath {
        self.make(format_args!("/404.html"))
    }

    /// The contributors' translation status page (kept out of sitemaps and search).
    pub fn translations(&self) -> SitePath {
        self.make(format_args!("/contributing/translations/"))
    }

    /// The search page, where the search form submits to.
    pub fn search(&self) -> SitePath {
        self.make(format_args!("/search/"))
    }

    /// The Atom feed.
    pub fn feed(&self) -> SitePath {
        self.make(format_args!("/feed.xml"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(code: &str) -> LocaleCode {
        LocaleCode::new(code).unwrap()
    }

    #[test]
    fn every_generated_url_is_a_valid_site_path() {
        let range = PortRange::new(Port::new(1000), Port::new(1999)).unwrap();
        for urls in [
            LocaleUrls::new(&code("en"), true),
            LocaleUrls::new(&code("pt-BR"), false),
        ] {
            for made in [
                urls.home(),
                urls.port(Port::MIN),
                urls.port(Port::MAX),
                urls.range(range),
                urls.not_found(),
                urls.translations(),
                urls.search(),
                urls.feed(),
            ] {
                assert_eq!(SitePath::new(made.as_str()), Ok(made.clone()));
            }
        }
    }

    #[test]
    fn default_locale_lives_at_the_root() {
        let (en, tr) = (code("en"), code("tr"));
        assert_eq!(
            LocaleUrls::new(&en, true).port(Port::new(3712)).as_str(),
            "/ports/3712/"
        );
        assert_eq!(
            LocaleUrls::new(&tr, false).port(Port::new(3712)).as_str(),
            "/tr/ports/3712/"
        );
        assert_eq!(LocaleUrls::new(&tr, false).home().as_str(), "/tr/");
        assert_eq!(LocaleUrls::new(&en, true).home().as_str(), "/");
    }

    fn absolute(base: &BaseUrl, path: &str) -> String {
        AbsoluteUrl::new(base, &SitePath::new(path).unwrap()).to_string()
    }

    #[test]
    fn absolute_urls_join_the_base_and_the_path_with_one_slash() {
        let plain = BaseUrl::new("https://ports.example.org").unwrap();
        assert_eq!(absolute(&plain, "/"), "https://ports.example.org/");
        assert_eq!(
            absolute(&plain, "/tr/ports/3712/"),
            "https://ports.example.org/tr/ports/3712/"
        );
        // `--base-url` with a trailing slash joins like site.yaml's value without one.
        let slashed = BaseUrl::from_argument("https://ports.example.org/").unwrap();
        assert_eq!(
            absolute(&slashed, "/sitemap.xml"),
            absolute(&plain, "/sitemap.xml")
        );
        assert_eq!(
            absolute(&slashed, "/sitemap.xml"),
            "https://ports.example.org/sitemap.xml"
        );
    }

    #[test]
    fn a_base_url_with_a_path_prefix_keeps_it() {
        let base = BaseUrl::new("https://example.org/ports-site").unwrap();
        assert_eq!(absolute(&base, "/"), "https://example.org/ports-site/");
        assert_eq!(
            absolute(&base, "/ports/80/"),
            "https://example.org/ports-site/ports/80/"
        );
        assert_eq!(
            absolute(&base, "/404.html"),
            "https://example.org/ports-site/404.html"
        );
        let argument = BaseUrl::from_argument("http://localhost:3712/sub//").unwrap();
        assert_eq!(
            absolute(&argument, "/de/feed.xml"),
            "http://localhost:3712/sub/de/feed.xml"
        );
    }

    #[test]
    fn escapes_are_rejected() {
        for bad in [
            "../x", "/a/../b", "/a//b", "/%2e%2e/", "/a\\b", "/a\0", "/./", "x",
        ] {
            assert!(SitePath::new(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn output_file_stays_inside_out() {
        let out = Path::new("/srv/out");
        let path = SitePath::new("/tr/ports/80/").unwrap();
        assert_eq!(
            path.output_file(out),
            Path::new("/srv/out/tr/ports/80/index.html")
        );
        let nf = SitePath::new("/404.html").unwrap();
        assert_eq!(nf.output_file(out), Path::new("/srv/out/404.html"));
    }
}
