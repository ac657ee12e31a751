//! Methods of a builtin type (to be filled in).

use crate::vm::Vm;

pub fn init(_vm: &mut Vm) {}

use crate::errors::PyResult;
use crate::value::Value;
use taipan_bytecode::BinaryOp;

pub fn dict_copy_value(vm: &mut Vm, d: &Value) -> Value {
    let c = d
        .downcast_ref::<crate::types::dict::DictData>()
        .unwrap()
        .copy();
    crate::heap::alloc(&vm.t.dict, c)
}
pub fn view_binop(_vm: &mut Vm, _a: &Value, _b: &Value, _op: BinaryOp) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}
