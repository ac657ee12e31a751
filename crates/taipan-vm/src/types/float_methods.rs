//! `float` methods (CPython's `Objects/floatobject.c`).

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};
use taipan_bytecode::BinaryOp;

use crate::args::Args;
use crate::errors::PyResult;
use crate::heap::ObjKind;
use crate::protocol::hash::{float_to_bigint, frexp, int_of};
use crate::types::function::{MethodKind, NativeFn};
use crate::types::int_methods::{
    big_to_f64, float_of, float_to_int, format_error, index_big, num_divmod, str_arg,
};
use crate::types::native_dunders::wrap_native;
use crate::types::native_dunders::{two, typed_binops};
use crate::types::object::add_new;
use crate::value::Value;
use crate::vm::Vm;

/// `float(x)` with one argument (`PyNumber_Float`).
pub fn number_float(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    if let Some(f) = x.as_float() {
        return Ok(f);
    }
    if let Some(b) = int_of(x) {
        let b = b.into_owned();
        return big_to_f64(vm, &b);
    }
    if let Some(s) = str_arg(x) {
        return match taipan_format::parse_float(s) {
            Some(f) => Ok(f),
            None => {
                let r = vm.repr_string(x)?;
                Err(vm.value_error(format!("could not convert string to float: {}", r)))
            }
        };
    }
    if let Some(b) = vm.bytes_like(x) {
        let parsed = std::str::from_utf8(&b)
            .ok()
            .filter(|s| s.is_ascii())
            .and_then(taipan_format::parse_float);
        return match parsed {
            Some(f) => Ok(f),
            None => {
                let r = vm.repr_string(x)?;
                Err(vm.value_error(format!("could not convert string to float: {}", r)))
            }
        };
    }
    if x.kind() == Some(ObjKind::Instance) {
        let name = vm.n.__float__.clone();
        if let Some(m) = vm.lookup_special(x, &name) {
            let r = vm.call_method_value(&m, x, Args::default())?;
            if let Some(f) = float_of(vm, &r) {
                return Ok(f);
            }
            let (tn, rn) = (vm.type_name(x), vm.type_name(&r));
            return Err(vm.type_error(format!("{}.__float__ returned non-float (type {})", tn, rn)));
        }
        if let Some(b) = index_big(vm, x)? {
            return big_to_f64(vm, &b);
        }
        let n = vm.native_of(x);
        if !n.is(x) {
            return number_float(vm, &n);
        }
    }
    let tn = vm.type_name(x);
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        tn
    )))
}

fn float_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error("float.__new__(): not enough arguments"));
    }
    let cls = args.pos.remove(0);
    if !args.kw.is_empty() && cls.is(&vm.t.float) {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "float expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    let f = match args.pos.first() {
        None => 0.0,
        Some(x) => number_float(vm, x)?,
    };
    let base = vm.t.float.clone();
    wrap_native(vm, &cls, &base, Value::float(f))
}

fn self_f(vm: &mut Vm, args: &Args) -> f64 {
    args.pos
        .first()
        .and_then(|v| float_of(vm, v))
        .unwrap_or(0.0)
}

fn noargs(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    args.no_kw(vm, name)?;
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "float.{}() takes no arguments ({} given)",
            name,
            args.pos.len().saturating_sub(1)
        )));
    }
    Ok(self_f(vm, args))
}

fn f_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = noargs(vm, &args, "is_integer")?;
    Ok(Value::bool(f.is_finite() && f == f.trunc()))
}

/// `float.as_integer_ratio` as big ints.
pub fn float_ratio(vm: &mut Vm, f: f64) -> PyResult<(BigInt, BigInt)> {
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let (m, e) = frexp(f);
    let mut m = m;
    let mut e = e as i64;
    let mut i = 0;
    while m != m.floor() && i < 300 {
        m *= 2.0;
        e -= 1;
        i += 1;
    }
    let mut num = float_to_bigint(m);
    let mut den = BigInt::from(1u8);
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    Ok((num, den))
}

fn f_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = noargs(vm, &args, "as_integer_ratio")?;
    let (n, d) = float_ratio(vm, f)?;
    let (n, d) = (vm.new_bigint(n), vm.new_bigint(d));
    Ok(vm.new_tuple(vec![n, d]))
}

fn f_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = noargs(vm, &args, "hex")?;
    Ok(vm.new_str(taipan_format::float_to_hex(f)))
}

fn f_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [cls, s] = args.exact::<2>(vm, "fromhex")?;
    let Some(text) = str_arg(&s).map(|s| s.to_string()) else {
        let tn = vm.type_name(&s);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {}", tn)));
    };
    let f = match taipan_format::float_from_hex(&text) {
        Ok(f) => f,
        Err(e) => {
            let msg = e.message();
            return Err(match e.kind() {
                taipan_format::ErrorKind::OverflowError => vm.overflow_error(msg),
                _ => vm.value_error(msg),
            });
        }
    };
    if cls.is(&vm.t.float) {
        Ok(Value::float(f))
    } else {
        vm.call(&cls, Args::new([Value::float(f)]))
    }
}

fn f_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = noargs(vm, &args, "conjugate")?;
    Ok(Value::float(f))
}
fn f_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = noargs(vm, &args, "__float__")?;
    Ok(Value::float(f))
}
fn f_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = noargs(vm, &args, "__abs__")?;
    Ok(Value::float(f.abs()))
}

fn f_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = noargs(vm, &args, "__trunc__")?;
    let b = float_to_int(vm, f)?;
    Ok(vm.new_bigint(b))
}
fn f_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = noargs(vm, &args, "__int__")?;
    let b = float_to_int(vm, f)?;
    Ok(vm.new_bigint(b))
}
fn f_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = noargs(vm, &args, "__floor__")?;
    let b = float_to_int(vm, f.floor())?;
    Ok(vm.new_bigint(b))
}
fn f_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = noargs(vm, &args, "__ceil__")?;
    let b = float_to_int(vm, f.ceil())?;
    Ok(vm.new_bigint(b))
}

fn f_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_f(vm, &args);
    let a = args.range(vm, "__round__", 1, 2)?;
    match a.get(1) {
        Some(n) if !n.is_none() => {
            let nd = match index_big(vm, n)? {
                Some(b) => b,
                None => {
                    let tn = vm.type_name(n);
                    return Err(vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        tn
                    )));
                }
            };
            let nd = nd.to_i64().unwrap_or(if nd > BigInt::zero() {
                i64::MAX
            } else {
                i64::MIN
            });
            match taipan_format::round_float(f, nd) {
                Some(r) => Ok(Value::float(r)),
                None => Err(vm.overflow_error("rounded value too large to represent")),
            }
        }
        _ => {
            let r = taipan_format::round_half_even(f);
            let b = float_to_int(vm, r)?;
            Ok(vm.new_bigint(b))
        }
    }
}

fn f_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, spec] = args.exact::<2>(vm, "__format__")?;
    let Some(spec_s) = str_arg(&spec).map(|s| s.to_string()) else {
        let tn = vm.type_name(&spec);
        return Err(vm.type_error(format!("__format__() argument must be str, not {}", tn)));
    };
    if spec_s.is_empty() {
        return vm.str(&this);
    }
    let tn = vm.type_name(&this);
    let f = float_of(vm, &this).unwrap_or(0.0);
    let parsed = match taipan_format::parse_format_spec(&spec_s) {
        Ok(p) => p,
        Err(e) => return Err(format_error(vm, e, &tn)),
    };
    match taipan_format::format_float(f, &parsed) {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => Err(format_error(vm, e, &tn)),
    }
}

fn f_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_f(vm, &args);
    Ok(vm.new_tuple(vec![Value::float(f)]))
}

fn f_getformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [_cls, t] = args.exact::<2>(vm, "__getformat__")?;
    match str_arg(&t) {
        Some("double") | Some("float") => Ok(vm.new_str("IEEE, little-endian")),
        Some(_) => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        None => {
            let tn = vm.type_name(&t);
            Err(vm.type_error(format!("__getformat__() argument must be str, not {}", tn)))
        }
    }
}

fn get_real(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::float(float_of(vm, v).unwrap_or(0.0)))
}
fn get_imag(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::float(0.0))
}

fn is_real_operand(v: &Value) -> bool {
    v.is_float() || int_of(v).is_some()
}

typed_binops! { FLOAT_BINOPS, is_real_operand;
    f_add, f_radd, Add, "__add__", "__radd__";
    f_sub, f_rsub, Subtract, "__sub__", "__rsub__";
    f_mul, f_rmul, Multiply, "__mul__", "__rmul__";
    f_truediv, f_rtruediv, TrueDivide, "__truediv__", "__rtruediv__";
    f_floordiv, f_rfloordiv, FloorDivide, "__floordiv__", "__rfloordiv__";
    f_mod, f_rmod, Remainder, "__mod__", "__rmod__";
}

fn f_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(vm, args, "__divmod__")?;
    if !is_real_operand(&b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    num_divmod(vm, &a, &b)
}
fn f_rdivmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(vm, args, "__rdivmod__")?;
    if !is_real_operand(&b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    num_divmod(vm, &b, &a)
}

fn pow_common(vm: &mut Vm, args: Args, name: &str, reflected: bool) -> PyResult<Value> {
    let a = args.range(vm, name, 2, 3)?;
    let x = vm.native_of(&a[0]);
    let y = vm.native_of(&a[1]);
    if let Some(m) = a.get(2) {
        if !m.is_none() {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        }
    }
    if !is_real_operand(&y) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    if reflected {
        vm.native_binop(&y, &x, BinaryOp::Power)
    } else {
        vm.native_binop(&x, &y, BinaryOp::Power)
    }
}
fn f_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pow_common(vm, args, "__pow__", false)
}
fn f_rpow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pow_common(vm, args, "__rpow__", true)
}

pub fn init(vm: &mut Vm) {
    let float = vm.t.float.clone();
    add_new(vm, &float, "float", float_new);
    for &(n, f) in FLOAT_BINOPS {
        vm.add_method(&float, n, f);
    }
    vm.add_native_dunders(
        &float,
        &[
            "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__", "__repr__",
            "__bool__", "__neg__", "__pos__",
        ],
    );
    let methods: &[(&'static str, NativeFn)] = &[
        ("__divmod__", f_divmod),
        ("__rdivmod__", f_rdivmod),
        ("__pow__", f_pow),
        ("__rpow__", f_rpow),
        ("__int__", f_int),
        ("__float__", f_float),
        ("__trunc__", f_trunc),
        ("__floor__", f_floor),
        ("__ceil__", f_ceil),
        ("__abs__", f_abs),
        ("__round__", f_round),
        ("__format__", f_format),
        ("__getnewargs__", f_getnewargs),
        ("conjugate", f_conjugate),
        ("is_integer", f_is_integer),
        ("as_integer_ratio", f_as_integer_ratio),
        ("hex", f_hex),
    ];
    for &(n, f) in methods {
        vm.add_method(&float, n, f);
    }
    vm.add_method_kind(&float, "fromhex", f_fromhex, MethodKind::Class);
    vm.add_method_kind(&float, "__getformat__", f_getformat, MethodKind::Class);
    vm.add_getset(&float, "real", get_real, None);
    vm.add_getset(&float, "imag", get_imag, None);
}
