//! The Reference column: `[RFC959][RFC1122]`, `[RFC8765, Section 6.1]`, Internet-Drafts,
//! person handles and free text.

use super::text;

/// One reference cited by a registry row.
#[derive(Clone, PartialEq, Eq, Debug, Hash)]
pub enum Reference {
    /// An RFC, optionally narrowed to a section (`"6.1"`).
    Rfc {
        /// The RFC number.
        number: u32,
        /// The section number, as written after "Section".
        section: Option<String>,
    },
    /// An Internet-Draft, by its datatracker name (`draft-ietf-lamps-rfc5273bis-11`).
    Draft(String),
    /// A person's registry handle (`Jon_Postel`).
    Person(String),
    /// Anything else: a standard's name, a URL, a sentence.
    Text(String),
}

impl Reference {
    /// Where the reference can be read: RFCs on rfc-editor.org, drafts on the IETF
    /// datatracker, and free text that is itself an http(s) URL.
    pub fn url(&self) -> Option<String> {
        match self {
            Reference::Rfc { number, section } => {
                let anchor = section
                    .as_deref()
                    .map(|s| format!("#section-{s}"))
                    .unwrap_or_default();
                Some(format!(
                    "https://www.rfc-editor.org/rfc/rfc{number}{anchor}"
                ))
            }
            Reference::Draft(name) => Some(format!("https://datatracker.ietf.org/doc/{name}")),
            Reference::Person(_) => None,
            Reference::Text(t) => {
                let is_url = (t.starts_with("https://") || t.starts_with("http://"))
                    && !t.contains(char::is_whitespace);
                is_url.then(|| t.clone())
            }
        }
    }

    /// Parses a whole Reference column into its references, in order.
    pub fn parse_all(raw: &str) -> Vec<Reference> {
        let mut out = Vec::new();
        let mut rest = raw;
        while let Some(open) = rest.find('[') {
            push_text(&mut out, &rest[..open]);
            let inner = &rest[open + 1..];
            match inner.find(']') {
                Some(close) => {
                    out.extend(Reference::parse_one(&inner[..close]));
                    rest = &inner[close + 1..];
                }
                None => {
                    // An unclosed bracket: keep what follows as text rather than drop it.
                    push_text(&mut out, inner);
                    rest = "";
                }
            }
        }
        push_text(&mut out, rest);
        out
    }

    /// Parses the text between one pair of brackets.
    fn parse_one(inner: &str) -> Option<Reference> {
        let flat = text::one_line(inner)?;
        // `[1]` is a marker for a footnote of IANA's HTML registry, whose text the CSV
        // does not carry: it is not a reference a reader could follow.
        if flat.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if let Some(r) = parse_rfc(&flat) {
            return Some(r);
        }
        if let Some(draft) = flat.strip_prefix("RFC-") {
            return Some(Reference::Draft(format!("draft-{draft}")));
        }
        if flat.starts_with("draft-") && !flat.contains(char::is_whitespace) {
            return Some(Reference::Draft(flat));
        }
        if is_person_handle(&flat) {
            return Some(Reference::Person(flat));
        }
        Some(Reference::Text(flat))
    }
}

fn push_text(out: &mut Vec<Reference>, raw: &str) {
    if let Some(t) = text::one_line(raw) {
        out.push(Reference::Text(t));
    }
}

/// `RFC959` or `RFC8765, Section 6.1`.
fn parse_rfc(flat: &str) -> Option<Reference> {
    let digits_and_rest = flat.strip_prefix("RFC")?;
    let (digits, rest) = split_digits(digits_and_rest);
    let number = digits.parse().ok()?;
    let rest = rest.trim();
    let section = if rest.is_empty() {
        None
    } else {
        let s = rest
            .strip_prefix(',')?
            .trim()
            .strip_prefix("Section")?
            .trim();
        if s.is_empty() || s.contains(char::is_whitespace) {
            return None;
        }
        Some(s.to_owned())
    };
    Some(Reference::Rfc { number, section })
}

fn split_digits(s: &str) -> (&str, &str) {
    let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    s.split_at(end)
}

/// Registry handles look like `Jon_Postel` or `Eric_Soderberg_2`: no spaces, at least
/// one underscore, starting with a letter.
/// `text` with each bracketed person handle written as a name: "previously compressnet by
/// [Bernie_Volz]" → "previously compressnet by Bernie Volz". Other brackets stay.
pub(crate) fn people_named(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let inner = &rest[open + 1..];
        match inner.find(']') {
            Some(close) if is_person_handle(&inner[..close]) => {
                out.push_str(&text::handle_as_name(&inner[..close]));
                rest = &inner[close + 1..];
            }
            _ => {
                out.push('[');
                rest = inner;
            }
        }
    }
    out.push_str(rest);
    out
}

fn is_person_handle(s: &str) -> bool {
    s.starts_with(|c: char| c.is_alphabetic())
        && s.contains('_')
        && s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '\''))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles_in_notes_read_as_names() {
        assert_eq!(
            people_named("De-assigned on 2025-02-13, previously compressnet by [Bernie_Volz]"),
            "De-assigned on 2025-02-13, previously compressnet by Bernie Volz"
        );
        assert_eq!(people_named("See [RFC6614], [x"), "See [RFC6614], [x");
    }

    fn rfc(number: u32, section: Option<&str>) -> Reference {
        Reference::Rfc {
            number,
            section: section.map(str::to_owned),
        }
    }

    #[test]
    fn concatenated_rfcs_and_sections() {
        assert_eq!(
            Reference::parse_all("[RFC959][RFC1122]"),
            vec![rfc(959, None), rfc(1122, None)]
        );
        let with_section = Reference::parse_all("[RFC8765, Section 6.1]");
        assert_eq!(with_section, vec![rfc(8765, Some("6.1"))]);
        assert_eq!(
            with_section[0].url().as_deref(),
            Some("https://www.rfc-editor.org/rfc/rfc8765#section-6.1")
        );
        assert_eq!(
            rfc(959, None).url().as_deref(),
            Some("https://www.rfc-editor.org/rfc/rfc959")
        );
    }

    #[test]
    fn drafts_link_to_the_datatracker() {
        let refs = Reference::parse_all("[RFC7589][RFC-ietf-netconf-over-tls13-04]");
        assert_eq!(
            refs[1],
            Reference::Draft("draft-ietf-netconf-over-tls13-04".into())
        );
        assert_eq!(
            refs[1].url().as_deref(),
            Some("https://datatracker.ietf.org/doc/draft-ietf-netconf-over-tls13-04")
        );
        assert_eq!(
            Reference::parse_all("[draft-herbert-gue-02]"),
            vec![Reference::Draft("draft-herbert-gue-02".into())]
        );
    }

    #[test]
    fn people_text_and_urls() {
        assert_eq!(
            Reference::parse_all("[Jon_Postel]"),
            vec![Reference::Person("Jon_Postel".into())]
        );
        let multi = Reference::parse_all("[TR-352][ICTP is a\n      peer-to-peer protocol]");
        assert_eq!(
            multi,
            vec![
                Reference::Text("TR-352".into()),
                Reference::Text("ICTP is a peer-to-peer protocol".into())
            ]
        );
        assert_eq!(multi[1].url(), None);
        let url = Reference::parse_all("[https://xahau.network]");
        assert_eq!(url[0].url().as_deref(), Some("https://xahau.network"));
        assert_eq!(
            Reference::parse_all("[Ari√´n Huisken <x&y.nl> 15 June 2009]"),
            vec![Reference::Text(
                "Ariën Huisken <x&y.nl> 15 June 2009".into()
            )]
        );
    }

    #[test]
    fn unbracketed_and_broken_text_is_kept() {
        assert_eq!(Reference::parse_all(""), vec![]);
        assert_eq!(
            Reference::parse_all("see vendor docs [RFC1"),
            vec![
                Reference::Text("see vendor docs".into()),
                Reference::Text("RFC1".into())
            ]
        );
    }
}
