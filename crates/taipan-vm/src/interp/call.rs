//! Calls: binding arguments to a Python function's parameters (with CPython's exact
//! error messages), pushing its frame, and calling any callable from Rust.

use smallvec::SmallVec;
use taipan_bytecode::CodeFlags;

use crate::args::Args;
use crate::errors::{PyErr, PyResult};
use crate::heap::{self, PyRef};
use crate::interp::dispatch::Flow;
use crate::interp::frame::{Frame, ReturnTo};
use crate::types::code::CodeData;
use crate::types::dict::DictData;
use crate::types::function::{
    BoundMethodData, FunctionData, MethodDescriptorData, MethodKind, NativeFunctionData,
};
use crate::types::str::StrData;
use crate::types::tuple::TupleData;
use crate::value::Value;
use crate::vm::Vm;

fn str_of(v: &Value) -> &str {
    v.downcast_ref::<StrData>()
        .map(|s| s.as_str())
        .unwrap_or("?")
}

/// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" (CPython's `format_missing`).
fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

impl Vm {
    /// Push a frame running Python function `func`. Its arguments are on the value
    /// stack from `args_start`: positional ones, then the values of the keyword
    /// arguments named by `kwnames`. On return the stack is cut to `call_site`.
    pub(crate) fn push_function_frame(
        &mut self,
        func: &Value,
        args_start: usize,
        kwnames: &[Value],
        call_site: usize,
        entry: bool,
    ) -> PyResult<()> {
        let f = func.downcast_ref::<FunctionData>().expect("function");
        let code = f.code.clone();
        if self.frames.len() >= self.recursion_limit {
            return Err(self.recursion_error("maximum recursion depth exceeded"));
        }
        let n_total = self.stack.len() - args_start;
        let argcount = code.argcount as usize;
        let simple = kwnames.is_empty()
            && n_total == argcount
            && code.kwonlyargcount == 0
            && !code.flags.contains(CodeFlags::VARARGS)
            && !code.flags.contains(CodeFlags::VARKEYWORDS);
        if simple {
            self.stack
                .resize(args_start + code.n_localsplus, Value::NULL);
        } else {
            self.bind_arguments(f, &code, args_start, kwnames)?;
        }
        let frame = Frame {
            code,
            func: func.clone(),
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            locals: Value::NULL,
            base: args_start,
            call_site,
            ip: 0,
            lasti: 0,
            entry,
            generator: Value::NULL,
            returns_to: crate::interp::frame::ReturnTo::Caller,
        };
        self.frames.push(frame);
        Ok(())
    }

    fn bind_arguments(
        &mut self,
        f: &FunctionData,
        code: &PyRef<CodeData>,
        args_start: usize,
        kwnames: &[Value],
    ) -> PyResult<()> {
        let mut values: SmallVec<[Value; 8]> = self.stack.drain(args_start..).collect();
        let kwvals: SmallVec<[Value; 8]> = values.drain(values.len() - kwnames.len()..).collect();
        let npos = values.len();
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let posonly = code.posonlyargcount as usize;
        let has_varargs = code.flags.contains(CodeFlags::VARARGS);
        let has_varkw = code.flags.contains(CodeFlags::VARKEYWORDS);
        let qualname = str_of(&f.qualname.borrow()).to_string();
        self.stack
            .resize(args_start + code.n_localsplus, Value::NULL);
        let slots = args_start;
        let varargs_idx = argcount + kwonly;
        let varkw_idx = varargs_idx + has_varargs as usize;

        let kwdict = if has_varkw {
            let d = self.new_dict();
            self.stack[slots + varkw_idx] = d.clone();
            Some(d)
        } else {
            None
        };
        let mut values = values.into_iter();
        for i in 0..npos.min(argcount) {
            self.stack[slots + i] = values.next().unwrap();
        }
        if has_varargs {
            let rest: Vec<Value> = values.collect();
            self.stack[slots + varargs_idx] = self.new_tuple(rest);
        }
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (name, value) in kwnames.iter().zip(kwvals) {
            let Some(ns) = name.downcast_ref::<StrData>() else {
                return Err(self.type_error("keywords must be strings"));
            };
            let pos = (0..argcount + kwonly).find(|&i| {
                let pn = &code.localsplus_names[i];
                pn.is(name) || str_of(pn) == ns.as_str()
            });
            match pos {
                Some(i) if i >= posonly => {
                    if !self.stack[slots + i].is_null() {
                        return Err(self.type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            qualname,
                            ns.as_str()
                        )));
                    }
                    self.stack[slots + i] = value;
                }
                other => {
                    if let Some(d) = &kwdict {
                        d.downcast_ref::<DictData>()
                            .unwrap()
                            .set(self, name.clone(), value)?;
                    } else if other.is_some() {
                        posonly_as_kw.push(ns.as_str().to_string());
                    } else {
                        return Err(self.type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            qualname,
                            ns.as_str()
                        )));
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                qualname,
                posonly_as_kw.join(", ")
            )));
        }
        let defaults: Vec<Value> = f
            .defaults
            .borrow()
            .downcast_ref::<TupleData>()
            .map(|t| t.as_slice().to_vec())
            .unwrap_or_default();
        if npos > argcount && !has_varargs {
            let kwonly_given = (argcount..argcount + kwonly)
                .filter(|&i| !self.stack[slots + i].is_null())
                .count();
            let sig = if !defaults.is_empty() {
                format!("from {} to {}", argcount - defaults.len(), argcount)
            } else {
                format!("{}", argcount)
            };
            let kwonly_sig = if kwonly_given > 0 {
                format!(
                    " positional argument{} (and {} keyword-only argument{})",
                    if npos != 1 { "s" } else { "" },
                    kwonly_given,
                    if kwonly_given != 1 { "s" } else { "" }
                )
            } else {
                String::new()
            };
            return Err(self.type_error(format!(
                "{}() takes {} positional argument{} but {}{} {} given",
                qualname,
                sig,
                if argcount != 1 { "s" } else { "" },
                npos,
                kwonly_sig,
                if npos == 1 && kwonly_given == 0 {
                    "was"
                } else {
                    "were"
                }
            )));
        }
        let first_default = argcount - defaults.len().min(argcount);
        let mut missing: Vec<String> = Vec::new();
        for i in npos.min(argcount)..argcount {
            if self.stack[slots + i].is_null() {
                if i >= first_default {
                    self.stack[slots + i] = defaults[i - first_default].clone();
                } else {
                    missing.push(str_of(&code.localsplus_names[i]).to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                qualname,
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        let kwdefaults = f.kwdefaults.borrow().clone();
        for i in argcount..argcount + kwonly {
            if self.stack[slots + i].is_null() {
                let name = code.localsplus_names[i].clone();
                let d = kwdefaults
                    .downcast_ref::<DictData>()
                    .and_then(|d| d.get_str(self, &name));
                match d {
                    Some(v) => self.stack[slots + i] = v,
                    None => missing.push(str_of(&name).to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                qualname,
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        Ok(())
    }

    /// Leave the current frame with return value `v`.
    pub(crate) fn pop_frame_with(&mut self, v: Value) -> PyResult<Flow> {
        let Some(frame) = self.frames.pop() else {
            return Err(self.internal_error("return without a frame"));
        };
        self.stack.truncate(frame.call_site);
        if let ReturnTo::ForIterExit(exit) | ReturnTo::SendExit(exit) = frame.returns_to {
            // A generator resumed in the loop returned: the receiver below the
            // frame is replaced by the result (SEND) or dropped (FOR_ITER_GEN).
            self.finish_inline_generator(&frame.generator);
            self.stack.pop();
            if let ReturnTo::SendExit(_) = frame.returns_to {
                self.stack.push(v);
            }
            if let Some(caller) = self.frames.last_mut() {
                caller.ip = exit;
            }
            return Ok(Flow::Next);
        }
        if frame.returns_to == ReturnTo::InitCall {
            // The instance below `call_site` is the call's result.
            if !v.is_none() {
                let tn = self.type_name(&v);
                return Err(self.type_error(format!("__init__() should return None, not '{}'", tn)));
            }
            return Ok(Flow::Next);
        }
        if !frame.generator.is_null() {
            if let Some(g) = frame
                .generator
                .downcast_ref::<crate::types::generator::GeneratorData>()
            {
                g.state.set(crate::types::generator::GenState::Finished);
            }
        }
        if frame.entry {
            Ok(Flow::Return(v))
        } else {
            self.stack.push(v);
            Ok(Flow::Next)
        }
    }

    /// Call any callable with `args`.
    pub fn call(&mut self, callable: &Value, mut args: Args) -> PyResult<Value> {
        use crate::heap::ObjKind;
        match callable.kind() {
            Some(ObjKind::Function) => self.call_python(callable, args),
            Some(ObjKind::NativeFunction) => {
                let f = callable.downcast_ref::<NativeFunctionData>().unwrap();
                if !f.self_.is_null() {
                    args.prepend(f.self_.clone());
                }
                let func = f.func;
                self.check_stack()?;
                func(self, args)
            }
            Some(ObjKind::BoundMethod) => {
                let m = callable.downcast_ref::<BoundMethodData>().unwrap();
                let (func, s) = (m.func.clone(), m.self_.clone());
                args.prepend(s);
                self.call(&func, args)
            }
            Some(ObjKind::MethodDescriptor) => {
                let d = callable.downcast_ref::<MethodDescriptorData>().unwrap();
                let func = d.func;
                match d.kind {
                    MethodKind::Instance => {
                        let owner = d.owner.clone();
                        let name = d.name;
                        match args.pos.first() {
                            Some(s) if self.is_instance(s, &owner) => {}
                            Some(s) => {
                                let tn = self.type_name(s);
                                return Err(self.type_error(format!(
                                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                                    name,
                                    crate::types::class::class_name(&owner),
                                    tn
                                )));
                            }
                            None => {
                                return Err(self.type_error(format!(
                                    "unbound method {}.{}() needs an argument",
                                    crate::types::class::class_name(&owner),
                                    name
                                )))
                            }
                        }
                    }
                    MethodKind::Class => args.prepend(d.owner.clone()),
                    MethodKind::Static => {}
                }
                self.check_stack()?;
                func(self, args)
            }
            Some(ObjKind::Class) => self.call_class(callable, args),
            _ => {
                let call = self.n.__call__.clone();
                match self.lookup_special(callable, &call) {
                    Some(m) => {
                        args.prepend(callable.clone());
                        self.check_stack()?;
                        self.call(&m, args)
                    }
                    None => {
                        let tn = self.type_name(callable);
                        Err(self.type_error(format!("'{}' object is not callable", tn)))
                    }
                }
            }
        }
    }

    /// Call a Python function from Rust: its frame runs in a nested dispatch loop.
    fn call_python(&mut self, func: &Value, args: Args) -> PyResult<Value> {
        self.check_stack()?;
        let call_site = self.stack.len();
        let nkw = args.kw.len();
        let mut kwnames: SmallVec<[Value; 4]> = SmallVec::new();
        self.stack.extend(args.pos);
        for (k, v) in args.kw {
            kwnames.push(k);
            self.stack.push(v);
        }
        let _ = nkw;
        if let Err(e) = self.push_function_frame(func, call_site, &kwnames, call_site, true) {
            self.stack.truncate(call_site);
            return Err(e);
        }
        self.native_depth += 1;
        let r = self.run_frame();
        self.native_depth -= 1;
        r
    }

    /// Call `func` (found on a class) as a method of `obj`.
    pub fn call_method_value(
        &mut self,
        func: &Value,
        obj: &Value,
        mut args: Args,
    ) -> PyResult<Value> {
        use crate::heap::ObjKind;
        match func.kind() {
            Some(ObjKind::Function) | Some(ObjKind::MethodDescriptor) => {
                args.prepend(obj.clone());
                self.call(func, args)
            }
            _ => {
                let bound = self.bind_method(func, obj)?;
                self.call(&bound, args)
            }
        }
    }

    /// Call method `name` of `obj` (looked up as `obj.name`).
    pub fn call_method(&mut self, obj: &Value, name: &str, args: Args) -> PyResult<Value> {
        let n = self.intern(name);
        let (callable, self_) = self.load_method(obj, &n)?;
        match self_ {
            Some(s) => {
                let mut args = args;
                args.prepend(s);
                self.call(&callable, args)
            }
            None => self.call(&callable, args),
        }
    }

    /// Apply the descriptor protocol to a class attribute found for `obj`.
    pub fn bind_method(&mut self, func: &Value, obj: &Value) -> PyResult<Value> {
        let cls = self.type_of(obj);
        self.descr_get(func, obj, &cls)
    }

    /// `MAKE_FUNCTION`.
    pub(crate) fn make_function(
        &mut self,
        code: Value,
        globals: Value,
        defaults: Value,
        kwdefaults: Value,
        annotations: Value,
        closure: Value,
    ) -> PyResult<Value> {
        let Some(code_ref) = code.downcast::<CodeData>() else {
            return Err(self.internal_error("MAKE_FUNCTION without a code object"));
        };
        let builtins = self.builtins_for(&globals);
        let module = globals
            .downcast_ref::<DictData>()
            .and_then(|d| d.get_str(self, &self.n.__name__.clone()))
            .unwrap_or(Value::NONE);
        let doc = match code_ref.consts.first() {
            Some(c)
                if c.downcast_ref::<StrData>().is_some()
                    && !code_ref.is_generator_like_lambda() =>
            {
                c.clone()
            }
            _ => Value::NONE,
        };
        let f = FunctionData {
            name: std::cell::RefCell::new(code_ref.name.clone()),
            qualname: std::cell::RefCell::new(code_ref.qualname.clone()),
            code: crate::types::function::SwapCode::new(code_ref),
            globals,
            builtins,
            defaults: std::cell::RefCell::new(defaults),
            kwdefaults: std::cell::RefCell::new(kwdefaults),
            closure,
            annotations: std::cell::RefCell::new(annotations),
            doc: std::cell::RefCell::new(doc),
            module: std::cell::RefCell::new(module),
            dict: std::cell::RefCell::new(Value::NULL),
            version: std::cell::Cell::new(0),
        };
        Ok(heap::alloc(&self.t.function, f))
    }

    /// The builtins dict for code running with `globals`.
    pub fn builtins_for(&mut self, globals: &Value) -> Value {
        let key = self.n.__builtins__.clone();
        if let Some(b) = globals
            .downcast_ref::<DictData>()
            .and_then(|d| d.get_str(self, &key))
        {
            if b.downcast_ref::<DictData>().is_some() {
                return b;
            }
            if let Some(m) = b.downcast_ref::<crate::types::module::ModuleData>() {
                return m.dict.clone();
            }
        }
        self.builtins.clone()
    }

    /// `**kwargs` in a call: a mapping turned into (name, value) pairs.
    pub(crate) fn kwargs_pairs(
        &mut self,
        func: &Value,
        kwargs: &Value,
    ) -> PyResult<Vec<(Value, Value)>> {
        let items: Vec<(Value, Value)> = if let Some(d) = kwargs.downcast_ref::<DictData>() {
            d.items()
        } else {
            let keys_fn = self.n.keys.clone();
            let keys = match self.getattr(kwargs, &keys_fn) {
                Ok(k) => k,
                Err(_) => {
                    let fname = self.callable_name(func);
                    let tn = self.type_name(kwargs);
                    return Err(self.type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        fname, tn
                    )));
                }
            };
            let keys = self.call(&keys, Args::default())?;
            let keys = self.collect_iter(&keys)?;
            let mut out = Vec::new();
            for k in keys {
                let v = self.getitem(kwargs, &k)?;
                out.push((k, v));
            }
            out
        };
        for (k, _) in &items {
            if k.downcast_ref::<StrData>().is_none() {
                return Err(self.type_error("keywords must be strings"));
            }
        }
        Ok(items)
    }

    /// "f()" style name of a callable for error messages.
    pub fn callable_name(&mut self, func: &Value) -> String {
        if let Some(f) = func.downcast_ref::<FunctionData>() {
            return format!("{}()", str_of(&f.qualname.borrow()));
        }
        if let Some(f) = func.downcast_ref::<NativeFunctionData>() {
            return format!("{}()", f.name);
        }
        if let Some(c) = func.downcast_ref::<crate::types::class::ClassData>() {
            return format!("{}()", c.name());
        }
        let tn = self.type_name(func);
        format!("{} object", tn)
    }

    /// `f(**a, **b)` (`DICT_MERGE`): merge with duplicate-key detection, with
    /// CPython's messages naming the called function.
    pub(crate) fn dict_merge_kwargs(
        &mut self,
        d: &Value,
        other: &Value,
        func: &Value,
    ) -> PyResult<()> {
        let target = d.downcast_ref::<DictData>().unwrap();
        let pairs = if other.downcast_ref::<DictData>().is_some() {
            other.downcast_ref::<DictData>().unwrap().items()
        } else {
            let keys_name = self.n.keys.clone();
            match self.getattr_opt(other, &keys_name)? {
                Some(keys) => {
                    let keys = self.call(&keys, Args::default())?;
                    let mut out = Vec::new();
                    for k in self.collect_iter(&keys)? {
                        let v = self.getitem(other, &k)?;
                        out.push((k, v));
                    }
                    out
                }
                None => {
                    let fs = self.function_str(func);
                    let tn = self.type_name(other);
                    return Err(self.type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        fs, tn
                    )));
                }
            }
        };
        for (k, v) in pairs {
            if k.downcast_ref::<StrData>().is_none() {
                return Err(self.type_error("keywords must be strings"));
            }
            if target.contains(self, &k)? {
                let fs = self.function_str(func);
                let ks = str_of(&k).to_string();
                return Err(self.type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    fs, ks
                )));
            }
            target.set(self, k, v)?;
        }
        Ok(())
    }

    /// CPython's `_PyObject_FunctionStr`: "module.qualname()" (no module for builtins).
    pub fn function_str(&mut self, func: &Value) -> String {
        let qn = self.n.__qualname__.clone();
        let qual = match self.getattr_opt(func, &qn) {
            Ok(Some(q)) if q.downcast_ref::<StrData>().is_some() => str_of(&q).to_string(),
            _ => return self.str_string(func).unwrap_or_default(),
        };
        let mn = self.n.__module__.clone();
        match self.getattr_opt(func, &mn) {
            Ok(Some(m)) if m.downcast_ref::<StrData>().is_some() && str_of(&m) != "builtins" => {
                format!("{}.{}()", str_of(&m), qual)
            }
            _ => format!("{}()", qual),
        }
    }
}

impl CodeData {
    /// Lambdas and comprehensions never take a docstring from their constants.
    pub fn is_generator_like_lambda(&self) -> bool {
        let n = self
            .name
            .downcast_ref::<StrData>()
            .map(|s| s.as_str())
            .unwrap_or("");
        n.starts_with('<')
    }
}

pub(crate) fn _unused(_: PyErr) {}
