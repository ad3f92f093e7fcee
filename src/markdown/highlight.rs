//! Syntax highlighting with syntect and two-face's extra syntaxes, written as flat runs of
//! one short element per token style (`<h-b>Get-Process</h-b>`, `token_classes.rs`).
//!
//! The elements are autonomous custom elements: valid HTML wherever phrasing content is,
//! inline and without a role of their own like `<span>`, and styled by
//! `.hl-code h-b` in the generated stylesheet. `<h-b>…</h-b>` is 11 bytes of markup where
//! `<span class=b>…</span>` is 22; a page carries about fifty of them.

use std::sync::Arc;

use syntect::parsing::{ParseState, ScopeStack, SyntaxReference, SyntaxSet};
use syntect::util::LinesWithEndings;

use super::MarkdownError;
use super::escape::push_html_text;
use super::stylesheet::themes;
use super::token_classes::{Classifier, TokenClasses, class_name};

/// Highlights code into class-based HTML. Build it once per build and share it: loading the
/// syntax set is the costly part, highlighting itself only reads it.
#[derive(Clone)]
pub struct Highlighter {
    syntaxes: Arc<SyntaxSet>,
    classes: Arc<TokenClasses>,
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
        let (light, dark) = themes();
        Highlighter {
            syntaxes: Arc::new(two_face::syntax::extra_newlines()),
            classes: Arc::new(TokenClasses::new(light, dark)),
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

    /// The token styles and their classes, for the stylesheet.
    pub(crate) fn classes(&self) -> &TokenClasses {
        &self.classes
    }

    /// Highlights `code` as the language `token` and returns the inner HTML of a code block
    /// (flat runs of `<h-…>` elements, one per token style, no `<pre>`, no inline styles).
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
        let fail = |source: syntect::Error| MarkdownError::Highlight {
            token: token.to_string(),
            source,
        };
        let mut state = ParseState::new(syntax);
        let mut stack = ScopeStack::new();
        let mut spans = Spans::new(self.classes.classifier(), code.len());
        for line in LinesWithEndings::from(code) {
            let ops = state
                .parse_line(line, &self.syntaxes)
                .map_err(|e| fail(e.into()))?;
            let mut done = 0;
            for (at, op) in ops {
                if at > done {
                    spans.push(&line[done..at], &stack);
                    done = at;
                }
                stack.apply(&op).map_err(|e| fail(e.into()))?;
            }
            spans.push(&line[done..], &stack);
        }
        Ok(spans.finish())
    }
}

/// Writes tokens as flat runs: no element for plain-looking text, one `<h-…>` element for a
/// run of neighbouring tokens with the same class (whitespace between them included, since a colour
/// or font style does not change how a space looks).
struct Spans<'a> {
    classifier: Classifier<'a>,
    html: String,
    /// The class of the span left open, if any.
    open: Option<usize>,
    /// Whitespace seen after the open span, not yet written.
    pending: String,
}

impl<'a> Spans<'a> {
    fn new(classifier: Classifier<'a>, len: usize) -> Spans<'a> {
        Spans {
            classifier,
            html: String::with_capacity(len * 2),
            open: None,
            pending: String::new(),
        }
    }

    fn push(&mut self, text: &str, stack: &ScopeStack) {
        if text.is_empty() {
            return;
        }
        let class = self.classifier.class_of(stack.as_slice());
        let blank = text.chars().all(char::is_whitespace);
        if blank && class.is_none_or(|c| !self.classifier.style(c).marks_whitespace()) {
            if self.open.is_some() {
                self.pending.push_str(text);
            } else {
                push_html_text(&mut self.html, text);
            }
            return;
        }
        if class != self.open {
            self.close();
            if let Some(c) = class {
                self.html.push_str("<h-");
                self.html.push_str(&class_name(c));
                self.html.push('>');
            }
            self.open = class;
        }
        let pending = std::mem::take(&mut self.pending);
        push_html_text(&mut self.html, &pending);
        push_html_text(&mut self.html, text);
    }

    fn close(&mut self) {
        if let Some(c) = self.open.take() {
            self.html.push_str("</h-");
            self.html.push_str(&class_name(c));
            self.html.push('>');
        }
        let pending = std::mem::take(&mut self.pending);
        push_html_text(&mut self.html, &pending);
    }

    fn finish(mut self) -> String {
        self.close();
        self.html
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
    fn output_uses_short_classes_and_no_inline_styles() {
        let hl = Highlighter::new();
        let html = hl
            .highlight("Get-NetTCPConnection -LocalPort 3712\n", "powershell")
            .unwrap();
        assert!(html.starts_with("<h-"), "{html}");
        assert!(!html.contains("<span"), "{html}");
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
