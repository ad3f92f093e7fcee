//! Heading ids: Unicode-aware slugs, made unique within a page.

use std::collections::HashSet;

/// Turns heading text into an id: letters and digits of every script are kept and
/// lowercased, runs of anything else become one `-`.
///
/// Turkish dotted capital İ lowercases to plain `i` rather than Unicode's default `i̇`
/// (i + combining dot), which would otherwise be dropped or kept inconsistently; dotless
/// ı is already lowercase and stays ı. In a Turkic language (`turkic`), dotless capital I
/// lowercases to ı, as Turkish and Azerbaijani write it (`IŞIK` → `ışık`).
pub(crate) fn slugify(text: &str, turkic: bool) -> String {
    let mut slug = String::with_capacity(text.len());
    let mut pending_dash = false;
    for c in text.chars() {
        if c == 'İ' {
            push_char(&mut slug, &mut pending_dash, 'i');
        } else if c == 'I' && turkic {
            push_char(&mut slug, &mut pending_dash, 'ı');
        } else if c.is_alphanumeric() {
            for lower in c.to_lowercase() {
                push_char(&mut slug, &mut pending_dash, lower);
            }
        } else if is_joining_mark(c) {
            // Combining marks belong to the letter before them (Arabic harakat, accents
            // typed as combining characters); keep them only after a kept letter.
            if !slug.is_empty() && !pending_dash {
                slug.push(c);
            }
        } else {
            // Spaces, punctuation and symbols (emoji, typographic quotes) separate words.
            pending_dash = !slug.is_empty();
        }
    }
    slug
}

fn push_char(slug: &mut String, pending_dash: &mut bool, c: char) {
    if *pending_dash {
        slug.push('-');
        *pending_dash = false;
    }
    slug.push(c);
}

/// Combining marks and joiners that are not `alphanumeric` but are part of a word.
fn is_joining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'   // combining diacritics
        | '\u{0610}'..='\u{061A}' // Arabic marks
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{200C}' | '\u{200D}' // zero-width non-joiner / joiner (Persian, Indic)
    )
}

/// The ids already used on one page, so each new one can be made unique.
#[derive(Debug, Default)]
pub(crate) struct IdSet {
    used: HashSet<String>,
    /// Whether the text is in a Turkic language, whose I lowercases to ı.
    turkic: bool,
}

impl IdSet {
    /// An empty set for headings in `language` (a BCP 47 code such as `tr`).
    pub(crate) fn for_language(language: &str) -> IdSet {
        let primary = language.split(['-', '_']).next().unwrap_or("");
        IdSet {
            used: HashSet::new(),
            turkic: matches!(primary, "tr" | "az"),
        }
    }

    /// Records an id the author chose (`{#id}`); it is used as written.
    pub(crate) fn reserve(&mut self, id: &str) {
        self.used.insert(id.to_string());
    }

    /// A unique id for heading `text`: its slug, or the slug with `-1`, `-2`, … appended.
    pub(crate) fn unique_for(&mut self, text: &str) -> String {
        let mut base = slugify(text, self.turkic);
        if base.is_empty() {
            base = "section".to_string();
        }
        let mut candidate = base.clone();
        let mut n = 0;
        while self.used.contains(&candidate) {
            n += 1;
            candidate = format!("{base}-{n}");
        }
        self.used.insert(candidate.clone());
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turkish_letters_are_kept_and_lowercased() {
        assert_eq!(slugify("Neden Önemli?", false), "neden-önemli");
        assert_eq!(
            slugify("İstanbul'da IŞIK ışık", false),
            "istanbul-da-işik-ışık"
        );
        assert_eq!(
            slugify("İstanbul'da IŞIK ışık", true),
            "istanbul-da-ışık-ışık"
        );
        assert_eq!(
            slugify("Sıkça Sorulan Sorular", false),
            "sıkça-sorulan-sorular"
        );
    }

    #[test]
    fn other_scripts_are_kept() {
        assert_eq!(slugify("Größe & Maß", false), "größe-maß");
        assert_eq!(slugify("لماذا يهم هذا؟", false), "لماذا-يهم-هذا");
        assert_eq!(
            slugify("Port 3712: what is it?", false),
            "port-3712-what-is-it"
        );
    }

    #[test]
    fn punctuation_only_text_gets_a_fallback_id() {
        let mut ids = IdSet::default();
        assert_eq!(ids.unique_for("?!"), "section");
    }

    #[test]
    fn duplicates_get_numbered_suffixes() {
        let mut ids = IdSet::default();
        assert_eq!(ids.unique_for("FAQ"), "faq");
        assert_eq!(ids.unique_for("FAQ"), "faq-1");
        assert_eq!(ids.unique_for("faq"), "faq-2");
    }

    #[test]
    fn reserved_ids_are_not_reused() {
        let mut ids = IdSet::default();
        ids.reserve("faq");
        assert_eq!(ids.unique_for("FAQ"), "faq-1");
    }
}
