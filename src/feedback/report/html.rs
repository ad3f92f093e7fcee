//! The report as one self-contained HTML page: an SVG chart of helpfulness per locale and
//! of the 20 least helpful pages, then every page with its comments. Tera escapes every
//! value (comments included); the page has no script and loads nothing.

use serde::Serialize;
use tera::{Context, Tera};

use super::{LocaleRow, PageRow};
use crate::config::BaseUrl;
use crate::model::{AbsoluteUrl, SitePath};

/// How many pages the second chart shows.
pub const CHART_PAGES: usize = 20;
const TEMPLATE: &str = include_str!("report.html");
/// Chart geometry, in SVG user units.
const LABEL_WIDTH: f64 = 260.0;
const BAR_WIDTH: f64 = 400.0;
const ROW_HEIGHT: f64 = 24.0;

/// One bar of a chart, laid out.
#[derive(Debug, Serialize)]
struct Bar {
    label: String,
    caption: String,
    y: f64,
    text_y: f64,
    width: f64,
    wilson_x: f64,
}

/// A chart: its bars and height.
#[derive(Debug, Serialize)]
struct Chart {
    bars: Vec<Bar>,
    height: f64,
}

/// A table row with its numbers written out.
#[derive(Debug, Serialize)]
struct RowView<'a> {
    page: &'a str,
    /// `None` for a stored path that is not a site path (the vote predates a change).
    url: Option<AbsoluteUrl>,
    locale: &'a str,
    yes: u64,
    no: u64,
    total: u64,
    share: String,
    wilson: String,
    comments: &'a [String],
}

/// Renders the report. `base_url` makes page links absolute; `scope` says what was counted.
pub fn to_html(
    rows: &[PageRow],
    locales: &[LocaleRow],
    base_url: &BaseUrl,
    scope: &str,
) -> Result<String, tera::Error> {
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html"]);
    tera.add_raw_template("report.html", TEMPLATE)?;
    let locale_bars = locales.iter().map(|l| {
        (
            l.locale.clone(),
            if l.total == 0 {
                "no votes".to_string()
            } else {
                format!("{} of {} helpful", l.yes, l.total)
            },
            l.helpful_share,
            l.wilson_lower,
        )
    });
    let page_bars = rows.iter().take(CHART_PAGES).map(|r| {
        (
            format!("{} ({})", r.page, r.locale),
            format!("{} of {} helpful", r.yes, r.total),
            r.helpful_share,
            r.wilson_lower,
        )
    });
    let table: Vec<RowView<'_>> = rows
        .iter()
        .map(|r| RowView {
            page: &r.page,
            url: (SitePath::new(r.page.as_str()).ok())
                .map(|path| AbsoluteUrl::new(base_url, &path)),
            locale: &r.locale,
            yes: r.yes,
            no: r.no,
            total: r.total,
            share: percent(r.helpful_share),
            wilson: format!("{:.3}", r.wilson_lower),
            comments: &r.comments,
        })
        .collect();
    let mut context = Context::new();
    context.insert("scope", scope);
    context.insert("votes", &rows.iter().map(|r| r.total).sum::<u64>());
    context.insert("locale_chart", &chart(locale_bars));
    context.insert("page_chart", &chart(page_bars));
    context.insert("rows", &table);
    context.insert("label_width", &LABEL_WIDTH);
    context.insert("chart_width", &(LABEL_WIDTH + BAR_WIDTH + 160.0));
    context.insert("bar_width", &BAR_WIDTH);
    tera.render("report.html", &context)
}

fn chart(bars: impl Iterator<Item = (String, String, f64, f64)>) -> Chart {
    let bars: Vec<Bar> = bars
        .enumerate()
        .map(|(i, (label, count, share, wilson))| {
            let y = i as f64 * ROW_HEIGHT;
            Bar {
                caption: if count == "no votes" {
                    count
                } else {
                    format!("{} · {count}", percent(share))
                },
                label: shorten(&label, 40),
                y,
                text_y: tenth(y + ROW_HEIGHT * 0.65),
                width: tenth((share * BAR_WIDTH).max(1.0)),
                wilson_x: tenth(LABEL_WIDTH + wilson * BAR_WIDTH),
            }
        })
        .collect();
    Chart {
        height: (bars.len().max(1) as f64) * ROW_HEIGHT,
        bars,
    }
}

/// Rounded to 0.1 user units: enough for a chart, and short in the file.
fn tenth(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn percent(share: f64) -> String {
    format!("{:.0} %", share * 100.0)
}

fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_escaped_and_nothing_is_loaded() {
        let rows = vec![PageRow {
            page: "/ar/ports/80/".into(),
            locale: "ar".into(),
            yes: 0,
            no: 1,
            total: 1,
            helpful_share: 0.0,
            wilson_lower: 0.0,
            comments: vec!["<script>alert(1)</script> & 'x'".into()],
        }];
        let locales = super::super::by_locale(&rows, &["en".into(), "ar".into()]);
        let base = BaseUrl::new("https://ports.example.org").unwrap();
        let html = to_html(&rows, &locales, &base, "all votes").unwrap();
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;"),
            "{html}"
        );
        assert!(!html.contains("<script"));
        assert!(!html.contains(" src="), "no external assets");
        assert!(html.contains("<svg"));
        assert!(html.contains("https://ports.example.org/ar/ports/80/"));
        assert!(html.contains(">no votes<"), "en has no votes");
        assert!(html.contains(">0 % · 0 of 1 helpful<"), "{html}");
    }

    #[test]
    fn page_links_join_the_base_url_and_a_stored_path_that_is_not_one_stays_text() {
        let row = |page: &str| PageRow {
            page: page.into(),
            locale: "tr".into(),
            yes: 1,
            no: 0,
            total: 1,
            helpful_share: 1.0,
            wilson_lower: 0.2,
            comments: Vec::new(),
        };
        let rows = vec![row("/tr/ports/3712/"), row("/tr/../x")];
        let locales = super::super::by_locale(&rows, &["tr".into()]);
        let base = BaseUrl::new("https://example.org/ports-site").unwrap();
        let html = to_html(&rows, &locales, &base, "all votes").unwrap();
        assert!(
            html.contains("<a href=\"https://example.org/ports-site/tr/ports/3712/\">"),
            "{html}"
        );
        assert!(html.contains("<td>/tr/../x</td>"), "{html}");
    }
}
