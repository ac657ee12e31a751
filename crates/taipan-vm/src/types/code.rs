//! Runtime code objects: the compiler's `CodeObject` with constants turned into values
//! and names interned, plus the mutable instruction array the specializer rewrites.

use std::cell::Cell;

use taipan_bytecode::{CodeFlags, CodeUnit, ExceptionTableEntry, LocalKind, Location};

use crate::value::Value;

pub struct CodeData {
    /// Instructions and inline caches; `Cell` so quickening can rewrite in place.
    pub code: Box<[Cell<CodeUnit>]>,
    pub consts: Box<[Value]>,
    /// Interned `str` names (`co_names`).
    pub names: Box<[Value]>,
    /// Interned names of localsplus slots.
    pub localsplus_names: Box<[Value]>,
    pub localsplus_kinds: Box<[LocalKind]>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    pub firstlineno: u32,
    pub stacksize: u32,
    pub exception_table: Box<[ExceptionTableEntry]>,
    pub locations: Box<[Location]>,
    /// Indices of `LocalCell`/`Cell` slots to wrap at entry (`MAKE_CELL` work list).
    pub n_localsplus: usize,
    /// Number of slots for all parameters (including `*args`, `**kwargs`).
    pub total_args: usize,
}

impl CodeData {
    pub fn is_generator(&self) -> bool {
        self.flags.contains(CodeFlags::GENERATOR)
            || self.flags.contains(CodeFlags::COROUTINE)
            || self.flags.contains(CodeFlags::ASYNC_GENERATOR)
    }
    pub fn location(&self, index: usize) -> Location {
        self.locations.get(index).copied().unwrap_or_default()
    }
    pub fn handler_for(&self, index: usize) -> Option<ExceptionTableEntry> {
        let i = index as u32;
        self.exception_table
            .iter()
            .find(|e| e.start <= i && i < e.end)
            .copied()
    }
}
