//! taipan-format: number and string formatting with CPython 3.11's exact
//! semantics.
//!
//! This crate is pure (it has no dependency on the interpreter). It mirrors:
//!
//! * `Python/pystrtod.c` (`PyOS_double_to_string`, `format_float_short`,
//!   float parsing) — see [`float_repr`](mod@float_repr) and [`parse`];
//! * `Python/formatter_unicode.c` (the format-spec mini-language used by
//!   `format()`, f-strings and `str.format`) — see [`spec`], [`number`],
//!   [`int`], [`float`], [`string`];
//! * `Objects/floatobject.c` (`float.hex`, `float.fromhex`, `round`) — see
//!   [`hex`] and [`float_repr::round_float`];
//! * `Objects/unicodeobject.c` (printf-style `%` formatting) — see
//!   [`percent`].
//!
//! It is hand-written because no existing crate implements Python's
//! format-spec mini-language or printf-style operator with CPython's exact
//! layout rules and error messages. Decimal digit generation uses Rust's
//! standard library float formatting, which is exact (correctly rounded,
//! round-half-even on the exact binary value) for `{:.N}` / `{:.Ne}` and
//! shortest-round-trip for `{:e}`; the layout around those digits is a
//! direct port of the CPython C code.
//!
//! # Errors
//!
//! Formatting functions return [`FormatError`]. Several CPython messages
//! include the Python type name of the formatted object ("Unknown format
//! code 'd' for object of type 'float'"); the crate does not know that name
//! (think of `bool` or subclasses), so the caller renders the message with
//! [`FormatError::message`], passing the type name, and picks the exception
//! class from [`FormatError::kind`].
//!
//! Divergence: lone surrogates cannot be represented in Rust strings, so
//! `format(0xD800, 'c')` and `'%c' % 0xD800` return
//! [`FormatError::Surrogate`] / [`PercentError::Surrogate`].

pub mod error;
pub mod float;
pub mod float_repr;
pub mod hex;
pub mod int;
pub mod number;
pub mod parse;
pub mod percent;
pub mod spec;
pub mod string;
pub mod unicode;

pub use error::{ErrorKind, FormatError, MAX_WIDTH};
pub use float::{complex_repr, format_complex, format_float};
pub use float_repr::{
    double_to_string, float_repr, float_str, round_float, round_half_even, DtsFlags,
};
pub use hex::{float_from_hex, float_to_hex, FromHexError};
pub use int::{format_i64, format_int, format_int_with_limit, int_to_f64, DEFAULT_MAX_STR_DIGITS};
pub use parse::parse_float;
pub use percent::{
    parse_percent_format, percent_char_from_int, percent_char_from_str, percent_format_char,
    percent_format_float, percent_format_i64, percent_format_int, percent_format_int_with_limit,
    percent_format_str, PercentConv, PercentCount, PercentError, PercentFlags, PercentItem,
    PercentSpec,
};
pub use spec::{parse_format_spec, Align, FormatSpec, Sign};
pub use string::format_str;
pub use unicode::{decimal_value, is_python_whitespace};
