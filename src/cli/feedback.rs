//! `portsite feedback serve|report`.

use std::net::SocketAddr;

use super::RootArg;
use super::outcome::{Failure, Result};
use crate::config::SiteConfig;
use crate::content::EntryDate;
use crate::feedback::report::{self, by_locale};
use crate::feedback::store::{Filter, SqliteSync};
use crate::feedback::{FeedbackError, ServeOptions, Store};

/// Arguments of `portsite feedback`.
#[derive(Debug, clap::Args)]
pub struct FeedbackArgs {
    #[command(subcommand)]
    command: FeedbackCommand,
}

#[derive(Debug, clap::Subcommand)]
enum FeedbackCommand {
    /// Receive "Was this page helpful?" answers over HTTP and store them.
    Serve(ServeArgs),
    /// Print the answers per page and locale, least helpful first.
    Report(ReportArgs),
}

/// Arguments of `portsite feedback serve`.
#[derive(Debug, clap::Args)]
struct ServeArgs {
    #[command(flatten)]
    root: RootArg,
    /// The database: sqlite://FILE (created on first run) or postgres://USER:PASSWORD@HOST/DB.
    #[arg(
        long,
        default_value = "sqlite://feedback.db",
        env = "PORTSITE_FEEDBACK_DB"
    )]
    db: String,
    /// Address to listen on (put nginx or another proxy in front of it).
    #[arg(long, default_value = "127.0.0.1:3713")]
    bind: SocketAddr,
    /// Take the client's address from the last X-Forwarded-For entry (only behind a proxy
    /// that sets it; otherwise any client could pick its own address).
    #[arg(long)]
    trust_proxy: bool,
    /// The site's public URL, overriding site.yaml's base_url (the origin CORS allows).
    #[arg(long)]
    base_url: Option<String>,
    /// Votes per minute one client may send on average; 0 turns the limit off.
    #[arg(long, default_value_t = 30)]
    rate_limit: u32,
    /// Votes one client may send in a burst before the rate limit applies.
    #[arg(long, default_value_t = 10)]
    burst: u32,
    /// Connections served at once.
    #[arg(long, default_value_t = 1024)]
    max_connections: usize,
    /// SQLite only: `normal` keeps every answered vote through a crash or kill of the
    /// collector; `full` also through a power cut, with one disk sync per written batch.
    #[arg(long, value_enum, default_value_t = Sync::Normal)]
    sqlite_sync: Sync,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Sync {
    Normal,
    Full,
}

/// Arguments of `portsite feedback report`.
#[derive(Debug, clap::Args)]
struct ReportArgs {
    #[command(flatten)]
    root: RootArg,
    /// The database the collector writes.
    #[arg(
        long,
        default_value = "sqlite://feedback.db",
        env = "PORTSITE_FEEDBACK_DB"
    )]
    db: String,
    /// Only votes from this day on (YYYY-MM-DD, UTC).
    #[arg(long)]
    since: Option<EntryDate>,
    /// Only this locale.
    #[arg(long)]
    locale: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Format {
    Table,
    Csv,
    Json,
    Html,
}

/// Runs `portsite feedback …`.
pub fn run(args: FeedbackArgs) -> Result {
    match args.command {
        FeedbackCommand::Serve(args) => serve(args),
        FeedbackCommand::Report(args) => report(args),
    }
    .map_err(|e| Failure {
        message: format!("error: {e}"),
        code: 1,
    })
}

fn serve(args: ServeArgs) -> std::result::Result<(), FeedbackError> {
    crate::feedback::serve(ServeOptions {
        root: args.root.root,
        db: args.db,
        bind: args.bind,
        trust_proxy: args.trust_proxy,
        base_url: args.base_url,
        rate_per_minute: args.rate_limit,
        burst: args.burst,
        max_connections: args.max_connections,
        sqlite_sync: match args.sqlite_sync {
            Sync::Normal => SqliteSync::Normal,
            Sync::Full => SqliteSync::Full,
        },
    })
}

fn report(args: ReportArgs) -> std::result::Result<(), FeedbackError> {
    let config = SiteConfig::load(&args.root.root)
        .map_err(|e| FeedbackError::Site(crate::site::BuildError::Config(e)))?;
    if let Some(locale) = &args.locale
        && config.locale_id(locale).is_none()
    {
        return Err(FeedbackError::Render(format!(
            "--locale {locale}: the site has no such locale (it has {})",
            config.locale_codes().join(", ")
        )));
    }
    let filter = Filter {
        since: args.since.map(|d| d.to_string()),
        locale: args.locale.clone(),
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let rows = runtime.block_on(async {
        let store = Store::open(&args.db, false).await?;
        let rows = report::load(&store, &filter).await;
        store.close().await;
        rows
    })?;
    let text = match args.format {
        Format::Table => report::to_table(&rows),
        Format::Csv => report::to_csv(&rows).map_err(|e| FeedbackError::Render(e.to_string()))?,
        Format::Json => report::to_json(&rows),
        Format::Html => {
            let locales = match &args.locale {
                Some(l) => vec![l.clone()],
                None => (config.locale_ids())
                    .map(|id| config.locale(id).code.to_string())
                    .collect(),
            };
            let scope = scope(&filter);
            report::to_html(&rows, &by_locale(&rows, &locales), &config.base_url, &scope)
                .map_err(|e| FeedbackError::Render(e.to_string()))?
        }
    };
    print!("{text}");
    Ok(())
}

fn scope(filter: &Filter) -> String {
    match (&filter.since, &filter.locale) {
        (None, None) => "all votes".to_string(),
        (Some(d), None) => format!("since {d}"),
        (None, Some(l)) => format!("locale {l}"),
        (Some(d), Some(l)) => format!("locale {l}, since {d}"),
    }
}
