//! `bytes` and `bytearray` storage (CPython's `Objects/bytesobject.c`, `bytearrayobject.c`).

use std::cell::{Cell, RefCell};

pub struct BytesData {
    pub bytes: Box<[u8]>,
    pub hash: Cell<i64>,
}

impl BytesData {
    pub fn new(bytes: Vec<u8>) -> BytesData {
        BytesData {
            bytes: bytes.into_boxed_slice(),
            hash: Cell::new(-1),
        }
    }
    pub fn hash(&self) -> i64 {
        if self.hash.get() == -1 {
            self.hash
                .set(crate::protocol::hash::hash_bytes(&self.bytes));
        }
        self.hash.get()
    }
}

#[derive(Default)]
pub struct ByteArrayData {
    pub bytes: RefCell<Vec<u8>>,
}
