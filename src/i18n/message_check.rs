//! `portsite check`'s look at every message of a locale: the analysis of `analysis.rs`
//! held against each caller's arguments, then each message formatted once per caller with
//! sample arguments, which catches what the syntax tree does not show (too many placeables).

use fluent_syntax::ast;

use super::Arg;
use super::analysis::{Analyzer, ArgKind, MessageProblem, Needs, Signature};
use super::bundle::LocaleBundle;
use crate::diag::Span;

impl LocaleBundle {
    /// Checks every message and attribute this locale defines. `callers(id)` gives the
    /// signatures of the code and templates that format `id`, or `None` when nothing
    /// known formats it (then only what fails whatever the arguments is reported).
    pub fn check_messages(
        &self,
        callers: &dyn Fn(&str) -> Option<Vec<Signature>>,
    ) -> Vec<MessageProblem> {
        let mut analyzer = Analyzer::new(self);
        let mut problems = Vec::new();
        let mut targets: Vec<(String, Option<String>)> = Vec::new();
        for resource in &self.sources {
            for entry in resource.entries() {
                if let ast::Entry::Message(m) = entry {
                    if m.value.is_some() {
                        targets.push((m.id.name.to_string(), None));
                    }
                    for a in &m.attributes {
                        targets.push((m.id.name.to_string(), Some(a.id.name.to_string())));
                    }
                }
            }
        }
        for (id, attribute) in targets {
            let target = match &attribute {
                Some(a) => format!("{id}.{a}"),
                None => id.clone(),
            };
            let needs = analyzer.message(&id, attribute.as_deref());
            let at = self.definitions.get(&id).cloned();
            for problem in &needs.problems {
                problems.push(self.problem(at.clone(), &target, problem));
            }
            let signatures = callers(&target);
            for signature in signatures.iter().flatten() {
                for variable in &needs.variables {
                    if signature.args.iter().any(|(name, _)| name == variable) {
                        continue;
                    }
                    let passes = passed_list(signature);
                    let text = format!(
                        "uses `${variable}`, which {} does not pass ({passes}); pass it there or \
                         remove it from the message",
                        signature.caller
                    );
                    let span = at.as_ref().map(|s| self.locate(s, &id, variable));
                    problems.push(self.problem(span.or(at.clone()), &target, &text));
                }
            }
            if needs.problems.is_empty() {
                self.sample(&target, signatures.as_deref(), &needs, at, &mut problems);
            }
        }
        problems
    }

    /// Formats `target` with sample arguments for each caller, reporting what fails.
    fn sample(
        &self,
        target: &str,
        signatures: Option<&[Signature]>,
        needs: &Needs,
        at: Option<Span>,
        problems: &mut Vec<MessageProblem>,
    ) {
        let no_caller = [Signature {
            caller: String::new(),
            args: Vec::new(),
        }];
        let signatures = match signatures {
            Some(list) => list,
            // Unknown callers: only a message that needs no argument can be tried.
            None if needs.variables.is_empty() => &no_caller[..],
            None => return,
        };
        for signature in signatures {
            if needs
                .variables
                .iter()
                .any(|v| !signature.args.iter().any(|(n, _)| n == v))
            {
                continue; // already reported
            }
            for n in [0, 1, 2, 5, 21] {
                let args: Vec<(&str, Arg<'_>)> = signature
                    .args
                    .iter()
                    .map(|(name, kind)| match kind {
                        ArgKind::Text => (name.as_str(), Arg::Str("x")),
                        ArgKind::Number => (name.as_str(), Arg::Num(n)),
                    })
                    .collect();
                if let Err(err) = self.format_own(target, &args) {
                    problems.push(self.problem(at.clone(), target, &err.to_string()));
                    return;
                }
            }
        }
    }

    fn problem(&self, span: Option<Span>, target: &str, text: &str) -> MessageProblem {
        MessageProblem {
            span,
            text: format!("locale `{}`: message `{target}` {text}", self.code()),
        }
    }

    /// The position of `$variable` in the definition of `id` at `at`, else `at`.
    fn locate(&self, at: &Span, id: &str, variable: &str) -> Span {
        let needle = format!("${variable}");
        for resource in &self.sources {
            let lines: Vec<&str> = resource.source().lines().collect();
            let Some(first) = lines.get(at.line.saturating_sub(1)) else {
                continue;
            };
            if !first.starts_with(id) {
                continue;
            }
            for (i, line) in lines.iter().enumerate().skip(at.line - 1) {
                let starts_entry = i + 1 > at.line
                    && line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-');
                if starts_entry {
                    break;
                }
                if let Some(col) = line.find(&needle) {
                    let col = line[..col].chars().count() + 1;
                    return Span::new(at.path.clone(), i + 1, col);
                }
            }
        }
        at.clone()
    }
}

fn passed_list(signature: &Signature) -> String {
    if signature.args.is_empty() {
        return "it passes no argument".to_string();
    }
    let names: Vec<String> = signature
        .args
        .iter()
        .map(|(n, _)| format!("`${n}`"))
        .collect();
    format!("it passes {}", names.join(", "))
}
