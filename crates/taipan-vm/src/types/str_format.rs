//! `str.format`/`str.format_map` (CPython's `Objects/stringlib/unicode_format.h`)
//! and printf-style `str % args` (driving `taipan_format::percent`).

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};
use taipan_format::{
    parse_percent_format, percent_char_from_int, percent_char_from_str, percent_format_char,
    percent_format_float, percent_format_int, percent_format_str, ErrorKind, PercentCount,
    PercentError, PercentItem, PercentSpec,
};

use crate::args::Args;
use crate::errors::{PyErr, PyResult};
use crate::heap::ObjKind;
use crate::protocol::hash::int_of;
use crate::types::str::StrData;
use crate::types::tuple::TupleData;
use crate::value::Value;
use crate::vm::Vm;

use super::str_of;

// ----- str.format ---------------------------------------------------------------------

enum AutoNumber {
    Unknown,
    Auto(usize),
    Manual,
}

struct Formatter<'a> {
    args: &'a [Value],
    kwargs: Option<&'a Value>,
    /// `format_map`: positional fields are an error.
    map_only: bool,
    auto: AutoNumber,
}

/// Format `fmt` with positional `args` and keyword mapping `kwargs`.
pub fn vformat(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: Option<&Value>,
    map_only: bool,
) -> PyResult<String> {
    let mut f = Formatter {
        args,
        kwargs,
        map_only,
        auto: AutoNumber::Unknown,
    };
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len());
    f.build(vm, &chars, 2, &mut out)?;
    Ok(out)
}

impl<'a> Formatter<'a> {
    fn build(&mut self, vm: &mut Vm, s: &[char], depth: i32, out: &mut String) -> PyResult<()> {
        vm.check_stack()?;
        if depth <= 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        let n = s.len();
        let mut i = 0;
        while i < n {
            // Literal text up to '{' or '}'.
            let start = i;
            let mut c = '\0';
            let mut markup = false;
            while i < n {
                c = s[i];
                i += 1;
                if c == '{' || c == '}' {
                    markup = true;
                    break;
                }
            }
            let at_end = i >= n;
            let mut lit_end = i;
            if c == '}' && markup && (at_end || s[i] != '}') {
                return Err(vm.value_error("Single '}' encountered in format string"));
            }
            if at_end && c == '{' && markup {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            if markup {
                if !at_end && s[i] == c {
                    // Escaped brace: literal includes one brace.
                    i += 1;
                    out.extend(&s[start..lit_end]);
                    continue;
                }
                lit_end -= 1;
            }
            out.extend(&s[start..lit_end]);
            if !markup {
                continue;
            }
            // Parse the field (CPython's `parse_field`) on the rest of the string.
            let mut c = '\0';
            let name_start = i;
            while i < n {
                c = s[i];
                i += 1;
                match c {
                    '{' => return Err(vm.value_error("unexpected '{' in field name")),
                    '[' => {
                        while i < n && s[i] != ']' {
                            i += 1;
                        }
                        c = '\0';
                        continue;
                    }
                    '}' | ':' | '!' => break,
                    _ => {
                        c = '\0';
                        continue;
                    }
                }
            }
            let mut conversion = None;
            let mut spec: &[char] = &[];
            let name_end;
            if c == '!' || c == ':' {
                name_end = i - 1;
                let mut done = false;
                if c == '!' {
                    if i >= n {
                        return Err(
                            vm.value_error("end of string while looking for conversion specifier")
                        );
                    }
                    conversion = Some(s[i]);
                    i += 1;
                    if i < n {
                        let c2 = s[i];
                        i += 1;
                        if c2 == '}' {
                            done = true;
                        } else if c2 != ':' {
                            return Err(vm.value_error("expected ':' after conversion specifier"));
                        }
                    }
                }
                if !done {
                    let spec_start = i;
                    let mut count = 1;
                    let mut end = None;
                    while i < n {
                        let ch = s[i];
                        i += 1;
                        if ch == '{' {
                            count += 1;
                        } else if ch == '}' {
                            count -= 1;
                            if count == 0 {
                                end = Some(i - 1);
                                break;
                            }
                        }
                    }
                    let Some(end) = end else {
                        return Err(vm.value_error("unmatched '{' in format spec"));
                    };
                    spec = &s[spec_start..end];
                }
            } else if c != '}' {
                return Err(vm.value_error("expected '}' before end of string"));
            } else {
                name_end = i - 1;
            }
            let name: String = s[name_start..name_end].iter().collect();
            self.render_field(vm, &name, conversion, spec, depth, out)?;
        }
        Ok(())
    }

    fn render_field(
        &mut self,
        vm: &mut Vm,
        name: &str,
        mut conversion: Option<char>,
        spec: &[char],
        depth: i32,
        out: &mut String,
    ) -> PyResult<()> {
        let obj = self.get_field(vm, name)?;
        let obj = match conversion.take() {
            None => obj,
            Some('r') => vm.repr(&obj)?,
            Some('s') => vm.str(&obj)?,
            Some('a') => vm.ascii(&obj)?,
            Some(c) => {
                let msg = if (c as u32) > 32 && (c as u32) < 128 {
                    format!("Unknown conversion specifier {}", c)
                } else {
                    format!("Unknown conversion specifier \\x{:x}", c as u32)
                };
                return Err(vm.value_error(msg));
            }
        };
        // Expand nested fields in the spec.
        let spec_str = if spec.contains(&'{') {
            let mut sub = String::new();
            self.build(vm, spec, depth - 1, &mut sub)?;
            sub
        } else {
            spec.iter().collect()
        };
        // Fast paths for exact str.
        if let Some(sd) = obj.downcast_ref::<StrData>() {
            if obj.header().is_some_and(|h| h.class_is(&vm.t.str)) {
                let r = super::format_str_value(vm, sd.as_str(), &spec_str)?;
                out.push_str(&r);
                return Ok(());
            }
        }
        let spec_v = vm.new_str(spec_str);
        let r = vm.format(&obj, &spec_v)?;
        if let Some(rs) = r.downcast_ref::<StrData>() {
            out.push_str(rs.as_str());
        }
        Ok(())
    }

    fn get_field(&mut self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        let chars: Vec<char> = name.chars().collect();
        let n = chars.len();
        let mut i = 0;
        while i < n && chars[i] != '.' && chars[i] != '[' {
            i += 1;
        }
        let first: String = chars[..i].iter().collect();
        let mut obj = if first.is_empty() {
            if self.map_only {
                return Err(vm.value_error("Format string contains positional fields"));
            }
            let idx = match self.auto {
                AutoNumber::Manual => return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                )),
                AutoNumber::Unknown => 0,
                AutoNumber::Auto(k) => k,
            };
            self.auto = AutoNumber::Auto(idx + 1);
            self.positional(vm, idx)?
        } else if first.chars().all(|c| c.is_ascii_digit()) {
            if let AutoNumber::Auto(_) = self.auto {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            self.auto = AutoNumber::Manual;
            let idx: usize = match first.parse() {
                Ok(v) => v,
                Err(_) => return Err(vm.value_error("Too many decimal digits in format string")),
            };
            if self.map_only {
                return Err(vm.value_error("Format string contains positional fields"));
            }
            self.positional(vm, idx)?
        } else {
            let key = vm.new_str(first.clone());
            match self.kwargs {
                None => return Err(vm.key_error(key)),
                Some(m) => {
                    let m = m.clone();
                    vm.getitem(&m, &key)?
                }
            }
        };
        // Attribute and index accessors.
        while i < n {
            let c = chars[i];
            i += 1;
            if c == '.' {
                let s = i;
                while i < n && chars[i] != '.' && chars[i] != '[' {
                    i += 1;
                }
                if s == i {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let attr: String = chars[s..i].iter().collect();
                let a = vm.intern(&attr);
                obj = vm.getattr(&obj, &a)?;
            } else if c == '[' {
                let s = i;
                while i < n && chars[i] != ']' {
                    i += 1;
                }
                if i >= n {
                    return Err(vm.value_error("Missing ']' in format string"));
                }
                let key: String = chars[s..i].iter().collect();
                i += 1;
                if key.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let k = if key.chars().all(|c| c.is_ascii_digit()) {
                    match key.parse::<i64>() {
                        Ok(v) => vm.new_int(v),
                        Err(_) => vm.new_str(key),
                    }
                } else {
                    vm.new_str(key)
                };
                obj = vm.getitem(&obj, &k)?;
                if i < n && chars[i] != '.' && chars[i] != '[' {
                    return Err(
                        vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                    );
                }
            } else {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        }
        Ok(obj)
    }

    fn positional(&self, vm: &mut Vm, idx: usize) -> PyResult<Value> {
        match self.args.get(idx) {
            Some(v) => Ok(v.clone()),
            None => Err(vm.index_error(format!(
                "Replacement index {} out of range for positional args tuple",
                idx
            ))),
        }
    }
}

// ----- printf-style -------------------------------------------------------------------

fn percent_error(vm: &mut Vm, e: PercentError) -> PyErr {
    let msg = e.message();
    match e.kind() {
        ErrorKind::ValueError => vm.value_error(msg),
        ErrorKind::OverflowError => vm.overflow_error(msg),
        ErrorKind::TypeError => vm.type_error(msg),
        ErrorKind::MemoryError => vm.memory_error(msg),
    }
}

/// Whether `%` uses `args` as a mapping (`PyMapping_Check` and not tuple/str).
fn is_mapping_arg(vm: &mut Vm, v: &Value) -> bool {
    match v.kind() {
        Some(ObjKind::Tuple) | Some(ObjKind::Str) => false,
        Some(ObjKind::Dict)
        | Some(ObjKind::List)
        | Some(ObjKind::Bytes)
        | Some(ObjKind::ByteArray)
        | Some(ObjKind::Range)
        | Some(ObjKind::DictView) => !matches!(v.kind(), Some(ObjKind::DictView)),
        _ => {
            if v.downcast_ref::<TupleData>().is_some() || str_of(vm, v).is_some() {
                // subclass instances of tuple/str
                let n = vm.native_of(v);
                if n.downcast_ref::<TupleData>().is_some() || n.downcast_ref::<StrData>().is_some()
                {
                    return false;
                }
            }
            let n = vm.native_of(v);
            if n.downcast_ref::<TupleData>().is_some() {
                return false;
            }
            let gi = vm.n.__getitem__.clone();
            vm.lookup_special(v, &gi).is_some() && !vm.is_class(v)
        }
    }
}

/// An int for `%d`-style conversions (None: not a number).
fn int_for_d(vm: &mut Vm, v: &Value) -> PyResult<Option<BigInt>> {
    if let Some(i) = int_of(v) {
        return Ok(Some(i.into_owned()));
    }
    if let Some(f) = v.as_float() {
        return float_to_int(vm, f).map(Some);
    }
    let n = vm.native_of(v);
    if !n.is(v) {
        if let Some(i) = int_of(&n) {
            return Ok(Some(i.into_owned()));
        }
        if let Some(f) = n.as_float() {
            return float_to_int(vm, f).map(Some);
        }
    }
    if v.kind() == Some(ObjKind::Instance) {
        for name in ["__index__", "__int__"] {
            let nm = vm.intern(name);
            if let Some(m) = vm.lookup_special(v, &nm) {
                let r = vm.call_method_value(&m, v, Args::default())?;
                if let Some(i) = int_of(&r) {
                    return Ok(Some(i.into_owned()));
                }
                let tn = vm.type_name(&r);
                return Err(vm.type_error(format!("{} returned non-int (type {})", name, tn)));
            }
        }
        let nm = vm.intern("__float__");
        if let Some(m) = vm.lookup_special(v, &nm) {
            let r = vm.call_method_value(&m, v, Args::default())?;
            if let Some(f) = r.as_float() {
                return float_to_int(vm, f).map(Some);
            }
        }
    }
    Ok(None)
}

fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<BigInt> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    Ok(crate::protocol::hash::float_to_bigint(f.trunc()))
}

/// An int for `%x`-style conversions (`operator.index`).
fn int_for_x(vm: &mut Vm, v: &Value) -> PyResult<Option<BigInt>> {
    if let Some(i) = int_of(v) {
        return Ok(Some(i.into_owned()));
    }
    let n = vm.native_of(v);
    if let Some(i) = int_of(&n) {
        return Ok(Some(i.into_owned()));
    }
    if v.kind() == Some(ObjKind::Instance) {
        let nm = vm.n.__index__.clone();
        if let Some(m) = vm.lookup_special(v, &nm) {
            let r = vm.call_method_value(&m, v, Args::default())?;
            if let Some(i) = int_of(&r) {
                return Ok(Some(i.into_owned()));
            }
            let tn = vm.type_name(&r);
            return Err(vm.type_error(format!("__index__ returned non-int (type {})", tn)));
        }
    }
    Ok(None)
}

/// A float for `%f`-style conversions.
fn float_for_f(vm: &mut Vm, v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = v.as_float() {
        return Ok(Some(f));
    }
    if let Some(i) = int_of(v) {
        return match i.to_f64() {
            Some(f) if f.is_finite() => Ok(Some(f)),
            _ => Err(vm.overflow_error("int too large to convert to float")),
        };
    }
    let n = vm.native_of(v);
    if !n.is(v) {
        if let Some(f) = n.as_float() {
            return Ok(Some(f));
        }
        if let Some(i) = int_of(&n) {
            return match i.to_f64() {
                Some(f) if f.is_finite() => Ok(Some(f)),
                _ => Err(vm.overflow_error("int too large to convert to float")),
            };
        }
    }
    if v.kind() == Some(ObjKind::Instance) {
        let nm = vm.intern("__float__");
        if let Some(m) = vm.lookup_special(v, &nm) {
            let r = vm.call_method_value(&m, v, Args::default())?;
            if let Some(f) = r.as_float() {
                return Ok(Some(f));
            }
            let tn = vm.type_name(v);
            let rn = vm.type_name(&r);
            return Err(vm.type_error(format!("{}.__float__ returned non-float (type {})", tn, rn)));
        }
        if let Some(i) = int_for_x(vm, v)? {
            return Ok(i.to_f64());
        }
    }
    Ok(None)
}

struct ArgSource {
    items: Vec<Value>,
    /// Single non-tuple argument: `items` has one element.
    single: bool,
    next: usize,
}

impl ArgSource {
    fn take(&mut self, vm: &mut Vm) -> PyResult<Value> {
        match self.items.get(self.next) {
            Some(v) => {
                self.next += 1;
                Ok(v.clone())
            }
            None => Err(vm.type_error("not enough arguments for format string")),
        }
    }
}

fn star_value(vm: &mut Vm, src: &mut ArgSource) -> PyResult<i64> {
    let v = src.take(vm)?;
    match int_of(&v) {
        Some(i) => match i.to_i64() {
            Some(x) => Ok(x),
            None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        },
        None => Err(vm.type_error("* wants int")),
    }
}

/// One conversion, returning the rendered text. Conversions that produce bytes
/// use the same machinery via `render_value`.
pub(crate) fn render_value(
    vm: &mut Vm,
    spec: &PercentSpec,
    conv: &taipan_format::PercentConv,
    v: &Value,
) -> PyResult<String> {
    match spec.ty {
        's' => {
            let s = vm.str_string(v)?;
            Ok(percent_format_str(&s, conv))
        }
        'r' => {
            let s = vm.repr_string(v)?;
            Ok(percent_format_str(&s, conv))
        }
        'a' => {
            let s = vm.ascii(v)?;
            let s = str_of(vm, &s).unwrap_or_default();
            Ok(percent_format_str(&s, conv))
        }
        'd' | 'i' | 'u' => match int_for_d(vm, v)? {
            Some(i) => percent_format_int(&i, conv).map_err(|e| percent_error(vm, e)),
            None => {
                let type_name = vm.type_name(v);
                Err(percent_error(
                    vm,
                    PercentError::RealNumberRequired {
                        ty: spec.ty,
                        type_name,
                    },
                ))
            }
        },
        'o' | 'x' | 'X' => match int_for_x(vm, v)? {
            Some(i) => percent_format_int(&i, conv).map_err(|e| percent_error(vm, e)),
            None => {
                let type_name = vm.type_name(v);
                Err(percent_error(
                    vm,
                    PercentError::IntegerRequired {
                        ty: spec.ty,
                        type_name,
                    },
                ))
            }
        },
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => match float_for_f(vm, v)? {
            Some(f) => Ok(percent_format_float(f, conv)),
            None => {
                let type_name = vm.type_name(v);
                Err(percent_error(
                    vm,
                    PercentError::MustBeRealNumber { type_name },
                ))
            }
        },
        'c' => {
            let ch = if let Some(s) = str_of(vm, v) {
                percent_char_from_str(&s)
            } else if let Some(i) = int_for_x(vm, v)? {
                percent_char_from_int(&i)
            } else {
                Err(PercentError::CharRequiresIntOrChar)
            };
            match ch {
                Ok(c) => Ok(percent_format_char(c, conv)),
                Err(e) => Err(percent_error(vm, e)),
            }
        }
        _ => Err(percent_error(vm, spec.unsupported_error())),
    }
}

/// Drive a parsed `%` format: `render` converts one value for one spec.
pub(crate) fn percent_drive(
    vm: &mut Vm,
    items: Vec<PercentItem>,
    args: &Value,
    bytes_keys: bool,
    out: &mut dyn FnMut(&str),
    render: &mut dyn FnMut(
        &mut Vm,
        &PercentSpec,
        &taipan_format::PercentConv,
        &Value,
    ) -> PyResult<String>,
) -> PyResult<()> {
    let mapping = is_mapping_arg(vm, args);
    let tuple_items = {
        let n = vm.native_of(args);
        n.downcast_ref::<TupleData>().map(|t| t.as_slice().to_vec())
    };
    let mut src = match tuple_items {
        Some(items) => ArgSource {
            items,
            single: false,
            next: 0,
        },
        None => ArgSource {
            items: vec![args.clone()],
            single: true,
            next: 0,
        },
    };
    let _ = src.single;
    for item in items {
        let (spec, err) = match item {
            PercentItem::Literal(t) => {
                out(&t);
                continue;
            }
            PercentItem::Spec(s) => (s, None),
            PercentItem::Error { partial, error } => (partial, Some(error)),
        };
        // Mapping key.
        if let Some(key) = &spec.key {
            if !mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            if matches!(err, Some(PercentError::IncompleteFormatKey)) {
                return Err(percent_error(vm, PercentError::IncompleteFormatKey));
            }
            let k = if bytes_keys {
                vm.new_bytes(key.chars().map(|c| (c as u32).min(255) as u8).collect())
            } else {
                vm.new_str(key.as_str())
            };
            let v = vm.getitem(args, &k)?;
            // CPython replaces the argument source with the looked-up value.
            src = ArgSource {
                items: vec![v],
                single: true,
                next: 0,
            };
        } else if matches!(err, Some(PercentError::IncompleteFormatKey)) {
            if !mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            return Err(percent_error(vm, PercentError::IncompleteFormatKey));
        }
        let source: &mut ArgSource = &mut src;
        let sw = if spec.width == Some(PercentCount::Star) {
            Some(star_value(vm, source)?)
        } else {
            None
        };
        let sp = if spec.precision == Some(PercentCount::Star) {
            Some(star_value(vm, source)?)
        } else {
            None
        };
        if let Some(e) = err {
            return Err(percent_error(vm, e));
        }
        let conv = spec.resolve(sw, sp).map_err(|e| percent_error(vm, e))?;
        if conv.width.is_some_and(|w| w > super::MAX_ALLOC)
            || conv.precision.is_some_and(|p| p > super::MAX_ALLOC)
        {
            return Err(vm.memory_error(""));
        }
        let v = source.take(vm)?;
        if !spec.is_supported() && spec.ty != 'b' {
            return Err(percent_error(vm, spec.unsupported_error()));
        }
        let s = render(vm, &spec, &conv, &v)?;
        out(&s);
    }
    if !mapping && src.next < src.items.len() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(())
}

/// `str % args`.
pub fn percent_format(vm: &mut Vm, s: &Value, args: &Value) -> PyResult<Value> {
    let Some(fmt) = str_of(vm, s) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let items = parse_percent_format(&fmt);
    let mut result = String::with_capacity(fmt.len());
    {
        let mut out = |t: &str| result.push_str(t);
        let mut render = |vm: &mut Vm,
                          spec: &PercentSpec,
                          conv: &taipan_format::PercentConv,
                          v: &Value|
         -> PyResult<String> {
            if spec.ty == 'b' {
                return Err(percent_error(vm, spec.unsupported_error()));
            }
            render_value(vm, spec, conv, v)
        };
        percent_drive(vm, items, args, false, &mut out, &mut render)?;
    }
    let _ = BigInt::zero();
    Ok(vm.new_str(result))
}
