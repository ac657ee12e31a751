//! `bool`, `NoneType`, `NotImplementedType`, `ellipsis`: immediates whose behaviour is
//! mostly native; here are their class-level methods.

use crate::args::Args;
use crate::errors::PyResult;
use crate::types::int_methods::bool_binop_names;
use crate::types::object::add_new;
use crate::value::Value;
use crate::vm::Vm;

fn bool_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error("bool.__new__(): not enough arguments"));
    }
    let _cls = args.pos.remove(0);
    args.no_kw(vm, "bool")?;
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "bool expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    match args.pos.first() {
        None => Ok(Value::FALSE),
        Some(x) => Ok(Value::bool(vm.is_true(x)?)),
    }
}

fn bool_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let b = vm.is_true(&this)?;
    Ok(vm.new_str(if b { "True" } else { "False" }))
}

fn singleton_new(vm: &mut Vm, args: Args, name: &str, v: Value) -> PyResult<Value> {
    if args.pos.len() > 1 || !args.kw.is_empty() {
        return Err(vm.type_error(format!("{} takes no arguments", name)));
    }
    Ok(v)
}

fn none_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    singleton_new(vm, args, "NoneType", Value::NONE)
}
fn ni_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    singleton_new(vm, args, "NotImplementedType", Value::NOT_IMPLEMENTED)
}
fn ellipsis_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    singleton_new(vm, args, "ellipsis", Value::ELLIPSIS)
}

fn none_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact::<1>(vm, "__repr__")?;
    Ok(vm.new_str("None"))
}
fn none_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact::<1>(vm, "__bool__")?;
    Ok(Value::FALSE)
}
fn ni_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact::<1>(vm, "__repr__")?;
    Ok(vm.new_str("NotImplemented"))
}
fn ni_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact::<1>(vm, "__bool__")?;
    // CPython 3.11 warns (DeprecationWarning) and returns True.
    Ok(Value::TRUE)
}
fn ni_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact::<1>(vm, "__reduce__")?;
    Ok(vm.new_str("NotImplemented"))
}
fn ellipsis_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact::<1>(vm, "__repr__")?;
    Ok(vm.new_str("Ellipsis"))
}
fn ellipsis_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact::<1>(vm, "__reduce__")?;
    Ok(vm.new_str("Ellipsis"))
}

pub fn init(vm: &mut Vm) {
    let b = vm.t.bool.clone();
    add_new(vm, &b, "bool", bool_new);
    vm.add_method(&b, "__repr__", bool_repr);
    for &(n, f) in bool_binop_names() {
        vm.add_method(&b, n, f);
    }
    let none = vm.t.none_type.clone();
    add_new(vm, &none, "NoneType", none_new);
    vm.add_method(&none, "__repr__", none_repr);
    vm.add_method(&none, "__bool__", none_bool);
    let ni = vm.t.not_implemented_type.clone();
    add_new(vm, &ni, "NotImplementedType", ni_new);
    vm.add_method(&ni, "__repr__", ni_repr);
    vm.add_method(&ni, "__bool__", ni_bool);
    vm.add_method(&ni, "__reduce__", ni_reduce);
    let el = vm.t.ellipsis_type.clone();
    add_new(vm, &el, "ellipsis", ellipsis_new);
    vm.add_method(&el, "__repr__", ellipsis_repr);
    vm.add_method(&el, "__reduce__", ellipsis_reduce);
}
