//! `portsite import-iana`: refresh the bundled registry from a new IANA CSV download.

use std::path::PathBuf;

use super::RootArg;
use super::outcome::{Result, failure};
use crate::content;
use crate::diag::ToDiagnostics;
use crate::import::{self, ImportReport};
use crate::registry::ServiceChange;

/// Arguments of `portsite import-iana`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The downloaded `service-names-port-numbers.csv` (CRLF or LF line ends).
    file: PathBuf,
    #[command(flatten)]
    root: RootArg,
}

/// Imports the file and prints what changed.
pub fn run(args: ImportArgs) -> Result {
    let root = args.root.folder()?;
    let report = import::import_iana(&root, &args.file, content::today()).map_err(|e| {
        let trailer =
            matches!(e, import::ImportError::Invalid(_)).then_some("Nothing was replaced.");
        // The download is named as the user gave it, not relative to the site.
        let site = (!matches!(e, import::ImportError::Read { .. })).then_some(root.as_path());
        failure(site, &e.diagnostics(), trailer)
    })?;
    print!("{}", describe(&report));
    Ok(())
}

/// The change list: added, removed and changed rows, then the counts.
fn describe(report: &ImportReport) -> String {
    let diff = &report.diff;
    if diff.is_empty() {
        let note = if report.replaced {
            " (the file differed only in formatting and was replaced)"
        } else {
            ""
        };
        return format!("no changes{note}\n");
    }
    let mut out = String::new();
    for key in &diff.added {
        out.push_str(&format!("added    {key}\n"));
    }
    for key in &diff.removed {
        out.push_str(&format!("removed  {key}\n"));
    }
    for change in &diff.changed {
        out.push_str(&changed(change));
    }
    out.push_str(&format!(
        "{} added, {} removed, {} changed; registry replaced (sha256 {})\n",
        diff.added.len(),
        diff.removed.len(),
        diff.changed.len(),
        report.sha256
    ));
    out
}

fn changed(change: &ServiceChange) -> String {
    let mut out = format!("changed  {}\n", change.new);
    for field in &change.fields {
        out.push_str(&format!(
            "         {}: {:?} -> {:?}\n",
            field.field.as_str(),
            field.old,
            field.new
        ));
    }
    out
}
