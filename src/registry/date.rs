//! Registry dates, which are `YYYY-MM-DD` or only `YYYY-MM`.

use std::fmt;

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
        if parts.next().is_some() || !(1..=12).contains(&month) {
            return None;
        }
        if let Some(d) = day
            && (d == 0 || d > days_in_month(year, month))
        {
            return None;
        }
        Some(PartialDate { year, month, day })
    }
}

fn number(text: &str, digits: usize) -> Option<u16> {
    if text.len() != digits || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// Days in `month` of `year` (Gregorian), shared with the entry dates of `content`.
pub(crate) fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
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
