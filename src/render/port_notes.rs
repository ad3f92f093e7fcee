//! Registry notes that name particular ports ("Known Unauthorized Use on port 6003") sit on
//! a row covering a whole range (x11, 6000-6063); such a note belongs to the ports it names.

use crate::port::{Port, PortRange};

/// Whether the note `text` concerns `port`: true when it names no port at all, else only
/// for the ports it names (`port 6003`, `ports 8616 and 8617`, `ports 33436-33534`).
pub fn concerns(text: &str, port: Port) -> bool {
    let named = named_ports(text);
    named.is_empty() || named.iter().any(|range| range.contains(port))
}

/// The ports and port spans written after the word "port" or "ports", in order.
fn named_ports(text: &str) -> Vec<PortRange> {
    let lower = text.to_ascii_lowercase();
    let Some(at) = lower.find("port") else {
        return Vec::new();
    };
    let mut spans = Vec::new();
    let mut rest = &lower[at..];
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let (first, after) = take_number(&rest[start..]);
        let (end, after) = match after.strip_prefix('-') {
            Some(tail) if tail.starts_with(|c: char| c.is_ascii_digit()) => take_number(tail),
            _ => (first, after),
        };
        if let (Some(first), Some(end)) = (first, end) {
            spans.extend(PortRange::new(first.min(end), first.max(end)));
        }
        rest = after;
    }
    spans
}

fn take_number(text: &str) -> (Option<Port>, &str) {
    let len = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    (text[..len].parse().ok(), &text[len..])
}

#[cfg(test)]
mod tests {
    use super::concerns;
    use crate::port::Port;

    #[test]
    fn a_note_naming_one_port_stays_on_that_port() {
        let note = "Known Unauthorized Use on port 6003";
        assert!(concerns(note, Port::new(6003)));
        assert!(!concerns(note, Port::new(6000)));
        assert!(!concerns(note, Port::new(6063)));
    }

    #[test]
    fn every_wording_of_the_registry_is_understood() {
        assert!(concerns(
            "Known UNAUTHORIZED USE: port 4967",
            Port::new(4967)
        ));
        assert!(!concerns(
            "Known UNAUTHORIZED USE: port 4967",
            Port::new(4968)
        ));
        let pair = "Unauthorized Use Known on ports 8616 and 8617";
        assert!(concerns(pair, Port::new(8617)) && !concerns(pair, Port::new(8618)));
        let list = "Unauthorized Use Known on ports 28017, 28018 and 28019";
        assert!(concerns(list, Port::new(28018)) && !concerns(list, Port::new(28011)));
        let span = "Known Unauthorized Use on ports 33436-33534";
        assert!(concerns(span, Port::new(33500)) && !concerns(span, Port::new(33535)));
    }

    #[test]
    fn a_note_naming_no_port_concerns_every_port() {
        assert!(concerns("Known Unauthorized Use", Port::new(1)));
        assert!(concerns("", Port::new(1)));
    }
}
