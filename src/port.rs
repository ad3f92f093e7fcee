//! Port numbers and inclusive port ranges: the values every stage passes around, from the
//! registry and `site.yaml` (load) through the page plan (model) to the templates.
//!
//! Both serialize as plain numbers (`80`, `{"start": 0, "end": 999}`), so templates and
//! JSON see the same values as when ports were bare `u16`s.

use std::fmt;
use std::iter::Map;
use std::ops::RangeInclusive;
use std::str::FromStr;

/// A TCP/UDP port number, 0 to 65535.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(transparent)]
pub struct Port(u16);

impl Port {
    /// The lowest port, 0.
    pub const MIN: Port = Port(0);
    /// The highest port, 65535.
    pub const MAX: Port = Port(u16::MAX);

    /// The port numbered `number`.
    pub const fn new(number: u16) -> Port {
        Port(number)
    }

    /// The port's number.
    pub const fn get(self) -> u16 {
        self.0
    }

    /// Every port, 0 to 65535, ascending.
    pub fn all() -> PortIter {
        PortRange::ALL.iter()
    }

    /// The port `n` above this one, if there is one.
    pub fn checked_add(self, n: u16) -> Option<Port> {
        self.0.checked_add(n).map(Port)
    }
}

impl From<u16> for Port {
    fn from(number: u16) -> Port {
        Port(number)
    }
}

impl From<Port> for u16 {
    fn from(port: Port) -> u16 {
        port.0
    }
}

impl From<Port> for u32 {
    fn from(port: Port) -> u32 {
        u32::from(port.0)
    }
}

impl From<Port> for usize {
    fn from(port: Port) -> usize {
        usize::from(port.0)
    }
}

impl fmt::Display for Port {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

/// Why a text is not a port number or a port range.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PortError {
    /// Empty, or something other than ASCII digits (a sign, a space, a letter).
    #[error("`{0}` is not a port number: write digits only")]
    NotANumber(String),
    /// Digits, but above 65535.
    #[error("`{0}` is not a port number: ports run from 0 to 65535")]
    TooLarge(String),
    /// `N-M` with `N` above `M`.
    #[error("the port range `{start}-{end}` ends before it starts")]
    Reversed {
        /// The first port as written.
        start: Port,
        /// The last port as written.
        end: Port,
    },
    /// Not of the form `N-M`.
    #[error("`{0}` is not a port range: write `N-M`")]
    NotARange(String),
}

impl FromStr for Port {
    type Err = PortError;

    /// Digits only: unlike `u16::from_str`, a leading `+` is refused (the registry never
    /// writes one, and a folder or URL named `+80` is not port 80). Leading zeros are
    /// accepted; callers that need one spelling per port check that themselves.
    fn from_str(text: &str) -> Result<Port, PortError> {
        if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(PortError::NotANumber(text.to_string()));
        }
        text.parse()
            .map(Port)
            .map_err(|_| PortError::TooLarge(text.to_string()))
    }
}

/// An inclusive, non-empty range of ports: a registry row's `N-M`, a range page, the site's
/// span. The fields are private so that `start <= end` always holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct PortRange {
    start: Port,
    end: Port,
}

/// The ports of a [`PortRange`], ascending (or descending with `rev`).
pub type PortIter = Map<RangeInclusive<u16>, fn(u16) -> Port>;

impl PortRange {
    /// Every port, 0-65535.
    pub const ALL: PortRange = PortRange {
        start: Port::MIN,
        end: Port::MAX,
    };

    /// The ports `start..=end`; `None` when `start` is above `end`.
    pub const fn new(start: Port, end: Port) -> Option<PortRange> {
        if start.0 <= end.0 {
            Some(PortRange { start, end })
        } else {
            None
        }
    }

    /// The ports `start..=end`, or why not.
    pub fn try_new(start: Port, end: Port) -> Result<PortRange, PortError> {
        PortRange::new(start, end).ok_or(PortError::Reversed { start, end })
    }

    /// The first port.
    pub const fn start(self) -> Port {
        self.start
    }

    /// The last port (inclusive).
    pub const fn end(self) -> Port {
        self.end
    }

    /// Whether `port` lies inside the range.
    pub fn contains(self, port: Port) -> bool {
        self.start <= port && port <= self.end
    }

    /// The number of ports in the range (1 to 65,536).
    pub fn len(self) -> usize {
        usize::from(self.end) - usize::from(self.start) + 1
    }

    /// Always false: a range holds at least one port.
    pub fn is_empty(self) -> bool {
        false
    }

    /// The ports of the range, ascending.
    pub fn iter(self) -> PortIter {
        (self.start.0..=self.end.0).map(Port as fn(u16) -> Port)
    }
}

impl Default for PortRange {
    /// Every port.
    fn default() -> PortRange {
        PortRange::ALL
    }
}

impl IntoIterator for PortRange {
    type Item = Port;
    type IntoIter = PortIter;

    fn into_iter(self) -> PortIter {
        self.iter()
    }
}

impl fmt::Display for PortRange {
    /// `N-M`, as the registry and the range pages' URLs write it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.start, self.end)
    }
}

impl FromStr for PortRange {
    type Err = PortError;

    /// `N-M`, each side as [`Port::from_str`] reads it, with `N <= M`.
    fn from_str(text: &str) -> Result<PortRange, PortError> {
        let (start, end) = text
            .split_once('-')
            .ok_or_else(|| PortError::NotARange(text.to_string()))?;
        PortRange::try_new(start.parse()?, end.parse()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(start: u16, end: u16) -> PortRange {
        PortRange::new(Port::new(start), Port::new(end)).unwrap()
    }

    #[test]
    fn ports_parse_digits_only() {
        assert_eq!("80".parse(), Ok(Port::new(80)));
        assert_eq!("0".parse(), Ok(Port::MIN));
        assert_eq!("65535".parse(), Ok(Port::MAX));
        assert_eq!("065535".parse(), Ok(Port::MAX));
        for bad in ["+1", "-1", "", " 80", "80 ", "8o", "٨٠"] {
            assert_eq!(
                bad.parse::<Port>(),
                Err(PortError::NotANumber(bad.to_string())),
                "{bad:?}"
            );
        }
        assert_eq!(
            "65536".parse::<Port>(),
            Err(PortError::TooLarge("65536".to_string()))
        );
        assert_eq!(
            "+1".parse::<Port>().unwrap_err().to_string(),
            "`+1` is not a port number: write digits only"
        );
    }

    #[test]
    fn ports_print_and_serialize_as_plain_numbers() {
        assert_eq!(Port::new(3712).to_string(), "3712");
        assert_eq!(serde_json::to_string(&Port::new(80)).unwrap(), "80");
        assert_eq!(serde_json::from_str::<Port>("443").unwrap(), Port::new(443));
        assert!(serde_json::from_str::<Port>("65536").is_err());
        assert_eq!(
            serde_json::to_string(&range(0, 999)).unwrap(),
            r#"{"start":0,"end":999}"#
        );
    }

    #[test]
    fn ranges_hold_their_ends() {
        let r = range(6000, 6063);
        assert!(r.contains(Port::new(6000)));
        assert!(r.contains(Port::new(6063)));
        assert!(!r.contains(Port::new(5999)));
        assert!(!r.contains(Port::new(6064)));
        assert_eq!(r.len(), 64);
        assert_eq!(r.iter().count(), 64);
        assert_eq!(r.iter().next_back(), Some(Port::new(6063)));
        assert_eq!(range(7, 7).len(), 1);
        assert_eq!(PortRange::ALL.len(), 65536);
        assert_eq!(Port::all().count(), 65536);
        assert_eq!(Port::MAX.checked_add(1), None);
    }

    #[test]
    fn ranges_print_and_parse_as_n_dash_m() {
        assert_eq!(range(6000, 6063).to_string(), "6000-6063");
        assert_eq!("6000-6063".parse(), Ok(range(6000, 6063)));
        assert_eq!("5-5".parse(), Ok(range(5, 5)));
        assert_eq!(
            "9-3".parse::<PortRange>(),
            Err(PortError::Reversed {
                start: Port::new(9),
                end: Port::new(3)
            })
        );
        for bad in ["80", "80-", "-80", "1-2-3", "+1-2", "1-65536", ""] {
            assert!(bad.parse::<PortRange>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_reversed_range_is_refused() {
        assert_eq!(PortRange::new(Port::new(9), Port::new(3)), None);
        assert_eq!(
            PortRange::try_new(Port::new(9), Port::new(3))
                .unwrap_err()
                .to_string(),
            "the port range `9-3` ends before it starts"
        );
    }
}
