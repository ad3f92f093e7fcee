//! schema.org JSON-LD (BreadcrumbList, FAQPage), serialized from borrowed typed values so it
//! is cheap per page, and escaped so it cannot break out of its `<script>` element.
//!
//! Strings are plain text: a `<script>` element's content is not HTML, so an entity such as
//! `&quot;` would reach search results as those six characters. Text goes in unescaped
//! (FAQ answers as the text a reader sees, without markup), and only the JSON is escaped
//! for the script context.

use serde::Serialize;
use serde_json::Value;

use super::faq::FaqView;
use super::page::Crumb;
use crate::config::BaseUrl;
use crate::model::AbsoluteUrl;

/// One node of the JSON-LD `@graph`.
#[derive(Serialize)]
#[serde(untagged)]
pub enum Node<'a> {
    /// A `BreadcrumbList`.
    Breadcrumbs(BreadcrumbList<'a>),
    /// A `FAQPage`.
    Faq(FaqPage<'a>),
    /// Anything else, built as a JSON value (home pages: one per locale, not hot).
    Other(Value),
}

/// schema.org `BreadcrumbList`.
#[derive(Serialize)]
pub struct BreadcrumbList<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "itemListElement")]
    items: Vec<ListItem<'a>>,
}

#[derive(Serialize)]
struct ListItem<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    position: usize,
    name: &'a str,
    /// Left out for the last crumb, the page itself: Google's breadcrumb documentation
    /// makes `item` optional there and uses the page's own URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    item: Option<AbsoluteUrl>,
}

/// schema.org `FAQPage`.
#[derive(Serialize)]
pub struct FaqPage<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "mainEntity")]
    questions: Vec<Question<'a>>,
}

#[derive(Serialize)]
struct Question<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
    #[serde(rename = "acceptedAnswer")]
    answer: Answer<'a>,
}

#[derive(Serialize)]
struct Answer<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    text: &'a str,
}

#[derive(Serialize)]
struct Document<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@graph")]
    graph: Vec<Node<'a>>,
}

/// A `BreadcrumbList` for the given trail; `base_url` makes the URLs absolute. The last
/// crumb (this page) has no `item`.
pub fn breadcrumbs<'a>(trail: &'a [Crumb], base_url: &BaseUrl) -> Node<'a> {
    let items = trail
        .iter()
        .enumerate()
        .map(|(i, crumb)| ListItem {
            kind: "ListItem",
            position: i + 1,
            name: &crumb.name,
            item: (i + 1 < trail.len()).then(|| AbsoluteUrl::new(base_url, &crumb.url)),
        })
        .collect();
    Node::Breadcrumbs(BreadcrumbList {
        kind: "BreadcrumbList",
        items,
    })
}

/// A `FAQPage` for the questions written for this port (a curated entry's), or `None`
/// when the page has none.
///
/// The generated questions are left out: they are one template filled in on every port
/// page of a locale (262,144 pages), and search engines ask that FAQ content repeated
/// across a site be marked up once at most (Google's FAQPage guidelines), so repeating
/// them as JSON-LD cost about 1.6 KB per page for no reader. They stay on the page.
pub fn faq_page(faq: &[FaqView]) -> Option<Node<'_>> {
    let questions: Vec<_> = faq
        .iter()
        .filter(|item| item.curated)
        .map(|item| Question {
            kind: "Question",
            name: &item.q,
            answer: Answer {
                kind: "Answer",
                text: &item.a_text,
            },
        })
        .collect();
    if questions.is_empty() {
        return None;
    }
    Some(Node::Faq(FaqPage {
        kind: "FAQPage",
        questions,
    }))
}

/// The `<script type="application/ld+json">` body for `graph`, safe to embed in HTML:
/// `<`, `>` and `&` are written as JSON escapes so no `</script>` or `<!--` can appear.
pub fn script_body(graph: Vec<Node<'_>>) -> String {
    let doc = Document {
        context: "https://schema.org",
        graph,
    };
    // Serializing plain strings and numbers cannot fail.
    let text = serde_json::to_string(&doc).unwrap_or_default();
    let mut out = String::with_capacity(text.len() + 64);
    let mut last = 0;
    for (at, c) in text.char_indices() {
        let escaped = match c {
            '<' => "\\u003c",
            '>' => "\\u003e",
            '&' => "\\u0026",
            '\u{2028}' => "\\u2028",
            '\u{2029}' => "\\u2029",
            _ => continue,
        };
        out.push_str(&text[last..at]);
        out.push_str(escaped);
        last = at + c.len_utf8();
    }
    out.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_breakouts_are_escaped_and_json_stays_valid() {
        let faq = [FaqView {
            q: "</script><script>alert(1)</script>".into(),
            a_html: String::new(),
            a_text: "]]> & <!-- \u{2028}".into(),
            lang: None,
            dir: None,
            curated: true,
        }];
        let body = script_body(faq_page(&faq).into_iter().collect());
        assert!(!body.contains('<') && !body.contains('>') && !body.contains('&'));
        let parsed: Value = serde_json::from_str(&body).unwrap();
        let question = &parsed["@graph"][0]["mainEntity"][0];
        assert_eq!(question["name"], "</script><script>alert(1)</script>");
        assert_eq!(question["acceptedAnswer"]["text"], "]]> & <!-- \u{2028}");
        assert_eq!(parsed["@context"], "https://schema.org");
    }

    #[test]
    fn only_questions_written_for_the_port_are_marked_up() {
        let item = |q: &str, curated| FaqView {
            q: q.into(),
            a_html: String::new(),
            a_text: "An answer.".into(),
            lang: None,
            dir: None,
            curated,
        };
        assert!(faq_page(&[item("Generated?", false)]).is_none());
        let faq = [item("Written?", true), item("Generated?", false)];
        let body = script_body(faq_page(&faq).into_iter().collect());
        let parsed: Value = serde_json::from_str(&body).unwrap();
        let questions = parsed["@graph"][0]["mainEntity"].as_array().unwrap();
        assert_eq!(questions.len(), 1);
        assert_eq!(questions[0]["name"], "Written?");
    }

    #[test]
    fn strings_are_plain_text_not_html() {
        let faq = [FaqView {
            q: "Is it \"safe\" & isn't it <risky>?".into(),
            a_html: "It&#39;s &quot;fine&quot;".into(),
            a_text: "It's \"fine\" & <ok>".into(),
            lang: None,
            dir: None,
            curated: true,
        }];
        let body = script_body(faq_page(&faq).into_iter().collect());
        assert!(
            !body.contains("&quot;") && !body.contains("&#39;"),
            "{body}"
        );
        let parsed: Value = serde_json::from_str(&body).unwrap();
        let question = &parsed["@graph"][0]["mainEntity"][0];
        assert_eq!(question["name"], "Is it \"safe\" & isn't it <risky>?");
        assert_eq!(question["acceptedAnswer"]["text"], "It's \"fine\" & <ok>");
    }
}
