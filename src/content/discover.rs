//! Finding every content file under `content/`, parsing them in parallel, and collecting all
//! problems at once.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::entry::{Entry, HomeText, parse_entry, parse_home};
use super::error::{ContentError, MAX_FILE_BYTES};
use super::path::{ContentPath, is_ignored, lenient_claim};
use crate::config::LocaleCode;
use crate::diag::Span;
use crate::sources::{Problem, SiteRoot};

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
pub fn load_content(root: &Path, locales: &[LocaleCode]) -> Result<ContentSet, Vec<ContentError>> {
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

fn load_one(root: &Path, found: &Found, locales: &[LocaleCode]) -> Result<Parsed, ContentError> {
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

/// Reads a file, refusing oversized ones and anything but a regular file inside the site.
pub(crate) fn read_limited(root: &Path, rel: &Path) -> Result<Vec<u8>, ContentError> {
    SiteRoot::new(root)
        .read(&root.join(rel), MAX_FILE_BYTES)
        .map_err(|e| match e.problem {
            Problem::TooLarge { size, .. } => ContentError::TooLarge {
                span: Span::file(rel),
                size,
            },
            Problem::Io(source) => ContentError::Read {
                span: Span::file(rel),
                source,
            },
            problem => ContentError::Source {
                span: Span::file(rel),
                problem,
            },
        })
}

/// Lists content files in path order; links leaving the site, loops and special files go
/// to `errors` with their paths.
fn discover(root: &Path, errors: &mut Vec<ContentError>) -> Vec<Found> {
    let site = SiteRoot::new(root);
    let walked = site.walk(&root.join("content"), usize::MAX, &is_ignored);
    errors.extend(walked.errors.into_iter().map(|e| ContentError::Source {
        span: Span::file(e.path),
        problem: e.problem,
    }));
    walked
        .files
        .into_iter()
        .filter_map(|rel| classify(rel, errors))
        .collect()
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

/// One error per file that claims a page an earlier file (in path order) already claims.
fn duplicates(paths: &[&PathBuf], locales: &[LocaleCode]) -> Vec<ContentError> {
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
