//! HTML escaping for text and attribute values we write ourselves.

/// Appends `text` with `&`, `<`, `>`, `"` and `'` escaped, safe in element content and in
/// double- or single-quoted attribute values.
pub fn push_html_text(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// `text` escaped as by [`push_html_text`].
pub fn html_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_html_text(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            html_text(r#"<a href="x" onclick='y'>&"#),
            "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;"
        );
    }
}
