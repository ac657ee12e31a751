//! Function-like objects: Python functions, native (builtin) functions, method
//! descriptors of builtin types, bound methods, and closure cells.

use std::cell::RefCell;

use crate::args::Args;
use crate::errors::PyResult;
use crate::heap::PyRef;
use crate::types::code::CodeData;
use crate::value::Value;
use crate::vm::Vm;

/// A function's `__code__`: reads as a `PyRef<CodeData>` (through `Deref`, so
/// `f.code.argcount` and `f.code.clone()` work as on a plain `PyRef`), and can be
/// replaced (`f.__code__ = ...`) without `unsafe`: each replacement appends a node
/// to a write-once chain and reads follow it to the newest code. Replacing a
/// function's code is rare; the common read is one empty-`OnceCell` check.
pub struct SwapCode {
    first: PyRef<CodeData>,
    next: std::cell::OnceCell<Box<SwapCode>>,
}

impl SwapCode {
    pub fn new(code: PyRef<CodeData>) -> SwapCode {
        SwapCode {
            first: code,
            next: std::cell::OnceCell::new(),
        }
    }

    /// The current code.
    #[inline]
    pub fn get(&self) -> &PyRef<CodeData> {
        let mut node = self;
        while let Some(n) = node.next.get() {
            node = n;
        }
        &node.first
    }

    /// Make `code` the current code (older codes stay alive with the function).
    pub fn replace(&self, code: PyRef<CodeData>) {
        let mut node = self;
        while let Some(n) = node.next.get() {
            node = n;
        }
        let _ = node.next.set(Box::new(SwapCode::new(code)));
    }
}

impl std::ops::Deref for SwapCode {
    type Target = PyRef<CodeData>;
    #[inline]
    fn deref(&self) -> &PyRef<CodeData> {
        self.get()
    }
}

/// A function defined in Python (`def`, `lambda`).
pub struct FunctionData {
    pub code: SwapCode,
    pub globals: Value,
    pub builtins: Value,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// Tuple of positional defaults, or NULL.
    pub defaults: RefCell<Value>,
    /// Dict of keyword-only defaults, or NULL.
    pub kwdefaults: RefCell<Value>,
    /// Tuple of cells, or NULL.
    pub closure: Value,
    pub annotations: RefCell<Value>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    /// The function's `__dict__`, created on first attribute store.
    pub dict: RefCell<Value>,
    /// Version for `CALL_PY_*` caches (CPython's `func_version`): assigned on first
    /// specialization, reset to 0 when `__defaults__`/`__kwdefaults__` change.
    pub version: std::cell::Cell<u32>,
}

impl FunctionData {
    /// The function's version, assigned now if it has none (0: ids exhausted).
    pub fn version_for_cache(&self) -> u32 {
        if self.version.get() == 0 {
            thread_local!(static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(1) });
            let v = NEXT.with(|n| {
                let v = n.get();
                n.set(v.saturating_add(1));
                if v == u32::MAX {
                    0
                } else {
                    v
                }
            });
            self.version.set(v);
        }
        self.version.get()
    }
}

/// The signature of every function implemented in Rust.
pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

/// A builtin function (`len`, `math.sqrt`) or a builtin method bound to its object.
pub struct NativeFunctionData {
    pub name: &'static str,
    pub func: NativeFn,
    /// The bound object (`[].append`), or NULL for plain functions.
    pub self_: Value,
    /// The module name for plain functions (`__module__`), or the owner class name.
    pub owner: &'static str,
    pub doc: Option<&'static str>,
}

/// A method of a builtin type as found in its class dict (`list.append`). Binding it
/// to an instance gives a `NativeFunctionData` with `self_` set; `LOAD_METHOD` skips
/// the binding and calls `func` with the instance as the first argument.
pub struct MethodDescriptorData {
    pub name: &'static str,
    pub func: NativeFn,
    /// The class that defines it (instances must be of it).
    pub owner: Value,
    pub kind: MethodKind,
    pub doc: Option<&'static str>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodKind {
    /// A normal method: receives the instance first.
    Instance,
    /// A classmethod of a builtin (`dict.fromkeys`, `int.from_bytes`): receives the class.
    Class,
    /// A staticmethod of a builtin (`str.maketrans`): receives nothing extra.
    Static,
}

/// `obj.method` for a Python function: the function plus the instance.
pub struct BoundMethodData {
    pub func: Value,
    pub self_: Value,
}

/// A closure cell (`cell` type): holds a value or NULL when empty.
#[derive(Default)]
pub struct CellData {
    pub value: RefCell<Value>,
}

impl CellData {
    pub fn new(value: Value) -> CellData {
        CellData {
            value: RefCell::new(value),
        }
    }
    pub fn get(&self) -> Value {
        self.value.borrow().clone()
    }
    pub fn set(&self, v: Value) {
        let old = self.value.replace(v);
        drop(old);
    }
}
