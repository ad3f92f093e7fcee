//! Redirects for ports without a page of their own (`port_pages: registered`): each
//! `/ports/N/` goes to its row on the range page. Two files, one rule set: `_redirects` for
//! Cloudflare Pages, Netlify and GitLab Pages, kept within the smallest of their limits, and
//! an nginx `map` with every rule for self-hosting. The limits are cited in docs/DEPLOY.md.

use std::fmt::Write;

use crate::model::SitePlan;

/// The file Cloudflare Pages, Netlify and GitLab Pages read their redirect rules from.
pub const REDIRECTS_FILE: &str = "_redirects";
/// The nginx `map` for self-hosting; a dot file, so the recipe's nginx never serves it.
pub const NGINX_MAP_FILE: &str = ".portsite-nginx-redirects.map";

/// The most rules `_redirects` holds: GitLab Pages' default (1,000; Cloudflare Pages takes
/// 2,000 static rules, Netlify has no fixed count).
pub const MAX_RULES: usize = 1_000;
/// The most bytes `_redirects` holds: GitLab Pages' default file limit (64 KB).
pub const MAX_BYTES: usize = 64_000;

/// The redirect files of a site, and how many of its redirects `_redirects` could hold.
#[derive(Debug, Clone, Default)]
pub struct Redirects {
    /// The `_redirects` file.
    pub redirects: String,
    /// The nginx map: one `"from" "to";` line per redirect, for a `map $uri` block.
    pub nginx_map: String,
    /// Every redirect: ports without a page, times locales.
    pub total: usize,
    /// Those in `_redirects` (the others reach the range page through the 404 page).
    pub in_redirects: usize,
}

/// The redirects of `plan`, or `None` when every port has its own page.
pub fn redirects(plan: &SitePlan) -> Option<Redirects> {
    plan.listed_only().next()?;
    let mut rules = String::new();
    let mut nginx_map = String::new();
    let (mut total, mut in_redirects) = (0, 0);
    // Port by port, every locale together, so a port is either redirected in every locale
    // or in none; low ports first, as the well-known and registered ranges are looked up
    // more often than the dynamic range.
    for port in plan.listed_only() {
        let lines: Vec<(String, String)> = (plan.locale_ids())
            .filter_map(|locale| {
                let to = plan.port_href(locale, port)?;
                let from = plan.locale_urls(locale).port(port);
                Some((from.to_string(), to.to_string()))
            })
            .collect();
        let block: String = lines
            .iter()
            .map(|(from, to)| format!("{from} {to} 302\n"))
            .collect();
        let fits = in_redirects + lines.len() <= MAX_RULES
            && HEADER_ROOM + rules.len() + block.len() <= MAX_BYTES;
        if fits && in_redirects == total {
            rules.push_str(&block);
            in_redirects += lines.len();
        }
        for (from, to) in &lines {
            let _ = writeln!(nginx_map, "\"{from}\" \"{to}\";");
        }
        total += lines.len();
    }
    Some(Redirects {
        redirects: format!("{}{rules}", header(total, in_redirects)),
        nginx_map: format!("{}{nginx_map}", nginx_header(total)),
        total,
        in_redirects,
    })
}

/// Bytes kept free for the header comment of `_redirects`.
const HEADER_ROOM: usize = 512;

fn header(total: usize, in_redirects: usize) -> String {
    let mut text = String::from(
        "# Written by `portsite build` (port_pages: registered): a port without a page of its\n\
         # own is listed on its range page. Within GitLab Pages' limits (1,000 rules, 64 KB),\n\
         # which are below Cloudflare Pages' (2,000 static rules) and Netlify's.\n",
    );
    let left = total - in_redirects;
    let _ = writeln!(text, "# {in_redirects} of {total} redirects are here.");
    if left > 0 {
        let _ = writeln!(
            text,
            "# The other {left} reach their range page through the 404 page's link."
        );
    }
    text
}

fn nginx_header(total: usize) -> String {
    format!(
        "# Written by `portsite build` (port_pages: registered): {total} redirects, one per\n\
         # port without a page of its own and locale, each to its row on the range page.\n\
         # Use it inside a map block (docs/DEPLOY.md, \"port_pages: registered\"):\n\
         #   map_hash_max_size 524288; map_hash_bucket_size 128;\n\
         #   map $uri $portsite_listed {{ default \"\"; include {NGINX_MAP_FILE}; }}\n\
         #   if ($portsite_listed) {{ return 302 $portsite_listed; }}\n"
    )
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::config::SiteConfig;
    use crate::model::PortSet;

    fn plan(from: u16, to: u16, pages: &[u16]) -> SitePlan {
        let yaml = format!(
            "title: t\nbase_url: https://x.test\ndefault_locale: en\nlocales:\n  - {{code: en, name: English}}\n  - {{code: tr, name: Türkçe}}\nports: {{from: {from}, to: {to}}}\nrange_size: 100\n"
        );
        let config = SiteConfig::parse(Path::new("site.yaml"), &yaml).unwrap();
        SitePlan::new(&config).with_port_pages(PortSet::from_fn(|p| pages.contains(&p.get())))
    }

    #[test]
    fn every_port_without_a_page_goes_to_its_range_row() {
        let made = redirects(&plan(95, 105, &[95, 96, 97, 98, 99, 100, 101, 102, 103])).unwrap();
        let rules: Vec<&str> = made
            .redirects
            .lines()
            .filter(|l| !l.starts_with('#'))
            .collect();
        assert_eq!(
            rules,
            [
                "/ports/104/ /ports/100-105/#port-104 302",
                "/tr/ports/104/ /tr/ports/100-105/#port-104 302",
                "/ports/105/ /ports/100-105/#port-105 302",
                "/tr/ports/105/ /tr/ports/100-105/#port-105 302",
            ]
        );
        assert!(
            made.nginx_map
                .contains("\"/tr/ports/105/\" \"/tr/ports/100-105/#port-105\";\n")
        );
        assert_eq!((made.total, made.in_redirects), (4, 4));
    }

    #[test]
    fn redirects_stay_within_the_hosts_limits() {
        let made = redirects(&plan(0, 65535, &[80])).unwrap();
        let rules = made
            .redirects
            .lines()
            .filter(|l| !l.starts_with('#'))
            .count();
        assert_eq!(rules, made.in_redirects);
        assert!(rules <= MAX_RULES && made.redirects.len() <= MAX_BYTES);
        assert!(made.redirects.lines().all(|l| l.len() < 1000));
        assert_eq!(made.total, 65535 * 2);
        assert_eq!(
            made.nginx_map
                .lines()
                .filter(|l| !l.starts_with('#'))
                .count(),
            made.total
        );
        assert!(
            made.redirects
                .contains("\n/tr/ports/0/ /tr/ports/0-99/#port-0 302\n")
        );
        assert!(
            made.redirects
                .contains(" reach their range page through the 404 page")
        );
    }

    #[test]
    fn a_site_where_every_port_has_a_page_has_no_redirects() {
        assert!(redirects(&SitePlan::new(&SiteConfig::parse(Path::new("s"), "title: t\nbase_url: https://x.test\ndefault_locale: en\nlocales: [{code: en, name: E}]\n").unwrap())).is_none());
    }
}
