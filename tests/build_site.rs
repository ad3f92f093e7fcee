//! Building the bundled site for a span of ports, and reading the pages a visitor would see.

mod common;

use common::{TestSite, text_of};

fn site() -> TestSite {
    TestSite::bundled(3700, 3720).built()
}

#[test]
fn every_locale_gets_every_port_page_home_and_404() {
    let site = site();
    for prefix in ["", "/tr", "/de", "/ar"] {
        for port in [3700, 3712, 3720] {
            assert!(
                site.exists(&format!("{prefix}/ports/{port}/index.html")),
                "{prefix} {port}"
            );
        }
        assert!(site.exists(&format!("{prefix}/index.html")));
        assert!(site.exists(&format!("{prefix}/404.html")));
        assert!(site.exists(&format!("{prefix}/ports/3700-3720/index.html")));
    }
    assert!(!site.exists("/ports/3699/index.html"));
    assert!(site.exists("/static/site.css") && site.exists("/static/highlight.css"));
}

#[test]
fn turkish_3712_page_is_turkish_with_alternates_and_highlighted_commands() {
    let site = site();
    let html = site.page("/tr/ports/3712/");
    assert!(html.contains("<html lang=tr dir=ltr>"));
    assert!(html.contains("Bu sayfa faydalı oldu mu?"));
    assert!(
        html.contains(r#"<link rel=canonical href="https://ports.example.org/tr/ports/3712/">"#)
    );
    // The hreflang alternates are in the sitemap (search engines take either), not repeated
    // in every page's head; readers reach every locale from the language switcher.
    assert!(!html.contains("<link rel=alternate hreflang"), "{html}");
    let sitemap = site.page("/sitemap-tr-1.xml");
    let entry = sitemap
        .split("<url>")
        .find(|u| u.contains("<loc>https://ports.example.org/tr/ports/3712/</loc>"))
        .expect("the page is in the Turkish sitemap");
    for (lang, href) in [
        ("en", "https://ports.example.org/ports/3712/"),
        ("tr", "https://ports.example.org/tr/ports/3712/"),
        ("de", "https://ports.example.org/de/ports/3712/"),
        ("ar", "https://ports.example.org/ar/ports/3712/"),
        ("x-default", "https://ports.example.org/ports/3712/"),
    ] {
        let link = format!(r#"<xhtml:link rel="alternate" hreflang="{lang}" href="{href}"/>"#);
        assert!(entry.contains(&link), "missing {link}");
    }
    for (lang, href) in [("en", "/ports/3712/"), ("de", "/de/ports/3712/")] {
        let link = format!(r#"<a href="{href}" hreflang={lang} lang={lang}>"#);
        assert!(html.contains(&link), "missing {link}");
    }
    // Commands are highlighted with one short element per token style, never inline
    // styles, and carry the port.
    let pre = html
        .split("<pre class=hl-code")
        .nth(1)
        .expect("a code block");
    let code = &pre[..pre.find("</pre>").unwrap()];
    assert!(code.contains("<h-"), "{code}");
    assert!(code.contains("3712"));
    assert!(!html.contains("style="));
}

#[test]
fn text_only_scripts_show_is_in_one_file_per_locale_not_in_every_page() {
    let site = site();
    let turkish: serde_json::Value =
        serde_json::from_str(&site.page("/static/strings/tr.json")).expect("strings parse");
    assert_eq!(turkish["search-empty"], "Aramanızla eşleşen bir port yok.");
    assert!(
        turkish["search-goto"]
            .as_str()
            .is_some_and(|t| t.contains("{port}")),
        "{turkish}"
    );
    for id in portsite::output::SCRIPT_MESSAGES {
        assert!(turkish[id].as_str().is_some_and(|t| !t.is_empty()), "{id}");
    }
    let html = site.page("/tr/ports/3712/");
    for text in [
        "Aramanızla eşleşen bir port yok.",
        "data-label-dark",
        "data-copy",
    ] {
        assert!(!html.contains(text), "{text} is still in the page");
    }
}

#[test]
fn arabic_pages_are_right_to_left_and_code_stays_left_to_right() {
    let site = site();
    let html = site.page("/ar/ports/3712/");
    assert!(html.contains("<html lang=ar dir=rtl>"));
    assert!(html.contains("<pre class=hl-code dir=ltr>"));
}

#[test]
fn registry_facts_for_3712_match_iana() {
    let site = site();
    let text = text_of(&site.page("/ports/3712/"));
    assert!(text.contains("sentinel-ent"), "{text}");
    assert!(
        text.contains("TCP and UDP"),
        "the protocols as an English list: {text}"
    );
    assert!(text.contains("Sentinel Enterprise"));
    assert!(text.contains("March 2003"));
    let tr = text_of(&site.page("/tr/ports/3712/"));
    assert!(tr.contains("Mart 2003"), "{tr}");
}

#[test]
fn registered_port_explains_its_range() {
    let site = site();
    let text = text_of(&site.page("/ports/3700/"));
    assert!(text.contains("lrs-paging"));
    assert!(text.contains("registered range (1024–49151)"), "{text}");
}

#[test]
fn reserved_and_dynamic_ports_say_so() {
    let site = TestSite::bundled(0, 3).built();
    let text = text_of(&site.page("/ports/2/"));
    assert!(text.contains("Port 2 is reserved by IANA"), "{text}");
    let site = TestSite::bundled(60000, 60001).built();
    let text = text_of(&site.page("/ports/60000/"));
    assert!(text.contains("dynamic range"), "{text}");
}

#[test]
fn port_pages_link_their_neighbours_and_range() {
    let site = site();
    let html = site.page("/de/ports/3712/");
    assert!(html.contains(r#"href="/de/ports/3711/""#));
    assert!(html.contains(r#"href="/de/ports/3713/""#));
    assert!(html.contains(r#"href="/de/ports/3700-3720/""#));
    let first = site.page("/ports/3700/");
    assert!(
        !first.contains(r#"rel="prev""#),
        "3699 has no page in this span"
    );
}

#[test]
fn home_numbers_follow_each_locale() {
    let site = site();
    assert!(text_of(&site.page("/")).contains("65,536"));
    assert!(text_of(&site.page("/tr/")).contains("65.536"));
    assert!(text_of(&site.page("/de/")).contains("65.536"));
    // One digit system per page: Arabic pages write port numbers in Western digits, so
    // counts and dates use them too.
    let arabic = text_of(&site.page("/ar/"));
    assert!(arabic.contains("65,536"), "{arabic}");
    assert!(
        !arabic.chars().any(|c| ('\u{660}'..='\u{669}').contains(&c)),
        "no Arabic-Indic digits beside Western ones: {arabic}"
    );
}

/// The JSON-LD of a page, parsed.
fn json_ld(html: &str) -> serde_json::Value {
    let start = html
        .find("<script type=application/ld+json>")
        .expect("a JSON-LD script")
        + "<script type=application/ld+json>".len();
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).expect("JSON-LD parses")
}

#[test]
fn port_pages_carry_schema_org_faq_and_breadcrumbs() {
    let site = site();
    let doc = json_ld(&site.page("/tr/ports/3712/"));
    assert_eq!(doc["@context"], "https://schema.org");
    let graph = doc["@graph"].as_array().unwrap();
    let crumbs = graph
        .iter()
        .find(|n| n["@type"] == "BreadcrumbList")
        .unwrap();
    let items = crumbs["itemListElement"].as_array().unwrap();
    assert_eq!(items.len(), 3);
    for (i, item) in items.iter().enumerate() {
        assert_eq!(item["@type"], "ListItem");
        assert_eq!(item["position"], i + 1);
        assert!(item["name"].as_str().is_some_and(|n| !n.is_empty()));
    }
    for item in &items[..2] {
        assert!(
            item["item"]
                .as_str()
                .unwrap()
                .starts_with("https://ports.example.org/tr/")
        );
    }
    // The last crumb is the page itself, which Google takes as its URL.
    assert!(items[2].get("item").is_none(), "{:?}", items[2]);
    assert_eq!(
        items[1]["item"],
        "https://ports.example.org/tr/ports/3700-3720/"
    );
    let faq = graph.iter().find(|n| n["@type"] == "FAQPage").unwrap();
    let questions = faq["mainEntity"].as_array().unwrap();
    // The entry's own questions, in Turkish; the generated ones stay on the page only.
    assert_eq!(questions.len(), 5, "{questions:?}");
    for q in questions {
        assert_eq!(q["@type"], "Question");
        assert!(q["name"].as_str().is_some_and(|n| n.ends_with('?')), "{q}");
        assert_eq!(q["acceptedAnswer"]["@type"], "Answer");
        assert!(
            q["acceptedAnswer"]["text"]
                .as_str()
                .is_some_and(|t| !t.is_empty())
        );
    }
    assert_eq!(
        questions[0]["name"],
        "Sentinel lisans yazılımları 3712 numaralı portu kullanır mı?"
    );
}

#[test]
fn generated_faqs_are_on_the_page_but_not_repeated_as_json_ld() {
    let site = site();
    let html = site.page("/tr/ports/3713/");
    let doc = json_ld(&html);
    let graph = doc["@graph"].as_array().unwrap();
    let types: Vec<_> = graph.iter().map(|n| n["@type"].clone()).collect();
    assert_eq!(types, ["BreadcrumbList"]);
    // The reader still gets every generated question and answer.
    let faq = html.split("<section class=faq").nth(1).expect("an FAQ");
    let faq = &faq[..faq.find("</section>").unwrap()];
    assert_eq!(faq.matches("<h3").count(), 5, "{faq}");
}

#[test]
fn the_translation_status_page_shows_each_entry_by_locale() {
    let site = TestSite::bundled(3700, 3720);
    // One stale translation and one missing one, beside entries that are up to date.
    let tr = site.root().join("content/ports/3712/index.tr.md");
    let text = std::fs::read_to_string(&tr).unwrap();
    let stale = text
        .lines()
        .map(|l| match l.starts_with("source_updated:") {
            true => "source_updated: 2026-01-15",
            false => l,
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&tr, stale).unwrap();
    std::fs::remove_file(site.root().join("content/ports/3712/index.ar.md")).unwrap();
    let site = site.built();
    let html = site.page("/contributing/translations/");
    assert!(html.contains("<meta name=robots content=noindex>"));
    let text = text_of(&html);
    assert!(text.contains("Translation status"), "{text}");
    assert!(
        text.contains("out of date: translated from the version of 15 January 2026"),
        "{text}"
    );
    assert!(text.contains("missing: write it"), "{text}");
    assert!(text.contains("content/ports/3712/index.ar.md"), "{text}");
    assert!(
        text.contains("content/ports/22/index.de.md"),
        "every curated entry: {text}"
    );
    assert!(html.contains("edit/main/content/ports/3712/index.tr.md"));
    assert!(html.contains("new/main/content/ports/3712?filename=index.ar.md"));
    // In every locale, for translators, and never in a sitemap.
    assert!(text_of(&site.page("/tr/contributing/translations/")).contains("Çeviri durumu"));
    for sitemap in ["/sitemap-en-1.xml", "/sitemap-tr-1.xml"] {
        assert!(!site.page(sitemap).contains("contributing"), "{sitemap}");
    }
}

#[test]
fn the_feedback_prompt_is_one_form_the_collectors_303_can_open() {
    let site = site();
    let html = site.page("/ar/ports/3713/");
    let section = html
        .split("<section class=feedback")
        .nth(1)
        .expect("a feedback section");
    let section = &section[..section.find("</section>").unwrap()];
    // One form, so the hidden fields are written once; it is the `#feedback-more` the
    // collector redirects to after "No", where site.css shows its comment box.
    assert_eq!(section.matches("<form").count(), 1, "{section}");
    assert!(section.contains(
        r#"<form class=feedback-form id=feedback-more method=post action="/api/feedback""#
    ));
    assert!(section.contains(r#"<input type=hidden name=page value="/ar/ports/3713/">"#));
    assert!(section.contains(r#"<input type=hidden name=locale value="ar">"#));
    assert!(section.contains("<button name=helpful value=yes>"));
    // "No" and the comment's "Send" post the same vote; an empty comment is no comment.
    assert_eq!(section.matches("<button name=helpful value=no>").count(), 2);
    assert!(section.contains("<textarea id=feedback-comment name=comment"));
    assert!(section.contains("id=feedback-thanks"));
}

#[test]
fn the_star_legend_shows_only_on_ranges_with_a_curated_port() {
    let with = site();
    let html = with.page("/ports/3700-3720/");
    assert!(html.contains("class=range-legend"), "3712 is curated");
    assert!(html.contains("<tr class=curated"));
    let without = TestSite::bundled(3720, 3730).built();
    let html = without.page("/tr/ports/3720-3730/");
    assert!(
        !html.contains("range-legend") && !html.contains("curated-mark"),
        "no port of 3720-3730 has an entry, so nothing needs the ★ explained"
    );
}
