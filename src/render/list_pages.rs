//! Home, range and "not found" pages.

use serde::Serialize;

use super::faq::message;
use super::page::{Crumb, RangeLink, SiteView};
use super::{RenderError, base_context, jsonld};
use crate::config::LocaleId;
use crate::i18n::Arg;
use crate::model::{AbsoluteUrl, SitePath};
use crate::port::{Port, PortRange};
use crate::registry::PortClass;

#[derive(Serialize)]
struct HomeView<'a> {
    intro_html: Option<&'a str>,
    total_ports: String,
    assigned_ports: String,
    curated: Vec<CuratedLink<'a>>,
    classes: Vec<ClassView>,
}

#[derive(Serialize)]
struct ClassView {
    id: &'static str,
    start: Port,
    end: Port,
    ranges: Vec<ClassRangeLink>,
}

/// A range page as listed under a port class: the part of the range inside the class,
/// so 1000–1999 shows as 1000–1023 under well-known and 1024–1999 under registered ports.
#[derive(Serialize)]
struct ClassRangeLink {
    start: Port,
    end: Port,
    url: SitePath,
}

#[derive(Serialize)]
struct CuratedLink<'a> {
    number: Port,
    title: &'a str,
    /// Whether the title already names the port ("Port 22: SSH"), so the list need not
    /// repeat the number in front of it.
    title_has_number: bool,
    url: SitePath,
}

#[derive(Serialize)]
struct RangeView<'a> {
    start: Port,
    end: Port,
    rows: Vec<RangeRow<'a>>,
    /// Whether a row carries the ★ of a curated entry, so the legend explaining it shows.
    has_curated: bool,
    prev: Option<RangeLink>,
    next: Option<RangeLink>,
}

#[derive(Serialize)]
struct RangeRow<'a> {
    number: Port,
    /// The port's page; `None` for a port listed here only (`port_pages: registered`),
    /// whose row is its `#port-N` anchor.
    url: Option<SitePath>,
    /// For a port without a page: why (unassigned, or in the dynamic range).
    note: Option<String>,
    names: Vec<&'a str>,
    /// Every distinct description of the port's services (3002: EXLM Agent, RemoteWare
    /// Server), not only the first.
    descriptions: Vec<&'a str>,
    status: Option<&'static str>,
    curated: bool,
}

/// Renders the home page of locale `index`.
pub fn render_home(
    site: &SiteView<'_>,
    index: LocaleId,
    out: &mut Vec<u8>,
) -> Result<(), RenderError> {
    let bundle = site.bundle(index);
    let urls = site.plan.locale_urls(index);
    let home = site.entries.home(index);
    let title = match home {
        Some(h) => h.home.title.clone(),
        None => message(bundle, "site-name", &[])?,
    };
    let description = match home {
        Some(h) => h.home.description.clone(),
        None => message(bundle, "site-tagline", &[])?,
    };
    let mut head = site.head(index, title, description, |u| u.home());
    head.jsonld = Some(jsonld::script_body(vec![jsonld::Node::Other(
        serde_json::json!({
            "@type": "WebSite",
            "name": message(bundle, "site-name", &[])?,
            "url": AbsoluteUrl::new(&site.config.base_url, &urls.home()),
            "inLanguage": site.config.locale(index).code,
        }),
    )]));
    let span = site.config.ports;
    // The stats describe the whole port space, whichever span this site builds pages for.
    let assigned = site.registry.assigned_count();
    let classes = [
        PortClass::WellKnown,
        PortClass::Registered,
        PortClass::Dynamic,
    ]
    .into_iter()
    .map(|class| {
        let bounds = class.bounds();
        let (start, end) = (bounds.start(), bounds.end());
        ClassView {
            id: class.as_str(),
            start,
            end,
            ranges: site
                .ranges
                .iter()
                .filter(|r| r.end() >= start && r.start() <= end)
                .map(|r| ClassRangeLink {
                    start: r.start().max(start),
                    end: r.end().min(end),
                    url: site.plan.locale_urls(index).range(*r),
                })
                .collect(),
        }
    })
    .collect();
    let curated = site
        .entries
        .curated_ports()
        .into_iter()
        .filter(|p| span.contains(*p))
        .filter_map(|p| site.entries.for_page(p, index))
        .map(|(e, _)| CuratedLink {
            number: e.entry.port,
            title: &e.entry.meta.title,
            title_has_number: names_number(&e.entry.meta.title, e.entry.port),
            url: urls.port(e.entry.port),
        })
        .collect();
    let view = HomeView {
        intro_html: home.map(|h| h.html.as_str()),
        total_ports: bundle.number(65_536),
        assigned_ports: bundle.number(assigned as i64),
        curated,
        classes,
    };
    let mut context = base_context(index);
    context.insert("page", &head);
    context.insert("home", &view);
    site.templates.render_into("home.html", &context, out)
}

/// Whether `title` contains `port` as a whole number (not as part of 13712).
fn names_number(title: &str, port: Port) -> bool {
    let number = port.to_string();
    title
        .split(|c: char| !c.is_ascii_digit())
        .any(|word| word == number)
}

fn range_link(range: PortRange, site: &SiteView<'_>, index: LocaleId) -> RangeLink {
    RangeLink::new(range, site.plan.locale_urls(index))
}

/// Renders the range page `range` (the `position`-th of the site's ranges) in locale `index`.
pub fn render_range(
    site: &SiteView<'_>,
    index: LocaleId,
    position: usize,
    out: &mut Vec<u8>,
) -> Result<(), RenderError> {
    let bundle = site.bundle(index);
    let range = site.ranges[position];
    let (start, end) = (range.start().to_string(), range.end().to_string());
    let args = [("start", Arg::Str(&start)), ("end", Arg::Str(&end))];
    let title = message(bundle, "range-title", &args)?;
    let description = message(bundle, "range-description", &args)?;
    let mut head = site.head(index, title.clone(), description, |u| u.range(range));
    head.breadcrumbs = vec![
        Crumb {
            name: message(bundle, "nav-home", &[])?,
            url: site.plan.locale_urls(index).home(),
        },
        Crumb {
            name: title,
            url: site.plan.locale_urls(index).range(range),
        },
    ];
    head.jsonld = Some(jsonld::script_body(vec![jsonld::breadcrumbs(
        &head.breadcrumbs,
        &site.config.base_url,
    )]));
    let rows = range
        .iter()
        .map(|p| range_row(site, index, p))
        .collect::<Result<Vec<_>, _>>()?;
    let view = RangeView {
        start: range.start(),
        end: range.end(),
        has_curated: rows.iter().any(|row| row.curated),
        rows,
        prev: position
            .checked_sub(1)
            .map(|i| range_link(site.ranges[i], site, index)),
        next: site
            .ranges
            .get(position + 1)
            .map(|r| range_link(*r, site, index)),
    };
    let mut context = base_context(index);
    context.insert("page", &head);
    context.insert("range", &view);
    site.templates.render_into("range.html", &context, out)
}

/// One port's row on its range page.
fn range_row<'a>(
    site: &SiteView<'a>,
    index: LocaleId,
    p: Port,
) -> Result<RangeRow<'a>, RenderError> {
    let info = site.registry.port(p);
    let mut descriptions: Vec<&str> = Vec::new();
    for service in &info.services {
        let text = service.description.as_str();
        if !text.is_empty() && !descriptions.contains(&text) {
            descriptions.push(text);
        }
    }
    let has_page = site.plan.has_page(p);
    // A port listed here only says why it has no page, in the sentence its page would use.
    let note = if has_page {
        None
    } else {
        let key = if info.is_unlisted() {
            "status-unlisted"
        } else {
            "status-unassigned"
        };
        let number = p.to_string();
        Some(message(
            site.bundle(index),
            key,
            &[("port", Arg::Str(&number))],
        )?)
    };
    Ok(RangeRow {
        number: p,
        url: has_page.then(|| site.plan.locale_urls(index).port(p)),
        note,
        names: info.service_names(),
        descriptions,
        status: info.statuses.first().map(|s| s.status.as_str()),
        curated: site.entries.for_page(p, index).is_some(),
    })
}

/// Renders the "not found" page of locale `index`.
pub fn render_not_found(
    site: &SiteView<'_>,
    index: LocaleId,
    out: &mut Vec<u8>,
) -> Result<(), RenderError> {
    let bundle = site.bundle(index);
    let title = message(bundle, "notfound-title", &[])?;
    let description = message(bundle, "notfound-text", &[])?;
    let mut head = site.head(index, title, description, |u| u.not_found());
    head.alternates.clear();
    head.noindex = true;
    let mut context = base_context(index);
    context.insert("page", &head);
    context.insert("listed", &listed_view(site, index));
    site.templates.render_into("404.html", &context, out)
}

/// What the 404 page needs to send a reader from `/ports/N/` of a port without a page of
/// its own to its range page on hosts without redirects (GitHub Pages): how ranges are cut,
/// for `site.js`, and every range page, for readers without JavaScript.
#[derive(Serialize)]
struct ListedView {
    range_size: u32,
    from: Port,
    to: Port,
    /// Every locale's URL prefix, space-separated (`" /tr /de"`: the default one is empty).
    prefixes: String,
    ranges: Vec<ClassRangeLink>,
}

/// `None` when every port of the span has its own page.
fn listed_view(site: &SiteView<'_>, index: LocaleId) -> Option<ListedView> {
    site.plan.listed_only().next()?;
    let span = site.config.ports;
    let prefixes: Vec<&str> = site.urls.iter().map(|u| u.prefix()).collect();
    Some(ListedView {
        range_size: site.config.range_size,
        from: span.start(),
        to: span.end(),
        prefixes: prefixes.join(" "),
        ranges: site
            .ranges
            .iter()
            .map(|r| ClassRangeLink {
                start: r.start(),
                end: r.end(),
                url: site.plan.locale_urls(index).range(*r),
            })
            .collect(),
    })
}
