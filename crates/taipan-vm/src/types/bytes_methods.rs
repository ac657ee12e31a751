//! `bytes` and `bytearray` methods (CPython's `Objects/bytesobject.c`,
//! `bytearrayobject.c`, `bytes_methods.c`): constructors, the read-only methods
//! shared by both types, bytearray mutation, `bytes % args`.

use std::cell::RefCell;

use crate::args::Args;
use crate::errors::{PyErr, PyResult};
use crate::heap::{self, ObjKind};
use crate::types::bytes::{ByteArrayData, BytesData};
use crate::types::function::{MethodKind, NativeFn};
use crate::types::native_dunders::wrap_native;
use crate::types::object::add_new;
use crate::types::slice::SliceData;
use crate::types::str_methods::{
    adjust, arg_index, bind_kw, codec, noargs, one_arg, slice_arg, str_of,
};
use crate::types::tuple::TupleData;
use crate::value::Value;
use crate::vm::Vm;

pub fn new_bytearray(vm: &mut Vm, v: Vec<u8>) -> Value {
    heap::alloc(
        &vm.t.bytearray,
        ByteArrayData {
            bytes: RefCell::new(v),
        },
    )
}

// ----- helpers ------------------------------------------------------------------------

/// The bytes of a bytes/bytearray (or an instance of a subclass of one).
fn bytes_of(vm: &Vm, v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = vm.bytes_like(v) {
        return Some(b);
    }
    let n = vm.native_of(v);
    vm.bytes_like(&n)
}

/// `self` of a bytes/bytearray method: (contents, is bytearray).
fn this(vm: &mut Vm, args: &mut Args, name: &str) -> PyResult<(Vec<u8>, bool)> {
    if args.pos.is_empty() {
        return Err(vm.type_error(format!("unbound method bytes.{}() needs an argument", name)));
    }
    let v = args.pos.remove(0);
    let n = vm.native_of(&v);
    match (
        n.downcast_ref::<BytesData>(),
        n.downcast_ref::<ByteArrayData>(),
    ) {
        (Some(b), _) => Ok((b.bytes.to_vec(), false)),
        (_, Some(b)) => Ok((b.bytes.borrow().clone(), true)),
        _ => {
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!(
                "descriptor '{}' for 'bytes' objects doesn't apply to a '{}' object",
                name, tn
            )))
        }
    }
}

fn mk(vm: &mut Vm, is_ba: bool, v: Vec<u8>) -> Value {
    if is_ba {
        new_bytearray(vm, v)
    } else {
        vm.new_bytes(v)
    }
}

/// An argument that must be bytes-like: "a bytes-like object is required, not 'str'".
fn arg_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match bytes_of(vm, v) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{}'", tn)))
        }
    }
}

fn byte_value(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<u8> {
    let i = arg_index(vm, v)?;
    if !(0..256).contains(&i) {
        return Err(vm.value_error(msg.to_string()));
    }
    Ok(i as u8)
}

/// A sub-sequence argument of find & co.: an int byte or bytes-like.
fn arg_sub(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(vm, v) {
        return Ok(b);
    }
    if crate::protocol::hash::int_of(v).is_some() || v.kind() == Some(ObjKind::Instance) {
        if let Ok(Some(i)) = vm.index_value(v) {
            if !(0..256).contains(&i) {
                return Err(vm.value_error("byte must be in range(0, 256)"));
            }
            return Ok(vec![i as u8]);
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        tn
    )))
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn find_sub(hay: &[u8], needle: &[u8], rev: bool) -> Option<usize> {
    if needle.is_empty() {
        return Some(if rev { hay.len() } else { 0 });
    }
    if needle.len() > hay.len() {
        return None;
    }
    if rev {
        (0..=hay.len() - needle.len())
            .rev()
            .find(|&i| &hay[i..i + needle.len()] == needle)
    } else {
        (0..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
    }
}

fn count_sub(hay: &[u8], needle: &[u8]) -> usize {
    if needle.is_empty() {
        return hay.len() + 1;
    }
    let mut n = 0;
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        if &hay[i..i + needle.len()] == needle {
            n += 1;
            i += needle.len();
        } else {
            i += 1;
        }
    }
    n
}

fn split_on(s: &[u8], sep: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut count = if maxsplit < 0 { i64::MAX } else { maxsplit };
    while count > 0 {
        match find_sub(rest, sep, false) {
            Some(p) => {
                out.push(rest[..p].to_vec());
                rest = &rest[p + sep.len()..];
                count -= 1;
            }
            None => break,
        }
    }
    out.push(rest.to_vec());
    out
}

fn rsplit_on(s: &[u8], sep: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut count = if maxsplit < 0 { i64::MAX } else { maxsplit };
    while count > 0 {
        match find_sub(rest, sep, true) {
            Some(p) => {
                out.push(rest[p + sep.len()..].to_vec());
                rest = &rest[..p];
                count -= 1;
            }
            None => break,
        }
    }
    out.push(rest.to_vec());
    out.reverse();
    out
}

fn split_ws(s: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let n = s.len();
    let mut out = Vec::new();
    let mut i = 0;
    let mut count = if maxsplit < 0 { i64::MAX } else { maxsplit };
    while count > 0 {
        while i < n && is_space(s[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        let j = i;
        while i < n && !is_space(s[i]) {
            i += 1;
        }
        out.push(s[j..i].to_vec());
        count -= 1;
    }
    if i < n {
        while i < n && is_space(s[i]) {
            i += 1;
        }
        if i != n {
            out.push(s[i..].to_vec());
        }
    }
    out
}

fn rsplit_ws(s: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = s.len();
    let mut count = if maxsplit < 0 { i64::MAX } else { maxsplit };
    while count > 0 {
        while i > 0 && is_space(s[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        let j = i;
        while i > 0 && !is_space(s[i - 1]) {
            i -= 1;
        }
        out.push(s[i..j].to_vec());
        count -= 1;
    }
    if i > 0 {
        while i > 0 && is_space(s[i - 1]) {
            i -= 1;
        }
        if i != 0 {
            out.push(s[..i].to_vec());
        }
    }
    out.reverse();
    out
}

fn list_of(vm: &mut Vm, is_ba: bool, parts: Vec<Vec<u8>>) -> Value {
    let v = parts.into_iter().map(|p| mk(vm, is_ba, p)).collect();
    vm.new_list(v)
}

// ----- constructors -------------------------------------------------------------------

fn bind_new(vm: &mut Vm, mut args: Args, tname: &str) -> PyResult<(Value, Value, Value, Value)> {
    if args.pos.is_empty() {
        return Err(vm.type_error(format!("{}.__new__(): not enough arguments", tname)));
    }
    let cls = args.pos.remove(0);
    let n = args.len();
    if n > 3 {
        return Err(vm.type_error(format!(
            "{}() takes at most 3 arguments ({} given)",
            tname, n
        )));
    }
    let mut slots: [Value; 3] = [Value::NULL, Value::NULL, Value::NULL];
    for (i, v) in args.pos.into_iter().enumerate() {
        slots[i] = v;
    }
    for (k, v) in args.kw {
        let name = crate::args::kw_name(&k).to_string();
        let i = match name.as_str() {
            "source" => 0,
            "encoding" => 1,
            "errors" => 2,
            _ => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    name, tname
                )))
            }
        };
        slots[i] = v;
    }
    let [a, b, c] = slots;
    Ok((cls, a, b, c))
}

/// The contents for `bytes(source, encoding, errors)` / `bytearray(...)`.
fn bytes_from_source(
    vm: &mut Vm,
    src: &Value,
    enc: &Value,
    errs: &Value,
    tname: &str,
) -> PyResult<Vec<u8>> {
    let range_msg = if tname == "bytes" {
        "bytes must be in range(0, 256)"
    } else {
        "byte must be in range(0, 256)"
    };
    if src.is_null() {
        if !enc.is_null() || !errs.is_null() {
            return Err(vm.type_error(if !enc.is_null() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            }));
        }
        return Ok(Vec::new());
    }
    if let Some(s) = str_of(vm, src) {
        if enc.is_null() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let encoding = match str_of(vm, enc) {
            Some(e) => e,
            None => {
                let tn = vm.type_name(enc);
                return Err(vm.type_error(format!(
                    "{}() argument 'encoding' must be str, not {}",
                    tname, tn
                )));
            }
        };
        let errors = if errs.is_null() {
            "strict".to_string()
        } else {
            match str_of(vm, errs) {
                Some(e) => e,
                None => {
                    let tn = vm.type_name(errs);
                    return Err(vm.type_error(format!(
                        "{}() argument 'errors' must be str, not {}",
                        tname, tn
                    )));
                }
            }
        };
        return codec::encode(&s, &encoding, &errors).map_err(|e| {
            let sv = vm.new_str(s.clone());
            codec::raise(vm, e, &sv)
        });
    }
    if !enc.is_null() {
        if str_of(vm, enc).is_none() {
            let tn = vm.type_name(enc);
            return Err(vm.type_error(format!(
                "{}() argument 'encoding' must be str, not {}",
                tname, tn
            )));
        }
        return Err(vm.type_error("encoding without a string argument"));
    }
    if !errs.is_null() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if let Some(b) = bytes_of(vm, src) {
        return Ok(b);
    }
    if tname == "bytes" && src.kind() == Some(ObjKind::Instance) {
        let nm = vm.intern("__bytes__");
        if let Some(m) = vm.lookup_special(src, &nm) {
            let r = vm.call_method_value(&m, src, Args::default())?;
            return match bytes_of(vm, &r) {
                Some(b) => Ok(b),
                None => {
                    let tn = vm.type_name(&r);
                    Err(vm.type_error(format!("__bytes__ returned non-bytes (type {})", tn)))
                }
            };
        }
    }
    // An integer size.
    let is_intlike = crate::protocol::hash::int_of(src).is_some()
        || (src.kind() == Some(ObjKind::Instance) && {
            let nm = vm.n.__index__.clone();
            vm.lookup_special(src, &nm).is_some()
        });
    if is_intlike {
        let n = vm.index_value(src)?.unwrap_or(0);
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        if n as u64 > (1u64 << 40) {
            return Err(vm.memory_error(""));
        }
        return Ok(vec![0; n as usize]);
    }
    let it = match vm.get_iter(src) {
        Ok(it) => it,
        Err(_) => {
            let tn = vm.type_name(src);
            return Err(vm.type_error(format!("cannot convert '{}' object to {}", tn, tname)));
        }
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(byte_value(vm, &x, range_msg)?);
    }
    Ok(out)
}

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, src, enc, errs) = bind_new(vm, args, "bytes")?;
    let b = bytes_from_source(vm, &src, &enc, &errs, "bytes")?;
    let v = vm.new_bytes(b);
    let base = vm.t.bytes.clone();
    wrap_native(vm, &cls, &base, v)
}

fn bytearray_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, src, enc, errs) = bind_new(vm, args, "bytearray")?;
    let b = bytes_from_source(vm, &src, &enc, &errs, "bytearray")?;
    let v = new_bytearray(vm, b);
    let base = vm.t.bytearray.clone();
    wrap_native(vm, &cls, &base, v)
}

fn bytearray_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::NONE)
}

// ----- read-only methods ------------------------------------------------------------

fn b_decode(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (b, _) = this(vm, &mut args, "decode")?;
    let [enc, errs] = bind_kw::<2>(vm, args, "decode", ["encoding", "errors"])?;
    let encoding = if enc.is_null() {
        "utf-8".to_string()
    } else {
        match str_of(vm, &enc) {
            Some(s) => s,
            None => {
                let tn = vm.type_name(&enc);
                return Err(vm.type_error(format!(
                    "decode() argument 'encoding' must be str, not {}",
                    tn
                )));
            }
        }
    };
    let errors = if errs.is_null() {
        "strict".to_string()
    } else {
        match str_of(vm, &errs) {
            Some(s) => s,
            None => {
                let tn = vm.type_name(&errs);
                return Err(vm.type_error(format!(
                    "decode() argument 'errors' must be str, not {}",
                    tn
                )));
            }
        }
    };
    match codec::decode(&b, &encoding, &errors) {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => {
            let bv = vm.new_bytes(b);
            Err(codec::raise(vm, e, &bv))
        }
    }
}

fn b_hex(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (b, _) = this(vm, &mut args, "hex")?;
    let [sep, bps] = bind_kw::<2>(vm, args, "hex", ["sep", "bytes_per_sep"])?;
    let sep: Option<char> = if sep.is_null() || sep.is_none() {
        None
    } else {
        let chars: Vec<char> = if let Some(s) = str_of(vm, &sep) {
            s.chars().collect()
        } else if let Some(bs) = bytes_of(vm, &sep) {
            bs.iter().map(|&x| x as char).collect()
        } else {
            let tn = vm.type_name(&sep);
            return Err(vm.type_error(format!("object of type '{}' has no len()", tn)));
        };
        if chars.len() != 1 {
            return Err(vm.value_error("sep must be length 1."));
        }
        if !chars[0].is_ascii() {
            return Err(vm.value_error("sep must be ASCII."));
        }
        Some(chars[0])
    };
    let bps = if bps.is_null() {
        1
    } else {
        arg_index(vm, &bps)?
    };
    let hexes: Vec<String> = b.iter().map(|x| format!("{:02x}", x)).collect();
    let out = match sep {
        None => hexes.concat(),
        Some(_) if bps == 0 => hexes.concat(),
        Some(c) => {
            let g = bps.unsigned_abs() as usize;
            let n = hexes.len();
            let mut out = String::new();
            for (i, h) in hexes.iter().enumerate() {
                if i > 0 {
                    let boundary = if bps > 0 {
                        (n - i) % g == 0
                    } else {
                        i % g == 0
                    };
                    if boundary {
                        out.push(c);
                    }
                }
                out.push_str(h);
            }
            out
        }
    };
    Ok(vm.new_str(out))
}

fn b_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut args = args;
    if args.pos.is_empty() {
        return Err(vm.type_error("fromhex() needs a class"));
    }
    let cls = args.pos.remove(0);
    let qual = format!("{}.fromhex", crate::types::class::class_name(&cls));
    let s = one_arg(vm, args, &qual)?;
    let Some(s) = str_of(vm, &s) else {
        let tn = vm.type_name(&s);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {}", tn)));
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let err = |vm: &mut Vm, i: usize| -> PyErr {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {}",
            i
        ))
    };
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() || chars[i] == '\x0b' {
            i += 1;
            continue;
        }
        let Some(top) = chars[i].to_digit(16) else {
            return Err(err(vm, i));
        };
        i += 1;
        let Some(bot) = chars.get(i).and_then(|c| c.to_digit(16)) else {
            return Err(err(vm, i));
        };
        i += 1;
        out.push((top * 16 + bot) as u8);
    }
    let is_ba = cls.is(&vm.t.bytearray) || crate::types::class::is_subclass(&cls, &vm.t.bytearray);
    let v = mk(vm, is_ba, out);
    if cls.is(&vm.t.bytes) || cls.is(&vm.t.bytearray) {
        return Ok(v);
    }
    vm.call(&cls, Args::new([v]))
}

fn b_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.exact::<2>(vm, "maketrans")?;
    let from = arg_bytes(vm, &v[0])?;
    let to = arg_bytes(vm, &v[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (a, b) in from.iter().zip(to.iter()) {
        table[*a as usize] = *b;
    }
    Ok(vm.new_bytes(table))
}

fn b_translate(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (b, is_ba) = this(vm, &mut args, "translate")?;
    let [table, delete] = args.bind::<2>(vm, "translate", ["table", "delete"], 1, 2, 1)?;
    let table = if table.is_none() {
        None
    } else {
        let t = arg_bytes(vm, &table)?;
        if t.len() != 256 {
            return Err(vm.value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = if delete.is_null() {
        Vec::new()
    } else {
        arg_bytes(vm, &delete)?
    };
    let out: Vec<u8> = b
        .iter()
        .filter(|x| !delete.contains(x))
        .map(|&x| table.as_ref().map(|t| t[x as usize]).unwrap_or(x))
        .collect();
    Ok(mk(vm, is_ba, out))
}

fn find_args(
    vm: &mut Vm,
    mut args: Args,
    name: &str,
) -> PyResult<(Vec<u8>, bool, Value, Option<i64>, Option<i64>)> {
    let (b, is_ba) = this(vm, &mut args, name)?;
    args.no_kw(vm, name)?;
    let n = args.pos.len();
    if !(1..=3).contains(&n) {
        let msg = if n == 0 {
            format!("{} expected at least 1 argument, got 0", name)
        } else {
            format!("{} expected at most 3 arguments, got {}", name, n)
        };
        return Err(vm.type_error(msg));
    }
    let start = slice_arg(vm, args.pos.get(1))?;
    let end = slice_arg(vm, args.pos.get(2))?;
    Ok((b, is_ba, args.pos[0].clone(), start, end))
}

fn find_impl(vm: &mut Vm, args: Args, name: &str, rev: bool, raise: bool) -> PyResult<Value> {
    let (b, _, sub, start, end) = find_args(vm, args, name)?;
    let sub = arg_sub(vm, &sub)?;
    let n = b.len();
    let (start, end) = adjust(start, end, n);
    let r = if start > n || end < start || end - start < sub.len() {
        None
    } else {
        find_sub(&b[start..end], &sub, rev).map(|p| p + start)
    };
    match r {
        Some(i) => Ok(vm.new_usize(i)),
        None if raise => Err(vm.value_error("subsection not found")),
        None => Ok(vm.new_int(-1)),
    }
}

fn b_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "find", false, false)
}
fn b_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "rfind", true, false)
}
fn b_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "index", false, true)
}
fn b_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "rindex", true, true)
}

fn b_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _, sub, start, end) = find_args(vm, args, "count")?;
    let sub = arg_sub(vm, &sub)?;
    let n = b.len();
    let (start, end) = adjust(start, end, n);
    if start > n || end < start {
        return Ok(vm.new_int(0));
    }
    Ok(vm.new_usize(count_sub(&b[start..end], &sub)))
}

fn starts_ends(vm: &mut Vm, args: Args, name: &str, ends: bool) -> PyResult<Value> {
    let (b, _, prefix, start, end) = find_args(vm, args, name)?;
    let is_tuple = prefix.downcast_ref::<TupleData>().is_some();
    let cands: Vec<Value> = match prefix.downcast_ref::<TupleData>() {
        Some(t) => t.as_slice().to_vec(),
        None => vec![prefix.clone()],
    };
    let n = b.len();
    let (start, end) = adjust(start, end, n);
    for c in cands {
        let Some(p) = bytes_of(vm, &c) else {
            let tn = vm.type_name(&c);
            return Err(if is_tuple {
                vm.type_error(format!("a bytes-like object is required, not '{}'", tn))
            } else {
                vm.type_error(format!(
                    "{} first arg must be bytes or a tuple of bytes, not {}",
                    name, tn
                ))
            });
        };
        if start > n || end < start || end - start < p.len() {
            continue;
        }
        let hay = &b[start..end];
        if (ends && hay.ends_with(&p)) || (!ends && hay.starts_with(&p)) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn b_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends(vm, args, "startswith", false)
}
fn b_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends(vm, args, "endswith", true)
}

fn split_args(vm: &mut Vm, args: Args, name: &str) -> PyResult<(Option<Vec<u8>>, i64)> {
    let [sep, maxsplit] = bind_kw::<2>(vm, args, name, ["sep", "maxsplit"])?;
    let sep = if sep.is_null() || sep.is_none() {
        None
    } else {
        Some(arg_bytes(vm, &sep)?)
    };
    let maxsplit = if maxsplit.is_null() {
        -1
    } else {
        arg_index(vm, &maxsplit)?
    };
    if sep.as_ref().is_some_and(|s| s.is_empty()) {
        return Err(vm.value_error("empty separator"));
    }
    Ok((sep, maxsplit))
}

fn b_split(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (b, is_ba) = this(vm, &mut args, "split")?;
    let (sep, maxsplit) = split_args(vm, args, "split")?;
    let parts = match sep {
        None => split_ws(&b, maxsplit),
        Some(s) => split_on(&b, &s, maxsplit),
    };
    Ok(list_of(vm, is_ba, parts))
}

fn b_rsplit(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (b, is_ba) = this(vm, &mut args, "rsplit")?;
    let (sep, maxsplit) = split_args(vm, args, "rsplit")?;
    let parts = match sep {
        None => rsplit_ws(&b, maxsplit),
        Some(s) => rsplit_on(&b, &s, maxsplit),
    };
    Ok(list_of(vm, is_ba, parts))
}

fn b_splitlines(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (b, is_ba) = this(vm, &mut args, "splitlines")?;
    let [keep] = bind_kw::<1>(vm, args, "splitlines", ["keepends"])?;
    let keepends = if keep.is_null() {
        false
    } else {
        arg_index(vm, &keep)? != 0
    };
    let n = b.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let j = i;
        while i < n && b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if b[i] == b'\r' && i + 1 < n && b[i + 1] == b'\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push(b[j..eol].to_vec());
    }
    Ok(list_of(vm, is_ba, out))
}

fn b_join(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (sep, is_ba) = this(vm, &mut args, "join")?;
    let iterable = one_arg(
        vm,
        args,
        if is_ba {
            "bytearray.join"
        } else {
            "bytes.join"
        },
    )?;
    let items = match vm.get_iter(&iterable) {
        Ok(it) => {
            let mut v = Vec::new();
            while let Some(x) = vm.next(&it)? {
                v.push(x);
            }
            v
        }
        Err(_) => return Err(vm.type_error("can only join an iterable")),
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_of(vm, item) {
            Some(b) => out.extend(b),
            None => {
                let tn = vm.type_name(item);
                return Err(vm.type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i, tn
                )));
            }
        }
    }
    Ok(mk(vm, is_ba, out))
}

fn partition_impl(vm: &mut Vm, mut args: Args, name: &str, rev: bool) -> PyResult<Value> {
    let (b, is_ba) = this(vm, &mut args, name)?;
    let sep = one_arg(
        vm,
        args,
        &format!("{}.{}", if is_ba { "bytearray" } else { "bytes" }, name),
    )?;
    let sep = arg_bytes(vm, &sep)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let (x, y, z) = match find_sub(&b, &sep, rev) {
        Some(p) => (b[..p].to_vec(), sep.clone(), b[p + sep.len()..].to_vec()),
        None if rev => (vec![], vec![], b.clone()),
        None => (b.clone(), vec![], vec![]),
    };
    let t = vec![mk(vm, is_ba, x), mk(vm, is_ba, y), mk(vm, is_ba, z)];
    Ok(vm.new_tuple(t))
}

fn b_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}
fn b_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn strip_impl(vm: &mut Vm, mut args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (b, is_ba) = this(vm, &mut args, name)?;
    let v = args.range(vm, name, 0, 1)?;
    let set: Option<Vec<u8>> = match v.first() {
        None => None,
        Some(x) if x.is_none() => None,
        Some(x) => Some(arg_bytes(vm, x)?),
    };
    let pred = |c: u8| match &set {
        None => is_space(c),
        Some(s) => s.contains(&c),
    };
    let mut lo = 0;
    let mut hi = b.len();
    if left {
        while lo < hi && pred(b[lo]) {
            lo += 1;
        }
    }
    if right {
        while hi > lo && pred(b[hi - 1]) {
            hi -= 1;
        }
    }
    Ok(mk(vm, is_ba, b[lo..hi].to_vec()))
}

fn b_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}
fn b_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}
fn b_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn b_replace(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (b, is_ba) = this(vm, &mut args, "replace")?;
    let v = args.range(vm, "replace", 2, 3)?;
    let old = arg_bytes(vm, &v[0])?;
    let new = arg_bytes(vm, &v[1])?;
    let count = match v.get(2) {
        Some(c) => arg_index(vm, c)?,
        None => -1,
    };
    let mut left = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        for &x in &b {
            if left > 0 {
                out.extend_from_slice(&new);
                left -= 1;
            }
            out.push(x);
        }
        if left > 0 {
            out.extend_from_slice(&new);
        }
    } else {
        let mut i = 0;
        while i < b.len() {
            if left > 0 && b[i..].starts_with(&old) {
                out.extend_from_slice(&new);
                i += old.len();
                left -= 1;
            } else {
                out.push(b[i]);
                i += 1;
            }
        }
    }
    Ok(mk(vm, is_ba, out))
}

fn affix_impl(vm: &mut Vm, mut args: Args, name: &str, prefix: bool) -> PyResult<Value> {
    let (b, is_ba) = this(vm, &mut args, name)?;
    let a = one_arg(
        vm,
        args,
        &format!("{}.{}", if is_ba { "bytearray" } else { "bytes" }, name),
    )?;
    let a = arg_bytes(vm, &a)?;
    let r = if prefix {
        b.strip_prefix(a.as_slice()).unwrap_or(&b)
    } else {
        b.strip_suffix(a.as_slice()).unwrap_or(&b)
    };
    let r = r.to_vec();
    Ok(mk(vm, is_ba, r))
}

fn b_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, "removeprefix", true)
}
fn b_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, "removesuffix", false)
}

fn pad_args(vm: &mut Vm, mut args: Args, name: &str) -> PyResult<(Vec<u8>, bool, usize, u8)> {
    let (b, is_ba) = this(vm, &mut args, name)?;
    let v = args.range(vm, name, 1, 2)?;
    let width = arg_index(vm, &v[0])?.max(0) as usize;
    let fill = match v.get(1) {
        None => b' ',
        Some(f) => match bytes_of(vm, f) {
            Some(fb) if fb.len() == 1 => fb[0],
            _ => {
                let tn = vm.type_name(f);
                return Err(vm.type_error(format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name, tn
                )));
            }
        },
    };
    if width > crate::types::str_methods::MAX_ALLOC {
        return Err(vm.memory_error(""));
    }
    Ok((b, is_ba, width, fill))
}

fn padded(b: &[u8], left: usize, right: usize, fill: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len() + left + right);
    out.extend(std::iter::repeat_n(fill, left));
    out.extend_from_slice(b);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

fn b_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, is_ba, width, fill) = pad_args(vm, args, "center")?;
    if width <= b.len() {
        return Ok(mk(vm, is_ba, b));
    }
    let marg = width - b.len();
    let left = marg / 2 + (marg & width & 1);
    let r = padded(&b, left, marg - left, fill);
    Ok(mk(vm, is_ba, r))
}
fn b_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, is_ba, width, fill) = pad_args(vm, args, "ljust")?;
    let r = padded(&b, 0, width.saturating_sub(b.len()), fill);
    Ok(mk(vm, is_ba, r))
}
fn b_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, is_ba, width, fill) = pad_args(vm, args, "rjust")?;
    let r = padded(&b, width.saturating_sub(b.len()), 0, fill);
    Ok(mk(vm, is_ba, r))
}

fn b_zfill(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (b, is_ba) = this(vm, &mut args, "zfill")?;
    let w = one_arg(
        vm,
        args,
        if is_ba {
            "bytearray.zfill"
        } else {
            "bytes.zfill"
        },
    )?;
    let width = arg_index(vm, &w)?.max(0) as usize;
    if width > crate::types::str_methods::MAX_ALLOC {
        return Err(vm.memory_error(""));
    }
    if width <= b.len() {
        return Ok(mk(vm, is_ba, b));
    }
    let fill = width - b.len();
    let mut out = Vec::with_capacity(width);
    let rest = if b.first().is_some_and(|&c| c == b'+' || c == b'-') {
        out.push(b[0]);
        &b[1..]
    } else {
        &b[..]
    };
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(rest);
    Ok(mk(vm, is_ba, out))
}

fn b_expandtabs(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (b, is_ba) = this(vm, &mut args, "expandtabs")?;
    let [ts] = bind_kw::<1>(vm, args, "expandtabs", ["tabsize"])?;
    let tabsize = if ts.is_null() {
        8
    } else {
        crate::types::str_methods::arg_c_int(vm, &ts)?
    };
    let mut out = Vec::with_capacity(b.len());
    let mut col: i64 = 0;
    for &c in &b {
        if c == b'\t' {
            if tabsize > 0 {
                let inc = tabsize - col % tabsize;
                if out.len() as i64 + inc > crate::types::str_methods::MAX_ALLOC as i64 {
                    return Err(vm.memory_error(""));
                }
                out.extend(std::iter::repeat_n(b' ', inc as usize));
                col += inc;
            }
        } else {
            out.push(c);
            col += 1;
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    Ok(mk(vm, is_ba, out))
}

macro_rules! map_method {
    ($fname:ident, $name:literal, $f:expr) => {
        fn $fname(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
            let (b, is_ba) = this(vm, &mut args, $name)?;
            noargs(
                vm,
                args,
                &format!("{}.{}", if is_ba { "bytearray" } else { "bytes" }, $name),
            )?;
            let f: fn(&[u8]) -> Vec<u8> = $f;
            let r = f(&b);
            Ok(mk(vm, is_ba, r))
        }
    };
}

fn title_bytes(b: &[u8]) -> Vec<u8> {
    let mut prev = false;
    b.iter()
        .map(|&c| {
            let r = if prev {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

map_method!(b_upper, "upper", |b| b.to_ascii_uppercase());
map_method!(b_lower, "lower", |b| b.to_ascii_lowercase());
map_method!(b_title, "title", title_bytes);
map_method!(b_capitalize, "capitalize", |b| {
    b.iter()
        .enumerate()
        .map(|(i, &c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
});
map_method!(b_swapcase, "swapcase", |b| {
    b.iter()
        .map(|&c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
});

macro_rules! pred_method {
    ($fname:ident, $name:literal, $f:expr) => {
        fn $fname(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
            let (b, is_ba) = this(vm, &mut args, $name)?;
            noargs(
                vm,
                args,
                &format!("{}.{}", if is_ba { "bytearray" } else { "bytes" }, $name),
            )?;
            let f: fn(&[u8]) -> bool = $f;
            Ok(Value::bool(f(&b)))
        }
    };
}

pred_method!(b_isalpha, "isalpha", |b| !b.is_empty()
    && b.iter().all(|c| c.is_ascii_alphabetic()));
pred_method!(b_isdigit, "isdigit", |b| !b.is_empty()
    && b.iter().all(|c| c.is_ascii_digit()));
pred_method!(b_isalnum, "isalnum", |b| !b.is_empty()
    && b.iter().all(|c| c.is_ascii_alphanumeric()));
pred_method!(b_isspace, "isspace", |b| !b.is_empty()
    && b.iter().all(|&c| is_space(c)));
pred_method!(b_isascii, "isascii", |b| b.is_ascii());
pred_method!(b_islower, "islower", |b| b
    .iter()
    .any(|c| c.is_ascii_lowercase())
    && !b.iter().any(|c| c.is_ascii_uppercase()));
pred_method!(b_isupper, "isupper", |b| b
    .iter()
    .any(|c| c.is_ascii_uppercase())
    && !b.iter().any(|c| c.is_ascii_lowercase()));
pred_method!(b_istitle, "istitle", |b| {
    let mut cased = false;
    let mut prev = false;
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev {
                return false;
            }
            prev = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev {
                return false;
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    cased
});

fn b_bytes(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (b, _) = this(vm, &mut args, "__bytes__")?;
    Ok(vm.new_bytes(b))
}

fn b_getnewargs(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (b, _) = this(vm, &mut args, "__getnewargs__")?;
    let v = vm.new_bytes(b);
    Ok(vm.new_tuple(vec![v]))
}

fn b_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__mod__")?;
    let a = vm.native_of(&a);
    bytes_percent_format(vm, &a, &b)
}

fn b_rmod(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

// ----- bytes % args ------------------------------------------------------------------

/// `bytes % args` (and `bytearray % args`): PEP 461 formatting.
pub fn bytes_percent_format(vm: &mut Vm, a: &Value, args: &Value) -> PyResult<Value> {
    let Some(fmt) = bytes_of(vm, a) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let is_ba = vm.native_of(a).kind() == Some(ObjKind::ByteArray);
    // Bytes map 1:1 onto Latin-1 code points, so the str machinery applies.
    let text: String = fmt.iter().map(|&b| b as char).collect();
    let items = taipan_format::parse_percent_format(&text);
    let mut result = String::with_capacity(text.len());
    let r = {
        let mut out = |t: &str| result.push_str(t);
        let mut render = |vm: &mut Vm,
                          spec: &taipan_format::PercentSpec,
                          conv: &taipan_format::PercentConv,
                          v: &Value|
         -> PyResult<String> {
            match spec.ty {
                's' | 'b' => {
                    let data = match bytes_of(vm, v) {
                        Some(d) => d,
                        None => {
                            let nm = vm.intern("__bytes__");
                            match vm.lookup_special(v, &nm) {
                                Some(m) if v.kind() == Some(ObjKind::Instance) => {
                                    let r = vm.call_method_value(&m, v, Args::default())?;
                                    match bytes_of(vm, &r) {
                                        Some(d) => d,
                                        None => {
                                            let tn = vm.type_name(&r);
                                            return Err(vm.type_error(format!(
                                                "__bytes__ returned non-bytes (type {})",
                                                tn
                                            )));
                                        }
                                    }
                                }
                                _ => {
                                    let tn = vm.type_name(v);
                                    return Err(vm.type_error(format!(
                                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                        tn
                                    )));
                                }
                            }
                        }
                    };
                    let t: String = data.iter().map(|&b| b as char).collect();
                    Ok(taipan_format::percent_format_str(&t, conv))
                }
                'r' | 'a' => {
                    let s = vm.ascii(v)?;
                    let s = str_of(vm, &s).unwrap_or_default();
                    Ok(taipan_format::percent_format_str(&s, conv))
                }
                'c' => {
                    if let Some(d) = bytes_of(vm, v) {
                        if d.len() == 1 {
                            return Ok(taipan_format::percent_format_char(d[0] as char, conv));
                        }
                    } else if let Ok(Some(i)) = vm.index_value(v) {
                        if (0..256).contains(&i) {
                            return Ok(taipan_format::percent_format_char(i as u8 as char, conv));
                        }
                        return Err(vm.overflow_error("%c arg not in range(256)"));
                    }
                    Err(vm.type_error("%c requires an integer in range(256) or a single byte"))
                }
                _ => crate::types::str_methods::format::render_value(vm, spec, conv, v),
            }
        };
        crate::types::str_methods::format::percent_drive(
            vm,
            items,
            args,
            true,
            &mut out,
            &mut render,
        )
    };
    if let Err(e) = r {
        // CPython says "bytes formatting" where str says "string formatting".
        let msg_fix = {
            let args_v = e
                .value()
                .downcast_ref::<crate::types::exception::ExceptionData>()
                .map(|d| d.args.borrow().clone());
            args_v.and_then(|t| {
                t.downcast_ref::<TupleData>()
                    .and_then(|t| t.as_slice().first().and_then(|m| str_of(vm, m)))
            })
        };
        if msg_fix.as_deref() == Some("not all arguments converted during string formatting") {
            return Err(vm.type_error("not all arguments converted during bytes formatting"));
        }
        return Err(e);
    }
    let out: Vec<u8> = result.chars().map(|c| (c as u32).min(255) as u8).collect();
    Ok(mk(vm, is_ba, out))
}

// ----- bytearray mutation -----------------------------------------------------------

fn ba_data(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Value> {
    let n = vm.native_of(v);
    if n.downcast_ref::<ByteArrayData>().is_some() {
        return Ok(n);
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "descriptor '{}' for 'bytearray' objects doesn't apply to a '{}' object",
        name, tn
    )))
}

fn with_ba<R>(v: &Value, f: impl FnOnce(&mut Vec<u8>) -> R) -> Option<R> {
    v.downcast_ref::<ByteArrayData>()
        .map(|d| f(&mut d.bytes.borrow_mut()))
}

fn ba_self(vm: &mut Vm, args: &mut Args, name: &str) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error(format!(
            "unbound method bytearray.{}() needs an argument",
            name
        )));
    }
    let v = args.pos.remove(0);
    ba_data(vm, &v, name)
}

fn ba_append(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let ba = ba_self(vm, &mut args, "append")?;
    let x = one_arg(vm, args, "bytearray.append")?;
    let b = byte_value(vm, &x, "byte must be in range(0, 256)")?;
    with_ba(&ba, |v| v.push(b));
    Ok(Value::NONE)
}

fn collect_byte_iter(vm: &mut Vm, src: &Value) -> PyResult<Option<Vec<u8>>> {
    if let Some(b) = bytes_of(vm, src) {
        return Ok(Some(b));
    }
    let it = match vm.get_iter(src) {
        Ok(it) => it,
        Err(_) => return Ok(None),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(byte_value(vm, &x, "byte must be in range(0, 256)")?);
    }
    Ok(Some(out))
}

fn ba_extend(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let ba = ba_self(vm, &mut args, "extend")?;
    let x = one_arg(vm, args, "bytearray.extend")?;
    match collect_byte_iter(vm, &x)? {
        Some(b) => {
            with_ba(&ba, |v| v.extend(b));
            Ok(Value::NONE)
        }
        None => {
            let tn = vm.type_name(&x);
            Err(vm.type_error(format!("can't extend bytearray with {}", tn)))
        }
    }
}

fn ba_insert(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let ba = ba_self(vm, &mut args, "insert")?;
    let v = args.range(vm, "insert", 2, 2)?;
    let idx = arg_index(vm, &v[0])?;
    let b = byte_value(vm, &v[1], "byte must be in range(0, 256)")?;
    with_ba(&ba, |v| {
        let n = v.len() as i64;
        let i = if idx < 0 {
            (idx + n).max(0)
        } else {
            idx.min(n)
        };
        v.insert(i as usize, b);
    });
    Ok(Value::NONE)
}

fn ba_pop(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let ba = ba_self(vm, &mut args, "pop")?;
    let v = args.range(vm, "pop", 0, 1)?;
    let idx = match v.first() {
        Some(i) => arg_index(vm, i)?,
        None => -1,
    };
    let r = with_ba(&ba, |v| {
        if v.is_empty() {
            return Err(0);
        }
        let n = v.len() as i64;
        let i = if idx < 0 { idx + n } else { idx };
        if i < 0 || i >= n {
            return Err(1);
        }
        Ok(v.remove(i as usize))
    });
    match r {
        Some(Ok(b)) => Ok(vm.new_int(b as i64)),
        Some(Err(0)) => Err(vm.index_error("pop from empty bytearray")),
        _ => Err(vm.index_error("pop index out of range")),
    }
}

fn ba_remove(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let ba = ba_self(vm, &mut args, "remove")?;
    let x = one_arg(vm, args, "bytearray.remove")?;
    let b = byte_value(vm, &x, "byte must be in range(0, 256)")?;
    let found = with_ba(&ba, |v| match v.iter().position(|&c| c == b) {
        Some(p) => {
            v.remove(p);
            true
        }
        None => false,
    });
    if found != Some(true) {
        return Err(vm.value_error("value not found in bytearray"));
    }
    Ok(Value::NONE)
}

fn ba_reverse(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let ba = ba_self(vm, &mut args, "reverse")?;
    noargs(vm, args, "bytearray.reverse")?;
    with_ba(&ba, |v| v.reverse());
    Ok(Value::NONE)
}

fn ba_clear(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let ba = ba_self(vm, &mut args, "clear")?;
    noargs(vm, args, "bytearray.clear")?;
    with_ba(&ba, |v| v.clear());
    Ok(Value::NONE)
}

fn ba_copy(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let ba = ba_self(vm, &mut args, "copy")?;
    noargs(vm, args, "bytearray.copy")?;
    let v = with_ba(&ba, |v| v.clone()).unwrap_or_default();
    Ok(new_bytearray(vm, v))
}

pub(crate) fn ba_iadd(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let ba = ba_self(vm, &mut args, "__iadd__")?;
    let x = one_arg(vm, args, "bytearray.__iadd__")?;
    match bytes_of(vm, &x) {
        Some(b) => {
            with_ba(&ba, |v| v.extend(b));
            Ok(ba)
        }
        None => {
            let tn = vm.type_name(&x);
            Err(vm.type_error(format!("can't concat {} to bytearray", tn)))
        }
    }
}

/// `bytearray.__repr__`: the type's name, and CPython's quoting (a `'` is always
/// escaped, even inside double quotes).
fn ba_repr(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error("unbound method bytearray.__repr__() needs an argument"));
    }
    let me = args.pos[0].clone();
    let ba = ba_self(vm, &mut args, "__repr__")?;
    noargs(vm, args, "bytearray.__repr__")?;
    let data = with_ba(&ba, |v| v.clone()).unwrap_or_default();
    let tn = vm.type_name(&me);
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = format!("{}(b{}", tn, quote);
    for &c in &data {
        match c {
            b'\'' | b'\\' => {
                out.push('\\');
                out.push(c as char);
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out.push(')');
    Ok(vm.new_str(out))
}

pub(crate) fn ba_imul(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let ba = ba_self(vm, &mut args, "__imul__")?;
    let n = one_arg(vm, args, "bytearray.__imul__")?;
    let Some(n) = vm.index_value(&n)? else {
        let tn = vm.type_name(&n);
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            tn
        )));
    };
    let n = n.max(0) as usize;
    let len = with_ba(&ba, |v| v.len()).unwrap_or(0);
    if len.saturating_mul(n) > (1 << 40) {
        return Err(vm.memory_error(""));
    }
    with_ba(&ba, |v| *v = v.repeat(n));
    Ok(ba)
}

fn ba_setitem_dunder(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let ba = ba_self(vm, &mut args, "__setitem__")?;
    let [k, v] = args.exact::<2>(vm, "__setitem__")?;
    bytearray_setitem(vm, &ba, k, v)?;
    Ok(Value::NONE)
}

fn ba_delitem(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let ba = ba_self(vm, &mut args, "__delitem__")?;
    let k = one_arg(vm, args, "bytearray.__delitem__")?;
    let len = with_ba(&ba, |v| v.len()).unwrap_or(0);
    if let Some(s) = k.downcast_ref::<SliceData>() {
        let (start, _, step, n) = vm.slice_indices(s, len)?;
        let idx: Vec<usize> = (0..n).map(|i| (start + i * step) as usize).collect();
        with_ba(&ba, |v| {
            let mut keep = vec![true; v.len()];
            for i in idx {
                if i < keep.len() {
                    keep[i] = false;
                }
            }
            let mut it = keep.into_iter();
            v.retain(|_| it.next().unwrap_or(true));
        });
        return Ok(Value::NONE);
    }
    let i = match vm.seq_index_value(&k)? {
        Some(i) => i,
        None => {
            let tn = vm.type_name(&k);
            return Err(vm.type_error(format!(
                "bytearray indices must be integers or slices, not {}",
                tn
            )));
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error("bytearray index out of range"));
    }
    with_ba(&ba, |v| v.remove(j as usize));
    Ok(Value::NONE)
}

/// `ba[key] = value` (called by the VM for bytearrays).
pub fn bytearray_setitem(vm: &mut Vm, b: &Value, k: Value, v: Value) -> PyResult<()> {
    let ba = vm.native_of(b);
    let len = with_ba(&ba, |x| x.len()).unwrap_or(0);
    if let Some(s) = k.downcast_ref::<SliceData>() {
        let data: Vec<u8> = if v.is(&ba) || v.is(b) {
            with_ba(&ba, |x| x.clone()).unwrap_or_default()
        } else if let Some(d) = bytes_of(vm, &v) {
            d
        } else if crate::protocol::hash::int_of(&v).is_some() || str_of(vm, &v).is_some() {
            return Err(vm.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        } else {
            match collect_byte_iter(vm, &v)? {
                Some(d) => d,
                None => {
                    return Err(vm.type_error(
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                    ))
                }
            }
        };
        let (start, stop, step, n) = vm.slice_indices(s, len)?;
        if step == 1 {
            let start = start.max(0) as usize;
            let stop = (stop.max(start as i64) as usize).max(start);
            with_ba(&ba, |x| {
                let stop = stop.min(x.len());
                let start = start.min(stop);
                x.splice(start..stop, data);
            });
            return Ok(());
        }
        if data.len() as i64 != n {
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                data.len(),
                n
            )));
        }
        with_ba(&ba, |x| {
            for (i, byte) in data.into_iter().enumerate() {
                let pos = (start + i as i64 * step) as usize;
                if pos < x.len() {
                    x[pos] = byte;
                }
            }
        });
        return Ok(());
    }
    let i = match vm.seq_index_value(&k)? {
        Some(i) => i,
        None => {
            let tn = vm.type_name(&k);
            return Err(vm.type_error(format!(
                "bytearray indices must be integers or slices, not {}",
                tn
            )));
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error("bytearray index out of range"));
    }
    let byte = byte_value(vm, &v, "byte must be in range(0, 256)")?;
    with_ba(&ba, |x| {
        if let Some(slot) = x.get_mut(j as usize) {
            *slot = byte;
        }
    });
    Ok(())
}

// ----- registration -----------------------------------------------------------------

const COMMON: &[(&str, NativeFn)] = &[
    ("decode", b_decode),
    ("hex", b_hex),
    ("translate", b_translate),
    ("find", b_find),
    ("rfind", b_rfind),
    ("index", b_index),
    ("rindex", b_rindex),
    ("count", b_count),
    ("startswith", b_startswith),
    ("endswith", b_endswith),
    ("split", b_split),
    ("rsplit", b_rsplit),
    ("splitlines", b_splitlines),
    ("join", b_join),
    ("partition", b_partition),
    ("rpartition", b_rpartition),
    ("strip", b_strip),
    ("lstrip", b_lstrip),
    ("rstrip", b_rstrip),
    ("replace", b_replace),
    ("removeprefix", b_removeprefix),
    ("removesuffix", b_removesuffix),
    ("center", b_center),
    ("ljust", b_ljust),
    ("rjust", b_rjust),
    ("zfill", b_zfill),
    ("expandtabs", b_expandtabs),
    ("upper", b_upper),
    ("lower", b_lower),
    ("title", b_title),
    ("capitalize", b_capitalize),
    ("swapcase", b_swapcase),
    ("isalpha", b_isalpha),
    ("isdigit", b_isdigit),
    ("isalnum", b_isalnum),
    ("isspace", b_isspace),
    ("isascii", b_isascii),
    ("islower", b_islower),
    ("isupper", b_isupper),
    ("istitle", b_istitle),
    ("__mod__", b_mod),
    ("__rmod__", b_rmod),
];

pub fn init(vm: &mut Vm) {
    let b = vm.t.bytes.clone();
    let ba = vm.t.bytearray.clone();
    let dunders = [
        "__add__",
        "__mul__",
        "__rmul__",
        "__eq__",
        "__ne__",
        "__lt__",
        "__le__",
        "__gt__",
        "__ge__",
        "__repr__",
        "__len__",
        "__getitem__",
        "__contains__",
        "__iter__",
    ];
    vm.add_native_dunders(&b, &dunders);
    vm.add_native_dunders(&b, &["__hash__"]);
    vm.add_native_dunders(&ba, &dunders);
    vm.add_class_attr(&ba, "__hash__", Value::NONE);
    add_new(vm, &b, "bytes", bytes_new);
    add_new(vm, &ba, "bytearray", bytearray_new);
    for cls in [&b, &ba] {
        for &(name, f) in COMMON {
            vm.add_method(cls, name, f);
        }
        vm.add_method_kind(cls, "fromhex", b_fromhex, MethodKind::Class);
        vm.add_method_kind(cls, "maketrans", b_maketrans, MethodKind::Static);
    }
    vm.add_method(&b, "__bytes__", b_bytes);
    vm.add_method(&b, "__getnewargs__", b_getnewargs);
    let ba_methods: &[(&'static str, NativeFn)] = &[
        ("__init__", bytearray_init),
        ("append", ba_append),
        ("extend", ba_extend),
        ("insert", ba_insert),
        ("pop", ba_pop),
        ("remove", ba_remove),
        ("reverse", ba_reverse),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("__iadd__", ba_iadd),
        ("__repr__", ba_repr),
        ("__imul__", ba_imul),
        ("__setitem__", ba_setitem_dunder),
        ("__delitem__", ba_delitem),
    ];
    for &(name, f) in ba_methods {
        vm.add_method(&ba, name, f);
    }
}
