//! WCAG 2 contrast ratios, and nudging a colour until it reaches a target ratio.

use syntect::highlighting::Color;

/// WCAG AA for normal-size text.
pub(crate) const AA_NORMAL_TEXT: f64 = 4.5;

fn channel(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// Relative luminance as WCAG 2 defines it.
fn luminance(c: Color) -> f64 {
    0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
}

/// The contrast ratio between two opaque colours, from 1 to 21.
pub(crate) fn ratio(a: Color, b: Color) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// `fg` drawn over `bg`: themes give some colours (comments, mostly) an alpha channel.
pub(crate) fn flatten(fg: Color, bg: Color) -> Color {
    let alpha = f64::from(fg.a) / 255.0;
    let mix = |f: u8, b: u8| (f64::from(f) * alpha + f64::from(b) * (1.0 - alpha)).round() as u8;
    Color {
        r: mix(fg.r, bg.r),
        g: mix(fg.g, bg.g),
        b: mix(fg.b, bg.b),
        a: 0xFF,
    }
}

fn mix_toward(c: Color, target: u8, t: f64) -> Color {
    let mix = |x: u8| (f64::from(x) + (f64::from(target) - f64::from(x)) * t).round() as u8;
    Color {
        r: mix(c.r),
        g: mix(c.g),
        b: mix(c.b),
        a: 0xFF,
    }
}

/// `fg` (flattened over `bg`), darkened on a light background or lightened on a dark one in
/// small steps until it reaches `min` contrast. The hue stays recognisable; colours already
/// readable are returned unchanged.
pub(crate) fn readable(fg: Color, bg: Color, min: f64) -> Color {
    let fg = flatten(fg, bg);
    let target = if luminance(bg) > 0.18 { 0 } else { 255 };
    let mut step: f64 = 0.0;
    let mut out = fg;
    while ratio(out, bg) < min && step < 1.0 {
        step += 0.02;
        out = mix_toward(fg, target, step.min(1.0));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn rgb(r: u8, g: u8, b: u8) -> Color {
        Color { r, g, b, a: 0xFF }
    }

    #[test]
    fn ratios_match_the_wcag_reference_values() {
        assert!((ratio(rgb(0, 0, 0), rgb(255, 255, 255)) - 21.0).abs() < 0.01);
        assert!((ratio(rgb(0x76, 0x76, 0x76), rgb(255, 255, 255)) - 4.54).abs() < 0.01);
    }

    #[test]
    fn pale_text_is_darkened_until_readable() {
        let white = rgb(255, 255, 255);
        let fixed = readable(rgb(0xAA, 0xCC, 0xFF), white, AA_NORMAL_TEXT);
        assert!(ratio(fixed, white) >= AA_NORMAL_TEXT);
        let dark = rgb(0x1E, 0x1E, 0x1E);
        let fixed = readable(rgb(0x40, 0x40, 0x60), dark, AA_NORMAL_TEXT);
        assert!(ratio(fixed, dark) >= AA_NORMAL_TEXT);
    }
}
