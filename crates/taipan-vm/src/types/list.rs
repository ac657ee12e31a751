//! `list`: mutable sequence (CPython's `Objects/listobject.c`).
//!
//! Items live in a `RefCell<Vec<Value>>`. Never hold the borrow across a call that
//! may run Python code (comparisons in `sort`, `__eq__` in `index`): copy what is
//! needed out first, as CPython re-checks the list after calling out.

use std::cell::RefCell;

use crate::value::Value;

#[derive(Default)]
pub struct ListData {
    pub items: RefCell<Vec<Value>>,
}

impl ListData {
    pub fn new(items: Vec<Value>) -> ListData {
        ListData {
            items: RefCell::new(items),
        }
    }
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }
    pub fn push(&self, v: Value) {
        self.items.borrow_mut().push(v);
    }
    /// A snapshot of the items (for iteration that may call out).
    pub fn to_vec(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }
}
