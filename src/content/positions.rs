//! Where each field of a YAML block mapping starts, recorded when the file is parsed so
//! later stages (`check`) can point at a value without reading the file again.
//!
//! yaml_serde gives positions only with errors, so the positions of values that parse are
//! taken by this small pass over the same text: block mappings and sequences as entries
//! are written (`updated:`, `faq:` with `- q:` items, `a: |` block scalars). A field
//! written in flow style (`faq: [{q: x, a: y}]`) is found at its nearest written parent.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diag::Span;

/// The position of every field of a document, by path: `updated`, `faq[0]`, `faq[0].a`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldPositions {
    path: PathBuf,
    fields: BTreeMap<String, (usize, usize)>,
    /// Values written on their key's line: start and length in characters.
    values: BTreeMap<String, (usize, usize, usize)>,
}

/// A key or a sequence item whose children are indented under it.
struct Frame {
    indent: usize,
    path: String,
    item: bool,
}

impl FieldPositions {
    /// Scans `yaml`, whose first line is line `first_line` of `path`.
    pub fn scan(path: &Path, yaml: &str, first_line: usize) -> FieldPositions {
        let mut scan = Scan::default();
        for (i, line) in yaml.lines().enumerate() {
            scan.line(line.strip_suffix('\r').unwrap_or(line), first_line + i);
        }
        FieldPositions {
            path: path.to_path_buf(),
            fields: scan.fields,
            values: scan.values,
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

    /// Where the value of `field` is written, when it is on the key's line (a block
    /// scalar's `|` or `>` is not its value).
    pub fn value_span(&self, field: &str) -> Option<Span> {
        let &(line, col, len) = self.values.get(field)?;
        Some(Span::new(&self.path, line, col).with_len(len))
    }

    /// The file the positions belong to.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

#[derive(Default)]
struct Scan {
    fields: BTreeMap<String, (usize, usize)>,
    values: BTreeMap<String, (usize, usize, usize)>,
    frames: Vec<Frame>,
    items: BTreeMap<String, usize>,
    /// Lines indented deeper than this belong to a block scalar (`|` or `>`).
    block: Option<usize>,
}

impl Scan {
    fn line(&mut self, line: &str, number: usize) {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let mut rest = &line[indent..];
        if let Some(block) = self.block {
            if rest.is_empty() || indent > block {
                return;
            }
            self.block = None;
        }
        if rest.is_empty() || rest.starts_with('#') || rest.starts_with("---") {
            return;
        }
        let mut col = indent;
        if rest == "-" || rest.starts_with("- ") {
            self.item(indent, number);
            let after = rest[1..].trim_start_matches(' ');
            col += rest.len() - after.len();
            rest = after;
        }
        if let Some((key, value)) = key_of(rest) {
            while self.frames.last().is_some_and(|f| f.indent >= col) {
                self.frames.pop();
            }
            let path = match self.frames.last() {
                Some(parent) => format!("{}.{key}", parent.path),
                None => key.to_string(),
            };
            self.fields.entry(path.clone()).or_insert((number, col + 1));
            // `value` is a slice of `rest`: its offset there gives its column.
            let offset = value.as_ptr() as usize - rest.as_ptr() as usize;
            let value = value.split(" #").next().unwrap_or("").trim_end();
            let block = value.starts_with('|') || value.starts_with('>');
            if !value.is_empty() && !block {
                let start = col + rest[..offset].chars().count();
                self.values.entry(path.clone()).or_insert((
                    number,
                    start + 1,
                    value.chars().count(),
                ));
            }
            self.frames.push(Frame {
                indent: col,
                path,
                item: false,
            });
            if value.starts_with('|') || value.starts_with('>') {
                self.block = Some(col);
            }
        }
    }

    /// A `- ` at `indent`: the next item of the nearest key above it.
    fn item(&mut self, indent: usize, number: usize) {
        while self
            .frames
            .last()
            .is_some_and(|f| f.indent > indent || (f.item && f.indent == indent))
        {
            self.frames.pop();
        }
        let parent = self.frames.last().map_or(String::new(), |f| f.path.clone());
        let index = self.items.entry(parent.clone()).or_insert(0);
        let path = format!("{parent}[{index}]");
        *index += 1;
        self.fields
            .entry(path.clone())
            .or_insert((number, indent + 1));
        self.frames.push(Frame {
            indent,
            path,
            item: true,
        });
    }
}

/// The key and the text after its colon, for `key: value` or `key:` (quotes removed).
fn key_of(text: &str) -> Option<(&str, &str)> {
    let colon = text
        .char_indices()
        .find(|&(i, c)| c == ':' && text[i + 1..].chars().next().is_none_or(|n| n == ' '))?
        .0;
    let key = text[..colon].trim_end().trim_matches(['"', '\'']);
    let plain = !key.is_empty() && !key.starts_with(['{', '[', '&', '*', '!', '|', '>']);
    plain.then(|| (key, text[colon + 1..].trim_start()))
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

    #[test]
    fn keys_items_and_nested_keys_are_found() {
        assert_eq!(at("updated"), "e.md:3:1");
        assert_eq!(at("faq[0]"), "e.md:5:3");
        assert_eq!(at("faq[0].q"), "e.md:5:5");
        assert_eq!(at("faq[1].a"), "e.md:10:5");
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
}
