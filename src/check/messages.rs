//! Every message of every locale, checked against the arguments its callers pass
//! (`render::calls`): what would fail only when a page is rendered fails `check` instead.

use crate::content::Checks;
use crate::diag::{Diagnostic, Location};
use crate::i18n::Localizer;
use crate::render::Templates;
use crate::render::calls::MessageCalls;

/// One error per message that a build would fail to format.
pub(crate) fn check(
    localizer: &Localizer,
    templates: &Templates,
    checks: Option<&Checks>,
) -> Vec<Diagnostic> {
    let explain_ids: Vec<String> = checks
        .into_iter()
        .flat_map(|c| &c.platforms)
        .flat_map(|p| &p.commands)
        .filter_map(|c| c.explain.clone())
        .collect();
    let calls = MessageCalls::new(templates.message_calls(), &explain_ids);
    let mut out = missing(localizer, &calls, &explain_ids);
    for bundle in localizer.bundles() {
        for problem in bundle.check_messages(&|id| calls.signatures(id)) {
            let location = problem.span.map_or(Location::Nowhere, Location::At);
            out.push(Diagnostic::error("fluent-message", location, problem.text));
        }
    }
    out
}

/// Calls of messages the default locale does not define: every locale falls back to it,
/// so the build would fail on the first page that makes the call.
fn missing(localizer: &Localizer, calls: &MessageCalls, explain_ids: &[String]) -> Vec<Diagnostic> {
    let default = localizer.default_bundle();
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for (id, call) in calls.exact() {
        if default.has(id) || !seen.insert((id.to_string(), call.signature.caller.clone())) {
            continue;
        }
        // An `explain` id no locale defines is reported at its line of checks.yaml.
        if explain_ids.iter().any(|e| e == id) && !localizer.bundles().any(|b| b.has(id)) {
            continue;
        }
        let location = call.at.clone().map_or(Location::Nowhere, Location::At);
        let text = format!(
            "{} formats message `{id}`, which the default locale `{}` does not define; add it \
             to locales/{}/ or fix the id",
            call.signature.caller,
            default.code(),
            default.code()
        );
        out.push(Diagnostic::error("unknown-message", location, text));
    }
    out
}
