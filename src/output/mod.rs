//! The write stage: staging and atomic swap, page files, static assets, and the files
//! built from the whole site (search index, sitemaps, robots.txt, feeds).

mod assets;
mod feed;
pub mod hosts;
pub mod manifest;
pub mod redirects;
mod removal;
mod robots;
pub mod search;
pub mod sitemap;
mod staging;
mod strings;
mod writer;

use std::path::{Path, PathBuf};

pub use assets::{read_static, static_files};
pub use feed::{feed_xml, render_feed};
pub use manifest::{MANIFEST, OutputTotals};
pub use robots::robots_txt;
pub use search::{SearchReport, ShardSize, locale_shards, render_search_page, search_report};
pub use sitemap::{SitemapLimits, locale_sitemaps, sitemap_index};
pub use staging::{MARKER, Staging};
pub use strings::{SCRIPT_MESSAGES, strings_json};
pub use writer::PageWriter;

/// Why the output could not be written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// A filesystem operation failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The IO error.
        source: std::io::Error,
    },
    /// Static files that are links leaving the site, loops, FIFOs or devices.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Source(Vec<crate::sources::SourceError>),
    /// The output folder is not one portsite may replace.
    #[error("refusing to write the site to {}: {reason}", out.display())]
    Refused {
        /// The requested output folder.
        out: PathBuf,
        /// Why, and what to do.
        reason: String,
    },
    /// A page made by this stage (the search page) could not be rendered.
    #[error(transparent)]
    Render(#[from] crate::render::RenderError),
    /// Another build holds the lock on this output folder.
    #[error("another portsite build is writing {} right now; wait for it to finish and run the build again", out.display())]
    Busy {
        /// The output folder.
        out: PathBuf,
    },
}

impl crate::diag::ToDiagnostics for OutputError {
    fn diagnostics(&self) -> Vec<crate::diag::Diagnostic> {
        use crate::diag::{Diagnostic, Location, Severity};
        let (location, text) = match self {
            OutputError::Source(errors) => {
                return errors.iter().flat_map(|e| e.diagnostics()).collect();
            }
            OutputError::Render(e) => return e.diagnostics(),
            OutputError::Io { path, source } => (Location::File(path.clone()), source.to_string()),
            OutputError::Refused { .. } | OutputError::Busy { .. } => {
                (Location::Nowhere, self.to_string())
            }
        };
        vec![Diagnostic::advised(
            "output",
            Severity::Error,
            location,
            &text,
        )]
    }
}

impl OutputError {
    /// An IO error on `path`.
    pub fn io(path: &Path, source: std::io::Error) -> OutputError {
        OutputError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// Escapes text for XML content and attribute values, and drops the control characters
/// XML 1.0 forbids (a stray one in a title would make the whole file unreadable).
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped_xml(&mut out, text);
    out
}

/// Appends `text` escaped as by [`escape_xml`].
pub fn push_escaped_xml(out: &mut String, text: &str) {
    // Sitemaps escape over a million URLs that almost never need it: check the bytes
    // first (0xEF leads U+FFFE and U+FFFF) and copy whole when nothing is special.
    let special = |b: u8| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'' | 0xEF) || b < b' ';
    if !text.bytes().any(special) {
        out.push_str(text);
        return;
    }
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::escape_xml;

    #[test]
    fn xml_escaping_neutralizes_markup_and_controls() {
        assert_eq!(
            escape_xml("]]> <script>&\"'\u{1}"),
            "]]&gt; &lt;script&gt;&amp;&quot;&apos;"
        );
        assert_eq!(escape_xml("a\u{FFFE}b\u{FFFF}\tç€"), "ab\tç€");
        assert_eq!(
            escape_xml("https://x.test/ports/1/"),
            "https://x.test/ports/1/"
        );
    }
}
