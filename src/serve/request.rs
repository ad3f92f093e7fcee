//! Turning a request target into the decoded URL path the page plan looks up, refusing
//! every spelling of a traversal (encoded, overlong, with backslashes or NUL) with 400
//! before anything else sees it.

use percent_encoding::percent_decode_str;

/// Why a request target was refused (answered with 400 Bad Request).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PathError {
    /// Not an origin-form target starting with `/`.
    #[error("the request target must be a path starting with `/`")]
    NotOriginForm,
    /// A `%` not followed by two hex digits.
    #[error("malformed percent-encoding")]
    BadEscape,
    /// The decoded bytes are not UTF-8 (this covers overlong encodings such as `%c0%ae`).
    #[error("the decoded path is not valid UTF-8")]
    NotUtf8,
    /// An encoded `/` or `\`, a backslash, NUL or another control character.
    #[error("the path holds a separator in disguise or a control character")]
    Forbidden,
    /// A `.`, `..` or empty segment.
    #[error("the path holds a `.`, `..` or empty segment")]
    DotSegment,
}

/// Decodes the path of a request target (the query is dropped): `/tr/ports/3712/`, or
/// `/static/a b.css` for `/static/a%20b.css`. Every segment is checked after decoding, so
/// the result holds plain segments only.
pub fn decode_path(target: &str) -> Result<String, PathError> {
    let path = target.split(['?', '#']).next().unwrap_or_default();
    let inner = path.strip_prefix('/').ok_or(PathError::NotOriginForm)?;
    let (inner, slash) = match inner.strip_suffix('/') {
        Some(rest) => (rest, true),
        None => (inner, inner.is_empty()),
    };
    let mut decoded = String::with_capacity(path.len());
    if !inner.is_empty() {
        for raw in inner.split('/') {
            decoded.push('/');
            decoded.push_str(&decode_segment(raw)?);
        }
    }
    if slash {
        decoded.push('/');
    }
    Ok(decoded)
}

fn decode_segment(raw: &str) -> Result<String, PathError> {
    let bytes = raw.as_bytes();
    for (i, _) in raw.match_indices('%') {
        // The decoder below would pass a malformed escape through as a literal `%`.
        let hex = bytes.get(i + 1..i + 3).ok_or(PathError::BadEscape)?;
        if !hex.iter().all(u8::is_ascii_hexdigit) {
            return Err(PathError::BadEscape);
        }
    }
    let text = percent_decode_str(raw)
        .decode_utf8()
        .map_err(|_| PathError::NotUtf8)?;
    // A decoded separator is only ever used to smuggle one past a check.
    if text
        .chars()
        .any(|c| c.is_control() || c == '\\' || c == '/')
    {
        return Err(PathError::Forbidden);
    }
    if text.is_empty() || text == "." || text == ".." {
        return Err(PathError::DotSegment);
    }
    Ok(text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_paths_decode() {
        assert_eq!(
            decode_path("/tr/ports/3712/?q=1").unwrap(),
            "/tr/ports/3712/"
        );
        assert_eq!(
            decode_path("/static/site%20x.css").unwrap(),
            "/static/site x.css"
        );
        assert_eq!(decode_path("/").unwrap(), "/");
        assert_eq!(decode_path("/ports/80").unwrap(), "/ports/80");
        assert_eq!(decode_path("/%C3%BC/").unwrap(), "/ü/");
    }

    #[test]
    fn every_traversal_spelling_is_refused() {
        for target in [
            "/../site.yaml",
            "/%2e%2e/site.yaml",
            "/%2E%2E/site.yaml",
            "/.%2e/site.yaml",
            "/..%2fsite.yaml",
            "/..%2Fsite.yaml",
            "/..\\site.yaml",
            "/..%5csite.yaml",
            "/%00",
            "/a%00b",
            "/index.html%00.txt",
            "/%c0%ae%c0%ae/site.yaml",
            "/%c0%2e%c0%2e/site.yaml",
            "/%e0%80%ae%e0%80%ae/site.yaml",
            "/%2",
            "/%",
            "/%zz",
            "/%+1/",
            "//etc/passwd",
            "/a//b",
            "/./a",
            "site.yaml",
            "http://example.org/",
            "/ports/..",
        ] {
            assert!(decode_path(target).is_err(), "{target:?} accepted");
        }
    }
}
