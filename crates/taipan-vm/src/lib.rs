//! Taipan's virtual machine: values and heap, frames and the dispatch loop, the
//! builtin types, builtin functions and builtin modules.
//!
//! Layout:
//! - `value.rs`, `heap.rs`, `pool.rs`: value representation, object heap and its
//!   small-object allocator (with `interp/dispatch.rs`, the only `unsafe` code).
//! - `vm.rs`: the `Vm` (interpreter state), start-up, running code.
//! - `interp/`: frames, the dispatch loop (`dispatch.rs`) and opcode bodies by domain.
//! - `protocol/`: the abstract object protocol (attribute access, calls, operators,
//!   comparisons, iteration, hashing) — CPython's `Objects/abstract.c`, `object.c`.
//! - `types/<type>.rs`: one module per builtin type.
//! - `builtins/`: builtin functions; `modules/`: `sys`, `math`, `time`, `io`.

pub mod args;
pub mod builtins;
pub mod errors;
pub mod frozen;
pub mod heap;
pub mod import;
pub mod interp;
pub mod modules;
pub mod pool;
pub mod protocol;
pub mod run;
pub mod types;
pub mod value;
pub mod vm;

pub use errors::{PyErr, PyResult};
pub use heap::PyRef;
pub use value::Value;
pub use vm::{Config, Vm};
