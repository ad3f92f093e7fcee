//! `robots.txt`: every page may be crawled, and the sitemap index is announced.

use crate::model::AbsoluteUrl;

/// The text of `robots.txt` announcing the sitemap index at `sitemap_index`.
pub fn robots_txt(sitemap_index: &AbsoluteUrl) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {sitemap_index}\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::BaseUrl;
    use crate::model::SitePath;

    #[test]
    fn robots_points_to_the_sitemap_index() {
        let base = BaseUrl::new("https://ports.example.org").unwrap();
        let index = SitePath::new("/sitemap.xml").unwrap();
        assert_eq!(
            robots_txt(&AbsoluteUrl::new(&base, &index)),
            "User-agent: *\nAllow: /\n\nSitemap: https://ports.example.org/sitemap.xml\n"
        );
    }
}
