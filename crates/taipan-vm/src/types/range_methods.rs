//! `range` and `slice` methods (CPython's `Objects/rangeobject.c`, `sliceobject.c`).

use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

use taipan_bytecode::CompareOp;

use crate::args::Args;
use crate::errors::PyResult;
use crate::heap;
use crate::protocol::hash::hash_tuple_items;
use crate::types::list_methods::{new_cls, no_args, one_arg, recv};
use crate::types::object::add_new;
use crate::types::range::RangeData;
use crate::types::slice::SliceData;
use crate::value::Value;
use crate::vm::Vm;

fn rd(v: &Value) -> &RangeData {
    thread_local!(static E: &'static RangeData = Box::leak(Box::new(RangeData::small(0, 0, 1))));
    v.downcast_ref::<RangeData>()
        .unwrap_or_else(|| E.with(|e| *e))
}

/// `__index__` conversion of a range argument (any int).
fn range_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    crate::types::int_methods::require_index(vm, v)
}

fn range_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let base = vm.t.range.clone();
    let _cls = new_cls(vm, &mut args, &base)?;
    let a = args.range(vm, "range", 1, 3)?;
    let (start, stop, step) = match a.len() {
        1 => (BigInt::zero(), range_arg(vm, &a[0])?, BigInt::one()),
        2 => (range_arg(vm, &a[0])?, range_arg(vm, &a[1])?, BigInt::one()),
        _ => {
            let s = range_arg(vm, &a[0])?;
            let e = range_arg(vm, &a[1])?;
            let st = range_arg(vm, &a[2])?;
            if st.is_zero() {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            (s, e, st)
        }
    };
    Ok(heap::alloc(
        &vm.t.range,
        RangeData::from_big(start, stop, step),
    ))
}

fn get_start(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_bigint(rd(v).parts().0))
}
fn get_stop(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_bigint(rd(v).parts().1))
}
fn get_step(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_bigint(rd(v).parts().2))
}

/// Position of int `i` in range `r`, by big-int arithmetic (any range, any int).
pub(crate) fn big_position(r: &RangeData, i: &BigInt) -> Option<BigInt> {
    let (start, stop, step) = r.parts();
    let inside = if step.is_positive() {
        *i >= start && *i < stop
    } else {
        *i <= start && *i > stop
    };
    if !inside {
        return None;
    }
    let off = i - &start;
    if !(&off % &step).is_zero() {
        return None;
    }
    Some(off / step)
}

/// The exact int value of `v` when it is an int or bool (not a subclass instance).
fn exact_big(vm: &Vm, v: &Value) -> Option<BigInt> {
    if let Some(i) = v.as_small_int() {
        return Some(BigInt::from(i));
    }
    if let Some(b) = v.as_bool() {
        return Some(BigInt::from(b as i64));
    }
    if vm.type_of(v).is(&vm.t.int) {
        return v
            .downcast_ref::<crate::types::int::BigIntData>()
            .map(|b| b.0.clone());
    }
    None
}

/// Position of int `i` in range `r`, if present.
fn position(r: &RangeData, i: i64) -> Option<i64> {
    let inside = if r.step > 0 {
        i >= r.start && i < r.stop
    } else {
        i <= r.start && i > r.stop
    };
    if !inside {
        return None;
    }
    let off = (i as i128) - (r.start as i128);
    if off % (r.step as i128) != 0 {
        return None;
    }
    Some((off / r.step as i128) as i64)
}

fn exact_int(vm: &Vm, v: &Value) -> Option<i64> {
    if let Some(i) = v.as_small_int() {
        return Some(i);
    }
    if let Some(b) = v.as_bool() {
        return Some(b as i64);
    }
    if vm.type_of(v).is(&vm.t.int) {
        if let Some(b) = v.downcast_ref::<crate::types::int::BigIntData>() {
            use num_traits::ToPrimitive;
            return Some(b.0.to_i64().unwrap_or(i64::MAX));
        }
    }
    None
}

fn range_contains(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let r = recv(vm, &mut args);
    let x = one_arg(vm, args, "__contains__")?;
    if rd(&r).big.is_some() || x.downcast_ref::<crate::types::int::BigIntData>().is_some() {
        if let Some(i) = exact_big(vm, &x) {
            return Ok(Value::bool(big_position(rd(&r), &i).is_some()));
        }
        return slow_scan(vm, &r, &x, Scan::Contains);
    }
    if let Some(i) = exact_int(vm, &x) {
        return Ok(Value::bool(position(rd(&r), i).is_some()));
    }
    let (len, rr) = (rd(&r).len(), rd(&r));
    let (start, step) = (rr.start, rr.step);
    for k in 0..len {
        let v = vm.new_int(start.wrapping_add(k.wrapping_mul(step)));
        if vm.eq(&v, &x)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn count(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let r = recv(vm, &mut args);
    let x = one_arg(vm, args, "range.count")?;
    if rd(&r).big.is_some() || x.downcast_ref::<crate::types::int::BigIntData>().is_some() {
        if let Some(i) = exact_big(vm, &x) {
            let n = big_position(rd(&r), &i).is_some() as i64;
            return Ok(vm.new_int(n));
        }
        return slow_scan(vm, &r, &x, Scan::Count);
    }
    if let Some(i) = exact_int(vm, &x) {
        return Ok(Value::small_int(position(rd(&r), i).is_some() as i64).unwrap_or(Value::NONE));
    }
    let (len, start, step) = (rd(&r).len(), rd(&r).start, rd(&r).step);
    let mut n = 0;
    for k in 0..len {
        let v = vm.new_int(start.wrapping_add(k.wrapping_mul(step)));
        if vm.eq(&v, &x)? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn index(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let r = recv(vm, &mut args);
    let x = one_arg(vm, args, "range.index")?;
    if rd(&r).big.is_some() || x.downcast_ref::<crate::types::int::BigIntData>().is_some() {
        if let Some(i) = exact_big(vm, &x) {
            return match big_position(rd(&r), &i) {
                Some(p) => Ok(vm.new_bigint(p)),
                None => {
                    let s = vm.repr_string(&x)?;
                    Err(vm.value_error(format!("{} is not in range", s)))
                }
            };
        }
        return slow_scan(vm, &r, &x, Scan::Index);
    }
    if let Some(i) = exact_int(vm, &x) {
        return match position(rd(&r), i) {
            Some(p) => Ok(vm.new_int(p)),
            None => {
                let s = vm.repr_string(&x)?;
                Err(vm.value_error(format!("{} is not in range", s)))
            }
        };
    }
    let (len, start, step) = (rd(&r).len(), rd(&r).start, rd(&r).step);
    for k in 0..len {
        let v = vm.new_int(start.wrapping_add(k.wrapping_mul(step)));
        if vm.eq(&v, &x)? {
            return Ok(vm.new_int(k));
        }
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

#[derive(Clone, Copy, PartialEq)]
enum Scan {
    Contains,
    Count,
    Index,
}

/// `in`/`count`/`index` by comparing every item (non-int values, big ranges).
fn slow_scan(vm: &mut Vm, r: &Value, x: &Value, what: Scan) -> PyResult<Value> {
    let len = rd(r).big_len();
    let mut k = BigInt::zero();
    let mut n = 0i64;
    while k < len {
        let v = vm.new_bigint(rd(r).big_item(&k));
        if vm.eq(&v, x)? {
            match what {
                Scan::Contains => return Ok(Value::TRUE),
                Scan::Index => return Ok(vm.new_bigint(k)),
                Scan::Count => n += 1,
            }
        }
        k += 1;
    }
    match what {
        Scan::Contains => Ok(Value::FALSE),
        Scan::Count => Ok(vm.new_int(n)),
        Scan::Index => Err(vm.value_error("sequence.index(x): x not in sequence")),
    }
}

fn range_reversed(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let r = recv(vm, &mut args);
    no_args(vm, &args, "range.__reversed__")?;
    Ok(crate::types::range::range_iter(vm, rd(&r), true))
}

/// CPython's `range_hash`: `hash((len, start, step))`, with `None` for the start and
/// step of an empty range and for the step of a one-item range.
pub fn range_hash_value(vm: &mut Vm, r: &Value) -> PyResult<i64> {
    let rr = rd(r);
    if rr.big.is_some() {
        let (start, _, step) = rr.parts();
        let len = rr.big_len();
        let none_h = vm.hash(&Value::NONE)?;
        let (empty, one) = (len.is_zero(), len.is_one());
        let (l, s, st) = (
            vm.new_bigint(len),
            vm.new_bigint(start),
            vm.new_bigint(step),
        );
        let hs = [
            vm.hash(&l)?,
            if empty { none_h } else { vm.hash(&s)? },
            if empty || one { none_h } else { vm.hash(&st)? },
        ];
        return Ok(hash_tuple_items(hs.into_iter()));
    }
    let len = rr.len();
    let none_h = vm.hash(&Value::NONE)?;
    let hs = if len == 0 {
        [vm.hash(&vm.new_int(0))?, none_h, none_h]
    } else if len == 1 {
        let (l, s) = (vm.new_int(1), vm.new_int(rr.start));
        [vm.hash(&l)?, vm.hash(&s)?, none_h]
    } else {
        let (l, s, st) = (vm.new_int(len), vm.new_int(rr.start), vm.new_int(rr.step));
        [vm.hash(&l)?, vm.hash(&s)?, vm.hash(&st)?]
    };
    Ok(hash_tuple_items(hs.into_iter()))
}

fn range_hash(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let r = recv(vm, &mut args);
    let h = range_hash_value(vm, &r)?;
    Ok(vm.new_int(h))
}

fn range_eq_impl(vm: &mut Vm, args: Args, ne: bool) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__eq__")?;
    if a.downcast_ref::<RangeData>().is_none() || b.downcast_ref::<RangeData>().is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let r = vm.native_compare(&a, &b, if ne { CompareOp::Ne } else { CompareOp::Eq })?;
    Ok(r)
}
fn range_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    range_eq_impl(vm, args, false)
}
fn range_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    range_eq_impl(vm, args, true)
}

// ----- slice -----------------------------------------------------------------------

fn slice_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let base = vm.t.slice.clone();
    let _cls = new_cls(vm, &mut args, &base)?;
    let a = args.range(vm, "slice", 1, 3)?;
    let (start, stop, step) = match a.len() {
        1 => (Value::NONE, a[0].clone(), Value::NONE),
        2 => (a[0].clone(), a[1].clone(), Value::NONE),
        _ => (a[0].clone(), a[1].clone(), a[2].clone()),
    };
    Ok(vm.new_slice(start, stop, step))
}

fn sl(v: &Value) -> Option<&SliceData> {
    v.downcast_ref::<SliceData>()
}

fn slice_start(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(sl(v).map(|s| s.start.clone()).unwrap_or(Value::NONE))
}
fn slice_stop(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(sl(v).map(|s| s.stop.clone()).unwrap_or(Value::NONE))
}
fn slice_step(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(sl(v).map(|s| s.step.clone()).unwrap_or(Value::NONE))
}

fn slice_indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, n] = args.exact::<2>(vm, "slice.indices")?;
    let len = match vm.index_value(&n)? {
        Some(l) => l,
        None => {
            let tn = vm.type_name(&n);
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                tn
            )));
        }
    };
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let Some(s) = sl(&this) else {
        return Err(vm.type_error("slice.indices requires a slice"));
    };
    let (start, stop, step, _) = vm.slice_indices(s, len as usize)?;
    let v = vec![vm.new_int(start), vm.new_int(stop), vm.new_int(step)];
    Ok(vm.new_tuple(v))
}

fn slice_tuple(vm: &mut Vm, v: &Value) -> Option<Value> {
    let s = sl(v)?;
    Some(vm.new_tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()]))
}

fn slice_cmp(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__cmp__")?;
    let (Some(x), Some(y)) = (slice_tuple(vm, &a), slice_tuple(vm, &b)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    vm.compare(&x, &y, op)
}
fn slice_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    slice_cmp(vm, a, CompareOp::Eq)
}
fn slice_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    slice_cmp(vm, a, CompareOp::Ne)
}
fn slice_lt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    slice_cmp(vm, a, CompareOp::Lt)
}
fn slice_le(vm: &mut Vm, a: Args) -> PyResult<Value> {
    slice_cmp(vm, a, CompareOp::Le)
}
fn slice_gt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    slice_cmp(vm, a, CompareOp::Gt)
}
fn slice_ge(vm: &mut Vm, a: Args) -> PyResult<Value> {
    slice_cmp(vm, a, CompareOp::Ge)
}

pub fn init(vm: &mut Vm) {
    let r = vm.t.range.clone();
    add_new(vm, &r, "range", range_new);
    vm.add_getset(&r, "start", get_start, None);
    vm.add_getset(&r, "stop", get_stop, None);
    vm.add_getset(&r, "step", get_step, None);
    vm.add_method(&r, "count", count);
    vm.add_method(&r, "index", index);
    vm.add_method(&r, "__reversed__", range_reversed);
    vm.add_method(&r, "__contains__", range_contains);
    vm.add_method(&r, "__hash__", range_hash);
    vm.add_method(&r, "__eq__", range_eq);
    vm.add_method(&r, "__ne__", range_ne);
    vm.add_native_dunders(
        &r,
        &["__len__", "__getitem__", "__iter__", "__bool__", "__repr__"],
    );

    let s = vm.t.slice.clone();
    add_new(vm, &s, "slice", slice_new);
    vm.add_getset(&s, "start", slice_start, None);
    vm.add_getset(&s, "stop", slice_stop, None);
    vm.add_getset(&s, "step", slice_step, None);
    vm.add_method(&s, "indices", slice_indices);
    vm.add_method(&s, "__eq__", slice_eq);
    vm.add_method(&s, "__ne__", slice_ne);
    vm.add_method(&s, "__lt__", slice_lt);
    vm.add_method(&s, "__le__", slice_le);
    vm.add_method(&s, "__gt__", slice_gt);
    vm.add_method(&s, "__ge__", slice_ge);
    vm.add_native_dunders(&s, &["__repr__"]);
    vm.add_class_attr(&s, "__hash__", Value::NONE);
}
