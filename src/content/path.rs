//! What a file's place under `content/` says: which port and locale it is for.

use std::path::{Component, Path};

use super::error::ContentError;
use crate::config::LocaleCode;
use crate::diag::Span;
use crate::port::Port;

/// The page a content file claims, read from its path.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ContentPath {
    /// The port number from the folder name.
    pub port: Port,
    /// The locale code from the file name, spelled as the site configures it.
    pub locale: LocaleCode,
}

/// Files that tools leave behind and that nobody means as content.
pub(crate) fn is_ignored(name: &str) -> bool {
    name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp") || name.ends_with(".bak")
}

/// Reads `content/ports/<port>/index.<locale>.md` strictly.
pub fn parse_entry_path(path: &Path, locales: &[LocaleCode]) -> Result<ContentPath, ContentError> {
    let (dir, file) = port_dir_and_file(path)?;
    let port = parse_port(path, dir)?;
    let locale = parse_locale_suffix(path, file, "index", locales)?;
    Ok(ContentPath { port, locale })
}

/// The page a file would claim if its naming mistakes were forgiven, to find duplicates.
pub(crate) fn lenient_claim(path: &Path, locales: &[LocaleCode]) -> Option<ContentPath> {
    let (dir, file) = port_dir_and_file(path).ok()?;
    // `u16`'s parser, forgiving a leading `+` like the other naming mistakes.
    let port = Port::new(dir.parse::<u16>().ok()?);
    let suffix = file.strip_prefix("index.")?.strip_suffix(".md")?;
    let locale = locales.iter().find(|l| l.eq_ignore_ascii_case(suffix))?;
    Some(ContentPath {
        port,
        locale: locale.clone(),
    })
}

fn port_dir_and_file(path: &Path) -> Result<(&str, &str), ContentError> {
    let parts: Vec<&str> = path
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => s.to_str(),
            _ => None,
        })
        .collect();
    match parts.as_slice() {
        [.., "ports", dir, file] => Ok((dir, file)),
        _ => Err(ContentError::UnexpectedFile {
            span: Span::file(path),
            advice: "entries live at `content/ports/<port>/index.<locale>.md`; move it there"
                .to_string(),
        }),
    }
}

fn parse_port(path: &Path, dir: &str) -> Result<Port, ContentError> {
    let bad = |advice: String| ContentError::BadPortDir {
        span: Span::file(path),
        name: dir.to_string(),
        advice,
    };
    if dir.is_empty() || !dir.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad(
            "name the folder after the port, with digits only, e.g. `content/ports/3712/`".into(),
        ));
    }
    let trimmed = dir.trim_start_matches('0');
    let value: Option<u16> = if trimmed.is_empty() {
        Some(0)
    } else {
        trimmed.parse().ok()
    };
    let Some(port) = value else {
        return Err(bad(
            "ports run from 0 to 65535; use a number in that range".into()
        ));
    };
    if dir.len() > 1 && dir.starts_with('0') {
        return Err(bad(format!("write it without leading zeros: use `{port}`")));
    }
    Ok(Port::new(port))
}

/// Reads `<stem>.<locale>.md`, checking the locale against the site's.
pub(crate) fn parse_locale_suffix(
    path: &Path,
    file: &str,
    stem: &str,
    locales: &[LocaleCode],
) -> Result<LocaleCode, ContentError> {
    let configured = || locales.to_vec();
    let expected = format!("`{stem}.<locale>.md`, e.g. `{stem}.{}.md`", first(locales));
    let suffix = file
        .strip_prefix(stem)
        .and_then(|r| r.strip_prefix('.'))
        .and_then(|r| r.strip_suffix(".md"))
        .filter(|s| !s.is_empty() && !s.contains('.'));
    let Some(suffix) = suffix else {
        return Err(ContentError::UnexpectedFile {
            span: Span::file(path),
            advice: format!("name it {expected}, or remove it"),
        });
    };
    if let Some(locale) = locales.iter().find(|l| *l == suffix) {
        return Ok(locale.clone());
    }
    let advice = match locales.iter().find(|l| l.eq_ignore_ascii_case(suffix)) {
        Some(l) => format!("write it as `{l}`"),
        None => "rename the file or add the locale to site.yaml".to_string(),
    };
    Err(ContentError::UnknownLocale {
        span: Span::file(path),
        locale: suffix.to_string(),
        configured: configured(),
        advice,
    })
}

fn first(locales: &[LocaleCode]) -> &str {
    locales.first().map_or("en", LocaleCode::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locales() -> Vec<LocaleCode> {
        ["en", "tr", "de", "ar"]
            .map(|c| LocaleCode::new(c).unwrap())
            .to_vec()
    }

    fn err(path: &str) -> String {
        parse_entry_path(Path::new(path), &locales())
            .unwrap_err()
            .located()
    }

    #[test]
    fn a_well_named_entry_gives_port_and_locale() {
        let p = parse_entry_path(Path::new("content/ports/3712/index.tr.md"), &locales()).unwrap();
        assert_eq!(
            p,
            ContentPath {
                port: Port::new(3712),
                locale: LocaleCode::new("tr").unwrap()
            }
        );
        let zero = parse_entry_path(Path::new("content/ports/0/index.en.md"), &locales()).unwrap();
        assert_eq!(zero.port, Port::MIN);
    }

    #[test]
    fn port_above_65535_is_refused() {
        assert_eq!(
            err("content/ports/70000/index.en.md"),
            "content/ports/70000/index.en.md:1:1: `70000` is not a port number; ports run from 0 to \
             65535; use a number in that range"
        );
    }

    #[test]
    fn non_numeric_port_folder_is_refused() {
        assert_eq!(
            err("content/ports/abc/index.en.md"),
            "content/ports/abc/index.en.md:1:1: `abc` is not a port number; name the folder after \
             the port, with digits only, e.g. `content/ports/3712/`"
        );
    }

    #[test]
    fn leading_zeros_are_refused_with_the_plain_number() {
        assert_eq!(
            err("content/ports/03712/index.en.md"),
            "content/ports/03712/index.en.md:1:1: `03712` is not a port number; write it without \
             leading zeros: use `3712`"
        );
    }

    #[test]
    fn unknown_locale_lists_the_configured_ones() {
        assert_eq!(
            err("content/ports/3712/index.fr.md"),
            "content/ports/3712/index.fr.md:1:1: locale `fr` is not one of the site's locales \
             (`en`, `tr`, `de`, `ar`); rename the file or add the locale to site.yaml"
        );
    }

    #[test]
    fn wrong_case_locale_says_how_to_spell_it() {
        assert_eq!(
            err("content/ports/3712/index.TR.md"),
            "content/ports/3712/index.TR.md:1:1: locale `TR` is not one of the site's locales \
             (`en`, `tr`, `de`, `ar`); write it as `tr`"
        );
    }

    #[test]
    fn other_file_names_are_refused() {
        assert_eq!(
            err("content/ports/3712/notes.txt"),
            "content/ports/3712/notes.txt:1:1: unexpected file; name it `index.<locale>.md`, e.g. \
             `index.en.md`, or remove it"
        );
    }

    #[test]
    fn ignored_names_are_tool_leftovers() {
        assert!(is_ignored(".DS_Store"));
        assert!(is_ignored("index.en.md~"));
        assert!(!is_ignored("index.en.md"));
    }
}
