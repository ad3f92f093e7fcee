//! The visible text of a rendered page, one block per line, as a reader sees it: what the
//! generated-text snapshots record and the sweep inspects.

use scraper::{ElementRef, Html, Node};

/// Elements that start a new line of text.
const BLOCKS: &[&str] = &[
    "h1",
    "h2",
    "h3",
    "h4",
    "p",
    "li",
    "caption",
    "tr",
    "th",
    "td",
    "dt",
    "dd",
    "figcaption",
    "pre",
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
    "button",
    "title",
];

/// The text of the page's `<main>` (its `<title>` first), one line per block element,
/// whitespace collapsed; code inside `<pre>` keeps its spacing on one line.
pub fn main_text(html: &str) -> String {
    let document = Html::parse_document(html);
    let mut lines = Vec::new();
    let title = scraper::Selector::parse("title").expect("selector");
    if let Some(t) = document.select(&title).next() {
        lines.push(format!(
            "title: {}",
            collapse(&t.text().collect::<String>())
        ));
    }
    let main = scraper::Selector::parse("main").expect("selector");
    let Some(main) = document.select(&main).next() else {
        return lines.join("\n");
    };
    let mut current = String::new();
    walk(main, &mut current, &mut lines);
    flush(&mut current, &mut lines);
    lines.join("\n")
}

fn walk(element: ElementRef<'_>, current: &mut String, lines: &mut Vec<String>) {
    for child in element.children() {
        match child.value() {
            Node::Text(text) => current.push_str(text),
            Node::Element(e) => {
                let Some(child) = ElementRef::wrap(child) else {
                    continue;
                };
                if e.attr("hidden").is_some() || e.name() == "script" {
                    continue;
                }
                let block = BLOCKS.contains(&e.name());
                if block {
                    flush(current, lines);
                }
                if e.name() == "pre" {
                    lines.push(format!("$ {}", child.text().collect::<String>().trim()));
                    continue;
                }
                walk(child, current, lines);
                if block {
                    flush(current, lines);
                }
            }
            _ => {}
        }
    }
}

fn flush(current: &mut String, lines: &mut Vec<String>) {
    let line = collapse(current);
    if !line.is_empty() {
        lines.push(line);
    }
    current.clear();
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
