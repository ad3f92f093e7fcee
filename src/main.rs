//! The `portsite` binary: parse arguments, run, print the report, set the exit status.

use clap::Parser;

fn main() {
    let cli = portsite::cli::Cli::parse();
    if let Err(failure) = portsite::cli::run(cli) {
        eprintln!("{}", failure.message);
        std::process::exit(failure.code);
    }
}
