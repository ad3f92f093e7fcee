//! Accepting connections: one thread each, at most [`MAX_CONNECTIONS`] at once.

use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::Duration;

use super::conn::{self, Shared};
use super::http::Response;

/// How many connections are handled at once; further ones get 503 straight away.
pub const MAX_CONNECTIONS: usize = 256;

/// Accepts until the server is stopping.
pub fn accept_loop(listener: &TcpListener, shared: &Arc<Shared>) {
    let active = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        if shared.stopping.load(Ordering::Acquire) {
            return;
        }
        let Ok(stream) = stream else { continue };
        let Some(place) = Place::take(&active) else {
            refuse_busy(stream);
            continue;
        };
        let shared = shared.clone();
        // If the thread cannot start, the closure is dropped and with it the place.
        let _ = thread::Builder::new().spawn(move || {
            conn::handle(stream, &shared);
            drop(place);
        });
    }
}

/// One of the [`MAX_CONNECTIONS`] places, given back when dropped.
struct Place(Arc<AtomicUsize>);

impl Place {
    fn take(active: &Arc<AtomicUsize>) -> Option<Place> {
        active
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n < MAX_CONNECTIONS).then_some(n + 1)
            })
            .ok()?;
        Some(Place(active.clone()))
    }
}

impl Drop for Place {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

fn refuse_busy(mut stream: TcpStream) {
    let _ = stream.set_write_timeout(Some(Duration::from_millis(500)));
    let _ = Response::text("503 Service Unavailable", "too many connections")
        .write_to(&mut stream, false);
}
