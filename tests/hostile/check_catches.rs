//! `check` catches everything `build` would fail on: every message of every locale is
//! checked against the arguments its callers pass (src/render/calls.rs and the templates'
//! `t()` calls) across all its variants, references are followed for cycles and gaps, and
//! a sample of every kind of page is rendered. Each case here fails the build, and must
//! fail `check` first, at the right place.

use std::process::Command;

use crate::harness::Built;

/// Runs `check`, expects exit 1 and `expected` in its report; then runs `build` and
/// expects it to fail too (so the case is real), leaving the old site.
fn caught(built: &Built, expected: &[&str]) {
    let output = Command::new("timeout")
        .arg("60")
        .arg(env!("CARGO_BIN_EXE_portsite"))
        .args(["check", "--root"])
        .arg(built.site.root())
        .output()
        .unwrap();
    let stderr = crate::common::rendered::one_line(&String::from_utf8_lossy(&output.stderr));
    assert_eq!(output.status.code(), Some(1), "check passed:\n{stderr}");
    for text in expected {
        assert!(
            stderr.contains(text),
            "check should report {text:?}:\n{stderr}"
        );
    }
    let build = built.run(&[]);
    assert_eq!(
        build.status.code(),
        Some(1),
        "the case does not fail the build, so it tests nothing:\n{}",
        String::from_utf8_lossy(&build.stderr)
    );
    built.assert_untouched();
}

/// Replaces the line defining `id` in a locale file.
fn redefine(built: &Built, file: &str, id: &str, definition: &str) {
    let text = built.read(file);
    let mut found = false;
    let lines: Vec<String> = text
        .lines()
        .map(|l| {
            if l.starts_with(&format!("{id} =")) {
                found = true;
                definition.to_string()
            } else {
                l.to_string()
            }
        })
        .collect();
    assert!(found, "{id} not in {file}");
    built.write(file, &(lines.join("\n") + "\n"));
}

fn line_of(built: &Built, file: &str, id: &str) -> usize {
    built
        .read(file)
        .lines()
        .position(|l| l.starts_with(&format!("{id} =")))
        .unwrap()
        + 1
}

#[test]
fn a_variable_the_code_never_passes_is_caught_at_the_variable() {
    // 3711 has no curated entry, so its page title comes from `port-title-named`.
    let built = Built::new(3711, 3712);
    redefine(
        &built,
        "locales/en/port.ftl",
        "port-title-named",
        "port-title-named = Port { $port }: { $nam }",
    );
    let line = line_of(&built, "locales/en/port.ftl", "port-title-named");
    caught(
        &built,
        &[&format!(
            "locales/en/port.ftl:{line}:38: locale `en`: message `port-title-named` uses \
             `$nam`, which src/render/port_page.rs does not pass (it passes `$port`, `$names`, `$count`)"
        )],
    );
}

#[test]
fn a_variable_in_one_plural_variant_is_caught_whatever_the_count() {
    let built = Built::new(3712, 3712);
    let file = "locales/tr/faq.ftl";
    let text = built.read(file);
    // Port 3712 has one name, so its page selects `[1]`, which is broken.
    let edited = text.replacen(
        "[1] IANA, { $port } numaralı portu { $names }",
        "[1] IANA, { $port } numaralı portu { $nme }",
        1,
    );
    assert_ne!(text, edited);
    built.write(file, &edited);
    let (line, text) = edited
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("{ $nme }"))
        .unwrap();
    let col = text[..text.find("$nme").unwrap()].chars().count() + 1;
    caught(
        &built,
        &[&format!(
            "locales/tr/faq.ftl:{}:{col}: locale `tr`: message `faq-purpose-assigned` \
             uses `$nme`, which src/render/faq.rs does not pass",
            line + 1
        )],
    );
}

#[test]
fn a_template_that_passes_fewer_arguments_than_the_message_uses_is_caught() {
    // 3711 has no curated entry, so its page shows the check commands' introduction.
    let built = Built::new(3711, 3712);
    let port = built.read("templates/port.html");
    let edited = port.replacen(
        "t(key=\"checks-intro\", port=port.number ~ \"\")",
        "t(key=\"checks-intro\")",
        1,
    );
    assert_ne!(port, edited);
    built.write("templates/port.html", &edited);
    caught(
        &built,
        &["message `checks-intro` uses `$port`, which templates/port.html:"],
    );
}

#[test]
fn a_cyclic_reference_is_caught() {
    let built = Built::new(3712, 3712);
    redefine(
        &built,
        "locales/de/ui.ftl",
        "site-name",
        "site-name = { nav-home } Portal",
    );
    redefine(
        &built,
        "locales/de/ui.ftl",
        "nav-home",
        "nav-home = { site-name }",
    );
    caught(
        &built,
        &["locale `de`: message `site-name` refers back to itself"],
    );
}

#[test]
fn references_to_missing_messages_terms_and_functions_are_caught() {
    for definition in [
        "nav-home = { nope-message }",
        "nav-home = { -no-such-term }",
        "nav-home = { NUMBER(1) }",
        "nav-home = { nav-skip.nope }",
    ] {
        let built = Built::new(3712, 3712);
        redefine(&built, "locales/ar/ui.ftl", "nav-home", definition);
        let line = line_of(&built, "locales/ar/ui.ftl", "nav-home");
        caught(
            &built,
            &[&format!(
                "locales/ar/ui.ftl:{line}:1: locale `ar`: message `nav-home` "
            )],
        );
    }
}

#[test]
fn a_template_calling_a_message_no_locale_has_is_caught_at_the_call() {
    let built = Built::new(3712, 3712);
    let base = built.read("templates/base.html");
    let line = base
        .lines()
        .position(|l| l.contains("t(key=\"nav-skip\")"))
        .unwrap()
        + 1;
    built.write(
        "templates/base.html",
        &base.replacen("t(key=\"nav-skip\")", "t(key=\"nav-skipp\")", 1),
    );
    caught(
        &built,
        &[
            &format!("templates/base.html:{line}:"),
            "formats message `nav-skipp`, which the default locale `en` does not define",
        ],
    );
}

#[test]
fn a_template_failing_only_while_rendering_is_caught() {
    let built = Built::new(3712, 3712);
    let port = built.read("templates/port.html");
    let edited = port.replacen("{{ page.title }}", "{{ page.title.digits }}", 1);
    assert_ne!(port, edited);
    built.write("templates/port.html", &edited);
    caught(
        &built,
        &[
            "templates/port.html:",
            "template error while rendering /ports/3712/",
        ],
    );
}
