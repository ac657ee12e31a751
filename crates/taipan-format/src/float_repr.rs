//! Float to decimal string conversion, mirroring CPython 3.11's
//! `Python/pystrtod.c` (`PyOS_double_to_string` / `format_float_short`) and
//! `Objects/floatobject.c` (`float_repr`, `double_round`).
//!
//! Hand-written because Python's layout rules (when to switch to exponent
//! form, `add_dot_0`, the alternate form, two-digit exponents, negative-zero
//! coercion) are specific to CPython. The digit strings themselves come
//! from Rust's standard library, which matches David Gay's `_Py_dg_dtoa`:
//! `{:e}` gives the shortest round-tripping digits (mode 0), and `{:.Ne}` /
//! `{:.N}` give exactly rounded (round-half-even on the exact binary value)
//! significant / fixed digits (modes 2 and 3).

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

/// A decimal digit string as returned by `_Py_dg_dtoa`: `digits` has no
/// leading or trailing zeros (except the single `"0"` for zero, and the
/// empty string for a mode-3 value that rounds to zero), and the value is
/// `0.digits * 10**decpt`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Decimal {
    pub digits: Vec<u8>,
    pub decpt: i64,
}

/// Parses Rust's `{:e}` / `{:.Ne}` output for a non-negative finite value.
fn from_exp_string(s: &str) -> Decimal {
    let (mant, exp) = s.split_once('e').expect("exponent form");
    let exp: i64 = exp.parse().expect("exponent");
    let mut digits: Vec<u8> = mant.bytes().filter(|b| *b != b'.').collect();
    while digits.len() > 1 && *digits.last().unwrap() == b'0' {
        digits.pop();
    }
    if digits == b"0" {
        return Decimal { digits, decpt: 1 };
    }
    Decimal {
        digits,
        decpt: exp + 1,
    }
}

/// Mode 0: shortest digits that round-trip (x finite, sign ignored).
///
/// Rust's shortest algorithm breaks exact ties (the value lies exactly
/// half-way between two shortest candidates) upwards, while `_Py_dg_dtoa`
/// takes the correctly rounded (half-even) candidate. Ties need at least
/// 16 digits for normal floats, but can happen with few digits for
/// subnormals; in those cases the correctly rounded string of the same
/// length is preferred when it round-trips.
pub(crate) fn shortest(x: f64) -> Decimal {
    let x = x.abs();
    let d = from_exp_string(&format!("{:e}", x));
    let n = d.digits.len();
    if n >= 15 || (x < f64::MIN_POSITIVE && x != 0.0) {
        let s = format!("{:.*e}", n - 1, x);
        if s.parse::<f64>() == Ok(x) {
            return from_exp_string(&s);
        }
    }
    d
}

/// Mode 2: `n >= 1` significant digits, correctly rounded, trailing zeros
/// stripped.
pub(crate) fn significant(x: f64, n: usize) -> Decimal {
    from_exp_string(&format!("{:.*e}", n.max(1) - 1, x.abs()))
}

/// Mode 3: `n` digits after the decimal point, correctly rounded, trailing
/// zeros stripped. A non-zero value rounding to zero gives empty digits
/// with `decpt == -n`, as `_Py_dg_dtoa` does.
pub(crate) fn fixed(x: f64, n: usize) -> Decimal {
    let x = x.abs();
    if x == 0.0 {
        return Decimal {
            digits: b"0".to_vec(),
            decpt: 1,
        };
    }
    let s = format!("{:.*}", n, x);
    let (int_part, frac_part) = match s.split_once('.') {
        Some((i, f)) => (i, f),
        None => (s.as_str(), ""),
    };
    let mut all: Vec<u8> = Vec::with_capacity(int_part.len() + frac_part.len());
    all.extend_from_slice(int_part.as_bytes());
    all.extend_from_slice(frac_part.as_bytes());
    let mut decpt = int_part.len() as i64;
    let lz = all.iter().take_while(|b| **b == b'0').count();
    if lz == all.len() {
        return Decimal {
            digits: Vec::new(),
            decpt: -(n as i64),
        };
    }
    all.drain(..lz);
    decpt -= lz as i64;
    while *all.last().unwrap() == b'0' {
        all.pop();
    }
    Decimal { digits: all, decpt }
}

/// Flags of `PyOS_double_to_string` (`Py_DTSF_*`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DtsFlags {
    /// `Py_DTSF_SIGN`: always add a sign ('+' for non-negatives and nans).
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: make integral values look like floats ("1.0").
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: alternate form (keep the point and trailing zeros).
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: the `z` option; drop the '-' of a value that
    /// formats as zero.
    pub no_neg_0: bool,
}

/// `PyOS_double_to_string(val, format_code, precision, flags)`.
///
/// `format_code` is one of `e E f F g G r` (`r` is repr mode and ignores
/// `precision`). Infinities and nans give `inf`/`nan` (`INF`/`NAN` for the
/// upper-case codes); the sign of a nan is never shown, except that
/// `flags.sign` makes it `+nan`.
///
/// # Panics
/// On any other `format_code` (CPython raises `SystemError` there).
pub fn double_to_string(val: f64, format_code: char, precision: usize, flags: DtsFlags) -> String {
    let (upper, code) = match format_code {
        'E' => (true, 'e'),
        'F' => (true, 'f'),
        'G' => (true, 'g'),
        'e' | 'f' | 'g' | 'r' => (false, format_code),
        _ => panic!("double_to_string: bad format code {:?}", format_code),
    };
    let mut out = String::new();
    if val.is_nan() {
        if flags.sign {
            out.push('+');
        }
        out.push_str(if upper { "NAN" } else { "nan" });
        return out;
    }
    if val.is_infinite() {
        if val < 0.0 {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(if upper { "INF" } else { "inf" });
        return out;
    }
    let precision = precision as i64;
    let (dec, precision) = match code {
        'e' => (significant(val, (precision + 1) as usize), precision + 1),
        'f' => (fixed(val, precision as usize), precision),
        'g' => {
            let p = precision.max(1);
            (significant(val, p as usize), p)
        }
        _ => (shortest(val), 0),
    };
    let digits = &dec.digits;
    let digits_len = digits.len() as i64;
    let mut decpt = dec.decpt;
    let mut negative = val.is_sign_negative();
    if flags.no_neg_0 && negative && (digits.is_empty() || digits.as_slice() == b"0") {
        negative = false;
    }

    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    out.reserve((vdigits_end - vdigits_start) as usize + 8);
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let push_digits = |out: &mut String, d: &[u8]| {
        // digits are ASCII
        out.push_str(std::str::from_utf8(d).expect("ascii digits"));
    };
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        push_digits(&mut out, &digits[..decpt as usize]);
        out.push('.');
        push_digits(&mut out, &digits[decpt as usize..]);
    } else {
        push_digits(&mut out, digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let a = exp.abs();
        if a < 10 {
            out.push('0');
        }
        out.push_str(&a.to_string());
    }
    out
}

/// `repr(x)` (and `str(x)`, identical in 3.11): shortest round-trip digits,
/// exponent form iff the decimal exponent is < -4 or >= 16, always with a
/// `.0` or an exponent ("1.0", "1e+16", "1e-05", "0.0001", "-0.0", "inf",
/// "nan").
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtsFlags {
            add_dot_0: true,
            ..DtsFlags::default()
        },
    )
}

/// `str(x)`; the same as [`float_repr`] in Python 3.11.
pub fn float_str(x: f64) -> String {
    float_repr(x)
}

/// Round half to even to an integral value: the value `round(x)` (with no
/// `ndigits`) converts to an int. Non-finite inputs are returned unchanged
/// (the caller raises "cannot convert float NaN to integer" /
/// "cannot convert float infinity to integer").
pub fn round_half_even(x: f64) -> f64 {
    x.round_ties_even()
}

/// `round(x, ndigits)` for a float `x`, as `float.__round__` does:
/// correctly rounded, round-half-even on the exact decimal value of `x`.
/// Returns `None` when the rounded value overflows (CPython raises
/// `OverflowError("rounded value too large to represent")`). Nans and
/// infinities round to themselves; `ndigits > 323` returns `x`, and
/// `ndigits < -308` returns a zero with the sign of `x`.
pub fn round_float(x: f64, ndigits: i64) -> Option<f64> {
    const NDIGITS_MAX: i64 = 323; // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103
    const NDIGITS_MIN: i64 = -308; // -(DBL_MAX_EXP + 1) * 0.30103
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Some(x);
    }
    if ndigits < NDIGITS_MIN {
        return Some(0.0 * x);
    }
    if x == 0.0 {
        return Some(x);
    }
    // x = m * 2**e exactly, with m a positive integer.
    let bits = x.abs().to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    // q = round_half_even(m * 2**e * 10**ndigits)
    let ten = BigInt::from(10u32);
    let mut num = BigInt::from(m);
    let mut den = BigInt::from(1u32);
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if ndigits >= 0 {
        num *= num_traits::pow(ten, ndigits as usize);
    } else {
        den *= num_traits::pow(ten, (-ndigits) as usize);
    }
    let q = &num / &den;
    let r = &num - &q * &den;
    let twice = &r * 2u32;
    let q = if twice > den || (twice == den && (&q % 2u32) == BigInt::from(1u32)) {
        q + 1u32
    } else {
        q
    };
    let s = format!("{}{}e{}", if x < 0.0 { "-" } else { "" }, q, -ndigits);
    let rounded: f64 = s.parse().expect("decimal string");
    if rounded.is_infinite() {
        return None;
    }
    debug_assert!(!q.is_negative() || q.is_zero());
    Some(rounded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_basics() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (100.0, "100.0"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (1e-4, "0.0001"),
            (1.5e300, "1.5e+300"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (0.1, "0.1"),
            (5e-324, "5e-324"),
            (123456.789, "123456.789"),
            (2e16 + 8.0, "2.000000000000001e+16"),
        ];
        for (x, s) in cases {
            assert_eq!(float_repr(*x), *s, "{:?}", x);
        }
    }

    #[test]
    fn rounding() {
        assert_eq!(round_float(2.675, 2), Some(2.67));
        assert_eq!(round_float(2.5, 0), Some(2.0));
        assert_eq!(round_float(3.5, 0), Some(4.0));
        assert_eq!(round_float(15.0, -1), Some(20.0));
        assert_eq!(round_float(25.0, -1), Some(20.0));
        assert_eq!(round_float(1.7976931348623157e308, -308), None);
        assert!(round_float(-0.4, 0).unwrap().is_sign_negative());
        assert_eq!(round_half_even(2.5), 2.0);
        assert_eq!(round_half_even(-3.5), -4.0);
    }
}
