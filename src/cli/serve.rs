//! `portsite serve`.

use std::net::SocketAddr;
use std::path::PathBuf;

use super::RootArg;
use super::outcome::{Failure, Result};
use crate::serve::{self, ServeOptions, Server};

/// Arguments of `portsite serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    #[command(flatten)]
    root: RootArg,
    /// Address to listen on. Loopback by default; any other address makes the site
    /// reachable from the network.
    #[arg(long, default_value = "127.0.0.1:3712")]
    bind: SocketAddr,
    /// Folder to build into and serve (default: <root>/public).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Base URL for canonical links, overriding site.yaml.
    #[arg(long)]
    base_url: Option<String>,
}

/// Builds, serves and watches until the process is interrupted.
pub fn run(args: ServeArgs) -> Result {
    let root = args.root.folder()?;
    let mut options = ServeOptions::new(root.clone(), args.bind);
    if let Some(out) = args.out {
        options.out = out;
    }
    // Checked before serving: a refused folder (the sources, `$HOME`, …) must never be
    // served while the first build reports the refusal.
    crate::output::check_output_folder(&root, &options.out).map_err(|e| Failure {
        message: format!("error: {e}"),
        code: 1,
    })?;
    options.base_url = super::base_url_argument(args.base_url)?;
    if !serve::is_loopback(&args.bind) {
        eprintln!(
            "warning: listening on {}, which is not a loopback address: anyone who can reach \
             this machine over the network can read the site. Use --bind 127.0.0.1:3712 to \
             keep it local.",
            args.bind
        );
    }
    let server = Server::start(options).map_err(|e| Failure {
        message: format!("error: {e}"),
        code: 1,
    })?;
    eprintln!(
        "serving on http://{}/ — edit content/, templates/, locales/ or static/ and open pages reload; press Ctrl-C to stop",
        server.local_addr()
    );
    server.wait();
    Ok(())
}
