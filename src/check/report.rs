//! The report printed by `portsite check`: every problem through the one renderer for
//! people, or JSON with the same fields.

use serde::Serialize;

use super::CheckReport;
use crate::diag::{self, Severity, SourceText, Style};

/// Every problem as `diag` renders it (source line, underline, help), then a summary line.
pub fn render_human(report: &CheckReport, sources: &SourceText, style: Style) -> String {
    let mut out = diag::render_all(&report.diagnostics, sources, style);
    out.push_str(&summary(report));
    out.push('\n');
    out
}

fn summary(report: &CheckReport) -> String {
    let (errors, warnings) = (
        report.count(Severity::Error),
        report.count(Severity::Warning),
    );
    if errors + warnings == 0 {
        return "check: no problems found".to_string();
    }
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    format!(
        "check: {}, {}",
        plural(errors, "error"),
        plural(warnings, "warning")
    )
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    severity: &'static str,
    path: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    message: &'a str,
    help: Option<&'a str>,
    code: &'static str,
}

/// A JSON array of `{severity, path, line, column, message, help, code}`: the fields the
/// human report shows; `path`, `line` and `column` are `null` where the problem has no
/// such position (a folder, or the site as a whole), `help` where there is no advice.
pub fn render_json(report: &CheckReport) -> String {
    let items: Vec<JsonDiagnostic<'_>> = report
        .diagnostics
        .iter()
        .map(|d| {
            let position = d.location.position();
            JsonDiagnostic {
                severity: d.severity.as_str(),
                path: d.location.path().map(|p| p.display().to_string()),
                line: position.map(|p| p.0),
                column: position.map(|p| p.1),
                message: &d.message,
                help: d.help.as_deref(),
                code: d.code,
            }
        })
        .collect();
    // Serializing plain strings and numbers cannot fail.
    serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".to_string())
}
