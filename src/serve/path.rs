//! Turning a request target into a safe path relative to the served folder, rejecting every
//! spelling of a traversal before the file system is ever asked.

/// A request path that was decoded and checked: plain segments only, nothing that could leave
/// the served folder once joined to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestPath {
    /// The decoded segments, none empty, `.` or `..`.
    pub segments: Vec<String>,
    /// Whether the URL ended with `/` (a folder URL).
    pub trailing_slash: bool,
}

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

impl RequestPath {
    /// Parses the path part of a request target (the query and fragment are dropped).
    pub fn parse(target: &str) -> Result<RequestPath, PathError> {
        let path = target.split(['?', '#']).next().unwrap_or_default();
        let inner = path.strip_prefix('/').ok_or(PathError::NotOriginForm)?;
        let trailing_slash = inner.ends_with('/') || inner.is_empty();
        let inner = inner.strip_suffix('/').unwrap_or(inner);
        if inner.is_empty() {
            return Ok(RequestPath {
                segments: Vec::new(),
                trailing_slash,
            });
        }
        let segments = inner
            .split('/')
            .map(decode_segment)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(RequestPath {
            segments,
            trailing_slash,
        })
    }

    /// The path relative to the served folder, for joining: `a/b/c`.
    pub fn relative(&self) -> std::path::PathBuf {
        self.segments.iter().collect()
    }

    /// The URL of this path with a trailing slash added, for redirecting folder URLs.
    /// Every segment passed the checks, so it is a plain local path that cannot become
    /// a protocol-relative (`//host`) redirect.
    pub fn with_slash(&self) -> String {
        let mut url = String::from("/");
        for segment in &self.segments {
            url.push_str(&encode_segment(segment));
            url.push('/');
        }
        url
    }
}

fn decode_segment(raw: &str) -> Result<String, PathError> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3).ok_or(PathError::BadEscape)?;
            // Checked first because `from_str_radix` would also accept a sign (`%+1`).
            if !hex.iter().all(u8::is_ascii_hexdigit) {
                return Err(PathError::BadEscape);
            }
            let hex = std::str::from_utf8(hex).map_err(|_| PathError::BadEscape)?;
            let byte = u8::from_str_radix(hex, 16).map_err(|_| PathError::BadEscape)?;
            // An encoded separator is only ever used to smuggle one past a check.
            if byte == b'/' || byte == b'\\' {
                return Err(PathError::Forbidden);
            }
            out.push(byte);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    let text = String::from_utf8(out).map_err(|_| PathError::NotUtf8)?;
    if text.chars().any(|c| c.is_control() || c == '\\') {
        return Err(PathError::Forbidden);
    }
    if text.is_empty() || text == "." || text == ".." {
        return Err(PathError::DotSegment);
    }
    Ok(text)
}

fn encode_segment(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for byte in segment.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_paths_decode_into_segments() {
        let path = RequestPath::parse("/tr/ports/3712/?q=1").unwrap();
        assert_eq!(path.segments, ["tr", "ports", "3712"]);
        assert!(path.trailing_slash);
        let file = RequestPath::parse("/static/site%20x.css").unwrap();
        assert_eq!(file.segments, ["static", "site x.css"]);
        assert!(!file.trailing_slash);
        assert!(RequestPath::parse("/").unwrap().segments.is_empty());
    }

    #[test]
    fn every_traversal_spelling_is_refused() {
        for target in [
            "/../site.yaml",
            "/%2e%2e/site.yaml",
            "/%2E%2E/site.yaml",
            "/..%2fsite.yaml",
            "/..%2Fsite.yaml",
            "/..\\site.yaml",
            "/..%5csite.yaml",
            "/%00",
            "/a%00b",
            "/%c0%ae%c0%ae/site.yaml",
            "/%e0%80%ae%e0%80%ae/site.yaml",
            "/%2",
            "/%zz",
            "/%+1/",
            "//etc/passwd",
            "/a//b",
            "/./a",
            "site.yaml",
            "http://example.org/",
            "/ports/..",
        ] {
            assert!(RequestPath::parse(target).is_err(), "{target:?} accepted");
        }
    }

    #[test]
    fn redirects_stay_local() {
        let path = RequestPath::parse("/tr/ports/3712").unwrap();
        assert_eq!(path.with_slash(), "/tr/ports/3712/");
        let odd = RequestPath::parse("/a%20b").unwrap();
        assert_eq!(odd.with_slash(), "/a%20b/");
    }
}
