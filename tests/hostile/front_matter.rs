//! Hostile front matter: each is refused with a located message, the old site kept.

use std::time::{Duration, Instant};

use crate::harness::Built;

const ENTRY: &str = "content/ports/3712/index.en.md";

fn with_entry(text: &str) -> Built {
    let built = Built::new(3712, 3712);
    built.write(ENTRY, text);
    built
}

#[test]
fn malformed_yaml_names_the_line() {
    with_entry("---\ntitle: a\ndescription: x\ntags: [a, b\n---\nbody\n").refused(
        &[],
        "content/ports/3712/index.en.md:5:1: YAML syntax error: did not find expected ',' or ']', \
         while parsing a flow sequence that starts on line 4",
    );
}

#[test]
fn unterminated_quote_points_past_the_front_matter() {
    with_entry("---\ntitle: \"unclosed\ndescription: x\n---\nbody\n").refused(
        &[],
        "content/ports/3712/index.en.md:4:1: YAML syntax error: found unexpected end of stream, \
         while scanning a quoted scalar that starts on line 2",
    );
}

#[test]
fn wrong_type_names_the_field_and_the_shape() {
    with_entry("---\ntitle: [1, 2]\ndescription: x\n---\nbody\n").refused(
        &[],
        "content/ports/3712/index.en.md:2:8: title: expected a text string, found sequence",
    );
}

#[test]
fn wrong_date_says_how_to_write_one() {
    with_entry("---\ntitle: a\ndescription: x\nupdated: yesterday\n---\nbody\n").refused(
        &[],
        "content/ports/3712/index.en.md:4:10: updated: `yesterday` is not a date; write it as YYYY-MM-DD",
    );
}

#[test]
fn unknown_field_lists_the_known_ones() {
    with_entry("---\ntitle: a\ndescription: x\nauthor: me\n---\nbody\n").refused(
        &[],
        "content/ports/3712/index.en.md:4:1: unknown field `author`, expected one of `title`, \
         `description`, `protocols`, `tags`, `updated`, `faq`, `sources`, `source_updated`",
    );
}

#[test]
fn missing_closing_fence_points_at_the_opening_one() {
    with_entry("---\ntitle: a\ndescription: x\n\n# Body\n").refused(
        &[],
        "content/ports/3712/index.en.md:1:1: front matter opened here is never closed; \
         add a line `---` after its last field",
    );
}

#[test]
fn duplicate_key_points_at_the_second_one() {
    with_entry("---\ntitle: a\ndescription: x\ntitle: b\n---\nbody\n").refused(
        &[],
        "content/ports/3712/index.en.md:4:1: field `title` is written twice; keep only one",
    );
}

/// "Billion laughs": ten levels of nine aliases each would expand to 9^10 strings.
fn yaml_bomb() -> String {
    let mut text = String::from("---\ntitle: a\ndescription: x\ntags: &a [\"lol\"");
    text.push_str(&", \"lol\"".repeat(8));
    text.push_str("]\n");
    for level in 1..10u8 {
        let (name, prev) = ((b'a' + level) as char, (b'a' + level - 1) as char);
        let refs = vec![format!("*{prev}"); 9].join(", ");
        text.push_str(&format!("x{level}: &{name} [{refs}]\n"));
    }
    text.push_str("---\nbody\n");
    text
}

#[test]
fn yaml_bomb_is_refused_quickly_with_bounded_memory() {
    let built = with_entry(&yaml_bomb());
    // 4 GiB of address space is far more than a build needs and far less than the bomb.
    let started = Instant::now();
    let limited = std::process::Command::new("sh")
        .arg("-c")
        .arg("ulimit -v 4194304 && exec timeout 60 \"$PORTSITE_BIN\" build --root \"$1\"")
        .arg("sh")
        .arg(built.site.root())
        .env("PORTSITE_BIN", env!("CARGO_BIN_EXE_portsite"))
        .output()
        .unwrap();
    let elapsed = started.elapsed();
    let stderr = crate::common::rendered::one_line(&String::from_utf8_lossy(&limited.stderr));
    assert_eq!(limited.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(
            "content/ports/3712/index.en.md:2:1: front matter expands YAML aliases (`*name`) far \
             beyond its size; write the values out instead of using anchors and aliases"
        ),
        "{stderr}"
    );
    assert!(elapsed < Duration::from_secs(20), "took {elapsed:?}");
    built.assert_untouched();
}

#[test]
fn twenty_megabyte_entry_is_refused_by_size() {
    let mut text = String::from("---\ntitle: a\ndescription: x\n---\n");
    text.push_str(&"lorem ipsum ".repeat(20 * 1024 * 1024 / 12));
    let size = text.len();
    with_entry(&text).refused(
        &[],
        &format!(
            "content/ports/3712/index.en.md: file is {size} bytes, over the 1 MiB limit for \
             content files; shorten it or split the text"
        ),
    );
}

#[test]
fn invalid_utf8_names_the_first_bad_byte() {
    let built = Built::new(3712, 3712);
    built.write_bytes(ENTRY, b"---\ntitle: caf\xe9\ndescription: x\n---\nbody\n");
    built.refused(
        &[],
        "content/ports/3712/index.en.md:2:11: invalid UTF-8 byte here; save the file with UTF-8 encoding",
    );
}

#[test]
fn byte_order_mark_and_crlf_build_like_the_plain_file() {
    let built = Built::new(3712, 3712);
    let plain = built.site.page("/ports/3712/");
    let crlf = built.read(ENTRY).replace('\n', "\r\n");
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(crlf.as_bytes());
    built.write_bytes(ENTRY, &bytes);
    let output = built.run(&[]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let page = built.site.page("/ports/3712/");
    assert!(!page.contains('\r'), "CR leaked into the page");
    assert!(!page.contains('\u{feff}'), "BOM leaked into the page");
    assert_eq!(
        page, plain,
        "BOM + CRLF must render exactly like the LF file"
    );
}

#[test]
fn duplicate_key_however_written_points_at_the_second_one() {
    let cases = [
        ("title: a\ndescription: x\n\"title\": b\n", 4, 1),
        ("title: a\ndescription: x\ntitle : b\n", 4, 1),
        ("title: a\ndescription: x\n'title': b\n", 4, 1),
        ("\"title\": a\ndescription: x\n  \ntitle: b\n", 5, 1),
        ("title: a\ndescription: x\n? title\n: b\n", 4, 3),
        ("{title: a, description: x, title: b}\n", 2, 28),
    ];
    for (yaml, line, col) in cases {
        with_entry(&format!("---\n{yaml}---\nbody\n")).refused(
            &[],
            &format!(
                "content/ports/3712/index.en.md:{line}:{col}: field `title` is written twice; keep only one"
            ),
        );
    }
}

#[test]
fn duplicate_key_inside_a_faq_item_points_at_the_second_one() {
    with_entry("---\ntitle: a\ndescription: x\nfaq:\n  - q: one\n    a: two\n    \"q\": three\n---\nbody\n")
        .refused(
            &[],
            "content/ports/3712/index.en.md:7:5: faq[0]: field `q` is written twice; keep only one",
        );
}
