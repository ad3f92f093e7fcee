//! Group commit: one task writes every vote waiting at that moment in one statement, and
//! each request is answered only after the batch holding its vote is committed.
//!
//! One transaction per vote would cost a sync per vote; with this, a burst of votes shares
//! one. SQLite gets a single writer (it writes one transaction at a time anyway); PostgreSQL
//! gets several, so that one batch's commit does not hold up the next. Under light load a
//! batch is one vote, written at once: nothing waits for a batch to fill.

use std::sync::Arc;

use tokio::sync::{Mutex, mpsc, oneshot};
use tokio::task::JoinSet;

use super::store::{MAX_BATCH, Store, VoteRecord};

/// Votes waiting to be written at most, before senders wait for room.
const QUEUE: usize = 8 * MAX_BATCH;

struct Job {
    vote: VoteRecord,
    done: oneshot::Sender<bool>,
}

/// The handle requests use to have a vote written.
#[derive(Clone)]
pub struct VoteWriter {
    jobs: mpsc::Sender<Job>,
}

impl VoteWriter {
    /// Starts the writer tasks over `store`. They end once every `VoteWriter` is dropped and
    /// the votes already queued are written.
    pub fn spawn(store: Store) -> (VoteWriter, JoinSet<()>) {
        let (jobs, queue) = mpsc::channel(QUEUE);
        let queue = Arc::new(Mutex::new(queue));
        let writers = match store {
            Store::Sqlite(_) => 1,
            Store::Postgres(_) => 4,
        };
        let mut tasks = JoinSet::new();
        for _ in 0..writers {
            tasks.spawn(run(store.clone(), queue.clone()));
        }
        (VoteWriter { jobs }, tasks)
    }

    /// Writes `vote`; `true` once it is committed, `false` when the database refused it.
    pub async fn write(&self, vote: VoteRecord) -> bool {
        let (done, committed) = oneshot::channel();
        if self.jobs.send(Job { vote, done }).await.is_err() {
            return false;
        }
        committed.await.unwrap_or(false)
    }
}

async fn run(store: Store, queue: Arc<Mutex<mpsc::Receiver<Job>>>) {
    let mut jobs = Vec::with_capacity(MAX_BATCH);
    let mut votes = Vec::with_capacity(MAX_BATCH);
    // One writer at a time takes what is waiting; the others are committing meanwhile.
    while queue.lock().await.recv_many(&mut jobs, MAX_BATCH).await > 0 {
        votes.extend(jobs.iter().map(|job| job.vote.clone()));
        let stored = match store.insert(&votes).await {
            Ok(()) => true,
            Err(error) => {
                eprintln!("feedback: {} vote(s) not stored: {error}", votes.len());
                false
            }
        };
        for job in jobs.drain(..) {
            // A request that timed out meanwhile has dropped its receiver; nothing to tell.
            let _ = job.done.send(stored);
        }
        votes.clear();
    }
}
