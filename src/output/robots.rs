//! `robots.txt`: every page may be crawled, and the sitemap index is announced.

/// The text of `robots.txt` for a site at `base_url` (no trailing slash).
pub fn robots_txt(base_url: &str) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {base_url}/sitemap.xml\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn robots_points_to_the_sitemap_index() {
        assert_eq!(
            robots_txt("https://ports.example.org"),
            "User-agent: *\nAllow: /\n\nSitemap: https://ports.example.org/sitemap.xml\n"
        );
    }
}
