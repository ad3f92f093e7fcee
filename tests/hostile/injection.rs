//! Script and markup injection through every field a contributor or maintainer writes:
//! whatever they write must come out inert in HTML, attributes, JSON-LD and XML.

use std::fs;
use std::path::Path;

use crate::common::TestSite;
use crate::harness::Built;
use crate::markup::{is_script_url, start_tags};

/// Closes a script, breaks out of an attribute, ends CDATA and opens a comment.
const PAYLOAD: &str = r#"</script><script>alert(1)</script> "onmouseover=alert(1) x=" ]]> <!--"#;

fn hostile_entry() -> String {
    format!(
        "---
title: 'Port 3712 {PAYLOAD}'
description: 'Summary {PAYLOAD}'
tags: ['{PAYLOAD}', ghost]
faq:
  - q: 'Question {PAYLOAD}'
    a: 'Answer {PAYLOAD} [bad](javascript:alert(1))'
sources:
  - title: 'Source {PAYLOAD}'
    url: 'https://example.org/?q=\"onmouseover=alert(1) x=\"</script>'
---
## Body

Raw: <script>alert(1)</script> <img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\">a</a>
<div style=\"position:fixed\" onclick=\"alert(1)\">styled</div>

[js](javascript:alert(1)) [JS](JaVaScRiPt:alert(1)) [tab](java&#x09;script:alert(1))
[data](data:text/html;base64,PHNjcmlwdD4=) ![img](javascript:alert(1)) <javascript:alert(1)>
"
    )
}

fn hostile_site() -> TestSite {
    let site = TestSite::bundled(3712, 3712);
    site.write("content/ports/3712/index.en.md", &hostile_entry());
    let config = fs::read_to_string(site.root().join("site.yaml")).unwrap();
    let config = config.replacen("title: portsite", &format!("title: '{PAYLOAD}'"), 1);
    site.write("site.yaml", &config);
    let ftl = fs::read_to_string(site.root().join("locales/en/ui.ftl")).unwrap();
    let ftl = ftl
        .replacen(
            "site-name = Port Reference",
            &format!("site-name = {PAYLOAD}"),
            1,
        )
        .replacen(
            "search-placeholder = Port number or service, e.g. 3712 or ssh",
            &format!("search-placeholder = {PAYLOAD}"),
            1,
        );
    site.write("locales/en/ui.ftl", &ftl);
    site.built()
}

fn files_with(dir: &Path, extension: &str) -> Vec<(String, String)> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.path().extension().is_some_and(|x| x == extension))
        .filter(|e| !e.path().starts_with(dir.join("static")))
        .map(|e| {
            let name = e.path().strip_prefix(dir).unwrap().display().to_string();
            (name, fs::read_to_string(e.path()).unwrap())
        })
        .collect()
}

fn assert_inert_html(name: &str, html: &str) {
    assert!(
        !html.contains("<script>alert"),
        "{name}: live injected script"
    );
    assert!(!html.contains("<!--"), "{name}: injected comment opener");
    for tag in start_tags(html) {
        if tag.name == "script" {
            assert_script_is_ours(name, &tag.attrs, tag.script_body.as_deref());
        }
        for (attr, value) in &tag.attrs {
            assert!(!attr.starts_with("on"), "{name}: <{} {attr}=…>", tag.name);
            assert!(attr != "style", "{name}: style= on <{}>", tag.name);
            if matches!(attr.as_str(), "href" | "src" | "action" | "formaction") {
                assert!(
                    !is_script_url(value),
                    "{name}: <{} {attr}=\"{value}\">",
                    tag.name
                );
            }
        }
    }
}

fn assert_script_is_ours(name: &str, attrs: &[(String, String)], body: Option<&str>) {
    let has = |n: &str, v: Option<&str>| {
        attrs
            .iter()
            .any(|(a, value)| a == n && v.is_none_or(|v| value == v))
    };
    if has("src", None) {
        return;
    }
    assert!(
        has("type", Some("application/ld+json")),
        "{name}: inline <script> without src: {attrs:?}"
    );
    let body = body.unwrap_or_default();
    assert!(!body.to_ascii_lowercase().contains("</script"), "{name}");
    assert!(!body.contains("<!--"), "{name}: JSON-LD opens a comment");
    let json: serde_json::Value = serde_json::from_str(body)
        .unwrap_or_else(|e| panic!("{name}: JSON-LD is not JSON ({e}):\n{body}"));
    assert!(json.is_object(), "{name}");
}

#[test]
fn injected_markup_is_inert_on_every_page() {
    let site = hostile_site();
    let pages = files_with(&site.out(), "html");
    assert!(pages.len() >= 10, "too few pages: {}", pages.len());
    for (name, html) in &pages {
        assert_inert_html(name, html);
    }
    let page = site.page("/ports/3712/");
    // The payload did land, as visible text, so the checks above were not vacuous.
    assert!(
        page.contains("Port 3712 &lt;&#x2F;script&gt;")
            || page.contains("Port 3712 &lt;/script&gt;")
    );
    assert!(
        page.contains("Raw: &lt;script&gt;alert(1)&lt;/script&gt;")
            || page.contains("Raw: &lt;script&gt;")
    );
}

#[test]
fn injected_text_survives_json_ld_as_data() {
    let site = hostile_site();
    let page = site.page("/ports/3712/");
    let script = start_tags(&page)
        .into_iter()
        .find(|t| t.attrs.iter().any(|(_, v)| v == "application/ld+json"))
        .and_then(|t| t.script_body)
        .expect("a JSON-LD script");
    let json: serde_json::Value = serde_json::from_str(&script).unwrap();
    let text = json.to_string();
    assert!(
        text.contains("Question </script><script>alert(1)</script>"),
        "{text}"
    );
}

#[test]
fn xml_and_json_outputs_stay_well_formed() {
    let site = hostile_site();
    let xml_files = files_with(&site.out(), "xml");
    assert!(
        xml_files.iter().any(|(n, _)| n == "sitemap.xml"),
        "no sitemap"
    );
    let feed = &xml_files
        .iter()
        .find(|(n, _)| n == "feed.xml")
        .expect("no feed")
        .1;
    assert!(
        feed.contains("alert(1)"),
        "the payload should reach the feed:\n{feed}"
    );
    for (name, xml) in xml_files {
        assert!(!xml.contains("<script"), "{name}: script in XML");
        assert!(!xml.contains("<!--"), "{name}: injected comment in XML");
        let opened = xml.matches("<![CDATA[").count();
        assert_eq!(
            opened,
            xml.matches("]]>").count(),
            "{name}: CDATA broken out of"
        );
    }
    for (name, text) in files_with(&site.out(), "json") {
        serde_json::from_str::<serde_json::Value>(&text)
            .unwrap_or_else(|e| panic!("{name}: not JSON: {e}"));
    }
}

#[test]
fn javascript_source_url_is_refused_with_its_position() {
    let built = Built::new(3712, 3712);
    let entry = "---\ntitle: a\ndescription: d\nsources:\n  - title: t\n    url: javascript:alert(1)\n---\nb\n";
    built.write("content/ports/3712/index.en.md", entry);
    built.refused(
        &[],
        "content/ports/3712/index.en.md:5:5: sources[0]: `javascript:alert(1)` is not a safe link; \
         use an http://, https:// or mailto: address, or a site path starting with /",
    );
}

#[test]
fn disguised_script_urls_in_sources_are_refused() {
    for url in [
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,x",
        "//evil.example",
    ] {
        let built = Built::new(3712, 3712);
        let entry = format!(
            "---\ntitle: a\ndescription: d\nsources:\n  - title: t\n    url: '{url}'\n---\nb\n"
        );
        built.write("content/ports/3712/index.en.md", &entry);
        built.refused(&[], "is not a safe link");
    }
}
