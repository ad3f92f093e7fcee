//! Group commit: one task writes every vote waiting at that moment in one statement, and
//! each request is answered only after the batch holding its vote is committed.
//!
//! One transaction per vote would cost SQLite one sync per vote; with this, a burst of votes
//! shares one sync, and a single writer also means no two SQLite connections fight over the
//! write lock. Under light load a batch is one vote, written at once: nothing waits for a
//! batch to fill.

use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

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
    /// Starts the writer task over `store`. It ends once every `VoteWriter` is dropped and
    /// the votes already queued are written.
    pub fn spawn(store: Store) -> (VoteWriter, JoinHandle<()>) {
        let (jobs, queue) = mpsc::channel(QUEUE);
        let task = tokio::spawn(run(store, queue));
        (VoteWriter { jobs }, task)
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

async fn run(store: Store, mut queue: mpsc::Receiver<Job>) {
    let mut jobs = Vec::with_capacity(MAX_BATCH);
    let mut votes = Vec::with_capacity(MAX_BATCH);
    while queue.recv_many(&mut jobs, MAX_BATCH).await > 0 {
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
