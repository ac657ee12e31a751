//! `tuple`: immutable sequence (CPython's `Objects/tupleobject.c`).

use crate::value::Value;

pub struct TupleData {
    items: Box<[Value]>,
}

impl TupleData {
    pub fn new(items: Vec<Value>) -> TupleData {
        TupleData {
            items: items.into_boxed_slice(),
        }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    #[inline]
    pub fn as_slice(&self) -> &[Value] {
        &self.items
    }
    pub fn iter(&self) -> std::slice::Iter<'_, Value> {
        self.items.iter()
    }
    pub fn get(&self, i: usize) -> Option<&Value> {
        self.items.get(i)
    }
}
