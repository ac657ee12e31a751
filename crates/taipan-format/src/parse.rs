//! `float(str)` parsing, mirroring CPython 3.11's `PyFloat_FromString`
//! (`Objects/floatobject.c`), `_Py_string_to_number_with_underscores`,
//! `_PyUnicode_TransformDecimalAndSpaceToASCII` and `PyOS_string_to_double`
//! / `_Py_parse_inf_or_nan` (`Python/pystrtod.c`).
//!
//! Hand-written because Python's accepted syntax (Unicode digits and
//! whitespace, underscores only between digits, `inf`/`infinity`/`nan`
//! spellings, no hex) differs from Rust's `f64::from_str`. After checking
//! the syntax, the correctly rounded conversion is done by
//! `f64::from_str`.

use crate::unicode::{decimal_value, is_python_whitespace};

/// `Py_ISSPACE`: the ASCII whitespace CPython strips around the number.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// `float(s)` for a str `s`. `None` means CPython raises
/// `ValueError("could not convert string to float: %r" % s)`.
///
/// Overflow gives ±inf and underflow ±0.0, as in CPython. `"-nan"` gives
/// a nan with the sign bit set.
pub fn parse_float(s: &str) -> Option<f64> {
    // _PyUnicode_TransformDecimalAndSpaceToASCII
    let mut buf: Vec<u8> = Vec::with_capacity(s.len());
    for c in s.chars() {
        let v = c as u32;
        if v < 127 {
            if v == 0 {
                return None; // embedded NUL: never accepted
            }
            buf.push(v as u8);
        } else if is_python_whitespace(c) {
            buf.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            buf.push(b'0' + d as u8);
        } else {
            return None;
        }
    }
    // _Py_string_to_number_with_underscores
    if buf.contains(&b'_') {
        let mut out = Vec::with_capacity(buf.len());
        let mut prev = 0u8;
        for &b in &buf {
            if b == b'_' {
                if !prev.is_ascii_digit() {
                    return None;
                }
            } else {
                if prev == b'_' && !b.is_ascii_digit() {
                    return None;
                }
                out.push(b);
            }
            prev = b;
        }
        if prev == b'_' {
            return None;
        }
        buf = out;
    }
    // float_from_string_inner: strip ASCII whitespace.
    let start = buf.iter().position(|b| !is_ascii_space(*b))?;
    let end = buf
        .iter()
        .rposition(|b| !is_ascii_space(*b))
        .map(|i| i + 1)?;
    parse_ascii(&buf[start..end])
}

/// `PyOS_string_to_double` on a whole trimmed ASCII string.
fn parse_ascii(b: &[u8]) -> Option<f64> {
    if is_decimal_syntax(b) {
        let s = std::str::from_utf8(b).ok()?;
        return s.parse::<f64>().ok();
    }
    parse_inf_or_nan(b)
}

/// `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`
fn is_decimal_syntax(b: &[u8]) -> bool {
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let mut ndigits = i - int_start;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let frac_start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        ndigits += i - frac_start;
    }
    if ndigits == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let exp_start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == exp_start {
            return false;
        }
    }
    i == b.len()
}

/// `_Py_parse_inf_or_nan`, requiring the whole input to match.
pub(crate) fn parse_inf_or_nan(b: &[u8]) -> Option<f64> {
    let (neg, rest) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        Some(b'+') => (false, &b[1..]),
        _ => (false, b),
    };
    let v = if rest.eq_ignore_ascii_case(b"inf") || rest.eq_ignore_ascii_case(b"infinity") {
        f64::INFINITY
    } else if rest.eq_ignore_ascii_case(b"nan") {
        f64::NAN
    } else {
        return None;
    };
    Some(if neg { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts() {
        assert_eq!(parse_float(" 1.5 "), Some(1.5));
        assert_eq!(parse_float("1_000.000_1"), Some(1000.0001));
        assert_eq!(parse_float("1e1_0"), Some(1e10));
        assert_eq!(parse_float("\u{2003}1.5\u{3000}"), Some(1.5));
        assert_eq!(parse_float("\u{661}.\u{665}"), Some(1.5));
        assert_eq!(parse_float("-.5E-3"), Some(-0.0005));
        assert_eq!(parse_float("1."), Some(1.0));
        assert_eq!(parse_float("+InFiNiTy"), Some(f64::INFINITY));
        assert_eq!(parse_float("1e400"), Some(f64::INFINITY));
        assert!(parse_float("-nan").unwrap().is_sign_negative());
        assert!(parse_float("-1e-400").unwrap().is_sign_negative());
    }

    #[test]
    fn rejects() {
        for s in [
            "",
            " ",
            "1e",
            "1__0",
            "_1",
            "1_",
            "1_.5",
            ".e1",
            ".",
            "infinityx",
            "nan1",
            "0x10",
            "1\0",
            "\x1c1",
            "in_f",
            "1_e5",
            "++1",
            "1 2",
        ] {
            assert_eq!(parse_float(s), None, "{:?}", s);
        }
    }
}
