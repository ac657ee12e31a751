//! `float.hex()` and `float.fromhex()`, mirroring `float_hex_impl` and
//! `float_fromhex` in CPython 3.11's `Objects/floatobject.c`.
//!
//! Hand-written because CPython's hex float syntax (optional `0x`, optional
//! binary exponent, `inf`/`nan` spellings, surrounding ASCII whitespace)
//! and its exact output form (`0x1.8000000000000p+1`: always 13 hex digits)
//! are Python-specific. Rounding is round-half-even, done exactly on the
//! hex digits.

use num_bigint::BigUint;

use crate::error::ErrorKind;
use crate::float_repr::float_repr;

/// Errors of `float.fromhex`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FromHexError {
    /// ValueError "invalid hexadecimal floating-point string"
    Invalid,
    /// OverflowError "hexadecimal value too large to represent as a float"
    Overflow,
    /// ValueError "hexadecimal string too long to convert"
    TooLong,
}

impl FromHexError {
    pub fn kind(&self) -> ErrorKind {
        match self {
            FromHexError::Overflow => ErrorKind::OverflowError,
            _ => ErrorKind::ValueError,
        }
    }

    pub fn message(&self) -> &'static str {
        match self {
            FromHexError::Invalid => "invalid hexadecimal floating-point string",
            FromHexError::Overflow => "hexadecimal value too large to represent as a float",
            FromHexError::TooLong => "hexadecimal string too long to convert",
        }
    }
}

/// `float.hex(x)`: `"0x1.8000000000000p+1"`, `"-0x0.0p+0"`,
/// `"0x0.0000000000001p-1022"`, `"inf"`, `"nan"`.
pub fn float_to_hex(x: f64) -> String {
    if !x.is_finite() {
        return float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    format!(
        "{}0x{}.{:013x}p{}{}",
        sign,
        lead,
        frac,
        if e < 0 { '-' } else { '+' },
        e.abs()
    )
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn hex_value(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

/// `2**e` for `-1074 <= e <= 1023`.
fn pow2(e: i64) -> f64 {
    debug_assert!((-1074..=1023).contains(&e));
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// `float.fromhex(s)`.
pub fn float_from_hex(s: &str) -> Result<f64, FromHexError> {
    const DBL_MIN_EXP: i64 = -1021;
    const DBL_MAX_EXP: i64 = 1024;
    const DBL_MANT_DIG: i64 = 53;
    const LONG_MAX: i64 = i64::MAX;
    const LONG_MIN: i64 = i64::MIN;

    let b = s.as_bytes();
    let at = |i: usize| -> u8 { b.get(i).copied().unwrap_or(0) };
    let mut i = 0;
    while is_space(at(i)) {
        i += 1;
    }
    let finish = |mut i: usize, x: f64| -> Result<f64, FromHexError> {
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
        if i != b.len() {
            return Err(FromHexError::Invalid);
        }
        Ok(x)
    };

    // _Py_parse_inf_or_nan (prefix match)
    {
        let mut j = i;
        let mut neg = false;
        if at(j) == b'-' {
            neg = true;
            j += 1;
        } else if at(j) == b'+' {
            j += 1;
        }
        let rest = &b[j.min(b.len())..];
        let starts = |p: &[u8]| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
        if starts(b"inf") {
            j += 3;
            let rest2 = &b[j..];
            if rest2.len() >= 5 && rest2[..5].eq_ignore_ascii_case(b"inity") {
                j += 5;
            }
            return finish(
                j,
                if neg {
                    f64::NEG_INFINITY
                } else {
                    f64::INFINITY
                },
            );
        }
        if starts(b"nan") {
            return finish(j + 3, if neg { -f64::NAN } else { f64::NAN });
        }
    }

    let mut negate = false;
    if at(i) == b'-' {
        negate = true;
        i += 1;
    } else if at(i) == b'+' {
        i += 1;
    }
    if at(i) == b'0' && (at(i + 1) == b'x' || at(i + 1) == b'X') {
        i += 2;
    }
    // coefficient
    let mut coeff: Vec<u8> = Vec::new();
    while let Some(d) = hex_value(at(i)) {
        coeff.push(d as u8);
        i += 1;
    }
    let mut fdigits: i64 = 0;
    if at(i) == b'.' {
        i += 1;
        while let Some(d) = hex_value(at(i)) {
            coeff.push(d as u8);
            fdigits += 1;
            i += 1;
        }
    }
    if coeff.is_empty() {
        return Err(FromHexError::Invalid);
    }
    let limit =
        ((DBL_MIN_EXP - DBL_MANT_DIG - LONG_MIN / 2).min(LONG_MAX / 2 + 1 - DBL_MAX_EXP)) / 4;
    if coeff.len() as i64 > limit {
        return Err(FromHexError::TooLong);
    }
    let mut exp: i64 = 0;
    if at(i) == b'p' || at(i) == b'P' {
        i += 1;
        let mut eneg = false;
        if at(i) == b'-' {
            eneg = true;
            i += 1;
        } else if at(i) == b'+' {
            i += 1;
        }
        if !at(i).is_ascii_digit() {
            return Err(FromHexError::Invalid);
        }
        // strtol: saturates at LONG_MIN / LONG_MAX
        let mut acc: i64 = 0;
        while at(i).is_ascii_digit() {
            let d = (at(i) - b'0') as i64;
            acc = if eneg {
                acc.saturating_mul(10).saturating_sub(d)
            } else {
                acc.saturating_mul(10).saturating_add(d)
            };
            i += 1;
        }
        exp = acc;
    }
    let signed = |x: f64| if negate { -x } else { x };

    // Discard leading zeros, catch extreme overflow and underflow.
    let first_nz = coeff.iter().position(|d| *d != 0);
    let Some(first_nz) = first_nz else {
        return finish(i, signed(0.0));
    };
    if exp < LONG_MIN / 2 {
        return finish(i, signed(0.0));
    }
    if exp > LONG_MAX / 2 {
        return Err(FromHexError::Overflow);
    }
    let sig = &coeff[first_nz..];
    let exp2 = exp - 4 * fdigits; // exponent of the last digit's unit
    let n = BigUint::from_radix_be(sig, 16).expect("hex digits");
    let top_exp = exp2 + n.bits() as i64;
    if top_exp < DBL_MIN_EXP - DBL_MANT_DIG {
        return finish(i, signed(0.0));
    }
    if top_exp > DBL_MAX_EXP {
        return Err(FromHexError::Overflow);
    }
    let lsb = top_exp.max(DBL_MIN_EXP) - DBL_MANT_DIG;
    let x = if exp2 >= lsb {
        let q: u64 = n.iter_u64_digits().next().unwrap_or(0);
        (q as f64) * pow2(exp2)
    } else {
        let shift = (lsb - exp2) as u64;
        let mut q: u64 = (&n >> shift).iter_u64_digits().next().unwrap_or(0);
        let half = n.bit(shift - 1);
        let sticky = n.trailing_zeros().unwrap_or(0) < shift - 1;
        if half && (sticky || q & 1 == 1) {
            q += 1;
            if q == 1u64 << DBL_MANT_DIG && top_exp == DBL_MAX_EXP {
                return Err(FromHexError::Overflow);
            }
        }
        (q as f64) * pow2(lsb)
    };
    finish(i, signed(x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn to_hex() {
        assert_eq!(float_to_hex(1.0), "0x1.0000000000000p+0");
        assert_eq!(float_to_hex(-3.0), "-0x1.8000000000000p+1");
        assert_eq!(float_to_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_to_hex(-0.0), "-0x0.0p+0");
        assert_eq!(float_to_hex(f64::INFINITY), "inf");
    }

    #[test]
    fn from_hex() {
        assert_eq!(float_from_hex(" \x0c-0X1.8P+1 "), Ok(-3.0));
        assert_eq!(float_from_hex("0x1p-1075"), Ok(0.0));
        assert_eq!(float_from_hex("0x3p-1076"), Ok(5e-324));
        assert_eq!(float_from_hex("0x3p-1075"), Ok(1e-323));
        assert_eq!(
            float_from_hex("0x1.fffffffffffff8p1023"),
            Err(FromHexError::Overflow)
        );
        assert_eq!(float_from_hex("0x1.fffffffffffff7ffp1023"), Ok(f64::MAX));
        assert_eq!(float_from_hex("\u{2003} 1"), Err(FromHexError::Invalid));
        assert_eq!(float_from_hex("-Infinity "), Ok(f64::NEG_INFINITY));
        assert_eq!(float_from_hex("1"), Ok(1.0));
        assert_eq!(float_from_hex("0x"), Err(FromHexError::Invalid));
        assert_eq!(float_from_hex("ff.8p-4"), Ok(15.96875));
    }
}
