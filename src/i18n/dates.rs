//! Registry dates ("March 2003", "1. März 2003") written with each locale's `dates.ftl`.

use super::Arg;
use super::bundle::LocaleBundle;

/// The messages `dates.ftl` must define (besides `month-1` … `month-12`).
pub(super) const DATE_PATTERNS: [&str; 2] = ["date-month-year", "date-day-month-year"];

/// The message id of a month's name, `month-1` … `month-12`.
pub(super) fn month_id(month: u8) -> String {
    format!("month-{month}")
}

impl LocaleBundle {
    /// A registry date in the locale's words and digits: `March 2003`, `1 Mart 2003`.
    ///
    /// Without a day the result names only month and year: a partial registry date must
    /// not look more precise than it is. Years are never digit-grouped. An impossible
    /// month or a missing `dates.ftl` message gives ISO 8601 (`2003-03`, `2003-03-01`).
    pub fn date(&self, year: u16, month: u8, day: Option<u8>) -> String {
        self.localized_date(year, month, day)
            .unwrap_or_else(|| iso_date(year, month, day))
    }

    fn localized_date(&self, year: u16, month: u8, day: Option<u8>) -> Option<String> {
        if !(1..=12).contains(&month) || day.is_some_and(|d| !(1..=31).contains(&d)) {
            return None;
        }
        // `$form` lets languages that inflect a month after a day number pick that form.
        let form = if day.is_some() {
            "in-date"
        } else {
            "standalone"
        };
        let month_name = self
            .format(&month_id(month), &[("form", Arg::Str(form))])
            .ok()?;
        let year_text = self.numbers.ungrouped(i64::from(year));
        match day {
            None => self.format(
                "date-month-year",
                &[
                    ("month", Arg::Str(&month_name)),
                    ("year", Arg::Str(&year_text)),
                ],
            ),
            Some(day) => {
                let day_text = self.numbers.ungrouped(i64::from(day));
                self.format(
                    "date-day-month-year",
                    &[
                        ("day", Arg::Str(&day_text)),
                        ("month", Arg::Str(&month_name)),
                        ("year", Arg::Str(&year_text)),
                    ],
                )
            }
        }
        .ok()
    }
}

fn iso_date(year: u16, month: u8, day: Option<u8>) -> String {
    match day {
        Some(day) => format!("{year:04}-{month:02}-{day:02}"),
        None => format!("{year:04}-{month:02}"),
    }
}
