//! Block-level replacements: highlighted code blocks and the `{{ checks }}` shortcode.

use pulldown_cmark::{CodeBlockKind, CowStr, Event, Tag, TagEnd};

use super::Highlighter;
use super::escape::{html_text, push_html_text};

/// The marker left in the HTML where the check-commands block goes.
pub const CHECKS_MARKER: &str = "<!--portsite:checks-->";

/// Whether `text` is the checks shortcode, allowing any spacing inside the braces.
fn is_checks_shortcode(text: &str) -> bool {
    text.trim()
        .strip_prefix("{{")
        .and_then(|rest| rest.strip_suffix("}}"))
        .is_some_and(|inner| inner.trim() == "checks")
}

/// Replaces each paragraph that is only `{{ checks }}` with [`CHECKS_MARKER`]; returns
/// whether any was found.
pub(crate) fn replace_checks(events: Vec<Event<'_>>) -> (Vec<Event<'_>>, bool) {
    let mut out = Vec::with_capacity(events.len());
    let mut found = false;
    // Paragraphs never nest, so buffering one at a time is enough.
    let mut paragraph: Option<Vec<Event<'_>>> = None;
    for event in events {
        match (event, &mut paragraph) {
            (Event::Start(Tag::Paragraph), None) => {
                paragraph = Some(vec![Event::Start(Tag::Paragraph)])
            }
            (Event::End(TagEnd::Paragraph), Some(_)) => {
                let mut body = paragraph.take().unwrap_or_default();
                if is_checks_paragraph(&body) {
                    out.push(Event::Html(CowStr::from(format!("{CHECKS_MARKER}\n"))));
                    found = true;
                } else {
                    body.push(Event::End(TagEnd::Paragraph));
                    out.append(&mut body);
                }
            }
            (other, Some(body)) => body.push(other),
            (other, None) => out.push(other),
        }
    }
    (out, found)
}

/// Whether a paragraph's events (its start, then its content) are only the shortcode.
fn is_checks_paragraph(body: &[Event<'_>]) -> bool {
    let mut text = String::new();
    for event in body.iter().skip(1) {
        match event {
            Event::Text(t) => text.push_str(t),
            _ => return false,
        }
    }
    is_checks_shortcode(&text)
}

/// The language token of a fence's info string: its first word (`bash` in "bash title=x",
/// `rust` in "rust,ignore", `yaml` in "{.yaml}").
fn fence_token(info: &str) -> &str {
    let info = info.trim().trim_start_matches('{').trim_start_matches('.');
    let end = info
        .find(|c: char| c.is_whitespace() || c == ',' || c == '}')
        .unwrap_or(info.len());
    &info[..end]
}

/// Replaces code blocks with `<pre class="hl-code" dir="ltr">`, highlighted when the
/// language is known (and a highlighter is given), escaped plain text otherwise.
pub(crate) fn highlight_code<'a>(
    events: Vec<Event<'a>>,
    highlighter: Option<&Highlighter>,
) -> Vec<Event<'a>> {
    let mut out = Vec::with_capacity(events.len());
    let mut open: Option<(String, String)> = None; // (token, code so far)
    for event in events {
        match (event, &mut open) {
            (Event::Start(Tag::CodeBlock(kind)), None) => {
                let token = match kind {
                    CodeBlockKind::Fenced(info) => fence_token(&info).to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                open = Some((token, String::new()));
            }
            (Event::Text(text), Some((_, code))) => code.push_str(&text),
            (Event::End(TagEnd::CodeBlock), Some(_)) => {
                if let Some((token, code)) = open.take() {
                    out.push(Event::Html(CowStr::from(code_block(
                        &code,
                        &token,
                        highlighter,
                    ))));
                }
            }
            (other, _) => out.push(other),
        }
    }
    out
}

/// The full `<pre>` element for one code block. Code stays left-to-right on RTL pages.
pub(crate) fn code_block(code: &str, token: &str, highlighter: Option<&Highlighter>) -> String {
    let mut html = String::with_capacity(code.len() * 3 + 64);
    html.push_str("<pre class=\"hl-code\" dir=\"ltr\"");
    if !token.is_empty() {
        html.push_str(" data-lang=\"");
        html.push_str(&html_text(token));
        html.push('"');
    }
    html.push_str("><code>");
    match highlighter.map(|h| h.highlight(code, token)) {
        Some(Ok(highlighted)) => html.push_str(&highlighted),
        _ => push_html_text(&mut html, code),
    }
    html.push_str("</code></pre>\n");
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcode_spacing_is_flexible_but_content_is_not() {
        assert!(is_checks_shortcode("{{ checks }}"));
        assert!(is_checks_shortcode("{{checks}}"));
        assert!(!is_checks_shortcode("{{ checks }} and more"));
        assert!(!is_checks_shortcode("{{ check }}"));
    }

    #[test]
    fn fence_token_is_the_first_word() {
        assert_eq!(fence_token("bash title=x"), "bash");
        assert_eq!(fence_token("rust,ignore"), "rust");
        assert_eq!(fence_token("{.yaml}"), "yaml");
        assert_eq!(fence_token(""), "");
    }
}
