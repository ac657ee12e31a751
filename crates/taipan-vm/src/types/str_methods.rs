//! Methods of a builtin type (to be filled in).

use crate::vm::Vm;

pub fn init(_vm: &mut Vm) {}

use crate::errors::PyResult;
use crate::value::Value;

/// `str % args`.
pub fn percent_format(_vm: &mut Vm, _s: &Value, _args: &Value) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}
