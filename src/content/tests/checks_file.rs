//! `content/checks.yaml`: commands per platform, each with the `{port}` placeholder.

use std::path::Path;

use crate::content::{PlatformId, load_checks, parse_checks};
use crate::port::Port;

fn error(yaml: &str) -> String {
    parse_checks(Path::new("content/checks.yaml"), yaml.as_bytes())
        .unwrap_err()
        .located()
}

#[test]
fn checks_load_in_platform_order() {
    let checks = load_checks(&super::fixture("site")).unwrap();
    let ids: Vec<PlatformId> = checks.platforms.iter().map(|p| p.id).collect();
    assert_eq!(
        ids,
        [PlatformId::Macos, PlatformId::Linux, PlatformId::Windows]
    );
    let windows = &checks.platforms[2].commands;
    assert_eq!(windows[0].syntax, "powershell");
    assert_eq!(windows[1].syntax, "cmd");
    assert_eq!(
        windows[1].for_port(Port::new(3712)),
        "netstat -ano | findstr :3712"
    );
    assert_eq!(
        checks.platforms[0].commands[0].explain.as_deref(),
        Some("check-lsof")
    );
}

#[test]
fn command_without_placeholder_names_its_position() {
    let yaml = "macos: []\nlinux:\n  - syntax: bash\n    command: ss -ltnp\nwindows: []\n";
    assert_eq!(
        error(yaml),
        "content/checks.yaml:4:14: linux[0].command: command `ss -ltnp` has no `{port}` \
         placeholder; write `{port}` where the port number goes"
    );
}

#[test]
fn unknown_platform_suggests_the_close_one() {
    let yaml = "macos: []\nlinx: []\nwindows: []\n";
    assert_eq!(
        error(yaml),
        "content/checks.yaml:2:1: unknown field `linx`, expected one of `macos`, `linux`, \
         `windows` — did you mean `linux`?"
    );
}

#[test]
fn unknown_syntax_lists_the_known_ones() {
    let yaml = "macos: []\nlinux: []\nwindows:\n  - syntax: powershel\n    command: x {port}\n";
    assert_eq!(
        error(yaml),
        "content/checks.yaml:4:13: unknown value `powershel`, expected one of `bash`, \
         `powershell`, `cmd` — did you mean `powershell`?"
    );
}

#[test]
fn missing_checks_file_says_which_file() {
    let dir = tempfile::tempdir().unwrap();
    let err = load_checks(dir.path()).unwrap_err().located();
    assert!(
        err.starts_with("content/checks.yaml:1:1: cannot read this file ("),
        "{err}"
    );
}
