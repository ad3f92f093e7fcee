//! The "what is listening" commands of every port page find port N and only port N: not
//! N0, not 1N, not N followed by more digits. The Linux and macOS commands are run for
//! real against listeners on loopback (lsof works the same on Linux); the Windows
//! `findstr` filter is applied, with findstr's literal `/C:` semantics, to netstat lines.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::Command;

use portsite::content::{CheckCommand, PlatformId, load_checks};
use portsite::port::Port;

fn commands(platform: PlatformId) -> Vec<CheckCommand> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let checks = load_checks(&root).expect("content/checks.yaml loads");
    checks
        .platforms
        .into_iter()
        .find(|p| p.id == platform)
        .map(|p| p.commands)
        .unwrap_or_default()
}

/// Ports that a sloppy filter for `port` would also match.
fn lookalikes(port: u16) -> Vec<u16> {
    let text = port.to_string();
    [
        format!("{text}0"),
        format!("1{text}"),
        format!("{text}{text}"),
        format!("{}", port / 10),
    ]
    .iter()
    .filter_map(|t| t.parse().ok())
    .filter(|p| *p != port && *p != 0)
    .collect()
}

/// A `netstat -ano` line with local port `local` and remote port `remote`.
fn netstat_line(local: u16, remote: u16) -> String {
    format!("  TCP    192.168.1.20:{local:<10}  203.0.113.9:{remote:<10}  ESTABLISHED     4242")
}

/// The literal string of findstr's `/C:"…"` option in a command line.
fn findstr_literal(command: &str) -> String {
    let after = command
        .split_once("findstr /C:\"")
        .expect("the Windows filter uses findstr /C:\"…\"")
        .1;
    after.split_once('"').expect("closing quote").0.to_string()
}

#[test]
fn the_windows_filter_matches_the_port_and_no_lookalike() {
    let netstat = commands(PlatformId::Windows)
        .into_iter()
        .find(|c| c.command.contains("netstat"))
        .expect("a netstat command");
    for port in [1u16, 22, 53, 80, 443, 3712, 6553, 65535] {
        let literal = findstr_literal(&netstat.for_port(Port::new(port)));
        // findstr /C: compares literally; netstat separates columns with spaces.
        let matches = |line: &str| line.contains(&literal);
        assert!(matches(&netstat_line(port, 50000)), "{port}: local port");
        assert!(matches(&netstat_line(50000, port)), "{port}: remote port");
        for other in lookalikes(port) {
            let line = netstat_line(other, 50001);
            assert!(!matches(&line), "{port}: `{literal}` also matches {line}");
        }
    }
}

#[test]
fn powershell_filters_by_the_exact_port_number() {
    for command in commands(PlatformId::Windows) {
        if command.syntax == "powershell" {
            let text = command.for_port(Port::new(53));
            assert!(text.contains("-LocalPort 53 "), "{text}");
            assert!(!text.contains('*'), "no wildcard: {text}");
        }
    }
}

/// Runs a check command as the page shows it, without `sudo` when already root.
fn run(command: &str) -> Option<String> {
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0"));
    let command = match command.strip_prefix("sudo ") {
        Some(rest) if is_root => rest.to_string(),
        _ => command.to_string(),
    };
    let output = Command::new("sh").arg("-c").arg(&command).output().ok()?;
    Some(String::from_utf8_lossy(&output.stdout).into_owned())
}

fn has_tool(tool: &str) -> bool {
    Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {tool}"))
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Binds a free port whose lookalikes are also free, and binds them all.
fn listeners() -> (u16, Vec<u16>, Vec<TcpListener>) {
    for candidate in (20_000u16..30_000).step_by(97) {
        let others = lookalikes(candidate);
        let bound: Vec<TcpListener> = std::iter::once(candidate)
            .chain(others.iter().copied())
            .filter_map(|p| TcpListener::bind(("127.0.0.1", p)).ok())
            .collect();
        if bound.len() == others.len() + 1 {
            return (candidate, others, bound);
        }
    }
    panic!("no free port with free lookalikes");
}

fn assert_lists_only(output: &str, port: u16, others: &[u16], command: &str) {
    assert!(
        output.contains(&format!(":{port} ")) || output.contains(&format!(":{port}\n")),
        "`{command}` does not list port {port}:\n{output}"
    );
    for other in others {
        assert!(
            !output.contains(&format!(":{other} ")) && !output.contains(&format!(":{other}\n")),
            "`{command}` also lists port {other}:\n{output}"
        );
    }
}

#[test]
fn the_linux_and_macos_commands_find_the_listener_and_no_lookalike() {
    let (port, others, _held) = listeners();
    let mut ran = 0;
    for platform in [PlatformId::Linux, PlatformId::Macos] {
        for command in commands(platform) {
            let text = command.for_port(Port::new(port));
            let tool = text
                .trim_start_matches("sudo ")
                .split(' ')
                .next()
                .unwrap_or("");
            if !has_tool(tool) || text.contains("-iUDP") {
                continue;
            }
            let output = run(&text).expect("the command runs");
            assert_lists_only(&output, port, &others, &text);
            ran += 1;
        }
    }
    assert!(
        ran >= 1,
        "neither ss nor lsof is installed: install iproute2 and lsof (.ci/run does)"
    );
}
