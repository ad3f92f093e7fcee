//! Lists inside sentences ("TCP and UDP", "TCP ve UDP", "TCP و UDP"), through ICU4X's CLDR
//! list patterns rather than string joining.

use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale::Locale;

/// The "and" and "or" list formatters of one locale, built once.
#[derive(Debug)]
pub(super) struct LocaleLists {
    and: ListFormatter,
    or: ListFormatter,
    /// Arabic joins "و" to the next word; before a Latin word (a protocol or service name)
    /// that reads as one token, so a space is kept after it.
    space_after_waw: bool,
}

impl LocaleLists {
    /// Loads the CLDR list patterns of `locale` from the compiled-in data; ICU4X falls back
    /// to the root patterns for a locale it has no data for.
    pub fn new(locale: &Locale) -> Result<Self, String> {
        let options = ListFormatterOptions::default().with_length(ListLength::Wide);
        let and = ListFormatter::try_new_and(locale.into(), options).map_err(|e| e.to_string())?;
        let or = ListFormatter::try_new_or(locale.into(), options).map_err(|e| e.to_string())?;
        Ok(LocaleLists {
            and,
            or,
            space_after_waw: locale.id.language.as_str() == "ar",
        })
    }

    /// `items` joined as a conjunction: "TCP, UDP and SCTP".
    pub fn and<S: AsRef<str>>(&self, items: &[S]) -> String {
        self.finish(self.and.format(items.iter().map(AsRef::as_ref)).to_string())
    }

    /// `items` joined as a disjunction: "TCP or UDP".
    pub fn or<S: AsRef<str>>(&self, items: &[S]) -> String {
        self.finish(self.or.format(items.iter().map(AsRef::as_ref)).to_string())
    }

    fn finish(&self, text: String) -> String {
        if !self.space_after_waw {
            return text;
        }
        let mut out = String::with_capacity(text.len() + 4);
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            out.push(c);
            // "و" (and) and "أو" (or) end in a letter CLDR joins to the next item.
            let joined_to_latin = matches!(chars.peek(), Some(n) if n.is_ascii_alphanumeric());
            if (c == 'و' || c == 'أ') && joined_to_latin {
                out.push(' ');
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lists(locale: &str) -> LocaleLists {
        LocaleLists::new(&locale.parse().expect("valid locale")).expect("CLDR data")
    }

    #[test]
    fn conjunctions_follow_the_locale() {
        let two = ["TCP", "UDP"];
        assert_eq!(lists("en").and(&two), "TCP and UDP");
        assert_eq!(lists("tr").and(&two), "TCP ve UDP");
        assert_eq!(lists("de").and(&two), "TCP und UDP");
        assert_eq!(lists("ar").and(&two), "TCP و UDP");
        assert_eq!(
            lists("en").and(&["TCP", "UDP", "SCTP"]),
            "TCP, UDP, and SCTP"
        );
        assert_eq!(
            lists("de").and(&["TCP", "UDP", "SCTP"]),
            "TCP, UDP und SCTP"
        );
    }

    #[test]
    fn disjunctions_follow_the_locale() {
        let two = ["TCP", "UDP"];
        assert_eq!(lists("en").or(&two), "TCP or UDP");
        assert_eq!(lists("tr").or(&two), "TCP veya UDP");
        assert_eq!(lists("de").or(&two), "TCP oder UDP");
        assert_eq!(lists("ar").or(&two), "TCP أو UDP");
    }

    #[test]
    fn one_item_is_itself() {
        assert_eq!(lists("ar").and(&["TCP"]), "TCP");
    }
}
