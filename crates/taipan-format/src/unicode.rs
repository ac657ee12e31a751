//! Unicode helpers matching CPython 3.11 (Unicode 14.0.0):
//! `Py_UNICODE_TODECIMAL` (used for widths/precisions in format specs and
//! by `float(str)`) and `Py_UNICODE_ISSPACE`.
//!
//! Hand-written tables (generated once with CPython's `unicodedata`): every
//! decimal digit in Unicode 14 belongs to a run of ten consecutive code
//! points starting at a digit zero, so the table only lists the zeros.

/// Code points of the digit zero of every Unicode 14.0 decimal-digit run.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The decimal value of `c` (`Py_UNICODE_TODECIMAL`), or `None`.
pub fn decimal_value(c: char) -> Option<u32> {
    let v = c as u32;
    if v < 0x80 {
        return c.to_digit(10);
    }
    let idx = match DECIMAL_ZEROS.binary_search(&v) {
        Ok(i) => i,
        Err(0) => return None,
        Err(i) => i - 1,
    };
    let d = v - DECIMAL_ZEROS[idx];
    if d < 10 {
        Some(d)
    } else {
        None
    }
}

/// `Py_UNICODE_ISSPACE` (what `str.isspace` tests per character).
pub fn is_python_whitespace(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..='\x20'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('\u{663}'), Some(3));
        assert_eq!(decimal_value('\u{1d7ce}'), Some(0));
        assert_eq!(decimal_value('\u{1d7d7}'), Some(9));
        assert_eq!(decimal_value('\u{1d7d8}'), Some(0));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\u{669}'), Some(9));
        assert_eq!(decimal_value('\u{66a}'), None);
        assert_eq!(decimal_value('\u{2f}'), None);
    }

    #[test]
    fn spaces() {
        assert!(is_python_whitespace('\u{3000}'));
        assert!(is_python_whitespace('\x1f'));
        assert!(!is_python_whitespace('\u{200b}'));
        assert!(!is_python_whitespace('\u{180e}'));
    }
}
