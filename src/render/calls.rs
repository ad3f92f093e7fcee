//! Where the site's Fluent messages are formatted and with which arguments: the one place
//! `portsite check` learns what every message will be given, so it can format each one as
//! the build will instead of guessing.
//!
//! Two sources: [`RUST_CALLS`], the messages portsite's own code formats (kept true by
//! `tests/message_calls.rs`, which records every call a build makes), and the `t(key=…)`
//! calls of the site's templates, read from their text when they are loaded.

use crate::diag::Span;
use crate::i18n::{ArgKind, Signature};

const T: ArgKind = ArgKind::Text;
const N: ArgKind = ArgKind::Number;

/// How a call names its message: exactly, or by a prefix completed at render time
/// (`t(key="status-" ~ st.status)`, `format!("month-{month}")`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    /// This id (`msg` or `msg.attr`).
    Exact(String),
    /// Any id starting with this.
    Prefix(String),
    /// An id the template computes from this expression (`cmd.explain`); resolved by
    /// [`MessageCalls::new`] where portsite knows the values.
    Computed(String),
}

/// One place that formats a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    /// Which message(s).
    pub key: Key,
    /// Where, and with which arguments.
    pub signature: Signature,
    /// The template line, for a template's call.
    pub at: Option<Span>,
}

/// One row of [`RUST_CALLS`]: (id or prefix, whether it is a prefix, arguments, where).
pub type RustCall = (
    &'static str,
    bool,
    &'static [(&'static str, ArgKind)],
    &'static str,
);

/// Every message portsite's Rust code formats. Add a line here with every new call
/// (`tests/message_calls.rs` fails until you do).
pub const RUST_CALLS: &[RustCall] = &[
    ("faq-purpose-q", false, &[("port", T)], "src/render/faq.rs"),
    ("faq-protocol-q", false, &[("port", T)], "src/render/faq.rs"),
    ("faq-range-q", false, &[("port", T)], "src/render/faq.rs"),
    (
        "faq-listening-q",
        false,
        &[("port", T)],
        "src/render/faq.rs",
    ),
    ("faq-safe-q", false, &[("port", T)], "src/render/faq.rs"),
    (
        "faq-purpose-assigned",
        false,
        &[("port", T), ("names", T), ("count", N)],
        "src/render/faq.rs",
    ),
    (
        "faq-purpose-reserved",
        false,
        &[("port", T)],
        "src/render/faq.rs",
    ),
    (
        "faq-purpose-unassigned",
        false,
        &[("port", T)],
        "src/render/faq.rs",
    ),
    (
        "faq-purpose-withdrawn",
        false,
        &[("port", T)],
        "src/render/faq.rs",
    ),
    (
        "faq-purpose-unlisted",
        false,
        &[("port", T)],
        "src/render/faq.rs",
    ),
    (
        "faq-protocol-none",
        false,
        &[("port", T)],
        "src/render/faq.rs",
    ),
    (
        "faq-protocol-a",
        false,
        &[("port", T), ("protocols", T)],
        "src/render/faq.rs",
    ),
    (
        "faq-range-well-known",
        false,
        &[("port", T)],
        "src/render/faq.rs",
    ),
    (
        "faq-range-registered",
        false,
        &[("port", T)],
        "src/render/faq.rs",
    ),
    (
        "faq-range-dynamic",
        false,
        &[("port", T)],
        "src/render/faq.rs",
    ),
    (
        "faq-listening-a",
        false,
        &[("port", T)],
        "src/render/faq.rs",
    ),
    ("faq-safe-a", false, &[("port", T)], "src/render/faq.rs"),
    (
        "port-title",
        false,
        &[("port", T), ("name", T)],
        "src/render/port_page.rs",
    ),
    (
        "port-description",
        false,
        &[("port", T), ("name", T)],
        "src/render/port_page.rs",
    ),
    (
        "port-title-named",
        false,
        &[("port", T), ("name", T)],
        "src/render/port_page.rs",
    ),
    (
        "port-description-named",
        false,
        &[("port", T), ("name", T)],
        "src/render/port_page.rs",
    ),
    ("port-title", false, &[("port", T)], "src/scaffold.rs"),
    ("port-description", false, &[("port", T)], "src/scaffold.rs"),
    (
        "port-title-named",
        false,
        &[("port", T), ("name", T)],
        "src/scaffold.rs",
    ),
    (
        "port-description-named",
        false,
        &[("port", T), ("name", T)],
        "src/scaffold.rs",
    ),
    ("new-heading-", true, &[], "src/scaffold.rs"),
    ("nav-home", false, &[], "src/render/port_page.rs"),
    (
        "port-label",
        false,
        &[("port", T)],
        "src/render/port_page.rs",
    ),
    (
        "range-title",
        false,
        &[("start", T), ("end", T)],
        "src/render/list_pages.rs",
    ),
    (
        "range-description",
        false,
        &[("start", T), ("end", T)],
        "src/render/list_pages.rs",
    ),
    ("site-name", false, &[], "src/render/list_pages.rs"),
    ("site-tagline", false, &[], "src/render/list_pages.rs"),
    ("notfound-title", false, &[], "src/render/list_pages.rs"),
    ("notfound-text", false, &[], "src/render/list_pages.rs"),
    ("status-tag-", true, &[], "src/output/search.rs"),
    ("search-label", false, &[], "src/output/search.rs"),
    ("search-hint", false, &[], "src/output/search.rs"),
    ("search-nojs", false, &[], "src/output/search.rs"),
    ("feed-title", false, &[], "src/output/feed.rs"),
    ("month-", true, &[("form", T)], "src/i18n/dates.rs"),
    (
        "date-month-year",
        false,
        &[("month", T), ("year", T)],
        "src/i18n/dates.rs",
    ),
    (
        "date-day-month-year",
        false,
        &[("day", T), ("month", T), ("year", T)],
        "src/i18n/dates.rs",
    ),
];

/// The calls of [`RUST_CALLS`].
pub fn rust_calls() -> Vec<Call> {
    RUST_CALLS
        .iter()
        .map(|(id, prefix, args, caller)| Call {
            key: if *prefix {
                Key::Prefix((*id).to_string())
            } else {
                Key::Exact((*id).to_string())
            },
            signature: Signature {
                caller: (*caller).to_string(),
                args: args.iter().map(|(n, k)| ((*n).to_string(), *k)).collect(),
            },
            at: None,
        })
        .collect()
}

/// Every call that can format a message, answering "with what arguments is `id` formatted?".
#[derive(Debug, Clone, Default)]
pub struct MessageCalls {
    calls: Vec<Call>,
}

impl MessageCalls {
    /// The Rust calls and the templates' calls. A template call whose key is a check
    /// command's `explain` (`key=cmd.explain`) stands for each of `explain_ids`.
    pub fn new(template_calls: &[Call], explain_ids: &[String]) -> MessageCalls {
        let mut calls = rust_calls();
        for call in template_calls {
            match &call.key {
                Key::Computed(expr) if expr.ends_with(".explain") => {
                    calls.extend(explain_ids.iter().map(|id| Call {
                        key: Key::Exact(id.clone()),
                        signature: call.signature.clone(),
                        at: None,
                    }));
                }
                Key::Computed(_) => {}
                _ => calls.push(call.clone()),
            }
        }
        MessageCalls { calls }
    }

    /// Every call that names its message exactly.
    pub fn exact(&self) -> impl Iterator<Item = (&str, &Call)> {
        self.calls.iter().filter_map(|c| match &c.key {
            Key::Exact(id) => Some((id.as_str(), c)),
            _ => None,
        })
    }

    /// The signatures `id` is formatted with: its exact callers, else the callers of the
    /// longest prefix it matches, else `None` (nothing known formats it).
    pub fn signatures(&self, id: &str) -> Option<Vec<Signature>> {
        let exact: Vec<Signature> = self
            .calls
            .iter()
            .filter(|c| c.key == Key::Exact(id.to_string()))
            .map(|c| c.signature.clone())
            .collect();
        if !exact.is_empty() {
            return Some(exact);
        }
        let matching = |c: &&Call| matches!(&c.key, Key::Prefix(p) if id.starts_with(p.as_str()));
        let longest = self
            .calls
            .iter()
            .filter(matching)
            .filter_map(|c| match &c.key {
                Key::Prefix(p) => Some(p.len()),
                _ => None,
            })
            .max()?;
        Some(
            self.calls
                .iter()
                .filter(matching)
                .filter(|c| matches!(&c.key, Key::Prefix(p) if p.len() == longest))
                .map(|c| c.signature.clone())
                .collect(),
        )
    }
}

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

    #[test]
    fn exact_callers_win_then_the_longest_prefix() {
        let calls = MessageCalls::new(
            &template_calls(
                "t.html",
                "{{ t(key=\"status-\" ~ s, port=p) }}{{ t(key=\"status-tag-\" ~ s) }}{{ t(key=\"status-in-range\", start=a, end=b) }}",
            ),
            &[],
        );
        let args = |id: &str| -> Vec<Vec<String>> {
            calls
                .signatures(id)
                .unwrap_or_default()
                .into_iter()
                .map(|s| s.args.into_iter().map(|(n, _)| n).collect())
                .collect()
        };
        assert_eq!(args("status-in-range"), [["start", "end"]]);
        assert_eq!(args("status-reserved"), [["port"]]);
        assert_eq!(
            args("status-tag-reserved"),
            [Vec::<String>::new(), Vec::new()]
        );
        assert!(calls.signatures("nobody-calls-this").is_none());
    }
}
