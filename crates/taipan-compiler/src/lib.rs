//! taipan-compiler: symbol table and code generation (AST → bytecode).
//!
//! Interim state: the public API is fixed here so the VM builds against it; the
//! code generator (symtable.rs, cfg.rs, assemble.rs, codegen/) is being written and
//! is not wired in yet, so `compile` reports that it cannot compile.

use taipan_bytecode::CodeObject;
use taipan_syntax::{SyntaxError, SyntaxErrorKind};

/// The compile modes of CPython's `compile()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

/// Parse and compile `source`.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, SyntaxError> {
    match mode {
        Mode::Exec => {
            taipan_syntax::parse_module(source, filename)?;
        }
        Mode::Eval => {
            taipan_syntax::parse_expression(source, filename)?;
        }
        Mode::Single => {
            taipan_syntax::parse_interactive(source, filename)?;
        }
    }
    Err(SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: "code generation is not implemented yet".into(),
        filename: filename.into(),
        lineno: 1,
        offset: 1,
        end_lineno: 1,
        end_offset: 1,
        text: None,
    })
}
