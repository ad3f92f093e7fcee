//! The `t(key=…)` calls of a template, read from its text (Tera 2 keeps its syntax tree
//! private; only the key and the argument names are needed).

use super::calls::{Call, Key};
use crate::diag::Span;
use crate::i18n::{ArgKind, Signature};

const T: ArgKind = ArgKind::Text;
const N: ArgKind = ArgKind::Number;

/// The `t(key=…, name=value, …)` calls in a template's text. A key that is a string
/// literal is exact, a literal followed by `~` a prefix, anything else computed.
pub fn template_calls(name: &str, text: &str) -> Vec<Call> {
    let mut calls = Vec::new();
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(found) = text[from..].find("t(") {
        let at = from + found;
        from = at + 2;
        let glued = at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_');
        if glued {
            continue;
        }
        let Some(args) = call_arguments(&text[at + 2..]) else {
            continue;
        };
        let line = text[..at].matches('\n').count() + 1;
        let col = text[..at]
            .rsplit('\n')
            .next()
            .map_or(0, |l| l.chars().count())
            + 1;
        let span = Span::new(format!("templates/{name}"), line, col);
        if let Some(call) = parse_call(&args, span) {
            calls.push(call);
        }
    }
    calls
}

/// The text between `(` (already consumed) and its matching `)`, split at top-level
/// commas; `None` when the parenthesis is never closed.
fn call_arguments(rest: &str) -> Option<Vec<String>> {
    let mut depth = 0;
    let mut quote: Option<char> = None;
    let mut parts = vec![String::new()];
    for c in rest.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'' | '`') => quote = Some(c),
            (None, '(' | '[' | '{') => depth += 1,
            (None, ')') if depth == 0 => return Some(parts),
            (None, ')' | ']' | '}') => depth -= 1,
            (None, ',') if depth == 0 => {
                parts.push(String::new());
                continue;
            }
            _ => {}
        }
        parts.last_mut()?.push(c);
    }
    None
}

fn parse_call(args: &[String], at: Span) -> Option<Call> {
    let mut key = None;
    let mut passed = Vec::new();
    for arg in args {
        let (name, value) = arg.split_once('=')?;
        let (name, value) = (name.trim(), value.trim());
        match name {
            "key" => key = Some(parse_key(value)?),
            "locale" => {}
            _ => {
                let kind = if value.contains("| length") || value.parse::<i64>().is_ok() {
                    N
                } else {
                    T
                };
                passed.push((name.to_string(), kind));
            }
        }
    }
    Some(Call {
        key: key?,
        signature: Signature {
            caller: format!("{}:{}", at.path.display(), at.line),
            args: passed,
        },
        at: Some(at),
    })
}

fn parse_key(value: &str) -> Option<Key> {
    let Some(quote) = value
        .chars()
        .next()
        .filter(|c| matches!(c, '"' | '\'' | '`'))
    else {
        return Some(Key::Computed(value.to_string()));
    };
    let end = value[1..].find(quote)? + 1;
    let literal = value[1..end].to_string();
    let rest = value[end + 1..].trim();
    if rest.is_empty() {
        Some(Key::Exact(literal))
    } else if rest.starts_with('~') {
        Some(Key::Prefix(literal))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::calls::MessageCalls;
    use super::*;

    #[test]
    fn template_calls_are_read_with_their_arguments() {
        let text = "<p>{{ t(key=\"a\") }}</p>\n{{ t(key=\"status-\" ~ st.status, port=port.number ~ \"\", count=port.services | length) }}\n{{ t(key=cmd.explain, port=p) }} {{ format(x) }} {{ t(key='b.title', locale=alt.code, n=3) }}";
        let calls = template_calls("x.html", text);
        assert_eq!(calls.len(), 4);
        assert_eq!(calls[0].key, Key::Exact("a".into()));
        assert_eq!(calls[1].key, Key::Prefix("status-".into()));
        assert_eq!(calls[1].signature.caller, "templates/x.html:2");
        assert_eq!(
            calls[1].signature.args,
            [("port".to_string(), T), ("count".to_string(), N)]
        );
        assert_eq!(calls[2].key, Key::Computed("cmd.explain".into()));
        assert_eq!(calls[3].key, Key::Exact("b.title".into()));
        assert_eq!(calls[3].signature.args, [("n".to_string(), N)]);
        let resolved = MessageCalls::new(&calls, &["explain-ss".to_string()]);
        let explain = resolved.signatures("explain-ss").unwrap();
        assert_eq!(explain[0].args, [("port".to_string(), T)]);
    }
}
