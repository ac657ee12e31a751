//! Iterator methods and builtin iterator types.

use crate::errors::PyResult;
use crate::value::Value;
use crate::vm::Vm;

pub fn init(_vm: &mut Vm) {}

/// `iter(callable, sentinel)`.
pub fn callable_iter(vm: &mut Vm, _f: Value, _s: Value) -> PyResult<Value> {
    Err(vm.not_implemented_error("iter(callable, sentinel)"))
}
