//! Which ports of the span have a page of their own (`port_pages` in site.yaml): every one,
//! or only those the registry names or a curated entry describes.

use crate::config::PortPages;
use crate::port::{Port, PortRange};
use crate::registry::{PortRegistry, Status};

/// A set of port numbers, one bit per port (8 KiB for all 65,536).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortSet {
    bits: Vec<u64>,
}

impl PortSet {
    /// Every port.
    pub fn all() -> PortSet {
        PortSet {
            bits: vec![u64::MAX; 1024],
        }
    }

    /// The ports for which `keep` holds.
    pub fn from_fn(keep: impl Fn(Port) -> bool) -> PortSet {
        let mut set = PortSet {
            bits: vec![0u64; 1024],
        };
        for port in Port::all().filter(|p| keep(*p)) {
            set.insert(port);
        }
        set
    }

    /// The ports that get a page under `setting`: with `registered`, ports with a named
    /// service or a reserved, de-registered or removed row, plus every `curated` port.
    /// Unassigned rows do not count: IANA lists most of 1024–49151 as unassigned ranges,
    /// and pages saying only "unassigned" are what make the full site too large for hosts.
    pub fn for_setting(setting: PortPages, registry: &PortRegistry, curated: &[Port]) -> PortSet {
        match setting {
            PortPages::All => PortSet::all(),
            PortPages::Registered => {
                let mut set = PortSet::from_fn(|port| is_registered(registry, port));
                for port in curated {
                    set.insert(*port);
                }
                set
            }
        }
    }

    /// Whether `port` is in the set.
    pub fn contains(&self, port: Port) -> bool {
        let n = port.get();
        self.bits[usize::from(n / 64)] & (1 << (n % 64)) != 0
    }

    /// How many ports of `range` are in the set.
    pub fn count_in(&self, range: PortRange) -> usize {
        range.iter().filter(|p| self.contains(*p)).count()
    }

    fn insert(&mut self, port: Port) {
        let n = port.get();
        self.bits[usize::from(n / 64)] |= 1 << (n % 64);
    }
}

/// Whether the registry names `port`: a service, or a status other than unassigned.
fn is_registered(registry: &PortRegistry, port: Port) -> bool {
    registry.is_assigned(port)
        || registry
            .port(port)
            .statuses
            .iter()
            .any(|s| s.status != Status::Unassigned)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    const CSV: &str = "Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,Registration Date,Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment Notes\n\
echo,7,tcp,Echo,,,,,,,,\n\
,8,tcp,Unassigned,,,,,,,,\n\
,9-20,tcp,Reserved,,,,,,,,\n";

    #[test]
    fn registered_keeps_services_reserved_rows_and_curated_ports() {
        let registry = PortRegistry::from_str_source(CSV, Path::new("r.csv")).unwrap();
        let set = PortSet::for_setting(PortPages::Registered, &registry, &[Port::new(60000)]);
        let kept: Vec<u16> = Port::all()
            .filter(|p| set.contains(*p))
            .map(Port::get)
            .collect();
        let mut expected = vec![7];
        expected.extend(9..=20);
        expected.push(60000);
        assert_eq!(kept, expected);
        assert_eq!(set.count_in("0-10".parse().unwrap()), 3);
        let all = PortSet::for_setting(PortPages::All, &registry, &[]);
        assert_eq!(all.count_in(PortRange::ALL), 65536);
    }
}
