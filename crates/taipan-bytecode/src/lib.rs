//! Taipan's bytecode: the opcode table and the code objects the compiler produces.
//!
//! This crate has no runtime: constants are plain data (`Constant`), which the VM
//! turns into Python values when it loads a code object.

pub mod cache;
pub mod code;
pub mod dis;
pub mod opcode;

pub use code::{CodeFlags, CodeObject, Constant, ExceptionTableEntry, LocalKind, Location};
pub use opcode::{BinaryOp, CompareOp, JumpKind, Opcode};

/// One 16-bit code unit: low byte opcode, high byte argument (as CPython's `_Py_CODEUNIT`).
pub type CodeUnit = u16;

#[inline]
pub fn encode(op: Opcode, arg: u8) -> CodeUnit {
    (op as u16) | ((arg as u16) << 8)
}

#[inline]
pub fn decode(unit: CodeUnit) -> (u8, u8) {
    ((unit & 0xFF) as u8, (unit >> 8) as u8)
}
