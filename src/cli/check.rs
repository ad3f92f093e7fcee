//! `portsite check`: validate the whole site without writing anything.

use std::io::IsTerminal;

use super::RootArg;
use super::outcome::{Failure, Result};
use crate::check::{self, Severity};

/// How `check` prints its findings.
#[derive(Debug, Clone, Copy, Default, clap::ValueEnum)]
pub enum Format {
    /// One line per problem on stderr, then a summary.
    #[default]
    Human,
    /// A JSON array of `{severity, path, line, column, message, code}` on stdout.
    Json,
}

/// Arguments of `portsite check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    #[command(flatten)]
    root: RootArg,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Exit with status 1 on warnings too.
    #[arg(long)]
    deny_warnings: bool,
}

/// Checks the site and prints every problem; fails when there are errors (or warnings
/// with `--deny-warnings`).
pub fn run(args: CheckArgs) -> Result {
    let report = check::check_site(&args.root.folder()?);
    match args.format {
        Format::Human => {
            let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            eprint!("{}", check::render_human(&report, color));
        }
        Format::Json => println!("{}", check::render_json(&report)),
    }
    if !report.fails(args.deny_warnings) {
        return Ok(());
    }
    let message = if report.count(Severity::Error) > 0 {
        "check failed: fix the errors above"
    } else {
        "check failed: warnings are denied (--deny-warnings)"
    };
    Err(Failure {
        message: message.to_string(),
        code: 1,
    })
}
