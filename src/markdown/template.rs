//! Highlight a command once and stamp any port number into the result.
//!
//! Highlighting costs ~90 µs per block; 65,536 ports × 4 locales × several commands would
//! spend minutes redoing the same work. A command differs between ports only by the number,
//! so it is highlighted once with a sentinel number in place of the placeholder and the HTML
//! is split at the sentinel.

use std::fmt::Write as _;

use super::{Highlighter, MarkdownError};
use crate::port::Port;

/// Five-digit numbers tried as the sentinel, in order; the first one absent from the code
/// (and from the highlighted HTML) is used. Each is a valid port, so grammars see a port.
const SENTINELS: [&str; 6] = ["47213", "58031", "36917", "29483", "61729", "50263"];

/// Ports checked against a direct highlight before a split template is trusted.
const PROBE_PORTS: [Port; 3] = [Port::MIN, Port::new(80), Port::MAX];

/// Highlighted HTML for a command, ready to be rendered for any port without re-highlighting.
#[derive(Debug, Clone)]
pub struct HighlightedTemplate {
    kind: TemplateKind,
}

#[derive(Clone)]
enum TemplateKind {
    /// HTML pieces; the port number goes between consecutive pieces.
    Split(Vec<String>),
    /// The grammar treats the number differently depending on its value, so splitting would
    /// be wrong: highlight per port instead (slow, but correct).
    PerPort {
        highlighter: Highlighter,
        code_parts: Vec<String>,
        token: String,
    },
}

impl std::fmt::Debug for TemplateKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TemplateKind::Split(parts) => f.debug_tuple("Split").field(parts).finish(),
            TemplateKind::PerPort { token, .. } => f.debug_tuple("PerPort").field(token).finish(),
        }
    }
}

impl HighlightedTemplate {
    /// The highlighted HTML with `port` in place of the placeholder.
    pub fn render(&self, port: Port) -> String {
        let mut out = String::new();
        self.render_into(port, &mut out);
        out
    }

    /// Appends the highlighted HTML with `port` in place of the placeholder to `out`.
    pub fn render_into(&self, port: Port, out: &mut String) {
        match &self.kind {
            TemplateKind::Split(parts) => join_with_port(parts, port, out),
            TemplateKind::PerPort {
                highlighter,
                code_parts,
                token,
            } => {
                let mut code = String::new();
                join_with_port(code_parts, port, &mut code);
                // The grammar was resolved when the template was built, so this cannot meet
                // an unknown token; a parse failure falls back to the escaped plain code.
                match highlighter.highlight(&code, token) {
                    Ok(html) => out.push_str(&html),
                    Err(_) => super::escape::push_html_text(out, &code),
                }
            }
        }
    }

    /// Whether rendering reuses one highlight (true for every ordinary command).
    pub fn is_precomputed(&self) -> bool {
        matches!(self.kind, TemplateKind::Split(_))
    }
}

fn join_with_port(parts: &[String], port: Port, out: &mut String) {
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            // Writing to a String cannot fail.
            let _ = write!(out, "{port}");
        }
        out.push_str(part);
    }
}

impl Highlighter {
    /// Highlights `code`, which contains `placeholder` (e.g. "{port}") zero or more times, once,
    /// and returns a template that renders the same HTML as highlighting the code with the
    /// real port would.
    pub fn template(
        &self,
        code: &str,
        placeholder: &str,
        token: &str,
    ) -> Result<HighlightedTemplate, MarkdownError> {
        let syntax = self
            .syntax(token)
            .ok_or_else(|| MarkdownError::UnknownSyntax {
                token: token.to_string(),
            })?;
        let code_parts: Vec<String> = if placeholder.is_empty() {
            vec![code.to_string()]
        } else {
            code.split(placeholder).map(str::to_string).collect()
        };
        if let Some(parts) = self.split_template(&code_parts, token)? {
            let template = HighlightedTemplate {
                kind: TemplateKind::Split(parts),
            };
            if self.agrees_with_direct(&template, &code_parts, syntax, token)? {
                return Ok(template);
            }
        }
        Ok(HighlightedTemplate {
            kind: TemplateKind::PerPort {
                highlighter: self.clone(),
                code_parts,
                token: token.to_string(),
            },
        })
    }

    /// Highlights with a sentinel number and splits the HTML there; `None` when no sentinel
    /// survives highlighting intact exactly once per placeholder.
    fn split_template(
        &self,
        code_parts: &[String],
        token: &str,
    ) -> Result<Option<Vec<String>>, MarkdownError> {
        let joined_raw = code_parts.concat();
        for sentinel in SENTINELS {
            if joined_raw.contains(sentinel) {
                continue;
            }
            let html = self.highlight(&code_parts.join(sentinel), token)?;
            let parts: Vec<String> = html.split(sentinel).map(str::to_string).collect();
            if parts.len() == code_parts.len() {
                return Ok(Some(parts));
            }
        }
        Ok(None)
    }

    fn agrees_with_direct(
        &self,
        template: &HighlightedTemplate,
        code_parts: &[String],
        syntax: &syntect::parsing::SyntaxReference,
        token: &str,
    ) -> Result<bool, MarkdownError> {
        for port in PROBE_PORTS {
            let mut code = String::new();
            join_with_port(code_parts, port, &mut code);
            if self.highlight_with(&code, syntax, token)? != template.render(port) {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMMANDS: [(&str, &str); 4] = [
        ("sudo lsof -nP -iTCP:{port} -sTCP:LISTEN\n", "bash"),
        ("ss -ltnp 'sport = :{port}'\n", "sh"),
        (
            "Get-NetTCPConnection -LocalPort {port} -State Listen |\n  Select-Object OwningProcess\n",
            "powershell",
        ),
        ("netstat -ano | findstr :{port}\n", "cmd"),
    ];

    #[test]
    fn template_equals_direct_highlight_for_many_ports_and_all_shells() {
        let hl = Highlighter::new();
        for (code, token) in COMMANDS {
            let template = hl.template(code, "{port}", token).unwrap();
            assert!(template.is_precomputed(), "{token}: {template:?}");
            for port in [
                0u16, 1, 7, 22, 80, 443, 3712, 8080, 9999, 10000, 49152, 65535,
            ] {
                let direct = hl
                    .highlight(&code.replace("{port}", &port.to_string()), token)
                    .unwrap();
                assert_eq!(
                    template.render(Port::new(port)),
                    direct,
                    "{token} port {port}"
                );
            }
        }
    }

    #[test]
    fn placeholder_may_repeat_or_be_absent() {
        let hl = Highlighter::new();
        let code = "nc -zv localhost {port} && echo {port} open\n";
        let template = hl.template(code, "{port}", "bash").unwrap();
        let direct = hl
            .highlight(&code.replace("{port}", "3712"), "bash")
            .unwrap();
        assert_eq!(template.render(Port::new(3712)), direct);

        let fixed = hl.template("netstat -an\n", "{port}", "bash").unwrap();
        assert_eq!(
            fixed.render(Port::new(1)),
            hl.highlight("netstat -an\n", "bash").unwrap()
        );
    }

    #[test]
    fn code_that_already_contains_a_sentinel_still_renders_correctly() {
        let hl = Highlighter::new();
        let code = format!("echo {} {{port}}\n", SENTINELS[0]);
        let template = hl.template(&code, "{port}", "bash").unwrap();
        let direct = hl
            .highlight(&code.replace("{port}", "443"), "bash")
            .unwrap();
        assert_eq!(template.render(Port::new(443)), direct);
    }

    #[test]
    fn render_into_appends() {
        let hl = Highlighter::new();
        let template = hl.template("ss -ltn :{port}\n", "{port}", "bash").unwrap();
        let mut out = String::from("<code>");
        template.render_into(Port::new(22), &mut out);
        assert!(out.starts_with("<code>") && out.contains("22"), "{out}");
    }

    #[test]
    fn unknown_language_is_reported() {
        let hl = Highlighter::new();
        assert!(matches!(
            hl.template("x {port}", "{port}", "klingon"),
            Err(MarkdownError::UnknownSyntax { .. })
        ));
    }
}

#[cfg(test)]
mod port_properties {
    use std::sync::OnceLock;

    use proptest::prelude::*;

    use super::*;

    fn templates() -> &'static (Highlighter, Vec<(String, HighlightedTemplate)>) {
        static T: OnceLock<(Highlighter, Vec<(String, HighlightedTemplate)>)> = OnceLock::new();
        T.get_or_init(|| {
            let hl = Highlighter::new();
            let list = [
                ("sudo lsof -nP -iTCP:{port} -sTCP:LISTEN\n", "bash"),
                ("Get-NetTCPConnection -LocalPort {port}\n", "powershell"),
                ("netstat -ano | findstr :{port}\n", "cmd"),
            ]
            .into_iter()
            .map(|(code, token)| {
                let t = hl.template(code, "{port}", token).unwrap();
                (format!("{code}\u{0}{token}"), t)
            })
            .collect();
            (hl, list)
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        #[test]
        fn any_port_renders_like_a_direct_highlight(port in any::<u16>()) {
            let (hl, list) = templates();
            for (key, template) in list {
                let (code, token) = key.split_once('\u{0}').unwrap();
                let direct = hl.highlight(&code.replace("{port}", &port.to_string()), token).unwrap();
                prop_assert_eq!(template.render(Port::new(port)), direct);
            }
        }
    }
}
