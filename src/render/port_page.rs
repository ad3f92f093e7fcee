//! A port's page: registry facts, the curated entry if any, checks, FAQ, neighbours.

use serde::Serialize;

use super::checks::PlatformView;
use super::entries::RenderedEntry;
use super::facts::{self, ServiceView, StatusView};
use super::faq::{self, FaqView, SectionLink, message};
use super::page::{Crumb, RangeLink, SiteView};
use super::{RenderError, base_context, jsonld};
use crate::config::LocaleId;
use crate::i18n::Arg;
use crate::model::{SitePath, range_of};
use crate::port::{Port, PortRange};
use crate::registry::PortClass;

/// The main content of a port page.
#[derive(Serialize)]
struct PortView<'a> {
    number: Port,
    class: &'static str,
    class_start: Port,
    class_end: Port,
    range: Option<RangeLink>,
    services: Vec<ServiceView<'a>>,
    statuses: Vec<StatusView<'a>>,
    checks: Vec<PlatformView<'a>>,
    entry: Option<EntryView<'a>>,
    faq: Vec<FaqView>,
    prev: Option<PortLink>,
    next: Option<PortLink>,
    edit_url: Option<String>,
    edit_creates: bool,
}

#[derive(Serialize)]
struct PortLink {
    number: Port,
    url: SitePath,
}

/// A curated entry as the template sees it.
#[derive(Serialize)]
struct EntryView<'a> {
    title: &'a str,
    body_before: &'a str,
    body_after: Option<&'a str>,
    footnotes: &'a str,
    updated: Option<String>,
    sources: &'a [crate::content::SourceLink],
    tags: &'a [String],
    /// Set when the entry is the default locale's, shown because no translation exists.
    original_lang: Option<&'a str>,
    /// The original's text direction, when it differs from the page's.
    original_dir: Option<&'static str>,
    original_url: Option<SitePath>,
}

/// Renders the page of `port` in locale `index` into `out`.
pub fn render_port(
    site: &SiteView<'_>,
    index: LocaleId,
    port: Port,
    out: &mut Vec<u8>,
) -> Result<(), RenderError> {
    let bundle = site.bundle(index);
    let info = site.registry.port(port);
    let urls = site.plan.locale_urls(index);
    let curated = site.entries.for_page(port, index);
    let mut faq = Vec::new();
    if let Some((entry, fallback)) = curated {
        // Questions taken from the untranslated original keep its language and direction.
        let default = &site.config.locale(site.default_index());
        let (lang, dir) = if fallback {
            (Some(default.code.clone()), Some(default.dir.as_str()))
        } else {
            (None, None)
        };
        faq.extend(
            entry
                .entry
                .meta
                .faq
                .iter()
                .zip(entry.faq_answers.iter().zip(&entry.faq_texts))
                .map(|(item, (a, text))| FaqView {
                    q: item.q.clone(),
                    a_html: a.clone(),
                    a_text: text.clone(),
                    lang: lang.clone(),
                    dir,
                    curated: true,
                }),
        );
    }
    let replaced: Vec<_> = curated
        .iter()
        .flat_map(|(e, _)| e.entry.meta.faq.iter().filter_map(|item| item.replaces))
        .collect();
    let checks_title = message(bundle, "checks-title", &[])?;
    let checks_section = match curated.and_then(|(e, _)| e.checks_heading.as_ref()) {
        Some(heading) => SectionLink {
            title: &heading.text,
            id: &heading.id,
        },
        None => SectionLink {
            title: &checks_title,
            id: "checks-title",
        },
    };
    faq.extend(faq::generated(&info, bundle, &replaced, &checks_section)?);
    let (title, description) = match curated {
        Some((e, false)) => (e.entry.meta.title.clone(), e.entry.meta.description.clone()),
        _ => generated_title(site, index, port)?,
    };
    let class = PortClass::of(port);
    let bounds = class.bounds();
    let (class_start, class_end) = (bounds.start(), bounds.end());
    let mut head = site.head(index, title, description, |u| u.port(port));
    head.og_type = "article";
    let range = range_of(port, site.ranges);
    head.breadcrumbs = breadcrumbs(site, index, range, port)?;
    let mut graph = vec![jsonld::breadcrumbs(
        &head.breadcrumbs,
        &site.config.base_url,
    )];
    graph.extend(jsonld::faq_page(&faq));
    head.jsonld = Some(jsonld::script_body(graph));
    let span = site.config.ports;
    let link = |p: Port| PortLink {
        number: p,
        url: urls.port(p),
    };
    let view = PortView {
        number: port,
        class: class.as_str(),
        class_start,
        class_end,
        range: range.map(|r| RangeLink::new(r, urls)),
        services: facts::services(&info, bundle),
        statuses: facts::statuses(&info, bundle)?,
        // Nothing can listen on port 0; the page explains that instead.
        checks: if port == Port::MIN {
            Vec::new()
        } else {
            site.checks.for_port(port)
        },
        entry: curated.map(|(e, fallback)| entry_view(site, e, fallback, bundle)),
        faq,
        // The neighbours with a page of their own: every port, or with
        // `port_pages: registered` the nearest registered ones.
        prev: (span.start().get()..port.get())
            .rev()
            .map(Port::new)
            .find(|p| site.plan.has_page(*p))
            .map(link),
        next: (port.get()..=span.end().get())
            .skip(1)
            .map(Port::new)
            .find(|p| site.plan.has_page(*p))
            .map(link),
        edit_url: edit_url(site, index, port),
        edit_creates: site.entries.get(port, index).is_none(),
    };
    let mut context = base_context(index);
    context.insert("page", &head);
    context.insert("port", &view);
    site.templates.render_into("port.html", &context, out)
}

fn generated_title(
    site: &SiteView<'_>,
    index: LocaleId,
    port: Port,
) -> Result<(String, String), RenderError> {
    let bundle = site.bundle(index);
    let info = site.registry.port(port);
    let number = port.to_string();
    let names = info.service_names();
    let listed = bundle.and_list(&names);
    let args = [
        ("port", Arg::Str(&number)),
        ("names", Arg::Str(&listed)),
        ("count", Arg::Num(names.len() as i64)),
    ];
    let (title_id, description_id) = if names.is_empty() {
        // Nothing can listen on port 0, so its summary cannot offer to check a listener.
        (
            "port-title",
            if port == Port::MIN {
                "port-description-zero"
            } else {
                "port-description"
            },
        )
    } else {
        ("port-title-named", "port-description-named")
    };
    Ok((
        message(bundle, title_id, &args)?,
        message(bundle, description_id, &args)?,
    ))
}

fn breadcrumbs(
    site: &SiteView<'_>,
    index: LocaleId,
    range: Option<PortRange>,
    port: Port,
) -> Result<Vec<Crumb>, RenderError> {
    let bundle = site.bundle(index);
    let urls = site.plan.locale_urls(index);
    let mut trail = vec![Crumb {
        name: message(bundle, "nav-home", &[])?,
        url: urls.home(),
    }];
    if let Some(range) = range {
        let (start, end) = (range.start().to_string(), range.end().to_string());
        trail.push(Crumb {
            name: message(
                bundle,
                "range-title",
                &[("start", Arg::Str(&start)), ("end", Arg::Str(&end))],
            )?,
            url: urls.range(range),
        });
    }
    let number = port.to_string();
    trail.push(Crumb {
        name: message(bundle, "port-label", &[("port", Arg::Str(&number))])?,
        url: urls.port(port),
    });
    Ok(trail)
}

fn entry_view<'a>(
    site: &SiteView<'a>,
    rendered: &'a RenderedEntry,
    fallback: bool,
    bundle: &crate::i18n::LocaleBundle,
) -> EntryView<'a> {
    let meta = &rendered.entry.meta;
    let default = site.default_index();
    EntryView {
        title: &meta.title,
        body_before: &rendered.body_before,
        body_after: rendered.body_after.as_deref(),
        footnotes: &rendered.footnotes,
        updated: meta
            .updated
            .as_ref()
            .map(|d| bundle.date(d.year, d.month, Some(d.day))),
        sources: &meta.sources,
        tags: &meta.tags,
        original_lang: fallback.then(|| site.config.locale(default).code.as_str()),
        original_dir: fallback.then(|| site.config.locale(default).dir.as_str()),
        original_url: fallback.then(|| site.plan.locale_urls(default).port(rendered.entry.port)),
    }
}

fn edit_url(site: &SiteView<'_>, index: LocaleId, port: Port) -> Option<String> {
    let code = &site.config.locale(index).code;
    site.entry_source_url(port, code, site.entries.get(port, index).is_some())
}
