//! Hashing with CPython's exact algorithms (so `hash()` results and, with
//! `PYTHONHASHSEED=0`, string hashes match): ints modulo 2**61-1, floats by their
//! exact rational value, tuples by the xxHash-based combiner, strings by SipHash-1-3
//! over the PEP 393 representation. `fast_eq` is equality that needs no Python code.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::types::int::BigIntData;
use crate::types::str::StrData;
use crate::types::tuple::TupleData;
use crate::value::{Imm, Value};

pub const MODULUS: u64 = (1 << 61) - 1;
pub const HASH_INF: i64 = 314159;

pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's `_Py_HashDouble` (NaN hashes by identity in CPython; we use 0 for all).
pub fn hash_f64(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let h = (x as i64) * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * 2f64.powi(54));
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

/// xxHash-based tuple hash of CPython 3.8+ (`tuplehash`).
pub fn hash_tuple_items(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let len = hashes.len() as u64;
    let mut acc: u64 = P5;
    for h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// SipHash-1-3 with a zero key over the PEP 393 storage of `s` (CPython with
/// `PYTHONHASHSEED=0`).
pub fn hash_str(s: &str) -> i64 {
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let h = if s.is_empty() {
        0
    } else if max < 256 {
        let bytes: Vec<u8> = if s.is_ascii() {
            s.as_bytes().to_vec()
        } else {
            s.chars().map(|c| c as u8).collect()
        };
        siphash13(&bytes)
    } else if max < 65536 {
        let bytes: Vec<u8> = s.chars().flat_map(|c| (c as u16).to_le_bytes()).collect();
        siphash13(&bytes)
    } else {
        let bytes: Vec<u8> = s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect();
        siphash13(&bytes)
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Hash of a bytes object (the same SipHash as CPython).
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let h = siphash13(b);
    if h == -1 {
        -2
    } else {
        h
    }
}

fn siphash13(src: &[u8]) -> i64 {
    let (k0, k1) = (0u64, 0u64);
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    let mut b: u64 = (src.len() as u64) << 56;
    macro_rules! half_round {
        ($a:ident, $b:ident, $c:ident, $d:ident, $s:expr, $t:expr) => {
            $a = $a.wrapping_add($b);
            $c = $c.wrapping_add($d);
            $b = $b.rotate_left($s) ^ $a;
            $d = $d.rotate_left($t) ^ $c;
            $a = $a.rotate_left(32);
        };
    }
    macro_rules! round {
        () => {
            half_round!(v0, v1, v2, v3, 13, 16);
            half_round!(v2, v1, v0, v3, 17, 21);
        };
    }
    let mut chunks = src.chunks_exact(8);
    for c in &mut chunks {
        let mi = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        v3 ^= mi;
        round!();
        v0 ^= mi;
    }
    let rest = chunks.remainder();
    let mut t: u64 = 0;
    for (i, &byte) in rest.iter().enumerate() {
        t |= (byte as u64) << (8 * i);
    }
    b |= t;
    v3 ^= b;
    round!();
    v0 ^= b;
    v2 ^= 0xff;
    round!();
    round!();
    round!();
    (v0 ^ v1 ^ v2 ^ v3) as i64
}

/// Numeric value of an int-like immediate or heap int, for cross-type comparisons.
pub(crate) fn int_of(v: &Value) -> Option<std::borrow::Cow<'_, BigInt>> {
    match v.imm() {
        Imm::Int(i) => Some(std::borrow::Cow::Owned(BigInt::from(i))),
        Imm::Bool(b) => Some(std::borrow::Cow::Owned(BigInt::from(b as i64))),
        Imm::Heap => v
            .downcast_ref::<BigIntData>()
            .map(|b| std::borrow::Cow::Borrowed(&b.0)),
        _ => None,
    }
}

/// Compare an integer with a float exactly (as CPython's `float_richcompare`).
pub fn int_float_cmp(i: &BigInt, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    let fl = f.floor();
    let fi = num_bigint::BigInt::from_signed_bytes_le(&[]) + float_to_bigint(fl);
    match i.cmp(&fi) {
        std::cmp::Ordering::Equal => {
            if f > fl {
                Some(std::cmp::Ordering::Less)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

/// Exact conversion of an integral float to a big int.
pub fn float_to_bigint(f: f64) -> BigInt {
    if f.abs() < 9.0e15 {
        return BigInt::from(f as i64);
    }
    let (m, e) = frexp(f);
    let mant = (m * 2f64.powi(53)) as i64;
    let b = BigInt::from(mant);
    let shift = e - 53;
    if shift >= 0 {
        b << (shift as usize)
    } else {
        b >> ((-shift) as usize)
    }
}

/// Equality that runs no Python code: `Some(answer)` for builtin value types,
/// `None` when a user `__eq__` could be involved.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        // NaN is not equal to itself, but containers compare identity first anyway.
        return Some(true);
    }
    match (a.imm(), b.imm()) {
        (Imm::Float(x), Imm::Float(y)) => return Some(x == y),
        (Imm::Int(x), Imm::Int(y)) => return Some(x == y),
        (Imm::Int(x), Imm::Float(y)) | (Imm::Float(y), Imm::Int(x)) => {
            return Some(int_float_cmp(&BigInt::from(x), y) == Some(std::cmp::Ordering::Equal))
        }
        (Imm::Bool(x), Imm::Int(y)) | (Imm::Int(y), Imm::Bool(x)) => return Some(x as i64 == y),
        (Imm::Bool(x), Imm::Float(y)) | (Imm::Float(y), Imm::Bool(x)) => {
            return Some(x as i64 as f64 == y)
        }
        (Imm::Heap, Imm::Heap) => {}
        (Imm::Heap, _) | (_, Imm::Heap) => {
            // A heap int against an immediate number.
            let (h, o) = if a.is_heap() { (a, b) } else { (b, a) };
            if let Some(bi) = h.downcast_ref::<BigIntData>() {
                if h.header()
                    .is_some_and(|hd| hd.kind() == crate::heap::ObjKind::Int)
                {
                    return match o.imm() {
                        Imm::Float(f) => {
                            Some(int_float_cmp(&bi.0, f) == Some(std::cmp::Ordering::Equal))
                        }
                        _ => Some(int_of(o).is_some_and(|x| *x == bi.0)),
                    };
                }
            }
            if exact_builtin_heap(h) {
                return Some(false);
            }
            return None;
        }
        _ => return Some(false),
    }
    // Both heap.
    if let (Some(x), Some(y)) = (a.downcast_ref::<StrData>(), b.downcast_ref::<StrData>()) {
        return Some(x.as_str() == y.as_str());
    }
    if let (Some(x), Some(y)) = (
        a.downcast_ref::<BigIntData>(),
        b.downcast_ref::<BigIntData>(),
    ) {
        return Some(x.0 == y.0);
    }
    if let (Some(x), Some(y)) = (a.downcast_ref::<TupleData>(), b.downcast_ref::<TupleData>()) {
        if x.len() != y.len() {
            return Some(false);
        }
        for (p, q) in x.iter().zip(y.iter()) {
            match fast_eq(p, q) {
                Some(true) => {}
                other => return other,
            }
        }
        return Some(true);
    }
    if exact_builtin_heap(a) && exact_builtin_heap(b) && a.kind() != b.kind() {
        return Some(false);
    }
    None
}

/// Heap values whose class is a builtin with builtin equality (no user `__eq__`).
fn exact_builtin_heap(v: &Value) -> bool {
    use crate::heap::ObjKind::*;
    matches!(v.kind(), Some(Str | Int | Bytes | Tuple))
}

pub fn is_zero(b: &BigInt) -> bool {
    b.is_zero()
}
