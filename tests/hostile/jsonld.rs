//! JSON-LD carries plain text: every string in every `application/ld+json` block, decoded,
//! holds the characters the author (or the Fluent message) wrote — never an HTML entity —
//! while the block still cannot break out of its `<script>` element.

use serde_json::Value;

use crate::common::TestSite;
use crate::markup::start_tags;

/// Every string anywhere in a JSON value.
fn strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// The decoded JSON-LD blocks of a page.
fn blocks(html: &str) -> Vec<Value> {
    start_tags(html)
        .into_iter()
        .filter(|t| t.attrs.iter().any(|(_, v)| v == "application/ld+json"))
        .map(|t| serde_json::from_str(t.script_body.as_deref().unwrap_or_default()).unwrap())
        .collect()
}

/// (question, answer) pairs of a page's FAQPage.
fn questions(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for block in blocks(html) {
        for node in block["@graph"].as_array().into_iter().flatten() {
            for q in node["mainEntity"].as_array().into_iter().flatten() {
                out.push((
                    q["name"].as_str().unwrap().to_string(),
                    q["acceptedAnswer"]["text"].as_str().unwrap().to_string(),
                ));
            }
        }
    }
    out
}

const ENTITIES: [&str; 9] = [
    "&quot;", "&#39;", "&#x27;", "&apos;", "&amp;", "&lt;", "&gt;", "&#34;", "&#x2F;",
];

fn site_with_quoting_entry() -> TestSite {
    let site = TestSite::bundled(3711, 3713);
    site.write(
        "content/ports/3712/index.en.md",
        "---\n\
         title: 'Port 3712: \"Sentinel\" & friends'\n\
         description: 'What''s on 3712 <really>'\n\
         faq:\n  \
           - q: 'Is 3712 \"safe\" & isn''t it <b>risky</b>?'\n    \
             a: 'It''s \"fine\" & harmless: see **[port 80](/ports/80/)** and `lsof -i :3712` <i>now</i>.'\n\
         ---\nBody.\n",
    );
    site.built()
}

#[test]
fn no_json_ld_string_on_any_page_holds_an_html_entity() {
    let site = site_with_quoting_entry();
    let mut checked = 0;
    for item in walkdir::WalkDir::new(site.out()) {
        let item = item.unwrap();
        if item.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = std::fs::read_to_string(item.path()).unwrap();
        for block in blocks(&html) {
            let mut all = Vec::new();
            strings(&block, &mut all);
            for s in all {
                checked += 1;
                for entity in ENTITIES {
                    assert!(
                        !s.contains(entity),
                        "{}: {entity} in {s:?}",
                        item.path().display()
                    );
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} strings checked");
}

#[test]
fn curated_question_and_answer_decode_to_the_authors_text() {
    let site = site_with_quoting_entry();
    let page = site.page("/ports/3712/");
    let faq = questions(&page);
    let (q, a) = &faq[0];
    assert_eq!(q, "Is 3712 \"safe\" & isn't it <b>risky</b>?");
    assert_eq!(
        a,
        "It's \"fine\" & harmless: see port 80 and lsof -i :3712 <i>now</i>."
    );
}

#[test]
fn generated_answers_stay_on_the_page_with_their_quotes_and_out_of_the_json_ld() {
    let site = site_with_quoting_entry();
    // Generated questions are one template on every port page: JSON-LD repeats only the
    // questions an entry wrote for its port.
    for path in ["/ports/3711/", "/de/ports/3711/"] {
        assert_eq!(questions(&site.page(path)), [], "{path}");
    }
    let en = site.page("/ports/3711/");
    assert!(
        en.contains(
            "Use the commands under “<a href=\"#checks-title\">How to check what’s listening</a>”"
        ),
        "{en}"
    );
    let de = site.page("/de/ports/3711/");
    assert!(
        de.contains("„<a href=\"#checks-title\">So prüfen Sie"),
        "{de}"
    );
    // On a curated page the entry's question is marked up, the generated ones are not.
    let curated = questions(&site.page("/ports/3712/"));
    assert_eq!(curated.len(), 1, "{curated:?}");
}

#[test]
fn breadcrumb_and_site_names_are_plain_text() {
    let site = TestSite::bundled(3712, 3712);
    let ftl = std::fs::read_to_string(site.root().join("locales/en/ui.ftl")).unwrap();
    let ftl = ftl
        .replacen(
            "site-name = Port Reference",
            "site-name = Ports \"R\" Us & Co's",
            1,
        )
        .replacen("nav-home = ", "nav-home = \"Home\" & ", 1);
    site.write("locales/en/ui.ftl", &ftl);
    let site = site.built();
    let home = blocks(&site.page("/"));
    assert_eq!(home[0]["@graph"][0]["name"], "Ports \"R\" Us & Co's");
    let port = blocks(&site.page("/ports/3712/"));
    let crumbs = &port[0]["@graph"][0]["itemListElement"];
    assert!(
        crumbs[0]["name"]
            .as_str()
            .unwrap()
            .starts_with("\"Home\" & "),
        "{crumbs}"
    );
}
