//! Diagnostics shared by every stage: source positions and the report printed at the CLI.

mod span;

pub use span::Span;
