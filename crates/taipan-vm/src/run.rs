//! Compiling and running code: turning the compiler's code objects into runtime
//! code objects, executing modules, and reporting uncaught exceptions the way
//! CPython's `PyErr_Print` does.

use std::cell::Cell;
use std::collections::HashMap;

use taipan_bytecode::{CodeObject, Constant, LocalKind};
use taipan_compiler::Mode;

use crate::errors::{PyErr, PyResult};
use crate::heap;
use crate::interp::frame::Frame;
use crate::types::code::CodeData;
use crate::types::dict::DictData;
use crate::types::exception::{ExceptionData, TracebackData};
use crate::types::str::StrData;
use crate::types::tuple::TupleData;
use crate::value::Value;
use crate::vm::Vm;

thread_local! {
    /// Source text of every file compiled, for traceback lines (CPython's linecache).
    static SOURCES: std::cell::RefCell<HashMap<String, String>> = std::cell::RefCell::new(HashMap::new());
}

/// The `lineno`-th line of `filename` (1-based), from compiled sources or disk.
pub fn source_line(filename: &str, lineno: u32) -> Option<String> {
    // Like linecache: pseudo-files such as `<string>` and `<stdin>` have no lines.
    if filename.starts_with('<') && filename.ends_with('>') {
        return None;
    }
    let text = SOURCES
        .with(|s| s.borrow().get(filename).cloned())
        .or_else(|| std::fs::read_to_string(filename).ok())?;
    text.lines()
        .nth(lineno.checked_sub(1)? as usize)
        .map(|l| l.to_string())
}

impl Vm {
    /// Compile source text into a runtime code object (SyntaxError on failure).
    pub fn compile_source(&mut self, source: &str, filename: &str, mode: Mode) -> PyResult<Value> {
        SOURCES.with(|s| {
            s.borrow_mut()
                .insert(filename.to_string(), source.to_string())
        });
        match taipan_compiler::compile(source, filename, mode) {
            Ok(code) => {
                let value = self.load_code(&code);
                if self.code_registry.is_some() {
                    self.register_code(&value, code, source);
                }
                Ok(value)
            }
            Err(e) => Err(self.syntax_error_from(&e)),
        }
    }

    /// Turn a compiler `SyntaxError` into a Python exception.
    pub fn syntax_error_from(&mut self, e: &taipan_syntax::SyntaxError) -> PyErr {
        use taipan_syntax::SyntaxErrorKind as K;
        let cls = match e.kind {
            K::IndentationError => self.t.indentation_error.clone(),
            K::TabError => self.t.tab_error.clone(),
            K::RecursionError => {
                return self.recursion_error("maximum recursion depth exceeded during compilation")
            }
            _ => self.t.syntax_error.clone(),
        };
        let msg = self.new_str(e.msg.clone());
        let fname = self.new_str(e.filename.clone());
        let text = match &e.text {
            Some(t) => self.new_str(t.clone()),
            None => Value::NONE,
        };
        let details = vec![
            fname.clone(),
            self.new_int(e.lineno as i64),
            self.new_int(e.offset as i64),
            text.clone(),
            self.new_int(e.end_lineno as i64),
            self.new_int(e.end_offset as i64),
        ];
        let details = self.new_tuple(details);
        let err = self.new_exception(&cls, vec![msg.clone(), details]);
        let attrs: [(&str, Value); 7] = [
            ("msg", msg),
            ("filename", fname),
            ("lineno", self.new_int(e.lineno as i64)),
            ("offset", self.new_int(e.offset as i64)),
            ("text", text),
            ("end_lineno", self.new_int(e.end_lineno as i64)),
            ("end_offset", self.new_int(e.end_offset as i64)),
        ];
        for (k, v) in attrs {
            let k = self.intern(k);
            let _ = self.store_instance_attr(err.value(), k, v);
        }
        err
    }

    /// Convert a compiler code object (and its nested ones) to a runtime code object.
    pub fn load_code(&mut self, code: &CodeObject) -> Value {
        let consts: Vec<Value> = code.consts.iter().map(|c| self.load_const(c)).collect();
        let names: Vec<Value> = code.names.iter().map(|n| self.intern(n)).collect();
        let lp: Vec<Value> = code
            .localsplus_names
            .iter()
            .map(|n| self.intern(n))
            .collect();
        let data = CodeData {
            code: code.code.iter().map(|u| Cell::new(*u)).collect(),
            consts: consts.into_boxed_slice(),
            names: names.into_boxed_slice(),
            localsplus_names: lp.into_boxed_slice(),
            localsplus_kinds: code.localsplus_kinds.clone().into_boxed_slice(),
            argcount: code.argcount,
            posonlyargcount: code.posonlyargcount,
            kwonlyargcount: code.kwonlyargcount,
            flags: code.flags,
            name: self.intern(&code.name),
            qualname: self.intern(&code.qualname),
            filename: self.intern(&code.filename),
            firstlineno: code.firstlineno,
            stacksize: code.stacksize,
            exception_table: code.exception_table.clone().into_boxed_slice(),
            locations: code.locations.clone().into_boxed_slice(),
            n_localsplus: code.localsplus_names.len(),
            total_args: code.total_args(),
        };
        crate::interp::specialize::quicken(&data.code, self.specialization_enabled);
        let _ = LocalKind::Local;
        heap::alloc(&self.t.code, data)
    }

    fn load_const(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::NONE,
            Constant::Bool(b) => Value::bool(*b),
            Constant::Ellipsis => Value::ELLIPSIS,
            Constant::Int(i) => self.new_bigint(i.clone()),
            Constant::Float(f) => Value::float(*f),
            Constant::Complex { real, imag } => self.new_complex(*real, *imag),
            Constant::Str(s) => {
                // Identifier-like constants are interned, as CPython does.
                if s.len() < 64 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    self.intern(s)
                } else {
                    self.new_str(s.as_str())
                }
            }
            Constant::Bytes(b) => self.new_bytes(b.clone()),
            Constant::Tuple(items) => {
                let v: Vec<Value> = items.iter().map(|i| self.load_const(i)).collect();
                self.new_tuple(v)
            }
            Constant::FrozenSet(items) => {
                let s = heap::alloc(&self.t.frozenset, crate::types::set::SetData::new(true));
                for i in items {
                    let v = self.load_const(i);
                    let _ = self.set_add(&s, v);
                }
                s
            }
            Constant::Code(code) => self.load_code(code),
        }
    }

    /// Run a module-level code object with the given globals and locals.
    pub fn run_code(&mut self, code: &Value, globals: &Value, locals: &Value) -> PyResult<Value> {
        let Some(code_ref) = code.downcast::<CodeData>() else {
            return Err(self.type_error("expected a code object"));
        };
        if self.frames.len() >= self.recursion_limit {
            return Err(self.recursion_error("maximum recursion depth exceeded"));
        }
        let builtins = self.builtins_for(globals);
        let key = self.n.__builtins__.clone();
        if let Some(g) = globals.downcast_ref::<DictData>() {
            if g.get_str(self, &key).is_none() {
                g.set_str(key, self.builtins_module.clone());
            }
        }
        let base = self.stack.len();
        self.stack.resize(base + code_ref.n_localsplus, Value::NULL);
        self.frames.push(Frame {
            code: code_ref,
            func: Value::NULL,
            globals: globals.clone(),
            builtins,
            locals: locals.clone(),
            base,
            call_site: base,
            ip: 0,
            lasti: 0,
            entry: true,
            generator: Value::NULL,
            returns_to: crate::interp::frame::ReturnTo::Caller,
        });
        self.native_depth += 1;
        let r = self.run_frame();
        self.native_depth -= 1;
        r
    }

    /// Make and register `__main__`, returning its globals.
    pub fn main_module(&mut self, file: Option<&str>) -> Value {
        let m = self.new_module("__main__");
        if let Some(f) = file {
            let fv = self.new_str(f);
            self.module_set(&m, "__file__", fv);
        }
        let b = self.builtins_module.clone();
        self.module_set(&m, "__builtins__", b);
        self.register_module("__main__", m.clone());
        m.downcast_ref::<crate::types::module::ModuleData>()
            .unwrap()
            .dict
            .clone()
    }

    /// Run `source` as the `__main__` module; returns the process exit code.
    pub fn run_main_source(
        &mut self,
        source: &str,
        filename: &str,
        file_attr: Option<&str>,
    ) -> i32 {
        let globals = self.main_module(file_attr);
        let r = self
            .compile_source(source, filename, Mode::Exec)
            .and_then(|code| self.run_code(&code, &globals, &globals));
        let code = match r {
            Ok(_) => 0,
            Err(e) => self.handle_uncaught(e),
        };
        self.flush_stdout();
        self.report_at_exit(filename);
        code
    }

    /// What `-X` options ask to print (or write) once the program has finished;
    /// `main` is the script's file name.
    fn report_at_exit(&mut self, main: &str) {
        if let Some(stats) = self.stats.take() {
            self.write_stderr(&stats.report());
        }
        self.write_specialization_report(main);
    }

    /// Run module `name` as `__main__` (`-m`).
    pub fn run_main_module(&mut self, name: &str) -> i32 {
        let path = self.sys_attr("path");
        let dirs: Vec<String> = self
            .collect_iter(&path)
            .unwrap_or_default()
            .iter()
            .map(|v| {
                v.downcast_ref::<StrData>()
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default()
            })
            .collect();
        for d in dirs {
            let base = if d.is_empty() {
                std::path::PathBuf::from(".")
            } else {
                std::path::PathBuf::from(&d)
            };
            let f = base.join(format!("{}.py", name.replace('.', "/")));
            if f.is_file() {
                let full = std::fs::canonicalize(&f)
                    .unwrap_or(f)
                    .to_string_lossy()
                    .to_string();
                if let Some(l) = self
                    .sys_attr("argv")
                    .downcast_ref::<crate::types::list::ListData>()
                {
                    if !l.is_empty() {
                        l.items.borrow_mut()[0] = self.new_str(full.clone());
                    }
                }
                let src = std::fs::read_to_string(&full).unwrap_or_default();
                return self.run_main_source(&src, &full, Some(&full));
            }
        }
        let exe = self.config.executable.clone();
        self.write_stderr(&format!("{}: No module named {}\n", exe, name));
        self.flush_stdout();
        1
    }

    /// Print an uncaught exception (or honour SystemExit); returns the exit code.
    pub fn handle_uncaught(&mut self, e: PyErr) -> i32 {
        let exc = e.into_value();
        if self.is_instance(&exc, &self.t.system_exit.clone()) {
            return self.system_exit_code(&exc);
        }
        self.flush_stdout();
        let text = self.format_exception(&exc);
        self.write_stderr(&text);
        1
    }

    fn system_exit_code(&mut self, exc: &Value) -> i32 {
        let args = exc
            .downcast_ref::<ExceptionData>()
            .map(|d| d.args.borrow().clone())
            .unwrap_or(Value::NONE);
        let code = args
            .downcast_ref::<TupleData>()
            .and_then(|t| {
                if t.len() == 1 {
                    t.get(0).cloned()
                } else if t.is_empty() {
                    Some(Value::NONE)
                } else {
                    Some(args.clone())
                }
            })
            .unwrap_or(Value::NONE);
        if code.is_none() {
            return 0;
        }
        if let Some(i) = code.as_small_int() {
            return i as i32;
        }
        if let Some(b) = code.as_bool() {
            return b as i32;
        }
        let s = self.str_string(&code).unwrap_or_default();
        self.write_stderr(&format!("{}\n", s));
        1
    }

    /// The full traceback text of `exc`, with its chained causes and contexts.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        let mut seen: Vec<u64> = Vec::new();
        self.format_exception_chain(exc, &mut seen)
    }

    fn format_exception_chain(&mut self, exc: &Value, seen: &mut Vec<u64>) -> String {
        seen.push(exc.raw_bits());
        let mut out = String::new();
        if let Some(d) = exc.downcast_ref::<ExceptionData>() {
            let cause = d.cause.borrow().clone();
            let context = d.context.borrow().clone();
            let suppress = d.suppress_context.get();
            if !cause.is_none() && !cause.is_null() && !seen.contains(&cause.raw_bits()) {
                out.push_str(&self.format_exception_chain(&cause, seen));
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if !suppress
                && !context.is_none()
                && !context.is_null()
                && !seen.contains(&context.raw_bits())
            {
                out.push_str(&self.format_exception_chain(&context, seen));
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        out.push_str(&self.format_single_exception(exc));
        out
    }

    fn format_single_exception(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        let tb = exc
            .downcast_ref::<ExceptionData>()
            .map(|d| d.traceback.borrow().clone())
            .unwrap_or(Value::NONE);
        if !tb.is_none() && !tb.is_null() {
            out.push_str("Traceback (most recent call last):\n");
            // Runs of the same (file, line, function) beyond 3 are collapsed, as
            // traceback.StackSummary.format does (_RECURSIVE_CUTOFF).
            const CUTOFF: usize = 3;
            let repeated = |n: usize| {
                format!(
                    "  [Previous line repeated {} more time{}]\n",
                    n,
                    if n > 1 { "s" } else { "" }
                )
            };
            let mut last: Option<(String, u32, String)> = None;
            let mut count = 0usize;
            let mut t = tb;
            while let Some(td) = t.downcast_ref::<TracebackData>() {
                let code = td.code.downcast_ref::<CodeData>().unwrap();
                let fname = code
                    .filename
                    .downcast_ref::<StrData>()
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default();
                let name = code
                    .name
                    .downcast_ref::<StrData>()
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default();
                let key = (fname.clone(), td.lineno, name.clone());
                if last.as_ref() != Some(&key) {
                    if count > CUTOFF {
                        out.push_str(&repeated(count - CUTOFF));
                    }
                    last = Some(key);
                    count = 0;
                }
                count += 1;
                if count <= CUTOFF {
                    out.push_str(&format!(
                        "  File \"{}\", line {}, in {}\n",
                        fname, td.lineno, name
                    ));
                    if let Some(line) = source_line(&fname, td.lineno) {
                        let stripped = line.trim();
                        if !stripped.is_empty() {
                            out.push_str(&format!("    {}\n", stripped));
                        }
                    }
                }
                let next = td.next.borrow().clone();
                t = next;
            }
            if count > CUTOFF {
                out.push_str(&repeated(count - CUTOFF));
            }
        }
        out.push_str(&self.format_exception_only(exc));
        out
    }

    /// The last line(s): `Type: message` (and a SyntaxError's source excerpt).
    pub fn format_exception_only(&mut self, exc: &Value) -> String {
        let cls = self.type_of(exc);
        let qual = crate::types::class::class_name(&cls);
        let module = self.class_module(&cls);
        let tname = if module == "builtins" || module == "__main__" {
            qual
        } else {
            format!("{}.{}", module, qual)
        };
        let mut out = String::new();
        if self.is_instance(exc, &self.t.syntax_error.clone()) {
            let get = |vm: &mut Vm, n: &str| -> Value {
                let k = vm.intern(n);
                vm.instance_attr(exc, &k).unwrap_or(Value::NONE)
            };
            let fname = get(self, "filename");
            let lineno = get(self, "lineno");
            let text = get(self, "text");
            let offset = get(self, "offset");
            let end_offset = get(self, "end_offset");
            let fname = fname
                .downcast_ref::<StrData>()
                .map(|s| s.as_str().to_string())
                .unwrap_or_else(|| "<string>".into());
            out.push_str(&format!(
                "  File \"{}\", line {}\n",
                fname,
                lineno.as_small_int().unwrap_or(0)
            ));
            if let Some(t) = text.downcast_ref::<StrData>() {
                // As traceback.TracebackException._format_syntax_error.
                let rtext = t.as_str().trim_end_matches('\n');
                let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
                let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
                out.push_str(&format!("    {}\n", ltext));
                if let Some(offset) = offset.as_small_int() {
                    let mut end = match end_offset.as_small_int() {
                        Some(e) if e != 0 => e,
                        _ => offset,
                    };
                    if offset == end || end == -1 {
                        end = offset + 1;
                    }
                    let colno = offset - 1 - spaces;
                    let end_colno = end - 1 - spaces;
                    if colno >= 0 {
                        let caretspace: String = ltext
                            .chars()
                            .take(colno as usize)
                            .map(|c| if c.is_whitespace() { c } else { ' ' })
                            .collect();
                        let n = (end_colno - colno).max(0) as usize;
                        out.push_str(&format!("    {}{}\n", caretspace, "^".repeat(n)));
                    }
                }
            }
            let msg = get(self, "msg");
            let m = msg
                .downcast_ref::<StrData>()
                .map(|s| s.as_str().to_string())
                .unwrap_or_default();
            out.push_str(&format!("{}: {}\n", tname, m));
            return out;
        }
        let msg = match self.str_string(exc) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".into(),
        };
        if msg.is_empty() {
            out.push_str(&format!("{}\n", tname));
        } else {
            out.push_str(&format!("{}: {}\n", tname, msg));
        }
        out
    }
}
