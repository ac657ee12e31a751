//! `BaseException` and its builtin subclasses' storage, and traceback entries.
//!
//! Every exception instance, builtin or user-defined, carries `ExceptionData`; a user
//! subclass's own attributes live in its `dict`.

use std::cell::{Cell, RefCell};

use crate::value::Value;

#[derive(Default)]
pub struct ExceptionData {
    /// The `args` tuple.
    pub args: RefCell<Value>,
    pub traceback: RefCell<Value>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    /// Instance attributes (`__dict__`), created on first store; NULL until then.
    pub dict: RefCell<Value>,
}

/// One traceback entry (`types.TracebackType`): a frame's code and instruction.
pub struct TracebackData {
    pub next: RefCell<Value>,
    pub code: Value,
    /// Index (code units) of the instruction that was executing.
    pub lasti: usize,
    pub lineno: u32,
}
