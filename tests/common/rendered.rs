//! Reading the diagnostics portsite prints back into one line each.

/// The diagnostics rendered in `stderr`, one a line as `location: message; help` (the
/// house rule the messages are written by), so that each case states the position and
/// the wording it expects without restating the renderer's layout, which
/// tests/diagnostics.rs snapshots. A header without a `-->` line keeps its bare message.
pub fn one_line(stderr: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut current: Option<(String, Option<String>, Option<String>)> = None;
    let flush = |current: &mut Option<(String, Option<String>, Option<String>)>,
                 out: &mut Vec<String>| {
        if let Some((message, location, help)) = current.take() {
            let mut line = match location {
                Some(location) => format!("{location}: {message}"),
                None => message,
            };
            if let Some(help) = help {
                line = format!("{line}; {help}");
            }
            out.push(line);
        }
    };
    for line in stderr.lines() {
        let header = ["error[", "warning["]
            .iter()
            .find_map(|start| line.strip_prefix(start))
            .and_then(|rest| rest.split_once("]: "));
        if let Some((_, message)) = header {
            flush(&mut current, &mut out);
            current = Some((message.to_string(), None, None));
            continue;
        }
        let trimmed = line.trim_start();
        if let Some((_, location, help)) = current.as_mut() {
            if let Some(at) = trimmed.strip_prefix("--> ") {
                *location = Some(at.to_string());
                continue;
            } else if let Some(text) = trimmed.strip_prefix("= help: ") {
                *help = Some(text.to_string());
                continue;
            }
        }
        let excerpt = line
            .split_once(" |")
            .is_some_and(|(number, _)| number.chars().all(|c| c.is_ascii_digit()));
        if !line.starts_with(' ') && !line.is_empty() && !excerpt {
            flush(&mut current, &mut out);
            out.push(line.to_string());
        }
    }
    flush(&mut current, &mut out);
    out.join("\n")
}
