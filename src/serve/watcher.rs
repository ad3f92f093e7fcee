//! The watcher thread: poll the sources, wait for them to settle, apply the smallest
//! rebuild, tell the open pages.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::Duration;

use super::ServeOptions;
use super::events::{Event, Hub};
use super::rebuild::Rebuilder;
use super::watch::{self, Snapshot};

/// How long the sources must stay unchanged before a rebuild starts.
const SETTLE: Duration = Duration::from_millis(20);

/// After this many rounds of changes the rebuild starts anyway (a file rewritten nonstop).
const SETTLE_ROUNDS: usize = 10;

/// Runs until the server is stopping.
pub fn watch_loop(
    mut rebuilder: Rebuilder,
    mut snapshot: Snapshot,
    options: &ServeOptions,
    hub: &Hub,
    stopping: &AtomicBool,
) {
    while !stopping.load(Ordering::Acquire) {
        thread::sleep(options.poll_interval);
        let now = Snapshot::take(&options.root);
        if snapshot.changes(&now).is_empty() {
            continue;
        }
        let now = settle(&options.root, now);
        let changes = snapshot.changes(&now);
        snapshot = now;
        let plan = watch::plan(&changes);
        let what = describe(&changes);
        match rebuilder.apply(plan) {
            Ok(done) => {
                log(&format!(
                    "{what} changed: {} {} pages in {:.1} ms",
                    if done.full {
                        "rebuilt all"
                    } else {
                        "re-rendered"
                    },
                    done.pages,
                    done.elapsed.as_secs_f64() * 1000.0
                ));
                hub.publish(Event::Reload);
            }
            Err(error) => {
                log(&format!(
                    "{what} changed: error: {error}\nstill serving the last good build"
                ));
                hub.publish(Event::BuildError(error.to_string()));
            }
        }
    }
}

/// Waits until the files stop changing, so that a file caught between an editor's
/// truncation and its write is not built (and reported broken) half-written.
fn settle(root: &Path, mut latest: Snapshot) -> Snapshot {
    for _ in 0..SETTLE_ROUNDS {
        thread::sleep(SETTLE);
        let again = Snapshot::take(root);
        if again == latest {
            break;
        }
        latest = again;
    }
    latest
}

fn describe(changes: &[PathBuf]) -> String {
    match changes {
        [one] => one.display().to_string(),
        [first, rest @ ..] => format!("{} and {} more", first.display(), rest.len()),
        [] => String::new(),
    }
}

pub fn log(message: &str) {
    eprintln!("portsite serve: {message}");
}
