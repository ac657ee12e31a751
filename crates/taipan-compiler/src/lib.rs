//! taipan-compiler: the symbol table pass and the code generator that turn
//! Taipan's AST (`taipan_syntax::ast`) into bytecode code objects
//! (`taipan_bytecode::CodeObject`), following CPython 3.11's
//! `Python/symtable.c` and `Python/compile.c` instruction by instruction, with
//! Taipan's differences (forward-only conditional jumps, no `PRECALL`).
//!
//! Entry points: [`compile`] (parse + compile) and [`compile_module`],
//! [`compile_expression`], [`compile_interactive`] for already-parsed trees.
//! Compile-time errors come back as `SyntaxError`s with CPython's messages and
//! positions.

mod assemble;
mod cfg;
mod codegen;
mod errors;
mod symtable;

pub use taipan_bytecode::dis::disassemble as dis_all;
pub use taipan_bytecode::CodeObject;
pub use taipan_syntax::{SyntaxError, SyntaxErrorKind};

use taipan_syntax::ast;

use codegen::Compiler;
use errors::Source;

/// Python's `repr()` of a string (as the compiler's error messages and
/// annotation strings use it).
pub fn repr_str(s: &str) -> String {
    codegen::str_repr(s)
}

/// CPython's compile modes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module (`"exec"`).
    Exec,
    /// A single expression (`"eval"`).
    Eval,
    /// One interactive statement (`"single"`): expression statements print their value.
    Single,
}

/// Parse and compile `source`.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, SyntaxError> {
    match mode {
        Mode::Exec => {
            let m = taipan_syntax::parse_module(source, filename)?;
            compile_module(&m, source, filename)
        }
        Mode::Eval => {
            let e = taipan_syntax::parse_expression(source, filename)?;
            compile_expression(&e, source, filename)
        }
        Mode::Single => {
            let i = taipan_syntax::parse_interactive(source, filename)?;
            compile_interactive(&i, source, filename)
        }
    }
}

/// Compile a parsed module.
pub fn compile_module(
    m: &ast::Module,
    source: &str,
    filename: &str,
) -> Result<CodeObject, SyntaxError> {
    let src = Source::new(source, filename);
    let ff = codegen::future_features(&m.body, &src)?;
    let st = symtable::build(symtable::Top::Module(&m.body), &src, ff.annotations)?;
    let mut c = Compiler::new(&src, &st);
    c.future_lineno = ff.lineno;
    c.future_annotations = ff.annotations;
    c.compile_module_body(&m.body)
}

/// Compile a parsed expression (mode `"eval"`): the code returns its value.
pub fn compile_expression(
    e: &ast::Expression,
    source: &str,
    filename: &str,
) -> Result<CodeObject, SyntaxError> {
    let src = Source::new(source, filename);
    let st = symtable::build(symtable::Top::Expression(&e.body), &src, false)?;
    let mut c = Compiler::new(&src, &st);
    c.compile_expression_body(&e.body)
}

/// Compile a parsed interactive statement (mode `"single"`).
pub fn compile_interactive(
    i: &ast::Interactive,
    source: &str,
    filename: &str,
) -> Result<CodeObject, SyntaxError> {
    let src = Source::new(source, filename);
    let ff = codegen::future_features(&i.body, &src)?;
    let st = symtable::build(symtable::Top::Module(&i.body), &src, ff.annotations)?;
    let mut c = Compiler::new(&src, &st);
    c.future_lineno = ff.lineno;
    c.future_annotations = ff.annotations;
    c.compile_interactive_body(&i.body)
}
