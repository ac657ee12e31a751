//! `complex` methods (CPython's `Objects/complexobject.c`).

use taipan_bytecode::BinaryOp;

use crate::args::Args;
use crate::errors::PyResult;
use crate::heap::ObjKind;
use crate::protocol::hash::{int_float_cmp, int_of};
use crate::types::complex::ComplexData;
use crate::types::function::NativeFn;
use crate::types::int_methods::{format_error, str_arg, try_f64};
use crate::types::native_dunders::wrap_native;
use crate::types::native_dunders::{two, typed_binops};
use crate::types::object::add_new;
use crate::value::Value;
use crate::vm::Vm;

fn complex_of(vm: &Vm, v: &Value) -> Option<(f64, f64)> {
    if let Some(c) = v.downcast_ref::<ComplexData>() {
        return Some((c.re, c.im));
    }
    if v.kind() == Some(ObjKind::Instance) {
        let n = vm.native_of(v);
        if let Some(c) = n.downcast_ref::<ComplexData>() {
            return Some((c.re, c.im));
        }
    }
    None
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// A float prefix of `s[i..]` (`PyOS_string_to_double` with an end pointer).
fn scan_float(s: &[u8], i: usize) -> Option<(f64, usize)> {
    let mut j = i;
    let mut neg = false;
    if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
        neg = s[j] == b'-';
        j += 1;
    }
    let rest = &s[j..];
    let lower: Vec<u8> = rest
        .iter()
        .take(8)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if lower.starts_with(b"infinity") {
        return Some((
            if neg {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            },
            j + 8,
        ));
    }
    if lower.starts_with(b"inf") {
        return Some((
            if neg {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            },
            j + 3,
        ));
    }
    if lower.starts_with(b"nan") {
        let n = if neg { -f64::NAN } else { f64::NAN };
        return Some((n, j + 3));
    }
    let start = j;
    let mut ndig = 0;
    while j < s.len() && s[j].is_ascii_digit() {
        j += 1;
        ndig += 1;
    }
    if j < s.len() && s[j] == b'.' {
        j += 1;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
            ndig += 1;
        }
    }
    if ndig == 0 {
        return None;
    }
    if j < s.len() && (s[j] == b'e' || s[j] == b'E') {
        let mut k = j + 1;
        if k < s.len() && (s[k] == b'+' || s[k] == b'-') {
            k += 1;
        }
        let ds = k;
        while k < s.len() && s[k].is_ascii_digit() {
            k += 1;
        }
        if k > ds {
            j = k;
        }
    }
    let text = std::str::from_utf8(&s[start..j]).ok()?;
    let mut text = text.to_string();
    if text.starts_with('.') {
        text.insert(0, '0');
    }
    if text.ends_with('.') {
        text.push('0');
    }
    if let Some(p) = text.find(['e', 'E']) {
        if text[..p].ends_with('.') {
            text.insert(p, '0');
        }
    }
    let v: f64 = text.parse().ok()?;
    Some((if neg { -v } else { v }, j))
}

/// Parse a complex literal string; None when malformed.
pub fn parse_complex(s: &[u8]) -> Option<(f64, f64)> {
    let n = s.len();
    let mut i = 0;
    while i < n && is_space(s[i]) {
        i += 1;
    }
    let mut bracket = false;
    if i < n && s[i] == b'(' {
        bracket = true;
        i += 1;
        while i < n && is_space(s[i]) {
            i += 1;
        }
    }
    let (mut x, mut y) = (0.0, 0.0);
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j') | Some(b'J'));
    if let Some((z, end)) = scan_float(s, i) {
        i = end;
        if i < n && (s[i] == b'+' || s[i] == b'-') {
            x = z;
            if let Some((w, e2)) = scan_float(s, i) {
                y = w;
                i = e2;
            } else {
                y = if s[i] == b'+' { 1.0 } else { -1.0 };
                i += 1;
            }
            if !is_j(s.get(i)) {
                return None;
            }
            i += 1;
        } else if is_j(s.get(i)) {
            i += 1;
            y = z;
        } else {
            x = z;
        }
    } else {
        if i < n && (s[i] == b'+' || s[i] == b'-') {
            y = if s[i] == b'+' { 1.0 } else { -1.0 };
            i += 1;
        } else {
            y = 1.0;
        }
        if !is_j(s.get(i)) {
            return None;
        }
        i += 1;
    }
    while i < n && is_space(s[i]) {
        i += 1;
    }
    if bracket {
        if s.get(i) != Some(&b')') {
            return None;
        }
        i += 1;
        while i < n && is_space(s[i]) {
            i += 1;
        }
    }
    if i != n {
        return None;
    }
    Some((x, y))
}

fn complex_from_str(vm: &mut Vm, v: &Value, s: &str) -> PyResult<(f64, f64)> {
    // Transform Unicode digits and spaces to ASCII.
    let mut buf: Vec<u8> = Vec::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        if u < 128 {
            buf.push(u as u8);
        } else if taipan_format::is_python_whitespace(c) {
            buf.push(b' ');
        } else if let Some(d) = taipan_format::decimal_value(c) {
            buf.push(b'0' + d as u8);
        } else {
            buf.push(b'?');
        }
    }
    if buf.contains(&b'_') {
        // Underscores only between digits.
        let mut out = Vec::with_capacity(buf.len());
        for (k, &c) in buf.iter().enumerate() {
            if c == b'_' {
                let prev_ok = k > 0 && buf[k - 1].is_ascii_digit();
                let next_ok = buf.get(k + 1).is_some_and(|d| d.is_ascii_digit());
                if !prev_ok || !next_ok {
                    let r = vm.repr_string(v)?;
                    return Err(
                        vm.value_error(format!("could not convert string to complex: {}", r))
                    );
                }
            } else {
                out.push(c);
            }
        }
        buf = out;
    }
    match parse_complex(&buf) {
        Some(c) => Ok(c),
        None => Err(vm.value_error("complex() arg is a malformed string")),
    }
}

/// A complex-able argument: Some((re, im, is_complex)) or None when not a number.
fn to_complex_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<(f64, f64, bool)>> {
    if let Some((r, i)) = complex_of(vm, v) {
        if v.kind() != Some(ObjKind::Instance) {
            return Ok(Some((r, i, true)));
        }
    }
    if v.kind() == Some(ObjKind::Instance) {
        let name = vm.n.__complex__.clone();
        if let Some(m) = vm.lookup_special(v, &name) {
            let r = vm.call_method_value(&m, v, Args::default())?;
            return match complex_of(vm, &r) {
                Some((a, b)) => Ok(Some((a, b, true))),
                None => {
                    let tn = vm.type_name(&r);
                    Err(vm.type_error(format!("__complex__ returned non-complex (type {})", tn)))
                }
            };
        }
        if let Some((r, i)) = complex_of(vm, v) {
            return Ok(Some((r, i, true)));
        }
    }
    Ok(try_f64(vm, v)?.map(|f| (f, 0.0, false)))
}

fn complex_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error("complex.__new__(): not enough arguments"));
    }
    let cls = args.pos.remove(0);
    let [real, imag] = crate::types::int_methods::clinic_bind::<2>(
        vm,
        args,
        "complex",
        ["real", "imag"],
        0,
        2,
        0,
    )?;
    let base = vm.t.complex.clone();
    let (re, im) = if real.is_null() && imag.is_null() {
        (0.0, 0.0)
    } else if let Some(s) = (!real.is_null())
        .then(|| str_arg(&real).map(|s| s.to_string()))
        .flatten()
    {
        if !imag.is_null() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        complex_from_str(vm, &real, &s)?
    } else {
        if !imag.is_null() && str_arg(&imag).is_some() {
            return Err(vm.type_error("complex() second arg can't be a string"));
        }
        if imag.is_null() && cls.is(&base) && real.kind() == Some(ObjKind::Complex) {
            return Ok(real);
        }
        let (r, ri) = if real.is_null() {
            ((0.0, 0.0), false)
        } else {
            match to_complex_arg(vm, &real)? {
                Some((a, b, c)) => ((a, b), c),
                None => {
                    let tn = vm.type_name(&real);
                    return Err(vm.type_error(format!(
                        "complex() first argument must be a string or a number, not '{}'",
                        tn
                    )));
                }
            }
        };
        let (i, ii) = if imag.is_null() {
            ((0.0, 0.0), false)
        } else {
            match to_complex_arg(vm, &imag)? {
                Some((a, b, c)) => ((a, b), c),
                None => {
                    let tn = vm.type_name(&imag);
                    return Err(vm.type_error(format!(
                        "complex() second argument must be a number, not '{}'",
                        tn
                    )));
                }
            }
        };
        let mut re = r.0;
        let mut im = if imag.is_null() { r.1 } else { i.0 };
        if ii {
            re -= i.1;
        }
        if ri && !imag.is_null() {
            im += r.1;
        }
        (re, im)
    };
    let v = vm.new_complex(re, im);
    wrap_native(vm, &cls, &base, v)
}

fn self_c(vm: &mut Vm, args: &Args) -> (f64, f64) {
    args.pos
        .first()
        .and_then(|v| complex_of(vm, v))
        .unwrap_or((0.0, 0.0))
}

fn c_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, i) = self_c(vm, &args);
    args.exact::<1>(vm, "conjugate")?;
    Ok(vm.new_complex(r, -i))
}

fn c_complex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, i) = self_c(vm, &args);
    args.exact::<1>(vm, "__complex__")?;
    Ok(vm.new_complex(r, i))
}

fn c_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, i) = self_c(vm, &args);
    args.exact::<1>(vm, "__abs__")?;
    if r.is_infinite() || i.is_infinite() {
        return Ok(Value::float(f64::INFINITY));
    }
    let h = r.hypot(i);
    if h.is_infinite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(Value::float(h))
}

fn c_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, i) = self_c(vm, &args);
    Ok(vm.new_tuple(vec![Value::float(r), Value::float(i)]))
}

fn c_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, spec] = args.exact::<2>(vm, "__format__")?;
    let Some(spec_s) = str_arg(&spec).map(|s| s.to_string()) else {
        let tn = vm.type_name(&spec);
        return Err(vm.type_error(format!("__format__() argument must be str, not {}", tn)));
    };
    if spec_s.is_empty() {
        return vm.str(&this);
    }
    let tn = vm.type_name(&this);
    let (r, i) = complex_of(vm, &this).unwrap_or((0.0, 0.0));
    let parsed = match taipan_format::parse_format_spec(&spec_s) {
        Ok(p) => p,
        Err(e) => return Err(format_error(vm, e, &tn)),
    };
    match taipan_format::format_complex(r, i, &parsed) {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => Err(format_error(vm, e, &tn)),
    }
}

fn get_real(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::float(complex_of(vm, v).unwrap_or((0.0, 0.0)).0))
}
fn get_imag(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::float(complex_of(vm, v).unwrap_or((0.0, 0.0)).1))
}

fn is_operand(v: &Value) -> bool {
    v.is_float() || int_of(v).is_some() || v.kind() == Some(ObjKind::Complex)
}

typed_binops! { COMPLEX_BINOPS, is_operand;
    c_add, c_radd, Add, "__add__", "__radd__";
    c_sub, c_rsub, Subtract, "__sub__", "__rsub__";
    c_mul, c_rmul, Multiply, "__mul__", "__rmul__";
    c_truediv, c_rtruediv, TrueDivide, "__truediv__", "__rtruediv__";
}

fn pow_common(vm: &mut Vm, args: Args, name: &str, reflected: bool) -> PyResult<Value> {
    let a = args.range(vm, name, 2, 3)?;
    let x = vm.native_of(&a[0]);
    let y = vm.native_of(&a[1]);
    if let Some(m) = a.get(2) {
        if !m.is_none() {
            return Err(vm.value_error("complex modulo"));
        }
    }
    if !is_operand(&y) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    if reflected {
        vm.native_binop(&y, &x, BinaryOp::Power)
    } else {
        vm.native_binop(&x, &y, BinaryOp::Power)
    }
}
fn c_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pow_common(vm, args, "__pow__", false)
}
fn c_rpow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pow_common(vm, args, "__rpow__", true)
}

/// `complex == other` (None: NotImplemented).
pub fn complex_eq(vm: &Vm, (r, i): (f64, f64), other: &Value) -> Option<bool> {
    if let Some(b) = int_of(other) {
        return Some(i == 0.0 && int_float_cmp(&b, r) == Some(std::cmp::Ordering::Equal));
    }
    if let Some(f) = other.as_float() {
        return Some(i == 0.0 && r == f);
    }
    let (a, b) = complex_of(vm, other)?;
    Some(r == a && i == b)
}

fn c_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(vm, args, "__eq__")?;
    let s = complex_of(vm, &a).unwrap_or((0.0, 0.0));
    Ok(match complex_eq(vm, s, &b) {
        Some(x) => Value::bool(x),
        None => Value::NOT_IMPLEMENTED,
    })
}
fn c_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(vm, args, "__ne__")?;
    let s = complex_of(vm, &a).unwrap_or((0.0, 0.0));
    Ok(match complex_eq(vm, s, &b) {
        Some(x) => Value::bool(!x),
        None => Value::NOT_IMPLEMENTED,
    })
}
fn c_order(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let _ = args.range(vm, "__lt__", 2, 2)?;
    Ok(Value::NOT_IMPLEMENTED)
}

pub fn init(vm: &mut Vm) {
    let c = vm.t.complex.clone();
    add_new(vm, &c, "complex", complex_new);
    for &(n, f) in COMPLEX_BINOPS {
        vm.add_method(&c, n, f);
    }
    vm.add_native_dunders(
        &c,
        &["__hash__", "__repr__", "__bool__", "__neg__", "__pos__"],
    );
    let methods: &[(&'static str, NativeFn)] = &[
        ("__eq__", c_eq),
        ("__ne__", c_ne),
        ("__lt__", c_order),
        ("__le__", c_order),
        ("__gt__", c_order),
        ("__ge__", c_order),
        ("__pow__", c_pow),
        ("__rpow__", c_rpow),
        ("__abs__", c_abs),
        ("__complex__", c_complex),
        ("__format__", c_format),
        ("__getnewargs__", c_getnewargs),
        ("conjugate", c_conjugate),
    ];
    for &(n, f) in methods {
        vm.add_method(&c, n, f);
    }
    vm.add_getset(&c, "real", get_real, None);
    vm.add_getset(&c, "imag", get_imag, None);
}
