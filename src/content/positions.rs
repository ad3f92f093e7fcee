//! Where each field of a YAML document is written, recorded when the file is parsed so
//! later stages (`check`) can point at a value, or at a link inside a value, without
//! reading the file again.
//!
//! yaml_serde gives positions only with errors, so the positions of values that parse are
//! taken from saphyr-parser's marked events over the same text: keys, sequence items and
//! scalars, in block style (`faq:` with `- q:` items, `a: |` block scalars) and in flow
//! style (`faq: [{q: x, a: y}]`) alike.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use saphyr_parser::{Event, Marker, Parser, ScalarStyle};

use crate::diag::Span;

/// The position of every field of a document, by path: `updated`, `faq[0]`, `faq[0].a`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldPositions {
    path: PathBuf,
    /// Where each key (or each sequence item's dash) is written: line and column.
    fields: BTreeMap<String, (usize, usize)>,
    /// Every scalar value as written.
    values: BTreeMap<String, Written>,
}

/// A scalar value as it is written in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Written {
    /// 1-based line and column of its first character (a quote, or a block scalar's
    /// first content character: its `|` or `>` header is not part of it).
    line: usize,
    col: usize,
    style: ScalarStyle,
    /// The source text from the first character to the end of the scalar.
    raw: String,
}

impl FieldPositions {
    /// Scans `yaml`, whose first line is line `first_line` of `path`.
    pub fn scan(path: &Path, yaml: &str, first_line: usize) -> FieldPositions {
        let mut walk = Walk::new(yaml, first_line);
        for event in Parser::new_from_str(yaml) {
            // The document already parsed with yaml_serde; where saphyr's YAML 1.2 reading
            // disagrees, the positions found so far are kept and the rest fall back to
            // their parents.
            let Ok((event, span)) = event else { break };
            match event {
                Event::Scalar(text, style, ..) => walk.scalar(&text, style, span.start, span.end),
                Event::Alias(_) => walk.scalar("", ScalarStyle::Plain, span.start, span.end),
                Event::MappingStart(..) => walk.open(span.start, Frame::Map(String::new(), None)),
                Event::SequenceStart(..) => walk.open(span.start, Frame::Seq(String::new(), 0)),
                Event::MappingEnd | Event::SequenceEnd => {
                    walk.frames.pop();
                }
                Event::DocumentEnd => break,
                _ => {}
            }
        }
        FieldPositions {
            path: path.to_path_buf(),
            fields: walk.fields,
            values: walk.values,
        }
    }

    /// Where `field` is written, else its nearest written parent (`faq[0].a`, then
    /// `faq[0]`, then `faq`); the key or the item's dash is covered.
    pub fn span(&self, field: &str) -> Option<Span> {
        let mut field = field;
        loop {
            if let Some(&(line, col)) = self.fields.get(field) {
                let len = field.rsplit(['.', '[']).next().map_or(1, |last| {
                    if last.ends_with(']') {
                        1
                    } else {
                        last.chars().count()
                    }
                });
                return Some(Span::new(&self.path, line, col).with_len(len));
            }
            field = &field[..field.rfind(['.', '['])?];
        }
    }

    /// Where the scalar value of `field` starts, covering the rest of that line of it
    /// (a block scalar's value starts on the line below its `|` or `>`).
    pub fn value_span(&self, field: &str) -> Option<Span> {
        let value = self.values.get(field)?;
        let first_line = value.raw.lines().next().unwrap_or("");
        Some(Span::new(&self.path, value.line, value.col).with_len(first_line.chars().count()))
    }

    /// Where the `len` bytes at byte `offset` of `text`, the string value of `field`, are
    /// written. Exact when the value is the source's text with only quotes, indentation
    /// and line breaks taken out or folded: plain, single-quoted, literal (`|`) and folded
    /// (`>`) scalars, and double-quoted ones without a backslash. An escape (`\n`,
    /// `\u00e9`, a `\` line end) decodes into other characters than the source's, so no
    /// offset inside such a value can be mapped back: `None`, and callers point at the
    /// whole value instead.
    pub fn text_span(&self, field: &str, text: &str, offset: usize, len: usize) -> Option<Span> {
        let value = self.values.get(field)?;
        let quote = match value.style {
            ScalarStyle::SingleQuoted => Some('\''),
            ScalarStyle::DoubleQuoted if value.raw.contains('\\') => return None,
            ScalarStyle::DoubleQuoted => Some('"'),
            ScalarStyle::Plain | ScalarStyle::Literal | ScalarStyle::Folded => None,
        };
        let at = source_index(text, &value.raw, quote, offset)?;
        let before = value.raw.get(..at)?;
        let lines = before.matches('\n').count();
        let col = match before.rfind('\n') {
            Some(newline) => before[newline + 1..].chars().count() + 1,
            None => value.col + before.chars().count(),
        };
        let len = text.get(offset..offset + len)?.chars().count();
        Some(Span::new(&self.path, value.line + lines, col).with_len(len))
    }

    /// The file the positions belong to.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// The byte index in `raw` (a scalar as written) of the character at byte `offset` of
/// `text` (its parsed value). The two hold the same characters in the same order except
/// that `raw` has quotes (`quote`, doubled inside the value) and more whitespace
/// (indentation, line breaks that folding turned into one space or dropped): each
/// character of `text` is matched to the next equal one of `raw`, whitespace to whitespace,
/// skipping only whitespace and quotes. `None` when anything else would have to be skipped.
fn source_index(text: &str, raw: &str, quote: Option<char>, offset: usize) -> Option<usize> {
    let mut source = raw.char_indices().peekable();
    for (at, c) in text.char_indices() {
        loop {
            let &(index, s) = source.peek()?;
            if at == offset && (s == c || (s.is_whitespace() && c.is_whitespace())) {
                return Some(index);
            }
            source.next();
            if s == c || (s.is_whitespace() && c.is_whitespace()) {
                break;
            }
            if !(s.is_whitespace() || Some(s) == quote) {
                return None;
            }
        }
    }
    None
}

/// A mapping (its path and the key whose value comes next) or a sequence (its path and
/// the index of its next item) being walked.
enum Frame {
    Map(String, Option<String>),
    Seq(String, usize),
}

/// Where the next node goes: a key of the mapping at this path, or the value at this path
/// (a sequence item when the flag is set).
enum Slot {
    Key(String),
    Value(String, bool),
}

/// The walk over the events: open containers and what has been found.
struct Walk<'a> {
    yaml: &'a str,
    /// The byte offset of each character, and of the end (events count characters).
    offsets: Vec<usize>,
    first_line: usize,
    frames: Vec<Frame>,
    fields: BTreeMap<String, (usize, usize)>,
    values: BTreeMap<String, Written>,
}

impl<'a> Walk<'a> {
    fn new(yaml: &'a str, first_line: usize) -> Self {
        let offsets = (yaml.char_indices().map(|(i, _)| i))
            .chain(std::iter::once(yaml.len()))
            .collect();
        Walk {
            yaml,
            offsets,
            first_line,
            frames: Vec::new(),
            fields: BTreeMap::new(),
            values: BTreeMap::new(),
        }
    }

    /// The slot the next node fills, advancing past it.
    fn next_slot(&mut self) -> Slot {
        match self.frames.last_mut() {
            None => Slot::Value(String::new(), false),
            Some(Frame::Map(path, key)) => match key.take() {
                None => Slot::Key(path.clone()),
                Some(key) => Slot::Value(join(path, &key), false),
            },
            Some(Frame::Seq(path, next)) => {
                *next += 1;
                Slot::Value(format!("{path}[{}]", *next - 1), true)
            }
        }
    }

    fn scalar(&mut self, text: &str, style: ScalarStyle, start: Marker, end: Marker) {
        match self.next_slot() {
            Slot::Key(parent) => {
                let at = self.position(start);
                self.fields.entry(join(&parent, text)).or_insert(at);
                if let Some(Frame::Map(_, key)) = self.frames.last_mut() {
                    *key = Some(text.to_string());
                }
            }
            Slot::Value(path, item) => {
                if item {
                    let at = self.item_position(start);
                    self.fields.entry(path.clone()).or_insert(at);
                }
                let (line, col) = self.position(start);
                let raw = (self.offsets.get(start.index()))
                    .zip(self.offsets.get(end.index()))
                    .and_then(|(&from, &to)| self.yaml.get(from..to))
                    .unwrap_or_default()
                    .to_string();
                let written = Written {
                    line,
                    col,
                    style,
                    raw,
                };
                self.values.entry(path).or_insert(written);
            }
        }
    }

    /// A mapping or sequence starts at `start`; `frame` is it, without its path yet.
    fn open(&mut self, start: Marker, frame: Frame) {
        let path = match self.next_slot() {
            // A mapping or sequence as a key is nothing front matter writes.
            Slot::Key(parent) => {
                if let Some(Frame::Map(_, key)) = self.frames.last_mut() {
                    *key = Some("?".to_string());
                }
                join(&parent, "?")
            }
            Slot::Value(path, item) => {
                if item {
                    let at = self.item_position(start);
                    self.fields.entry(path.clone()).or_insert(at);
                }
                path
            }
        };
        self.frames.push(match frame {
            Frame::Map(..) => Frame::Map(path, None),
            Frame::Seq(..) => Frame::Seq(path, 0),
        });
    }

    /// The file's 1-based line and column of a marker.
    fn position(&self, at: Marker) -> (usize, usize) {
        (self.first_line + at.line() - 1, at.col() + 1)
    }

    /// The position of a block sequence item's dash: the item's node starts after it.
    fn item_position(&self, at: Marker) -> (usize, usize) {
        let line = self.yaml.lines().nth(at.line() - 1).unwrap_or("");
        let before: String = line.chars().take(at.col()).collect();
        let trimmed = before.trim_end();
        match trimmed.strip_suffix('-') {
            Some(dash) => (self.position(at).0, dash.chars().count() + 1),
            None => self.position(at),
        }
    }
}

/// `parent.key`, or `key` at the top.
fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRONT: &str = "title: T\nupdated: 2026-11-20\nfaq:\n  - q: Why?\n    a: |\n      Because\n      a: not a key\n  - q: How?\n    a: See [x](/y/).\nsources:\n- title: S\n  url: https://x.org\n";

    fn at(field: &str) -> String {
        let positions = FieldPositions::scan(Path::new("e.md"), FRONT, 2);
        positions
            .span(field)
            .map(|s| s.to_string())
            .unwrap_or_default()
    }

    /// Where `needle` in the value of `field` is written, as `line:col+len`.
    fn link_in(yaml: &str, field: &str, text: &str, needle: &str) -> String {
        let positions = FieldPositions::scan(Path::new("e.md"), yaml, 1);
        let offset = text.find(needle).unwrap();
        positions
            .text_span(field, text, offset, needle.len())
            .map(|s| format!("{}:{}+{}", s.line, s.col, s.len))
            .unwrap_or_default()
    }

    #[test]
    fn keys_items_and_nested_keys_are_found() {
        assert_eq!(at("updated"), "e.md:3:1");
        assert_eq!(at("faq[0]"), "e.md:5:3");
        assert_eq!(at("faq[0].q"), "e.md:5:5");
        assert_eq!(at("faq[1].a"), "e.md:10:5");
        assert_eq!(at("sources[0]"), "e.md:12:1");
        assert_eq!(at("sources[0].url"), "e.md:13:3");
        let positions = FieldPositions::scan(Path::new("e.md"), FRONT, 2);
        let value = positions.value_span("updated").unwrap();
        assert_eq!((value.line, value.col, value.len), (3, 10, 10));
    }

    #[test]
    fn block_scalars_hide_their_text_and_missing_fields_fall_back() {
        assert_eq!(at("faq[0].a.a"), "e.md:6:5");
        assert_eq!(at("faq[2]"), "e.md:4:1");
        assert_eq!(at("nothing"), "");
    }

    #[test]
    fn flow_style_fields_have_their_own_positions() {
        let yaml = "tags: [a, b]\nfaq: [{q: Why?, a: 'See [x](/y/).'}]\n";
        let positions = FieldPositions::scan(Path::new("e.md"), yaml, 1);
        let span = |f: &str| positions.span(f).unwrap().to_string();
        assert_eq!(span("tags[1]"), "e.md:1:11");
        assert_eq!(span("faq[0].a"), "e.md:2:17");
        let text = "See [x](/y/).";
        assert_eq!(link_in(yaml, "faq[0].a", text, "/y/"), "2:29+3");
    }

    #[test]
    fn a_link_inside_a_value_is_found_where_it_is_written() {
        let text = "Because\nsee [x](/y/).\n";
        let literal = "a: |\n  Because\n  see [x](/y/).\n";
        assert_eq!(link_in(literal, "a", text, "/y/"), "3:11+3");
        let folded = "a: >-\n  Because it's\n\n    see [x](/y/).\n";
        let text = "Because it's\n  see [x](/y/).";
        assert_eq!(link_in(folded, "a", text, "/y/"), "4:13+3");
        let plain = "a: Because\n   it is, see\n   [x](/y/).\n";
        let text = "Because it is, see [x](/y/).";
        assert_eq!(link_in(plain, "a", text, "/y/"), "3:8+3");
        let single = "a: 'It''s [x](/y/)'\n";
        assert_eq!(link_in(single, "a", "It's [x](/y/)", "/y/"), "1:15+3");
        let double = "a: \"See\n  [é](/y/)\"\n";
        assert_eq!(link_in(double, "a", "See [é](/y/)", "/y/"), "2:7+3");
    }

    #[test]
    fn an_escaped_value_is_not_mapped() {
        let yaml = "a: \"Tab\\there [x](/y/)\"\n";
        assert_eq!(link_in(yaml, "a", "Tab\there [x](/y/)", "/y/"), "");
        let positions = FieldPositions::scan(Path::new("e.md"), yaml, 1);
        assert_eq!(positions.value_span("a").unwrap().to_string(), "e.md:1:4");
    }
}
