//! Generated pages tell the truth and read as a native writes: the sentences of every
//! registry shape in every locale, recorded as reviewed snapshots, and a sweep over every
//! port page of the bundled site for the marks of a broken sentence.

#[path = "generated/page_text.rs"]
mod page_text;

use std::path::PathBuf;
use std::sync::LazyLock;

use portsite::config::LocaleId;
use portsite::model::{Page, PageKind, SitePath};
use portsite::port::Port;
use portsite::site::LoadedSite;
use rayon::prelude::*;

/// The bundled site, loaded once for every test of this file.
static SITE: LazyLock<LoadedSite> = LazyLock::new(|| {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    LoadedSite::load(&root, None).expect("the bundled site loads")
});

/// One port of each shape the registry data has, with why it is here.
const SHAPES: &[(u16, &str)] = &[
    (0, "port 0: reserved for TCP and UDP, nothing can listen"),
    (2, "reserved after a de-assignment, with a note"),
    (7, "one service name on TCP and UDP (echo)"),
    (
        22,
        "curated; one name on three protocols; the curated FAQ replaces the protocol question",
    ),
    (
        80,
        "three names, one of them also on SCTP with another assignee",
    ),
    (225, "inside a reserved range without protocol, RFC 1060"),
    (
        465,
        "three names on two protocols: urd, submissions, igmpv3lite",
    ),
    (512, "three names: exec on TCP, comsat and biff on UDP"),
    (1021, "experiment port with an IANA footnote marker"),
    (1023, "reserved, the last well-known port"),
    (1024, "reserved, the first registered port"),
    (1109, "reserved by IANA without a protocol"),
    (3002, "two services with different descriptions"),
    (3014, "the same service under two spellings (alias)"),
    (3478, "three names: stun, turn, stun-behavior"),
    (
        3712,
        "curated with footnotes and a checks section of its own",
    ),
    (
        6003,
        "inside the x11 range, the port named by its unauthorized-use note",
    ),
    (6010, "inside the x11 range, a port the note does not name"),
    (9, "DCCP next to TCP/UDP/SCTP (discard)"),
    (993, "imaps on TCP, reserved for UDP"),
    (5004, "RTP media on DCCP as well"),
    (44326, "unassigned range"),
    (49151, "reserved, the last registered port"),
    (49152, "the first dynamic port: not in the registry"),
    (65535, "the last port"),
];

/// Renders one page of the plan, as `build` writes it and `serve` sends it.
fn render(index: LocaleId, kind: PageKind) -> (SitePath, Vec<u8>) {
    let mut html = Vec::with_capacity(64 * 1024);
    let page = Page::Html {
        locale: index,
        kind,
    };
    assert!(
        SITE.render_page(&page, &mut html)
            .expect("the page renders")
    );
    (SITE.plan.url(&page), html)
}

fn page_text(index: LocaleId, port: u16) -> String {
    let (_, html) = render(index, PageKind::Port(Port::new(port)));
    page_text::main_text(&String::from_utf8(html).expect("UTF-8"))
}

fn locale_index(code: &str) -> LocaleId {
    SITE.config
        .locale_id(code)
        .expect("locale of the bundled site")
}

fn shapes_snapshot(code: &str) -> String {
    let index = locale_index(code);
    SHAPES
        .iter()
        .map(|(port, why)| format!("======== {port}: {why}\n{}\n", page_text(index, *port)))
        .collect()
}

#[test]
fn registry_shapes_en() {
    insta::assert_snapshot!(shapes_snapshot("en"));
}

#[test]
fn registry_shapes_tr() {
    insta::assert_snapshot!(shapes_snapshot("tr"));
}

#[test]
fn registry_shapes_de() {
    insta::assert_snapshot!(shapes_snapshot("de"));
}

#[test]
fn registry_shapes_ar() {
    insta::assert_snapshot!(shapes_snapshot("ar"));
}

/// Fifty pages per locale for the native-reader pass: port pages of every kind (assigned,
/// curated, reserved, unassigned, dynamic), range pages across the class boundaries, the
/// home page and the 404 page.
const SAMPLE_PORTS: &[u16] = &[
    1, 13, 20, 21, 23, 25, 53, 67, 110, 123, 137, 161, 389, 443, 500, 514, 546, 631, 853, 993,
    1194, 1433, 1723, 1812, 1900, 2049, 2375, 3000, 3306, 3389, 4000, 4500, 5060, 5353, 5432, 8080,
    9100, 11211, 27017, 33434, 51820, 60000,
];

fn sample_pages(index: LocaleId) -> Vec<PageKind> {
    let ranges = [0u16, 1000, 3000, 6000, 44000, 65000];
    let mut pages: Vec<PageKind> = SAMPLE_PORTS
        .iter()
        .map(|p| PageKind::Port(Port::new(*p)))
        .collect();
    for start in ranges {
        let range =
            portsite::model::range_of(Port::new(start), SITE.plan.ranges()).expect("range page");
        pages.push(PageKind::Range(range));
    }
    pages.push(PageKind::Home);
    pages.push(PageKind::NotFound);
    let _ = index;
    pages
}

fn sample_snapshot(code: &str) -> String {
    let index = locale_index(code);
    let jobs: Vec<(LocaleId, PageKind)> = sample_pages(index)
        .into_iter()
        .map(|k| (index, k))
        .collect();
    assert_eq!(jobs.len(), 50, "fifty pages per locale");
    let pages: Vec<_> = jobs
        .iter()
        .map(|(index, kind)| render(*index, *kind))
        .collect();
    pages
        .iter()
        .map(|(url, html)| {
            let html = String::from_utf8_lossy(html);
            format!("======== {url}\n{}\n", page_text::main_text(&html))
        })
        .collect()
}

#[test]
fn fifty_pages_en() {
    insta::assert_snapshot!(sample_snapshot("en"));
}

#[test]
fn fifty_pages_tr() {
    insta::assert_snapshot!(sample_snapshot("tr"));
}

#[test]
fn fifty_pages_de() {
    insta::assert_snapshot!(sample_snapshot("de"));
}

#[test]
fn fifty_pages_ar() {
    insta::assert_snapshot!(sample_snapshot("ar"));
}

/// The text between tags, entities left as written: fast enough for 262,144 pages.
fn strip_tags(html: &str) -> String {
    let mut text = String::with_capacity(html.len() / 2);
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                text.push('\n');
            }
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

/// Removes every `<open …>…</close>` element from `html`: code keeps its own spacing
/// and syntax (PowerShell's `@{…}`), scripts are not text.
fn without(html: &str, open: &str, close: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(open) {
        out.push_str(&rest[..at]);
        rest = rest[at..].split_once(close).map_or("", |(_, after)| after);
    }
    out.push_str(rest);
    out
}

/// Whether `line` has a space before a punctuation mark that ends a clause (followed by a
/// space or the end of the line); `.s.PGSQL.5432`, a file name, is not punctuation.
fn space_before_punctuation(line: &str) -> bool {
    let chars: Vec<char> = line.chars().collect();
    chars.windows(2).enumerate().any(|(i, pair)| {
        pair[0] == ' '
            && ".,:;?!،؟".contains(pair[1])
            && chars.get(i + 2).is_none_or(|next| next.is_whitespace())
    })
}

/// What a broken sentence leaves in a page's text: each fault with the line it is on.
fn sentence_faults(html: &str) -> Vec<(&'static str, String)> {
    let body = html.split_once("<main").map_or(html, |(_, main)| main);
    let body = body.split_once("</main>").map_or(body, |(main, _)| main);
    let body = without(&without(body, "<pre", "</pre>"), "<script", "</script>");
    // IANA's own texts (descriptions, notes) are quoted as the registry writes them.
    // (Attribute values without spaces are written unquoted.)
    let body = without(&body, "<span class=registry-text>", "</span>");
    let body = without(&body, "<dd class=registry-text", "</dd>");
    let body = without(&body, "<dd class=\"registry-text", "</dd>");
    let body = without(&body, "<p class=\"status-notes registry-text", "</p>");
    // Curated write-ups, their FAQ items and sources are hand-written; the sweep is
    // about the sentences portsite composes.
    let body = without(&body, "<div class=entry", "</div>");
    let body = without(&body, "<div class=\"entry", "</div>");
    let body = without(&body, "<h3 class=faq-curated", "</h3>");
    let body = without(&body, "<div class=faq-curated", "</div>");
    let body = without(&body, "<section class=sources", "</section>");
    let mut faults = Vec::new();
    for line in strip_tags(&body).lines() {
        let line = line.trim();
        let mut fault = |name: &'static str| faults.push((name, line.to_string()));
        if ["{{", "{%", "{ $", "}}", "%}"]
            .iter()
            .any(|t| line.contains(t))
        {
            fault("leftover template or Fluent syntax");
        }
        if line.contains("  ") {
            fault("a doubled space");
        }
        if space_before_punctuation(line) {
            fault("a space before punctuation");
        }
        let empty = [
            "for :",
            "for .",
            "für  ",
            "port  için",
            "عبر :",
            "على :",
            "()",
            "( )",
        ];
        if empty.iter().any(|e| line.contains(e)) {
            fault("an empty placeholder");
        }
    }
    faults
}

/// Every port page of the bundled site in every locale: no empty placeholder, doubled
/// space, space before punctuation or leftover template syntax anywhere.
#[test]
fn sweep_every_port_page() {
    let mut failures = Vec::new();
    for index in SITE.config.locale_ids() {
        for chunk in (0..=u16::MAX).collect::<Vec<_>>().chunks(4096) {
            let jobs: Vec<(LocaleId, PageKind)> = chunk
                .iter()
                .map(|p| (index, PageKind::Port(Port::new(*p))))
                .collect();
            let pages: Vec<_> = jobs.par_iter().map(|(i, kind)| render(*i, *kind)).collect();
            let found: Vec<String> = pages
                .par_iter()
                .flat_map_iter(|(url, html)| {
                    let html = String::from_utf8_lossy(html);
                    sentence_faults(&html)
                        .into_iter()
                        .map(move |(fault, line)| format!("{url}: {fault}: {line}"))
                })
                .collect();
            failures.extend(found.into_iter().take(40 - failures.len().min(40)));
        }
    }
    assert!(
        failures.is_empty(),
        "broken sentences:\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_sweep_sees_each_kind_of_fault() {
    let faults = |text: &str| -> Vec<&'static str> {
        let mut names: Vec<_> = sentence_faults(&format!("<main><p>{text}</p></main>"))
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        names.sort_unstable();
        names
    };
    assert_eq!(
        faults("Port 44326 is unassigned for : nobody"),
        ["a space before punctuation", "an empty placeholder"]
    );
    assert_eq!(
        faults("Port 41234 ist für  nicht"),
        ["a doubled space", "an empty placeholder"]
    );
    assert_eq!(
        faults("Port { $port }"),
        ["leftover template or Fluent syntax"]
    );
    assert!(faults("Port 22 is registered for ssh.").is_empty());
    assert!(faults("What is the .s.PGSQL.5432 file?").is_empty());
    assert_eq!(
        faults("nobody has registered it ."),
        ["a space before punctuation"]
    );
    assert!(faults("<pre>@{Name='Process'}}  </pre>").is_empty());
}
