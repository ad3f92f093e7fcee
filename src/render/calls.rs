//! Where the site's Fluent messages are formatted and with which arguments: the one place
//! `portsite check` learns what every message will be given, so it can format each one as
//! the build will instead of guessing.
//!
//! Two sources: [`RUST_CALLS`], the messages portsite's own code formats (kept true by
//! `tests/message_calls.rs`, which records every call a build makes), and the `t(key=…)`
//! calls of the site's templates, read from their text when they are loaded
//! (`template_calls.rs`).

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
    ("faq-zero-q", false, &[("port", T)], "src/render/faq.rs"),
    ("faq-zero-a", false, &[("port", T)], "src/render/faq.rs"),
    ("faq-safe-a", false, &[("port", T)], "src/render/faq.rs"),
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
        "faq-purpose-zero",
        false,
        &[("port", T)],
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
        "faq-listening-a",
        false,
        &[("port", T), ("section", T)],
        "src/render/faq.rs",
    ),
    (
        "faq-purpose-assigned",
        false,
        &[("port", T), ("names", T), ("count", N)],
        "src/render/faq.rs",
    ),
    (
        "faq-protocol-a",
        false,
        &[("port", T), ("protocols", T)],
        "src/render/faq.rs",
    ),
    (
        "faq-protocol-none",
        false,
        &[("port", T), ("protocols", T)],
        "src/render/faq.rs",
    ),
    (
        "faq-protocol-reserved",
        false,
        &[("port", T), ("protocols", T)],
        "src/render/faq.rs",
    ),
    (
        "faq-protocol-unassigned",
        false,
        &[("port", T), ("protocols", T)],
        "src/render/faq.rs",
    ),
    (
        "faq-protocol-withdrawn",
        false,
        &[("port", T), ("protocols", T)],
        "src/render/faq.rs",
    ),
    (
        "status-reserved",
        false,
        &[("port", T)],
        "src/render/facts.rs",
    ),
    (
        "status-reserved-for",
        false,
        &[("port", T), ("protocols", T), ("protocol_count", N)],
        "src/render/facts.rs",
    ),
    (
        "status-unassigned",
        false,
        &[("port", T)],
        "src/render/facts.rs",
    ),
    (
        "status-unassigned-for",
        false,
        &[("port", T), ("protocols", T), ("protocol_count", N)],
        "src/render/facts.rs",
    ),
    (
        "status-de-registered",
        false,
        &[("port", T)],
        "src/render/facts.rs",
    ),
    (
        "status-de-registered-for",
        false,
        &[("port", T), ("protocols", T), ("protocol_count", N)],
        "src/render/facts.rs",
    ),
    (
        "status-removed",
        false,
        &[("port", T)],
        "src/render/facts.rs",
    ),
    (
        "status-removed-for",
        false,
        &[("port", T), ("protocols", T), ("protocol_count", N)],
        "src/render/facts.rs",
    ),
    (
        "status-in-range",
        false,
        &[("start", T), ("end", T)],
        "src/render/facts.rs",
    ),
    (
        "facts-modified-on",
        false,
        &[("date", T)],
        "src/render/facts.rs",
    ),
    (
        "port-title",
        false,
        &[("port", T), ("names", T), ("count", N)],
        "src/render/port_page.rs",
    ),
    (
        "port-description",
        false,
        &[("port", T), ("names", T), ("count", N)],
        "src/render/port_page.rs",
    ),
    (
        "port-description-zero",
        false,
        &[("port", T), ("names", T), ("count", N)],
        "src/render/port_page.rs",
    ),
    (
        "port-title-named",
        false,
        &[("port", T), ("names", T), ("count", N)],
        "src/render/port_page.rs",
    ),
    (
        "port-description-named",
        false,
        &[("port", T), ("names", T), ("count", N)],
        "src/render/port_page.rs",
    ),
    ("checks-title", false, &[], "src/render/port_page.rs"),
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
        "src/render/port_page.rs",
    ),
    (
        "port-title",
        false,
        &[("port", T), ("names", T), ("count", N)],
        "src/scaffold.rs",
    ),
    (
        "port-description",
        false,
        &[("port", T), ("names", T), ("count", N)],
        "src/scaffold.rs",
    ),
    (
        "port-title-named",
        false,
        &[("port", T), ("names", T), ("count", N)],
        "src/scaffold.rs",
    ),
    (
        "port-description-named",
        false,
        &[("port", T), ("names", T), ("count", N)],
        "src/scaffold.rs",
    ),
    ("new-heading-", true, &[], "src/scaffold.rs"),
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
    ("nav-home", false, &[], "src/render/list_pages.rs"),
    (
        "translations-title",
        false,
        &[],
        "src/render/translations.rs",
    ),
    (
        "translations-description",
        false,
        &[],
        "src/render/translations.rs",
    ),
    (
        "translations-original",
        false,
        &[],
        "src/render/translations.rs",
    ),
    (
        "translations-translated",
        false,
        &[],
        "src/render/translations.rs",
    ),
    (
        "translations-stale",
        false,
        &[],
        "src/render/translations.rs",
    ),
    (
        "translations-missing",
        false,
        &[],
        "src/render/translations.rs",
    ),
    (
        "translations-stale-since",
        false,
        &[("done", T), ("updated", T)],
        "src/render/translations.rs",
    ),
    ("status-tag-", true, &[], "src/output/search.rs"),
    ("search-label", false, &[], "src/output/search.rs"),
    ("search-hint", false, &[], "src/output/search.rs"),
    ("search-nojs", false, &[], "src/output/search.rs"),
    (
        "range-title",
        false,
        &[("start", T), ("end", T)],
        "src/output/search.rs",
    ),
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
    ("theme-dark", false, &[], "src/output/strings.rs"),
    ("theme-light", false, &[], "src/output/strings.rs"),
    ("search-hint", false, &[], "src/output/strings.rs"),
    ("search-empty", false, &[], "src/output/strings.rs"),
    ("search-loading", false, &[], "src/output/strings.rs"),
    (
        "search-goto",
        false,
        &[("port", T)],
        "src/output/strings.rs",
    ),
    ("copy-button", false, &[], "src/output/strings.rs"),
    ("copy-done", false, &[], "src/output/strings.rs"),
    ("feedback-error", false, &[], "src/output/strings.rs"),
    ("lang-hint", false, &[], "src/output/strings.rs"),
    ("lang-hint-dismiss", false, &[], "src/output/strings.rs"),
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

#[cfg(test)]
mod tests {
    use super::super::template_calls::template_calls;
    use super::*;

    #[test]
    fn exact_callers_win_then_the_longest_prefix() {
        let calls = MessageCalls::new(
            &template_calls(
                "t.html",
                "{{ t(key=\"sample-\" ~ s, port=p) }}{{ t(key=\"sample-tag-\" ~ s) }}{{ t(key=\"sample-in-range\", start=a, end=b) }}",
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
        assert_eq!(args("sample-in-range"), [["start", "end"]]);
        assert_eq!(args("sample-reserved"), [["port"]]);
        assert_eq!(args("sample-tag-reserved"), [Vec::<String>::new()]);
        assert!(calls.signatures("nobody-calls-this").is_none());
    }
}
