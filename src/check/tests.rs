//! Unit tests of the pieces of `check` that need no site on disk.

use std::path::Path;

use super::{CheckReport, render_human, render_json};
use crate::diag::{Diagnostic, Location, Severity};
use crate::diag::{SourceText, Span, Style};

fn sample() -> CheckReport {
    CheckReport {
        diagnostics: vec![
            Diagnostic::error(
                "broken-link",
                Location::At(Span::new("content/ports/80/index.en.md", 12, 5)),
                "broken link `/ports/70000/`",
            ),
            Diagnostic::warning(
                "missing-translation",
                Location::File("content/ports/80/index.en.md".into()),
                "port 80 has no `de` translation",
            ),
        ],
    }
}

#[test]
fn human_report_renders_each_problem_then_a_summary() {
    let text = render_human(&sample(), &SourceText::none(), Style::Plain);
    assert_eq!(
        text,
        "error[broken-link]: broken link `/ports/70000/`\n\
         --> content/ports/80/index.en.md:12:5\n\n\
         warning[missing-translation]: port 80 has no `de` translation\n\
         --> content/ports/80/index.en.md\n\n\
         check: 1 error, 1 warning\n"
    );
}

#[test]
fn colour_is_only_added_when_asked() {
    assert!(render_human(&sample(), &SourceText::none(), Style::Color).contains('\x1b'));
    assert!(!render_human(&sample(), &SourceText::none(), Style::Plain).contains('\x1b'));
}

#[test]
fn json_has_every_field_and_nulls_for_unknown_positions() {
    let value: serde_json::Value = serde_json::from_str(&render_json(&sample())).unwrap();
    assert_eq!(value[0]["line"], 12);
    assert_eq!(value[0]["column"], 5);
    assert_eq!(value[0]["code"], "broken-link");
    assert_eq!(value[1]["severity"], "warning");
    assert!(value[1]["line"].is_null());
}

#[test]
fn warnings_fail_only_when_denied() {
    let mut report = sample();
    report
        .diagnostics
        .retain(|d| d.severity == Severity::Warning);
    assert!(!report.fails(false));
    assert!(report.fails(true));
}

#[test]
fn paths_inside_the_root_become_relative() {
    let mut d = Diagnostic::error(
        "locale",
        Location::File("/site/locales/tr".into()),
        "cannot read `/site/locales/tr/ui.ftl`",
    );
    d.relativize(Path::new("/site"));
    assert_eq!(d.location, Location::File("locales/tr".into()));
    assert_eq!(d.message, "cannot read `locales/tr/ui.ftl`");
}
