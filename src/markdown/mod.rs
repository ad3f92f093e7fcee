//! Markdown to HTML (headings with ids, safe links, footnotes, highlighted code) and the
//! class-based syntax highlighter shared by the whole build.

mod bare_paths;
mod blocks;
mod contrast;
mod escape;
mod footnotes;
mod headings;
mod highlight;
mod links;
mod raw_html;
mod slug;
mod stylesheet;
mod template;
mod token_classes;

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

pub use bare_paths::{BarePath, bare_port_paths};
pub use blocks::CHECKS_MARKER;
pub use escape::{html_text, push_html_text};
pub use highlight::Highlighter;
pub use template::HighlightedTemplate;

/// What can go wrong while highlighting. Rendering Markdown itself never fails: unknown
/// languages fall back to plain text.
#[derive(Debug, thiserror::Error)]
pub enum MarkdownError {
    /// The code-fence language or check-command syntax is not one the highlighter knows.
    #[error(
        "unknown code language `{token}`: use a known one such as bash, sh, powershell, \
         ps1, cmd, bat, yaml or rust"
    )]
    UnknownSyntax {
        /// The language token as written.
        token: String,
    },
    /// The grammar failed on this code (a syntect error, not the author's fault).
    #[error("highlighting `{token}` code failed: {source}; simplify the code or report a bug")]
    Highlight {
        /// The language token as written.
        token: String,
        /// syntect's error.
        #[source]
        source: syntect::Error,
    },
}

/// How to render one piece of Markdown.
#[derive(Debug, Clone, Copy, Default)]
pub struct MarkdownOptions<'a> {
    /// Let raw HTML through ammonia's sanitizer instead of escaping it into visible text.
    pub allow_raw_html: bool,
    /// Put in front of site-absolute links (`/ports/80/` → `/tr/ports/80/`); "" for none.
    pub link_prefix: &'a str,
    /// The text's language (a locale code such as `tr`), for its case rules in heading ids.
    pub language: &'a str,
}

/// A rendered Markdown body and what a page or `portsite check` needs to know about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedMarkdown {
    /// The HTML body, without its footnotes.
    pub html: String,
    /// The footnotes as an HTML section, empty when the body cites none. Kept apart so a
    /// page can put them at its very end rather than wherever the body ends.
    pub footnotes: String,
    /// Every heading in order, for tables of contents.
    pub headings: Vec<Heading>,
    /// Every link and image destination as written, for link checking.
    pub links: Vec<LinkRef>,
    /// Whether `html` contains [`CHECKS_MARKER`] (the author wrote `{{ checks }}`).
    pub has_checks_marker: bool,
}

/// A heading of the rendered document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 1 to 6.
    pub level: u8,
    /// The unique id, also the target of the heading's self-link.
    pub id: String,
    /// The heading's plain text.
    pub text: String,
}

/// A link or image destination with where it is written in the Markdown source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRef {
    /// The destination as the author wrote it (before any locale prefix).
    pub dest: String,
    /// 1-based line in the Markdown text passed to [`render`].
    pub line: usize,
    /// The bytes of the Markdown text that hold the destination, or the whole link when the
    /// destination is written elsewhere (a reference definition) or escaped.
    pub source: std::ops::Range<usize>,
}

fn parser_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Parses `markdown`, recording every link destination with its line.
fn parse<'a>(markdown: &'a str, options: Options) -> (Vec<Event<'a>>, Vec<LinkRef>) {
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(markdown.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |offset: usize| line_starts.partition_point(|&start| start <= offset);
    let mut events = Vec::new();
    let mut links = Vec::new();
    for (event, range) in Parser::new_ext(markdown, options).into_offset_iter() {
        if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = &event {
            let source = dest_source(markdown, range.clone(), dest_url);
            links.push(LinkRef {
                dest: dest_url.to_string(),
                line: line_of(source.start),
                source,
            });
        }
        events.push(event);
    }
    (events, links)
}

/// Where in `link` (the bytes of a whole link, `[text](dest "title")` or `<dest>`) its
/// destination is written: after the text's `](`, as parsed; else the whole link.
fn dest_source(markdown: &str, link: Range<usize>, dest: &str) -> Range<usize> {
    let written = &markdown[link.clone()];
    let after_text = written.find("](").map_or(0, |at| at + 2);
    match written[after_text..].find(dest) {
        Some(at) if !dest.is_empty() => {
            let start = link.start + after_text + at;
            start..start + dest.len()
        }
        _ => link,
    }
}

/// Renders a Markdown body: headings with unique ids and self-links, highlighted code
/// blocks, footnotes at the end, safe links with the locale prefix, and the checks marker.
pub fn render(
    markdown: &str,
    highlighter: &Highlighter,
    options: &MarkdownOptions<'_>,
) -> RenderedMarkdown {
    let (events, links) = parse(markdown, parser_options());
    let events = links::rewrite(events, options.link_prefix);
    let events = footnotes::move_to_end(events);
    let (events, has_checks_marker) = blocks::replace_checks(events);
    let events = blocks::highlight_code(events, Some(highlighter));
    let (events, headings) = headings::anchor(events, options.language);
    let events = raw_html::neutralize(events, options.allow_raw_html);
    let mut html = String::with_capacity(markdown.len() * 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    let footnotes = match html.find(footnotes::SECTION_START) {
        Some(at) => html.split_off(at),
        None => String::new(),
    };
    RenderedMarkdown {
        html,
        footnotes,
        headings,
        links,
        has_checks_marker,
    }
}

/// Renders a short piece of Markdown such as an FAQ answer: a single paragraph comes back
/// without its `<p>`, so it can sit inside other markup. Code is not highlighted and
/// headings get no ids; links and raw HTML are treated as in [`render`].
pub fn render_inline(markdown: &str, options: &MarkdownOptions<'_>) -> String {
    // No footnotes: their ids would clash with the page body's.
    let (events, _) = parse(markdown, parser_options() - Options::ENABLE_FOOTNOTES);
    let events = links::rewrite(events, options.link_prefix);
    let events = blocks::highlight_code(events, None);
    let mut events = raw_html::neutralize(events, options.allow_raw_html);
    if is_single_paragraph(&events) {
        events.pop();
        events.remove(0);
    }
    let mut html = String::with_capacity(markdown.len() * 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    html.truncate(html.trim_end().len());
    html
}

/// The text of a short piece of Markdown with the markup removed and no HTML escaping:
/// what structured data (JSON-LD) carries. The author's characters are kept as written
/// (no typographic quotes), blocks and line breaks become single spaces. Raw HTML counts
/// as text when it is shown escaped (`allow_raw_html` off) and is dropped when it is
/// sanitized into markup.
pub fn plain_text(markdown: &str, allow_raw_html: bool) -> String {
    let options = parser_options() - Options::ENABLE_FOOTNOTES - Options::ENABLE_SMART_PUNCTUATION;
    let mut text = String::with_capacity(markdown.len());
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::Html(t) | Event::InlineHtml(t) if !allow_raw_html => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::End(_) | Event::Rule => text.push(' '),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether the events are exactly one paragraph (opened first, closed last, never closed
/// in between).
fn is_single_paragraph(events: &[Event<'_>]) -> bool {
    matches!(events.first(), Some(Event::Start(Tag::Paragraph)))
        && matches!(events.last(), Some(Event::End(TagEnd::Paragraph)))
        && events
            .iter()
            .filter(|e| matches!(e, Event::End(TagEnd::Paragraph)))
            .count()
            == 1
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod plain_tests {
    use super::plain_text;

    #[test]
    fn plain_text_drops_markup_and_keeps_characters() {
        assert_eq!(
            plain_text(
                "It's **\"bold\"** & [a link](/ports/80/) with `code`.\n\nNext <b>",
                false
            ),
            "It's \"bold\" & a link with code. Next <b>"
        );
        assert_eq!(plain_text("x <b>y</b>", true), "x y");
        assert_eq!(plain_text("a &amp; b", false), "a & b");
    }
}
