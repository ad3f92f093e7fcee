//! The same bytes: for a sample of well over 2,000 URLs of the full bundled site (all 65,536
//! ports, every locale, every kind of file), the body `serve` sends equals the file `build`
//! writes, byte for byte, the live-reload tag aside.
//!
//! The build side is the real build (`site::render_site`, every one of its 262,000 pages
//! rendered) into a sink that keeps a SHA-256 of each sampled file instead of writing 5 GB;
//! the serve side is a real server answering over HTTP.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;

use common::bundled_root;
use common::http::{get, start_with};
use portsite::model::{Page, PageKind, SitePath};
use portsite::output::OutputError;
use portsite::port::Port;
use portsite::serve::{RELOAD_TAG, ServeOptions};
use portsite::site::{self, LoadedSite, Sink};
use sha2::{Digest, Sha256};

/// Keeps the digest of every sampled URL the build hands over.
struct SampleSink {
    wanted: BTreeSet<String>,
    digests: Mutex<BTreeMap<String, Vec<u8>>>,
}

impl Sink for SampleSink {
    fn put(&self, url: &SitePath, bytes: &[u8]) -> Result<(), OutputError> {
        if self.wanted.contains(url.as_str()) {
            let digest = Sha256::digest(bytes).to_vec();
            self.digests
                .lock()
                .unwrap()
                .insert(url.as_str().to_string(), digest);
        }
        Ok(())
    }
}

/// The sample: in every locale the home, 404, translation status, search page and feed, every range page, every
/// curated port, the class boundaries and every 127th port; every search shard and sitemap,
/// the sitemap index, robots.txt and every static file.
fn sample(site: &LoadedSite) -> Vec<Page> {
    let mut ports: BTreeSet<u16> = (0..=65535).step_by(127).collect();
    ports.extend([0, 1, 1023, 1024, 3712, 49151, 49152, 65534, 65535]);
    ports.extend(site.entries.curated_ports().into_iter().map(Port::get));
    let mut pages = Vec::new();
    for locale in site.plan.locale_ids() {
        let html = |kind| Page::Html { locale, kind };
        pages.extend([
            html(PageKind::Home),
            html(PageKind::NotFound),
            html(PageKind::Translations),
        ]);
        pages.extend([
            Page::Search { locale },
            Page::Feed { locale },
            Page::Strings { locale },
        ]);
        pages.extend(site.plan.ranges().iter().map(|r| html(PageKind::Range(*r))));
        pages.extend(ports.iter().map(|p| html(PageKind::Port(Port::new(*p)))));
        for (key, _) in site.search_shards(locale) {
            let key = key.clone();
            pages.push(Page::SearchShard { locale, key });
        }
        pages.extend([1, 2].map(|number| Page::Sitemap { locale, number }));
    }
    pages.extend([Page::SitemapIndex, Page::Robots, Page::Stylesheet]);
    for file in portsite::output::static_files(&site.root.join("static")).unwrap() {
        pages.push(site.plan.static_page(&file).unwrap());
    }
    pages
}

fn kind_of(page: &Page) -> &'static str {
    match page {
        Page::Html { kind, .. } => match kind {
            PageKind::Home => "home",
            PageKind::Port(_) => "port",
            PageKind::Range(_) => "range",
            PageKind::NotFound => "404",
            PageKind::Translations => "translation status",
        },
        Page::Search { .. } => "search page",
        Page::SearchShard { .. } => "search shard",
        Page::Feed { .. } => "feed",
        Page::SitemapIndex => "sitemap index",
        Page::Sitemap { .. } => "sitemap",
        Page::Robots => "robots.txt",
        Page::Stylesheet => "stylesheet",
        Page::Strings { .. } => "strings for scripts",
        Page::Static(_) => "static file",
    }
}

/// The body as `build` would write it: the reload tag `serve` adds to HTML taken out.
fn without_reload_tag(body: Vec<u8>) -> Vec<u8> {
    let tag = RELOAD_TAG.as_bytes();
    match body.windows(tag.len()).rposition(|w| w == tag) {
        Some(at) => [&body[..at], &body[at + tag.len()..]].concat(),
        None => body,
    }
}

#[test]
fn serve_sends_what_build_writes_for_two_thousand_urls_of_the_full_site() {
    let root = bundled_root();
    let site = LoadedSite::load(&root, None).expect("the bundled site loads");
    assert_eq!(site.config.ports.len(), 65536, "not the full site");
    let pages = sample(&site);
    let urls: Vec<(String, &'static str)> = pages
        .iter()
        .map(|p| (site.plan.url(p).as_str().to_string(), kind_of(p)))
        .collect();
    let sink = SampleSink {
        wanted: urls.iter().map(|(u, _)| u.clone()).collect(),
        digests: Mutex::new(BTreeMap::new()),
    };
    site::render_site(&site, &sink, false).expect("the full build");
    let built = sink.digests.into_inner().unwrap();
    assert_eq!(
        built.len(),
        urls.len(),
        "the build did not write every sampled URL"
    );
    assert!(urls.len() >= 2000, "only {} URLs", urls.len());

    let server = start_with(ServeOptions::new(&root, "127.0.0.1:0".parse().unwrap()));
    let addr = server.local_addr();
    let mut per_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for (url, kind) in &urls {
        let reply = get(addr, url);
        assert_eq!(reply.status, 200, "{url}");
        let served = Sha256::digest(without_reload_tag(reply.raw_body)).to_vec();
        assert!(
            served == built[url],
            "{url} ({kind}): serve and build differ"
        );
        *per_kind.entry(kind).or_default() += 1;
    }
    assert_eq!(
        per_kind.len(),
        14,
        "not every kind of file was compared: {per_kind:?}"
    );
    eprintln!("{} URLs compared: {per_kind:?}", urls.len());
}
