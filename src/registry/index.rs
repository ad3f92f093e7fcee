//! The port index: every row stored once, single-port rows found by port number, range rows
//! found by an interval search, and the two merged in file order when a port is asked for.
//!
//! A range row is not copied onto each port it covers: 100 rows covering 0-65535 (an 8 KB
//! file) would otherwise become 6.5 million copies. Memory is the rows themselves plus a
//! fixed 256 KB table of where each port's single-port rows start.

use super::entry::{PortInfo, Service, StatusEntry};
use super::port::{PortSpec, Protocol};
use super::record::{Row, RowKind};
use crate::port::{Port, PortRange};

/// Number of port numbers, 0-65535.
pub(crate) const PORT_COUNT: usize = 1 << 16;

/// A row with a port, by its place in `services` or `statuses` (file order within each).
#[derive(Clone, Copy, Debug)]
enum RowRef {
    Service(u32),
    Status(u32),
}

/// A row covering a range of ports.
#[derive(Clone, Copy, Debug)]
struct RangeRef {
    range: PortRange,
    row: RowRef,
}

/// Every row with a port, and how to find the rows of one port.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    /// Service rows with a port, in file order, each with its (first) port.
    services: Vec<(Port, Service)>,
    /// Status rows, in file order, each with its (first) port.
    statuses: Vec<(Port, StatusEntry)>,
    /// `single[starts[p]..starts[p + 1]]` are the single-port rows of port `p`.
    starts: Vec<u32>,
    single: Vec<RowRef>,
    /// Range rows sorted by first port; `reach[i]` is the highest last port of `ranges[..=i]`.
    ranges: Vec<RangeRef>,
    reach: Vec<Port>,
}

/// Builds the index from rows in file order; returns it and the service-name-only rows.
pub(crate) fn build(rows: Vec<Row>) -> (Index, Vec<Service>) {
    let mut index = Index::default();
    let mut unnamed = Vec::new();
    let mut per_port: Vec<(Port, RowRef)> = Vec::new();
    for row in rows {
        let first = match row.ports {
            PortSpec::None => None,
            PortSpec::Single(p) => Some(p),
            PortSpec::Range(r) => Some(r.start()),
        };
        let row_ref = match (first, row.kind) {
            (None, RowKind::Service(s)) => {
                unnamed.push(s);
                continue;
            }
            // Rejected while reading: a status row always has a port.
            (None, RowKind::Status(_)) => continue,
            (Some(p), RowKind::Service(s)) => {
                index.services.push((p, s));
                RowRef::Service(as_u32(index.services.len() - 1))
            }
            (Some(p), RowKind::Status(s)) => {
                index.statuses.push((p, s));
                RowRef::Status(as_u32(index.statuses.len() - 1))
            }
        };
        match row.ports {
            PortSpec::Range(range) => index.ranges.push(RangeRef {
                range,
                row: row_ref,
            }),
            PortSpec::Single(p) => per_port.push((p, row_ref)),
            PortSpec::None => {}
        }
    }
    // A stable sort keeps file order among a port's rows.
    per_port.sort_by_key(|(p, _)| *p);
    index.starts = Vec::with_capacity(PORT_COUNT + 1);
    let mut next = 0;
    for port in 0..PORT_COUNT {
        index.starts.push(as_u32(next));
        while per_port
            .get(next)
            .is_some_and(|(p, _)| usize::from(*p) == port)
        {
            next += 1;
        }
    }
    index.starts.push(as_u32(next));
    index.single = per_port.into_iter().map(|(_, r)| r).collect();
    index.ranges.sort_by_key(|r| r.range.start());
    let mut highest = Port::MIN;
    index.reach = index
        .ranges
        .iter()
        .map(|r| {
            highest = highest.max(r.range.end());
            highest
        })
        .collect();
    index.services.shrink_to_fit();
    index.statuses.shrink_to_fit();
    (index, unnamed)
}

/// A row position as stored: a registry has far fewer than 4 billion rows (its text is
/// read into memory whole).
fn as_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Index {
    /// Everything the registry says about `port`, services and statuses each in file order.
    ///
    /// A status range (Unassigned 7748-7776) is left out where a single-port row exists
    /// for an overlapping protocol (inetfs 7775/tcp), because the specific row is the
    /// registry's current word on that port. Named ranges are assignments and always kept.
    pub(crate) fn port(&self, port: Port) -> PortInfo<'_> {
        let p = usize::from(port);
        let singles = &self.single[self.starts[p] as usize..self.starts[p + 1] as usize];
        let (mut services, mut statuses) = (Vec::new(), Vec::new());
        let mut specific = ProtocolSet::default();
        for row in singles {
            match *row {
                RowRef::Service(i) => {
                    services.push(i);
                    specific.insert(self.services[i as usize].1.protocol);
                }
                RowRef::Status(i) => {
                    statuses.push(i);
                    specific.insert(self.statuses[i as usize].1.protocol);
                }
            }
        }
        for range in self.covering(port) {
            match range.row {
                RowRef::Service(i) => services.push(i),
                RowRef::Status(i) if !specific.overlaps(self.statuses[i as usize].1.protocol) => {
                    statuses.push(i);
                }
                RowRef::Status(_) => {}
            }
        }
        services.sort_unstable();
        statuses.sort_unstable();
        PortInfo {
            port,
            services: services
                .iter()
                .map(|&i| &self.services[i as usize].1)
                .collect(),
            statuses: statuses
                .iter()
                .map(|&i| &self.statuses[i as usize].1)
                .collect(),
        }
    }

    /// The range rows covering `port`: those starting at or before it, scanned backwards
    /// until no earlier range reaches it.
    fn covering(&self, port: Port) -> impl Iterator<Item = &RangeRef> {
        let candidates = self.ranges.partition_point(|r| r.range.start() <= port);
        (0..candidates)
            .rev()
            .take_while(move |&i| self.reach[i] >= port)
            .map(|i| &self.ranges[i])
            .filter(move |r| r.range.end() >= port)
    }

    /// Whether a named service covers `port` (cheaper than [`Index::port`]).
    pub(crate) fn is_assigned(&self, port: Port) -> bool {
        let p = usize::from(port);
        let singles = &self.single[self.starts[p] as usize..self.starts[p + 1] as usize];
        singles.iter().any(|r| matches!(r, RowRef::Service(_)))
            || self
                .covering(port)
                .any(|r| matches!(r.row, RowRef::Service(_)))
    }

    /// Service rows with a port, in file order, each with its first port.
    pub(crate) fn services(&self) -> impl Iterator<Item = (Port, &Service)> {
        self.services.iter().map(|(p, s)| (*p, s))
    }

    /// Status rows, in file order, each with its first port.
    pub(crate) fn statuses(&self) -> impl Iterator<Item = (Port, &StatusEntry)> {
        self.statuses.iter().map(|(p, s)| (*p, s))
    }
}

/// A tiny bit set of protocols.
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
