//! `portsite build`.

use std::path::{Path, PathBuf};

use super::RootArg;
use super::outcome::{Result, failure};
use crate::diag::{self, Diagnostic, Location, SourceText, Style, ToDiagnostics};
use crate::output::hosts::{Fit, HOSTS};
use crate::output::redirects::{NGINX_MAP_FILE, REDIRECTS_FILE};
use crate::output::{MANIFEST, OutputTotals};
use crate::site::{self, BuildOptions};

/// Arguments of `portsite build`.
#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    #[command(flatten)]
    root: RootArg,
    /// Output folder (default: <root>/public). Only a folder portsite created is ever replaced.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Base URL for canonical links, overriding site.yaml.
    #[arg(long)]
    base_url: Option<String>,
}

/// Builds the site and prints a summary.
pub fn run(args: BuildArgs) -> Result {
    let root = args.root.folder()?;
    let out = args.out.unwrap_or_else(|| root.join("public"));
    let options = BuildOptions {
        root: root.clone(),
        out: out.clone(),
        base_url: args.base_url,
        progress: true,
    };
    let report = site::build(&options).map_err(|e| {
        let trailer = format!("The build failed; {} was left as it was.", out.display());
        failure(Some(&options.root), &e.diagnostics(), Some(&trailer))
    })?;
    print_warnings(&options.root, &report.warnings);
    let average = report.html_bytes / report.pages.max(1) as u64;
    eprintln!(
        "built {} pages ({} port pages) into {} in {:.2}s (start-up {} ms); {} MB of HTML, {} bytes per page on average",
        report.pages,
        report.port_pages,
        out.display(),
        report.elapsed.as_secs_f64(),
        report.startup.as_millis(),
        report.html_bytes / 1_000_000,
        average,
    );
    print_output_totals(&report.totals);
    let (total, in_redirects) = report.redirects;
    if total > 0 {
        let rest = if in_redirects < total {
            "; the rest reach their range page from the 404 page"
        } else {
            ""
        };
        eprintln!(
            "ports without a page: {total} redirects in {NGINX_MAP_FILE}, {in_redirects} of them in {REDIRECTS_FILE} (the hosts' rule limits){rest}"
        );
    }
    let shard = &report.search.largest;
    eprintln!(
        "search index: {} shards, largest {} ({} bytes, {} gzipped)",
        report.search.shards, shard.path, shard.raw, shard.gzip
    );
    Ok(())
}

/// Prints what the output holds (what static hosts count) and which hosts' limits it fits.
fn print_output_totals(totals: &OutputTotals) {
    eprintln!(
        "output: {} files in {} folders, {} bytes ({:.2} GB); manifest {}",
        totals.files,
        totals.folders,
        totals.bytes,
        totals.bytes as f64 / 1e9,
        MANIFEST
    );
    let mut fits = Vec::new();
    let mut exceeds = Vec::new();
    for host in &HOSTS {
        match host.check(totals) {
            Fit::Fits => fits.push(host.name.to_string()),
            Fit::Exceeds(why) => exceeds.push(format!("{} ({why})", host.name)),
        }
    }
    let or_none = |list: Vec<String>| {
        if list.is_empty() {
            "none".to_string()
        } else {
            list.join(", ")
        }
    };
    eprintln!("fits the limits of: {}", or_none(fits));
    eprintln!("too large for: {}", or_none(exceeds));
}

/// Prints warnings, but at most a screenful: a new locale lacks hundreds of messages,
/// and `portsite check` lists every one of them.
fn print_warnings(root: &Path, warnings: &[Diagnostic]) {
    const SHOWN: usize = 12;
    let mut shown: Vec<Diagnostic> = warnings.iter().take(SHOWN).cloned().collect();
    if warnings.len() > SHOWN {
        let more = format!("… and {} more warnings", warnings.len() - SHOWN);
        shown.push(
            Diagnostic::warning("more-warnings", Location::Nowhere, more)
                .with_help("run `portsite check` for the full list"),
        );
    }
    for d in &mut shown {
        d.relativize_location(root);
    }
    eprint!(
        "{}",
        diag::render_all(&shown, &SourceText::new(root), Style::for_stderr())
    );
}
