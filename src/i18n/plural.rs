//! CLDR plural categories for Fluent selectors such as `{ $count -> [many] … }`.
//!
//! fluent-bundle selects variants with intl_pluralrules 7.0.2, whose Arabic rules lost the
//! `n % 100` of CLDR's `few` (3..10) and `many` (11..99): it files 103 and 65,536 under
//! `other`, so an Arabic page would read "٦٥٬٥٣٦ منفذ" instead of "٦٥٬٥٣٦ منفذًا". We compute
//! the category with ICU4X (current CLDR) and, only where the two disagree, hand Fluent a
//! stand-in number of the right category that displays as the real one.

use fluent_bundle::FluentValue;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use icu_locale::Locale;
use icu_plurals::{PluralCategory, PluralRules, PluralRulesPreferences};
use intl_pluralrules::{PluralCategory as LegacyCategory, PluralRuleType};
use unic_langid::LanguageIdentifier;

/// The plural rules of one locale, and what fluent-bundle would make of them.
pub(super) struct PluralSelection {
    cldr: PluralRules,
    legacy: intl_pluralrules::PluralRules,
    /// For each category (in [`index`] order), a small number fluent-bundle files under it.
    stand_ins: [Option<u16>; 6],
}

impl std::fmt::Debug for PluralSelection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PluralSelection")
            .field("stand_ins", &self.stand_ins)
            .finish_non_exhaustive()
    }
}

impl PluralSelection {
    /// Loads CLDR cardinal rules for `locale`; `language` is the bundle's language, from
    /// which fluent-bundle picks its own rules.
    pub fn new(locale: &Locale, language: &LanguageIdentifier) -> Result<Self, String> {
        let prefs = PluralRulesPreferences::from(locale);
        let cldr = PluralRules::try_new_cardinal(prefs).map_err(|e| e.to_string())?;
        let legacy = legacy_rules(language);
        let mut stand_ins = [None; 6];
        for n in 0..1000u16 {
            let slot = &mut stand_ins[legacy_index(&legacy, i64::from(n))];
            slot.get_or_insert(n);
        }
        Ok(PluralSelection {
            cldr,
            legacy,
            stand_ins,
        })
    }

    /// The value Fluent should receive for `n`, shown as `display` wherever it is printed.
    pub fn fluent_value(&self, n: i64, display: impl FnOnce() -> String) -> FluentValue<'static> {
        let wanted = index(self.cldr.category_for(n));
        let plain = FluentNumber::new(n as f64, FluentNumberOptions::default());
        if legacy_index(&self.legacy, n) == wanted {
            return FluentValue::Number(plain);
        }
        match self.stand_ins[wanted] {
            Some(stand_in) => FluentValue::Number(FluentNumber::new(
                f64::from(stand_in),
                // `currency` is read only by currency styles, which portsite never enables
                // (no NUMBER() builtin); the formatter hook prints it instead of the value.
                FluentNumberOptions {
                    currency: Some(display()),
                    ..FluentNumberOptions::default()
                },
            )),
            None => FluentValue::Number(plain),
        }
    }
}

/// The display text of a stand-in made by [`PluralSelection::fluent_value`].
pub(super) fn stand_in_display(number: &FluentNumber) -> Option<&str> {
    number.options.currency.as_deref()
}

/// The rules fluent-bundle's memoizer would pick: the exact language, else the bare
/// language subtag, else English.
fn legacy_rules(language: &LanguageIdentifier) -> intl_pluralrules::PluralRules {
    let bare = LanguageIdentifier::from_parts(language.language, None, None, &[]);
    let english = "en".parse::<LanguageIdentifier>().ok();
    [Some(language.clone()), Some(bare), english]
        .into_iter()
        .flatten()
        .find_map(|lang| intl_pluralrules::PluralRules::create(lang, PluralRuleType::CARDINAL).ok())
        .unwrap_or_else(|| unreachable!("intl_pluralrules ships English rules"))
}

fn legacy_index(rules: &intl_pluralrules::PluralRules, n: i64) -> usize {
    match rules.select(n.unsigned_abs()) {
        Ok(LegacyCategory::ZERO) => 0,
        Ok(LegacyCategory::ONE) => 1,
        Ok(LegacyCategory::TWO) => 2,
        Ok(LegacyCategory::FEW) => 3,
        Ok(LegacyCategory::MANY) => 4,
        Ok(LegacyCategory::OTHER) | Err(_) => 5,
    }
}

fn index(category: PluralCategory) -> usize {
    match category {
        PluralCategory::Zero => 0,
        PluralCategory::One => 1,
        PluralCategory::Two => 2,
        PluralCategory::Few => 3,
        PluralCategory::Many => 4,
        PluralCategory::Other => 5,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn selection(tag: &str) -> PluralSelection {
        let locale: Locale = tag.parse().expect("locale");
        let language: LanguageIdentifier = tag.parse().expect("language");
        PluralSelection::new(&locale, &language).expect("CLDR data")
    }

    fn shown(value: FluentValue<'_>) -> (f64, Option<String>) {
        let FluentValue::Number(number) = value else {
            panic!("a number")
        };
        (number.value, stand_in_display(&number).map(str::to_owned))
    }

    #[test]
    fn arabic_hundreds_get_a_stand_in_of_the_cldr_category() {
        let ar = selection("ar-EG");
        // 65,536 % 100 = 36: CLDR `many`; the stand-in must be a `many` number.
        let (value, display) = shown(ar.fluent_value(65536, || "٦٥٬٥٣٦".into()));
        assert!((11.0..=99.0).contains(&value), "{value}");
        assert_eq!(display.as_deref(), Some("٦٥٬٥٣٦"));
        let (value, _) = shown(ar.fluent_value(103, || "١٠٣".into()));
        assert!((3.0..=10.0).contains(&value), "{value}");
    }

    #[test]
    fn agreeing_numbers_pass_through_unchanged() {
        assert_eq!(
            shown(selection("ar").fluent_value(11, String::new)),
            (11.0, None)
        );
        assert_eq!(
            shown(selection("en").fluent_value(65536, String::new)),
            (65536.0, None)
        );
        assert_eq!(
            shown(selection("tr").fluent_value(1, String::new)),
            (1.0, None)
        );
    }
}
