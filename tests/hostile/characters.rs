//! Control and bidirectional characters, written as YAML escapes or raw, in every text a
//! contributor or maintainer writes: refused with their position where they can mislead,
//! folded or stripped where they are harmless (docs/SECURITY.md, rule 8).

use crate::harness::Built;

const ENTRY: &str = "content/ports/3712/index.en.md";

/// YAML escapes and what the message names.
const HOSTILE: [(&str, &str); 12] = [
    ("\\0", "U+0000 (NUL)"),
    ("\\e", "U+001B (ESC)"),
    ("\\a", "U+0007 (BEL)"),
    ("\\b", "U+0008 (BS)"),
    ("\\v", "U+000B (VT)"),
    ("\\f", "U+000C (FF)"),
    ("\\x7f", "U+007F (DEL)"),
    ("\\N", "U+0085 (NEL)"),
    ("\\u202E", "U+202E RIGHT-TO-LEFT OVERRIDE"),
    ("\\u202D", "U+202D LEFT-TO-RIGHT OVERRIDE"),
    ("\\u202B", "U+202B RIGHT-TO-LEFT EMBEDDING"),
    ("\\u2067", "U+2067 RIGHT-TO-LEFT ISOLATE"),
];

/// An entry with `value` (a YAML double-quoted body) in one field; returns the field's path
/// as messages name it and its 1-based line and column.
fn entry_with(field: &str, value: &str) -> (String, &'static str, usize, usize) {
    let quoted = format!("\"a{value}b\"");
    let mut fm = vec![
        ("title".to_string(), "\"Port 3712\"".to_string()),
        ("description".to_string(), "\"d\"".to_string()),
    ];
    let (path, line, col): (&str, usize, usize) = match field {
        "title" => {
            fm[0].1 = quoted.clone();
            ("title", 2, 8)
        }
        "description" => {
            fm[1].1 = quoted.clone();
            ("description", 3, 14)
        }
        "tags" => {
            fm.push(("tags".into(), format!("[{quoted}]")));
            ("tags[0]", 4, 8)
        }
        "q" => {
            fm.push(("faq".into(), format!("\n  - q: {quoted}\n    a: \"x\"")));
            ("faq[0].q", 5, 8)
        }
        "a" => {
            fm.push(("faq".into(), format!("\n  - q: \"x\"\n    a: {quoted}")));
            ("faq[0].a", 6, 8)
        }
        "source-title" => {
            fm.push((
                "sources".into(),
                format!("\n  - title: {quoted}\n    url: \"https://x.org/\""),
            ));
            ("sources[0].title", 5, 12)
        }
        "source-url" => {
            let url = format!("\"https://x.org/{value}\"");
            fm.push((
                "sources".into(),
                format!("\n  - title: \"t\"\n    url: {url}"),
            ));
            ("sources[0].url", 6, 10)
        }
        _ => unreachable!(),
    };
    let yaml: String = fm.iter().map(|(k, v)| format!("{k}: {v}\n")).collect();
    (format!("---\n{yaml}---\nBody.\n"), path, line, col)
}

#[test]
fn control_and_bidi_characters_in_every_front_matter_field_are_refused_at_their_field() {
    let built = Built::new(3712, 3712);
    let fields = [
        "title",
        "description",
        "tags",
        "q",
        "a",
        "source-title",
        "source-url",
    ];
    for field in fields {
        for (escape, name) in HOSTILE {
            let (text, path, line, col) = entry_with(field, escape);
            built.write(ENTRY, &text);
            let stderr = built.refused(&[], &format!("{ENTRY}:{line}:{col}: {path}: contains "));
            assert!(stderr.contains(name), "{field} {escape}:\n{stderr}");
        }
    }
}

#[test]
fn invisible_characters_in_a_source_address_are_refused() {
    let built = Built::new(3712, 3712);
    for c in ["\\u200B", "\\u2068x\\u2069", "\\u00A0", "\\t", "\\u200F"] {
        let text = format!(
            "---\ntitle: t\ndescription: d\nsources:\n  - title: s\n    url: \"https://x.org/a{c}b\"\n---\nB.\n"
        );
        built.write(ENTRY, &text);
        built.refused(&[], &format!("{ENTRY}:5:5: sources[0]: "));
    }
}

#[test]
fn home_page_title_and_description_follow_the_same_rules() {
    let built = Built::new(3712, 3712);
    let home = built.read("content/_index.en.md");
    let text = home.replacen("title: ", "title: \"\\u202E\" # ", 1);
    built.write("content/_index.en.md", &text);
    built.refused(
        &[],
        "content/_index.en.md:2:8: title: contains U+202E RIGHT-TO-LEFT OVERRIDE",
    );
}

#[test]
fn raw_characters_in_the_body_are_refused_with_their_line_and_column() {
    let built = Built::new(3712, 3712);
    for (c, name) in [
        ('\u{202E}', "U+202E"),
        ('\u{1b}', "U+001B"),
        ('\u{0}', "U+0000"),
    ] {
        let text = format!(
            "---\ntitle: t\ndescription: d\n---\nIntro.\n\n```sh\nrm -rf /tmp/x {c}# harmless\n```\n"
        );
        built.write(ENTRY, &text);
        built.refused(
            &[],
            &format!(
                "{ENTRY}:8:15: contains {}",
                if name == "U+202E" {
                    "U+202E RIGHT-TO-LEFT OVERRIDE"
                } else if name == "U+001B" {
                    "the control character U+001B (ESC)"
                } else {
                    "the control character U+0000 (NUL)"
                }
            ),
        );
    }
}

#[test]
fn balanced_isolates_and_marks_stay_and_line_breaks_fold() {
    let built = Built::new(3712, 3712);
    let title = "المنفذ \u{2068}SSH\u{2069}\u{200F}";
    let text = format!(
        "---\ntitle: \"{title}\"\ndescription: \"one\\ntwo\\tthree\"\ntags: [\"s\\u200Bsh\"]\n---\nBody.\n"
    );
    built.write(ENTRY, &text);
    let output = built.run(&[]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let page = built.site.page("/ports/3712/");
    assert!(
        page.contains(title),
        "isolates and marks must stay in prose"
    );
    assert!(
        page.contains("<meta name=description content=\"one two three\">"),
        "line breaks and tabs fold into spaces"
    );
    assert!(!page.contains('\u{1b}') && !page.contains('\u{202E}'));
}

#[test]
fn unbalanced_isolates_are_refused() {
    let built = Built::new(3712, 3712);
    built.write(
        ENTRY,
        "---\ntitle: \"open \\u2067 never closed\"\ndescription: d\n---\nB.\n",
    );
    built.refused(
        &[],
        &format!("{ENTRY}:2:8: title: contains U+2067 RIGHT-TO-LEFT ISOLATE that is never closed"),
    );
    built.write(
        ENTRY,
        "---\ntitle: \"stray \\u2069\"\ndescription: d\n---\nB.\n",
    );
    built.refused(
        &[],
        &format!(
            "{ENTRY}:2:8: title: contains U+2069 POP DIRECTIONAL ISOLATE with no isolate to close"
        ),
    );
}

#[test]
fn check_commands_and_site_title_refuse_them_too() {
    let built = Built::new(3712, 3712);
    let checks = built.read("content/checks.yaml");
    let line = checks.lines().position(|l| l.contains("command:")).unwrap();
    let mut lines: Vec<String> = checks.lines().map(String::from).collect();
    let indent = lines[line].find("command:").unwrap();
    lines[line] = format!(
        "{}command: \"lsof -i :{{port}} \\u202E#\"",
        " ".repeat(indent)
    );
    built.write("content/checks.yaml", &(lines.join("\n") + "\n"));
    built.refused(&[], "content/checks.yaml:");
    built.write("content/checks.yaml", &checks);

    let config = built.read("site.yaml");
    built.write(
        "site.yaml",
        &config.replacen("title: portsite", "title: \"port\\esite\"", 1),
    );
    let line = config[..config.find("title: portsite").unwrap()]
        .lines()
        .count()
        + 1;
    built.refused(
        &[],
        &format!(
            "site.yaml:{line}:8: title `port\\u{{1b}}site` contains the control character \
             U+001B (ESC); remove it"
        ),
    );
}
