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
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, ParseError, ParseErrorType, Parsed,
    UnsupportedSyntaxError, UnsupportedSyntaxErrorKind,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

use crate::errors::{SyntaxError, SyntaxErrorKind};
use crate::locate::LineIndex;

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

/// CPython's name for an expression kind in "cannot assign to ..." messages.
fn expr_name(e: &r::Expr) -> &'static str {
    use r::Expr as E;
    match e {
        E::Attribute(_) => "attribute",
        E::Subscript(_) => "subscript",
        E::Starred(_) => "starred",
        E::Name(_) => "name",
        E::List(_) => "list",
        E::Tuple(_) => "tuple",
        E::Lambda(_) => "lambda",
        E::Call(_) => "function call",
        E::BoolOp(_) | E::BinOp(_) | E::UnaryOp(_) => "expression",
        E::Generator(_) => "generator expression",
        E::Yield(_) | E::YieldFrom(_) => "yield expression",
        E::Await(_) => "await expression",
        E::ListComp(_) => "list comprehension",
        E::SetComp(_) => "set comprehension",
        E::DictComp(_) => "dict comprehension",
        E::Dict(_) => "dict literal",
        E::Set(_) => "set display",
        E::FString(_) | E::TString(_) => "f-string expression",
        E::NoneLiteral(_) => "None",
        E::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        E::EllipsisLiteral(_) => "ellipsis",
        E::StringLiteral(_) | E::BytesLiteral(_) | E::NumberLiteral(_) => "literal",
        E::Compare(_) => "comparison",
        E::If(_) => "conditional expression",
        E::Named(_) => "named expression",
        E::Slice(_) | E::IpyEscapeCommand(_) => "expression",
    }
}

/// Re-parses the source text of `range` as an expression, to learn its kind.
fn reparse<T>(cx: &ErrCtx<'_, '_>, range: TextRange, f: impl FnOnce(&r::Expr) -> T) -> Option<T> {
    let text = cx.src().get(u(range.start())..u(range.end()))?;
    let options =
        ruff_python_parser::ParseOptions::from(ruff_python_parser::Mode::ParenthesizedExpression);
    let parsed = ruff_python_parser::parse_unchecked(text, options);
    let m = parsed.into_syntax();
    let out = match &m {
        r::Mod::Expression(e) => Some(f(&e.body)),
        r::Mod::Module(_) => None,
    };
    crate::teardown::dispose(m);
    out
}

/// CPython's `_PyPegen_get_invalid_target`: the innermost sub-target that
/// cannot be assigned to.
fn invalid_target(e: &r::Expr, for_del: bool) -> Option<&r::Expr> {
    match e {
        r::Expr::Tuple(t) => t.elts.iter().find_map(|x| invalid_target(x, for_del)),
        r::Expr::List(l) => l.elts.iter().find_map(|x| invalid_target(x, for_del)),
        r::Expr::Starred(s) if !for_del => invalid_target(&s.value, for_del),
        r::Expr::Name(_) | r::Expr::Subscript(_) | r::Expr::Attribute(_) => None,
        _ => Some(e),
    }
}

/// Whether CPython's `invalid_named_expression` rule applies: the bad target
/// is directly followed by a single `=` (and no further `=` on the line).
fn maybe_meant_eq(cx: &ErrCtx<'_, '_>, range: TextRange, e: &r::Expr) -> bool {
    if matches!(
        e,
        r::Expr::List(_)
            | r::Expr::Tuple(_)
            | r::Expr::Generator(_)
            | r::Expr::BooleanLiteral(_)
            | r::Expr::NoneLiteral(_)
            | r::Expr::Lambda(_)
            | r::Expr::If(_)
            | r::Expr::BoolOp(_)
            | r::Expr::Compare(_)
            | r::Expr::Named(_)
            | r::Expr::Yield(_)
            | r::Expr::YieldFrom(_)
            | r::Expr::Starred(_)
    ) {
        return false;
    }
    if let r::Expr::UnaryOp(uo) = e {
        if uo.op == r::UnaryOp::Not {
            return false;
        }
    }
    // Only the first target of a statement (no `=` before it on the line).
    let mut depth = 0i64;
    for t in cx.toks[..cx.index_at(range.start())].iter().rev() {
        match t.kind() {
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth -= 1,
            TokenKind::Equal if depth <= 0 => return false,
            TokenKind::Newline | TokenKind::Semi | TokenKind::Indent | TokenKind::Dedent
                if depth <= 0 =>
            {
                break
            }
            _ => {}
        }
    }
    let Some(next) = cx.next_tok(range.end()) else {
        return false;
    };
    if next.kind() != TokenKind::Equal {
        return false;
    }
    // No further `=` at depth 0 in the rest of the logical line.
    let mut depth = 0i64;
    for t in &cx.toks[cx.index_at(next.end())..] {
        match t.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth -= 1,
            TokenKind::Equal | TokenKind::ColonEqual if depth == 0 => return false,
            TokenKind::Newline | TokenKind::Semi | TokenKind::EndOfFile if depth <= 0 => break,
            _ => {}
        }
    }
    true
}

fn assign_target_error(
    cx: &ErrCtx<'_, '_>,
    range: TextRange,
    verb: &str,
    for_del: bool,
) -> SyntaxError {
    let found = reparse(cx, range, |e| {
        let bad = invalid_target(e, for_del).unwrap_or(e);
        let r = bad.range();
        let abs = TextRange::new(r.start() + range.start(), r.end() + range.start());
        let here = verb == "assign to" && std::ptr::eq(bad, e) && maybe_meant_eq(cx, range, e);
        (
            expr_name(bad),
            abs,
            matches!(e, r::Expr::Yield(_) | r::Expr::YieldFrom(_)),
            here,
        )
    });
    match found {
        Some((_, abs, true, _))
            if verb == "assign to" && !cx.src()[..u(range.start())].trim_end().ends_with('(') =>
        {
            cx.syntax("assignment to yield expression not possible", abs)
        }
        Some((name, abs, _, true)) => cx.syntax(
            format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?"),
            abs,
        ),
        Some((name, abs, _, false)) => cx.syntax(format!("cannot {verb} {name}"), abs),
        None => cx.syntax("invalid syntax", range),
    }
}

fn convert_parse_error(e: &ParseError, cx: &ErrCtx<'_, '_>) -> SyntaxError {
    let range = e.location;
    let start = range.start();
    match &e.error {
        ParseErrorType::ExpectedToken { expected, found } => {
            expected_token(cx, *expected, *found, range)
        }
        ParseErrorType::OtherError(msg) => other_error(cx, msg, range),
        ParseErrorType::UnexpectedIndentation if cx.mode == Mode::Single => {
            match cx.toks[..cx.index_at(start)]
                .iter()
                .rev()
                .find(|t| t.kind() == TokenKind::Newline)
            {
                Some(nl) => cx.error(
                    SyntaxErrorKind::SyntaxError,
                    "multiple statements found while compiling a single statement",
                    u(nl.start()),
                    u(nl.start()),
                ),
                None => unexpected_indent(cx, range),
            }
        }
        ParseErrorType::UnexpectedIndentation => unexpected_indent(cx, range),
        ParseErrorType::InvalidAssignmentTarget => {
            assign_target_error(cx, range, "assign to", false)
        }
        ParseErrorType::InvalidDeleteTarget => assign_target_error(cx, range, "delete", true),
        ParseErrorType::InvalidAugmentedAssignmentTarget => {
            let name = reparse(cx, range, expr_name).unwrap_or("expression");
            cx.syntax(
                format!("'{name}' is an illegal expression for augmented assignment"),
                range,
            )
        }
        ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            let msg = reparse(cx, range, |e| match e {
                r::Expr::Tuple(_) => "only single target (not tuple) can be annotated",
                r::Expr::List(_) => "only single target (not list) can be annotated",
                _ => "illegal target for annotation",
            })
            .unwrap_or("illegal target for annotation");
            cx.syntax(msg, range)
        }
        ParseErrorType::InvalidNamedAssignmentTarget => {
            let name = reparse(cx, range, expr_name).unwrap_or("expression");
            cx.syntax(
                format!("cannot use assignment expressions with {name}"),
                range,
            )
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            // In a class's bases CPython's grammar has no special rule: it
            // fails generically at the `for`.
            let j = cx.index_at(start);
            let lpar = cx.toks[..j]
                .iter()
                .rposition(|t| t.kind() == TokenKind::Lpar);
            let is_class = lpar.is_some_and(|l| {
                l >= 2
                    && cx.toks[l - 1].kind() == TokenKind::Name
                    && cx.toks[l - 2].kind() == TokenKind::Class
            });
            match cx.toks[j..].iter().find(|t| t.kind() == TokenKind::For) {
                Some(f) if is_class => cx.at_token("invalid syntax", f),
                _ => cx.syntax("Generator expression must be parenthesized", range),
            }
        }
        ParseErrorType::PositionalAfterKeywordArgument
        | ParseErrorType::PositionalAfterKeywordUnpacking => {
            let msg = if matches!(e.error, ParseErrorType::PositionalAfterKeywordArgument) {
                "positional argument follows keyword argument"
            } else {
                "positional argument follows keyword argument unpacking"
            };
            match closing_after(cx, range.end()) {
                Some(t) => cx.at_token(msg, t),
                None => cx.syntax(msg, range),
            }
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => cx.syntax(
            "iterable argument unpacking follows keyword argument unpacking",
            TextRange::new(start, (start + TextSize::from(1)).min(range.end())),
        ),
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            cx.syntax("non-default argument follows default argument", range)
        }
        ParseErrorType::ParamAfterVarKeywordParam => {
            cx.syntax("arguments cannot follow var-keyword argument", range)
        }
        ParseErrorType::ExpectedKeywordParam => {
            // CPython points at the bare `*`.
            let k = cx.toks[..cx.index_at(range.end())]
                .iter()
                .rposition(|t| t.kind() == TokenKind::Star);
            let in_lambda = k.is_some_and(|k| {
                let lambda = cx.toks[..k]
                    .iter()
                    .rposition(|t| t.kind() == TokenKind::Lambda);
                let paren = cx.toks[..k]
                    .iter()
                    .rposition(|t| t.kind() == TokenKind::Lpar);
                lambda.is_some() && lambda > paren
            });
            match k {
                // `lambda *: ...` is reported at the token after the star.
                Some(k) if in_lambda => match cx.next_tok(cx.toks[k].end()) {
                    Some(t) => cx.at_token("named arguments must follow bare *", t),
                    None => cx.syntax("named arguments must follow bare *", range),
                },
                Some(k) => cx.syntax("named arguments must follow bare *", cx.toks[k].range()),
                None => cx.syntax("named arguments must follow bare *", range),
            }
        }
        ParseErrorType::ExpectedImaginaryNumber => {
            cx.syntax("imaginary number required in complex literal", range)
        }
        ParseErrorType::ExpectedRealNumber => {
            cx.syntax("real number required in complex literal", range)
        }
        ParseErrorType::VarParameterWithDefault => {
            // The `*`/`**` precede the parameter name ruff points at.
            let line_start = cx.src()[..u(range.start())]
                .rfind(['(', ','])
                .map_or(0, |i| i + 1);
            let text = cx.src()[line_start..u(range.start())].trim_start();
            let msg = if text.starts_with("**") {
                "var-keyword argument cannot have default value"
            } else {
                "var-positional argument cannot have default value"
            };
            cx.syntax(msg, range)
        }
        ParseErrorType::InvalidStarredExpressionUsage => {
            let text = cx.src().get(u(range.start())..u(range.end())).unwrap_or("");
            let parenthesized = cx
                .prev_tok(range.start())
                .is_some_and(|t| t.kind() == TokenKind::Lpar)
                && cx
                    .next_tok(range.end())
                    .is_some_and(|t| t.kind() == TokenKind::Rpar);
            let dict_value = cx
                .prev_tok(range.start())
                .is_some_and(|t| t.kind() == TokenKind::Colon)
                && in_dict(cx, cx.index_at(range.start()));
            if text.starts_with("**") {
                cx.generic(range.end())
            } else if dict_value {
                cx.syntax(
                    "cannot use a starred expression in a dictionary value",
                    range,
                )
            } else if parenthesized {
                cx.syntax("cannot use starred expression here", range)
            } else {
                cx.generic(range.start())
            }
        }
        ParseErrorType::InvalidMatchPatternTarget
            if cx
                .prev_tok(start)
                .is_some_and(|t| t.kind() == TokenKind::DoubleStar) =>
        {
            cx.generic(start)
        }
        ParseErrorType::InvalidMatchPatternTarget => cx.syntax("cannot use '_' as a target", range),
        ParseErrorType::InvalidStarPatternUsage => cx.generic(range.end()),
        ParseErrorType::IterableUnpackingInComprehension => {
            cx.syntax("iterable unpacking cannot be used in comprehension", range)
        }
        ParseErrorType::FStringError(fe) => fstring_error(cx, fe, range),
        ParseErrorType::Lexical(le) => lexical_error(cx, le, range),
        ParseErrorType::ExpectedExpression if inside_fstring_braces(cx, start) => {
            let msg = match cx.toks.get(cx.index_at(start)).map(|t| t.kind()) {
                Some(TokenKind::Exclamation) => "f-string: expression required before '!'",
                Some(TokenKind::Rbrace | TokenKind::Colon) => {
                    "f-string: empty expression not allowed"
                }
                _ => "f-string: expecting '}'",
            };
            cx.fstring_error(msg, start)
        }
        ParseErrorType::ExpectedExpression
            if cx
                .prev_tok(start)
                .is_some_and(|t| t.kind() == TokenKind::Rarrow) =>
        {
            // `def f() -> :` — CPython's forced `':'` fails at the arrow.
            let arrow = cx.prev_tok(start).map_or(range, |t| t.range());
            cx.syntax("expected ':'", arrow)
        }
        ParseErrorType::ExpectedExpression
            if cx.mode != Mode::Exec && first_is_indent(cx, start) =>
        {
            unexpected_indent(cx, range)
        }
        ParseErrorType::SimpleStatementsOnSameLine => same_line(cx, range),
        _ => cx.generic(start),
    }
}

/// The first closing bracket at depth 0 after `offset`.
fn closing_after<'a>(cx: &'a ErrCtx<'_, '_>, offset: TextSize) -> Option<&'a Token> {
    let mut depth = 0i64;
    for t in &cx.toks[cx.index_at(offset)..] {
        match t.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                if depth == 0 {
                    return Some(t);
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    None
}

fn first_is_indent(cx: &ErrCtx<'_, '_>, start: TextSize) -> bool {
    cx.next_tok(start)
        .is_some_and(|t| t.kind() == TokenKind::Indent)
        || cx
            .toks
            .iter()
            .find(|t| !is_trivia(t.kind()))
            .is_some_and(|t| t.kind() == TokenKind::Indent)
}

/// Whether `offset` is directly inside an empty f-string replacement field `{}`.
fn inside_fstring_braces(cx: &ErrCtx<'_, '_>, offset: TextSize) -> bool {
    let i = cx.toks.partition_point(|t| t.end() <= offset);
    let prev = cx.toks[..i].iter().rev().find(|t| !is_trivia(t.kind()));
    let mut depth = 0i64;
    for t in &cx.toks[..i] {
        match t.kind() {
            TokenKind::FStringStart => depth += 1,
            TokenKind::FStringEnd => depth -= 1,
            _ => {}
        }
    }
    depth > 0 && prev.is_some_and(|t| t.kind() == TokenKind::Lbrace)
}

/// Whether `offset` lies inside an f-string (between its start and end tokens).
fn in_fstring(cx: &ErrCtx<'_, '_>, offset: TextSize) -> bool {
    let mut depth = 0i64;
    for t in cx.toks.iter().take_while(|t| t.start() < offset) {
        match t.kind() {
            TokenKind::FStringStart => depth += 1,
            TokenKind::FStringEnd => depth -= 1,
            _ => {}
        }
    }
    depth > 0
}

fn unexpected_indent(cx: &ErrCtx<'_, '_>, range: TextRange) -> SyntaxError {
    // CPython: offset is the indentation width in characters, no end.
    let (lineno, _) = cx.idx.char_col(u32::from(range.start()));
    let line = cx.idx.line_text(lineno);
    let width = line
        .chars()
        .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
        .count() as u32;
    let mut e = cx.error(
        SyntaxErrorKind::IndentationError,
        "unexpected indent",
        u(range.start()),
        u(range.start()),
    );
    e.lineno = lineno;
    e.end_lineno = lineno;
    e.offset = width;
    e.end_offset = 0;
    e
}

fn expected_token(
    cx: &ErrCtx<'_, '_>,
    expected: TokenKind,
    found: TokenKind,
    range: TextRange,
) -> SyntaxError {
    let j = cx.index_at(range.start());
    let expr_start = matches!(
        found,
        TokenKind::Name
            | TokenKind::Int
            | TokenKind::Float
            | TokenKind::Complex
            | TokenKind::String
            | TokenKind::FStringStart
            | TokenKind::Lpar
            | TokenKind::Lsqb
            | TokenKind::Lbrace
            | TokenKind::None
            | TokenKind::True
            | TokenKind::False
            | TokenKind::Not
            | TokenKind::Minus
            | TokenKind::Plus
            | TokenKind::Tilde
            | TokenKind::Lambda
            | TokenKind::Await
            | TokenKind::Ellipsis
            | TokenKind::Match
            | TokenKind::Case
            | TokenKind::Type
    );
    if found == TokenKind::Equal && expected != TokenKind::Equal {
        // `if x = 1:` — CPython suggests `==` or `:=`.
        if let Some(name) = cx
            .prev_tok(range.start())
            .filter(|t| t.kind() == TokenKind::Name)
        {
            let k = cx.index_at(range.end());
            if k < cx.toks.len() {
                let end = element_end(cx, k);
                let b_end = reparse(cx, TextRange::new(cx.toks[k].start(), end), |e| {
                    e.range().end() + cx.toks[k].start()
                })
                .unwrap_or(end);
                return cx.syntax(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    TextRange::new(name.start(), b_end),
                );
            }
        }
    }
    if expected == TokenKind::Lpar && statement_keyword(cx, j) == Some(TokenKind::Def) {
        return cx.at_token("expected '('", &cx.toks[j.min(cx.toks.len() - 1)]);
    }
    if expected == TokenKind::Colon
        && found != TokenKind::Newline
        && matches!(
            statement_keyword(cx, j),
            Some(
                TokenKind::Else
                    | TokenKind::Try
                    | TokenKind::Finally
                    | TokenKind::For
                    | TokenKind::Def
            )
        )
    {
        return cx.at_token("expected ':'", &cx.toks[j.min(cx.toks.len() - 1)]);
    }
    match expected {
        TokenKind::Colon if found == TokenKind::Newline => cx.error(
            SyntaxErrorKind::SyntaxError,
            "expected ':'",
            u(range.start()),
            u(range.start()),
        ),
        TokenKind::Colon
            if matches!(found, TokenKind::Rbrace | TokenKind::Comma) && in_dict(cx, j) =>
        {
            let start = cx.element_start(j);
            let mut e = cx.error(
                SyntaxErrorKind::SyntaxError,
                "':' expected after dictionary key",
                u(start),
                u(start),
            );
            e.end_offset = 0;
            e
        }
        TokenKind::Comma | TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace
            if expr_start && cx.in_brackets(j) =>
        {
            forgot_comma(cx, j).unwrap_or_else(|| cx.generic(range.start()))
        }
        TokenKind::Else if found == TokenKind::Newline || !expr_start => {
            // `a if b` without `else`: CPython spans `a if b`.
            let if_idx = cx.toks[..j].iter().rposition(|t| t.kind() == TokenKind::If);
            match (if_idx, cx.prev_tok(range.start())) {
                (Some(i), Some(last)) => {
                    let start = cx.element_start(i);
                    cx.syntax(
                        "expected 'else' after 'if' expression",
                        TextRange::new(start, last.end()),
                    )
                }
                _ => cx.generic(range.start()),
            }
        }
        _ => cx.generic(range.start()),
    }
}

/// The keyword that starts the statement containing token index `j`
/// (`async` skipped).
fn statement_keyword(cx: &ErrCtx<'_, '_>, j: usize) -> Option<TokenKind> {
    let mut first = None;
    for t in cx.toks[..j.min(cx.toks.len())].iter().rev() {
        match t.kind() {
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent | TokenKind::Semi => break,
            k if is_trivia(k) => {}
            k => first = Some(k),
        }
    }
    if first == Some(TokenKind::Async) {
        let i = cx.toks[..j]
            .iter()
            .rposition(|t| t.kind() == TokenKind::Async)?;
        return cx.toks[i + 1..j]
            .iter()
            .find(|t| !is_trivia(t.kind()))
            .map(|t| t.kind());
    }
    first
}

/// Whether token index `j` is directly inside a `{...}` display.
fn in_dict(cx: &ErrCtx<'_, '_>, j: usize) -> bool {
    let mut depth = 0usize;
    for t in cx.toks[..j].iter().rev() {
        match t.kind() {
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
            TokenKind::Lpar | TokenKind::Lsqb => {
                if depth == 0 {
                    return false;
                }
                depth -= 1;
            }
            TokenKind::Lbrace => {
                if depth == 0 {
                    return true;
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    false
}

/// "invalid syntax. Perhaps you forgot a comma?" spanning the two adjacent
/// expressions around token index `j`.
fn forgot_comma(cx: &ErrCtx<'_, '_>, j: usize) -> Option<SyntaxError> {
    let b_start = cx.toks.get(j)?.start();
    // Parameter lists are not expressions: no comma hint there.
    let mut depth = 0usize;
    for (i, t) in cx.toks[..j].iter().enumerate().rev() {
        match t.kind() {
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace if depth > 0 => depth -= 1,
            TokenKind::Lpar => {
                if i >= 2
                    && cx.toks[i - 1].kind() == TokenKind::Name
                    && cx.toks[i - 2].kind() == TokenKind::Def
                {
                    return None;
                }
                break;
            }
            TokenKind::Lsqb | TokenKind::Lbrace => break,
            _ => {}
        }
    }
    let a_start = cx.element_start(j);
    if a_start >= b_start {
        return None;
    }
    // `!(NAME STRING | SOFT_KEYWORD)`: not for `print "x"`-like or soft keywords.
    let first = cx.next_tok(a_start)?;
    if matches!(
        first.kind(),
        TokenKind::Match | TokenKind::Case | TokenKind::Type
    ) {
        return None;
    }
    let second = &cx.toks[j];
    if first.kind() == TokenKind::Name
        && first.end() <= second.start()
        && cx
            .next_tok(first.end())
            .is_some_and(|t| std::ptr::eq(t, second))
        && matches!(second.kind(), TokenKind::String | TokenKind::FStringStart)
    {
        return None;
    }
    // The second expression: re-parse from `b` to the end of its element.
    let end = element_end(cx, j);
    let b_end = reparse(cx, TextRange::new(b_start, end), |e| {
        e.range().end() + b_start
    })
    .unwrap_or(end);
    Some(cx.syntax(
        "invalid syntax. Perhaps you forgot a comma?",
        TextRange::new(a_start, b_end),
    ))
}

/// End of the element starting at token index `j` (next separator at depth 0).
fn element_end(cx: &ErrCtx<'_, '_>, j: usize) -> TextSize {
    let mut depth = 0usize;
    let mut end = cx.toks[j].end();
    for t in &cx.toks[j..] {
        match t.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            TokenKind::Comma | TokenKind::Colon | TokenKind::Equal | TokenKind::Newline
                if depth == 0 =>
            {
                break
            }
            _ => {}
        }
        end = t.end();
    }
    end
}

/// Two statements on one line without a separator.
fn same_line(cx: &ErrCtx<'_, '_>, range: TextRange) -> SyntaxError {
    // `print "x"` / `exec "x"`: CPython's legacy-statement hint.
    if let Some(prev) = cx.prev_tok(range.start()) {
        if prev.kind() == TokenKind::Name {
            let name = &cx.src()[prev.range()];
            let before = cx.prev_tok(prev.start()).map(|t| t.kind());
            let stmt_start = matches!(
                before,
                None | Some(
                    TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent | TokenKind::Semi
                )
            );
            let next_is_paren = cx
                .next_tok(range.start())
                .is_some_and(|t| t.kind() == TokenKind::Lpar);
            if (name == "print" || name == "exec") && stmt_start && !next_is_paren {
                let end = logical_line_end(cx, range.start());
                return cx.syntax(
                    format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                    TextRange::new(prev.start(), end),
                );
            }
        }
    }
    cx.generic(range.start())
}

/// End of the last significant token of the logical line containing `offset`.
fn logical_line_end(cx: &ErrCtx<'_, '_>, offset: TextSize) -> TextSize {
    let mut end = offset;
    let mut depth = 0i64;
    for t in &cx.toks[cx.index_at(offset)..] {
        match t.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth -= 1,
            TokenKind::Newline | TokenKind::Semi | TokenKind::EndOfFile if depth <= 0 => break,
            k if is_trivia(k) => continue,
            _ => {}
        }
        end = t.end();
    }
    end
}

fn other_error(cx: &ErrCtx<'_, '_>, msg: &str, range: TextRange) -> SyntaxError {
    if let Some(rest) = msg.strip_prefix("Expected an indented block after ") {
        return indented_block(cx, rest, range);
    }
    match msg {
        "Expected `except` or `finally` after `try` block" => {
            let at_end = cx
                .next_tok(range.start())
                .is_none_or(|t| u(t.start()) >= cx.content_end());
            let mut e = match cx.prev_tok(range.start()) {
                _ if at_end => {
                    let end = cx.last_line_end();
                    cx.error(
                        SyntaxErrorKind::SyntaxError,
                        "expected 'except' or 'finally' block",
                        end,
                        end,
                    )
                }
                Some(t) if t.kind() == TokenKind::Newline => cx.error(
                    SyntaxErrorKind::SyntaxError,
                    "expected 'except' or 'finally' block",
                    u(t.start()),
                    u(t.start()),
                ),
                _ => cx.error(
                    SyntaxErrorKind::SyntaxError,
                    "expected 'except' or 'finally' block",
                    u(range.start()),
                    u(range.start()),
                ),
            };
            e.end_offset = 0;
            e
        }
        "Expected one or more exception types" => {
            cx.syntax("expected one or more exception types", range)
        }
        "Cannot have both 'except' and 'except*' on the same 'try'" => {
            let j0 = cx.index_at(range.start());
            let j = cx.toks[j0..]
                .iter()
                .position(|t| t.kind() == TokenKind::Except)
                .map_or(j0, |k| j0 + k);
            let end = match (cx.toks.get(j), cx.toks.get(j + 1)) {
                (Some(_), Some(s)) if s.kind() == TokenKind::Star => s.end(),
                (Some(e), _) => e.end(),
                _ => range.end(),
            };
            cx.syntax(
                "cannot have both 'except' and 'except*' on the same 'try'",
                TextRange::new(range.start(), end),
            )
        }
        "Only one '/' separator allowed" => cx.syntax("/ may appear only once", range),
        "'/' parameter must appear before '*' parameter" => {
            cx.syntax("/ must be ahead of *", range)
        }
        "Trailing comma not allowed" => match cx.next_tok(range.end()) {
            Some(t) => cx.at_token(
                "trailing comma not allowed without surrounding parentheses",
                t,
            ),
            None => cx.syntax(
                "trailing comma not allowed without surrounding parentheses",
                range,
            ),
        },
        "Positional patterns cannot follow keyword patterns" => {
            cx.syntax("positional patterns follow keyword patterns", range)
        }
        "Star import cannot be parenthesized" => {
            match cx.next_tok(range.start() + TextSize::from(1)) {
                Some(t) => cx.at_token("invalid syntax", t),
                None => cx.generic(range.start()),
            }
        }
        "Only one '*' parameter allowed" => cx.syntax(
            "* argument may appear only once",
            TextRange::new(
                range.start(),
                (range.start() + TextSize::from(1)).min(range.end()),
            ),
        ),
        _ if msg.starts_with("Only single target") => {
            let mut m = msg.to_string();
            m[..1].make_ascii_lowercase();
            cx.syntax(m, range)
        }
        "Bytes literal cannot be mixed with non-bytes literals" => match cx.next_tok(range.end()) {
            Some(t) => cx.at_token("cannot mix bytes and nonbytes literals", t),
            None => cx.syntax("cannot mix bytes and nonbytes literals", range),
        },
        "Expected a pattern" => {
            // CPython fails at the operand of a unary minus, not at the sign.
            match cx.next_tok(range.start()) {
                Some(t) if t.kind() == TokenKind::Minus => match cx.next_tok(t.end()) {
                    Some(n) => cx.at_token("invalid syntax", n),
                    None => cx.generic(range.start()),
                },
                _ => cx.generic(range.start()),
            }
        }
        _ => cx.generic(range.start()),
    }
}

/// IndentationError "expected an indented block after ... on line N".
fn indented_block(cx: &ErrCtx<'_, '_>, what: &str, range: TextRange) -> SyntaxError {
    let (kw, desc): (&[TokenKind], &str) = match what {
        "`if` statement" => (&[TokenKind::If], "'if' statement"),
        "`elif` clause" => (&[TokenKind::Elif], "'elif' statement"),
        "`else` clause" => (&[TokenKind::Else], "'else' statement"),
        "`for` statement" => (&[TokenKind::For], "'for' statement"),
        "`while` statement" => (&[TokenKind::While], "'while' statement"),
        "`with` statement" => (&[TokenKind::With], "'with' statement"),
        "`try` statement" => (&[TokenKind::Try], "'try' statement"),
        "`except` clause" => (&[TokenKind::Except], "'except' statement"),
        "`finally` clause" => (&[TokenKind::Finally], "'finally' statement"),
        "`class` definition" => (&[TokenKind::Class], "class definition"),
        "function definition" => (&[TokenKind::Def], "function definition"),
        "`match` statement" => (&[TokenKind::Match], "'match' statement"),
        "`case` block" => (&[TokenKind::Case], "'case' statement"),
        _ => (&[], "statement"),
    };
    // The header keyword: the last such token that starts a statement.
    let j = cx.index_at(range.start());
    let mut header = None;
    let mut star = false;
    for (i, t) in cx.toks[..j].iter().enumerate().rev() {
        if !kw.contains(&t.kind()) {
            continue;
        }
        let before = cx.toks[..i]
            .iter()
            .rev()
            .find(|t| !is_trivia(t.kind()))
            .map(|t| t.kind());
        let starts = matches!(
            before,
            None | Some(
                TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent | TokenKind::Async
            )
        );
        if starts {
            header = Some(t.start());
            star = cx
                .toks
                .get(i + 1)
                .is_some_and(|n| n.kind() == TokenKind::Star);
            break;
        }
    }
    let desc = if star && desc == "'except' statement" {
        "'except*' statement"
    } else {
        desc
    };
    let line = header.map_or(1, |h| cx.idx.char_col(u32::from(h)).0);
    let msg = format!("expected an indented block after {desc} on line {line}");
    let tok = cx.next_tok(range.start());
    match tok {
        Some(t)
            if !matches!(
                t.kind(),
                TokenKind::Newline | TokenKind::EndOfFile | TokenKind::Dedent
            ) && !range.is_empty() =>
        {
            let mut e = cx.syntax(msg, t.range());
            e.kind = SyntaxErrorKind::IndentationError;
            e
        }
        _ => {
            // At end of input CPython points just past the last line.
            let at = if cx
                .next_tok(range.end())
                .is_none_or(|t| u(t.start()) >= cx.content_end())
            {
                cx.last_line_end()
            } else {
                u(range.start())
            };
            let mut e = cx.error(SyntaxErrorKind::IndentationError, msg, at, at);
            e.end_offset = 0;
            e
        }
    }
}

/// Where CPython 3.11 (which knows no nested quotes in f-strings) sees the
/// f-string containing `offset` end: just after the first matching quote.
fn fstring_311_end(cx: &ErrCtx<'_, '_>, offset: TextSize) -> Option<usize> {
    let i = cx.toks.partition_point(|t| t.start() <= offset);
    let mut depth = 0i64;
    let start = cx.toks[..i].iter().rev().find(|t| match t.kind() {
        TokenKind::FStringEnd => {
            depth += 1;
            false
        }
        TokenKind::FStringStart => {
            if depth == 0 {
                return true;
            }
            depth -= 1;
            false
        }
        _ => false,
    })?;
    let b = cx.src().as_bytes();
    let open = &cx.src()[start.range()];
    let q = *open.as_bytes().last()?;
    let triple = open.len() >= 3 && open.as_bytes()[open.len() - 3..].iter().all(|&c| c == q);
    let mut k = u(start.end());
    while k < b.len() {
        match b[k] {
            b'\\' => k += 2,
            c if c == q && (!triple || (k + 2 < b.len() && b[k + 1] == q && b[k + 2] == q)) => {
                return Some(k + if triple { 3 } else { 1 });
            }
            b'\n' if !triple => return Some(k),
            _ => k += 1,
        }
    }
    Some(b.len())
}

fn fstring_error(
    cx: &ErrCtx<'_, '_>,
    fe: &InterpolatedStringErrorType,
    range: TextRange,
) -> SyntaxError {
    // A `#` inside a replacement field is what 3.11 objects to first.
    if let Some(end) = fstring_311_end(cx, range.start()) {
        let i = cx.toks.partition_point(|t| t.start() <= range.start());
        let start = cx.toks[..i]
            .iter()
            .rev()
            .find(|t| t.kind() == TokenKind::FStringStart)
            .map(|t| u(t.end()));
        if let Some(start) = start {
            let text = &cx.src()[start.min(end)..end];
            if text.contains('{') && text[text.find('{').unwrap_or(0)..].contains('#') {
                return cx
                    .fstring_error("f-string expression part cannot include '#'", range.start());
            }
        }
    }
    let msg = match fe {
        InterpolatedStringErrorType::UnclosedLbrace => "f-string: expecting '}'",
        InterpolatedStringErrorType::InvalidConversionFlag => {
            let text = cx.src().get(u(range.start())..u(range.end())).unwrap_or("");
            if text.len() > 1 && matches!(text.as_bytes()[0], b's' | b'r' | b'a') {
                "f-string: expecting '}'"
            } else {
                "f-string: invalid conversion character: expected 's', 'r', or 'a'"
            }
        }
        InterpolatedStringErrorType::SingleRbrace => "f-string: single '}' is not allowed",
        InterpolatedStringErrorType::UnterminatedString
        | InterpolatedStringErrorType::UnterminatedTripleQuotedString => "f-string: expecting '}'",
        InterpolatedStringErrorType::LambdaWithoutParentheses => {
            "f-string: lambda expressions are not allowed without parentheses"
        }
        InterpolatedStringErrorType::ConversionFlagNotImmediatelyAfterExclamation => {
            "f-string: invalid conversion character: expected 's', 'r', or 'a'"
        }
        InterpolatedStringErrorType::NewlineInFormatSpec => "f-string: expecting '}'",
    };
    cx.fstring_error(msg, range.start())
}

fn lexical_error(cx: &ErrCtx<'_, '_>, le: &LexicalErrorType, range: TextRange) -> SyntaxError {
    match le {
        LexicalErrorType::FStringError(fe) => fstring_error(cx, fe, range),
        LexicalErrorType::InvalidByteLiteral => {
            // CPython spans the whole bytes token.
            let t = cx.toks[..cx.index_at(range.end())]
                .iter()
                .rev()
                .find(|t| t.kind() == TokenKind::String);
            let r = t.map_or(range, |t| t.range());
            cx.syntax("bytes can only contain ASCII literal characters", r)
        }
        LexicalErrorType::UnicodeError
        | LexicalErrorType::MissingUnicodeLbrace
        | LexicalErrorType::MissingUnicodeRbrace => unicode_error(cx, le, range),
        LexicalErrorType::UnclosedStringError if in_fstring(cx, range.start()) => {
            // ruff's f-string lexer went astray; in 3.11 the f-string ended at
            // this quote and its replacement field was left open.
            let src = cx.src();
            let after = crate::lower::skip_trivia_inline(src, u(range.start()) + 1);
            let at_eol =
                after >= src.len() || matches!(src.as_bytes()[after], b'\n' | b'\r' | b'#');
            let width = if at_eol {
                0
            } else {
                src[after..].chars().next().map_or(0, char::len_utf8)
            };
            cx.error(
                SyntaxErrorKind::SyntaxError,
                "f-string: expecting '}'",
                after,
                after + width,
            )
        }
        LexicalErrorType::Eof => {
            let mut e = cx.error(
                SyntaxErrorKind::SyntaxError,
                "unexpected EOF while parsing",
                u(range.start()),
                u(range.start()),
            );
            e.end_offset = 0;
            e
        }
        LexicalErrorType::IndentationError => {
            let (lineno, _) = cx.idx.char_col(u32::from(range.start()));
            let len = cx
                .idx
                .line_text(lineno)
                .trim_end_matches(['\n', '\r'])
                .chars()
                .count() as u32;
            let mut e = cx.error(
                SyntaxErrorKind::IndentationError,
                "unindent does not match any outer indentation level",
                u(range.start()),
                u(range.start()),
            );
            e.offset = len + 1;
            e.end_offset = 0;
            e
        }
        _ => cx.generic(range.start()),
    }
}

/// `(unicode error) 'unicodeescape' codec can't decode bytes ...` for a bad
/// `\N{...}` or `\u`/`\U` escape.
fn unicode_error(cx: &ErrCtx<'_, '_>, _le: &LexicalErrorType, range: TextRange) -> SyntaxError {
    let tok = cx.toks[..cx.index_at(range.end())]
        .iter()
        .rev()
        .find(|t| t.range().contains_range(range));
    let content_start = tok.map_or(u(range.start()), |t| {
        let text = &cx.src()[t.range()];
        let q = text.find(['\'', '"']).unwrap_or(0);
        let triple = text[q..].starts_with("\'\'\'") || text[q..].starts_with("\"\"\"");
        u(t.start()) + q + if triple { 3 } else { 1 }
    });
    let src = cx.src();
    let upto = (u(range.start()) + 1).min(src.len());
    let esc = src[content_start.min(upto)..upto]
        .rfind('\\')
        .map_or(u(range.start()), |i| content_start + i);
    let pos = esc.saturating_sub(content_start);
    let b = src.as_bytes();
    let at = |i: usize| if i < b.len() { b[i] } else { 0 };
    let hex_run = |from: usize, max: usize| {
        (0..max)
            .take_while(|&k| at(from + k).is_ascii_hexdigit())
            .count()
    };
    let (end, what) = match at(esc + 1) {
        b'N' if at(esc + 2) == b'{' => {
            let close = src[esc..].find('}').map_or(u(range.end()), |i| esc + i);
            (
                close - content_start,
                "unknown Unicode character name".to_string(),
            )
        }
        b'N' => (pos + 1, "malformed \\N character escape".to_string()),
        c @ (b'x' | b'u' | b'U') => {
            let need = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            let got = hex_run(esc + 2, need);
            if got < need {
                let name = match c {
                    b'x' => "\\xXX",
                    b'u' => "\\uXXXX",
                    _ => "\\UXXXXXXXX",
                };
                (pos + 1 + got, format!("truncated {name} escape"))
            } else {
                (pos + 1 + need, "illegal Unicode character".to_string())
            }
        }
        _ => (pos + 1, "malformed \\N character escape".to_string()),
    };
    let msg = format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {pos}-{end}: {what}"
    );
    match cx.next_tok(tok.map_or(range.end(), |t| t.end())) {
        Some(t) => cx.at_token(msg, t),
        None => cx.syntax(msg, range),
    }
}

fn convert_unsupported(e: &UnsupportedSyntaxError, cx: &ErrCtx<'_, '_>) -> SyntaxError {
    let range = e.range();
    match e.kind {
        UnsupportedSyntaxErrorKind::TypeParameterList => cx.syntax(
            "expected '('",
            TextRange::new(range.start(), range.start() + TextSize::from(1)),
        ),
        UnsupportedSyntaxErrorKind::TypeAliasStatement => match cx.next_tok(range.end()) {
            Some(t) => cx.at_token("invalid syntax", t),
            None => cx.generic(range.start()),
        },
        UnsupportedSyntaxErrorKind::Pep701FString(kind) => {
            // `FStringKind` is not exported by ruff; match on its name.
            match format!("{kind:?}").as_str() {
                "Backslash" => cx.fstring_error(
                    "f-string expression part cannot include a backslash",
                    range.start(),
                ),
                "Comment" => {
                    cx.fstring_error("f-string expression part cannot include '#'", range.start())
                }
                "NestedQuote" => match fstring_311_end(cx, range.start()) {
                    Some(end) => {
                        // The 3.11 token after the string: ruff's tokens do
                        // not line up here, so delimit it from the source.
                        let src = cx.src();
                        let p = crate::lower::skip_trivia_inline(src, end);
                        let b = src.as_bytes();
                        let mut q = p;
                        while q < b.len()
                            && (b[q].is_ascii_alphanumeric() || b[q] == b'_' || b[q] >= 0x80)
                        {
                            q += 1;
                        }
                        if q == p && p < b.len() && !matches!(b[p], b'\n' | b'\r') {
                            q = p + src[p..].chars().next().map_or(1, char::len_utf8);
                        }
                        cx.error(
                            SyntaxErrorKind::SyntaxError,
                            "f-string: expecting '}'",
                            p,
                            q,
                        )
                    }
                    None => cx.generic(range.start()),
                },
                _ => cx.generic(range.start()),
            }
        }
        UnsupportedSyntaxErrorKind::UnpackingInComprehension(_) => {
            cx.syntax("iterable unpacking cannot be used in comprehension", range)
        }
        UnsupportedSyntaxErrorKind::UnparenthesizedExceptionTypes => {
            cx.syntax("multiple exception types must be parenthesized", range)
        }
        _ => cx.generic(range.start()),
    }
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
