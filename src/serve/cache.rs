//! The rendered-page cache of one loaded site: least recently used first out, bounded in
//! bytes, so browsing the whole site keeps memory flat. A source change replaces the
//! loaded site and with it the cache, which is how edits invalidate it.

use std::sync::{Mutex, PoisonError};

use bytes::Bytes;
use lru::LruCache;

use crate::model::Page;

/// Bodies larger than this share of the budget are not kept (a 30 MB sitemap would push
/// out a thousand pages; it is rendered again when asked for).
const LARGEST_SHARE: usize = 8;

/// Rendered bodies by page, at most `budget` bytes of them.
#[derive(Debug)]
pub struct PageCache {
    budget: usize,
    inner: Mutex<Inner>,
}

#[derive(Debug)]
struct Inner {
    pages: LruCache<Page, Bytes>,
    bytes: usize,
}

impl PageCache {
    /// An empty cache holding at most `budget` bytes of bodies.
    pub fn new(budget: usize) -> PageCache {
        PageCache {
            budget,
            inner: Mutex::new(Inner {
                pages: LruCache::unbounded(),
                bytes: 0,
            }),
        }
    }

    /// The cached body of `page`, marked as recently used.
    pub fn get(&self, page: &Page) -> Option<Bytes> {
        self.lock().pages.get(page).cloned()
    }

    /// Whether a body of `len` bytes would be kept.
    pub fn keeps(&self, len: usize) -> bool {
        len <= self.budget / LARGEST_SHARE
    }

    /// Keeps `body` for `page`, dropping the least recently used bodies to stay in budget.
    pub fn insert(&self, page: Page, body: Bytes) {
        if !self.keeps(body.len()) {
            return;
        }
        let mut inner = self.lock();
        inner.bytes += body.len();
        if let Some(old) = inner.pages.put(page, body) {
            inner.bytes -= old.len();
        }
        while inner.bytes > self.budget {
            match inner.pages.pop_lru() {
                Some((_, dropped)) => inner.bytes -= dropped.len(),
                None => break,
            }
        }
    }

    /// Bytes of bodies held now.
    #[cfg(test)]
    fn bytes(&self) -> usize {
        self.lock().bytes
    }

    /// A poisoned lock only means another thread panicked mid-insert; the map is still sound.
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn port(p: u16) -> Page {
        Page::Html {
            locale: crate::config::LocaleId::from_index(0),
            kind: crate::model::PageKind::Port(crate::port::Port::new(p)),
        }
    }

    #[test]
    fn the_least_recently_used_pages_leave_first_and_the_budget_holds() {
        let cache = PageCache::new(800);
        for p in 0..8 {
            cache.insert(port(p), Bytes::from(vec![0u8; 100]));
        }
        assert!(cache.get(&port(0)).is_some());
        cache.insert(port(8), Bytes::from(vec![0u8; 100]));
        assert_eq!(cache.bytes(), 800);
        assert!(
            cache.get(&port(1)).is_none(),
            "the oldest unused page stays"
        );
        assert!(
            cache.get(&port(0)).is_some(),
            "a page just read was dropped"
        );
        cache.insert(port(9), Bytes::from(vec![0u8; 101]));
        assert!(
            cache.get(&port(9)).is_none(),
            "a body over the share was kept"
        );
    }
}
