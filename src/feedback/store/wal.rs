//! SQLite's side of durability: how hard a commit is synced, and checkpoints kept out of the
//! writer's way.

use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode};

/// How hard SQLite works to keep a committed batch (PostgreSQL follows its own
/// `synchronous_commit`, on by default).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SqliteSync {
    /// WAL with `synchronous=NORMAL`: a commit is in the WAL file (the OS's cache) before the
    /// vote is answered, so it survives the collector being killed (`kill -9`, a crash, a
    /// restart); only an OS crash or power cut can lose the last batches. No fsync per commit.
    #[default]
    Normal,
    /// `synchronous=FULL`: every committed batch is fsynced before its votes are answered, so
    /// they survive a power cut too, at the cost of one disk sync per batch.
    Full,
}

/// For a SQLite `url`: a task that copies the WAL back into the database file every second
/// on a connection of its own. A PASSIVE checkpoint runs beside the writer without blocking
/// it, so no vote waits for a checkpoint's sync. `None` for PostgreSQL.
pub fn spawn_checkpointer(url: &str) -> Option<tokio::task::JoinHandle<()>> {
    use sqlx::Connection;
    if !url.starts_with("sqlite:") {
        return None;
    }
    let options = SqliteConnectOptions::from_str(url)
        .ok()?
        .journal_mode(SqliteJournalMode::Wal)
        .busy_timeout(Duration::from_secs(5));
    Some(tokio::spawn(async move {
        let mut conn = match sqlx::SqliteConnection::connect_with(&options).await {
            Ok(conn) => conn,
            Err(error) => {
                eprintln!("feedback: no WAL checkpoints, the WAL file will grow: {error}");
                return;
            }
        };
        let mut tick = tokio::time::interval(Duration::from_secs(1));
        loop {
            tick.tick().await;
            if let Err(error) = sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
                .execute(&mut conn)
                .await
            {
                eprintln!("feedback: WAL checkpoint failed (retried in 1 s): {error}");
            }
        }
    }))
}
