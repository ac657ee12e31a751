//! The interpreter: frames on one contiguous stack, the dispatch loop, calls and
//! exception unwinding.
//!
//! - `frame.rs`: the `Frame` record (all frames' slots live in `Vm::stack`).
//! - `dispatch.rs`: the loop: decodes instructions, runs hot and specialized forms
//!   inline; Python-to-Python calls push a frame and continue in the same loop.
//! - `generic.rs`: the generic body of every base instruction.
//! - `specialize.rs`: rewriting instructions into specialized forms (PEP 659).
//! - `stats.rs`: `-X stats` counters and the specialization report.
//! - `report.rs`: the code registry, `-X specialization-report` (HTML source view
//!   coloured by what specialized) and `--dis=adaptive`.
//! - `call.rs`: binding arguments to parameters (CPython's error wording), pushing
//!   frames, calling any callable from Rust.
//! - `unwind.rs`: exception-table lookup, traceback entries, frame popping.
//! - `generator.rs`: resuming and suspending generator frames.

pub mod call;
pub mod dispatch;
pub mod frame;
pub mod generator;
pub mod generic;
pub mod report;
pub mod specialize;
pub mod stats;
pub mod unwind;
