//! Hostile maintainer files: a broken template, a broken Fluent file, a damaged registry.

use crate::harness::Built;

const REGISTRY: &str = "content/registry/service-names-port-numbers.csv";

#[test]
fn template_syntax_error_names_the_template_line() {
    let built = Built::new(3712, 3712);
    let template = built.read("templates/port.html");
    // The unclosed `if` is found at the end of the file, the line after the one added.
    let line = template.lines().count() + 2;
    built.write(
        "templates/port.html",
        &format!("{template}{{% if x %}}unclosed\n"),
    );
    let stderr = built.refused(&[], "template error: Unexpected end of input");
    assert!(
        stderr.contains(&format!("--> templates/port.html:{line}:1\n")),
        "expected templates/port.html:{line}:1 in\n{stderr}"
    );
}

#[test]
fn fluent_syntax_error_names_the_message_line() {
    let built = Built::new(3712, 3712);
    let ftl = built.read("locales/en/ui.ftl");
    // The parser notices the missing `}` where the next message starts; the error points
    // at the end of the line that left the placeable open.
    let line = ftl.lines().count() + 2;
    built.write(
        "locales/en/ui.ftl",
        &format!("{ftl}good = ok\nbad-message = {{ $x\nother = y\n"),
    );
    let stderr = built.refused(
        &[],
        "Fluent syntax error: Expected a token starting with \"}\"; close the placeable with `}`",
    );
    assert!(
        stderr.contains(&format!("--> locales/en/ui.ftl:{line}:19\n")),
        "expected locales/en/ui.ftl:{line}:19 in\n{stderr}"
    );
}

#[test]
fn truncated_registry_is_refused_as_truncated() {
    let built = Built::new(3712, 3712);
    let csv = built.read(REGISTRY);
    // Cut inside a quoted field, as an interrupted download would.
    let quote = csv[100_000..].find('"').unwrap() + 100_000;
    let cut = &csv[..quote + 3];
    let line = cut.lines().count();
    built.write(REGISTRY, cut);
    let stderr = built.refused(
        &[],
        "this quoted field is never closed; the file is probably truncated, so download it from IANA again",
    );
    assert!(
        stderr.contains(&format!("service-names-port-numbers.csv:{line}:")),
        "expected line {line} in\n{stderr}"
    );
}

#[test]
fn registry_with_wrong_header_is_refused() {
    let built = Built::new(3712, 3712);
    let csv = built.read(REGISTRY);
    let body = csv.split_once('\n').unwrap().1;
    built.write(REGISTRY, &format!("Name,Port,Proto\n{body}"));
    built.refused(
        &[],
        "the file does not start with the IANA registry header: found `Name,Port,Proto`, expected \
         `Service Name,Port Number,Transport Protocol,",
    );
}
