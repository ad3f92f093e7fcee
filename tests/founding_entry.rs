//! The port 3712 entry carries every section of the user's founding page, in en and tr.

mod common;

use common::{TestSite, text_of};

/// Asserts that `needles` appear in `haystack` in this order.
fn assert_in_order(haystack: &str, needles: &[&str]) {
    let mut from = 0;
    for needle in needles {
        match haystack[from..].find(needle) {
            Some(at) => from += at + needle.len(),
            None => panic!("`{needle}` missing or out of order after byte {from}"),
        }
    }
}

#[test]
fn english_3712_has_every_founding_section_in_order() {
    let site = TestSite::bundled(3711, 3713).built();
    let text = text_of(&site.page("/ports/3712/"));
    assert_in_order(
        &text,
        &[
            "Port 3712: Sentinel Enterprise, a ghost registration",
            "What this port is",
            "The ghost registration",
            "What you might actually find here",
            "How to check what's listening",
            "sudo lsof -nP -iTCP:3712 -sTCP:LISTEN",
            "Get-NetTCPConnection -LocalPort 3712",
            "If nothing shows up",
            "Why unassigned (and ghost-registered) ports matter",
            "Frequently asked questions",
            "Does Sentinel licensing software use port 3712?",
            "Was this page helpful?",
        ],
    );
    let html = site.page("/ports/3712/");
    // The IANA registration is a footnote, and the page links the real Sentinel ports.
    assert!(html.contains("fn:"), "no footnote");
    assert!(html.contains(r#"href="/ports/1947/""#));
}

#[test]
fn turkish_3712_is_a_full_translation() {
    let site = TestSite::bundled(3711, 3713).built();
    let text = text_of(&site.page("/tr/ports/3712/"));
    assert_in_order(
        &text,
        &[
            "Bu port nedir?",
            "Hayalet kayıt",
            "Burada aslında ne bulabilirsiniz?",
            "Portu neyin dinlediğini nasıl öğrenirsiniz?",
            "sudo lsof -nP -iTCP:3712 -sTCP:LISTEN",
            "Atanmamış (ve hayalet kayıtlı) portlar neden önemli?",
            "Bu sayfa faydalı oldu mu?",
        ],
    );
    let html = site.page("/tr/ports/3712/");
    assert!(
        html.contains(r#"href="/tr/ports/1947/""#),
        "links are localized"
    );
    assert!(!text.contains("not been translated"));
}

#[test]
fn a_missing_translation_shows_the_original_with_a_notice() {
    let site = TestSite::bundled(3711, 3713);
    std::fs::remove_file(site.root().join("content/ports/3712/index.de.md"))
        .expect("the bundled German translation");
    let site = site.built();
    let html = site.page("/de/ports/3712/");
    assert!(html.contains(r#"<div class=entry lang="en" dir="ltr">"#));
    assert!(html.contains(r#"href="/ports/3712/" hreflang="en""#));
    assert!(text_of(&html).contains("The ghost registration"));
}
