//! Messages that are text with `{ $variable }` holes, split once at load time so that
//! formatting them with text arguments is concatenation instead of a walk through Fluent's
//! resolver. A port page formats about twenty such messages; through Fluent they were a
//! tenth of the build's CPU time.
//!
//! The split is made by Fluent itself: the pattern is formatted once with a marker in
//! place of each variable, so text, terms and literals come out exactly as Fluent writes
//! them. Anything whose output could depend on an argument other than by substitution
//! (selectors, functions, message references, terms given arguments) is left to Fluent,
//! and so is any call that passes a number or leaves a variable out.

use std::borrow::Cow;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

use super::Arg;

/// Opens and closes the stand-in for a variable: private-use characters, never in text.
const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

/// A message as alternating text and variable names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Spliced {
    pieces: Vec<Piece>,
    /// The text's length, to size the output once.
    text_len: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(Box<str>),
    Variable(Box<str>),
}

impl Spliced {
    /// Splits `pattern` of `fluent`'s resources, or `None` when Fluent must format it.
    pub(super) fn prepare<R: std::borrow::Borrow<FluentResource>>(
        fluent: &FluentBundle<R>,
        pattern: &Pattern<&str>,
    ) -> Option<Spliced> {
        let mut variables = Vec::new();
        if !pattern
            .elements
            .iter()
            .all(|element| substitutes_only(element, &mut variables))
        {
            return None;
        }
        // A variable used twice has one stand-in.
        variables.sort_unstable();
        variables.dedup();
        let stand_ins: Vec<String> = (0..variables.len())
            .map(|i| format!("{OPEN}{i}{CLOSE}"))
            .collect();
        let mut args = FluentArgs::with_capacity(variables.len());
        for (name, stand_in) in variables.iter().zip(&stand_ins) {
            args.set(*name, FluentValue::String(Cow::Borrowed(stand_in.as_str())));
        }
        let mut errors = Vec::new();
        let formatted = fluent.format_pattern(pattern, Some(&args), &mut errors);
        if !errors.is_empty() {
            return None;
        }
        split(&formatted, &variables)
    }

    /// The message with `args` in its holes, or `None` when an argument it uses is a
    /// number or missing (Fluent then formats it, or reports what is wrong).
    pub(super) fn format(&self, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let mut out = String::with_capacity(self.text_len + 16 * args.len());
        for piece in &self.pieces {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Variable(name) => match args.iter().find(|(n, _)| *n == &**name)? {
                    (_, Arg::Str(value)) => out.push_str(value),
                    (_, Arg::Num(_)) => return None,
                },
            }
        }
        Some(out)
    }
}

#[cfg(test)]
impl Spliced {
    /// The names of the holes, in order (repeated when a variable is).
    pub(super) fn variables(&self) -> impl Iterator<Item = &str> {
        self.pieces.iter().filter_map(|p| match p {
            Piece::Variable(name) => Some(&**name),
            Piece::Text(_) => None,
        })
    }
}

/// Whether `element` is text, or a placeable whose output is constant or one variable's
/// value; collects the variables' names in order.
fn substitutes_only<'s>(element: &PatternElement<&'s str>, variables: &mut Vec<&'s str>) -> bool {
    match element {
        PatternElement::TextElement { .. } => true,
        PatternElement::Placeable { expression } => match expression {
            Expression::Inline(inline) => inline_substitutes_only(inline, variables),
            Expression::Select { .. } => false,
        },
    }
}

fn inline_substitutes_only<'s>(
    inline: &InlineExpression<&'s str>,
    variables: &mut Vec<&'s str>,
) -> bool {
    match inline {
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => true,
        // A term sees only the arguments written in the call, so without any it is text.
        InlineExpression::TermReference { arguments, .. } => arguments.is_none(),
        InlineExpression::VariableReference { id } => {
            variables.push(id.name);
            true
        }
        InlineExpression::Placeable { expression } => match &**expression {
            Expression::Inline(inner) => inline_substitutes_only(inner, variables),
            Expression::Select { .. } => false,
        },
        // A referenced message sees the caller's arguments; a function may format them.
        InlineExpression::MessageReference { .. } | InlineExpression::FunctionReference { .. } => {
            false
        }
    }
}

/// Cuts the formatted text at the stand-ins `OPEN index CLOSE` of `variables`.
fn split(formatted: &str, variables: &[&str]) -> Option<Spliced> {
    let mut pieces = Vec::new();
    let mut text_len = 0;
    let mut rest = formatted;
    while let Some((text, after)) = rest.split_once(OPEN) {
        let (index, after) = after.split_once(CLOSE)?;
        let name = variables.get(index.parse::<usize>().ok()?)?;
        if !text.is_empty() {
            text_len += text.len();
            pieces.push(Piece::Text(text.into()));
        }
        pieces.push(Piece::Variable((*name).into()));
        rest = after;
    }
    if !rest.is_empty() {
        text_len += rest.len();
        pieces.push(Piece::Text(rest.into()));
    }
    Some(Spliced { pieces, text_len })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FTL: &str = r#"
-brand = Portsite
plain-hole = Port { $port } is { $state }.
twice = { $port } and { $port } again
term = { -brand } lists port { $port }.
literal = { "{" }{ $port }{ "}" } has { 3 } parts
nested = {{ $port }}
multiline =
    First line for { $port }
    second line.
select = { $count ->
    [one] one port
   *[other] { $count } ports
}
function = { NUMBER($count) } ports
reference = { plain-hole } again
term-with-args = { -brand(case: "x") } { $port }
"#;

    fn bundle() -> FluentBundle<FluentResource> {
        let resource = FluentResource::try_new(FTL.to_string()).expect("valid FTL");
        let mut bundle = FluentBundle::new_concurrent(vec!["en".parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).expect("no duplicates");
        bundle
    }

    fn spliced(bundle: &FluentBundle<FluentResource>, id: &str) -> Option<Spliced> {
        let pattern = bundle.get_message(id)?.value()?;
        Spliced::prepare(bundle, pattern)
    }

    fn through_fluent(bundle: &FluentBundle<FluentResource>, id: &str, port: &str) -> String {
        let pattern = bundle.get_message(id).unwrap().value().unwrap();
        let mut args = FluentArgs::new();
        args.set("port", FluentValue::from(port));
        args.set("state", FluentValue::from("open"));
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        text.into_owned()
    }

    #[test]
    fn spliced_text_reads_as_fluent_writes_it() {
        let bundle = bundle();
        let args = [("port", Arg::Str("3712")), ("state", Arg::Str("open"))];
        for id in [
            "plain-hole",
            "twice",
            "term",
            "literal",
            "nested",
            "multiline",
        ] {
            let made = spliced(&bundle, id).unwrap_or_else(|| panic!("{id} splices"));
            assert_eq!(
                made.format(&args).as_deref(),
                Some(through_fluent(&bundle, id, "3712").as_str()),
                "{id}"
            );
        }
        let term = spliced(&bundle, "term").unwrap();
        assert_eq!(
            term.format(&args).unwrap(),
            "Portsite lists port 3712.",
            "terms are resolved once"
        );
    }

    #[test]
    fn what_depends_on_arguments_is_left_to_fluent() {
        let bundle = bundle();
        for id in ["select", "function", "reference", "term-with-args"] {
            assert_eq!(spliced(&bundle, id), None, "{id}");
        }
    }

    #[test]
    fn numbers_and_missing_arguments_go_through_fluent() {
        let made = spliced(&bundle(), "plain-hole").unwrap();
        assert_eq!(made.format(&[("port", Arg::Str("80"))]), None, "no $state");
        assert_eq!(
            made.format(&[("port", Arg::Num(80)), ("state", Arg::Str("open"))]),
            None
        );
    }

    #[test]
    fn arguments_are_inserted_as_given_even_when_they_look_like_markers() {
        let made = spliced(&bundle(), "plain-hole").unwrap();
        let port = format!("{OPEN}0{CLOSE}");
        assert_eq!(
            made.format(&[("port", Arg::Str(&port)), ("state", Arg::Str("{ $x }"))]),
            Some(format!("Port {port} is {{ $x }}."))
        );
    }
}
