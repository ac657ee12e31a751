//! `tuple` methods (CPython's `Objects/tupleobject.c`).

use crate::args::Args;
use crate::errors::PyResult;
use crate::types::list_methods::{
    concat_error, eq_id, index_bounds, nat, new_cls, one_arg, recv, seq_contains,
};
use crate::types::native_dunders::wrap_native;
use crate::types::object::add_new;
use crate::types::tuple::TupleData;
use crate::value::Value;
use crate::vm::Vm;

fn items_of(v: &Value) -> Vec<Value> {
    v.downcast_ref::<TupleData>()
        .map(|t| t.as_slice().to_vec())
        .unwrap_or_default()
}

fn tuple_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let base = vm.t.tuple.clone();
    let cls = new_cls(vm, &mut args, &base)?;
    if !args.kw.is_empty() {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    let t = match args.pos.first() {
        None => vm.empty_tuple(),
        Some(it) => {
            if it.downcast_ref::<TupleData>().is_some() && vm.type_of(it).is(&base) && cls.is(&base)
            {
                it.clone()
            } else {
                let it = it.clone();
                let items = vm.collect_iter(&it)?;
                vm.new_tuple(items)
            }
        }
    };
    wrap_native(vm, &cls, &base, t)
}

fn count(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let t = recv(vm, &mut args);
    let x = one_arg(vm, args, "tuple.count")?;
    let mut n = 0usize;
    for item in items_of(&t) {
        if eq_id(vm, &item, &x)? {
            n += 1;
        }
    }
    Ok(vm.new_usize(n))
}

fn index(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let t = recv(vm, &mut args);
    let a = args.range(vm, "index", 1, 3)?;
    let items = items_of(&t);
    let (start, stop) = index_bounds(vm, a.get(1), a.get(2), items.len())?;
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if eq_id(vm, item, &a[0])? {
            return Ok(vm.new_usize(i));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_add(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let t = recv(vm, &mut args);
    let o = one_arg(vm, args, "__add__")?;
    let on = nat(vm, &o);
    match on.downcast_ref::<TupleData>() {
        Some(od) => {
            let mut v = items_of(&t);
            v.extend(od.iter().cloned());
            Ok(vm.new_tuple(v))
        }
        None => Err(concat_error(vm, "tuple", &o)),
    }
}

fn tuple_contains(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let t = recv(vm, &mut args);
    let x = one_arg(vm, args, "__contains__")?;
    Ok(Value::bool(seq_contains(vm, &t, &x)?))
}

fn getnewargs(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let t = recv(vm, &mut args);
    let inner = vm.new_tuple(items_of(&t));
    Ok(vm.new_tuple(vec![inner]))
}

pub fn init(vm: &mut Vm) {
    let c = vm.t.tuple.clone();
    add_new(vm, &c, "tuple", tuple_new);
    vm.add_method(&c, "count", count);
    vm.add_method(&c, "index", index);
    vm.add_method(&c, "__add__", tuple_add);
    vm.add_method(&c, "__contains__", tuple_contains);
    vm.add_method(&c, "__getnewargs__", getnewargs);
    vm.add_native_dunders(
        &c,
        &[
            "__mul__",
            "__rmul__",
            "__hash__",
            "__len__",
            "__getitem__",
            "__iter__",
            "__repr__",
        ],
    );
    crate::types::list_methods::add_compares(vm, &c, true);
}
