//! The filesystem floor for a build: writes the same files, with the same sizes and folder
//! layout as an existing output folder, as fast as this machine allows (rayon, one write per
//! file), and prints how long that took. `scripts/bench.sh` compares a real build with it.
//!
//! Usage: `cargo run --release --example fs_floor -- <built-site> <scratch-folder>`

use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: fs_floor <built-site> <scratch-folder>");
        std::process::exit(2);
    }
    let (reference, scratch) = (Path::new(&args[1]), PathBuf::from(&args[2]));
    let mut files = Vec::new();
    let mut folders = Vec::new();
    for item in walkdir::WalkDir::new(reference) {
        let item = item.expect("readable reference folder");
        let relative = item.path().strip_prefix(reference).unwrap().to_path_buf();
        if item.file_type().is_dir() {
            folders.push(relative);
        } else {
            files.push((relative, item.metadata().unwrap().len() as usize));
        }
    }
    let bytes: usize = files.iter().map(|(_, len)| len).sum();
    let payload = vec![b'x'; files.iter().map(|(_, len)| *len).max().unwrap_or(0)];
    // FLOOR_REWRITE=1 writes over the files of an earlier run instead of creating them,
    // which is what a build that reuses its previous output does.
    let rewrite = std::env::var_os("FLOOR_REWRITE").is_some() && scratch.exists();
    if scratch.exists() && !rewrite {
        std::fs::remove_dir_all(&scratch).expect("clear scratch folder");
    }
    let cpu_before = cpu_seconds();
    let started = Instant::now();
    if !rewrite {
        std::fs::create_dir_all(&scratch).unwrap();
        // Folders in walk order: parents come before children, so plain mkdir suffices.
        for folder in folders.iter().skip(1) {
            std::fs::create_dir(scratch.join(folder)).unwrap();
        }
    }
    files.par_iter().for_each(|(relative, len)| {
        std::fs::write(scratch.join(relative), &payload[..*len]).unwrap();
    });
    let seconds = started.elapsed().as_secs_f64();
    let cpu = cpu_seconds()
        .zip(cpu_before)
        .map_or(String::new(), |((u, s), (u0, s0))| {
            format!(", CPU user {:.2} s, sys {:.2} s", u - u0, s - s0)
        });
    println!(
        "floor{}: {} files, {} bytes, {} folders written in {seconds:.2} s ({:.0} files/s{cpu})",
        if rewrite {
            " (rewriting existing files)"
        } else {
            ""
        },
        files.len(),
        bytes,
        folders.len(),
        files.len() as f64 / seconds
    );
}

/// This process's user and system CPU seconds so far (Linux's `/proc/self/stat`), so the
/// floor's CPU excludes walking the reference folder.
fn cpu_seconds() -> Option<(f64, f64)> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split(' ').collect();
    // utime and stime are fields 14 and 15 of the line (11 and 12 of `rest`, from 0), in
    // clock ticks, which Linux gives 100 per second on every architecture it runs on.
    let ticks = |i: usize| fields.get(i)?.parse::<f64>().ok().map(|t| t / 100.0);
    Some((ticks(11)?, ticks(12)?))
}
