//! `portsite serve`: a development server on loopback that loads the site's sources, renders
//! each page when a browser asks for it (never building the whole site, never writing
//! `public/`), watches the sources, and reloads open pages after every change.
//!
//! HTTP is axum on hyper over tokio; pages are rendered by `LoadedSite::render_page`, the
//! function `build` writes every file with, so both give the same bytes.

mod app;
mod cache;
mod events;
mod listen;
mod request;
mod state;
mod watch;
mod watcher;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Sender};
use std::thread::{self, JoinHandle};
use std::time::Duration;

pub use events::{Event, MAX_CLIENTS};
pub use listen::{MAX_CONNECTIONS, MAX_HEAD_BYTES};
pub use request::{PathError, decode_path};
pub use state::RELOAD_TAG;
pub use watch::Snapshot;

use events::Hub;
use state::State;
use watcher::Wake;

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The folder holding `site.yaml`.
    pub root: PathBuf,
    /// The address to listen on; loopback unless the user asks otherwise.
    pub bind: SocketAddr,
    /// Overrides `base_url` from `site.yaml`.
    pub base_url: Option<String>,
    /// Scan the sources every `poll_interval` instead of waiting for file-system events.
    pub poll: bool,
    /// How often the sources are scanned when polling.
    pub poll_interval: Duration,
    /// How often the sources are scanned anyway while events are used, for file systems
    /// whose events do not arrive.
    pub rescan_interval: Duration,
    /// How long a client may take to send a whole request head.
    pub head_deadline: Duration,
    /// How many bytes of rendered pages are kept in memory.
    pub cache_bytes: usize,
}

impl ServeOptions {
    /// Options for `root` with the defaults.
    pub fn new(root: impl Into<PathBuf>, bind: SocketAddr) -> ServeOptions {
        ServeOptions {
            root: root.into(),
            bind,
            base_url: None,
            poll: false,
            poll_interval: Duration::from_millis(50),
            rescan_interval: Duration::from_secs(1),
            head_deadline: Duration::from_secs(10),
            cache_bytes: 64 * 1024 * 1024,
        }
    }
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The address is taken or not ours to listen on.
    #[error("cannot listen on {addr}: {source}; pick another address with --bind")]
    Bind {
        /// The address asked for.
        addr: SocketAddr,
        /// The OS error.
        source: std::io::Error,
    },
    /// The async runtime or the watcher thread could not be started.
    #[error("cannot start the server: {0}")]
    Start(std::io::Error),
}

/// A running server; dropping it stops it.
pub struct Server {
    addr: SocketAddr,
    hub: Arc<Hub>,
    runtime: Option<tokio::runtime::Runtime>,
    wake: Sender<Wake>,
    watcher: Option<JoinHandle<()>>,
}

impl Server {
    /// Listens, loads the site, and starts serving and watching in the background. A site
    /// that does not load still gets a server: it shows the error until the fix.
    pub fn start(options: ServeOptions) -> Result<Server, ServeError> {
        let bind_error = |source| ServeError::Bind {
            addr: options.bind,
            source,
        };
        let listener = std::net::TcpListener::bind(options.bind).map_err(bind_error)?;
        let addr = listener.local_addr().map_err(bind_error)?;
        listener.set_nonblocking(true).map_err(bind_error)?;
        // Taken before loading, so an edit made while the site loads is picked up after.
        let snapshot = Snapshot::take(&options.root);
        let state = Arc::new(State::new(
            options.root.clone(),
            options.base_url.clone(),
            options.cache_bytes,
        ));
        let hub = Arc::new(Hub::default());
        first_load(&state, &hub);
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            // Rendering is CPU work on a few cores: more threads than this only queue, and
            // each would keep its own allocator arena.
            .max_blocking_threads(4)
            .thread_name("portsite-serve")
            .enable_all()
            .build()
            .map_err(ServeError::Start)?;
        let app = app::router(Arc::new(app::App {
            state: state.clone(),
            hub: hub.clone(),
            loopback_only: is_loopback(&addr),
        }));
        let listener = {
            let _entered = runtime.enter();
            tokio::net::TcpListener::from_std(listener).map_err(bind_error)?
        };
        runtime.spawn(listen::accept_loop(listener, app, options.head_deadline));
        let (wake, woken) = mpsc::channel();
        let watcher = {
            let (hub, sender) = (hub.clone(), wake.clone());
            thread::Builder::new()
                .name("portsite-watch".to_string())
                .spawn(move || {
                    watcher::watch_loop(&state, &hub, snapshot, &options, (sender, woken));
                })
                .map_err(ServeError::Start)?
        };
        Ok(Server {
            addr,
            hub,
            runtime: Some(runtime),
            wake,
            watcher: Some(watcher),
        })
    }

    /// The address the server listens on (useful after binding port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// How many live-reload clients are connected now.
    pub fn live_clients(&self) -> usize {
        self.hub.listening()
    }

    /// Blocks while the server runs, which is until the process ends (`portsite serve`
    /// is stopped with Ctrl-C); in-process users drop the handle instead.
    pub fn wait(mut self) {
        if let Some(watcher) = self.watcher.take() {
            let _ = watcher.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.wake.send(Wake::Stop);
        if let Some(watcher) = self.watcher.take() {
            let _ = watcher.join();
        }
        if let Some(runtime) = self.runtime.take() {
            // Open connections (live-reload streams among them) are dropped with the runtime.
            runtime.shutdown_timeout(Duration::from_secs(1));
        }
    }
}

/// Whether `addr` can only be reached from this machine.
pub fn is_loopback(addr: &SocketAddr) -> bool {
    addr.ip().is_loopback()
}

/// A build error as the one renderer prints it, in plain text: the terminal and the
/// browser's error page show the same report, source lines and help included.
pub(crate) fn report(root: &std::path::Path, error: &crate::site::BuildError) -> String {
    use crate::diag::ToDiagnostics;
    let mut diagnostics = error.diagnostics();
    for d in &mut diagnostics {
        d.relativize_location(root);
    }
    let sources = crate::diag::SourceText::new(root);
    let text = crate::diag::render_all(&diagnostics, &sources, crate::diag::Style::Plain);
    text.trim_end().to_string()
}

/// Loads the site for the first time and says how that went.
fn first_load(state: &State, hub: &Hub) {
    match state.reload(&[]) {
        Ok(loaded) => {
            log(&format!(
                "loaded the site in {:.0} ms; pages are rendered as they are asked for",
                loaded.elapsed.as_secs_f64() * 1000.0
            ));
            if loaded.warnings > 0 {
                log(&format!(
                    "{} messages fall back to the default locale; `portsite check` lists them",
                    loaded.warnings
                ));
            }
        }
        Err(error) => {
            let report = report(state.root(), &error);
            log(&format!(
                "the site does not load:\n{report}\nthe browser shows this error until it is fixed"
            ));
            hub.publish(Event::BuildError(report));
        }
    }
}

/// Prints a line for the person running `serve`.
pub fn log(message: &str) {
    eprintln!("portsite serve: {message}");
}
