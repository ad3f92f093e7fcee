//! Footnotes: numbered references in the text, the notes as a list at the end with links
//! back to each place that cites them. Ids use a colon (`fn:1`, `fnref:1`), which heading
//! slugs never contain, so the two cannot collide.

use std::collections::HashMap;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use super::escape::html_text;

/// How the footnotes section opens; [`super::render`] splits the body there.
pub(crate) const SECTION_START: &str = "<section class=\"footnotes\" role=\"doc-endnotes\">";

/// A footnote definition's label and body, in source order.
struct Note<'a> {
    label: CowStr<'a>,
    body: Vec<Event<'a>>,
}

/// Numbers assigned in order of first reference, and how often each number is cited.
#[derive(Default)]
struct Numbering {
    by_label: HashMap<String, usize>,
    order: Vec<String>,
    citations: Vec<usize>,
}

impl Numbering {
    /// The markup for one citation of `label`, which must have a definition.
    fn cite(&mut self, label: &str) -> String {
        let number = match self.by_label.get(label) {
            Some(&n) => n,
            None => {
                self.order.push(label.to_string());
                self.citations.push(0);
                self.by_label.insert(label.to_string(), self.order.len());
                self.order.len()
            }
        };
        self.citations[number - 1] += 1;
        let nth = self.citations[number - 1];
        format!(
            "<sup class=\"footnote-ref\"><a href=\"#fn:{number}\" id=\"{}\" \
             role=\"doc-noteref\">{number}</a></sup>",
            ref_id(number, nth)
        )
    }
}

fn ref_id(number: usize, nth: usize) -> String {
    if nth == 1 {
        format!("fnref:{number}")
    } else {
        format!("fnref:{number}:{nth}")
    }
}

/// Moves footnote definitions out of the flow into a list at the end, and turns references
/// into numbered links. A reference without a definition stays visible as `[^label]`.
pub(crate) fn move_to_end<'a>(events: Vec<Event<'a>>) -> Vec<Event<'a>> {
    let (mut flow, mut notes) = split_definitions(events);
    let defined: HashMap<String, usize> = notes
        .iter()
        .enumerate()
        .map(|(i, note)| (note.label.to_string(), i))
        .collect();
    let mut numbering = Numbering::default();
    cite_all(&mut flow, &defined, &mut numbering);
    // Notes may cite other notes; numbering grows while we walk it.
    let mut next = 0;
    while next < numbering.order.len() {
        let index = defined[&numbering.order[next]];
        let mut body = std::mem::take(&mut notes[index].body);
        cite_all(&mut body, &defined, &mut numbering);
        notes[index].body = body;
        next += 1;
    }
    if !notes.is_empty() {
        append_list(&mut flow, notes, &defined, &numbering);
    }
    flow
}

fn split_definitions(events: Vec<Event<'_>>) -> (Vec<Event<'_>>, Vec<Note<'_>>) {
    let mut flow = Vec::with_capacity(events.len());
    let mut notes: Vec<Note<'_>> = Vec::new();
    let mut inside = false;
    for event in events {
        match event {
            Event::Start(Tag::FootnoteDefinition(label)) => {
                inside = true;
                notes.push(Note {
                    label,
                    body: Vec::new(),
                });
            }
            Event::End(TagEnd::FootnoteDefinition) => inside = false,
            other if inside => {
                if let Some(note) = notes.last_mut() {
                    note.body.push(other);
                }
            }
            other => flow.push(other),
        }
    }
    // A label defined twice: the first definition wins, as for link references.
    let mut seen = std::collections::HashSet::new();
    notes.retain(|note| seen.insert(note.label.to_string()));
    (flow, notes)
}

fn cite_all(events: &mut [Event<'_>], defined: &HashMap<String, usize>, numbering: &mut Numbering) {
    for event in events.iter_mut() {
        if let Event::FootnoteReference(label) = event {
            *event = if defined.contains_key(label.as_ref()) {
                Event::Html(CowStr::from(numbering.cite(label)))
            } else {
                Event::Text(CowStr::from(format!("[^{label}]")))
            };
        }
    }
}

fn append_list<'a>(
    flow: &mut Vec<Event<'a>>,
    mut notes: Vec<Note<'a>>,
    defined: &HashMap<String, usize>,
    numbering: &Numbering,
) {
    flow.push(html(format!("{SECTION_START}\n<ol>\n")));
    for (i, label) in numbering.order.iter().enumerate() {
        let number = i + 1;
        let body = std::mem::take(&mut notes[defined[label]].body);
        let backlinks: String = (1..=numbering.citations[i])
            .map(|nth| backlink(number, nth))
            .collect();
        push_item(flow, &format!("fn:{number}"), body, &backlinks);
    }
    // Definitions nobody cites are still shown, after the cited ones, so no text is lost.
    for note in notes.into_iter().filter(|n| !n.body.is_empty()) {
        let id = format!("fn:{}", html_text(&note.label));
        push_item(flow, &id, note.body, "");
    }
    flow.push(html("</ol>\n</section>\n".into()));
}

fn backlink(number: usize, nth: usize) -> String {
    let mark = if nth == 1 {
        String::new()
    } else {
        format!("<sup>{nth}</sup>")
    };
    // U+FE0E asks for the text form of ↩ rather than an emoji.
    format!(
        " <a href=\"#{}\" class=\"footnote-backref\" role=\"doc-backlink\">\u{21A9}\u{FE0E}{mark}</a>",
        ref_id(number, nth)
    )
}

/// One `<li>`; the back-links go inside the note's last paragraph so they sit on its line.
fn push_item<'a>(flow: &mut Vec<Event<'a>>, id: &str, mut body: Vec<Event<'a>>, backlinks: &str) {
    flow.push(html(format!("<li id=\"{id}\">\n")));
    if !backlinks.is_empty() {
        let link = Event::Html(CowStr::from(backlinks.to_string()));
        match body.last() {
            Some(Event::End(TagEnd::Paragraph)) => body.insert(body.len() - 1, link),
            _ => body.push(link),
        }
    }
    flow.extend(body);
    flow.push(html("</li>\n".into()));
}

fn html<'a>(markup: String) -> Event<'a> {
    Event::Html(CowStr::from(markup))
}
