//! Link rewriting: locale prefixes for site-absolute links, and no script-carrying schemes.

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

/// Schemes that run code or smuggle documents when followed; such links are removed and
/// only their text is kept. Compared after lowercasing and removing whitespace and control
/// characters, which browsers ignore in a scheme.
const BLOCKED_SCHEMES: [&str; 3] = ["javascript:", "vbscript:", "data:"];

/// Whether following `dest` could run script.
pub(crate) fn is_blocked(dest: &str) -> bool {
    let head: String = dest
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .take(16)
        .flat_map(char::to_lowercase)
        .collect();
    BLOCKED_SCHEMES
        .iter()
        .any(|scheme| head.starts_with(scheme))
}

/// `dest` with `prefix` (e.g. "/tr") in front when it is site-absolute (`/x`, not `//host`).
fn prefixed<'a>(dest: CowStr<'a>, prefix: &str) -> CowStr<'a> {
    let prefix = prefix.trim_end_matches('/');
    if prefix.is_empty() || !dest.starts_with('/') || dest.starts_with("//") {
        return dest;
    }
    CowStr::from(format!("{prefix}{dest}"))
}

/// Applies the locale prefix to links and drops links and images with blocked schemes,
/// keeping their text (for an image, its alt text).
pub(crate) fn rewrite<'a>(events: Vec<Event<'a>>, prefix: &str) -> Vec<Event<'a>> {
    let mut out = Vec::with_capacity(events.len());
    // One entry per open link or image: whether its end tag must be dropped too.
    let mut dropped = Vec::new();
    for event in events {
        match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let blocked = is_blocked(&dest_url);
                dropped.push(blocked);
                if !blocked {
                    out.push(Event::Start(Tag::Link {
                        link_type,
                        dest_url: prefixed(dest_url, prefix),
                        title,
                        id,
                    }));
                }
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let blocked = is_blocked(&dest_url);
                dropped.push(blocked);
                if !blocked {
                    out.push(Event::Start(Tag::Image {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }));
                }
            }
            Event::End(end @ (TagEnd::Link | TagEnd::Image)) => {
                if !dropped.pop().unwrap_or(false) {
                    out.push(Event::End(end));
                }
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocked_schemes_are_recognised_however_they_are_disguised() {
        for dest in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " java\tscript:alert(1)",
            "\u{1}javascript:x",
            "vbscript:msgbox",
            "data:text/html;base64,PHNjcmlwdD4=",
        ] {
            assert!(is_blocked(dest), "{dest:?}");
        }
        for dest in [
            "https://example.org",
            "/ports/80/",
            "#faq",
            "mailto:a@b.c",
            "datasheet.pdf",
        ] {
            assert!(!is_blocked(dest), "{dest:?}");
        }
    }

    #[test]
    fn only_site_absolute_links_get_the_prefix() {
        let p = |d: &'static str| prefixed(CowStr::Borrowed(d), "/tr").to_string();
        assert_eq!(p("/ports/80/"), "/tr/ports/80/");
        assert_eq!(p("//cdn.example/x"), "//cdn.example/x");
        assert_eq!(p("https://example.org/"), "https://example.org/");
        assert_eq!(p("../80/"), "../80/");
        assert_eq!(prefixed(CowStr::Borrowed("/a"), "").to_string(), "/a");
        assert_eq!(
            prefixed(CowStr::Borrowed("/a"), "/de/").to_string(),
            "/de/a"
        );
    }
}
