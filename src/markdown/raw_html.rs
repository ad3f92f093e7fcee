//! Raw HTML written in Markdown: shown as text by default, or sanitized when allowed.
//!
//! Markup that portsite generates itself (headings, code blocks, footnotes, the checks
//! marker) is emitted as `Event::Html` outside an HTML block; what the author wrote arrives
//! as `Event::InlineHtml` or as `Event::Html` inside an HTML block. Only the latter is
//! touched here.

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

/// Makes author-written HTML harmless: escaped into visible text, or (when `allow` is set)
/// passed through ammonia's default allow-list. HTML comments are dropped in both modes.
pub(crate) fn neutralize(events: Vec<Event<'_>>, allow: bool) -> Vec<Event<'_>> {
    if allow {
        sanitize(events)
    } else {
        escape(events)
    }
}

fn is_comment(html: &str) -> bool {
    let html = html.trim();
    html.starts_with("<!--") && html.ends_with("-->")
}

fn escape(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut out = Vec::with_capacity(events.len());
    let mut block: Option<String> = None;
    for event in events {
        match (event, &mut block) {
            (Event::Start(Tag::HtmlBlock), None) => block = Some(String::new()),
            (Event::Html(html), Some(text)) => text.push_str(&html),
            (Event::End(TagEnd::HtmlBlock), Some(_)) => {
                let text = block.take().unwrap_or_default();
                if !is_comment(&text) {
                    // Shown as a paragraph of text, so it reads like the author typed it.
                    out.push(Event::Start(Tag::Paragraph));
                    out.push(Event::Text(CowStr::from(text.trim_end().to_string())));
                    out.push(Event::End(TagEnd::Paragraph));
                }
            }
            (Event::InlineHtml(html), _) if is_comment(&html) => {}
            (Event::InlineHtml(html), _) => out.push(Event::Text(html)),
            (other, _) => out.push(other),
        }
    }
    out
}

/// Whether `event` belongs inside a paragraph-like run of inline content.
fn is_inline(event: &Event<'_>) -> bool {
    match event {
        Event::Text(_)
        | Event::Code(_)
        | Event::InlineHtml(_)
        | Event::InlineMath(_)
        | Event::SoftBreak
        | Event::HardBreak
        | Event::FootnoteReference(_) => true,
        Event::Start(tag) => matches!(
            tag,
            Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. }
        ),
        Event::End(tag) => matches!(
            tag,
            TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Superscript
                | TagEnd::Subscript
                | TagEnd::Link
                | TagEnd::Image
        ),
        _ => false,
    }
}

/// Sanitizes HTML blocks whole, and each run of inline content that contains inline HTML
/// as one fragment, so an opening tag and its closing tag are judged together.
fn sanitize(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut out = Vec::with_capacity(events.len());
    let mut run: Vec<Event<'_>> = Vec::new();
    let mut block: Option<String> = None;
    for event in events {
        if let Some(text) = &mut block {
            match event {
                Event::Html(html) => text.push_str(&html),
                Event::End(TagEnd::HtmlBlock) => {
                    let cleaned = ammonia::clean(&block.take().unwrap_or_default());
                    out.push(Event::Html(CowStr::from(cleaned)));
                }
                other => out.push(other),
            }
            continue;
        }
        if is_inline(&event) {
            run.push(event);
            continue;
        }
        flush_run(&mut run, &mut out);
        match event {
            Event::Start(Tag::HtmlBlock) => block = Some(String::new()),
            other => out.push(other),
        }
    }
    flush_run(&mut run, &mut out);
    out
}

fn flush_run<'a>(run: &mut Vec<Event<'a>>, out: &mut Vec<Event<'a>>) {
    if !run.iter().any(|e| matches!(e, Event::InlineHtml(_))) {
        out.append(run);
        return;
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, run.drain(..));
    out.push(Event::Html(CowStr::from(ammonia::clean(&html))));
}
