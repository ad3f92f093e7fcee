//! Port-level value types: transport protocols, inclusive port ranges and RFC 6335 classes.

use std::fmt;

/// The transport protocol of a registry row.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum Protocol {
    /// Transmission Control Protocol.
    Tcp,
    /// User Datagram Protocol.
    Udp,
    /// Stream Control Transmission Protocol.
    Sctp,
    /// Datagram Congestion Control Protocol.
    Dccp,
    /// The registry left the protocol empty; this does not mean "every protocol".
    Unspecified,
}

impl Protocol {
    /// The lowercase registry spelling: `"tcp"`, `"udp"`, `"sctp"`, `"dccp"`, or `""`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Protocol::Tcp => "tcp",
            Protocol::Udp => "udp",
            Protocol::Sctp => "sctp",
            Protocol::Dccp => "dccp",
            Protocol::Unspecified => "",
        }
    }

    /// Parses the Transport Protocol column (case-insensitive, surrounding spaces ignored).
    pub fn parse(value: &str) -> Option<Protocol> {
        let value = value.trim();
        [
            Protocol::Tcp,
            Protocol::Udp,
            Protocol::Sctp,
            Protocol::Dccp,
            Protocol::Unspecified,
        ]
        .into_iter()
        .find(|p| p.as_str().eq_ignore_ascii_case(value))
    }
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An inclusive range of ports, as written `N-M` in the registry.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash, PartialOrd, Ord)]
pub struct PortRange {
    /// First port of the range.
    pub start: u16,
    /// Last port of the range (inclusive).
    pub end: u16,
}

impl PortRange {
    /// Whether `port` lies inside the range.
    pub fn contains(&self, port: u16) -> bool {
        (self.start..=self.end).contains(&port)
    }

    /// Number of ports in the range.
    pub fn len(&self) -> usize {
        usize::from(self.end - self.start) + 1
    }

    /// Always false: a range holds at least one port.
    pub fn is_empty(&self) -> bool {
        false
    }
}

impl fmt::Display for PortRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.start, self.end)
    }
}

/// What the Port Number column of one row holds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum PortSpec {
    /// Empty: a service-name-only registration.
    None,
    /// A single port `N`.
    Single(u16),
    /// A range `N-M`.
    Range(PortRange),
}

impl PortSpec {
    /// Parses `""`, `"N"` or `"N-M"` (with `N <= M`); `None` when the text is neither.
    pub(crate) fn parse(value: &str) -> Option<PortSpec> {
        let value = value.trim();
        if value.is_empty() {
            return Some(PortSpec::None);
        }
        match value.split_once('-') {
            None => parse_port(value).map(PortSpec::Single),
            Some((a, b)) => {
                let (start, end) = (parse_port(a)?, parse_port(b)?);
                (start <= end).then_some(PortSpec::Range(PortRange { start, end }))
            }
        }
    }
}

fn parse_port(text: &str) -> Option<u16> {
    let text = text.trim();
    // u16::from_str accepts a leading '+', which the registry never uses.
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// The RFC 6335 port classes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PortClass {
    /// System or well-known ports, 0-1023.
    WellKnown,
    /// User or registered ports, 1024-49151.
    Registered,
    /// Dynamic or private ports, 49152-65535; IANA never assigns them.
    Dynamic,
}

impl PortClass {
    /// The class that `port` belongs to.
    pub fn of(port: u16) -> PortClass {
        match port {
            0..=1023 => PortClass::WellKnown,
            1024..=49151 => PortClass::Registered,
            _ => PortClass::Dynamic,
        }
    }

    /// First and last port of the class, inclusive.
    pub fn bounds(self) -> (u16, u16) {
        match self {
            PortClass::WellKnown => (0, 1023),
            PortClass::Registered => (1024, 49151),
            PortClass::Dynamic => (49152, 65535),
        }
    }

    /// A stable identifier: `"well-known"`, `"registered"` or `"dynamic"`.
    pub fn as_str(self) -> &'static str {
        match self {
            PortClass::WellKnown => "well-known",
            PortClass::Registered => "registered",
            PortClass::Dynamic => "dynamic",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn port_column_forms() {
        assert_eq!(PortSpec::parse(""), Some(PortSpec::None));
        assert_eq!(PortSpec::parse(" 80 "), Some(PortSpec::Single(80)));
        assert_eq!(
            PortSpec::parse("6000-6063"),
            Some(PortSpec::Range(PortRange {
                start: 6000,
                end: 6063
            }))
        );
        for bad in ["65536", "-1", "+80", "80-", "9-3", "http", "1-2-3"] {
            assert_eq!(PortSpec::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn protocols_parse_and_print() {
        assert_eq!(Protocol::parse("TCP"), Some(Protocol::Tcp));
        assert_eq!(Protocol::parse(""), Some(Protocol::Unspecified));
        assert_eq!(Protocol::parse("quic"), None);
        assert_eq!(Protocol::Dccp.as_str(), "dccp");
    }

    #[test]
    fn classes_follow_rfc_6335() {
        assert_eq!(PortClass::of(1023), PortClass::WellKnown);
        assert_eq!(PortClass::of(1024), PortClass::Registered);
        assert_eq!(PortClass::of(49151), PortClass::Registered);
        assert_eq!(PortClass::of(49152), PortClass::Dynamic);
        assert_eq!(PortClass::Dynamic.bounds(), (49152, 65535));
        assert_eq!(PortClass::WellKnown.as_str(), "well-known");
    }
}
