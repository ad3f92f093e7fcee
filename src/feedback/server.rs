//! `portsite feedback serve`: the HTTP stack around the handler (axum router, tower and
//! tower-http middleware, hyper connections with header limits and timeouts), started from
//! a site folder and a database URL, stopped cleanly on Ctrl-C or SIGTERM.

use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::routing::post;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tower::ServiceExt;
use tower_governor::GovernorLayer;
use tower_governor::governor::GovernorConfigBuilder;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::timeout::{RequestBodyDeadlineLayer, TimeoutLayer};

use super::FeedbackError;
use super::client::ClientKey;
use super::handler::{Collector, not_found, post_vote, wrong_method};
use super::pages::site_pages;
use super::privacy::DailyKey;
use super::rejection::Rejection;
use super::store::{SqliteSync, Store, redact, spawn_checkpointer};
use super::writer::VoteWriter;
use crate::site::LoadedSite;

/// How long a client may take to send its request head.
const HEADER_TIMEOUT: Duration = Duration::from_secs(5);
/// How long a client may take to send its body, counted from the head.
const BODY_DEADLINE: Duration = Duration::from_secs(5);
/// How long one request may take in all, storing included.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(15);
/// How long open connections get to finish after a stop signal.
const GRACE: Duration = Duration::from_secs(10);

/// What `portsite feedback serve` was asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The site folder (holding site.yaml).
    pub root: PathBuf,
    /// `sqlite://FILE` or `postgres://…`.
    pub db: String,
    /// Where to listen.
    pub bind: SocketAddr,
    /// Believe `X-Forwarded-For` (only behind a proxy that sets it).
    pub trust_proxy: bool,
    /// Overrides `base_url` (the origin CORS allows).
    pub base_url: Option<String>,
    /// Votes per minute one client may send on average; 0 turns the limit off.
    pub rate_per_minute: u32,
    /// Votes one client may send at once before the rate applies.
    pub burst: u32,
    /// Connections served at once; more wait in the listen queue.
    pub max_connections: usize,
    /// SQLite's sync level.
    pub sqlite_sync: SqliteSync,
}

/// Loads the site, opens the database, and serves until Ctrl-C or SIGTERM.
pub fn serve(options: ServeOptions) -> Result<(), FeedbackError> {
    let site = LoadedSite::load(&options.root, options.base_url.as_deref())?;
    let pages = site_pages(&site);
    let endpoint = endpoint_path(site.config.feedback_endpoint.as_deref());
    drop(site);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let store = Store::open_with(&options.db, true, options.sqlite_sync).await?;
        let checkpointer = spawn_checkpointer(&options.db);
        let (writer, mut writer_tasks) = VoteWriter::spawn(store.clone());
        let collector = Arc::new(Collector {
            key: DailyKey::new(crate::content::today())?,
            pages,
            writer,
            trust_proxy: options.trust_proxy,
            endpoint: endpoint.clone(),
        });
        let listener =
            TcpListener::bind(options.bind)
                .await
                .map_err(|source| FeedbackError::Bind {
                    addr: options.bind,
                    source,
                })?;
        eprintln!(
            "feedback collector listening on http://{}{endpoint} ({} pages, database {})",
            listener.local_addr()?,
            collector.pages.len(),
            redact(&options.db),
        );
        let app = router(collector, &endpoint, &options);
        serve_connections(listener, app, options.max_connections, stop_signal()).await;
        // Every handle to the writer is gone with the router: it writes what is queued, ends.
        while writer_tasks.join_next().await.is_some() {}
        if let Some(task) = checkpointer {
            task.abort();
        }
        // The last connection to close copies the WAL back and removes it.
        store.close().await;
        eprintln!("feedback collector stopped");
        Ok(())
    })
}

/// The path votes are posted to: `feedback_endpoint` from site.yaml (its path, when it is a
/// full URL), `/api/feedback` when unset.
pub fn endpoint_path(configured: Option<&str>) -> String {
    let Some(value) = configured else {
        return "/api/feedback".to_string();
    };
    let path = match value.find("://") {
        Some(i) => value[i + 3..]
            .find('/')
            .map_or("/", |j| &value[i + 3 + j..]),
        None => value,
    };
    if path.starts_with('/') {
        path.to_string()
    } else {
        format!("/{path}")
    }
}

/// The router with its middleware, outermost last: overall timeout, CORS for the site's own
/// origin, body deadline, per-client rate limit (POST only).
fn router(collector: Arc<Collector>, endpoint: &str, options: &ServeOptions) -> Router {
    let origin = collector.pages.origin().to_string();
    let mut app = Router::new()
        .route(endpoint, post(post_vote))
        .fallback(not_found)
        .method_not_allowed_fallback(wrong_method)
        .with_state(collector);
    if options.rate_per_minute > 0 {
        let period = Duration::from_secs(60) / options.rate_per_minute;
        let config = GovernorConfigBuilder::default()
            .key_extractor(ClientKey {
                trust_proxy: options.trust_proxy,
            })
            .period(period.max(Duration::from_nanos(1)))
            .burst_size(options.burst.max(1))
            .methods(vec![Method::POST])
            .finish()
            .expect("period and burst are not zero");
        let limiter = config.limiter().clone();
        // The limiter keeps a state per client; forget the ones that have recovered.
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(60));
            loop {
                tick.tick().await;
                limiter.retain_recent();
            }
        });
        app = app.layer(GovernorLayer::new(config).error_handler(|error| {
            let wait = match error {
                tower_governor::GovernorError::TooManyRequests { wait_time, .. } => wait_time,
                _ => 1,
            };
            axum::response::IntoResponse::into_response(Rejection::RateLimited(wait))
        }));
    }
    app = app.layer(RequestBodyDeadlineLayer::new(BODY_DEADLINE));
    if HeaderValue::from_str(&origin).is_ok() {
        // A predicate rather than `exact`: other origins get no CORS header at all.
        let allowed = move |value: &HeaderValue, _: &_| value.as_bytes() == origin.as_bytes();
        app = app.layer(
            CorsLayer::new()
                .allow_origin(AllowOrigin::predicate(allowed))
                .allow_methods([Method::POST])
                .allow_headers([header::CONTENT_TYPE])
                .max_age(Duration::from_secs(86_400)),
        );
    }
    app.layer(TimeoutLayer::with_status_code(
        StatusCode::SERVICE_UNAVAILABLE,
        REQUEST_TIMEOUT,
    ))
}

/// Accepts connections until `stop` resolves, at most `max_connections` at once, each served
/// by hyper's HTTP/1.1 with bounded headers and a deadline for the request head; then lets
/// open connections finish for [`GRACE`] and closes the rest.
async fn serve_connections(
    listener: TcpListener,
    app: Router,
    max_connections: usize,
    stop: impl Future<Output = ()>,
) {
    let permits = Arc::new(Semaphore::new(max_connections.max(1)));
    let graceful = GracefulShutdown::new();
    let mut connections = JoinSet::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT)
        .max_headers(64)
        .max_buf_size(16 * 1024);
    tokio::pin!(stop);
    loop {
        let accepted = tokio::select! {
            permit = permits.clone().acquire_owned() => match permit {
                Ok(permit) => tokio::select! {
                    accepted = listener.accept() => accepted.map(|a| (a, permit)),
                    () = &mut stop => break,
                },
                Err(_) => break,
            },
            () = &mut stop => break,
        };
        let ((socket, peer), permit) = match accepted {
            Ok(accepted) => accepted,
            Err(error) => {
                // Out of file descriptors and the like: wait instead of spinning.
                eprintln!("feedback: accept failed: {error}");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = socket.set_nodelay(true);
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            app.clone().oneshot(request)
        });
        let connection = graceful.watch(http.serve_connection(TokioIo::new(socket), service));
        connections.spawn(async move {
            let _ = connection.await;
            drop(permit);
        });
        while connections.try_join_next().is_some() {}
    }
    drop(listener);
    drop(app);
    let _ = tokio::time::timeout(GRACE, graceful.shutdown()).await;
    connections.abort_all();
    while connections.join_next().await.is_some() {}
}

/// Resolves on Ctrl-C or SIGTERM.
async fn stop_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_endpoint_comes_from_site_yaml() {
        assert_eq!(endpoint_path(None), "/api/feedback");
        assert_eq!(endpoint_path(Some("/api/feedback")), "/api/feedback");
        assert_eq!(
            endpoint_path(Some("https://api.example.org/v1/votes")),
            "/v1/votes"
        );
        assert_eq!(endpoint_path(Some("https://api.example.org")), "/");
    }
}
