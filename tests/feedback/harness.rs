//! The feedback tests' harness: the real `portsite feedback serve` binary on a free loopback
//! port, over SQLite always and PostgreSQL when `PORTSITE_TEST_POSTGRES_URL` names a role
//! that may create databases; raw HTTP over TCP so hostile requests go out byte for byte.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, Once};
use std::time::Duration;

use portsite::feedback::Store;
use portsite::feedback::store::{Filter, Tally};

/// The environment variable naming a PostgreSQL server for the tests.
pub const POSTGRES_ENV: &str = "PORTSITE_TEST_POSTGRES_URL";

/// The repository's own site, which the collector checks pages against.
pub fn site_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs a future to completion on a small runtime of its own.
pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
        .block_on(future)
}

/// A database for one test, removed afterwards.
pub struct Database {
    /// `sqlite` or `postgres`.
    pub name: &'static str,
    /// The URL the collector gets.
    pub url: String,
    /// The SQLite file, when it is one.
    pub file: Option<PathBuf>,
    _dir: Option<tempfile::TempDir>,
    postgres: Option<(String, String)>,
}

/// A fresh SQLite database, plus a fresh PostgreSQL one when a server is configured.
pub fn databases() -> Vec<Database> {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("feedback.db");
    let mut list = vec![Database {
        name: "sqlite",
        url: format!("sqlite://{}", file.display()),
        file: Some(file),
        _dir: Some(dir),
        postgres: None,
    }];
    match std::env::var(POSTGRES_ENV) {
        Ok(admin) if !admin.is_empty() => list.push(create_postgres(&admin)),
        _ => {
            static SAID: Once = Once::new();
            SAID.call_once(|| {
                eprintln!("PostgreSQL feedback tests SKIPPED: {POSTGRES_ENV} is not set");
            });
        }
    }
    list
}

fn create_postgres(admin: &str) -> Database {
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    let name = format!(
        "portsite_test_{}_{}",
        std::process::id(),
        COUNT.fetch_add(1, Ordering::Relaxed)
    );
    let sql = format!("CREATE DATABASE {name}");
    block_on(async {
        use sqlx::{Connection, Executor};
        let mut conn = sqlx::PgConnection::connect(admin)
            .await
            .unwrap_or_else(|e| panic!("{POSTGRES_ENV}: cannot connect: {e}"));
        conn.execute(sqlx::AssertSqlSafe(sql))
            .await
            .unwrap_or_else(|e| panic!("{POSTGRES_ENV}: cannot create a database: {e}"));
    });
    Database {
        name: "postgres",
        url: with_database(admin, &name),
        file: None,
        _dir: None,
        postgres: Some((admin.to_string(), name)),
    }
}

/// `admin` with its database name replaced by `name`.
fn with_database(admin: &str, name: &str) -> String {
    let (base, query) = admin
        .split_once('?')
        .map_or((admin, None), |(b, q)| (b, Some(q)));
    let authority_start = base.find("://").map_or(0, |i| i + 3);
    let path_start = base[authority_start..]
        .find('/')
        .map_or(base.len(), |i| authority_start + i);
    let mut url = format!("{}/{name}", &base[..path_start]);
    if let Some(q) = query {
        url.push('?');
        url.push_str(q);
    }
    url
}

impl Drop for Database {
    fn drop(&mut self) {
        if let Some((admin, name)) = self.postgres.take() {
            let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            block_on(async {
                use sqlx::{Connection, Executor};
                if let Ok(mut conn) = sqlx::PgConnection::connect(&admin).await {
                    let _ = conn.execute(sqlx::AssertSqlSafe(sql)).await;
                }
            });
        }
    }
}

impl Database {
    /// Votes per page, read straight from the database.
    pub fn tallies(&self) -> Vec<Tally> {
        block_on(async {
            let store = Store::open(&self.url, false).await.expect("open");
            let tallies = store.tallies(&Filter::default()).await.expect("tallies");
            store.close().await;
            tallies
        })
    }

    /// All stored votes.
    pub fn vote_count(&self) -> u64 {
        self.tallies().iter().map(|t| t.total).sum()
    }

    /// Every stored row of `votes` as text: (day, page, locale, voter, helpful, comment).
    pub fn rows(&self) -> Vec<[String; 6]> {
        let sql = "SELECT day, page, locale, voter, helpful, comment FROM votes ORDER BY page";
        block_on(async {
            use sqlx::Row;
            let store = Store::open(&self.url, false).await.expect("open");
            let rows = match &store {
                Store::Sqlite(pool) => sqlx::query(sql).fetch_all(pool).await.map(|rows| {
                    rows.iter()
                        .map(|r| {
                            row_text(
                                |i| r.try_get::<Option<String>, _>(i).ok().flatten(),
                                r.get::<bool, _>(4),
                            )
                        })
                        .collect()
                }),
                Store::Postgres(pool) => sqlx::query(sql).fetch_all(pool).await.map(|rows| {
                    rows.iter()
                        .map(|r| {
                            row_text(
                                |i| r.try_get::<Option<String>, _>(i).ok().flatten(),
                                r.get::<bool, _>(4),
                            )
                        })
                        .collect()
                }),
            };
            store.close().await;
            rows.expect("rows")
        })
    }
}

fn row_text(text: impl Fn(usize) -> Option<String>, helpful: bool) -> [String; 6] {
    let t = |i| text(i).unwrap_or_default();
    [t(0), t(1), t(2), t(3), helpful.to_string(), t(5)]
}

/// A running collector; killed when dropped.
pub struct Collector {
    child: Child,
    /// Where it listens.
    pub addr: SocketAddr,
    log: Arc<Mutex<String>>,
    drain: Option<std::thread::JoinHandle<()>>,
}

impl Collector {
    /// Starts `portsite feedback serve` on `db` with the rate limit off, plus `args`.
    pub fn start(db: &str, args: &[&str]) -> Collector {
        let mut all = vec!["--rate-limit", "0"];
        all.extend_from_slice(args);
        Collector::start_with(db, &all)
    }

    /// Starts `portsite feedback serve` on `db` with exactly `args`.
    pub fn start_with(db: &str, args: &[&str]) -> Collector {
        let mut child = Command::new(env!("CARGO_BIN_EXE_portsite"))
            .args([
                "feedback",
                "serve",
                "--bind",
                "127.0.0.1:0",
                "--db",
                db,
                "--root",
            ])
            .arg(site_root())
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start portsite");
        let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
        let log = Arc::new(Mutex::new(String::new()));
        let mut addr = None;
        for line in lines.by_ref() {
            let line = line.expect("stderr line");
            log.lock().unwrap().push_str(&format!("{line}\n"));
            if let Some(rest) = line.split("listening on http://").nth(1) {
                let text = rest.split('/').next().unwrap_or_default();
                addr = Some(text.parse().expect("address"));
                break;
            }
        }
        let Some(addr) = addr else {
            let _ = child.wait();
            panic!("the collector did not start:\n{}", log.lock().unwrap());
        };
        let sink = log.clone();
        let drain = std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                sink.lock().unwrap().push_str(&format!("{line}\n"));
            }
        });
        Collector {
            child,
            addr,
            log,
            drain: Some(drain),
        }
    }

    /// `kill -9`.
    pub fn kill9(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// SIGTERM, then the exit status and everything it printed, once it has stopped.
    pub fn terminate(mut self) -> (std::process::ExitStatus, String) {
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-TERM", &pid]).status();
        let status = self.child.wait().expect("wait");
        if let Some(drain) = self.drain.take() {
            let _ = drain.join();
        }
        let log = self.log.lock().unwrap().clone();
        (status, log)
    }
}

impl Drop for Collector {
    fn drop(&mut self) {
        self.kill9();
    }
}

/// An HTTP response, parsed.
#[derive(Debug, Clone)]
pub struct Reply {
    /// Status code (0 when the server closed without answering).
    pub status: u16,
    /// Header lines, names lowercased.
    pub headers: Vec<(String, String)>,
    /// Body text.
    pub body: String,
}

impl Reply {
    /// The first header of that (lowercase) name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Sends `request` as is on a new connection and reads the answer to the end.
pub fn send_raw(addr: SocketAddr, request: &[u8]) -> Reply {
    let Ok(mut stream) = TcpStream::connect(addr) else {
        return Reply {
            status: 0,
            headers: Vec::new(),
            body: String::new(),
        };
    };
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    // The server may answer and close before reading a huge request to the end.
    let _ = stream.write_all(request);
    read_reply(&mut stream)
}

/// Reads until the server closes the connection, and parses what came.
pub fn read_reply(stream: &mut TcpStream) -> Reply {
    let mut bytes = Vec::new();
    let _ = stream.read_to_end(&mut bytes);
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Reply {
        status,
        headers,
        body: body.to_string(),
    }
}

/// A POST to /api/feedback with the given content type, extra headers and body.
pub fn post(
    addr: SocketAddr,
    content_type: Option<&str>,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Reply {
    let mut request = format!(
        "POST /api/feedback HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    if let Some(ct) = content_type {
        request.push_str(&format!("Content-Type: {ct}\r\n"));
    }
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    let mut bytes = request.into_bytes();
    bytes.extend_from_slice(body);
    send_raw(addr, &bytes)
}

/// A JSON vote.
pub fn vote(addr: SocketAddr, page: &str, locale: &str, helpful: bool) -> Reply {
    let body = serde_json::json!({ "page": page, "locale": locale, "helpful": helpful });
    post(
        addr,
        Some("application/json"),
        &[],
        body.to_string().as_bytes(),
    )
}

/// A JSON vote as the client `ip` (the collector must run with --trust-proxy).
pub fn vote_as(
    addr: SocketAddr,
    ip: &str,
    page: &str,
    helpful: bool,
    comment: Option<&str>,
) -> Reply {
    let locale = page
        .split('/')
        .nth(1)
        .filter(|s| s.len() == 2)
        .unwrap_or("en");
    let body = serde_json::json!({ "page": page, "locale": locale, "helpful": helpful, "comment": comment });
    post(
        addr,
        Some("application/json"),
        &[("X-Forwarded-For", ip)],
        body.to_string().as_bytes(),
    )
}

#[test]
fn database_names_are_swapped_in_urls() {
    assert_eq!(
        with_database("postgres://u:p@127.0.0.1/base?sslmode=disable", "t1"),
        "postgres://u:p@127.0.0.1/t1?sslmode=disable"
    );
    assert_eq!(with_database("postgres://u@h", "t2"), "postgres://u@h/t2");
}
