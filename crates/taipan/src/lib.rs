//! The embedding API: run Python source from a Rust program.
//!
//! ```no_run
//! let code = taipan::run_source("print(1 + 2)", "<embedded>", vec!["<embedded>".into()]);
//! assert_eq!(code, 0);
//! ```
//!
//! The interpreter runs on a dedicated thread with a large stack, so deeply nested
//! Python (or native re-entry) ends in `RecursionError`, never a Rust stack overflow.

pub use taipan_vm::{Config, PyErr, PyResult, Value, Vm};

/// Stack reserved for the interpreter thread (virtual memory; pages are touched only
/// as needed).
pub const INTERPRETER_STACK: usize = 1 << 30;

/// Keep this much stack in reserve: past it, the VM raises RecursionError.
const STACK_GUARD: usize = 8 << 20;

/// Run `f` with a fresh `Vm` on the interpreter thread and return its result.
pub fn with_vm<R: Send + 'static>(
    config: Config,
    f: impl FnOnce(&mut Vm) -> R + Send + 'static,
) -> R {
    let handle = std::thread::Builder::new()
        .name("taipan".into())
        .stack_size(INTERPRETER_STACK)
        .spawn(move || {
            let marker = 0u8;
            let top = &marker as *const u8 as usize;
            let mut vm = Vm::new(config);
            vm.stack_floor = top.saturating_sub(INTERPRETER_STACK - STACK_GUARD);
            f(&mut vm)
        })
        .expect("spawn interpreter thread");
    match handle.join() {
        Ok(r) => r,
        Err(_) => std::process::exit(70),
    }
}

/// Run `source` as `__main__` and return the exit status.
pub fn run_source(source: &str, filename: &str, argv: Vec<String>) -> i32 {
    let source = source.to_string();
    let filename = filename.to_string();
    let config = Config {
        argv,
        ..Default::default()
    };
    with_vm(config, move |vm| {
        vm.run_main_source(&source, &filename, None)
    })
}

/// Disassembly of `source` (for `taipan --dis`).
pub fn disassemble(source: &str, filename: &str) -> Result<String, String> {
    match taipan_compiler::compile(source, filename, taipan_compiler::Mode::Exec) {
        Ok(code) => Ok(taipan_bytecode::dis::disassemble(&code)),
        Err(e) => Err(format!(
            "  File \"{}\", line {}\nSyntaxError: {}",
            e.filename, e.lineno, e.msg
        )),
    }
}
