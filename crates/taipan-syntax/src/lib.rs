//! taipan-syntax: Taipan's quarantined front end.
//!
//! This is the only crate that depends on ruff. It parses Python 3.11 source
//! with `ruff_python_parser` (told to target Python 3.11, so newer syntax is
//! rejected) and lowers ruff's tree into Taipan's own AST ([`ast`]), which
//! mirrors CPython 3.11's `ast` module, locations included. Errors are mapped
//! to CPython's `SyntaxError` messages and positions where recognisable.
//!
//! Fidelity is checked against CPython itself (`tests/oracle.rs`): the
//! corpus in `tests/corpus/`, and — via `TAIPAN_CORPUS_DIR` — whole code
//! bases such as the standard library, whose every file lowers to exactly
//! CPython's tree and locations.
//!
//! Robustness: no input panics or overflows the stack. A pre-scan enforces
//! CPython's tokenizer limits (200 nested brackets, 100 indentation levels),
//! ruff grows its own stack while parsing, the lowering is depth-limited by
//! [`MAX_AST_DEPTH`] and grows the stack on demand, ruff's tree is torn down
//! iteratively, and a panic guard turns any internal bug into a
//! `SyntaxError`.
//!
//! Known divergences: lone surrogates in string literals become U+FFFD (Rust
//! strings cannot hold them; project-wide convention); a `Constant` has no
//! `kind` (`u''` prefix); `SyntaxError` positions are unsigned, so CPython's
//! `-1` offsets read `0`. Callers must strip a UTF-8 BOM and decode source
//! files themselves (as CPython's file reader does) and, for `eval()` of a
//! string, strip leading spaces and tabs first (as CPython's `eval` does).

pub mod ast;
pub mod dump;
mod errors;
mod limits;
mod locate;
mod lower;
mod lower_expr;
mod lower_pattern;
mod parse_errors;
mod teardown;

pub use ast::*;
pub use errors::{SyntaxError, SyntaxErrorKind};
pub use limits::{MAX_INDENT_LEVELS, MAX_PAREN_DEPTH};

use ruff_python_ast::PythonVersion;
use ruff_python_parser::ParseOptions;

use locate::LineIndex;
use lower::Lowerer;
use parse_errors::{ErrCtx, Mode};

/// Maximum nesting of statements, expressions and patterns (counted together)
/// accepted by the front end. Deeper trees produce a
/// [`SyntaxErrorKind::RecursionError`] ("maximum recursion depth exceeded
/// during compilation"), as CPython does at the same depth when compiling at
/// top level (its limit is 3 × the recursion limit of 1000, less the frames
/// in use). A compiler walking a tree recursively must therefore support
/// this nesting depth: about 3000 frames, so it should run on a big stack or
/// grow its stack (e.g. with `stacker`).
pub const MAX_AST_DEPTH: usize = 2991;

fn parse(source: &str, filename: &str, mode: Mode) -> Result<ruff_python_ast::Mod, SyntaxError> {
    if source.contains('\0') {
        return Err(SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: "source code string cannot contain null bytes".into(),
            filename: filename.to_string(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
            text: None,
        });
    }
    let idx = LineIndex::new(source);
    let scan = limits::scan(source, filename, &idx);
    let ruff_mode = if mode == Mode::Eval {
        ruff_python_parser::Mode::Expression
    } else {
        ruff_python_parser::Mode::Module
    };
    let options = ParseOptions::from(ruff_mode).with_target_version(PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(source, options);
    let cx = ErrCtx {
        idx: &idx,
        filename,
        mode,
        toks: parsed.tokens(),
    };
    let only_trivia = parsed.tokens().iter().all(|t| {
        use ruff_python_ast::token::TokenKind as K;
        t.kind().is_trivia() || matches!(t.kind(), K::Newline | K::NonLogicalNewline | K::EndOfFile)
    });
    let first_parse_error = parsed
        .errors()
        .iter()
        .map(|e| u32::from(e.location.start()) as usize)
        .min();
    let tokenizer_wins = match (&scan.error, scan.deferred_at, first_parse_error) {
        (None, _, _) => false,
        // Raised tokenizer errors win wherever they are...
        (Some(_), None, _) => true,
        // ...status-code ones only if the parser gets that far.
        (Some(_), Some(at), Some(p)) => at <= p,
        (Some(_), Some(_), None) => true,
    };
    let mut err = if let (true, Some(tok_err)) = (tokenizer_wins, scan.error) {
        // Except over an "unexpected indent" at or before the tokenizer
        // error: CPython raises that without tokenizing further.
        let indent_first = if tok_err.kind == SyntaxErrorKind::SyntaxError {
            tok_err.lineno
        } else {
            tok_err.lineno - 1
        };
        Some(parse_errors::indent_before(&parsed, &cx, indent_first).unwrap_or(tok_err))
    } else if mode != Mode::Exec && only_trivia {
        Some(parse_errors::empty_input(&cx))
    } else {
        parse_errors::first_error(&parsed, &cx, scan.unclosed)
    };
    if err.is_none() && mode == Mode::Single {
        if let ruff_python_ast::Mod::Module(m) = parsed.syntax() {
            err = parse_errors::check_single(&m.body, &cx).err();
        }
    }
    if let Some(err) = err {
        teardown::dispose(parsed.into_syntax());
        return Err(err);
    }
    Ok(parsed.into_syntax())
}

/// Lowers with `f`, then disposes of ruff's tree without deep recursion.
fn lower_with<T>(
    source: &str,
    filename: &str,
    mode: Mode,
    m: ruff_python_ast::Mod,
    f: impl FnOnce(&mut Lowerer<'_, '_>, &ruff_python_ast::Mod) -> Result<T, SyntaxError>,
) -> Result<T, SyntaxError> {
    let idx = LineIndex::new(source);
    let mut lowerer = Lowerer::new(&idx, filename);
    let mut result = f(&mut lowerer, &m);
    teardown::dispose(m);
    if let (Err(e), false) = (&mut result, mode == Mode::Exec) {
        // Eval/single input gets no newline appended by CPython.
        if e.text.as_deref() == Some(errors::line_text(&idx, e.lineno).as_str()) {
            e.text = Some(idx.line_text(e.lineno).to_string());
        }
    }
    result
}

/// Parses `source` as a module (CPython's mode `"exec"`).
pub fn parse_module(source: &str, filename: &str) -> Result<Module, SyntaxError> {
    guard(filename, || parse_module_inner(source, filename))
}

fn parse_module_inner(source: &str, filename: &str) -> Result<Module, SyntaxError> {
    let m = parse(source, filename, Mode::Exec)?;
    lower_with(source, filename, Mode::Exec, m, |l, m| match m {
        ruff_python_ast::Mod::Module(m) => Ok(Module {
            body: l.body(&m.body)?,
        }),
        ruff_python_ast::Mod::Expression(_) => unreachable_mode(l),
    })
}

/// Parses `source` as a single expression (CPython's mode `"eval"`).
pub fn parse_expression(source: &str, filename: &str) -> Result<Expression, SyntaxError> {
    guard(filename, || parse_expression_inner(source, filename))
}

fn parse_expression_inner(source: &str, filename: &str) -> Result<Expression, SyntaxError> {
    let m = parse(source, filename, Mode::Eval)?;
    lower_with(source, filename, Mode::Eval, m, |l, m| match m {
        ruff_python_ast::Mod::Expression(e) => Ok(Expression {
            body: l.bexpr(&e.body)?,
        }),
        ruff_python_ast::Mod::Module(_) => unreachable_mode(l),
    })
}

/// Parses `source` as one interactive statement (CPython's mode `"single"`).
pub fn parse_interactive(source: &str, filename: &str) -> Result<Interactive, SyntaxError> {
    guard(filename, || parse_interactive_inner(source, filename))
}

fn parse_interactive_inner(source: &str, filename: &str) -> Result<Interactive, SyntaxError> {
    let m = parse(source, filename, Mode::Single)?;
    lower_with(source, filename, Mode::Single, m, |l, m| match m {
        ruff_python_ast::Mod::Module(m) => Ok(Interactive {
            body: l.body(&m.body)?,
        }),
        ruff_python_ast::Mod::Expression(_) => unreachable_mode(l),
    })
}

/// Last line of defence for "never crash": a panic anywhere in the front end
/// (a bug, in ruff or here) becomes a `SyntaxError` instead of unwinding into
/// the interpreter. (Stack overflows cannot be caught; the depth limits and
/// stack growth above prevent them.)
fn guard<T>(filename: &str, f: impl FnOnce() -> Result<T, SyntaxError>) -> Result<T, SyntaxError> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(_) => Err(SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: "invalid syntax (internal parser error)".into(),
            filename: filename.to_string(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
            text: None,
        }),
    }
}

/// ruff returns the kind of tree that was asked for; should it ever not,
/// report a syntax error rather than panic.
fn unreachable_mode<T>(l: &Lowerer<'_, '_>) -> Result<T, SyntaxError> {
    Err(l.invalid(Default::default(), "invalid syntax"))
}
