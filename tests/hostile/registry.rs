//! A registry whose rows cover huge ranges: every row is stored once, so a few kilobytes
//! of CSV cost a few megabytes, for every subcommand that reads the registry.

use std::fs;
use std::path::Path;
use std::process::Output;

use crate::harness::Built;

const REGISTRY: &str = "content/registry/service-names-port-numbers.csv";

/// The IANA header and `rows` rows each covering every port (45 KB for 1,000 rows).
fn ranges_everywhere(header: &str, rows: usize) -> String {
    let mut csv = format!("{header}\n");
    for i in 0..rows {
        csv.push_str(&format!("svc{i},0-65535,tcp,Hostile range {i},,,,,,,,\n"));
    }
    csv
}

/// Runs portsite with `args` under a 1 GiB address-space limit (the old per-port copies
/// of 1,000 such rows needed about 22 GB).
fn limited(args: &[&str], root: &Path) -> Output {
    std::process::Command::new("sh")
        .arg("-c")
        .arg("ulimit -v 1048576 && exec timeout 120 \"$PORTSITE_BIN\" \"$@\"")
        .arg("sh")
        .args(args)
        .arg("--root")
        .arg(root)
        .env("PORTSITE_BIN", env!("CARGO_BIN_EXE_portsite"))
        .output()
        .unwrap()
}

#[test]
fn a_thousand_rows_over_every_port_build_in_bounded_memory() {
    let built = Built::new(3712, 3713);
    let header = built.read(REGISTRY).lines().next().unwrap().to_string();
    built.write(REGISTRY, &ranges_everywhere(&header, 1000));
    let output = limited(&["build"], built.site.root());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    // Every range row is on every page, once, in file order.
    let page = built.site.page("/ports/3713/");
    for name in ["svc0", "svc500", "svc999"] {
        assert_eq!(page.matches(&format!(">{name}<")).count(), 1, "{name}");
    }
    assert!(page.find(">svc998<").unwrap() < page.find(">svc999<").unwrap());
    let home = built.site.page("/");
    assert!(home.contains("65,536"), "every port counts as assigned");
    let check = limited(&["check"], built.site.root());
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert!(
        !stderr.contains("memory") && check.status.code().is_some(),
        "{stderr}"
    );
}

#[test]
fn import_of_a_thousand_rows_over_every_port_runs_in_bounded_memory() {
    let built = Built::new(3712, 3712);
    let header = built.read(REGISTRY).lines().next().unwrap().to_string();
    let download = built.site.root().join("download.csv");
    fs::write(&download, ranges_everywhere(&header, 1000)).unwrap();
    let output = limited(
        &["import-iana", download.to_str().unwrap()],
        built.site.root(),
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains("1000 added, 14500 removed, 0 changed"),
        "{stdout}"
    );
}
