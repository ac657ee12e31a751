//! `range` and its iterator (CPython's `Objects/rangeobject.c`). Ranges whose bounds
//! fit in i64 use the i64 fields (the fast path); others carry their bounds as big
//! ints in `big` (the i64 fields are then unused) and iterate with a
//! `longrange_iterator`.

use std::cell::Cell;

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::errors::PyResult;
use crate::types::iter::NativeIter;
use crate::value::Value;
use crate::vm::Vm;

pub struct RangeData {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// Bounds beyond i64: (start, stop, step); None for i64 ranges.
    pub big: Option<Box<(BigInt, BigInt, BigInt)>>,
}

impl RangeData {
    pub fn small(start: i64, stop: i64, step: i64) -> RangeData {
        RangeData {
            start,
            stop,
            step,
            big: None,
        }
    }

    /// A range over arbitrary ints (`step` non-zero): i64 fields when all fit.
    pub fn from_big(start: BigInt, stop: BigInt, step: BigInt) -> RangeData {
        if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
            return RangeData::small(a, b, c);
        }
        RangeData {
            start: 0,
            stop: 0,
            step: 1,
            big: Some(Box::new((start, stop, step))),
        }
    }

    /// (start, stop, step) as big ints, whatever the representation.
    pub fn parts(&self) -> (BigInt, BigInt, BigInt) {
        match &self.big {
            Some(b) => (b.0.clone(), b.1.clone(), b.2.clone()),
            None => (
                BigInt::from(self.start),
                BigInt::from(self.stop),
                BigInt::from(self.step),
            ),
        }
    }

    /// The exact length as a big int.
    pub fn big_len(&self) -> BigInt {
        let (start, stop, step) = self.parts();
        big_range_len(&start, &stop, &step)
    }

    /// The item at `i` (0 <= i < len) as a big int.
    pub fn big_item(&self, i: &BigInt) -> BigInt {
        let (start, _, step) = self.parts();
        start + i * step
    }

    /// The length (saturated at i64::MAX for big ranges).
    pub fn len(&self) -> i64 {
        if self.big.is_some() {
            return self.big_len().to_i64().unwrap_or(i64::MAX);
        }
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        n.min(i64::MAX as i128) as i64
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn item(&self, i: i64) -> i64 {
        self.start.wrapping_add(i.wrapping_mul(self.step))
    }
}

pub struct RangeIterData {
    pub next: Cell<i64>,
    pub step: i64,
    pub remaining: Cell<i64>,
}

/// CPython's `compute_range_length`.
pub fn big_range_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, step) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        return BigInt::zero();
    }
    (hi - lo - BigInt::one()) / step + BigInt::one()
}

/// The iterator over a range with big-int bounds (`longrange_iterator`).
pub struct LongRangeIter {
    pub next: BigInt,
    pub step: BigInt,
    pub remaining: BigInt,
}

impl NativeIter for LongRangeIter {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if !self.remaining.is_positive() {
            return Ok(None);
        }
        self.remaining -= 1;
        let v = self.next.clone();
        self.next += &self.step;
        Ok(Some(vm.new_bigint(v)))
    }
    fn len_hint(&self) -> Option<usize> {
        Some(self.remaining.to_usize().unwrap_or(usize::MAX))
    }
}

/// An iterator over `r` (forward, or from the end when `reverse`).
pub fn range_iter(vm: &Vm, r: &RangeData, reverse: bool) -> Value {
    if r.big.is_none() {
        let len = r.len();
        let last = r.start.wrapping_add((len - 1).wrapping_mul(r.step));
        let (next, step) = if !reverse {
            (r.start, r.step)
        } else if len == 0 {
            (r.start, r.step.wrapping_neg())
        } else {
            (last, r.step.wrapping_neg())
        };
        return crate::heap::alloc(
            &vm.t.range_iterator,
            RangeIterData {
                next: Cell::new(next),
                step,
                remaining: Cell::new(len),
            },
        );
    }
    let (start, _, step) = r.parts();
    let len = r.big_len();
    let it = if reverse {
        let last = if len.is_zero() {
            start
        } else {
            r.big_item(&(&len - 1))
        };
        LongRangeIter {
            next: last,
            step: -step,
            remaining: len,
        }
    } else {
        LongRangeIter {
            next: start,
            step,
            remaining: len,
        }
    };
    vm.new_native_iter(&vm.t.longrange_iterator.clone(), Box::new(it))
}
