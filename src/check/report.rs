//! The report printed by `portsite check`: one line per problem for people, or JSON.

use serde::Serialize;

use super::CheckReport;
use super::diagnostic::Severity;

const RED: &str = "\x1b[1;31m";
const YELLOW: &str = "\x1b[1;33m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

/// `path:line:col: error|warning: message` per problem, then a summary line; `color` adds
/// ANSI colours (for a terminal).
pub fn render_human(report: &CheckReport, color: bool) -> String {
    let paint = |style: &str, text: &str| {
        if color {
            format!("{style}{text}{RESET}")
        } else {
            text.to_string()
        }
    };
    let mut out = String::new();
    for d in &report.diagnostics {
        let style = match d.severity {
            Severity::Error => RED,
            Severity::Warning => YELLOW,
        };
        out.push_str(&format!(
            "{}: {}: {}\n",
            paint(BOLD, &d.location.to_string()),
            paint(style, d.severity.as_str()),
            d.message
        ));
    }
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
    code: &'static str,
}

/// A JSON array of `{severity, path, line, column, message, code}`; `path`, `line` and
/// `column` are `null` where the problem has no such position.
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
                code: d.code,
            }
        })
        .collect();
    // Serializing plain strings and numbers cannot fail.
    serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".to_string())
}
