//! Per-character Unicode predicates and case mappings with CPython's semantics,
//! built on Rust's `char` methods (which follow the same Unicode data) plus the
//! few tables Rust does not expose (titlecase, case folding, numeric types).
//! Divergence: without the full general-category table, `isalpha` of combining
//! vowel signs (Mc/Mn with the Other_Alphabetic property) says True.

use taipan_format::decimal_value;

/// Letter numbers (category Nl): alphabetic in Rust, not in Python's `isalpha`.
fn is_letter_number(c: char) -> bool {
    matches!(c as u32,
        0x16EE..=0x16F0 | 0x2160..=0x2182 | 0x2185..=0x2188 | 0x3007 | 0x3021..=0x3029
        | 0x3038..=0x303A | 0xA6E6..=0xA6EF | 0x10140..=0x10174 | 0x10341 | 0x1034A
        | 0x103D1..=0x103D5 | 0x12400..=0x1246E)
}

/// Titlecase letters (category Lt).
pub fn is_titlecase(c: char) -> bool {
    matches!(c as u32,
        0x01C5 | 0x01C8 | 0x01CB | 0x01F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F
        | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC)
}

pub fn is_upper(c: char) -> bool {
    c.is_uppercase() && !is_titlecase(c)
}

pub fn is_lower(c: char) -> bool {
    c.is_lowercase()
}

pub fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// Case-ignorable characters (for the final-sigma rule): approximated by
/// combining marks, modifier letters and a few punctuation marks.
fn is_case_ignorable(c: char) -> bool {
    matches!(c as u32,
        0x27 | 0x2E | 0x3A | 0x5E | 0x60 | 0xA8 | 0xAD | 0xAF | 0xB4 | 0xB7 | 0xB8
        | 0x2B0..=0x36F | 0x483..=0x489 | 0x591..=0x5BD | 0x1AB0..=0x1AFF
        | 0x1DC0..=0x1DFF | 0x200B..=0x200F | 0x2018 | 0x2019 | 0x2024 | 0x2027
        | 0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F)
}

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    c.is_alphabetic() && !is_letter_number(c) && c != '\u{345}'
}

pub fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// Numeric_Type=Digit (beyond the decimals): superscripts, circled digits, ...
fn is_digit_only(c: char) -> bool {
    matches!(c as u32,
        0xB2 | 0xB3 | 0xB9 | 0x1369..=0x1371 | 0x19DA | 0x2070 | 0x2074..=0x2079
        | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247C | 0x2488..=0x2490
        | 0x24EA | 0x24F5..=0x24FD | 0x24FF | 0x2776..=0x277E | 0x2780..=0x2788
        | 0x278A..=0x2792 | 0x10A40..=0x10A43 | 0x1F100..=0x1F10A)
}

pub fn is_digit(c: char) -> bool {
    is_decimal(c) || is_digit_only(c)
}

/// CJK ideographs with a numeric value (Unihan kPrimaryNumeric and friends).
fn is_cjk_numeric(c: char) -> bool {
    matches!(
        c,
        '〇' | '一'
            | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '萬'
            | '億'
            | '兆'
            | '零'
            | '壹'
            | '贰'
            | '貳'
            | '叁'
            | '參'
            | '肆'
            | '伍'
            | '陆'
            | '陸'
            | '柒'
            | '捌'
            | '玖'
            | '拾'
            | '佰'
            | '仟'
            | '廿'
            | '卅'
            | '卌'
            | '弐'
            | '両'
            | '兩'
            | '亿'
            | '弎'
            | '弍'
            | '弌'
            | '幺'
            | '参'
            | '伵'
            | '陌'
            | '阡'
            | '什'
    )
}

pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    c.is_numeric() || is_digit(c) || is_cjk_numeric(c)
}

pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

pub fn is_space(c: char) -> bool {
    taipan_format::is_python_whitespace(c)
}

pub fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if !crate::protocol::repr::is_printable(c) {
        return false;
    }
    // Unassigned or format characters Rust knows about.
    !matches!(c as u32, 0x0378 | 0x0379 | 0x0380..=0x0383 | 0x00AD | 0x0600..=0x0605 | 0x061C
        | 0x06DD | 0x070F | 0x180E | 0xFFF0..=0xFFF8 | 0xFFFE | 0xFFFF | 0xE0001 | 0xE0020..=0xE007F)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32,
        0x300..=0x36F | 0x483..=0x487 | 0x591..=0x5BD | 0x5BF | 0x5C1 | 0x5C2 | 0x5C4 | 0x5C5
        | 0x5C7 | 0x610..=0x61A | 0x64B..=0x669 | 0x670 | 0x6D6..=0x6DC | 0x6DF..=0x6E4
        | 0x6E7 | 0x6E8 | 0x6EA..=0x6ED | 0x900..=0x903 | 0x93A..=0x94F | 0x951..=0x957
        | 0x962 | 0x963 | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C | 0x200D | 0x203F | 0x2040
        | 0x2054 | 0x20D0..=0x20DC | 0x20E1 | 0x20E5..=0x20F0 | 0xFE00..=0xFE0F
        | 0xFE20..=0xFE2F | 0xFE33 | 0xFE34 | 0xFE4D..=0xFE4F | 0xFF10..=0xFF19 | 0xFF3F
        | 0xB7 | 0x387)
}

fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    (c.is_alphabetic() && !is_combining(c) && c != '\u{2E2F}')
        || matches!(
            c as u32,
            0x1885 | 0x1886 | 0x2118 | 0x212E | 0x309B | 0x309C
        )
}

fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    is_id_start(c)
        || is_decimal(c)
        || is_combining(c)
        || c.is_alphanumeric() && !is_letter_number(c) && !is_digit_only(c)
        || is_letter_number(c)
}

pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if is_id_start(c) => it.all(is_id_continue),
        _ => false,
    }
}

/// Lowercase of one character (full mapping), with the final-sigma rule applied
/// by the caller through `lower_at`.
fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        out.extend(c.to_lowercase());
    }
}

fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        out.extend(c.to_uppercase());
    }
}

/// Whether the capital sigma at `i` is final (CPython's `handle_capital_sigma`).
fn final_sigma(chars: &[char], i: usize) -> bool {
    let mut j = i;
    let mut before = false;
    while j > 0 {
        j -= 1;
        let c = chars[j];
        if is_case_ignorable(c) {
            continue;
        }
        before = is_cased(c);
        break;
    }
    if !before {
        return false;
    }
    let mut k = i + 1;
    while k < chars.len() {
        let c = chars[k];
        if is_case_ignorable(c) {
            k += 1;
            continue;
        }
        return !is_cased(c);
    }
    true
}

fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == 'Σ' {
        out.push(if final_sigma(chars, i) { 'ς' } else { 'σ' });
    } else {
        push_lower(out, c);
    }
}

fn push_title(out: &mut String, c: char) {
    match c as u32 {
        0x01C4..=0x01C6 => out.push('\u{01C5}'),
        0x01C7..=0x01C9 => out.push('\u{01C8}'),
        0x01CA..=0x01CC => out.push('\u{01CB}'),
        0x01F1..=0x01F3 => out.push('\u{01F2}'),
        0x1F80..=0x1F87 | 0x1F90..=0x1F97 | 0x1FA0..=0x1FA7 => {
            out.push(char::from_u32(c as u32 + 8).unwrap_or(c))
        }
        0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC => {
            out.push(c)
        }
        0x1FB3 => out.push('\u{1FBC}'),
        0x1FC3 => out.push('\u{1FCC}'),
        0x1FF3 => out.push('\u{1FFC}'),
        0x0149 => out.push_str("\u{02BC}N"),
        _ => {
            let mut up = c.to_uppercase();
            if let Some(first) = up.next() {
                out.push(first);
                for r in up {
                    push_lower(out, r);
                }
            }
        }
    }
}

pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&mut out, &chars, i);
    }
    out
}

pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ς' => out.push('σ'),
            'ſ' => out.push('s'),
            'µ' => out.push('μ'),
            'ͅ' | 'ι' => out.push('ι'),
            'ϐ' => out.push('β'),
            'ϑ' => out.push('θ'),
            'ϕ' => out.push('φ'),
            'ϖ' => out.push('π'),
            'ϰ' => out.push('κ'),
            'ϱ' => out.push('ρ'),
            'ϵ' => out.push('ε'),
            'ẛ' => out.push('ṡ'),
            'ŉ' => out.push_str("ʼn"),
            'ǰ' => out.push_str("ǰ"),
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            'İ' => out.push_str("i\u{307}"),
            _ => {
                // Characters whose uppercase is a multi-char sequence fold to the
                // lowercase of that sequence (e.g. Greek with ypogegrammeni).
                let up: Vec<char> = c.to_uppercase().collect();
                if up.len() > 1 && c.is_lowercase() {
                    for u in up {
                        push_lower(&mut out, u);
                    }
                } else {
                    push_lower(&mut out, c);
                }
            }
        }
    }
    out
}

pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        let c = chars[i];
        if is_upper(c) {
            push_lower_at(&mut out, &chars, i);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for i in 0..chars.len() {
        let c = chars[i];
        if prev_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(&mut out, chars[0]);
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

pub fn str_isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_titlecase(c) {
            return false;
        }
        if !cased && is_upper(c) {
            cased = true;
        }
    }
    cased
}

pub fn str_islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            return false;
        }
        if !cased && is_lower(c) {
            cased = true;
        }
    }
    cased
}

pub fn str_istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// Python's line boundaries for `splitlines`.
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}
