//! A `dis`-like listing of code objects, for `taipan --dis`: offsets, opcodes,
//! arguments with their meaning, source positions and the exception table.
//!
//! Specialized forms (in code units read back from a run, `taipan --dis=adaptive`)
//! are listed under their own names, with arguments described as their family's.

use std::fmt::Write;

use crate::code::{CodeObject, Constant};
use crate::opcode::{BinaryOp, CompareOp, JumpKind, Opcode};

/// Disassemble `code` and every code object nested in its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} at {}, file \"{}\", line {}>:",
        code.name, code.qualname, code.filename, code.firstlineno
    );
    out.push_str(&listing(code));
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start * 2,
                e.end * 2,
                e.target * 2,
                e.depth,
                if e.push_lasti { " lasti" } else { "" }
            );
        }
    }
    out.push('\n');
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            disassemble_into(inner, out);
        }
    }
}

/// The instruction listing of one code object (no nested code objects).
pub fn listing(code: &CodeObject) -> String {
    let mut out = String::new();
    let mut i = 0;
    let mut ext: u32 = 0;
    let mut last_line = 0;
    while i < code.code.len() {
        let unit = code.code[i];
        let (byte, arg8) = crate::decode(unit);
        let Some(op) = Opcode::from_u8(byte) else {
            let _ = writeln!(out, "{:>13} <{}>", i * 2, byte);
            i += 1;
            continue;
        };
        let arg = ext | arg8 as u32;
        let loc = code.locations.get(i).copied().unwrap_or_default();
        let line_col = if loc.line != last_line && loc.line != 0 {
            last_line = loc.line;
            format!("{:>4}", loc.line)
        } else {
            "    ".to_string()
        };
        let next = i + 1 + op.cache_entries();
        let mut text = format!("{} {:>8} {:<26}", line_col, i * 2, op.name());
        if op.has_arg() {
            let _ = write!(text, " {:<4}", arg);
            let meaning = describe_arg(code, op.deopt(), arg, next);
            if !meaning.is_empty() {
                let _ = write!(text, " ({})", meaning);
            }
        }
        let _ = writeln!(
            out,
            "{}  [{}:{}-{}:{}]",
            text.trim_end(),
            loc.line,
            loc.col,
            loc.end_line,
            loc.end_col
        );
        ext = if op == Opcode::EXTENDED_ARG {
            arg << 8
        } else {
            0
        };
        i = next;
    }
    out
}

fn describe_arg(code: &CodeObject, op: Opcode, arg: u32, next: usize) -> String {
    let name = |i: u32| {
        code.names
            .get(i as usize)
            .cloned()
            .unwrap_or_else(|| "?".into())
    };
    let local = |i: u32| {
        code.localsplus_names
            .get(i as usize)
            .cloned()
            .unwrap_or_else(|| "?".into())
    };
    use Opcode::*;
    match op {
        LOAD_CONST | KW_NAMES => code
            .consts
            .get(arg as usize)
            .map(const_repr)
            .unwrap_or_default(),
        LOAD_NAME | STORE_NAME | DELETE_NAME | LOAD_ATTR | STORE_ATTR | DELETE_ATTR
        | STORE_GLOBAL | DELETE_GLOBAL | IMPORT_NAME | IMPORT_FROM | LOAD_METHOD => name(arg),
        LOAD_GLOBAL => {
            if arg & 1 == 1 {
                format!("NULL + {}", name(arg >> 1))
            } else {
                name(arg >> 1)
            }
        }
        LOAD_FAST | STORE_FAST | DELETE_FAST | LOAD_DEREF | STORE_DEREF | DELETE_DEREF
        | LOAD_CLOSURE | MAKE_CELL | LOAD_CLASSDEREF => local(arg),
        BINARY_OP => BinaryOp::from_arg(arg)
            .map(|b| b.symbol().to_string())
            .unwrap_or_default(),
        COMPARE_OP => CompareOp::from_arg(arg)
            .map(|c| c.symbol().to_string())
            .unwrap_or_default(),
        _ => match op.jump_kind() {
            JumpKind::Forward => format!("to {}", (next as u32 + arg) * 2),
            JumpKind::Backward => format!("to {}", (next as u32).saturating_sub(arg) * 2),
            JumpKind::None => String::new(),
        },
    }
}

fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => {
            if *b {
                "True".into()
            } else {
                "False".into()
            }
        }
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => format!("{:?}", f),
        Constant::Complex { real, imag } => format!("({}+{}j)", real, imag),
        Constant::Str(s) => format!("{:?}", s),
        Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Constant::Tuple(items) | Constant::FrozenSet(items) => {
            let inner: Vec<String> = items.iter().map(const_repr).collect();
            if items.len() == 1 {
                format!("({},)", inner[0])
            } else {
                format!("({})", inner.join(", "))
            }
        }
        Constant::Code(c) => format!("<code object {}>", c.name),
    }
}
