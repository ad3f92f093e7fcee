//! The states of a port number that has no named service: reserved, unassigned, withdrawn.

use std::fmt;

/// Why a port/protocol has no named service.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Status {
    /// Held back by IANA (including "Reserved - IANA" and "any private …" rows).
    Reserved,
    /// Free to be assigned.
    Unassigned,
    /// Given back by its registrant (also "Deprecated" and "Decommissioned" rows).
    DeRegistered,
    /// Taken out of the registry by IANA.
    Removed,
}

impl Status {
    /// A stable identifier: `"reserved"`, `"unassigned"`, `"de-registered"` or `"removed"`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Status::Reserved => "reserved",
            Status::Unassigned => "unassigned",
            Status::DeRegistered => "de-registered",
            Status::Removed => "removed",
        }
    }

    /// Classifies the Description of a row that has no service name.
    ///
    /// IANA's wording varies ("unassigned", "Unassigned [was netstat]", "Reserved - IANA",
    /// "Decomissioned Port 04/14/00, ms", "any private mail system"); a row without a name
    /// never names a service, so unknown wording falls back to `Unassigned`.
    pub(crate) fn classify(description: &str) -> Status {
        let text = description.trim().to_ascii_lowercase();
        let starts = |prefixes: &[&str]| prefixes.iter().any(|p| text.starts_with(p));
        if text.contains("unassigned") {
            Status::Unassigned
        } else if starts(&["reserved", "any private"]) {
            Status::Reserved
        } else if starts(&[
            "de-registered",
            "deregistered",
            "deprecated",
            "decom",
            "de-com",
        ]) {
            Status::DeRegistered
        } else if starts(&["removed"]) {
            Status::Removed
        } else {
            Status::Unassigned
        }
    }

    /// Whether `description` is nothing more than this status's own word, so it adds nothing.
    pub(crate) fn is_bare_word(self, description: &str) -> bool {
        let text = description.trim();
        text.is_empty() || text.eq_ignore_ascii_case(self.as_str())
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_wordings_map_to_statuses() {
        let cases = [
            ("Reserved", Status::Reserved),
            ("Reserved - IANA", Status::Reserved),
            ("any private mail system", Status::Reserved),
            ("unassigned", Status::Unassigned),
            ("Unassigned [was netstat]", Status::Unassigned),
            ("(unassigned) Possibly assigned", Status::Unassigned),
            ("Unassigned (FRP-Released 12/7/00)", Status::Unassigned),
            ("De-registered", Status::DeRegistered),
            ("Decomissioned Port 04/14/00, ms", Status::DeRegistered),
            ("De-Commissioned Port", Status::DeRegistered),
            ("Deprecated", Status::DeRegistered),
            ("Removed", Status::Removed),
            ("Possibly used by Sun Solaris????", Status::Unassigned),
        ];
        for (text, status) in cases {
            assert_eq!(Status::classify(text), status, "{text}");
        }
    }

    #[test]
    fn bare_words_are_recognised() {
        assert!(Status::Unassigned.is_bare_word("unassigned"));
        assert!(Status::DeRegistered.is_bare_word("De-registered"));
        assert!(!Status::Unassigned.is_bare_word("Unassigned [was netstat]"));
    }
}
