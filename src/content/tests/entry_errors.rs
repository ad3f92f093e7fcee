//! Every front matter mistake names file:line:col and the fix.

use std::path::Path;
use std::time::{Duration, Instant};

use super::{entry_error, locales};
use crate::content::parse_entry;

const PATH: &str = "content/ports/3712/index.tr.md";

fn at(pos: &str, message: &str) -> String {
    format!("{PATH}:{pos}: {message}")
}

#[test]
fn unknown_field_suggests_the_close_one() {
    let text = "---\ntitle: A\ndescription: B\nfqa: []\n---\n";
    assert_eq!(
        entry_error(text),
        at(
            "4:1",
            "unknown field `fqa`, expected one of `title`, `description`, `protocols`, `tags`, \
             `updated`, `faq`, `sources`, `source_updated` — did you mean `faq`?"
        )
    );
}

#[test]
fn unknown_field_far_from_all_names_has_no_suggestion() {
    let text = "---\ntitle: A\ndescription: B\nfaq:\n  - q: x\n    b: y\n---\n";
    assert_eq!(
        entry_error(text),
        at(
            "6:5",
            "unknown field `b`, expected one of `q`, `a`, `replaces`"
        )
    );
}

#[test]
fn unknown_protocol_suggests_the_close_one() {
    let text = "---\ntitle: A\ndescription: B\nprotocols: [tpc]\n---\n";
    assert_eq!(
        entry_error(text),
        at(
            "4:13",
            "unknown value `tpc`, expected one of `tcp`, `udp`, `sctp`, `dccp` — did you mean `tcp`?"
        )
    );
}

#[test]
fn faq_of_the_wrong_type_says_what_shape_is_expected() {
    let text = "---\ntitle: A\ndescription: B\nfaq: hello\n---\n";
    assert_eq!(
        entry_error(text),
        at(
            "4:6",
            "faq: expected a list of {q, a} items, found string \"hello\""
        )
    );
}

#[test]
fn yaml_syntax_error_points_into_the_file() {
    let text = "---\ntitle: A\ndescription: B: C\n---\n";
    assert_eq!(
        entry_error(text),
        at(
            "3:15",
            "YAML syntax error: mapping values are not allowed in this context; check the \
             indentation and put values containing `: ` or `#` in quotes"
        )
    );
}

#[test]
fn duplicate_key_points_at_the_second_one() {
    let text = "---\ntitle: A\ndescription: B\ntitle: C\n---\n";
    assert_eq!(
        entry_error(text),
        at("4:1", "field `title` is written twice; keep only one")
    );
}

#[test]
fn duplicate_key_inside_a_faq_item_points_at_the_second_one() {
    let text = "---\ntitle: A\ndescription: B\nfaq:\n  - q: x\n    a: y\n    q: z\n---\n";
    assert_eq!(
        entry_error(text),
        at("7:5", "faq[0]: field `q` is written twice; keep only one")
    );
}

#[test]
fn missing_field_is_named() {
    let text = "---\ntitle: A\n---\n";
    assert_eq!(
        entry_error(text),
        at(
            "2:1",
            "missing field `description`; add a line `description: …`"
        )
    );
}

#[test]
fn impossible_date_is_refused() {
    let text = "---\ntitle: A\ndescription: B\nupdated: 2026-02-30\n---\n";
    assert_eq!(
        entry_error(text),
        at(
            "4:10",
            "updated: `2026-02-30` is not a real date: that month has 28 days"
        )
    );
}

#[test]
fn empty_title_is_refused() {
    let text = "---\ndescription: B\ntitle: \"  \"\n---\n";
    assert_eq!(
        entry_error(text),
        at("3:1", "`title` is empty; write the page's title")
    );
}

#[test]
fn yaml_bomb_is_rejected_quickly() {
    let mut text = String::from(
        "---\ntitle: A\ndescription: B\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n",
    );
    for level in 1..10 {
        let prev = format!("*l{}", level - 1);
        let items = [prev.as_str(); 9].join(", ");
        text.push_str(&format!("l{level}: &l{level} [{items}]\n"));
    }
    text.push_str("---\n");
    let start = Instant::now();
    assert_eq!(
        entry_error(&text),
        at(
            "2:1",
            "front matter expands YAML aliases (`*name`) far beyond its size; write the values \
             out instead of using anchors and aliases"
        )
    );
    assert!(
        start.elapsed() < Duration::from_secs(1),
        "took {:?}",
        start.elapsed()
    );
}

#[test]
fn bomb_inside_a_valid_field_is_rejected_too() {
    let mut text =
        String::from("---\ntitle: A\ndescription: B\ntags:\n  - &a [x, x, x, x, x, x, x, x]\n");
    text.push_str(
        "  - &b [*a, *a, *a, *a, *a, *a, *a, *a]\n  - &c [*b, *b, *b, *b, *b, *b, *b, *b]\n",
    );
    text.push_str("  - [*c, *c, *c, *c, *c, *c, *c, *c]\n---\n");
    assert!(entry_error(&text).contains("expands YAML aliases"));
}

#[test]
fn entry_path_is_checked_before_the_text() {
    let err = parse_entry(
        Path::new("content/ports/03712/index.tr.md"),
        b"no front matter",
        &locales(),
    )
    .unwrap_err();
    assert_eq!(
        err.located(),
        "content/ports/03712/index.tr.md:1:1: `03712` is not a port number; write it without \
         leading zeros: use `3712`"
    );
}

#[test]
fn front_matter_that_is_not_a_mapping_says_what_is_expected() {
    let text = "---\njust a sentence\n---\n";
    assert_eq!(
        entry_error(text),
        at(
            "2:1",
            "front matter must be `key: value` lines, found string \"just a sentence\""
        )
    );
}

#[test]
fn tab_indentation_says_to_use_spaces() {
    let text = "---\ntitle: A\ndescription: B\nfaq:\n\t- q: x\n---\n";
    assert_eq!(
        entry_error(text),
        at(
            "5:1",
            "YAML syntax error: found character that cannot start any token, while scanning for \
             the next token; indent with spaces, not tabs"
        )
    );
}

#[test]
fn faq_item_of_the_wrong_type_says_what_an_item_is() {
    let text = "---\ntitle: A\ndescription: B\nfaq:\n  - Is it safe?\n---\n";
    assert_eq!(
        entry_error(text),
        at(
            "5:5",
            "faq[0]: expected a {q, a} item, found string \"Is it safe?\""
        )
    );
}
