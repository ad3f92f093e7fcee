//! The command line: one file per subcommand, each a thin layer over the library.

mod build;
mod check;
mod feedback;
mod import_iana;
mod new;
mod serve;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

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
        Err(outcome::Failure {
            message: format!(
                "error: --root `{}`: {problem}; pass the folder that holds site.yaml",
                self.root.display()
            ),
            code: 1,
        })
    }
}

/// Checks a `--base-url` value by site.yaml's rules (after dropping trailing slashes), so
/// `build` and `serve` refuse it before doing anything.
pub fn base_url_argument(value: Option<String>) -> outcome::Result<Option<String>> {
    value
        .map(|url| crate::validate::base_url_argument(&url))
        .transpose()
        .map_err(|message| outcome::Failure {
            message: format!("error: {message}"),
            code: 1,
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
