//! The build's writing phase: every file of the page plan rendered by
//! [`LoadedSite::render_page`] and handed to a [`Sink`] (the staging folder, or memory).

use std::sync::atomic::{AtomicU64, Ordering};

use rayon::prelude::*;

use super::{BuildError, LoadedSite};
use crate::model::{Page, SitePath};
use crate::output::{self, OutputError, PageWriter};

/// Where a build puts the files it renders: the staging folder, or (in tests) memory.
pub trait Sink: Sync {
    /// Stores the file served at `url`.
    fn put(&self, url: &SitePath, bytes: &[u8]) -> Result<(), OutputError>;
}

impl Sink for PageWriter {
    fn put(&self, url: &SitePath, bytes: &[u8]) -> Result<(), OutputError> {
        if url.as_str().ends_with('/') {
            self.write(url, bytes)
        } else {
            self.write_file(url.as_str().trim_start_matches('/'), bytes)
        }
    }
}

/// What [`render_site`] handed to its sink.
#[derive(Debug)]
pub struct Written {
    /// HTML pages (home, port, range, 404).
    pub pages: usize,
    /// Port pages among them.
    pub port_pages: usize,
    /// Bytes of those pages.
    pub html_bytes: u64,
    /// The search index.
    pub search: output::SearchReport,
    /// Redirects written for ports without a page of their own: all of them, and those in
    /// `_redirects` (zero and zero when every port has a page).
    pub redirects: (usize, usize),
}

/// Renders every file of the plan into `sink`: the pages in parallel, and beside them the
/// static assets, the search index and pages, sitemaps, redirects, feeds and robots.txt.
pub fn render_site(
    site: &LoadedSite,
    sink: &dyn Sink,
    progress: bool,
) -> Result<Written, BuildError> {
    // The other files are written beside the pages rather than after them: written last,
    // their serial parts (four locales' sitemaps and search shards on two cores, the
    // sitemap index, the feeds) left a core idle at the end of every build.
    let (pages, others) = rayon::join(
        || write_pages(site, sink, progress),
        || write_other_files(site, sink),
    );
    let (pages, html_bytes) = pages?;
    let (search, redirects) = others?;
    Ok(Written {
        pages,
        port_pages: site.plan.port_pages().count() * site.plan.locales(),
        html_bytes,
        search,
        redirects,
    })
}

/// Every file that is not an HTML page; returns what the search index and the redirects hold.
fn write_other_files(
    site: &LoadedSite,
    sink: &dyn Sink,
) -> Result<(output::SearchReport, (usize, usize)), BuildError> {
    write_assets(site, sink)?;
    let search = write_search(site, sink)?;
    write_sitemaps(site, sink)?;
    let redirects = write_redirects(site, sink)?;
    let mut buf = Vec::new();
    for page in (site.plan.locale_ids())
        .map(|locale| Page::Feed { locale })
        .chain([Page::Robots])
    {
        put(site, sink, &page, &mut buf)?;
    }
    Ok((search, redirects))
}

/// `_redirects` and the nginx map, when some ports have no page of their own.
fn write_redirects(site: &LoadedSite, sink: &dyn Sink) -> Result<(usize, usize), BuildError> {
    use output::redirects::{NGINX_MAP_FILE, REDIRECTS_FILE, redirects};
    let Some(made) = redirects(&site.plan) else {
        return Ok((0, 0));
    };
    for (name, text) in [
        (REDIRECTS_FILE, &made.redirects),
        (NGINX_MAP_FILE, &made.nginx_map),
    ] {
        let url = SitePath::new(format!("/{name}")).map_err(|e| {
            OutputError::io(
                std::path::Path::new(name),
                std::io::Error::new(std::io::ErrorKind::InvalidInput, e),
            )
        })?;
        sink.put(&url, text.as_bytes())?;
    }
    Ok((made.total, made.in_redirects))
}

/// Renders `page` and hands it to `sink`; pages that turn out not to exist are skipped.
fn put(
    site: &LoadedSite,
    sink: &dyn Sink,
    page: &Page,
    buf: &mut Vec<u8>,
) -> Result<(), BuildError> {
    if site.render_page(page, buf)? {
        sink.put(&site.plan.url(page), buf)?;
    }
    Ok(())
}

fn write_pages(
    site: &LoadedSite,
    sink: &dyn Sink,
    progress: bool,
) -> Result<(usize, u64), BuildError> {
    let jobs: Vec<Page> = site.plan.html_pages().collect();
    let bar = progress_bar(progress, jobs.len());
    let bytes = AtomicU64::new(0);
    jobs.par_iter().try_for_each_init(
        || Vec::with_capacity(64 * 1024),
        |buf, page| -> Result<(), BuildError> {
            put(site, sink, page, buf)?;
            bytes.fetch_add(buf.len() as u64, Ordering::Relaxed);
            bar.inc(1);
            Ok(())
        },
    )?;
    bar.finish_and_clear();
    Ok((jobs.len(), bytes.into_inner()))
}

/// The static folder's files, the generated stylesheet and every locale's strings file.
fn write_assets(site: &LoadedSite, sink: &dyn Sink) -> Result<(), BuildError> {
    let dir = site.root.join("static");
    let mut pages = Vec::new();
    for relative in output::static_files(&dir)? {
        let page = site.plan.static_page(&relative).ok_or_else(|| {
            OutputError::io(
                &dir.join(&relative),
                std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    "this name cannot be part of a URL (it holds `%`, a backslash or a \
                     control character); rename the file",
                ),
            )
        })?;
        if !matches!(page, Page::Stylesheet | Page::Strings { .. }) {
            pages.push(page);
        }
    }
    pages.push(Page::Stylesheet);
    pages.extend(
        site.plan
            .locale_ids()
            .map(|locale| Page::Strings { locale }),
    );
    let mut buf = Vec::new();
    for page in &pages {
        put(site, sink, page, &mut buf)?;
    }
    Ok(())
}

/// Every locale's search shards (in parallel) and search page.
fn write_search(site: &LoadedSite, sink: &dyn Sink) -> Result<output::SearchReport, BuildError> {
    (site.plan.locale_ids().collect::<Vec<_>>())
        .into_par_iter()
        .try_for_each(|locale| -> Result<(), BuildError> {
            let mut buf = Vec::new();
            for (key, _) in site.search_shards(locale) {
                let key = key.clone();
                put(site, sink, &Page::SearchShard { locale, key }, &mut buf)?;
            }
            put(site, sink, &Page::Search { locale }, &mut buf)
        })?;
    let shards = (site.plan.locale_ids()).map(|l| (site.plan.code(l), site.search_shards(l)));
    Ok(output::search_report(shards))
}

/// Every locale's sitemap files (in parallel), then the index listing them.
fn write_sitemaps(site: &LoadedSite, sink: &dyn Sink) -> Result<(), BuildError> {
    (site.plan.locale_ids().collect::<Vec<_>>())
        .into_par_iter()
        .try_for_each(|locale| -> Result<(), BuildError> {
            let count = site.each_sitemap(locale, |number, bytes| {
                sink.put(&site.plan.url(&Page::Sitemap { locale, number }), bytes)
            })?;
            site.derived.know_sitemaps(locale, count);
            Ok(())
        })?;
    put(site, sink, &Page::SitemapIndex, &mut Vec::new())
}

fn progress_bar(enabled: bool, len: usize) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if !enabled || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{spinner} {pos}/{len} pages [{bar:40}] {per_sec} eta {eta}",
    ) {
        bar.set_style(style);
    }
    bar
}
