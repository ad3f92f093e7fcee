//! Site-absolute Markdown links (`/ports/70000/`, `/no-such-page/`) checked against the
//! pages the site will have.

use std::path::{Path, PathBuf};

use crate::config::{LocaleCode, SiteConfig};
use crate::content::{ContentSet, Entry};
use crate::diag::Span;
use crate::diag::{Diagnostic, Location};
use crate::markdown::{self, Highlighter, LinkRef, MarkdownOptions};
use crate::model::port_ranges;
use crate::port::{Port, PortRange};

/// Files the build writes besides pages, which links may point at.
const GENERATED_FILES: [&str; 3] = ["/404.html", "/sitemap.xml", "/robots.txt"];

/// The pages a site has, for deciding whether a link resolves.
struct SitePages<'a> {
    span: PortRange,
    ranges: Vec<PortRange>,
    default_locale: &'a LocaleCode,
    codes: Vec<LocaleCode>,
    static_dir: PathBuf,
}

/// Checks the links of every entry body, entry FAQ answer and home page text.
pub(crate) fn check(
    root: &Path,
    config: &SiteConfig,
    content: &ContentSet,
    highlighter: &Highlighter,
) -> Vec<Diagnostic> {
    let pages = SitePages {
        span: config.ports,
        ranges: port_ranges(config.ports, config.range_size),
        default_locale: &config.default_locale,
        codes: config.locale_codes(),
        static_dir: root.join("static"),
    };
    let options = MarkdownOptions::default();
    let mut out = Vec::new();
    for entry in &content.entries {
        let rendered = markdown::render(&entry.body, highlighter, &options);
        let ctx = (&entry.path, entry.body.as_str(), entry.body_line);
        out.extend(body_links(&pages, &entry.locale, ctx, &rendered.links));
        out.extend(bare_paths(&entry.path, &entry.body, entry.body_line));
        for (i, item) in entry.meta.faq.iter().enumerate() {
            for link in markdown::render(&item.a, highlighter, &options).links {
                if let Some(problem) = pages.problem(&link.dest, &entry.locale) {
                    let location = faq_answer_link(entry, i, &item.a, &link);
                    out.push(broken(location, &link.dest, problem));
                }
            }
        }
    }
    for home in &content.homes {
        let rendered = markdown::render(&home.body, highlighter, &options);
        let ctx = (&home.path, home.body.as_str(), home.body_line);
        out.extend(body_links(&pages, &home.locale, ctx, &rendered.links));
    }
    out
}

/// Where a link of a FAQ answer is written: the content stage recorded where the answer
/// is and how it is quoted, which maps the link's offset in the answer back to the file.
/// An answer with escapes (a double-quoted string with `\n`) cannot be mapped: its value
/// (or its `a:` key) is pointed at instead.
fn faq_answer_link(entry: &Entry, index: usize, answer: &str, link: &LinkRef) -> Location {
    let field = format!("faq[{index}].a");
    let (offset, len) = (link.source.start, link.source.len());
    let span = (entry.fields.text_span(&field, answer, offset, len))
        .or_else(|| entry.fields.value_span(&field))
        .or_else(|| entry.fields.span(&field));
    match span {
        Some(span) => Location::At(span),
        None => Location::File(entry.path.clone()),
    }
}

fn body_links(
    pages: &SitePages<'_>,
    locale: &LocaleCode,
    (path, body, body_line): (&PathBuf, &str, usize),
    links: &[LinkRef],
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for link in links {
        let Some(problem) = pages.problem(&link.dest, locale) else {
            continue;
        };
        let at = Span::from_offset(path, body, link.source.start);
        let written = body.get(link.source.clone()).unwrap_or_default();
        let span = Span::new(path.as_path(), body_line + at.line - 1, at.col)
            .with_len(written.chars().count());
        out.push(broken(Location::At(span), &link.dest, problem));
    }
    out
}

/// A warning for each `/ports/N/` written as plain text, which readers cannot follow.
fn bare_paths(path: &Path, body: &str, body_line: usize) -> Vec<Diagnostic> {
    markdown::bare_port_paths(body)
        .into_iter()
        .map(|bare| {
            let span = Span::new(path, body_line + bare.line - 1, bare.col)
                .with_len(bare.path.chars().count());
            let number = bare
                .path
                .trim_start_matches("/ports/")
                .trim_end_matches('/');
            Diagnostic::warning(
                "bare-port-path",
                Location::At(span),
                format!("`{}` is plain text, not a link", bare.path),
            )
            .with_label("readers cannot follow this")
            .with_help(format!(
                "write it as a Markdown link, for example [port {number}]({})",
                bare.path
            ))
        })
        .collect()
}

/// What is wrong with a link, and what to do when the check knows.
type Problem = (String, Option<String>);

fn broken(location: Location, dest: &str, (problem, help): Problem) -> Diagnostic {
    let d = Diagnostic::error(
        "broken-link",
        location,
        format!("broken link `{dest}`: {problem}"),
    )
    .with_label("this link leads nowhere");
    match help {
        Some(help) => d.with_help(help),
        None => d,
    }
}

impl SitePages<'_> {
    /// Why `dest`, written in an entry of `locale`, leads nowhere; `None` when it resolves
    /// or is not site-absolute (external and relative links are not checked).
    fn problem(&self, dest: &str, locale: &LocaleCode) -> Option<Problem> {
        if !dest.starts_with('/') || dest.starts_with("//") {
            return None;
        }
        let path = dest.split(['#', '?']).next().unwrap_or(dest);
        let (rest, prefixed) = self.strip_locale(path);
        if prefixed && self.default_locale != locale {
            return Some((
                format!(
                    "links are given the page's locale prefix automatically, so this one would \
                     lead to `/{locale}{path}`"
                ),
                Some(format!(
                    "write it without the `/{}` prefix",
                    path.trim_start_matches('/').split('/').next().unwrap_or("")
                )),
            ));
        }
        if rest == "/" || GENERATED_FILES.contains(&rest) {
            return None;
        }
        if let Some(port) = rest.strip_prefix("/ports/") {
            return self.port_problem(port.trim_end_matches('/'));
        }
        if let Some(file) = rest.strip_prefix("/static/")
            && !file.split('/').any(|part| part == "..")
            && self.static_dir.join(file).is_file()
        {
            return None;
        }
        Some((
            "no page of the site has this path".to_string(),
            Some(
                "link to a port as `/ports/<port>/`, to a range page as `/ports/<from>-<to>/`, \
                 or to the home page `/`"
                    .to_string(),
            ),
        ))
    }

    /// Removes a leading `/<locale>` of a non-default locale; says whether there was one.
    fn strip_locale<'p>(&self, path: &'p str) -> (&'p str, bool) {
        for code in self.codes.iter().filter(|c| *c != self.default_locale) {
            if let Some(rest) = path
                .strip_prefix('/')
                .and_then(|p| p.strip_prefix(code.as_str()))
            {
                if rest.is_empty() {
                    return ("/", true);
                }
                if rest.starts_with('/') {
                    return (rest, true);
                }
            }
        }
        (path, false)
    }

    fn port_problem(&self, text: &str) -> Option<Problem> {
        if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
            let number: u64 = text.parse().unwrap_or(u64::MAX);
            let (from, to) = (self.span.start(), self.span.end());
            return match u16::try_from(number).map(Port::new) {
                Err(_) => Some((
                    format!("port {text} does not exist: port numbers run from 0 to 65535"),
                    None,
                )),
                Ok(port) if !self.span.contains(port) => Some((
                    format!(
                        "port {port} has no page: this site covers ports {from} to {to} \
                         (`ports` in site.yaml)"
                    ),
                    None,
                )),
                Ok(_) => None,
            };
        }
        match text.parse::<PortRange>().ok() {
            Some(r) if self.ranges.contains(&r) => None,
            _ => Some((
                format!("`/ports/{text}/` is neither a port nor a range page of this site"),
                Some(format!(
                    "range pages list {} ports each, e.g. `/ports/{}-{}/`",
                    self.ranges.first().map_or(0, |r| r.len()),
                    self.ranges.first().map_or(Port::MIN, |r| r.start()),
                    self.ranges.first().map_or(Port::MIN, |r| r.end()),
                )),
            )),
        }
    }
}
