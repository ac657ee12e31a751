//! `str` methods (CPython's `Objects/unicodeobject.c`): the constructor, every
//! method of `dir(str)`, `str.format`/`format_map` and the `%` operator.
//!
//! Submodules: `unicode` (character predicates and case mappings), `codec`
//! (encodings shared with `bytes`), `format` (`str.format` and `%`-formatting).

#[path = "str_codec.rs"]
pub mod codec;
#[path = "str_format.rs"]
pub mod format;
#[path = "str_unicode.rs"]
pub mod unicode;

use crate::args::Args;
use crate::errors::{PyErr, PyResult};
use crate::types::dict::DictData;
use crate::types::function::MethodKind;
use crate::types::int::BigIntData;
use crate::types::native_dunders::wrap_native;
use crate::types::str::StrData;
use crate::types::tuple::TupleData;
use crate::value::Value;
use crate::vm::Vm;

pub use format::percent_format;

/// Results longer than this raise MemoryError instead of attempting the allocation
/// (CPython would try, and usually fail the same way).
pub const MAX_ALLOC: usize = 1 << 31;

/// A C `int` argument (`expandtabs` tabsize).
pub(crate) fn arg_c_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let i = match arg_index(vm, v) {
        Ok(i) => i,
        Err(e) => {
            if vm.is_instance(e.value(), &vm.t.overflow_error.clone()) {
                return Err(vm.overflow_error("Python int too large to convert to C int"));
            }
            return Err(e);
        }
    };
    if i > i32::MAX as i64 || i < i32::MIN as i64 {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    Ok(i)
}

// ----- argument helpers ---------------------------------------------------------------

/// The text of `v` if it is a str (or an instance of a subclass of str).
pub fn str_of(vm: &Vm, v: &Value) -> Option<String> {
    if let Some(s) = v.downcast_ref::<StrData>() {
        return Some(s.as_str().to_string());
    }
    let n = vm.native_of(v);
    n.downcast_ref::<StrData>().map(|s| s.as_str().to_string())
}

/// `self` of a str method: "descriptor 'x' for 'str' objects doesn't apply to ...".
fn this(vm: &mut Vm, args: &mut Args, name: &str) -> PyResult<String> {
    if args.pos.is_empty() {
        return Err(vm.type_error(format!("unbound method str.{}() needs an argument", name)));
    }
    let v = args.pos.remove(0);
    match str_of(vm, &v) {
        Some(s) => Ok(s),
        None => {
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!(
                "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
                name, tn
            )))
        }
    }
}

/// `PyArg_ParseTuple`-style arity check: "find() takes at least 1 argument (0 given)".
fn parse_tuple_arity(vm: &mut Vm, args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("str.{}() takes no keyword arguments", name)));
    }
    let n = args.pos.len();
    if n < min || n > max {
        let (what, k) = if min == max {
            ("exactly", min)
        } else if n < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        return Err(vm.type_error(format!(
            "{}() takes {} {} argument{} ({} given)",
            name,
            what,
            k,
            if k == 1 { "" } else { "s" },
            n
        )));
    }
    Ok(())
}

/// METH_NOARGS: "str.upper() takes no arguments (1 given)".
pub(crate) fn noargs(vm: &mut Vm, args: Args, qualname: &str) -> PyResult<()> {
    args.no_kw(vm, qualname)?;
    if !args.pos.is_empty() {
        return Err(vm.type_error(format!(
            "{}() takes no arguments ({} given)",
            qualname,
            args.pos.len()
        )));
    }
    Ok(())
}

/// Argument Clinic keywords: "split() takes at most 2 arguments (3 given)",
/// "'x' is an invalid keyword argument for splitlines()".
pub(crate) fn bind_kw<const N: usize>(
    vm: &mut Vm,
    args: Args,
    name: &str,
    params: [&str; N],
) -> PyResult<[Value; N]> {
    if args.pos.len() > N {
        return Err(vm.type_error(format!(
            "{}() takes at most {} argument{} ({} given)",
            name,
            N,
            if N == 1 { "" } else { "s" },
            args.pos.len()
        )));
    }
    for (k, _) in &args.kw {
        let kn = crate::args::kw_name(k);
        if !params.contains(&kn) {
            let kn = kn.to_string();
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for {}()",
                kn, name
            )));
        }
    }
    args.bind::<N>(vm, name, params, 0, N, 0)
}

/// METH_O arity: "str.join() takes exactly one argument (0 given)".
pub(crate) fn one_arg(vm: &mut Vm, args: Args, qualname: &str) -> PyResult<Value> {
    args.no_kw(vm, qualname)?;
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "{}() takes exactly one argument ({} given)",
            qualname,
            args.pos.len()
        )));
    }
    Ok(args.pos.into_iter().next().unwrap_or(Value::NONE))
}

/// An argument that must be a str: "<prefix>must be str, not int".
fn arg_str(vm: &mut Vm, v: &Value, prefix: &str) -> PyResult<String> {
    match str_of(vm, v) {
        Some(s) => Ok(s),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("{}must be str, not {}", prefix, tn)))
        }
    }
}

/// An integer argument (`__index__`): "'str' object cannot be interpreted as an integer".
pub(crate) fn arg_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(b) = v.downcast_ref::<BigIntData>() {
        use num_traits::ToPrimitive;
        return match b.0.to_i64() {
            Some(i) => Ok(i),
            None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        };
    }
    match vm.index_value(v)? {
        Some(i) => Ok(i),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                tn
            )))
        }
    }
}

/// A start/end argument of find & co.: None or an index (clamped for big ints).
pub(crate) fn slice_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    if v.is_none() || v.is_null() {
        return Ok(None);
    }
    if let Some(b) = v.downcast_ref::<BigIntData>() {
        return Ok(Some(if b.0.sign() == num_bigint::Sign::Minus {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        }));
    }
    match vm.index_value(v)? {
        Some(i) => Ok(Some(i)),
        None => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// CPython's `ADJUST_INDICES`: (start, end) in 0..=len for end; start may exceed len.
pub(crate) fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end += len;
        if end < 0 {
            end = 0;
        }
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start += len;
        if start < 0 {
            start = 0;
        }
    }
    (start as usize, end as usize)
}

/// Code-point-indexed view of a string.
struct Text {
    s: String,
    /// Byte offset of each code point (plus the end), when not ASCII.
    offs: Option<Vec<usize>>,
}

impl Text {
    fn new(s: String) -> Text {
        let offs = if s.is_ascii() {
            None
        } else {
            let mut v: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
            v.push(s.len());
            Some(v)
        };
        Text { s, offs }
    }
    fn len(&self) -> usize {
        match &self.offs {
            None => self.s.len(),
            Some(v) => v.len() - 1,
        }
    }
    fn boff(&self, i: usize) -> usize {
        match &self.offs {
            None => i.min(self.s.len()),
            Some(v) => v[i.min(v.len() - 1)],
        }
    }
    /// Code-point index of byte offset `b`.
    fn cidx(&self, b: usize) -> usize {
        match &self.offs {
            None => b,
            Some(v) => v.partition_point(|&x| x < b),
        }
    }
    fn slice(&self, a: usize, b: usize) -> &str {
        let (x, y) = (self.boff(a), self.boff(b.max(a)));
        &self.s[x..y]
    }
}

fn new_list_of_strs(vm: &mut Vm, parts: Vec<String>) -> Value {
    let v = parts.into_iter().map(|p| vm.new_str(p)).collect();
    vm.new_list(v)
}

// ----- constructor and dunders ----------------------------------------------------

fn str_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error("str.__new__(): not enough arguments"));
    }
    let cls = args.pos.remove(0);
    let n = args.len();
    if n > 3 {
        return Err(vm.type_error(format!("str() takes at most 3 arguments ({} given)", n)));
    }
    let mut slots: [Value; 3] = [Value::NULL, Value::NULL, Value::NULL];
    for (i, v) in args.pos.into_iter().enumerate() {
        slots[i] = v;
    }
    for (k, v) in args.kw {
        let name = crate::args::kw_name(&k).to_string();
        let i = match name.as_str() {
            "object" => 0,
            "encoding" => 1,
            "errors" => 2,
            _ => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for str()",
                    name
                )))
            }
        };
        if !slots[i].is_null() {
            return Err(vm.type_error(format!(
                "argument for str() given by name ('{}') and position ({})",
                name,
                i + 1
            )));
        }
        slots[i] = v;
    }
    let [obj, enc, errs] = slots;
    let value = if enc.is_null() && errs.is_null() {
        if obj.is_null() {
            vm.new_str("")
        } else {
            let r = vm.str(&obj)?;
            if r.header().is_some_and(|h| h.class_is(&vm.t.str)) {
                r
            } else {
                let s = str_of(vm, &r).unwrap_or_default();
                vm.new_str(s)
            }
        }
    } else {
        let encoding = if enc.is_null() {
            "utf-8".to_string()
        } else {
            arg_str(vm, &enc, "str() argument 'encoding' ")?
        };
        let errors = if errs.is_null() {
            "strict".to_string()
        } else {
            arg_str(vm, &errs, "str() argument 'errors' ")?
        };
        let obj = if obj.is_null() {
            vm.new_bytes(vec![])
        } else {
            obj
        };
        if str_of(vm, &obj).is_some() {
            return Err(vm.type_error("decoding str is not supported"));
        }
        let nb = vm.native_of(&obj);
        let Some(b) = vm.bytes_like(&nb) else {
            let tn = vm.type_name(&obj);
            return Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                tn
            )));
        };
        match codec::decode(&b, &encoding, &errors) {
            Ok(s) => vm.new_str(s),
            Err(e) => return Err(codec::raise(vm, e, &nb)),
        }
    };
    let base = vm.t.str.clone();
    wrap_native(vm, &cls, &base, value)
}

fn str_str(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this(vm, &mut args, "__str__")?;
    Ok(vm.new_str(s))
}

fn format_error(vm: &mut Vm, e: taipan_format::FormatError, tn: &str) -> PyErr {
    use taipan_format::ErrorKind;
    let msg = e.message(tn);
    match e.kind() {
        ErrorKind::ValueError => vm.value_error(msg),
        ErrorKind::OverflowError => vm.overflow_error(msg),
        ErrorKind::TypeError => vm.type_error(msg),
        ErrorKind::MemoryError => vm.memory_error(msg),
    }
}

/// `format(s, spec)` for a str.
pub fn format_str_value(vm: &mut Vm, s: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let parsed = taipan_format::parse_format_spec(spec).map_err(|e| format_error(vm, e, "str"))?;
    if parsed.width.is_some_and(|w| w > MAX_ALLOC) {
        return Err(vm.memory_error(""));
    }
    taipan_format::format_str(s, &parsed).map_err(|e| format_error(vm, e, "str"))
}

fn str_format_dunder(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this(vm, &mut args, "__format__")?;
    let spec = one_arg(vm, args, "str.__format__")?;
    let Some(spec) = str_of(vm, &spec) else {
        let tn = vm.type_name(&spec);
        return Err(vm.type_error(format!("__format__() argument must be str, not {}", tn)));
    };
    let r = format_str_value(vm, &s, &spec)?;
    Ok(vm.new_str(r))
}

fn str_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__mod__")?;
    let a = vm.native_of(&a);
    if a.downcast_ref::<StrData>().is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    percent_format(vm, &a, &b)
}

fn str_rmod(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

fn str_getnewargs(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this(vm, &mut args, "__getnewargs__")?;
    let v = vm.new_str(s);
    Ok(vm.new_tuple(vec![v]))
}

fn str_sizeof(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this(vm, &mut args, "__sizeof__")?;
    let n = s.chars().count();
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let size = if max < 128 {
        49 + n
    } else if max < 256 {
        73 + n
    } else if max < 65536 {
        74 + 2 * n
    } else {
        76 + 4 * n
    };
    Ok(vm.new_usize(size))
}

// ----- case ---------------------------------------------------------------------------

macro_rules! case_method {
    ($fname:ident, $name:literal, $f:path) => {
        fn $fname(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
            let s = this(vm, &mut args, $name)?;
            noargs(vm, args, concat!("str.", $name))?;
            Ok(vm.new_str($f(&s)))
        }
    };
}
case_method!(str_upper, "upper", unicode::upper);
case_method!(str_lower, "lower", unicode::lower);
case_method!(str_casefold, "casefold", unicode::casefold);
case_method!(str_title, "title", unicode::title);
case_method!(str_capitalize, "capitalize", unicode::capitalize);
case_method!(str_swapcase, "swapcase", unicode::swapcase);

macro_rules! pred_method {
    ($fname:ident, $name:literal, all $f:path) => {
        fn $fname(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
            let s = this(vm, &mut args, $name)?;
            noargs(vm, args, concat!("str.", $name))?;
            Ok(Value::bool(!s.is_empty() && s.chars().all($f)))
        }
    };
    ($fname:ident, $name:literal, whole $f:path) => {
        fn $fname(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
            let s = this(vm, &mut args, $name)?;
            noargs(vm, args, concat!("str.", $name))?;
            Ok(Value::bool($f(&s)))
        }
    };
}
pred_method!(str_isalpha, "isalpha", all unicode::is_alpha);
pred_method!(str_isdigit, "isdigit", all unicode::is_digit);
pred_method!(str_isdecimal, "isdecimal", all unicode::is_decimal);
pred_method!(str_isnumeric, "isnumeric", all unicode::is_numeric);
pred_method!(str_isalnum, "isalnum", all unicode::is_alnum);
pred_method!(str_isspace, "isspace", all unicode::is_space);
pred_method!(str_isupper, "isupper", whole unicode::str_isupper);
pred_method!(str_islower, "islower", whole unicode::str_islower);
pred_method!(str_istitle, "istitle", whole unicode::str_istitle);
pred_method!(str_isidentifier, "isidentifier", whole unicode::is_identifier);

fn str_isprintable(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this(vm, &mut args, "isprintable")?;
    noargs(vm, args, "str.isprintable")?;
    Ok(Value::bool(s.chars().all(unicode::is_printable)))
}

fn str_isascii(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this(vm, &mut args, "isascii")?;
    noargs(vm, args, "str.isascii")?;
    Ok(Value::bool(s.is_ascii()))
}

// ----- searching ------------------------------------------------------------------------

/// Parse `(sub[, start[, end]])` for find & co.
fn find_args(
    vm: &mut Vm,
    mut args: Args,
    name: &str,
) -> PyResult<(Text, Value, Option<i64>, Option<i64>)> {
    let s = this(vm, &mut args, name)?;
    parse_tuple_arity(vm, &args, name, 1, 3)?;
    let start = slice_arg(vm, args.pos.get(1))?;
    let end = slice_arg(vm, args.pos.get(2))?;
    Ok((Text::new(s), args.pos[0].clone(), start, end))
}

/// (found index or None) for find/rfind.
fn do_find(t: &Text, sub: &str, start: Option<i64>, end: Option<i64>, rev: bool) -> Option<usize> {
    let n = t.len();
    let (start, end) = adjust(start, end, n);
    let sublen = sub.chars().count();
    if start > n || end < start || end - start < sublen {
        return None;
    }
    if sub.is_empty() {
        return Some(if rev { end } else { start });
    }
    let hay = t.slice(start, end);
    let pos = if rev { hay.rfind(sub) } else { hay.find(sub) }?;
    let b0 = t.boff(start);
    Some(t.cidx(b0 + pos))
}

/// find/rfind/index/rindex on an ASCII `str` with a `str` argument: works on the
/// borrowed text (byte offsets are code-point indices), with no copy of the haystack,
/// so scanning a long string piecewise (`s.find(c, pos)`) stays linear overall.
fn find_ascii_fast(vm: &mut Vm, args: &Args, rev: bool) -> PyResult<Option<Option<usize>>> {
    if !args.kw.is_empty() || args.pos.len() < 2 || args.pos.len() > 4 {
        return Ok(None);
    }
    let (Some(hay), Some(sub)) = (
        args.pos[0].downcast_ref::<StrData>(),
        args.pos[1].downcast_ref::<StrData>(),
    ) else {
        return Ok(None);
    };
    if !hay.is_ascii() || !sub.is_ascii() {
        return Ok(None);
    }
    let start = slice_arg(vm, args.pos.get(2))?;
    let end = slice_arg(vm, args.pos.get(3))?;
    let n = hay.char_len();
    let (start, end) = adjust(start, end, n);
    let sub = sub.as_str();
    if start > n || end < start || end - start < sub.len() {
        return Ok(Some(None));
    }
    if sub.is_empty() {
        return Ok(Some(Some(if rev { end } else { start })));
    }
    let h = &hay.as_str()[start..end];
    let pos = if rev { h.rfind(sub) } else { h.find(sub) };
    Ok(Some(pos.map(|p| p + start)))
}

fn find_impl(vm: &mut Vm, args: Args, name: &str, rev: bool, raise: bool) -> PyResult<Value> {
    if let Some(found) = find_ascii_fast(vm, &args, rev)? {
        return match found {
            Some(i) => Ok(vm.new_usize(i)),
            None if raise => Err(vm.value_error("substring not found")),
            None => Ok(vm.new_int(-1)),
        };
    }
    let (t, sub, start, end) = find_args(vm, args, name)?;
    let sub = arg_str(vm, &sub, "")?;
    match do_find(&t, &sub, start, end, rev) {
        Some(i) => Ok(vm.new_usize(i)),
        None if raise => Err(vm.value_error("substring not found")),
        None => Ok(vm.new_int(-1)),
    }
}

fn str_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "find", false, false)
}
fn str_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "rfind", true, false)
}
fn str_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "index", false, true)
}
fn str_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "rindex", true, true)
}

fn str_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (t, sub, start, end) = find_args(vm, args, "count")?;
    let sub = arg_str(vm, &sub, "")?;
    let n = t.len();
    let (start, end) = adjust(start, end, n);
    if start > n || end < start {
        return Ok(vm.new_int(0));
    }
    if sub.is_empty() {
        return Ok(vm.new_usize(end - start + 1));
    }
    let c = t.slice(start, end).matches(sub.as_str()).count();
    Ok(vm.new_usize(c))
}

fn starts_ends(vm: &mut Vm, args: Args, name: &str, ends: bool) -> PyResult<Value> {
    let (t, prefix, start, end) = find_args(vm, args, name)?;
    let cands: Vec<Value> = if let Some(tp) = prefix.downcast_ref::<TupleData>() {
        tp.as_slice().to_vec()
    } else {
        vec![prefix.clone()]
    };
    let is_tuple = prefix.downcast_ref::<TupleData>().is_some();
    let n = t.len();
    let (start, end) = adjust(start, end, n);
    for c in cands {
        let Some(p) = str_of(vm, &c) else {
            let tn = vm.type_name(&c);
            return Err(if is_tuple {
                vm.type_error(format!(
                    "tuple for {} must only contain str, not {}",
                    name, tn
                ))
            } else {
                vm.type_error(format!(
                    "{} first arg must be str or a tuple of str, not {}",
                    name, tn
                ))
            });
        };
        if start > n {
            continue;
        }
        let plen = p.chars().count();
        if end < start || end - start < plen {
            continue;
        }
        let hay = t.slice(start, end);
        let ok = if ends {
            hay.ends_with(p.as_str())
        } else {
            hay.starts_with(p.as_str())
        };
        if ok {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn str_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends(vm, args, "startswith", false)
}
fn str_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends(vm, args, "endswith", true)
}

// ----- split / join / partition ---------------------------------------------------------

fn split_args(vm: &mut Vm, args: Args, name: &str) -> PyResult<(Option<String>, i64)> {
    let [sep, maxsplit] = bind_kw::<2>(vm, args, name, ["sep", "maxsplit"])?;
    let sep = if sep.is_null() || sep.is_none() {
        None
    } else {
        Some(match str_of(vm, &sep) {
            Some(s) => s,
            None => {
                let tn = vm.type_name(&sep);
                return Err(vm.type_error(format!("must be str or None, not {}", tn)));
            }
        })
    };
    let maxsplit = if maxsplit.is_null() {
        -1
    } else {
        arg_index(vm, &maxsplit)?
    };
    if sep.as_deref() == Some("") {
        return Err(vm.value_error("empty separator"));
    }
    Ok((sep, maxsplit))
}

pub(crate) fn split_whitespace(s: &str, maxsplit: i64) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len();
    let mut out = Vec::new();
    let mut i = 0;
    let mut count = if maxsplit < 0 { i64::MAX } else { maxsplit };
    while count > 0 {
        while i < n && unicode::is_space(chars[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        let j = i;
        while i < n && !unicode::is_space(chars[i]) {
            i += 1;
        }
        out.push(chars[j..i].iter().collect());
        count -= 1;
    }
    if i < n {
        while i < n && unicode::is_space(chars[i]) {
            i += 1;
        }
        if i != n {
            out.push(chars[i..].iter().collect());
        }
    }
    out
}

pub(crate) fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = chars.len();
    let mut count = if maxsplit < 0 { i64::MAX } else { maxsplit };
    while count > 0 {
        while i > 0 && unicode::is_space(chars[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        let j = i;
        while i > 0 && !unicode::is_space(chars[i - 1]) {
            i -= 1;
        }
        out.push(chars[i..j].iter().collect());
        count -= 1;
    }
    if i > 0 {
        while i > 0 && unicode::is_space(chars[i - 1]) {
            i -= 1;
        }
        if i != 0 {
            out.push(chars[..i].iter().collect());
        }
    }
    out.reverse();
    out
}

fn str_split(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this(vm, &mut args, "split")?;
    let (sep, maxsplit) = split_args(vm, args, "split")?;
    let parts = match sep {
        None => split_whitespace(&s, maxsplit),
        Some(sep) => {
            if maxsplit < 0 {
                s.split(sep.as_str()).map(String::from).collect()
            } else {
                s.splitn(maxsplit.saturating_add(1) as usize, sep.as_str())
                    .map(String::from)
                    .collect()
            }
        }
    };
    Ok(new_list_of_strs(vm, parts))
}

fn str_rsplit(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this(vm, &mut args, "rsplit")?;
    let (sep, maxsplit) = split_args(vm, args, "rsplit")?;
    let parts = match sep {
        None => rsplit_whitespace(&s, maxsplit),
        Some(sep) => {
            let mut v: Vec<String> = if maxsplit < 0 {
                s.rsplit(sep.as_str()).map(String::from).collect()
            } else {
                s.rsplitn(maxsplit.saturating_add(1) as usize, sep.as_str())
                    .map(String::from)
                    .collect()
            };
            v.reverse();
            v
        }
    };
    Ok(new_list_of_strs(vm, parts))
}

fn str_splitlines(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this(vm, &mut args, "splitlines")?;
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "splitlines() takes at most 1 argument ({} given)",
            args.pos.len()
        )));
    }
    let [keep] = bind_kw::<1>(vm, args, "splitlines", ["keepends"])?;
    let keepends = if keep.is_null() {
        false
    } else if let Some(f) = keep.as_float() {
        let _ = f;
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    } else {
        arg_index(vm, &keep)? != 0
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let n = chars.len();
    while i < n {
        let j = i;
        while i < n && !unicode::is_linebreak(chars[i]) {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if chars[i] == '\r' && i + 1 < n && chars[i + 1] == '\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push(chars[j..eol].iter().collect::<String>());
    }
    Ok(new_list_of_strs(vm, out))
}

fn str_join(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let sep = this(vm, &mut args, "join")?;
    let iterable = one_arg(vm, args, "str.join")?;
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
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        if let Some(s) = item.downcast_ref::<StrData>() {
            out.push_str(s.as_str());
            continue;
        }
        match str_of(vm, item) {
            Some(s) => out.push_str(&s),
            None => {
                let tn = vm.type_name(item);
                return Err(vm.type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i, tn
                )));
            }
        }
    }
    Ok(vm.new_str(out))
}

fn partition_impl(vm: &mut Vm, mut args: Args, name: &str, rev: bool) -> PyResult<Value> {
    let s = this(vm, &mut args, name)?;
    let sep = one_arg(vm, args, &format!("str.{}", name))?;
    let sep = arg_str(vm, &sep, "")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev { s.rfind(&sep) } else { s.find(&sep) };
    let (a, b, c) = match found {
        Some(p) => (
            s[..p].to_string(),
            sep.clone(),
            s[p + sep.len()..].to_string(),
        ),
        None if rev => (String::new(), String::new(), s.clone()),
        None => (s.clone(), String::new(), String::new()),
    };
    let t = vec![vm.new_str(a), vm.new_str(b), vm.new_str(c)];
    Ok(vm.new_tuple(t))
}

fn str_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}
fn str_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

// ----- strip / replace / affixes --------------------------------------------------------

fn strip_impl(vm: &mut Vm, mut args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = this(vm, &mut args, name)?;
    let v = args.range(vm, name, 0, 1)?;
    let chars: Option<Vec<char>> = match v.first() {
        None => None,
        Some(c) if c.is_none() => None,
        Some(c) => match str_of(vm, c) {
            Some(cs) => Some(cs.chars().collect()),
            None => return Err(vm.type_error(format!("{} arg must be None or str", name))),
        },
    };
    let pred = |c: char| match &chars {
        None => unicode::is_space(c),
        Some(set) => set.contains(&c),
    };
    let mut r: &str = &s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    Ok(vm.new_str(r))
}

fn str_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}
fn str_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}
fn str_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn str_replace(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this(vm, &mut args, "replace")?;
    let v = args.range(vm, "replace", 2, 3)?;
    let old = arg_str(vm, &v[0], "replace() argument 1 ")?;
    let new = arg_str(vm, &v[1], "replace() argument 2 ")?;
    let count = match v.get(2) {
        Some(c) => arg_index(vm, c)?,
        None => -1,
    };
    let count = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if count == 0 {
        return Ok(vm.new_str(s));
    }
    let out = if old.is_empty() {
        let mut out = String::with_capacity(s.len() + new.len() * (s.len() + 1));
        let mut done = 0;
        for c in s.chars() {
            if done < count {
                out.push_str(&new);
                done += 1;
            }
            out.push(c);
        }
        if done < count {
            out.push_str(&new);
        }
        out
    } else if count == usize::MAX {
        s.replace(old.as_str(), &new)
    } else {
        s.replacen(old.as_str(), &new, count)
    };
    Ok(vm.new_str(out))
}

fn affix_impl(vm: &mut Vm, mut args: Args, name: &str, prefix: bool) -> PyResult<Value> {
    let s = this(vm, &mut args, name)?;
    let a = one_arg(vm, args, &format!("str.{}", name))?;
    let a = arg_str(vm, &a, &format!("{}() argument ", name))?;
    let r = if prefix {
        s.strip_prefix(a.as_str()).unwrap_or(&s)
    } else {
        s.strip_suffix(a.as_str()).unwrap_or(&s)
    };
    Ok(vm.new_str(r))
}

fn str_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, "removeprefix", true)
}
fn str_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, "removesuffix", false)
}

// ----- padding ----------------------------------------------------------------------

fn pad_args(vm: &mut Vm, mut args: Args, name: &str) -> PyResult<(String, usize, char)> {
    let s = this(vm, &mut args, name)?;
    let v = args.range(vm, name, 1, 2)?;
    let width = arg_index(vm, &v[0])?;
    let fill = match v.get(1) {
        None => ' ',
        Some(f) => {
            let Some(fs) = str_of(vm, f) else {
                let tn = vm.type_name(f);
                return Err(vm.type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    tn
                )));
            };
            let mut it = fs.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
    };
    let width = width.max(0) as usize;
    if width > crate::types::str_methods::MAX_ALLOC {
        return Err(vm.memory_error(""));
    }
    Ok((s, width, fill))
}

fn pad(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + left + right);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

fn str_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, args, "center")?;
    let n = s.chars().count();
    if width <= n {
        return Ok(vm.new_str(s));
    }
    let marg = width - n;
    let left = marg / 2 + (marg & width & 1);
    Ok(vm.new_str(pad(&s, left, marg - left, fill)))
}

fn str_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, args, "ljust")?;
    let n = s.chars().count();
    let r = if width <= n {
        s
    } else {
        pad(&s, 0, width - n, fill)
    };
    Ok(vm.new_str(r))
}

fn str_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, args, "rjust")?;
    let n = s.chars().count();
    let r = if width <= n {
        s
    } else {
        pad(&s, width - n, 0, fill)
    };
    Ok(vm.new_str(r))
}

fn str_zfill(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this(vm, &mut args, "zfill")?;
    let w = one_arg(vm, args, "str.zfill")?;
    let width = arg_index(vm, &w)?.max(0) as usize;
    if width > crate::types::str_methods::MAX_ALLOC {
        return Err(vm.memory_error(""));
    }
    let n = s.chars().count();
    if width <= n {
        return Ok(vm.new_str(s));
    }
    let fill = width - n;
    let mut out = String::with_capacity(width);
    let rest = if s.starts_with('+') || s.starts_with('-') {
        out.push_str(&s[..1]);
        &s[1..]
    } else {
        &s[..]
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(vm.new_str(out))
}

fn str_expandtabs(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this(vm, &mut args, "expandtabs")?;
    let [ts] = bind_kw::<1>(vm, args, "expandtabs", ["tabsize"])?;
    let tabsize = if ts.is_null() { 8 } else { arg_c_int(vm, &ts)? };
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let inc = tabsize - col % tabsize;
                if out.len() as i64 + inc > crate::types::str_methods::MAX_ALLOC as i64 {
                    return Err(vm.memory_error(""));
                }
                out.extend(std::iter::repeat_n(' ', inc as usize));
                col += inc;
            }
        } else {
            out.push(c);
            col += 1;
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(vm.new_str(out))
}

// ----- encode / translate ----------------------------------------------------------

fn str_encode(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this(vm, &mut args, "encode")?;
    let [enc, errs] = bind_kw::<2>(vm, args, "encode", ["encoding", "errors"])?;
    let encoding = if enc.is_null() {
        "utf-8".to_string()
    } else {
        arg_str(vm, &enc, "encode() argument 'encoding' ")?
    };
    let errors = if errs.is_null() {
        "strict".to_string()
    } else {
        arg_str(vm, &errs, "encode() argument 'errors' ")?
    };
    match codec::encode(&s, &encoding, &errors) {
        Ok(b) => Ok(vm.new_bytes(b)),
        Err(e) => {
            let sv = vm.new_str(s);
            Err(codec::raise(vm, e, &sv))
        }
    }
}

fn str_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.range(vm, "maketrans", 1, 3)?;
    let d = vm.new_dict();
    let dd = d.downcast_ref::<DictData>().map(|_| ());
    let _ = dd;
    if v.len() == 1 {
        let Some(src) = v[0].downcast_ref::<DictData>().map(|x| x.items()) else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, val) in src {
            let key = if let Some(ks) = str_of(vm, &k) {
                let mut it = ks.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => vm.new_int(c as i64),
                    _ => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                }
            } else if crate::protocol::hash::int_of(&k).is_some() {
                k.clone()
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            if let Some(dd) = d.downcast_ref::<DictData>() {
                dd.set(vm, key, val)?;
            }
        }
        return Ok(d);
    }
    let Some(x) = str_of(vm, &v[0]) else {
        let tn = vm.type_name(&v[0]);
        return Err(vm.type_error(format!("maketrans() argument 1 must be str, not {}", tn)));
    };
    let Some(y) = str_of(vm, &v[1]) else {
        let tn = vm.type_name(&v[1]);
        return Err(vm.type_error(format!("maketrans() argument 2 must be str, not {}", tn)));
    };
    let xs: Vec<char> = x.chars().collect();
    let ys: Vec<char> = y.chars().collect();
    if xs.len() != ys.len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in xs.iter().zip(ys.iter()) {
        let k = vm.new_int(*a as i64);
        let val = vm.new_int(*b as i64);
        if let Some(dd) = d.downcast_ref::<DictData>() {
            dd.set(vm, k, val)?;
        }
    }
    if let Some(z) = v.get(2) {
        let Some(z) = str_of(vm, z) else {
            let tn = vm.type_name(z);
            return Err(vm.type_error(format!("maketrans() argument 3 must be str, not {}", tn)));
        };
        for c in z.chars() {
            let k = vm.new_int(c as i64);
            if let Some(dd) = d.downcast_ref::<DictData>() {
                dd.set(vm, k, Value::NONE)?;
            }
        }
    }
    Ok(d)
}

fn str_translate(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this(vm, &mut args, "translate")?;
    let table = one_arg(vm, args, "str.translate")?;
    let mut out = String::with_capacity(s.len());
    let lookup_err = vm.t.lookup_error.clone();
    for c in s.chars() {
        let key = vm.new_int(c as i64);
        let r = match vm.getitem(&table, &key) {
            Ok(r) => r,
            Err(e) => {
                if vm.is_instance(e.value(), &lookup_err) {
                    out.push(c);
                    continue;
                }
                return Err(e);
            }
        };
        if r.is_none() {
            continue;
        }
        if let Some(i) = crate::protocol::hash::int_of(&r) {
            use num_traits::ToPrimitive;
            match i.to_u32().and_then(char::from_u32) {
                Some(ch) if (i.to_u32().unwrap_or(u32::MAX)) < 0x110000 => out.push(ch),
                _ => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            }
        } else if let Some(rs) = str_of(vm, &r) {
            out.push_str(&rs);
        } else {
            return Err(vm.type_error("character mapping must return integer, None or str"));
        }
    }
    Ok(vm.new_str(out))
}

// ----- format -------------------------------------------------------------------------

fn str_format_method(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this(vm, &mut args, "format")?;
    let pos: Vec<Value> = args.pos.into_iter().collect();
    let kw = if args.kw.is_empty() {
        None
    } else {
        let d = vm.new_dict();
        if let Some(dd) = d.downcast_ref::<DictData>() {
            for (k, v) in args.kw {
                dd.set(vm, k, v)?;
            }
        }
        Some(d)
    };
    let r = format::vformat(vm, &s, &pos, kw.as_ref(), false)?;
    Ok(vm.new_str(r))
}

fn str_format_map(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let s = this(vm, &mut args, "format_map")?;
    let m = one_arg(vm, args, "str.format_map")?;
    let r = format::vformat(vm, &s, &[], Some(&m), true)?;
    Ok(vm.new_str(r))
}

// ----- registration -------------------------------------------------------------------

pub fn init(vm: &mut Vm) {
    let c = vm.t.str.clone();
    vm.add_native_dunders(
        &c,
        &[
            "__add__",
            "__mul__",
            "__rmul__",
            "__eq__",
            "__ne__",
            "__lt__",
            "__le__",
            "__gt__",
            "__ge__",
            "__hash__",
            "__repr__",
            "__len__",
            "__getitem__",
            "__contains__",
            "__iter__",
        ],
    );
    crate::types::object::add_new(vm, &c, "str", str_new);
    let methods: &[(&'static str, crate::types::function::NativeFn)] = &[
        ("__str__", str_str),
        ("__format__", str_format_dunder),
        ("__mod__", str_mod),
        ("__rmod__", str_rmod),
        ("__getnewargs__", str_getnewargs),
        ("__sizeof__", str_sizeof),
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("swapcase", str_swapcase),
        ("isalpha", str_isalpha),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
        ("isprintable", str_isprintable),
        ("isascii", str_isascii),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("join", str_join),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("replace", str_replace),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("expandtabs", str_expandtabs),
        ("encode", str_encode),
        ("translate", str_translate),
        ("format", str_format_method),
        ("format_map", str_format_map),
    ];
    for &(name, f) in methods {
        vm.add_method(&c, name, f);
    }
    vm.add_method_kind(&c, "maketrans", str_maketrans, MethodKind::Static);
    codec::init(vm);
}
