//! Accepting connections and handing them to hyper, within bounds: at most
//! [`MAX_CONNECTIONS`] at once, a request head of at most [`MAX_HEAD_BYTES`], and a deadline
//! for a whole request head, so that slow clients cannot hold every place for long.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;

/// How many connections are served at once; further ones get 503 straight away.
pub const MAX_CONNECTIONS: usize = 256;

/// The largest request head accepted (hyper's smallest read buffer); a longer one gets 431.
pub const MAX_HEAD_BYTES: usize = 8 * 1024;

const BUSY: &[u8] = b"HTTP/1.1 503 Service Unavailable\r\ncontent-type: text/plain; charset=utf-8\r\n\
x-content-type-options: nosniff\r\ncontent-length: 21\r\nconnection: close\r\n\r\ntoo many connections\n";

/// Accepts until the runtime shuts down. `head_deadline` bounds the time from the start of
/// a request head (or of waiting for the next one on a kept-alive connection) to its end.
pub async fn accept_loop(listener: TcpListener, app: Router, head_deadline: Duration) {
    let places = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            // Out of file descriptors and the like: give the system a moment.
            tokio::time::sleep(Duration::from_millis(10)).await;
            continue;
        };
        let Ok(place) = places.clone().try_acquire_owned() else {
            tokio::spawn(refuse_busy(stream));
            continue;
        };
        let service = TowerToHyperService::new(app.clone());
        tokio::spawn(async move {
            let mut builder = http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(head_deadline)
                .max_buf_size(MAX_HEAD_BYTES);
            // An error here is a client that went away or broke the protocol; hyper has
            // already answered what could be answered.
            let _ = builder
                .serve_connection(TokioIo::new(stream), service)
                .await;
            drop(place);
        });
    }
}

/// Answers 503 to a connection over the limit, giving it half a second to take it.
async fn refuse_busy(mut stream: TcpStream) {
    let write = stream.write_all(BUSY);
    let _ = tokio::time::timeout(Duration::from_millis(500), write).await;
}
