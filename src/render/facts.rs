//! Registry facts for one port as views: services merged across protocols, statuses, dates.

use serde::Serialize;

use crate::i18n::LocaleBundle;
use crate::registry::{PartialDate, PortInfo, Reference, Service, StatusEntry};

/// One registered service, its protocols merged when every other fact is the same.
#[derive(Serialize)]
pub struct ServiceView<'a> {
    /// The service name as registered.
    pub name: &'a str,
    /// The transport protocols (`tcp`, `udp`, ...); empty when the registry leaves it open.
    pub protocols: Vec<&'static str>,
    /// The registry's description.
    pub description: &'a str,
    /// The older name this one replaced, if any.
    pub legacy_name: Option<&'a str>,
    /// Assignee handle.
    pub assignee: Option<&'a str>,
    /// Contact handle.
    pub contact: Option<&'a str>,
    /// Registration date, localized.
    pub registered: Option<String>,
    /// Last modification date, localized.
    pub modified: Option<String>,
    /// References, with links where one exists.
    pub references: Vec<ReferenceView>,
    /// Assignment notes.
    pub notes: Option<&'a str>,
    /// Reported unauthorized use.
    pub unauthorized_use: Option<&'a str>,
    /// The whole registered range, when the assignment covers several ports.
    pub range: Option<Span>,
}

/// A status row (Reserved, Unassigned, ...), merged across protocols.
#[derive(Serialize)]
pub struct StatusView<'a> {
    /// `reserved`, `unassigned`, `de-registered` or `removed`.
    pub status: &'static str,
    /// The protocols the status applies to.
    pub protocols: Vec<&'static str>,
    /// The range the status row covers, if it is a range.
    pub range: Option<Span>,
    /// Notes (e.g. the history of a de-assignment).
    pub notes: Option<&'a str>,
    /// Last modification date, localized.
    pub modified: Option<String>,
}

/// An inclusive span of ports.
#[derive(Serialize)]
pub struct Span {
    /// First port.
    pub start: u16,
    /// Last port.
    pub end: u16,
}

/// A reference to an RFC, a draft, a person or free text.
#[derive(Serialize)]
pub struct ReferenceView {
    /// What to show.
    pub label: String,
    /// Where it links, if anywhere.
    pub url: Option<String>,
}

/// The services registered for `info`, merged across protocols.
pub fn services<'a>(info: &'a PortInfo<'_>, bundle: &LocaleBundle) -> Vec<ServiceView<'a>> {
    let mut views: Vec<(&'a Service, ServiceView<'a>)> = Vec::new();
    for service in &info.services {
        if let Some((_, view)) = views.iter_mut().find(|(s, _)| same_assignment(s, service)) {
            push_protocol(&mut view.protocols, service.protocol.as_str());
            continue;
        }
        let mut protocols = Vec::new();
        push_protocol(&mut protocols, service.protocol.as_str());
        views.push((
            service,
            ServiceView {
                name: &service.name,
                protocols,
                description: &service.description,
                legacy_name: service.legacy_name.as_deref(),
                assignee: service.assignee.as_deref(),
                contact: service.contact.as_deref(),
                registered: service.registered.map(|d| date(bundle, d)),
                modified: service.modified.map(|d| date(bundle, d)),
                references: service.references.iter().map(reference).collect(),
                notes: service.notes.as_deref(),
                unauthorized_use: service.unauthorized_use.as_deref(),
                range: service.range.map(|r| Span {
                    start: r.start,
                    end: r.end,
                }),
            },
        ));
    }
    views.into_iter().map(|(_, view)| view).collect()
}

/// The status rows of `info`, merged across protocols.
pub fn statuses<'a>(info: &'a PortInfo<'_>, bundle: &LocaleBundle) -> Vec<StatusView<'a>> {
    let mut views: Vec<(&'a StatusEntry, StatusView<'a>)> = Vec::new();
    for entry in &info.statuses {
        let same = |s: &StatusEntry| {
            s.status == entry.status && s.range == entry.range && s.notes == entry.notes
        };
        if let Some((_, view)) = views.iter_mut().find(|(s, _)| same(s)) {
            push_protocol(&mut view.protocols, entry.protocol.as_str());
            continue;
        }
        let mut protocols = Vec::new();
        push_protocol(&mut protocols, entry.protocol.as_str());
        views.push((
            entry,
            StatusView {
                status: entry.status.as_str(),
                protocols,
                range: entry.range.map(|r| Span {
                    start: r.start,
                    end: r.end,
                }),
                notes: entry.notes.as_deref(),
                modified: entry.modified.map(|d| date(bundle, d)),
            },
        ));
    }
    views.into_iter().map(|(_, view)| view).collect()
}

fn same_assignment(a: &Service, b: &Service) -> bool {
    a.name == b.name
        && a.description == b.description
        && a.assignee == b.assignee
        && a.registered == b.registered
        && a.range == b.range
}

fn push_protocol(protocols: &mut Vec<&'static str>, protocol: &'static str) {
    if !protocol.is_empty() && !protocols.contains(&protocol) {
        protocols.push(protocol);
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
        Reference::Draft(text) | Reference::Person(text) | Reference::Text(text) => text.clone(),
    };
    ReferenceView {
        label,
        url: reference.url(),
    }
}
