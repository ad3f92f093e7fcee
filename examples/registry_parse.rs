//! Parses the bundled registry CSV N times and prints the fastest run: a quick, repeatable
//! figure for profiling the parser (`valgrind --tool=callgrind`, `perf record`).
//! Usage: cargo run --release --example registry_parse [RUNS]

use std::path::Path;
use std::time::Instant;

use portsite::registry::PortRegistry;

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(20);
    let path = Path::new("content/registry/service-names-port-numbers.csv");
    let text = std::fs::read_to_string(path).expect("the bundled registry");
    let mut best = f64::MAX;
    for _ in 0..runs {
        let started = Instant::now();
        let registry = PortRegistry::from_str_source(&text, path).expect("parse");
        best = best.min(started.elapsed().as_secs_f64());
        std::hint::black_box(registry);
    }
    println!("fastest of {runs}: {:.1} ms", best * 1000.0);
}
