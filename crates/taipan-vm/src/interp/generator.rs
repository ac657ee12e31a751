//! Generator frames: creation (`RETURN_GENERATOR`), suspension (`YIELD_VALUE`),
//! resumption (`send`, `throw`, `close`, iteration) and `yield from` (`SEND`).

use std::cell::{Cell, RefCell};

use taipan_bytecode::Opcode;

use crate::args::Args;
use crate::errors::{PyErr, PyResult};
use crate::heap;
use crate::interp::dispatch::Flow;
use crate::interp::frame::{Frame, ReturnTo};
use crate::types::generator::{GenState, GeneratorData, SavedFrame};
use crate::value::Value;
use crate::vm::Vm;

/// How a resumed generator stopped.
pub enum GenResult {
    Yield(Value),
    Return(Value),
}

impl Vm {
    /// `RETURN_GENERATOR`: move the new frame into a generator object and return it.
    pub(crate) fn op_return_generator(&mut self) -> PyResult<Flow> {
        let frame = self.frames.pop().expect("frame");
        let slots: Vec<Value> = self.stack.drain(frame.base..).collect();
        self.stack.truncate(frame.call_site);
        let (name, qualname) = match frame
            .func
            .downcast_ref::<crate::types::function::FunctionData>()
        {
            Some(f) => (f.name.borrow().clone(), f.qualname.borrow().clone()),
            None => (frame.code.name.clone(), frame.code.qualname.clone()),
        };
        let saved = SavedFrame {
            code: frame.code.clone(),
            func: frame.func.clone(),
            globals: frame.globals.clone(),
            builtins: frame.builtins.clone(),
            slots,
            ip: frame.ip,
            lasti: frame.lasti,
        };
        let gen = heap::alloc(
            &self.t.generator,
            GeneratorData {
                frame: RefCell::new(Some(saved)),
                state: Cell::new(GenState::Created),
                name: RefCell::new(name),
                qualname: RefCell::new(qualname),
                exc_state: RefCell::new(Value::NONE),
                spare_slots: RefCell::new(Vec::new()),
            },
        );
        if frame.entry {
            Ok(Flow::Return(gen))
        } else {
            self.stack.push(gen);
            Ok(Flow::Next)
        }
    }

    /// `YIELD_VALUE`: save the generator frame and hand `v` to the resumer.
    pub(crate) fn op_yield(&mut self, v: Value) -> Flow {
        let frame = self.frames.pop().expect("frame");
        let generator = frame.generator.clone();
        let g = generator.downcast_ref::<GeneratorData>();
        // Reuse the vector the frame's slots came from (no allocation per yield).
        let mut slots = g
            .map(|g| std::mem::take(&mut *g.spare_slots.borrow_mut()))
            .unwrap_or_default();
        slots.extend(self.stack.drain(frame.base..));
        self.stack.truncate(frame.call_site);
        if let Some(g) = g {
            *g.frame.borrow_mut() = Some(SavedFrame {
                code: frame.code,
                func: frame.func,
                globals: frame.globals,
                builtins: frame.builtins,
                slots,
                ip: frame.ip,
                lasti: frame.lasti,
            });
            g.state.set(GenState::Suspended);
            // The generator's handled exception is restored when it resumes.
            let outer = g.exc_state.replace(Value::NONE);
            let inner = std::mem::replace(&mut self.exc_info, outer);
            *g.exc_state.borrow_mut() = inner;
        }
        if frame.entry {
            Flow::Return(v)
        } else {
            // Resumed by FOR_ITER_GEN: the value goes to the loop's stack.
            self.stack.push(v);
            Flow::Next
        }
    }

    /// `FOR_ITER_GEN`: resume `gen` as a frame of the running loop; its yields come
    /// back to the caller's stack, and its return makes the caller continue at
    /// `exit`. False if it cannot be resumed this way (running or finished).
    pub(crate) fn resume_generator_inline(&mut self, gen: &Value, exit: usize) -> PyResult<bool> {
        self.resume_inline(gen, exit, Value::NONE, false)
    }

    /// Resume `gen` as a frame of the running loop with `value` sent in; when it
    /// returns, the caller continues at `exit` with the receiver replaced by the
    /// return value (`keep_result`, SEND) or dropped (FOR_ITER_GEN). False if `gen`
    /// must be resumed the generic way.
    fn resume_inline(
        &mut self,
        gen: &Value,
        exit: usize,
        value: Value,
        keep_result: bool,
    ) -> PyResult<bool> {
        let Some(g) = gen.downcast_ref::<GeneratorData>() else {
            return Ok(false);
        };
        let resumable = match g.state.get() {
            GenState::Created => value.is_none(),
            GenState::Suspended => true,
            _ => false,
        };
        if !resumable || !gen.header().is_some_and(|h| h.class_is(&self.t.generator)) {
            return Ok(false);
        }
        self.resume_frame(gen)?;
        if let Some(f) = self.frames.last_mut() {
            f.entry = false;
            f.returns_to = if keep_result {
                ReturnTo::SendExit(exit)
            } else {
                ReturnTo::ForIterExit(exit)
            };
        }
        self.stack.push(value);
        Ok(true)
    }

    /// A generator frame resumed by `FOR_ITER_GEN` ended (returned or raised):
    /// restore the handled exception of the code that resumed it.
    pub(crate) fn finish_inline_generator(&mut self, gen: &Value) {
        if let Some(g) = gen.downcast_ref::<GeneratorData>() {
            g.state.set(GenState::Finished);
            g.frame.borrow_mut().take();
            let outer = g.exc_state.replace(Value::NONE);
            self.exc_info = outer;
        }
    }

    /// Put the generator's saved frame back on the stack as an entry frame.
    fn resume_frame(&mut self, gen: &Value) -> PyResult<()> {
        let g = gen.downcast_ref::<GeneratorData>().unwrap();
        if self.frames.len() >= self.recursion_limit {
            return Err(self.recursion_error("maximum recursion depth exceeded"));
        }
        let saved = g.frame.borrow_mut().take();
        let Some(saved) = saved else {
            return Err(self.internal_error("generator without a frame"));
        };
        g.state.set(GenState::Running);
        let base = self.stack.len();
        let mut slots = saved.slots;
        self.stack.extend(slots.drain(..));
        *g.spare_slots.borrow_mut() = slots;
        self.frames.push(Frame {
            code: saved.code,
            func: saved.func,
            globals: saved.globals,
            builtins: saved.builtins,
            locals: Value::NULL,
            base,
            call_site: base,
            ip: saved.ip,
            lasti: saved.lasti,
            entry: true,
            generator: gen.clone(),
            returns_to: crate::interp::frame::ReturnTo::Caller,
        });
        let inner = g.exc_state.replace(Value::NONE);
        let outer = std::mem::replace(&mut self.exc_info, inner);
        *g.exc_state.borrow_mut() = outer;
        Ok(())
    }

    fn finish_resume(&mut self, gen: &Value, r: PyResult<Value>) -> PyResult<GenResult> {
        let g = gen.downcast_ref::<GeneratorData>().unwrap();
        let state = g.state.get();
        if state != GenState::Suspended {
            g.state.set(GenState::Finished);
            g.frame.borrow_mut().take();
            // Restore the resumer's handled exception.
            let outer = g.exc_state.replace(Value::NONE);
            self.exc_info = outer;
        }
        match r {
            Ok(v) if state == GenState::Suspended => Ok(GenResult::Yield(v)),
            Ok(v) => Ok(GenResult::Return(v)),
            Err(e) => Err(PyErr(self.generator_raised(e.into_value()))),
        }
    }

    /// The exception a generator's caller sees for `exc` raised inside it: a
    /// StopIteration becomes "RuntimeError: generator raised StopIteration" (PEP 479).
    pub(crate) fn generator_raised(&mut self, exc: Value) -> Value {
        if !self.is_instance(&exc, &self.t.stop_iteration.clone()) {
            return exc;
        }
        let err = self.runtime_error("generator raised StopIteration");
        if let Some(d) = err
            .value()
            .downcast_ref::<crate::types::exception::ExceptionData>()
        {
            *d.cause.borrow_mut() = exc.clone();
            *d.context.borrow_mut() = exc;
            d.suppress_context.set(true);
        }
        err.into_value()
    }

    fn check_resumable(&mut self, gen: &Value) -> PyResult<Option<GenResult>> {
        let g = gen.downcast_ref::<GeneratorData>().unwrap();
        match g.state.get() {
            GenState::Running => Err(self.value_error("generator already executing")),
            GenState::Finished => Ok(Some(GenResult::Return(Value::NONE))),
            _ => Ok(None),
        }
    }

    /// `gen.send(value)` (and `next(gen)` with None).
    pub fn gen_send(&mut self, gen: &Value, value: Value) -> PyResult<GenResult> {
        if let Some(r) = self.check_resumable(gen)? {
            if let GenResult::Return(_) = r {
                return Ok(GenResult::Return(Value::NONE));
            }
        }
        let g = gen.downcast_ref::<GeneratorData>().unwrap();
        if g.state.get() == GenState::Created && !value.is_none() {
            return Err(self.type_error("can't send non-None value to a just-started generator"));
        }
        self.check_stack()?;
        self.resume_frame(gen)?;
        self.stack.push(value);
        let r = self.run_frame();
        self.finish_resume(gen, r)
    }

    /// `gen.throw(exc)`: raise `exc` at the suspension point.
    pub fn gen_throw(&mut self, gen: &Value, exc: PyErr) -> PyResult<GenResult> {
        let g = gen.downcast_ref::<GeneratorData>().unwrap();
        match g.state.get() {
            GenState::Running => return Err(self.value_error("generator already executing")),
            GenState::Finished => return Err(exc),
            GenState::Created => {
                g.state.set(GenState::Finished);
                g.frame.borrow_mut().take();
                return Err(exc);
            }
            GenState::Suspended => {}
        }
        // Delegate to a `yield from` sub-iterator first (3.11's `_PyGen_yf`).
        if let Some(sub) = self.yield_from_target(gen) {
            let is_exit = self.is_instance(exc.value(), &self.t.generator_exit.clone());
            if sub.downcast_ref::<GeneratorData>().is_some() {
                let r = if is_exit {
                    self.gen_close(&sub).map(|_| None)
                } else {
                    self.gen_throw(&sub, exc.clone()).map(Some)
                };
                match r {
                    Ok(Some(GenResult::Yield(v))) => return Ok(GenResult::Yield(v)),
                    Ok(Some(GenResult::Return(v))) => return self.resume_after_yield_from(gen, v),
                    Ok(None) => {}
                    Err(e) => return self.throw_here(gen, e),
                }
            } else if !is_exit {
                let throw = self.n.throw.clone();
                if let Ok(Some(m)) = self.getattr_opt(&sub, &throw) {
                    let tn = self.type_of(exc.value());
                    match self.call(&m, Args::new([tn, exc.value().clone()])) {
                        Ok(v) => return Ok(GenResult::Yield(v)),
                        Err(e) => {
                            if self.is_instance(e.value(), &self.t.stop_iteration.clone()) {
                                let v = self.stop_iteration_value(e.value());
                                return self.resume_after_yield_from(gen, v);
                            }
                            return self.throw_here(gen, e);
                        }
                    }
                }
            }
        }
        self.throw_here(gen, exc)
    }

    fn throw_here(&mut self, gen: &Value, exc: PyErr) -> PyResult<GenResult> {
        self.check_stack()?;
        self.resume_frame(gen)?;
        let r = match self.unwind(exc) {
            Ok(()) => self.run_frame(),
            Err(e) => Err(e),
        };
        self.finish_resume(gen, r)
    }

    /// The sub-iterator of a generator suspended inside `yield from`/`await`.
    fn yield_from_target(&mut self, gen: &Value) -> Option<Value> {
        let g = gen.downcast_ref::<GeneratorData>()?;
        let saved = g.frame.borrow();
        let saved = saved.as_ref()?;
        let unit = saved.code.code.get(saved.ip)?.get();
        if unit & 0xFF == Opcode::RESUME as u16 && (unit >> 8) >= 2 {
            // Stack: ..., receiver, [sent value pushed on resume]. The receiver is the top slot.
            return saved.slots.last().cloned();
        }
        None
    }

    /// A `yield from` sub-iterator returned `v` during throw/close: continue the outer
    /// generator as if `SEND` had seen the return.
    fn resume_after_yield_from(&mut self, gen: &Value, v: Value) -> PyResult<GenResult> {
        // The frame is suspended at RESUME after YIELD_VALUE, before JUMP_BACKWARD to SEND.
        // Resume it with the value; SEND sees the exhausted sub-iterator via its `next`.
        let g = gen.downcast_ref::<GeneratorData>().unwrap();
        {
            let mut saved = g.frame.borrow_mut();
            if let Some(s) = saved.as_mut() {
                // Replace the receiver with an exhausted marker: SEND will get StopIteration(v).
                if let Some(last) = s.slots.last_mut() {
                    *last = heap::alloc(
                        &self.t.native_iterator,
                        crate::types::iter::NativeIterData {
                            state: RefCell::new(Box::new(ReturnOnce(Some(v.clone())))),
                        },
                    );
                }
            }
        }
        self.gen_send(gen, Value::NONE)
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, gen: &Value) -> PyResult<Value> {
        let g = gen.downcast_ref::<GeneratorData>().unwrap();
        if g.state.get() != GenState::Suspended {
            g.state.set(GenState::Finished);
            g.frame.borrow_mut().take();
            return Ok(Value::NONE);
        }
        let exit = self.t.generator_exit.clone();
        let exc = self.new_exception(&exit, vec![]);
        match self.gen_throw(gen, exc) {
            Ok(GenResult::Yield(_)) => Err(self.runtime_error("generator ignored GeneratorExit")),
            Ok(GenResult::Return(_)) => Ok(Value::NONE),
            Err(e) => {
                if self.is_instance(e.value(), &self.t.generator_exit.clone())
                    || self.is_instance(e.value(), &self.t.stop_iteration.clone())
                {
                    Ok(Value::NONE)
                } else {
                    Err(e)
                }
            }
        }
    }

    /// `SEND`: stack [receiver, value] → [receiver, yielded] or, when done, [result] + jump.
    pub(crate) fn op_send(&mut self, next: usize, arg: usize) -> PyResult<Flow> {
        let value = self.pop();
        let receiver = self.stack.last().cloned().unwrap_or(Value::NULL);
        // A plain generator runs as a frame of this loop (no Rust recursion per
        // level of `yield from`); its yields come back here, its return jumps.
        if receiver.downcast_ref::<GeneratorData>().is_some()
            && self.resume_inline(&receiver, next + arg, value.clone(), true)?
        {
            return Ok(Flow::Next);
        }
        let r = if receiver.downcast_ref::<GeneratorData>().is_some() {
            self.gen_send(&receiver, value)?
        } else if value.is_none() {
            match self.next(&receiver)? {
                Some(v) => GenResult::Yield(v),
                None => GenResult::Return(self.take_stop_value()),
            }
        } else {
            let send = self.n.send.clone();
            match self.call_method(&receiver, "send", Args::new([value])) {
                Ok(v) => GenResult::Yield(v),
                Err(e) => {
                    let _ = send;
                    if self.is_instance(e.value(), &self.t.stop_iteration.clone()) {
                        GenResult::Return(self.stop_iteration_value(e.value()))
                    } else {
                        return Err(e);
                    }
                }
            }
        };
        match r {
            GenResult::Yield(v) => self.push(v),
            GenResult::Return(v) => {
                self.pop();
                self.push(v);
                if let Some(f) = self.frames.last_mut() {
                    f.ip = next + arg;
                }
            }
        }
        Ok(Flow::Next)
    }

    /// The `value` of a StopIteration instance.
    pub fn stop_iteration_value(&mut self, exc: &Value) -> Value {
        exc.downcast_ref::<crate::types::exception::ExceptionData>()
            .and_then(|d| {
                let args = d.args.borrow().clone();
                args.downcast_ref::<crate::types::tuple::TupleData>()
                    .and_then(|t| t.get(0).cloned())
            })
            .unwrap_or(Value::NONE)
    }
}

/// An iterator that is already exhausted with a return value (used when a `yield
/// from` delegate returns during `throw`).
struct ReturnOnce(Option<Value>);

impl crate::types::iter::NativeIter for ReturnOnce {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let v = self.0.take().unwrap_or(Value::NONE);
        vm.last_stop_value = v;
        Ok(None)
    }
}
