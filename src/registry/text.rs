//! Turning the registry's raw free text into display text: line joining, legacy-name
//! sentences, bracketed handles and one known kind of mojibake.

use std::sync::LazyLock;

use memchr::memmem;

/// Joins the trimmed, non-empty lines of `raw` with a space; `None` when nothing is left.
pub(crate) fn one_line(raw: &str) -> Option<String> {
    join_lines(raw, " ")
}

/// Like [`one_line`] but keeps line breaks, because notes hold lists such as DNS-SD TXT keys.
pub(crate) fn lines(raw: &str) -> Option<String> {
    join_lines(raw, "\n")
}

fn join_lines(raw: &str, separator: &str) -> Option<String> {
    // Most of the registry's fields are empty or one line: both skip the split and join.
    if raw.is_empty() {
        return None;
    }
    let joined = if memchr::memchr2(b'\n', b'\r', raw.as_bytes()).is_some() {
        let parts: Vec<&str> = raw
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        parts.join(separator)
    } else {
        raw.trim().to_owned()
    };
    if joined.is_empty() {
        return None;
    }
    Some(repair_mac_roman(joined))
}

const LEGACY_PREFIX: &str = "IANA assigned this well-formed service name as a replacement for";

/// Splits the legacy-name sentence IANA appends to descriptions off the text.
///
/// Returns the description without the sentence and the old name it quotes.
pub(crate) fn split_legacy_name(raw: &str) -> (String, Option<String>) {
    // `str::find` sets up its searcher for this 64-byte needle on every call, which was the
    // largest single cost of parsing the registry (13 %); the finder is built once.
    static FINDER: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new(LEGACY_PREFIX));
    let Some(at) = FINDER.find(raw.as_bytes()) else {
        return (raw.to_owned(), None);
    };
    let sentence = &raw[at + LEGACY_PREFIX.len()..];
    let quoted = sentence.trim_start().strip_prefix('"').and_then(|rest| {
        let end = rest.find('"')?;
        Some((
            rest[..end].to_owned(),
            rest[end + 1..].trim_start_matches('.'),
        ))
    });
    match quoted {
        Some((name, after)) => (format!("{}\n{}", &raw[..at], after), Some(name)),
        // Without a quoted name the sentence is not the one we know: keep the text intact.
        None => (raw.to_owned(), None),
    }
}

/// The display form of an Assignee or Contact: `[Jon_Postel][IESG]` → `Jon Postel, IESG`.
///
/// Text outside brackets is kept as it is, so nothing the registry says is lost; the
/// underscores IANA uses inside handles become spaces, since readers see names.
pub(crate) fn handles(raw: &str) -> Option<String> {
    let flat = one_line(raw)?;
    // Written into one string: this runs for two fields of every row and was the largest
    // part of parsing the registry while it collected a vector of names and joined them.
    let mut out = String::with_capacity(flat.len());
    for part in flat.split(['[', ']']).map(str::trim) {
        if part.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str(", ");
        }
        push_name(&mut out, part);
    }
    (!out.is_empty()).then_some(out)
}

/// A registry handle as a reader writes the name: `Paul_Mockapetris` → `Paul Mockapetris`.
/// IANA tells two people of the same name apart with a number (`Ian_Gordon_2`); that
/// number is part of the handle, not of the name.
pub fn handle_as_name(handle: &str) -> String {
    let mut name = String::with_capacity(handle.len());
    push_name(&mut name, handle);
    name
}

fn push_name(out: &mut String, handle: &str) {
    let name = match handle.rsplit_once('_') {
        Some((person, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => person,
        _ => handle,
    };
    out.extend(name.chars().map(|c| if c == '_' { ' ' } else { c }));
}

/// Mac Roman characters for bytes 0x80-0xBF, in byte order.
const MAC_ROMAN_80_BF: &str = "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø";

/// Repairs UTF-8 Latin-1 letters that were once decoded as Mac Roman.
///
/// Such a letter is the bytes C3 xx; read as Mac Roman, C3 shows as `√` followed by the
/// character for xx (the registry has `Ari√´n` for `Ariën`).
pub(crate) fn repair_mac_roman(text: String) -> String {
    if !text.contains('√') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let repaired = (c == '√')
            .then(|| chars.peek().and_then(|next| latin1_from_mac_roman(*next)))
            .flatten();
        match repaired {
            Some(letter) => {
                out.push(letter);
                chars.next();
            }
            None => out.push(c),
        }
    }
    out
}

fn latin1_from_mac_roman(second: char) -> Option<char> {
    let index = MAC_ROMAN_80_BF.chars().position(|m| m == second)?;
    char::from_u32(0xC0 + u32::try_from(index).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multi_line_text_is_trimmed_and_joined() {
        let raw = "Secondary, (non ANDI) multi-protocol\n    the Allied family\r\n\n";
        assert_eq!(
            one_line(raw).as_deref(),
            Some("Secondary, (non ANDI) multi-protocol the Allied family")
        );
        assert_eq!(
            lines("Keys:\n  a=1\n  b=2").as_deref(),
            Some("Keys:\na=1\nb=2")
        );
        assert_eq!(one_line("  \n "), None);
    }

    #[test]
    fn legacy_sentence_is_split_off() {
        let raw = "ESRI SDE Instance\n    IANA assigned this well-formed service name as a \
                   replacement for \"esri_sde\".";
        let (rest, legacy) = split_legacy_name(raw);
        assert_eq!(one_line(&rest).as_deref(), Some("ESRI SDE Instance"));
        assert_eq!(legacy.as_deref(), Some("esri_sde"));

        let only = "IANA assigned this well-formed service name as a replacement for \"a_b\".";
        let (rest, legacy) = split_legacy_name(only);
        assert_eq!(one_line(&rest), None);
        assert_eq!(legacy.as_deref(), Some("a_b"));
    }

    #[test]
    fn handles_lose_their_brackets() {
        assert_eq!(handles("[Jon_Postel]").as_deref(), Some("Jon Postel"));
        assert_eq!(handles("[Ian_Gordon_2]").as_deref(), Some("Ian Gordon"));
        assert_eq!(
            handles("[Vera_Heinau][Heiko_Schlichting]").as_deref(),
            Some("Vera Heinau, Heiko Schlichting")
        );
        assert_eq!(handles(""), None);
    }

    #[test]
    fn mac_roman_mojibake_is_repaired() {
        assert_eq!(repair_mac_roman("Ari√´n Huisken".into()), "Ariën Huisken");
        assert_eq!(repair_mac_roman("M√ºller √©t√©".into()), "Müller été");
        assert_eq!(repair_mac_roman("√2 ≈ 1.41".into()), "√2 ≈ 1.41");
    }
}
