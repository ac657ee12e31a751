//! File objects: `sys.stdout`/`sys.stderr`/`sys.stdin` and `open()`'s results.
//!
//! Standard output is block-buffered (as CPython's when not a terminal) and flushed at
//! exit and before anything is written to stderr, so the user's output is never lost,
//! even when an internal error stops the program.

use std::cell::RefCell;
use std::io::{BufRead, Read, Write};

use crate::args::Args;
use crate::errors::PyResult;
use crate::heap;
use crate::types::str::StrData;
use crate::value::Value;
use crate::vm::Vm;

pub enum Handle {
    Stdout(std::io::BufWriter<std::io::Stdout>),
    Stderr(std::io::Stderr),
    Stdin(std::io::BufReader<std::io::Stdin>),
    Closed,
}

pub struct FileData {
    pub handle: RefCell<Handle>,
    pub name: String,
    pub mode: String,
    pub binary: bool,
}

impl Vm {
    pub fn new_std_file(&self, h: Handle, name: &str, mode: &str) -> Value {
        heap::alloc(
            &self.t.text_io,
            FileData {
                handle: RefCell::new(h),
                name: name.into(),
                mode: mode.into(),
                binary: false,
            },
        )
    }

    /// Write text to `sys.stdout` (through its `write` method if it was replaced).
    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        let out = self.sys_attr("stdout");
        self.write_to(&out, s)
    }

    pub fn write_to(&mut self, file: &Value, s: &str) -> PyResult<()> {
        if let Some(f) = file.downcast_ref::<FileData>() {
            if self.type_of(file).is(&self.t.text_io) {
                return file_write_str(self, f, s);
            }
        }
        if file.is_none() || file.is_null() {
            return Ok(());
        }
        let sv = self.new_str(s);
        self.call_method(file, "write", Args::new([sv]))?;
        Ok(())
    }

    /// Flush the real standard output (at exit and before stderr output).
    pub fn flush_stdout(&mut self) {
        let out = self.sys_attr("stdout");
        if let Some(f) = out.downcast_ref::<FileData>() {
            if let Handle::Stdout(w) = &mut *f.handle.borrow_mut() {
                let _ = w.flush();
            }
        } else if !out.is_null() && !out.is_none() {
            let _ = self.call_method(&out, "flush", Args::default());
        }
        let _ = std::io::stdout().flush();
    }

    pub fn sys_attr(&mut self, name: &str) -> Value {
        let k = self.intern(name);
        self.sys
            .downcast_ref::<crate::types::module::ModuleData>()
            .and_then(|m| {
                m.dict
                    .downcast_ref::<crate::types::dict::DictData>()
                    .and_then(|d| d.get_str(self, &k))
            })
            .unwrap_or(Value::NONE)
    }

    /// Write to stderr (flushing stdout first so the streams interleave sensibly).
    pub fn write_stderr(&mut self, s: &str) {
        self.flush_stdout();
        let err = self.sys_attr("stderr");
        if self.write_to(&err, s).is_err() {
            let _ = std::io::stderr().write_all(s.as_bytes());
        }
    }
}

fn file_write_str(vm: &mut Vm, f: &FileData, s: &str) -> PyResult<()> {
    let r = match &mut *f.handle.borrow_mut() {
        Handle::Stdout(w) => w.write_all(s.as_bytes()),
        Handle::Stderr(w) => w.write_all(s.as_bytes()),
        Handle::Stdin(_) => return Err(vm.os_error("not writable")),
        Handle::Closed => return Err(vm.value_error("I/O operation on closed file.")),
    };
    r.map_err(|e| vm.os_error(e.to_string()))
}

fn file_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, s] = args.exact::<2>(vm, "write")?;
    let f = this.downcast_ref::<FileData>().unwrap();
    let Some(text) = s.downcast_ref::<StrData>() else {
        let tn = vm.type_name(&s);
        return Err(vm.type_error(format!("write() argument must be str, not {}", tn)));
    };
    file_write_str(vm, f, text.as_str())?;
    Ok(vm.new_usize(text.char_len()))
}

fn file_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "flush")?;
    let f = this.downcast_ref::<FileData>().unwrap();
    match &mut *f.handle.borrow_mut() {
        Handle::Stdout(w) => {
            let _ = w.flush();
        }
        Handle::Stderr(w) => {
            let _ = w.flush();
        }
        _ => {}
    }
    Ok(Value::NONE)
}

fn file_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "readline")?;
    let f = this.downcast_ref::<FileData>().unwrap();
    let mut line = String::new();
    if let Handle::Stdin(r) = &mut *f.handle.borrow_mut() {
        let _ = r.read_line(&mut line);
    }
    Ok(vm.new_str(line))
}

fn file_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::NONE);
    let f = this.downcast_ref::<FileData>().unwrap();
    let mut s = String::new();
    if let Handle::Stdin(r) = &mut *f.handle.borrow_mut() {
        let _ = r.read_to_string(&mut s);
    }
    Ok(vm.new_str(s))
}

pub fn init(vm: &mut Vm) {
    let c = vm.t.text_io.clone();
    vm.add_method(&c, "write", file_write);
    vm.add_method(&c, "flush", file_flush);
    vm.add_method(&c, "readline", file_readline);
    vm.add_method(&c, "read", file_read);
}
