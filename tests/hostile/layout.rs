//! Hostile content layout: folders that are not ports, unknown locales, duplicate pages.

use crate::harness::Built;

fn valid_entry(title: &str) -> String {
    format!("---\ntitle: \"{title}\"\ndescription: \"d\"\n---\nBody.\n")
}

#[test]
fn port_folder_out_of_range_is_refused() {
    let built = Built::new(3712, 3712);
    built.write("content/ports/70000/index.en.md", &valid_entry("big"));
    built.refused(
        &[],
        "content/ports/70000/index.en.md: `70000` is not a port number; ports run from 0 to 65535",
    );
}

#[test]
fn port_folder_with_letters_is_refused() {
    let built = Built::new(3712, 3712);
    built.write("content/ports/abc/index.en.md", &valid_entry("abc"));
    built.refused(
        &[],
        "content/ports/abc/index.en.md: `abc` is not a port number; name the folder after \
         the port, with digits only, e.g. `content/ports/3712/`",
    );
}

#[test]
fn locale_suffix_not_in_site_yaml_is_refused() {
    let built = Built::new(3712, 3712);
    built.write("content/ports/3712/index.fr.md", &valid_entry("fr"));
    built.refused(
        &[],
        "content/ports/3712/index.fr.md: locale `fr` is not one of the site's locales \
         (`en`, `tr`, `de`, `ar`); rename the file or add the locale to site.yaml",
    );
}

#[test]
fn two_files_claiming_one_port_and_locale_are_refused() {
    let built = Built::new(3712, 3712);
    built.write("content/ports/03712/index.en.md", &valid_entry("twin"));
    let stderr = built.refused(
        &[],
        "content/ports/3712/index.en.md: port 3712 in locale `en` is also written in \
         `content/ports/03712/index.en.md`; keep one of the two files",
    );
    assert!(
        crate::common::rendered::one_line(&stderr)
            .contains("`03712` is not a port number; write it without leading zeros: use `3712`"),
        "{stderr}"
    );
}

#[test]
fn entry_without_locale_suffix_is_refused() {
    let built = Built::new(3712, 3712);
    built.write("content/ports/3712/index.md", &valid_entry("bare"));
    built.refused(
        &[],
        "content/ports/3712/index.md: unexpected file; name it `index.<locale>.md`, e.g. \
         `index.en.md`, or remove it",
    );
}
