//! Trims highlighting markup to what the stylesheet can match.
//!
//! syntect writes one span per scope with every scope atom as a class (`hl-meta
//! hl-function-call hl-arguments hl-shell`), most of which neither theme styles. A class no
//! selector names cannot change how anything looks, so it is dropped; a span whose classes
//! satisfy no compound selector of either theme cannot either (not even as an ancestor in a
//! descendant selector), so it is unwrapped. The rendering stays identical.

use std::collections::HashSet;

use super::stylesheet::Palette;

/// The compound class selectors of the highlighting stylesheet.
#[derive(Debug, Default)]
pub(crate) struct StyledClasses {
    /// Each compound selector as the class names it requires (`["hl-keyword", "hl-control"]`).
    compounds: Vec<Vec<String>>,
    /// Every class name any selector mentions.
    named: HashSet<String>,
}

impl StyledClasses {
    /// Collects every compound selector of the given palettes.
    pub(crate) fn from_palettes(palettes: &[&Palette]) -> StyledClasses {
        let mut seen = HashSet::new();
        for palette in palettes {
            for (selectors, _) in &palette.rules {
                for selector in selectors {
                    for compound in selector.split(' ').filter(|c| !c.is_empty()) {
                        let classes: Vec<String> = compound
                            .split('.')
                            .filter(|c| !c.is_empty())
                            .map(|c| c.replace('\\', ""))
                            .collect();
                        seen.insert(classes);
                    }
                }
            }
        }
        let named = seen.iter().flatten().cloned().collect();
        StyledClasses {
            compounds: seen.into_iter().collect(),
            named,
        }
    }

    /// Whether an element with these space-separated classes can match any selector part.
    fn is_styled(&self, classes: &str) -> bool {
        let have: Vec<&str> = classes.split(' ').collect();
        self.compounds
            .iter()
            .any(|needed| needed.iter().all(|n| have.contains(&n.as_str())))
    }

    /// `html` (syntect's class-based output) without the spans that nothing styles.
    pub(crate) fn prune(&self, html: &str) -> String {
        const OPEN: &str = "<span class=\"";
        let mut out = String::with_capacity(html.len());
        let mut kept: Vec<bool> = Vec::new();
        let mut rest = html;
        while let Some(at) = rest.find('<') {
            out.push_str(&rest[..at]);
            rest = &rest[at..];
            if let Some(tail) = rest.strip_prefix(OPEN)
                && let Some(end) = tail.find("\">")
            {
                let classes = &tail[..end];
                let keep = self.is_styled(classes);
                if keep {
                    out.push_str(OPEN);
                    let mut first = true;
                    for class in classes.split(' ').filter(|c| self.named.contains(*c)) {
                        if !first {
                            out.push(' ');
                        }
                        out.push_str(class);
                        first = false;
                    }
                    out.push_str("\">");
                }
                kept.push(keep);
                rest = &tail[end + 2..];
            } else if let Some(tail) = rest.strip_prefix("</span>") {
                if kept.pop().unwrap_or(true) {
                    out.push_str("</span>");
                }
                rest = tail;
            } else {
                // Text is escaped, so any other `<` would be a generator change: keep it as is.
                out.push('<');
                rest = &rest[1..];
            }
        }
        out.push_str(rest);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn styled(compounds: &[&[&str]]) -> StyledClasses {
        let compounds: Vec<Vec<String>> = compounds
            .iter()
            .map(|c| c.iter().map(|s| s.to_string()).collect())
            .collect();
        let named = compounds.iter().flatten().cloned().collect();
        StyledClasses { compounds, named }
    }

    #[test]
    fn unstyled_spans_are_unwrapped_and_styled_ones_kept() {
        let styles = styled(&[&["hl-keyword"], &["hl-string", "hl-quoted"]]);
        let html = concat!(
            r#"<span class="hl-source hl-shell"><span class="hl-keyword hl-control">if</span> "#,
            r#"<span class="hl-meta"><span class="hl-string hl-quoted hl-single">&#39;x&#39;</span></span></span>"#
        );
        assert_eq!(
            styles.prune(html),
            concat!(
                r#"<span class="hl-keyword">if</span> "#,
                r#"<span class="hl-string hl-quoted">&#39;x&#39;</span>"#
            )
        );
    }

    #[test]
    fn a_compound_needs_all_its_classes() {
        let styles = styled(&[&["hl-string", "hl-quoted"]]);
        assert_eq!(styles.prune(r#"<span class="hl-string">a</span>"#), "a");
    }
}
