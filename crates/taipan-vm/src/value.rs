//! `Value`: one 64-bit word for every Python value (NaN-boxing).
//!
//! Floats are stored as themselves; everything else lives in the NaN space whose top
//! 16 bits are `0xFFF9..=0xFFFB` (negative quiet NaNs with a non-zero payload, which
//! no float operation produces — a float that has such bits is canonicalised to the
//! plain negative NaN `0xFFF8_0000_0000_0000`, so the sign of a NaN survives):
//!
//! | top 16 bits | meaning | payload (low 48 bits) |
//! |---|---|---|
//! | `0xFFF9` | heap object | address of its `ObjHeader` |
//! | `0xFFFA` | small int | two's-complement 48-bit integer |
//! | `0xFFFB` | singleton | NULL, None, False, True, NotImplemented, Ellipsis |
//!
//! So small ints, floats, booleans and None never allocate, and a value is a single
//! register. Heap values are reference counted: `Clone` increments, `Drop`
//! decrements (see `heap.rs`). x86-64 and AArch64 user-space addresses fit in 48 bits.
//!
//! This module and `heap.rs` are the only places that handle raw object pointers.

use std::fmt;
use std::mem::ManuallyDrop;

use crate::heap::{self, ObjHeader, Payload};

const TAG_SHIFT: u32 = 48;
const TAG_PTR: u64 = 0xFFF9;
const TAG_INT: u64 = 0xFFFA;
const TAG_SPECIAL: u64 = 0xFFFB;
const FIRST_TAG: u64 = TAG_PTR;
const PAYLOAD_MASK: u64 = (1 << TAG_SHIFT) - 1;
const CANONICAL_NEG_NAN: u64 = 0xFFF8_0000_0000_0000;

const SPECIAL_NULL: u64 = 0;
const SPECIAL_NONE: u64 = 1;
const SPECIAL_FALSE: u64 = 2;
const SPECIAL_TRUE: u64 = 3;
const SPECIAL_NOT_IMPLEMENTED: u64 = 4;
const SPECIAL_ELLIPSIS: u64 = 5;

/// Smallest and largest integers stored inline.
pub const SMALL_INT_MIN: i64 = -(1 << 47);
pub const SMALL_INT_MAX: i64 = (1 << 47) - 1;

/// A Python value (or the NULL marker used for unbound locals and the call protocol).
#[repr(transparent)]
pub struct Value(u64);

/// The immediate (non-heap) part of a value, for matching.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Imm {
    Float(f64),
    Int(i64),
    None,
    Bool(bool),
    NotImplemented,
    Ellipsis,
    Null,
    Heap,
}

impl Value {
    pub const NULL: Value = Value((TAG_SPECIAL << TAG_SHIFT) | SPECIAL_NULL);
    pub const NONE: Value = Value((TAG_SPECIAL << TAG_SHIFT) | SPECIAL_NONE);
    pub const FALSE: Value = Value((TAG_SPECIAL << TAG_SHIFT) | SPECIAL_FALSE);
    pub const TRUE: Value = Value((TAG_SPECIAL << TAG_SHIFT) | SPECIAL_TRUE);
    pub const NOT_IMPLEMENTED: Value = Value((TAG_SPECIAL << TAG_SHIFT) | SPECIAL_NOT_IMPLEMENTED);
    pub const ELLIPSIS: Value = Value((TAG_SPECIAL << TAG_SHIFT) | SPECIAL_ELLIPSIS);

    #[inline]
    fn tag(&self) -> u64 {
        self.0 >> TAG_SHIFT
    }

    #[inline]
    pub fn float(f: f64) -> Value {
        if f.is_nan() {
            if let Some(v) = heap::alloc_nan(f) {
                return v;
            }
        }
        let bits = f.to_bits();
        if (bits >> TAG_SHIFT) >= FIRST_TAG {
            // Only NaNs have these bits; keep the sign, drop the payload.
            Value(CANONICAL_NEG_NAN)
        } else {
            Value(bits)
        }
    }

    /// An int that fits the inline range. Callers with arbitrary i64 use `Vm::new_int`.
    #[inline]
    pub fn small_int(i: i64) -> Option<Value> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            Some(Value((TAG_INT << TAG_SHIFT) | (i as u64 & PAYLOAD_MASK)))
        } else {
            None
        }
    }

    #[inline]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    /// Whether this is a Python float (an immediate, or a boxed NaN).
    #[inline]
    pub fn is_float(&self) -> bool {
        self.tag() < FIRST_TAG || self.boxed_nan().is_some()
    }
    #[inline]
    pub fn as_float(&self) -> Option<f64> {
        if self.tag() < FIRST_TAG {
            Some(f64::from_bits(self.0))
        } else {
            self.boxed_nan()
        }
    }
    #[inline]
    fn boxed_nan(&self) -> Option<f64> {
        if self.tag() == TAG_PTR {
            self.downcast_ref::<crate::types::float::FloatData>()
                .map(|d| d.0)
        } else {
            None
        }
    }
    #[inline]
    pub fn is_small_int(&self) -> bool {
        self.tag() == TAG_INT
    }
    #[inline]
    pub fn as_small_int(&self) -> Option<i64> {
        if self.is_small_int() {
            Some(((self.0 << 16) as i64) >> 16)
        } else {
            None
        }
    }
    #[inline]
    pub fn is_heap(&self) -> bool {
        self.tag() == TAG_PTR
    }
    #[inline]
    pub fn is_null(&self) -> bool {
        self.0 == Value::NULL.0
    }
    #[inline]
    pub fn is_none(&self) -> bool {
        self.0 == Value::NONE.0
    }
    #[inline]
    pub fn as_bool(&self) -> Option<bool> {
        match self.0 {
            x if x == Value::TRUE.0 => Some(true),
            x if x == Value::FALSE.0 => Some(false),
            _ => None,
        }
    }
    #[inline]
    pub fn is_not_implemented(&self) -> bool {
        self.0 == Value::NOT_IMPLEMENTED.0
    }

    /// Identity (`is`): same bits. Two equal floats are the "same object" here, which
    /// is the documented divergence for immediates (CPython may say either).
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// The raw word, for `id()` and identity hashing.
    #[inline]
    pub fn raw_bits(&self) -> u64 {
        self.0
    }

    pub fn imm(&self) -> Imm {
        match self.tag() {
            t if t < FIRST_TAG => Imm::Float(f64::from_bits(self.0)),
            TAG_INT => Imm::Int(self.as_small_int().unwrap_or(0)),
            TAG_PTR => match self.boxed_nan() {
                Some(f) => Imm::Float(f),
                None => Imm::Heap,
            },
            _ => match self.0 & PAYLOAD_MASK {
                SPECIAL_NONE => Imm::None,
                SPECIAL_FALSE => Imm::Bool(false),
                SPECIAL_TRUE => Imm::Bool(true),
                SPECIAL_NOT_IMPLEMENTED => Imm::NotImplemented,
                SPECIAL_ELLIPSIS => Imm::Ellipsis,
                _ => Imm::Null,
            },
        }
    }

    /// The object header of a heap value.
    #[inline]
    pub(crate) fn header(&self) -> Option<&ObjHeader> {
        if self.is_heap() {
            // SAFETY: a heap-tagged value always holds the address of a live object
            // header (it owns one reference), so the header outlives `&self`.
            Some(unsafe { &*((self.0 & PAYLOAD_MASK) as usize as *const ObjHeader) })
        } else {
            None
        }
    }

    /// Build a value from a header pointer, taking over one reference.
    ///
    /// # Safety
    /// `ptr` must point to a live heap object and the caller transfers one reference.
    #[inline]
    pub(crate) unsafe fn from_header_ptr(ptr: *const ObjHeader) -> Value {
        let addr = ptr as usize as u64;
        debug_assert!(addr & !PAYLOAD_MASK == 0, "heap address above 48 bits");
        Value((TAG_PTR << TAG_SHIFT) | addr)
    }

    /// The header pointer of a heap value (no reference change).
    #[inline]
    pub(crate) fn header_ptr(&self) -> *const ObjHeader {
        (self.0 & PAYLOAD_MASK) as usize as *const ObjHeader
    }

    /// The payload of a heap object of kind `T`, if this value is one.
    #[inline]
    pub fn downcast_ref<T: Payload>(&self) -> Option<&T> {
        let h = self.header()?;
        if h.kind() == T::KIND {
            // SAFETY: the kind tag says this header is the first field of an
            // `Obj<T>` (`#[repr(C)]`), and the value keeps it alive.
            Some(unsafe { heap::payload_of::<T>(self.header_ptr()) })
        } else {
            None
        }
    }

    /// A new reference to the value whose raw word is `bits` (an inline cache entry
    /// written with `raw_bits`, which holds no reference of its own).
    ///
    /// # Safety
    /// If `bits` is a heap value, that object must still be live: the cache's guard
    /// (a class or keys version) must prove that the owner still references it.
    #[inline]
    pub(crate) unsafe fn clone_from_bits(bits: u64) -> Value {
        let v = std::mem::ManuallyDrop::new(Value(bits));
        (*v).clone()
    }

    /// The float of an immediate float (not a boxed NaN), for fast paths.
    #[inline(always)]
    pub fn as_imm_float(&self) -> Option<f64> {
        if self.tag() < FIRST_TAG {
            Some(f64::from_bits(self.0))
        } else {
            None
        }
    }

    /// Leak this value's reference into a raw word (for storing in caches).
    pub fn into_raw(self) -> u64 {
        ManuallyDrop::new(self).0
    }
}

impl Clone for Value {
    #[inline]
    fn clone(&self) -> Value {
        if let Some(h) = self.header() {
            h.incref();
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline]
    fn drop(&mut self) {
        if self.is_heap() {
            // SAFETY: a heap value owns one reference to a live object; this gives it up.
            unsafe { heap::decref(self.header_ptr()) }
        }
    }
}

impl Default for Value {
    fn default() -> Value {
        Value::NULL
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.imm() {
            Imm::Heap => {
                let h = self.header().map(|h| h.kind());
                write!(f, "<heap {:?} @{:#x}>", h, self.0 & PAYLOAD_MASK)
            }
            other => write!(f, "{:?}", other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_roundtrip() {
        for f in [
            0.0,
            -0.0,
            1.5,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            1e308,
        ] {
            assert_eq!(Value::float(f).as_float().unwrap().to_bits(), f.to_bits());
        }
        let nan = Value::float(f64::NAN);
        assert!(nan.as_float().unwrap().is_nan());
        let neg_nan = Value::float(-f64::NAN);
        assert!(neg_nan.as_float().unwrap().is_nan());
        assert!(neg_nan.as_float().unwrap().is_sign_negative());
        // A NaN with tag-looking bits is canonicalised, not misread as a tag.
        let weird = f64::from_bits(0xFFFA_0000_0000_0001);
        assert!(Value::float(weird).is_float());
    }

    #[test]
    fn small_ints_roundtrip() {
        for i in [0, 1, -1, SMALL_INT_MAX, SMALL_INT_MIN, 12345, -98765] {
            assert_eq!(Value::small_int(i).unwrap().as_small_int(), Some(i));
        }
        assert!(Value::small_int(SMALL_INT_MAX + 1).is_none());
        assert!(Value::small_int(SMALL_INT_MIN - 1).is_none());
    }

    #[test]
    fn specials() {
        assert!(Value::NONE.is_none());
        assert_eq!(Value::TRUE.as_bool(), Some(true));
        assert_eq!(Value::NULL.imm(), Imm::Null);
        assert!(!Value::NONE.is_float());
    }
}
