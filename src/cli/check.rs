//! `portsite check`: validate the whole site without writing anything.

use super::RootArg;
use super::outcome::{Failure, Result};
use crate::check::{self, Severity};
use crate::diag::{SourceText, Style};

/// How `check` prints its findings.
#[derive(Debug, Clone, Copy, Default, clap::ValueEnum)]
pub enum Format {
    /// Each problem with its source line on stderr, then a summary.
    #[default]
    Human,
    /// A JSON array of `{severity, path, line, column, message, help, code}` on stdout.
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
    let root = args.root.folder()?;
    let report = check::check_site(&root);
    match args.format {
        Format::Human => {
            let sources = SourceText::new(&root);
            eprint!(
                "{}",
                check::render_human(&report, &sources, Style::for_stderr())
            );
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
