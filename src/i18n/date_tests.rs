//! Registry dates in every shipped locale, read from the repository's own `locales/*/dates.ftl`.

use std::path::Path;

use super::tests::{SITE_LOCALES, basic, code, specs};
use super::*;

fn shipped() -> Localizer {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    Localizer::load(&dir, &specs(&SITE_LOCALES), &code("en")).expect("shipped locales load")
}

#[test]
fn dates_with_and_without_day_in_every_locale() {
    let l = shipped();
    let date = |code, day| l.bundle(code).expect("configured").date(2003, 3, day);
    assert_eq!(date("en", None), "March 2003");
    assert_eq!(date("en", Some(1)), "1 March 2003");
    assert_eq!(date("tr", None), "Mart 2003");
    assert_eq!(date("tr", Some(1)), "1 Mart 2003");
    assert_eq!(date("de", None), "März 2003");
    assert_eq!(date("de", Some(1)), "1. März 2003");
    assert_eq!(date("ar", None), "مارس ٢٠٠٣");
    assert_eq!(date("ar", Some(1)), "١ مارس ٢٠٠٣");
    let date_gaps = l.warnings().iter().filter(|w| {
        matches!(w, I18nWarning::MissingDateMessages { .. })
            || matches!(w, I18nWarning::MissingMessage { id, .. }
                if id.starts_with("date-") || id.starts_with("month-"))
    });
    assert_eq!(date_gaps.count(), 0, "{:?}", l.warnings());
}

#[test]
fn every_month_has_a_name_and_years_are_not_grouped() {
    let l = shipped();
    for code in ["en", "tr", "de", "ar"] {
        let bundle = l.bundle(code).expect("configured");
        for month in 1..=12 {
            assert!(
                bundle.has(&format!("month-{month}")),
                "{code} month-{month}"
            );
        }
    }
    assert_eq!(
        l.default_bundle().date(2024, 12, Some(31)),
        "31 December 2024"
    );
    assert_eq!(
        l.bundle("tr").expect("tr").date(1999, 8, None),
        "Ağustos 1999"
    );
}

#[test]
fn plain_arabic_keeps_latin_digits() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let l =
        Localizer::load(&dir, &specs(&[("en", "en"), ("ar", "ar")]), &code("en")).expect("loads");
    assert_eq!(
        l.bundle("ar").expect("ar").date(2003, 3, Some(1)),
        "1 مارس 2003"
    );
}

#[test]
fn locale_without_dates_ftl_gets_one_warning_and_iso_dates() {
    let l = basic();
    let gaps: Vec<&I18nWarning> = l
        .warnings()
        .iter()
        .filter(|w| matches!(w, I18nWarning::MissingDateMessages { .. }))
        .collect();
    assert_eq!(gaps.len(), 1, "{gaps:?}");
    assert!(
        gaps[0].to_string().contains("month-1, month-2"),
        "{}",
        gaps[0]
    );
    assert_eq!(
        l.bundle("de").expect("de").date(2003, 3, Some(1)),
        "2003-03-01"
    );
}

#[test]
fn impossible_month_falls_back_to_iso_digits() {
    let l = shipped();
    assert_eq!(l.default_bundle().date(2003, 13, None), "2003-13");
}

#[test]
fn month_form_after_a_day_is_selected_by_the_locale() {
    let dir = tempfile::tempdir().expect("temp dir");
    let en = dir.path().join("en");
    std::fs::create_dir(&en).expect("mkdir");
    let mut ftl = String::new();
    for month in 1..=12 {
        ftl.push_str(&format!(
            "month-{month} = {{ $form ->\n    [in-date] G{month}\n   *[standalone] N{month}\n}}\n"
        ));
    }
    ftl.push_str("date-month-year = { $month } { $year }\n");
    ftl.push_str("date-day-month-year = { $day } { $month } { $year }\n");
    std::fs::write(en.join("dates.ftl"), ftl).expect("write");
    let l = Localizer::load(dir.path(), &specs(&[("en", "en")]), &code("en")).expect("loads");
    assert_eq!(l.default_bundle().date(2003, 3, None), "N3 2003");
    assert_eq!(l.default_bundle().date(2003, 3, Some(1)), "1 G3 2003");
}
