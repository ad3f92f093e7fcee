//! Why a request was refused: one short JSON error and a 4xx (or 503) status per reason.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// The most a comment may hold, in characters (Unicode scalar values).
pub const MAX_COMMENT_CHARS: usize = 500;
/// The most a request body may hold, in bytes.
pub const MAX_BODY_BYTES: usize = 4096;

/// A refused request. Nothing is stored for any of these.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Rejection {
    /// Neither JSON nor an HTML form.
    #[error("send the vote as application/json or application/x-www-form-urlencoded (UTF-8)")]
    ContentType,
    /// Over [`MAX_BODY_BYTES`].
    #[error("the body is larger than {MAX_BODY_BYTES} bytes")]
    TooLarge,
    /// The body did not arrive before the read timeout, or broke off.
    #[error("the body did not arrive in time")]
    SlowBody,
    /// The JSON body is not a vote.
    #[error("not a vote: {0}")]
    Json(String),
    /// The form body is not a vote.
    #[error("not a vote: {0}")]
    Form(String),
    /// The page is not one of the site's pages.
    #[error("`{0}` is not a page of this site")]
    UnknownPage(String),
    /// The locale is not the page's locale.
    #[error("locale `{locale}` is not the locale of {page} (`{expected}`)")]
    WrongLocale {
        /// The page voted on.
        page: String,
        /// The locale sent.
        locale: String,
        /// The page's own locale.
        expected: crate::config::LocaleCode,
    },
    /// Over [`MAX_COMMENT_CHARS`].
    #[error("the comment is longer than {MAX_COMMENT_CHARS} characters")]
    CommentTooLong,
    /// Control characters (other than line breaks and tabs) in the comment.
    #[error("the comment contains control characters")]
    CommentControl,
    /// A post from another site's page.
    #[error("votes are accepted only from this site's own pages")]
    CrossSite,
    /// Over the per-client rate limit.
    #[error("too many votes from this address; try again in {0} s")]
    RateLimited(u64),
    /// Neither the route nor the method exists.
    #[error("not found: votes go to POST {0}")]
    NotFound(String),
    /// The endpoint with a method other than POST.
    #[error("votes are sent with POST")]
    Method,
    /// The database did not take the vote.
    #[error("the vote could not be stored; try again later")]
    Unavailable,
}

impl Rejection {
    /// The HTTP status for this reason.
    pub fn status(&self) -> StatusCode {
        match self {
            Rejection::ContentType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Rejection::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Rejection::SlowBody => StatusCode::REQUEST_TIMEOUT,
            Rejection::Json(_) | Rejection::Form(_) => StatusCode::BAD_REQUEST,
            Rejection::UnknownPage(_)
            | Rejection::WrongLocale { .. }
            | Rejection::CommentTooLong
            | Rejection::CommentControl => StatusCode::UNPROCESSABLE_ENTITY,
            Rejection::CrossSite => StatusCode::FORBIDDEN,
            Rejection::RateLimited(_) => StatusCode::TOO_MANY_REQUESTS,
            Rejection::NotFound(_) => StatusCode::NOT_FOUND,
            Rejection::Method => StatusCode::METHOD_NOT_ALLOWED,
            Rejection::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// Caps text from the request that is echoed in an error, so an error stays short.
pub fn excerpt(text: &str) -> String {
    const MAX: usize = 80;
    match text.char_indices().nth(MAX) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

impl IntoResponse for Rejection {
    fn into_response(self) -> Response {
        let body = serde_json::json!({ "error": self.to_string() }).to_string();
        let mut response = (self.status(), body).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        match self {
            Rejection::RateLimited(seconds) => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds.max(1)));
            }
            Rejection::Method => {
                headers.insert(header::ALLOW, HeaderValue::from_static("POST"));
            }
            _ => {}
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_are_short() {
        assert_eq!(excerpt("/ports/80/"), "/ports/80/");
        let long = "ğ".repeat(500);
        assert_eq!(excerpt(&long).chars().count(), 81);
    }

    #[test]
    fn every_refusal_is_a_client_error_or_unavailable() {
        for r in [
            Rejection::ContentType,
            Rejection::TooLarge,
            Rejection::Json("x".into()),
            Rejection::CommentControl,
            Rejection::RateLimited(3),
        ] {
            assert!(r.status().is_client_error(), "{r:?}");
        }
        assert_eq!(Rejection::Unavailable.status().as_u16(), 503);
    }
}
