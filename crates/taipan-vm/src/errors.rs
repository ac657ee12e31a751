//! Python exceptions as Rust errors: `PyErr` carries an exception instance, and the
//! `Vm` helpers below build the builtin ones with CPython's wording.

use crate::value::Value;
use crate::vm::Vm;

/// A raised Python exception (always an instance of `BaseException` or a subclass).
#[derive(Clone, Debug)]
pub struct PyErr(pub Value);

pub type PyResult<T = Value> = Result<T, PyErr>;

impl PyErr {
    pub fn value(&self) -> &Value {
        &self.0
    }
    pub fn into_value(self) -> Value {
        self.0
    }
}

macro_rules! error_ctors {
    ($($fn_name:ident => $field:ident,)*) => {
        impl Vm {
            $(
                pub fn $fn_name(&mut self, msg: impl Into<String>) -> PyErr {
                    let cls = self.t.$field.clone();
                    self.new_exception_msg(&cls, msg.into())
                }
            )*
        }
    };
}

error_ctors! {
    type_error => type_error,
    value_error => value_error,
    attribute_error => attribute_error,
    name_error => name_error,
    key_error_msg => key_error,
    index_error => index_error,
    zero_division_error => zero_division_error,
    overflow_error => overflow_error,
    runtime_error => runtime_error,
    system_error => system_error,
    recursion_error => recursion_error,
    import_error => import_error,
    module_not_found_error => module_not_found_error,
    unbound_local_error => unbound_local_error,
    not_implemented_error => not_implemented_error,
    os_error => os_error,
    file_not_found_error => file_not_found_error,
    eof_error => eof_error,
    assertion_error => assertion_error,
    memory_error => memory_error,
    unicode_error => unicode_error,
    unicode_decode_error => unicode_decode_error,
    unicode_encode_error => unicode_encode_error,
    lookup_error => lookup_error,
    stop_iteration_msg => stop_iteration,
}

impl Vm {
    /// `KeyError(key)`: the key itself is the single argument.
    pub fn key_error(&mut self, key: Value) -> PyErr {
        let cls = self.t.key_error.clone();
        self.new_exception(&cls, vec![key])
    }

    /// `StopIteration(value)`, or a bare `StopIteration` for None.
    pub fn stop_iteration(&mut self, value: Value) -> PyErr {
        let cls = self.t.stop_iteration.clone();
        let args = if value.is_none() { vec![] } else { vec![value] };
        self.new_exception(&cls, args)
    }

    /// "'X' object has no attribute 'y'" for `obj`.
    pub fn no_attribute(&mut self, obj: &Value, name: &str) -> PyErr {
        let tname = self.type_name(obj);
        let msg = format!("'{}' object has no attribute '{}'", tname, name);
        let err = self.attribute_error(msg);
        self.set_attr_error_context(&err, obj, name);
        err
    }

    /// The message of a "bad operand" error for unary and binary operators.
    pub fn unsupported_binop(&mut self, op: &str, a: &Value, b: &Value) -> PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op, ta, tb
        ))
    }
}
