//! HTML escaping for text and attribute values we write ourselves.

/// Appends `text` with `&`, `<`, `>`, `"` and `'` escaped, safe in element content and in
/// double- or single-quoted attribute values.
pub fn push_html_text(out: &mut String, text: &str) {
    // Copies the runs between special bytes whole: every page escapes kilobytes of
    // generated text, and pushing char by char was a visible share of the build.
    let mut start = 0;
    for (at, byte) in text.bytes().enumerate() {
        let escaped = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[start..at]);
        out.push_str(escaped);
        start = at + 1;
    }
    out.push_str(&text[start..]);
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
        assert_eq!(html_text("Çağrı & “Ümit”<"), "Çağrı &amp; “Ümit”&lt;");
        assert_eq!(html_text("plain"), "plain");
    }
}
