//! Layout of a formatted number: `calc_number_widths`, `fill_number` and
//! `_PyUnicode_InsertThousandsGrouping` from CPython 3.11's
//! `Python/formatter_unicode.c` and `Objects/unicodeobject.c`.
//!
//! Hand-written: this is the exact CPython algorithm, including its quirk
//! of zero-padding *through* the thousands separators
//! (`format(1234, '010,') == '00,001,234'`).
//!
//! The output looks like
//! `<lpadding> <sign> <prefix> <spadding> <grouped_digits> <decimal> <remainder> <rpadding>`.

use crate::spec::{Align, Sign};

/// The pieces of a number to lay out.
pub(crate) struct NumberParts<'a> {
    /// True when the number is negative (its '-' has been stripped).
    pub negative: bool,
    /// "0x", "0b", "0o" (alternate form) or "".
    pub prefix: &'a str,
    /// Integer digits (ASCII), without sign or prefix. Empty for `'c'`,
    /// inf and nan.
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub has_decimal: bool,
    /// Everything after the digits and decimal point (fraction, exponent,
    /// '%', "inf", or the character for `'c'`).
    pub remainder: &'a str,
}

/// The layout options taken from the spec.
pub(crate) struct Layout {
    pub sign: Sign,
    pub fill: char,
    pub align: Align,
    /// `None` = not specified.
    pub width: Option<usize>,
    /// Separator and group size, e.g. `(',', 3)` or `('_', 4)`.
    pub grouping: Option<(char, usize)>,
    /// Upper-case the prefix and digits (`'X'`).
    pub toupper: bool,
}

/// `_PyUnicode_InsertThousandsGrouping`: groups `digits` (ASCII) from the
/// right, padding with '0' digits (grouped as well) up to `min_width`.
pub(crate) fn insert_grouping(
    digits: &str,
    min_width: i64,
    grouping: Option<(char, usize)>,
) -> String {
    let d = digits.as_bytes();
    let mut min_width = min_width.max(0);
    let (sep, group) = match grouping {
        Some((c, g)) => (Some(c), g as i64),
        None => (None, 0),
    };
    let sep_len: i64 = if sep.is_some() { 1 } else { 0 };
    let mut rev: Vec<char> = Vec::with_capacity(d.len() + d.len() / 3 + 4);
    let mut digits_pos = d.len();
    let mut remaining = d.len() as i64;
    let mut use_separator = false;
    let mut loop_broken = false;

    let mut fill = |rev: &mut Vec<char>, n_chars: i64, n_zeros: i64, use_sep: bool| {
        if use_sep {
            if let Some(c) = sep {
                rev.push(c);
            }
        }
        for _ in 0..n_chars {
            digits_pos -= 1;
            rev.push(d[digits_pos] as char);
        }
        for _ in 0..n_zeros {
            rev.push('0');
        }
    };

    if group > 0 {
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            fill(&mut rev, n_chars, n_zeros, use_separator);
            use_separator = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                loop_broken = true;
                break;
            }
            min_width -= sep_len;
        }
    }
    if !loop_broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        fill(&mut rev, n_chars, n_zeros, use_separator);
    }
    rev.iter().rev().collect()
}

/// `calc_number_widths` + `fill_number`.
pub(crate) fn fill_number(parts: &NumberParts<'_>, layout: &Layout) -> String {
    let (n_sign, sign_char) = match layout.sign {
        Sign::Plus => (1, if parts.negative { '-' } else { '+' }),
        Sign::Space => (1, if parts.negative { '-' } else { ' ' }),
        Sign::Unspecified | Sign::Minus => {
            if parts.negative {
                (1, '-')
            } else {
                (0, '\0')
            }
        }
    };
    let n_prefix = parts.prefix.len() as i64;
    let n_decimal: i64 = if parts.has_decimal { 1 } else { 0 };
    let n_remainder = parts.remainder.chars().count() as i64;
    let n_non_digit_non_padding = n_sign + n_prefix + n_decimal + n_remainder;
    let width: i64 = layout.width.map(|w| w as i64).unwrap_or(-1);
    let n_min_width = if layout.fill == '0' && layout.align == Align::AfterSign {
        width - n_non_digit_non_padding
    } else {
        0
    };
    let mut grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        insert_grouping(parts.digits, n_min_width, layout.grouping)
    };
    let n_grouped = grouped.len() as i64; // ASCII
    let n_padding = width - (n_non_digit_non_padding + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match layout.align {
            Align::Left => rpad = n_padding,
            Align::Center => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            Align::AfterSign => spad = n_padding,
            Align::Right => lpad = n_padding,
        }
    }
    let mut out =
        String::with_capacity((width.max(0) as usize) + parts.remainder.len() + grouped.len() + 8);
    let fill = layout.fill;
    out.extend(std::iter::repeat_n(fill, lpad as usize));
    if n_sign == 1 {
        out.push(sign_char);
    }
    if layout.toupper {
        out.push_str(&parts.prefix.to_ascii_uppercase());
        grouped.make_ascii_uppercase();
    } else {
        out.push_str(parts.prefix);
    }
    out.extend(std::iter::repeat_n(fill, spad as usize));
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    out.extend(std::iter::repeat_n(fill, rpad as usize));
    out
}

/// `parse_number`: splits a formatted float (sign already removed) into
/// leading digits, decimal point and remainder.
pub(crate) fn split_float(s: &str) -> (&str, bool, &str) {
    let n = s.bytes().take_while(|b| b.is_ascii_digit()).count();
    let (digits, rest) = s.split_at(n);
    if let Some(r) = rest.strip_prefix('.') {
        (digits, true, r)
    } else {
        (digits, false, rest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping() {
        assert_eq!(insert_grouping("1234567", 0, Some((',', 3))), "1,234,567");
        assert_eq!(insert_grouping("1234", 8, Some((',', 3))), "0,001,234");
        assert_eq!(insert_grouping("1234", 10, Some((',', 3))), "00,001,234");
        assert_eq!(insert_grouping("1234", 9, Some((',', 3))), "0,001,234");
        assert_eq!(insert_grouping("12", 5, None), "00012");
        assert_eq!(insert_grouping("ffff1", 0, Some(('_', 4))), "f_fff1");
    }
}
