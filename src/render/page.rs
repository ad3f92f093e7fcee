//! What every page shares: the site's read-only data and the `<head>`/navigation view.

use serde::Serialize;

use super::checks::PreparedChecks;
use super::entries::EntryIndex;
use super::env::Templates;
use crate::config::{LocaleCode, LocaleId, SiteConfig};
use crate::i18n::{LocaleBundle, Localizer};
use crate::model::{AbsoluteUrl, LocaleUrls, SitePath, SitePlan};
use crate::port::{Port, PortRange};
use crate::registry::PortRegistry;

/// Everything the parallel render phase reads, built once and never mutated.
pub struct SiteView<'a> {
    /// The configuration.
    pub config: &'a SiteConfig,
    /// The IANA registry.
    pub registry: &'a PortRegistry,
    /// Fluent bundles.
    pub localizer: &'a Localizer,
    /// Compiled templates.
    pub templates: &'a Templates,
    /// Highlighted check commands.
    pub checks: &'a PreparedChecks,
    /// Curated entries, rendered.
    pub entries: &'a EntryIndex,
    /// The range pages.
    pub ranges: &'a [PortRange],
    /// URL builders per locale, in configuration order.
    pub urls: &'a [LocaleUrls],
    /// The page plan: which ports have a page of their own, and where links to the others go.
    pub plan: &'a SitePlan,
}

/// A link to a range page.
#[derive(Serialize)]
pub struct RangeLink {
    /// First port listed.
    pub start: Port,
    /// Last port listed.
    pub end: Port,
    /// The range page in the page's locale.
    pub url: SitePath,
}

impl RangeLink {
    /// The link to `range` in the locale of `urls`.
    pub fn new(range: PortRange, urls: &LocaleUrls) -> RangeLink {
        RangeLink {
            start: range.start(),
            end: range.end(),
            url: urls.range(range),
        }
    }
}

/// A link in the breadcrumb trail.
#[derive(Serialize, Clone)]
pub struct Crumb {
    /// What the link says.
    pub name: String,
    /// Where it goes (site-relative).
    pub url: SitePath,
}

/// The same page in another locale.
#[derive(Serialize)]
pub struct Alternate<'a> {
    /// Locale code, also the hreflang value.
    pub code: &'a LocaleCode,
    /// The locale's own name.
    pub name: &'a str,
    /// The locale's text direction.
    pub dir: &'static str,
    /// Site-relative URL.
    pub url: SitePath,
    /// Whether this is the page being rendered.
    pub current: bool,
}

/// The parts of a page outside its main content.
#[derive(Serialize)]
pub struct HeadView<'a> {
    /// `<html lang>`.
    pub lang: &'a LocaleCode,
    /// `<html dir>`.
    pub dir: &'static str,
    /// The `<title>` and og:title.
    pub title: String,
    /// Meta description.
    pub description: String,
    /// This page's site-relative URL.
    pub url: SitePath,
    /// Absolute canonical URL.
    pub canonical: AbsoluteUrl,
    /// The page in every locale (empty for pages that are not indexed).
    pub alternates: Vec<Alternate<'a>>,
    /// The locale's home page.
    pub home_url: SitePath,
    /// The locale's 404 page (used by the search box for "go to port").
    pub prefix: &'a str,
    /// The trail from home to this page.
    pub breadcrumbs: Vec<Crumb>,
    /// Where the feedback prompt posts.
    pub feedback_endpoint: Option<&'a str>,
    /// OpenGraph type.
    pub og_type: &'static str,
    /// Whether search engines should skip the page.
    pub noindex: bool,
    /// JSON-LD script body (already escaped for embedding).
    pub jsonld: Option<String>,
}

impl<'a> SiteView<'a> {
    /// Where the entry of `port` in locale `code` lives in the source repository: its edit
    /// page when the file `exists`, else the page that creates it; `None` when `site.yaml`
    /// names no repository.
    pub fn entry_source_url(&self, port: Port, code: &LocaleCode, exists: bool) -> Option<String> {
        if exists {
            let base = self.config.edit_url.as_deref()?;
            Some(format!("{base}content/ports/{port}/index.{code}.md"))
        } else {
            let base = self.config.new_url.as_deref()?;
            Some(format!(
                "{base}content/ports/{port}?filename=index.{code}.md"
            ))
        }
    }

    /// The bundle of locale `index`.
    pub fn bundle(&self, index: LocaleId) -> &'a LocaleBundle {
        let code = &self.config.locale(index).code;
        self.localizer.bundle_or_default(code)
    }

    /// The default locale.
    pub fn default_index(&self) -> LocaleId {
        self.config.default_locale_id()
    }

    /// Builds the head view of a page that exists in every locale at `url_of(locale)`.
    pub fn head(
        &self,
        index: LocaleId,
        title: String,
        description: String,
        url_of: impl Fn(&LocaleUrls) -> SitePath,
    ) -> HeadView<'a> {
        let locale = self.config.locale(index);
        let base = &self.config.base_url;
        let urls = self.plan.locale_urls(index);
        let url = url_of(urls);
        let alternates = self
            .config
            .locale_ids()
            .map(|id| {
                let l = self.config.locale(id);
                let url = url_of(self.plan.locale_urls(id));
                Alternate {
                    code: &l.code,
                    name: &l.name,
                    dir: l.dir.as_str(),
                    url,
                    current: id == index,
                }
            })
            .collect();
        HeadView {
            lang: &locale.code,
            dir: locale.dir.as_str(),
            title,
            description,
            canonical: AbsoluteUrl::new(base, &url),
            url,
            alternates,
            home_url: urls.home(),
            prefix: urls.prefix(),
            breadcrumbs: Vec::new(),
            feedback_endpoint: self.config.feedback_endpoint.as_deref(),
            og_type: "website",
            noindex: false,
            jsonld: None,
        }
    }
}
