//! The small part of HTTP/1.1 a local dev server needs: read a bounded request head, parse
//! its request line, write a response with the security headers every answer carries.

use std::io::{self, Read, Write};
use std::net::TcpStream;

/// The largest request head accepted; a longer one is answered with 431.
pub const MAX_HEAD_BYTES: usize = 8 * 1024;

/// Headers sent with every response.
const COMMON_HEADERS: &str = "X-Content-Type-Options: nosniff\r\n\
Content-Security-Policy: default-src 'self'\r\n\
Cache-Control: no-cache\r\n\
Connection: close\r\n";

/// The methods served; everything else gets 405.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// GET.
    Get,
    /// HEAD: the same headers, no body.
    Head,
}

/// A parsed request line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// GET or HEAD.
    pub method: Method,
    /// The raw request target, still percent-encoded.
    pub target: String,
    /// The `Host` header, when sent.
    pub host: Option<String>,
}

/// What reading a request produced, when it did not produce a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadError {
    /// The client closed the connection or timed out before sending a head.
    Gone,
    /// The head exceeded [`MAX_HEAD_BYTES`] (431).
    TooLarge,
    /// The request line is malformed (400).
    Malformed,
    /// A method other than GET or HEAD (405).
    Method,
}

/// Reads up to the blank line ending the head, never more than [`MAX_HEAD_BYTES`].
pub fn read_request(stream: &mut TcpStream) -> Result<Request, HeadError> {
    let mut head = Vec::with_capacity(1024);
    let mut chunk = [0u8; 1024];
    loop {
        let n = match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return Err(HeadError::Gone),
            Ok(n) => n,
        };
        head.extend_from_slice(&chunk[..n]);
        if let Some(end) = find_head_end(&head) {
            if end > MAX_HEAD_BYTES {
                return Err(HeadError::TooLarge);
            }
            return parse_request_line(&head[..end]);
        }
        if head.len() > MAX_HEAD_BYTES {
            return Err(HeadError::TooLarge);
        }
    }
}

fn find_head_end(bytes: &[u8]) -> Option<usize> {
    bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| i + 4)
}

fn parse_request_line(head: &[u8]) -> Result<Request, HeadError> {
    let line_end = head
        .windows(2)
        .position(|w| w == b"\r\n")
        .ok_or(HeadError::Malformed)?;
    let line = std::str::from_utf8(&head[..line_end]).map_err(|_| HeadError::Malformed)?;
    let mut parts = line.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(HeadError::Malformed);
    };
    if !version.starts_with("HTTP/1.") || target.is_empty() {
        return Err(HeadError::Malformed);
    }
    let method = match method {
        "GET" => Method::Get,
        "HEAD" => Method::Head,
        _ => return Err(HeadError::Method),
    };
    let host = std::str::from_utf8(&head[line_end..])
        .map_err(|_| HeadError::Malformed)?
        .split("\r\n")
        .filter_map(|line| line.split_once(':'))
        .find(|(name, _)| name.trim().eq_ignore_ascii_case("host"))
        .map(|(_, value)| value.trim().to_string());
    Ok(Request {
        method,
        target: target.to_string(),
        host,
    })
}

/// Whether a `Host` header names this machine (`localhost`, `127.0.0.1`, `[::1]`, with any
/// port). A page on another site that rebinds its own name to 127.0.0.1 sends its own name.
pub fn is_local_host(host: &str) -> bool {
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

/// A complete response, written at once.
#[derive(Debug)]
pub struct Response {
    /// Status code and reason, e.g. `404 Not Found`.
    pub status: &'static str,
    /// Extra headers, each `Name: value`.
    pub headers: Vec<String>,
    /// The body (omitted on the wire for HEAD).
    pub body: Vec<u8>,
}

impl Response {
    /// A response with a body of the given content type.
    pub fn new(status: &'static str, content_type: &str, body: Vec<u8>) -> Response {
        Response {
            status,
            headers: vec![format!("Content-Type: {content_type}")],
            body,
        }
    }

    /// A short plain-text response, for errors.
    pub fn text(status: &'static str, text: &str) -> Response {
        Response::new(
            status,
            "text/plain; charset=utf-8",
            format!("{text}\n").into_bytes(),
        )
    }

    /// A redirect to a local URL.
    pub fn redirect(location: &str) -> Response {
        let mut response = Response::text("301 Moved Permanently", location);
        response.headers.push(format!("Location: {location}"));
        response
    }

    /// Writes status line, headers and (unless `head_only`) the body.
    pub fn write_to(&self, stream: &mut impl Write, head_only: bool) -> io::Result<()> {
        let mut out = format!("HTTP/1.1 {}\r\n{COMMON_HEADERS}", self.status);
        for header in &self.headers {
            out.push_str(header);
            out.push_str("\r\n");
        }
        out.push_str(&format!("Content-Length: {}\r\n\r\n", self.body.len()));
        let mut bytes = out.into_bytes();
        if !head_only {
            bytes.extend_from_slice(&self.body);
        }
        stream.write_all(&bytes)?;
        stream.flush()
    }
}

/// The opening of an event stream: headers only, the body follows event by event.
pub fn event_stream_head() -> String {
    format!(
        "HTTP/1.1 200 OK\r\n{COMMON_HEADERS}Content-Type: text/event-stream; charset=utf-8\r\n\r\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_line_is_parsed_strictly() {
        let ok = parse_request_line(b"GET /ports/1/ HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        assert_eq!(ok.method, Method::Get);
        assert_eq!(ok.target, "/ports/1/");
        assert_eq!(
            parse_request_line(b"POST / HTTP/1.1\r\n\r\n"),
            Err(HeadError::Method)
        );
        for bad in [
            &b"GET /\r\n\r\n"[..],
            b"GET  / HTTP/1.1\r\n\r\n",
            b"GET / SPDY\r\n\r\n",
            b"GET / HTTP/1.1 x\r\n\r\n",
        ] {
            assert_eq!(parse_request_line(bad), Err(HeadError::Malformed));
        }
    }

    #[test]
    fn only_local_host_names_are_local() {
        for local in [
            "localhost",
            "localhost:3712",
            "127.0.0.1:80",
            "[::1]:3712",
            "app.localhost",
        ] {
            assert!(is_local_host(local), "{local}");
        }
        for remote in [
            "evil.example",
            "evil.example:3712",
            "127.0.0.1.evil.example",
            "[::2]",
        ] {
            assert!(!is_local_host(remote), "{remote}");
        }
        let request = parse_request_line(b"GET / HTTP/1.1\r\nhOsT:  evil.example \r\n\r\n");
        assert_eq!(request.unwrap().host.as_deref(), Some("evil.example"));
    }

    #[test]
    fn responses_carry_the_security_headers() {
        let mut wire = Vec::new();
        Response::text("404 Not Found", "missing")
            .write_to(&mut wire, false)
            .unwrap();
        let text = String::from_utf8(wire).unwrap();
        assert!(text.starts_with("HTTP/1.1 404 Not Found\r\n"));
        assert!(text.contains("X-Content-Type-Options: nosniff\r\n"));
        assert!(text.contains("Content-Security-Policy: default-src 'self'\r\n"));
        assert!(text.ends_with("\r\n\r\nmissing\n"));
    }
}
