//! Base instructions: the generic (unspecialized) body of every opcode.
//!
//! `dispatch.rs` runs the fast and specialized forms inline and calls `execute` for
//! everything else, after storing the instruction position in the frame (so errors,
//! tracebacks and nested calls see it). An instruction here may push or pop frames
//! (calls, returns, generators); the loop reloads its frame state afterwards.

use taipan_bytecode::{BinaryOp, CompareOp, Opcode};

use crate::args::Args;
use crate::errors::{PyErr, PyResult};
use crate::heap::{self, PyRef};
use crate::interp::dispatch::Flow;
use crate::types::code::CodeData;
use crate::types::dict::DictData;
use crate::types::exception::ExceptionData;
use crate::types::function::{CellData, FunctionData};
use crate::types::list::ListData;
use crate::types::set::SetData;
use crate::types::str::StrData;
use crate::types::tuple::TupleData;
use crate::value::Value;
use crate::vm::Vm;

macro_rules! stack_top {
    ($vm:ident) => {
        $vm.stack.last().expect("stack underflow")
    };
}

impl Vm {
    #[inline]
    pub(crate) fn push(&mut self, v: Value) {
        self.stack.push(v);
    }
    #[inline]
    pub(crate) fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or(Value::NULL)
    }
    #[inline]
    fn peek(&self, n: usize) -> &Value {
        &self.stack[self.stack.len() - n]
    }

    #[inline(always)]
    pub(crate) fn jump_to(&mut self, target: usize) {
        if let Some(f) = self.frames.last_mut() {
            f.ip = target;
        }
    }

    fn frame_base(&self) -> usize {
        self.frames.last().map(|f| f.base).unwrap_or(0)
    }

    fn code(&self) -> PyRef<CodeData> {
        self.frames.last().expect("frame").code.clone()
    }

    /// Run base instruction `op` (never a specialized form) whose next instruction
    /// is at `next`; the frame's `ip` is already `next`.
    pub(crate) fn execute(&mut self, op: Opcode, oparg: u32, next: usize) -> PyResult<Flow> {
        use Opcode::*;
        let arg = oparg as usize;
        match op {
            NOP | RESUME | EXTENDED_ARG => {}
            CACHE => {
                return Err(
                    self.internal_error("executed an inline cache unit or an unknown opcode")
                )
            }
            POP_TOP => {
                self.pop();
            }
            PUSH_NULL => self.push(Value::NULL),
            COPY => {
                let v = self.peek(arg).clone();
                self.push(v);
            }
            SWAP => {
                let n = self.stack.len();
                self.stack.swap(n - 1, n - arg);
            }
            LOAD_CONST => {
                let v = self.frames.last().unwrap().code.consts[arg].clone();
                self.push(v);
            }
            LOAD_FAST => {
                let base = self.frame_base();
                let v = self.stack[base + arg].clone();
                if v.is_null() {
                    return Err(self.unbound_local(arg));
                }
                self.push(v);
            }
            STORE_FAST => {
                let v = self.pop();
                let base = self.frame_base();
                let old = std::mem::replace(&mut self.stack[base + arg], v);
                drop(old);
            }
            DELETE_FAST => {
                let base = self.frame_base();
                if self.stack[base + arg].is_null() {
                    return Err(self.unbound_local(arg));
                }
                let old = std::mem::replace(&mut self.stack[base + arg], Value::NULL);
                drop(old);
            }
            MAKE_CELL => {
                let base = self.frame_base();
                let v = std::mem::replace(&mut self.stack[base + arg], Value::NULL);
                let cell = heap::alloc(&self.t.cell, CellData::new(v));
                self.stack[base + arg] = cell;
            }
            COPY_FREE_VARS => {
                let f = self.frames.last().unwrap();
                let base = f.base;
                let n_lp = f.code.n_localsplus;
                let closure = f
                    .func
                    .downcast_ref::<FunctionData>()
                    .map(|fd| fd.closure.clone());
                if let Some(t) = closure.as_ref().and_then(|c| c.downcast_ref::<TupleData>()) {
                    let start = n_lp - arg;
                    for (i, c) in t.iter().take(arg).enumerate() {
                        self.stack[base + start + i] = c.clone();
                    }
                }
            }
            LOAD_CLOSURE => {
                let base = self.frame_base();
                let v = self.stack[base + arg].clone();
                self.push(v);
            }
            LOAD_DEREF => {
                let v = self.load_deref(arg)?;
                self.push(v);
            }
            LOAD_CLASSDEREF => {
                let name = self.code().localsplus_names[arg].clone();
                let locals = self.frames.last().unwrap().locals.clone();
                let found = if let Some(d) = locals.downcast_ref::<DictData>() {
                    d.get(self, &name)?
                } else {
                    None
                };
                let v = match found {
                    Some(v) => v,
                    None => self.load_deref(arg)?,
                };
                self.push(v);
            }
            STORE_DEREF => {
                let v = self.pop();
                let base = self.frame_base();
                let cell = self.stack[base + arg].clone();
                match cell.downcast_ref::<CellData>() {
                    Some(c) => c.set(v),
                    None => return Err(self.internal_error("STORE_DEREF on a non-cell")),
                }
            }
            DELETE_DEREF => {
                let base = self.frame_base();
                let cell = self.stack[base + arg].clone();
                if let Some(c) = cell.downcast_ref::<CellData>() {
                    if c.get().is_null() {
                        return Err(self.unbound_deref(arg));
                    }
                    c.set(Value::NULL);
                }
            }
            LOAD_GLOBAL => {
                let name = self.code().names[arg >> 1].clone();
                let v = self.load_global(&name)?;
                if arg & 1 == 1 {
                    self.push(Value::NULL);
                }
                self.push(v);
            }
            STORE_GLOBAL => {
                let name = self.code().names[arg].clone();
                let v = self.pop();
                let g = self.frames.last().unwrap().globals.clone();
                g.downcast_ref::<DictData>().unwrap().set_str(name, v);
            }
            DELETE_GLOBAL => {
                let name = self.code().names[arg].clone();
                let g = self.frames.last().unwrap().globals.clone();
                if g.downcast_ref::<DictData>()
                    .unwrap()
                    .remove_str(self, &name)
                    .is_none()
                {
                    let s = name.downcast_ref::<StrData>().unwrap().as_str().to_string();
                    return Err(self.name_not_defined(&s));
                }
            }
            LOAD_NAME => {
                let name = self.code().names[arg].clone();
                let v = self.load_name(&name)?;
                self.push(v);
            }
            STORE_NAME => {
                let name = self.code().names[arg].clone();
                let v = self.pop();
                let locals = self.frames.last().unwrap().locals.clone();
                if let Some(d) = locals.downcast_ref::<DictData>() {
                    d.set_str(name, v);
                } else if locals.is_null() {
                    return Err(self.system_error("no locals found when storing name"));
                } else {
                    self.setitem(&locals, name, v)?;
                }
            }
            DELETE_NAME => {
                let name = self.code().names[arg].clone();
                let locals = self.frames.last().unwrap().locals.clone();
                let removed = if let Some(d) = locals.downcast_ref::<DictData>() {
                    d.remove_str(self, &name).is_some()
                } else {
                    self.delitem(&locals, &name).is_ok()
                };
                if !removed {
                    let s = name.downcast_ref::<StrData>().unwrap().as_str().to_string();
                    return Err(self.name_not_defined(&s));
                }
            }
            LOAD_ATTR => {
                let name = self.code().names[arg].clone();
                let obj = self.pop();
                let v = self.getattr(&obj, &name)?;
                self.push(v);
            }
            LOAD_METHOD => {
                let name = self.code().names[arg].clone();
                let obj = self.pop();
                let (callable, self_) = self.load_method(&obj, &name)?;
                match self_ {
                    Some(s) => {
                        self.push(callable);
                        self.push(s);
                    }
                    None => {
                        self.push(Value::NULL);
                        self.push(callable);
                    }
                }
            }
            STORE_ATTR => {
                let name = self.code().names[arg].clone();
                let owner = self.pop();
                let v = self.pop();
                self.setattr(&owner, &name, v)?;
            }
            DELETE_ATTR => {
                let name = self.code().names[arg].clone();
                let owner = self.pop();
                self.delattr(&owner, &name)?;
            }
            UNARY_POSITIVE | UNARY_NEGATIVE | UNARY_INVERT => {
                let v = self.pop();
                let r = self.unary_op(op, &v)?;
                self.push(r);
            }
            UNARY_NOT => {
                let v = self.pop();
                let t = self.is_true(&v)?;
                self.push(Value::bool(!t));
            }
            BINARY_OP => {
                let rhs = self.pop();
                let lhs = self.pop();
                let Some(bop) = BinaryOp::from_arg(oparg) else {
                    return Err(self.internal_error("bad BINARY_OP argument"));
                };
                let r = self.binary_op(&lhs, &rhs, bop)?;
                self.push(r);
            }
            COMPARE_OP => {
                let rhs = self.pop();
                let lhs = self.pop();
                let Some(cop) = CompareOp::from_arg(oparg) else {
                    return Err(self.internal_error("bad COMPARE_OP argument"));
                };
                let r = self.compare(&lhs, &rhs, cop)?;
                self.push(r);
            }
            IS_OP => {
                let rhs = self.pop();
                let lhs = self.pop();
                self.push(Value::bool(lhs.is(&rhs) ^ (arg == 1)));
            }
            CONTAINS_OP => {
                let container = self.pop();
                let item = self.pop();
                let r = self.contains(&container, &item)?;
                self.push(Value::bool(r ^ (arg == 1)));
            }
            BINARY_SUBSCR => {
                let key = self.pop();
                let container = self.pop();
                let r = self.getitem(&container, &key)?;
                self.push(r);
            }
            STORE_SUBSCR => {
                let key = self.pop();
                let container = self.pop();
                let v = self.pop();
                self.setitem(&container, key, v)?;
            }
            DELETE_SUBSCR => {
                let key = self.pop();
                let container = self.pop();
                self.delitem(&container, &key)?;
            }
            BINARY_SLICE => {
                let stop = self.pop();
                let start = self.pop();
                let container = self.pop();
                let slice = self.new_slice(start, stop, Value::NONE);
                let r = self.getitem(&container, &slice)?;
                self.push(r);
            }
            STORE_SLICE => {
                let stop = self.pop();
                let start = self.pop();
                let container = self.pop();
                let v = self.pop();
                let slice = self.new_slice(start, stop, Value::NONE);
                self.setitem(&container, slice, v)?;
            }
            BUILD_SLICE => {
                let step = if arg == 3 { self.pop() } else { Value::NONE };
                let stop = self.pop();
                let start = self.pop();
                let s = self.new_slice(start, stop, step);
                self.push(s);
            }
            BUILD_TUPLE => {
                let items = self.stack.split_off(self.stack.len() - arg);
                let t = self.new_tuple(items);
                self.push(t);
            }
            BUILD_LIST => {
                let items = self.stack.split_off(self.stack.len() - arg);
                let l = self.new_list(items);
                self.push(l);
            }
            BUILD_SET => {
                let items = self.stack.split_off(self.stack.len() - arg);
                let s = heap::alloc(&self.t.set, SetData::new(false));
                for it in items {
                    self.set_add(&s, it)?;
                }
                self.push(s);
            }
            BUILD_MAP => {
                let items = self.stack.split_off(self.stack.len() - 2 * arg);
                let d = heap::alloc(&self.t.dict, DictData::with_capacity(arg));
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    d.downcast_ref::<DictData>().unwrap().set(self, k, v)?;
                }
                self.push(d);
            }
            BUILD_CONST_KEY_MAP => {
                let keys = self.pop();
                let values = self.stack.split_off(self.stack.len() - arg);
                let d = heap::alloc(&self.t.dict, DictData::with_capacity(arg));
                let keys: Vec<Value> = keys
                    .downcast_ref::<TupleData>()
                    .map(|t| t.as_slice().to_vec())
                    .unwrap_or_default();
                for (k, v) in keys.into_iter().zip(values) {
                    d.downcast_ref::<DictData>().unwrap().set(self, k, v)?;
                }
                self.push(d);
            }
            BUILD_STRING => {
                let parts = self.stack.split_off(self.stack.len() - arg);
                let mut s = String::new();
                for p in &parts {
                    if let Some(ps) = p.downcast_ref::<StrData>() {
                        s.push_str(ps.as_str());
                    }
                }
                let v = self.new_str(s);
                self.push(v);
            }
            LIST_APPEND => {
                let v = self.pop();
                let list = self.peek(arg).clone();
                list.downcast_ref::<ListData>().unwrap().push(v);
            }
            SET_ADD => {
                let v = self.pop();
                let set = self.peek(arg).clone();
                self.set_add(&set, v)?;
            }
            MAP_ADD => {
                let v = self.pop();
                let k = self.pop();
                let d = self.peek(arg).clone();
                d.downcast_ref::<DictData>().unwrap().set(self, k, v)?;
            }
            LIST_EXTEND => {
                let iterable = self.pop();
                let list = self.peek(arg).clone();
                self.list_extend(&list, &iterable)?;
            }
            SET_UPDATE => {
                let iterable = self.pop();
                let set = self.peek(arg).clone();
                let items = self.collect_iter(&iterable)?;
                for it in items {
                    self.set_add(&set, it)?;
                }
            }
            DICT_UPDATE => {
                let other = self.pop();
                let d = self.peek(arg).clone();
                if let Err(e) = self.dict_update_mapping(&d, &other) {
                    if self.is_instance(e.value(), &self.t.attribute_error.clone()) {
                        let tn = self.type_name(&other);
                        return Err(self.type_error(format!("'{}' object is not a mapping", tn)));
                    }
                    return Err(e);
                }
            }
            DICT_MERGE => {
                let other = self.pop();
                let d = self.peek(arg).clone();
                let func = self.peek(arg + 2).clone();
                self.dict_merge_kwargs(&d, &other, &func)?;
            }
            LIST_TO_TUPLE => {
                let l = self.pop();
                let items = l
                    .downcast_ref::<ListData>()
                    .map(|l| l.to_vec())
                    .unwrap_or_default();
                let t = self.new_tuple(items);
                self.push(t);
            }
            UNPACK_SEQUENCE => {
                let seq = self.pop();
                self.unpack_sequence(seq, arg)?;
            }
            UNPACK_EX => {
                let seq = self.pop();
                self.unpack_ex(seq, arg & 0xFF, arg >> 8)?;
            }
            GET_ITER => {
                let v = self.pop();
                let it = self.get_iter(&v)?;
                self.push(it);
            }
            GET_YIELD_FROM_ITER => {
                let v = stack_top!(self).clone();
                if v.downcast_ref::<crate::types::generator::GeneratorData>()
                    .is_none()
                {
                    self.pop();
                    let it = self.get_iter(&v)?;
                    self.push(it);
                }
            }
            FOR_ITER => {
                let it = stack_top!(self).clone();
                match self.next(&it)? {
                    Some(v) => self.push(v),
                    None => {
                        self.pop();
                        self.jump_to(next + arg);
                    }
                }
            }
            JUMP_FORWARD => self.jump_to(next + arg),
            JUMP_BACKWARD | JUMP_BACKWARD_NO_INTERRUPT => self.jump_to(next - arg),
            POP_JUMP_IF_FALSE => {
                let v = self.pop();
                if !self.is_true(&v)? {
                    self.jump_to(next + arg);
                }
            }
            POP_JUMP_IF_TRUE => {
                let v = self.pop();
                if self.is_true(&v)? {
                    self.jump_to(next + arg);
                }
            }
            POP_JUMP_IF_NONE => {
                if self.pop().is_none() {
                    self.jump_to(next + arg);
                }
            }
            POP_JUMP_IF_NOT_NONE => {
                if !self.pop().is_none() {
                    self.jump_to(next + arg);
                }
            }
            JUMP_IF_FALSE_OR_POP => {
                let v = stack_top!(self).clone();
                if !self.is_true(&v)? {
                    self.jump_to(next + arg);
                } else {
                    self.pop();
                }
            }
            JUMP_IF_TRUE_OR_POP => {
                let v = stack_top!(self).clone();
                if self.is_true(&v)? {
                    self.jump_to(next + arg);
                } else {
                    self.pop();
                }
            }
            KW_NAMES => {
                let names = self.frames.last().unwrap().code.consts[arg].clone();
                self.pending_kwnames = names;
            }
            CALL => {
                let kwnames = std::mem::replace(&mut self.pending_kwnames, Value::NULL);
                return self.op_call(arg, kwnames);
            }
            CALL_FUNCTION_EX => {
                let kwargs = if arg & 1 == 1 {
                    self.pop()
                } else {
                    Value::NULL
                };
                let args = self.pop();
                let func = self.pop();
                self.pop(); // NULL
                let positional = match self.collect_iter(&args) {
                    Ok(v) => v,
                    Err(e) => {
                        let not_iterable = self.is_instance(e.value(), &self.t.type_error.clone())
                            && self
                                .lookup_special(&args, &self.n.__iter__.clone())
                                .is_none()
                            && self
                                .lookup_special(&args, &self.n.__getitem__.clone())
                                .is_none();
                        if not_iterable {
                            let fs = self.function_str(&func);
                            let tn = self.type_name(&args);
                            return Err(self.type_error(format!(
                                "{} argument after * must be an iterable, not {}",
                                fs, tn
                            )));
                        }
                        return Err(e);
                    }
                };
                let mut a = Args::new(positional);
                if !kwargs.is_null() {
                    a.kw = self.kwargs_pairs(&func, &kwargs)?;
                }
                let r = self.call(&func, a)?;
                self.push(r);
            }
            MAKE_FUNCTION => {
                let code = self.pop();
                let closure = if arg & 8 != 0 {
                    self.pop()
                } else {
                    Value::NULL
                };
                let annotations = if arg & 4 != 0 {
                    self.pop()
                } else {
                    Value::NULL
                };
                let kwdefaults = if arg & 2 != 0 {
                    self.pop()
                } else {
                    Value::NULL
                };
                let defaults = if arg & 1 != 0 {
                    self.pop()
                } else {
                    Value::NULL
                };
                let globals = self.frames.last().unwrap().globals.clone();
                let f =
                    self.make_function(code, globals, defaults, kwdefaults, annotations, closure)?;
                self.push(f);
            }
            RETURN_VALUE => {
                let v = self.pop();
                return self.pop_frame_with(v);
            }
            RETURN_GENERATOR => return self.op_return_generator(),
            YIELD_VALUE => {
                let v = self.pop();
                return Ok(self.op_yield(v));
            }
            SEND => return self.op_send(next, arg),
            LOAD_BUILD_CLASS => {
                let key = self.intern("__build_class__");
                let builtins = self.frames.last().unwrap().builtins.clone();
                let b = builtins
                    .downcast_ref::<DictData>()
                    .unwrap()
                    .get_str(self, &key);
                match b {
                    Some(v) => self.push(v),
                    None => return Err(self.name_error("__build_class__ not found")),
                }
            }
            LOAD_ASSERTION_ERROR => {
                let v = self.t.assertion_error.clone();
                self.push(v);
            }
            RAISE_VARARGS => return self.op_raise(arg),
            PUSH_EXC_INFO => {
                let exc = self.pop();
                let prev = std::mem::replace(&mut self.exc_info, exc.clone());
                self.push(prev);
                self.push(exc);
            }
            POP_EXCEPT => {
                let prev = self.pop();
                self.exc_info = prev;
            }
            CHECK_EXC_MATCH => {
                let typ = self.pop();
                let exc = stack_top!(self).clone();
                self.check_except_type(&typ)?;
                let m = self.exception_matches(&exc, &typ)?;
                self.push(Value::bool(m));
            }
            CHECK_EG_MATCH | PREP_RERAISE_STAR => {
                return Err(self.not_implemented_error("except* is not supported yet"))
            }
            GET_AITER | GET_ANEXT | BEFORE_ASYNC_WITH | END_ASYNC_FOR | ASYNC_GEN_WRAP
            | GET_AWAITABLE => {
                return Err(self.not_implemented_error("async/await is not supported yet"))
            }
            RERAISE => {
                // With oparg, CPython restores f_lasti from the stack for the frame's
                // line number, but looks the handler up at this RERAISE (ceval's
                // exception_unwind uses next_instr). Re-raises add no traceback entry,
                // so only the handler position matters here.
                let exc = self.pop();
                self.reraising = true;
                return Err(PyErr(exc));
            }
            BEFORE_WITH => {
                let mgr = self.pop();
                let enter = self.n.__enter__.clone();
                let exit = self.n.__exit__.clone();
                let enter_m = self.lookup_special(&mgr, &enter);
                let exit_m = self.lookup_special(&mgr, &exit);
                let (Some(enter_m), Some(exit_m)) = (enter_m.clone(), exit_m) else {
                    let tn = self.type_name(&mgr);
                    let what = if enter_m.is_some() {
                        " (missed __exit__ method)"
                    } else {
                        ""
                    };
                    return Err(self.type_error(format!(
                        "'{}' object does not support the context manager protocol{}",
                        tn, what
                    )));
                };
                let exit_bound = self.bind_method(&exit_m, &mgr)?;
                self.push(exit_bound);
                let r = self.call_method_value(&enter_m, &mgr, Args::default())?;
                self.push(r);
            }
            WITH_EXCEPT_START => {
                let exc = stack_top!(self).clone();
                let exit = self.peek(4).clone();
                let typ = self.type_of(&exc);
                let tb = exc
                    .downcast_ref::<ExceptionData>()
                    .map(|e| e.traceback.borrow().clone())
                    .unwrap_or(Value::NONE);
                let r = self.call(&exit, Args::new([typ, exc, tb]))?;
                self.push(r);
            }
            GET_LEN => {
                let v = stack_top!(self).clone();
                let n = self.len(&v)?;
                let n = self.new_usize(n);
                self.push(n);
            }
            MATCH_MAPPING => {
                let v = stack_top!(self).clone();
                let r = self.is_mapping_for_match(&v);
                self.push(Value::bool(r));
            }
            MATCH_SEQUENCE => {
                let v = stack_top!(self).clone();
                let r = self.is_sequence_for_match(&v);
                self.push(Value::bool(r));
            }
            MATCH_KEYS => {
                let keys = self.peek(1).clone();
                let subject = self.peek(2).clone();
                let r = self.match_keys(&subject, &keys)?;
                self.push(r);
            }
            MATCH_CLASS => {
                let names = self.pop();
                let cls = self.pop();
                let subject = self.pop();
                let r = self.match_class(&subject, &cls, arg, &names)?;
                self.push(r);
            }
            FORMAT_VALUE => {
                let spec = if arg & 4 != 0 {
                    self.pop()
                } else {
                    Value::NULL
                };
                let v = self.pop();
                let v = match arg & 3 {
                    1 => self.str(&v)?,
                    2 => self.repr(&v)?,
                    3 => self.ascii(&v)?,
                    _ => v,
                };
                let r = if spec.is_null()
                    && v.downcast_ref::<StrData>().is_some()
                    && v.header().is_some_and(|h| h.class_is(&self.t.str))
                {
                    v
                } else {
                    let spec = if spec.is_null() {
                        self.n.empty.clone()
                    } else {
                        spec
                    };
                    self.format(&v, &spec)?
                };
                self.push(r);
            }
            PRINT_EXPR => {
                let v = self.pop();
                self.display_hook(v)?;
            }
            IMPORT_NAME => {
                let name = self.code().names[arg].clone();
                let fromlist = self.pop();
                let level = self.pop();
                let m = self.import_name(&name, &fromlist, &level)?;
                self.push(m);
            }
            IMPORT_FROM => {
                let name = self.code().names[arg].clone();
                let module = stack_top!(self).clone();
                let v = self.import_from(&module, &name)?;
                self.push(v);
            }
            IMPORT_STAR => {
                let module = self.pop();
                self.import_star(&module)?;
            }
            SETUP_ANNOTATIONS => {
                let locals = self.frames.last().unwrap().locals.clone();
                let key = self.n.__annotations__.clone();
                if let Some(d) = locals.downcast_ref::<DictData>() {
                    if d.get_str(self, &key).is_none() {
                        let nd = self.new_dict();
                        d.set_str(key, nd);
                    }
                }
            }
            _ => {
                return Err(self.internal_error(format!(
                    "specialized instruction {} reached the generic interpreter",
                    op.name()
                )))
            }
        }
        Ok(Flow::Next)
    }

    fn unbound_local(&mut self, slot: usize) -> PyErr {
        let name = self.code().localsplus_names[slot].clone();
        let s = name
            .downcast_ref::<StrData>()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        self.unbound_local_error(format!(
            "cannot access local variable '{}' where it is not associated with a value",
            s
        ))
    }

    fn unbound_deref(&mut self, slot: usize) -> PyErr {
        let code = self.code();
        let name = code.localsplus_names[slot]
            .downcast_ref::<StrData>()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        if code.localsplus_kinds[slot] == taipan_bytecode::LocalKind::Free {
            self.name_error(format!(
                "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                name
            ))
        } else {
            self.unbound_local_error(format!(
                "cannot access local variable '{}' where it is not associated with a value",
                name
            ))
        }
    }

    fn load_deref(&mut self, slot: usize) -> PyResult<Value> {
        let base = self.frame_base();
        let cell = self.stack[base + slot].clone();
        let v = cell
            .downcast_ref::<CellData>()
            .map(|c| c.get())
            .unwrap_or(Value::NULL);
        if v.is_null() {
            return Err(self.unbound_deref(slot));
        }
        Ok(v)
    }

    pub(crate) fn name_not_defined(&mut self, name: &str) -> PyErr {
        let err = self.name_error(format!("name '{}' is not defined", name));
        let _ = name;
        err
    }

    pub(crate) fn load_global(&mut self, name: &Value) -> PyResult<Value> {
        let f = self.frames.last().unwrap();
        let (g, b) = (f.globals.clone(), f.builtins.clone());
        if let Some(v) = g
            .downcast_ref::<DictData>()
            .and_then(|d| d.get_str(self, name))
        {
            return Ok(v);
        }
        if let Some(v) = b
            .downcast_ref::<DictData>()
            .and_then(|d| d.get_str(self, name))
        {
            return Ok(v);
        }
        let s = name.downcast_ref::<StrData>().unwrap().as_str().to_string();
        Err(self.name_not_defined(&s))
    }

    fn load_name(&mut self, name: &Value) -> PyResult<Value> {
        let locals = self.frames.last().unwrap().locals.clone();
        if let Some(d) = locals.downcast_ref::<DictData>() {
            if let Some(v) = d.get_str(self, name) {
                return Ok(v);
            }
        } else if !locals.is_null() {
            match self.getitem(&locals, name) {
                Ok(v) => return Ok(v),
                Err(e) => {
                    if !self.is_instance(e.value(), &self.t.key_error.clone()) {
                        return Err(e);
                    }
                }
            }
        }
        self.load_global(name)
    }

    fn op_call(&mut self, argc: usize, kwnames: Value) -> PyResult<Flow> {
        let len = self.stack.len();
        let is_method = !self.stack[len - argc - 2].is_null();
        let (callable_idx, nargs) = if is_method {
            (len - argc - 2, argc + 1)
        } else {
            (len - argc - 1, argc)
        };
        let call_site = len - argc - 2;
        let callable = self.stack[callable_idx].clone();
        let args_start = callable_idx + 1;
        // Python function: push its frame and continue in this loop.
        if let Some(func) = callable.downcast_ref::<FunctionData>() {
            let _ = func;
            let kw: Vec<Value> = kwnames
                .downcast_ref::<TupleData>()
                .map(|t| t.as_slice().to_vec())
                .unwrap_or_default();
            self.push_function_frame(&callable, args_start, &kw, call_site, false)?;
            let _ = nargs;
            return Ok(Flow::Next);
        }
        let mut values: smallvec::SmallVec<[Value; 6]> = self.stack.drain(args_start..).collect();
        self.stack.truncate(call_site);
        let kw_count = kwnames
            .downcast_ref::<TupleData>()
            .map(|t| t.len())
            .unwrap_or(0);
        let mut args = Args::default();
        if kw_count > 0 {
            let kvals: Vec<Value> = values.drain(values.len() - kw_count..).collect();
            let names = kwnames.downcast_ref::<TupleData>().unwrap();
            args.kw = names.iter().cloned().zip(kvals).collect();
        }
        args.pos = values;
        let r = self.call(&callable, args)?;
        self.push(r);
        Ok(Flow::Next)
    }

    fn op_raise(&mut self, argc: usize) -> PyResult<Flow> {
        match argc {
            0 => {
                let exc = self.exc_info.clone();
                if exc.is_none() || exc.is_null() {
                    return Err(self.runtime_error("No active exception to reraise"));
                }
                self.reraising = true;
                Err(PyErr(exc))
            }
            1 => {
                let exc = self.pop();
                let e = self.make_raisable(exc)?;
                Err(e)
            }
            _ => {
                let cause = self.pop();
                let exc = self.pop();
                let e = self.make_raisable(exc)?;
                let cause = if cause.is_none() {
                    Value::NONE
                } else if self.is_class(&cause)
                    && crate::types::class::is_subclass(&cause, &self.t.base_exception)
                {
                    self.call(&cause, Args::default())?
                } else if self.is_instance(&cause, &self.t.base_exception.clone()) {
                    cause
                } else {
                    return Err(self.type_error("exception causes must derive from BaseException"));
                };
                if let Some(ed) = e.value().downcast_ref::<ExceptionData>() {
                    *ed.cause.borrow_mut() = cause;
                    ed.suppress_context.set(true);
                }
                Err(e)
            }
        }
    }

    /// `raise X`: X may be an instance or a class (instantiated with no arguments).
    pub(crate) fn make_raisable(&mut self, exc: Value) -> PyResult<PyErr> {
        if self.is_class(&exc) && crate::types::class::is_subclass(&exc, &self.t.base_exception) {
            let inst = self.call(&exc, Args::default())?;
            if !self.is_instance(&inst, &self.t.base_exception.clone()) {
                let tn = self.type_name(&inst);
                return Err(self.type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    crate::types::class::class_name(&exc),
                    tn
                )));
            }
            return Ok(PyErr(inst));
        }
        if self.is_instance(&exc, &self.t.base_exception.clone()) {
            return Ok(PyErr(exc));
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    fn check_except_type(&mut self, typ: &Value) -> PyResult<()> {
        let ok = |vm: &Vm, t: &Value| {
            vm.is_class(t) && crate::types::class::is_subclass(t, &vm.t.base_exception)
        };
        let valid = if let Some(t) = typ.downcast_ref::<TupleData>() {
            t.iter().all(|x| ok(self, x))
        } else {
            ok(self, typ)
        };
        if !valid {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        Ok(())
    }

    pub(crate) fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        if let Some(t) = typ.downcast_ref::<TupleData>() {
            for x in t.iter() {
                if self.is_instance(exc, x) {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        Ok(self.is_instance(exc, typ))
    }

    fn unpack_sequence(&mut self, seq: Value, n: usize) -> PyResult<()> {
        if let Some(t) = seq.downcast_ref::<TupleData>() {
            if t.len() == n {
                for v in t.iter().rev() {
                    self.stack.push(v.clone());
                }
                return Ok(());
            }
        }
        let items = self.unpack_items(&seq, Some(n))?;
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {}, got {})",
                n,
                items.len()
            )));
        }
        for v in items.into_iter().rev() {
            self.stack.push(v);
        }
        Ok(())
    }

    /// Collect up to `limit + 1` items (so "too many values" can be detected lazily).
    fn unpack_items(&mut self, seq: &Value, limit: Option<usize>) -> PyResult<Vec<Value>> {
        let it = match self.get_iter(seq) {
            Ok(it) => it,
            Err(e) => {
                if self.is_instance(e.value(), &self.t.type_error.clone()) {
                    let tn = self.type_name(seq);
                    return Err(
                        self.type_error(format!("cannot unpack non-iterable {} object", tn))
                    );
                }
                return Err(e);
            }
        };
        let mut out = Vec::new();
        while let Some(v) = self.next(&it)? {
            out.push(v);
            if let Some(n) = limit {
                if out.len() > n {
                    // CPython 3.11 never reports the total here (3.12 added "got N").
                    let msg = format!("too many values to unpack (expected {})", n);
                    return Err(self.value_error(msg));
                }
            }
        }
        Ok(out)
    }

    fn unpack_ex(&mut self, seq: Value, before: usize, after: usize) -> PyResult<()> {
        let items = self.unpack_items(&seq, None)?;
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut items = items;
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        for v in tail.into_iter().rev() {
            self.stack.push(v);
        }
        let l = self.new_list(middle);
        self.stack.push(l);
        for v in items.into_iter().rev() {
            self.stack.push(v);
        }
        Ok(())
    }
}
