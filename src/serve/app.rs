//! The HTTP side of `serve` (axum): the live-reload script and event stream, every URL of
//! the site rendered on request, the error page while the sources are broken, and the
//! checks every request passes first (method, Host against DNS rebinding, path).

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tower_http::set_header::SetResponseHeaderLayer;

use super::events::{Hub, RELOAD_JS};
use super::request::decode_path;
use super::state::{Answer, RELOAD_TAG, State as Served};
use crate::model::SitePath;

/// What the handlers share.
pub struct App {
    /// The site being served.
    pub state: Arc<Served>,
    /// The live-reload listeners.
    pub hub: Arc<Hub>,
    /// Bound to loopback: requests must name this machine (no DNS rebinding).
    pub loopback_only: bool,
}

/// The whole application: routes, then the Host check, then the headers every answer carries.
pub fn router(app: Arc<App>) -> Router {
    let header = |name, value: &'static str| {
        SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value))
    };
    Router::new()
        .route("/__portsite/events", get(events))
        .route("/__portsite/reload.js", get(reload_js))
        .fallback(site)
        .layer(middleware::from_fn_with_state(app.clone(), check_host))
        .layer(header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(header(
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'",
        ))
        .layer(header(header::CACHE_CONTROL, "no-cache"))
        .with_state(app)
}

fn text(status: StatusCode, message: &str) -> Response {
    let content_type = [(header::CONTENT_TYPE, "text/plain; charset=utf-8")];
    (status, content_type, format!("{message}\n")).into_response()
}

/// Refuses requests naming another host while bound to loopback: a page on another site
/// that rebinds its own name to 127.0.0.1 still sends its own name.
async fn check_host(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    // An absolute-form target names its host in place of `Host`; an authority-form one
    // (`GET site.yaml`) is no path and is refused with 400 by the site handler.
    let uri = request.uri();
    let named = (uri.scheme().and(uri.authority()))
        .map(|a| a.as_str().to_string())
        .or_else(|| {
            let host = request.headers().get(header::HOST)?;
            Some(String::from_utf8_lossy(host.as_bytes()).into_owned())
        });
    if app.loopback_only && named.is_some_and(|host| !is_local_host(&host)) {
        return text(
            StatusCode::MISDIRECTED_REQUEST,
            "this development server answers only to localhost or 127.0.0.1",
        );
    }
    next.run(request).await
}

/// Whether a `Host` value names this machine (`localhost`, `127.0.0.1`, `[::1]`, any port).
pub fn is_local_host(host: &str) -> bool {
    let host = host.trim();
    let name = match host.strip_prefix('[') {
        Some(rest) => rest.split(']').next().unwrap_or_default(),
        None => host.rsplit_once(':').map_or(host, |(name, _)| name),
    };
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    name == "localhost"
        || name.ends_with(".localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

async fn events(State(app): State<Arc<App>>) -> Response {
    match app.hub.subscribe() {
        Some(stream) => stream.into_response(),
        None => text(
            StatusCode::SERVICE_UNAVAILABLE,
            "too many live-reload clients; close some tabs",
        ),
    }
}

async fn reload_js() -> Response {
    let content_type = [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")];
    (content_type, RELOAD_JS).into_response()
}

/// Any other URL: a file of the site, rendered on request.
async fn site(State(app): State<Arc<App>>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        let mut refused = text(
            StatusCode::METHOD_NOT_ALLOWED,
            "only GET and HEAD are served",
        );
        let allow = HeaderValue::from_static("GET, HEAD");
        refused.headers_mut().insert(header::ALLOW, allow);
        return refused;
    }
    if uri.scheme().is_some() || uri.authority().is_some() {
        return text(StatusCode::BAD_REQUEST, "the request target must be a path");
    }
    let path = match decode_path(uri.path()) {
        Ok(path) => path,
        Err(error) => return text(StatusCode::BAD_REQUEST, &error.to_string()),
    };
    let Some(served) = app.state.current() else {
        return error_page(&app.hub.current_error().unwrap_or_default());
    };
    // Rendering is CPU work (about 100 µs a page, more for a sitemap): off the IO threads.
    let answer = tokio::task::spawn_blocking(move || served.answer(&path)).await;
    match answer {
        Ok(answer) => respond(answer),
        Err(_) => error_page("rendering this page panicked; see the terminal"),
    }
}

fn respond(answer: Answer) -> Response {
    match answer {
        Answer::File {
            status,
            content_type,
            body,
        } => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
            let mut response = Response::new(Body::from(body));
            *response.status_mut() = status;
            if let Ok(value) = HeaderValue::from_str(&content_type) {
                response.headers_mut().insert(header::CONTENT_TYPE, value);
            }
            response
        }
        Answer::Redirect(url) => redirect(StatusCode::MOVED_PERMANENTLY, &url),
        Answer::Found(url) => redirect(StatusCode::FOUND, &url),
        Answer::Missing => text(StatusCode::NOT_FOUND, "not found"),
        Answer::Failed(error) => {
            super::log(&error);
            error_page(&error)
        }
    }
}

/// A redirect to a URL of the site.
fn redirect(status: StatusCode, url: &SitePath) -> Response {
    let mut response = text(status, url.as_str());
    if let Ok(value) = HeaderValue::from_str(url.as_str()) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// The page shown in place of the site while no good state of it exists (or a page fails
/// to render): the error with its file:line:col, and the live-reload script, so that the
/// fix reloads it. No inline style or script: the Content-Security-Policy forbids both.
fn error_page(error: &str) -> Response {
    let content_type = [(header::CONTENT_TYPE, "text/html; charset=utf-8")];
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        content_type,
        error_html(error),
    )
        .into_response()
}

fn error_html(error: &str) -> String {
    let escaped = crate::output::escape_xml(error);
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\" data-portsite-error>\n<head><meta charset=\"utf-8\">\
         <title>portsite: the site does not build</title></head>\n<body>\n\
         <h1>The site does not build</h1>\n<p>portsite serve shows this page until the error \
         below is fixed; saving the fix reloads it.</p>\n<pre>{escaped}</pre>\n{RELOAD_TAG}</body>\n</html>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_host_names_are_local() {
        for local in [
            "localhost",
            "localhost:3712",
            "127.0.0.1:80",
            "[::1]:3712",
            "app.localhost",
            " localhost. ",
        ] {
            assert!(is_local_host(local), "{local}");
        }
        for remote in [
            "evil.example",
            "evil.example:3712",
            "127.0.0.1.evil.example",
            "[::2]",
            "",
        ] {
            assert!(!is_local_host(remote), "{remote}");
        }
    }

    #[test]
    fn the_error_page_escapes_what_it_quotes() {
        let page = error_html("content/x.md:1:1: <script>alert(1)</script>");
        assert!(
            page.contains("<pre>content/x.md:1:1: &lt;script&gt;alert(1)&lt;/script&gt;</pre>")
        );
        assert_eq!(page.matches("<script").count(), 1, "only the reload script");
    }
}
