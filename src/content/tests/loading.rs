//! Walking `content/`: what is loaded, what is ignored, and every error reported at once.

use std::fs;
use std::path::Path;

use super::{fixture, locales};
use crate::content::{ContentError, load_content};

const OK: &str = "---\ntitle: T\ndescription: D\n---\nBody\n";

fn write(root: &Path, rel: &str, text: &[u8]) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

fn messages(errors: Vec<ContentError>) -> Vec<String> {
    errors.iter().map(ContentError::located).collect()
}

#[test]
fn fixture_site_loads_entries_sorted_by_port_then_locale() {
    let set = load_content(&fixture("site"), &locales()).unwrap();
    let keys: Vec<(u16, &str)> = set
        .entries
        .iter()
        .map(|e| (e.port.get(), e.locale.as_str()))
        .collect();
    assert_eq!(keys, [(22, "en"), (3712, "en"), (3712, "tr")]);
    assert_eq!(
        set.entries[2].path,
        Path::new("content/ports/3712/index.tr.md")
    );
    let homes: Vec<&str> = set.homes.iter().map(|h| h.locale.as_str()).collect();
    assert_eq!(homes, ["en", "tr"]);
    assert_eq!(set.homes[1].title, "Her port, açıklamalı");
    assert_eq!(set.homes[1].body, "0'dan 65535'e kadar her portu arayın.\n");
    assert_eq!(set.homes[1].body_line, 5);
}

#[test]
fn hidden_files_and_editor_backups_are_ignored() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "content/ports/80/index.en.md", OK.as_bytes());
    write(dir.path(), "content/ports/80/.DS_Store", b"\0\x01binary");
    write(dir.path(), "content/ports/80/index.en.md~", b"old");
    write(dir.path(), "content/.git/config", b"x");
    let set = load_content(dir.path(), &locales()).unwrap();
    assert_eq!(set.entries.len(), 1);
}

#[test]
fn all_errors_are_collected_and_sorted_by_path() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "content/ports/abc/index.en.md", OK.as_bytes());
    write(dir.path(), "content/ports/70000/index.en.md", OK.as_bytes());
    write(
        dir.path(),
        "content/ports/22/index.en.md",
        b"---\ntitle: T\n",
    );
    write(dir.path(), "content/ports/22/readme.txt", b"notes");
    write(dir.path(), "content/_index.fr.md", OK.as_bytes());
    let errors = messages(load_content(dir.path(), &locales()).unwrap_err());
    assert_eq!(
        errors,
        [
            "content/_index.fr.md:1:1: locale `fr` is not one of the site's locales (`en`, `tr`, \
             `de`, `ar`); rename the file or add the locale to site.yaml",
            "content/ports/22/index.en.md:1:1: front matter opened here is never closed; add a \
             line `---` after its last field",
            "content/ports/22/readme.txt:1:1: unexpected file; name it `index.<locale>.md`, e.g. \
             `index.en.md`, or remove it",
            "content/ports/70000/index.en.md:1:1: `70000` is not a port number; ports run from 0 \
             to 65535; use a number in that range",
            "content/ports/abc/index.en.md:1:1: `abc` is not a port number; name the folder after \
             the port, with digits only, e.g. `content/ports/3712/`",
        ]
    );
}

#[test]
fn two_files_for_one_page_are_both_named() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "content/ports/3712/index.tr.md", OK.as_bytes());
    write(dir.path(), "content/ports/03712/index.tr.md", OK.as_bytes());
    let errors = messages(load_content(dir.path(), &locales()).unwrap_err());
    assert!(
        errors.contains(
            &"content/ports/3712/index.tr.md:1:1: port 3712 in locale `tr` is also written in \
          `content/ports/03712/index.tr.md`; keep one of the two files"
                .to_string()
        )
    );
}

#[test]
fn locale_differing_only_in_case_is_a_duplicate() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "content/ports/3712/index.tr.md", OK.as_bytes());
    write(dir.path(), "content/ports/3712/index.TR.md", OK.as_bytes());
    let errors = messages(load_content(dir.path(), &locales()).unwrap_err());
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[0].contains("index.TR.md:1:1: locale `TR` is not one of"));
    assert_eq!(
        errors[1],
        "content/ports/3712/index.tr.md:1:1: port 3712 in locale `tr` is also written in \
         `content/ports/3712/index.TR.md`; keep one of the two files"
    );
}

#[test]
fn oversized_file_is_refused_without_parsing() {
    let dir = tempfile::tempdir().unwrap();
    let mut big = OK.as_bytes().to_vec();
    big.resize(2 * 1024 * 1024, b'x');
    write(dir.path(), "content/ports/80/index.en.md", &big);
    let errors = messages(load_content(dir.path(), &locales()).unwrap_err());
    assert_eq!(
        errors,
        [
            "content/ports/80/index.en.md:1:1: file is 2097152 bytes, over the 1 MiB limit for \
          content files; shorten it or split the text"
        ]
    );
}

#[test]
fn a_site_without_content_loads_empty() {
    let dir = tempfile::tempdir().unwrap();
    let set = load_content(dir.path(), &locales()).unwrap();
    assert!(set.entries.is_empty() && set.homes.is_empty());
}

#[test]
fn hundreds_of_entries_load_fast() {
    let dir = tempfile::tempdir().unwrap();
    let full = std::fs::read(fixture("site").join("content/ports/3712/index.en.md")).unwrap();
    for port in 1000..1400 {
        write(
            dir.path(),
            &format!("content/ports/{port}/index.en.md"),
            &full,
        );
    }
    let start = std::time::Instant::now();
    let set = load_content(dir.path(), &locales()).unwrap();
    let took = start.elapsed();
    assert_eq!(set.entries.len(), 400);
    // Generous so a debug build on a busy machine passes; release takes a few ms.
    assert!(took < std::time::Duration::from_secs(2), "took {took:?}");
    eprintln!("400 entries loaded in {took:?}");
}

#[test]
fn home_page_without_locale_or_title_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "content/_index.md", OK.as_bytes());
    write(
        dir.path(),
        "content/_index.de.md",
        b"---\ntitle: \"\"\ndescription: D\n---\n",
    );
    let errors = messages(load_content(dir.path(), &locales()).unwrap_err());
    assert_eq!(
        errors,
        [
            "content/_index.de.md:2:1: `title` is empty; write the page's title",
            "content/_index.md:1:1: unexpected file; name it `_index.<locale>.md`, e.g. \
             `_index.en.md`, or remove it",
        ]
    );
}
