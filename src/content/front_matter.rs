//! Turning a file's bytes into text and cutting it into YAML front matter and a Markdown body.

use std::path::Path;

use super::error::{ContentError, MAX_FILE_BYTES};
use crate::diag::Span;

/// A file split at its `---` fences; slices borrow the file's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatter<'a> {
    /// The YAML between the fences (may hold CRLF line ends).
    pub yaml: &'a str,
    /// 1-based line of the file where `yaml` starts.
    pub yaml_line: usize,
    /// Everything after the closing fence.
    pub body: &'a str,
    /// 1-based line of the file where `body` starts.
    pub body_line: usize,
}

/// Checks the size, validates UTF-8 and strips a byte order mark.
pub fn decode<'a>(path: &Path, bytes: &'a [u8]) -> Result<&'a str, ContentError> {
    let size = bytes.len() as u64;
    if size > MAX_FILE_BYTES {
        return Err(ContentError::TooLarge {
            span: Span::file(path),
            size,
        });
    }
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|err| {
        let good = &bytes[..err.valid_up_to()];
        // The prefix is valid by definition, so this never falls back in practice.
        let text = std::str::from_utf8(good).unwrap_or_default();
        ContentError::InvalidUtf8 {
            span: Span::from_offset(path, text, text.len()),
        }
    })
}

/// Splits `text` into the YAML between the first two `---` lines and the body after them.
///
/// Both LF and CRLF line ends are accepted; a leading byte order mark is skipped.
pub fn split_front_matter<'a>(path: &Path, text: &'a str) -> Result<FrontMatter<'a>, ContentError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = LineIter { text, pos: 0 };
    match lines.next() {
        Some((_, line)) if is_fence(line) => {}
        _ => {
            return Err(ContentError::NoFrontMatter {
                span: Span::file(path),
            });
        }
    }
    let yaml_start = lines.pos;
    let mut line_no = 1;
    while let Some((start, line)) = lines.next() {
        line_no += 1;
        if is_fence(line) {
            return Ok(FrontMatter {
                yaml: &text[yaml_start..start],
                yaml_line: 2,
                body: &text[lines.pos..],
                body_line: line_no + 1,
            });
        }
    }
    Err(ContentError::UnclosedFrontMatter {
        span: Span::file(path),
    })
}

/// A fence is `---` alone on its line; trailing spaces are forgiven because editors hide them.
fn is_fence(line: &str) -> bool {
    line.trim_end() == "---"
}

/// Yields (byte offset, line without its line end) and tracks where the next line starts.
struct LineIter<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Iterator for LineIter<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        if self.pos >= self.text.len() {
            return None;
        }
        let start = self.pos;
        let rest = &self.text[start..];
        let (line, advance) = match rest.find('\n') {
            Some(i) => (&rest[..i], i + 1),
            None => (rest, rest.len()),
        };
        self.pos += advance;
        Some((start, line.strip_suffix('\r').unwrap_or(line)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> &'static Path {
        Path::new("content/ports/3712/index.en.md")
    }

    #[test]
    fn splits_yaml_and_body_with_their_lines() {
        let fm = split_front_matter(p(), "---\ntitle: A\n---\n\nBody\n").unwrap();
        assert_eq!(fm.yaml, "title: A\n");
        assert_eq!(fm.yaml_line, 2);
        assert_eq!(fm.body, "\nBody\n");
        assert_eq!(fm.body_line, 4);
    }

    #[test]
    fn crlf_files_split_at_the_same_lines() {
        let fm = split_front_matter(p(), "---\r\ntitle: A\r\n---\r\nBody\r\n").unwrap();
        assert_eq!(fm.yaml, "title: A\r\n");
        assert_eq!(fm.body, "Body\r\n");
        assert_eq!(fm.body_line, 4);
    }

    #[test]
    fn missing_front_matter_points_at_line_one() {
        let err = split_front_matter(p(), "# Just markdown\n").unwrap_err();
        assert_eq!(
            err.located(),
            "content/ports/3712/index.en.md:1:1: no front matter; start the file with a line `---`, \
             then `title:` and `description:`, then another `---` line"
        );
    }

    #[test]
    fn unclosed_front_matter_points_at_the_opening_fence() {
        let err = split_front_matter(p(), "---\ntitle: A\nbody\n").unwrap_err();
        assert_eq!(
            err.located(),
            "content/ports/3712/index.en.md:1:1: front matter opened here is never closed; \
             add a line `---` after its last field"
        );
    }

    #[test]
    fn invalid_utf8_names_the_first_bad_byte() {
        let err = decode(p(), b"---\ntitle: caf\xe9\n").unwrap_err();
        assert_eq!(
            err.located(),
            "content/ports/3712/index.en.md:2:11: invalid UTF-8 byte here; save the file with UTF-8 encoding"
        );
    }

    #[test]
    fn byte_order_mark_is_stripped() {
        assert_eq!(decode(p(), b"\xef\xbb\xbf---\n").unwrap(), "---\n");
    }

    #[test]
    fn files_over_one_mebibyte_are_refused_before_parsing() {
        let big = vec![b'a'; 1024 * 1024 + 1];
        let err = decode(p(), &big).unwrap_err();
        assert_eq!(
            err.located(),
            "content/ports/3712/index.en.md:1:1: file is 1048577 bytes, over the 1 MiB limit for \
             content files; shorten it or split the text"
        );
    }
}
