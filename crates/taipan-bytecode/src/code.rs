//! Code objects as produced by the compiler: instructions, constants, names, the
//! exception table and the location table.
//!
//! Mirrors the information in CPython 3.11's `PyCodeObject` (`Objects/codeobject.c`,
//! `Objects/locations.md`, `Objects/exception_handling_notes.txt`), but stores the two
//! tables decoded: they are small, and the VM and `--dis` read them directly.

use std::rc::Rc;

use crate::CodeUnit;

/// A compile-time constant. The VM converts each to a value once per code object.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(num_bigint::BigInt),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    /// A frozenset literal (from `x in {1, 2}` constant folding).
    FrozenSet(Vec<Constant>),
    Code(Rc<CodeObject>),
}

/// Source range of one instruction, in CPython's conventions: 1-based lines,
/// 0-based UTF-8 byte columns. Line 0 means "no location" (artificial instructions).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One exception-table row: instructions in `[start, end)` (code-unit offsets) are
/// covered by the handler at `target`; on an exception the value stack is cut to
/// `depth` items, then (if `push_lasti`) the offset of the raising instruction is
/// pushed, then the exception.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// What a slot of the "localsplus" array holds (CPython's `CO_FAST_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocalKind {
    /// A plain fast local (parameters first).
    Local,
    /// A local captured by an inner scope: the slot holds a cell.
    Cell,
    /// A parameter that is also captured: starts as the argument, `MAKE_CELL` wraps it.
    LocalCell,
    /// A variable of an enclosing scope: the slot holds the cell copied by `COPY_FREE_VARS`.
    Free,
}

bitflags_lite! {
    /// `co_flags`, numbered as CPython's.
    pub struct CodeFlags: u32 {
        const OPTIMIZED = 0x0001;
        const NEWLOCALS = 0x0002;
        const VARARGS = 0x0004;
        const VARKEYWORDS = 0x0008;
        const NESTED = 0x0010;
        const GENERATOR = 0x0020;
        const NOFREE = 0x0040;
        const COROUTINE = 0x0080;
        const ITERABLE_COROUTINE = 0x0100;
        const ASYNC_GENERATOR = 0x0200;
    }
}

/// A compiled function body, class body, module or comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// Instructions and inline caches.
    pub code: Vec<CodeUnit>,
    pub consts: Vec<Constant>,
    /// Names used by global/attribute/import instructions (`co_names`).
    pub names: Vec<String>,
    /// Names of the localsplus slots: locals (parameters first), then cells, then frees.
    pub localsplus_names: Vec<String>,
    pub localsplus_kinds: Vec<LocalKind>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    /// Maximum value-stack depth (not counting localsplus).
    pub stacksize: u32,
    pub exception_table: Vec<ExceptionTableEntry>,
    /// One entry per code unit (caches repeat their instruction's location).
    pub locations: Vec<Location>,
}

impl CodeObject {
    /// Number of cell and free variable slots.
    pub fn n_cells_and_frees(&self) -> usize {
        self.localsplus_kinds
            .iter()
            .filter(|k| !matches!(k, LocalKind::Local))
            .count()
    }

    /// The handler covering the instruction at `offset`, if any.
    pub fn handler_for(&self, offset: u32) -> Option<&ExceptionTableEntry> {
        self.exception_table
            .iter()
            .find(|e| e.start <= offset && offset < e.end)
    }

    /// Total number of positional-or-keyword, keyword-only, `*args` and `**kwargs` slots.
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags.contains(CodeFlags::VARARGS) {
            n += 1;
        }
        if self.flags.contains(CodeFlags::VARKEYWORDS) {
            n += 1;
        }
        n
    }
}

/// A minimal `bitflags`-style macro: the flag set is tiny and fixed, which does not
/// justify a dependency.
#[macro_export]
macro_rules! bitflags_lite {
    ($(#[$m:meta])* pub struct $name:ident: $t:ty { $(const $f:ident = $v:expr;)* }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub struct $name(pub $t);
        impl $name {
            $(pub const $f: $name = $name($v);)*
            pub const fn empty() -> Self { $name(0) }
            pub const fn bits(self) -> $t { self.0 }
            pub const fn contains(self, other: Self) -> bool { self.0 & other.0 == other.0 }
            pub fn insert(&mut self, other: Self) { self.0 |= other.0; }
            pub fn remove(&mut self, other: Self) { self.0 &= !other.0; }
        }
        impl std::ops::BitOr for $name {
            type Output = Self;
            fn bitor(self, o: Self) -> Self { $name(self.0 | o.0) }
        }
    };
}
use bitflags_lite;
