//! Class-based syntax highlighting with syntect and two-face's extra syntaxes.

use std::sync::Arc;

use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::{SyntaxReference, SyntaxSet};
use syntect::util::LinesWithEndings;

use super::MarkdownError;
use super::prune::StyledClasses;
use super::stylesheet::palettes;

/// The class prefix of every highlighted token; the stylesheet uses the same prefix.
pub(crate) const CLASS_STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

/// Highlights code into class-based HTML. Build it once per build and share it: loading the
/// syntax set is the costly part, highlighting itself only reads it.
#[derive(Clone)]
pub struct Highlighter {
    syntaxes: Arc<SyntaxSet>,
    styled: Arc<StyledClasses>,
}

impl Default for Highlighter {
    fn default() -> Self {
        Highlighter::new()
    }
}

impl std::fmt::Debug for Highlighter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Highlighter")
            .field("syntaxes", &self.syntaxes.syntaxes().len())
            .finish()
    }
}

/// Maps the names people write on code fences to a token syntect knows. Sublime's names
/// ("Bourne Again Shell (bash)", "Batch File") are not what anyone types.
fn canonical_token(token: &str) -> &str {
    match token.to_ascii_lowercase().as_str() {
        "sh" | "shell" | "bash" | "zsh" | "console" | "shell-session" => "bash",
        "powershell" | "pwsh" | "posh" | "ps1" | "ps" => "ps1",
        "cmd" | "batch" | "bat" => "bat",
        "yml" | "yaml" => "yaml",
        "text" | "plain" | "plaintext" | "txt" => "txt",
        _ => token,
    }
}

impl Highlighter {
    /// Loads two-face's extra syntax set (which has PowerShell, Batch File and Bash).
    pub fn new() -> Highlighter {
        let (light, dark) = palettes();
        Highlighter {
            syntaxes: Arc::new(two_face::syntax::extra_newlines()),
            styled: Arc::new(StyledClasses::from_palettes(&[&light, &dark])),
        }
    }

    /// Whether `token` (a code-fence language such as "bash", "ps1", "cmd", "yaml") is known.
    pub fn has_syntax(&self, token: &str) -> bool {
        self.syntax(token).is_some()
    }

    pub(crate) fn syntax(&self, token: &str) -> Option<&SyntaxReference> {
        let token = token.trim();
        if token.is_empty() {
            return None;
        }
        self.syntaxes.find_syntax_by_token(canonical_token(token))
    }

    /// Highlights `code` as the language `token` and returns the inner HTML of a code block
    /// (spans with `hl-` classes, no `<pre>`, no inline styles).
    pub fn highlight(&self, code: &str, token: &str) -> Result<String, MarkdownError> {
        let syntax = self
            .syntax(token)
            .ok_or_else(|| MarkdownError::UnknownSyntax {
                token: token.to_string(),
            })?;
        self.highlight_with(code, syntax, token)
    }

    pub(crate) fn highlight_with(
        &self,
        code: &str,
        syntax: &SyntaxReference,
        token: &str,
    ) -> Result<String, MarkdownError> {
        let mut generator =
            ClassedHTMLGenerator::new_with_class_style(syntax, &self.syntaxes, CLASS_STYLE);
        for line in LinesWithEndings::from(code) {
            generator
                .parse_html_for_line_which_includes_newline(line)
                .map_err(|source| MarkdownError::Highlight {
                    token: token.to_string(),
                    source,
                })?;
        }
        Ok(self.styled.prune(&generator.finalize()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn highlighter_can_be_shared_across_threads() {
        assert_send_sync::<Highlighter>();
    }

    #[test]
    fn knows_the_shells_of_the_check_commands_and_common_languages() {
        let hl = Highlighter::new();
        for token in [
            "bash",
            "sh",
            "shell",
            "powershell",
            "PowerShell",
            "ps1",
            "cmd",
            "bat",
            "batch",
            "yaml",
            "rust",
        ] {
            assert!(hl.has_syntax(token), "{token} should be known");
        }
        assert!(!hl.has_syntax("no-such-language"));
        assert!(!hl.has_syntax(""));
    }

    #[test]
    fn output_uses_prefixed_classes_and_no_inline_styles() {
        let hl = Highlighter::new();
        let html = hl
            .highlight("Get-NetTCPConnection -LocalPort 3712\n", "powershell")
            .unwrap();
        assert!(html.contains("class=\"hl-"), "{html}");
        assert!(!html.contains("style="), "{html}");
        assert!(!html.contains("<pre"), "{html}");
        assert!(html.contains("3712"));
    }

    #[test]
    fn code_is_escaped() {
        let hl = Highlighter::new();
        let html = hl.highlight("echo '<b>' && ls\n", "bash").unwrap();
        assert!(html.contains("&lt;b&gt;"), "{html}");
        assert!(html.contains("&amp;&amp;"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
    }

    #[test]
    fn unknown_language_is_an_error_naming_it() {
        let hl = Highlighter::new();
        let err = hl.highlight("x", "klingon").unwrap_err();
        assert!(matches!(&err, MarkdownError::UnknownSyntax { token } if token == "klingon"));
        assert!(err.to_string().contains("klingon"));
    }
}
