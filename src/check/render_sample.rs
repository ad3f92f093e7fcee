//! Rendering a sample of every kind of page in every locale, in memory: what only fails
//! while a template runs (an undefined variable, a filter on the wrong type, a message
//! formatted with other arguments than expected) fails `check` as it would fail the build.
//!
//! The sample holds one port of each shape the templates branch on (class, assigned or
//! not, status, range rows, neighbours, check commands), every port with a curated entry,
//! the first and last port and range page, the home, 404 and search pages.

use std::collections::BTreeSet;
use std::path::Path;

use crate::diag::{Diagnostic, Location};
use crate::model::{Page, PageKind};
use crate::port::Port;
use crate::render::RenderError;
use crate::site::{BuildError, LoadedSite};

/// Renders the sample; one error per distinct failure. Nothing is written.
pub(crate) fn check(root: &Path) -> Vec<Diagnostic> {
    // Stage errors were reported by the stage checks; without every stage there is no page.
    let Ok(site) = LoadedSite::load(root, None) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    let mut buf = Vec::new();
    for locale in site.plan.locale_ids() {
        let mut pages: Vec<Page> = sample(&site)
            .into_iter()
            .map(|kind| Page::Html { locale, kind })
            .collect();
        pages.extend([Page::Search { locale }, Page::Feed { locale }]);
        for page in pages {
            buf.clear();
            if let Err(err) = site.render_page(&page, &mut buf) {
                let url = site.plan.url(&page);
                report(&err, url.as_str(), &mut seen, &mut out);
            }
        }
    }
    out
}

fn report(err: &BuildError, page: &str, seen: &mut BTreeSet<String>, out: &mut Vec<Diagnostic>) {
    let text = err.to_string();
    if !seen.insert(text.clone()) {
        return;
    }
    let (location, message) = match err {
        BuildError::Render(RenderError::Template { span, message }) => (
            Location::At(span.clone()),
            format!("template error while rendering {page}: {message}"),
        ),
        _ => (Location::Nowhere, format!("rendering {page} fails: {text}")),
    };
    out.push(Diagnostic::error("render", location, message));
}

/// The pages to render in every locale.
fn sample(site: &LoadedSite) -> Vec<PageKind> {
    let span = site.config.ports;
    let mut pages = vec![PageKind::Home, PageKind::NotFound, PageKind::Translations];
    if let (Some(first), Some(last)) = (site.plan.ranges().first(), site.plan.ranges().last()) {
        pages.push(PageKind::Range(*first));
        pages.push(PageKind::Range(*last));
    }
    let mut ports: BTreeSet<Port> = [span.start(), span.end()].into();
    ports.extend(
        site.entries
            .curated_ports()
            .into_iter()
            .filter(|p| span.contains(*p)),
    );
    let mut shapes = BTreeSet::new();
    for port in span {
        let info = site.registry.port(port);
        let shape = (
            info.class().as_str(),
            info.services.len().min(3),
            info.services.iter().any(|s| s.range.is_some()),
            info.services
                .iter()
                .map(|s| s.protocol)
                .collect::<BTreeSet<_>>()
                .len(),
            info.statuses.first().map(|s| s.status.as_str()),
            info.statuses.iter().any(|s| s.range.is_some()),
            info.statuses.len().min(2),
        );
        if shapes.insert(shape) {
            ports.insert(port);
        }
    }
    pages.extend(ports.into_iter().map(PageKind::Port));
    pages
}
