//! One curated entry or home page: path, front matter and Markdown body.

use std::path::{Path, PathBuf};

use super::error::ContentError;
use super::front_matter::{FrontMatter, decode, split_front_matter};
use super::meta::{EntryMeta, HomeMeta};
use super::path::{parse_entry_path, parse_locale_suffix};
use super::positions::FieldPositions;
use super::text;
use super::yaml::from_yaml;
use crate::config::LocaleCode;
use crate::diag::Span;
use crate::port::Port;

/// A curated port entry, `content/ports/<port>/index.<locale>.md`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Relative to the site root, for messages.
    pub path: PathBuf,
    /// The port, from the folder name.
    pub port: Port,
    /// The locale, from the file name.
    pub locale: LocaleCode,
    /// The front matter.
    pub meta: EntryMeta,
    /// The Markdown body, with LF line ends.
    pub body: String,
    /// 1-based line of the file where the body starts.
    pub body_line: usize,
    /// Where each front matter field is written (`updated`, `faq[0].a`, `sources[1]`).
    pub fields: FieldPositions,
}

/// The text of a home page, `content/_index.<locale>.md`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HomeText {
    /// Relative to the site root, for messages.
    pub path: PathBuf,
    /// The locale, from the file name.
    pub locale: LocaleCode,
    /// The page title.
    pub title: String,
    /// The summary for search engines and link previews.
    pub description: String,
    /// The Markdown body, with LF line ends.
    pub body: String,
    /// 1-based line of the file where the body starts.
    pub body_line: usize,
}

/// Parses an entry file; `path` is relative to the site root and gives port and locale.
pub fn parse_entry(
    path: &Path,
    bytes: &[u8],
    locales: &[LocaleCode],
) -> Result<Entry, ContentError> {
    let claim = parse_entry_path(path, locales)?;
    let text = decode(path, bytes)?;
    let fm = split_front_matter(path, text)?;
    let meta: EntryMeta = from_yaml(path, fm.yaml, fm.yaml_line)?;
    check_title(path, &fm, &meta.title)?;
    check_body(path, &fm)?;
    Ok(Entry {
        path: path.to_path_buf(),
        port: claim.port,
        locale: claim.locale,
        meta,
        fields: FieldPositions::scan(path, fm.yaml, fm.yaml_line),
        body: to_lf(fm.body),
        body_line: fm.body_line,
    })
}

/// Parses a home page file, `content/_index.<locale>.md` relative to the site root.
pub fn parse_home(
    path: &Path,
    bytes: &[u8],
    locales: &[LocaleCode],
) -> Result<HomeText, ContentError> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let locale = parse_locale_suffix(path, name, "_index", locales)?;
    let text = decode(path, bytes)?;
    let fm = split_front_matter(path, text)?;
    let meta: HomeMeta = from_yaml(path, fm.yaml, fm.yaml_line)?;
    check_title(path, &fm, &meta.title)?;
    check_body(path, &fm)?;
    Ok(HomeText {
        path: path.to_path_buf(),
        locale,
        title: meta.title,
        description: meta.description,
        body: to_lf(fm.body),
        body_line: fm.body_line,
    })
}

fn check_title(path: &Path, fm: &FrontMatter<'_>, title: &str) -> Result<(), ContentError> {
    // A title of zero-width characters is as empty as a blank one.
    if !title
        .chars()
        .all(|c| c.is_whitespace() || text::is_format(c))
    {
        return Ok(());
    }
    // Point at the `title:` key when it sits at the top level, else at the front matter.
    let line = fm
        .yaml
        .lines()
        .position(|l| l.starts_with("title:"))
        .map_or(fm.yaml_line, |i| fm.yaml_line + i);
    Err(ContentError::EmptyTitle {
        span: Span::new(path, line, 1),
    })
}

/// The body may not hold control characters, bidirectional overrides or unbalanced
/// isolates (the rules of `text`): in a code block they would make a command read
/// differently from what it runs.
fn check_body(path: &Path, fm: &FrontMatter<'_>) -> Result<(), ContentError> {
    let Some((offset, problem)) = text::first_problem(fm.body) else {
        return Ok(());
    };
    let at = Span::from_offset(path, fm.body, offset);
    Err(ContentError::Text {
        span: Span::new(path, fm.body_line + at.line - 1, at.col),
        message: problem,
    })
}

/// Later stages count lines by `\n` alone, so CRLF files are normalized here.
fn to_lf(body: &str) -> String {
    body.replace("\r\n", "\n")
}
