//! Fuzzes a contributor's entry file: front matter, YAML decoding, then Markdown rendering.
#![no_main]

use std::path::Path;
use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use portsite::config::LocaleCode;
use portsite::content::parse_entry;
use portsite::markdown::{self, Highlighter, MarkdownOptions};

static HIGHLIGHTER: LazyLock<Highlighter> = LazyLock::new(Highlighter::new);

fuzz_target!(|bytes: &[u8]| {
    let locales = ["en", "tr"].map(|code| LocaleCode::new(code).expect("a valid code"));
    let path = Path::new("content/ports/3712/index.en.md");
    if let Ok(entry) = parse_entry(path, bytes, &locales) {
        let options = MarkdownOptions {
            allow_raw_html: false,
            link_prefix: "/tr",
            language: "tr",
        };
        let _ = markdown::render(&entry.body, &HIGHLIGHTER, &options);
    }
    // Bodies are rendered whether or not their front matter is valid, to reach the
    // Markdown stage with every input.
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = markdown::render(text, &HIGHLIGHTER, &MarkdownOptions::default());
    }
});
