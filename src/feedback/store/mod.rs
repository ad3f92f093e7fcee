//! Where votes live: SQLite (the embedded default) or PostgreSQL (shared by several
//! collectors), through sqlx, with one schema applied by sqlx's versioned migrator.

use std::collections::HashMap;
use std::str::FromStr;
use std::time::Duration;

use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::{QueryBuilder, Row, SqlSafeStr};

mod wal;

pub use wal::{SqliteSync, spawn_checkpointer};

/// The schema, in order. Each file is plain SQL that both databases accept, so there is one
/// schema; a later migration that needs dialects can hold one text per database here.
const MIGRATIONS: &[(i64, &str, &str)] = &[(
    1,
    "votes",
    include_str!("../../../migrations/0001_votes.sql"),
)];

/// Rows written in one statement at most (6 parameters each, well under either database's
/// limit on bound parameters).
pub const MAX_BATCH: usize = 512;

/// A vote as stored: no address, no time of day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoteRecord {
    /// UTC day, `YYYY-MM-DD`.
    pub day: String,
    /// Site path of the page.
    pub page: String,
    /// The page's locale.
    pub locale: String,
    /// Keyed hash of (client network, page) under the day's key.
    pub voter: String,
    /// Whether the page helped.
    pub helpful: bool,
    /// The reader's comment.
    pub comment: Option<String>,
}

/// Which votes a report covers.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Votes on or after this day (`YYYY-MM-DD`).
    pub since: Option<String>,
    /// Only this locale.
    pub locale: Option<String>,
}

/// Votes counted for one page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// Site path.
    pub page: String,
    /// Locale.
    pub locale: String,
    /// "Yes" votes.
    pub yes: u64,
    /// All votes.
    pub total: u64,
}

/// Why the database could not be used.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The URL names no supported database.
    #[error(
        "`{0}` is not a database URL: use sqlite://FILE (created if missing) or postgres://USER@HOST/DB"
    )]
    Url(String),
    /// Connecting failed.
    #[error("could not open the feedback database {url}: {source}")]
    Open {
        /// The URL, password hidden.
        url: String,
        /// What sqlx said.
        source: sqlx::Error,
    },
    /// Applying the schema failed.
    #[error("could not apply the feedback schema to {url}: {source}")]
    Migrate {
        /// The URL, password hidden.
        url: String,
        /// What the migrator said.
        source: sqlx::migrate::MigrateError,
    },
    /// A query failed.
    #[error("feedback database error: {0}")]
    Query(#[from] sqlx::Error),
}

/// An open, migrated database.
#[derive(Debug, Clone)]
pub enum Store {
    /// A SQLite file in WAL mode.
    Sqlite(SqlitePool),
    /// A PostgreSQL database.
    Postgres(PgPool),
}

/// Runs the same code against whichever pool the store holds: the SQL text is shared, and
/// sqlx writes each database's own placeholders.
macro_rules! on_pool {
    ($store:expr, $pool:ident => $body:expr) => {
        match $store {
            Store::Sqlite($pool) => $body,
            Store::Postgres($pool) => $body,
        }
    };
}

impl Store {
    /// Opens `url` and brings the schema up to date. A missing SQLite file is created when
    /// `create` is set (the collector's first run), and an error otherwise (a report).
    pub async fn open(url: &str, create: bool) -> Result<Store, StoreError> {
        Store::open_with(url, create, SqliteSync::Normal).await
    }

    /// [`Store::open`] with the SQLite sync level chosen.
    pub async fn open_with(url: &str, create: bool, sync: SqliteSync) -> Result<Store, StoreError> {
        let shown = redact(url);
        let open = |source| StoreError::Open {
            url: shown.clone(),
            source,
        };
        let store = if url.starts_with("sqlite:") {
            // WAL lets reports read while votes are written; see `SqliteSync` for the syncs.
            let options = SqliteConnectOptions::from_str(url)
                .map_err(open)?
                .create_if_missing(create)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(match sync {
                    SqliteSync::Normal => SqliteSynchronous::Normal,
                    SqliteSync::Full => SqliteSynchronous::Full,
                })
                .busy_timeout(Duration::from_secs(5))
                // Enough page cache to keep the votes' indexes in memory.
                .pragma("cache_size", "-65536")
                // The writer never copies the WAL back itself (a checkpoint syncs the database
                // file and would hold up a batch): `spawn_checkpointer` does, beside it.
                .pragma("wal_autocheckpoint", "0");
            // One connection: SQLite writes one at a time anyway, and a connection that sees
            // another one's commit throws its whole page cache away and reads it back.
            let pool = SqlitePoolOptions::new()
                .max_connections(1)
                .connect_with(options)
                .await
                .map_err(open)?;
            Store::Sqlite(pool)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let options = PgConnectOptions::from_str(url).map_err(open)?;
            let pool = PgPoolOptions::new()
                .max_connections(4)
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(options)
                .await
                .map_err(open)?;
            Store::Postgres(pool)
        } else {
            return Err(StoreError::Url(shown));
        };
        let migrator = migrator();
        on_pool!(&store, pool => migrator.run(pool).await).map_err(|source| {
            StoreError::Migrate {
                url: shown.clone(),
                source,
            }
        })?;
        Ok(store)
    }

    /// Stores `votes` in one statement (one transaction): all or none. A second vote of the
    /// same (day, page, voter) replaces the first, keeping an earlier comment if it has none.
    pub async fn insert(&self, votes: &[VoteRecord]) -> Result<(), StoreError> {
        for chunk in dedupe(votes).chunks(MAX_BATCH) {
            on_pool!(self, pool => {
                let mut query = QueryBuilder::new(
                    "INSERT INTO votes (day, page, locale, voter, helpful, comment) ",
                );
                query.push_values(chunk, |mut row, v| {
                    row.push_bind(&v.day)
                        .push_bind(&v.page)
                        .push_bind(&v.locale)
                        .push_bind(&v.voter)
                        .push_bind(v.helpful)
                        .push_bind(&v.comment);
                });
                query.push(
                    " ON CONFLICT (day, page, voter) DO UPDATE SET helpful = excluded.helpful, \
                     locale = excluded.locale, comment = COALESCE(excluded.comment, votes.comment)",
                );
                query.build().execute(pool).await?;
            });
        }
        Ok(())
    }

    /// Yes and total votes per (page, locale).
    pub async fn tallies(&self, filter: &Filter) -> Result<Vec<Tally>, StoreError> {
        on_pool!(self, pool => {
            let mut query = QueryBuilder::new(
                "SELECT page, locale, SUM(CASE WHEN helpful THEN 1 ELSE 0 END) AS yes, \
                 COUNT(*) AS total FROM votes WHERE 1 = 1",
            );
            push_filter(&mut query, filter);
            query.push(" GROUP BY page, locale");
            let rows = query.build().fetch_all(pool).await?;
            rows.iter()
                .map(|row| {
                    Ok(Tally {
                        page: row.try_get("page")?,
                        locale: row.try_get("locale")?,
                        yes: row.try_get::<i64, _>("yes")?.max(0) as u64,
                        total: row.try_get::<i64, _>("total")?.max(0) as u64,
                    })
                })
                .collect()
        })
    }

    /// Every comment, grouped by (page, locale), oldest day first.
    pub async fn comments(
        &self,
        filter: &Filter,
    ) -> Result<HashMap<(String, String), Vec<String>>, StoreError> {
        on_pool!(self, pool => {
            let mut query = QueryBuilder::new(
                "SELECT page, locale, comment FROM votes WHERE comment IS NOT NULL",
            );
            push_filter(&mut query, filter);
            query.push(" ORDER BY day, page, comment");
            let rows = query.build().fetch_all(pool).await?;
            let mut map: HashMap<(String, String), Vec<String>> = HashMap::new();
            for row in rows {
                map.entry((row.try_get("page")?, row.try_get("locale")?))
                    .or_default()
                    .push(row.try_get("comment")?);
            }
            Ok(map)
        })
    }

    /// Waits for open connections to finish and closes them.
    pub async fn close(&self) {
        on_pool!(self, pool => pool.close().await);
    }
}

fn push_filter<DB>(query: &mut QueryBuilder<DB>, filter: &Filter)
where
    DB: sqlx::Database,
    for<'a> String: sqlx::Encode<'a, DB> + sqlx::Type<DB>,
{
    if let Some(since) = &filter.since {
        query.push(" AND day >= ").push_bind(since.clone());
    }
    if let Some(locale) = &filter.locale {
        query.push(" AND locale = ").push_bind(locale.clone());
    }
}

/// Keeps one record per (day, page, voter), the last sent, with the last comment given
/// (PostgreSQL refuses a statement that updates one row twice), in key order, so that two
/// batches written at once lock rows in the same order and cannot deadlock.
fn dedupe(votes: &[VoteRecord]) -> Vec<VoteRecord> {
    let mut index: HashMap<(&str, &str, &str), usize> = HashMap::with_capacity(votes.len());
    let mut out: Vec<VoteRecord> = Vec::with_capacity(votes.len());
    for vote in votes {
        let key = (vote.day.as_str(), vote.page.as_str(), vote.voter.as_str());
        match index.get(&key) {
            Some(&i) => {
                let comment = vote.comment.clone().or_else(|| out[i].comment.take());
                out[i] = VoteRecord {
                    comment,
                    ..vote.clone()
                };
            }
            None => {
                index.insert(key, out.len());
                out.push(vote.clone());
            }
        }
    }
    out.sort_unstable_by(|a, b| (&a.day, &a.page, &a.voter).cmp(&(&b.day, &b.page, &b.voter)));
    out
}

fn migrator() -> Migrator {
    Migrator::with_migrations(
        MIGRATIONS
            .iter()
            .map(|(version, name, sql)| {
                Migration::new(
                    *version,
                    (*name).into(),
                    MigrationType::Simple,
                    sql.into_sql_str(),
                    false,
                )
            })
            .collect(),
    )
}

/// The URL with any password replaced by `***`, for messages.
pub fn redact(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_string();
    };
    let rest = &url[scheme_end + 3..];
    let authority_end = rest.find('/').unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => match rest[..at].find(':') {
            Some(colon) => format!(
                "{}{}:***{}",
                &url[..scheme_end + 3],
                &rest[..colon],
                &rest[at..]
            ),
            None => url.to_string(),
        },
        None => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(voter: &str, helpful: bool, comment: Option<&str>) -> VoteRecord {
        VoteRecord {
            day: "2026-12-01".into(),
            page: "/ports/80/".into(),
            locale: "en".into(),
            voter: voter.into(),
            helpful,
            comment: comment.map(Into::into),
        }
    }

    #[test]
    fn passwords_are_hidden() {
        assert_eq!(
            redact("postgres://feedback:s3cret@db.internal:5432/feedback"),
            "postgres://feedback:***@db.internal:5432/feedback"
        );
        assert_eq!(redact("sqlite://feedback.db"), "sqlite://feedback.db");
        assert_eq!(redact("postgres://me@db/x"), "postgres://me@db/x");
    }

    #[test]
    fn a_later_vote_replaces_an_earlier_one_in_a_batch() {
        let votes = [
            record("a", false, Some("looking for TLS")),
            record("b", true, None),
            record("a", false, None),
        ];
        let out = dedupe(&votes);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].comment.as_deref(), Some("looking for TLS"));
    }
}
