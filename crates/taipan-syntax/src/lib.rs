//! taipan-syntax: Taipan's quarantined front end.
//!
//! This is the only crate that depends on ruff. It parses Python 3.11 source
//! with `ruff_python_parser` (told to target Python 3.11, so newer syntax is
//! rejected) and lowers ruff's tree into Taipan's own AST ([`ast`]), which
//! mirrors CPython 3.11's `ast` module, locations included. Errors are mapped
//! to CPython's `SyntaxError` messages and positions where recognisable.
//!
//! Robustness: no input panics or overflows the stack. A pre-scan enforces
//! CPython's tokenizer limits (200 nested brackets, 100 indentation levels),
//! ruff grows its own stack while parsing, the lowering is depth-limited by
//! [`MAX_AST_DEPTH`] and grows the stack on demand, and ruff's tree is torn
//! down iteratively.

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
    // Tokenizer-level errors take precedence over parser errors in CPython.
    let scan = limits::scan(source, filename, &idx);
    if let Some(e) = scan.error {
        return Err(e);
    }
    let ruff_mode = if mode == Mode::Eval { ruff_python_parser::Mode::Expression } else { ruff_python_parser::Mode::Module };
    let options = ParseOptions::from(ruff_mode).with_target_version(PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(source, options);
    let cx = ErrCtx { idx: &idx, filename, mode, toks: parsed.tokens() };
    let only_trivia = parsed.tokens().iter().all(|t| {
        use ruff_python_ast::token::TokenKind as K;
        t.kind().is_trivia() || matches!(t.kind(), K::Newline | K::NonLogicalNewline | K::EndOfFile)
    });
    let mut err = if mode != Mode::Exec && only_trivia {
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
    m: ruff_python_ast::Mod,
    f: impl FnOnce(&mut Lowerer<'_, '_>, &ruff_python_ast::Mod) -> Result<T, SyntaxError>,
) -> Result<T, SyntaxError> {
    let idx = LineIndex::new(source);
    let mut lowerer = Lowerer::new(&idx, filename);
    let result = f(&mut lowerer, &m);
    teardown::dispose(m);
    result
}

/// Parses `source` as a module (CPython's mode `"exec"`).
pub fn parse_module(source: &str, filename: &str) -> Result<Module, SyntaxError> {
    let m = parse(source, filename, Mode::Exec)?;
    lower_with(source, filename, m, |l, m| match m {
        ruff_python_ast::Mod::Module(m) => Ok(Module { body: l.body(&m.body)? }),
        ruff_python_ast::Mod::Expression(_) => unreachable_mode(l),
    })
}

/// Parses `source` as a single expression (CPython's mode `"eval"`).
pub fn parse_expression(source: &str, filename: &str) -> Result<Expression, SyntaxError> {
    let m = parse(source, filename, Mode::Eval)?;
    lower_with(source, filename, m, |l, m| match m {
        ruff_python_ast::Mod::Expression(e) => Ok(Expression { body: l.bexpr(&e.body)? }),
        ruff_python_ast::Mod::Module(_) => unreachable_mode(l),
    })
}

/// Parses `source` as one interactive statement (CPython's mode `"single"`).
pub fn parse_interactive(source: &str, filename: &str) -> Result<Interactive, SyntaxError> {
    let m = parse(source, filename, Mode::Single)?;
    lower_with(source, filename, m, |l, m| match m {
        ruff_python_ast::Mod::Module(m) => Ok(Interactive { body: l.body(&m.body)? }),
        ruff_python_ast::Mod::Expression(_) => unreachable_mode(l),
    })
}

/// ruff returns the kind of tree that was asked for; should it ever not,
/// report a syntax error rather than panic.
fn unreachable_mode<T>(l: &Lowerer<'_, '_>) -> Result<T, SyntaxError> {
    Err(l.invalid(Default::default(), "invalid syntax"))
}
