//! `SyntaxError`: the error type of the front end, shaped like CPython's
//! `SyntaxError` exception (kind, message, filename, 1-based line and
//! 1-based *character* offsets, and the offending source line).

use std::fmt;

use ruff_text_size::TextRange;

use crate::locate::LineIndex;

/// Which Python exception the error corresponds to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// CPython raises `RecursionError("maximum recursion depth exceeded during
    /// compilation")` for trees nested beyond its limit; see [`crate::MAX_AST_DEPTH`].
    RecursionError,
}

impl SyntaxErrorKind {
    /// The Python exception class name.
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// A syntax error as CPython reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub filename: String,
    /// 1-based line.
    pub lineno: u32,
    /// 1-based column in characters (CPython's `SyntaxError.offset`).
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    /// The source line including its trailing newline, as CPython stores it.
    pub text: Option<String>,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} ({}, line {})",
            self.kind.name(),
            self.msg,
            self.filename,
            self.lineno
        )
    }
}

impl std::error::Error for SyntaxError {}

impl SyntaxError {
    /// An error spanning bytes `start..end` of the source.
    pub(crate) fn at(
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        filename: &str,
        idx: &LineIndex<'_>,
        start: u32,
        end: u32,
    ) -> Self {
        let (lineno, offset) = idx.char_col(start);
        let (end_lineno, end_offset) = idx.char_col(end.max(start));
        SyntaxError {
            kind,
            msg: msg.into(),
            filename: filename.to_string(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text: Some(line_text(idx, lineno)),
        }
    }

    /// A plain `SyntaxError` over a ruff range.
    pub(crate) fn syntax(filename: &str, idx: &LineIndex<'_>, range: TextRange, msg: &str) -> Self {
        Self::at(
            SyntaxErrorKind::SyntaxError,
            msg,
            filename,
            idx,
            range.start().into(),
            range.end().into(),
        )
    }

    /// The error for trees nested deeper than [`crate::MAX_AST_DEPTH`].
    pub(crate) fn recursion(filename: &str, idx: &LineIndex<'_>, range: TextRange) -> Self {
        Self::at(
            SyntaxErrorKind::RecursionError,
            "maximum recursion depth exceeded during compilation",
            filename,
            idx,
            range.start().into(),
            range.start().into(),
        )
    }
}

/// The text CPython attaches to an error on 1-based line `lineno`: the line
/// with its terminator normalised to `\n` (added if the source lacks it).
pub(crate) fn line_text(idx: &LineIndex<'_>, lineno: u32) -> String {
    let raw = idx.line_text(lineno);
    let mut s = raw.trim_end_matches(['\r', '\n']).to_string();
    s.push('\n');
    s
}
