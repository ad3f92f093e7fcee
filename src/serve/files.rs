//! Finding what to answer inside the served folder: the file for a URL (never one outside
//! it, symlinks included), folder redirects, the locale's 404 page, content types, and the
//! live-reload script tag added to HTML.

use std::fs;
use std::path::{Path, PathBuf};

use super::path::RequestPath;

/// The tag added before `</body>` of every HTML page served in serve mode.
pub const RELOAD_TAG: &str = "<script src=\"/__portsite/reload.js\" defer></script>";

/// What a URL maps to in the served folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    /// A regular file inside the folder (canonical path).
    File(PathBuf),
    /// A folder requested without its trailing slash: redirect here.
    Redirect(String),
    /// Nothing servable.
    NotFound,
}

/// Maps `path` to a file inside `out`, refusing anything whose real location is outside.
pub fn resolve(out: &Path, path: &RequestPath) -> Resolved {
    if path.segments.iter().any(|s| s.starts_with('.')) {
        // Hidden files (the output marker, editors' leftovers) are not part of the site.
        return Resolved::NotFound;
    }
    let Ok(root) = out.canonicalize() else {
        return Resolved::NotFound;
    };
    let Some(real) = inside(&root, &out.join(path.relative())) else {
        return Resolved::NotFound;
    };
    if real.is_dir() {
        if !path.trailing_slash {
            return Resolved::Redirect(path.with_slash());
        }
        return match inside(&root, &real.join("index.html")) {
            Some(index) if index.is_file() => Resolved::File(index),
            _ => Resolved::NotFound,
        };
    }
    if real.is_file() && !path.trailing_slash {
        Resolved::File(real)
    } else {
        Resolved::NotFound
    }
}

/// The canonical form of `candidate` when it exists and really lies under `root`.
fn inside(root: &Path, candidate: &Path) -> Option<PathBuf> {
    let real = candidate.canonicalize().ok()?;
    real.starts_with(root).then_some(real)
}

/// The 404 page for a URL: the locale's own when the URL is under a locale prefix.
pub fn not_found_page(out: &Path, path: &RequestPath, prefixes: &[String]) -> Option<PathBuf> {
    let root = out.canonicalize().ok()?;
    let localized = path
        .segments
        .first()
        .filter(|first| prefixes.contains(first))
        .and_then(|code| inside(&root, &out.join(code).join("404.html")));
    localized.or_else(|| inside(&root, &out.join("404.html")))
}

/// The `Content-Type` for a file, by extension; text types say `charset=utf-8`.
pub fn content_type(path: &Path) -> &'static str {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("html" | "htm") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("json") => "application/json; charset=utf-8",
        Some("xml") => "application/xml; charset=utf-8",
        Some("atom") => "application/atom+xml; charset=utf-8",
        Some("svg") => "image/svg+xml; charset=utf-8",
        Some("txt") => "text/plain; charset=utf-8",
        Some("webmanifest") => "application/manifest+json; charset=utf-8",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("webp") => "image/webp",
        Some("woff2") => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// Whether a file is served as HTML (and so gets the reload script).
pub fn is_html(path: &Path) -> bool {
    content_type(path).starts_with("text/html")
}

/// Reads a file to serve; HTML gets the reload tag before its last `</body>`.
pub fn read_for_serving(path: &Path) -> std::io::Result<Vec<u8>> {
    let bytes = fs::read(path)?;
    Ok(if is_html(path) {
        inject_reload(bytes)
    } else {
        bytes
    })
}

/// Inserts [`RELOAD_TAG`] before the last `</body>` (any case), or appends it.
pub fn inject_reload(mut html: Vec<u8>) -> Vec<u8> {
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    html.splice(at..at, RELOAD_TAG.bytes());
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(target: &str) -> RequestPath {
        RequestPath::parse(target).unwrap()
    }

    #[test]
    fn folders_redirect_and_serve_their_index() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("ports/80")).unwrap();
        fs::write(dir.path().join("ports/80/index.html"), "x").unwrap();
        assert_eq!(
            resolve(dir.path(), &request("/ports/80")),
            Resolved::Redirect("/ports/80/".into())
        );
        let Resolved::File(file) = resolve(dir.path(), &request("/ports/80/")) else {
            panic!("index not served");
        };
        assert!(file.ends_with("ports/80/index.html"));
        assert_eq!(
            resolve(dir.path(), &request("/ports/81/")),
            Resolved::NotFound
        );
    }

    #[test]
    fn symlinks_out_of_the_folder_are_refused() {
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join("secret.txt"), "secret").unwrap();
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(outside.path(), dir.path().join("link")).unwrap();
        std::os::unix::fs::symlink(
            outside.path().join("secret.txt"),
            dir.path().join("file.txt"),
        )
        .unwrap();
        for target in ["/link/secret.txt", "/file.txt", "/link/"] {
            assert_eq!(resolve(dir.path(), &request(target)), Resolved::NotFound);
        }
    }

    #[test]
    fn the_reload_tag_goes_before_the_last_body_end() {
        let html = inject_reload(b"<body><p>a</p></BODY>\n</html>".to_vec());
        assert_eq!(
            String::from_utf8(html).unwrap(),
            format!("<body><p>a</p>{RELOAD_TAG}</BODY>\n</html>")
        );
    }

    #[test]
    fn text_types_say_utf8() {
        assert_eq!(
            content_type(Path::new("a/b.css")),
            "text/css; charset=utf-8"
        );
        assert_eq!(content_type(Path::new("logo.png")), "image/png");
        assert_eq!(
            content_type(Path::new("sitemap.xml")),
            "application/xml; charset=utf-8"
        );
    }
}
