//! The rendered diagnostic of every error class, as a person reads it on the terminal:
//! one snapshot per class (tests/snapshots/diagnostics__*.snap), each reviewed for where
//! the underline sits and whether the help says what to do.

mod common;

use std::fs;

use common::TestSite;
use portsite::check::check_site;
use portsite::diag::{self, Diagnostic, SourceText, Style, ToDiagnostics};
use portsite::scaffold::{self, NewRequest};

/// A small copy of the bundled site: ports 0 to 100.
fn site() -> TestSite {
    TestSite::bundled(0, 100)
}

/// An entry whose body starts on line 5.
fn entry(title: &str, extra_front: &str, body: &str) -> String {
    format!("---\ntitle: \"{title}\"\ndescription: \"Test.\"\n{extra_front}---\n{body}")
}

/// Replaces the first `from` in a file of the site.
fn edit(site: &TestSite, relative: &str, from: &str, to: &str) {
    let path = site.root().join(relative);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{relative} has no {from:?}");
    fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// `check`'s first diagnostic with `code`, rendered as the terminal shows it.
fn checked(site: &TestSite, code: &str) -> String {
    checked_in(site, code, "")
}

/// `check`'s first diagnostic with `code` in a file whose path starts with `path`.
fn checked_in(site: &TestSite, code: &str, path: &str) -> String {
    let report = check_site(site.root());
    let found: Vec<Diagnostic> = (report.diagnostics.iter())
        .filter(|d| d.code == code)
        .filter(|d| d.location.path().is_some_and(|p| p.starts_with(path)))
        .take(1)
        .cloned()
        .collect();
    assert!(
        !found.is_empty(),
        "no `{code}` in {:#?}",
        report.diagnostics
    );
    rendered(site, found)
}

fn rendered(site: &TestSite, mut found: Vec<Diagnostic>) -> String {
    for d in &mut found {
        d.relativize(site.root());
    }
    diag::render_all(&found, &SourceText::new(site.root()), Style::Plain)
}

#[test]
fn yaml_syntax_error() {
    let site = site();
    site.write(
        "content/ports/81/index.en.md",
        &entry("Port 81", "tags: [web, proxy\n", "Text.\n"),
    );
    insta::assert_snapshot!(checked(&site, "front-matter"));
}

#[test]
fn unknown_field_with_did_you_mean() {
    let site = site();
    edit(&site, "content/ports/3712/index.tr.md", "\nfaq:", "\nfqa:");
    insta::assert_snapshot!(checked(&site, "unknown-field"));
}

#[test]
fn bad_port_folder() {
    let site = site();
    site.write("content/ports/70000/index.en.md", &entry("Big", "", "x\n"));
    insta::assert_snapshot!(checked(&site, "bad-port"));
}

#[test]
fn unknown_locale_suffix() {
    let site = site();
    site.write("content/ports/81/index.fr.md", &entry("Fr", "", "x\n"));
    insta::assert_snapshot!(checked(&site, "unknown-locale"));
}

#[test]
fn duplicate_entry() {
    let site = site();
    site.write("content/ports/0080/index.en.md", &entry("Dup", "", "x\n"));
    insta::assert_snapshot!(checked(&site, "duplicate-entry"));
}

#[test]
fn fluent_syntax_error() {
    let site = site();
    let ftl = site.root().join("locales/de/ui.ftl");
    let mut text = fs::read_to_string(&ftl).unwrap();
    text.push_str("this line has no equals sign\n");
    fs::write(&ftl, text).unwrap();
    insta::assert_snapshot!(checked(&site, "fluent-syntax"));
}

#[test]
fn missing_message() {
    let site = site();
    edit(&site, "locales/tr/ui.ftl", "copy-button = Kopyala\n", "");
    insta::assert_snapshot!(checked(&site, "missing-message"));
}

#[test]
fn template_error() {
    let site = site();
    let page = site.root().join("templates/404.html");
    let html = fs::read_to_string(&page).unwrap();
    fs::write(&page, format!("{html}\n{{% if %}}\n")).unwrap();
    insta::assert_snapshot!(checked(&site, "template"));
}

#[test]
fn template_error_from_build() {
    let site = site();
    let page = site.root().join("templates/404.html");
    let html = fs::read_to_string(&page).unwrap();
    fs::write(&page, format!("{html}\n{{% if %}}\n")).unwrap();
    let error = site.build().expect_err("a broken template fails the build");
    // `build` and `check` print the same diagnostic.
    assert_eq!(
        rendered(&site, error.diagnostics()),
        checked(&site, "template")
    );
}

#[test]
fn render_error_after_a_folded_message_points_where_the_author_wrote_it() {
    // Pages are rendered from templates with argument-free `t()` calls folded into their
    // text, which moves what follows on the line; the error must not move with it.
    let site = site();
    let page = site.root().join("templates/404.html");
    let html = fs::read_to_string(&page).unwrap();
    let line = "<p>{{ t(key=\"site-name\") }} {{ nothing.here }}</p>";
    let html = html.replacen("</article>", &format!("</article>\n{line}\n"), 1);
    fs::write(&page, html).unwrap();
    let error = site
        .build()
        .expect_err("an undefined variable fails the build");
    let shown = rendered(&site, error.diagnostics());
    let column = line.find("nothing").unwrap() + 1;
    assert!(
        shown.contains(&format!("templates/404.html:20:{column}")),
        "{shown}"
    );
}

#[test]
fn registry_csv_error() {
    let site = site();
    edit(
        &site,
        "content/registry/service-names-port-numbers.csv",
        "\necho,7,tcp,",
        "\necho,7x,tcp,",
    );
    insta::assert_snapshot!(checked(&site, "registry"));
}

#[test]
fn config_error() {
    let site = site();
    edit(&site, "site.yaml", "\nrange_size:", "\nrange_sise:");
    insta::assert_snapshot!(checked(&site, "config"));
}

#[test]
fn config_value_that_does_not_fit() {
    let site = site();
    edit(
        &site,
        "site.yaml",
        "default_locale: en",
        "default_locale: fr",
    );
    insta::assert_snapshot!(checked(&site, "config"));
}

#[test]
fn config_locale_listed_twice() {
    let site = site();
    edit(&site, "site.yaml", "  - code: tr\n", "  - code: en\n");
    insta::assert_snapshot!(checked(&site, "config"));
}

#[test]
fn broken_link() {
    let site = site();
    site.write(
        "content/ports/81/index.en.md",
        &entry(
            "Port 81",
            "",
            "Intro.\n\nSee [a port](/ports/70000/) and [home](/).\n",
        ),
    );
    insta::assert_snapshot!(checked_in(&site, "broken-link", "content/ports/81"));
}

#[test]
fn bare_port_path_warning() {
    let site = site();
    site.write(
        "content/ports/81/index.en.md",
        &entry("Port 81", "", "Intro.\n\nSee /ports/22/ for SSH.\n"),
    );
    insta::assert_snapshot!(checked(&site, "bare-port-path"));
}

#[test]
fn stale_translation() {
    let site = site();
    site.write(
        "content/ports/81/index.en.md",
        &entry("Port 81", "updated: 2026-11-20\n", "Text.\n"),
    )
    .write(
        "content/ports/81/index.tr.md",
        &entry("Port 81", "source_updated: 2026-10-01\n", "Metin.\n"),
    );
    insta::assert_snapshot!(checked(&site, "stale-translation"));
}

#[test]
fn missing_translation() {
    let site = site();
    site.write(
        "content/ports/81/index.en.md",
        &entry("Port 81", "", "Not translated yet.\n"),
    );
    insta::assert_snapshot!(checked(&site, "missing-translation"));
}

#[test]
fn unknown_explain_id() {
    let site = site();
    edit(
        &site,
        "content/checks.yaml",
        "explain: check-ss",
        "explain: check-nope",
    );
    insta::assert_snapshot!(checked(&site, "unknown-explain"));
}

#[test]
fn faq_answer_link() {
    let site = site();
    site.write(
        "content/ports/81/index.en.md",
        &entry(
            "Port 81",
            "faq:\n  - q: Where next?\n    a: \"See [port 70000](/ports/70000/).\"\n",
            "Text.\n",
        ),
    );
    insta::assert_snapshot!(checked_in(&site, "broken-link", "content/ports/81"));
}

#[test]
fn link_inside_a_multi_line_faq_answer() {
    let site = site();
    site.write(
        "content/ports/81/index.en.md",
        &entry(
            "Port 81",
            "faq:\n  - q: Where next?\n    a: |\n      Port 80 serves the web.\n      \
             See `/ports/70000/` and [port 70000](/ports/70000/).\n",
            "Text.\n",
        ),
    );
    insta::assert_snapshot!(checked_in(&site, "broken-link", "content/ports/81"));
}

#[test]
fn new_entry_that_exists() {
    let site = site();
    let request = NewRequest {
        port: 22,
        locale: Some("en"),
        today: portsite::content::today(),
    };
    let error = scaffold::create_entry(site.root(), &request).expect_err("22 has an entry");
    insta::assert_snapshot!(rendered(&site, error.diagnostics()));
}

#[test]
fn import_of_a_malformed_csv() {
    let site = site();
    // A download cut off inside a quoted note.
    let csv = fs::read_to_string(
        site.root()
            .join("content/registry/service-names-port-numbers.csv"),
    )
    .unwrap();
    let head: Vec<&str> = csv.lines().take(20).collect();
    let cut = format!(
        "{}\n,2,tcp,Reserved,,,,,,,,\"De-assigned on\n",
        head.join("\n")
    );
    site.write("downloads/new.csv", &cut);
    let file = site.root().join("downloads/new.csv");
    let error = portsite::import::import_iana(site.root(), &file, portsite::content::today())
        .expect_err("an unclosed quote is refused");
    insta::assert_snapshot!(rendered(&site, error.diagnostics()));
}
