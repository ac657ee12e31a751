//! Descriptor types: `property`, `staticmethod`, `classmethod`, `super`, and the
//! getset descriptors through which builtin types expose computed attributes.

use std::cell::RefCell;

use crate::errors::PyResult;
use crate::value::Value;
use crate::vm::Vm;

pub struct PropertyData {
    pub fget: RefCell<Value>,
    pub fset: RefCell<Value>,
    pub fdel: RefCell<Value>,
    pub doc: RefCell<Value>,
    pub name: RefCell<Value>,
}

pub struct StaticMethodData {
    pub func: Value,
    pub dict: RefCell<Value>,
}

pub struct ClassMethodData {
    pub func: Value,
    pub dict: RefCell<Value>,
}

/// `super(type, obj)`: `obj` may be an instance or a subclass of `type`.
pub struct SuperData {
    pub type_: Value,
    pub obj: Value,
    /// The type whose MRO is searched: `type(obj)` or `obj` itself when a class.
    pub obj_type: Value,
}

pub type Getter = fn(&mut Vm, &Value) -> PyResult<Value>;
pub type Setter = fn(&mut Vm, &Value, Value) -> PyResult<()>;

/// A computed attribute of a builtin type (`function.__name__`, `int.real`).
pub struct GetSetData {
    pub name: &'static str,
    pub owner: Value,
    pub get: Getter,
    pub set: Option<Setter>,
}

/// A `__slots__` entry (`member_descriptor`): the value lives in the instance's slot
/// `index` (slot names come first in the class's root shape).
pub struct MemberData {
    pub name: Value,
    pub owner: Value,
    pub index: usize,
}
