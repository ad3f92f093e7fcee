//! Runs every stage loader on its own and turns each stage's errors into diagnostics.

use std::path::Path;
use std::sync::Arc;

use super::{links, messages, render_sample, translations};
use crate::config::{LocaleCode, SiteConfig};
use crate::content::{self, Checks};
use crate::diag::{Diagnostic, Location, ToDiagnostics};
use crate::i18n::{LocaleSpec, Localizer};
use crate::markdown::Highlighter;
use crate::registry::{PortRegistry, RegistryError};
use crate::render::{PreparedChecks, Templates};
use crate::sources::SiteRoot;

/// Runs every check on the site at `root`.
pub(crate) fn run(root: &Path) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let config = SiteConfig::load(root)
        .map_err(|e| out.extend(e.diagnostics()))
        .ok();
    let codes = match &config {
        Some(c) => c.locale_codes(),
        None => locale_folders(root),
    };
    if let Err(e) = load_registry(root) {
        out.extend(e.diagnostics());
    }
    let content = content::load_content(root, &codes)
        .map_err(|errors| out.extend(errors.iter().flat_map(ToDiagnostics::diagnostics)))
        .ok();
    let checks = content::load_checks(root)
        .map_err(|e| out.extend(e.diagnostics()))
        .ok();
    let localizer = config
        .as_ref()
        .and_then(|c| load_locales(root, c, &mut out));
    let highlighter = Highlighter::new();
    if let Some(config) = &config {
        let templates = check_templates(root, config, localizer.clone(), &mut out);
        if let (Some(localizer), Some(templates)) = (&localizer, &templates) {
            let problems = messages::check(localizer, templates, checks.as_ref());
            // Pages are rendered only when every message can be: otherwise each page would
            // repeat a problem already reported at its message.
            if problems.is_empty() {
                out.extend(render_sample::check(root));
            }
            out.extend(problems);
        }
        if let Some(content) = &content {
            out.extend(links::check(root, config, content, &highlighter));
            out.extend(translations::report(config, content));
        }
    }
    let statics = SiteRoot::new(root).walk(&root.join("static"), usize::MAX, &|_| false);
    out.extend(statics.errors.iter().flat_map(ToDiagnostics::diagnostics));
    if let Some(checks) = &checks {
        check_commands(checks, localizer.as_deref(), &highlighter, &mut out);
    }
    out
}

fn load_registry(root: &Path) -> Result<PortRegistry, RegistryError> {
    PortRegistry::load(root)
}

/// The locale folders, used as the site's locales when `site.yaml` itself is broken, so
/// content files can still be checked.
fn locale_folders(root: &Path) -> Vec<LocaleCode> {
    let Ok(dir) = std::fs::read_dir(root.join("locales")) else {
        return Vec::new();
    };
    // A folder whose name is not a locale code cannot be a locale of any site.
    let mut codes: Vec<LocaleCode> = dir
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .filter_map(|e| LocaleCode::new(&e.file_name().to_string_lossy()).ok())
        .collect();
    codes.sort();
    codes
}

fn load_locales(
    root: &Path,
    config: &SiteConfig,
    out: &mut Vec<Diagnostic>,
) -> Option<Arc<Localizer>> {
    let dir = root.join("locales");
    match Localizer::load(
        &dir,
        &crate::site::locale_specs(config),
        &config.default_locale,
    ) {
        Ok(localizer) => {
            out.extend(localizer.warnings().iter().map(|w| w.diagnostic(&dir)));
            Some(Arc::new(localizer))
        }
        Err(errors) => {
            out.extend(errors.iter().flat_map(ToDiagnostics::diagnostics));
            None
        }
    }
}

/// Compiles the templates. Compiling does not call `t()`, so when some locale's Fluent
/// files are broken the default locale alone is enough to find template errors.
fn check_templates(
    root: &Path,
    config: &SiteConfig,
    localizer: Option<Arc<Localizer>>,
    out: &mut Vec<Diagnostic>,
) -> Option<Templates> {
    let localizer = localizer.or_else(|| {
        let default: Vec<LocaleSpec> = crate::site::locale_specs(config)
            .into_iter()
            .filter(|s| s.code == config.default_locale)
            .collect();
        Localizer::load(&root.join("locales"), &default, &config.default_locale)
            .ok()
            .map(Arc::new)
    });
    let localizer = localizer?;
    Templates::load(&root.join("templates"), localizer, config.locale_codes())
        .map_err(|e| out.extend(e.diagnostics()))
        .ok()
}

/// Highlights every check command and makes sure each `explain` id is defined somewhere.
fn check_commands(
    checks: &Checks,
    localizer: Option<&Localizer>,
    highlighter: &Highlighter,
    out: &mut Vec<Diagnostic>,
) {
    if let Err(e) = PreparedChecks::prepare(checks, highlighter) {
        out.extend(e.diagnostics());
    }
    let Some(localizer) = localizer else { return };
    for command in checks.platforms.iter().flat_map(|p| &p.commands) {
        let Some(id) = &command.explain else { continue };
        if localizer.bundles().any(|b| b.has(id)) {
            continue;
        }
        let span = command.explain_span.clone().unwrap_or(command.span.clone());
        out.push(
            Diagnostic::error(
                "unknown-explain",
                Location::At(span),
                format!("`explain: {id}` names a message no locale defines"),
            )
            .with_label("no locale has this message")
            .with_help(format!(
                "add `{id} = …` to locales/<locale>/port.ftl, or fix the id"
            )),
        );
    }
}
