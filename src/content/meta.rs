//! The strict schema of an entry's front matter.

use serde::{Deserialize, Serialize};

use super::date::EntryDate;
use super::text;

/// Everything an entry's front matter may say; unknown keys are errors.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryMeta {
    /// The page title; must not be empty.
    #[serde(deserialize_with = "text::line")]
    pub title: String,
    /// One-sentence summary for search engines and link previews.
    #[serde(deserialize_with = "text::line")]
    pub description: String,
    /// Transports the write-up is about.
    #[serde(default)]
    pub protocols: Vec<Transport>,
    /// Free-form tags.
    #[serde(default, deserialize_with = "text::tags")]
    pub tags: Vec<String>,
    /// When the entry's content last changed.
    #[serde(default)]
    pub updated: Option<EntryDate>,
    /// Hand-written questions and answers.
    #[serde(default)]
    pub faq: Vec<FaqItem>,
    /// References cited by the entry.
    #[serde(default)]
    pub sources: Vec<SourceLink>,
    /// On a translation: the `updated` date of the default-locale entry it was translated
    /// from; a later `updated` on the source marks this translation stale.
    #[serde(default)]
    pub source_updated: Option<EntryDate>,
}

/// A transport protocol, written lowercase in YAML.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Transport {
    /// Transmission Control Protocol.
    Tcp,
    /// User Datagram Protocol.
    Udp,
    /// Stream Control Transmission Protocol.
    Sctp,
    /// Datagram Congestion Control Protocol.
    Dccp,
}

impl Transport {
    /// The lowercase name used in YAML and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Transport::Tcp => "tcp",
            Transport::Udp => "udp",
            Transport::Sctp => "sctp",
            Transport::Dccp => "dccp",
        }
    }
}

/// One hand-written question and its answer.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaqItem {
    /// The question, plain text.
    #[serde(deserialize_with = "text::line")]
    pub q: String,
    /// The answer, Markdown.
    #[serde(deserialize_with = "text::markdown")]
    pub a: String,
    /// The generated question this item answers instead, if any: that question is then
    /// left out of the page, so the page never asks the same thing twice.
    #[serde(default)]
    pub replaces: Option<GeneratedQuestion>,
}

/// The subjects of the FAQ every port page gets from the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GeneratedQuestion {
    /// "What is port N used for?"
    Purpose,
    /// "Does port N use TCP or UDP?"
    Protocol,
    /// "Is port N a well-known, registered or dynamic port?"
    Range,
    /// "How do I find out which program is using port N?"
    Listening,
    /// "Is it safe to have port N open?"
    Safe,
}

impl GeneratedQuestion {
    /// The name written after `replaces:`.
    pub fn as_str(self) -> &'static str {
        match self {
            GeneratedQuestion::Purpose => "purpose",
            GeneratedQuestion::Protocol => "protocol",
            GeneratedQuestion::Range => "range",
            GeneratedQuestion::Listening => "listening",
            GeneratedQuestion::Safe => "safe",
        }
    }
}

/// A cited reference.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SourceLink {
    /// The link text.
    #[serde(deserialize_with = "text::line")]
    pub title: String,
    /// The address: `http(s)://…`, `mailto:…` or a site path starting with `/`; anything
    /// else (`javascript:`, `data:`) would become a live link on the page, so it is refused.
    #[serde(deserialize_with = "safe_url")]
    pub url: String,
}

/// Accepts only link targets that cannot run script when clicked.
fn safe_url<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let url = String::deserialize(deserializer)?;
    let lower = url.to_ascii_lowercase();
    let site_path = url.starts_with('/') && !url.starts_with("//") && !url.starts_with("/\\");
    let allowed = ["http://", "https://", "mailto:"];
    if !(site_path || allowed.iter().any(|scheme| lower.starts_with(scheme))) {
        return Err(serde::de::Error::custom(format!(
            "`{url}` is not a safe link; use an http://, https:// or mailto: address, or a site path starting with /"
        )));
    }
    // No control, bidirectional or invisible character belongs in an address, nor any
    // space but the plain one (escaped where the link is written): one would make the
    // link go elsewhere than it reads.
    let hidden = |c: char| c.is_control() || text::is_format(c) || (c.is_whitespace() && c != ' ');
    if let Some(c) = url.chars().find(|c| hidden(*c)) {
        return Err(serde::de::Error::custom(format!(
            "`{}` holds U+{:04X}, which no address contains; write the address without it",
            url.escape_debug(),
            u32::from(c)
        )));
    }
    Ok(url)
}

/// The front matter of a home page (`content/_index.<locale>.md`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct HomeMeta {
    #[serde(deserialize_with = "text::line")]
    pub title: String,
    #[serde(deserialize_with = "text::line")]
    pub description: String,
}

/// What a value at a field path should look like, in words, for "wrong type" messages.
pub(crate) fn expected_shape(path: &str) -> Option<&'static str> {
    let shape = match path {
        "title" | "description" | "q" | "a" | "url" | "command" | "explain" => "a text string",
        "protocols" => "a list of protocols (tcp, udp, sctp, dccp)",
        "tags" => "a list of tags",
        "updated" | "source_updated" => "a date written YYYY-MM-DD",
        "faq" => "a list of {q, a} items",
        "replaces" => "one of purpose, protocol, range, listening, safe",
        "sources" => "a list of {title, url} items",
        "macos" | "linux" | "windows" => "a list of {syntax, command, explain} items",
        _ if path.starts_with("faq[") => return item_shape(path, "faq", "a {q, a} item"),
        _ if path.starts_with("sources[") => {
            return item_shape(path, "sources", "a {title, url} item");
        }
        _ if path.starts_with("tags[") => "a text string",
        _ => {
            // Nested paths such as `faq[0].q` or `linux[1].command`: judge by the last key.
            let last = path.rsplit('.').next().filter(|l| *l != path)?;
            return expected_shape(last);
        }
    };
    Some(shape)
}

fn item_shape(path: &str, list: &str, shape: &'static str) -> Option<&'static str> {
    let rest = &path[list.len()..];
    if rest.ends_with(']') && !rest.contains('.') {
        Some(shape)
    } else {
        expected_shape(path.rsplit('.').next()?)
    }
}
