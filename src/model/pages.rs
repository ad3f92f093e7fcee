//! The kinds of pages and the port ranges they are grouped into.

/// An inclusive block of ports listed on one range page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct PortRange {
    /// First port.
    pub start: u16,
    /// Last port.
    pub end: u16,
}

/// One page of the site, in some locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PageKind {
    /// The home page.
    Home,
    /// A port's page.
    Port(u16),
    /// A page listing a block of ports.
    Range(PortRange),
    /// The "not found" page.
    NotFound,
    /// The contributors' page: every curated entry's translation state per locale.
    Translations,
}

/// The range pages covering `from..=to` in blocks of `size` aligned to multiples of `size`.
pub fn port_ranges(from: u16, to: u16, size: u32) -> Vec<PortRange> {
    let mut ranges = Vec::new();
    let mut start = u32::from(from);
    while start <= u32::from(to) {
        let block_end = (start / size + 1) * size - 1;
        let end = block_end.min(u32::from(to));
        ranges.push(PortRange {
            start: start as u16,
            end: end as u16,
        });
        start = end + 1;
    }
    ranges
}

/// The range page that lists `port`.
pub fn range_of(port: u16, ranges: &[PortRange]) -> Option<PortRange> {
    let i = ranges.partition_point(|r| r.end < port);
    ranges.get(i).copied().filter(|r| r.start <= port)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_are_aligned_blocks() {
        let ranges = port_ranges(0, 65535, 1000);
        assert_eq!(ranges.len(), 66);
        assert_eq!(ranges[0], PortRange { start: 0, end: 999 });
        assert_eq!(
            ranges[65],
            PortRange {
                start: 65000,
                end: 65535
            }
        );
        assert_eq!(
            range_of(3712, &ranges),
            Some(PortRange {
                start: 3000,
                end: 3999
            })
        );
    }

    #[test]
    fn partial_spans_start_mid_block() {
        let ranges = port_ranges(3700, 3720, 1000);
        assert_eq!(
            ranges,
            vec![PortRange {
                start: 3700,
                end: 3720
            }]
        );
        assert_eq!(range_of(10, &ranges), None);
    }
}
