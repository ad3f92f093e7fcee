//! `kill -9` in the middle of a load: every vote answered 2xx is in the database after a
//! restart on the same file, nothing is half-written, and the collector starts again.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use super::harness::{Collector, Database, block_on, databases, vote_as};

const WORKERS: usize = 8;
const PAGES: u32 = 50;

#[test]
fn kill_9_mid_load_loses_no_acknowledged_vote() {
    for db in databases() {
        let mut collector = Collector::start(&db.url, &["--trust-proxy"]);
        let addr = collector.addr;
        let stop = Arc::new(AtomicBool::new(false));
        let workers: Vec<_> = (0..WORKERS)
            .map(|w| {
                let stop = stop.clone();
                std::thread::spawn(move || {
                    let mut acked = vec![0u64; PAGES as usize];
                    let mut sent = 0u64;
                    // Bounded: at most 20,000 votes per worker, and it stops on the kill.
                    for i in 0..20_000u32 {
                        if stop.load(Ordering::Relaxed) {
                            break;
                        }
                        let ip = format!("10.{w}.{}.{}", i / 256, i % 256);
                        let page = format!("/ports/{}/", i % PAGES);
                        sent += 1;
                        if vote_as(addr, &ip, &page, i % 3 != 0, None).status == 204 {
                            acked[(i % PAGES) as usize] += 1;
                        }
                    }
                    (acked, sent)
                })
            })
            .collect();
        std::thread::sleep(Duration::from_millis(1500));
        collector.kill9();
        stop.store(true, Ordering::Relaxed);
        let mut acked = vec![0u64; PAGES as usize];
        let mut sent = 0;
        for worker in workers {
            let (a, s) = worker.join().expect("worker");
            acked.iter_mut().zip(a).for_each(|(t, n)| *t += n);
            sent += s;
        }
        let total_acked: u64 = acked.iter().sum();
        assert!(
            total_acked > 100,
            "{}: the load ran ({total_acked} acknowledged)",
            db.name
        );

        // The collector starts again on the same database.
        let restarted = Collector::start(&db.url, &[]);
        drop(restarted);
        let tallies = db.tallies();
        for (n, want) in acked.iter().enumerate() {
            let page = format!("/ports/{n}/");
            let stored = tallies
                .iter()
                .find(|t| t.page == page)
                .map_or(0, |t| t.total);
            assert!(
                stored >= *want,
                "{}: {page}: {stored} stored < {want} acknowledged",
                db.name
            );
        }
        let stored: u64 = tallies.iter().map(|t| t.total).sum();
        assert!(stored <= sent, "{}: {stored} stored > {sent} sent", db.name);
        assert_whole(&db);
        eprintln!(
            "{}: {total_acked} votes acknowledged before kill -9, {stored} stored",
            db.name
        );
    }
}

/// SQLite's own check passes and every row is complete.
fn assert_whole(db: &Database) {
    if db.name == "sqlite" {
        let verdict: String = block_on(async {
            use sqlx::Connection;
            let mut conn = sqlx::SqliteConnection::connect(&db.url)
                .await
                .expect("open");
            sqlx::query_scalar("PRAGMA integrity_check")
                .fetch_one(&mut conn)
                .await
                .expect("integrity_check")
        });
        assert_eq!(verdict, "ok");
    }
    for row in db.rows() {
        assert!(row[..4].iter().all(|v| !v.is_empty()), "{row:?}");
    }
}
