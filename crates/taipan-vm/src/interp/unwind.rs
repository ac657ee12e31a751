//! Exception unwinding: find the handler for the raising instruction in the current
//! frame's exception table (nothing was executed on entering the `try`), add
//! traceback entries, pop frames that have no handler.

use crate::errors::{PyErr, PyResult};
use crate::heap;
use crate::types::exception::{ExceptionData, TracebackData};
use crate::types::generator::{GenState, GeneratorData};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Handle `err` raised by the instruction at the top frame's `lasti`. Returns Ok
    /// when a handler in a frame at or above the innermost entry frame took it (the
    /// loop continues there), or Err when it propagates out of the entry frame.
    pub(crate) fn unwind(&mut self, err: PyErr) -> PyResult<()> {
        let mut exc = err.0;
        let mut add_tb = !std::mem::replace(&mut self.reraising, false);
        if add_tb {
            self.set_context(&exc);
        }
        loop {
            let Some(frame) = self.frames.last() else {
                return Err(PyErr(exc));
            };
            let lasti = frame.lasti;
            let code_ref = frame.code.clone();
            let base = frame.stack_base();
            if add_tb {
                let lineno = code_ref.location(lasti).line;
                self.add_traceback(&exc, code_ref.as_value().clone(), lasti, lineno);
            }
            add_tb = true;
            if let Some(h) = code_ref.handler_for(lasti) {
                self.stack.truncate(base + h.depth as usize);
                if h.push_lasti {
                    let l = self.new_usize(lasti);
                    self.stack.push(l);
                }
                self.stack.push(exc);
                let f = self.frames.last_mut().unwrap();
                f.ip = h.target as usize;
                return Ok(());
            }
            let frame = self.frames.pop().unwrap();
            self.stack.truncate(frame.call_site);
            if let Some(g) = frame.generator.downcast_ref::<GeneratorData>() {
                g.state.set(GenState::Finished);
            }
            if matches!(
                frame.returns_to,
                crate::interp::frame::ReturnTo::ForIterExit(_)
                    | crate::interp::frame::ReturnTo::SendExit(_)
            ) {
                // A generator resumed by FOR_ITER_GEN raised: as `next()` would.
                self.finish_inline_generator(&frame.generator);
                exc = self.generator_raised(exc);
            }
            if frame.entry {
                return Err(PyErr(exc));
            }
        }
    }

    /// Prepend a traceback entry for (code, lasti) to `exc.__traceback__`.
    pub(crate) fn add_traceback(&mut self, exc: &Value, code: Value, lasti: usize, lineno: u32) {
        if let Some(e) = exc.downcast_ref::<ExceptionData>() {
            let next = e.traceback.borrow().clone();
            let next = if next.is_null() { Value::NONE } else { next };
            let tb = heap::alloc(
                &self.t.traceback,
                TracebackData {
                    next: std::cell::RefCell::new(next),
                    code,
                    lasti,
                    lineno,
                },
            );
            *e.traceback.borrow_mut() = tb;
        }
    }

    /// Implicit chaining: a new exception raised while handling another gets it as
    /// `__context__` (avoiding cycles, as `_PyErr_SetObject`).
    pub(crate) fn set_context(&mut self, exc: &Value) {
        let handled = self.exc_info.clone();
        if handled.is_none() || handled.is_null() || handled.is(exc) {
            return;
        }
        // Break a cycle: if `exc` is already in handled's context chain, cut it there.
        let mut o = handled.clone();
        loop {
            let next = match o.downcast_ref::<ExceptionData>() {
                Some(d) => d.context.borrow().clone(),
                None => break,
            };
            if next.is(exc) {
                if let Some(d) = o.downcast_ref::<ExceptionData>() {
                    *d.context.borrow_mut() = Value::NONE;
                }
                break;
            }
            if next.is_none() || next.is_null() {
                break;
            }
            o = next;
        }
        if let Some(e) = exc.downcast_ref::<ExceptionData>() {
            *e.context.borrow_mut() = handled;
        }
    }
}
