//! Checking a sent vote against the site: a real page, that page's locale, a short comment.

use super::input::RawVote;
use super::pages::SitePages;
use super::rejection::{MAX_COMMENT_CHARS, Rejection, excerpt};
use crate::config::LocaleCode;

/// A vote that passed every check, ready to be stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vote {
    /// The page's site path.
    pub page: String,
    /// The page's locale.
    pub locale: LocaleCode,
    /// Whether the page helped.
    pub helpful: bool,
    /// The reader's comment, trimmed, line breaks as `\n`; `None` when empty.
    pub comment: Option<String>,
}

/// Checks `raw` against the site's pages.
pub fn validate(raw: RawVote, pages: &SitePages) -> Result<Vote, Rejection> {
    let expected = pages
        .locale_of(&raw.page)
        .ok_or_else(|| Rejection::UnknownPage(excerpt(&raw.page)))?;
    if *expected != raw.locale.as_str() {
        return Err(Rejection::WrongLocale {
            page: raw.page.clone(),
            locale: excerpt(&raw.locale),
            expected: expected.clone(),
        });
    }
    let comment = raw.comment.as_deref().map(clean_comment).transpose()?;
    Ok(Vote {
        page: raw.page,
        locale: expected.clone(),
        helpful: raw.helpful,
        comment: comment.flatten(),
    })
}

/// Trims the comment and normalizes line breaks; refuses long ones and control characters
/// (an escape sequence would reach the publisher's terminal through `report`, and
/// PostgreSQL cannot store NUL).
fn clean_comment(text: &str) -> Result<Option<String>, Rejection> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if text.chars().count() > MAX_COMMENT_CHARS {
        return Err(Rejection::CommentTooLong);
    }
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(Rejection::CommentControl);
    }
    Ok(Some(text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pages() -> SitePages {
        use crate::config::LocaleId;
        SitePages::new(
            ["en", "ar"].map(|c| LocaleCode::new(c).unwrap()).to_vec(),
            "https://x".into(),
            [
                (LocaleId::from_index(0), "/ports/80/".into()),
                (LocaleId::from_index(1), "/ar/ports/80/".into()),
            ],
        )
    }

    fn raw(page: &str, locale: &str, comment: Option<&str>) -> RawVote {
        RawVote {
            page: page.into(),
            locale: locale.into(),
            helpful: false,
            comment: comment.map(Into::into),
        }
    }

    #[test]
    fn real_pages_in_their_locale_pass() {
        let vote = validate(
            raw("/ar/ports/80/", "ar", Some("  كنت أبحث\r\nعن ")),
            &pages(),
        )
        .expect("valid");
        assert_eq!(vote.comment.as_deref(), Some("كنت أبحث\nعن"));
        let blank = validate(raw("/ports/80/", "en", Some("   ")), &pages()).expect("valid");
        assert_eq!(blank.comment, None);
    }

    #[test]
    fn invented_pages_and_wrong_locales_fail() {
        let p = pages();
        for (page, locale) in [
            ("/ports/81/", "en"),
            ("https://other.example/ports/80/", "en"),
            ("/ports/80", "en"),
            ("/../ports/80/", "en"),
        ] {
            assert!(matches!(
                validate(raw(page, locale, None), &p),
                Err(Rejection::UnknownPage(_))
            ));
        }
        assert!(matches!(
            validate(raw("/ar/ports/80/", "en", None), &p),
            Err(Rejection::WrongLocale { .. })
        ));
    }

    #[test]
    fn comments_are_bounded() {
        let p = pages();
        let at_limit = "ş".repeat(MAX_COMMENT_CHARS);
        assert!(validate(raw("/ports/80/", "en", Some(&at_limit)), &p).is_ok());
        let over = "ş".repeat(MAX_COMMENT_CHARS + 1);
        assert_eq!(
            validate(raw("/ports/80/", "en", Some(&over)), &p),
            Err(Rejection::CommentTooLong)
        );
        for bad in ["a\u{0}b", "\u{1b}[31mred", "a\u{7f}"] {
            assert_eq!(
                validate(raw("/ports/80/", "en", Some(bad)), &p),
                Err(Rejection::CommentControl)
            );
        }
    }
}
