//! Curated entries and home texts, their Markdown rendered once before the pages are built.

use std::collections::HashMap;

use rayon::prelude::*;

use crate::config::{LocaleCode, LocaleId};
use crate::content::{ContentSet, Entry, HomeText};
use crate::markdown::{self, Heading, Highlighter, MarkdownOptions, RenderedMarkdown};
use crate::model::LocaleUrls;
use crate::port::Port;

/// The marker the Markdown stage leaves where `{{ checks }}` stood.
pub const CHECKS_MARKER: &str = "<!--portsite:checks-->";

/// An entry with its body and FAQ answers rendered to HTML.
pub struct RenderedEntry {
    /// The entry as loaded.
    pub entry: Entry,
    /// Body HTML before the check commands (all of it when there is no `{{ checks }}`).
    pub body_before: String,
    /// Body HTML after `{{ checks }}`; `None` when the entry has no such marker.
    pub body_after: Option<String>,
    /// FAQ answers as HTML, in the order of `entry.meta.faq`.
    pub faq_answers: Vec<String>,
    /// FAQ answers as plain text (no markup, no escaping), for JSON-LD.
    pub faq_texts: Vec<String>,
    /// The body's footnotes as an HTML section (empty when none), shown at the page's end.
    pub footnotes: String,
    /// The heading of the section that holds `{{ checks }}`, which the generated FAQ
    /// cites and links to; `None` without the marker or without a heading before it.
    pub checks_heading: Option<Heading>,
}

/// A home page text with its body rendered.
pub struct RenderedHome {
    /// The text as loaded.
    pub home: HomeText,
    /// The body as HTML.
    pub html: String,
}

/// Every curated entry by (port, locale), and each locale's home text.
pub struct EntryIndex {
    entries: HashMap<(Port, LocaleId), RenderedEntry>,
    homes: Vec<Option<RenderedHome>>,
    default_index: LocaleId,
}

impl EntryIndex {
    /// Renders every entry's Markdown once, in parallel.
    pub fn build(
        content: ContentSet,
        codes: &[LocaleCode],
        urls: &[LocaleUrls],
        default_index: LocaleId,
        highlighter: &Highlighter,
        allow_raw_html: bool,
    ) -> EntryIndex {
        let index_of = |code: &LocaleCode| {
            let position = codes.iter().position(|c| c == code);
            position.map(LocaleId::from_index)
        };
        let options_for = |i: LocaleId| MarkdownOptions {
            allow_raw_html,
            link_prefix: urls[i.index()].prefix(),
            language: &codes[i.index()],
        };
        let entries = content
            .entries
            .into_par_iter()
            .filter_map(|entry| {
                let i = index_of(&entry.locale)?;
                let options = options_for(i);
                let mut rendered = markdown::render(&entry.body, highlighter, &options);
                let faq_answers = entry
                    .meta
                    .faq
                    .iter()
                    .map(|item| markdown::render_inline(&item.a, &options))
                    .collect();
                let faq_texts = entry
                    .meta
                    .faq
                    .iter()
                    .map(|item| markdown::plain_text(&item.a, allow_raw_html))
                    .collect();
                let footnotes = std::mem::take(&mut rendered.footnotes);
                let headings = std::mem::take(&mut rendered.headings);
                let (body_before, body_after) = split_at_checks(rendered);
                let checks_heading = body_after
                    .is_some()
                    .then(|| last_heading_in(&body_before, headings))
                    .flatten();
                let value = RenderedEntry {
                    entry,
                    body_before,
                    body_after,
                    faq_answers,
                    faq_texts,
                    footnotes,
                    checks_heading,
                };
                Some(((value.entry.port, i), value))
            })
            .collect();
        let mut homes: Vec<Option<RenderedHome>> = codes.iter().map(|_| None).collect();
        for home in content.homes {
            if let Some(i) = index_of(&home.locale) {
                let html = markdown::render(&home.body, highlighter, &options_for(i)).html;
                homes[i.index()] = Some(RenderedHome { home, html });
            }
        }
        EntryIndex {
            entries,
            homes,
            default_index,
        }
    }

    /// The entry written for `port` in locale `index`, if any.
    pub fn get(&self, port: Port, index: LocaleId) -> Option<&RenderedEntry> {
        self.entries.get(&(port, index))
    }

    /// The entry to show on a page: the locale's own, else the default locale's
    /// (the bool says whether it is that fallback).
    pub fn for_page(&self, port: Port, index: LocaleId) -> Option<(&RenderedEntry, bool)> {
        match self.get(port, index) {
            Some(entry) => Some((entry, false)),
            None => self
                .get(port, self.default_index)
                .map(|entry| (entry, index != self.default_index)),
        }
    }

    /// Ports that have an entry in any locale, ascending.
    pub fn curated_ports(&self) -> Vec<Port> {
        let mut ports: Vec<Port> = self.entries.keys().map(|(port, _)| *port).collect();
        ports.sort_unstable();
        ports.dedup();
        ports
    }

    /// Every entry of every locale, as loaded.
    pub fn all(&self) -> Vec<&Entry> {
        self.entries
            .values()
            .map(|rendered| &rendered.entry)
            .collect()
    }

    /// All entries of one locale, by port.
    pub fn of_locale(&self, index: LocaleId) -> Vec<&RenderedEntry> {
        let mut list: Vec<&RenderedEntry> = self
            .entries
            .iter()
            .filter(|((_, i), _)| *i == index)
            .map(|(_, e)| e)
            .collect();
        list.sort_by_key(|e| e.entry.port);
        list
    }

    /// The home text of locale `index`, falling back to the default locale's.
    pub fn home(&self, index: LocaleId) -> Option<&RenderedHome> {
        self.homes[index.index()]
            .as_ref()
            .or(self.homes[self.default_index.index()].as_ref())
    }
}

fn split_at_checks(rendered: RenderedMarkdown) -> (String, Option<String>) {
    match rendered.html.split_once(CHECKS_MARKER) {
        Some((before, after)) => (before.to_string(), Some(after.to_string())),
        None => (rendered.html, None),
    }
}

/// The last of `headings` whose anchor is in `html`: the heading of the section `html`
/// ends in.
fn last_heading_in(html: &str, headings: Vec<Heading>) -> Option<Heading> {
    headings
        .into_iter()
        .rev()
        .find(|h| html.contains(&format!("id=\"{}\"", h.id)))
}
