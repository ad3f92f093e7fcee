//! Prints a [`Diagnostic`] the way rustc and cargo do, through annotate-snippets:
//!
//! ```text
//! error[unknown-field]: unknown field `fqa`, expected one of `q`, `a`
//!  --> content/ports/3712/index.tr.md:9:1
//!   |
//! 9 | fqa: x
//!   | ^^^
//!   |
//!   = help: did you mean `faq`?
//! ```

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use super::{Diagnostic, Location, Severity, SourceText, Span};

/// Plain text, or ANSI colours for a terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// No escape sequences (files, pipes, tests, JSON consumers).
    Plain,
    /// ANSI colours.
    Color,
}

impl Style {
    /// Colours when `stderr` is a terminal and `NO_COLOR` is unset.
    pub fn for_stderr() -> Style {
        use std::io::IsTerminal;
        if std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none() {
            Style::Color
        } else {
            Style::Plain
        }
    }
}

/// Every diagnostic, each followed by a blank line.
pub fn render_all(diagnostics: &[Diagnostic], sources: &SourceText, style: Style) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let text = d.location.path().and_then(|p| sources.get(p));
        out.push_str(&render(d, text.as_deref(), style));
        out.push_str("\n\n");
    }
    out
}

/// One diagnostic; `source` is the text of the file it points at, for the excerpt.
pub fn render(d: &Diagnostic, source: Option<&str>, style: Style) -> String {
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let path = d.location.path().map(|p| p.display().to_string());
    let mut group = Group::with_title(level.primary_title(d.message.as_str()).id(d.code));
    match (&d.location, path.as_deref()) {
        (Location::At(span), Some(path)) => {
            group = match source.and_then(|s| excerpt(s, span)) {
                Some((line, range)) => group.element(
                    Snippet::source(line)
                        .line_start(span.line)
                        .path(path)
                        .annotation(
                            AnnotationKind::Primary
                                .span(range)
                                .label(d.label.as_deref()),
                        ),
                ),
                None => group.element(Origin::path(path).line(span.line).char_column(span.col)),
            };
        }
        (_, Some(path)) => group = group.element(Origin::path(path)),
        _ => {}
    }
    if let Some(help) = &d.help {
        group = group.element(Level::HELP.message(help.as_str()));
    }
    let report: [Group<'_>; 1] = [group];
    let renderer = match style {
        Style::Plain => Renderer::plain(),
        Style::Color => Renderer::styled(),
    };
    renderer.render(&report)
}

/// The span's line and the byte range to underline in it: `len` characters from the
/// column, or the word that starts there when the stage gave only a point.
fn excerpt<'s>(source: &'s str, span: &Span) -> Option<(&'s str, std::ops::Range<usize>)> {
    let line = source.lines().nth(span.line.checked_sub(1)?)?;
    let line = line.strip_suffix('\r').unwrap_or(line);
    let start = line
        .char_indices()
        .nth(span.col.saturating_sub(1))
        .map_or(line.len(), |(i, _)| i);
    let rest = &line[start..];
    let end = if span.len > 0 {
        rest.char_indices()
            .nth(span.len)
            .map_or(line.len(), |(i, _)| start + i)
    } else {
        start + word_len(rest)
    };
    Some((line, start..end))
}

/// The length in bytes of the word at the start of `text`: up to a space, without a
/// closing `:`, `,`, `)` or `.` (a YAML key, a list item, the end of a sentence).
fn word_len(text: &str) -> usize {
    let word = text.split(char::is_whitespace).next().unwrap_or("");
    let trimmed = word.trim_end_matches([':', ',', ')', '.', ';']);
    if trimmed.is_empty() {
        word.len()
    } else {
        trimmed.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn underlines_the_word_at_the_column() {
        let span = Span::new("a.md", 2, 1);
        let (line, range) = excerpt("---\nfqa: x\n", &span).unwrap();
        assert_eq!(&line[range], "fqa");
    }

    #[test]
    fn underlines_len_characters() {
        let span = Span::new("a.md", 1, 3).with_len(4);
        let (line, range) = excerpt("é [ab](/x/) y", &span).unwrap();
        assert_eq!(&line[range], "[ab]");
    }
}
