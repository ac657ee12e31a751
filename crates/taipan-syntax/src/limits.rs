//! A CPython-3.11-faithful tokenizer *error* scan, run alongside ruff.
//!
//! CPython reports tokenizer errors (bad brackets, unterminated strings,
//! invalid characters and number literals, indentation problems, its nesting
//! limits) with its own messages and positions, mostly in preference to
//! parser errors (`lib.rs` applies CPython's precedence: errors its tokenizer
//! raises win wherever they are; those it only flags win if the parser gets
//! that far; an earlier "unexpected indent" wins over both). ruff's lexer differs in all of
//! these, so this module re-scans the source the way CPython's tokenizer does
//! and returns the first such error. It also enforces CPython's limits — more
//! than 200 nested brackets (`too many nested parentheses`) and 100
//! indentation levels (`too many levels of indentation`) — and records the
//! innermost bracket left open at end of input, which decides whether a
//! parser error becomes `'(' was never closed`.
//!
//! Strings are skipped as CPython 3.11 does, f-strings included (in 3.11 an
//! f-string is a single token to the tokenizer).

use crate::errors::{line_text, SyntaxError, SyntaxErrorKind};
use crate::locate::LineIndex;

/// CPython's `MAXLEVEL`: maximum bracket nesting.
pub const MAX_PAREN_DEPTH: usize = 200;
/// CPython's `MAXINDENT`: size of the indentation stack (level 0 included).
pub const MAX_INDENT_LEVELS: usize = 100;

/// What the scan found.
pub(crate) struct Scan {
    /// The first tokenizer error, if any.
    pub(crate) error: Option<SyntaxError>,
    /// Byte offset of the innermost bracket still open at end of input.
    pub(crate) unclosed: Option<usize>,
    /// For errors CPython's tokenizer reports through a status code rather
    /// than by raising (bad continuation, EOF, indentation): their byte
    /// position. Such errors only win if the parser reaches them, i.e. if
    /// they come before the parser's own error. `None` for raised errors,
    /// which win wherever they are.
    pub(crate) deferred_at: Option<usize>,
}

struct Scanner<'a, 's> {
    src: &'s str,
    b: &'s [u8],
    idx: &'a LineIndex<'s>,
    filename: &'a str,
    deferred_at: std::cell::Cell<Option<usize>>,
}

/// Scans `src` for CPython tokenizer errors.
pub(crate) fn scan(src: &str, filename: &str, idx: &LineIndex<'_>) -> Scan {
    let s = Scanner {
        src,
        b: src.as_bytes(),
        idx,
        filename,
        deferred_at: std::cell::Cell::new(None),
    };
    let mut brackets: Vec<usize> = Vec::new();
    let error = s.run(&mut brackets).err();
    let deferred_at = if error.is_some() {
        s.deferred_at.get()
    } else {
        None
    };
    Scan {
        error,
        unclosed: brackets.last().copied(),
        deferred_at,
    }
}

type Res = Result<(), SyntaxError>;

fn is_id_ascii(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

impl Scanner<'_, '_> {
    /// Number of characters between the start of `pos`'s line and `pos`.
    fn chars_before(&self, pos: usize) -> u32 {
        let (_, col) = self.idx.char_col(pos as u32);
        col - 1
    }

    /// A tokenizer error in CPython's `syntaxerror()` style: the offset is the
    /// character count up to `cur` and the text is the line without newline.
    fn tok_error(&self, msg: String, cur: usize) -> SyntaxError {
        self.tok_error_range(msg, cur, self.chars_before(cur), self.chars_before(cur))
    }

    fn tok_error_range(&self, msg: String, at: usize, offset: u32, end_offset: u32) -> SyntaxError {
        let (lineno, _) = self.idx.char_col(at as u32);
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg,
            filename: self.filename.to_string(),
            lineno,
            offset,
            end_lineno: lineno,
            end_offset,
            text: Some(
                line_text(self.idx, lineno)
                    .trim_end_matches('\n')
                    .to_string(),
            ),
        }
    }

    /// An indentation-stage error reported through CPython's parser path
    /// (text keeps its newline).
    fn indent_error(
        &self,
        kind: SyntaxErrorKind,
        msg: &str,
        line_start: usize,
        offset: u32,
    ) -> SyntaxError {
        self.deferred_at.set(Some(line_start));
        let (lineno, _) = self.idx.char_col(line_start as u32);
        SyntaxError {
            kind,
            msg: msg.to_string(),
            filename: self.filename.to_string(),
            lineno,
            offset,
            end_lineno: lineno,
            end_offset: 0,
            text: Some(line_text(self.idx, lineno)),
        }
    }

    fn char_at(&self, i: usize) -> char {
        self.src[i..].chars().next().unwrap_or('\0')
    }

    fn run(&self, brackets: &mut Vec<usize>) -> Res {
        let b = self.b;
        let n = b.len();
        let mut i = 0;
        let mut atbol = true;
        let mut indstack: Vec<u32> = vec![0];
        let mut altstack: Vec<u32> = vec![0];
        // Start/end of the identifier just scanned (for string prefixes).
        let mut last_ident = (usize::MAX, usize::MAX);
        while i < n {
            if atbol {
                atbol = false;
                i = self.indentation(i, brackets.is_empty(), &mut indstack, &mut altstack)?;
                continue;
            }
            let c = b[i];
            match c {
                b' ' | b'\t' | b'\x0c' => i += 1,
                b'\n' => {
                    i += 1;
                    atbol = true;
                }
                b'\r' => {
                    i += 1;
                    if i < n && b[i] == b'\n' {
                        i += 1;
                    }
                    atbol = true;
                }
                b'#' => {
                    while i < n && b[i] != b'\n' && b[i] != b'\r' {
                        i += 1;
                    }
                }
                b'\\' => i = self.continuation(i)?,
                b'(' | b'[' | b'{' => {
                    if brackets.len() >= MAX_PAREN_DEPTH {
                        return Err(self.tok_error("too many nested parentheses".into(), i + 1));
                    }
                    brackets.push(i);
                    i += 1;
                }
                b')' | b']' | b'}' => {
                    let Some(open) = brackets.pop() else {
                        return Err(self.tok_error(format!("unmatched '{}'", c as char), i + 1));
                    };
                    let o = b[open];
                    if !matches!((o, c), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                        let (oline, _) = self.idx.char_col(open as u32);
                        let (cline, _) = self.idx.char_col(i as u32);
                        let msg = if oline != cline {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                c as char, o as char, oline
                            )
                        } else {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, o as char
                            )
                        };
                        return Err(self.tok_error(msg, i + 1));
                    }
                    i += 1;
                }
                b'"' | b'\'' => {
                    let start = if last_ident.1 == i && is_string_prefix(&self.src[last_ident.0..i])
                    {
                        last_ident.0
                    } else {
                        i
                    };
                    i = self.string(start, i)?;
                }
                b'0'..=b'9' => i = self.number(i)?,
                b'.' if i + 1 < n && b[i + 1].is_ascii_digit() => i = self.number(i)?,
                _ if is_id_ascii(c) || c >= 0x80 => {
                    let start = i;
                    i = self.identifier(i)?;
                    last_ident = (start, i);
                }
                0x7f | 0..=0x1f => {
                    return Err(self.tok_error(
                        format!("invalid non-printable character U+{:04X}", c),
                        i + 1,
                    ));
                }
                _ => i += 1,
            }
        }
        Ok(())
    }

    /// Processes the indentation at the start of a physical line.
    fn indentation(
        &self,
        start: usize,
        level0: bool,
        indstack: &mut Vec<u32>,
        altstack: &mut Vec<u32>,
    ) -> Result<usize, SyntaxError> {
        let b = self.b;
        let n = b.len();
        let mut i = start;
        let (mut col, mut altcol) = (0u32, 0u32);
        let mut cont_col = 0u32;
        while i < n {
            match b[i] {
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                b'\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                b'\\' => {
                    if cont_col == 0 {
                        cont_col = col;
                    }
                    i = self.continuation(i)?;
                    continue;
                }
                _ => break,
            }
            i += 1;
        }
        let blank = i >= n || matches!(b[i], b'#' | b'\n' | b'\r');
        if blank || !level0 {
            return Ok(i);
        }
        if cont_col != 0 {
            col = cont_col;
            altcol = cont_col;
        }
        let top = indstack.len() - 1;
        let tab_error = || {
            self.indent_error(
                SyntaxErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                start,
                1,
            )
        };
        if col == indstack[top] {
            if altcol != altstack[top] {
                return Err(tab_error());
            }
        } else if col > indstack[top] {
            if indstack.len() >= MAX_INDENT_LEVELS {
                return Err(self.indent_error(
                    SyntaxErrorKind::IndentationError,
                    "too many levels of indentation",
                    start,
                    1,
                ));
            }
            if altcol <= altstack[top] {
                return Err(tab_error());
            }
            indstack.push(col);
            altstack.push(altcol);
        } else {
            while indstack.len() > 1 && col < indstack[indstack.len() - 1] {
                indstack.pop();
                altstack.pop();
            }
            let top = indstack.len() - 1;
            if col != indstack[top] {
                let (lineno, _) = self.idx.char_col(start as u32);
                let len = line_text(self.idx, lineno)
                    .trim_end_matches('\n')
                    .chars()
                    .count() as u32;
                return Err(self.indent_error(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    start,
                    len + 1,
                ));
            }
            if altcol != altstack[top] {
                return Err(tab_error());
            }
        }
        Ok(i)
    }

    /// A backslash outside strings: must be followed by a newline.
    fn continuation(&self, i: usize) -> Result<usize, SyntaxError> {
        let b = self.b;
        let j = i + 1;
        if j >= b.len() {
            return Err(self.eof_error(i));
        }
        match b[j] {
            b'\n' => Ok(j + 1),
            b'\r' => Ok(if j + 1 < b.len() && b[j + 1] == b'\n' {
                j + 2
            } else {
                j + 1
            }),
            _ => {
                self.deferred_at.set(Some(i));
                let mut e = self.tok_error(
                    "unexpected character after line continuation character".into(),
                    i,
                );
                e.offset = self.chars_before(i) + 2;
                e.end_offset = 0;
                e.text = Some(line_text(self.idx, e.lineno));
                Err(e)
            }
        }
    }

    fn eof_error(&self, i: usize) -> SyntaxError {
        self.deferred_at.set(Some(i));
        let mut e = self.tok_error("unexpected EOF while parsing".into(), i);
        e.offset = self.chars_before(i) + 2;
        e.end_offset = 0;
        e.text = Some(line_text(self.idx, e.lineno));
        e
    }

    /// Skips a string literal whose token starts at `start` (prefix included)
    /// and whose opening quote is at `q`.
    fn string(&self, start: usize, q: usize) -> Result<usize, SyntaxError> {
        let b = self.b;
        let n = b.len();
        let quote = b[q];
        let triple = q + 2 < n && b[q + 1] == quote && b[q + 2] == quote;
        let unterminated = |what: &str, line: u32| {
            let mut e = self.tok_error(
                format!("unterminated {what} (detected at line {line})"),
                start,
            );
            e.offset = self.chars_before(start) + 1;
            e.end_offset = e.offset;
            e
        };
        if triple {
            let mut i = q + 3;
            while i < n {
                if b[i] == b'\\' {
                    i += 2;
                } else if b[i] == quote && i + 2 < n && b[i + 1] == quote && b[i + 2] == quote {
                    return Ok(i + 3);
                } else {
                    i += 1;
                }
            }
            let last = self.idx.char_col(n.saturating_sub(1) as u32).0.max(1);
            let last = if n > 0 && matches!(b[n - 1], b'\n' | b'\r') {
                last
            } else {
                self.idx.char_col(n as u32).0
            };
            Err(unterminated("triple-quoted string literal", last))
        } else {
            let mut i = q + 1;
            while i < n {
                match b[i] {
                    b'\\' => {
                        i += 1;
                        if i < n && b[i] == b'\r' && i + 1 < n && b[i + 1] == b'\n' {
                            i += 1;
                        }
                        i += 1;
                    }
                    b'\n' | b'\r' => break,
                    c if c == quote => return Ok(i + 1),
                    _ => i += 1,
                }
            }
            let line = self.idx.char_col(i.min(n) as u32).0;
            let line = if i >= n {
                self.idx
                    .char_col(n.saturating_sub(1) as u32)
                    .0
                    .max(line.min(1))
            } else {
                line
            };
            Err(unterminated("string literal", line))
        }
    }

    /// Scans an identifier (or keyword); validates non-ASCII characters.
    fn identifier(&self, start: usize) -> Result<usize, SyntaxError> {
        let b = self.b;
        let mut i = start;
        let mut first = true;
        while i < b.len() {
            let c = b[i];
            if is_id_ascii(c) {
                i += 1;
            } else if c >= 0x80 {
                let ch = self.char_at(i);
                let ok = if first {
                    unicode_ident::is_xid_start(ch)
                } else {
                    unicode_ident::is_xid_continue(ch)
                };
                if !ok && !ch.is_alphanumeric() {
                    let end = i + ch.len_utf8();
                    let msg = if is_printable(ch) {
                        format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
                    } else {
                        format!("invalid non-printable character U+{:04X}", ch as u32)
                    };
                    return Err(self.tok_error(msg, end));
                }
                i += ch.len_utf8();
            } else {
                break;
            }
            first = false;
        }
        Ok(i)
    }

    /// Validates a number literal as CPython's tokenizer does.
    fn number(&self, start: usize) -> Result<usize, SyntaxError> {
        let b = self.b;
        let n = b.len();
        let at = |i: usize| if i < n { b[i] } else { 0 };
        let err = |msg: &str, cur: usize| Err(self.tok_error(msg.to_string(), cur));
        let mut i = start;
        // Scans digits with single underscores between them; `i` at a digit.
        let decimal_tail = |mut i: usize| -> Result<usize, SyntaxError> {
            loop {
                while at(i).is_ascii_digit() {
                    i += 1;
                }
                if at(i) != b'_' {
                    return Ok(i);
                }
                i += 1;
                if !at(i).is_ascii_digit() {
                    return Err(self.tok_error("invalid decimal literal".into(), i));
                }
            }
        };
        let mut kind = "decimal";
        if at(i) == b'.' {
            i = decimal_tail(i + 1)?;
            return self.exponent_and_end(i);
        }
        if at(i) == b'0' {
            i += 1;
            let radix = match at(i) {
                b'x' | b'X' => Some((16u32, "hexadecimal")),
                b'o' | b'O' => Some((8, "octal")),
                b'b' | b'B' => Some((2, "binary")),
                _ => None,
            };
            if let Some((radix, name)) = radix {
                i += 1;
                loop {
                    if at(i) == b'_' {
                        i += 1;
                    }
                    let c = at(i);
                    if !(c as char).is_digit(radix) {
                        if radix < 10 && c.is_ascii_digit() {
                            return err(
                                &format!("invalid digit '{}' in {name} literal", c as char),
                                i + 1,
                            );
                        }
                        return err(&format!("invalid {name} literal"), i);
                    }
                    while (at(i) as char).is_digit(radix) {
                        i += 1;
                    }
                    if radix < 10 && at(i).is_ascii_digit() {
                        return err(
                            &format!("invalid digit '{}' in {name} literal", at(i) as char),
                            i + 1,
                        );
                    }
                    if at(i) != b'_' {
                        break;
                    }
                }
                return self.end_of_number(i, name);
            }
            // Zeros, possibly with underscores.
            let mut nonzero = false;
            loop {
                if at(i) == b'_' {
                    i += 1;
                    if !at(i).is_ascii_digit() {
                        return err("invalid decimal literal", i);
                    }
                }
                if at(i) != b'0' {
                    break;
                }
                i += 1;
            }
            let zeros_end = i + 1;
            if at(i).is_ascii_digit() {
                nonzero = true;
                i = decimal_tail(i)?;
            }
            match at(i) {
                b'.' => {
                    i += 1;
                    if at(i).is_ascii_digit() {
                        i = decimal_tail(i)?;
                    }
                    return self.exponent_and_end(i);
                }
                b'e' | b'E' | b'j' | b'J' => return self.exponent_and_end(i),
                _ if nonzero => {
                    let offset = self.chars_before(start) + 1;
                    let end = self.chars_before(zeros_end.min(n));
                    let _ = kind;
                    return Err(self.tok_error_range(
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
                            .into(),
                        start,
                        offset,
                        end,
                    ));
                }
                _ => return self.end_of_number(i, "decimal"),
            }
        }
        i = decimal_tail(i)?;
        if at(i) == b'.' {
            i += 1;
            if at(i).is_ascii_digit() {
                i = decimal_tail(i)?;
            }
        }
        kind = "decimal";
        let _ = kind;
        self.exponent_and_end(i)
    }

    /// Optional exponent and imaginary suffix, then the end-of-number check.
    fn exponent_and_end(&self, mut i: usize) -> Result<usize, SyntaxError> {
        let b = self.b;
        let n = b.len();
        let at = |i: usize| if i < n { b[i] } else { 0 };
        if matches!(at(i), b'e' | b'E') {
            let e = i;
            i += 1;
            if matches!(at(i), b'+' | b'-') {
                i += 1;
                if !at(i).is_ascii_digit() {
                    return Err(self.tok_error("invalid decimal literal".into(), i));
                }
            } else if !at(i).is_ascii_digit() {
                // `1e` followed by something else: the `e` ends the number.
                return self.end_of_number(e, "decimal");
            }
            loop {
                while at(i).is_ascii_digit() {
                    i += 1;
                }
                if at(i) != b'_' {
                    break;
                }
                i += 1;
                if !at(i).is_ascii_digit() {
                    return Err(self.tok_error("invalid decimal literal".into(), i));
                }
            }
        }
        if matches!(at(i), b'j' | b'J') {
            return self.end_of_number(i + 1, "imaginary");
        }
        self.end_of_number(i, "decimal")
    }

    /// CPython's `verify_end_of_number`: a number may not run into an
    /// identifier, except (with a warning only) into a keyword that can
    /// legitimately follow a number.
    fn end_of_number(&self, i: usize, kind: &str) -> Result<usize, SyntaxError> {
        let b = self.b;
        let rest = &b[i.min(b.len())..];
        let Some(&c) = rest.first() else { return Ok(i) };
        let keyword = [
            &b"and"[..],
            b"else",
            b"for",
            b"if",
            b"in",
            b"is",
            b"or",
            b"not",
        ]
        .iter()
        .any(|k| rest.starts_with(k));
        if keyword {
            return Ok(i);
        }
        if is_id_ascii(c) || c >= 0x80 {
            return Err(self.tok_error(format!("invalid {kind} literal"), i));
        }
        Ok(i)
    }
}

/// Whether `s` is a valid string prefix in Python 3.11.
fn is_string_prefix(s: &str) -> bool {
    matches!(
        s.to_ascii_lowercase().as_str(),
        "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
    )
}

/// Python's `str.isprintable` for a non-ASCII character: false for the
/// "Other" and "Separator" categories (bar the ASCII space). std has no
/// category tables, so this lists the ranges that occur in practice.
fn is_printable(ch: char) -> bool {
    let c = ch as u32;
    !matches!(c,
        0x80..=0xA0 | 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x1680 | 0x180E
        | 0x2000..=0x200F | 0x2028..=0x202F | 0x205F..=0x206F | 0x3000 | 0xD800..=0xF8FF
        | 0xFEFF | 0xFFF0..=0xFFFB | 0xFFFE | 0xFFFF | 0x110BD | 0x1BCA0..=0x1BCA3
        | 0x1D173..=0x1D17A | 0xE0001..=0xE007F | 0xF0000..)
}
