//! `int` methods (CPython's `Objects/longobject.c`), shared numeric conversion
//! helpers, and the numeric builtin functions (`abs`, `divmod`, `pow`, `round`, `bin`,
//! `oct`, `hex`, `sum`).

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use taipan_bytecode::BinaryOp;

use crate::args::{opt, Args};
use crate::errors::{PyErr, PyResult};
use crate::heap::ObjKind;
use crate::protocol::hash::int_of;
use crate::types::function::{MethodKind, NativeFn};
use crate::types::native_dunders::wrap_native;
use crate::types::native_dunders::{two, typed_binops};
use crate::types::object::add_new;
use crate::types::str::StrData;
use crate::value::{Imm, Value};
use crate::vm::Vm;

// ----- shared helpers -------------------------------------------------------------------

/// The int value of an int, a bool, or an instance of a subclass of int.
pub fn big_of(vm: &Vm, v: &Value) -> Option<BigInt> {
    if let Some(b) = int_of(v) {
        return Some(b.into_owned());
    }
    if v.kind() == Some(ObjKind::Instance) {
        let n = vm.native_of(v);
        if !n.is(v) {
            return int_of(&n).map(|b| b.into_owned());
        }
    }
    None
}

/// Whether `v` is an int (incl. bool and subclass instances).
pub fn is_int_like(vm: &Vm, v: &Value) -> bool {
    big_of(vm, v).is_some()
}

/// The float value of a float or an instance of a subclass of float.
pub fn float_of(vm: &Vm, v: &Value) -> Option<f64> {
    if let Some(f) = v.as_float() {
        return Some(f);
    }
    if v.kind() == Some(ObjKind::Instance) {
        return vm.native_of(v).as_float();
    }
    None
}

/// Raise the exception a `FormatError` maps to.
pub fn format_error(vm: &mut Vm, e: taipan_format::FormatError, type_name: &str) -> PyErr {
    let msg = e.message(type_name);
    match e.kind() {
        taipan_format::ErrorKind::ValueError => vm.value_error(msg),
        taipan_format::ErrorKind::OverflowError => vm.overflow_error(msg),
        taipan_format::ErrorKind::TypeError => vm.type_error(msg),
        taipan_format::ErrorKind::MemoryError => vm.memory_error(msg),
    }
}

pub fn str_arg(v: &Value) -> Option<&str> {
    v.downcast_ref::<StrData>().map(|s| s.as_str())
}

/// `__index__` of any value as a BigInt (CPython's `PyNumber_Index`); None when the
/// value has no `__index__`.
pub fn index_big(vm: &mut Vm, v: &Value) -> PyResult<Option<BigInt>> {
    if let Some(b) = int_of(v) {
        return Ok(Some(b.into_owned()));
    }
    if v.kind() == Some(ObjKind::Instance) {
        let idx = vm.n.__index__.clone();
        if let Some(m) = vm.lookup_special(v, &idx) {
            let r = vm.call_method_value(&m, v, Args::default())?;
            return match int_of(&r) {
                Some(b) => Ok(Some(b.into_owned())),
                None => match big_of(vm, &r) {
                    Some(b) => Ok(Some(b)),
                    None => {
                        let tn = vm.type_name(&r);
                        Err(vm.type_error(format!("__index__ returned non-int (type {})", tn)))
                    }
                },
            };
        }
    }
    Ok(None)
}

/// `PyNumber_Index` or "'X' object cannot be interpreted as an integer".
pub fn require_index(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match index_big(vm, v)? {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                tn
            )))
        }
    }
}

pub fn big_to_f64(vm: &mut Vm, b: &BigInt) -> PyResult<f64> {
    match taipan_format::int_to_f64(b) {
        Ok(f) => Ok(f),
        Err(_) => Err(vm.overflow_error("int too large to convert to float")),
    }
}

/// `PyFloat_AsDouble`: float, int, `__float__`, `__index__`; None if none applies.
pub fn try_f64(vm: &mut Vm, v: &Value) -> PyResult<Option<f64>> {
    match v.imm() {
        Imm::Float(f) => return Ok(Some(f)),
        Imm::Int(i) => return Ok(Some(i as f64)),
        Imm::Bool(b) => return Ok(Some(b as i64 as f64)),
        Imm::Heap => {}
        _ => return Ok(None),
    }
    if let Some(b) = v.downcast_ref::<crate::types::int::BigIntData>() {
        let b = b.0.clone();
        return big_to_f64(vm, &b).map(Some);
    }
    if v.kind() == Some(ObjKind::Instance) {
        let name = vm.n.__float__.clone();
        if let Some(m) = vm.lookup_special(v, &name) {
            let r = vm.call_method_value(&m, v, Args::default())?;
            if let Some(f) = r.as_float() {
                return Ok(Some(f));
            }
            if let Some(f) = float_of(vm, &r) {
                return Ok(Some(f));
            }
            let (tn, rn) = (vm.type_name(v), vm.type_name(&r));
            return Err(vm.type_error(format!("{}.__float__ returned non-float (type {})", tn, rn)));
        }
        if let Some(b) = index_big(vm, v)? {
            return big_to_f64(vm, &b).map(Some);
        }
    }
    Ok(None)
}

/// `PyFloat_AsDouble` with "must be real number, not X".
pub fn require_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match try_f64(vm, v)? {
        Some(f) => Ok(f),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("must be real number, not {}", tn)))
        }
    }
}

/// `Args::bind` with Argument Clinic's extra checks and wording ("takes at most 2
/// arguments (3 given)", "'x' is an invalid keyword argument for f()", "takes at
/// least 1 positional argument (0 given)").
pub fn clinic_bind<const N: usize>(
    vm: &mut Vm,
    args: Args,
    fname: &str,
    params: [&str; N],
    posonly: usize,
    kwonly_from: usize,
    required: usize,
) -> PyResult<[Value; N]> {
    let npos = args.pos.len();
    let total = npos + args.kw.len();
    if total > N {
        return Err(vm.type_error(format!(
            "{}() takes at most {} {}argument{} ({} given)",
            fname,
            N,
            if npos == 0 { "keyword " } else { "" },
            if N == 1 { "" } else { "s" },
            total
        )));
    }
    let maxpos = kwonly_from.min(N);
    let minposonly = posonly.min(required);
    if npos < minposonly {
        return Err(vm.type_error(format!(
            "{}() takes {} {} positional argument{} ({} given)",
            fname,
            if minposonly < maxpos {
                "at least"
            } else {
                "exactly"
            },
            minposonly,
            if minposonly == 1 { "" } else { "s" },
            npos
        )));
    }
    if npos <= maxpos {
        for (k, _) in &args.kw {
            let n = crate::args::kw_name(k);
            if !params[posonly..].contains(&n) {
                let n = n.to_string();
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    n, fname
                )));
            }
        }
    }
    args.bind::<N>(vm, fname, params, posonly, kwonly_from, required)
}

fn truncate_repr(r: String) -> String {
    if r.chars().count() > 200 {
        r.chars().take(200).collect()
    } else {
        r
    }
}

const MAX_STR_DIGITS: usize = 4300;

pub enum ParseIntError {
    Invalid,
    TooManyDigits(usize),
}

/// `int(s, base)` for the text of a str/bytes (`PyLong_FromString` after
/// `_PyUnicode_TransformDecimalAndSpaceToASCII`).
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, ParseIntError> {
    let mut buf: Vec<u8> = Vec::with_capacity(s.len());
    for c in s.chars() {
        let v = c as u32;
        if v < 128 {
            if v == 0 {
                return Err(ParseIntError::Invalid);
            }
            buf.push(v as u8);
        } else if taipan_format::is_python_whitespace(c) {
            buf.push(b' ');
        } else if let Some(d) = taipan_format::decimal_value(c) {
            buf.push(b'0' + d as u8);
        } else {
            return Err(ParseIntError::Invalid);
        }
    }
    parse_int_bytes(&buf, base)
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

pub fn parse_int_bytes(buf: &[u8], base: u32) -> Result<BigInt, ParseIntError> {
    let mut i = 0;
    let n = buf.len();
    while i < n && is_space(buf[i]) {
        i += 1;
    }
    let mut neg = false;
    if i < n && (buf[i] == b'+' || buf[i] == b'-') {
        neg = buf[i] == b'-';
        i += 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    let lower = |j: usize| buf.get(j).map(|c| c.to_ascii_lowercase());
    if base == 0 {
        if buf.get(i) != Some(&b'0') {
            base = 10;
        } else {
            match lower(i + 1) {
                Some(b'x') => base = 16,
                Some(b'o') => base = 8,
                Some(b'b') => base = 2,
                _ => {
                    error_if_nonzero = true;
                    base = 10;
                }
            }
        }
    }
    if buf.get(i) == Some(&b'0') {
        let p = lower(i + 1);
        if (base == 16 && p == Some(b'x'))
            || (base == 8 && p == Some(b'o'))
            || (base == 2 && p == Some(b'b'))
        {
            i += 2;
            if buf.get(i) == Some(&b'_') {
                i += 1;
            }
        }
    }
    if buf.get(i) == Some(&b'_') {
        return Err(ParseIntError::Invalid);
    }
    let mut digits: Vec<u8> = Vec::new();
    let mut prev_underscore = false;
    while i < n {
        let c = buf[i];
        if c == b'_' {
            if prev_underscore {
                return Err(ParseIntError::Invalid);
            }
            prev_underscore = true;
            i += 1;
            continue;
        }
        let d = match c {
            b'0'..=b'9' => (c - b'0') as u32,
            b'a'..=b'z' => (c - b'a') as u32 + 10,
            b'A'..=b'Z' => (c - b'A') as u32 + 10,
            _ => break,
        };
        if d >= base {
            break;
        }
        prev_underscore = false;
        digits.push(c);
        i += 1;
    }
    if prev_underscore || digits.is_empty() {
        return Err(ParseIntError::Invalid);
    }
    if !base.is_power_of_two() && digits.len() > MAX_STR_DIGITS {
        return Err(ParseIntError::TooManyDigits(digits.len()));
    }
    while i < n && is_space(buf[i]) {
        i += 1;
    }
    if i != n {
        return Err(ParseIntError::Invalid);
    }
    let v = BigInt::parse_bytes(&digits, base).ok_or(ParseIntError::Invalid)?;
    if error_if_nonzero && !v.is_zero() {
        return Err(ParseIntError::Invalid);
    }
    Ok(if neg { -v } else { v })
}

/// `int(x, base)` where x is a str/bytes/bytearray value.
fn int_from_text(vm: &mut Vm, x: &Value, base: u32, base_arg: i64) -> PyResult<Option<BigInt>> {
    let r = if let Some(s) = str_arg(x) {
        parse_int(s, base)
    } else if let Some(b) = vm.bytes_like(x) {
        parse_int_bytes(&b, base)
    } else {
        return Ok(None);
    };
    match r {
        Ok(v) => Ok(Some(v)),
        Err(ParseIntError::TooManyDigits(n)) => Err(vm.value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            MAX_STR_DIGITS, n
        ))),
        Err(ParseIntError::Invalid) => {
            let r = vm.repr_string(x)?;
            Err(vm.value_error(format!(
                "invalid literal for int() with base {}: {}",
                base_arg,
                truncate_repr(r)
            )))
        }
    }
}

/// Float → int with CPython's errors.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<BigInt> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    Ok(crate::protocol::hash::float_to_bigint(f.trunc()))
}

/// `int(x)` with one argument (`PyNumber_Long`).
pub fn number_long(vm: &mut Vm, x: &Value) -> PyResult<BigInt> {
    if let Some(b) = int_of(x) {
        return Ok(b.into_owned());
    }
    if let Some(f) = x.as_float() {
        return float_to_int(vm, f);
    }
    if x.kind() == Some(ObjKind::Instance) {
        for (name, what) in [
            (vm.n.__int__.clone(), "__int__"),
            (vm.n.__index__.clone(), "__index__"),
            (vm.n.__trunc__.clone(), "__trunc__"),
        ] {
            if let Some(m) = vm.lookup_special(x, &name) {
                let r = vm.call_method_value(&m, x, Args::default())?;
                if let Some(b) = big_of(vm, &r) {
                    return Ok(b);
                }
                if what == "__trunc__" {
                    return match index_big(vm, &r)? {
                        Some(b) => Ok(b),
                        None => {
                            let tn = vm.type_name(&r);
                            Err(vm.type_error(format!(
                                "__trunc__ returned non-Integral (type {})",
                                tn
                            )))
                        }
                    };
                }
                let tn = vm.type_name(&r);
                return Err(vm.type_error(format!("{} returned non-int (type {})", what, tn)));
            }
        }
        let n = vm.native_of(x);
        if !n.is(x) {
            return number_long(vm, &n);
        }
    }
    if let Some(c) = x.downcast_ref::<crate::types::complex::ComplexData>() {
        let _ = c;
        let tn = vm.type_name(x);
        return Err(vm.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            tn
        )));
    }
    if let Some(v) = int_from_text(vm, x, 10, 10)? {
        return Ok(v);
    }
    let tn = vm.type_name(x);
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        tn
    )))
}

fn int_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error("int.__new__(): not enough arguments"));
    }
    let cls = args.pos.remove(0);
    let base_kw = args.take_kw("base");
    if let Some((k, _)) = args.kw.first() {
        let k = crate::args::kw_name(k).to_string();
        return Err(vm.type_error(format!("'{}' is an invalid keyword argument for int()", k)));
    }
    if args.pos.len() > 2 || (args.pos.len() == 2 && base_kw.is_some()) {
        if args.pos.len() == 2 {
            return Err(vm.type_error("argument for int() given by name ('base') and position (2)"));
        }
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.pos.len() + base_kw.is_some() as usize
        )));
    }
    let x = args.pos.first().cloned();
    let base = if args.pos.len() == 2 {
        Some(args.pos[1].clone())
    } else {
        base_kw
    };
    let result = match (x, base) {
        (None, None) => BigInt::zero(),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => number_long(vm, &x)?,
        (Some(x), Some(b)) => {
            let b = require_index(vm, &b)?;
            let bi = b.to_i64().unwrap_or(-1);
            if bi != 0 && !(2..=36).contains(&bi) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let xn = vm.native_of(&x);
            match int_from_text(vm, &xn, bi as u32, bi)? {
                Some(v) => v,
                None => {
                    return Err(vm.type_error("int() can't convert non-string with explicit base"))
                }
            }
        }
    };
    let v = vm.new_bigint(result);
    let base = vm.t.int.clone();
    wrap_native(vm, &cls, &base, v)
}

// ----- methods ----------------------------------------------------------------------

fn self_big(vm: &mut Vm, args: &Args, name: &str) -> PyResult<BigInt> {
    match args.pos.first().and_then(|v| big_of(vm, v)) {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format!(
            "descriptor '{}' of 'int' object needs an argument",
            name
        ))),
    }
}

fn noargs(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    args.no_kw(vm, name)?;
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "int.{}() takes no arguments ({} given)",
            name,
            args.pos.len().saturating_sub(1)
        )));
    }
    Ok(())
}

macro_rules! int_identity {
    ($($f:ident, $name:literal;)*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
                noargs(vm, &args, $name)?;
                let b = self_big(vm, &args, $name)?;
                Ok(vm.new_bigint(b))
            }
        )*
    };
}

int_identity! {
    int_int, "__int__";
    int_index, "__index__";
    int_trunc, "__trunc__";
    int_floor, "__floor__";
    int_ceil, "__ceil__";
    int_conjugate, "conjugate";
}

fn int_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs(vm, &args, "__float__")?;
    let b = self_big(vm, &args, "__float__")?;
    Ok(Value::float(big_to_f64(vm, &b)?))
}

fn int_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs(vm, &args, "__abs__")?;
    let b = self_big(vm, &args, "__abs__")?;
    Ok(vm.new_bigint(b.abs()))
}

fn int_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_big(vm, &args, "__getnewargs__")?;
    let v = vm.new_bigint(b);
    Ok(vm.new_tuple(vec![v]))
}

fn int_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_big(vm, &args, "__sizeof__")?;
    let digits = b.bits().div_ceil(30).max(1);
    Ok(vm.new_int(24 + 4 * digits as i64))
}

fn int_bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs(vm, &args, "bit_length")?;
    let b = self_big(vm, &args, "bit_length")?;
    Ok(vm.new_int(b.bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs(vm, &args, "bit_count")?;
    let b = self_big(vm, &args, "bit_count")?;
    let n: u64 = b
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(vm.new_int(n as i64))
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs(vm, &args, "as_integer_ratio")?;
    let b = self_big(vm, &args, "as_integer_ratio")?;
    let v = vm.new_bigint(b);
    let one = vm.new_int(1);
    Ok(vm.new_tuple(vec![v, one]))
}

/// Round `x` to a multiple of `10**(-ndigits)` (ndigits < 0), half to even.
pub fn round_int(x: &BigInt, ndigits: &BigInt) -> BigInt {
    if !ndigits.is_negative() {
        return x.clone();
    }
    let ndig = (-ndigits).to_u64().unwrap_or(u64::MAX);
    // 10**k > |x| * 2 once k exceeds the digit count + 1: the result is 0.
    let xdigits = (x.bits() as f64 * std::f64::consts::LOG10_2) as u64 + 2;
    if ndig > xdigits {
        return BigInt::zero();
    }
    let pow10 = num_traits::pow(BigInt::from(10u32), ndig as usize);
    let (q, r) = x.div_mod_floor(&pow10);
    let twice = &r * 2;
    let mut res = x - &r;
    if twice > pow10 || (twice == pow10 && q.is_odd()) {
        res += &pow10;
    }
    res
}

fn int_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_big(vm, &args, "__round__")?;
    let a = args.range(vm, "__round__", 1, 2)?;
    match a.get(1) {
        None => Ok(vm.new_bigint(b)),
        Some(n) if n.is_none() => Ok(vm.new_bigint(b)),
        Some(n) => {
            let nd = require_index(vm, n)?;
            Ok(vm.new_bigint(round_int(&b, &nd)))
        }
    }
}

fn int_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, spec] = args.exact::<2>(vm, "__format__")?;
    let Some(spec_s) = str_arg(&spec).map(|s| s.to_string()) else {
        let tn = vm.type_name(&spec);
        return Err(vm.type_error(format!("__format__() argument must be str, not {}", tn)));
    };
    if spec_s.is_empty() {
        return vm.str(&this);
    }
    let tn = vm.type_name(&this);
    let b = big_of(vm, &this).unwrap_or_default();
    let parsed = match taipan_format::parse_format_spec(&spec_s) {
        Ok(p) => p,
        Err(e) => return Err(format_error(vm, e, &tn)),
    };
    let r = match b.to_i64() {
        Some(i) => taipan_format::format_i64(i, &parsed),
        None => taipan_format::format_int(&b, &parsed),
    };
    match r {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => Err(format_error(vm, e, &tn)),
    }
}

fn get_self_int(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = big_of(vm, v).unwrap_or_default();
    Ok(vm.new_bigint(b))
}
fn get_zero(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::small_int(0).unwrap_or(Value::NONE))
}
fn get_one(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::small_int(1).unwrap_or(Value::NONE))
}

fn byteorder_arg(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if v.is_null() {
        return Ok(false);
    }
    match str_arg(v) {
        Some("big") => Ok(false),
        Some("little") => Ok(true),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "to_bytes() argument 'byteorder' must be str, not {}",
                tn
            )))
        }
    }
}

fn int_to_bytes(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error("to_bytes() needs an argument"));
    }
    let this = args.pos.remove(0);
    let [length, order, signed] =
        args.bind::<3>(vm, "to_bytes", ["length", "byteorder", "signed"], 0, 2, 0)?;
    let b = big_of(vm, &this).unwrap_or_default();
    let length = match opt(length) {
        None => 1usize,
        Some(l) => {
            let l = require_index(vm, &l)?;
            if l.is_negative() {
                return Err(vm.value_error("length argument must be non-negative"));
            }
            match l.to_usize() {
                Some(n) if n < (1 << 40) => n,
                _ => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
            }
        }
    };
    let little = if order.is_null() {
        false
    } else {
        match str_arg(&order) {
            Some("big") => false,
            Some("little") => true,
            Some(_) => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
            None => {
                let tn = vm.type_name(&order);
                return Err(vm.type_error(format!(
                    "to_bytes() argument 'byteorder' must be str, not {}",
                    tn
                )));
            }
        }
    };
    let signed = match opt(signed) {
        Some(s) => vm.is_true(&s)?,
        None => false,
    };
    if !signed && b.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        b.to_signed_bytes_le()
    } else {
        b.to_bytes_le().1
    };
    if b.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if b.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

fn int_from_bytes(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error("from_bytes() needs an argument"));
    }
    let cls = args.pos.remove(0);
    let [data, order, signed] =
        args.bind::<3>(vm, "from_bytes", ["bytes", "byteorder", "signed"], 0, 2, 1)?;
    let little = byteorder_arg(vm, &order)?;
    if !order.is_null() && str_arg(&order).is_none() {
        let tn = vm.type_name(&order);
        return Err(vm.type_error(format!(
            "from_bytes() argument 'byteorder' must be str, not {}",
            tn
        )));
    }
    let signed = match opt(signed) {
        Some(s) => vm.is_true(&s)?,
        None => false,
    };
    let bytes: Vec<u8> = match vm.bytes_like(&data) {
        Some(b) => b,
        None => {
            if str_arg(&data).is_some() {
                return Err(vm.type_error("cannot convert 'str' object to bytes"));
            }
            let bname = vm.n.__bytes__.clone();
            if let Some(m) = vm.lookup_special(&data, &bname) {
                let r = vm.call_method_value(&m, &data, Args::default())?;
                match vm.bytes_like(&r) {
                    Some(b) => b,
                    None => {
                        let tn = vm.type_name(&r);
                        return Err(
                            vm.type_error(format!("__bytes__ returned non-bytes (type {})", tn))
                        );
                    }
                }
            } else {
                let items = match vm.collect_iter(&data) {
                    Ok(i) => i,
                    Err(_) => {
                        let tn = vm.type_name(&data);
                        return Err(
                            vm.type_error(format!("cannot convert '{}' object to bytes", tn))
                        );
                    }
                };
                let mut out = Vec::with_capacity(items.len());
                for it in items {
                    let b = match index_big(vm, &it)? {
                        Some(b) => b,
                        None => {
                            let tn = vm.type_name(&it);
                            return Err(vm.type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                tn
                            )));
                        }
                    };
                    match b.to_u8() {
                        Some(x) => out.push(x),
                        None => return Err(vm.value_error("bytes must be in range(0, 256)")),
                    }
                }
                out
            }
        }
    };
    let mut le = bytes;
    if !little {
        le.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&le)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &le)
    };
    let v = vm.new_bigint(v);
    if cls.is(&vm.t.int) {
        Ok(v)
    } else {
        vm.call(&cls, Args::new([v]))
    }
}

/// `pow(a, b, m)` for ints.
pub fn int_modpow(vm: &mut Vm, a: &BigInt, b: &BigInt, m: &BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let neg_mod = m.is_negative();
    let mm = m.abs();
    if mm.is_one() {
        return Ok(vm.new_int(0));
    }
    let mut base = a.mod_floor(&mm);
    let mut e = b.clone();
    if e.is_negative() {
        // Modular inverse.
        let g = base.extended_gcd(&mm);
        if !g.gcd.is_one() {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        }
        base = g.x.mod_floor(&mm);
        e = -e;
    }
    let mut r = base.modpow(&e, &mm);
    if neg_mod && !r.is_zero() {
        r -= &mm;
    }
    Ok(vm.new_bigint(r))
}

/// `a ** b` / `pow(a, b, m)` for native numbers.
pub fn num_pow3(vm: &mut Vm, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    if m.is_none() || m.is_null() {
        return vm.native_binop(a, b, BinaryOp::Power);
    }
    match (big_of(vm, a), big_of(vm, b), big_of(vm, m)) {
        (Some(x), Some(y), Some(z)) => int_modpow(vm, &x, &y, &z),
        _ if [a, b, m].iter().any(|v| v.kind() == Some(ObjKind::Complex)) => {
            Err(vm.value_error("complex modulo"))
        }
        _ => Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")),
    }
}

// ----- typed operator wrappers ------------------------------------------------------

/// Operands int's arithmetic dunders accept (ints and bools).
fn is_int_operand(v: &Value) -> bool {
    int_of(v).is_some()
}

typed_binops! { INT_BINOPS, is_int_operand;
    i_add, i_radd, Add, "__add__", "__radd__";
    i_sub, i_rsub, Subtract, "__sub__", "__rsub__";
    i_mul, i_rmul, Multiply, "__mul__", "__rmul__";
    i_truediv, i_rtruediv, TrueDivide, "__truediv__", "__rtruediv__";
    i_floordiv, i_rfloordiv, FloorDivide, "__floordiv__", "__rfloordiv__";
    i_mod, i_rmod, Remainder, "__mod__", "__rmod__";
    i_lshift, i_rlshift, Lshift, "__lshift__", "__rlshift__";
    i_rshift, i_rrshift, Rshift, "__rshift__", "__rrshift__";
    i_and, i_rand, And, "__and__", "__rand__";
    i_or, i_ror, Or, "__or__", "__ror__";
    i_xor, i_rxor, Xor, "__xor__", "__rxor__";
}

/// `divmod(a, b)` for native numbers (NotImplemented if not numbers).
pub fn num_divmod(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if vm.as_num(a).is_none() || vm.as_num(b).is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    if a.kind() == Some(ObjKind::Complex) || b.kind() == Some(ObjKind::Complex) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    if let (Some(x), Some(y)) = (int_of(a), int_of(b)) {
        if y.is_zero() {
            return Err(vm.zero_division_error("integer division or modulo by zero"));
        }
        let (q, r) = x.div_mod_floor(&y);
        let (q, r) = (vm.new_bigint(q), vm.new_bigint(r));
        return Ok(vm.new_tuple(vec![q, r]));
    }
    let x = match try_f64(vm, a)? {
        Some(f) => f,
        None => return Ok(Value::NOT_IMPLEMENTED),
    };
    let y = match try_f64(vm, b)? {
        Some(f) => f,
        None => return Ok(Value::NOT_IMPLEMENTED),
    };
    if y == 0.0 {
        return Err(vm.zero_division_error("float divmod()"));
    }
    let (q, r) = crate::protocol::number::float_divmod(x, y);
    Ok(vm.new_tuple(vec![Value::float(q), Value::float(r)]))
}

fn i_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(vm, args, "__divmod__")?;
    if int_of(&b).is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    num_divmod(vm, &a, &b)
}
fn i_rdivmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(vm, args, "__rdivmod__")?;
    if int_of(&b).is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    num_divmod(vm, &b, &a)
}

fn i_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "__pow__", 2, 3)?;
    let x = vm.native_of(&a[0]);
    let y = vm.native_of(&a[1]);
    let m = a.get(2).map(|m| vm.native_of(m)).unwrap_or(Value::NONE);
    if int_of(&y).is_none() || (!m.is_none() && int_of(&m).is_none()) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    num_pow3(vm, &x, &y, &m)
}
fn i_rpow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "__rpow__", 2, 3)?;
    let x = vm.native_of(&a[0]);
    let y = vm.native_of(&a[1]);
    let m = a.get(2).map(|m| vm.native_of(m)).unwrap_or(Value::NONE);
    if int_of(&y).is_none() || (!m.is_none() && int_of(&m).is_none()) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    num_pow3(vm, &y, &x, &m)
}

// ----- bool -------------------------------------------------------------------------

macro_rules! bool_ops {
    ($($f:ident, $name:literal, $op:tt, $iop:ident;)*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (a, b) = two(vm, args, $name)?;
                if let (Some(x), Some(y)) = (a.as_bool(), b.as_bool()) {
                    return Ok(Value::bool(x $op y));
                }
                if int_of(&a).is_none() || int_of(&b).is_none() {
                    return Ok(Value::NOT_IMPLEMENTED);
                }
                vm.native_binop(&a, &b, BinaryOp::$iop)
            }
        )*
    };
}

bool_ops! {
    b_and, "__and__", &, And;
    b_or, "__or__", |, Or;
    b_xor, "__xor__", ^, Xor;
}

pub fn bool_binop_names() -> &'static [(&'static str, NativeFn)] {
    &[
        ("__and__", b_and),
        ("__rand__", b_and),
        ("__or__", b_or),
        ("__ror__", b_or),
        ("__xor__", b_xor),
        ("__rxor__", b_xor),
    ]
}

// ----- builtin functions ------------------------------------------------------------

pub fn builtin_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [x] = args.exact::<1>(vm, "abs")?;
    if let Some(n) = vm.as_num(&x) {
        use crate::protocol::number::Num;
        return Ok(match n {
            Num::Int(i) => vm.new_bigint(BigInt::from(i).abs()),
            Num::Big(b) => vm.new_bigint(b.abs()),
            Num::Float(f) => Value::float(f.abs()),
            Num::Complex(r, i) => {
                let h = r.hypot(i);
                if h.is_infinite() && r.is_finite() && i.is_finite() {
                    return Err(vm.overflow_error("absolute value too large"));
                }
                Value::float(h)
            }
        });
    }
    let name = vm.n.__abs__.clone();
    match vm.lookup_special(&x, &name) {
        Some(m) => vm.call_method_value(&m, &x, Args::default()),
        None => {
            let tn = vm.type_name(&x);
            Err(vm.type_error(format!("bad operand type for abs(): '{}'", tn)))
        }
    }
}

pub fn builtin_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "divmod")?;
    let r = num_divmod(vm, &a, &b)?;
    if !r.is_not_implemented() {
        return Ok(r);
    }
    let name = vm.n.__divmod__.clone();
    let rname = vm.n.__rdivmod__.clone();
    let (ta, tb) = (vm.type_of(&a), vm.type_of(&b));
    let fa = crate::types::class::lookup(vm, &ta, &name);
    let fb = if ta.is(&tb) {
        None
    } else {
        crate::types::class::lookup(vm, &tb, &rname)
    };
    let mut fb = fb;
    if let Some(f) = fb.clone() {
        if crate::types::class::is_subclass(&tb, &ta) {
            let r = vm.call_method_value(&f, &b, Args::new([a.clone()]))?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
            fb = None;
        }
    }
    if let Some(f) = fa {
        let r = vm.call_method_value(&f, &a, Args::new([b.clone()]))?;
        if !r.is_not_implemented() {
            return Ok(r);
        }
    }
    if let Some(f) = fb {
        let r = vm.call_method_value(&f, &b, Args::new([a.clone()]))?;
        if !r.is_not_implemented() {
            return Ok(r);
        }
    }
    let (na, nb) = (vm.type_name(&a), vm.type_name(&b));
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        na, nb
    )))
}

pub fn builtin_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [base, exp, m] = clinic_bind::<3>(vm, args, "pow", ["base", "exp", "mod"], 0, 3, 2)?;
    if m.is_null() || m.is_none() {
        return vm.binary_op(&base, &exp, BinaryOp::Power);
    }
    let natives = [&base, &exp, &m]
        .iter()
        .all(|v| crate::protocol::number::is_native(v));
    if natives {
        if vm.as_num(&base).is_some() && vm.as_num(&exp).is_some() && vm.as_num(&m).is_some() {
            return num_pow3(vm, &base, &exp, &m);
        }
    } else {
        // Ternary pow only consults the first operands' __pow__/__rpow__.
        let name = vm.intern("__pow__");
        if let Some(f) = vm.lookup_special(&base, &name) {
            let r = vm.call_method_value(&f, &base, Args::new([exp.clone(), m.clone()]))?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
        if !vm.type_of(&base).is(&vm.type_of(&exp)) {
            let rname = vm.intern("__rpow__");
            if let Some(f) = vm.lookup_special(&exp, &rname) {
                let r = vm.call_method_value(&f, &exp, Args::new([base.clone(), m.clone()]))?;
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
        }
    }
    let (a, b, c) = (vm.type_name(&base), vm.type_name(&exp), vm.type_name(&m));
    Err(vm.type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        a, b, c
    )))
}

pub fn builtin_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [x, nd] = clinic_bind::<2>(vm, args, "round", ["number", "ndigits"], 0, 2, 1)?;
    let name = vm.n.__round__.clone();
    match vm.lookup_special(&x, &name) {
        Some(m) => {
            let a = if nd.is_null() || nd.is_none() {
                if nd.is_none() {
                    Args::new([Value::NONE])
                } else {
                    Args::default()
                }
            } else {
                Args::new([nd])
            };
            vm.call_method_value(&m, &x, a)
        }
        None => {
            let tn = vm.type_name(&x);
            Err(vm.type_error(format!("type {} doesn't define __round__ method", tn)))
        }
    }
}

fn base_format(vm: &mut Vm, args: Args, name: &str, radix: u32, prefix: &str) -> PyResult<Value> {
    let [x] = args.exact::<1>(vm, name)?;
    let b = require_index(vm, &x)?;
    let digits = b.magnitude().to_str_radix(radix);
    let sign = if b.is_negative() { "-" } else { "" };
    Ok(vm.new_str(format!("{}{}{}", sign, prefix, digits)))
}

pub fn builtin_bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    base_format(vm, args, "bin", 2, "0b")
}
pub fn builtin_oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    base_format(vm, args, "oct", 8, "0o")
}
pub fn builtin_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    base_format(vm, args, "hex", 16, "0x")
}

pub fn builtin_sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [iterable, start] = clinic_bind::<2>(vm, args, "sum", ["iterable", "start"], 1, 2, 1)?;
    let mut acc = if start.is_null() {
        Value::small_int(0).unwrap_or(Value::NONE)
    } else {
        start
    };
    match acc.kind() {
        Some(ObjKind::Str) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Some(ObjKind::Bytes) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Some(ObjKind::ByteArray) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = vm.get_iter(&iterable)?;
    // Fast paths: exact ints accumulate in i64/BigInt, floats in f64 (as CPython).
    let mut int_acc: Option<BigInt> = if acc.is_small_int() || acc.kind() == Some(ObjKind::Int) {
        int_of(&acc).map(|b| b.into_owned())
    } else {
        None
    };
    let mut float_acc: Option<f64> = None;
    loop {
        let Some(item) = vm.next(&it)? else { break };
        if let Some(ia) = int_acc.as_mut() {
            if item.is_small_int() || item.kind() == Some(ObjKind::Int) || item.as_bool().is_some()
            {
                if let Some(b) = int_of(&item) {
                    *ia += b.as_ref();
                    continue;
                }
            }
            acc = vm.new_bigint(std::mem::take(ia));
            int_acc = None;
            if let Some(f) = item.as_float() {
                // CPython switches to the float path with the int accumulator.
                let fa = int_of(&acc).map(|b| b.into_owned()).unwrap_or_default();
                let fa = big_to_f64(vm, &fa)?;
                float_acc = Some(fa + f);
                continue;
            }
            acc = vm.binary_op(&acc, &item, BinaryOp::Add)?;
            continue;
        }
        if float_acc.is_none() && acc.is_float() {
            float_acc = acc.as_float();
        }
        if let Some(fa) = float_acc.as_mut() {
            if let Some(f) = item.as_float() {
                *fa += f;
                continue;
            }
            if item.is_small_int() || item.as_bool().is_some() {
                if let Some(b) = int_of(&item) {
                    if let Some(i) = b.to_i64() {
                        *fa += i as f64;
                        continue;
                    }
                }
            }
            acc = Value::float(*fa);
            float_acc = None;
        }
        acc = vm.binary_op(&acc, &item, BinaryOp::Add)?;
    }
    if let Some(ia) = int_acc {
        return Ok(vm.new_bigint(ia));
    }
    if let Some(fa) = float_acc {
        return Ok(Value::float(fa));
    }
    Ok(acc)
}

pub fn init(vm: &mut Vm) {
    let int = vm.t.int.clone();
    add_new(vm, &int, "int", int_new);
    for &(n, f) in INT_BINOPS {
        vm.add_method(&int, n, f);
    }
    vm.add_native_dunders(
        &int,
        &[
            "__eq__",
            "__ne__",
            "__lt__",
            "__le__",
            "__gt__",
            "__ge__",
            "__hash__",
            "__repr__",
            "__bool__",
            "__neg__",
            "__pos__",
            "__invert__",
        ],
    );
    let methods: &[(&'static str, NativeFn)] = &[
        ("__divmod__", i_divmod),
        ("__rdivmod__", i_rdivmod),
        ("__pow__", i_pow),
        ("__rpow__", i_rpow),
        ("__int__", int_int),
        ("__index__", int_index),
        ("__trunc__", int_trunc),
        ("__floor__", int_floor),
        ("__ceil__", int_ceil),
        ("__float__", int_float),
        ("__abs__", int_abs),
        ("__round__", int_round),
        ("__format__", int_format),
        ("__getnewargs__", int_getnewargs),
        ("__sizeof__", int_sizeof),
        ("conjugate", int_conjugate),
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("to_bytes", int_to_bytes),
        ("as_integer_ratio", int_as_integer_ratio),
    ];
    for &(n, f) in methods {
        vm.add_method(&int, n, f);
    }
    vm.add_method_kind(&int, "from_bytes", int_from_bytes, MethodKind::Class);
    vm.add_getset(&int, "real", get_self_int, None);
    vm.add_getset(&int, "imag", get_zero, None);
    vm.add_getset(&int, "numerator", get_self_int, None);
    vm.add_getset(&int, "denominator", get_one, None);
}

/// Register the numeric builtin functions (called once the `builtins` module exists,
/// from `modules::math::init`).
pub fn init_builtins(vm: &mut Vm) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("abs", builtin_abs),
        ("divmod", builtin_divmod),
        ("pow", builtin_pow),
        ("round", builtin_round),
        ("bin", builtin_bin),
        ("oct", builtin_oct),
        ("hex", builtin_hex),
        ("sum", builtin_sum),
    ];
    for &(n, f) in fns {
        crate::builtins::add_function(vm, n, f);
    }
}
