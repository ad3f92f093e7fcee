//! Reading a vote out of a request body: JSON (what `site.js` sends) or an HTML form post
//! (JavaScript off). Shapes only; whether the page exists is [`super::vote`]'s job.

use serde::Deserialize;

use super::rejection::{Rejection, excerpt};

/// How the body is encoded, from its `Content-Type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    /// `application/json`: answered with 204.
    Json,
    /// `application/x-www-form-urlencoded`: answered with a 303 back to the page.
    Form,
}

/// A vote as sent, not yet checked against the site.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawVote {
    /// The page's site path, e.g. `/tr/ports/3712/`.
    pub page: String,
    /// The page's locale code, e.g. `tr`.
    pub locale: String,
    /// Whether the page helped.
    pub helpful: bool,
    /// What the reader was looking for (after "No").
    #[serde(default)]
    pub comment: Option<String>,
}

/// The body's kind from a `Content-Type` value; a charset other than UTF-8 is refused.
pub fn body_kind(content_type: Option<&str>) -> Result<BodyKind, Rejection> {
    let value = content_type.ok_or(Rejection::ContentType)?;
    let mut parts = value.split(';');
    let essence = parts.next().unwrap_or("").trim().to_ascii_lowercase();
    for param in parts {
        let (name, val) = param.split_once('=').ok_or(Rejection::ContentType)?;
        let val = val.trim().trim_matches('"');
        if name.trim().eq_ignore_ascii_case("charset") && !val.eq_ignore_ascii_case("utf-8") {
            return Err(Rejection::ContentType);
        }
    }
    match essence.as_str() {
        "application/json" => Ok(BodyKind::Json),
        "application/x-www-form-urlencoded" => Ok(BodyKind::Form),
        _ => Err(Rejection::ContentType),
    }
}

/// Parses a body of the given kind.
pub fn parse(kind: BodyKind, body: &[u8]) -> Result<RawVote, Rejection> {
    match kind {
        BodyKind::Json => parse_json(body),
        BodyKind::Form => parse_form(body),
    }
}

/// `{"page": "...", "locale": "...", "helpful": true, "comment": "..."}`; invalid UTF-8,
/// unknown fields and a non-boolean `helpful` are refused.
pub fn parse_json(body: &[u8]) -> Result<RawVote, Rejection> {
    serde_json::from_slice(body).map_err(|e| Rejection::Json(excerpt(&e.to_string())))
}

/// `page=...&locale=...&helpful=yes|no[&comment=...]`. Each field once; percent-escapes
/// must decode to UTF-8 (`form_urlencoded` would replace bad bytes with U+FFFD, silently
/// storing something the reader never wrote, so the decoding is strict here).
pub fn parse_form(body: &[u8]) -> Result<RawVote, Rejection> {
    let text = std::str::from_utf8(body).map_err(|_| form_error("the body is not UTF-8"))?;
    let (mut page, mut locale, mut helpful, mut comment) = (None, None, None, None);
    for pair in text.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = decode(value)?;
        let slot = match decode(name)?.as_str() {
            "page" => &mut page,
            "locale" => &mut locale,
            "helpful" => &mut helpful,
            "comment" => &mut comment,
            other => return Err(form_error(&format!("unknown field `{}`", excerpt(other)))),
        };
        if slot.replace(value).is_some() {
            return Err(form_error("a field is given twice"));
        }
    }
    let helpful = match helpful.as_deref() {
        Some("yes" | "true") => true,
        Some("no" | "false") => false,
        Some(_) => return Err(form_error("`helpful` must be yes or no")),
        None => return Err(form_error("missing field `helpful`")),
    };
    Ok(RawVote {
        page: page.ok_or_else(|| form_error("missing field `page`"))?,
        locale: locale.ok_or_else(|| form_error("missing field `locale`"))?,
        helpful,
        comment,
    })
}

fn decode(text: &str) -> Result<String, Rejection> {
    let spaced = text.replace('+', " ");
    percent_encoding::percent_decode_str(&spaced)
        .decode_utf8()
        .map(|s| s.into_owned())
        .map_err(|_| form_error("a field is not valid UTF-8 once decoded"))
}

fn form_error(message: &str) -> Rejection {
    Rejection::Form(message.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_types() {
        assert_eq!(body_kind(Some("application/json")), Ok(BodyKind::Json));
        assert_eq!(
            body_kind(Some("Application/JSON; charset=UTF-8")),
            Ok(BodyKind::Json)
        );
        assert_eq!(
            body_kind(Some("application/x-www-form-urlencoded")),
            Ok(BodyKind::Form)
        );
        for bad in [
            None,
            Some("text/plain"),
            Some("application/json; charset=latin1"),
            Some("multipart/form-data; boundary=x"),
            Some("application/jsonx"),
        ] {
            assert_eq!(body_kind(bad), Err(Rejection::ContentType), "{bad:?}");
        }
    }

    #[test]
    fn json_votes() {
        let vote = parse_json(br#"{"page":"/tr/ports/3712/","locale":"tr","helpful":true}"#)
            .expect("valid");
        assert_eq!(vote.page, "/tr/ports/3712/");
        assert!(vote.helpful && vote.comment.is_none());
        for bad in [
            &br#"{"page":"/","locale":"en","helpful":"yes"}"#[..],
            br#"{"page":"/","locale":"en","helpful":true,"ip":"1.2.3.4"}"#,
            br#"{"page":"/","locale":"en"}"#,
            b"{\"page\":\"/\",\"locale\":\"en\",\"helpful\":true,\"comment\":\"\xff\"}",
            b"not json",
        ] {
            assert!(matches!(parse_json(bad), Err(Rejection::Json(_))));
        }
    }

    #[test]
    fn form_votes() {
        let vote =
            parse_form(b"page=%2Far%2Fports%2F80%2F&locale=ar&helpful=no&comment=%D9%84%D8%A7+x")
                .expect("valid");
        assert_eq!(vote.page, "/ar/ports/80/");
        assert!(!vote.helpful);
        assert_eq!(vote.comment.as_deref(), Some("لا x"));
        for bad in [
            &b"page=/&locale=en"[..],
            b"page=/&locale=en&helpful=maybe",
            b"page=/&locale=en&helpful=yes&helpful=no",
            b"page=/&locale=en&helpful=yes&comment=%FF",
            b"page=/&locale=en&helpful=yes&extra=1",
        ] {
            assert!(
                matches!(parse_form(bad), Err(Rejection::Form(_))),
                "{bad:?}"
            );
        }
    }
}
