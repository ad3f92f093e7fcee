//! Registry facts for one port as views: one row per service name (its registrations
//! merged across protocols), status sentences, dates and references.

use serde::Serialize;

use super::RenderError;
use super::faq::message;
use super::port_notes;
use crate::i18n::{Arg, LocaleBundle};
use crate::port::Port;
use crate::registry::{PartialDate, PortInfo, Protocol, Reference, Service, StatusEntry};

/// One service name and everything registered under it on this port.
#[derive(Serialize)]
pub struct ServiceView<'a> {
    /// The service name as first registered (names compare case-insensitively).
    pub name: &'a str,
    /// Every protocol the name is registered for, in registry order (`tcp`, `udp`, ...).
    pub protocols: Vec<&'static str>,
    /// The same protocols as the locale writes a list: "TCP und UDP".
    pub protocols_text: String,
    /// The name's registrations; several when they differ in more than the protocol
    /// (`http` over TCP and UDP by the IESG, over SCTP by another assignee).
    pub registrations: Vec<RegistrationView<'a>>,
}

/// One registration: registry rows that say the same thing for different protocols.
#[derive(Serialize)]
pub struct RegistrationView<'a> {
    /// The transport protocols of these rows; empty when the registry leaves it open.
    pub protocols: Vec<&'static str>,
    /// The same protocols as the locale writes a list.
    pub protocols_text: String,
    /// The registry's description.
    pub description: &'a str,
    /// The older name this one replaced, if any.
    pub legacy_name: Option<&'a str>,
    /// Assignee, as names.
    pub assignee: Option<&'a str>,
    /// Contact, as names.
    pub contact: Option<&'a str>,
    /// Registration date, localized.
    pub registered: Option<String>,
    /// Last modification date, localized.
    pub modified: Option<String>,
    /// References, with links where one exists.
    pub references: Vec<ReferenceView>,
    /// Assignment notes.
    pub notes: Option<&'a str>,
    /// Reported unauthorized use, when it concerns this port.
    pub unauthorized_use: Option<&'a str>,
    /// The whole registered range, when the assignment covers several ports.
    pub range: Option<Span>,
}

/// A status row (Reserved, Unassigned, ...), merged across protocols, as a sentence.
#[derive(Serialize)]
pub struct StatusView<'a> {
    /// `reserved`, `unassigned`, `de-registered` or `removed`.
    pub status: &'static str,
    /// The whole status, as one localized sentence (protocols, range, date).
    pub sentence: String,
    /// Notes (e.g. the history of a de-assignment).
    pub notes: Option<&'a str>,
    /// The references IANA gives for the status (RFC 6335 for reserved ports).
    pub references: Vec<ReferenceView>,
}

/// An inclusive span of ports.
#[derive(Serialize)]
pub struct Span {
    /// First port.
    pub start: Port,
    /// Last port.
    pub end: Port,
}

/// A reference to an RFC, a draft, a person or free text.
#[derive(Serialize)]
pub struct ReferenceView {
    /// What to show.
    pub label: String,
    /// Where it links, if anywhere.
    pub url: Option<String>,
}

/// The services registered for `info`: one view per distinct name, in registry order.
pub fn services<'a>(info: &'a PortInfo<'_>, bundle: &LocaleBundle) -> Vec<ServiceView<'a>> {
    let mut views: Vec<(Vec<&'a Service>, ServiceView<'a>)> = Vec::new();
    for service in &info.services {
        let position = views
            .iter()
            .position(|(_, v)| v.name.eq_ignore_ascii_case(&service.name));
        let (rows, view) = match position {
            Some(i) => &mut views[i],
            None => {
                views.push((
                    Vec::new(),
                    ServiceView {
                        name: &service.name,
                        protocols: Vec::new(),
                        protocols_text: String::new(),
                        registrations: Vec::new(),
                    },
                ));
                views.last_mut().expect("just pushed")
            }
        };
        push_protocol(&mut view.protocols, service.protocol);
        match rows.iter().position(|s| same_assignment(s, service)) {
            Some(i) => push_protocol(&mut view.registrations[i].protocols, service.protocol),
            None => {
                rows.push(service);
                view.registrations
                    .push(registration(service, info.port, bundle));
            }
        }
    }
    views
        .into_iter()
        .map(|(_, mut view)| {
            view.protocols_text = protocol_list(&view.protocols, bundle);
            for registration in &mut view.registrations {
                registration.protocols_text = protocol_list(&registration.protocols, bundle);
            }
            view
        })
        .collect()
}

fn registration<'a>(
    service: &'a Service,
    port: Port,
    bundle: &LocaleBundle,
) -> RegistrationView<'a> {
    let mut protocols = Vec::new();
    push_protocol(&mut protocols, service.protocol);
    RegistrationView {
        protocols,
        protocols_text: String::new(),
        description: &service.description,
        legacy_name: service.legacy_name.as_deref(),
        assignee: service.assignee.as_deref(),
        contact: service.contact.as_deref(),
        registered: service.registered.map(|d| date(bundle, d)),
        modified: service.modified.map(|d| date(bundle, d)),
        references: service.references.iter().map(reference).collect(),
        notes: service.notes.as_deref(),
        unauthorized_use: service
            .unauthorized_use
            .as_deref()
            .filter(|text| port_notes::concerns(text, port)),
        range: service.range.map(|r| Span {
            start: r.start(),
            end: r.end(),
        }),
    }
}

/// The status rows of `info`, merged across protocols, each as a localized sentence.
pub fn statuses<'a>(
    info: &'a PortInfo<'_>,
    bundle: &LocaleBundle,
) -> Result<Vec<StatusView<'a>>, RenderError> {
    let mut groups: Vec<(&'a StatusEntry, Vec<&'static str>)> = Vec::new();
    for entry in &info.statuses {
        let same = |s: &StatusEntry| {
            s.status == entry.status && s.range == entry.range && s.notes == entry.notes
        };
        match groups.iter_mut().find(|(s, _)| same(s)) {
            Some((_, protocols)) => push_protocol(protocols, entry.protocol),
            None => {
                let mut protocols = Vec::new();
                push_protocol(&mut protocols, entry.protocol);
                groups.push((entry, protocols));
            }
        }
    }
    groups
        .into_iter()
        .map(|(entry, protocols)| {
            Ok(StatusView {
                status: entry.status.as_str(),
                sentence: status_sentence(info.port, entry, &protocols, bundle)?,
                notes: entry.notes.as_deref(),
                references: entry.references.iter().map(reference).collect(),
            })
        })
        .collect()
}

/// "Port 0 is reserved by IANA for TCP and UDP: …", plus the range and date it covers.
fn status_sentence(
    port: Port,
    entry: &StatusEntry,
    protocols: &[&'static str],
    bundle: &LocaleBundle,
) -> Result<String, RenderError> {
    let number = port.to_string();
    let listed = protocol_list(protocols, bundle);
    let base = format!("status-{}", entry.status.as_str());
    let mut sentence = if protocols.is_empty() {
        message(bundle, &base, &[("port", Arg::Str(&number))])?
    } else {
        // The count lets a language say "that protocol" or "these protocols" instead of
        // repeating the list.
        let count = i64::try_from(protocols.len()).unwrap_or(i64::MAX);
        message(
            bundle,
            &format!("{base}-for"),
            &[
                ("port", Arg::Str(&number)),
                ("protocols", Arg::Str(&listed)),
                ("protocol_count", Arg::Num(count)),
            ],
        )?
    };
    if let Some(range) = entry.range {
        let (start, end) = (range.start().to_string(), range.end().to_string());
        let covers = message(
            bundle,
            "status-in-range",
            &[("start", Arg::Str(&start)), ("end", Arg::Str(&end))],
        )?;
        sentence.push(' ');
        sentence.push_str(&covers);
    }
    if let Some(modified) = entry.modified {
        let changed = message(
            bundle,
            "facts-modified-on",
            &[("date", Arg::Str(&date(bundle, modified)))],
        )?;
        sentence.push(' ');
        sentence.push_str(&changed);
    }
    Ok(sentence)
}

/// Protocols as the locale writes a list of them: "TCP and UDP", "TCP ve UDP".
pub fn protocol_list(protocols: &[&str], bundle: &LocaleBundle) -> String {
    let upper: Vec<String> = protocols.iter().map(|p| p.to_uppercase()).collect();
    bundle.and_list(&upper)
}

fn same_assignment(a: &Service, b: &Service) -> bool {
    a.description == b.description
        && a.assignee == b.assignee
        && a.contact == b.contact
        && a.registered == b.registered
        && a.modified == b.modified
        && a.references == b.references
        && a.notes == b.notes
        && a.unauthorized_use == b.unauthorized_use
        && a.legacy_name == b.legacy_name
        && a.range == b.range
}

fn push_protocol(protocols: &mut Vec<&'static str>, protocol: Protocol) {
    let name = protocol.as_str();
    if !name.is_empty() && !protocols.contains(&name) {
        protocols.push(name);
    }
}

fn date(bundle: &LocaleBundle, date: PartialDate) -> String {
    bundle.date(date.year, date.month, date.day)
}

fn reference(reference: &Reference) -> ReferenceView {
    let label = match reference {
        Reference::Rfc { number, section } => match section {
            Some(section) => format!("RFC {number}, {section}"),
            None => format!("RFC {number}"),
        },
        Reference::Person(handle) => crate::registry::handle_as_name(handle),
        Reference::Draft(text) | Reference::Text(text) => text.clone(),
    };
    ReferenceView {
        label,
        url: reference.url(),
    }
}
