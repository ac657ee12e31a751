//! A frame: one activation of a code object. Its localsplus slots and evaluation
//! stack are a window of `Vm::stack` starting at `base`, so pushing a frame
//! allocates nothing (the stack vector grows amortised, like CPython 3.11's chunks).

use crate::heap::PyRef;
use crate::types::code::CodeData;
use crate::value::Value;

pub struct Frame {
    pub code: PyRef<CodeData>,
    /// The function being run (NULL for module and class bodies run by `exec`).
    pub func: Value,
    pub globals: Value,
    pub builtins: Value,
    /// The namespace for `LOAD_NAME`/`STORE_NAME` (module dict, class namespace), or NULL.
    pub locals: Value,
    /// Index in `Vm::stack` of localsplus slot 0.
    pub base: usize,
    /// Stack height to restore when this frame returns (drops the callable and args).
    pub call_site: usize,
    /// Index of the next instruction (code units).
    pub ip: usize,
    /// Index of the instruction being executed (for tracebacks and `f_lasti`).
    pub lasti: usize,
    /// When this frame returns or raises, leave the dispatch loop (a Rust caller waits).
    pub entry: bool,
    /// The generator this frame belongs to, or NULL.
    pub generator: Value,
    /// What a return from this frame does to the caller.
    pub returns_to: ReturnTo,
}

/// How a frame's return reaches its caller (frames pushed by the dispatch loop).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReturnTo {
    /// The return value replaces the call on the caller's stack.
    Caller,
    /// An `__init__` entered by `CALL_ALLOC_AND_ENTER_INIT`: the new instance waits
    /// below `call_site` as the call's result, and the return value must be None.
    InitCall,
    /// A generator resumed by `FOR_ITER_GEN`: the loop is over; the caller drops the
    /// generator and continues at this position (the loop's exit).
    ForIterExit(usize),
    /// A generator resumed by `SEND` (`yield from`/`await`): its return value
    /// replaces the receiver and the caller continues at this position.
    SendExit(usize),
}

impl Frame {
    /// Index in `Vm::stack` where the evaluation stack begins.
    #[inline]
    pub fn stack_base(&self) -> usize {
        self.base + self.code.n_localsplus
    }
}
