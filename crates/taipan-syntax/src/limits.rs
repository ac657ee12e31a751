//! Cheap pre-scan enforcing CPython's tokenizer limits before ruff parses.
//!
//! CPython's tokenizer refuses more than 200 nested open brackets
//! (`SyntaxError: too many nested parentheses`) and more than 99 levels of
//! indentation (`IndentationError: too many levels of indentation`). ruff has
//! no such limits, so this linear scan reproduces them (with CPython's
//! locations). It understands just enough of the lexical grammar — strings,
//! comments, line continuations — to count brackets and indentation reliably.

use crate::errors::{SyntaxError, SyntaxErrorKind};
use crate::locate::LineIndex;

/// CPython's `MAXLEVEL`: maximum bracket nesting.
pub const MAX_PAREN_DEPTH: usize = 200;
/// CPython's `MAXINDENT`: size of the indentation stack (level 0 included).
pub const MAX_INDENT_LEVELS: usize = 100;

/// Scans `src`; returns CPython's error if a tokenizer limit is exceeded.
pub(crate) fn prescan(src: &str, filename: &str, idx: &LineIndex<'_>) -> Result<(), SyntaxError> {
    let b = src.as_bytes();
    let n = b.len();
    let mut i = 0;
    let mut depth = 0usize;
    let mut indents: Vec<u32> = vec![0];
    let mut at_line_start = true;
    while i < n {
        if at_line_start {
            at_line_start = false;
            if depth == 0 {
                // Measure indentation as CPython does (tabs to multiples of 8).
                let line_start = i;
                let mut col = 0u32;
                while i < n {
                    match b[i] {
                        b' ' => col += 1,
                        b'\t' => col = (col / 8 + 1) * 8,
                        b'\x0c' => col = 0,
                        _ => break,
                    }
                    i += 1;
                }
                let blank = i >= n || matches!(b[i], b'#' | b'\n' | b'\r' | b'\\');
                if !blank {
                    let top = *indents.last().unwrap_or(&0);
                    if col > top {
                        if indents.len() >= MAX_INDENT_LEVELS {
                            let (line, _) = idx.char_col(line_start as u32);
                            let mut e = SyntaxError::at(
                                SyntaxErrorKind::IndentationError,
                                "too many levels of indentation",
                                filename,
                                idx,
                                line_start as u32,
                                line_start as u32,
                            );
                            e.lineno = line;
                            e.offset = 1;
                            e.end_lineno = line;
                            e.end_offset = 0;
                            return Err(e);
                        }
                        indents.push(col);
                    } else {
                        while indents.len() > 1 && *indents.last().unwrap_or(&0) > col {
                            indents.pop();
                        }
                    }
                }
                continue;
            }
        }
        match b[i] {
            b'\n' => {
                at_line_start = true;
                i += 1;
            }
            b'\r' => {
                i += 1;
                if i < n && b[i] == b'\n' {
                    i += 1;
                }
                at_line_start = true;
            }
            b'#' => {
                while i < n && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
            }
            b'\\' => {
                // Line continuation: skip the backslash and the newline.
                i += 1;
                if i < n && b[i] == b'\r' {
                    i += 1;
                }
                if i < n && b[i] == b'\n' {
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_PAREN_DEPTH {
                    let mut e = SyntaxError::at(
                        SyntaxErrorKind::SyntaxError,
                        "too many nested parentheses",
                        filename,
                        idx,
                        i as u32,
                        i as u32,
                    );
                    e.text = Some(crate::errors::line_text(idx, e.lineno).trim_end_matches('\n').to_string());
                    return Err(e);
                }
                i += 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            q @ (b'"' | b'\'') => {
                i = skip_string(b, i, q);
            }
            _ => i += 1,
        }
    }
    Ok(())
}

/// Skips a string literal starting at the quote `b[i]`; returns the index after it.
fn skip_string(b: &[u8], mut i: usize, q: u8) -> usize {
    let n = b.len();
    let triple = i + 2 < n && b[i + 1] == q && b[i + 2] == q;
    if triple {
        i += 3;
        while i < n {
            if b[i] == b'\\' {
                i += 2;
            } else if b[i] == q && i + 2 < n && b[i + 1] == q && b[i + 2] == q {
                return i + 3;
            } else {
                i += 1;
            }
        }
        n
    } else {
        i += 1;
        while i < n {
            match b[i] {
                b'\\' => i += 2,
                b'\n' | b'\r' => return i,
                c if c == q => return i + 1,
                _ => i += 1,
            }
        }
        n
    }
}
