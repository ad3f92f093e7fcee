//! The render stage: typed views of each page, rendered through Tera templates.

pub mod calls;
mod checks;
mod entries;
mod env;
mod facts;
mod faq;
mod fold;
mod jsonld;
mod list_pages;
mod page;
mod port_notes;
mod port_page;
pub mod template_calls;
mod translations;

use std::path::PathBuf;

pub use checks::PreparedChecks;
pub use entries::{EntryIndex, RenderedEntry, RenderedHome};
pub use env::{LOCALE_INDEX, PageContext, Templates, base_context};
pub use list_pages::{render_home, render_not_found, render_range};
pub use page::SiteView;
pub use port_page::render_port;
pub use translations::render_translations;

use crate::diag::Span;

impl crate::diag::ToDiagnostics for RenderError {
    fn diagnostics(&self) -> Vec<crate::diag::Diagnostic> {
        use crate::diag::{Diagnostic, Location};
        use crate::markdown::MarkdownError;
        // Tera's and Fluent's texts are quoted whole: their own `;` is no help line.
        let d = match self {
            RenderError::Source(errors) => {
                return errors.iter().flat_map(|e| e.diagnostics()).collect();
            }
            RenderError::Read { path, message } => Diagnostic::error(
                "template",
                Location::File(path.clone()),
                format!("cannot read the template ({message})"),
            )
            .with_help("check that it exists and is readable"),
            RenderError::Template { span, .. } => {
                Diagnostic::error("template", Location::At(span.clone()), self.to_string())
            }
            RenderError::Message { .. } => {
                Diagnostic::error("message", Location::Nowhere, self.to_string())
            }
            RenderError::Checks { span, error } => {
                let location = Location::At(span.clone());
                match error.as_ref() {
                    MarkdownError::UnknownSyntax { token } => Diagnostic::error(
                        "checks",
                        location,
                        format!("unknown code language `{token}`"),
                    )
                    .with_help(
                        "use a known one such as bash, sh, powershell, ps1, cmd, bat, yaml or rust",
                    ),
                    MarkdownError::Highlight { token, source } => Diagnostic::error(
                        "checks",
                        location,
                        format!("highlighting `{token}` code failed: {source}"),
                    )
                    .with_help("simplify the command or report a bug"),
                }
            }
        };
        vec![d]
    }
}

/// Why a page could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// A template could not be read.
    #[error("{}: cannot read the template: {message}", path.display())]
    Read {
        /// The template file or folder.
        path: PathBuf,
        /// The IO error.
        message: String,
    },
    /// Template files that are links leaving the site, loops, FIFOs or devices.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Source(Vec<crate::sources::SourceError>),
    /// A template does not compile or failed while rendering.
    #[error("template error: {message}")]
    Template {
        /// Where in the template.
        span: Span,
        /// What Tera reported.
        message: String,
    },
    /// A Fluent message could not be formatted.
    #[error("locale `{locale}`: {message}")]
    Message {
        /// The locale.
        locale: crate::config::LocaleCode,
        /// The Fluent error.
        message: String,
    },
    /// A check command could not be highlighted.
    #[error("{error}")]
    Checks {
        /// The command in content/checks.yaml.
        span: Span,
        /// What went wrong.
        error: Box<crate::markdown::MarkdownError>,
    },
}
