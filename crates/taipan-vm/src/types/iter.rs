//! Iterators implemented in Rust: the sequence iterator (lists, tuples, strings and
//! objects with `__getitem__`), and `NativeIterData`, a boxed Rust state machine for
//! the rest (`enumerate`, `zip`, `map`, dict iterators, ...).

use std::cell::{Cell, RefCell};

use crate::errors::PyResult;
use crate::value::Value;
use crate::vm::Vm;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeqKind {
    List,
    Tuple,
    Str,
    Bytes,
    /// A bytearray (read live: it may change while iterated).
    ByteArray,
    /// Any object with `__getitem__` (the old sequence protocol).
    GetItem,
    /// Reversed list.
    ListReverse,
    /// An `array.array` (read live).
    Array,
}

pub struct SeqIterData {
    /// The sequence; NULL once exhausted.
    pub seq: RefCell<Value>,
    pub index: Cell<usize>,
    pub kind: SeqKind,
    /// Byte offset for non-ASCII str iteration.
    pub byte_pos: Cell<usize>,
}

/// A Rust iterator state machine. `next` may call Python code.
pub trait NativeIter {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>>;
    /// `__length_hint__`, where known.
    fn len_hint(&self) -> Option<usize> {
        None
    }
}

pub struct NativeIterData {
    pub state: RefCell<Box<dyn NativeIter>>,
}
