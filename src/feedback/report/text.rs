//! The report as a terminal table, CSV or JSON.

use super::PageRow;

/// An aligned table; each page's comments follow its row, indented and quoted.
pub fn to_table(rows: &[PageRow]) -> String {
    if rows.is_empty() {
        return "no votes yet\n".to_string();
    }
    let width = rows
        .iter()
        .map(|r| r.page.chars().count())
        .max()
        .unwrap_or(4)
        .max(4);
    let mut out = format!(
        "{:<width$}  {:<6}  {:>6}  {:>6}  {:>6}  {:>7}  {:>6}\n",
        "page", "locale", "yes", "no", "total", "helpful", "wilson"
    );
    for r in rows {
        out.push_str(&format!(
            "{:<width$}  {:<6}  {:>6}  {:>6}  {:>6}  {:>6.1}%  {:>6.3}\n",
            r.page,
            r.locale,
            r.yes,
            r.no,
            r.total,
            r.helpful_share * 100.0,
            r.wilson_lower
        ));
        for comment in &r.comments {
            out.push_str(&format!("    “{}”\n", comment.replace('\n', " ")));
        }
    }
    out
}

/// CSV with a header row; a page's comments share one cell, one per line.
pub fn to_csv(rows: &[PageRow]) -> Result<String, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record([
        "page",
        "locale",
        "yes",
        "no",
        "total",
        "helpful_share",
        "wilson_lower",
        "comments",
    ])?;
    for r in rows {
        writer.write_record([
            r.page.clone(),
            r.locale.clone(),
            r.yes.to_string(),
            r.no.to_string(),
            r.total.to_string(),
            format!("{:.4}", r.helpful_share),
            format!("{:.4}", r.wilson_lower),
            r.comments.join("\n"),
        ])?;
    }
    let bytes = writer.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8(bytes).expect("CSV of UTF-8 fields is UTF-8"))
}

/// A JSON array of objects with the fields `page`, `locale`, `yes`, `no`, `total`,
/// `helpful_share`, `wilson_lower` and `comments`.
pub fn to_json(rows: &[PageRow]) -> String {
    let mut text = serde_json::to_string_pretty(rows).expect("rows serialize");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row() -> PageRow {
        PageRow {
            page: "/ar/ports/80/".into(),
            locale: "ar".into(),
            yes: 0,
            no: 1,
            total: 1,
            helpful_share: 0.0,
            wilson_lower: 0.0,
            comments: vec!["<b>x</b>, \"y\"\nz".into()],
        }
    }

    #[test]
    fn json_has_exactly_the_documented_fields() {
        let value: serde_json::Value = serde_json::from_str(&to_json(&[row()])).unwrap();
        let object = value[0].as_object().unwrap();
        let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "comments",
                "helpful_share",
                "locale",
                "no",
                "page",
                "total",
                "wilson_lower",
                "yes"
            ]
        );
    }

    #[test]
    fn csv_quotes_comments() {
        let text = to_csv(&[row()]).unwrap();
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let record = reader.records().next().unwrap().unwrap();
        assert_eq!(&record[7], "<b>x</b>, \"y\"\nz");
    }

    #[test]
    fn table_lists_comments_under_their_page() {
        let text = to_table(&[row()]);
        assert!(text.contains("/ar/ports/80/"));
        assert!(text.contains("    “<b>x</b>, \"y\" z”"));
        assert_eq!(to_table(&[]), "no votes yet\n");
    }
}
