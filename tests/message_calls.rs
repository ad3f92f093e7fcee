//! `render::calls::RUST_CALLS` is what `portsite check` believes portsite's own code passes
//! to each Fluent message. This test records every message lookup made outside templates
//! while pages of every kind, the search index, feeds and scaffolds are produced, and fails
//! when a lookup is missing from the table or passes other arguments than it says.

mod common;

use std::collections::BTreeSet;

use portsite::i18n::{record_calls, recorded_calls};
use portsite::model::{Page, PageKind};
use portsite::port::Port;
use portsite::render::calls::{Key, rust_calls};
use portsite::scaffold::{NewRequest, create_entry};
use portsite::site::LoadedSite;

use common::TestSite;

/// Ports of every kind: reserved, assigned on one or several protocols, ranges, status
/// ranges beside a specific row, de-registered, removed, registered, dynamic, curated.
const PORTS: [u16; 16] = [
    0, 1, 2, 7, 22, 80, 443, 585, 659, 3712, 6000, 6063, 7775, 7760, 49152, 65535,
];

#[test]
fn every_message_lookup_of_the_code_is_in_the_table() {
    record_calls();
    let site = TestSite::bundled(3710, 3714).built();
    let loaded = LoadedSite::load(site.root(), None).expect("load");
    let mut pages = Vec::new();
    for locale in loaded.plan.locale_ids() {
        let mut kinds = vec![PageKind::Home, PageKind::NotFound, PageKind::Translations];
        kinds.extend(loaded.plan.ranges().iter().map(|r| PageKind::Range(*r)));
        kinds.extend(PORTS.iter().map(|p| PageKind::Port(Port::new(*p))));
        pages.extend(kinds.into_iter().map(|kind| Page::Html { locale, kind }));
        pages.extend([
            Page::Search { locale },
            Page::Feed { locale },
            Page::Strings { locale },
        ]);
    }
    let mut buf = Vec::new();
    for page in &pages {
        buf.clear();
        loaded.render_page(page, &mut buf).expect("render");
    }
    for (port, locale) in [(7000, None), (3713, Some("tr")), (49999, Some("ar"))] {
        let request = NewRequest {
            port,
            locale,
            today: portsite::content::today(),
        };
        create_entry(site.root(), &request).expect("scaffold");
    }

    let table = rust_calls();
    let mut unknown = BTreeSet::new();
    for (id, args) in recorded_calls() {
        let covered = table.iter().any(|call| {
            let key_matches = match &call.key {
                Key::Exact(exact) => *exact == id,
                Key::Prefix(prefix) => id.starts_with(prefix.as_str()),
                Key::Computed(_) => false,
            };
            let mut declared: Vec<String> =
                call.signature.args.iter().map(|(n, _)| n.clone()).collect();
            declared.sort();
            key_matches && declared == args
        });
        if !covered {
            unknown.insert(format!("{id}({})", args.join(", ")));
        }
    }
    assert!(
        unknown.is_empty(),
        "message lookups missing from render::calls::RUST_CALLS (add them there): {unknown:?}"
    );
    assert!(recorded_calls().len() > 30, "too few lookups recorded");
}
