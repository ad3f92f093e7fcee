//! A page as a reader meets it, in a form a reviewer can read in a snapshot: the language
//! and direction, the title and description, then `<main>` as an outline (headings marked
//! `#`, list items `-`, links `[text](href)`, code `$`, table rows `|`, form controls in
//! brackets). Hidden elements and scripts are left out, as a reader never sees them.

use scraper::{ElementRef, Html, Node, Selector};

/// Elements after which the outline starts a new line.
const BLOCKS: &[&str] = &[
    "p",
    "li",
    "caption",
    "tr",
    "dt",
    "dd",
    "figcaption",
    "div",
    "section",
    "table",
    "ul",
    "ol",
    "dl",
    "nav",
    "header",
    "footer",
    "aside",
    "details",
    "summary",
    "form",
    "label",
    "fieldset",
    "legend",
    "blockquote",
    "article",
];

/// The outline of a whole HTML page.
pub fn outline(html: &str) -> String {
    let document = Html::parse_document(html);
    let mut lines = Vec::new();
    if let Some(root) = select(&document, "html") {
        let attr = |name| root.value().attr(name).unwrap_or("-");
        lines.push(format!("lang={} dir={}", attr("lang"), attr("dir")));
    }
    if let Some(title) = select(&document, "title") {
        lines.push(format!(
            "title: {}",
            collapse(&title.text().collect::<String>())
        ));
    }
    if let Some(meta) = select(&document, "meta[name=description]") {
        let content = meta.value().attr("content").unwrap_or_default();
        lines.push(format!("description: {}", collapse(content)));
    }
    if let Some(meta) = select(&document, "meta[name=robots]") {
        let content = meta.value().attr("content").unwrap_or_default();
        lines.push(format!("robots: {content}"));
    }
    lines.push("---".to_string());
    if let Some(main) = select(&document, "main") {
        let mut current = String::new();
        walk(main, &mut current, &mut lines);
        flush(&mut current, &mut lines);
    }
    lines.join("\n")
}

fn select<'a>(document: &'a Html, css: &str) -> Option<ElementRef<'a>> {
    let selector = Selector::parse(css).expect("selector");
    document.select(&selector).next()
}

fn walk(element: ElementRef<'_>, current: &mut String, lines: &mut Vec<String>) {
    for child in element.children() {
        match child.value() {
            Node::Text(text) => current.push_str(text),
            Node::Element(e) => {
                let Some(child) = ElementRef::wrap(child) else {
                    continue;
                };
                if e.attr("hidden").is_some() || matches!(e.name(), "script" | "style" | "template")
                {
                    continue;
                }
                element_line(child, current, lines);
            }
            _ => {}
        }
    }
}

/// Writes one element: the marked ones (headings, code, links, controls) whole, the others
/// by walking into them.
fn element_line(child: ElementRef<'_>, current: &mut String, lines: &mut Vec<String>) {
    let e = child.value();
    // Text in another language than the page's is marked, as screen readers switch voice.
    if let Some(lang) = e.attr("lang") {
        current.push_str(&format!("{{lang={lang}}} "));
    }
    let text = || collapse(&child.text().collect::<String>());
    match e.name() {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
            flush(current, lines);
            let level: usize = e.name()[1..].parse().unwrap_or(1);
            let id = e
                .attr("id")
                .map(|id| format!(" {{#{id}}}"))
                .unwrap_or_default();
            lines.push(format!("{} {}{id}", "#".repeat(level), text()));
        }
        "pre" => {
            flush(current, lines);
            lines.push(format!("$ {}", child.text().collect::<String>().trim()));
        }
        "a" => {
            let href = e.attr("href").unwrap_or_default();
            current.push_str(&format!("[{}]({href})", text()));
        }
        "button" => current.push_str(&format!("[button: {}]", text())),
        "input" | "textarea" | "select" => current.push_str(&control(e)),
        "br" => current.push(' '),
        // Parsed as if scripting ran, a <noscript> holds its markup as text: read that
        // markup, as a reader without JavaScript sees it.
        "noscript" => {
            flush(current, lines);
            let inner = Html::parse_fragment(&child.text().collect::<String>());
            let text = collapse(&inner.root_element().text().collect::<String>());
            lines.push(format!("[without JavaScript] {text}"));
        }
        "th" | "td" => {
            walk(child, current, lines);
            current.push_str(" | ");
        }
        name => {
            let block = BLOCKS.contains(&name);
            if block {
                flush(current, lines);
            }
            if name == "li" {
                current.push_str("- ");
            }
            walk(child, current, lines);
            if block {
                flush(current, lines);
            }
        }
    }
}

/// A form field as ` [type name: placeholder] `; nothing for a hidden one.
fn control(e: &scraper::node::Element) -> String {
    let kind = e.attr("type").unwrap_or(e.name());
    if kind == "hidden" {
        return String::new();
    }
    let label = e.attr("placeholder").or(e.attr("aria-label")).unwrap_or("");
    format!(" [{kind} {}: {label}] ", e.attr("name").unwrap_or(""))
}

fn flush(current: &mut String, lines: &mut Vec<String>) {
    let line = collapse(current);
    let line = line.trim_end_matches('|').trim_end();
    if !line.is_empty() && line != "-" {
        lines.push(line.to_string());
    }
    current.clear();
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
