//! The command line: one file per subcommand, each a thin layer over the library.

mod build;
mod check;
mod feedback;
mod import_iana;
mod new;
mod serve;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::diag::{Diagnostic, Location, Severity};

/// portsite: a static site generator for multilingual port-reference websites.
#[derive(Debug, Parser)]
#[command(name = "portsite", version, about)]
pub struct Cli {
    /// The subcommand.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the whole site into the output folder, atomically.
    Build(build::BuildArgs),
    /// Serve on loopback, rendering pages on request, and reload open pages on change.
    Serve(serve::ServeArgs),
    /// Validate the whole site without writing anything; report every problem.
    Check(check::CheckArgs),
    /// Scaffold a curated entry pre-filled with the registry's facts.
    New(new::NewArgs),
    /// Replace the bundled IANA registry with a newly downloaded CSV and show what changed.
    ImportIana(import_iana::ImportArgs),
    /// Collect readers' "Was this page helpful?" answers, and report on them.
    Feedback(feedback::FeedbackArgs),
}

/// Options every subcommand shares.
#[derive(Debug, clap::Args)]
pub struct RootArg {
    /// The site's folder (the one holding site.yaml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

impl RootArg {
    /// The site folder, checked to exist and to be a folder, so every subcommand fails the
    /// same clear way on a mistyped `--root`.
    pub fn folder(&self) -> outcome::Result<PathBuf> {
        let problem = match std::fs::metadata(&self.root) {
            Ok(meta) if meta.is_dir() => return Ok(self.root.clone()),
            Ok(_) => "it is not a folder".to_string(),
            Err(e) => e.to_string(),
        };
        let message = format!("--root `{}`: {problem}", self.root.display());
        let problem = Diagnostic::error("argument", Location::Nowhere, message)
            .with_help("pass the folder that holds site.yaml");
        Err(outcome::failure(None, &[problem], None))
    }
}

/// Checks a `--base-url` value by site.yaml's rules (after dropping trailing slashes), so
/// `build` and `serve` refuse it before doing anything.
pub fn base_url_argument(value: Option<String>) -> outcome::Result<Option<String>> {
    value
        .map(|url| crate::validate::base_url_argument(&url))
        .transpose()
        .map_err(|message| {
            let problem =
                Diagnostic::advised("argument", Severity::Error, Location::Nowhere, &message);
            outcome::failure(None, &[problem], None)
        })
}

/// Runs the parsed command line; the error is printed by `main`.
pub fn run(cli: Cli) -> outcome::Result {
    match cli.command {
        Command::Build(args) => build::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Check(args) => check::run(args),
        Command::New(args) => new::run(args),
        Command::ImportIana(args) => import_iana::run(args),
        Command::Feedback(args) => feedback::run(args),
    }
}

/// The CLI's result: a printable error and an exit status, formatted once for stderr.
pub mod outcome {
    use std::path::Path;

    use crate::diag::{self, Diagnostic, SourceText, Style};

    /// Problems rendered by the one renderer (with excerpts of the files under `root`,
    /// paths shown relative to it), then `trailer` (what happened to the output).
    pub fn failure(root: Option<&Path>, problems: &[Diagnostic], trailer: Option<&str>) -> Failure {
        let mut problems = problems.to_vec();
        let sources = match root {
            Some(root) => {
                for d in &mut problems {
                    d.relativize_location(root);
                }
                SourceText::new(root)
            }
            None => SourceText::none(),
        };
        let mut message = diag::render_all(&problems, &sources, Style::for_stderr());
        match trailer {
            Some(trailer) => message.push_str(trailer),
            None => message.truncate(message.trim_end().len()),
        }
        Failure { message, code: 1 }
    }

    /// A failure already formatted for the user.
    #[derive(Debug)]
    pub struct Failure {
        /// What to print on stderr.
        pub message: String,
        /// The process exit status.
        pub code: i32,
    }

    /// The result of a subcommand (or of one of its steps).
    pub type Result<T = ()> = std::result::Result<T, Failure>;
}
