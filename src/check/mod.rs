//! `portsite check`: every stage's problems collected in one run, without writing anything.
//!
//! Each stage loader is called on its own (unlike `site::LoadedSite::load`, which stops at
//! the first failing stage), its errors become [`Diagnostic`]s, and the cross-file checks
//! (links, check-command messages, translations) run on whatever loaded.

mod links;
mod messages;
mod render_sample;
mod report;
mod stages;
mod translations;

#[cfg(test)]
mod tests;

use std::path::Path;

pub use crate::diag::{Diagnostic, Location, Severity};
pub use report::{render_human, render_json};

/// Everything `check` found, sorted by file position.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckReport {
    /// Errors and warnings, sorted by location.
    pub diagnostics: Vec<Diagnostic>,
}

impl CheckReport {
    /// How many problems have `severity`.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    /// Whether the check fails: any error, or any warning when warnings are denied.
    pub fn fails(&self, deny_warnings: bool) -> bool {
        self.count(Severity::Error) > 0 || (deny_warnings && self.count(Severity::Warning) > 0)
    }
}

/// Validates the site at `root` and reports every problem found; reads only, never writes.
pub fn check_site(root: &Path) -> CheckReport {
    let mut diagnostics = stages::run(root);
    for d in &mut diagnostics {
        d.relativize(root);
    }
    diagnostics.sort_by(|a, b| sort_key(a).cmp(&sort_key(b)));
    CheckReport { diagnostics }
}

fn sort_key(d: &Diagnostic) -> (Option<&Path>, Option<(usize, usize)>) {
    (d.location.path(), d.location.position())
}
