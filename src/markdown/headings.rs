//! Headings: a unique id on each and a self-link around its text.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Tag, TagEnd};

use super::Heading;
use super::escape::{html_text, push_html_text};
use super::slug::IdSet;

/// Gives every heading an id (its `{#id}`, else a unique slug of its text) and wraps its
/// content in `<a href="#id">`, so a reader can copy a link to the section.
/// `language` decides how the slugs lowercase (Turkish `I` → `ı`).
pub(crate) fn anchor<'a>(events: Vec<Event<'a>>, language: &str) -> (Vec<Event<'a>>, Vec<Heading>) {
    let mut ids = IdSet::for_language(language);
    // Reserve chosen ids first so an earlier slug cannot take a later heading's `{#id}`.
    for event in &events {
        if let Event::Start(Tag::Heading { id: Some(id), .. }) = event {
            ids.reserve(id);
        }
    }
    let mut out = Vec::with_capacity(events.len());
    let mut headings = Vec::new();
    let mut iter = events.into_iter();
    while let Some(event) = iter.next() {
        let Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) = event
        else {
            out.push(event);
            continue;
        };
        let inner: Vec<Event<'_>> = iter
            .by_ref()
            .take_while(|e| !matches!(e, Event::End(TagEnd::Heading(_))))
            .filter(|e| !matches!(e, Event::Start(Tag::Link { .. }) | Event::End(TagEnd::Link)))
            .collect();
        let text = plain_text(&inner);
        let id = match id {
            Some(id) => id.to_string(),
            None => ids.unique_for(&text),
        };
        out.push(Event::Html(CowStr::from(open_tag(
            level, &id, &classes, &attrs,
        ))));
        out.extend(inner);
        out.push(Event::Html(CowStr::from(format!("</a></{level}>\n"))));
        headings.push(Heading {
            level: level as u8,
            id,
            text,
        });
    }
    (out, headings)
}

/// The heading's words as a reader sees them: text and inline code, markup left out.
fn plain_text(events: &[Event<'_>]) -> String {
    let mut text = String::new();
    for event in events {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    text.trim().to_string()
}

fn open_tag(
    level: HeadingLevel,
    id: &str,
    classes: &[CowStr<'_>],
    attrs: &[(CowStr<'_>, Option<CowStr<'_>>)],
) -> String {
    let id = html_text(id);
    let mut tag = format!("<{level} id=\"{id}\"");
    if !classes.is_empty() {
        tag.push_str(" class=\"");
        let joined: Vec<&str> = classes.iter().map(|c| c.as_ref()).collect();
        push_html_text(&mut tag, &joined.join(" "));
        tag.push('"');
    }
    for (name, value) in attrs {
        // Attribute names come from the author; keep only plain ones, never event handlers.
        if !is_safe_attr_name(name) {
            continue;
        }
        tag.push(' ');
        tag.push_str(name);
        if let Some(value) = value {
            tag.push_str("=\"");
            push_html_text(&mut tag, value);
            tag.push('"');
        }
    }
    tag.push_str("><a href=\"#");
    tag.push_str(&id);
    tag.push_str("\">");
    tag
}

fn is_safe_attr_name(name: &str) -> bool {
    !name.is_empty()
        && !name.to_ascii_lowercase().starts_with("on")
        && !matches!(name.to_ascii_lowercase().as_str(), "style" | "id" | "class")
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_handler_attributes_are_refused() {
        assert!(is_safe_attr_name("data-x"));
        assert!(!is_safe_attr_name("onclick"));
        assert!(!is_safe_attr_name("OnMouseOver"));
        assert!(!is_safe_attr_name("x\"y"));
        assert!(!is_safe_attr_name("style"));
    }
}
