//! `content/checks.yaml`: the "what is listening on this port" commands for each OS.

use std::fmt;
use std::path::Path;

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

use super::error::ContentError;
use super::front_matter::decode;
use super::positions::FieldPositions;
use super::yaml::from_yaml;
use crate::diag::Span;
use crate::port::Port;

/// Where the checks file lives, relative to the site root.
pub const CHECKS_PATH: &str = "content/checks.yaml";

/// The placeholder every command must contain.
pub const PORT_PLACEHOLDER: &str = "{port}";

/// The commands for every platform, in the order macOS, Linux, Windows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checks {
    /// One block per platform.
    pub platforms: Vec<CheckPlatform>,
}

/// The commands for one operating system.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckPlatform {
    /// Which operating system.
    pub id: PlatformId,
    /// Its commands, in file order.
    pub commands: Vec<CheckCommand>,
}

/// An operating system that gets check commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlatformId {
    /// Apple macOS.
    Macos,
    /// Linux distributions.
    Linux,
    /// Microsoft Windows.
    Windows,
}

impl PlatformId {
    /// The key used in checks.yaml and in Fluent message ids.
    pub fn as_str(self) -> &'static str {
        match self {
            PlatformId::Macos => "macos",
            PlatformId::Linux => "linux",
            PlatformId::Windows => "windows",
        }
    }
}

/// One command, with `{port}` where the port number goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckCommand {
    /// The highlighting syntax: "bash", "powershell" or "cmd".
    pub syntax: String,
    /// The command text, containing `{port}`.
    pub command: String,
    /// A Fluent message id explaining the command.
    pub explain: Option<String>,
    /// Where the command's item is written in checks.yaml.
    pub span: Span,
    /// Where its `explain:` value is written, when it has one.
    pub explain_span: Option<Span>,
    /// Where its `command:` value is written.
    pub command_span: Span,
}

impl CheckCommand {
    /// The command with the placeholder replaced by `port`.
    pub fn for_port(&self, port: Port) -> String {
        self.command.replace(PORT_PLACEHOLDER, &port.to_string())
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChecksFile {
    macos: Vec<RawCommand>,
    linux: Vec<RawCommand>,
    windows: Vec<RawCommand>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCommand {
    syntax: Syntax,
    command: PortCommand,
    #[serde(default)]
    explain: Option<String>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum Syntax {
    Bash,
    Powershell,
    Cmd,
}

impl Syntax {
    fn as_str(self) -> &'static str {
        match self {
            Syntax::Bash => "bash",
            Syntax::Powershell => "powershell",
            Syntax::Cmd => "cmd",
        }
    }
}

/// A command string, checked while decoding so the error carries the value's position.
struct PortCommand(String);

impl<'de> Deserialize<'de> for PortCommand {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(PortCommandVisitor)
    }
}

struct PortCommandVisitor;

impl Visitor<'_> for PortCommandVisitor {
    type Value = PortCommand;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a command containing {port}")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<PortCommand, E> {
        // A reader pastes this into a shell: nothing may make it read differently from
        // what it runs.
        if let Some(c) = v
            .chars()
            .find(|c| (c.is_control() && *c != '\t') || super::text::is_format(*c))
        {
            return Err(E::custom(format_args!(
                "command `{}` holds U+{:04X}, an invisible or control character; remove it",
                v.escape_debug(),
                u32::from(c)
            )));
        }
        if v.contains(PORT_PLACEHOLDER) {
            Ok(PortCommand(v.to_string()))
        } else {
            Err(E::custom(format_args!(
                "command `{v}` has no `{{port}}` placeholder; write `{{port}}` where the port number goes"
            )))
        }
    }
}

/// Reads and validates `content/checks.yaml` under `root`.
pub fn load_checks(root: &Path) -> Result<Checks, ContentError> {
    let rel = Path::new(CHECKS_PATH);
    let bytes = super::discover::read_limited(root, rel)?;
    parse_checks(rel, &bytes)
}

/// Parses the text of a checks file; `path` is used in messages.
pub fn parse_checks(path: &Path, bytes: &[u8]) -> Result<Checks, ContentError> {
    let text = decode(path, bytes)?;
    let file: ChecksFile = from_yaml(path, text, 1)?;
    let positions = FieldPositions::scan(path, text, 1);
    let platform = |id: PlatformId, raw: Vec<RawCommand>| CheckPlatform {
        id,
        commands: (raw.into_iter().enumerate())
            .map(|(i, c)| {
                let item = format!("{}[{i}]", id.as_str());
                let span = positions.span(&item).unwrap_or_else(|| Span::file(path));
                CheckCommand {
                    syntax: c.syntax.as_str().to_string(),
                    command: c.command.0,
                    explain_span: c.explain.as_ref().map(|_| {
                        let value = positions.value_span(&format!("{item}.explain"));
                        value.unwrap_or_else(|| span.clone())
                    }),
                    explain: c.explain,
                    command_span: (positions.value_span(&format!("{item}.command")))
                        .unwrap_or_else(|| span.clone()),
                    span,
                }
            })
            .collect(),
    };
    Ok(Checks {
        platforms: vec![
            platform(PlatformId::Macos, file.macos),
            platform(PlatformId::Linux, file.linux),
            platform(PlatformId::Windows, file.windows),
        ],
    })
}
