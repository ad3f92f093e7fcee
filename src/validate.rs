//! One validator per kind of value a user names — the site's base URL, link prefixes, the
//! feedback endpoint, output folders — shared by `site.yaml` and the command line, so an
//! override is held to exactly the rules of the file it overrides.

use std::path::{Component, Path, PathBuf};

/// Characters that never belong in a URL written into pages, sitemaps and robots.txt:
/// a line break would start a new robots.txt rule, a quote or `<` would end an attribute.
fn bad_url_char(c: char) -> Option<&'static str> {
    match c {
        '\n' | '\r' => Some("a line break"),
        c if c.is_control() => Some("a control character"),
        c if c.is_whitespace() => Some("a space"),
        '"' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}' => {
            Some("a character URLs cannot hold")
        }
        _ => None,
    }
}

/// Parses an absolute `http(s)` URL with a host, no user name or password, no query or
/// fragment; `what` names the value in messages.
fn http_url(value: &str, what: &str) -> Result<url::Url, String> {
    if let Some((_, why)) = value.chars().find_map(|c| bad_url_char(c).map(|w| (c, w))) {
        return Err(format!("{what} `{}` contains {why}", value.escape_debug()));
    }
    let url = url::Url::parse(value)
        .map_err(|e| format!("{what} `{value}` is not an absolute URL ({e})"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!(
            "{what} `{value}` must start with https:// or http:// (not `{}:`)",
            url.scheme()
        ));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(format!("{what} `{value}` has no host name"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(format!(
            "{what} `{value}` must not carry a user name or password"
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(format!(
            "{what} `{value}` must not have a `?query` or `#fragment`"
        ));
    }
    Ok(url)
}

/// The site's base URL as written in site.yaml: absolute `http(s)`, no trailing slash.
pub fn base_url(value: &str) -> Result<(), String> {
    let what = "base_url";
    http_url(value, what)?;
    if value.ends_with('/') {
        return Err(format!(
            "{what} `{value}` must be an absolute http(s) URL without a trailing slash"
        ));
    }
    Ok(())
}

/// `--base-url`: trailing slashes are dropped, then the rules of `base_url` apply.
pub fn base_url_argument(value: &str) -> Result<String, String> {
    let trimmed = value.trim_end_matches('/');
    http_url(trimmed, "--base-url")?;
    Ok(trimmed.to_string())
}

/// `edit_url` / `new_url`: an absolute `http(s)` URL that file paths are appended to.
pub fn link_prefix(value: &str, what: &str) -> Result<(), String> {
    if let Some(why) = value.chars().find_map(bad_url_char) {
        return Err(format!("{what} `{}` contains {why}", value.escape_debug()));
    }
    let url = url::Url::parse(value)
        .map_err(|e| format!("{what} `{value}` is not an absolute URL ({e})"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        return Err(format!(
            "{what} `{value}` must be an absolute https:// or http:// URL"
        ));
    }
    Ok(())
}

/// `feedback_endpoint`: an absolute `http(s)` URL or a path of this site (`/api/feedback`).
pub fn endpoint(value: &str, what: &str) -> Result<(), String> {
    if value.starts_with('/') && !value.starts_with("//") {
        return match value.chars().find_map(bad_url_char) {
            Some(why) => Err(format!("{what} `{}` contains {why}", value.escape_debug())),
            None => Ok(()),
        };
    }
    link_prefix(value, what).map_err(|_| {
        format!(
            "{what} `{value}` must be an https:// or http:// URL or a site path starting with /"
        )
    })
}

/// Resolves `path` the way the operating system will when it is created: relative to the
/// current folder, symbolic links resolved in the part that exists, and `..` applied after
/// them (so `static/../content/x` is seen to be inside `content/`, even before it exists).
pub fn resolve_path(path: &Path) -> std::io::Result<PathBuf> {
    if path.as_os_str().is_empty() {
        return Err(std::io::Error::other("the path is empty"));
    }
    let absolute = std::path::absolute(path)?;
    let mut resolved = PathBuf::from("/");
    for component in absolute.components() {
        match component {
            Component::RootDir | Component::Prefix(_) | Component::CurDir => {}
            Component::ParentDir => {
                resolved.pop();
            }
            Component::Normal(name) => {
                let next = resolved.join(name);
                // Existing parts (links included) resolve like the kernel resolves them.
                resolved = std::fs::canonicalize(&next).unwrap_or(next);
            }
        }
    }
    Ok(resolved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_must_be_plain_http_urls() {
        assert!(base_url("https://ports.example.org").is_ok());
        assert!(base_url("http://localhost:3712/sub").is_ok());
        for bad in [
            "javascript:alert(1)",
            "JAVASCRIPT://x.org",
            "https://x.org/\nDisallow: /",
            "https://x.org\r",
            "https://x.org/a b",
            "https://x.org/\"onmouseover=",
            "https://user:pw@x.org",
            "https://x.org/?q=1",
            "https://x.org#top",
            "https://x.org/",
            "//x.org",
            "ftp://x.org",
            "https://",
            "data:text/html,x",
            "",
        ] {
            assert!(base_url(bad).is_err(), "{bad:?} accepted");
        }
        assert_eq!(
            base_url_argument("https://x.org//").unwrap(),
            "https://x.org"
        );
        assert!(base_url_argument("javascript:alert(1)//").is_err());
    }

    #[test]
    fn endpoints_and_prefixes() {
        assert!(endpoint("/api/feedback", "feedback_endpoint").is_ok());
        assert!(endpoint("https://x.org/fb", "feedback_endpoint").is_ok());
        assert!(endpoint("//evil.org/fb", "feedback_endpoint").is_err());
        assert!(endpoint("javascript:alert(1)", "feedback_endpoint").is_err());
        assert!(link_prefix("https://github.com/o/r/edit/main/", "edit_url").is_ok());
        assert!(link_prefix("javascript:alert(1)//", "edit_url").is_err());
    }

    #[test]
    fn parent_steps_are_applied_after_links() {
        let dir = tempfile::tempdir().unwrap();
        let root = std::fs::canonicalize(dir.path()).unwrap();
        std::fs::create_dir_all(root.join("static")).unwrap();
        let out = root.join("static/../content/new/../x");
        assert_eq!(resolve_path(&out).unwrap(), root.join("content/x"));
        std::os::unix::fs::symlink(root.join("static"), root.join("link")).unwrap();
        let out = root.join("link/../content");
        assert_eq!(resolve_path(&out).unwrap(), root.join("content"));
        assert!(resolve_path(Path::new("")).is_err());
    }
}
