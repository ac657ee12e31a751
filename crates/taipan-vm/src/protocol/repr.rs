//! `repr()`, `str()`, `ascii()`, `format()`: native renderings of builtin values
//! (with the `[...]` guard for self-containing containers), else the class's
//! `__repr__`/`__str__`/`__format__`.

use crate::args::Args;
use crate::errors::PyResult;
use crate::heap::ObjKind;
use crate::types::bytes::{ByteArrayData, BytesData};
use crate::types::class::ClassData;
use crate::types::complex::ComplexData;
use crate::types::dict::{DictData, DictViewData, ViewKind};
use crate::types::int::BigIntData;
use crate::types::list::ListData;
use crate::types::range::RangeData;
use crate::types::set::SetData;
use crate::types::slice::SliceData;
use crate::types::str::StrData;
use crate::types::tuple::TupleData;
use crate::value::{Imm, Value};
use crate::vm::Vm;

/// `repr(str)`: CPython's quoting rules (prefer single quotes, escape the rest).
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{:02x}", n));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{:04x}", n));
                } else {
                    out.push_str(&format!("\\U{:08x}", n));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Approximation of Python's `str.isprintable` per character (Unicode categories
/// Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs other than space are not printable).
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if n < 0x20 || (0x7f..0xa0).contains(&n) {
        return false;
    }
    if n == 0xa0 || n == 0xad {
        return false;
    }
    if matches!(n, 0x2028 | 0x2029 | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x2064 | 0xfeff | 0xfff9..=0xfffb)
    {
        return false;
    }
    if matches!(n, 0x1680 | 0x2000..=0x200a | 0x202f | 0x205f | 0x3000) {
        return false;
    }
    if (0xe000..=0xf8ff).contains(&n) || n >= 0xf0000 || (0xd800..=0xdfff).contains(&n) {
        return false;
    }
    true
}

/// `repr(bytes)`.
pub fn bytes_repr(b: &[u8]) -> String {
    bytes_repr_quoted(b, false)
}

/// `repr` of bytes content; bytearray's repr escapes `'` even inside `"` quotes.
pub fn bytes_repr_quoted(b: &[u8], always_escape_single: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote || (always_escape_single && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out
}

pub fn float_repr(f: f64) -> String {
    taipan_format::float_repr(f)
}

impl Vm {
    /// `repr(v)` as a str object.
    pub fn repr(&mut self, v: &Value) -> PyResult<Value> {
        let s = self.repr_string(v)?;
        Ok(self.new_str(s))
    }

    /// `repr(v)` as a Rust string.
    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        if let Some(s) = self.native_repr(v)? {
            return Ok(s);
        }
        let name = self.n.__repr__.clone();
        let m = self.lookup_special(v, &name);
        let r = match m {
            Some(m) => self.call_method_value(&m, v, Args::default())?,
            None => return Ok(self.default_repr(v)),
        };
        match r.downcast_ref::<StrData>() {
            Some(s) => Ok(s.as_str().to_string()),
            None => {
                let tn = self.type_name(&r);
                Err(self.type_error(format!("__repr__ returned non-string (type {})", tn)))
            }
        }
    }

    /// `<module.Class object at 0x...>`.
    pub fn default_repr(&mut self, v: &Value) -> String {
        let cls = self.type_of(v);
        let qual = cls
            .downcast_ref::<ClassData>()
            .map(|c| c.qualname.borrow().clone())
            .unwrap_or_default();
        let module = self.class_module(&cls);
        let addr = v.raw_bits() & 0xFFFF_FFFF_FFFF;
        if module == "builtins" {
            format!("<{} object at {:#x}>", qual, addr)
        } else {
            format!("<{}.{} object at {:#x}>", module, qual, addr)
        }
    }

    pub fn class_module(&mut self, cls: &Value) -> String {
        let key = self.n.__module__.clone();
        cls.downcast_ref::<ClassData>()
            .and_then(|c| c.dict().get_str(self, &key))
            .and_then(|m| m.downcast_ref::<StrData>().map(|s| s.as_str().to_string()))
            .unwrap_or_else(|| "builtins".to_string())
    }

    /// Repr of values whose class is exactly a builtin (no Python code, except for
    /// container items).
    fn native_repr(&mut self, v: &Value) -> PyResult<Option<String>> {
        match v.imm() {
            Imm::Int(i) => return Ok(Some(i.to_string())),
            Imm::Float(f) => return Ok(Some(float_repr(f))),
            Imm::Bool(b) => return Ok(Some(if b { "True" } else { "False" }.into())),
            Imm::None => return Ok(Some("None".into())),
            Imm::NotImplemented => return Ok(Some("NotImplemented".into())),
            Imm::Ellipsis => return Ok(Some("Ellipsis".into())),
            Imm::Null => return Ok(Some("<NULL>".into())),
            Imm::Heap => {}
        }
        let Some(kind) = v.kind() else {
            return Ok(None);
        };
        // Only exact builtin classes render natively; subclasses use their __repr__.
        let cls = self.type_of(v);
        let exact = |t: &Value| cls.is(t);
        let r = match kind {
            ObjKind::Str if exact(&self.t.str) => {
                str_repr(v.downcast_ref::<StrData>().unwrap().as_str())
            }
            ObjKind::Int if exact(&self.t.int) => {
                let b = &v.downcast_ref::<BigIntData>().unwrap().0;
                // 3.11's int-to-str limit (sys.get_int_max_str_digits(), default 4300).
                if b.bits() > 14_000 {
                    let s = b.to_string();
                    let digits = s.trim_start_matches('-').len();
                    if digits > taipan_format::DEFAULT_MAX_STR_DIGITS {
                        return Err(self.value_error(format!(
                            "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                            taipan_format::DEFAULT_MAX_STR_DIGITS
                        )));
                    }
                    s
                } else {
                    b.to_string()
                }
            }
            ObjKind::Complex if exact(&self.t.complex) => {
                let c = v.downcast_ref::<ComplexData>().unwrap();
                taipan_format::complex_repr(c.re, c.im)
            }
            ObjKind::Bytes if exact(&self.t.bytes) => {
                bytes_repr(&v.downcast_ref::<BytesData>().unwrap().bytes)
            }
            ObjKind::ByteArray if exact(&self.t.bytearray) => {
                format!(
                    "bytearray({})",
                    bytes_repr_quoted(
                        &v.downcast_ref::<ByteArrayData>().unwrap().bytes.borrow(),
                        true
                    )
                )
            }
            ObjKind::List if exact(&self.t.list) => {
                let items = v.downcast_ref::<ListData>().unwrap().to_vec();
                match self.repr_enter(v) {
                    false => "[...]".into(),
                    true => {
                        let r = self.join_reprs(&items);
                        self.repr_leave(v);
                        format!("[{}]", r?)
                    }
                }
            }
            ObjKind::Tuple if exact(&self.t.tuple) => {
                let items = v.downcast_ref::<TupleData>().unwrap().as_slice().to_vec();
                self.check_stack()?;
                let r = self.join_reprs(&items)?;
                if items.len() == 1 {
                    format!("({},)", r)
                } else {
                    format!("({})", r)
                }
            }
            ObjKind::Dict if exact(&self.t.dict) => {
                let items = v.downcast_ref::<DictData>().unwrap().items();
                if !self.repr_enter(v) {
                    return Ok(Some("{...}".into()));
                }
                let r = self.dict_items_repr(&items);
                self.repr_leave(v);
                format!("{{{}}}", r?)
            }
            ObjKind::Set if exact(&self.t.set) || exact(&self.t.frozenset) => {
                let keys = v.downcast_ref::<SetData>().unwrap().table.keys();
                let frozen = exact(&self.t.frozenset);
                let name = if frozen { "frozenset" } else { "set" };
                if keys.is_empty() {
                    format!("{}()", name)
                } else {
                    if !self.repr_enter(v) {
                        return Ok(Some(format!("{}(...)", name)));
                    }
                    let r = self.join_reprs(&keys);
                    self.repr_leave(v);
                    if frozen {
                        format!("frozenset({{{}}})", r?)
                    } else {
                        format!("{{{}}}", r?)
                    }
                }
            }
            ObjKind::Range => {
                let r = v.downcast_ref::<RangeData>().unwrap();
                let (start, stop, step) = r.parts();
                if step == num_bigint::BigInt::from(1) {
                    format!("range({}, {})", start, stop)
                } else {
                    format!("range({}, {}, {})", start, stop, step)
                }
            }
            ObjKind::Slice => {
                let s = v.downcast_ref::<SliceData>().unwrap();
                let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
                format!(
                    "slice({}, {}, {})",
                    self.repr_string(&a)?,
                    self.repr_string(&b)?,
                    self.repr_string(&c)?
                )
            }
            ObjKind::Member => {
                let m = v
                    .downcast_ref::<crate::types::descriptor::MemberData>()
                    .unwrap();
                let n = m
                    .name
                    .downcast_ref::<StrData>()
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default();
                format!(
                    "<member '{}' of '{}' objects>",
                    n,
                    crate::types::class::class_name(&m.owner)
                )
            }
            ObjKind::DictView => {
                let dv = v.downcast_ref::<DictViewData>().unwrap();
                let d = dv.dict.downcast_ref::<DictData>().unwrap();
                let (name, body) = match dv.kind {
                    ViewKind::Keys => ("dict_keys", self.join_reprs(&d.keys())?),
                    ViewKind::Values => ("dict_values", self.join_reprs(&d.values())?),
                    ViewKind::Items => {
                        let items: Vec<Value> = d
                            .items()
                            .into_iter()
                            .map(|(k, v)| self.new_tuple(vec![k, v]))
                            .collect();
                        ("dict_items", self.join_reprs(&items)?)
                    }
                };
                format!("{}([{}])", name, body)
            }
            _ => return Ok(None),
        };
        Ok(Some(r))
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        self.check_stack()?;
        let mut parts = Vec::with_capacity(items.len());
        for it in items {
            parts.push(self.repr_string(it)?);
        }
        Ok(parts.join(", "))
    }

    fn dict_items_repr(&mut self, items: &[(Value, Value)]) -> PyResult<String> {
        self.check_stack()?;
        let mut parts = Vec::with_capacity(items.len());
        for (k, v) in items {
            let ks = self.repr_string(k)?;
            let vs = self.repr_string(v)?;
            parts.push(format!("{}: {}", ks, vs));
        }
        Ok(parts.join(", "))
    }

    /// Recursion guard for container reprs (`Py_ReprEnter`): false if already inside.
    fn repr_enter(&mut self, v: &Value) -> bool {
        let bits = v.raw_bits();
        if self.repr_stack.contains(&bits) {
            return false;
        }
        self.repr_stack.push(bits);
        true
    }
    fn repr_leave(&mut self, v: &Value) {
        let bits = v.raw_bits();
        if let Some(i) = self.repr_stack.iter().rposition(|b| *b == bits) {
            self.repr_stack.remove(i);
        }
    }

    /// `str(v)` as a str object.
    pub fn str(&mut self, v: &Value) -> PyResult<Value> {
        if v.kind() == Some(ObjKind::Str) && self.type_of(v).is(&self.t.str) {
            return Ok(v.clone());
        }
        let name = self.n.__str__.clone();
        match self.lookup_special(v, &name) {
            Some(m) => {
                let r = self.call_method_value(&m, v, Args::default())?;
                if r.downcast_ref::<StrData>().is_none() {
                    let tn = self.type_name(&r);
                    return Err(
                        self.type_error(format!("__str__ returned non-string (type {})", tn))
                    );
                }
                Ok(r)
            }
            None => self.repr(v),
        }
    }

    /// `str(v)` as a Rust string.
    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        let s = self.str(v)?;
        Ok(s.downcast_ref::<StrData>()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default())
    }

    /// `ascii(v)`.
    pub fn ascii(&mut self, v: &Value) -> PyResult<Value> {
        let r = self.repr_string(v)?;
        let mut out = String::with_capacity(r.len());
        for c in r.chars() {
            let n = c as u32;
            if n < 0x80 {
                out.push(c);
            } else if n <= 0xff {
                out.push_str(&format!("\\x{:02x}", n));
            } else if n <= 0xffff {
                out.push_str(&format!("\\u{:04x}", n));
            } else {
                out.push_str(&format!("\\U{:08x}", n));
            }
        }
        Ok(self.new_str(out))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &Value) -> PyResult<Value> {
        let name = self.n.__format__.clone();
        match self.lookup_special(v, &name) {
            Some(m) => {
                let r = self.call_method_value(&m, v, Args::new([spec.clone()]))?;
                if r.downcast_ref::<StrData>().is_none() {
                    let tn = self.type_name(&r);
                    return Err(
                        self.type_error(format!("__format__ must return a str, not {}", tn))
                    );
                }
                Ok(r)
            }
            None => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("Type {} doesn't define __format__", tn)))
            }
        }
    }

    /// Interactive mode: print the value of an expression statement.
    pub fn display_hook(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let r = self.repr_string(&v)?;
        self.write_stdout(&format!("{}\n", r))?;
        let key = self.intern("_");
        self.builtins
            .downcast_ref::<DictData>()
            .unwrap()
            .set_str(key, v);
        Ok(())
    }
}
