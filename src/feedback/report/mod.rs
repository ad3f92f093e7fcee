//! `portsite feedback report`: votes per page and locale, least helpful first, with the
//! lower bound of the Wilson score interval so that one "No" out of one does not outrank
//! forty out of a hundred.

mod html;
mod text;

use std::collections::HashMap;

use serde::Serialize;

use super::FeedbackError;
use super::store::{Filter, Store, Tally};

pub use html::to_html;
pub use text::{to_csv, to_json, to_table};

/// z for a 95 % interval.
const Z: f64 = 1.959_963_984_540_054;

/// One page in one locale. The JSON report is an array of these, with exactly these fields.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PageRow {
    /// Site path.
    pub page: String,
    /// Locale code.
    pub locale: String,
    /// "Yes" votes.
    pub yes: u64,
    /// "No" votes.
    pub no: u64,
    /// All votes.
    pub total: u64,
    /// yes / total.
    pub helpful_share: f64,
    /// Lower bound of the 95 % Wilson score interval of the share.
    pub wilson_lower: f64,
    /// Readers' comments, oldest first.
    pub comments: Vec<String>,
}

/// One locale's votes summed over its pages (the HTML chart).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LocaleRow {
    /// Locale code.
    pub locale: String,
    /// "Yes" votes.
    pub yes: u64,
    /// All votes.
    pub total: u64,
    /// yes / total.
    pub helpful_share: f64,
    /// Lower bound of the Wilson interval.
    pub wilson_lower: f64,
}

/// The lower bound of the Wilson score interval for `yes` successes out of `total`
/// (0 when there are no votes).
pub fn wilson_lower(yes: u64, total: u64) -> f64 {
    if total == 0 {
        return 0.0;
    }
    let n = total as f64;
    let p = yes as f64 / n;
    let z2 = Z * Z;
    let centre = p + z2 / (2.0 * n);
    let margin = Z * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    ((centre - margin) / (1.0 + z2 / n)).max(0.0)
}

/// Reads the votes matching `filter` and builds the rows, least helpful first.
pub async fn load(store: &Store, filter: &Filter) -> Result<Vec<PageRow>, FeedbackError> {
    let tallies = store.tallies(filter).await?;
    let comments = store.comments(filter).await?;
    Ok(rows(tallies, comments))
}

/// Rows from tallies and comments, sorted by Wilson lower bound, then by more votes first
/// (the surer verdict), then by page and locale.
pub fn rows(
    tallies: Vec<Tally>,
    mut comments: HashMap<(String, String), Vec<String>>,
) -> Vec<PageRow> {
    let mut rows: Vec<PageRow> = tallies
        .into_iter()
        .map(|t| {
            let comments = comments
                .remove(&(t.page.clone(), t.locale.clone()))
                .unwrap_or_default();
            PageRow {
                no: t.total - t.yes.min(t.total),
                helpful_share: share(t.yes, t.total),
                wilson_lower: wilson_lower(t.yes, t.total),
                page: t.page,
                locale: t.locale,
                yes: t.yes,
                total: t.total,
                comments,
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        a.wilson_lower
            .total_cmp(&b.wilson_lower)
            .then(b.total.cmp(&a.total))
            .then_with(|| a.page.cmp(&b.page))
            .then_with(|| a.locale.cmp(&b.locale))
    });
    rows
}

/// Sums per locale, in the order of `locales` (every locale, even one without votes).
pub fn by_locale(rows: &[PageRow], locales: &[String]) -> Vec<LocaleRow> {
    locales
        .iter()
        .map(|code| {
            let (yes, total) = rows
                .iter()
                .filter(|r| &r.locale == code)
                .fold((0, 0), |(y, t), r| (y + r.yes, t + r.total));
            LocaleRow {
                locale: code.clone(),
                yes,
                total,
                helpful_share: share(yes, total),
                wilson_lower: wilson_lower(yes, total),
            }
        })
        .collect()
}

fn share(yes: u64, total: u64) -> f64 {
    if total == 0 {
        0.0
    } else {
        yes as f64 / total as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tally(page: &str, yes: u64, total: u64) -> Tally {
        Tally {
            page: page.into(),
            locale: "en".into(),
            yes,
            total,
        }
    }

    #[test]
    fn wilson_matches_known_values() {
        // 1 of 1: (1 + z²/2 - z·sqrt(z²/4)) / (1 + z²) = 1 / (1 + z²)
        assert!((wilson_lower(1, 1) - 1.0 / (1.0 + Z * Z)).abs() < 1e-12);
        assert!((wilson_lower(81, 100) - 0.7222).abs() < 1e-3);
        assert_eq!(wilson_lower(0, 0), 0.0);
        assert_eq!(wilson_lower(0, 10), 0.0);
    }

    #[test]
    fn least_helpful_first_and_sure_verdicts_before_unsure_ones() {
        let rows = rows(
            vec![
                tally("/ports/1/", 90, 100),
                tally("/ports/2/", 0, 1),
                tally("/ports/3/", 0, 20),
                tally("/ports/4/", 1, 1),
            ],
            HashMap::new(),
        );
        let order: Vec<&str> = rows.iter().map(|r| r.page.as_str()).collect();
        assert_eq!(order, ["/ports/3/", "/ports/2/", "/ports/4/", "/ports/1/"]);
        assert_eq!(rows[0].no, 20);
        assert_eq!(rows[3].helpful_share, 0.9);
    }

    #[test]
    fn locales_without_votes_are_listed() {
        let rows = rows(vec![tally("/ports/1/", 3, 4)], HashMap::new());
        let locales = by_locale(&rows, &["en".into(), "tr".into()]);
        assert_eq!(locales[0].total, 4);
        assert_eq!(locales[1].total, 0);
    }
}
