//! The contributors' translation status page: every curated entry by locale, translated,
//! stale or missing, with links to the files (kept out of sitemaps and search).

use serde::Serialize;

use super::faq::message;
use super::page::SiteView;
use super::{RenderError, base_context};
use crate::config::LocaleId;
use crate::content::{TranslationState, translation_status};
use crate::i18n::Arg;
use crate::model::SitePath;
use crate::port::Port;

#[derive(Serialize)]
struct StatusView<'a> {
    locales: Vec<&'a str>,
    rows: Vec<RowView>,
    translated: usize,
    stale: usize,
    missing: usize,
}

#[derive(Serialize)]
struct RowView {
    port: Port,
    /// The port's page; `None` when the site's port span leaves the port out.
    url: Option<SitePath>,
    cells: Vec<CellView>,
}

#[derive(Serialize)]
struct CellView {
    /// `original`, `translated`, `stale` or `missing`.
    state: &'static str,
    /// The state in the page's language, with the dates when stale.
    label: String,
    /// The file in the source repository (to edit, or to create when missing).
    file: String,
    link: Option<String>,
}

/// Renders the translation status page of locale `index`.
pub fn render_translations(
    site: &SiteView<'_>,
    index: LocaleId,
    out: &mut Vec<u8>,
) -> Result<(), RenderError> {
    let bundle = site.bundle(index);
    let codes = site.config.locale_codes();
    let table = translation_status(&site.entries.all(), &codes, &site.config.default_locale);
    let mut view = StatusView {
        locales: site
            .config
            .locales
            .iter()
            .map(|l| l.code.as_str())
            .collect(),
        rows: Vec::new(),
        translated: 0,
        stale: 0,
        missing: 0,
    };
    for entry in &table {
        let mut cells = Vec::new();
        for locale in &entry.locales {
            let label = match &locale.state {
                TranslationState::Stale {
                    source_updated: Some(done),
                    original_updated,
                } => message(
                    bundle,
                    "translations-stale-since",
                    &[
                        (
                            "done",
                            Arg::Str(&bundle.date(done.year, done.month, Some(done.day))),
                        ),
                        (
                            "updated",
                            Arg::Str(&bundle.date(
                                original_updated.year,
                                original_updated.month,
                                Some(original_updated.day),
                            )),
                        ),
                    ],
                )?,
                state => message(bundle, &format!("translations-{}", state.as_str()), &[])?,
            };
            match locale.state {
                TranslationState::Translated => view.translated += 1,
                TranslationState::Stale { .. } => view.stale += 1,
                TranslationState::Missing => view.missing += 1,
                TranslationState::Original => {}
            }
            let file = locale.path.to_string_lossy().replace('\\', "/");
            let exists = locale.state != TranslationState::Missing;
            let link = site.entry_source_url(entry.port, &locale.locale, exists);
            cells.push(CellView {
                state: locale.state.as_str(),
                label,
                file,
                link,
            });
        }
        view.rows.push(RowView {
            port: entry.port,
            url: site
                .config
                .ports
                .contains(entry.port)
                .then(|| site.plan.locale_urls(index).port(entry.port)),
            cells,
        });
    }
    let title = message(bundle, "translations-title", &[])?;
    let description = message(bundle, "translations-description", &[])?;
    let mut head = site.head(index, title, description, |u| u.translations());
    // For contributors, not for search engines.
    head.noindex = true;
    let mut context = base_context(index);
    context.insert("page", &head);
    context.insert("status", &view);
    site.templates
        .render_into("translations.html", &context, out)
}
