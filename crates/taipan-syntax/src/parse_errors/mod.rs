//! Mapping of ruff's parse errors to CPython 3.11's `SyntaxError`s.
//!
//! ruff reports errors in its own words and at its own positions; Python
//! code (and tests) expect CPython's. This module picks the error CPython
//! would report first and rewrites the recognisable cases — missing colons,
//! unindented blocks, invalid assignment targets, forgotten commas, argument
//! order, f-string problems, `'(' was never closed` — using ruff's token
//! stream to recover the positions CPython uses. Anything unrecognised
//! becomes CPython's generic `invalid syntax` at the offending token.
//! Tokenizer-level errors are handled before parsing, in `limits.rs`.

use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_ast::{self as r};
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType, Parsed};
use ruff_text_size::{Ranged, TextRange, TextSize};

use crate::errors::{SyntaxError, SyntaxErrorKind};
use crate::locate::LineIndex;

mod rules;
mod strings;

use rules::*;
use strings::*;

/// CPython's compile mode, which affects some error texts and positions.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Mode {
    Exec,
    Eval,
    Single,
}

/// Context for building CPython-shaped errors.
pub(crate) struct ErrCtx<'a, 's> {
    pub(crate) idx: &'a LineIndex<'s>,
    pub(crate) filename: &'a str,
    pub(crate) mode: Mode,
    pub(crate) toks: &'a [Token],
}

fn is_trivia(k: TokenKind) -> bool {
    matches!(k, TokenKind::Comment | TokenKind::NonLogicalNewline)
}

fn u(t: TextSize) -> usize {
    u32::from(t) as usize
}

impl<'s> ErrCtx<'_, 's> {
    fn src(&self) -> &'s str {
        self.idx.src()
    }

    /// The source line CPython attaches to a parser error.
    fn parser_text(&self, lineno: u32) -> String {
        let raw = self.idx.line_text(lineno);
        match self.mode {
            Mode::Exec => crate::errors::line_text(self.idx, lineno),
            Mode::Eval | Mode::Single => raw.to_string(),
        }
    }

    /// An error from byte `start` to byte `end` (1-based character offsets).
    pub(crate) fn error(
        &self,
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        start: usize,
        end: usize,
    ) -> SyntaxError {
        let (lineno, offset) = self.idx.char_col(start as u32);
        let (end_lineno, end_offset) = self.idx.char_col(end.max(start) as u32);
        SyntaxError {
            kind,
            msg: msg.into(),
            filename: self.filename.to_string(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            // CPython's text keeps the newline only for the line its
            // tokenizer is on, which is past a multi-line error's first line.
            text: Some(if end_lineno > lineno {
                self.idx
                    .line_text(lineno)
                    .trim_end_matches(['\n', '\r'])
                    .to_string()
            } else {
                self.parser_text(lineno)
            }),
        }
    }

    /// An error at end of input: CPython reports it on the last line, at
    /// column 0.
    fn at_eof(&self, msg: impl Into<String>) -> SyntaxError {
        let end = self.last_line_end();
        let mut e = self.error(SyntaxErrorKind::SyntaxError, msg, end, end);
        e.offset = 0;
        e.end_offset = 0;
        e
    }

    /// Byte offset of the end of the last line with content.
    fn content_end(&self) -> usize {
        self.src().trim_end().len()
    }

    /// Byte offset of the end of the last line (one final newline excluded).
    fn last_line_end(&self) -> usize {
        let s = self.src();
        let s = s
            .strip_suffix("\r\n")
            .or_else(|| s.strip_suffix('\n'))
            .or_else(|| s.strip_suffix('\r'))
            .unwrap_or(s);
        s.len()
    }

    fn syntax(&self, msg: impl Into<String>, range: TextRange) -> SyntaxError {
        self.error(
            SyntaxErrorKind::SyntaxError,
            msg,
            u(range.start()),
            u(range.end()),
        )
    }

    /// An error located at a token, CPython-style (newlines are zero-width).
    fn at_token(&self, msg: impl Into<String>, t: &Token) -> SyntaxError {
        let r = t.range();
        if matches!(
            t.kind(),
            TokenKind::Newline | TokenKind::EndOfFile | TokenKind::Dedent | TokenKind::Indent
        ) {
            self.error(
                SyntaxErrorKind::SyntaxError,
                msg,
                u(r.start()),
                u(r.start()),
            )
        } else {
            self.syntax(msg, r)
        }
    }

    /// Index of the first token starting at or after `offset`.
    fn index_at(&self, offset: TextSize) -> usize {
        self.toks.partition_point(|t| t.start() < offset)
    }

    /// First non-trivia token starting at or after `offset`.
    fn next_tok(&self, offset: TextSize) -> Option<&Token> {
        self.toks[self.index_at(offset)..]
            .iter()
            .find(|t| !is_trivia(t.kind()))
    }

    /// Last non-trivia token ending at or before `offset`.
    fn prev_tok(&self, offset: TextSize) -> Option<&Token> {
        let i = self.toks.partition_point(|t| t.end() <= offset);
        self.toks[..i]
            .iter()
            .rev()
            .find(|t| !is_trivia(t.kind()) && t.kind() != TokenKind::Dedent)
    }

    /// "invalid syntax" at the token at `offset` (or at `offset` itself).
    fn generic(&self, offset: TextSize) -> SyntaxError {
        let at_end = |t: &Token| {
            // Exec input always ends in a NEWLINE token in CPython; eval
            // input goes straight to the end marker.
            t.kind() == TokenKind::EndOfFile
                || (self.mode != Mode::Exec
                    && u(t.start()) >= self.content_end()
                    && t.range().is_empty())
        };
        if self.next_tok(offset).is_some_and(at_end) {
            // CPython reports a failure at the end marker at column 0.
            return self.at_eof("invalid syntax");
        }
        match self.next_tok(offset) {
            Some(t) if t.start() == offset || t.range().contains(offset) => {
                self.at_token("invalid syntax", t)
            }
            _ => self.error(
                SyntaxErrorKind::SyntaxError,
                "invalid syntax",
                u(offset),
                u(offset),
            ),
        }
    }

    /// Start of the expression element that ends just before token index `j`
    /// (walking back to a separator at bracket depth 0).
    fn element_start(&self, j: usize) -> TextSize {
        let mut depth = 0usize;
        let mut start = self.toks.get(j).map_or(TextSize::default(), |t| t.start());
        for t in self.toks[..j].iter().rev() {
            let k = t.kind();
            if is_trivia(k) {
                continue;
            }
            match k {
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                }
                TokenKind::Comma
                | TokenKind::Equal
                | TokenKind::Colon
                | TokenKind::ColonEqual
                | TokenKind::Semi
                | TokenKind::Newline
                | TokenKind::Indent
                | TokenKind::Dedent
                | TokenKind::If
                | TokenKind::Else
                | TokenKind::For
                | TokenKind::In
                | TokenKind::Return
                | TokenKind::Yield
                | TokenKind::Assert
                | TokenKind::Del
                | TokenKind::Raise
                | TokenKind::While
                | TokenKind::Elif
                | TokenKind::With
                | TokenKind::As
                | TokenKind::Rarrow
                | TokenKind::FStringStart
                | TokenKind::FStringMiddle
                    if depth == 0 =>
                {
                    break
                }
                _ => {}
            }
            start = t.start();
        }
        start
    }

    /// Whether the token at index `j` is inside brackets.
    fn in_brackets(&self, j: usize) -> bool {
        let mut depth = 0i64;
        for t in &self.toks[..j] {
            match t.kind() {
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth -= 1,
                TokenKind::Newline => depth = 0,
                _ => {}
            }
        }
        depth > 0
    }

    /// The first token after the (implicitly concatenated) string that
    /// contains `offset`; CPython 3.11 reports f-string errors there.
    fn after_strings(&self, offset: TextSize) -> Option<&Token> {
        let mut i = self.toks.partition_point(|t| t.end() <= offset);
        // Back up to the start of an enclosing f-string.
        let mut depth = 0i64;
        let mut j = i.min(self.toks.len());
        while j > 0 {
            j -= 1;
            match self.toks[j].kind() {
                TokenKind::FStringEnd => depth += 1,
                TokenKind::FStringStart => {
                    if depth == 0 {
                        i = j;
                        break;
                    }
                    depth -= 1;
                }
                _ => {}
            }
        }
        // Skip over consecutive string parts.
        let mut depth = 0i64;
        while i < self.toks.len() {
            let k = self.toks[i].kind();
            match k {
                TokenKind::FStringStart => depth += 1,
                TokenKind::FStringEnd => depth -= 1,
                _ if depth > 0 => {}
                TokenKind::String | TokenKind::NonLogicalNewline | TokenKind::Comment => {}
                _ => return Some(&self.toks[i]),
            }
            i += 1;
        }
        self.toks.last()
    }

    /// An f-string error, located as CPython 3.11 locates it.
    fn fstring_error(&self, msg: &str, offset: TextSize) -> SyntaxError {
        match self.after_strings(offset) {
            Some(t) => self.at_token(msg, t),
            None => self.error(SyntaxErrorKind::SyntaxError, msg, u(offset), u(offset)),
        }
    }
}

/// The error CPython would report for a tree ruff found errors in, if any.
pub(crate) fn first_error(
    parsed: &Parsed<r::Mod>,
    cx: &ErrCtx<'_, '_>,
    unclosed: Option<usize>,
) -> Option<SyntaxError> {
    // ruff reports a spurious "expected a real number" before the real
    // complaint about a bad pattern; CPython only reports the latter.
    let errors = parsed.errors();
    let useful = |e: &&ParseError| {
        !(matches!(e.error, ParseErrorType::ExpectedRealNumber) && errors.len() > 1)
    };
    let parse = errors
        .iter()
        .filter(useful)
        .min_by_key(|e| e.location.start());
    let unsupported = parsed
        .unsupported_syntax_errors()
        .iter()
        .min_by_key(|e| e.range.start());
    let err = match (parse, unsupported) {
        (Some(p), Some(us)) if us.range.start() < p.location.start() => {
            Some(convert_unsupported(us, cx))
        }
        (Some(p), _) => Some(convert_parse_error(p, cx)),
        (None, Some(us)) => Some(convert_unsupported(us, cx)),
        (None, None) => None,
    };
    let at_eof = parse.is_some_and(|p| {
        matches!(p.error, ParseErrorType::Lexical(LexicalErrorType::Eof))
            || cx.next_tok(p.location.end()).is_some_and(|t| {
                t.kind() == TokenKind::EndOfFile
                    || (t.kind() == TokenKind::Newline
                        && cx
                            .next_tok(t.end())
                            .is_none_or(|n| n.kind() == TokenKind::EndOfFile))
            })
    });
    // ruff's own position of the first error, for comparison with the bracket.
    let ruff_line = parse.map(|p| cx.idx.char_col(u32::from(p.location.start())).0);
    match (err, unclosed) {
        (Some(e), Some(open)) => {
            let (open_line, _) = cx.idx.char_col(open as u32);
            let after_open = parse.is_some_and(|p| u(p.location.start()) > open);
            // A generic failure at the bracket itself makes CPython's second
            // pass read on to the end of input, where the bracket is open.
            let generic_at_open = e.msg == "invalid syntax"
                && parse.is_some_and(|p| {
                    cx.next_tok(p.location.start())
                        .is_some_and(|t| u(t.start()) == open)
                });
            if (at_eof && after_open)
                || generic_at_open
                || open_line < e.lineno
                || ruff_line.is_some_and(|l| open_line < l)
            {
                Some(never_closed(cx, open))
            } else {
                Some(e)
            }
        }
        (None, Some(open)) => Some(never_closed(cx, open)),
        (e, None) => e,
    }
}

/// CPython's "unexpected indent", if ruff's first error is one on a line
/// at or before `line` (such an error is reported without looking further).
pub(crate) fn indent_before(
    parsed: &Parsed<r::Mod>,
    cx: &ErrCtx<'_, '_>,
    line: u32,
) -> Option<SyntaxError> {
    let first = parsed.errors().iter().min_by_key(|e| e.location.start())?;
    let is_indent = matches!(first.error, ParseErrorType::UnexpectedIndentation)
        || (cx.mode != Mode::Exec
            && matches!(first.error, ParseErrorType::ExpectedExpression)
            && first_is_indent(cx, first.location.start()));
    if !is_indent {
        return None;
    }
    let e = convert_parse_error(first, cx);
    (e.kind == SyntaxErrorKind::IndentationError && e.lineno <= line).then_some(e)
}

/// `'(' was never closed`, located at the bracket.
fn never_closed(cx: &ErrCtx<'_, '_>, open: usize) -> SyntaxError {
    let c = cx.src().as_bytes()[open] as char;
    let mut e = cx.error(
        SyntaxErrorKind::SyntaxError,
        format!("'{c}' was never closed"),
        open,
        open,
    );
    e.end_offset = 0;
    let last_line = cx.idx.char_col(cx.src().len() as u32).0;
    let src_ends_nl = cx.src().ends_with('\n') || cx.src().ends_with('\r');
    let last_line = if src_ends_nl {
        last_line - 1
    } else {
        last_line
    };
    if e.lineno != last_line.max(1) {
        e.text = e.text.map(|t| t.trim_end_matches(['\n', '\r']).to_string());
    }
    e
}

/// Mode `"single"` accepts one statement (one logical line, or one compound
/// statement); anything after it is an error, as is empty input.
pub(crate) fn check_single(body: &[r::Stmt], cx: &ErrCtx<'_, '_>) -> Result<(), SyntaxError> {
    let Some(first) = body.first() else {
        return Err(empty_input(cx));
    };
    // The first logical NEWLINE after the first statement's start.
    let nl = cx.toks[cx.index_at(first.start())..]
        .iter()
        .find(|t| t.kind() == TokenKind::Newline);
    if let (Some(nl), Some(last)) = (nl, body.last()) {
        if last.start() >= nl.end() {
            return Err(cx.error(
                SyntaxErrorKind::SyntaxError,
                "multiple statements found while compiling a single statement",
                u(nl.start()),
                u(nl.start()),
            ));
        }
    }
    // A compound statement must be followed by a newline in interactive mode;
    // at end of input CPython's tokenizer supplies one only after a dedent.
    let compound = !matches!(
        first,
        r::Stmt::Expr(_)
            | r::Stmt::Assign(_)
            | r::Stmt::AugAssign(_)
            | r::Stmt::AnnAssign(_)
            | r::Stmt::Return(_)
            | r::Stmt::Delete(_)
            | r::Stmt::Raise(_)
            | r::Stmt::Assert(_)
            | r::Stmt::Import(_)
            | r::Stmt::ImportFrom(_)
            | r::Stmt::Global(_)
            | r::Stmt::Nonlocal(_)
            | r::Stmt::Pass(_)
            | r::Stmt::Break(_)
            | r::Stmt::Continue(_)
            | r::Stmt::TypeAlias(_)
            | r::Stmt::IpyEscapeCommand(_)
    );
    let src = cx.src();
    let ends_nl = src.ends_with('\n') || src.ends_with('\r');
    let significant: Vec<&Token> = cx.toks.iter().filter(|t| !is_trivia(t.kind())).collect();
    let dedent_at_end = significant
        .iter()
        .rev()
        .nth(1)
        .is_some_and(|t| t.kind() == TokenKind::Dedent);
    if compound && !ends_nl && !dedent_at_end {
        let last = significant.iter().rev().find(|t| {
            !matches!(
                t.kind(),
                TokenKind::Newline | TokenKind::EndOfFile | TokenKind::Dedent
            )
        });
        let lineno = last.map_or(1, |t| cx.idx.char_col(u32::from(t.start())).0);
        return Err(SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: "invalid syntax".into(),
            filename: cx.filename.to_string(),
            lineno,
            offset: 0,
            end_lineno: lineno,
            end_offset: 0,
            text: Some(cx.idx.line_text(lineno).to_string()),
        });
    }
    Ok(())
}

/// CPython's error for eval/single input with no tokens at all.
pub(crate) fn empty_input(cx: &ErrCtx<'_, '_>) -> SyntaxError {
    let src = cx.src();
    let lineno = src.matches('\n').count() as u32;
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: "invalid syntax".into(),
        filename: cx.filename.to_string(),
        lineno,
        offset: 0,
        end_lineno: lineno,
        end_offset: 0,
        text: Some(if lineno == 0 {
            String::new()
        } else {
            cx.idx.line_text(lineno).to_string()
        }),
    }
}
