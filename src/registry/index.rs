//! Spreads the rows over the 65,536 ports: ranges expanded, specific rows beating ranges.

use super::entry::{PortInfo, Service};
use super::port::{PortRange, PortSpec, Protocol};
use super::record::{Row, RowKind};

/// Number of port numbers, 0-65535.
pub(crate) const PORT_COUNT: usize = 1 << 16;

/// The per-port table and the rows that have no port.
pub(crate) struct Index {
    /// Exactly [`PORT_COUNT`] entries, indexed by port number.
    pub ports: Vec<PortInfo>,
    /// Service-name-only rows, in file order.
    pub unnamed: Vec<Service>,
}

/// Builds the table from rows in file order.
///
/// A status range (Unassigned 7748-7776) is left out of a port where a single-port row
/// exists for an overlapping protocol (inetfs 7775/tcp), because the specific row is the
/// registry's current word on that port. Named ranges are assignments and always kept.
pub(crate) fn build(rows: Vec<Row>) -> Index {
    let specific = specific_protocols(&rows);
    let mut ports: Vec<PortInfo> = (0..=u16::MAX).map(PortInfo::empty).collect();
    let mut unnamed = Vec::new();
    for row in rows {
        match (row.ports, row.kind) {
            (PortSpec::None, RowKind::Service(s)) => unnamed.push(s),
            // Rejected while reading: a status row always has a port.
            (PortSpec::None, RowKind::Status(_)) => {}
            (PortSpec::Single(p), RowKind::Service(s)) => ports[usize::from(p)].services.push(s),
            (PortSpec::Single(p), RowKind::Status(s)) => ports[usize::from(p)].statuses.push(s),
            (PortSpec::Range(r), RowKind::Service(s)) => {
                for p in each_port(r) {
                    ports[p].services.push(s.clone());
                }
            }
            (PortSpec::Range(r), RowKind::Status(s)) => {
                for p in each_port(r) {
                    if !specific[p].overlaps(s.protocol) {
                        ports[p].statuses.push(s.clone());
                    }
                }
            }
        }
    }
    // Vec growth leaves most ports with room for four rows; the table lives for the whole
    // build, so give the unused two thirds back.
    for info in &mut ports {
        info.services.shrink_to_fit();
        info.statuses.shrink_to_fit();
    }
    Index { ports, unnamed }
}

fn each_port(range: PortRange) -> impl Iterator<Item = usize> {
    usize::from(range.start)..=usize::from(range.end)
}

/// Which protocols have a single-port row, per port.
fn specific_protocols(rows: &[Row]) -> Vec<ProtocolSet> {
    let mut set = vec![ProtocolSet::default(); PORT_COUNT];
    for row in rows {
        if let PortSpec::Single(p) = row.ports {
            let protocol = match &row.kind {
                RowKind::Service(s) => s.protocol,
                RowKind::Status(s) => s.protocol,
            };
            set[usize::from(p)].insert(protocol);
        }
    }
    set
}

/// A tiny bit set of protocols, one byte per port.
#[derive(Clone, Copy, Default)]
struct ProtocolSet(u8);

impl ProtocolSet {
    fn bit(protocol: Protocol) -> u8 {
        1 << (protocol as u8)
    }

    fn insert(&mut self, protocol: Protocol) {
        self.0 |= Self::bit(protocol);
    }

    /// Whether a row for `protocol` may describe the same traffic as a row in the set.
    /// An unspecified protocol is treated as overlapping every protocol.
    fn overlaps(self, protocol: Protocol) -> bool {
        if protocol == Protocol::Unspecified {
            return self.0 != 0;
        }
        self.0 & (Self::bit(protocol) | Self::bit(Protocol::Unspecified)) != 0
    }
}
