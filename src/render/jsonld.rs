//! schema.org JSON-LD (BreadcrumbList, FAQPage), serialized so it cannot break out of its `<script>`.

use serde_json::{Value, json};

use super::faq::FaqView;
use super::page::Crumb;

/// A `BreadcrumbList` for the given trail; `base_url` makes the URLs absolute.
pub fn breadcrumbs(trail: &[Crumb], base_url: &str) -> Value {
    let items: Vec<Value> = trail
        .iter()
        .enumerate()
        .map(|(i, crumb)| {
            json!({
                "@type": "ListItem",
                "position": i + 1,
                "name": crumb.name,
                "item": format!("{base_url}{}", crumb.url),
            })
        })
        .collect();
    json!({ "@type": "BreadcrumbList", "itemListElement": items })
}

/// A `FAQPage` for the page's questions.
pub fn faq_page(faq: &[FaqView]) -> Value {
    let questions: Vec<Value> = faq
        .iter()
        .map(|item| {
            json!({
                "@type": "Question",
                "name": item.q,
                "acceptedAnswer": { "@type": "Answer", "text": item.a_html },
            })
        })
        .collect();
    json!({ "@type": "FAQPage", "mainEntity": questions })
}

/// The `<script type="application/ld+json">` body for `items`, safe to embed in HTML:
/// `<`, `>` and `&` are written as JSON escapes so no `</script>` or `<!--` can appear.
pub fn script_body(items: Vec<Value>) -> String {
    let doc = json!({ "@context": "https://schema.org", "@graph": items });
    let text = doc.to_string();
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_breakouts_are_escaped_and_json_stays_valid() {
        let faq = [FaqView {
            q: "</script><script>alert(1)</script>".into(),
            a_html: "]]> & <!--".into(),
        }];
        let body = script_body(vec![faq_page(&faq)]);
        assert!(!body.contains('<') && !body.contains('>'));
        let parsed: Value = serde_json::from_str(&body).unwrap();
        let name = &parsed["@graph"][0]["mainEntity"][0]["name"];
        assert_eq!(name, "</script><script>alert(1)</script>");
    }
}
