//! `portsite serve`.

use std::net::SocketAddr;

use super::RootArg;
use super::outcome::{Result, failure};
use crate::diag::{self, Diagnostic, Location, Severity, Style};
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
    /// Base URL for canonical links, overriding site.yaml.
    #[arg(long)]
    base_url: Option<String>,
    /// Scan the sources for changes every 50 ms instead of waiting for file-system events
    /// (for network file systems and folders shared into containers or VMs, where events
    /// do not arrive; without it such changes are still seen within a second).
    #[arg(long)]
    poll: bool,
}

/// Serves and watches until the process is interrupted.
pub fn run(args: ServeArgs) -> Result {
    let mut options = ServeOptions::new(args.root.folder()?, args.bind);
    options.base_url = super::base_url_argument(args.base_url)?;
    options.poll = args.poll;
    if !serve::is_loopback(&args.bind) {
        let message = format!(
            "listening on {}, which is not a loopback address: anyone who can reach this \
             machine over the network can read the site",
            args.bind
        );
        let warning = Diagnostic::warning("public-address", Location::Nowhere, message)
            .with_help("use --bind 127.0.0.1:3712 to keep it local");
        eprintln!("{}", diag::render(&warning, None, Style::for_stderr()));
    }
    let server = Server::start(options).map_err(|e| {
        let problem =
            Diagnostic::advised("serve", Severity::Error, Location::Nowhere, &e.to_string());
        failure(None, &[problem], None)
    })?;
    eprintln!(
        "serving on http://{}/ — edit content/, templates/, locales/, static/ or site.yaml and open pages reload; press Ctrl-C to stop",
        server.local_addr()
    );
    server.wait();
    Ok(())
}
