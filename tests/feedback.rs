//! The reader-feedback collector end to end: the real `portsite feedback serve` over HTTP,
//! against SQLite always and PostgreSQL when `PORTSITE_TEST_POSTGRES_URL` is set.

mod feedback {
    pub mod harness;

    mod accepting;
    mod durability;
    mod hostile;
    mod privacy;
    mod report;
}
