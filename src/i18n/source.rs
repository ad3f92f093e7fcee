//! Reading a locale folder: its `.ftl` files, parsed, with every syntax error and definition site.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;
use fluent_syntax::parser::{ErrorKind, ParserError};

use super::error::I18nError;
use crate::config::LocaleCode;
use crate::diag::Span;
use crate::sources::{Problem, SiteRoot, SourceError};

/// A locale's Fluent files are tens of kilobytes; this bounds what a hostile one can cost.
const MAX_FTL_BYTES: u64 = 16 * 1024 * 1024;

/// The parsed Fluent files of one locale, in file-name order.
pub(super) struct LocaleSource {
    /// One resource per file.
    pub resources: Vec<FluentResource>,
    /// Where each message (`id`) and term (`-id`) is defined; the first definition wins.
    pub definitions: HashMap<String, Span>,
}

/// Reads and parses every `.ftl` file directly inside `dir`, collecting all problems.
pub(super) fn read_locale(
    site: &SiteRoot,
    code: &LocaleCode,
    dir: &Path,
) -> Result<LocaleSource, Vec<I18nError>> {
    let files = list_ftl_files(site, code, dir)?;
    let mut errors = Vec::new();
    let mut source = LocaleSource {
        resources: Vec::with_capacity(files.len()),
        definitions: HashMap::new(),
    };
    for path in files {
        let text = match site.read_text(&path, MAX_FTL_BYTES) {
            // Editors on Windows may save a byte-order mark, which Fluent does not expect.
            Ok(text) => match text.strip_prefix('\u{feff}') {
                Some(rest) => rest.to_owned(),
                None => text,
            },
            Err(SourceError {
                problem: Problem::Io(source),
                ..
            }) => {
                errors.push(I18nError::Read { path, source });
                continue;
            }
            Err(e) => {
                errors.push(I18nError::Source(e));
                continue;
            }
        };
        for (id, span) in scan_definitions(&path, &text) {
            match source.definitions.get(&id) {
                Some(first) => errors.push(I18nError::Duplicate {
                    id,
                    span,
                    first: first.clone(),
                }),
                None => {
                    source.definitions.insert(id, span);
                }
            }
        }
        match FluentResource::try_new(text) {
            Ok(resource) => source.resources.push(resource),
            Err((resource, parse_errors)) => {
                let text = resource.source();
                errors.extend(parse_errors.iter().map(|e| syntax_error(&path, text, e)));
            }
        }
    }
    if errors.is_empty() {
        Ok(source)
    } else {
        Err(errors)
    }
}

/// The `.ftl` files of a locale folder, sorted so that builds are reproducible; links that
/// leave the site, loops and special files are errors, never read.
fn list_ftl_files(
    site: &SiteRoot,
    code: &LocaleCode,
    dir: &Path,
) -> Result<Vec<PathBuf>, Vec<I18nError>> {
    if fs::symlink_metadata(dir).is_err() {
        return Err(vec![I18nError::MissingLocale {
            code: code.clone(),
            path: dir.to_path_buf(),
        }]);
    }
    let walked = site.walk(dir, 1, &|name| name.starts_with('.'));
    if !walked.errors.is_empty() {
        return Err(walked.errors.into_iter().map(I18nError::Source).collect());
    }
    let files: Vec<PathBuf> = walked
        .files
        .iter()
        .filter(|rel| rel.extension().is_some_and(|ext| ext == "ftl"))
        .map(|rel| site.path().join(rel))
        .collect();
    if files.is_empty() {
        return Err(vec![I18nError::EmptyLocale {
            code: code.clone(),
            path: dir.to_path_buf(),
        }]);
    }
    Ok(files)
}

/// Finds `id =` and `-id =` at the start of lines.
///
/// Fluent requires entries to start in the first column and continuation lines to be
/// indented, so a line-based scan finds every definition; the parser's AST carries no
/// positions, which the duplicate and extra-message reports need.
fn scan_definitions(path: &Path, text: &str) -> Vec<(String, Span)> {
    let mut found = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let (prefix, rest) = match line.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", line),
        };
        if !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(rest.len());
        if rest[end..].trim_start_matches(' ').starts_with('=') {
            let id = format!("{prefix}{}", &rest[..end]);
            found.push((id, Span::new(path, index + 1, 1)));
        }
    }
    found
}

fn syntax_error(path: &Path, text: &str, error: &ParserError) -> I18nError {
    I18nError::Syntax {
        span: Span::from_offset(path, text, blame_offset(text, error)),
        message: error.kind.to_string(),
        help: hint(&error.kind),
    }
}

/// The parser skips blank space before it notices what is missing, so an unclosed `{ $x`
/// at the end of a line is reported at the start of the next line; point at the end of the
/// line that was left open instead.
fn blame_offset(text: &str, error: &ParserError) -> usize {
    let offset = error.pos.start.min(text.len());
    if !matches!(error.kind, ErrorKind::ExpectedToken('}')) {
        return offset;
    }
    let at_line_start = offset == 0 || text[..offset].ends_with('\n');
    if !at_line_start {
        return offset;
    }
    let before = text[..offset].trim_end();
    if before.is_empty() {
        offset
    } else {
        before.len()
    }
}

/// Tells the translator what to change, in Fluent terms they can look up.
fn hint(kind: &ErrorKind) -> &'static str {
    match kind {
        ErrorKind::ExpectedToken('=') => {
            "a message starts in the first column as `id = text`; indent continuation lines"
        }
        ErrorKind::ExpectedToken('}') => "close the placeable with `}`",
        ErrorKind::ExpectedToken(']') => "close the variant key with `]`, as in `[one]`",
        ErrorKind::ExpectedToken(_) | ErrorKind::ExpectedCharRange { .. } => {
            "check the spelling of this line against the Fluent syntax"
        }
        ErrorKind::ExpectedMessageField { .. } | ErrorKind::ExpectedTermField { .. } => {
            "give the entry a text after `=` (or an indented `.attribute = text`)"
        }
        ErrorKind::MissingDefaultVariant => {
            "mark one variant as the default with `*`, as in `*[other] ...`"
        }
        ErrorKind::MultipleDefaultVariants => "keep a `*` on only one variant",
        ErrorKind::MissingValue => "write a text after `=`",
        ErrorKind::UnterminatedStringLiteral => "close the string literal with `\"`",
        ErrorKind::UnbalancedClosingBrace => {
            "write a literal brace as `{\"}\"}`, or remove the stray `}`"
        }
        ErrorKind::UnknownEscapeSequence(_) | ErrorKind::InvalidUnicodeEscapeSequence(_) => {
            "only `\\\\`, `\\\"`, `\\uXXXX` and `\\UXXXXXX` are escapes in Fluent strings"
        }
        ErrorKind::ExpectedInlineExpression | ErrorKind::ExpectedLiteral => {
            "a placeable holds a `$variable`, a message or term reference, a literal or a function call"
        }
        _ => "see the Fluent syntax guide for this construct",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definitions_are_found_at_line_starts_only() {
        let text = "# comment\nhello = Hi\n    .title = T\n-brand = Portsite\nmulti =\n    not-a-def = x\n";
        let ids: Vec<String> = scan_definitions(Path::new("a.ftl"), text)
            .into_iter()
            .map(|(id, span)| format!("{id}@{}", span.line))
            .collect();
        assert_eq!(ids, ["hello@2", "-brand@4", "multi@5"]);
    }
}
