//! A builder for test sites: a copy of the bundled site (or a fixture) in a temp folder,
//! with a smaller port span, built through the library, read back page by page.
#![allow(
    dead_code,
    reason = "each test file uses a different part of the harness"
)]

pub mod http;
pub mod rendered;

use std::fs;
use std::path::{Path, PathBuf};

use portsite::site::{self, BuildError, BuildOptions, BuildReport};

/// The repository root (the bundled site).
pub fn bundled_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A site copied into a temp folder.
pub struct TestSite {
    dir: tempfile::TempDir,
}

impl TestSite {
    /// A copy of the bundled site limited to ports `from..=to`.
    pub fn bundled(from: u16, to: u16) -> TestSite {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = bundled_root();
        for folder in ["content", "templates", "locales", "static"] {
            copy_tree(&root.join(folder), &dir.path().join(folder));
        }
        let config = fs::read_to_string(root.join("site.yaml")).expect("site.yaml");
        let config = config
            .replace("  from: 0\n", &format!("  from: {from}\n"))
            .replace("  to: 65535\n", &format!("  to: {to}\n"));
        fs::write(dir.path().join("site.yaml"), config).expect("write site.yaml");
        TestSite { dir }
    }

    /// The site's root folder.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// The default output folder.
    pub fn out(&self) -> PathBuf {
        self.dir.path().join("public")
    }

    /// Writes (or replaces) a file of the site.
    pub fn write(&self, relative: &str, text: &str) -> &TestSite {
        let path = self.dir.path().join(relative);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
        self
    }

    /// Builds into `public/`.
    pub fn build(&self) -> Result<BuildReport, BuildError> {
        site::build(&BuildOptions {
            root: self.root().to_path_buf(),
            out: self.out(),
            base_url: None,
            progress: false,
        })
    }

    /// Builds and panics with the error when the build fails.
    pub fn built(self) -> TestSite {
        if let Err(err) = self.build() {
            panic!("build failed:\n{err}");
        }
        self
    }

    /// The HTML served at a site URL such as `/tr/ports/3712/`.
    pub fn page(&self, url: &str) -> String {
        let relative = url.trim_start_matches('/');
        let mut path = self.out().join(relative);
        if url.ends_with('/') {
            path = path.join("index.html");
        }
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// Whether a file exists in the output.
    pub fn exists(&self, relative: &str) -> bool {
        self.out().join(relative.trim_start_matches('/')).exists()
    }
}

/// Copies a folder recursively.
pub fn copy_tree(from: &Path, to: &Path) {
    for item in walkdir::WalkDir::new(from) {
        let item = item.unwrap();
        let dest = to.join(item.path().strip_prefix(from).unwrap());
        if item.file_type().is_dir() {
            fs::create_dir_all(&dest).unwrap();
        } else {
            fs::copy(item.path(), &dest).unwrap();
        }
    }
}

/// The text of an HTML page with tags removed and whitespace collapsed, for reading assertions.
/// Inline tags (spans of highlighted code, links) join their text; block tags separate it.
pub fn text_of(html: &str) -> String {
    const INLINE: [&str; 7] = ["span", "a", "code", "em", "strong", "bdi", "sup"];
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        let tag = &rest[open + 1..open + close];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        // `<h-b>`: a highlighted token, inline like a span.
        let token = tag.trim_start_matches('/').starts_with("h-");
        if !INLINE.contains(&name.as_str()) && !token {
            text.push(' ');
        }
        rest = &rest[open + close + 1..];
    }
    text.push_str(rest);
    let text = text
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .replace('\u{2019}', "'");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
