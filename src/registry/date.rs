//! Registry dates, which are `YYYY-MM-DD` or only `YYYY-MM`.

use std::fmt;

use jiff::civil::Date;

/// A date that may lack its day; portsite never invents one.
#[derive(Clone, Copy, PartialEq, Eq, Debug, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    /// Four-digit year.
    pub year: u16,
    /// Month, 1-12.
    pub month: u8,
    /// Day of the month when the registry gives one.
    pub day: Option<u8>,
}

impl PartialDate {
    /// Parses `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible months and days.
    pub fn parse(text: &str) -> Option<PartialDate> {
        let mut parts = text.trim().split('-');
        let year = number(parts.next()?, 4)?;
        let month = u8::try_from(number(parts.next()?, 2)?).ok()?;
        let day = match parts.next() {
            None => None,
            Some(d) => Some(u8::try_from(number(d, 2)?).ok()?),
        };
        if parts.next().is_some() {
            return None;
        }
        // jiff checks the month, and the day against the month's length; a month-only
        // date is checked as its first day.
        calendar_date(year, month, day.unwrap_or(1))?;
        Some(PartialDate { year, month, day })
    }
}

/// The Gregorian date, if it exists (jiff's years run to 9999).
fn calendar_date(year: u16, month: u8, day: u8) -> Option<Date> {
    let year = i16::try_from(year).ok()?;
    let month = i8::try_from(month).ok()?;
    let day = i8::try_from(day).ok()?;
    Date::new(year, month, day).ok()
}

fn number(text: &str, digits: usize) -> Option<u16> {
    if text.len() != digits || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// Days in `month` (1-12) of `year` (Gregorian), shared with the entry dates of `content`;
/// 31 outside jiff's calendar (a month past 12, a year past 9999), which callers refuse
/// or never reach: dates are read as four-digit years.
pub(crate) fn days_in_month(year: u16, month: u8) -> u8 {
    calendar_date(year, month, 1).map_or(31, |d| d.days_in_month().unsigned_abs())
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)?;
        match self.day {
            Some(day) => write!(f, "-{day:02}"),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_only_dates_keep_no_day() {
        let d = PartialDate::parse("2003-03").unwrap();
        assert_eq!(d.day, None);
        assert_eq!(d.to_string(), "2003-03");
        assert_eq!(
            PartialDate::parse("2003-03-01").unwrap().to_string(),
            "2003-03-01"
        );
    }

    #[test]
    fn impossible_dates_are_rejected() {
        for bad in [
            "2003",
            "2003-13",
            "2003-00",
            "2003-02-30",
            "03-03-01",
            "2003-3",
            "x",
        ] {
            assert_eq!(PartialDate::parse(bad), None, "{bad}");
        }
        assert!(PartialDate::parse("2024-02-29").is_some());
    }

    #[test]
    fn month_precision_sorts_before_days_of_that_month() {
        let month = PartialDate::parse("2003-03").unwrap();
        let day = PartialDate::parse("2003-03-01").unwrap();
        assert!(month < day);
    }
}
