//! The orchestrator: a build is this list of steps, each owned by its stage module.
//! Which files a site has comes from the page plan (`model::SitePlan`); each is rendered to
//! bytes by [`LoadedSite::render_page`] (in `site/pages.rs`), the one function `build`
//! writes with and `serve` answers with.

mod pages;
mod write;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::config::{BaseUrl, ConfigError, LocaleCode, SiteConfig};
use crate::content::{self, ContentError};
use crate::diag::{Diagnostic, Location, Severity, ToDiagnostics};
use crate::i18n::{I18nError, LocaleSpec, Localizer};
use crate::markdown::Highlighter;
use crate::model::{LocaleUrls, PortSet, SitePlan};
use crate::output::{self, OutputError, PageWriter, Staging};
use crate::port::Port;
use crate::registry::{PortRegistry, RegistryError};
use crate::render::{EntryIndex, PreparedChecks, RenderError, SiteView, Templates};

pub use pages::Derived;
pub use write::{Sink, Written, render_site};

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
    pub warnings: Vec<Diagnostic>,
    /// The search index written, with the largest shard's size.
    pub search: output::SearchReport,
    /// Files, folders and bytes of the whole output (from the manifest).
    pub totals: output::OutputTotals,
    /// Redirects for ports without a page of their own: all (in the nginx map), and those
    /// `_redirects` holds within the hosts' rule limits.
    pub redirects: (usize, usize),
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

impl ToDiagnostics for BuildError {
    fn diagnostics(&self) -> Vec<Diagnostic> {
        match self {
            BuildError::Config(e) => e.diagnostics(),
            BuildError::Registry(e) => e.diagnostics(),
            BuildError::Content(errors) => errors.iter().flat_map(|e| e.diagnostics()).collect(),
            BuildError::I18n(errors) => errors.iter().flat_map(|e| e.diagnostics()).collect(),
            BuildError::Render(e) => e.diagnostics(),
            BuildError::Output(e) => e.diagnostics(),
        }
    }
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
    /// The registry (shared with the next load when its file did not change).
    pub registry: Arc<PortRegistry>,
    /// Fluent bundles.
    pub localizer: Arc<Localizer>,
    /// Compiled templates.
    pub templates: Templates,
    /// Highlighted check commands.
    pub checks: PreparedChecks,
    /// Rendered curated entries.
    pub entries: EntryIndex,
    /// The syntax highlighter (for the stylesheet).
    pub highlighter: Highlighter,
    /// Which pages the site has and the URL of each.
    pub plan: SitePlan,
    /// The folder holding `site.yaml` (static files are read from its `static/`).
    pub root: PathBuf,
    /// What is computed from the whole site once, when first needed.
    derived: Derived,
}

impl LoadedSite {
    /// Loads config, registry, content, locales and templates from `root`.
    pub fn load(root: &Path, base_url: Option<&str>) -> Result<LoadedSite, BuildError> {
        LoadedSite::load_reusing(root, base_url, None)
    }

    /// Loads like [`LoadedSite::load`], but takes `registry` instead of parsing the registry
    /// file again (the largest part of loading) when the caller knows it did not change.
    pub fn load_reusing(
        root: &Path,
        base_url: Option<&str>,
        registry: Option<Arc<PortRegistry>>,
    ) -> Result<LoadedSite, BuildError> {
        let mut config = SiteConfig::load(root)?;
        if let Some(url) = base_url {
            config.base_url =
                BaseUrl::from_argument(url).map_err(|message| ConfigError::Argument { message })?;
        }
        // The registry is the largest part: everything else is loaded beside it.
        let (registry, rest) = rayon::join(
            || match registry {
                Some(registry) => Ok(registry),
                None => PortRegistry::load(root).map(Arc::new),
            },
            || Sources::load(root, &config),
        );
        let (registry, rest) = (registry?, rest?);
        let curated: Vec<Port> = rest.content.entries.iter().map(|e| e.port).collect();
        let pages = PortSet::for_setting(config.port_pages, &registry, &curated);
        let plan = SitePlan::new(&config).with_port_pages(pages);
        let entries = index_entries(rest.content, &config, plan.urls(), &rest.highlighter);
        Ok(LoadedSite {
            derived: Derived::new(plan.locales()),
            plan,
            root: root.to_path_buf(),
            config,
            registry,
            localizer: rest.localizer,
            templates: rest.templates,
            checks: rest.checks,
            entries,
            highlighter: rest.highlighter,
        })
    }
}

/// Everything a site loads besides its configuration and registry.
struct Sources {
    content: content::ContentSet,
    localizer: Arc<Localizer>,
    templates: Templates,
    checks: PreparedChecks,
    highlighter: Highlighter,
}

impl Sources {
    fn load(root: &Path, config: &SiteConfig) -> Result<Sources, BuildError> {
        let codes = config.locale_codes();
        let ((content, localizer), highlighter) = rayon::join(
            || rayon::join(|| load_content(root, &codes), || load_locales(root, config)),
            Highlighter::new,
        );
        let (content, checks) = content?;
        let localizer = Arc::new(localizer?);
        let templates = Templates::load(&root.join("templates"), localizer.clone(), codes)?;
        let checks = PreparedChecks::prepare(&checks, &highlighter)?;
        Ok(Sources {
            content,
            localizer,
            templates,
            checks,
            highlighter,
        })
    }
}

impl LoadedSite {
    /// The read-only view the renderers work from.
    pub fn view(&self) -> SiteView<'_> {
        SiteView {
            config: &self.config,
            registry: &self.registry,
            localizer: &self.localizer,
            templates: &self.templates,
            checks: &self.checks,
            entries: &self.entries,
            ranges: self.plan.ranges(),
            urls: self.plan.urls(),
            plan: &self.plan,
        }
    }
}

fn index_entries(
    content: content::ContentSet,
    config: &SiteConfig,
    urls: &[LocaleUrls],
    highlighter: &Highlighter,
) -> EntryIndex {
    EntryIndex::build(
        content,
        &config.locale_codes(),
        urls,
        config.default_locale_id(),
        highlighter,
        config.markdown.allow_raw_html,
    )
}

fn load_content(
    root: &Path,
    codes: &[LocaleCode],
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
            format_locale: (l.format_locale.clone()).unwrap_or_else(|| l.code.to_string()),
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
    let started = Instant::now();
    let site = LoadedSite::load(&options.root, options.base_url.as_deref())?;
    let startup = started.elapsed();
    let staging = Staging::begin(&options.root, &options.out)?;
    let writer = PageWriter::new(staging.dir());
    let folders: Vec<String> = (site.plan.urls().iter())
        .map(|u| format!("{}/ports", u.prefix()))
        .collect();
    writer.prepare(&folders.iter().map(String::as_str).collect::<Vec<_>>())?;
    let written = render_site(&site, &writer, options.progress)?;
    // Every file went through `writer`, which hashed it: the manifest lists them all.
    let totals = output::manifest::totals(&writer.write_manifest()?);
    // What the swap reports (a previous site that could not be deleted) comes first, so the
    // CLI never hides it behind translation gaps.
    let mut swap_warnings: Vec<Diagnostic> = (staging.commit()?.iter())
        .map(|text| Diagnostic::advised("output", Severity::Warning, Location::Nowhere, text))
        .collect();
    let locales = options.root.join("locales");
    swap_warnings.extend(
        site.localizer
            .warnings()
            .iter()
            .map(|w| w.diagnostic(&locales)),
    );
    Ok(BuildReport {
        pages: written.pages,
        port_pages: written.port_pages,
        html_bytes: written.html_bytes,
        startup,
        elapsed: started.elapsed(),
        warnings: swap_warnings,
        search: written.search,
        totals,
        redirects: written.redirects,
    })
}
