//! The interpreter: frames on one contiguous stack, the dispatch loop, calls and
//! exception unwinding.
//!
//! - `frame.rs`: the `Frame` record (all frames' slots live in `Vm::stack`).
//! - `dispatch.rs`: the loop that decodes instructions and calls into `ops/`-style
//!   helpers; Python-to-Python calls push a frame and continue in the same loop.
//! - `call.rs`: binding arguments to parameters (CPython's error wording), pushing
//!   frames, calling any callable from Rust.
//! - `unwind.rs`: exception-table lookup, traceback entries, frame popping.
//! - `generator.rs`: resuming and suspending generator frames.

pub mod call;
pub mod dispatch;
pub mod frame;
pub mod generator;
pub mod unwind;
