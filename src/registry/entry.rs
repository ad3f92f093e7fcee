//! What the registry says about one port: its named services and its status rows.

use super::date::PartialDate;
use super::port::{PortClass, Protocol};
use super::reference::Reference;
use super::status::Status;
use crate::port::{Port, PortRange};

/// A named assignment: one registry row with a Service Name.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Service {
    /// The name as registered; may hold uppercase or legacy characters (`sql*net`).
    /// RFC 6335 compares names case-insensitively.
    pub name: String,
    /// The transport protocol of this row.
    pub protocol: Protocol,
    /// Display form: trimmed lines joined by a space, legacy-name sentence removed.
    /// Empty when the registry gives no description.
    pub description: String,
    /// The older, non-conforming name this one replaces (`acmaint_dbd`).
    pub legacy_name: Option<String>,
    /// Display form of the Assignee handles: `[Jon_Postel]` → `Jon Postel`.
    pub assignee: Option<String>,
    /// Display form of the Contact handles.
    pub contact: Option<String>,
    /// Registration date, possibly without a day.
    pub registered: Option<PartialDate>,
    /// Last modification date, possibly without a day.
    pub modified: Option<PartialDate>,
    /// The references cited, in order.
    pub references: Vec<Reference>,
    /// DCCP service code, for the few DCCP rows that have one.
    pub service_code: Option<u32>,
    /// Assignment Notes: trimmed lines joined by `\n` (notes hold lists such as TXT keys).
    pub notes: Option<String>,
    /// The "Unauthorized Use Reported" text, one line.
    pub unauthorized_use: Option<String>,
    /// The whole range when the row covers several ports (`x11` 6000-6063).
    pub range: Option<PortRange>,
}

/// A row without a service name: the port/protocol is reserved, unassigned or withdrawn.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct StatusEntry {
    /// The state of the port for `protocol`.
    pub status: Status,
    /// The transport protocol of this row (`Unspecified` when the registry left it empty).
    pub protocol: Protocol,
    /// The whole range when the row covers several ports (Unassigned 7748-7776).
    pub range: Option<PortRange>,
    /// Last modification date.
    pub modified: Option<PartialDate>,
    /// The references cited, in order.
    pub references: Vec<Reference>,
    /// Assignment Notes (for example the compressnet de-assignment on ports 2 and 3).
    pub notes: Option<String>,
    /// IANA's wording when it says more than the bare status
    /// (`Unassigned [was netstat]`, `any private mail system`).
    pub description: Option<String>,
    /// Display form of the Assignee handles, which a few reserved rows carry.
    pub assignee: Option<String>,
    /// Registration date, which a few de-registered rows carry.
    pub registered: Option<PartialDate>,
}

/// Everything the registry says about one port number: a view of the registry's rows,
/// made on request (range rows are stored once, not once per port).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct PortInfo<'a> {
    /// The port number.
    pub port: Port,
    /// Named assignments covering this port, in file order, named ranges included.
    pub services: Vec<&'a Service>,
    /// Status rows covering this port; a range row is left out for a protocol that has a
    /// row of its own for this port.
    pub statuses: Vec<&'a StatusEntry>,
}

impl<'a> PortInfo<'a> {
    /// Whether at least one named service covers the port.
    pub fn is_assigned(&self) -> bool {
        !self.services.is_empty()
    }

    /// Whether the registry has no row at all for the port (all of 49152-65535).
    pub fn is_unlisted(&self) -> bool {
        self.services.is_empty() && self.statuses.is_empty()
    }

    /// The RFC 6335 class of the port.
    pub fn class(&self) -> PortClass {
        PortClass::of(self.port)
    }

    /// The services registered for `protocol`, in file order.
    pub fn services_for(&self, protocol: Protocol) -> impl Iterator<Item = &'a Service> + '_ {
        self.services
            .iter()
            .copied()
            .filter(move |s| s.protocol == protocol)
    }

    /// The status rows for `protocol`, in file order.
    pub fn statuses_for(&self, protocol: Protocol) -> impl Iterator<Item = &'a StatusEntry> + '_ {
        self.statuses
            .iter()
            .copied()
            .filter(move |s| s.protocol == protocol)
    }

    /// The distinct service names on this port, in file order (`http`, `www`, `www-http`).
    pub fn service_names(&self) -> Vec<&'a str> {
        let mut names: Vec<&'a str> = Vec::new();
        for s in &self.services {
            if !names.iter().any(|n| n.eq_ignore_ascii_case(&s.name)) {
                names.push(&s.name);
            }
        }
        names
    }
}
