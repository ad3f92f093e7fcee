//! The FAQ every port page gets, generated from registry facts through Fluent.

use serde::Serialize;

use super::RenderError;
use crate::content::GeneratedQuestion;
use crate::i18n::{Arg, LocaleBundle};
use crate::registry::{PortClass, PortInfo, Status};

/// One question and its answer as HTML.
#[derive(Serialize, Clone)]
pub struct FaqView {
    /// The question, plain text.
    pub q: String,
    /// The answer, HTML.
    pub a_html: String,
    /// The language of the item when it differs from the page's (an untranslated original).
    pub lang: Option<String>,
    /// The direction of that language.
    pub dir: Option<&'static str>,
}

/// Formats a message, mapping the error to a render error for this locale.
pub fn message(
    bundle: &LocaleBundle,
    id: &str,
    args: &[(&str, Arg<'_>)],
) -> Result<String, RenderError> {
    bundle.format(id, args).map_err(|e| RenderError::Message {
        locale: bundle.code().to_string(),
        message: e.to_string(),
    })
}

/// The generated questions for `info`, in reading order, leaving out the subjects in
/// `replaced` (a curated entry answers those itself).
pub fn generated(
    info: &PortInfo,
    bundle: &LocaleBundle,
    replaced: &[GeneratedQuestion],
) -> Result<Vec<FaqView>, RenderError> {
    let port = info.port.to_string();
    let p = || ("port", Arg::Str(&port));
    let mut names: Vec<&str> = info.services.iter().map(|s| s.name.as_str()).collect();
    names.dedup();
    let names_text = names.join(", ");
    let purpose = if !names.is_empty() {
        let count = i64::try_from(names.len()).unwrap_or(i64::MAX);
        message(
            bundle,
            "faq-purpose-assigned",
            &[
                p(),
                ("names", Arg::Str(&names_text)),
                ("count", Arg::Num(count)),
            ],
        )?
    } else {
        let id = match info.statuses.first().map(|s| s.status) {
            Some(Status::Reserved) => "faq-purpose-reserved",
            Some(Status::Unassigned) => "faq-purpose-unassigned",
            Some(Status::DeRegistered | Status::Removed) => "faq-purpose-withdrawn",
            None => "faq-purpose-unlisted",
        };
        message(bundle, id, &[p()])?
    };
    let mut protocols: Vec<&str> = info
        .services
        .iter()
        .map(|s| s.protocol.as_str())
        .filter(|p| !p.is_empty())
        .collect();
    protocols.sort_unstable();
    protocols.dedup();
    let protocol_answer = if protocols.is_empty() {
        message(bundle, "faq-protocol-none", &[p()])?
    } else {
        let list = protocols.join(", ").to_uppercase();
        message(
            bundle,
            "faq-protocol-a",
            &[p(), ("protocols", Arg::Str(&list))],
        )?
    };
    let range_id = match PortClass::of(info.port) {
        PortClass::WellKnown => "faq-range-well-known",
        PortClass::Registered => "faq-range-registered",
        PortClass::Dynamic => "faq-range-dynamic",
    };
    let pairs = [
        (GeneratedQuestion::Purpose, "faq-purpose-q", purpose),
        (
            GeneratedQuestion::Protocol,
            "faq-protocol-q",
            protocol_answer,
        ),
        (
            GeneratedQuestion::Range,
            "faq-range-q",
            message(bundle, range_id, &[p()])?,
        ),
        (
            GeneratedQuestion::Listening,
            "faq-listening-q",
            message(bundle, "faq-listening-a", &[p()])?,
        ),
        (
            GeneratedQuestion::Safe,
            "faq-safe-q",
            message(bundle, "faq-safe-a", &[p()])?,
        ),
    ];
    pairs
        .into_iter()
        .filter(|(subject, _, _)| !replaced.contains(subject))
        .map(|(_, question, answer)| {
            Ok(FaqView {
                q: message(bundle, question, &[p()])?,
                a_html: crate::markdown::html_text(&answer),
                lang: None,
                dir: None,
            })
        })
        .collect()
}
