//! The orchestrator: a build is this list of steps, each owned by its stage module.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::config::{ConfigError, SiteConfig};
use crate::content::{self, ContentError};
use crate::i18n::{I18nError, I18nWarning, LocaleSpec, Localizer};
use crate::markdown::Highlighter;
use crate::model::{LocaleUrls, PageKind, PortRange, SitePath, port_ranges};
use crate::output::{self, OutputError, PageWriter, Staging};
use crate::registry::{PortRegistry, RegistryError};
use crate::render::{self, EntryIndex, PreparedChecks, RenderError, SiteView, Templates};

/// Where the registry lives inside a site.
pub const REGISTRY_CSV: &str = "content/registry/service-names-port-numbers.csv";

/// What to build and where.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The folder holding `site.yaml`.
    pub root: PathBuf,
    /// The output folder (default `<root>/public`).
    pub out: PathBuf,
    /// Overrides `base_url` from `site.yaml`.
    pub base_url: Option<String>,
    /// Show a progress bar (only drawn when stderr is a terminal).
    pub progress: bool,
}

/// What a successful build did.
#[derive(Debug)]
pub struct BuildReport {
    /// Pages written.
    pub pages: usize,
    /// Port pages written.
    pub port_pages: usize,
    /// Bytes of HTML written.
    pub html_bytes: u64,
    /// Time spent loading everything before the first page was rendered.
    pub startup: Duration,
    /// Total wall time.
    pub elapsed: Duration,
    /// Non-fatal problems (e.g. messages that fell back to the default locale).
    pub warnings: Vec<String>,
    /// The search index written, with the largest shard's size.
    pub search: output::SearchReport,
    /// Files, folders and bytes of the whole output (from the manifest).
    pub totals: output::OutputTotals,
}

/// Why a build failed; the previous output is untouched in every case.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// `site.yaml` is unusable.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// The registry CSV is unusable.
    #[error(transparent)]
    Registry(#[from] RegistryError),
    /// One or more content files are invalid.
    #[error("{}", join(.0))]
    Content(Vec<ContentError>),
    /// One or more Fluent files are invalid.
    #[error("{}", join(.0))]
    I18n(Vec<I18nError>),
    /// A template or message failed.
    #[error(transparent)]
    Render(#[from] RenderError),
    /// The output could not be written.
    #[error(transparent)]
    Output(#[from] OutputError),
}

fn join<T: std::fmt::Display>(errors: &[T]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Everything loaded and prepared before pages are rendered.
pub struct LoadedSite {
    /// The configuration.
    pub config: SiteConfig,
    /// The registry.
    pub registry: PortRegistry,
    /// Fluent bundles.
    pub localizer: Arc<Localizer>,
    /// Compiled templates.
    pub templates: Templates,
    /// Highlighted check commands.
    pub checks: PreparedChecks,
    /// Rendered curated entries.
    pub entries: EntryIndex,
    /// URL builders per locale.
    pub urls: Vec<LocaleUrls>,
    /// The syntax highlighter (for the stylesheet).
    pub highlighter: Highlighter,
    /// The range pages of the configured span, in port order.
    pub ranges: Vec<PortRange>,
}

impl LoadedSite {
    /// Loads config, registry, content, locales and templates from `root`.
    pub fn load(root: &Path, base_url: Option<&str>) -> Result<LoadedSite, BuildError> {
        let mut config = SiteConfig::load(root)?;
        if let Some(url) = base_url {
            config.base_url = url.trim_end_matches('/').to_string();
        }
        let codes = config.locale_codes();
        let ((registry, content), (localizer, highlighter)) = rayon::join(
            || {
                rayon::join(
                    || PortRegistry::from_path(&root.join(REGISTRY_CSV)),
                    || load_content(root, &codes),
                )
            },
            || rayon::join(|| load_locales(root, &config), Highlighter::new),
        );
        let (registry, (content, checks)) = (registry?, content?);
        let localizer = Arc::new(localizer?);
        let templates = Templates::load(&root.join("templates"), localizer.clone(), codes.clone())?;
        let checks = PreparedChecks::prepare(&checks, &highlighter)?;
        let urls: Vec<LocaleUrls> = config
            .locales
            .iter()
            .map(|l| LocaleUrls::new(&l.code, l.code == config.default_locale))
            .collect();
        let entries = index_entries(content, &config, &urls, &highlighter);
        let ranges = port_ranges(config.ports.from, config.ports.to, config.range_size);
        Ok(LoadedSite {
            ranges,
            config,
            registry,
            localizer,
            templates,
            checks,
            entries,
            urls,
            highlighter,
        })
    }
}

impl LoadedSite {
    /// Re-reads `content/` (entries and home texts) and re-renders their Markdown, keeping
    /// everything else; on error the site is left as it was.
    pub fn reload_content(&mut self, root: &Path) -> Result<(), BuildError> {
        let content = content::load_content(root, &self.config.locale_codes())
            .map_err(BuildError::Content)?;
        self.entries = index_entries(content, &self.config, &self.urls, &self.highlighter);
        Ok(())
    }

    /// Renders the given (locale index, page) pairs in parallel, without writing them.
    pub fn render_pages(
        &self,
        jobs: &[(usize, PageKind)],
    ) -> Result<Vec<(SitePath, Vec<u8>)>, BuildError> {
        let view = self.view();
        jobs.par_iter()
            .map(|(index, kind)| {
                let mut buf = Vec::with_capacity(64 * 1024);
                let url = render_one(&view, *index, *kind, &mut buf)?;
                Ok((url, buf))
            })
            .collect()
    }

    /// Writes the Atom feeds (they list the curated entries) into `dir`.
    pub fn write_feeds(&self, dir: &Path) -> Result<usize, BuildError> {
        Ok(output::write_feeds(&self.view(), &PageWriter::new(dir))?)
    }

    /// The read-only view the renderers work from.
    pub fn view(&self) -> SiteView<'_> {
        SiteView {
            config: &self.config,
            registry: &self.registry,
            localizer: &self.localizer,
            templates: &self.templates,
            checks: &self.checks,
            entries: &self.entries,
            ranges: &self.ranges,
            urls: &self.urls,
        }
    }
}

fn index_entries(
    content: content::ContentSet,
    config: &SiteConfig,
    urls: &[LocaleUrls],
    highlighter: &Highlighter,
) -> EntryIndex {
    let codes = config.locale_codes();
    let default_index = codes
        .iter()
        .position(|c| *c == config.default_locale)
        .unwrap_or(0);
    EntryIndex::build(
        content,
        &codes,
        urls,
        default_index,
        highlighter,
        config.markdown.allow_raw_html,
    )
}

fn load_content(
    root: &Path,
    codes: &[String],
) -> Result<(content::ContentSet, content::Checks), BuildError> {
    let set = content::load_content(root, codes).map_err(BuildError::Content);
    let checks = content::load_checks(root).map_err(|e| BuildError::Content(vec![e]));
    match (set, checks) {
        (Ok(set), Ok(checks)) => Ok((set, checks)),
        (Err(BuildError::Content(mut a)), Err(BuildError::Content(b))) => {
            a.extend(b);
            Err(BuildError::Content(a))
        }
        (Err(e), _) | (_, Err(e)) => Err(e),
    }
}

/// The Fluent locales of a site, with their CLDR formatting locales.
pub fn locale_specs(config: &SiteConfig) -> Vec<LocaleSpec> {
    config
        .locales
        .iter()
        .map(|l| LocaleSpec {
            code: l.code.clone(),
            format_locale: l.format_locale.clone().unwrap_or_else(|| l.code.clone()),
        })
        .collect()
}

fn load_locales(root: &Path, config: &SiteConfig) -> Result<Localizer, BuildError> {
    Localizer::load(
        &root.join("locales"),
        &locale_specs(config),
        &config.default_locale,
    )
    .map_err(BuildError::I18n)
}

/// Builds the whole site into `options.out`, atomically.
pub fn build(options: &BuildOptions) -> Result<BuildReport, BuildError> {
    build_keeping(options).map(|(report, _)| report)
}

/// Builds like [`build`] and hands back the loaded site, so that `serve` can later re-render
/// single pages without loading everything again.
pub fn build_keeping(options: &BuildOptions) -> Result<(BuildReport, LoadedSite), BuildError> {
    let started = Instant::now();
    let site = LoadedSite::load(&options.root, options.base_url.as_deref())?;
    let startup = started.elapsed();
    let staging = Staging::begin(&options.root, &options.out)?;
    // One writer for every file, so that the manifest lists them all.
    let writer = PageWriter::new(staging.dir());
    let (pages, port_pages, html_bytes) = write_pages(&site, &writer, options.progress)?;
    write_assets(&site, &options.root, &writer)?;
    let search = write_site_files(&site, &writer)?;
    let totals = output::manifest::totals(&writer.write_manifest()?);
    staging.commit()?;
    let report = BuildReport {
        pages,
        port_pages,
        html_bytes,
        startup,
        elapsed: started.elapsed(),
        warnings: warnings(site.localizer.warnings()),
        search,
        totals,
    };
    Ok((report, site))
}

/// The files built from the whole site: search index and page, sitemaps, robots.txt, feeds.
fn write_site_files(
    site: &LoadedSite,
    writer: &PageWriter,
) -> Result<output::SearchReport, BuildError> {
    let view = site.view();
    let search = output::write_search_index(&view, writer)?;
    output::write_search_pages(&view, writer)?;
    output::write_sitemaps(&view, writer, output::SitemapLimits::default())?;
    output::write_robots(&site.config.base_url, writer)?;
    output::write_feeds(&view, writer)?;
    Ok(search)
}

fn warnings(list: &[I18nWarning]) -> Vec<String> {
    list.iter().map(ToString::to_string).collect()
}

/// Every (locale, page) pair of the site.
fn plan(site: &LoadedSite) -> Vec<(usize, PageKind)> {
    let span = site.config.ports;
    let per_locale = span.len() + site.ranges.len() + 2;
    let mut jobs = Vec::with_capacity(site.urls.len() * per_locale);
    for index in 0..site.urls.len() {
        jobs.push((index, PageKind::Home));
        jobs.push((index, PageKind::NotFound));
        jobs.extend((span.from..=span.to).map(|p| (index, PageKind::Port(p))));
        jobs.extend(site.ranges.iter().map(|r| (index, PageKind::Range(*r))));
    }
    jobs
}

fn write_pages(
    site: &LoadedSite,
    writer: &PageWriter,
    progress: bool,
) -> Result<(usize, usize, u64), BuildError> {
    let span = site.config.ports;
    let view = site.view();
    let folders: Vec<String> = site
        .urls
        .iter()
        .map(|u| format!("{}/ports", u.prefix()))
        .collect();
    writer.prepare(&folders.iter().map(String::as_str).collect::<Vec<_>>())?;
    let jobs = plan(site);
    let bar = progress_bar(progress, jobs.len());
    let bytes = AtomicU64::new(0);
    jobs.par_iter().try_for_each_init(
        || Vec::with_capacity(64 * 1024),
        |buf, (index, kind)| -> Result<(), BuildError> {
            let url = render_one(&view, *index, *kind, buf)?;
            writer.write(&url, buf)?;
            bytes.fetch_add(buf.len() as u64, Ordering::Relaxed);
            bar.inc(1);
            Ok(())
        },
    )?;
    bar.finish_and_clear();
    let port_pages = span.len() * site.urls.len();
    Ok((jobs.len(), port_pages, bytes.into_inner()))
}

/// Renders one page into `buf` (cleared first) and returns its URL.
fn render_one(
    view: &SiteView<'_>,
    index: usize,
    kind: PageKind,
    buf: &mut Vec<u8>,
) -> Result<SitePath, BuildError> {
    buf.clear();
    let urls = &view.urls[index];
    Ok(match kind {
        PageKind::Home => {
            render::render_home(view, index, buf)?;
            urls.home()
        }
        PageKind::NotFound => {
            render::render_not_found(view, index, buf)?;
            urls.not_found()
        }
        PageKind::Port(port) => {
            render::render_port(view, index, port, buf)?;
            urls.port(port)
        }
        PageKind::Range(range) => {
            let position = view.ranges.binary_search(&range).unwrap_or(0);
            render::render_range(view, index, position, buf)?;
            urls.range(range)
        }
    })
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

fn write_assets(site: &LoadedSite, root: &Path, writer: &PageWriter) -> Result<(), BuildError> {
    output::copy_static(&root.join("static"), writer, "static")?;
    writer.write_file(
        "static/highlight.css",
        site.highlighter.stylesheet().as_bytes(),
    )?;
    Ok(())
}
