//! `slice` objects and index normalisation (CPython's `PySlice_Unpack`/`AdjustIndices`).

use crate::value::Value;

pub struct SliceData {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// Clamp (start, stop, step) for a sequence of `len` items; returns (start, stop, step, count).
pub fn adjust_indices(
    len: i64,
    start: Option<i64>,
    stop: Option<i64>,
    step: i64,
) -> (i64, i64, i64, i64) {
    let (mut lo, mut hi);
    if step > 0 {
        lo = start.unwrap_or(0);
        hi = stop.unwrap_or(len);
        if lo < 0 {
            lo = (lo + len).max(0);
        } else if lo > len {
            lo = len;
        }
        if hi < 0 {
            hi = (hi + len).max(0);
        } else if hi > len {
            hi = len;
        }
        let n = if hi > lo { (hi - lo - 1) / step + 1 } else { 0 };
        (lo, hi, step, n)
    } else {
        lo = start.unwrap_or(len - 1);
        hi = stop.unwrap_or(-1 - len);
        if lo < 0 {
            lo = (lo + len).max(-1);
        } else if lo >= len {
            lo = len - 1;
        }
        if hi < 0 {
            hi = (hi + len).max(-1);
        } else if hi >= len {
            hi = len - 1;
        }
        let n = if lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        (lo, hi, step, n)
    }
}
