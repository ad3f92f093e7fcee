//! A position in a source file, printed as `path:line:col`.

use std::fmt;
use std::path::{Path, PathBuf};

/// A 1-based line and column in a file the user wrote.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// The file, as given to portsite (usually relative to the site root).
    pub path: PathBuf,
    /// 1-based line number.
    pub line: usize,
    /// 1-based column number, counted in characters.
    pub col: usize,
    /// How many characters the problem covers from `col`; 0 when the parser gave only a
    /// point, and the renderer underlines the word that starts there.
    pub len: usize,
}

impl Span {
    /// A span at `line:col` of `path`.
    pub fn new(path: impl Into<PathBuf>, line: usize, col: usize) -> Self {
        Span {
            path: path.into(),
            line,
            col,
            len: 0,
        }
    }

    /// The same position, covering `len` characters (for the underline).
    #[must_use]
    pub fn with_len(mut self, len: usize) -> Self {
        self.len = len;
        self
    }

    /// A span pointing at the start of a file, for errors that concern the whole file.
    pub fn file(path: impl Into<PathBuf>) -> Self {
        Span::new(path, 1, 1)
    }

    /// The span of a byte offset inside `text`, which is the content of `path`.
    pub fn from_offset(path: &Path, text: &str, offset: usize) -> Self {
        let offset = offset.min(text.len());
        let before = &text[..floor_char_boundary(text, offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        Span::new(path, line, col)
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.path.display(), self.line, self.col)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offset_maps_to_line_and_column() {
        let text = "a: 1\nbé: 2\nc";
        let span = Span::from_offset(Path::new("x.md"), text, text.find('2').unwrap());
        assert_eq!(span.to_string(), "x.md:2:5");
    }
}
