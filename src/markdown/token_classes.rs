//! One short class per token style, instead of one span per syntax scope.
//!
//! syntect's class-based output writes a span for every scope with every scope atom as a
//! class (`hl-meta hl-function-call hl-arguments hl-shell`), nested as deep as the grammar
//! goes: most of a highlighted command's bytes. What a reader sees of a token is only its
//! colour and font style in the light and in the dark theme, so each distinct pair of those
//! gets one short class (`a`, `b`, …, `aa`), written as the element `<h-a>` (`highlight.rs`);
//! tokens that look like plain text get no element, and neighbouring tokens that look the
//! same share one.
//!
//! The classes must be known before any code is highlighted (the stylesheet is written once,
//! and `serve` renders pages in any order), so they are enumerated from the themes: a token's
//! colour comes from the best-matching theme rule that sets a colour, its font style from the
//! best-matching rule that sets one. The two themes have the same rules in the same order
//! (Coldark's light and dark variants; a test checks it), so the same rule wins in both, and
//! every style a token can have is (colour of rule i, font of rule j) for some i and j.

use std::collections::HashMap;

use syntect::highlighting::{Color, FontStyle, Highlighter as ThemeHighlighter, Theme};
use syntect::parsing::Scope;

use super::contrast::{AA_NORMAL_TEXT, readable};

/// How a token looks in one theme, with its colour already made readable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Look {
    pub(crate) color: Color,
    pub(crate) font: FontStyle,
}

/// How a token looks in the light and in the dark theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct TokenStyle {
    pub(crate) light: Look,
    pub(crate) dark: Look,
}

impl TokenStyle {
    /// Whether whitespace in this style looks different from plain whitespace.
    pub(crate) fn marks_whitespace(&self) -> bool {
        self.light.font.contains(FontStyle::UNDERLINE)
            || self.dark.font.contains(FontStyle::UNDERLINE)
    }
}

/// One theme's code colours.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Base {
    pub(crate) foreground: Color,
    pub(crate) background: Color,
}

/// The light and dark themes and the class of every token style they can produce.
pub(crate) struct TokenClasses {
    light: Theme,
    dark: Theme,
    pub(crate) light_base: Base,
    pub(crate) dark_base: Base,
    styles: Vec<TokenStyle>,
    index: HashMap<TokenStyle, usize>,
}

fn base(theme: &Theme) -> Base {
    let background = theme.settings.background.unwrap_or(Color::WHITE);
    let foreground = readable(
        theme.settings.foreground.unwrap_or(Color::BLACK),
        background,
        AA_NORMAL_TEXT,
    );
    Base {
        foreground,
        background,
    }
}

fn look(color: Option<Color>, font: Option<FontStyle>, base: Base) -> Look {
    Look {
        color: color.map_or(base.foreground, |c| {
            readable(c, base.background, AA_NORMAL_TEXT)
        }),
        font: font.unwrap_or(FontStyle::empty()),
    }
}

/// Whether two themes have the same rules in the same order: the same selectors, each
/// setting a colour in both or in neither, and a font style in both or in neither. Then the
/// same rule wins in both themes for any token.
pub(crate) fn same_rules(a: &Theme, b: &Theme) -> bool {
    a.scopes.len() == b.scopes.len()
        && a.scopes.iter().zip(&b.scopes).all(|(x, y)| {
            x.scope == y.scope
                && x.style.foreground.is_some() == y.style.foreground.is_some()
                && x.style.font_style.is_some() == y.style.font_style.is_some()
        })
}

impl TokenClasses {
    /// Enumerates every token style of the two themes, which must have the same rules.
    pub(crate) fn new(light: Theme, dark: Theme) -> TokenClasses {
        debug_assert!(
            same_rules(&light, &dark),
            "light and dark themes differ in rules"
        );
        let (light_base, dark_base) = (base(&light), base(&dark));
        let rules = &light.scopes;
        let with = |sets: fn(&syntect::highlighting::StyleModifier) -> bool| {
            std::iter::once(None)
                .chain(
                    (0..rules.len())
                        .filter(|&i| sets(&rules[i].style))
                        .map(Some),
                )
                .collect::<Vec<_>>()
        };
        let colour_rules = with(|s| s.foreground.is_some());
        let font_rules = with(|s| s.font_style.is_some());
        let plain = TokenStyle {
            light: look(None, None, light_base),
            dark: look(None, None, dark_base),
        };
        let mut styles = Vec::new();
        let mut index = HashMap::new();
        // Font styles in the outer loop: plain colours, the common case, get one-letter names.
        for f in font_rules {
            for &c in &colour_rules {
                let pick = |theme: &Theme, base: Base| {
                    let colour = c.and_then(|i| theme.scopes[i].style.foreground);
                    let font = f.and_then(|i| theme.scopes[i].style.font_style);
                    look(colour, font, base)
                };
                let style = TokenStyle {
                    light: pick(&light, light_base),
                    dark: pick(&dark, dark_base),
                };
                if style != plain && !index.contains_key(&style) {
                    index.insert(style, styles.len());
                    styles.push(style);
                }
            }
        }
        TokenClasses {
            light,
            dark,
            light_base,
            dark_base,
            styles,
            index,
        }
    }

    /// Every token style, in class order.
    pub(crate) fn styles(&self) -> &[TokenStyle] {
        &self.styles
    }

    /// Resolves scope stacks to classes for one piece of code.
    pub(crate) fn classifier(&self) -> Classifier<'_> {
        Classifier {
            light: ThemeHighlighter::new(&self.light),
            dark: ThemeHighlighter::new(&self.dark),
            classes: self,
            cache: HashMap::new(),
        }
    }
}

/// The short class name of class number `n`: `a` … `z`, `aa`, `ab`, …
pub(crate) fn class_name(mut n: usize) -> String {
    let mut name = Vec::new();
    loop {
        name.push(b'a' + (n % 26) as u8);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

/// Looks up the class of a scope stack in both themes (with a cache: a grammar repeats the
/// same stacks many times).
pub(crate) struct Classifier<'a> {
    light: ThemeHighlighter<'a>,
    dark: ThemeHighlighter<'a>,
    classes: &'a TokenClasses,
    cache: HashMap<Vec<Scope>, Option<usize>>,
}

impl Classifier<'_> {
    /// The class of a token under `stack`; `None` for tokens that look like plain text.
    pub(crate) fn class_of(&mut self, stack: &[Scope]) -> Option<usize> {
        if let Some(&class) = self.cache.get(stack) {
            return class;
        }
        let (l, d) = (
            self.light.style_for_stack(stack),
            self.dark.style_for_stack(stack),
        );
        let style = TokenStyle {
            light: look(
                Some(l.foreground),
                Some(l.font_style),
                self.classes.light_base,
            ),
            dark: look(
                Some(d.foreground),
                Some(d.font_style),
                self.classes.dark_base,
            ),
        };
        // A style missing from the table would mean the themes' rules differ, which a test
        // rules out; such a token would show as plain text rather than break the build.
        let class = self.classes.index.get(&style).copied();
        self.cache.insert(stack.to_vec(), class);
        class
    }

    /// The style of class `n`.
    pub(crate) fn style(&self, n: usize) -> &TokenStyle {
        &self.classes.styles[n]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_names_are_short_and_distinct() {
        assert_eq!(class_name(0), "a");
        assert_eq!(class_name(25), "z");
        assert_eq!(class_name(26), "aa");
        assert_eq!(class_name(27), "ab");
        assert_eq!(class_name(26 + 26 * 26), "aaa");
        let names: std::collections::HashSet<String> = (0..2000).map(class_name).collect();
        assert_eq!(names.len(), 2000);
    }
}
