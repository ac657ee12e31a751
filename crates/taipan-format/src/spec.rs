//! The format-spec mini-language parser, mirroring
//! `parse_internal_render_format_spec` in CPython 3.11's
//! `Python/formatter_unicode.c`.
//!
//! Hand-written because no crate implements Python's format-spec grammar:
//!
//! ```text
//! [[fill]align][sign][z][#][0][width][grouping][.precision][type]
//! ```
//!
//! Widths and precisions accept any Unicode decimal digit, like CPython.

use crate::error::FormatError;
use crate::unicode::decimal_value;

/// Alignment option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `=` (padding after the sign)
    AfterSign,
    /// `^`
    Center,
}

impl Align {
    pub fn from_char(c: char) -> Option<Align> {
        match c {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '=' => Some(Align::AfterSign),
            '^' => Some(Align::Center),
            _ => None,
        }
    }

    pub fn as_char(self) -> char {
        match self {
            Align::Left => '<',
            Align::Right => '>',
            Align::AfterSign => '=',
            Align::Center => '^',
        }
    }
}

/// Sign option. `Unspecified` and `Minus` format identically, but strings
/// and `'c'` reject any explicit sign, so they are kept apart.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sign {
    #[default]
    Unspecified,
    Minus,
    Plus,
    Space,
}

/// A parsed format spec.
///
/// * `fill` is the effective fill character: the explicit one, else `'0'`
///   when the `0` flag was given, else `' '`.
/// * `align` is the explicitly given alignment, if any. The effective
///   alignment depends on the formatted type: see
///   [`FormatSpec::numeric_align`] and [`FormatSpec::string_align`].
/// * `zero_pad` records the `0` flag (only recognised when no explicit
///   fill character was given, as in CPython).
/// * `grouping` is `','` or `'_'`.
/// * `ty` is the presentation type; `None` when absent (each formatter
///   applies its own default).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<Align>,
    pub sign: Sign,
    pub z: bool,
    pub alternate: bool,
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: Sign::Unspecified,
            z: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

impl FormatSpec {
    /// Effective alignment for numbers: explicit, else `=` with the `0`
    /// flag, else `>`.
    pub fn numeric_align(&self) -> Align {
        match self.align {
            Some(a) => a,
            None if self.zero_pad => Align::AfterSign,
            None => Align::Right,
        }
    }

    /// Effective alignment for strings: explicit, else `<` (the `0` flag
    /// only changes the fill character for strings since Python 3.10).
    pub fn string_align(&self) -> Align {
        self.align.unwrap_or(Align::Left)
    }

    /// True for the empty spec `""` (which means `str(value)`).
    pub fn is_empty(&self) -> bool {
        *self == FormatSpec::default()
    }
}

/// `get_integer`: consume decimal digits; `Ok(None)` when there are none.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let mut acc: i64 = 0;
    let mut n = 0;
    while *pos < chars.len() {
        let Some(d) = decimal_value(chars[*pos]) else {
            break;
        };
        let d = d as i64;
        if acc > (i64::MAX - d) / 10 {
            return Err(FormatError::TooManyDecimalDigits);
        }
        acc = acc * 10 + d;
        *pos += 1;
        n += 1;
    }
    Ok(if n == 0 { None } else { Some(acc as usize) })
}

/// Checks that the grouping option is allowed for presentation type `ty`
/// (the validation at the end of CPython's spec parser). Formatters call
/// this with their default type when `spec.ty` is `None`.
pub(crate) fn check_grouping(grouping: Option<char>, ty: Option<char>) -> Result<(), FormatError> {
    let Some(sep) = grouping else { return Ok(()) };
    match ty {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0') => Ok(()),
        Some('b' | 'o' | 'x' | 'X') if sep == '_' => Ok(()),
        Some(t) => Err(FormatError::SeparatorNotAllowed { sep, ty: t }),
    }
}

/// Parses a format spec (the part after `:` in `{x:spec}` / `format(x, spec)`).
///
/// Errors reported here are those CPython raises while parsing:
/// "Too many decimal digits in format string", "Cannot specify both ','
/// and '_'.", "Format specifier missing precision", "Invalid format
/// specifier '...' for object of type '...'" and, for an explicit type,
/// "Cannot specify ',' with 'c'.". (For an absent type the separator check
/// depends on the object's default type and is done by the formatter:
/// only `str` rejects it.)
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut out = FormatSpec::default();
    let mut fill_specified = false;

    if end >= 2 && Align::from_char(chars[1]).is_some() {
        out.align = Align::from_char(chars[1]);
        out.fill = chars[0];
        fill_specified = true;
        pos = 2;
    } else if end >= 1 && Align::from_char(chars[0]).is_some() {
        out.align = Align::from_char(chars[0]);
        pos = 1;
    }

    if pos < end {
        let s = match chars[pos] {
            '+' => Some(Sign::Plus),
            '-' => Some(Sign::Minus),
            ' ' => Some(Sign::Space),
            _ => None,
        };
        if let Some(s) = s {
            out.sign = s;
            pos += 1;
        }
    }
    if pos < end && chars[pos] == 'z' {
        out.z = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        out.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        out.fill = '0';
        out.zero_pad = true;
        pos += 1;
    }
    out.width = get_integer(&chars, &mut pos)?;

    if pos < end && chars[pos] == ',' {
        out.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if out.grouping.is_some() {
            return Err(FormatError::BothCommaAndUnderscore);
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && out.grouping == Some('_') {
        return Err(FormatError::BothCommaAndUnderscore);
    }

    if pos < end && chars[pos] == '.' {
        pos += 1;
        match get_integer(&chars, &mut pos)? {
            Some(p) => out.precision = Some(p),
            None => return Err(FormatError::MissingPrecision),
        }
    }

    if end - pos > 1 {
        return Err(FormatError::InvalidFormatSpecifier {
            spec: spec.to_string(),
        });
    }
    if end - pos == 1 {
        out.ty = Some(chars[pos]);
    }
    if out.ty.is_some() {
        check_grouping(out.grouping, out.ty)?;
    }
    Ok(out)
}

/// `calc_padding` + `fill_padding`: pads `content` (of `nchars` code points)
/// to `width` with `fill` according to `align`.
pub(crate) fn pad(
    content: &str,
    nchars: usize,
    width: Option<usize>,
    align: Align,
    fill: char,
) -> String {
    let total = match width {
        Some(w) if w > nchars => w,
        _ => nchars,
    };
    let lpad = match align {
        Align::Right => total - nchars,
        Align::Center => (total - nchars) / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let rpad = total - nchars - lpad;
    let mut out = String::with_capacity(content.len() + (lpad + rpad) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, lpad));
    out.push_str(content);
    out.extend(std::iter::repeat_n(fill, rpad));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_full() {
        let s = parse_format_spec("*^+z#012,.3f").unwrap();
        assert_eq!(s.fill, '*');
        assert_eq!(s.align, Some(Align::Center));
        assert_eq!(s.sign, Sign::Plus);
        assert!(s.z && s.alternate && !s.zero_pad);
        assert_eq!(s.width, Some(12));
        assert_eq!(s.grouping, Some(','));
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.ty, Some('f'));
        let s = parse_format_spec("010").unwrap();
        assert_eq!(
            (s.fill, s.zero_pad, s.width, s.numeric_align()),
            ('0', true, Some(10), Align::AfterSign)
        );
        assert_eq!(parse_format_spec("").unwrap(), FormatSpec::default());
    }

    #[test]
    fn parse_errors() {
        assert_eq!(
            parse_format_spec(".").unwrap_err(),
            FormatError::MissingPrecision
        );
        assert_eq!(
            parse_format_spec(",_").unwrap_err(),
            FormatError::BothCommaAndUnderscore
        );
        assert_eq!(
            parse_format_spec("_,").unwrap_err(),
            FormatError::BothCommaAndUnderscore
        );
        assert_eq!(
            parse_format_spec(",,").unwrap_err(),
            FormatError::SeparatorNotAllowed { sep: ',', ty: ',' }
        );
        assert_eq!(
            parse_format_spec("abc").unwrap_err().message("float"),
            "Invalid format specifier 'abc' for object of type 'float'"
        );
        assert_eq!(
            parse_format_spec(&"9".repeat(30)).unwrap_err(),
            FormatError::TooManyDecimalDigits
        );
    }
}
