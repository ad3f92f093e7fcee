//! Argument-free `{{ t(key="…") }}` calls folded into a locale's copy of a template's text.
//!
//! Their text is the same on every page of a locale, but each Tera function call builds a
//! keyword-argument map: these calls were a seventh of a full build's instructions
//! (BENCHMARKS.md, "Sixth pass"). Folded, the text is part of the template's own.

/// How much longer than the template as written its folded copy may grow: a hostile
/// template of many calls to a long message would otherwise cost memory at load time, once
/// per locale. Past it the template is left as written.
const MAX_GROWTH: usize = 1024 * 1024;

/// `text` with every `{{ t(key="K") }}` replaced by the text `plain` gives for `K`, escaped
/// as Tera's autoescape escapes the call's result. A key `plain` does not know (a message
/// with arguments, or none at all) keeps its call, so its error still comes at render time.
pub fn fold_plain_calls<'a>(text: &str, plain: impl Fn(&str) -> Option<&'a str>) -> String {
    // A raw block prints calls as written; such a template is left as it is.
    if text.contains("endraw") {
        return text.to_string();
    }
    let mut folded = String::with_capacity(text.len());
    let mut copied = 0;
    for (at, _) in text.match_indices("{{") {
        if at < copied {
            continue;
        }
        let Some((key, len)) = plain_call(&text[at + 2..]) else {
            continue;
        };
        let Some(message) = plain(key).and_then(escaped) else {
            continue;
        };
        folded.push_str(&text[copied..at]);
        folded.push_str(&message);
        copied = at + 2 + len;
        if folded.len() > copied + MAX_GROWTH {
            return text.to_string();
        }
    }
    folded.push_str(&text[copied..]);
    folded
}

/// The key of `rest` when it is ` t(key="K") }}` (any quote Tera accepts, any spacing,
/// no whitespace control), and the length of that text.
fn plain_call(rest: &str) -> Option<(&str, usize)> {
    let after_open = rest.trim_start();
    let call = after_open.strip_prefix("t(")?.trim_start();
    let value = call.strip_prefix("key")?.trim_start();
    let value = value.strip_prefix('=')?.trim_start();
    let quote = value
        .chars()
        .next()
        .filter(|c| matches!(c, '"' | '\'' | '`'))?;
    let end = value[1..].find(quote)? + 1;
    let key = &value[1..end];
    let well_formed = !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    let close = value[end + 1..]
        .trim_start()
        .strip_prefix(')')?
        .trim_start();
    let tail = close.strip_prefix("}}")?;
    well_formed.then_some((key, rest.len() - tail.len()))
}

/// The message as the autoescaped page shows it, unless it holds a brace: that could open
/// or close a Tera tag once it is part of the template.
fn escaped(message: &str) -> Option<String> {
    let mut out = Vec::with_capacity(message.len());
    tera::escape_html(message, &mut out).ok()?;
    let out = String::from_utf8(out).ok()?;
    (!out.contains(['{', '}'])).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lookup(key: &str) -> Option<&'static str> {
        match key {
            "site-name" => Some("Ports & <protocols>"),
            "braced" => Some("a {b} c"),
            "quoted" => Some("l'été \"chaud\""),
            _ => None,
        }
    }

    #[test]
    fn plain_calls_become_their_escaped_text() {
        let text = "<h1>{{ t(key=\"site-name\") }}</h1><p>{{t( key = 'quoted' )}}</p>";
        assert_eq!(
            fold_plain_calls(text, lookup),
            "<h1>Ports &amp; &lt;protocols&gt;</h1><p>l&#39;été &quot;chaud&quot;</p>"
        );
    }

    #[test]
    fn calls_that_are_not_plain_stay_calls() {
        for text in [
            "{{ t(key=\"missing\") }}",
            "{{ t(key=\"braced\") }}",
            "{{- t(key=\"site-name\") }}",
            "{{ t(key=\"site-name\") -}}",
            "{{ t(key=\"site-name\", port=1) }}",
            "{{ t(key=\"site-name\", locale=\"de\") }}",
            "{{ t(key=\"site-\" ~ x) }}",
            "{{ t(key=\"site-name\") | upper }}",
            "{{ at(key=\"site-name\") }}",
            "{% raw %}{{ t(key=\"site-name\") }}{% endraw %}",
        ] {
            assert_eq!(fold_plain_calls(text, lookup), text);
        }
    }

    #[test]
    fn a_template_that_would_grow_too_much_is_left_as_written() {
        let long = "x".repeat(64 * 1024);
        let text = "{{ t(key=\"long\") }}".repeat(32);
        assert_eq!(fold_plain_calls(&text, |_| Some(long.as_str())), text);
        let fewer = "{{ t(key=\"long\") }}".repeat(8);
        assert_eq!(
            fold_plain_calls(&fewer, |_| Some(long.as_str())).len(),
            8 * long.len()
        );
    }

    #[test]
    fn text_around_and_between_calls_is_kept() {
        let text =
            "a {{ x }} {{ t(key=\"site-name\") }}{{ t(key=\"site-name\") }} {% if y %}z{% endif %}";
        assert_eq!(
            fold_plain_calls(text, lookup),
            "a {{ x }} Ports &amp; &lt;protocols&gt;Ports &amp; &lt;protocols&gt; {% if y %}z{% endif %}"
        );
    }
}
