//! `format(int, spec)`, mirroring `format_long_internal` and the int branch
//! of `_PyLong_FormatAdvancedWriter` in CPython 3.11's
//! `Python/formatter_unicode.c`.
//!
//! Hand-written because no crate implements Python's format-spec
//! mini-language. Presentation types: `b c d o x X n` and `None` (= `d`);
//! `e E f F g G %` convert the int to float first (raising OverflowError
//! "int too large to convert to float" like `PyNumber_Float`).
//! `n` uses the C locale (no grouping), which is what the interpreter runs
//! with.

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::ToPrimitive;

use crate::error::FormatError;
use crate::float::format_float_internal;
use crate::number::{fill_number, Layout, NumberParts};
use crate::spec::FormatSpec;

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// `PyLong_AsDouble`: correctly rounded (half-even); OverflowError when the
/// rounded value is not finite.
pub fn int_to_f64(v: &BigInt) -> Result<f64, FormatError> {
    let f = v.to_f64().unwrap_or(f64::INFINITY);
    if f.is_finite() {
        Ok(f)
    } else {
        Err(FormatError::IntTooLargeForFloat)
    }
}

/// `format(value, spec)` for an int, with CPython's default limit of 4300
/// decimal digits for decimal output.
pub fn format_int(value: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    format_int_with_limit(value, spec, DEFAULT_MAX_STR_DIGITS)
}

/// Like [`format_int`] with an explicit `sys.set_int_max_str_digits` limit
/// (`0` means unlimited).
pub fn format_int_with_limit(
    value: &BigInt,
    spec: &FormatSpec,
    max_str_digits: usize,
) -> Result<String, FormatError> {
    match spec.ty.unwrap_or('d') {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {
            let negative = value.sign() == BigSign::Minus;
            long_internal(
                negative,
                |base| value.magnitude().to_str_radix(base),
                || value.to_i64(),
                || value.bits(),
                spec,
                max_str_digits,
            )
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_internal(int_to_f64(value)?, spec),
        c => Err(FormatError::UnknownFormatCode { code: c }),
    }
}

/// Fast path of [`format_int`] for values that fit in an `i64`; same
/// results.
pub fn format_i64(value: i64, spec: &FormatSpec) -> Result<String, FormatError> {
    match spec.ty.unwrap_or('d') {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {
            let mag = value.unsigned_abs();
            long_internal(
                value < 0,
                |base| match base {
                    2 => format!("{:b}", mag),
                    8 => format!("{:o}", mag),
                    16 => format!("{:x}", mag),
                    _ => mag.to_string(),
                },
                || Some(value),
                || 64 - mag.leading_zeros() as u64,
                spec,
                0,
            )
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            // i64 -> f64 `as` conversion rounds to nearest, ties to even.
            format_float_internal(value as f64, spec)
        }
        c => Err(FormatError::UnknownFormatCode { code: c }),
    }
}

fn long_internal(
    negative: bool,
    to_radix: impl FnOnce(u32) -> String,
    as_i64: impl FnOnce() -> Option<i64>,
    bits: impl FnOnce() -> u64,
    spec: &FormatSpec,
    max_str_digits: usize,
) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    if spec.precision.is_some() {
        return Err(FormatError::PrecisionNotAllowedInInt);
    }
    if spec.z {
        return Err(FormatError::NegativeZeroInInt);
    }
    crate::error::check_width(spec.width)?;
    let layout = |grouping| Layout {
        sign: spec.sign,
        fill: spec.fill,
        align: spec.numeric_align(),
        width: spec.width,
        grouping,
        toupper: ty == 'X',
    };
    if ty == 'c' {
        if spec.sign != crate::spec::Sign::Unspecified {
            return Err(FormatError::SignWithChar);
        }
        if spec.alternate {
            return Err(FormatError::AlternateWithChar);
        }
        let x = as_i64().ok_or(FormatError::CLongOverflow)?;
        if !(0..=0x10ffff).contains(&x) {
            return Err(FormatError::CharOutOfRange);
        }
        let c = char::from_u32(x as u32).ok_or(FormatError::Surrogate(x as u32))?;
        let mut buf = [0u8; 4];
        let s: &str = c.encode_utf8(&mut buf);
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: s,
        };
        return Ok(fill_number(&parts, &layout(None)));
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    if base == 10 && max_str_digits > 0 {
        // A number of `b` bits has at least floor((b-1)*log10(2)) + 1
        // decimal digits; refuse early so huge conversions are not done.
        let b = bits();
        if b > 1 {
            let lower = ((b - 1) as f64 * 0.301_029_995_663_981_1 - 1e-9).floor() as u64 + 1;
            if lower > max_str_digits as u64 {
                return Err(FormatError::IntMaxStrDigits {
                    limit: max_str_digits,
                });
            }
        }
    }
    let digits = to_radix(base);
    if base == 10 && max_str_digits > 0 && digits.len() > max_str_digits {
        return Err(FormatError::IntMaxStrDigits {
            limit: max_str_digits,
        });
    }
    let grouping = match (spec.grouping, ty) {
        (None, _) | (_, 'n') => None,
        (Some(sep), 'b' | 'o' | 'x' | 'X') => Some((sep, 4)),
        (Some(sep), _) => Some((sep, 3)),
    };
    let parts = NumberParts {
        negative,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    Ok(fill_number(&parts, &layout(grouping)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::parse_format_spec;

    fn f(v: i64, spec: &str) -> String {
        let s = parse_format_spec(spec).unwrap();
        let a = format_i64(v, &s).unwrap();
        let b = format_int(&BigInt::from(v), &s).unwrap();
        assert_eq!(a, b);
        a
    }

    #[test]
    fn basics() {
        assert_eq!(f(1234567, ","), "1,234,567");
        assert_eq!(f(-255, "#x"), "-0xff");
        assert_eq!(f(255, "#X"), "0XFF");
        assert_eq!(f(255, "#012_b"), "0b0_1111_1111");
        assert_eq!(f(-5, "=+8"), "-      5");
        assert_eq!(f(65, "^5c"), "  A  ");
        assert_eq!(f(3, "e"), "3.000000e+00");
        assert_eq!(f(1234, "010,"), "00,001,234");
        assert_eq!(f(i64::MIN, "x"), "-8000000000000000");
    }

    #[test]
    fn errors() {
        let e = format_i64(1, &parse_format_spec(".2").unwrap()).unwrap_err();
        assert_eq!(e, FormatError::PrecisionNotAllowedInInt);
        let e = format_i64(1, &parse_format_spec("s").unwrap()).unwrap_err();
        assert_eq!(
            e.message("int"),
            "Unknown format code 's' for object of type 'int'"
        );
        let big = num_traits::pow(BigInt::from(10), 4300);
        let e = format_int(&big, &FormatSpec::default()).unwrap_err();
        assert_eq!(e, FormatError::IntMaxStrDigits { limit: 4300 });
        assert!(format_int(&(big.clone() - 1), &FormatSpec::default()).is_ok());
        let e = format_int(
            &num_traits::pow(BigInt::from(10), 400),
            &parse_format_spec("e").unwrap(),
        );
        assert_eq!(e.unwrap_err(), FormatError::IntTooLargeForFloat);
    }
}
