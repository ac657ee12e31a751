//! File objects: `sys.stdout`/`sys.stderr`/`sys.stdin` and `open()`'s results.
//!
//! Standard output is block-buffered (as CPython's when not a terminal) and flushed at
//! exit and before anything is written to stderr, so the user's output is never lost,
//! even when an internal error stops the program.
//!
//! Files opened with `open()` are `_io.TextIOWrapper` (text modes) or
//! `_io.BufferedReader`/`BufferedWriter`/`BufferedRandom` (binary modes). Each keeps
//! a read-ahead buffer and a write buffer over a `std::fs::File`; text files decode
//! UTF-8 and translate `\r\n`/`\r` to `\n` on reading (universal newlines).

use std::cell::RefCell;
use std::io::{BufRead, Read, Seek, SeekFrom, Write};

use crate::args::{opt, Args};
use crate::errors::{PyErr, PyResult};
use crate::heap;
use crate::types::bytes::BytesData;
use crate::types::class::{self, Layout};
use crate::types::exception::ExceptionData;
use crate::types::str::StrData;
use crate::types::tuple::TupleData;
use crate::value::Value;
use crate::vm::Vm;

pub enum Handle {
    Stdout(std::io::BufWriter<std::io::Stdout>),
    Stderr(std::io::Stderr),
    Stdin(std::io::BufReader<std::io::Stdin>),
    File(Box<DiskFile>),
    /// The binary `buffer` of a standard stream: reads and writes go through the
    /// text stream's own handle (so output order is kept).
    Raw(Value),
    Closed,
}

fn with_inner<R>(
    inner: &Value,
    f: impl FnOnce(&mut Handle) -> std::io::Result<R>,
) -> std::io::Result<R> {
    match inner.downcast_ref::<FileData>() {
        Some(fd) => match fd.handle.try_borrow_mut() {
            Ok(mut h) => f(&mut h),
            Err(_) => Err(std::io::Error::other("reentrant I/O")),
        },
        None => Err(std::io::Error::other("bad stream")),
    }
}

fn raw_write(inner: &Value, b: &[u8]) -> std::io::Result<()> {
    with_inner(inner, |h| match h {
        Handle::Stdout(w) => w.write_all(b),
        Handle::Stderr(w) => w.write_all(b),
        Handle::File(d) => d.write_bytes(b),
        _ => Ok(()),
    })
}

fn raw_read(inner: &Value, n: Option<usize>) -> std::io::Result<Vec<u8>> {
    with_inner(inner, |h| match h {
        Handle::Stdin(r) => {
            let mut out = Vec::new();
            match n {
                Some(n) => {
                    r.take(n as u64).read_to_end(&mut out)?;
                }
                None => {
                    r.read_to_end(&mut out)?;
                }
            }
            Ok(out)
        }
        Handle::File(d) => d.read_bytes(n),
        _ => Ok(Vec::new()),
    })
}

fn raw_readline(inner: &Value, limit: Option<usize>) -> std::io::Result<Vec<u8>> {
    with_inner(inner, |h| match h {
        Handle::Stdin(r) => {
            let mut out = Vec::new();
            match limit {
                Some(n) => {
                    r.take(n as u64).read_until(b'\n', &mut out)?;
                }
                None => {
                    r.read_until(b'\n', &mut out)?;
                }
            }
            Ok(out)
        }
        Handle::File(d) => d.read_line_bytes(limit),
        _ => Ok(Vec::new()),
    })
}

fn raw_access(inner: &Value, access: Access) -> bool {
    with_inner(inner, |h| {
        Ok(match h {
            Handle::Stdout(_) | Handle::Stderr(_) => access == Access::Write,
            Handle::Stdin(_) => access == Access::Read,
            Handle::File(d) => match access {
                Access::Read => d.readable,
                Access::Write => d.writable,
            },
            _ => false,
        })
    })
    .unwrap_or(false)
}

/// An open disk file with its read-ahead and write buffers.
pub struct DiskFile {
    file: std::fs::File,
    /// Bytes read ahead but not yet consumed, from `rpos`.
    rbuf: Vec<u8>,
    rpos: usize,
    /// Bytes written but not yet passed to the OS.
    wbuf: Vec<u8>,
    readable: bool,
    writable: bool,
    /// Saw end of file on the last fill.
    eof: bool,
}

impl DiskFile {
    fn flush_writes(&mut self) -> std::io::Result<()> {
        if !self.wbuf.is_empty() {
            let r = self.file.write_all(&self.wbuf);
            self.wbuf.clear();
            r?;
        }
        Ok(())
    }

    /// Drop the read-ahead (moving the OS position back to the logical position).
    fn drop_readahead(&mut self) -> std::io::Result<()> {
        let unread = self.rbuf.len() - self.rpos;
        if unread > 0 {
            self.file.seek(SeekFrom::Current(-(unread as i64)))?;
        }
        self.rbuf.clear();
        self.rpos = 0;
        self.eof = false;
        Ok(())
    }

    /// Read more bytes into the read-ahead buffer; false at end of file.
    fn fill(&mut self) -> std::io::Result<bool> {
        self.flush_writes()?;
        if self.rpos > 0 && self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
        let mut chunk = [0u8; 8192];
        loop {
            match self.file.read(&mut chunk) {
                Ok(0) => {
                    self.eof = true;
                    return Ok(false);
                }
                Ok(n) => {
                    self.rbuf.extend_from_slice(&chunk[..n]);
                    return Ok(true);
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
    }

    fn available(&self) -> &[u8] {
        &self.rbuf[self.rpos..]
    }

    /// Read up to `n` bytes (all remaining when None).
    fn read_bytes(&mut self, n: Option<usize>) -> std::io::Result<Vec<u8>> {
        loop {
            let have = self.rbuf.len() - self.rpos;
            if let Some(n) = n {
                if have >= n {
                    break;
                }
            }
            if !self.fill()? {
                break;
            }
        }
        let have = self.rbuf.len() - self.rpos;
        let take = n.map_or(have, |n| n.min(have));
        let out = self.rbuf[self.rpos..self.rpos + take].to_vec();
        self.rpos += take;
        Ok(out)
    }

    /// Read through the next `\n` (binary lines), at most `limit` bytes.
    fn read_line_bytes(&mut self, limit: Option<usize>) -> std::io::Result<Vec<u8>> {
        let mut scanned = 0;
        loop {
            let avail = self.available();
            if let Some(i) = avail[scanned..].iter().position(|&b| b == b'\n') {
                let mut end = scanned + i + 1;
                if let Some(l) = limit {
                    end = end.min(l);
                }
                let out = avail[..end].to_vec();
                self.rpos += end;
                return Ok(out);
            }
            scanned = avail.len();
            if let Some(l) = limit {
                if scanned >= l {
                    let out = avail[..l].to_vec();
                    self.rpos += l;
                    return Ok(out);
                }
            }
            if !self.fill()? {
                let avail = self.available();
                let end = limit.map_or(avail.len(), |l| l.min(avail.len()));
                let out = avail[..end].to_vec();
                self.rpos += end;
                return Ok(out);
            }
        }
    }

    fn write_bytes(&mut self, b: &[u8]) -> std::io::Result<()> {
        if self.rpos < self.rbuf.len() || !self.rbuf.is_empty() {
            self.drop_readahead()?;
        }
        self.wbuf.extend_from_slice(b);
        if self.wbuf.len() >= 1 << 16 {
            self.flush_writes()?;
        }
        Ok(())
    }

    fn tell(&mut self) -> std::io::Result<u64> {
        let pos = self.file.stream_position()?;
        let unread = (self.rbuf.len() - self.rpos) as u64;
        Ok(pos.saturating_sub(unread) + self.wbuf.len() as u64)
    }

    fn seek(&mut self, pos: SeekFrom) -> std::io::Result<u64> {
        self.flush_writes()?;
        self.drop_readahead()?;
        self.file.seek(pos)
    }
}

impl Drop for DiskFile {
    fn drop(&mut self) {
        let _ = self.flush_writes();
    }
}

pub struct FileData {
    pub handle: RefCell<Handle>,
    pub name: String,
    pub mode: String,
    pub binary: bool,
    /// The `encoding` attribute of text files (as given to `open`, or the default).
    pub encoding: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Access {
    Read,
    Write,
}

thread_local! {
    /// Classes made by `init`: BufferedWriter, BufferedRandom, UnsupportedOperation.
    static IO_CLASSES: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

fn io_class(i: usize) -> Value {
    IO_CLASSES.with(|c| c.borrow().get(i).cloned().unwrap_or(Value::NULL))
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
                encoding: "utf-8".into(),
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
            match &mut *f.handle.borrow_mut() {
                Handle::Stdout(w) => {
                    let _ = w.flush();
                }
                Handle::File(d) => {
                    let _ = d.flush_writes();
                }
                _ => {}
            }
        } else if !out.is_null() && !out.is_none() {
            let _ = self.call_method(&out, "flush", Args::default());
        }
        // The original stdout may have been replaced: flush it too.
        let orig = self.sys_attr("__stdout__");
        if let Some(f) = orig.downcast_ref::<FileData>() {
            if let Ok(mut h) = f.handle.try_borrow_mut() {
                if let Handle::Stdout(w) = &mut *h {
                    let _ = w.flush();
                }
            }
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

    /// An `OSError` subclass for an OS error, with errno/strerror/filename set.
    pub fn os_error_from(&mut self, e: &std::io::Error, filename: Option<&str>) -> PyErr {
        let errno = e.raw_os_error().unwrap_or(0);
        let cls = match errno {
            2 => self.t.file_not_found_error.clone(),
            17 => self.t.file_exists_error.clone(),
            21 => self.t.is_a_directory_error.clone(),
            20 => self.t.not_a_directory_error.clone(),
            1 | 13 => self.t.permission_error.clone(),
            _ => self.t.os_error.clone(),
        };
        let strerror = strerror_of(e);
        let mut args = vec![self.new_int(errno as i64), self.new_str(strerror)];
        if let Some(f) = filename {
            args.push(self.new_str(f));
        }
        let err = self.new_exception(&cls, args.clone());
        set_os_attrs(self, err.value(), &args);
        err
    }
}

/// The C library's message for an error (without Rust's " (os error N)" suffix).
fn strerror_of(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn set_os_attrs(vm: &mut Vm, exc: &Value, args: &[Value]) {
    let (errno, strerror, filename, filename2) = if (2..=5).contains(&args.len()) {
        (
            args[0].clone(),
            args[1].clone(),
            args.get(2).cloned().unwrap_or(Value::NONE),
            args.get(4).cloned().unwrap_or(Value::NONE),
        )
    } else {
        (Value::NONE, Value::NONE, Value::NONE, Value::NONE)
    };
    for (k, v) in [
        ("errno", errno),
        ("strerror", strerror),
        ("filename", filename),
        ("filename2", filename2),
    ] {
        let k = vm.intern(k);
        let _ = vm.store_instance_attr(exc, k, v);
    }
    if (3..=5).contains(&args.len()) {
        // CPython keeps only (errno, strerror) in args when a filename is given.
        if let Some(d) = exc.downcast_ref::<ExceptionData>() {
            let t = vm.new_tuple(args[..2].to_vec());
            *d.args.borrow_mut() = t;
        }
    }
}

/// `OSError.__new__`: `OSError(errno, strerror, ...)` picks the subclass for `errno`.
fn os_error_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error("OSError.__new__(): not enough arguments"));
    }
    let mut cls = args.pos.remove(0);
    let rest: Vec<Value> = args.pos.to_vec();
    if cls.is(&vm.t.os_error) && (2..=5).contains(&rest.len()) {
        if let Some(errno) = rest[0].as_small_int() {
            let name = match errno {
                11 => "BlockingIOError",
                10 => "ChildProcessError",
                32 => "BrokenPipeError",
                103 => "ConnectionAbortedError",
                111 => "ConnectionRefusedError",
                104 => "ConnectionResetError",
                17 => "FileExistsError",
                2 => "FileNotFoundError",
                21 => "IsADirectoryError",
                20 => "NotADirectoryError",
                4 => "InterruptedError",
                1 | 13 => "PermissionError",
                3 => "ProcessLookupError",
                110 => "TimeoutError",
                _ => "",
            };
            if let Some((_, c)) = vm.t.exceptions.iter().find(|(n, _)| *n == name) {
                cls = c.clone();
            }
        }
    }
    let obj = crate::types::class_methods::new_instance(vm, &cls)?;
    if let Some(d) = obj.downcast_ref::<ExceptionData>() {
        let t = vm.new_tuple(rest.clone());
        *d.args.borrow_mut() = t;
    }
    set_os_attrs(vm, &obj, &rest);
    Ok(obj)
}

fn os_error_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(this) = args.pos.first().cloned() else {
        return Ok(Value::NONE);
    };
    let rest: Vec<Value> = args.pos[1..].to_vec();
    if let Some(d) = this.downcast_ref::<ExceptionData>() {
        let t = vm.new_tuple(rest.clone());
        *d.args.borrow_mut() = t;
    }
    set_os_attrs(vm, &this, &rest);
    Ok(Value::NONE)
}

fn exc_attr(vm: &mut Vm, exc: &Value, name: &str) -> Value {
    let k = vm.intern(name);
    vm.instance_attr(exc, &k).unwrap_or(Value::NONE)
}

macro_rules! os_attr {
    ($($get:ident, $set:ident, $name:literal;)*) => {$(
        fn $get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
            Ok(exc_attr(vm, v, $name))
        }
        fn $set(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
            let k = vm.intern($name);
            vm.store_instance_attr(v, k, x)
        }
    )*};
}

os_attr! {
    get_errno, set_errno, "errno";
    get_strerror, set_strerror, "strerror";
    get_filename, set_filename, "filename";
    get_filename2, set_filename2, "filename2";
}

fn os_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__str__")?;
    let errno = exc_attr(vm, &this, "errno");
    let strerror = exc_attr(vm, &this, "strerror");
    let filename = exc_attr(vm, &this, "filename");
    let filename2 = exc_attr(vm, &this, "filename2");
    if !filename.is_none() {
        let e = vm.str_string(&errno)?;
        let s = vm.str_string(&strerror)?;
        let f = vm.repr_string(&filename)?;
        if !filename2.is_none() {
            let f2 = vm.repr_string(&filename2)?;
            return Ok(vm.new_str(format!("[Errno {}] {}: {} -> {}", e, s, f, f2)));
        }
        return Ok(vm.new_str(format!("[Errno {}] {}: {}", e, s, f)));
    }
    if !errno.is_none() && !strerror.is_none() {
        let e = vm.str_string(&errno)?;
        let s = vm.str_string(&strerror)?;
        return Ok(vm.new_str(format!("[Errno {}] {}", e, s)));
    }
    let a = this
        .downcast_ref::<ExceptionData>()
        .map(|d| d.args.borrow().clone())
        .unwrap_or(Value::NONE);
    let items = a
        .downcast_ref::<TupleData>()
        .map(|t| t.as_slice().to_vec())
        .unwrap_or_default();
    match items.len() {
        0 => Ok(vm.new_str("")),
        1 => vm.str(&items[0]),
        _ => vm.str(&a),
    }
}

fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    let cls = io_class(2);
    if cls.is_null() {
        return vm.os_error(msg.to_string());
    }
    vm.new_exception_msg(&cls, msg.to_string())
}

fn closed_error(vm: &mut Vm) -> PyErr {
    vm.value_error("I/O operation on closed file.")
}

fn io_err(vm: &mut Vm, e: std::io::Error) -> PyErr {
    vm.os_error_from(&e, None)
}

fn this_file<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a FileData> {
    match v.downcast_ref::<FileData>() {
        Some(f) => Ok(f),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor requires a '_io._IOBase' object but received a '{}'",
                tn
            )))
        }
    }
}

/// Check the file is open and allows `access` (binary and text wording differ).
fn check_access(vm: &mut Vm, f: &FileData, access: Access, op: &str) -> PyResult<()> {
    let ok = match &*f.handle.borrow() {
        Handle::Closed => return Err(closed_error(vm)),
        Handle::Stdout(_) | Handle::Stderr(_) => access == Access::Write,
        Handle::Stdin(_) => access == Access::Read,
        Handle::File(d) => match access {
            Access::Read => d.readable,
            Access::Write => d.writable,
        },
        Handle::Raw(v) => raw_access(v, access),
    };
    if ok {
        return Ok(());
    }
    if f.binary {
        Err(unsupported(vm, op))
    } else {
        let what = match access {
            Access::Read => "not readable",
            Access::Write => "not writable",
        };
        Err(unsupported(vm, what))
    }
}

fn file_write_str(vm: &mut Vm, f: &FileData, s: &str) -> PyResult<()> {
    check_access(vm, f, Access::Write, "write")?;
    let r = match &mut *f.handle.borrow_mut() {
        Handle::Stdout(w) => w.write_all(s.as_bytes()),
        Handle::Stderr(w) => w.write_all(s.as_bytes()),
        Handle::File(d) => d.write_bytes(s.as_bytes()),
        Handle::Stdin(_) | Handle::Raw(_) | Handle::Closed => Ok(()),
    };
    r.map_err(|e| io_err(vm, e))
}

fn file_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, s] = args.exact::<2>(vm, "write")?;
    let f = this_file(vm, &this)?;
    if f.binary {
        check_access(vm, f, Access::Write, "write")?;
        let Some(b) = vm.bytes_like(&s) else {
            let tn = vm.type_name(&s);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", tn)));
        };
        let r = match &mut *f.handle.borrow_mut() {
            Handle::File(d) => d.write_bytes(&b),
            Handle::Raw(v) => raw_write(v, &b),
            _ => Ok(()),
        };
        r.map_err(|e| io_err(vm, e))?;
        return Ok(vm.new_usize(b.len()));
    }
    let Some(text) = s.downcast_ref::<StrData>() else {
        let tn = vm.type_name(&s);
        return Err(vm.type_error(format!("write() argument must be str, not {}", tn)));
    };
    file_write_str(vm, f, text.as_str())?;
    Ok(vm.new_usize(text.char_len()))
}

fn file_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, lines] = args.exact::<2>(vm, "writelines")?;
    this_file(vm, &this)?;
    let items = vm.collect_iter(&lines)?;
    for it in items {
        file_write(vm, Args::new([this.clone(), it]))?;
    }
    Ok(Value::NONE)
}

fn file_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "flush")?;
    let f = this_file(vm, &this)?;
    let r = match &mut *f.handle.borrow_mut() {
        Handle::Stdout(w) => w.flush(),
        Handle::Stderr(w) => w.flush(),
        Handle::File(d) => d.flush_writes(),
        Handle::Raw(v) => with_inner(v, |h| match h {
            Handle::Stdout(w) => w.flush(),
            Handle::Stderr(w) => w.flush(),
            _ => Ok(()),
        }),
        Handle::Stdin(_) => Ok(()),
        Handle::Closed => return Err(closed_error(vm)),
    };
    r.map_err(|e| io_err(vm, e))?;
    Ok(Value::NONE)
}

fn file_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "close")?;
    let f = this_file(vm, &this)?;
    let old = std::mem::replace(&mut *f.handle.borrow_mut(), Handle::Closed);
    match old {
        Handle::File(mut d) => {
            d.flush_writes().map_err(|e| io_err(vm, e))?;
        }
        Handle::Stdout(mut w) => {
            let _ = w.flush();
        }
        _ => {}
    }
    Ok(Value::NONE)
}

fn file_closed(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(v.downcast_ref::<FileData>().is_some_and(|f| {
        matches!(&*f.handle.borrow(), Handle::Closed)
    })))
}

/// Decode bytes read from a text file (UTF-8, universal newlines).
fn decode_text(vm: &mut Vm, b: Vec<u8>) -> PyResult<String> {
    let s = match String::from_utf8(b) {
        Ok(s) => s,
        Err(e) => {
            let pos = e.utf8_error().valid_up_to();
            let byte = e.as_bytes().get(pos).copied().unwrap_or(0);
            return Err(vm.unicode_decode_error(format!(
                "'utf-8' codec can't decode byte {:#04x} in position {}: invalid start byte",
                byte, pos
            )));
        }
    };
    if s.contains('\r') {
        Ok(s.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Ok(s)
    }
}

/// Read one line of text (through `\n`; `\r\n` and `\r` count as newlines).
fn read_text_line(vm: &mut Vm, f: &FileData, limit: Option<usize>) -> PyResult<String> {
    let raw = {
        let mut h = f.handle.borrow_mut();
        match &mut *h {
            Handle::Stdin(r) => {
                let mut buf = Vec::new();
                r.read_until(b'\n', &mut buf).map(|_| buf)
            }
            Handle::File(d) => read_raw_text_line(d),
            _ => Ok(Vec::new()),
        }
    };
    let raw = raw.map_err(|e| io_err(vm, e))?;
    let mut s = decode_text(vm, raw)?;
    if let Some(l) = limit {
        if s.chars().count() > l {
            // Push back the excess (rare): only supported for disk files.
            let keep: String = s.chars().take(l).collect();
            let rest = s[keep.len()..].as_bytes().to_vec();
            if let Handle::File(d) = &mut *f.handle.borrow_mut() {
                let mut nb = rest;
                nb.extend_from_slice(d.available());
                d.rbuf = nb;
                d.rpos = 0;
            }
            s = keep;
        }
    }
    Ok(s)
}

fn read_raw_text_line(d: &mut DiskFile) -> std::io::Result<Vec<u8>> {
    let mut scanned = 0;
    loop {
        let avail = d.available();
        if let Some(i) = avail[scanned..]
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
        {
            let at = scanned + i;
            if avail[at] == b'\r' && at + 1 == avail.len() && !d.eof {
                // Might be "\r\n" split across reads.
                if d.fill()? {
                    continue;
                }
            }
            let avail = d.available();
            let end = if avail[at] == b'\r' && avail.get(at + 1) == Some(&b'\n') {
                at + 2
            } else {
                at + 1
            };
            let out = avail[..end].to_vec();
            d.rpos += end;
            return Ok(out);
        }
        scanned = avail.len();
        if !d.fill()? {
            let out = d.available().to_vec();
            d.rpos = d.rbuf.len();
            return Ok(out);
        }
    }
}

fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match vm.index_value(v)? {
            Some(n) if n < 0 => Ok(None),
            Some(n) => Ok(Some(n as usize)),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("argument should be integer or None, not '{}'", tn)))
            }
        },
    }
}

fn file_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "read", 1, 2)?;
    let this = a[0].clone();
    let f = this_file(vm, &this)?;
    check_access(vm, f, Access::Read, "read")?;
    let n = size_arg(vm, a.get(1))?;
    if f.binary {
        let r = match &mut *f.handle.borrow_mut() {
            Handle::File(d) => d.read_bytes(n),
            Handle::Raw(v) => raw_read(v, n),
            _ => Ok(Vec::new()),
        };
        let b = r.map_err(|e| io_err(vm, e))?;
        return Ok(vm.new_bytes(b));
    }
    let s = match n {
        None => {
            let r = match &mut *f.handle.borrow_mut() {
                Handle::File(d) => d.read_bytes(None),
                Handle::Stdin(r) => {
                    let mut b = Vec::new();
                    r.read_to_end(&mut b).map(|_| b)
                }
                _ => Ok(Vec::new()),
            };
            let b = r.map_err(|e| io_err(vm, e))?;
            decode_text(vm, b)?
        }
        Some(n) => {
            // Read line by line until `n` characters are gathered.
            let mut out = String::new();
            let mut count = 0;
            while count < n {
                let line = read_text_line(vm, f, Some(n - count))?;
                if line.is_empty() {
                    break;
                }
                count += line.chars().count();
                out.push_str(&line);
            }
            out
        }
    };
    Ok(vm.new_str(s))
}

fn file_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "readline", 1, 2)?;
    let this = a[0].clone();
    let f = this_file(vm, &this)?;
    check_access(vm, f, Access::Read, "readline")?;
    let limit = size_arg(vm, a.get(1))?;
    if f.binary {
        let r = match &mut *f.handle.borrow_mut() {
            Handle::File(d) => d.read_line_bytes(limit),
            Handle::Raw(v) => raw_readline(v, limit),
            _ => Ok(Vec::new()),
        };
        let b = r.map_err(|e| io_err(vm, e))?;
        return Ok(vm.new_bytes(b));
    }
    let s = read_text_line(vm, f, limit)?;
    Ok(vm.new_str(s))
}

fn next_line(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
    let f = this_file(vm, this)?;
    check_access(vm, f, Access::Read, "read")?;
    if f.binary {
        let r = match &mut *f.handle.borrow_mut() {
            Handle::File(d) => d.read_line_bytes(None),
            Handle::Raw(v) => raw_readline(v, None),
            _ => Ok(Vec::new()),
        };
        let b = r.map_err(|e| io_err(vm, e))?;
        if b.is_empty() {
            return Ok(None);
        }
        return Ok(Some(vm.new_bytes(b)));
    }
    let s = read_text_line(vm, f, None)?;
    if s.is_empty() {
        return Ok(None);
    }
    Ok(Some(vm.new_str(s)))
}

fn file_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "readlines", 1, 2)?;
    let this = a[0].clone();
    let hint = size_arg(vm, a.get(1))?;
    let mut out = Vec::new();
    let mut total = 0usize;
    while let Some(line) = next_line(vm, &this)? {
        total += vm.len(&line)?;
        out.push(line);
        if let Some(h) = hint {
            if h > 0 && total >= h {
                break;
            }
        }
    }
    Ok(vm.new_list(out))
}

fn file_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__iter__")?;
    let f = this_file(vm, &this)?;
    if matches!(&*f.handle.borrow(), Handle::Closed) {
        return Err(closed_error(vm));
    }
    Ok(this)
}

fn file_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__next__")?;
    match next_line(vm, &this)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::NONE)),
    }
}

fn file_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::NONE);
    let f = this_file(vm, &this)?;
    if matches!(&*f.handle.borrow(), Handle::Closed) {
        return Err(closed_error(vm));
    }
    Ok(this)
}

fn file_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::NONE);
    file_close(vm, Args::new([this]))?;
    Ok(Value::NONE)
}

fn file_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "seek", 2, 3)?;
    let f = this_file(vm, &a[0])?;
    let Some(off) = vm.index_value(&a[1])? else {
        let tn = vm.type_name(&a[1]);
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            tn
        )));
    };
    let whence = match a.get(2) {
        Some(w) => vm.index_value(w)?.unwrap_or(0),
        None => 0,
    };
    let pos = match whence {
        0 => {
            if off < 0 {
                return Err(vm.value_error(format!("negative seek position {}", off)));
            }
            SeekFrom::Start(off as u64)
        }
        1 => SeekFrom::Current(off),
        2 => SeekFrom::End(off),
        w => return Err(vm.value_error(format!("invalid whence ({}, should be 0, 1 or 2)", w))),
    };
    if !f.binary && whence != 0 && off != 0 {
        return Err(unsupported(
            vm,
            if whence == 1 {
                "can't do nonzero cur-relative seeks"
            } else {
                "can't do nonzero end-relative seeks"
            },
        ));
    }
    let r = match &mut *f.handle.borrow_mut() {
        Handle::File(d) => {
            if let SeekFrom::Current(o) = pos {
                // Relative to the logical position, not the read-ahead.
                d.tell()
                    .and_then(|p| d.seek(SeekFrom::Start((p as i64 + o).max(0) as u64)))
            } else {
                d.seek(pos)
            }
        }
        Handle::Closed => return Err(closed_error(vm)),
        _ => return Err(unsupported(vm, "underlying stream is not seekable")),
    };
    let p = r.map_err(|e| io_err(vm, e))?;
    Ok(vm.new_int(p as i64))
}

fn file_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "tell")?;
    let f = this_file(vm, &this)?;
    let r = match &mut *f.handle.borrow_mut() {
        Handle::File(d) => d.tell(),
        Handle::Closed => return Err(closed_error(vm)),
        _ => return Err(vm.os_error("[Errno 29] Illegal seek")),
    };
    let p = r.map_err(|e| io_err(vm, e))?;
    Ok(vm.new_int(p as i64))
}

fn file_truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "truncate", 1, 2)?;
    let f = this_file(vm, &a[0])?;
    check_access(vm, f, Access::Write, "truncate")?;
    let size = match a.get(1) {
        Some(v) if !v.is_none() => vm.index_value(v)?,
        _ => None,
    };
    let r = match &mut *f.handle.borrow_mut() {
        Handle::File(d) => (|| {
            let pos = d.tell()?;
            d.flush_writes()?;
            d.drop_readahead()?;
            let sz = size.map(|s| s.max(0) as u64).unwrap_or(pos);
            d.file.set_len(sz)?;
            Ok(sz)
        })(),
        _ => return Err(unsupported(vm, "truncate")),
    };
    let p = r.map_err(|e| io_err(vm, e))?;
    Ok(vm.new_int(p as i64))
}

fn can(vm: &mut Vm, args: Args, access: Option<Access>, name: &str) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, name)?;
    let f = this_file(vm, &this)?;
    let r = match &*f.handle.borrow() {
        Handle::Closed => None,
        Handle::Stdout(_) | Handle::Stderr(_) => Some(access == Some(Access::Write)),
        Handle::Stdin(_) => Some(access == Some(Access::Read)),
        Handle::File(d) => Some(match access {
            Some(Access::Read) => d.readable,
            Some(Access::Write) => d.writable,
            None => true,
        }),
        Handle::Raw(v) => Some(match access {
            Some(a) => raw_access(v, a),
            None => false,
        }),
    };
    match r {
        Some(b) => Ok(Value::bool(b)),
        None => Err(closed_error(vm)),
    }
}

fn file_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    can(vm, args, Some(Access::Read), "readable")
}
fn file_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    can(vm, args, Some(Access::Write), "writable")
}
fn file_seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    can(vm, args, None, "seekable")
}

fn file_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "isatty")?;
    let f = this_file(vm, &this)?;
    use std::io::IsTerminal;
    let r = match &*f.handle.borrow() {
        Handle::Stdout(_) => std::io::stdout().is_terminal(),
        Handle::Stderr(_) => std::io::stderr().is_terminal(),
        Handle::Stdin(_) => std::io::stdin().is_terminal(),
        Handle::File(_) | Handle::Raw(_) => false,
        Handle::Closed => return Err(closed_error(vm)),
    };
    Ok(Value::bool(r))
}

fn file_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "fileno")?;
    let f = this_file(vm, &this)?;
    let inner = match &*f.handle.borrow() {
        Handle::Raw(v) => Some(v.clone()),
        _ => None,
    };
    if let Some(v) = inner {
        return file_fileno(vm, Args::new([v]));
    }
    let r = match &*f.handle.borrow() {
        Handle::Raw(_) => -1,
        Handle::Stdin(_) => 0,
        Handle::Stdout(_) => 1,
        Handle::Stderr(_) => 2,
        Handle::File(d) => {
            use std::os::fd::AsRawFd;
            d.file.as_raw_fd() as i64
        }
        Handle::Closed => return Err(closed_error(vm)),
    };
    Ok(vm.new_int(r))
}

fn file_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let f = this_file(vm, &this)?;
    let cls = vm.type_of(&this);
    let cname = class::class_name(&cls);
    let name = protocol_str_repr(&f.name);
    if f.binary {
        return Ok(vm.new_str(format!("<_io.{} name={}>", cname, name)));
    }
    Ok(vm.new_str(format!(
        "<_io.{} name={} mode={} encoding={}>",
        cname,
        name,
        protocol_str_repr(&f.mode),
        protocol_str_repr(&f.encoding)
    )))
}

fn protocol_str_repr(s: &str) -> String {
    crate::protocol::repr::str_repr(s)
}

fn file_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = this_file(vm, v)?;
    Ok(vm.new_str(f.name.as_str()))
}

fn file_mode(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = this_file(vm, v)?;
    Ok(vm.new_str(f.mode.as_str()))
}

fn file_encoding(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = this_file(vm, v)?;
    if f.binary {
        return Err(vm.no_attribute(v, "encoding"));
    }
    Ok(vm.new_str(f.encoding.as_str()))
}

fn file_errors(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = this_file(vm, v)?;
    if f.binary {
        return Err(vm.no_attribute(v, "errors"));
    }
    Ok(vm.new_str("strict"))
}

/// `sys.stdout.buffer` and friends: a binary view over a standard stream.
fn file_buffer(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = this_file(vm, v)?;
    let (cls, mode) = match &*f.handle.borrow() {
        Handle::Stdin(_) => (vm.t.buffered_io.clone(), "rb"),
        Handle::Stdout(_) | Handle::Stderr(_) => (io_class(0), "wb"),
        _ => return Err(vm.no_attribute(v, "buffer")),
    };
    Ok(heap::alloc(
        &cls,
        FileData {
            handle: RefCell::new(Handle::Raw(v.clone())),
            name: f.name.clone(),
            mode: mode.into(),
            binary: true,
            encoding: String::new(),
        },
    ))
}

/// Parse an `open()` mode string: (read, write, append, create-exclusive, plus, binary).
struct ModeFlags {
    read: bool,
    write: bool,
    append: bool,
    excl: bool,
    plus: bool,
    binary: bool,
}

fn parse_mode(vm: &mut Vm, mode: &str) -> PyResult<ModeFlags> {
    let mut m = ModeFlags {
        read: false,
        write: false,
        append: false,
        excl: false,
        plus: false,
        binary: false,
    };
    let mut text = false;
    let mut seen = String::new();
    for c in mode.chars() {
        if seen.contains(c) || !"rwaxbt+U".contains(c) {
            return Err(vm.value_error(format!("invalid mode: '{}'", mode)));
        }
        seen.push(c);
        match c {
            'r' => m.read = true,
            'w' => m.write = true,
            'a' => m.append = true,
            'x' => m.excl = true,
            '+' => m.plus = true,
            'b' => m.binary = true,
            't' => text = true,
            _ => m.read = true,
        }
    }
    if text && m.binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let n = [m.read, m.write, m.append, m.excl]
        .iter()
        .filter(|b| **b)
        .count();
    if n > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    if n == 0 {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    Ok(m)
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`.
pub fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [file, mode, buffering, encoding, errors, newline, closefd, opener] = args.bind(
        vm,
        "open",
        [
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        0,
        8,
        1,
    )?;
    let _ = (buffering, closefd, opener);
    let name = match file.downcast_ref::<StrData>() {
        Some(s) => s.as_str().to_string(),
        None => {
            if let Some(b) = file.downcast_ref::<BytesData>() {
                String::from_utf8_lossy(&b.bytes).into_owned()
            } else {
                let tn = vm.type_name(&file);
                return Err(vm.type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    tn
                )));
            }
        }
    };
    let mode_s = match opt(mode) {
        None => "r".to_string(),
        Some(m) => match m.downcast_ref::<StrData>() {
            Some(s) => s.as_str().to_string(),
            None => {
                let tn = vm.type_name(&m);
                return Err(
                    vm.type_error(format!("open() argument 'mode' must be str, not {}", tn))
                );
            }
        },
    };
    let m = parse_mode(vm, &mode_s)?;
    for (v, what) in [
        (&encoding, "encoding"),
        (&errors, "errors"),
        (&newline, "newline"),
    ] {
        if m.binary && !v.is_null() && !v.is_none() {
            return Err(vm.value_error(format!("binary mode doesn't take an {} argument", what)));
        }
    }
    let mut enc_name = "UTF-8".to_string();
    if let Some(enc) = opt(encoding).filter(|e| !e.is_none()) {
        if let Some(s) = enc.downcast_ref::<StrData>() {
            enc_name = s.as_str().to_string();
            let e = s.as_str().to_ascii_lowercase().replace(['-', '_'], "");
            if !matches!(e.as_str(), "utf8" | "ascii" | "latin1" | "usascii") {
                return Err(vm.lookup_error(format!("unknown encoding: {}", s.as_str())));
            }
        }
    }
    let mut oo = std::fs::OpenOptions::new();
    let readable = m.read || m.plus;
    let writable = m.write || m.append || m.excl || m.plus;
    oo.read(readable);
    if m.write {
        oo.write(true).create(true).truncate(true);
    } else if m.append {
        oo.append(true).create(true);
    } else if m.excl {
        oo.write(true).create_new(true);
    } else if m.plus {
        oo.write(true);
    }
    let fh = match oo.open(&name) {
        Ok(f) => f,
        Err(e) => return Err(vm.os_error_from(&e, Some(&name))),
    };
    if fh.metadata().map(|md| md.is_dir()).unwrap_or(false) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(vm.os_error_from(&e, Some(&name)));
    }
    let disk = DiskFile {
        file: fh,
        rbuf: Vec::new(),
        rpos: 0,
        wbuf: Vec::new(),
        readable,
        writable,
        eof: false,
    };
    let cls = if !m.binary {
        vm.t.text_io.clone()
    } else if m.plus {
        io_class(1)
    } else if writable {
        io_class(0)
    } else {
        vm.t.buffered_io.clone()
    };
    let mode_attr = if m.binary {
        // CPython's buffered objects report the normalised mode.
        let mut s = String::new();
        if m.excl {
            s.push('x');
        } else if m.write {
            s.push('w');
        } else if m.append {
            s.push('a');
        } else if m.plus {
            s.push('r');
        } else {
            s.push('r');
        }
        s.push('b');
        if m.plus {
            s.push('+');
        }
        s
    } else {
        mode_s
    };
    Ok(heap::alloc(
        &cls,
        FileData {
            handle: RefCell::new(Handle::File(Box::new(disk))),
            name,
            mode: mode_attr,
            binary: m.binary,
            encoding: enc_name,
        },
    ))
}

fn make_class(vm: &mut Vm, name: &str, bases: Vec<Value>, layout: Layout) -> Value {
    let mro = class::c3_mro(vm, &bases).unwrap_or_default();
    let d = vm.new_dict();
    let c = class::new_class_object(
        vm,
        &vm.t.type_.clone(),
        name,
        bases,
        mro,
        d,
        layout,
        class::class_flags::BASETYPE,
    );
    heap::make_immortal(&c);
    c
}

fn add_file_methods(vm: &mut Vm, c: &Value) {
    vm.add_method(c, "write", file_write);
    vm.add_method(c, "writelines", file_writelines);
    vm.add_method(c, "flush", file_flush);
    vm.add_method(c, "readline", file_readline);
    vm.add_method(c, "readlines", file_readlines);
    vm.add_method(c, "read", file_read);
    vm.add_method(c, "close", file_close);
    vm.add_method(c, "seek", file_seek);
    vm.add_method(c, "tell", file_tell);
    vm.add_method(c, "truncate", file_truncate);
    vm.add_method(c, "readable", file_readable);
    vm.add_method(c, "writable", file_writable);
    vm.add_method(c, "seekable", file_seekable);
    vm.add_method(c, "isatty", file_isatty);
    vm.add_method(c, "fileno", file_fileno);
    vm.add_method(c, "__iter__", file_iter);
    vm.add_method(c, "__next__", file_next);
    vm.add_method(c, "__enter__", file_enter);
    vm.add_method(c, "__exit__", file_exit);
    vm.add_method(c, "__repr__", file_repr);
    vm.add_getset(c, "closed", file_closed, None);
    vm.add_getset(c, "name", file_name, None);
    vm.add_getset(c, "mode", file_mode, None);
    let m = vm.intern("_io");
    vm.add_class_attr(c, "__module__", m);
}

pub fn init(vm: &mut Vm) {
    let writer = make_class(
        vm,
        "BufferedWriter",
        vec![vm.t.object.clone()],
        Layout::Builtin,
    );
    let random = make_class(
        vm,
        "BufferedRandom",
        vec![vm.t.object.clone()],
        Layout::Builtin,
    );
    let unsupported = make_class(
        vm,
        "UnsupportedOperation",
        vec![vm.t.os_error.clone(), vm.t.value_error.clone()],
        Layout::Exception,
    );
    let m = vm.intern("io");
    vm.add_class_attr(&unsupported, "__module__", m);
    IO_CLASSES.with(|c| *c.borrow_mut() = vec![writer.clone(), random.clone(), unsupported]);

    let text = vm.t.text_io.clone();
    add_file_methods(vm, &text);
    vm.add_getset(&text, "encoding", file_encoding, None);
    vm.add_getset(&text, "errors", file_errors, None);
    vm.add_getset(&text, "buffer", file_buffer, None);
    for c in [vm.t.buffered_io.clone(), writer, random] {
        add_file_methods(vm, &c);
    }

    let ose = vm.t.os_error.clone();
    vm.add_method(&ose, "__init__", os_error_init);
    crate::types::object::add_new(vm, &ose, "OSError", os_error_new);
    vm.add_method(&ose, "__str__", os_error_str);
    vm.add_getset(&ose, "errno", get_errno, Some(set_errno));
    vm.add_getset(&ose, "strerror", get_strerror, Some(set_strerror));
    vm.add_getset(&ose, "filename", get_filename, Some(set_filename));
    vm.add_getset(&ose, "filename2", get_filename2, Some(set_filename2));
    crate::builtins::add_function(vm, "open", open);
}
