//! Reviewed snapshots of every kind of page in every locale of a small site: the bundled
//! site cut to ports 0-229 in ranges of 100, rendered in memory exactly as `build` writes
//! it. HTML pages are recorded as an outline of what a reader sees (`outline.rs`), the
//! feed, sitemaps and robots.txt as written. Ports: 0 (reserved, nothing can listen), 7
//! (generated from the registry), 9 (curated in English only), 22 (curated), 25 (its
//! Turkish translation made out of date) and 225 (covered by the registry's 225-241
//! reserved range row).

mod common;
#[path = "page_snapshots/outline.rs"]
mod outline;

use std::sync::LazyLock;

use common::TestSite;
use portsite::config::LocaleId;
use portsite::model::{Page, PageKind, range_of};
use portsite::port::Port;
use portsite::site::LoadedSite;

const LOCALES: [&str; 4] = ["en", "tr", "de", "ar"];

/// A curated entry with no translation.
const DISCARD_ENTRY: &str = "---
title: \"Port 9: discard\"
description: \"The discard service throws away whatever it receives.\"
protocols: [tcp, udp]
tags: [well-known]
updated: 2026-11-20
---

## What this port is

The discard service (RFC 863) reads what a client sends and throws it away.
";

/// The small site, copied once and loaded once for every test of this file.
static SITE: LazyLock<(TestSite, LoadedSite)> = LazyLock::new(|| {
    let site = TestSite::bundled(0, 229);
    let config = std::fs::read_to_string(site.root().join("site.yaml")).expect("site.yaml");
    site.write(
        "site.yaml",
        &config.replace("range_size: 1000", "range_size: 100"),
    );
    // One entry written only in English, and one translation older than its original.
    site.write("content/ports/9/index.en.md", DISCARD_ENTRY);
    let smtp_tr = site.root().join("content/ports/25/index.tr.md");
    let smtp_tr = std::fs::read_to_string(smtp_tr).expect("25 in Turkish");
    let stale = smtp_tr.replace("source_updated: 2026-11-30", "source_updated: 2026-01-15");
    assert_ne!(
        stale, smtp_tr,
        "the Turkish SMTP entry names its source date"
    );
    site.write("content/ports/25/index.tr.md", &stale);
    let loaded = LoadedSite::load(site.root(), None).expect("the small site loads");
    (site, loaded)
});

fn loaded() -> &'static LoadedSite {
    &SITE.1
}

fn locale(code: &str) -> LocaleId {
    let index = loaded().config.locale_id(code);
    index.expect("a locale of the bundled site")
}

/// The bytes of `page`, with its URL as the snapshot's first line.
fn render(page: &Page) -> String {
    let site = loaded();
    let mut bytes = Vec::new();
    let rendered = site
        .render_page(page, &mut bytes)
        .expect("the page renders");
    assert!(rendered, "{page:?} is a page of the plan");
    let text = String::from_utf8(bytes).expect("UTF-8");
    format!("url: {}\n{text}", site.plan.url(page))
}

fn html(code: &str, kind: PageKind) -> String {
    let page = Page::Html {
        locale: locale(code),
        kind,
    };
    let text = render(&page);
    let (url, html) = text.split_once('\n').expect("url line");
    format!("{url}\n{}", outline::outline(html))
}

/// One snapshot per locale, named `<name>_<locale>`.
fn each_locale(name: &str, page: impl Fn(&str) -> String) {
    for code in LOCALES {
        insta::assert_snapshot!(format!("{name}_{code}"), page(code));
    }
}

#[test]
fn home() {
    each_locale("home", |code| html(code, PageKind::Home));
}

#[test]
fn port_0_reserved() {
    each_locale("port_0", |code| html(code, PageKind::Port(Port::new(0))));
}

#[test]
fn port_7_generated() {
    each_locale("port_7", |code| html(code, PageKind::Port(Port::new(7))));
}

#[test]
fn port_22_curated() {
    each_locale("port_22", |code| html(code, PageKind::Port(Port::new(22))));
}

#[test]
fn port_9_written_only_in_english() {
    each_locale("port_9", |code| html(code, PageKind::Port(Port::new(9))));
}

#[test]
fn port_225_in_a_registry_range() {
    each_locale("port_225", |code| {
        html(code, PageKind::Port(Port::new(225)))
    });
}

#[test]
fn range_200_229() {
    let range = range_of(Port::new(200), loaded().plan.ranges()).expect("a range page");
    each_locale("range_200", |code| html(code, PageKind::Range(range)));
}

#[test]
fn not_found() {
    each_locale("not_found", |code| html(code, PageKind::NotFound));
}

#[test]
fn translations_status() {
    each_locale("translations", |code| html(code, PageKind::Translations));
}

#[test]
fn search_page() {
    each_locale("search", |code| {
        let text = render(&Page::Search {
            locale: locale(code),
        });
        let (url, html) = text.split_once('\n').expect("url line");
        format!("{url}\n{}", outline::outline(html))
    });
}

#[test]
fn feed() {
    each_locale("feed", |code| {
        render(&Page::Feed {
            locale: locale(code),
        })
    });
}

#[test]
fn sitemaps() {
    insta::assert_snapshot!("sitemap_index", render(&Page::SitemapIndex));
    each_locale("sitemap", |code| {
        let xml = render(&Page::Sitemap {
            locale: locale(code),
            number: 1,
        });
        sitemap_excerpt(&xml)
    });
}

/// A sitemap lists hundreds of URLs alike: the count, then the home page's and port 22's
/// entries in full.
fn sitemap_excerpt(xml: &str) -> String {
    let urls: Vec<&str> = xml.split("<url>").skip(1).collect();
    let mut text = format!("{} URLs\n", urls.len());
    let head = xml.split("<url>").next().unwrap_or_default();
    text.push_str(head);
    for url in urls.iter().filter(|u| {
        let loc = u.split("</loc>").next().unwrap_or_default();
        loc.ends_with(".org/")
            || loc.ends_with("/ports/22/")
            || loc.ends_with(".org/tr/")
            || loc.ends_with(".org/de/")
            || loc.ends_with(".org/ar/")
    }) {
        text.push_str("<url>");
        text.push_str(url);
    }
    text
}

#[test]
fn robots() {
    insta::assert_snapshot!("robots", render(&Page::Robots));
}
