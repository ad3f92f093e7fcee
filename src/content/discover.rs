//! Finding every content file under `content/`, parsing them in parallel, and collecting all
//! problems at once.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use super::entry::{Entry, HomeText, parse_entry, parse_home};
use super::error::{ContentError, MAX_FILE_BYTES};
use super::path::{ContentPath, is_ignored, lenient_claim};
use crate::diag::Span;

/// Every entry and home page of a site.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContentSet {
    /// Sorted by (port, locale).
    pub entries: Vec<Entry>,
    /// Sorted by locale code.
    pub homes: Vec<HomeText>,
}

/// A content file found on disk, relative to the site root.
enum Found {
    Entry(PathBuf),
    Home(PathBuf),
}

/// Loads `root/content`: every entry and home page, or every problem found, sorted by position.
pub fn load_content(root: &Path, locales: &[String]) -> Result<ContentSet, Vec<ContentError>> {
    let mut errors = Vec::new();
    let found = discover(root, &mut errors);
    let entry_paths: Vec<&PathBuf> = found
        .iter()
        .filter_map(|f| match f {
            Found::Entry(p) => Some(p),
            Found::Home(_) => None,
        })
        .collect();
    errors.extend(duplicates(&entry_paths, locales));
    let parsed: Vec<Result<Parsed, ContentError>> = found
        .par_iter()
        .map(|f| load_one(root, f, locales))
        .collect();
    let mut set = ContentSet::default();
    for result in parsed {
        match result {
            Ok(Parsed::Entry(e)) => set.entries.push(*e),
            Ok(Parsed::Home(h)) => set.homes.push(h),
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        errors.sort_by_key(ContentError::span);
        return Err(errors);
    }
    set.entries
        .sort_by(|a, b| (a.port, &a.locale).cmp(&(b.port, &b.locale)));
    set.homes.sort_by(|a, b| a.locale.cmp(&b.locale));
    Ok(set)
}

enum Parsed {
    Entry(Box<Entry>),
    Home(HomeText),
}

fn load_one(root: &Path, found: &Found, locales: &[String]) -> Result<Parsed, ContentError> {
    match found {
        Found::Entry(rel) => {
            let bytes = read_limited(root, rel)?;
            parse_entry(rel, &bytes, locales).map(|e| Parsed::Entry(Box::new(e)))
        }
        Found::Home(rel) => {
            let bytes = read_limited(root, rel)?;
            parse_home(rel, &bytes, locales).map(Parsed::Home)
        }
    }
}

/// Reads a file, refusing oversized ones without loading them.
fn read_limited(root: &Path, rel: &Path) -> Result<Vec<u8>, ContentError> {
    let full = root.join(rel);
    let read_err = |source| ContentError::Read {
        span: Span::file(rel),
        source,
    };
    let size = std::fs::metadata(&full).map_err(read_err)?.len();
    if size > MAX_FILE_BYTES {
        return Err(ContentError::TooLarge {
            span: Span::file(rel),
            size,
        });
    }
    std::fs::read(&full).map_err(read_err)
}

/// Lists content files in path order; walking problems go to `errors`.
fn discover(root: &Path, errors: &mut Vec<ContentError>) -> Vec<Found> {
    let content = root.join("content");
    let mut found = Vec::new();
    if !content.is_dir() {
        return found;
    }
    // Symlinked entries are followed like plain files; walkdir reports link loops as errors.
    let walker = WalkDir::new(&content)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_ignored(&e.file_name().to_string_lossy()));
    for item in walker {
        let item = match item {
            Ok(item) => item,
            Err(err) => {
                errors.push(walk_error(root, err));
                continue;
            }
        };
        if !item.file_type().is_file() {
            continue;
        }
        let rel = item
            .path()
            .strip_prefix(root)
            .unwrap_or(item.path())
            .to_path_buf();
        if let Some(f) = classify(rel, errors) {
            found.push(f);
        }
    }
    found
}

/// Decides what a file under `content/` is; files of other stages are left alone.
fn classify(rel: PathBuf, errors: &mut Vec<ContentError>) -> Option<Found> {
    let parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    match parts
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["content", name] if name.starts_with("_index") => Some(Found::Home(rel)),
        ["content", "ports", _, _] => Some(Found::Entry(rel)),
        ["content", "ports", ..] => {
            errors.push(ContentError::UnexpectedFile {
                span: Span::file(&rel),
                advice: "entries live at `content/ports/<port>/index.<locale>.md`; move it there"
                    .to_string(),
            });
            None
        }
        _ => None,
    }
}

fn walk_error(root: &Path, err: walkdir::Error) -> ContentError {
    let path = err.path().unwrap_or(root);
    let rel = path.strip_prefix(root).unwrap_or(path).to_path_buf();
    let message = err.to_string();
    let source = err
        .into_io_error()
        .unwrap_or_else(|| std::io::Error::other(message));
    ContentError::Read {
        span: Span::file(rel),
        source,
    }
}

/// One error per file that claims a page an earlier file (in path order) already claims.
fn duplicates(paths: &[&PathBuf], locales: &[String]) -> Vec<ContentError> {
    let mut first: BTreeMap<ContentPath, &PathBuf> = BTreeMap::new();
    let mut errors = Vec::new();
    for path in paths {
        let Some(claim) = lenient_claim(path, locales) else {
            continue;
        };
        match first.get(&claim) {
            Some(other) => errors.push(ContentError::DuplicateEntry {
                span: Span::file(path.as_path()),
                other: other.to_path_buf(),
                port: claim.port,
                locale: claim.locale,
            }),
            None => {
                first.insert(claim, path);
            }
        }
    }
    errors
}
