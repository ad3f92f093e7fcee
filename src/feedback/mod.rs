//! The reader-feedback collector: `portsite feedback serve` receives "Was this page
//! helpful?" answers, `portsite feedback report` turns them into a report.
//!
//! A vote travels: request → [`input`] (JSON or form body) → [`vote`] (checked against the
//! site's [`pages`]) → [`privacy`] (keyed daily hash instead of any client data) →
//! [`writer`] (batched transactions) → [`store`] (SQLite or PostgreSQL through sqlx).
//! [`server`] wires the HTTP stack around [`handler`]; [`report`] reads the votes back.

pub mod client;
pub mod handler;
pub mod input;
pub mod pages;
pub mod privacy;
pub mod rejection;
pub mod report;
pub mod server;
pub mod store;
pub mod vote;
pub mod writer;

pub use pages::{SitePages, site_pages};
pub use rejection::Rejection;
pub use server::{ServeOptions, serve};
pub use store::{Store, StoreError};

/// Why the collector or the report could not run.
#[derive(Debug, thiserror::Error)]
pub enum FeedbackError {
    /// The site under `--root` could not be loaded.
    #[error("could not load the site: {0}")]
    Site(#[from] crate::site::BuildError),
    /// The database could not be opened, migrated, written or read.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The listening address could not be bound.
    #[error("could not listen on {addr}: {source}; pick another address with --bind")]
    Bind {
        /// The address asked for.
        addr: std::net::SocketAddr,
        /// What the system said.
        source: std::io::Error,
    },
    /// The async runtime could not start, or another I/O failure.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// The report could not be rendered.
    #[error("could not render the report: {0}")]
    Render(String),
}
