//! Live reload: the clients listening on `/__portsite/events` (Server-Sent Events), bounded
//! in number, and what is sent to them after each rebuild.

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use super::http::event_stream_head;

/// The script that listens for events, served at `/__portsite/reload.js`.
pub const RELOAD_JS: &str = include_str!("reload.js");

/// How many live-reload clients may listen at once; further ones get 503.
pub const MAX_CLIENTS: usize = 64;

/// How often a listener checks whether its client went away or the server is stopping.
const TICK: Duration = Duration::from_millis(250);

/// A comment line sent when nothing happened for this long, so dead peers are noticed.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// What the browser is told after a rebuild.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// The site changed: reload the page.
    Reload,
    /// The rebuild failed; the text says why. The last good pages stay served.
    BuildError(String),
}

impl Event {
    /// The event in the `text/event-stream` format.
    pub fn to_wire(&self) -> String {
        match self {
            Event::Reload => "event: reload\ndata: reload\n\n".to_string(),
            Event::BuildError(text) => {
                let mut wire = String::from("event: build-error\n");
                // A bare carriage return would end an SSE line early.
                for line in text.replace('\r', " ").lines() {
                    wire.push_str("data: ");
                    wire.push_str(line);
                    wire.push('\n');
                }
                wire.push('\n');
                wire
            }
        }
    }
}

/// The listeners, and the current build error so that a page opened meanwhile shows it too.
#[derive(Debug, Default)]
pub struct Hub {
    senders: Mutex<Vec<(u64, Sender<Arc<Event>>)>>,
    next_id: AtomicU64,
    listening: AtomicUsize,
    current_error: Mutex<Option<String>>,
}

/// One client's place in the hub; dropping it frees the place.
#[derive(Debug)]
pub struct Subscription {
    id: u64,
    events: Receiver<Arc<Event>>,
    hub: Arc<Hub>,
}

impl Drop for Subscription {
    fn drop(&mut self) {
        lock(&self.hub.senders).retain(|(id, _)| *id != self.id);
        self.hub.listening.fetch_sub(1, Ordering::AcqRel);
    }
}

impl Hub {
    /// Sends `event` to every listener and remembers whether the site is now broken.
    pub fn publish(&self, event: Event) {
        *lock(&self.current_error) = match &event {
            Event::Reload => None,
            Event::BuildError(text) => Some(text.clone()),
        };
        let event = Arc::new(event);
        lock(&self.senders).retain(|(_, tx)| tx.send(event.clone()).is_ok());
    }

    /// A place for one more listener, unless [`MAX_CLIENTS`] are listening already.
    pub fn subscribe(self: &Arc<Self>) -> Option<Subscription> {
        self.listening
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n < MAX_CLIENTS).then_some(n + 1)
            })
            .ok()?;
        let (tx, rx) = mpsc::channel();
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        lock(&self.senders).push((id, tx));
        Some(Subscription {
            id,
            events: rx,
            hub: self.clone(),
        })
    }

    /// How many clients are listening now.
    pub fn listening(&self) -> usize {
        self.listening.load(Ordering::Acquire)
    }

    fn current_error(&self) -> Option<String> {
        lock(&self.current_error).clone()
    }
}

/// A poisoned lock only means another thread panicked mid-update of a list we can still use.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Streams events to one client until it leaves or the server stops.
pub fn stream_events(mut stream: TcpStream, subscription: Subscription, stopping: &AtomicBool) {
    let mut opening = event_stream_head();
    opening.push_str("retry: 1000\n\n");
    if let Some(error) = subscription.hub.current_error() {
        opening.push_str(&Event::BuildError(error).to_wire());
    }
    if stream.write_all(opening.as_bytes()).is_err() {
        return;
    }
    let mut quiet_since = Instant::now();
    while !stopping.load(Ordering::Acquire) {
        let wire = match subscription.events.recv_timeout(TICK) {
            Ok(event) => event.to_wire(),
            Err(RecvTimeoutError::Disconnected) => return,
            Err(RecvTimeoutError::Timeout) if client_left(&mut stream) => return,
            Err(RecvTimeoutError::Timeout) if quiet_since.elapsed() >= KEEP_ALIVE => {
                ": keep-alive\n\n".to_string()
            }
            Err(RecvTimeoutError::Timeout) => continue,
        };
        if stream.write_all(wire.as_bytes()).is_err() {
            return;
        }
        quiet_since = Instant::now();
    }
}

/// Whether the peer closed its side: a non-blocking read sees end-of-file.
fn client_left(stream: &mut TcpStream) -> bool {
    if stream.set_nonblocking(true).is_err() {
        return true;
    }
    let mut scratch = [0u8; 256];
    let left = match stream.read(&mut scratch) {
        Ok(0) => true,
        Ok(_) => false,
        Err(e) => e.kind() != ErrorKind::WouldBlock,
    };
    left || stream.set_nonblocking(false).is_err()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_text_becomes_one_data_line_per_line() {
        let wire = Event::BuildError("a.md:1:1: bad\nsecond".into()).to_wire();
        assert_eq!(
            wire,
            "event: build-error\ndata: a.md:1:1: bad\ndata: second\n\n"
        );
    }

    #[test]
    fn listeners_are_bounded_and_places_are_freed() {
        let hub = Arc::new(Hub::default());
        let held: Vec<_> = (0..MAX_CLIENTS).map(|_| hub.subscribe().unwrap()).collect();
        assert!(hub.subscribe().is_none());
        drop(held);
        assert_eq!(hub.listening(), 0);
        let sub = hub.subscribe().unwrap();
        hub.publish(Event::Reload);
        assert_eq!(*sub.events.recv().unwrap(), Event::Reload);
    }
}
