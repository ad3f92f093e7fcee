//! Today's date in UTC, for `updated:` and import notes.

use jiff::Timestamp;
use jiff::tz::Offset;

use crate::content::EntryDate;

/// The current UTC date.
pub fn today() -> EntryDate {
    date_at(Timestamp::now())
}

/// The UTC calendar date of `instant`.
fn date_at(instant: Timestamp) -> EntryDate {
    let date = Offset::UTC.to_datetime(instant).date();
    // jiff's years run from -9999; a clock set before year 0 is not worth an error path.
    EntryDate {
        year: date.year().unsigned_abs(),
        month: date.month().unsigned_abs(),
        day: date.day().unsigned_abs(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(n: i64) -> Timestamp {
        Timestamp::from_second(n * 86_400).expect("in range")
    }

    #[test]
    fn known_days_map_to_their_dates() {
        assert_eq!(date_at(days(0)).to_string(), "1970-01-01");
        assert_eq!(date_at(days(11_016)).to_string(), "2000-02-29");
        assert_eq!(date_at(days(20_598)).to_string(), "2026-05-25");
    }

    #[test]
    fn the_last_second_of_a_day_is_still_that_day() {
        let late = Timestamp::from_second(86_399).expect("in range");
        assert_eq!(date_at(late).to_string(), "1970-01-01");
    }
}
