//! The watcher thread: wait for a change of the sources, let it settle, load the site
//! again, and tell the open pages (reload, or the error while the last good site stays).
//!
//! File-system events (`notify`: inotify on Linux, FSEvents on macOS) wake it within a
//! millisecond of a save. Where events do not arrive — network file systems (NFS, SMB),
//! folders shared into containers or VMs (Docker Desktop bind mounts, WSL2 `/mnt/c`), or
//! when the system's inotify watch limit is used up — a scan of the sources every
//! [`ServeOptions::rescan_interval`] still sees the change; `--poll` scans every
//! [`ServeOptions::poll_interval`] instead of waiting for events.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::Duration;

use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use super::events::{Event, Hub};
use super::state::State;
use super::watch::{self, Snapshot, WATCHED};
use super::{ServeOptions, log};

/// How long the sources must stay unchanged before the site is loaded again.
const SETTLE: Duration = Duration::from_millis(20);

/// After this many rounds of changes the load starts anyway (a file rewritten nonstop).
const SETTLE_ROUNDS: usize = 10;

/// What wakes the watcher.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wake {
    /// The file system reported something under the watched folders.
    Changed,
    /// The server is stopping.
    Stop,
}

/// The file-system event source, and which folders it covers so far.
struct Events {
    watcher: RecommendedWatcher,
    covered: BTreeSet<PathBuf>,
}

impl Events {
    /// Starts watching the root (for `site.yaml` and new folders) and each source folder.
    fn start(root: &Path, wake: Sender<Wake>) -> notify::Result<Events> {
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                // Reading a file (as loading the site does) must not look like a change.
                if event.is_ok_and(|e| !matches!(e.kind, EventKind::Access(_))) {
                    let _ = wake.send(Wake::Changed);
                }
            })?;
        watcher.watch(root, RecursiveMode::NonRecursive)?;
        let mut events = Events {
            watcher,
            covered: BTreeSet::new(),
        };
        events.cover(root)?;
        Ok(events)
    }

    /// Watches the source folders that exist and are not watched yet.
    fn cover(&mut self, root: &Path) -> notify::Result<()> {
        for name in WATCHED.iter().filter(|n| !n.contains('.')) {
            let dir = root.join(name);
            if dir.is_dir() && !self.covered.contains(&dir) {
                self.watcher.watch(&dir, RecursiveMode::Recursive)?;
                self.covered.insert(dir);
            }
        }
        Ok(())
    }
}

/// Runs until told to stop.
pub fn watch_loop(
    state: &State,
    hub: &Hub,
    mut snapshot: Snapshot,
    options: &ServeOptions,
    wake: (Sender<Wake>, Receiver<Wake>),
) {
    let (sender, receiver) = wake;
    let mut events = if options.poll {
        None
    } else {
        match Events::start(&options.root, sender) {
            Ok(events) => Some(events),
            Err(error) => {
                log(&format!(
                    "cannot watch the sources for changes ({error}); scanning them every {} ms instead",
                    options.poll_interval.as_millis()
                ));
                None
            }
        }
    };
    let interval = match events {
        Some(_) => options.rescan_interval,
        None => options.poll_interval,
    };
    loop {
        match receiver.recv_timeout(interval) {
            Ok(Wake::Stop) | Err(RecvTimeoutError::Disconnected) => return,
            Ok(Wake::Changed) | Err(RecvTimeoutError::Timeout) => {}
        }
        // One look covers every event that arrived meanwhile.
        if receiver.try_iter().any(|w| w == Wake::Stop) {
            return;
        }
        let now = Snapshot::take(&options.root);
        if snapshot.changes(&now).is_empty() {
            continue;
        }
        let now = settle(&options.root, now);
        let changes = snapshot.changes(&now);
        snapshot = now;
        reload(state, hub, &changes);
        if let Some(events) = events.as_mut()
            && let Err(error) = events.cover(&options.root)
        {
            log(&format!(
                "cannot watch a new folder ({error}); it is scanned every {} s",
                interval.as_secs()
            ));
        }
    }
}

/// Loads the site again after `changes` and tells the terminal and the open pages.
fn reload(state: &State, hub: &Hub, changes: &[PathBuf]) {
    let what = watch::describe(changes);
    // Static files are read from disk at each request: a page only needs reloading.
    let only_static = changes.iter().all(|p| p.starts_with("static"));
    if only_static && hub.current_error().is_none() && state.current().is_some() {
        log(&format!("{what} changed"));
        hub.publish(Event::Reload);
        return;
    }
    match state.reload(changes) {
        Ok(loaded) => {
            log(&format!(
                "{what} changed: reloaded in {:.0} ms",
                loaded.elapsed.as_secs_f64() * 1000.0
            ));
            hub.publish(Event::Reload);
        }
        Err(error) => {
            let report = super::report(state.root(), &error);
            log(&format!(
                "{what} changed:\n{report}\nstill serving the last good state of the site"
            ));
            hub.publish(Event::BuildError(report));
        }
    }
}

/// Waits until the files stop changing, so that a file caught between an editor's
/// truncation and its write is not loaded (and reported broken) half-written.
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
