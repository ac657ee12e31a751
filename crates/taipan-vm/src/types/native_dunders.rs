//! Generic dunder methods for builtin types, backed by the VM's native protocol.
//!
//! Builtin values are operated on natively (`protocol/`), but their classes must still
//! expose `__add__`, `__eq__`, `__len__`, ... so that `int.__add__(1, 2)`, `super()`
//! calls and subclasses of builtins (whose instances wrap a builtin value in
//! `InstanceData::native`) work. Each wrapper unwraps such instances and calls the
//! native implementation. A type's `init` registers the names that apply to it with
//! `Vm::add_native_dunders`.

use taipan_bytecode::{CompareOp, Opcode};

use crate::args::Args;
use crate::errors::PyResult;
use crate::protocol::number::is_native;
use crate::types::function::NativeFn;
use crate::types::instance::InstanceData;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// The builtin value behind `v`: itself, or the wrapped value of an instance of a
    /// subclass of a builtin type.
    pub fn native_of(&self, v: &Value) -> Value {
        if let Some(inst) = v.downcast_ref::<InstanceData>() {
            let n = inst.native();
            if !n.is_null() {
                return n;
            }
        }
        v.clone()
    }

    /// Register the named generic dunders on builtin class `cls`.
    pub fn add_native_dunders(&mut self, cls: &Value, names: &[&'static str]) {
        for &name in names {
            match DUNDERS.iter().find(|(n, _)| *n == name) {
                Some(&(n, f)) => self.add_method(cls, n, f),
                None => debug_assert!(false, "no generic dunder {}", name),
            }
        }
    }
}

/// Result of a `__new__` for builtin class `base` called with `cls`: the value itself
/// when `cls` is exactly `base`, else an instance of the subclass wrapping it.
pub fn wrap_native(vm: &mut Vm, cls: &Value, base: &Value, value: Value) -> PyResult<Value> {
    if cls.is(base) {
        return Ok(value);
    }
    let inst = crate::types::class_methods::new_instance(vm, cls)?;
    if let Some(d) = inst.downcast_ref::<InstanceData>() {
        d.set_native(value);
    }
    Ok(inst)
}

/// Two arguments with subclass instances unwrapped to their builtin values.
pub(crate) fn two(vm: &mut Vm, args: Args, name: &str) -> PyResult<(Value, Value)> {
    let [a, b] = args.exact::<2>(vm, name)?;
    Ok((vm.native_of(&a), vm.native_of(&b)))
}

fn one(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let [a] = args.exact::<1>(vm, name)?;
    Ok(vm.native_of(&a))
}

/// Generates `__op__`/`__rop__` natives for a builtin class: unwrap instances of
/// subclasses, return NotImplemented unless `$accepts(&other)`, else defer to
/// `Vm::native_binop`, and collect them in the `(name, fn)` table `$table`.
macro_rules! typed_binops {
    ($table:ident, $accepts:path; $($f:ident, $rf:ident, $op:ident, $name:literal, $rname:literal;)*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (a, b) = crate::types::native_dunders::two(vm, args, $name)?;
                if !$accepts(&b) { return Ok(Value::NOT_IMPLEMENTED); }
                vm.native_binop(&a, &b, taipan_bytecode::BinaryOp::$op)
            }
            fn $rf(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (a, b) = crate::types::native_dunders::two(vm, args, $rname)?;
                if !$accepts(&b) { return Ok(Value::NOT_IMPLEMENTED); }
                vm.native_binop(&b, &a, taipan_bytecode::BinaryOp::$op)
            }
        )*
        const $table: &[(&str, crate::types::function::NativeFn)] = &[$(($name, $f), ($rname, $rf),)*];
    };
}
pub(crate) use typed_binops;

typed_binops! { BINOP_DUNDERS, is_native;
    add, radd, Add, "__add__", "__radd__";
    sub, rsub, Subtract, "__sub__", "__rsub__";
    mul, rmul, Multiply, "__mul__", "__rmul__";
    truediv, rtruediv, TrueDivide, "__truediv__", "__rtruediv__";
    floordiv, rfloordiv, FloorDivide, "__floordiv__", "__rfloordiv__";
    modulo, rmodulo, Remainder, "__mod__", "__rmod__";
    pow, rpow, Power, "__pow__", "__rpow__";
    lshift, rlshift, Lshift, "__lshift__", "__rlshift__";
    rshift, rrshift, Rshift, "__rshift__", "__rrshift__";
    and, rand, And, "__and__", "__rand__";
    or, ror, Or, "__or__", "__ror__";
    xor, rxor, Xor, "__xor__", "__rxor__";
}

macro_rules! compares {
    ($($f:ident, $op:ident, $name:literal;)*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (a, b) = two(vm, args, $name)?;
                if !is_native(&b) || !is_native(&a) { return Ok(Value::NOT_IMPLEMENTED); }
                vm.native_compare(&a, &b, CompareOp::$op)
            }
        )*
        const COMPARE_DUNDERS: &[(&str, NativeFn)] = &[$(($name, $f),)*];
    };
}

compares! {
    eq, Eq, "__eq__";
    ne, Ne, "__ne__";
    lt, Lt, "__lt__";
    le, Le, "__le__";
    gt, Gt, "__gt__";
    ge, Ge, "__ge__";
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one(vm, args, "__hash__")?;
    let h = vm.hash(&a)?;
    Ok(vm.new_int(h))
}
fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one(vm, args, "__repr__")?;
    vm.repr(&a)
}
fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one(vm, args, "__len__")?;
    let n = vm.len(&a)?;
    Ok(vm.new_usize(n))
}
fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, k] = args.exact::<2>(vm, "__getitem__")?;
    let a = vm.native_of(&a);
    vm.getitem(&a, &k)
}
fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, k, v] = args.exact::<3>(vm, "__setitem__")?;
    let a = vm.native_of(&a);
    vm.setitem(&a, k, v)?;
    Ok(Value::NONE)
}
fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, k] = args.exact::<2>(vm, "__delitem__")?;
    let a = vm.native_of(&a);
    vm.delitem(&a, &k)?;
    Ok(Value::NONE)
}
fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, k] = args.exact::<2>(vm, "__contains__")?;
    let a = vm.native_of(&a);
    Ok(Value::bool(vm.contains(&a, &k)?))
}
fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one(vm, args, "__iter__")?;
    vm.get_iter(&a)
}
fn bool_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one(vm, args, "__bool__")?;
    Ok(Value::bool(vm.is_true(&a)?))
}
fn neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one(vm, args, "__neg__")?;
    vm.unary_op(Opcode::UNARY_NEGATIVE, &a)
}
fn pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one(vm, args, "__pos__")?;
    vm.unary_op(Opcode::UNARY_POSITIVE, &a)
}
fn invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one(vm, args, "__invert__")?;
    vm.unary_op(Opcode::UNARY_INVERT, &a)
}
fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [it] = args.exact::<1>(vm, "__next__")?;
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => {
            let v = vm.take_stop_value();
            Err(vm.stop_iteration(v))
        }
    }
}
fn self_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [it] = args.exact::<1>(vm, "__iter__")?;
    Ok(it)
}

const OTHER_DUNDERS: &[(&str, NativeFn)] = &[
    ("__hash__", hash),
    ("__repr__", repr),
    ("__len__", len),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__contains__", contains),
    ("__iter__", iter),
    ("__bool__", bool_),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__invert__", invert),
    ("__next__", next),
];

static DUNDERS: std::sync::LazyLock<Vec<(&'static str, NativeFn)>> =
    std::sync::LazyLock::new(|| {
        let mut v: Vec<(&'static str, NativeFn)> = Vec::new();
        v.extend_from_slice(BINOP_DUNDERS);
        v.extend_from_slice(COMPARE_DUNDERS);
        v.extend_from_slice(OTHER_DUNDERS);
        v
    });

/// Register `__iter__` returning self and `__next__` on an iterator class.
pub fn add_iterator_dunders(vm: &mut Vm, cls: &Value) {
    vm.add_method(cls, "__iter__", self_iter);
    vm.add_method(cls, "__next__", next);
}
