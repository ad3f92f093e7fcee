//! Locale digits and digit grouping (CLDR, through icu_decimal) for numbers shown on pages.

use icu_decimal::input::Decimal;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_decimal::{DecimalFormatter, DecimalFormatterPreferences};
use icu_locale::Locale;
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

use fluent_bundle::FluentValue;
use fluent_bundle::memoizer::MemoizerKind;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};

use super::plural::stand_in_display;

/// The two number styles a page needs, built once per locale.
#[derive(Debug)]
pub(super) struct LocaleNumbers {
    /// Counts and port numbers: `65,536` / `65.536` / `٦٥٬٥٣٦`.
    grouped: DecimalFormatter,
    /// Years and days: the locale's digits, never grouped (`2003`, `٢٠٠٣`).
    ungrouped: DecimalFormatter,
}

impl LocaleNumbers {
    /// Loads the CLDR number symbols of `locale` from the compiled-in data.
    pub fn new(locale: &Locale) -> Result<Self, String> {
        Ok(LocaleNumbers {
            grouped: formatter(locale, GroupingStrategy::Auto)?,
            ungrouped: formatter(locale, GroupingStrategy::Never)?,
        })
    }

    /// `n` with the locale's digits and grouping separators.
    pub fn grouped(&self, n: i64) -> String {
        self.grouped.format(&Decimal::from(n)).to_string()
    }

    /// `n` with the locale's digits and no grouping, for years and days.
    pub fn ungrouped(&self, n: i64) -> String {
        self.ungrouped.format(&Decimal::from(n)).to_string()
    }
}

fn formatter(locale: &Locale, grouping: GroupingStrategy) -> Result<DecimalFormatter, String> {
    let prefs = DecimalFormatterPreferences::from(locale);
    let options = DecimalFormatterOptions::from(grouping);
    DecimalFormatter::try_new(prefs, options).map_err(|e| e.to_string())
}

/// The grouped formatter of a bundle's language, kept in the bundle's memoizer so that
/// Fluent placeables like `{ $count }` show `65.536` in Turkish.
struct FluentGrouping(DecimalFormatter);

impl Memoizable for FluentGrouping {
    type Args = ();
    type Error = String;

    fn construct(lang: LanguageIdentifier, _args: ()) -> Result<Self, String> {
        let locale: Locale = lang.to_string().parse().map_err(|e| format!("{e}"))?;
        formatter(&locale, GroupingStrategy::Auto).map(FluentGrouping)
    }
}

/// The number formatter hook installed on every bundle (`FluentBundle::set_formatter`).
///
/// Only whole numbers with Fluent's default options are handled here; anything else
/// (fractions, `NUMBER($n, useGrouping: "false")`, strings) keeps Fluent's own output.
pub(super) fn format_fluent_value<M: MemoizerKind>(
    value: &FluentValue,
    intls: &M,
) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    if let Some(display) = stand_in_display(number) {
        return Some(display.to_owned());
    }
    let n = plain_integer(number)?;
    intls
        .with_try_get_threadsafe::<FluentGrouping, _, _>((), |f| {
            f.0.format(&Decimal::from(n)).to_string()
        })
        .ok()
}

fn plain_integer(number: &FluentNumber) -> Option<i64> {
    let defaults = FluentNumberOptions::default();
    let value = number.value;
    let whole = value.fract() == 0.0 && value.abs() < 9.0e15;
    (whole && number.options == defaults).then_some(value as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(locale: &str) -> LocaleNumbers {
        LocaleNumbers::new(&locale.parse().expect("valid locale")).expect("CLDR data")
    }

    #[test]
    fn port_count_is_grouped_per_locale() {
        assert_eq!(numbers("en").grouped(65536), "65,536");
        assert_eq!(numbers("tr").grouped(65536), "65.536");
        assert_eq!(numbers("de").grouped(65536), "65.536");
        assert_eq!(numbers("ar-EG").grouped(65536), "٦٥٬٥٣٦");
        assert_eq!(numbers("ar").grouped(65536), "65,536");
    }

    #[test]
    fn years_are_never_grouped_but_use_locale_digits() {
        assert_eq!(numbers("en").ungrouped(2003), "2003");
        assert_eq!(numbers("de").ungrouped(2003), "2003");
        assert_eq!(numbers("ar-EG").ungrouped(2003), "٢٠٠٣");
    }

    #[test]
    fn formatters_can_be_shared_across_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<LocaleNumbers>();
    }
}
