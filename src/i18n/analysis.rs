//! What each message of a locale needs from its callers, and what would make it fail when a
//! page formats it — a cycle of references, a reference to a message or term the locale
//! lacks, a term variable its reference does not pass, a function portsite does not
//! provide — read from the Fluent syntax tree across every variant, not only the one a
//! sample would select.

use std::collections::{BTreeSet, HashMap};

use fluent_syntax::ast::{self, Expression, InlineExpression, Pattern, PatternElement};

use super::bundle::LocaleBundle;
use crate::diag::Span;

/// What kind of value a caller passes for an argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgKind {
    /// Text (`Arg::Str`), e.g. a port number written as digits.
    Text,
    /// A number (`Arg::Num`) that selects plural variants.
    Number,
}

/// One caller of a message and the arguments it passes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// Where the call is, for messages: `templates/port.html:40` or `src/render/faq.rs`.
    pub caller: String,
    /// The arguments' names and kinds.
    pub args: Vec<(String, ArgKind)>,
}

/// A message that would fail when formatted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageProblem {
    /// Where: the variable, or the message's definition.
    pub span: Option<Span>,
    /// What fails and what to do.
    pub text: String,
}

/// What resolving a pattern needs from its caller, and what fails regardless.
#[derive(Debug, Clone, Default)]
pub(super) struct Needs {
    /// The caller variables the message uses.
    pub variables: BTreeSet<String>,
    /// What fails whatever the arguments.
    pub problems: BTreeSet<String>,
}

impl Needs {
    fn merge(&mut self, other: &Needs) {
        self.variables.extend(other.variables.iter().cloned());
        self.problems.extend(other.problems.iter().cloned());
    }
}

/// Whose variables a pattern sees: the caller's, or a term's named arguments.
#[derive(Clone)]
enum Scope {
    Caller,
    Term {
        id: String,
        passed: BTreeSet<String>,
    },
}

/// The deepest chain of references followed before giving up.
const MAX_DEPTH: usize = 64;

/// Walks the messages and terms of one locale.
pub(super) struct Analyzer<'a> {
    messages: HashMap<&'a str, &'a ast::Message<&'a str>>,
    terms: HashMap<&'a str, &'a ast::Term<&'a str>>,
    memo: HashMap<String, Needs>,
    stack: Vec<String>,
    locale: &'a str,
}

impl<'a> Analyzer<'a> {
    pub(super) fn new(bundle: &'a LocaleBundle) -> Analyzer<'a> {
        let mut messages = HashMap::new();
        let mut terms = HashMap::new();
        for resource in &bundle.sources {
            for entry in resource.entries() {
                match entry {
                    ast::Entry::Message(m) => {
                        messages.entry(m.id.name).or_insert(m);
                    }
                    ast::Entry::Term(t) => {
                        terms.entry(t.id.name).or_insert(t);
                    }
                    _ => {}
                }
            }
        }
        Analyzer {
            messages,
            terms,
            memo: HashMap::new(),
            stack: Vec::new(),
            locale: bundle.code(),
        }
    }

    /// The needs of message `id` (`msg` or `msg.attr`), as seen from a caller.
    pub(super) fn message(&mut self, id: &str, attribute: Option<&str>) -> Needs {
        let key = match attribute {
            Some(a) => format!("{id}.{a}"),
            None => id.to_string(),
        };
        if let Some(done) = self.memo.get(&key) {
            return done.clone();
        }
        let mut needs = Needs::default();
        if let Some(at) = self.stack.iter().position(|k| *k == key) {
            let mut cycle = self.stack[at..].to_vec();
            cycle.push(key);
            needs.problems.insert(format!(
                "refers back to itself ({}): Fluent cannot resolve a cycle; break it",
                cycle.join(" → ")
            ));
            return needs;
        }
        let Some(pattern) = self.pattern(id, attribute, &mut needs) else {
            return needs;
        };
        self.follow(key.clone(), pattern, &Scope::Caller, &mut needs);
        self.memo.insert(key, needs.clone());
        needs
    }

    fn pattern(
        &self,
        id: &str,
        attribute: Option<&str>,
        needs: &mut Needs,
    ) -> Option<&'a Pattern<&'a str>> {
        let locale = self.locale;
        let Some(message) = self.messages.get(id) else {
            needs.problems.insert(format!(
                "refers to message `{id}`, which locale `{locale}` does not define (a reference \
                 does not fall back to another locale); define it or remove the reference"
            ));
            return None;
        };
        let pattern = match attribute {
            None => message.value.as_ref(),
            Some(name) => message
                .attributes
                .iter()
                .find(|a| a.id.name == name)
                .map(|a| &a.value),
        };
        if pattern.is_none() {
            let what = attribute.map_or("a value".to_string(), |a| format!("an attribute `.{a}`"));
            needs.problems.insert(format!(
                "refers to `{id}`, which has no {what} in locale `{locale}`"
            ));
        }
        pattern
    }

    /// Walks `pattern` with `key` on the reference stack.
    fn follow(
        &mut self,
        key: String,
        pattern: &'a Pattern<&'a str>,
        scope: &Scope,
        needs: &mut Needs,
    ) {
        if self.stack.len() >= MAX_DEPTH {
            needs.problems.insert(format!(
                "references nest more than {MAX_DEPTH} deep; flatten them"
            ));
            return;
        }
        self.stack.push(key);
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                self.expression(expression, scope, needs);
            }
        }
        self.stack.pop();
    }

    fn expression(
        &mut self,
        expression: &'a Expression<&'a str>,
        scope: &Scope,
        needs: &mut Needs,
    ) {
        match expression {
            Expression::Inline(inline) => self.inline(inline, scope, needs),
            Expression::Select { selector, variants } => {
                self.inline(selector, scope, needs);
                for variant in variants {
                    for element in &variant.value.elements {
                        if let PatternElement::Placeable { expression } = element {
                            self.expression(expression, scope, needs);
                        }
                    }
                }
            }
        }
    }

    fn inline(&mut self, inline: &'a InlineExpression<&'a str>, scope: &Scope, needs: &mut Needs) {
        match inline {
            InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
            InlineExpression::VariableReference { id } => match scope {
                Scope::Caller => {
                    needs.variables.insert(id.name.to_string());
                }
                Scope::Term { id: term, passed } if !passed.contains(id.name) => {
                    needs.problems.insert(format!(
                        "uses term `-{term}`, whose `${}` the reference does not pass; write \
                         `{{ -{term}({}: …) }}`",
                        id.name, id.name
                    ));
                }
                Scope::Term { .. } => {}
            },
            InlineExpression::Placeable { expression } => self.expression(expression, scope, needs),
            InlineExpression::FunctionReference { id, arguments } => {
                needs.problems.insert(format!(
                    "calls `{}()`, a function portsite does not provide; plural selection and \
                     number formatting work on the variable itself",
                    id.name
                ));
                self.arguments(arguments, scope, needs);
            }
            InlineExpression::MessageReference { id, attribute } => {
                let attribute = attribute.as_ref().map(|a| a.name);
                match scope {
                    Scope::Caller => {
                        let inner = self.message(id.name, attribute);
                        needs.merge(&inner);
                    }
                    // Inside a term a message sees the term's arguments: not memoized.
                    Scope::Term { .. } => {
                        if let Some(pattern) = self.pattern(id.name, attribute, needs) {
                            self.follow(id.name.to_string(), pattern, scope, needs);
                        }
                    }
                }
            }
            InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => self.term(
                id.name,
                attribute.as_ref().map(|a| a.name),
                arguments.as_ref(),
                scope,
                needs,
            ),
        }
    }

    fn term(
        &mut self,
        id: &'a str,
        attribute: Option<&'a str>,
        arguments: Option<&'a ast::CallArguments<&'a str>>,
        scope: &Scope,
        needs: &mut Needs,
    ) {
        let locale = self.locale;
        let key = format!("-{id}");
        if self.stack.contains(&key) {
            needs.problems.insert(format!(
                "term `-{id}` refers back to itself; break the cycle"
            ));
            return;
        }
        let Some(term) = self.terms.get(id) else {
            needs.problems.insert(format!(
                "refers to term `-{id}`, which locale `{locale}` does not define"
            ));
            return;
        };
        let pattern = match attribute {
            None => Some(&term.value),
            Some(name) => term
                .attributes
                .iter()
                .find(|a| a.id.name == name)
                .map(|a| &a.value),
        };
        let Some(pattern) = pattern else {
            needs.problems.insert(format!(
                "refers to term `-{id}`, which has no such attribute"
            ));
            return;
        };
        let mut passed = BTreeSet::new();
        if let Some(arguments) = arguments {
            passed.extend(arguments.named.iter().map(|n| n.name.name.to_string()));
            self.arguments(arguments, scope, needs);
        }
        let inner = Scope::Term {
            id: id.to_string(),
            passed,
        };
        self.follow(key, pattern, &inner, needs);
    }

    fn arguments(
        &mut self,
        arguments: &'a ast::CallArguments<&'a str>,
        scope: &Scope,
        needs: &mut Needs,
    ) {
        for value in &arguments.positional {
            self.inline(value, scope, needs);
        }
        for named in &arguments.named {
            self.inline(&named.value, scope, needs);
        }
    }
}
