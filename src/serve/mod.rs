//! `portsite serve`: a development server on loopback that builds the site, serves it,
//! watches the sources, rebuilds only what a change touches, and reloads open pages.
//!
//! Plain `std::net` and one thread per connection: a dev server has a handful of clients,
//! and bounded counts (connections, live-reload listeners, head size) keep it safe.

mod accept;
mod conn;
mod events;
mod files;
mod http;
mod path;
mod rebuild;
mod watch;
mod watcher;

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::{self, JoinHandle};
use std::time::Duration;

pub use accept::MAX_CONNECTIONS;
pub use events::{Event, MAX_CLIENTS};
pub use http::MAX_HEAD_BYTES;
pub use path::{PathError, RequestPath};
pub use rebuild::{Rebuilder, Rebuilt};
pub use watch::{Plan, Snapshot};

use crate::output::MARKER;
use crate::site::{BuildError, BuildOptions};
use conn::Shared;
use events::Hub;

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The folder holding `site.yaml`.
    pub root: PathBuf,
    /// The folder built into and served (default `<root>/public`).
    pub out: PathBuf,
    /// The address to listen on; loopback unless the user asks otherwise.
    pub bind: SocketAddr,
    /// Overrides `base_url` from `site.yaml`.
    pub base_url: Option<String>,
    /// How often the sources are checked for changes.
    pub poll_interval: Duration,
}

impl ServeOptions {
    /// Options for `root` with the defaults: `<root>/public`, polled every 50 ms.
    pub fn new(root: impl Into<PathBuf>, bind: SocketAddr) -> ServeOptions {
        let root = root.into();
        ServeOptions {
            out: root.join("public"),
            root,
            bind,
            base_url: None,
            poll_interval: Duration::from_millis(50),
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
    /// The first build failed and there is no previous output to serve meanwhile.
    #[error(
        "{0}\nThe first build failed and there is no earlier build to serve; fix the error and start again."
    )]
    FirstBuild(BuildError),
    /// A thread could not be started.
    #[error("cannot start a server thread: {0}")]
    Thread(std::io::Error),
}

/// A running server; dropping it stops it.
pub struct Server {
    addr: SocketAddr,
    stopping: Arc<AtomicBool>,
    hub: Arc<Hub>,
    threads: Vec<JoinHandle<()>>,
}

impl Server {
    /// Listens, builds the site, and starts serving and watching in background threads.
    pub fn start(options: ServeOptions) -> Result<Server, ServeError> {
        let listener = TcpListener::bind(options.bind).map_err(|source| ServeError::Bind {
            addr: options.bind,
            source,
        })?;
        let addr = listener.local_addr().map_err(|source| ServeError::Bind {
            addr: options.bind,
            source,
        })?;
        let hub = Arc::new(Hub::default());
        let stopping = Arc::new(AtomicBool::new(false));
        // Taken before the first build, so edits made while it runs are picked up after.
        let snapshot = Snapshot::take(&options.root);
        let mut rebuilder = Rebuilder::new(build_options(&options));
        let locale_prefixes = first_build(&mut rebuilder, &options, &hub)?;
        let shared = Arc::new(Shared {
            out: options.out.clone(),
            locale_prefixes,
            hub: hub.clone(),
            stopping: stopping.clone(),
            loopback_only: is_loopback(&addr),
        });
        let mut server = Server {
            addr,
            stopping: stopping.clone(),
            hub: hub.clone(),
            threads: Vec::new(),
        };
        let accept = spawn("portsite-accept", move || {
            accept::accept_loop(&listener, &shared);
        })?;
        server.threads.push(accept);
        let watcher = spawn("portsite-watch", move || {
            watcher::watch_loop(rebuilder, snapshot, &options, &hub, &stopping);
        })?;
        server.threads.push(watcher);
        Ok(server)
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
        for thread in self.threads.drain(..) {
            let _ = thread.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stopping.store(true, Ordering::Release);
        // Wake the accept loop, which is blocked in accept().
        let _ = TcpStream::connect_timeout(&wake_address(self.addr), Duration::from_secs(1));
        for thread in self.threads.drain(..) {
            let _ = thread.join();
        }
    }
}

/// Whether `addr` can only be reached from this machine.
pub fn is_loopback(addr: &SocketAddr) -> bool {
    addr.ip().is_loopback()
}

fn wake_address(addr: SocketAddr) -> SocketAddr {
    let mut wake = addr;
    if wake.ip().is_unspecified() {
        wake.set_ip(if addr.is_ipv4() {
            std::net::Ipv4Addr::LOCALHOST.into()
        } else {
            std::net::Ipv6Addr::LOCALHOST.into()
        });
    }
    wake
}

fn build_options(options: &ServeOptions) -> BuildOptions {
    BuildOptions {
        root: options.root.clone(),
        out: options.out.clone(),
        base_url: options.base_url.clone(),
        progress: false,
    }
}

/// Runs the first build; when it fails but an earlier build exists, serves that one and
/// shows the error in the pages. Returns the locale prefixes for 404 pages.
fn first_build(
    rebuilder: &mut Rebuilder,
    options: &ServeOptions,
    hub: &Hub,
) -> Result<Vec<String>, ServeError> {
    match rebuilder.full() {
        Ok(report) => {
            watcher::log(&format!(
                "built {} pages into {} in {:.2}s",
                report.pages,
                options.out.display(),
                report.elapsed.as_secs_f64()
            ));
        }
        Err(error) if options.out.join(MARKER).is_file() => {
            watcher::log(&format!(
                "error: {error}\nserving the previous build meanwhile"
            ));
            hub.publish(Event::BuildError(error.to_string()));
        }
        Err(error) => return Err(ServeError::FirstBuild(error)),
    }
    Ok(locale_prefixes(options))
}

fn locale_prefixes(options: &ServeOptions) -> Vec<String> {
    crate::config::SiteConfig::load(&options.root)
        .map(|config| {
            config
                .locales
                .iter()
                .filter(|l| l.code != config.default_locale)
                .map(|l| l.code.clone())
                .collect()
        })
        .unwrap_or_default()
}

fn spawn(name: &str, f: impl FnOnce() + Send + 'static) -> Result<JoinHandle<()>, ServeError> {
    thread::Builder::new()
        .name(name.to_string())
        .spawn(f)
        .map_err(ServeError::Thread)
}
