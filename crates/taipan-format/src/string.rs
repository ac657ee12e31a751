//! `format(str, spec)`, mirroring `format_string_internal` and the str
//! dispatcher in CPython 3.11's `Python/formatter_unicode.c`.
//!
//! Hand-written because no crate implements Python's format-spec
//! mini-language. Widths and precisions count code points.

use crate::error::FormatError;
use crate::spec::{check_grouping, pad, Align, FormatSpec, Sign};

/// `format(value, spec)` for a str. Presentation types: `s` and `None`.
pub fn format_str(value: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.ty.is_none() {
        // The parser validates separators against the default type 's'.
        check_grouping(spec.grouping, Some('s'))?;
    }
    let ty = spec.ty.unwrap_or('s');
    if ty != 's' {
        return Err(FormatError::UnknownFormatCode { code: ty });
    }
    match spec.sign {
        Sign::Unspecified => {}
        Sign::Space => return Err(FormatError::SpaceInStr),
        Sign::Plus | Sign::Minus => return Err(FormatError::SignInStr),
    }
    if spec.z {
        return Err(FormatError::NegativeZeroInStr);
    }
    if spec.alternate {
        return Err(FormatError::AlternateInStr);
    }
    let align = spec.string_align();
    if align == Align::AfterSign {
        return Err(FormatError::EqualsAlignInStr);
    }
    crate::error::check_width(spec.width)?;
    let mut len = value.chars().count();
    let mut text = value;
    if let Some(p) = spec.precision {
        if len > p {
            len = p;
            let cut = value
                .char_indices()
                .nth(p)
                .map(|(i, _)| i)
                .unwrap_or(value.len());
            text = &value[..cut];
        }
    }
    Ok(pad(text, len, spec.width, align, spec.fill))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::parse_format_spec;

    fn f(v: &str, spec: &str) -> Result<String, FormatError> {
        format_str(v, &parse_format_spec(spec)?)
    }

    #[test]
    fn strings() {
        assert_eq!(f("abc", "").unwrap(), "abc");
        assert_eq!(f("abc", "^7").unwrap(), "  abc  ");
        assert_eq!(f("abc", ">7.2").unwrap(), "     ab");
        assert_eq!(f("ab", "05").unwrap(), "ab000");
        assert_eq!(f("h\u{e9}llo", "*<8.4s").unwrap(), "h\u{e9}ll****");
        assert_eq!(
            f("a", ",").unwrap_err().message("str"),
            "Cannot specify ',' with 's'."
        );
        assert_eq!(f("a", "+").unwrap_err(), FormatError::SignInStr);
        assert_eq!(f("a", " ").unwrap_err(), FormatError::SpaceInStr);
        assert_eq!(f("a", "=5").unwrap_err(), FormatError::EqualsAlignInStr);
        assert_eq!(f("a", "#").unwrap_err(), FormatError::AlternateInStr);
        assert_eq!(
            f("a", "d").unwrap_err().message("str"),
            "Unknown format code 'd' for object of type 'str'"
        );
    }
}
