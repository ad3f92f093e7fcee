//! The FAQ every port page gets, generated from registry facts through Fluent.

use serde::Serialize;

use super::RenderError;
use super::facts::protocol_list;
use crate::content::GeneratedQuestion;
use crate::i18n::{Arg, LocaleBundle};
use crate::markdown::html_text;
use crate::port::Port;
use crate::registry::{PortClass, PortInfo, Protocol, Status};

/// One question and its answer as HTML.
#[derive(Serialize, Clone)]
pub struct FaqView {
    /// The question, plain text.
    pub q: String,
    /// The answer, HTML.
    pub a_html: String,
    /// The answer as the reader sees it, no markup and no escaping (for JSON-LD, which is
    /// made in Rust: templates do not get it).
    #[serde(skip_serializing)]
    pub a_text: String,
    /// The language of the item when it differs from the page's (an untranslated original).
    pub lang: Option<crate::config::LocaleCode>,
    /// The direction of that language.
    pub dir: Option<&'static str>,
    /// Whether a curated entry wrote it (else portsite generated it from the registry).
    pub curated: bool,
}

/// A section of the page an answer can send the reader to.
pub struct SectionLink<'a> {
    /// The heading as the page shows it.
    pub title: &'a str,
    /// The heading's id, the link's fragment.
    pub id: &'a str,
}

/// Formats a message, mapping the error to a render error for this locale.
pub fn message(
    bundle: &LocaleBundle,
    id: &str,
    args: &[(&str, Arg<'_>)],
) -> Result<String, RenderError> {
    bundle.format(id, args).map_err(|e| RenderError::Message {
        locale: bundle.code().clone(),
        message: e.to_string(),
    })
}

/// A generated answer as HTML for the page and as plain text for JSON-LD.
struct Answer {
    html: String,
    text: String,
}

impl Answer {
    fn plain(text: String) -> Answer {
        Answer {
            html: html_text(&text),
            text,
        }
    }
}

/// Stands in for the section title while a message is formatted, so the title can become
/// a link after the rest of the answer is escaped. A private-use character: never in text.
const SECTION_SLOT: &str = "\u{E000}";

/// The generated questions for `info`, in reading order, leaving out the subjects in
/// `replaced` (a curated entry answers those itself). `checks` is the section that holds
/// the "what is listening" commands, which one answer cites.
pub fn generated(
    info: &PortInfo<'_>,
    bundle: &LocaleBundle,
    replaced: &[GeneratedQuestion],
    checks: &SectionLink<'_>,
) -> Result<Vec<FaqView>, RenderError> {
    let port = info.port.to_string();
    let p = || ("port", Arg::Str(&port));
    let text = |id: &str| message(bundle, id, &[p()]).map(Answer::plain);
    let mut items = vec![
        (
            GeneratedQuestion::Purpose,
            "faq-purpose-q",
            Answer::plain(purpose(info, bundle)?),
        ),
        (
            GeneratedQuestion::Protocol,
            "faq-protocol-q",
            Answer::plain(protocol(info, bundle)?),
        ),
        (
            GeneratedQuestion::Range,
            "faq-range-q",
            text(range_answer(info.port))?,
        ),
    ];
    if info.port == Port::MIN {
        // Nothing can listen on port 0, so "which program uses it" and "is it safe to have
        // it open" have one answer, given once.
        items.push((
            GeneratedQuestion::Listening,
            "faq-zero-q",
            text("faq-zero-a")?,
        ));
    } else {
        let listening = message(
            bundle,
            "faq-listening-a",
            &[p(), ("section", Arg::Str(SECTION_SLOT))],
        )?;
        let link = format!(
            "<a href=\"#{}\">{}</a>",
            html_text(checks.id),
            html_text(checks.title)
        );
        let answer = Answer {
            html: html_text(&listening).replace(SECTION_SLOT, &link),
            text: listening.replace(SECTION_SLOT, checks.title),
        };
        items.push((GeneratedQuestion::Listening, "faq-listening-q", answer));
        items.push((GeneratedQuestion::Safe, "faq-safe-q", text("faq-safe-a")?));
    }
    items
        .into_iter()
        .filter(|(subject, _, _)| !replaced.contains(subject))
        .map(|(_, question, answer)| {
            Ok(FaqView {
                q: message(bundle, question, &[p()])?,
                a_html: answer.html,
                a_text: answer.text,
                lang: None,
                dir: None,
                curated: false,
            })
        })
        .collect()
}

/// "What is port N used for?": the registered names, or why there are none.
fn purpose(info: &PortInfo<'_>, bundle: &LocaleBundle) -> Result<String, RenderError> {
    let port = info.port.to_string();
    let names = info.service_names();
    let answer = if !names.is_empty() {
        let count = i64::try_from(names.len()).unwrap_or(i64::MAX);
        message(
            bundle,
            "faq-purpose-assigned",
            &[
                ("port", Arg::Str(&port)),
                ("names", Arg::Str(&bundle.and_list(&names))),
                ("count", Arg::Num(count)),
            ],
        )?
    } else {
        let id = match info.statuses.first().map(|s| s.status) {
            Some(Status::Reserved) if info.port == Port::MIN => "faq-purpose-zero",
            Some(Status::Reserved) => "faq-purpose-reserved",
            Some(Status::Unassigned) => "faq-purpose-unassigned",
            Some(Status::DeRegistered | Status::Removed) => "faq-purpose-withdrawn",
            None => "faq-purpose-unlisted",
        };
        message(bundle, id, &[("port", Arg::Str(&port))])?
    };
    Ok(answer)
}

/// "Does port N use TCP or UDP?": the protocols of the services, or of the status rows
/// when no service is registered, so a reserved port is never said to have no protocol.
fn protocol(info: &PortInfo<'_>, bundle: &LocaleBundle) -> Result<String, RenderError> {
    let port = info.port.to_string();
    let service_protocols = distinct(info.services.iter().map(|s| s.protocol));
    let status_protocols = distinct(info.statuses.iter().map(|s| s.protocol));
    let (id, protocols) = if !service_protocols.is_empty() {
        ("faq-protocol-a", service_protocols)
    } else if status_protocols.is_empty() {
        ("faq-protocol-none", Vec::new())
    } else {
        let id = match info.statuses.first().map(|s| s.status) {
            Some(Status::Reserved) => "faq-protocol-reserved",
            Some(Status::Unassigned) => "faq-protocol-unassigned",
            _ => "faq-protocol-withdrawn",
        };
        (id, status_protocols)
    };
    let listed = protocol_list(&protocols, bundle);
    message(
        bundle,
        id,
        &[("port", Arg::Str(&port)), ("protocols", Arg::Str(&listed))],
    )
}

/// The distinct named protocols, in the order tcp, udp, sctp, dccp.
fn distinct(protocols: impl Iterator<Item = Protocol>) -> Vec<&'static str> {
    let mut list: Vec<Protocol> = protocols.filter(|p| *p != Protocol::Unspecified).collect();
    list.sort_unstable();
    list.dedup();
    list.into_iter().map(|p| p.as_str()).collect()
}

fn range_answer(port: Port) -> &'static str {
    match PortClass::of(port) {
        PortClass::WellKnown => "faq-range-well-known",
        PortClass::Registered => "faq-range-registered",
        PortClass::Dynamic => "faq-range-dynamic",
    }
}
