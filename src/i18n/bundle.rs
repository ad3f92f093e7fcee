//! One locale's messages: lookup with fallback to the default locale, and cheap plain messages.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use fluent_syntax::ast::Entry;
use rustc_hash::FxHashMap;
use unic_langid::LanguageIdentifier;

use super::Arg;
use super::error::I18nError;
use super::lists::LocaleLists;
use super::numbers::{LocaleNumbers, format_fluent_value};
use super::plural::PluralSelection;
use super::spliced::Spliced;
use crate::config::LocaleCode;
use crate::diag::Span;

/// The messages of one locale, built once and shared read-only by all rendering threads.
pub struct LocaleBundle {
    code: LocaleCode,
    fluent: FluentBundle<Arc<FluentResource>>,
    /// The parsed files, shared with `fluent`, for `portsite check`'s analysis.
    pub(super) sources: Vec<Arc<FluentResource>>,
    /// Where each message and term is defined.
    pub(super) definitions: HashMap<String, Span>,
    /// The ids of the messages (not terms) of this locale's own files.
    message_ids: Vec<String>,
    /// Messages and attributes that take no argument, formatted once at load time, so
    /// that the ~60 such lookups of every page cost a hash lookup and a copy.
    /// Fx-hashed: the ids are our own, and SipHash showed in the build's profile.
    plain: FxHashMap<String, String>,
    /// Messages and attributes with `{ $variable }` holes only, split at load time.
    pub(super) spliced: FxHashMap<String, Spliced>,
    pub(super) numbers: LocaleNumbers,
    lists: LocaleLists,
    plurals: PluralSelection,
    /// The default locale's bundle; `None` for the default locale itself.
    fallback: Option<Arc<LocaleBundle>>,
}

impl std::fmt::Debug for LocaleBundle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocaleBundle")
            .field("code", &self.code)
            .field("plain_messages", &self.plain.len())
            .finish_non_exhaustive()
    }
}

impl LocaleBundle {
    /// Builds the Fluent bundle of one locale and pre-formats its argument-free messages.
    ///
    /// `language` drives plural rules and number formatting (the format locale, e.g.
    /// `ar-EG`). The resources must not define an id twice (the loader checks that first).
    pub(super) fn new(
        code: LocaleCode,
        language: LanguageIdentifier,
        (resources, definitions): (Vec<FluentResource>, HashMap<String, Span>),
        numbers: LocaleNumbers,
        lists: LocaleLists,
        plurals: PluralSelection,
        fallback: Option<Arc<LocaleBundle>>,
    ) -> Self {
        let message_ids = resources.iter().flat_map(message_ids).collect();
        let sources: Vec<Arc<FluentResource>> = resources.into_iter().map(Arc::new).collect();
        let mut fluent = FluentBundle::new_concurrent(vec![language]);
        // The page's `dir` attribute handles direction; FSI/PDI marks would leak into
        // titles, the search index and feeds.
        fluent.set_use_isolating(false);
        fluent.set_formatter(Some(format_fluent_value));
        for resource in &sources {
            // Duplicates were reported with their positions before; keep the first.
            let _ = fluent.add_resource(Arc::clone(resource));
        }
        let mut bundle = LocaleBundle {
            code,
            fluent,
            sources,
            definitions,
            message_ids,
            plain: FxHashMap::default(),
            spliced: FxHashMap::default(),
            numbers,
            lists,
            plurals,
            fallback,
        };
        bundle.plain = bundle.preformat();
        bundle.spliced = bundle.splice();
        bundle
    }

    fn splice(&self) -> FxHashMap<String, Spliced> {
        let mut spliced = FxHashMap::default();
        for id in &self.message_ids {
            let Some(message) = self.fluent.get_message(id) else {
                continue;
            };
            let patterns = message.value().map(|value| (id.clone(), value)).into_iter();
            let attributes = message
                .attributes()
                .map(|a| (format!("{id}.{}", a.id()), a.value()));
            for (key, pattern) in patterns.chain(attributes) {
                if self.plain.contains_key(&key) {
                    continue;
                }
                if let Some(made) = Spliced::prepare(&self.fluent, pattern) {
                    spliced.insert(key, made);
                }
            }
        }
        spliced
    }

    fn preformat(&self) -> FxHashMap<String, String> {
        let mut plain = FxHashMap::default();
        for id in &self.message_ids {
            let Some(message) = self.fluent.get_message(id) else {
                continue;
            };
            let mut errors = Vec::new();
            if let Some(value) = message.value() {
                let text = self.fluent.format_pattern(value, None, &mut errors);
                if errors.is_empty() {
                    plain.insert(id.to_owned(), text.into_owned());
                }
            }
            for attribute in message.attributes() {
                errors.clear();
                let text = self
                    .fluent
                    .format_pattern(attribute.value(), None, &mut errors);
                if errors.is_empty() {
                    plain.insert(format!("{id}.{}", attribute.id()), text.into_owned());
                }
            }
        }
        plain
    }

    /// The ids of the messages (not terms) this locale defines itself.
    pub(super) fn message_ids(&self) -> &[String] {
        &self.message_ids
    }

    /// The locale code, e.g. `tr`.
    pub fn code(&self) -> &LocaleCode {
        &self.code
    }

    /// Whether this locale itself (not its fallback) defines `id` (`msg` or `msg.attr`).
    pub fn has(&self, id: &str) -> bool {
        let (message_id, attribute) = split_id(id);
        match self.fluent.get_message(message_id) {
            None => false,
            Some(message) => match attribute {
                None => message.value().is_some(),
                Some(name) => message.get_attribute(name).is_some(),
            },
        }
    }

    /// Formats `id` (`msg` or `msg.attr`) with named arguments.
    ///
    /// Falls back to the default locale when this locale lacks the message or attribute.
    /// `Arg::Num` values select plural variants by the locale's CLDR rules and are shown
    /// with its digit grouping.
    pub fn format(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Result<String, I18nError> {
        super::record::note(id, args);
        if let Some(text) = self.plain.get(id) {
            return Ok(text.clone());
        }
        if let Some(text) = self.spliced.get(id).and_then(|s| s.format(args)) {
            return Ok(text);
        }
        if self.has(id) {
            return self.format_own(id, args);
        }
        match &self.fallback {
            Some(default) => default.format(id, args),
            None => Err(I18nError::UnknownMessage { id: id.to_owned() }),
        }
    }

    /// The text of an argument-free message, borrowed: the allocation-free path for
    /// templates. Falls back to the default locale like [`LocaleBundle::format`]; `None`
    /// when the message needs arguments or does not exist (use `format` to learn why).
    pub fn plain(&self, id: &str) -> Option<&str> {
        super::record::note(id, &[]);
        if let Some(text) = self.plain.get(id) {
            return Some(text);
        }
        if self.has(id) {
            return None;
        }
        self.fallback
            .as_deref()
            .and_then(|default| default.plain(id))
    }

    pub(super) fn format_own(
        &self,
        id: &str,
        args: &[(&str, Arg<'_>)],
    ) -> Result<String, I18nError> {
        let (message_id, attribute) = split_id(id);
        let message = self.fluent.get_message(message_id);
        let pattern = message.and_then(|m| match attribute {
            None => m.value(),
            Some(name) => m.get_attribute(name).map(|a| a.value()),
        });
        let Some(pattern) = pattern else {
            return Err(I18nError::UnknownMessage { id: id.to_owned() });
        };
        let fluent_args = self.fluent_args(args);
        let mut errors = Vec::new();
        let text = self
            .fluent
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(self.format_error(id, &errors))
        }
    }

    fn format_error(&self, id: &str, errors: &[FluentError]) -> I18nError {
        let problems: Vec<String> = errors.iter().map(describe).collect();
        I18nError::Format {
            locale: self.code.clone(),
            id: id.to_owned(),
            message: problems.join("; "),
        }
    }

    fn fluent_args<'a>(&self, args: &[(&'a str, Arg<'a>)]) -> FluentArgs<'a> {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, arg) in args {
            let value = match *arg {
                Arg::Str(text) => FluentValue::String(Cow::Borrowed(text)),
                Arg::Num(n) => self.plurals.fluent_value(n, || self.numbers.grouped(n)),
            };
            fluent_args.set(*name, value);
        }
        fluent_args
    }

    /// `n` with the locale's digits and CLDR grouping: `65,536`, `65.536`, `٦٥٬٥٣٦`.
    pub fn number(&self, n: i64) -> String {
        self.numbers.grouped(n)
    }

    /// `items` as a list joined by the locale's "and": "TCP and UDP", "TCP ve UDP".
    pub fn and_list<S: AsRef<str>>(&self, items: &[S]) -> String {
        self.lists.and(items)
    }

    /// `items` as a list joined by the locale's "or": "TCP or UDP", "TCP veya UDP".
    pub fn or_list<S: AsRef<str>>(&self, items: &[S]) -> String {
        self.lists.or(items)
    }

    /// `n` with the locale's digits but no grouping, for numbers that are names rather
    /// than quantities: port 3712 (`٣٧١٢` in ar-EG), never "port 3,712". Pass the result
    /// as `Arg::Str`.
    pub fn digits(&self, n: i64) -> String {
        self.numbers.ungrouped(n)
    }
}

fn message_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// Splits `msg.attr` into the message id and the attribute name.
fn split_id(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    }
}

/// Fluent's resolver messages, with what the template author should do about them.
fn describe(error: &FluentError) -> String {
    let text = error.to_string();
    if text.contains("Unknown variable") {
        format!("{text} (pass it from the template, or remove it from the message)")
    } else {
        text
    }
}
