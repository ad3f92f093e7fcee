//! Entries that must load, whatever the editor did to line ends and byte order marks.

use std::path::Path;

use super::{TR_3712, locales};
use crate::content::{EntryDate, Transport, parse_entry};

const MINIMAL: &str = "---\ntitle: Port 3712\ndescription: A ghost.\n---\n## Heading\n\nText\n";

#[test]
fn minimal_entry_takes_port_and_locale_from_its_path() {
    let e = parse_entry(Path::new(TR_3712), MINIMAL.as_bytes(), &locales()).unwrap();
    assert_eq!((e.port.get(), e.locale.as_str()), (3712, "tr"));
    assert_eq!(e.meta.title, "Port 3712");
    assert!(e.meta.faq.is_empty() && e.meta.protocols.is_empty());
    assert_eq!(e.body, "## Heading\n\nText\n");
    assert_eq!(e.body_line, 5);
}

#[test]
fn crlf_entry_loads_with_lf_body_and_same_lines() {
    let crlf = MINIMAL.replace('\n', "\r\n");
    let e = parse_entry(Path::new(TR_3712), crlf.as_bytes(), &locales()).unwrap();
    assert_eq!(e.meta.description, "A ghost.");
    assert_eq!(e.body, "## Heading\n\nText\n");
    assert_eq!(e.body_line, 5);
}

#[test]
fn crlf_errors_still_point_at_the_right_place() {
    let text = "---\r\ntitle: A\r\ndescription: B\r\nfqa: []\r\n---\r\n";
    assert!(
        super::entry_error(text)
            .starts_with("content/ports/3712/index.tr.md:4:1: unknown field `fqa`")
    );
}

#[test]
fn byte_order_mark_is_accepted_and_stripped() {
    let bytes = [b"\xef\xbb\xbf".as_slice(), MINIMAL.as_bytes()].concat();
    let e = parse_entry(Path::new(TR_3712), &bytes, &locales()).unwrap();
    assert_eq!(e.meta.title, "Port 3712");
}

#[test]
fn every_field_is_read() {
    let root = super::fixture("site");
    let rel = Path::new("content/ports/3712/index.en.md");
    let bytes = std::fs::read(root.join(rel)).unwrap();
    let e = parse_entry(rel, &bytes, &locales()).unwrap();
    let m = &e.meta;
    assert_eq!(m.protocols, [Transport::Tcp, Transport::Udp]);
    assert_eq!(m.tags, ["ghost-registration", "licensing"]);
    assert_eq!(
        m.updated,
        Some(EntryDate {
            year: 2026,
            month: 11,
            day: 26
        })
    );
    assert_eq!(m.faq.len(), 2);
    assert_eq!(m.faq[0].q, "Is port 3712 dangerous?");
    assert_eq!(
        m.faq[0].a,
        "Not by itself. Check **what is listening** before you block it.\n"
    );
    assert_eq!(
        m.sources[0].url,
        "https://www.iana.org/assignments/service-names-port-numbers/"
    );
    assert_eq!(m.source_updated, None);
    assert_eq!(e.body_line, 17);
    assert!(e.body.starts_with("\n## What this port is"));
}

#[test]
fn a_few_plain_aliases_are_still_allowed() {
    let text = "---\ntitle: &t Port 3712\ndescription: *t\n---\n";
    let e = parse_entry(Path::new(TR_3712), text.as_bytes(), &locales()).unwrap();
    assert_eq!(e.meta.description, "Port 3712");
}
