//! `set` and `frozenset` methods (CPython's `Objects/setobject.c`).
//!
//! Divergence: iteration order is insertion order (see `types/set.rs`), so the order
//! in which results of set operations print may differ from CPython's hash order.

use taipan_bytecode::{BinaryOp, CompareOp};

use crate::args::Args;
use crate::errors::PyResult;
use crate::heap::{self, ObjKind};
use crate::types::class;
use crate::types::dict::{DictData, DictViewData, ViewKind};
use crate::types::list_methods::{nat, new_cls, no_args, one_arg, recv};
use crate::types::native_dunders::wrap_native;
use crate::types::object::add_new;
use crate::types::set::SetData;
use crate::value::Value;
use crate::vm::Vm;

fn sd(v: &Value) -> &SetData {
    thread_local!(static E: &'static SetData = Box::leak(Box::new(SetData::new(true))));
    v.downcast_ref::<SetData>()
        .unwrap_or_else(|| E.with(|e| *e))
}

fn new_set(vm: &Vm, frozen: bool) -> Value {
    let cls = if frozen {
        vm.t.frozenset.clone()
    } else {
        vm.t.set.clone()
    };
    heap::alloc(&cls, SetData::new(frozen))
}

/// Add every item of `iterable` to set `s`.
fn fill(vm: &mut Vm, s: &Value, iterable: &Value) -> PyResult<()> {
    let t = &sd(s).table;
    let src = nat(vm, iterable);
    if let Some(o) = src.downcast_ref::<SetData>() {
        for (h, k, _) in o.table.hashed_items() {
            t.set_hashed(vm, k, h, Value::NONE)?;
        }
        return Ok(());
    }
    if let Some(d) = src.downcast_ref::<DictData>() {
        if vm.type_of(iterable).is(&vm.t.dict) {
            for (h, k, _) in d.hashed_items() {
                t.set_hashed(vm, k, h, Value::NONE)?;
            }
            return Ok(());
        }
    }
    let it = vm.get_iter(iterable)?;
    while let Some(x) = vm.next(&it)? {
        t.set(vm, x, Value::NONE)?;
    }
    Ok(())
}

/// A new set (or frozenset) with the items of `iterable`.
fn set_from(vm: &mut Vm, iterable: &Value, frozen: bool) -> PyResult<Value> {
    let s = new_set(vm, frozen);
    fill(vm, &s, iterable)?;
    Ok(s)
}

fn copy_of(vm: &mut Vm, s: &Value, frozen: bool) -> Value {
    let r = new_set(vm, frozen);
    for (h, k, _) in sd(s).table.hashed_items() {
        let _ = sd(&r).table.set_hashed(vm, k, h, Value::NONE);
    }
    r
}

/// `x in s` where an unhashable set `x` is looked up as a frozenset (CPython).
fn contains_key(vm: &mut Vm, s: &Value, x: &Value) -> PyResult<bool> {
    match sd(s).table.contains(vm, x) {
        Ok(b) => Ok(b),
        Err(e) => {
            let xn = nat(vm, x);
            if xn.kind() == Some(ObjKind::Set)
                && vm.is_instance(e.value(), &vm.t.type_error.clone())
            {
                let f = copy_of(vm, &xn, true);
                return sd(s).table.contains(vm, &f);
            }
            Err(e)
        }
    }
}

fn remove_key(vm: &mut Vm, s: &Value, x: &Value) -> PyResult<bool> {
    match sd(s).table.remove(vm, x) {
        Ok(r) => Ok(r.is_some()),
        Err(e) => {
            let xn = nat(vm, x);
            if xn.kind() == Some(ObjKind::Set)
                && vm.is_instance(e.value(), &vm.t.type_error.clone())
            {
                let f = copy_of(vm, &xn, true);
                return Ok(sd(s).table.remove(vm, &f)?.is_some());
            }
            Err(e)
        }
    }
}

/// The receiver as a builtin set (TypeError for an uninitialised subclass instance).
fn this_set(vm: &mut Vm, args: &mut Args) -> PyResult<Value> {
    let s = recv(vm, args);
    if s.downcast_ref::<SetData>().is_none() {
        let tn = vm.type_name(&s);
        return Err(vm.type_error(format!(
            "descriptor requires a 'set' object but received a '{}'",
            tn
        )));
    }
    Ok(s)
}

// ----- constructors ----------------------------------------------------------------

fn set_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let base = vm.t.set.clone();
    let cls = new_cls(vm, &mut args, &base)?;
    let s = new_set(vm, false);
    wrap_native(vm, &cls, &base, s)
}

fn set_init(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let tn = args
        .pos
        .first()
        .map(|v| vm.type_name(v))
        .unwrap_or_default();
    let s = this_set(vm, &mut args)?;
    if !args.kw.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{} expected at most 1 argument, got {}",
            tn,
            args.pos.len()
        )));
    }
    sd(&s).table.clear();
    if let Some(it) = args.pos.first() {
        let it = it.clone();
        fill(vm, &s, &it)?;
    }
    Ok(Value::NONE)
}

fn frozenset_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let base = vm.t.frozenset.clone();
    let cls = new_cls(vm, &mut args, &base)?;
    if !args.kw.is_empty() {
        return Err(vm.type_error("frozenset() takes no keyword arguments"));
    }
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{} expected at most 1 argument, got {}",
            class::class_name(&cls),
            args.pos.len()
        )));
    }
    let s = match args.pos.first() {
        Some(it) if cls.is(&base) && vm.type_of(it).is(&base) => it.clone(),
        Some(it) => {
            let it = it.clone();
            set_from(vm, &it, true)?
        }
        None => new_set(vm, true),
    };
    wrap_native(vm, &cls, &base, s)
}

// ----- methods ---------------------------------------------------------------------

fn add(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this_set(vm, &mut args)?;
    let x = one_arg(vm, args, "set.add")?;
    sd(&s).table.set(vm, x, Value::NONE)?;
    Ok(Value::NONE)
}

fn discard(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this_set(vm, &mut args)?;
    let x = one_arg(vm, args, "set.discard")?;
    remove_key(vm, &s, &x)?;
    Ok(Value::NONE)
}

fn remove(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this_set(vm, &mut args)?;
    let x = one_arg(vm, args, "set.remove")?;
    if !remove_key(vm, &s, &x)? {
        return Err(vm.key_error(x));
    }
    Ok(Value::NONE)
}

fn pop(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this_set(vm, &mut args)?;
    no_args(vm, &args, "set.pop")?;
    let first = sd(&s).table.item_from(0);
    match first {
        Some((_, k, _)) => {
            sd(&s).table.remove(vm, &k)?;
            Ok(k)
        }
        None => {
            let m = vm.new_str("pop from an empty set");
            Err(vm.key_error(m))
        }
    }
}

fn clear(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this_set(vm, &mut args)?;
    no_args(vm, &args, "set.clear")?;
    sd(&s).table.clear();
    Ok(Value::NONE)
}

fn copy(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::NONE);
    let s = this_set(vm, &mut args)?;
    no_args(vm, &args, "set.copy")?;
    let frozen = sd(&s).frozen;
    if frozen && vm.type_of(&this).is(&vm.t.frozenset) {
        return Ok(this);
    }
    Ok(copy_of(vm, &s, frozen))
}

fn update(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this_set(vm, &mut args)?;
    args.no_kw(vm, "set.update")?;
    for o in args.pos.iter() {
        fill(vm, &s, o)?;
    }
    Ok(Value::NONE)
}

fn union(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this_set(vm, &mut args)?;
    args.no_kw(vm, "set.union")?;
    let r = copy_of(vm, &s, sd(&s).frozen);
    for o in args.pos.iter() {
        fill(vm, &r, o)?;
    }
    Ok(r)
}

/// Items of `s` also in `other` (CPython's `set_intersection`: iterates the smaller).
fn intersect(vm: &mut Vm, s: &Value, other: &Value, frozen: bool) -> PyResult<Value> {
    let r = new_set(vm, frozen);
    let on = nat(vm, other);
    if on.kind() == Some(ObjKind::Set) {
        let (small, big) = if sd(&on).len() > sd(s).len() {
            (s.clone(), on.clone())
        } else {
            (on.clone(), s.clone())
        };
        for (h, k, _) in sd(&small).table.hashed_items() {
            if sd(&big).table.get_hashed(vm, &k, h)?.is_some() {
                sd(&r).table.set_hashed(vm, k, h, Value::NONE)?;
            }
        }
        return Ok(r);
    }
    let it = vm.get_iter(other)?;
    while let Some(x) = vm.next(&it)? {
        let h = vm.hash(&x)?;
        if sd(s).table.get_hashed(vm, &x, h)?.is_some() {
            sd(&r).table.set_hashed(vm, x, h, Value::NONE)?;
        }
    }
    Ok(r)
}

fn intersection(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this_set(vm, &mut args)?;
    args.no_kw(vm, "set.intersection")?;
    let frozen = sd(&s).frozen;
    if args.pos.is_empty() {
        return Ok(copy_of(vm, &s, frozen));
    }
    let mut r = s;
    for o in args.pos.iter() {
        r = intersect(vm, &r, o, frozen)?;
    }
    Ok(r)
}

fn intersection_update(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this_set(vm, &mut args)?;
    args.no_kw(vm, "set.intersection_update")?;
    let mut r = s.clone();
    for o in args.pos.iter() {
        r = intersect(vm, &r, o, false)?;
    }
    replace_contents(vm, &s, &r)?;
    Ok(Value::NONE)
}

fn replace_contents(vm: &mut Vm, s: &Value, from: &Value) -> PyResult<()> {
    if s.is(from) {
        return Ok(());
    }
    let items = sd(from).table.hashed_items();
    sd(s).table.clear();
    for (h, k, _) in items {
        sd(s).table.set_hashed(vm, k, h, Value::NONE)?;
    }
    Ok(())
}

fn diff_into(vm: &mut Vm, r: &Value, other: &Value) -> PyResult<()> {
    let on = nat(vm, other);
    if on.kind() == Some(ObjKind::Set) {
        for (h, k, _) in sd(&on).table.hashed_items() {
            if sd(r).table.get_hashed(vm, &k, h)?.is_some() {
                sd(r).table.remove(vm, &k)?;
            }
        }
        return Ok(());
    }
    let it = vm.get_iter(other)?;
    while let Some(x) = vm.next(&it)? {
        sd(r).table.remove(vm, &x)?;
    }
    Ok(())
}

fn difference(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this_set(vm, &mut args)?;
    args.no_kw(vm, "set.difference")?;
    let r = copy_of(vm, &s, sd(&s).frozen);
    for o in args.pos.iter() {
        diff_into(vm, &r, o)?;
    }
    Ok(r)
}

fn difference_update(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this_set(vm, &mut args)?;
    args.no_kw(vm, "set.difference_update")?;
    for o in args.pos.iter() {
        if nat(vm, o).is(&s) {
            sd(&s).table.clear();
            continue;
        }
        diff_into(vm, &s, o)?;
    }
    Ok(Value::NONE)
}

fn symdiff_into(vm: &mut Vm, r: &Value, other: &Value) -> PyResult<()> {
    let on = nat(vm, other);
    let o = if on.kind() == Some(ObjKind::Set) {
        on
    } else {
        set_from(vm, other, false)?
    };
    if o.is(r) {
        sd(r).table.clear();
        return Ok(());
    }
    for (h, k, _) in sd(&o).table.hashed_items() {
        if sd(r).table.get_hashed(vm, &k, h)?.is_some() {
            sd(r).table.remove(vm, &k)?;
        } else {
            sd(r).table.set_hashed(vm, k, h, Value::NONE)?;
        }
    }
    Ok(())
}

fn symmetric_difference(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this_set(vm, &mut args)?;
    let o = one_arg(vm, args, "set.symmetric_difference")?;
    let r = copy_of(vm, &s, sd(&s).frozen);
    symdiff_into(vm, &r, &o)?;
    Ok(r)
}

fn symmetric_difference_update(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this_set(vm, &mut args)?;
    let o = one_arg(vm, args, "set.symmetric_difference_update")?;
    symdiff_into(vm, &s, &o)?;
    Ok(Value::NONE)
}

/// Whether every item of set `a` is in set `b`.
fn subset(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if sd(a).len() > sd(b).len() {
        return Ok(false);
    }
    for (h, k, _) in sd(a).table.hashed_items() {
        if sd(b).table.get_hashed(vm, &k, h)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = nat(vm, v);
    if n.kind() == Some(ObjKind::Set) {
        return Ok(n);
    }
    set_from(vm, v, false)
}

fn issubset(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this_set(vm, &mut args)?;
    let o = one_arg(vm, args, "set.issubset")?;
    let o = as_set(vm, &o)?;
    Ok(Value::bool(subset(vm, &s, &o)?))
}

fn issuperset(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this_set(vm, &mut args)?;
    let o = one_arg(vm, args, "set.issuperset")?;
    let on = nat(vm, &o);
    if on.kind() == Some(ObjKind::Set) {
        return Ok(Value::bool(subset(vm, &on, &s)?));
    }
    let it = vm.get_iter(&o)?;
    while let Some(x) = vm.next(&it)? {
        if !contains_key(vm, &s, &x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn isdisjoint(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this_set(vm, &mut args)?;
    let o = one_arg(vm, args, "set.isdisjoint")?;
    let it = vm.get_iter(&o)?;
    while let Some(x) = vm.next(&it)? {
        if contains_key(vm, &s, &x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn set_contains(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this_set(vm, &mut args)?;
    let x = one_arg(vm, args, "__contains__")?;
    Ok(Value::bool(contains_key(vm, &s, &x)?))
}

fn set_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let s = nat(vm, &this);
    if this.is(&s) {
        return vm.repr(&s);
    }
    let name = vm.type_name(&this);
    let keys = sd(&s).table.keys();
    if keys.is_empty() {
        return Ok(vm.new_str(format!("{}()", name)));
    }
    // Render the items through a plain set's repr.
    let plain = copy_of(vm, &s, false);
    let inner = vm.repr_string(&plain)?;
    Ok(vm.new_str(format!("{}({})", name, inner)))
}

fn binop_method(vm: &mut Vm, args: Args, op: BinaryOp, reflected: bool) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__op__")?;
    let (a, b) = (nat(vm, &a), nat(vm, &b));
    if a.kind() != Some(ObjKind::Set) || b.kind() != Some(ObjKind::Set) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    if reflected {
        set_binop(vm, &b, &a, op)
    } else {
        set_binop(vm, &a, &b, op)
    }
}

fn s_or(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop_method(vm, a, BinaryOp::Or, false)
}
fn s_ror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop_method(vm, a, BinaryOp::Or, true)
}
fn s_and(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop_method(vm, a, BinaryOp::And, false)
}
fn s_rand(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop_method(vm, a, BinaryOp::And, true)
}
fn s_sub(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop_method(vm, a, BinaryOp::Subtract, false)
}
fn s_rsub(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop_method(vm, a, BinaryOp::Subtract, true)
}
fn s_xor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop_method(vm, a, BinaryOp::Xor, false)
}
fn s_rxor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop_method(vm, a, BinaryOp::Xor, true)
}

fn inplace_method(vm: &mut Vm, args: Args, op: BinaryOp) -> PyResult<Value> {
    let [this, b] = args.exact::<2>(vm, "__iop__")?;
    let a = nat(vm, &this);
    if a.downcast_ref::<SetData>().is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let r = set_inplace(vm, &a, &b, op)?;
    if r.is_not_implemented() {
        return Ok(r);
    }
    Ok(this)
}
fn s_ior(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace_method(vm, a, BinaryOp::Or)
}
fn s_iand(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace_method(vm, a, BinaryOp::And)
}
fn s_isub(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace_method(vm, a, BinaryOp::Subtract)
}
fn s_ixor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace_method(vm, a, BinaryOp::Xor)
}

fn cmp_method(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__cmp__")?;
    let (a, b) = (nat(vm, &a), nat(vm, &b));
    Ok(set_compare(vm, &a, &b, op)?.unwrap_or(Value::NOT_IMPLEMENTED))
}
fn s_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp_method(vm, a, CompareOp::Eq)
}
fn s_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp_method(vm, a, CompareOp::Ne)
}
fn s_lt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp_method(vm, a, CompareOp::Lt)
}
fn s_le(vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp_method(vm, a, CompareOp::Le)
}
fn s_gt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp_method(vm, a, CompareOp::Gt)
}
fn s_ge(vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp_method(vm, a, CompareOp::Ge)
}

fn fs_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__hash__")?;
    let s = nat(vm, &this);
    let h = frozenset_hash(vm, &s)?;
    Ok(vm.new_int(h))
}

fn set_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__iter__")?;
    let s = nat(vm, &this);
    let len = sd(&s).len();
    let it = crate::protocol::iter::DictIter {
        dict: s,
        pos: 0,
        kind: ViewKind::Keys,
        len,
        is_set: true,
    };
    let cls = vm.t.set_iterator.clone();
    Ok(vm.new_native_iter(&cls, Box::new(it)))
}

pub fn init(vm: &mut Vm) {
    let s = vm.t.set.clone();
    let f = vm.t.frozenset.clone();
    add_new(vm, &s, "set", set_new);
    vm.add_method(&s, "__init__", set_init);
    add_new(vm, &f, "frozenset", frozenset_new);
    for c in [&s, &f] {
        vm.add_method(c, "copy", copy);
        vm.add_method(c, "union", union);
        vm.add_method(c, "intersection", intersection);
        vm.add_method(c, "difference", difference);
        vm.add_method(c, "symmetric_difference", symmetric_difference);
        vm.add_method(c, "issubset", issubset);
        vm.add_method(c, "issuperset", issuperset);
        vm.add_method(c, "isdisjoint", isdisjoint);
        vm.add_method(c, "__contains__", set_contains);
        vm.add_method(c, "__repr__", set_repr);
        vm.add_method(c, "__iter__", set_iter);
        vm.add_method(c, "__or__", s_or);
        vm.add_method(c, "__ror__", s_ror);
        vm.add_method(c, "__and__", s_and);
        vm.add_method(c, "__rand__", s_rand);
        vm.add_method(c, "__sub__", s_sub);
        vm.add_method(c, "__rsub__", s_rsub);
        vm.add_method(c, "__xor__", s_xor);
        vm.add_method(c, "__rxor__", s_rxor);
        vm.add_method(c, "__eq__", s_eq);
        vm.add_method(c, "__ne__", s_ne);
        vm.add_method(c, "__lt__", s_lt);
        vm.add_method(c, "__le__", s_le);
        vm.add_method(c, "__gt__", s_gt);
        vm.add_method(c, "__ge__", s_ge);
        vm.add_native_dunders(c, &["__len__"]);
    }
    vm.add_method(&s, "add", add);
    vm.add_method(&s, "discard", discard);
    vm.add_method(&s, "remove", remove);
    vm.add_method(&s, "pop", pop);
    vm.add_method(&s, "clear", clear);
    vm.add_method(&s, "update", update);
    vm.add_method(&s, "intersection_update", intersection_update);
    vm.add_method(&s, "difference_update", difference_update);
    vm.add_method(
        &s,
        "symmetric_difference_update",
        symmetric_difference_update,
    );
    vm.add_method(&s, "__ior__", s_ior);
    vm.add_method(&s, "__iand__", s_iand);
    vm.add_method(&s, "__isub__", s_isub);
    vm.add_method(&s, "__ixor__", s_ixor);
    vm.add_class_attr(&s, "__hash__", Value::NONE);
    vm.add_method(&f, "__hash__", fs_hash);
}

/// `a op= b` for a set `a` (mutates `a`; NotImplemented unless `b` is a set).
pub fn set_inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Value> {
    let bn = nat(vm, b);
    if a.kind() != Some(ObjKind::Set) || sd(a).frozen || bn.kind() != Some(ObjKind::Set) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    match op {
        BinaryOp::Or => fill(vm, a, &bn)?,
        BinaryOp::And => {
            let r = intersect(vm, a, &bn, false)?;
            replace_contents(vm, a, &r)?;
        }
        BinaryOp::Subtract => {
            if bn.is(a) {
                sd(a).table.clear();
            } else {
                diff_into(vm, a, &bn)?;
            }
        }
        BinaryOp::Xor => symdiff_into(vm, a, &bn)?,
        _ => return Ok(Value::NOT_IMPLEMENTED),
    }
    Ok(a.clone())
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets (result type follows `a`).
pub fn set_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Value> {
    if a.kind() != Some(ObjKind::Set) || b.kind() != Some(ObjKind::Set) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let frozen = sd(a).frozen;
    match op {
        BinaryOp::Or => {
            let r = copy_of(vm, a, frozen);
            fill(vm, &r, b)?;
            Ok(r)
        }
        BinaryOp::And => intersect(vm, a, b, frozen),
        BinaryOp::Subtract => {
            let r = copy_of(vm, a, frozen);
            diff_into(vm, &r, b)?;
            Ok(r)
        }
        BinaryOp::Xor => {
            let r = copy_of(vm, a, frozen);
            symdiff_into(vm, &r, b)?;
            Ok(r)
        }
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

/// A set-like view of a set or of a `dict_keys`/`dict_items` view, for comparisons.
fn setlike(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    if v.kind() == Some(ObjKind::Set) {
        return Ok(Some(v.clone()));
    }
    if let Some(dv) = v.downcast_ref::<DictViewData>() {
        if dv.kind != ViewKind::Values {
            let v = v.clone();
            return Ok(Some(set_from(vm, &v, false)?));
        }
    }
    Ok(None)
}

/// Rich comparison of two sets (subset order), or of dict key/item views with sets;
/// None when the operands are not both set-like.
pub fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    let a_ok = a.kind() == Some(ObjKind::Set)
        || a.downcast_ref::<DictViewData>()
            .is_some_and(|d| d.kind != ViewKind::Values);
    let b_ok = b.kind() == Some(ObjKind::Set)
        || b.downcast_ref::<DictViewData>()
            .is_some_and(|d| d.kind != ViewKind::Values);
    if !a_ok || !b_ok {
        return Ok(None);
    }
    // Set-like views compare through sets of their items (items must be hashable,
    // which holds for keys; for items views CPython checks containment instead).
    let (Some(x), Some(y)) = (setlike(vm, a)?, setlike(vm, b)?) else {
        return Ok(None);
    };
    let (lx, ly) = (sd(&x).len(), sd(&y).len());
    let r = match op {
        CompareOp::Eq => lx == ly && subset(vm, &x, &y)?,
        CompareOp::Ne => !(lx == ly && subset(vm, &x, &y)?),
        CompareOp::Le => subset(vm, &x, &y)?,
        CompareOp::Lt => lx < ly && subset(vm, &x, &y)?,
        CompareOp::Ge => subset(vm, &y, &x)?,
        CompareOp::Gt => lx > ly && subset(vm, &y, &x)?,
    };
    Ok(Some(Value::bool(r)))
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// CPython's `frozenset_hash`.
pub fn frozenset_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let _ = vm;
    let s = sd(v);
    let cached = s.hash.get();
    if cached != -1 {
        return Ok(cached);
    }
    let mut hash: u64 = 0;
    for (h, _, _) in s.table.hashed_items() {
        hash ^= shuffle_bits(h as u64);
    }
    hash ^= (s.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    let h = hash as i64;
    s.hash.set(h);
    Ok(h)
}
