//! Port-level value types of the registry: transport protocols, the Port Number column and
//! RFC 6335 classes.

use std::fmt;

use crate::port::{Port, PortRange};

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

/// What the Port Number column of one row holds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum PortSpec {
    /// Empty: a service-name-only registration.
    None,
    /// A single port `N`.
    Single(Port),
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
            Some((a, b)) => PortRange::new(parse_port(a)?, parse_port(b)?).map(PortSpec::Range),
        }
    }
}

/// One side of the column, spaces around it ignored (`Port` refuses a leading `+`).
fn parse_port(text: &str) -> Option<Port> {
    text.trim().parse().ok()
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
    pub fn of(port: Port) -> PortClass {
        match port.get() {
            0..=1023 => PortClass::WellKnown,
            1024..=49151 => PortClass::Registered,
            _ => PortClass::Dynamic,
        }
    }

    /// The ports of the class.
    pub fn bounds(self) -> PortRange {
        match self {
            PortClass::WellKnown => const { fixed(0, 1023) },
            PortClass::Registered => const { fixed(1024, 49151) },
            PortClass::Dynamic => const { fixed(49152, 65535) },
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

/// A range written in this file; `const` so that a reversed one fails to compile.
const fn fixed(start: u16, end: u16) -> PortRange {
    match PortRange::new(Port::new(start), Port::new(end)) {
        Some(range) => range,
        None => panic!("a fixed port range ends before it starts"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn port_column_forms() {
        assert_eq!(PortSpec::parse(""), Some(PortSpec::None));
        assert_eq!(
            PortSpec::parse(" 80 "),
            Some(PortSpec::Single(Port::new(80)))
        );
        assert_eq!(
            PortSpec::parse("6000 - 6063"),
            Some(PortSpec::Range("6000-6063".parse().unwrap()))
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
        let class = |n| PortClass::of(Port::new(n));
        assert_eq!(class(1023), PortClass::WellKnown);
        assert_eq!(class(1024), PortClass::Registered);
        assert_eq!(class(49151), PortClass::Registered);
        assert_eq!(class(49152), PortClass::Dynamic);
        assert_eq!(PortClass::Dynamic.bounds().to_string(), "49152-65535");
        assert_eq!(PortClass::WellKnown.as_str(), "well-known");
    }
}
