//! CPython 3.11's messages and positions for ruff's parse errors about
//! expressions and statements: assignment targets, missing colons and
//! commas, argument order, indentation, and friends. Each function mirrors
//! one of CPython's `invalid_*` grammar rules or its generic fallback.

use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_ast::{self as r};
use ruff_python_parser::{ParseError, ParseErrorType};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::*;
use crate::errors::{SyntaxError, SyntaxErrorKind};

/// CPython's name for an expression kind in "cannot assign to ..." messages.
pub(super) fn expr_name(e: &r::Expr) -> &'static str {
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
pub(super) fn reparse<T>(
    cx: &ErrCtx<'_, '_>,
    range: TextRange,
    f: impl FnOnce(&r::Expr) -> T,
) -> Option<T> {
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
pub(super) fn invalid_target(e: &r::Expr, for_del: bool) -> Option<&r::Expr> {
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
pub(super) fn maybe_meant_eq(cx: &ErrCtx<'_, '_>, range: TextRange, e: &r::Expr) -> bool {
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

pub(super) fn assign_target_error(
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

pub(super) fn convert_parse_error(e: &ParseError, cx: &ErrCtx<'_, '_>) -> SyntaxError {
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
pub(super) fn closing_after<'a>(cx: &'a ErrCtx<'_, '_>, offset: TextSize) -> Option<&'a Token> {
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

pub(super) fn first_is_indent(cx: &ErrCtx<'_, '_>, start: TextSize) -> bool {
    cx.next_tok(start)
        .is_some_and(|t| t.kind() == TokenKind::Indent)
        || cx
            .toks
            .iter()
            .find(|t| !is_trivia(t.kind()))
            .is_some_and(|t| t.kind() == TokenKind::Indent)
}

/// Whether `offset` is directly inside an empty f-string replacement field `{}`.
pub(super) fn inside_fstring_braces(cx: &ErrCtx<'_, '_>, offset: TextSize) -> bool {
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
pub(super) fn in_fstring(cx: &ErrCtx<'_, '_>, offset: TextSize) -> bool {
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

pub(super) fn unexpected_indent(cx: &ErrCtx<'_, '_>, range: TextRange) -> SyntaxError {
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

pub(super) fn expected_token(
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
pub(super) fn statement_keyword(cx: &ErrCtx<'_, '_>, j: usize) -> Option<TokenKind> {
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
pub(super) fn in_dict(cx: &ErrCtx<'_, '_>, j: usize) -> bool {
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
pub(super) fn forgot_comma(cx: &ErrCtx<'_, '_>, j: usize) -> Option<SyntaxError> {
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
pub(super) fn element_end(cx: &ErrCtx<'_, '_>, j: usize) -> TextSize {
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
pub(super) fn same_line(cx: &ErrCtx<'_, '_>, range: TextRange) -> SyntaxError {
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
pub(super) fn logical_line_end(cx: &ErrCtx<'_, '_>, offset: TextSize) -> TextSize {
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

pub(super) fn other_error(cx: &ErrCtx<'_, '_>, msg: &str, range: TextRange) -> SyntaxError {
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
pub(super) fn indented_block(cx: &ErrCtx<'_, '_>, what: &str, range: TextRange) -> SyntaxError {
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
