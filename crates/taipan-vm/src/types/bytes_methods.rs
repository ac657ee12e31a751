//! Methods of a builtin type (to be filled in).

use crate::vm::Vm;

pub fn init(_vm: &mut Vm) {}

use crate::errors::PyResult;
use crate::value::Value;

pub fn new_bytearray(vm: &mut Vm, v: Vec<u8>) -> Value {
    crate::heap::alloc(
        &vm.t.bytearray,
        crate::types::bytes::ByteArrayData {
            bytes: std::cell::RefCell::new(v),
        },
    )
}
pub fn bytearray_setitem(vm: &mut Vm, _b: &Value, _k: Value, _v: Value) -> PyResult<()> {
    Err(vm.not_implemented_error("bytearray item assignment"))
}
