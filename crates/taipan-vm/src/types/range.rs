//! `range` and its iterator (CPython's `Objects/rangeobject.c`). Bounds that fit in
//! i64 only; larger ranges raise OverflowError at construction (divergence).

use std::cell::Cell;

pub struct RangeData {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeData {
    pub fn len(&self) -> i64 {
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
