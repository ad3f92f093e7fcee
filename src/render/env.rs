//! The Tera 2 environment: templates compiled once per locale, plus the `t()` Fluent lookup
//! function.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use tera::{Context, ErrorKind, Kwargs, State, Tera, Value};

use super::RenderError;
use super::calls::Call;
use super::fold::fold_plain_calls;
use super::template_calls::template_calls;
use crate::config::{LocaleCode, LocaleId};
use crate::diag::Span;
use crate::i18n::{Arg, Localizer};
use crate::sources::SiteRoot;

/// The context variable holding the index of the page's locale in the site's locale list.
pub const LOCALE_INDEX: &str = "locale_index";

/// Compiled templates, shared read-only by every rendering thread.
pub struct Templates {
    /// The templates as written: their errors' positions are the author's.
    tera: Tera,
    /// Per locale (by [`LocaleId::index`]), the templates with argument-free `t()` calls
    /// folded into their text; what pages are rendered with.
    localized: Vec<Tera>,
    /// The `t(key=…)` calls in the templates' text, for `portsite check`.
    calls: Vec<Call>,
}

impl Templates {
    /// Compiles every `.html`/`.xml` template under `dir`, and registers `t()` over `localizer`
    /// for the locales `codes` (indexed by the context's `locale_index`).
    pub fn load(
        dir: &Path,
        localizer: Arc<Localizer>,
        codes: Vec<LocaleCode>,
    ) -> Result<Templates, RenderError> {
        let sources = read_sources(dir)?;
        let calls = sources
            .iter()
            .flat_map(|(name, text)| template_calls(name, text))
            .collect();
        let tera = compile(dir, &sources, &localizer, &codes)?;
        let localized = codes
            .iter()
            .map(|code| {
                let bundle = localizer.bundle_or_default(code.as_str());
                let folded: Vec<(String, String)> = sources
                    .iter()
                    .map(|(name, text)| {
                        let plain = |key: &str| crate::i18n::from_template(|| bundle.plain(key));
                        (name.clone(), fold_plain_calls(text, plain))
                    })
                    .collect();
                compile(dir, &folded, &localizer, &codes)
            })
            .collect::<Result<_, _>>()?;
        Ok(Templates {
            tera,
            localized,
            calls,
        })
    }

    /// Every `t(key=…)` call of the templates, with its arguments.
    pub fn message_calls(&self) -> &[Call] {
        &self.calls
    }

    /// Whether a template of that name was loaded.
    pub fn has(&self, name: &str) -> bool {
        self.tera.contains_template(name)
    }

    /// Renders `name` in the context's locale into `out` (cleared first), so a thread can
    /// reuse one buffer.
    pub fn render_into(
        &self,
        name: &str,
        context: &PageContext,
        out: &mut Vec<u8>,
    ) -> Result<(), RenderError> {
        out.clear();
        let tera = self
            .localized
            .get(context.locale.index())
            .unwrap_or(&self.tera);
        match tera.render_to(name, &context.context, &mut *out) {
            Ok(()) => Ok(()),
            // Folding moved text within lines: the templates as written say where it failed.
            Err(folded) => {
                let as_written = self.tera.render_to(name, &context.context, std::io::sink());
                let err = as_written.err().unwrap_or(folded);
                Err(template_error(Path::new("templates"), &err))
            }
        }
    }
}

/// One Tera environment over `sources`, with `t()` registered.
fn compile(
    dir: &Path,
    sources: &[(String, String)],
    localizer: &Arc<Localizer>,
    codes: &[LocaleCode],
) -> Result<Tera, RenderError> {
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html", ".xml"]);
    register_t(&mut tera, localizer.clone(), codes.to_vec());
    tera.add_raw_templates(sources.iter().map(|(n, t)| (n.as_str(), t.as_str())))
        .map_err(|e| template_error(dir, &e))?;
    Ok(tera)
}

/// Templates are a few kilobytes each; this bounds what a hostile one can cost.
const MAX_TEMPLATE_BYTES: u64 = 16 * 1024 * 1024;

/// Reads every `.html`/`.xml` file under `dir` as (name, text), refusing links that leave
/// the site, loops and special files.
fn read_sources(dir: &Path) -> Result<Vec<(String, String)>, RenderError> {
    let site = SiteRoot::of_source_dir(dir);
    let walked = site.walk(dir, usize::MAX, &|name| name.starts_with('.'));
    if !walked.errors.is_empty() {
        return Err(RenderError::Source(walked.errors));
    }
    let mut sources = Vec::new();
    for rel in walked.files {
        let is_template = rel
            .extension()
            .is_some_and(|ext| ext == "html" || ext == "xml");
        if !is_template {
            continue;
        }
        let path = site.path().join(&rel);
        let name = path.strip_prefix(dir).unwrap_or(&path);
        let name = name.to_string_lossy().replace('\\', "/");
        let text = site
            .read(&path, MAX_TEMPLATE_BYTES)
            .map_err(|e| RenderError::Source(vec![e]))?;
        let text = String::from_utf8(text).map_err(|e| RenderError::Template {
            span: Span::file(&path),
            message: format!("not valid UTF-8 ({e}): save the template as UTF-8"),
        })?;
        sources.push((name, text));
    }
    Ok(sources)
}

/// Maps a Tera error to our error, with `templates/<file>:line:col` where Tera knows it.
fn template_error(dir: &Path, err: &tera::Error) -> RenderError {
    let report = match err.kind() {
        ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => Some(report),
        _ => None,
    };
    match report {
        Some(report) => RenderError::Template {
            span: Span::new(
                dir.join(report.filename()),
                report.span().start_line,
                report.span().start_col + 1,
            ),
            message: report.message().to_string(),
        },
        None => RenderError::Template {
            span: Span::file(PathBuf::from(dir)),
            message: err.to_string(),
        },
    }
}

fn register_t(tera: &mut Tera, localizer: Arc<Localizer>, codes: Vec<LocaleCode>) {
    tera.register_function("t", move |kwargs: Kwargs, state: &State| {
        crate::i18n::from_template(|| t(&localizer, &codes, &kwargs, state))
    });
}

/// The `t()` lookup. Called ~60 times per page, 262,144 pages per build: it borrows
/// everything it can and takes the pre-formatted text of argument-free messages without
/// going through Fluent.
fn t(
    localizer: &Localizer,
    codes: &[LocaleCode],
    kwargs: &Kwargs,
    state: &State,
) -> Result<Value, tera::Error> {
    // One pass over the arguments: looking `key` and `locale` up by name as well cost a
    // tenth of the call.
    let (mut key, mut locale) = (None, None);
    let mut texts: Vec<(&str, String)> = Vec::new();
    let mut args: Vec<(&str, Arg<'_>)> = Vec::new();
    for (name, value) in kwargs.iter() {
        let Some(name) = name.as_str() else {
            continue;
        };
        match (name, value.as_i64(), value.as_str()) {
            ("key", _, text) => key = Some(text),
            ("locale", _, text) => locale = Some(text),
            (_, Some(n), _) if value.is_number() => args.push((name, Arg::Num(n))),
            (_, _, Some(text)) => args.push((name, Arg::Str(text))),
            _ => texts.push((name, value_text(value))),
        }
    }
    let key = match key {
        Some(Some(key)) => key,
        // Tera's own wording for a missing or mistyped argument.
        _ => kwargs.must_get::<&str>("key")?,
    };
    // `locale="tr"` asks for another locale's text (the language hint speaks the
    // reader's language, not the page's); otherwise the page's own locale.
    let code = match locale {
        Some(Some(code)) => code,
        // Not text: Tera's own conversion error says what is wrong with it.
        Some(None) => kwargs.must_get::<&str>("locale")?,
        None => {
            let index: usize = state.get(LOCALE_INDEX)?.unwrap_or(0);
            codes.get(index).map_or("", LocaleCode::as_str)
        }
    };
    let bundle = localizer.bundle_or_default(code);
    if args.is_empty()
        && texts.is_empty()
        && let Some(text) = bundle.plain(key)
    {
        return Ok(Value::normal_string(text));
    }
    args.extend(texts.iter().map(|(n, v)| (*n, Arg::Str(v.as_str()))));
    bundle
        .format(key, &args)
        .map(|text| Value::normal_string(&text))
        .map_err(|e| tera::Error::message(e.to_string()))
}

fn value_text(value: &Value) -> String {
    match value.as_str() {
        Some(s) => s.to_string(),
        None => value.to_string(),
    }
}

/// A page's Tera context and its locale, which picks the templates and `t()`'s language.
pub struct PageContext {
    locale: LocaleId,
    context: Context,
}

impl PageContext {
    /// Adds `value` under `key`, as [`Context::insert`].
    pub fn insert<T: serde::Serialize + ?Sized>(&mut self, key: &'static str, value: &T) {
        self.context.insert(key, value);
    }
}

/// A context that carries the page's locale (as its index, for `t()`).
pub fn base_context(locale: LocaleId) -> PageContext {
    let mut context = Context::new();
    context.insert(LOCALE_INDEX, &locale);
    PageContext { locale, context }
}
