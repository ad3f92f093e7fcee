//! Diagnostics shared by every stage: source positions, the one problem type every command
//! prints, and its renderer (annotate-snippets: the source line with the span underlined).

mod diagnostic;
mod render;
mod source_text;
mod span;

pub use diagnostic::{Diagnostic, Location, Severity, ToDiagnostics};
pub use render::{Style, render, render_all};
pub use source_text::SourceText;
pub use span::Span;
