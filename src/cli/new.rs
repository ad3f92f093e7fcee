//! `portsite new`: scaffold a curated entry pre-filled with the registry's facts.

use super::RootArg;
use super::outcome::{Result, failure};
use crate::content;
use crate::diag::ToDiagnostics;
use crate::scaffold::{self, NewRequest};

/// Arguments of `portsite new`.
#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// The port number (0-65535).
    port: u64,
    /// The entry's locale (default: the site's default locale).
    #[arg(long)]
    locale: Option<String>,
    #[command(flatten)]
    root: RootArg,
}

/// Creates the entry file and prints its path.
pub fn run(args: NewArgs) -> Result {
    let request = NewRequest {
        port: args.port,
        locale: args.locale.as_deref(),
        today: content::today(),
    };
    let root = args.root.folder()?;
    let path = scaffold::create_entry(&root, &request)
        .map_err(|e| failure(Some(&root), &e.diagnostics(), None))?;
    println!("created {}", path.display());
    Ok(())
}
