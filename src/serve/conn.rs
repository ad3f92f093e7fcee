//! One connection: read the request, route it (reload script, event stream, site files),
//! answer, close.

use std::io::Read;
use std::net::{Shutdown, TcpStream};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use super::events::{self, Hub, RELOAD_JS};
use super::files::{self, Resolved};
use super::http::{self, HeadError, Method, Response};
use super::path::RequestPath;

/// What every connection handler shares.
pub struct Shared {
    /// The served folder.
    pub out: PathBuf,
    /// URL prefixes of the non-default locales (`tr`, `de`, ...), for their 404 pages.
    pub locale_prefixes: Vec<String>,
    /// The live-reload listeners.
    pub hub: Arc<Hub>,
    /// Set when the server stops.
    pub stopping: Arc<AtomicBool>,
    /// Bound to loopback: requests must name this machine in `Host` (no DNS rebinding).
    pub loopback_only: bool,
}

/// How long a client may take to send its request head, or to take our answer.
const IO_TIMEOUT: Duration = Duration::from_secs(10);

/// Answers one connection.
pub fn handle(mut stream: TcpStream, shared: &Shared) {
    // A failure here only means the peer is already gone; the reads below then fail too.
    let _ = stream.set_read_timeout(Some(IO_TIMEOUT));
    let _ = stream.set_write_timeout(Some(IO_TIMEOUT));
    let request = match http::read_request(&mut stream) {
        Ok(request) => request,
        Err(HeadError::Gone) => return,
        Err(error) => return finish(stream, &refusal(error), false),
    };
    let head_only = request.method == Method::Head;
    let foreign = |host: &String| !http::is_local_host(host);
    if shared.loopback_only && request.host.as_ref().is_some_and(foreign) {
        let refused = Response::text(
            "421 Misdirected Request",
            "this development server answers only to localhost or 127.0.0.1",
        );
        return finish(stream, &refused, head_only);
    }
    let route = request.target.split('?').next().unwrap_or_default();
    match route {
        "/__portsite/events" => match shared.hub.subscribe() {
            Some(subscription) => events::stream_events(stream, subscription, &shared.stopping),
            None => {
                let busy = Response::text(
                    "503 Service Unavailable",
                    "too many live-reload clients; close some tabs",
                );
                finish(stream, &busy, head_only);
            }
        },
        "/__portsite/reload.js" => {
            let script = Response::new(
                "200 OK",
                "text/javascript; charset=utf-8",
                RELOAD_JS.as_bytes().to_vec(),
            );
            finish(stream, &script, head_only);
        }
        _ => finish(stream, &site_file(shared, &request.target), head_only),
    }
}

fn refusal(error: HeadError) -> Response {
    match error {
        HeadError::TooLarge => Response::text(
            "431 Request Header Fields Too Large",
            "the request head is larger than 8 KiB",
        ),
        HeadError::Method => {
            let mut response =
                Response::text("405 Method Not Allowed", "only GET and HEAD are served");
            response.headers.push("Allow: GET, HEAD".to_string());
            response
        }
        HeadError::Malformed | HeadError::Gone => {
            Response::text("400 Bad Request", "malformed request line")
        }
    }
}

/// The answer for a URL of the site.
fn site_file(shared: &Shared, target: &str) -> Response {
    let path = match RequestPath::parse(target) {
        Ok(path) => path,
        Err(error) => return Response::text("400 Bad Request", &error.to_string()),
    };
    match files::resolve(&shared.out, &path) {
        Resolved::File(file) => match files::read_for_serving(&file) {
            Ok(body) => Response::new("200 OK", files::content_type(&file), body),
            Err(_) => not_found(shared, &path),
        },
        Resolved::Redirect(location) => Response::redirect(&location),
        Resolved::NotFound => not_found(shared, &path),
    }
}

fn not_found(shared: &Shared, path: &RequestPath) -> Response {
    let page = files::not_found_page(&shared.out, path, &shared.locale_prefixes)
        .and_then(|page| files::read_for_serving(&page).ok());
    match page {
        Some(body) => Response::new("404 Not Found", "text/html; charset=utf-8", body),
        None => Response::text("404 Not Found", "not found"),
    }
}

/// Writes the response, then closes gracefully: our side first, then whatever the client
/// still sends is drained briefly, so the close does not reset the connection before the
/// client has read the answer (which happens when a large head was left unread).
fn finish(mut stream: TcpStream, response: &Response, head_only: bool) {
    if response.write_to(&mut stream, head_only).is_err() {
        return;
    }
    let _ = stream.shutdown(Shutdown::Write);
    let _ = stream.set_read_timeout(Some(Duration::from_millis(200)));
    let mut sink = [0u8; 4096];
    let mut drained = 0;
    while drained < 64 * 1024 {
        match stream.read(&mut sink) {
            Ok(0) | Err(_) => break,
            Ok(n) => drained += n,
        }
    }
}
