//! Compile-time errors: building `SyntaxError`s the way CPython 3.11's
//! compiler and symbol table do (`compiler_error`,
//! `PyErr_RangedSyntaxLocationObject`): 1-based line, offset = UTF-8 *byte*
//! column + 1 (CPython passes the AST's byte column through unchanged), the
//! end position likewise, and the offending source line as `text`.

use taipan_syntax::{Loc, SyntaxError, SyntaxErrorKind};

/// Maximum nesting handled by the recursive passes before reporting
/// CPython's "maximum recursion depth exceeded during compilation".
pub const MAX_DEPTH: usize = 10_000;

/// Source text and file name, for error messages.
pub struct Source<'a> {
    pub text: &'a str,
    pub filename: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> Source<'a> {
    pub fn new(text: &'a str, filename: &'a str) -> Source<'a> {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i + 1),
                b'\r' => {
                    if i + 1 < bytes.len() && bytes[i + 1] == b'\n' {
                        i += 1;
                    }
                    line_starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        Source {
            text,
            filename,
            line_starts,
        }
    }

    /// The text of 1-based line `lineno`, newline-terminated, if it exists.
    pub fn line_text(&self, lineno: u32) -> Option<String> {
        if lineno == 0 {
            return None;
        }
        let idx = lineno as usize - 1;
        let start = *self.line_starts.get(idx)?;
        if start > self.text.len() || (start == self.text.len() && idx > 0) {
            return None;
        }
        let end = self
            .line_starts
            .get(idx + 1)
            .copied()
            .unwrap_or(self.text.len());
        let raw = self.text.get(start..end)?;
        let mut s = raw.trim_end_matches(['\r', '\n']).to_string();
        s.push('\n');
        Some(s)
    }

    /// A `SyntaxError` spanning `loc`.
    pub fn error(&self, msg: impl Into<String>, loc: &Loc) -> SyntaxError {
        self.error_at(
            msg,
            loc.lineno as i64,
            loc.col_offset as i64,
            loc.end_lineno as i64,
            loc.end_col_offset as i64,
        )
    }

    /// A `SyntaxError` at explicit CPython-style coordinates (columns 0-based, -1 = none).
    pub fn error_at(
        &self,
        msg: impl Into<String>,
        line: i64,
        col: i64,
        end_line: i64,
        end_col: i64,
    ) -> SyntaxError {
        let line_u = line.max(0) as u32;
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            filename: self.filename.to_string(),
            lineno: line_u,
            offset: (col + 1).max(0) as u32,
            end_lineno: end_line.max(0) as u32,
            end_offset: (end_col + 1).max(0) as u32,
            text: self.line_text(line_u),
        }
    }

    /// CPython's `RecursionError` for over-deep trees.
    pub fn recursion(&self, loc: &Loc) -> SyntaxError {
        let mut e = self.error("maximum recursion depth exceeded during compilation", loc);
        e.kind = SyntaxErrorKind::RecursionError;
        e
    }

    /// An internal error (a compiler bug), reported rather than panicking.
    pub fn internal(&self, msg: &str) -> SyntaxError {
        let mut e = self.error_at(format!("internal compiler error: {}", msg), 0, -1, 0, -1);
        e.kind = SyntaxErrorKind::SyntaxError;
        e
    }
}
