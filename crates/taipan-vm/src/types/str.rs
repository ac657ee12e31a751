//! `str`: immutable Unicode text, indexed by code point.
//!
//! Stored as UTF-8 (`Box<str>`) with the code-point length cached, so ASCII strings
//! (the common case) index in O(1) and others walk the UTF-8. The hash is cached and
//! equals CPython's for `PYTHONHASHSEED=0` (SipHash-1-3 over the PEP 393 storage).
//! Divergence: lone surrogates cannot be represented (Rust strings are valid UTF-8).

use std::cell::Cell;

pub struct StrData {
    s: Box<str>,
    char_len: usize,
    hash: Cell<i64>,
}

impl StrData {
    pub fn new(s: impl Into<Box<str>>) -> StrData {
        let s = s.into();
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrData {
            s,
            char_len,
            hash: Cell::new(-1),
        }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    /// Length in code points (`len(s)`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = crate::protocol::hash::hash_str(&self.s);
        self.hash.set(h);
        h
    }
    /// The code point at index `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }
    /// Byte offset of code point index `i` (i may equal char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }
    /// Substring by code-point range.
    pub fn slice_chars(&self, start: usize, end: usize) -> &str {
        let b0 = self.byte_offset(start);
        let b1 = self.byte_offset(end.max(start));
        &self.s[b0..b1]
    }
}
