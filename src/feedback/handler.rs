//! `POST /api/feedback`: one vote in, 204 (JSON) or 303 back to the page (form) out.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::client::client_ip;
use super::input::{self, BodyKind};
use super::pages::SitePages;
use super::privacy::DailyKey;
use super::rejection::{MAX_BODY_BYTES, Rejection};
use super::store::VoteRecord;
use super::vote::{Vote, validate};
use super::writer::VoteWriter;

/// The fragment a no-JavaScript reader lands on after a vote: `:target` shows the thanks.
pub const THANKS_FRAGMENT: &str = "feedback-thanks";
/// The fragment after "No" without a comment: `:target` shows the comment form.
pub const MORE_FRAGMENT: &str = "feedback-more";

/// What every request needs, shared read-only (the writer is a channel handle).
pub struct Collector {
    /// The site's pages.
    pub pages: SitePages,
    /// Today's key for voter ids.
    pub key: DailyKey,
    /// Where votes go.
    pub writer: VoteWriter,
    /// Whether `X-Forwarded-For` is believed.
    pub trust_proxy: bool,
    /// The path votes are posted to, for error messages.
    pub endpoint: String,
}

/// The route's handler.
pub async fn post_vote(State(collector): State<Arc<Collector>>, request: Request) -> Response {
    match accept(&collector, request).await {
        Ok(response) => response,
        Err(rejection) => rejection.into_response(),
    }
}

/// Every other path.
pub async fn not_found(State(collector): State<Arc<Collector>>) -> Response {
    Rejection::NotFound(collector.endpoint.clone()).into_response()
}

/// The endpoint with another method than POST.
pub async fn wrong_method() -> Response {
    Rejection::Method.into_response()
}

async fn accept(collector: &Collector, request: Request) -> Result<Response, Rejection> {
    let (parts, body) = request.into_parts();
    check_origin(&parts.headers, collector.pages.origin())?;
    let content_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    let kind = input::body_kind(content_type)?;
    let bytes = read_body(&parts.headers, body).await?;
    let vote = validate(input::parse(kind, &bytes)?, &collector.pages)?;
    let peer = parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0);
    let client =
        client_ip(peer, &parts.headers, collector.trust_proxy).ok_or(Rejection::Unavailable)?;
    let today = crate::content::today();
    let voter = collector
        .key
        .voter(today, client, &vote.page)
        .map_err(|_| Rejection::Unavailable)?;
    let response = respond(kind, &vote);
    let record = VoteRecord {
        day: today.to_string(),
        page: vote.page,
        locale: vote.locale.to_string(),
        voter,
        helpful: vote.helpful,
        comment: vote.comment,
    };
    if collector.writer.write(record).await {
        Ok(response)
    } else {
        Err(Rejection::Unavailable)
    }
}

/// Browsers mark a post from another site's page `Sec-Fetch-Site: cross-site`; such a post
/// is accepted only from the site's own origin (a collector on another host, with CORS).
/// Clients that send no such header (scripts, older browsers) are left to the rate limit.
fn check_origin(headers: &HeaderMap, site_origin: &str) -> Result<(), Rejection> {
    let cross_site = headers
        .get("sec-fetch-site")
        .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"cross-site"));
    let from_site = headers
        .get(header::ORIGIN)
        .is_some_and(|v| v.as_bytes() == site_origin.as_bytes());
    if cross_site && !from_site {
        return Err(Rejection::CrossSite);
    }
    Ok(())
}

/// The whole body, at most [`MAX_BODY_BYTES`], before the body deadline.
async fn read_body(headers: &HeaderMap, body: Body) -> Result<Bytes, Rejection> {
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|len| len > MAX_BODY_BYTES as u64) {
        return Err(Rejection::TooLarge);
    }
    axum::body::to_bytes(body, MAX_BODY_BYTES)
        .await
        .map_err(|error| {
            let inner = error.into_inner();
            if inner.is::<http_body_util::LengthLimitError>() {
                Rejection::TooLarge
            } else {
                Rejection::SlowBody
            }
        })
}

/// 204 for a script; for a form, 303 back to the page, to the thanks or (after "No"
/// without a comment) to the comment form. The page was checked, so this is no open redirect.
fn respond(kind: BodyKind, vote: &Vote) -> Response {
    let mut response = match kind {
        BodyKind::Json => StatusCode::NO_CONTENT.into_response(),
        BodyKind::Form => {
            let fragment = if !vote.helpful && vote.comment.is_none() {
                MORE_FRAGMENT
            } else {
                THANKS_FRAGMENT
            };
            let location = format!("{}#{fragment}", vote.page);
            match HeaderValue::from_str(&location) {
                Ok(value) => (StatusCode::SEE_OTHER, [(header::LOCATION, value)]).into_response(),
                Err(_) => StatusCode::NO_CONTENT.into_response(),
            }
        }
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cross_site_posts_are_refused_unless_from_the_site() {
        let site = "https://ports.example.org";
        let mut h = HeaderMap::new();
        assert!(check_origin(&h, site).is_ok(), "curl and friends");
        h.insert("sec-fetch-site", HeaderValue::from_static("same-origin"));
        assert!(check_origin(&h, site).is_ok());
        h.insert("sec-fetch-site", HeaderValue::from_static("cross-site"));
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("https://evil.example"),
        );
        assert_eq!(check_origin(&h, site), Err(Rejection::CrossSite));
        h.insert(header::ORIGIN, HeaderValue::from_static(site));
        assert!(check_origin(&h, site).is_ok());
    }

    #[test]
    fn form_posts_go_back_to_the_page() {
        let vote = Vote {
            page: "/tr/ports/3712/".into(),
            locale: crate::config::LocaleCode::new("tr").unwrap(),
            helpful: false,
            comment: None,
        };
        let response = respond(BodyKind::Form, &vote);
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert_eq!(
            response.headers()[header::LOCATION],
            "/tr/ports/3712/#feedback-more"
        );
        let yes = Vote {
            helpful: true,
            ..vote
        };
        assert_eq!(
            respond(BodyKind::Form, &yes).headers()[header::LOCATION],
            "/tr/ports/3712/#feedback-thanks"
        );
        assert_eq!(
            respond(BodyKind::Json, &yes).status(),
            StatusCode::NO_CONTENT
        );
    }
}
