//! Command-line values are held to the rules of the site.yaml values they override: URLs
//! that could run script or inject lines, output folders that hide where they are through
//! `..` or links, and a `--root` that is not a folder, for every subcommand.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use crate::harness::Built;

const HOSTILE_URLS: [&str; 8] = [
    "javascript:alert(1)",
    "javascript:alert(1)//",
    "https://ports.example.org\nDisallow: /",
    "https://ports.example.org/\r\nSitemap: https://evil.example/s.xml",
    "https://ports.example.org/\"><script>alert(1)</script>",
    "data:text/html,<script>alert(1)</script>",
    "//evil.example",
    "https://user:secret@ports.example.org",
];

#[test]
fn hostile_base_url_overrides_are_refused_by_build() {
    let built = Built::new(3712, 3712);
    for url in HOSTILE_URLS {
        let stderr = built.refused(&["--base-url", url], "--base-url `");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    let robots = fs::read_to_string(built.site.out().join("robots.txt")).unwrap();
    assert!(
        !robots.contains("Disallow") && !robots.contains("evil"),
        "{robots}"
    );
}

#[test]
fn a_valid_base_url_override_is_normalized_like_site_yaml() {
    let built = Built::new(3712, 3712);
    let output = built.run(&["--base-url", "https://mirror.example.net/"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let page = built.site.page("/ports/3712/");
    assert!(
        page.contains("<link rel=canonical href=\"https://mirror.example.net/ports/3712/\">"),
        "{page}"
    );
    let robots = fs::read_to_string(built.site.out().join("robots.txt")).unwrap();
    assert!(
        robots.ends_with("Sitemap: https://mirror.example.net/sitemap.xml\n"),
        "{robots}"
    );
}

#[test]
fn hostile_base_url_in_site_yaml_is_refused_by_check_and_build() {
    for url in HOSTILE_URLS {
        let built = Built::new(3712, 3712);
        let config = built.read("site.yaml");
        let quoted = serde_json::to_string(url).unwrap();
        let config = config.replace(
            "base_url: https://ports.example.org",
            &format!("base_url: {quoted}"),
        );
        built.write("site.yaml", &config);
        // The diagnostic points at the value, after `base_url: `.
        let line = config[..config.find("base_url: ").unwrap()].lines().count() + 1;
        built.refused(&[], &format!("site.yaml:{line}:11: base_url `"));
        let check = run_in(&built, &["check"], built.site.root());
        let stderr = String::from_utf8_lossy(&check.stderr);
        assert_eq!(check.status.code(), Some(1), "{url:?}:\n{stderr}");
        assert!(stderr.contains("base_url `"), "{stderr}");
    }
}

#[test]
fn script_urls_in_edit_links_and_feedback_endpoint_are_refused() {
    for (key, value) in [
        ("edit_url", "javascript:alert(1)//"),
        ("new_url", "data:text/html,x"),
        ("feedback_endpoint", "javascript:alert(1)"),
        ("feedback_endpoint", "//evil.example/collect"),
    ] {
        let built = Built::new(3712, 3712);
        let config = built.read("site.yaml");
        let start = config.find(&format!("{key}: ")).expect(key);
        let end = start + config[start..].find('\n').unwrap();
        let config = format!("{}{key}: \"{value}\"{}", &config[..start], &config[end..]);
        built.write("site.yaml", &config);
        let (line, col) = (config[..start].lines().count() + 1, key.len() + 3);
        built.refused(&[], &format!("site.yaml:{line}:{col}: {key} `{value}`"));
    }
}

fn run_in(built: &Built, args: &[&str], dir: &Path) -> Output {
    Command::new("timeout")
        .arg("60")
        .arg(env!("CARGO_BIN_EXE_portsite"))
        .args(args)
        .arg("--root")
        .arg(built.site.root())
        .current_dir(dir)
        .output()
        .unwrap()
}

#[test]
fn out_that_does_not_exist_yet_cannot_reach_the_sources_through_dot_dot() {
    let built = Built::new(3712, 3712);
    let root = fs::canonicalize(built.site.root()).unwrap();
    let sneaky = [
        root.join("static/../content/new-site"),
        root.join("static/not-yet/../../content/ports/new-site"),
        root.join("public/../templates/x/y"),
    ];
    for out in sneaky {
        built.refused(
            &["--out", out.to_str().unwrap()],
            "it is inside the site's sources",
        );
    }
    // Relative to the current folder, too.
    let output = run_in(
        &built,
        &["build", "--out", "../locales/x"],
        &root.join("static"),
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("it is inside the site's sources"),
        "{stderr}"
    );
    // Through a link that does not look like the sources.
    std::os::unix::fs::symlink(root.join("content"), root.join("innocent")).unwrap();
    built.refused(
        &["--out", root.join("innocent/new-site").to_str().unwrap()],
        "it is inside the site's sources",
    );
    for left in [
        "content/new-site",
        "content/ports/new-site",
        "templates/x",
        "locales/x",
    ] {
        assert!(!root.join(left).exists(), "{left} was created");
    }
}

#[test]
fn out_that_climbs_to_the_root_or_above_is_refused() {
    let built = Built::new(3712, 3712);
    let root = fs::canonicalize(built.site.root()).unwrap();
    let up = root.join("public/x/../..");
    built.refused(
        &["--out", up.to_str().unwrap()],
        "it is the site root or one of its parent folders",
    );
    let mut top = root.clone();
    for _ in root.components() {
        top.push("..");
    }
    built.refused(
        &["--out", top.to_str().unwrap()],
        "it is the filesystem root",
    );
}

#[test]
fn root_that_is_not_a_folder_is_refused_by_every_subcommand() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("site.yaml");
    fs::write(&file, "title: x\n").unwrap();
    let missing = dir.path().join("missing");
    let subcommands: [&[&str]; 5] = [
        &["build"],
        &["check"],
        &["new", "3712"],
        &["import-iana", "x.csv"],
        &["serve", "--bind", "127.0.0.1:0"],
    ];
    for args in subcommands {
        for (root, problem) in [
            (&missing, "No such file or directory"),
            (&file, "it is not a folder"),
        ] {
            let output = Command::new("timeout")
                .arg("30")
                .arg(env!("CARGO_BIN_EXE_portsite"))
                .args(args)
                .arg("--root")
                .arg(root)
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(output.status.code(), Some(1), "{args:?}:\n{stderr}");
            let expected = format!("error[argument]: --root `{}`: {problem}", root.display());
            assert!(stderr.starts_with(&expected), "{args:?}:\n{stderr}");
        }
    }
}

#[test]
fn serve_refuses_a_hostile_base_url_before_serving() {
    let built = Built::new(3712, 3712);
    let output = Command::new("timeout")
        .arg("60")
        .arg(env!("CARGO_BIN_EXE_portsite"))
        .args([
            "serve",
            "--bind",
            "127.0.0.1:0",
            "--base-url",
            "javascript:alert(1)",
        ])
        .arg("--root")
        .arg(built.site.root())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.starts_with(
            "error[argument]: --base-url `javascript:alert(1)` must start with https://"
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("serving"), "{stderr}");
}
