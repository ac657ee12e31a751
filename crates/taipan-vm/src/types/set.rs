//! `set` and `frozenset`: a dict with no values (keys only), plus the frozen flag.
//!
//! Built on `DictData` so key semantics (hash, `__eq__` re-entrancy) are shared.
//! Divergence: iteration order is insertion order, not CPython's hash-table order.

use std::cell::Cell;

use crate::types::dict::DictData;

pub struct SetData {
    pub table: DictData,
    pub frozen: bool,
    pub hash: Cell<i64>,
}

impl SetData {
    pub fn new(frozen: bool) -> SetData {
        SetData {
            table: DictData::new(),
            frozen,
            hash: Cell::new(-1),
        }
    }
    pub fn len(&self) -> usize {
        self.table.len()
    }
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }
}
