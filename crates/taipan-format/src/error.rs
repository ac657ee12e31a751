//! Errors raised by the format-spec mini-language, with the exact message
//! texts of CPython 3.11's `Python/formatter_unicode.c` (and the few
//! `Objects/longobject.c` / `Objects/floatobject.c` errors that formatting
//! can trigger).
//!
//! Hand-written: the messages are CPython's, byte for byte. Some of them
//! contain the Python type name of the formatted object, which this crate
//! does not know; render them with [`FormatError::message`].

/// The Python exception class a [`FormatError`] maps to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    OverflowError,
    TypeError,
    MemoryError,
}

/// Widths above this are refused with a MemoryError instead of attempting
/// an allocation that would abort the process (CPython would try, and
/// raise MemoryError on failure).
pub const MAX_WIDTH: usize = 1 << 40;

/// An error from `format(value, spec)`.
///
/// Render with [`FormatError::message`] (passing the Python type name of
/// the formatted object, e.g. `"int"`, `"bool"`, `"float"`), and raise the
/// exception class given by [`FormatError::kind`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// "Too many decimal digits in format string"
    TooManyDecimalDigits,
    /// "Format specifier missing precision"
    MissingPrecision,
    /// "Invalid format specifier '{spec}' for object of type '{type}'"
    InvalidFormatSpecifier { spec: String },
    /// "Cannot specify both ',' and '_'."
    BothCommaAndUnderscore,
    /// "Cannot specify ',' with 's'." (`sep` is ',' or '_')
    SeparatorNotAllowed { sep: char, ty: char },
    /// "Unknown format code 'd' for object of type '{type}'"
    UnknownFormatCode { code: char },
    /// "Precision not allowed in integer format specifier"
    PrecisionNotAllowedInInt,
    /// "Negative zero coercion (z) not allowed in integer format specifier"
    NegativeZeroInInt,
    /// "Negative zero coercion (z) not allowed in string format specifier"
    NegativeZeroInStr,
    /// "Sign not allowed with integer format specifier 'c'"
    SignWithChar,
    /// "Alternate form (#) not allowed with integer format specifier 'c'"
    AlternateWithChar,
    /// OverflowError "%c arg not in range(0x110000)"
    CharOutOfRange,
    /// OverflowError "Python int too large to convert to C long"
    CLongOverflow,
    /// "Space not allowed in string format specifier"
    SpaceInStr,
    /// "Sign not allowed in string format specifier"
    SignInStr,
    /// "Alternate form (#) not allowed in string format specifier"
    AlternateInStr,
    /// "'=' alignment not allowed in string format specifier"
    EqualsAlignInStr,
    /// "Zero padding is not allowed in complex format specifier"
    ZeroPaddingInComplex,
    /// "'=' alignment flag is not allowed in complex format specifier"
    EqualsAlignInComplex,
    /// "precision too big"
    PrecisionTooBig,
    /// OverflowError "int too large to convert to float"
    IntTooLargeForFloat,
    /// "Exceeds the limit (4300 digits) for integer string conversion; use
    /// sys.set_int_max_str_digits() to increase the limit"
    IntMaxStrDigits { limit: usize },
    /// Divergence from CPython: a lone surrogate code point cannot be put in
    /// a Rust string. ValueError.
    Surrogate(u32),
    /// MemoryError (empty message): a width above [`MAX_WIDTH`].
    MemoryError,
}

/// Refuses absurd widths (see [`MAX_WIDTH`]).
pub(crate) fn check_width(width: Option<usize>) -> Result<(), FormatError> {
    match width {
        Some(w) if w > MAX_WIDTH => Err(FormatError::MemoryError),
        _ => Ok(()),
    }
}

/// Renders a presentation type the way CPython does in messages: the
/// character itself when `32 < c < 128`, else `\x` followed by lower-case
/// hex (CPython prints the DEL character raw, and so do we).
pub(crate) fn render_code(c: char) -> String {
    let v = c as u32;
    if v > 32 && v < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", v)
    }
}

impl FormatError {
    /// The exception class CPython raises.
    pub fn kind(&self) -> ErrorKind {
        match self {
            FormatError::CharOutOfRange
            | FormatError::CLongOverflow
            | FormatError::IntTooLargeForFloat => ErrorKind::OverflowError,
            FormatError::MemoryError => ErrorKind::MemoryError,
            _ => ErrorKind::ValueError,
        }
    }

    /// The exact CPython message; `type_name` is the Python type name of
    /// the formatted object (only used by the messages that mention it).
    pub fn message(&self, type_name: &str) -> String {
        match self {
            FormatError::TooManyDecimalDigits => {
                "Too many decimal digits in format string".to_string()
            }
            FormatError::MissingPrecision => "Format specifier missing precision".to_string(),
            FormatError::InvalidFormatSpecifier { spec } => format!(
                "Invalid format specifier '{}' for object of type '{}'",
                spec, type_name
            ),
            FormatError::BothCommaAndUnderscore => "Cannot specify both ',' and '_'.".to_string(),
            FormatError::SeparatorNotAllowed { sep, ty } => {
                format!("Cannot specify '{}' with '{}'.", sep, render_code(*ty))
            }
            FormatError::UnknownFormatCode { code } => format!(
                "Unknown format code '{}' for object of type '{}'",
                render_code(*code),
                type_name
            ),
            FormatError::PrecisionNotAllowedInInt => {
                "Precision not allowed in integer format specifier".to_string()
            }
            FormatError::NegativeZeroInInt => {
                "Negative zero coercion (z) not allowed in integer format specifier".to_string()
            }
            FormatError::NegativeZeroInStr => {
                "Negative zero coercion (z) not allowed in string format specifier".to_string()
            }
            FormatError::SignWithChar => {
                "Sign not allowed with integer format specifier 'c'".to_string()
            }
            FormatError::AlternateWithChar => {
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string()
            }
            FormatError::CharOutOfRange => "%c arg not in range(0x110000)".to_string(),
            FormatError::CLongOverflow => "Python int too large to convert to C long".to_string(),
            FormatError::SpaceInStr => "Space not allowed in string format specifier".to_string(),
            FormatError::SignInStr => "Sign not allowed in string format specifier".to_string(),
            FormatError::AlternateInStr => {
                "Alternate form (#) not allowed in string format specifier".to_string()
            }
            FormatError::EqualsAlignInStr => {
                "'=' alignment not allowed in string format specifier".to_string()
            }
            FormatError::ZeroPaddingInComplex => {
                "Zero padding is not allowed in complex format specifier".to_string()
            }
            FormatError::EqualsAlignInComplex => {
                "'=' alignment flag is not allowed in complex format specifier".to_string()
            }
            FormatError::PrecisionTooBig => "precision too big".to_string(),
            FormatError::IntTooLargeForFloat => "int too large to convert to float".to_string(),
            FormatError::IntMaxStrDigits { limit } => format!(
                "Exceeds the limit ({} digits) for integer string conversion; \
                 use sys.set_int_max_str_digits() to increase the limit",
                limit
            ),
            FormatError::MemoryError => String::new(),
            FormatError::Surrogate(c) => format!(
                "lone surrogate U+{:04X} cannot be represented in a string",
                c
            ),
        }
    }
}
