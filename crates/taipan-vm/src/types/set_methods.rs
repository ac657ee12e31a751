//! Methods of a builtin type (to be filled in).

use crate::vm::Vm;

pub fn init(_vm: &mut Vm) {}

use crate::errors::PyResult;
use crate::value::Value;
use taipan_bytecode::{BinaryOp, CompareOp};

pub fn set_inplace(_vm: &mut Vm, _a: &Value, _b: &Value, _op: BinaryOp) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}
pub fn set_binop(_vm: &mut Vm, _a: &Value, _b: &Value, _op: BinaryOp) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}
pub fn set_compare(
    _vm: &mut Vm,
    _a: &Value,
    _b: &Value,
    _op: CompareOp,
) -> PyResult<Option<Value>> {
    Ok(None)
}
pub fn frozenset_hash(_vm: &mut Vm, _v: &Value) -> PyResult<i64> {
    Ok(0)
}
