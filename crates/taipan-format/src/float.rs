//! `format(float, spec)` and `format(complex, spec)`, mirroring
//! `format_float_internal`, `format_complex_internal` and the float /
//! complex dispatchers in CPython 3.11's `Python/formatter_unicode.c`, plus
//! `complex_repr` from `Objects/complexobject.c`.
//!
//! Hand-written because no crate implements Python's format-spec
//! mini-language. Presentation types: `e E f F g G n %` and `None` (like
//! `g` but always with a digit after the point, and repr-like when no
//! precision is given). `n` uses the C locale (no grouping).

use crate::error::FormatError;
use crate::float_repr::{double_to_string, DtsFlags};
use crate::number::{fill_number, split_float, Layout, NumberParts};
use crate::spec::{pad, Align, FormatSpec, Sign};

/// `format(value, spec)` for a float.
pub fn format_float(value: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    match presentation(spec) {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(value, spec)
        }
        Some(c) => Err(FormatError::UnknownFormatCode { code: c }),
    }
}

/// The presentation type; CPython stores "no type" as NUL, so an explicit
/// NUL type character behaves like no type for floats and complexes.
fn presentation(spec: &FormatSpec) -> Option<char> {
    match spec.ty {
        Some('\0') => None,
        t => t,
    }
}

/// The (type, precision, flags) CPython hands to `PyOS_double_to_string`.
fn float_params(spec: &FormatSpec, complex: bool) -> Result<(char, usize, DtsFlags), FormatError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::PrecisionTooBig);
    }
    let mut flags = DtsFlags {
        alt: spec.alternate,
        no_neg_0: spec.z,
        ..DtsFlags::default()
    };
    let mut default_precision = 6;
    let mut ty = match presentation(spec) {
        None => {
            if !complex {
                flags.add_dot_0 = true;
            }
            default_precision = 0;
            'r'
        }
        Some('n') => 'g',
        Some(t) => t,
    };
    let precision = match spec.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => default_precision,
    };
    Ok((ty, precision, flags))
}

/// `format_float_internal` (also used for ints formatted with a float
/// presentation type).
pub(crate) fn format_float_internal(value: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let (mut ty, precision, flags) = float_params(spec, false)?;
    crate::error::check_width(spec.width)?;
    let mut val = value;
    let add_pct = ty == '%';
    if add_pct {
        ty = 'f';
        val *= 100.0;
    }
    let mut buf = double_to_string(val, ty, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let (digits, has_decimal, remainder) = split_float(body);
    let grouping = if spec.ty == Some('n') {
        None
    } else {
        spec.grouping.map(|c| (c, 3))
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    let layout = Layout {
        sign: spec.sign,
        fill: spec.fill,
        align: spec.numeric_align(),
        width: spec.width,
        grouping,
        toupper: false,
    };
    Ok(fill_number(&parts, &layout))
}

/// `format(complex(re, im), spec)`.
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    match presentation(spec) {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(c) => return Err(FormatError::UnknownFormatCode { code: c }),
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::PrecisionTooBig);
    }
    if spec.fill == '0' {
        return Err(FormatError::ZeroPaddingInComplex);
    }
    if spec.numeric_align() == Align::AfterSign {
        return Err(FormatError::EqualsAlignInComplex);
    }
    let (ty, precision, flags) = float_params(spec, true)?;
    crate::error::check_width(spec.width)?;
    let (skip_re, add_parens) = if presentation(spec).is_none() {
        if re == 0.0 && re.is_sign_positive() {
            (true, false)
        } else {
            (false, true)
        }
    } else {
        (false, false)
    };
    let grouping = if spec.ty == Some('n') {
        None
    } else {
        spec.grouping.map(|c| (c, 3))
    };
    let part = |v: f64, sign: Sign| {
        let buf = double_to_string(v, ty, precision, flags);
        let (negative, body) = match buf.strip_prefix('-') {
            Some(rest) => (true, rest.to_string()),
            None => (false, buf.clone()),
        };
        let (digits, has_decimal, remainder) = split_float(&body);
        let parts = NumberParts {
            negative,
            prefix: "",
            digits,
            has_decimal,
            remainder,
        };
        let layout = Layout {
            sign,
            fill: '\0',
            align: Align::Left,
            width: None,
            grouping,
            toupper: false,
        };
        fill_number(&parts, &layout)
    };
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&part(re, spec.sign));
    }
    body.push_str(&part(im, if skip_re { spec.sign } else { Sign::Plus }));
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let n = body.chars().count();
    Ok(pad(&body, n, spec.width, spec.numeric_align(), spec.fill))
}

/// `repr(complex(re, im))` (== `str`): `"(1+2j)"`, `"2j"`, `"(-0-1j)"`,
/// `"(nan+infj)"`. The real part is omitted when it is +0.0.
pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        let mut s = double_to_string(im, 'r', 0, DtsFlags::default());
        s.push('j');
        s
    } else {
        let r = double_to_string(re, 'r', 0, DtsFlags::default());
        let i = double_to_string(
            im,
            'r',
            0,
            DtsFlags {
                sign: true,
                ..DtsFlags::default()
            },
        );
        format!("({}{}j)", r, i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::parse_format_spec;

    fn f(v: f64, spec: &str) -> String {
        format_float(v, &parse_format_spec(spec).unwrap()).unwrap()
    }

    #[test]
    fn floats() {
        assert_eq!(f(1.5, ""), "1.5");
        assert_eq!(f(1.0, ".3"), "1.0");
        assert_eq!(f(123.0, ".3"), "1.23e+02");
        assert_eq!(f(-0.0, "z.1f"), "0.0");
        assert_eq!(f(-0.001, "z.1f"), "0.0");
        assert_eq!(f(0.5, ".0%"), "50%");
        assert_eq!(f(f64::NAN, "010"), "0000000nan");
        assert_eq!(f(1234.5, "012,.1f"), "00,001,234.5");
        assert_eq!(f(1e300, "n"), "1e+300");
        assert_eq!(f(2.5, ".0f"), "2");
        assert_eq!(f(0.125, ".2f"), "0.12");
        assert_eq!(f(1.0, "#.0f"), "1.");
        assert_eq!(f(1.0, "#g"), "1.00000");
    }

    #[test]
    fn complexes() {
        let c = |re: f64, im: f64, spec: &str| {
            format_complex(re, im, &parse_format_spec(spec).unwrap())
        };
        assert_eq!(c(1.0, 2.0, "").unwrap(), "(1+2j)");
        assert_eq!(c(0.0, 2.0, "").unwrap(), "2j");
        assert_eq!(c(1.0, 2.0, ".2f").unwrap(), "1.00+2.00j");
        assert_eq!(c(1.0, -2.0, "^12").unwrap(), "   (1-2j)   ");
        assert_eq!(
            c(1.0, 2.0, "05").unwrap_err(),
            FormatError::ZeroPaddingInComplex
        );
        assert_eq!(
            c(1.0, 2.0, "=5").unwrap_err(),
            FormatError::EqualsAlignInComplex
        );
        assert_eq!(complex_repr(-0.0, -1.0), "(-0-1j)");
        assert_eq!(complex_repr(f64::NAN, f64::INFINITY), "(nan+infj)");
        assert_eq!(complex_repr(0.0, 0.0), "0j");
    }
}
