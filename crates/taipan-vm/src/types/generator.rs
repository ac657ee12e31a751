//! Generators: a suspended frame stored on the heap.
//!
//! Running a generator copies its saved slots (locals + value stack) onto the VM's
//! contiguous stack, pushes a frame, and runs until `YIELD_VALUE` or return, which
//! moves the slots back here. So generator frames use the same frame layout and
//! dispatch loop as every other frame.

use std::cell::{Cell, RefCell};

use crate::heap::PyRef;
use crate::types::code::CodeData;
use crate::value::Value;

pub struct SavedFrame {
    pub code: PyRef<CodeData>,
    pub func: Value,
    pub globals: Value,
    pub builtins: Value,
    /// localsplus followed by the value stack at suspension.
    pub slots: Vec<Value>,
    /// Next instruction to execute.
    pub ip: usize,
    pub lasti: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

pub struct GeneratorData {
    pub frame: RefCell<Option<SavedFrame>>,
    pub state: Cell<GenState>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// The exception being handled inside the generator when it yielded (restored on resume).
    pub exc_state: RefCell<Value>,
    /// The slots vector of the saved frame, kept (empty) while the frame runs so a
    /// yield can reuse its allocation.
    pub spare_slots: RefCell<Vec<Value>>,
}
