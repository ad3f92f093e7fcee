//! "How to check what's listening" commands, highlighted once and filled in per port.

use serde::Serialize;

use super::RenderError;
use crate::content::{Checks, PORT_PLACEHOLDER};
use crate::markdown::{HighlightedTemplate, Highlighter};
use crate::port::Port;

/// Every check command, highlighted once for all ports.
pub struct PreparedChecks {
    platforms: Vec<PreparedPlatform>,
}

struct PreparedPlatform {
    id: &'static str,
    commands: Vec<PreparedCommand>,
}

struct PreparedCommand {
    syntax: String,
    explain: Option<String>,
    highlighted: HighlightedTemplate,
}

/// One OS tab of a port page.
#[derive(Serialize)]
pub struct PlatformView<'a> {
    /// `macos`, `linux` or `windows`.
    pub id: &'a str,
    /// The commands for that OS, with the port filled in.
    pub commands: Vec<CommandView<'a>>,
}

/// One command, ready to show and copy.
#[derive(Serialize)]
pub struct CommandView<'a> {
    /// The shell's syntax token (`bash`, `powershell`, `cmd`).
    pub syntax: &'a str,
    /// The highlighted HTML (class-based).
    pub html: String,
    /// The Fluent id of the sentence explaining the command, if any.
    pub explain: Option<&'a str>,
}

impl PreparedChecks {
    /// Highlights every command of `checks` once.
    pub fn prepare(checks: &Checks, highlighter: &Highlighter) -> Result<Self, RenderError> {
        let mut platforms = Vec::new();
        for platform in &checks.platforms {
            let mut commands = Vec::new();
            for command in &platform.commands {
                let highlighted = highlighter
                    .template(&command.command, PORT_PLACEHOLDER, &command.syntax)
                    .map_err(|e| RenderError::Checks {
                        span: command.command_span.clone(),
                        error: Box::new(e),
                    })?;
                commands.push(PreparedCommand {
                    syntax: command.syntax.clone(),
                    explain: command.explain.clone(),
                    highlighted,
                });
            }
            platforms.push(PreparedPlatform {
                id: platform.id.as_str(),
                commands,
            });
        }
        Ok(PreparedChecks { platforms })
    }

    /// The tabs for one port.
    pub fn for_port(&self, port: Port) -> Vec<PlatformView<'_>> {
        self.platforms
            .iter()
            .map(|platform| PlatformView {
                id: platform.id,
                commands: platform
                    .commands
                    .iter()
                    .map(|c| CommandView {
                        syntax: &c.syntax,
                        html: c.highlighted.render(port),
                        explain: c.explain.as_deref(),
                    })
                    .collect(),
            })
            .collect()
    }
}
