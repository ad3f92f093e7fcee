//! Live reload: the pages listening on `/__portsite/events` (Server-Sent Events), bounded in
//! number, and what they are told after each change of the sources.

use std::convert::Infallible;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use futures_util::stream::{self, Stream, StreamExt};
use tokio::sync::broadcast;

/// The script that listens for events, served at `/__portsite/reload.js`.
pub const RELOAD_JS: &str = include_str!("reload.js");

/// How many live-reload clients may listen at once; further ones get 503.
pub const MAX_CLIENTS: usize = 64;

/// A comment sent when nothing happened for this long, so dead peers are noticed.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// What the open pages are told after a change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// The site changed: reload the page.
    Reload,
    /// The change broke the site; the text says why. The last good state stays served.
    BuildError(String),
}

impl Event {
    fn to_sse(&self) -> SseEvent {
        match self {
            Event::Reload => SseEvent::default().event("reload").data("reload"),
            // Each line becomes a `data:` line; the browser joins them with newlines.
            Event::BuildError(text) => SseEvent::default().event("build-error").data(text),
        }
    }
}

/// The listeners, and the current error so that a page opened meanwhile shows it too.
#[derive(Debug)]
pub struct Hub {
    sender: broadcast::Sender<Event>,
    listening: Arc<AtomicUsize>,
    current_error: Mutex<Option<String>>,
}

impl Default for Hub {
    fn default() -> Self {
        Hub {
            // Events are rare (one per save); a listener that falls behind just reloads.
            sender: broadcast::channel(16).0,
            listening: Arc::new(AtomicUsize::new(0)),
            current_error: Mutex::new(None),
        }
    }
}

/// One listener's place; dropping it (when the page goes away) frees the place.
#[derive(Debug)]
pub struct Place(Arc<AtomicUsize>);

impl Drop for Place {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

impl Hub {
    /// Tells every listener, and remembers whether the site is now broken.
    pub fn publish(&self, event: Event) {
        *lock(&self.current_error) = match &event {
            Event::Reload => None,
            Event::BuildError(text) => Some(text.clone()),
        };
        // An error only means nobody listens right now.
        let _ = self.sender.send(event);
    }

    /// The error of the last change, while the sources stay broken.
    pub fn current_error(&self) -> Option<String> {
        lock(&self.current_error).clone()
    }

    /// How many pages are listening now.
    pub fn listening(&self) -> usize {
        self.listening.load(Ordering::Acquire)
    }

    /// The event stream of one more page, unless [`MAX_CLIENTS`] are listening already.
    pub fn subscribe(
        &self,
    ) -> Option<Sse<impl Stream<Item = Result<SseEvent, Infallible>> + use<>>> {
        self.listening
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n < MAX_CLIENTS).then_some(n + 1)
            })
            .ok()?;
        let place = Place(self.listening.clone());
        let receiver = self.sender.subscribe();
        let mut opening = vec![SseEvent::default().retry(Duration::from_secs(1))];
        if let Some(error) = self.current_error() {
            opening.push(Event::BuildError(error).to_sse());
        }
        let updates = stream::unfold((receiver, place), |(mut receiver, place)| async move {
            let event = match receiver.recv().await {
                Ok(event) => event,
                Err(broadcast::error::RecvError::Lagged(_)) => Event::Reload,
                Err(broadcast::error::RecvError::Closed) => return None,
            };
            Some((event.to_sse(), (receiver, place)))
        });
        let events = stream::iter(opening).chain(updates).map(Ok);
        Some(Sse::new(events).keep_alive(KeepAlive::new().interval(KEEP_ALIVE)))
    }
}

/// A poisoned lock only means another thread panicked mid-update of a value we can still use.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listeners_are_bounded_and_places_are_freed() {
        // The keep-alive timer of a stream is a tokio timer.
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap();
        let _inside = runtime.enter();
        let hub = Hub::default();
        let held: Vec<_> = (0..MAX_CLIENTS).map(|_| hub.subscribe().unwrap()).collect();
        assert!(hub.subscribe().is_none());
        assert_eq!(hub.listening(), MAX_CLIENTS);
        drop(held);
        assert_eq!(hub.listening(), 0);
        assert!(hub.subscribe().is_some());
    }

    #[test]
    fn the_current_error_is_remembered_until_a_good_change() {
        let hub = Hub::default();
        hub.publish(Event::BuildError("a.md:1:1: bad".into()));
        assert_eq!(hub.current_error().as_deref(), Some("a.md:1:1: bad"));
        hub.publish(Event::Reload);
        assert_eq!(hub.current_error(), None);
    }
}
