//! CPython 3.11's messages and positions for string-related errors
//! (f-strings as 3.11 tokenizes them, bad escapes, bytes) and for syntax
//! that ruff accepts only in newer Python versions.

use ruff_python_ast::token::TokenKind;
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, UnsupportedSyntaxError,
    UnsupportedSyntaxErrorKind,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::*;
use crate::errors::{SyntaxError, SyntaxErrorKind};

/// Where CPython 3.11 (which knows no nested quotes in f-strings) sees the
/// f-string containing `offset` end: just after the first matching quote.
pub(super) fn fstring_311_end(cx: &ErrCtx<'_, '_>, offset: TextSize) -> Option<usize> {
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

pub(super) fn fstring_error(
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

pub(super) fn lexical_error(
    cx: &ErrCtx<'_, '_>,
    le: &LexicalErrorType,
    range: TextRange,
) -> SyntaxError {
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
pub(super) fn unicode_error(
    cx: &ErrCtx<'_, '_>,
    _le: &LexicalErrorType,
    range: TextRange,
) -> SyntaxError {
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

pub(super) fn convert_unsupported(e: &UnsupportedSyntaxError, cx: &ErrCtx<'_, '_>) -> SyntaxError {
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
