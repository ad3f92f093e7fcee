//! A small HTML tag scanner for safety assertions: tag names, attributes, script bodies.

/// One start tag with its attributes (values entity-decoded for the few entities we emit).
#[derive(Debug)]
pub struct StartTag {
    /// Lowercase tag name.
    pub name: String,
    /// Lowercase attribute names with their values.
    pub attrs: Vec<(String, String)>,
    /// The text up to the matching `</script>` for script tags.
    pub script_body: Option<String>,
}

/// Every start tag of `html`, in order. Script bodies are skipped as the browser does.
pub fn start_tags(html: &str) -> Vec<StartTag> {
    let bytes = html.as_bytes();
    let mut tags = Vec::new();
    let mut i = 0;
    while let Some(offset) = html[i..].find('<') {
        let start = i + offset + 1;
        if !bytes.get(start).is_some_and(u8::is_ascii_alphabetic) {
            i = start;
            continue;
        }
        let (mut tag, end) = scan_tag(html, start);
        i = end;
        if tag.name == "script" {
            let close = html[i..]
                .to_ascii_lowercase()
                .find("</script")
                .unwrap_or(html.len() - i);
            tag.script_body = Some(html[i..i + close].to_string());
            i += close;
        }
        tags.push(tag);
    }
    tags
}

/// Reads a tag from just after `<` to just after its `>`, honouring quoted values.
fn scan_tag(html: &str, start: usize) -> (StartTag, usize) {
    let b = html.as_bytes();
    let mut i = start;
    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' && b[i] != b'/' {
        i += 1;
    }
    let name = html[start..i].to_ascii_lowercase();
    let mut attrs = Vec::new();
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        if i >= b.len() || b[i] == b'>' {
            break;
        }
        let name_start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>') {
            i += 1;
        }
        let attr = html[name_start..i].to_ascii_lowercase();
        let mut value = String::new();
        if b.get(i) == Some(&b'=') {
            i += 1;
            let (v, next) = scan_value(html, i);
            value = decode(v);
            i = next;
        }
        attrs.push((attr, value));
    }
    let tag = StartTag {
        name,
        attrs,
        script_body: None,
    };
    (tag, (i + 1).min(html.len()))
}

fn scan_value(html: &str, i: usize) -> (&str, usize) {
    let b = html.as_bytes();
    match b.get(i) {
        Some(&q @ (b'"' | b'\'')) => {
            let end = html[i + 1..]
                .find(q as char)
                .map_or(html.len(), |e| i + 1 + e);
            (&html[i + 1..end], (end + 1).min(html.len()))
        }
        _ => {
            let mut end = i;
            while end < b.len() && !b[end].is_ascii_whitespace() && b[end] != b'>' {
                end += 1;
            }
            (&html[i..end], end)
        }
    }
}

fn decode(value: &str) -> String {
    value
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#x2F;", "/")
        .replace("&#47;", "/")
        .replace("&amp;", "&")
}

/// Whether a link target would run code: browsers drop whitespace and control characters
/// and ignore case before reading the scheme.
pub fn is_script_url(url: &str) -> bool {
    let squeezed: String = url
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control())
        .collect::<String>()
        .to_ascii_lowercase();
    ["javascript:", "data:", "vbscript:"]
        .iter()
        .any(|scheme| squeezed.starts_with(scheme))
}

#[test]
fn scanner_sees_injected_attributes_and_script_urls() {
    let tags = start_tags("<p title=\"a\" onmouseover=alert(1) x=\"\">t</p><script>1<b></script>");
    let names: Vec<&str> = tags[0].attrs.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["title", "onmouseover", "x"]);
    assert_eq!(tags[1].script_body.as_deref(), Some("1<b>"));
    assert_eq!(tags.len(), 2, "tags inside a script are not tags");
    assert!(is_script_url(" JaVa\tScript:alert(1)"));
    assert!(!is_script_url("https://example.org/javascript:"));
}
