//! The site's base URL, checked once when the configuration is read.

use std::fmt;

use serde::Deserialize;

/// An absolute `http(s)` URL without a trailing slash, where the site is published:
/// `https://ports.example.org` or `https://example.org/ports-site`.
///
/// It keeps the text as written: `url::Url` checks it, but its serialization would
/// lowercase the host, drop a default port and add a `/`, and the pages' URLs have always
/// been the configured text followed by the path. Absolute URLs are made from it by
/// `model::AbsoluteUrl::new` alone. A `site.yaml` value is checked by `SiteConfig::parse`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct BaseUrl(String);

impl BaseUrl {
    /// A base URL as `site.yaml` must write it (no trailing slash); the error says why not.
    pub fn new(value: &str) -> Result<BaseUrl, String> {
        crate::validate::base_url(value)?;
        Ok(BaseUrl(value.to_string()))
    }

    /// A `--base-url` value: trailing slashes are dropped, then `site.yaml`'s rules apply.
    pub fn from_argument(value: &str) -> Result<BaseUrl, String> {
        crate::validate::base_url_argument(value).map(BaseUrl)
    }

    /// The URL as written, without a trailing slash.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for BaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_yaml_takes_no_trailing_slash_and_the_argument_drops_it() {
        assert!(BaseUrl::new("https://example.org/").is_err());
        assert_eq!(
            BaseUrl::new("https://example.org/ports-site")
                .unwrap()
                .as_str(),
            "https://example.org/ports-site"
        );
        assert_eq!(
            BaseUrl::from_argument("https://example.org/ports-site//")
                .unwrap()
                .as_str(),
            "https://example.org/ports-site"
        );
        assert!(BaseUrl::from_argument("javascript:alert(1)//").is_err());
    }

    #[test]
    fn the_text_is_kept_as_written() {
        let url = BaseUrl::new("https://Ports.Example.org:443").unwrap();
        assert_eq!(url.to_string(), "https://Ports.Example.org:443");
    }
}
