//! printf-style `%` formatting (`'%5.2f' % x`), mirroring
//! `unicode_format_arg_parse`, `unicode_format_arg_format`,
//! `unicode_format_arg_output`, `formatfloat`, `mainformatlong`,
//! `_PyUnicode_FormatLong` and `formatchar` in CPython 3.11's
//! `Objects/unicodeobject.c`.
//!
//! Hand-written because Python's `%` operator has its own flag semantics
//! (e.g. `'%-05d' % 3 == '3    '`, `'%#010x' % 255 == '0x000000ff'`) and
//! error messages that no crate reproduces.
//!
//! # How the interpreter drives it
//!
//! [`parse_percent_format`] turns the format string into
//! [`PercentItem`]s (cacheable for constant format strings). CPython
//! evaluates `fmt % args` as follows, and the interpreter should too:
//!
//! 1. `args` is used as a mapping iff it is a mapping and not a tuple or
//!    str; otherwise a tuple gives the positional arguments and any other
//!    object is the single argument.
//! 2. For each item, in order:
//!    * `Literal(text)`: append it.
//!    * `Spec(spec)`: if `spec.key` is set, raise "format requires a
//!      mapping" (TypeError) when `args` is not a mapping, else the
//!      argument source becomes `args[key]` (a single argument). Then, for
//!      a `Star` width, then a `Star` precision, fetch the next argument
//!      ("not enough arguments for format string"; it must be an int, else
//!      TypeError "* wants int") and call [`PercentSpec::resolve`]. Then
//!      fetch the value argument, and only then reject an unsupported type
//!      with [`PercentSpec::unsupported_error`]. Convert the value by type:
//!      - `s`/`r`/`a`: `str()`/`repr()`/`ascii()`, then
//!        [`percent_format_str`];
//!      - `d i u`: `int(v)` (TypeError → [`PercentError::RealNumberRequired`]),
//!        `o x X`: `operator.index(v)` (TypeError →
//!        [`PercentError::IntegerRequired`]); non-numbers fail the same way;
//!        then [`percent_format_int`];
//!      - `e E f F g G`: `float(v)` via `__float__`/`__index__`
//!        (TypeError "must be real number, not T"), then
//!        [`percent_format_float`];
//!      - `c`: a str of length 1 or an int ([`percent_char_from_int`]);
//!        else TypeError "%c requires int or char"; then
//!        [`percent_format_char`].
//!
//!      When a mapping is in use, nothing else is checked per item.
//!    * `Error { partial, error }`: first do what CPython did before it
//!      noticed: the mapping check / key lookup when `partial.key` is set
//!      (for `IncompleteFormatKey` only the "format requires a mapping"
//!      check), then fetch the `Star` arguments recorded in `partial`; then
//!      raise `error`.
//! 3. After the last item, if positional arguments remain unused (and no
//!    mapping is in use), raise "not all arguments converted during string
//!    formatting" (TypeError).

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::ToPrimitive;

use crate::error::ErrorKind;
use crate::float_repr::{double_to_string, DtsFlags};
use crate::int::DEFAULT_MAX_STR_DIGITS;

/// Conversion flags (`-`, `+`, space, `#`, `0`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify.
    pub left: bool,
    /// `+`: always a sign.
    pub sign: bool,
    /// space: a blank before non-negative numbers.
    pub blank: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// `0`: zero padding (numbers only).
    pub zero: bool,
}

/// A width or precision: a number, or `*` (taken from the arguments).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentCount {
    Number(usize),
    Star,
}

/// A parsed conversion specifier.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PercentSpec {
    /// `%(key)s`
    pub key: Option<String>,
    pub flags: PercentFlags,
    pub width: Option<PercentCount>,
    pub precision: Option<PercentCount>,
    /// The conversion character (possibly unsupported; see
    /// [`PercentSpec::is_supported`]). `'\0'` in an incomplete spec.
    pub ty: char,
    /// Code-point index of `ty` in the format string (for error messages).
    pub index: usize,
}

/// One piece of a parsed `%` format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentItem {
    /// Literal text (with `%%` already turned into `%`).
    Literal(String),
    /// A conversion.
    Spec(PercentSpec),
    /// A malformed conversion; always the last item. See the module docs
    /// for the order in which CPython reports it.
    Error {
        partial: PercentSpec,
        error: PercentError,
    },
}

/// A conversion with its `*` values resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PercentConv {
    pub flags: PercentFlags,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    pub ty: char,
}

impl PercentConv {
    /// A conversion with no flags, width or precision.
    pub fn new(ty: char) -> PercentConv {
        PercentConv {
            flags: PercentFlags::default(),
            width: None,
            precision: None,
            ty,
        }
    }
}

/// Errors of printf-style formatting, with CPython's messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentError {
    /// ValueError "incomplete format key"
    IncompleteFormatKey,
    /// ValueError "incomplete format"
    IncompleteFormat,
    /// ValueError "width too big"
    WidthTooBig,
    /// ValueError "precision too big"
    PrecisionTooBig,
    /// ValueError "unsupported format character 'y' (0x79) at index 3"
    UnsupportedFormatCharacter { ch: char, index: usize },
    /// TypeError "not enough arguments for format string"
    NotEnoughArguments,
    /// TypeError "not all arguments converted during string formatting"
    NotAllConverted,
    /// TypeError "format requires a mapping"
    RequiresMapping,
    /// TypeError "* wants int"
    StarWantsInt,
    /// OverflowError "Python int too large to convert to C int" (a `*`
    /// precision outside the C int range)
    StarPrecisionOverflow,
    /// OverflowError "Python int too large to convert to C ssize_t" (a `*`
    /// width outside the ssize_t range)
    StarWidthOverflow,
    /// TypeError "%c requires int or char"
    CharRequiresIntOrChar,
    /// OverflowError "%c arg not in range(0x110000)"
    CharOutOfRange,
    /// TypeError "%x format: an integer is required, not float"
    IntegerRequired { ty: char, type_name: String },
    /// TypeError "%d format: a real number is required, not str"
    RealNumberRequired { ty: char, type_name: String },
    /// TypeError "must be real number, not str" (float conversions)
    MustBeRealNumber { type_name: String },
    /// OverflowError "precision too large"
    PrecisionTooLarge,
    /// ValueError "Exceeds the limit (4300 digits) for integer string
    /// conversion; use sys.set_int_max_str_digits() to increase the limit"
    IntMaxStrDigits { limit: usize },
    /// Divergence: `%c` of a lone surrogate (ValueError).
    Surrogate(u32),
    /// MemoryError (empty message): a width above
    /// [`crate::error::MAX_WIDTH`], refused instead of aborting on
    /// allocation failure.
    MemoryError,
}

impl PercentError {
    pub fn kind(&self) -> ErrorKind {
        use PercentError::*;
        match self {
            IncompleteFormatKey
            | IncompleteFormat
            | WidthTooBig
            | PrecisionTooBig
            | UnsupportedFormatCharacter { .. }
            | IntMaxStrDigits { .. }
            | Surrogate(_) => ErrorKind::ValueError,
            MemoryError => ErrorKind::MemoryError,
            StarPrecisionOverflow | StarWidthOverflow | CharOutOfRange | PrecisionTooLarge => {
                ErrorKind::OverflowError
            }
            NotEnoughArguments
            | NotAllConverted
            | RequiresMapping
            | StarWantsInt
            | CharRequiresIntOrChar
            | IntegerRequired { .. }
            | RealNumberRequired { .. }
            | MustBeRealNumber { .. } => ErrorKind::TypeError,
        }
    }

    pub fn message(&self) -> String {
        use PercentError::*;
        match self {
            IncompleteFormatKey => "incomplete format key".into(),
            IncompleteFormat => "incomplete format".into(),
            WidthTooBig => "width too big".into(),
            PrecisionTooBig => "precision too big".into(),
            UnsupportedFormatCharacter { ch, index } => {
                let v = *ch as u32;
                let shown = if (31..=126).contains(&v) { *ch } else { '?' };
                format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    shown, v, index
                )
            }
            NotEnoughArguments => "not enough arguments for format string".into(),
            NotAllConverted => "not all arguments converted during string formatting".into(),
            RequiresMapping => "format requires a mapping".into(),
            StarWantsInt => "* wants int".into(),
            StarPrecisionOverflow => "Python int too large to convert to C int".into(),
            StarWidthOverflow => "Python int too large to convert to C ssize_t".into(),
            CharRequiresIntOrChar => "%c requires int or char".into(),
            CharOutOfRange => "%c arg not in range(0x110000)".into(),
            IntegerRequired { ty, type_name } => {
                format!("%{} format: an integer is required, not {}", ty, type_name)
            }
            RealNumberRequired { ty, type_name } => {
                format!(
                    "%{} format: a real number is required, not {}",
                    ty, type_name
                )
            }
            MustBeRealNumber { type_name } => format!("must be real number, not {}", type_name),
            PrecisionTooLarge => "precision too large".into(),
            IntMaxStrDigits { limit } => format!(
                "Exceeds the limit ({} digits) for integer string conversion; \
                 use sys.set_int_max_str_digits() to increase the limit",
                limit
            ),
            MemoryError => String::new(),
            Surrogate(c) => format!(
                "lone surrogate U+{:04X} cannot be represented in a string",
                c
            ),
        }
    }
}

impl PercentSpec {
    /// Whether `ty` is one of `s r a i d u o x X e E f F g G c`.
    pub fn is_supported(&self) -> bool {
        matches!(
            self.ty,
            's' | 'r'
                | 'a'
                | 'i'
                | 'd'
                | 'u'
                | 'o'
                | 'x'
                | 'X'
                | 'e'
                | 'E'
                | 'f'
                | 'F'
                | 'g'
                | 'G'
                | 'c'
        )
    }

    /// "unsupported format character ..." for this spec (raise it after
    /// fetching the value argument).
    pub fn unsupported_error(&self) -> PercentError {
        PercentError::UnsupportedFormatCharacter {
            ch: self.ty,
            index: self.index,
        }
    }

    /// Resolves `*` counts with the fetched int arguments (pass `None` for
    /// counts that are not `Star`). A negative `*` width left-justifies; a
    /// negative `*` precision counts as 0. Widths above
    /// [`crate::error::MAX_WIDTH`] give [`PercentError::MemoryError`].
    pub fn resolve(
        &self,
        star_width: Option<i64>,
        star_precision: Option<i64>,
    ) -> Result<PercentConv, PercentError> {
        let mut flags = self.flags;
        let width = match self.width {
            None => None,
            Some(PercentCount::Number(n)) => Some(n),
            Some(PercentCount::Star) => {
                let w = star_width.unwrap_or(0);
                if w < 0 {
                    flags.left = true;
                }
                Some(w.unsigned_abs() as usize)
            }
        };
        let precision = match self.precision {
            None => None,
            Some(PercentCount::Number(n)) => Some(n),
            Some(PercentCount::Star) => {
                let p = star_precision.unwrap_or(0);
                if p > i32::MAX as i64 || p < i32::MIN as i64 {
                    return Err(PercentError::StarPrecisionOverflow);
                }
                Some(p.max(0) as usize)
            }
        };
        if width.is_some_and(|w| w > crate::error::MAX_WIDTH) {
            return Err(PercentError::MemoryError);
        }
        Ok(PercentConv {
            flags,
            width,
            precision,
            ty: self.ty,
        })
    }
}

/// Parses a printf-style format string (see the module docs).
pub fn parse_percent_format(fmt: &str) -> Vec<PercentItem> {
    let c: Vec<char> = fmt.chars().collect();
    let n = c.len();
    let mut items = Vec::new();
    let mut lit = String::new();
    let mut p = 0;
    while p < n {
        if c[p] != '%' {
            lit.push(c[p]);
            p += 1;
            continue;
        }
        p += 1;
        if p < n && c[p] == '%' {
            lit.push('%');
            p += 1;
            continue;
        }
        if !lit.is_empty() {
            items.push(PercentItem::Literal(std::mem::take(&mut lit)));
        }
        match parse_one(&c, &mut p) {
            Ok(spec) => items.push(PercentItem::Spec(spec)),
            Err((partial, error)) => {
                items.push(PercentItem::Error { partial, error });
                return items;
            }
        }
    }
    if !lit.is_empty() {
        items.push(PercentItem::Literal(lit));
    }
    items
}

/// `unicode_format_arg_parse`, starting just after the '%'.
fn parse_one(c: &[char], p: &mut usize) -> Result<PercentSpec, (PercentSpec, PercentError)> {
    let n = c.len();
    let mut spec = PercentSpec::default();
    let next = |p: &mut usize| -> Option<char> {
        if *p < n {
            *p += 1;
            Some(c[*p - 1])
        } else {
            None
        }
    };
    macro_rules! incomplete {
        () => {
            return Err((spec, PercentError::IncompleteFormat))
        };
    }

    if *p < n && c[*p] == '(' {
        *p += 1;
        let start = *p;
        let mut depth = 1;
        while depth > 0 {
            match next(p) {
                Some(')') => depth -= 1,
                Some('(') => depth += 1,
                Some(_) => {}
                None => return Err((spec, PercentError::IncompleteFormatKey)),
            }
        }
        spec.key = Some(c[start..*p - 1].iter().collect());
    }

    // flags
    let mut ch;
    loop {
        match next(p) {
            Some('-') => spec.flags.left = true,
            Some('+') => spec.flags.sign = true,
            Some(' ') => spec.flags.blank = true,
            Some('#') => spec.flags.alternate = true,
            Some('0') => spec.flags.zero = true,
            Some(other) => {
                ch = other;
                break;
            }
            None => incomplete!(),
        }
    }

    // width
    if ch == '*' {
        spec.width = Some(PercentCount::Star);
        match next(p) {
            Some(x) => ch = x,
            None => incomplete!(),
        }
    } else if ch.is_ascii_digit() {
        let mut w: i64 = ch as i64 - '0' as i64;
        loop {
            match next(p) {
                Some(x) if x.is_ascii_digit() => {
                    let d = x as i64 - '0' as i64;
                    if w > (i64::MAX - d) / 10 {
                        return Err((spec, PercentError::WidthTooBig));
                    }
                    w = w * 10 + d;
                }
                Some(x) => {
                    ch = x;
                    break;
                }
                None => {
                    spec.width = Some(PercentCount::Number(w as usize));
                    incomplete!()
                }
            }
        }
        spec.width = Some(PercentCount::Number(w as usize));
    }

    // precision
    if ch == '.' {
        spec.precision = Some(PercentCount::Number(0));
        match next(p) {
            Some(x) => ch = x,
            None => incomplete!(),
        }
        if ch == '*' {
            spec.precision = Some(PercentCount::Star);
            match next(p) {
                Some(x) => ch = x,
                None => incomplete!(),
            }
        } else if ch.is_ascii_digit() {
            let mut v: i64 = ch as i64 - '0' as i64;
            loop {
                match next(p) {
                    Some(x) if x.is_ascii_digit() => {
                        let d = x as i64 - '0' as i64;
                        if v > (i32::MAX as i64 - d) / 10 {
                            return Err((spec, PercentError::PrecisionTooBig));
                        }
                        v = v * 10 + d;
                    }
                    Some(x) => {
                        ch = x;
                        break;
                    }
                    None => incomplete!(),
                }
            }
            spec.precision = Some(PercentCount::Number(v as usize));
        }
    }

    // length modifiers are ignored
    if ch == 'h' || ch == 'l' || ch == 'L' {
        match next(p) {
            Some(x) => ch = x,
            None => incomplete!(),
        }
    }
    spec.ty = ch;
    spec.index = *p - 1;
    Ok(spec)
}

/// `unicode_format_arg_output`: sign handling, `#` prefixes, padding and
/// `s`/`r`/`a` truncation. `numeric` is CPython's `arg->sign` (true for
/// ints and floats).
fn output(s: &str, conv: &PercentConv, numeric: bool) -> String {
    let f = conv.flags;
    let fill = if numeric && f.zero { '0' } else { ' ' };
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len() as i64;
    let mut width: i64 = conv
        .width
        .map(|w| w.min(i64::MAX as usize) as i64)
        .unwrap_or(-1);
    let prec: i64 = conv.precision.map(|p| p as i64).unwrap_or(-1);
    if (width == -1 || width <= len) && (prec == -1 || prec >= len) && !(f.sign || f.blank) {
        return s.to_string();
    }
    if matches!(conv.ty, 's' | 'r' | 'a') && prec >= 0 && len > prec {
        len = prec;
    }
    let mut pindex = 0usize;
    let mut signchar = '\0';
    let mut sign = numeric;
    if sign {
        let ch = chars.first().copied().unwrap_or('\0');
        if ch == '-' || ch == '+' {
            signchar = ch;
            len -= 1;
            pindex += 1;
        } else if f.sign {
            signchar = '+';
        } else if f.blank {
            signchar = ' ';
        } else {
            sign = false;
        }
    }
    if width < len {
        width = len;
    }
    let alt_prefix = f.alternate && matches!(conv.ty, 'x' | 'X' | 'o');
    let mut out = String::with_capacity(width.max(0) as usize + 2);
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    if alt_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(conv.ty);
            pindex += 2;
        }
        width -= 2;
        if width < 0 {
            width = 0;
        }
        len -= 2;
    }
    if width > len && !f.left {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.push('0');
            out.push(conv.ty);
            pindex += 2;
        }
    }
    if len > 0 {
        out.extend(&chars[pindex..pindex + len as usize]);
    }
    if width > len {
        out.extend(std::iter::repeat_n(' ', (width - len) as usize));
    }
    out
}

/// `%e %E %f %F %g %G` of a float (the caller has done `float(v)`).
pub fn percent_format_float(value: f64, conv: &PercentConv) -> String {
    let prec = conv.precision.unwrap_or(6);
    let s = double_to_string(
        value,
        conv.ty,
        prec,
        DtsFlags {
            alt: conv.flags.alternate,
            ..DtsFlags::default()
        },
    );
    output(&s, conv, true)
}

/// `%d %i %u %o %x %X` of an int (the caller has done `int(v)` or
/// `operator.index(v)`), with CPython's default int-to-str digit limit.
pub fn percent_format_int(value: &BigInt, conv: &PercentConv) -> Result<String, PercentError> {
    percent_format_int_with_limit(value, conv, DEFAULT_MAX_STR_DIGITS)
}

/// [`percent_format_int`] with an explicit `sys.set_int_max_str_digits`
/// limit (0 = unlimited).
pub fn percent_format_int_with_limit(
    value: &BigInt,
    conv: &PercentConv,
    max_str_digits: usize,
) -> Result<String, PercentError> {
    let base = int_base(conv.ty);
    if base == 10 && max_str_digits > 0 {
        let b = value.bits();
        if b > 1 {
            let lower = ((b - 1) as f64 * 0.301_029_995_663_981_1 - 1e-9).floor() as u64 + 1;
            if lower > max_str_digits as u64 {
                return Err(PercentError::IntMaxStrDigits {
                    limit: max_str_digits,
                });
            }
        }
    }
    let digits = value.magnitude().to_str_radix(base);
    if base == 10 && max_str_digits > 0 && digits.len() > max_str_digits {
        return Err(PercentError::IntMaxStrDigits {
            limit: max_str_digits,
        });
    }
    format_long(value.sign() == BigSign::Minus, &digits, conv)
}

/// Fast path of [`percent_format_int`] for `i64` values; same results.
pub fn percent_format_i64(value: i64, conv: &PercentConv) -> Result<String, PercentError> {
    let mag = value.unsigned_abs();
    let digits = match int_base(conv.ty) {
        8 => format!("{:o}", mag),
        16 => format!("{:x}", mag),
        _ => mag.to_string(),
    };
    format_long(value < 0, &digits, conv)
}

fn int_base(ty: char) -> u32 {
    match ty {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    }
}

/// `_PyUnicode_FormatLong` followed by the output step.
fn format_long(negative: bool, digits: &str, conv: &PercentConv) -> Result<String, PercentError> {
    let prec = conv.precision.map(|p| p as i64).unwrap_or(-1);
    if prec > i32::MAX as i64 - 3 {
        return Err(PercentError::PrecisionTooLarge);
    }
    let prefix = if conv.flags.alternate {
        match conv.ty {
            'o' => "0o",
            'x' | 'X' => "0x",
            _ => "",
        }
    } else {
        ""
    };
    let mut s = String::with_capacity(digits.len() + 4);
    if negative {
        s.push('-');
    }
    s.push_str(prefix);
    let nd = digits.len() as i64;
    if prec > nd {
        s.extend(std::iter::repeat_n('0', (prec - nd) as usize));
    }
    s.push_str(digits);
    if conv.ty == 'X' {
        s = s
            .chars()
            .map(|c| {
                if ('a'..='x').contains(&c) {
                    c.to_ascii_uppercase()
                } else {
                    c
                }
            })
            .collect();
    }
    Ok(output(&s, conv, true))
}

/// `%s %r %a` (the caller has done `str`/`repr`/`ascii`).
pub fn percent_format_str(text: &str, conv: &PercentConv) -> String {
    output(text, conv, false)
}

/// `%c` of a character.
pub fn percent_format_char(c: char, conv: &PercentConv) -> String {
    let mut buf = [0u8; 4];
    output(c.encode_utf8(&mut buf), conv, false)
}

/// `formatchar` for an int argument.
pub fn percent_char_from_int(v: &BigInt) -> Result<char, PercentError> {
    let x = v.to_i64().ok_or(PercentError::CharOutOfRange)?;
    if !(0..=0x10ffff).contains(&x) {
        return Err(PercentError::CharOutOfRange);
    }
    char::from_u32(x as u32).ok_or(PercentError::Surrogate(x as u32))
}

/// `formatchar` for a str argument: it must have exactly one code point.
pub fn percent_char_from_str(s: &str) -> Result<char, PercentError> {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(PercentError::CharRequiresIntOrChar),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(fmt: &str) -> PercentSpec {
        match parse_percent_format(fmt).into_iter().next().unwrap() {
            PercentItem::Spec(s) => s,
            other => panic!("{:?}", other),
        }
    }

    #[test]
    fn parse() {
        let items = parse_percent_format("a%%b%(x)-05.2fc%s");
        assert_eq!(items.len(), 4);
        assert_eq!(items[0], PercentItem::Literal("a%b".into()));
        let PercentItem::Spec(s) = &items[1] else {
            panic!()
        };
        assert_eq!(s.key.as_deref(), Some("x"));
        assert!(s.flags.left && s.flags.zero);
        assert_eq!(s.width, Some(PercentCount::Number(5)));
        assert_eq!(s.precision, Some(PercentCount::Number(2)));
        assert_eq!(s.ty, 'f');
        assert_eq!(s.index, 13);
        let s = spec("%*.*ld");
        assert_eq!(
            (s.width, s.precision, s.ty),
            (Some(PercentCount::Star), Some(PercentCount::Star), 'd')
        );
        let items = parse_percent_format("ab%y");
        let PercentItem::Spec(s) = &items[1] else {
            panic!()
        };
        assert_eq!(
            s.unsupported_error().message(),
            "unsupported format character 'y' (0x79) at index 3"
        );
    }

    #[test]
    fn parse_errors() {
        let err = |f: &str| match parse_percent_format(f).pop().unwrap() {
            PercentItem::Error { error, .. } => error,
            other => panic!("{:?}", other),
        };
        assert_eq!(err("%"), PercentError::IncompleteFormat);
        assert_eq!(err("%(a"), PercentError::IncompleteFormatKey);
        assert_eq!(err("%(a)"), PercentError::IncompleteFormat);
        assert_eq!(err("%5"), PercentError::IncompleteFormat);
        assert_eq!(err("%.*"), PercentError::IncompleteFormat);
        assert_eq!(err("%l"), PercentError::IncompleteFormat);
        assert_eq!(err("%99999999999999999999d"), PercentError::WidthTooBig);
        assert_eq!(err("%.2147483648f"), PercentError::PrecisionTooBig);
    }

    #[test]
    fn output_rules() {
        let c = |f: &str| spec(f).resolve(None, None).unwrap();
        assert_eq!(percent_format_i64(3, &c("%-05d")).unwrap(), "3    ");
        assert_eq!(percent_format_i64(255, &c("%#X")).unwrap(), "0XFF");
        assert_eq!(percent_format_i64(255, &c("%#010x")).unwrap(), "0x000000ff");
        assert_eq!(percent_format_i64(-255, &c("%#10x")).unwrap(), "     -0xff");
        assert_eq!(percent_format_i64(5, &c("%+.3d")).unwrap(), "+005");
        assert_eq!(percent_format_float(-0.0, &c("% 05.1f")), "-00.0");
        assert_eq!(percent_format_float(2.5, &c("%.0f")), "2");
        assert_eq!(percent_format_str("abcdef", &c("%.3s")), "abc");
        assert_eq!(percent_format_str("a", &c("%05s")), "    a");
        assert_eq!(percent_format_char('a', &c("%.5c")), "a");
        let s = spec("%*d");
        let conv = s.resolve(Some(-4), None).unwrap();
        assert_eq!(percent_format_i64(7, &conv).unwrap(), "7   ");
    }
}
