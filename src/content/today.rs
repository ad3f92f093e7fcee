//! Today's date in UTC, for `updated:` and import notes, without a calendar crate.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::content::EntryDate;

/// The current UTC date.
pub fn today() -> EntryDate {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    from_days(i64::try_from(secs / 86_400).unwrap_or(0))
}

/// The proleptic Gregorian date `days` days after 1970-01-01 (Howard Hinnant's
/// days-to-civil method: shift to years starting in March so leap days come last).
pub(crate) fn from_days(days: i64) -> EntryDate {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    EntryDate { year, month, day }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_days_map_to_their_dates() {
        assert_eq!(from_days(0).to_string(), "1970-01-01");
        assert_eq!(from_days(11_016).to_string(), "2000-02-29");
        assert_eq!(from_days(20_598).to_string(), "2026-05-25");
    }
}
