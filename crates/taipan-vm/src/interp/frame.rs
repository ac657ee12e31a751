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
    /// An `__init__` entered by `CALL_ALLOC_AND_ENTER_INIT`: the new instance waits
    /// below `call_site` as the call's result, and the return value must be None.
    pub init_call: bool,
    /// A generator resumed by `FOR_ITER_GEN`: where the caller continues when the
    /// generator returns (the loop's exit); 0 otherwise.
    pub gen_exit: usize,
    /// With `gen_exit`: resumed by `SEND` (`yield from`/`await`), whose result is the
    /// generator's return value; else by `FOR_ITER_GEN`, which drops it.
    pub gen_keep_result: bool,
}

impl Frame {
    /// Index in `Vm::stack` where the evaluation stack begins.
    #[inline]
    pub fn stack_base(&self) -> usize {
        self.base + self.code.n_localsplus
    }
}
