//! The files built from the whole site: search shards, search page, sitemaps, robots.txt
//! and Atom feeds, checked on a small build of the bundled site.

mod common;

use std::fs;

use common::TestSite;
use portsite::output::search::fold;

const LOCALES: [&str; 4] = ["en", "tr", "de", "ar"];

/// Parses `xml` to the end, panicking with the position of the first well-formedness error.
fn assert_well_formed(name: &str, xml: &str) {
    let mut reader = quick_xml::Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut depth = 0i32;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(_)) => depth += 1,
            Ok(quick_xml::events::Event::End(_)) => depth -= 1,
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!(
                "{name} is not well-formed at {}: {e}",
                reader.error_position()
            ),
        }
    }
    assert_eq!(depth, 0, "{name} has unclosed elements");
}

fn shard(site: &TestSite, lang: &str, key: &str) -> Vec<serde_json::Value> {
    let text = fs::read_to_string(site.out().join(format!("search/{lang}/{key}.json")))
        .unwrap_or_else(|e| panic!("search/{lang}/{key}.json: {e}"));
    serde_json::from_str(&text).expect("a shard is a JSON array")
}

#[test]
fn folding_finds_turkish_and_english_spellings_alike() {
    assert_eq!(fold("SENTİNEL"), fold("Sentinel"));
    assert_eq!(fold("sentınel"), fold("Sentinel"));
    assert_eq!(fold("Güvenlİk"), "guvenlik");
}

#[test]
fn every_locale_has_a_shard_that_finds_3712() {
    let site = TestSite::bundled(3700, 3720).built();
    for lang in LOCALES {
        let records = shard(&site, lang, "s");
        let sentinel = records
            .iter()
            .find(|r| r[0] == 3712)
            .unwrap_or_else(|| panic!("{lang}: port 3712 is not in shard s"));
        assert!(fold(sentinel[1].as_str().unwrap()).contains("sentinel"));
        assert_eq!(
            sentinel[4], 1,
            "{lang}: 3712 is curated and must be boosted"
        );
        assert!(
            records
                .iter()
                .all(|r| (3700..=3720).contains(&r[0].as_u64().unwrap())),
            "{lang}: ports without a page are in the index"
        );
    }
}

#[test]
fn curated_titles_are_searchable_in_their_locale() {
    let site = TestSite::bundled(3700, 3720).built();
    let tr = shard(&site, "tr", "s");
    let record = tr.iter().find(|r| r[0] == 3712).unwrap();
    let title = record[3].as_str().unwrap();
    assert!(!title.is_empty(), "the Turkish entry's title is indexed");
    let en = shard(&site, "en", "s");
    let en_title = en.iter().find(|r| r[0] == 3712).unwrap()[3]
        .as_str()
        .unwrap();
    assert_ne!(
        title, en_title,
        "tr indexes its own title, not the English one"
    );
}

#[test]
fn largest_shard_is_reported() {
    let site = TestSite::bundled(3700, 3720);
    let report = site.build().unwrap();
    let largest = &report.search.largest;
    let on_disk = fs::metadata(site.out().join(&largest.path)).unwrap().len();
    assert_eq!(largest.raw, on_disk);
    assert!(largest.gzip > 0 && largest.gzip < largest.raw + 64);
}

#[test]
fn the_search_form_leads_to_a_page_in_every_locale() {
    let site = TestSite::bundled(3700, 3720).built();
    for (lang, prefix) in [("en", ""), ("tr", "/tr"), ("de", "/de"), ("ar", "/ar")] {
        let page = site.page(&format!("{prefix}/search/"));
        assert!(page.contains(&format!("<html lang={lang} ")));
        assert!(page.contains(&format!("href=\"{prefix}/ports/3700-3720/\"")));
        assert!(page.contains("<meta name=robots content=noindex>"));
        assert!(page.contains("<script src=/static/search.js defer></script>"));
    }
    assert!(site.exists("static/search.js"));
}

#[test]
fn sitemaps_list_every_page_with_reciprocal_alternates() {
    let site = TestSite::bundled(3700, 3720).built();
    let index = site.page("/sitemap.xml");
    assert_well_formed("sitemap.xml", &index);
    for lang in LOCALES {
        let loc = format!("<loc>https://ports.example.org/sitemap-{lang}-1.xml</loc>");
        assert!(index.contains(&loc), "index lacks {lang}");
        let name = format!("sitemap-{lang}-1.xml");
        let xml = site.page(&format!("/{name}"));
        assert_well_formed(&name, &xml);
        let urls: Vec<&str> = xml.split("<url>").skip(1).collect();
        // Home, one range page, 21 port pages; never the 404 page.
        assert_eq!(urls.len(), 23, "{name}");
        assert!(!xml.contains("404"));
        for url in urls {
            assert_eq!(url.matches("<xhtml:link rel=\"alternate\"").count(), 5);
            assert!(url.contains("hreflang=\"x-default\" href=\"https://ports.example.org/"));
        }
    }
    let tr = site.page("/sitemap-tr-1.xml");
    let entry = format!(
        "<url><loc>https://ports.example.org/tr/ports/3712/</loc><lastmod>{}</lastmod>",
        updated_of("content/ports/3712/index.tr.md")
    );
    assert!(tr.contains(&entry), "3712 has its entry's date");
    assert!(tr.contains("hreflang=\"ar\" href=\"https://ports.example.org/ar/ports/3712/\""));
}

#[test]
fn robots_txt_points_to_the_sitemap() {
    let site = TestSite::bundled(3700, 3720).built();
    let robots = site.page("/robots.txt");
    assert!(robots.contains("User-agent: *\nAllow: /"));
    assert!(robots.contains("Sitemap: https://ports.example.org/sitemap.xml"));
}

#[test]
fn feeds_are_atom_and_escape_hostile_titles() {
    let site = TestSite::bundled(3700, 3720);
    // Without its German translation, the German feed lists the English original.
    fs::remove_file(site.root().join("content/ports/3712/index.de.md")).unwrap();
    let hostile = "]]> <script>alert(1)</script> & \"Co\"";
    let entry = fs::read_to_string(site.root().join("content/ports/3712/index.en.md")).unwrap();
    let (_, rest) = entry.split_once("\ntitle:").unwrap();
    let (_, rest) = rest.split_once('\n').unwrap();
    let yaml_title = hostile.replace('"', "\\\"");
    site.write(
        "content/ports/3712/index.en.md",
        &format!("---\ntitle: \"{yaml_title}\"\n{rest}"),
    );
    let site = site.built();
    for (lang, prefix) in [("en", ""), ("tr", "/tr"), ("de", "/de"), ("ar", "/ar")] {
        let feed = site.page(&format!("{prefix}/feed.xml"));
        assert_well_formed(&format!("{lang} feed"), &feed);
        assert!(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
        let link = format!("href=\"https://ports.example.org{prefix}/ports/3712/\"");
        assert!(feed.contains(&link), "{lang} feed lacks 3712");
        assert!(!feed.contains("<script>"), "{lang}: raw markup in the feed");
    }
    let en = site.page("/feed.xml");
    assert!(en.contains(
        "<title>]]&gt; &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;</title>"
    ));
    let updated = format!(
        "<updated>{}T00:00:00Z</updated>",
        updated_of("content/ports/3712/index.en.md")
    );
    assert!(en.contains(&updated), "{en}");
    let de = site.page("/de/feed.xml");
    assert!(
        de.contains("<entry xml:lang=\"en\">"),
        "untranslated entries say so"
    );
}

/// The `updated:` date of a bundled entry, as written in its front matter.
fn updated_of(entry: &str) -> String {
    let text = std::fs::read_to_string(common::bundled_root().join(entry)).expect("entry");
    text.lines()
        .find_map(|l| l.strip_prefix("updated: "))
        .expect("an updated date")
        .trim()
        .to_string()
}

/// Each `{{ t(key="K") }}` of `text` written as `{{ t(key="K") ~ "" }}`, which prints the
/// same but is not a form the build folds into the template's text; and how many there were.
fn unfoldable(text: &str) -> (String, usize) {
    let mut count = 0;
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("{{ t(key=\"") {
        let key_at = at + "{{ t(key=\"".len();
        let key_len = rest[key_at..].find('"').unwrap();
        let after = key_at + key_len + 1;
        let plain = rest[after..].starts_with(") }}");
        let end = if plain { after + 1 } else { after };
        out.push_str(&rest[..end]);
        if plain {
            out.push_str(" ~ \"\"");
            count += 1;
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    (out, count)
}

#[test]
fn folding_plain_messages_into_the_templates_changes_no_byte_of_the_site() {
    let folded = TestSite::bundled(3700, 3720).built();
    let called = TestSite::bundled(3700, 3720);
    let mut rewritten = 0;
    for item in walkdir::WalkDir::new(called.root().join("templates")) {
        let item = item.unwrap();
        if item.file_type().is_file() {
            let (text, count) = unfoldable(&fs::read_to_string(item.path()).unwrap());
            fs::write(item.path(), text).unwrap();
            rewritten += count;
        }
    }
    assert!(rewritten >= 50, "only {rewritten} plain calls rewritten");
    let called = called.built();
    let mut files = 0;
    for item in walkdir::WalkDir::new(folded.out()) {
        let item = item.unwrap();
        let relative = item.path().strip_prefix(folded.out()).unwrap();
        if item.file_type().is_file() {
            let other = fs::read(called.out().join(relative)).unwrap();
            assert!(
                fs::read(item.path()).unwrap() == other,
                "{} differs",
                relative.display()
            );
            files += 1;
        }
    }
    assert!(files > 100, "{files} files compared");
}
