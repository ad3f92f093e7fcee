//! Calendar dates in front matter (`updated: 2026-11-26`), checked to be real days.

use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserialize, Deserializer, Visitor};

use crate::registry::days_in_month;

/// A calendar date written `YYYY-MM-DD`; ordered chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntryDate {
    /// Four-digit year.
    pub year: u16,
    /// 1–12.
    pub month: u8,
    /// 1–31, valid for the month.
    pub day: u8,
}

/// Why a date string was refused; the text is shown to the user.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not shaped like `YYYY-MM-DD`.
    #[error("`{0}` is not a date; write it as YYYY-MM-DD, e.g. 2026-11-26")]
    Shape(String),
    /// Month outside 1–12.
    #[error("`{0}` has no month {1}; months run from 01 to 12")]
    Month(String, u8),
    /// Day outside the month.
    #[error("`{text}` is not a real date: that month has {days} days")]
    Day {
        /// The date as written.
        text: String,
        /// The number of days in that month.
        days: u8,
    },
}

impl EntryDate {
    /// Builds a date, checking that the day exists.
    pub fn new(year: u16, month: u8, day: u8) -> Result<Self, DateError> {
        let text = format!("{year:04}-{month:02}-{day:02}");
        if !(1..=12).contains(&month) {
            return Err(DateError::Month(text, month));
        }
        let days = days_in_month(year, month);
        if day == 0 || day > days {
            return Err(DateError::Day { text, days });
        }
        Ok(EntryDate { year, month, day })
    }
}

impl FromStr for EntryDate {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let shape = || DateError::Shape(s.to_string());
        let bytes = s.as_bytes();
        let digits_at = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
        if bytes.len() != 10
            || bytes[4] != b'-'
            || bytes[7] != b'-'
            || !digits_at(0..4)
            || !digits_at(5..7)
            || !digits_at(8..10)
        {
            return Err(shape());
        }
        let year = s[0..4].parse().map_err(|_| shape())?;
        let month = s[5..7].parse().map_err(|_| shape())?;
        let day = s[8..10].parse().map_err(|_| shape())?;
        EntryDate::new(year, month, day)
    }
}

impl fmt::Display for EntryDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl<'de> Deserialize<'de> for EntryDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(DateVisitor)
    }
}

struct DateVisitor;

impl Visitor<'_> for DateVisitor {
    type Value = EntryDate;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date written YYYY-MM-DD")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<EntryDate, E> {
        v.parse().map_err(E::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_display_and_order() {
        let a: EntryDate = "2026-11-26".parse().unwrap();
        let b: EntryDate = "2027-01-02".parse().unwrap();
        assert_eq!(a.to_string(), "2026-11-26");
        assert!(a < b);
    }

    #[test]
    fn february_thirtieth_is_refused() {
        let err = "2026-02-30".parse::<EntryDate>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "`2026-02-30` is not a real date: that month has 28 days"
        );
    }

    #[test]
    fn leap_days_follow_the_gregorian_rule() {
        assert!("2024-02-29".parse::<EntryDate>().is_ok());
        assert!("2000-02-29".parse::<EntryDate>().is_ok());
        assert!("1900-02-29".parse::<EntryDate>().is_err());
    }

    #[test]
    fn other_shapes_are_refused() {
        for bad in [
            "2026-1-05",
            "26-11-26",
            "2026/11/26",
            "2026-13-01",
            "２０２６-11-26",
        ] {
            assert!(bad.parse::<EntryDate>().is_err(), "{bad}");
        }
    }
}
