//! The kinds of pages and the port ranges they are grouped into.

use crate::port::{Port, PortRange};

/// One page of the site, in some locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PageKind {
    /// The home page.
    Home,
    /// A port's page.
    Port(Port),
    /// A page listing a block of ports.
    Range(PortRange),
    /// The "not found" page.
    NotFound,
    /// The contributors' page: every curated entry's translation state per locale.
    Translations,
}

/// The range pages covering `span` in blocks of `size` aligned to multiples of `size`.
pub fn port_ranges(span: PortRange, size: u32) -> Vec<PortRange> {
    let mut ranges = Vec::new();
    let mut start = Some(span.start());
    while let Some(first) = start.filter(|p| *p <= span.end()) {
        let block_end = (u32::from(first) / size + 1) * size - 1;
        let last = u16::try_from(block_end).map_or(span.end(), |e| Port::new(e).min(span.end()));
        ranges.extend(PortRange::new(first, last));
        start = last.checked_add(1);
    }
    ranges
}

/// The range page that lists `port`.
pub fn range_of(port: Port, ranges: &[PortRange]) -> Option<PortRange> {
    let i = ranges.partition_point(|r| r.end() < port);
    ranges.get(i).copied().filter(|r| r.start() <= port)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(start: u16, end: u16) -> PortRange {
        PortRange::new(Port::new(start), Port::new(end)).unwrap()
    }

    #[test]
    fn ranges_are_aligned_blocks() {
        let ranges = port_ranges(PortRange::ALL, 1000);
        assert_eq!(ranges.len(), 66);
        assert_eq!(ranges[0], range(0, 999));
        assert_eq!(ranges[65], range(65000, 65535));
        assert_eq!(range_of(Port::new(3712), &ranges), Some(range(3000, 3999)));
    }

    #[test]
    fn partial_spans_start_mid_block() {
        let ranges = port_ranges(range(3700, 3720), 1000);
        assert_eq!(ranges, vec![range(3700, 3720)]);
        assert_eq!(range_of(Port::new(10), &ranges), None);
    }

    #[test]
    fn one_block_can_hold_every_port() {
        assert_eq!(port_ranges(PortRange::ALL, 65536), vec![PortRange::ALL]);
        assert_eq!(
            port_ranges(range(65535, 65535), 1),
            vec![range(65535, 65535)]
        );
    }
}
