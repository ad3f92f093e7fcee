//! Strict YAML decoding for content files, with errors mapped to the file's own lines.

use std::cell::Cell;
use std::fmt;
use std::path::Path;

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, EnumAccess, IgnoredAny, MapAccess,
    SeqAccess, VariantAccess, Visitor,
};

use super::error::ContentError;
use super::meta::expected_shape;
use crate::diag::Span;

/// Decodes `yaml`, which starts at line `first_line` of `path`, into `T`.
///
/// Aliases are allowed only while the document they expand to stays about as large as the
/// text itself; that bounds time and memory for "billion laughs" inputs.
pub(crate) fn from_yaml<T: DeserializeOwned>(
    path: &Path,
    yaml: &str,
    first_line: usize,
) -> Result<T, ContentError> {
    // Without a `*` there is no alias to expand, so the counting pass can be skipped.
    if yaml.contains('*') {
        check_expansion(path, yaml, first_line)?;
    }
    // Characters the text rules refuse are located by their own pass, which knows the
    // position of the string that holds them (typed decoding only knows its mapping's).
    if yaml.contains('\\') || yaml.chars().any(super::text::is_suspect) {
        super::yaml_scan::check_text(path, yaml, first_line)?;
    }
    // An empty front matter is an empty mapping, so the user hears which fields are missing.
    let yaml = if yaml.trim().is_empty() { "{}" } else { yaml };
    yaml_serde::from_str(yaml).map_err(|err| map_error(path, yaml, first_line, &err))
}

const BUDGET_EXCEEDED: &str = "portsite: alias expansion budget exceeded";

fn check_expansion(path: &Path, yaml: &str, first_line: usize) -> Result<(), ContentError> {
    // Without aliases a node needs at least one byte of text, so more nodes than bytes can
    // only come from alias expansion.
    let budget = Cell::new(yaml.len() + 16);
    let result = Budget(&budget).deserialize(yaml_serde::Deserializer::from_str(yaml));
    match result {
        Err(err) if is_expansion_error(&err.to_string()) => Err(ContentError::AliasExpansion {
            span: Span::new(path, first_line, 1),
        }),
        // Other errors (syntax, …) are reported by the real decoding with better wording.
        _ => Ok(()),
    }
}

fn is_expansion_error(message: &str) -> bool {
    message.contains(BUDGET_EXCEEDED) || message.starts_with("repetition limit exceeded")
}

/// Walks any YAML document, failing once more nodes were seen than the budget allows.
#[derive(Clone, Copy)]
struct Budget<'a>(&'a Cell<usize>);

impl Budget<'_> {
    fn spend<E: de::Error>(self) -> Result<(), E> {
        match self.0.get().checked_sub(1) {
            Some(left) => {
                self.0.set(left);
                Ok(())
            }
            None => Err(E::custom(BUDGET_EXCEEDED)),
        }
    }
}

impl<'de> DeserializeSeed<'de> for Budget<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Budget<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.spend()
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.spend()
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.spend()
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.spend()
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        self.spend()
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.spend()
    }
    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.spend()
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        self.deserialize(d)
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        self.deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.spend()?;
        while seq.next_element_seed(self)?.is_some() {}
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        self.spend()?;
        while map.next_key_seed(self)?.is_some() {
            map.next_value_seed(self)?;
        }
        Ok(())
    }
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        self.spend()?;
        let (IgnoredAny, variant) = data.variant()?;
        variant.newtype_variant_seed(self)
    }
}

/// Turns a yaml_serde error into a [`ContentError`] at the file's own line and column.
pub(super) fn map_error(
    path: &Path,
    yaml: &str,
    first_line: usize,
    err: &yaml_serde::Error,
) -> ContentError {
    let (line, col) = err.location().map_or((1, 1), |l| (l.line(), l.column()));
    let span = Span::new(path, first_line + line - 1, col);
    let raw = err.to_string();
    let text = rewrite_positions(&raw, first_line - 1);
    let (field_path, message) = split_path(&text);
    if is_expansion_error(message) {
        return ContentError::AliasExpansion {
            span: Span::new(path, first_line, 1),
        };
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let (field, expected) = name_and_expected(rest);
        let suggestion = closest(&field, &expected);
        return ContentError::UnknownField {
            span,
            field,
            expected,
            suggestion,
        };
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let (value, expected) = name_and_expected(rest);
        let suggestion = closest(&value, &expected);
        return ContentError::UnknownValue {
            span,
            value,
            expected,
            suggestion,
        };
    }
    let span = if message.starts_with("duplicate field ") || message.starts_with("duplicate entry")
    {
        super::yaml_scan::locate_duplicate(yaml, span, first_line)
    } else {
        span
    };
    let tab_at_error = yaml
        .lines()
        .nth(span.line - first_line)
        .and_then(|l| l.chars().nth(span.col - 1))
        == Some('\t');
    let message = if tab_at_error {
        format!("YAML syntax error: {message}; indent with spaces, not tabs")
    } else {
        explain(field_path, message)
    };
    ContentError::Yaml { span, message }
}

/// Words a decoded message for the user, naming the field and the fix.
fn explain(field_path: Option<&str>, message: &str) -> String {
    let prefix = field_path.map(|p| format!("{p}: ")).unwrap_or_default();
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let found = rest.split(", expected").next().unwrap_or(rest);
        if let Some(shape) = field_path.and_then(expected_shape) {
            return format!("{prefix}expected {shape}, found {found}");
        }
        if field_path.is_none() {
            return format!("front matter must be `key: value` lines, found {found}");
        }
        return format!("{prefix}{message}");
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        let field = rest.trim_matches('`');
        return format!("{prefix}missing field `{field}`; add a line `{field}: …`");
    }
    if let Some(rest) = message.strip_prefix("duplicate field ") {
        return format!("{prefix}field {rest} is written twice; keep only one");
    }
    if message.starts_with("duplicate entry") {
        return format!("{prefix}{message}; keep only one");
    }
    if message.starts_with("recursion limit exceeded") {
        return "values are nested too deeply; flatten the structure".to_string();
    }
    if field_path.is_none() && !message.contains('`') {
        return format!(
            "YAML syntax error: {message}; check the indentation and put values containing `: ` or `#` in quotes"
        );
    }
    format!("{prefix}{message}")
}

/// Drops the first " at line L column C" (the span says it) and moves later ones by `offset`.
fn rewrite_positions(text: &str, offset: usize) -> String {
    const MARK: &str = " at line ";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut first = true;
    while let Some(i) = rest.find(MARK) {
        out.push_str(&rest[..i]);
        let after = &rest[i + MARK.len()..];
        let digits = after.chars().take_while(char::is_ascii_digit).count();
        let Ok(line) = after[..digits].parse::<usize>() else {
            out.push_str(MARK);
            rest = after;
            continue;
        };
        let tail = &after[digits..];
        let col_digits = tail
            .strip_prefix(" column ")
            .map_or(0, |t| t.chars().take_while(char::is_ascii_digit).count());
        let consumed = if col_digits > 0 {
            " column ".len() + col_digits
        } else {
            0
        };
        if !first {
            out.push_str(&format!(" that starts on line {}", line + offset));
        }
        first = false;
        rest = &tail[consumed..];
    }
    out.push_str(rest);
    out
}

/// Splits yaml_serde's "path: message" into its parts; the root has no path.
fn split_path(text: &str) -> (Option<&str>, &str) {
    if let Some((head, tail)) = text.split_once(": ") {
        let is_path = !head.is_empty()
            && head
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '[' | ']'));
        if is_path {
            return (Some(head), tail);
        }
    }
    (None, text)
}

/// From "`fqa`, expected one of `title`, `faq`" takes the name and the expected names.
fn name_and_expected(rest: &str) -> (String, Vec<String>) {
    let mut quoted = rest.split('`').skip(1).step_by(2).map(str::to_string);
    let name = quoted.next().unwrap_or_default();
    (name, quoted.collect())
}

/// The expected name closest to `name`, if it is a plausible typo of it.
fn closest(name: &str, expected: &[String]) -> Option<String> {
    let len = name.chars().count();
    let limit = (len / 3).max(1);
    expected
        .iter()
        .map(|e| (strsim::damerau_levenshtein(name, e), e))
        // A one-letter key is one edit from every other one-letter key: no real hint there.
        .filter(|(distance, e)| *distance <= limit && *distance < len.min(e.chars().count()))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, e)| e.clone())
}
