//! Property tests for the parsers that read contributor and downloaded text: they never
//! panic on arbitrary input, and well-formed input comes back field for field.
//!
//! `PROPTEST_CASES` sets the number of cases (256 by default); `scripts/fuzz.sh` runs
//! these with many more when cargo-fuzz is not available.

use std::path::Path;
use std::sync::LazyLock;

use portsite::content::{parse_entry, split_front_matter};
use portsite::markdown::{self, Highlighter, MarkdownOptions};
use portsite::port::Port;
use portsite::registry::{HEADER, PortRegistry, Protocol};
use proptest::prelude::*;

#[path = "hostile/markup.rs"]
mod markup;

const ENTRY: &str = "content/ports/3712/index.en.md";
const CSV: &str = "content/registry/service-names-port-numbers.csv";

static HIGHLIGHTER: LazyLock<Highlighter> = LazyLock::new(Highlighter::new);

fn locales() -> Vec<portsite::config::LocaleCode> {
    ["en", "tr"]
        .map(|c| portsite::config::LocaleCode::new(c).unwrap())
        .to_vec()
}

/// Text shaped like front matter: fences, keys, flow collections, anchors, aliases, tags.
fn yamlish() -> impl Strategy<Value = String> {
    let line = r#"( *-? ?[a-z_]{1,8}: ?[\[\]{}&*!|>'"a-z0-9 :,#-]{0,24})?"#;
    prop::collection::vec(line, 0..12)
        .prop_map(|lines| format!("---\n{}\n---\nbody\n", lines.join("\n")))
}

/// One CSV field drawn from the characters that matter to the registry parser.
fn csv_field() -> impl Strategy<Value = String> {
    prop_oneof![
        r#"[a-z0-9"\[\]_ ,\n-]{0,12}"#,
        (0u32..70000).prop_map(|n| n.to_string()),
        (0u32..70000, 0u32..70000).prop_map(|(a, b)| format!("{a}-{b}")),
        Just("tcp".to_string()),
        Just("2003-01".to_string()),
    ]
}

/// A valid service-name row and the facts it states.
#[derive(Debug, Clone)]
struct Row {
    name: String,
    port: u16,
    protocol: Protocol,
    description: String,
    assignee: String,
}

fn valid_row() -> impl Strategy<Value = Row> {
    (
        "[a-z][a-z0-9]{0,10}",
        any::<u16>(),
        prop_oneof![Just(Protocol::Tcp), Just(Protocol::Udp)],
        prop::collection::vec("[A-Za-z0-9]{1,8}", 1..6),
        "[A-Z][a-z]{1,8}_[A-Z][a-z]{1,8}",
    )
        .prop_map(|(name, port, protocol, words, assignee)| Row {
            name,
            port,
            protocol,
            description: words.join(" "),
            assignee,
        })
}

proptest! {
    #[test]
    fn registry_never_panics_on_arbitrary_text(text in any::<String>()) {
        let _ = PortRegistry::from_str_source(&text, Path::new(CSV));
    }

    #[test]
    fn registry_never_panics_on_csv_shaped_rows(
        rows in prop::collection::vec(prop::collection::vec(csv_field(), 0..14), 0..20)
    ) {
        let mut text = HEADER.join(",");
        for row in rows {
            let quoted: Vec<String> = row.iter().map(|f| format!("\"{}\"", f.replace('"', "\"\""))).collect();
            text.push('\n');
            text.push_str(&quoted.join(","));
        }
        let _ = PortRegistry::from_str_source(&text, Path::new(CSV));
    }

    #[test]
    fn registry_row_round_trips(row in valid_row()) {
        let text = format!(
            "{}\n{},{},{},{},[{}],[{}],2003-01-15,,,,,\n",
            HEADER.join(","), row.name, row.port, row.protocol.as_str(), row.description,
            row.assignee, row.assignee
        );
        let registry = PortRegistry::from_str_source(&text, Path::new(CSV))
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        let services = &registry.port(Port::new(row.port)).services;
        prop_assert_eq!(services.len(), 1);
        let service = &services[0];
        prop_assert_eq!(&service.name, &row.name);
        prop_assert_eq!(service.protocol, row.protocol);
        prop_assert_eq!(&service.description, &row.description);
        // Handles are shown as names: `Aa_Aa` reads "Aa Aa".
        prop_assert_eq!(service.assignee.clone(), Some(row.assignee.replace('_', " ")));
        prop_assert_eq!(service.registered.map(|d| d.to_string()), Some("2003-01-15".to_string()));
        prop_assert_eq!(registry.record_count(), 1);
    }

    #[test]
    fn front_matter_split_never_panics(text in any::<String>()) {
        let _ = split_front_matter(Path::new(ENTRY), &text);
    }

    #[test]
    fn entry_parser_never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = parse_entry(Path::new(ENTRY), &bytes, &locales());
    }

    #[test]
    fn entry_parser_never_panics_on_yamlish_text(text in yamlish()) {
        let _ = parse_entry(Path::new(ENTRY), text.as_bytes(), &locales());
    }

    #[test]
    fn generated_front_matter_round_trips(
        title in title_text(),
        description in title_text(),
        crlf in any::<bool>(),
    ) {
        // A JSON string is a valid YAML double-quoted scalar.
        let yaml = format!(
            "---\ntitle: {}\ndescription: {}\n---\nBody\n",
            serde_json::to_string(&title).unwrap(),
            serde_json::to_string(&description).unwrap(),
        );
        let text = if crlf { yaml.replace('\n', "\r\n") } else { yaml };
        let entry = parse_entry(Path::new(ENTRY), text.as_bytes(), &locales())
            .map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(entry.meta.title, title);
        prop_assert_eq!(entry.meta.description, description);
        prop_assert_eq!(entry.body, "Body\n");
        prop_assert_eq!(entry.body_line, 5);
    }

    #[test]
    fn markdown_never_panics_and_never_emits_live_script(text in markdownish()) {
        let html = markdown::render(&text, &HIGHLIGHTER, &MarkdownOptions::default()).html;
        for tag in markup::start_tags(&html) {
            prop_assert!(tag.name != "script", "{}", html);
            for (attr, value) in &tag.attrs {
                prop_assert!(!attr.starts_with("on") && attr != "style", "{}", html);
                prop_assert!(!markup::is_script_url(value), "{}", html);
            }
        }
    }
}

/// Titles the text rules accept unchanged: no control character, no bidirectional
/// control (docs/SECURITY.md rule 8), no line separator (libyaml folds U+0085, U+2028 and
/// U+2029 like newlines), none of the noncharacters U+FFFE and U+FFFF (outside YAML's
/// printable set), and something visible.
fn title_text() -> impl Strategy<Value = String> {
    r"[^\p{Cc}\u{85}\u{2028}\u{2029}\u{feff}\u{fffe}\u{ffff}\u{202a}-\u{202e}\u{2066}-\u{2069}]{0,30}".prop_filter(
        "visible",
        |t| {
            t.chars().any(|c| {
                !c.is_whitespace() && !matches!(c, '\u{200b}'..='\u{200f}' | '\u{61c}' | '\u{2060}')
            })
        },
    )
}

/// Markdown built from pieces that stress links, raw HTML, code fences and footnotes.
fn markdownish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<script>alert(1)</script>".to_string()),
        Just("[x](javascript:alert(1))".to_string()),
        Just("<a href=\"javascript:alert(1)\">a</a>".to_string()),
        Just("```bash\nss -ltnp\n```\n".to_string()),
        Just("[^1]\n\n[^1]: note".to_string()),
        Just("{{ checks }}".to_string()),
        Just("| a | b |\n|---|---|\n| 1 | 2 |".to_string()),
        r"[#*_`\[\]()<>!\-:/ a-z\n]{0,20}",
    ];
    prop::collection::vec(piece, 0..10).prop_map(|p| p.concat())
}
