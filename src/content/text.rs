//! Which characters a contributor's text may hold, field by field.
//!
//! YAML escapes (`"\0"`, `"\e"`, `"\a"`, `"\u202E"`) put characters in front matter that no
//! editor shows. The rules (docs/SECURITY.md, rule 8):
//!
//! - control characters (C0 but tab, line feed and carriage return; DEL; C1) are refused
//!   everywhere: they mean nothing in text and break terminals, feeds and XML;
//! - bidirectional embeddings and overrides (U+202A–U+202E) are refused everywhere: they
//!   make text display in another order than it is written ("Trojan Source"), which on a
//!   page of commands to paste is an attack, and nothing needs them that isolates cannot do;
//! - bidirectional isolates (U+2066–U+2069) must be balanced in each text, so none spills
//!   into the page around it; they and the marks (LRM, RLM, ALM) and zero-width joiners stay
//!   in prose, where right-to-left languages need them;
//! - tags are identifiers: invisible formatting characters are stripped from them;
//! - one-line fields (title, description, question, source title, tag) have their line
//!   breaks and tabs folded into single spaces.

use std::borrow::Cow;

use serde::{Deserialize, Deserializer};

/// What a field holds, which decides what is stripped and what is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    /// One line of prose (a title): line breaks folded into spaces.
    Line,
    /// Markdown (an FAQ answer, a body): line breaks kept.
    Markdown,
    /// A tag: one line, invisible formatting characters stripped.
    Tag,
}

/// Checks `text` for `field` and returns it with what the rules strip or fold removed.
pub(crate) fn clean(text: &str, field: Field) -> Result<Cow<'_, str>, String> {
    if let Some((_, problem)) = first_problem(text) {
        return Err(problem);
    }
    let mut text = Cow::Borrowed(text);
    if field == Field::Tag && text.chars().any(is_invisible) {
        text = Cow::Owned(text.chars().filter(|c| !is_invisible(*c)).collect());
    }
    if field != Field::Markdown && text.contains(['\n', '\r', '\t', '\u{2028}', '\u{2029}']) {
        text = Cow::Owned(text.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    Ok(text)
}

/// The byte offset and description of the first character `text` may not hold: a control
/// character, a bidirectional override or embedding, or an unbalanced isolate.
pub(crate) fn first_problem(text: &str) -> Option<(usize, String)> {
    let mut open_isolates: Vec<(usize, char)> = Vec::new();
    for (at, c) in text.char_indices() {
        if is_refused_control(c) {
            return Some((
                at,
                format!("contains the control character {}; remove it", name(c)),
            ));
        }
        if ('\u{202A}'..='\u{202E}').contains(&c) {
            return Some((
                at,
                format!(
                    "contains {}, a bidirectional control that makes text display in another \
                     order than it is written; remove it (to mix directions, wrap the text in \
                     U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE)",
                    name(c)
                ),
            ));
        }
        match c {
            '\u{2066}'..='\u{2068}' => open_isolates.push((at, c)),
            '\u{2069}' if open_isolates.pop().is_none() => {
                return Some((
                    at,
                    format!("contains {} with no isolate to close; remove it", name(c)),
                ));
            }
            '\n' => {
                // Isolates end with their paragraph; one left open at a line's end spills.
                if let Some((at, c)) = open_isolates.first() {
                    return Some((*at, unclosed(*c)));
                }
            }
            _ => {}
        }
    }
    open_isolates.first().map(|(at, c)| (*at, unclosed(*c)))
}

fn unclosed(c: char) -> String {
    format!(
        "contains {} that is never closed by U+2069 POP DIRECTIONAL ISOLATE, so the text after \
         it would change direction too; close it or remove it",
        name(c)
    )
}

fn is_refused_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// Whether `c` could make [`first_problem`] object (a fast pre-check for whole files).
pub(crate) fn is_suspect(c: char) -> bool {
    is_refused_control(c)
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// Bidirectional and invisible formatting characters: none belongs in an address or a
/// command.
pub(crate) fn is_format(c: char) -> bool {
    is_invisible(c) || ('\u{202A}'..='\u{202E}').contains(&c)
}

/// Characters that change nothing visible but make two equal-looking tags differ.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{061C}' | '\u{2060}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
    )
}

/// `U+202E RIGHT-TO-LEFT OVERRIDE`, `U+001B (ESC)`.
fn name(c: char) -> String {
    let known = match c {
        '\u{0}' => "(NUL)",
        '\u{7}' => "(BEL)",
        '\u{8}' => "(BS)",
        '\u{B}' => "(VT)",
        '\u{C}' => "(FF)",
        '\u{1B}' => "(ESC)",
        '\u{7F}' => "(DEL)",
        '\u{85}' => "(NEL)",
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        _ => "",
    };
    let code = format!("U+{:04X}", u32::from(c));
    if known.is_empty() {
        code
    } else {
        format!("{code} {known}")
    }
}

fn field<'de, D: Deserializer<'de>>(deserializer: D, kind: Field) -> Result<String, D::Error> {
    let text = String::deserialize(deserializer)?;
    match clean(&text, kind) {
        Ok(Cow::Borrowed(_)) => Ok(text),
        Ok(Cow::Owned(cleaned)) => Ok(cleaned),
        Err(problem) => Err(serde::de::Error::custom(problem)),
    }
}

/// `deserialize_with` for one-line prose fields.
pub(crate) fn line<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    field(deserializer, Field::Line)
}

/// `deserialize_with` for Markdown fields.
pub(crate) fn markdown<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    field(deserializer, Field::Markdown)
}

/// `deserialize_with` for the tag list.
pub(crate) fn tags<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    struct Tag(#[serde(deserialize_with = "tag")] String);
    fn tag<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
        let text = field(deserializer, Field::Tag)?;
        if text.trim().is_empty() {
            return Err(serde::de::Error::custom(
                "a tag is empty; write a word or remove it",
            ));
        }
        Ok(text)
    }
    Ok(Vec::<Tag>::deserialize(deserializer)?
        .into_iter()
        .map(|t| t.0)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_overrides_are_refused_everywhere() {
        for field in [Field::Line, Field::Markdown, Field::Tag] {
            for bad in [
                "a\u{0}b",
                "a\u{1b}[31mred",
                "bell\u{7}",
                "x\u{7f}",
                "c1\u{85}",
                "\u{202E}gnp.exe",
            ] {
                assert!(clean(bad, field).is_err(), "{bad:?} as {field:?}");
            }
        }
        let err = clean("evil\u{202E}txt.exe", Field::Line).unwrap_err();
        assert!(
            err.starts_with("contains U+202E RIGHT-TO-LEFT OVERRIDE"),
            "{err}"
        );
        let err = clean("\u{1b}", Field::Line).unwrap_err();
        assert_eq!(
            err,
            "contains the control character U+001B (ESC); remove it"
        );
    }

    #[test]
    fn isolates_must_be_balanced_and_stay_in_prose() {
        let arabic = "المنفذ \u{2068}SSH\u{2069} \u{200F}";
        assert_eq!(clean(arabic, Field::Line).unwrap(), arabic);
        assert!(clean("open \u{2067}never closed", Field::Line).is_err());
        assert!(clean("stray \u{2069}", Field::Line).is_err());
        assert!(clean("spills \u{2068}a\nb\u{2069}", Field::Markdown).is_err());
    }

    #[test]
    fn tags_lose_invisible_characters_and_lines_are_folded() {
        assert_eq!(
            clean("s\u{200B}sh\u{2068}\u{2069}", Field::Tag).unwrap(),
            "ssh"
        );
        assert_eq!(
            clean("two\n  lines\tand tab", Field::Line).unwrap(),
            "two lines and tab"
        );
        assert_eq!(
            clean("keep\nlines", Field::Markdown).unwrap(),
            "keep\nlines"
        );
    }
}
