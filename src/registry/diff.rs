//! Comparing two registry versions row by row, for `portsite import-iana`.

use std::collections::BTreeMap;
use std::fmt;

use super::PortRegistry;
use super::port::Protocol;
use crate::port::{Port, PortRange};

/// Identifies one registry row across versions. Service names are not unique (`msp` is
/// on 18 and 2438), so the key is (port, protocol, name); status rows have an empty name.
#[derive(Clone, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct ServiceKey {
    /// The port, or the first port of a range; `None` for service-name-only rows.
    pub port: Option<Port>,
    /// The whole range for rows such as `x11` 6000-6063.
    pub range: Option<PortRange>,
    /// The transport protocol.
    pub protocol: Protocol,
    /// The service name, empty for Reserved/Unassigned/… rows.
    pub name: String,
}

impl fmt::Display for ServiceKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.range, self.port) {
            (Some(r), _) => write!(f, "{r}")?,
            (None, Some(p)) => write!(f, "{p}")?,
            (None, None) => f.write_str("(no port)")?,
        }
        if self.protocol != Protocol::Unspecified {
            write!(f, "/{}", self.protocol)?;
        }
        match self.name.as_str() {
            "" => f.write_str(" (no name)"),
            name => write!(f, " {name}"),
        }
    }
}

/// Which part of a row changed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ChangedField {
    /// The service name (including a name given up for a status, as on ports 2 and 3).
    Name,
    /// The display description.
    Description,
    /// `assigned`, or the status (`reserved`, `unassigned`, …).
    Status,
}

impl ChangedField {
    /// `"name"`, `"description"` or `"status"`.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangedField::Name => "name",
            ChangedField::Description => "description",
            ChangedField::Status => "status",
        }
    }
}

/// One field's old and new value.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct FieldChange {
    /// Which field.
    pub field: ChangedField,
    /// Its value in the old registry.
    pub old: String,
    /// Its value in the new registry.
    pub new: String,
}

/// A row present in both versions whose name, description or status differs.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ServiceChange {
    /// The row's key in the old registry.
    pub old: ServiceKey,
    /// The row's key in the new registry (differs from `old` only by name).
    pub new: ServiceKey,
    /// What changed, in the order name, description, status.
    pub fields: Vec<FieldChange>,
}

/// What changed between two registry versions; every list is sorted by key.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct RegistryDiff {
    /// Rows only in the new registry.
    pub added: Vec<ServiceKey>,
    /// Rows only in the old registry.
    pub removed: Vec<ServiceKey>,
    /// Rows in both that differ.
    pub changed: Vec<ServiceChange>,
}

impl RegistryDiff {
    /// Whether the two registries say the same thing.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

impl fmt::Display for RegistryDiff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for key in &self.added {
            writeln!(f, "+ {key}")?;
        }
        for key in &self.removed {
            writeln!(f, "- {key}")?;
        }
        for change in &self.changed {
            writeln!(f, "~ {}", change.new)?;
            for c in &change.fields {
                writeln!(f, "    {}: {:?} -> {:?}", c.field.as_str(), c.old, c.new)?;
            }
        }
        Ok(())
    }
}

/// The comparable content of one row.
#[derive(Clone, PartialEq, Eq, Debug)]
struct Snapshot {
    description: String,
    state: &'static str,
}

type Rows = BTreeMap<ServiceKey, Vec<Snapshot>>;

/// Compares `old` with `new`. A row whose name changed while its port and protocol kept
/// exactly one row on each side is reported as a change rather than a removal plus an
/// addition (compressnet on port 2 becoming Reserved).
pub fn diff(old: &PortRegistry, new: &PortRegistry) -> RegistryDiff {
    let (old_rows, new_rows) = (rows_of(old), rows_of(new));
    let mut result = RegistryDiff::default();
    for (key, olds) in &old_rows {
        let news = new_rows.get(key).map_or(&[][..], Vec::as_slice);
        for (i, before) in olds.iter().enumerate() {
            match news.get(i) {
                Some(after) => push_change(&mut result, key, key, before, after),
                None => result.removed.push(key.clone()),
            }
        }
    }
    for (key, news) in &new_rows {
        let known = old_rows.get(key).map_or(0, Vec::len);
        result
            .added
            .extend(news.iter().skip(known).map(|_| key.clone()));
    }
    pair_renames(&mut result, &old_rows, &new_rows);
    result.changed.sort_by(|a, b| a.new.cmp(&b.new));
    result
}

fn push_change(
    out: &mut RegistryDiff,
    old: &ServiceKey,
    new: &ServiceKey,
    a: &Snapshot,
    b: &Snapshot,
) {
    let mut fields = Vec::new();
    let mut note = |field, x: &str, y: &str| {
        if x != y {
            fields.push(FieldChange {
                field,
                old: x.to_owned(),
                new: y.to_owned(),
            });
        }
    };
    note(ChangedField::Name, &old.name, &new.name);
    note(ChangedField::Description, &a.description, &b.description);
    note(ChangedField::Status, a.state, b.state);
    if !fields.is_empty() {
        out.changed.push(ServiceChange {
            old: old.clone(),
            new: new.clone(),
            fields,
        });
    }
}

/// Turns a lone removal and a lone addition on the same port, range and protocol into a
/// rename.
fn pair_renames(out: &mut RegistryDiff, old_rows: &Rows, new_rows: &Rows) {
    let slot = |k: &ServiceKey| (k.port, k.range, k.protocol);
    let count =
        |keys: &[ServiceKey], k: &ServiceKey| keys.iter().filter(|x| slot(x) == slot(k)).count();
    let pairs: Vec<(ServiceKey, ServiceKey)> = out
        .removed
        .iter()
        .filter(|r| count(&out.removed, r) == 1 && count(&out.added, r) == 1)
        .filter_map(|r| {
            let a = out.added.iter().find(|a| slot(a) == slot(r))?;
            Some((r.clone(), a.clone()))
        })
        .collect();
    for (old, new) in pairs {
        out.removed.retain(|k| *k != old);
        out.added.retain(|k| *k != new);
        if let (Some(a), Some(b)) = (first(old_rows, &old), first(new_rows, &new)) {
            push_change(out, &old, &new, a, b);
        }
    }
}

fn first<'a>(rows: &'a Rows, key: &ServiceKey) -> Option<&'a Snapshot> {
    rows.get(key).and_then(|v| v.first())
}

/// Every row of `registry`, keyed; a range row is counted once, not once per port.
fn rows_of(registry: &PortRegistry) -> Rows {
    let mut rows = Rows::new();
    let mut push = |key: ServiceKey, snapshot| rows.entry(key).or_default().push(snapshot);
    for (port, s) in registry.service_rows() {
        let key = key(Some(port), s.range, s.protocol, &s.name);
        push(key, assigned(&s.description));
    }
    for (port, s) in registry.status_rows() {
        let description = s
            .description
            .clone()
            .unwrap_or_else(|| s.status.to_string());
        let snapshot = Snapshot {
            description,
            state: s.status.as_str(),
        };
        push(key(Some(port), s.range, s.protocol, ""), snapshot);
    }
    for s in registry.unnamed_services() {
        push(
            key(None, None, s.protocol, &s.name),
            assigned(&s.description),
        );
    }
    rows
}

fn key(port: Option<Port>, range: Option<PortRange>, protocol: Protocol, name: &str) -> ServiceKey {
    ServiceKey {
        port,
        range,
        protocol,
        name: name.to_owned(),
    }
}

fn assigned(description: &str) -> Snapshot {
    Snapshot {
        description: description.to_owned(),
        state: "assigned",
    }
}
