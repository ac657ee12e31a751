//! `_taipan`: private helpers for the embedded standard-library modules
//! (`crates/taipan-vm/lib/`), for what those modules cannot do in Python:
//! - frame introspection (`caller_module`, `caller_info`), which CPython's versions get
//!   from `sys._getframe` and Taipan does not expose;
//! - machine-level conversions (`array_pack`, `array_unpack`) for `struct`;
//! - digests (`digest`, see `digest.rs`) for `hashlib`, and the OS queries `getcwd`,
//!   `getpid`, `environ`, `path_kind` for `os`/`posixpath`;
//! - the hot paths of `json` (`json_scanstring`, `json_loads_fast`, `json_dumps_fast`),
//!   which CPython has in its `_json` C accelerator.

use num_traits::ToPrimitive;

use crate::args::Args;
use crate::errors::PyResult;
use crate::types::bytes::{ByteArrayData, BytesData};
use crate::types::int_methods::{big_of, str_arg};
use crate::types::list::ListData;
use crate::value::Value;
use crate::vm::Vm;

/// `caller_module(depth)`: the `__name__` of the globals of the Python frame `depth`
/// levels above the caller (0 is the caller itself), or None. `namedtuple` and
/// friends use it to set `__module__` as CPython does with `sys._getframe(depth)`.
fn caller_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [depth] = args.exact::<1>(vm, "caller_module")?;
    let Some(depth) = vm.index_value(&depth)? else {
        return Err(vm.type_error("caller_module() argument must be an int"));
    };
    let n = vm.frames.len();
    let Some(i) = usize::try_from(depth)
        .ok()
        .and_then(|d| n.checked_sub(d + 1))
    else {
        return Ok(Value::NONE);
    };
    let globals = vm.frames[i].globals.clone();
    let key = vm.n.__name__.clone();
    Ok(globals
        .downcast_ref::<crate::types::dict::DictData>()
        .and_then(|d| d.get_str(vm, &key))
        .unwrap_or(Value::NONE))
}

/// `caller_info(depth)`: `(filename, lineno, function name)` of the Python frame
/// `depth` levels above the caller (0 is the caller), or None past the outermost
/// frame. `logging` uses it where CPython walks `sys._getframe()` frames.
fn caller_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [depth] = args.exact::<1>(vm, "caller_info")?;
    let Some(depth) = vm.index_value(&depth)? else {
        return Err(vm.type_error("caller_info() argument must be an int"));
    };
    let n = vm.frames.len();
    let Some(i) = usize::try_from(depth)
        .ok()
        .and_then(|d| n.checked_sub(d + 1))
    else {
        return Ok(Value::NONE);
    };
    let (filename, name, line) = {
        let f = &vm.frames[i];
        let line = f.code.location(f.lasti).line;
        (f.code.filename.clone(), f.code.name.clone(), line)
    };
    let lv = vm.new_int(line as i64);
    Ok(vm.new_tuple(vec![filename, lv, name]))
}

/// `digest(name, data)`: the MD5/SHA-1/SHA-256 digest of bytes-like `data`, or None
/// for another algorithm name.
fn digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [name, data] = args.exact::<2>(vm, "digest")?;
    let bytes = if let Some(b) = data.downcast_ref::<BytesData>() {
        b.bytes.to_vec()
    } else if let Some(b) = data.downcast_ref::<ByteArrayData>() {
        b.bytes.borrow().clone()
    } else {
        return Err(vm.type_error("digest() argument 2 must be bytes"));
    };
    let out = match str_arg(&name).unwrap_or("") {
        "md5" => super::digest::md5(&bytes),
        "sha1" => super::digest::sha1(&bytes),
        "sha256" => super::digest::sha256(&bytes),
        _ => return Ok(Value::NONE),
    };
    Ok(vm.new_bytes(out))
}

/// `getcwd()`: the current directory (str).
fn getcwd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact::<0>(vm, "getcwd")?;
    match std::env::current_dir() {
        Ok(p) => Ok(vm.new_str(p.to_string_lossy().to_string())),
        Err(e) => Err(vm.new_exception_msg(&vm.t.os_error.clone(), e.to_string())),
    }
}

/// `getpid()`: this process's id.
fn getpid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact::<0>(vm, "getpid")?;
    Ok(vm.new_int(std::process::id() as i64))
}

/// `environ()`: the environment as a list of (name, value) pairs.
fn environ(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact::<0>(vm, "environ")?;
    let mut items = Vec::new();
    for (k, v) in std::env::vars_os() {
        let k = vm.new_str(k.to_string_lossy().to_string());
        let v = vm.new_str(v.to_string_lossy().to_string());
        items.push(vm.new_tuple(vec![k, v]));
    }
    Ok(vm.new_list(items))
}

/// `path_kind(path)`: "file", "dir", "other" for an existing path (following
/// symlinks), None when it does not exist.
fn path_kind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [p] = args.exact::<1>(vm, "path_kind")?;
    let Some(p) = str_arg(&p).map(|s| s.to_string()) else {
        return Err(vm.type_error("path_kind() argument must be str"));
    };
    Ok(match std::fs::metadata(&p) {
        Ok(m) if m.is_file() => vm.new_str("file"),
        Ok(m) if m.is_dir() => vm.new_str("dir"),
        Ok(_) => vm.new_str("other"),
        Err(_) => Value::NONE,
    })
}

/// Item size in bytes of an array typecode (64-bit Linux layout, as CPython there).
fn item_size(tc: &str) -> Option<usize> {
    Some(match tc {
        "b" | "B" => 1,
        "h" | "H" => 2,
        "i" | "I" | "f" | "u" => 4,
        "l" | "L" | "q" | "Q" | "d" => 8,
        _ => return None,
    })
}

/// `array_pack(typecode, items)`: the native little-endian bytes of `items` (a list
/// of values already checked by the `array` module: in-range ints, floats, or
/// one-character strs for 'u').
fn array_pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [tc, items] = args.exact::<2>(vm, "array_pack")?;
    let tc = str_arg(&tc).unwrap_or("").to_string();
    let Some(size) = item_size(&tc) else {
        return Err(vm.value_error("bad typecode"));
    };
    let Some(list) = items.downcast_ref::<ListData>() else {
        return Err(vm.type_error("array_pack() argument 2 must be a list"));
    };
    let items = list.to_vec();
    let mut out = Vec::with_capacity(items.len() * size);
    for v in &items {
        match tc.as_str() {
            "f" | "d" => {
                let f = v.as_float().unwrap_or(0.0);
                if tc == "f" {
                    out.extend_from_slice(&(f as f32).to_le_bytes());
                } else {
                    out.extend_from_slice(&f.to_le_bytes());
                }
            }
            "u" => {
                let c = str_arg(v).and_then(|s| s.chars().next()).unwrap_or('\0');
                out.extend_from_slice(&(c as u32).to_le_bytes());
            }
            _ => {
                let b = big_of(vm, v).unwrap_or_default();
                let n = b.to_i128().unwrap_or(0);
                out.extend_from_slice(&n.to_le_bytes()[..size]);
            }
        }
    }
    Ok(vm.new_bytes(out))
}

/// `array_unpack(typecode, data)`: the list of items stored in the native bytes `data`
/// (its length a multiple of the item size).
fn array_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [tc, data] = args.exact::<2>(vm, "array_unpack")?;
    let tc = str_arg(&tc).unwrap_or("").to_string();
    let Some(size) = item_size(&tc) else {
        return Err(vm.value_error("bad typecode"));
    };
    let bytes = if let Some(b) = data.downcast_ref::<BytesData>() {
        b.bytes.to_vec()
    } else if let Some(b) = data.downcast_ref::<ByteArrayData>() {
        b.bytes.borrow().clone()
    } else {
        return Err(vm.type_error("array_unpack() argument 2 must be bytes"));
    };
    let mut out = Vec::with_capacity(bytes.len() / size);
    for chunk in bytes.chunks_exact(size) {
        let mut buf = [0u8; 8];
        buf[..size].copy_from_slice(chunk);
        let v = match tc.as_str() {
            "f" => Value::float(f32::from_le_bytes([buf[0], buf[1], buf[2], buf[3]]) as f64),
            "d" => Value::float(f64::from_le_bytes(buf)),
            "u" => {
                let c = u32::from_le_bytes([buf[0], buf[1], buf[2], buf[3]]);
                match char::from_u32(c) {
                    Some(c) => vm.new_str(c.to_string()),
                    None => {
                        return Err(vm.value_error(format!(
                            "character U+{:x} is not in range [U+0000; U+10ffff]",
                            c
                        )))
                    }
                }
            }
            "B" | "H" | "I" | "L" | "Q" => {
                let u = u64::from_le_bytes(buf);
                match i64::try_from(u) {
                    Ok(i) => vm.new_int(i),
                    Err(_) => vm.new_bigint(u.into()),
                }
            }
            _ => {
                // Sign-extend from the item's width.
                let shift = 64 - 8 * size as u32;
                let i = (i64::from_le_bytes(buf) << shift) >> shift;
                vm.new_int(i)
            }
        };
        out.push(v);
    }
    Ok(vm.new_list(out))
}

/// `json_scanstring(s, end, strict)`: CPython's `_json.scanstring`. `end` is the index
/// (in code points) after the opening quote. Returns `(string, end after the closing
/// quote)`, or `(None, message, position)` for the caller to raise `JSONDecodeError`
/// with (the messages and positions are CPython's).
fn json_scanstring(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [s, end, strict] = args.exact::<3>(vm, "json_scanstring")?;
    let Some(sd) = s.downcast_ref::<crate::types::str::StrData>() else {
        return Err(vm.type_error("json_scanstring() argument 1 must be str"));
    };
    let Some(end) = vm.index_value(&end)? else {
        return Err(vm.type_error("json_scanstring() argument 2 must be int"));
    };
    let strict = vm.is_true(&strict)?;
    let text = sd.as_str();
    let begin = end - 1;
    let fail = |vm: &mut Vm, msg: String, pos: i64| -> PyResult<Value> {
        let m = vm.new_str(msg);
        let p = vm.new_int(pos);
        Ok(vm.new_tuple(vec![Value::NONE, m, p]))
    };
    if end < 0 || end as usize > sd.char_len() {
        return fail(vm, "Unterminated string starting at".into(), begin);
    }
    // Work on the bytes after the quote: `bi` is a byte index, `ci` the matching
    // code-point index relative to `end` (escapes and delimiters are ASCII).
    let rest = &text[sd.byte_offset(end as usize)..];
    let b = rest.as_bytes();
    let mut out = String::new();
    let (mut bi, mut ci) = (0usize, 0i64);
    let hex4 = |at: usize| -> Option<u32> {
        let h = b.get(at..at + 4)?;
        if !h.iter().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()
    };
    loop {
        // A run of plain characters.
        let run = bi;
        while bi < b.len() {
            let c = b[bi];
            if c == b'"' || c == b'\\' || (strict && c < 0x20) {
                break;
            }
            if c & 0xc0 != 0x80 {
                ci += 1;
            }
            bi += 1;
        }
        out.push_str(&rest[run..bi]);
        let Some(&c) = b.get(bi) else {
            return fail(vm, "Unterminated string starting at".into(), begin);
        };
        if c == b'"' {
            ci += 1;
            break;
        }
        if c != b'\\' {
            return fail(vm, "Invalid control character at".into(), end + ci);
        }
        let Some(&e) = b.get(bi + 1) else {
            return fail(vm, "Unterminated string starting at".into(), begin);
        };
        let simple = match e {
            b'"' => Some('"'),
            b'\\' => Some('\\'),
            b'/' => Some('/'),
            b'b' => Some('\u{8}'),
            b'f' => Some('\u{c}'),
            b'n' => Some('\n'),
            b'r' => Some('\r'),
            b't' => Some('\t'),
            _ => None,
        };
        if let Some(ch) = simple {
            out.push(ch);
            bi += 2;
            ci += 2;
            continue;
        }
        if e != b'u' {
            return fail(vm, "Invalid \\escape".into(), end + ci);
        }
        let Some(mut u) = hex4(bi + 2) else {
            return fail(vm, "Invalid \\uXXXX escape".into(), end + ci + 1);
        };
        bi += 6;
        ci += 6;
        if (0xd800..=0xdbff).contains(&u)
            && b.get(bi) == Some(&b'\\')
            && b.get(bi + 1) == Some(&b'u')
        {
            let Some(u2) = hex4(bi + 2) else {
                return fail(vm, "Invalid \\uXXXX escape".into(), end + ci + 1);
            };
            if (0xdc00..=0xdfff).contains(&u2) {
                u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00));
                bi += 6;
                ci += 6;
            }
        }
        // Lone surrogates cannot be held by a Rust string (see docs/divergences.md).
        out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
    }
    let sv = vm.new_str(out);
    let ev = vm.new_int(end + ci);
    Ok(vm.new_tuple(vec![sv, ev]))
}

/// A JSON document parser for `json.loads` with the default decoder: builds the
/// value directly. Any error (or nesting deeper than `MAX_DEPTH`) makes it give up;
/// the Python decoder then re-parses to raise CPython's exact exception.
struct JsonFast<'a> {
    b: &'a [u8],
    s: &'a str,
    pos: usize,
}

const JSON_MAX_DEPTH: usize = 200;

impl JsonFast<'_> {
    fn ws(&mut self) {
        while let Some(&c) = self.b.get(self.pos) {
            if matches!(c, b' ' | b'\t' | b'\n' | b'\r') {
                self.pos += 1;
            } else {
                break;
            }
        }
    }

    fn lit(&mut self, word: &str) -> bool {
        if self.s[self.pos..].starts_with(word) {
            self.pos += word.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self, vm: &mut Vm, depth: usize) -> Option<Value> {
        if depth > JSON_MAX_DEPTH {
            return None;
        }
        match *self.b.get(self.pos)? {
            b'"' => {
                self.pos += 1;
                let s = self.string()?;
                Some(vm.new_str(s))
            }
            b'{' => {
                self.pos += 1;
                let d = vm.new_dict();
                self.ws();
                if self.b.get(self.pos) == Some(&b'}') {
                    self.pos += 1;
                    return Some(d);
                }
                loop {
                    if self.b.get(self.pos) != Some(&b'"') {
                        return None;
                    }
                    self.pos += 1;
                    let k = self.string()?;
                    let k = vm.new_str(k);
                    self.ws();
                    if self.b.get(self.pos) != Some(&b':') {
                        return None;
                    }
                    self.pos += 1;
                    self.ws();
                    let v = self.value(vm, depth + 1)?;
                    d.downcast_ref::<crate::types::dict::DictData>()?
                        .set(vm, k, v)
                        .ok()?;
                    self.ws();
                    match self.b.get(self.pos)? {
                        b',' => {
                            self.pos += 1;
                            self.ws();
                        }
                        b'}' => {
                            self.pos += 1;
                            return Some(d);
                        }
                        _ => return None,
                    }
                }
            }
            b'[' => {
                self.pos += 1;
                let mut items = Vec::new();
                self.ws();
                if self.b.get(self.pos) == Some(&b']') {
                    self.pos += 1;
                    return Some(vm.new_list(items));
                }
                loop {
                    items.push(self.value(vm, depth + 1)?);
                    self.ws();
                    match self.b.get(self.pos)? {
                        b',' => {
                            self.pos += 1;
                            self.ws();
                        }
                        b']' => {
                            self.pos += 1;
                            return Some(vm.new_list(items));
                        }
                        _ => return None,
                    }
                }
            }
            b'n' if self.lit("null") => Some(Value::NONE),
            b't' if self.lit("true") => Some(Value::TRUE),
            b'f' if self.lit("false") => Some(Value::FALSE),
            b'N' if self.lit("NaN") => Some(Value::float(f64::NAN)),
            b'I' if self.lit("Infinity") => Some(Value::float(f64::INFINITY)),
            b'-' if self.s[self.pos..].starts_with("-Infinity") => {
                self.pos += 9;
                Some(Value::float(f64::NEG_INFINITY))
            }
            b'-' | b'0'..=b'9' => self.number(vm),
            _ => None,
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while self.b.get(self.pos).is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self, vm: &mut Vm) -> Option<Value> {
        let start = self.pos;
        if self.b[self.pos] == b'-' {
            self.pos += 1;
        }
        match self.b.get(self.pos)? {
            b'0' => self.pos += 1,
            b'1'..=b'9' => {
                self.digits();
            }
            _ => return None,
        }
        let int_end = self.pos;
        let mut is_float = false;
        if self.b.get(self.pos) == Some(&b'.')
            && self.b.get(self.pos + 1).is_some_and(|c| c.is_ascii_digit())
        {
            self.pos += 1;
            self.digits();
            is_float = true;
        }
        if matches!(self.b.get(self.pos), Some(b'e' | b'E')) {
            let save = self.pos;
            self.pos += 1;
            if matches!(self.b.get(self.pos), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if self.digits() == 0 {
                self.pos = save;
            } else {
                is_float = true;
            }
        }
        if is_float {
            let f: f64 = self.s[start..self.pos].parse().ok()?;
            return Some(Value::float(f));
        }
        self.pos = int_end;
        let text = &self.s[start..int_end];
        match text.parse::<i64>() {
            Ok(i) => Some(vm.new_int(i)),
            Err(_) => {
                let b: num_bigint::BigInt = text.parse().ok()?;
                Some(vm.new_bigint(b))
            }
        }
    }

    /// The string after an opening quote, through the closing quote.
    fn string(&mut self) -> Option<String> {
        let mut out = String::new();
        loop {
            let run = self.pos;
            while let Some(&c) = self.b.get(self.pos) {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            out.push_str(&self.s[run..self.pos]);
            match *self.b.get(self.pos)? {
                b'"' => {
                    self.pos += 1;
                    return Some(out);
                }
                b'\\' => {
                    let e = *self.b.get(self.pos + 1)?;
                    self.pos += 2;
                    let ch = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let mut u = self.hex4()?;
                            if (0xd800..=0xdbff).contains(&u)
                                && self.s[self.pos..].starts_with("\\u")
                            {
                                let save = self.pos;
                                self.pos += 2;
                                let u2 = self.hex4()?;
                                if (0xdc00..=0xdfff).contains(&u2) {
                                    u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00));
                                } else {
                                    self.pos = save;
                                }
                            }
                            // Lone surrogates: leave them to the Python decoder.
                            char::from_u32(u)?
                        }
                        _ => return None,
                    };
                    out.push(ch);
                }
                _ => return None,
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let h = self.b.get(self.pos..self.pos + 4)?;
        if !h.iter().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        self.pos += 4;
        u32::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()
    }
}

/// `json_loads_fast(s)`: `(True, value)` for a valid document, `(False, None)` when
/// the Python decoder must handle it (errors, deep nesting, lone surrogates).
fn json_loads_fast(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [s] = args.exact::<1>(vm, "json_loads_fast")?;
    let Some(sd) = s.downcast_ref::<crate::types::str::StrData>() else {
        return Err(vm.type_error("json_loads_fast() argument must be str"));
    };
    let text = sd.as_str();
    let mut p = JsonFast {
        b: text.as_bytes(),
        s: text,
        pos: 0,
    };
    p.ws();
    let r = p.value(vm, 0);
    p.ws();
    Ok(match r {
        Some(v) if p.pos == text.len() => vm.new_tuple(vec![Value::TRUE, v]),
        _ => vm.new_tuple(vec![Value::FALSE, Value::NONE]),
    })
}

/// JSON text of a `str` (CPython's `encode_basestring(_ascii)`).
fn json_str(out: &mut String, s: &str, ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if ascii && (c as u32) > 0x7e => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{:04x}", unit));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Appends the JSON text of `v` with the default separators; false when `v` (or
/// something inside it) needs the Python encoder (other types, subclasses, deep or
/// circular nesting, keys it must reject).
fn json_dump_value(vm: &mut Vm, v: &Value, out: &mut String, ascii: bool, depth: usize) -> bool {
    use crate::types::dict::DictData;
    use crate::types::list::ListData;
    use crate::types::str::StrData;
    use crate::types::tuple::TupleData;
    if depth > JSON_MAX_DEPTH {
        return false;
    }
    if v.is_none() {
        out.push_str("null");
        return true;
    }
    if let Some(b) = v.as_bool() {
        out.push_str(if b { "true" } else { "false" });
        return true;
    }
    if let Some(i) = v.as_small_int() {
        out.push_str(&i.to_string());
        return true;
    }
    let cls = vm.type_of(v);
    if let Some(f) = v.as_float() {
        if !cls.is(&vm.t.float) {
            return false;
        }
        if f.is_nan() {
            out.push_str("NaN");
        } else if f.is_infinite() {
            out.push_str(if f > 0.0 { "Infinity" } else { "-Infinity" });
        } else {
            out.push_str(&crate::protocol::repr::float_repr(f));
        }
        return true;
    }
    if cls.is(&vm.t.str) {
        if let Some(sd) = v.downcast_ref::<StrData>() {
            json_str(out, sd.as_str(), ascii);
            return true;
        }
    }
    if cls.is(&vm.t.int) {
        match vm.repr_string(v) {
            Ok(r) => {
                out.push_str(&r);
                return true;
            }
            Err(_) => return false,
        }
    }
    let items = if cls.is(&vm.t.list) {
        v.downcast_ref::<ListData>().map(|l| l.to_vec())
    } else if cls.is(&vm.t.tuple) {
        v.downcast_ref::<TupleData>().map(|t| t.as_slice().to_vec())
    } else {
        None
    };
    if let Some(items) = items {
        out.push('[');
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if !json_dump_value(vm, x, out, ascii, depth + 1) {
                return false;
            }
        }
        out.push(']');
        return true;
    }
    if cls.is(&vm.t.dict) {
        let Some(pairs) = v.downcast_ref::<DictData>().map(|d| d.items()) else {
            return false;
        };
        out.push('{');
        for (i, (k, x)) in pairs.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            let kcls = vm.type_of(k);
            if kcls.is(&vm.t.str) {
                match k.downcast_ref::<StrData>() {
                    Some(sd) => json_str(out, sd.as_str(), ascii),
                    None => return false,
                }
            } else {
                // Keys of other types are converted to text first.
                let mut kt = String::new();
                if !(k.is_none()
                    || k.as_bool().is_some()
                    || kcls.is(&vm.t.int)
                    || kcls.is(&vm.t.float))
                    || !json_dump_value(vm, k, &mut kt, ascii, depth + 1)
                {
                    return false;
                }
                json_str(out, &kt, ascii);
            }
            out.push_str(": ");
            if !json_dump_value(vm, x, out, ascii, depth + 1) {
                return false;
            }
        }
        out.push('}');
        return true;
    }
    false
}

/// `json_dumps_fast(obj, ensure_ascii)`: the JSON text with default options, or None
/// when the Python encoder must do it.
fn json_dumps_fast(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [obj, ascii] = args.exact::<2>(vm, "json_dumps_fast")?;
    let ascii = vm.is_true(&ascii)?;
    let mut out = String::new();
    if json_dump_value(vm, &obj, &mut out, ascii, 0) {
        Ok(vm.new_str(out))
    } else {
        Ok(Value::NONE)
    }
}

pub fn new_module(vm: &mut Vm) -> Value {
    let m = vm.new_module("_taipan");
    let funcs: [(&'static str, crate::types::function::NativeFn); 12] = [
        ("json_dumps_fast", json_dumps_fast),
        ("json_loads_fast", json_loads_fast),
        ("getcwd", getcwd),
        ("getpid", getpid),
        ("environ", environ),
        ("path_kind", path_kind),
        ("digest", digest),
        ("caller_info", caller_info),
        ("json_scanstring", json_scanstring),
        ("caller_module", caller_module),
        ("array_pack", array_pack),
        ("array_unpack", array_unpack),
    ];
    for (name, f) in funcs {
        let fv = vm.new_native_function(name, "_taipan", f);
        vm.module_set(&m, name, fv);
    }
    m
}
