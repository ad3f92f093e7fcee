//! Site paths written as plain text (`see /ports/1947/`): Markdown does not turn them into
//! links, so a reader gets text where the author meant a link.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// A `/ports/…` path in running text, outside links and code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BarePath {
    /// The path as written (`/ports/1947/`).
    pub path: String,
    /// 1-based line in the Markdown text.
    pub line: usize,
    /// 1-based column (in characters) on that line.
    pub col: usize,
}

/// Every `/ports/<digits>…` written as plain text in `markdown`.
pub fn bare_port_paths(markdown: &str) -> Vec<BarePath> {
    let mut found = Vec::new();
    let (mut in_link, mut in_code) = (0usize, 0usize);
    for (event, range) in Parser::new_ext(markdown, super::parser_options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => in_link += 1,
            Event::End(TagEnd::Link | TagEnd::Image) => in_link = in_link.saturating_sub(1),
            Event::Start(Tag::CodeBlock(_)) => in_code += 1,
            Event::End(TagEnd::CodeBlock) => in_code = in_code.saturating_sub(1),
            Event::Text(_) if in_link == 0 && in_code == 0 => {
                let source = &markdown[range.clone()];
                for (at, _) in source.match_indices("/ports/") {
                    let path = port_path(&source[at..]);
                    if !path.is_empty() {
                        found.push(position(markdown, range.start + at, path));
                    }
                }
            }
            _ => {}
        }
    }
    found
}

/// `/ports/` followed by a port number or range and an optional `/`; empty otherwise.
fn port_path(text: &str) -> &str {
    let rest = &text["/ports/".len()..];
    let digits = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '-'))
        .unwrap_or(rest.len());
    if digits == 0 || !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return "";
    }
    let end = "/ports/".len() + digits + usize::from(rest[digits..].starts_with('/'));
    &text[..end]
}

fn position(markdown: &str, offset: usize, path: &str) -> BarePath {
    let before = &markdown[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    BarePath {
        path: path.to_string(),
        line,
        col: markdown[line_start..offset].chars().count() + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_paths_are_found_with_their_position() {
        let text = "Intro.\n\nSee /ports/1947/ and [port 5093](/ports/5093/).\n";
        assert_eq!(
            bare_port_paths(text),
            [BarePath {
                path: "/ports/1947/".into(),
                line: 3,
                col: 5
            }]
        );
    }

    #[test]
    fn code_and_links_are_not_bare() {
        let text = "`/ports/22/` and\n\n```\ncurl /ports/22/\n```\n\n[/ports/80/](/ports/80/)\n";
        assert!(bare_port_paths(text).is_empty());
    }
}
