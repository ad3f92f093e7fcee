//! The `portsite` binary: parse arguments, run, print the report, set the exit status.

use clap::Parser;

// Rendering allocates and frees millions of short-lived values; jemalloc does that in
// about three quarters of glibc malloc's time (BENCHMARKS.md, issue 13).
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() {
    let cli = portsite::cli::Cli::parse();
    if let Err(failure) = portsite::cli::run(cli) {
        eprintln!("{}", failure.message);
        std::process::exit(failure.code);
    }
}
