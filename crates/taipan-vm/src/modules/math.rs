//! The `math` module (CPython 3.11's `Modules/mathmodule.c`): libm functions with
//! CPython's error rules, plus its own gamma/lgamma, fsum, hypot and integer functions.

// Constants are copied digit for digit from the C sources they port (glibc, CPython).
#![allow(clippy::approx_constant, clippy::excessive_precision)]

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use taipan_bytecode::BinaryOp;

use crate::args::{opt, Args};
use crate::errors::{PyErr, PyResult};
use crate::heap::ObjKind;
use crate::types::function::NativeFn;
use crate::types::int_methods::{big_of, float_to_int, require_f64, require_index};
use crate::value::Value;
use crate::vm::Vm;

fn domain(vm: &mut Vm) -> PyErr {
    vm.value_error("math domain error")
}
fn range_err(vm: &mut Vm) -> PyErr {
    vm.overflow_error("math range error")
}

fn one_arg(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let [x] = args.exact::<1>(vm, name)?;
    Ok(x)
}

fn two_args(vm: &mut Vm, args: Args, name: &str) -> PyResult<(Value, Value)> {
    args.no_kw(vm, name)?;
    let n = args.pos.len();
    if n != 2 {
        return Err(vm.type_error(format!("{} expected 2 arguments, got {}", name, n)));
    }
    let mut it = args.pos.into_iter();
    let a = it.next().unwrap_or(Value::NONE);
    let b = it.next().unwrap_or(Value::NONE);
    Ok((a, b))
}

/// CPython's `math_1`.
fn math_1(
    vm: &mut Vm,
    args: Args,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = one_arg(vm, args, name)?;
    let x = require_f64(vm, &x)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_err(vm)
        } else {
            domain(vm)
        });
    }
    Ok(Value::float(r))
}

#[derive(PartialEq)]
enum Errno {
    None,
    Dom,
    Range,
}

fn check_errno(vm: &mut Vm, e: Errno, r: f64) -> PyResult<Value> {
    match e {
        Errno::None => Ok(Value::float(r)),
        Errno::Dom => Err(domain(vm)),
        Errno::Range => {
            if r.abs() < 1.5 {
                Ok(Value::float(r))
            } else {
                Err(range_err(vm))
            }
        }
    }
}

/// CPython's `math_2`.
fn math_2(vm: &mut Vm, args: Args, name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let (a, b) = two_args(vm, args, name)?;
    let x = require_f64(vm, &a)?;
    let y = require_f64(vm, &b)?;
    let r = f(x, y);
    let e = if r.is_nan() {
        if !x.is_nan() && !y.is_nan() {
            Errno::Dom
        } else {
            Errno::None
        }
    } else if r.is_infinite() {
        if x.is_finite() && y.is_finite() {
            Errno::Range
        } else {
            Errno::None
        }
    } else {
        Errno::None
    };
    check_errno(vm, e, r)
}

macro_rules! func1 {
    ($($name:ident, $f:expr, $ov:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                math_1(vm, args, stringify!($name), $f, $ov)
            }
        )*
    };
}

func1! {
    acos, f64::acos, false;
    acosh, m_acosh, false;
    asin, f64::asin, false;
    asinh, m_asinh, false;
    atan, f64::atan, false;
    atanh, m_atanh, false;
    cbrt, m_cbrt, false;
    cos, f64::cos, false;
    cosh, f64::cosh, true;
    exp, f64::exp, true;
    exp2, f64::exp2, true;
    expm1, f64::exp_m1, true;
    fabs, f64::abs, false;
    log1p, m_log1p, false;
    sin, f64::sin, false;
    sinh, f64::sinh, true;
    sqrt, f64::sqrt, false;
    tan, f64::tan, false;
    tanh, f64::tanh, false;
}

/// glibc's `cbrt` (sysdeps/ieee754/dbl-64/s_cbrt.c), which CPython calls: not
/// correctly rounded (cbrt(27) is 3.0000000000000004), so Rust's differs.
fn m_cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = frexp_f(x.abs());
    let u = 0.354895765043919860
        + ((1.50819193781584896
            + ((-2.11499494167371287
                + ((2.44693122563534430
                    + ((-1.83469277483613086
                        + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                        * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    ldexp_f(ym, (xe / 3) as i64).copysign(x)
}

const LN2: f64 = 6.93147180559945286227e-01;

/// glibc's `asinh` (fdlibm s_asinh.c).
fn m_asinh(x: f64) -> f64 {
    let ix = ((x.to_bits() >> 32) as u32) & 0x7fffffff;
    if ix < 0x3e300000 {
        return x;
    }
    let w = if ix > 0x41b00000 {
        if ix >= 0x7ff00000 {
            return x + x;
        }
        x.abs().ln() + LN2
    } else {
        let xa = x.abs();
        if ix > 0x40000000 {
            (2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa)).ln()
        } else {
            let t = xa * xa;
            (xa + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
        }
    };
    w.copysign(x)
}

/// glibc's `acosh` (fdlibm e_acosh.c).
fn m_acosh(x: f64) -> f64 {
    let bits = x.to_bits();
    let hx = (bits >> 32) as i32;
    let lx = bits as u32;
    if hx < 0x3ff00000 {
        return f64::NAN;
    }
    if hx >= 0x41b00000 {
        if hx >= 0x7ff00000 {
            return x + x;
        }
        return x.ln() + LN2;
    }
    if ((hx - 0x3ff00000) as u32 | lx) == 0 {
        return 0.0;
    }
    if hx > 0x40000000 {
        let t = x * x;
        return (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

/// glibc's `atanh` (e_atanh.c).
fn m_atanh(x: f64) -> f64 {
    let xa = x.abs();
    let t;
    if xa < 0.5 {
        if xa < f64::from_bits(0x3e30_0000_0000_0000) {
            return x;
        }
        let u = xa + xa;
        t = 0.5 * (u + u * xa / (1.0 - xa)).ln_1p();
    } else if xa < 1.0 {
        t = 0.5 * ((xa + xa) / (1.0 - xa)).ln_1p();
    } else if xa > 1.0 {
        return f64::NAN;
    } else if xa.is_nan() {
        return x;
    } else {
        return x / 0.0;
    }
    t.copysign(x)
}

fn m_log1p(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else {
        x.ln_1p()
    }
}

fn m_atan2(y: f64, x: f64) -> f64 {
    let pi = std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * pi).copysign(y)
            } else {
                (0.75 * pi).copysign(y)
            };
        }
        return (0.5 * pi).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            pi.copysign(y)
        };
    }
    y.atan2(x)
}

fn m_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_2(vm, args, "atan2", m_atan2)
}
fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_2(vm, args, "copysign", f64::copysign)
}
fn remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_2(vm, args, "remainder", m_remainder)
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, args, "fmod")?;
    let x = require_f64(vm, &a)?;
    let y = require_f64(vm, &b)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::float(r))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, args, "pow")?;
    let x = require_f64(vm, &a)?;
    let y = require_f64(vm, &b)?;
    let mut e = Errno::None;
    let r;
    if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            r = if y == 0.0 { 1.0 } else { x };
        } else if y.is_nan() {
            r = if x == 1.0 { 1.0 } else { y };
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            r = if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            };
        } else if x.abs() == 1.0 {
            r = 1.0;
        } else if y > 0.0 && x.abs() > 1.0 {
            r = y;
        } else if y < 0.0 && x.abs() < 1.0 {
            r = -y;
        } else {
            r = 0.0;
        }
    } else {
        r = x.powf(y);
        if !r.is_finite() {
            if r.is_nan() {
                e = Errno::Dom;
            } else if x == 0.0 {
                e = Errno::Dom;
            } else {
                e = Errno::Range;
            }
        }
    }
    check_errno(vm, e, r)
}

// ----- gamma and friends (CPython's own implementations) -------------------------------

const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];
const PI: f64 = std::f64::consts::PI;
const LOGPI: f64 = 1.144729885849400174143427351353058711647;

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

fn m_sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

fn m_tgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::None);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Dom);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Dom);
        }
        if x <= 23.0 {
            return (GAMMA_INTEGRAL[x as usize - 1], Errno::None);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (
            r,
            if r.is_infinite() {
                Errno::Range
            } else {
                Errno::None
            },
        );
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / m_sinpi(x), Errno::None);
        }
        return (f64::INFINITY, Errno::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / m_sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::None
        },
    )
}

fn m_lgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() {
            return (x, Errno::None);
        }
        return (f64::INFINITY, Errno::None);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Errno::Dom);
        }
        return (0.0, Errno::None);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-absx.ln(), Errno::None);
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOGPI - m_sinpi(absx).abs().ln() - absx.ln() - r;
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::None
        },
    )
}

fn gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "gamma")?;
    let x = require_f64(vm, &x)?;
    let (r, e) = m_tgamma(x);
    check_errno(vm, e, r)
}
fn lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "lgamma")?;
    let x = require_f64(vm, &x)?;
    let (r, e) = m_lgamma(x);
    check_errno(vm, e, r)
}

// erf/erfc: fdlibm's s_erf.c (what the platform libm provides).
const ERX: f64 = 8.45062911510467529297e-01;
const EFX8: f64 = 1.02703333676410069053e+00;
const PP: [f64; 5] = [
    1.28379167095512558561e-01,
    -3.25042107247001499370e-01,
    -2.84817495755985104766e-02,
    -5.77027029648944159157e-03,
    -2.37630166566501626084e-05,
];
const QQ: [f64; 6] = [
    0.0,
    3.97917223959155352819e-01,
    6.50222499887672944485e-02,
    5.08130628187576562776e-03,
    1.32494738004321644526e-04,
    -3.96022827877536812320e-06,
];
const PA: [f64; 7] = [
    -2.36211856075265944077e-03,
    4.14856118683748331666e-01,
    -3.72207876035701323847e-01,
    3.18346619901161753674e-01,
    -1.10894694282396677476e-01,
    3.54783043256182359371e-02,
    -2.16637559486879084300e-03,
];
const QA: [f64; 7] = [
    0.0,
    1.06420880400844228286e-01,
    5.40397917702171048937e-01,
    7.18286544141962662868e-02,
    1.26171219808761642112e-01,
    1.36370839120290507362e-02,
    1.19844998467991074170e-02,
];
const RA: [f64; 8] = [
    -9.86494403484714822705e-03,
    -6.93858572707181764372e-01,
    -1.05586262253232909814e+01,
    -6.23753324503260060396e+01,
    -1.62396669462573470355e+02,
    -1.84605092906711035994e+02,
    -8.12874355063065934246e+01,
    -9.81432934416914548592e+00,
];
const SA: [f64; 9] = [
    0.0,
    1.96512716674392571292e+01,
    1.37657754143519042600e+02,
    4.34565877475229228821e+02,
    6.45387271733267880336e+02,
    4.29008140027567833386e+02,
    1.08635005541779435134e+02,
    6.57024977031928170135e+00,
    -6.04244152148580987438e-02,
];
const RB: [f64; 7] = [
    -9.86494292470009928597e-03,
    -7.99283237680523006574e-01,
    -1.77579549177547519889e+01,
    -1.60636384855821916062e+02,
    -6.37566443368389627722e+02,
    -1.02509513161107724954e+03,
    -4.83519191608651397019e+02,
];
const SB: [f64; 8] = [
    0.0,
    3.03380607434824582924e+01,
    3.25792512996573918826e+02,
    1.53672958608443695994e+03,
    3.19985821950859553908e+03,
    2.55305040643316442583e+03,
    4.74528541206955367215e+02,
    -2.24409524465858183362e+01,
];

fn erf_small(x: f64) -> f64 {
    // (r/s) for |x| < 0.84375, glibc's split evaluation.
    let z = x * x;
    let r1 = PP[0] + z * PP[1];
    let z2 = z * z;
    let r2 = PP[2] + z * PP[3];
    let z4 = z2 * z2;
    let s1 = 1.0 + z * QQ[1];
    let s2 = QQ[2] + z * QQ[3];
    let s3 = QQ[4] + z * QQ[5];
    let r = r1 + z2 * r2 + z4 * PP[4];
    let s = s1 + z2 * s2 + z4 * s3;
    r / s
}

fn erf_pq(s: f64) -> (f64, f64) {
    let p1 = PA[0] + s * PA[1];
    let s2 = s * s;
    let q1 = 1.0 + s * QA[1];
    let s4 = s2 * s2;
    let p2 = PA[2] + s * PA[3];
    let s6 = s4 * s2;
    let q2 = QA[2] + s * QA[3];
    let p3 = PA[4] + s * PA[5];
    let q3 = QA[4] + s * QA[5];
    let p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
    let q = q1 + s2 * q2 + s4 * q3 + s6 * QA[6];
    (p, q)
}

/// exp(-x*x - 0.5625 + R/S) for |x| >= 1.25 (`x` positive), without the 1/x.
fn erfc_exp(ix: u32, x: f64, cut: u32) -> f64 {
    let s = 1.0 / (x * x);
    let (r, big_s);
    if ix < cut {
        let r1 = RA[0] + s * RA[1];
        let s2 = s * s;
        let ss1 = 1.0 + s * SA[1];
        let s4 = s2 * s2;
        let r2 = RA[2] + s * RA[3];
        let s6 = s4 * s2;
        let ss2 = SA[2] + s * SA[3];
        let s8 = s4 * s4;
        let r3 = RA[4] + s * RA[5];
        let ss3 = SA[4] + s * SA[5];
        let r4 = RA[6] + s * RA[7];
        let ss4 = SA[6] + s * SA[7];
        r = r1 + s2 * r2 + s4 * r3 + s6 * r4;
        big_s = ss1 + s2 * ss2 + s4 * ss3 + s6 * ss4 + s8 * SA[8];
    } else {
        let r1 = RB[0] + s * RB[1];
        let s2 = s * s;
        let ss1 = 1.0 + s * SB[1];
        let s4 = s2 * s2;
        let r2 = RB[2] + s * RB[3];
        let s6 = s4 * s2;
        let ss2 = SB[2] + s * SB[3];
        let r3 = RB[4] + s * RB[5];
        let ss3 = SB[4] + s * SB[5];
        let ss4 = SB[6] + s * SB[7];
        r = r1 + s2 * r2 + s4 * r3 + s6 * RB[6];
        big_s = ss1 + s2 * ss2 + s4 * ss3 + s6 * ss4;
    }
    let z = f64::from_bits(x.to_bits() & 0xffff_ffff_0000_0000);
    (-z * z - 0.5625).exp() * ((z - x) * (z + x) + r / big_s).exp()
}

/// glibc's `erf` (sysdeps/ieee754/dbl-64/s_erf.c), which CPython 3.11 calls.
fn m_erf(x: f64) -> f64 {
    let hx = (x.to_bits() >> 32) as u32;
    let neg = hx >> 31 != 0;
    let ix = hx & 0x7fffffff;
    if ix >= 0x7ff00000 {
        return (1 - 2 * (neg as i32)) as f64 + 1.0 / x;
    }
    if ix < 0x3feb0000 {
        if ix < 0x3e300000 {
            if ix < 0x00800000 {
                return 0.0625 * (16.0 * x + (16.0 * (EFX8 / 8.0)) * x);
            }
            return x + (EFX8 / 8.0) * x;
        }
        return x + x * erf_small(x);
    }
    if ix < 0x3ff40000 {
        let (p, q) = erf_pq(x.abs() - 1.0);
        return if !neg { ERX + p / q } else { -ERX - p / q };
    }
    if ix >= 0x40180000 {
        return if !neg { 1.0 - 1e-300 } else { 1e-300 - 1.0 };
    }
    let ax = x.abs();
    let r = erfc_exp(ix, ax, 0x4006DB6E);
    if !neg {
        1.0 - r / ax
    } else {
        r / ax - 1.0
    }
}

/// glibc's `erfc`.
fn m_erfc(x: f64) -> f64 {
    let hx = (x.to_bits() >> 32) as u32;
    let neg = hx >> 31 != 0;
    let ix = hx & 0x7fffffff;
    if ix >= 0x7ff00000 {
        return ((neg as u32) << 1) as f64 + 1.0 / x;
    }
    if ix < 0x3feb0000 {
        if ix < 0x3c700000 {
            return 1.0 - x;
        }
        let y = erf_small(x);
        if (hx as i32) < 0x3fd00000 {
            return 1.0 - (x + x * y);
        }
        let mut r = x * y;
        r += x - 0.5;
        return 0.5 - r;
    }
    if ix < 0x3ff40000 {
        let (p, q) = erf_pq(x.abs() - 1.0);
        if !neg {
            let z = 1.0 - ERX;
            return z - p / q;
        }
        let z = ERX + p / q;
        return 1.0 + z;
    }
    if ix < 0x403c0000 {
        if neg && ix >= 0x40180000 && ix >= 0x4006DB6D {
            return 2.0 - 1e-300;
        }
        let ax = x.abs();
        let r = erfc_exp(ix, ax, 0x4006DB6D);
        return if !neg { r / ax } else { 2.0 - r / ax };
    }
    if !neg {
        0.0
    } else {
        2.0 - 1e-300
    }
}

fn erf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "erf")?;
    let x = require_f64(vm, &x)?;
    Ok(Value::float(m_erf(x)))
}
fn erfc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "erfc")?;
    let x = require_f64(vm, &x)?;
    Ok(Value::float(m_erfc(x)))
}

// ----- logarithms -------------------------------------------------------------------

fn m_log(x: f64) -> (f64, Errno) {
    if x.is_finite() {
        if x > 0.0 {
            return (x.ln(), Errno::None);
        }
        return (
            if x == 0.0 {
                f64::NEG_INFINITY
            } else {
                f64::NAN
            },
            Errno::Dom,
        );
    }
    if x.is_nan() || x > 0.0 {
        return (x, Errno::None);
    }
    (f64::NAN, Errno::Dom)
}
fn m_log2(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::None);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x > 0.0 {
        return (x.log2(), Errno::None);
    }
    (
        if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        },
        Errno::Dom,
    )
}
fn m_log10(x: f64) -> (f64, Errno) {
    if x.is_finite() {
        if x > 0.0 {
            return (x.log10(), Errno::None);
        }
        return (
            if x == 0.0 {
                f64::NEG_INFINITY
            } else {
                f64::NAN
            },
            Errno::Dom,
        );
    }
    if x.is_nan() || x > 0.0 {
        return (x, Errno::None);
    }
    (f64::NAN, Errno::Dom)
}

/// CPython's `loghelper`.
fn loghelper(vm: &mut Vm, v: &Value, f: fn(f64) -> (f64, Errno)) -> PyResult<f64> {
    if let Some(b) = big_of(vm, v) {
        if !b.is_positive() {
            return Err(domain(vm));
        }
        return Ok(match b.to_f64().filter(|x| x.is_finite()) {
            Some(x) => f(x).0,
            None => {
                // x ~= m * 2**e with 0.5 <= m < 1.
                let bits = b.bits();
                let shift = bits.saturating_sub(60);
                let top = (&b >> shift).to_f64().unwrap_or(1.0);
                let m = top / 2f64.powi(60.min(bits as i32));
                let e = bits as f64;
                f(m).0 + f(2.0).0 * e
            }
        });
    }
    let x = require_f64(vm, v)?;
    let (r, _) = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(domain(vm));
    }
    Ok(r)
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "log", 1, 2)?;
    let num = loghelper(vm, &a[0], m_log)?;
    match a.get(1) {
        None => Ok(Value::float(num)),
        Some(b) => {
            let den = loghelper(vm, b, m_log)?;
            if den == 0.0 {
                return Err(vm.zero_division_error("float division by zero"));
            }
            Ok(Value::float(num / den))
        }
    }
}
fn log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "log2")?;
    Ok(Value::float(loghelper(vm, &x, m_log2)?))
}
fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "log10")?;
    Ok(Value::float(loghelper(vm, &x, m_log10)?))
}

// ----- rounding and float helpers -----------------------------------------------------

fn via_dunder(vm: &mut Vm, x: &Value, name: &str) -> PyResult<Option<Value>> {
    if x.kind() == Some(ObjKind::Instance) {
        let n = vm.intern(name);
        if let Some(m) = vm.lookup_special(x, &n) {
            return vm.call_method_value(&m, x, Args::default()).map(Some);
        }
    }
    Ok(None)
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "floor")?;
    if let Some(b) = crate::protocol::hash::int_of(&x) {
        let b = b.into_owned();
        return Ok(vm.new_bigint(b));
    }
    if !x.is_float() {
        if let Some(r) = via_dunder(vm, &x, "__floor__")? {
            return Ok(r);
        }
    }
    let f = require_f64(vm, &x)?;
    let b = float_to_int(vm, f.floor())?;
    Ok(vm.new_bigint(b))
}
fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "ceil")?;
    if let Some(b) = crate::protocol::hash::int_of(&x) {
        let b = b.into_owned();
        return Ok(vm.new_bigint(b));
    }
    if !x.is_float() {
        if let Some(r) = via_dunder(vm, &x, "__ceil__")? {
            return Ok(r);
        }
    }
    let f = require_f64(vm, &x)?;
    let b = float_to_int(vm, f.ceil())?;
    Ok(vm.new_bigint(b))
}
fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "trunc")?;
    if let Some(f) = x.as_float() {
        let b = float_to_int(vm, f)?;
        return Ok(vm.new_bigint(b));
    }
    if let Some(b) = crate::protocol::hash::int_of(&x) {
        let b = b.into_owned();
        return Ok(vm.new_bigint(b));
    }
    let n = vm.n.__trunc__.clone();
    match vm.lookup_special(&x, &n) {
        Some(m) => vm.call_method_value(&m, &x, Args::default()),
        None => {
            let tn = vm.type_name(&x);
            Err(vm.type_error(format!("type {} doesn't define __trunc__ method", tn)))
        }
    }
}

fn frexp_f(x: f64) -> (f64, i32) {
    if x.is_nan() || x.is_infinite() || x == 0.0 {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp_f(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// `ldexp` (musl's scalbn: one rounding).
pub fn ldexp_f(x: f64, n: i64) -> f64 {
    let mut y = x;
    let mut n = n.clamp(-100000, 100000) as i32;
    let p1023 = f64::from_bits(0x7fe0_0000_0000_0000);
    let p_1022_53 = f64::from_bits(0x0360_0000_0000_0000); // 2**-1022 * 2**53
    if n > 1023 {
        y *= p1023;
        n -= 1023;
        if n > 1023 {
            y *= p1023;
            n -= 1023;
            if n > 1023 {
                n = 1023;
            }
        }
    } else if n < -1022 {
        y *= p_1022_53;
        n += 1022 - 53;
        if n < -1022 {
            y *= p_1022_53;
            n += 1022 - 53;
            if n < -1022 {
                n = -1022;
            }
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "frexp")?;
    let x = require_f64(vm, &x)?;
    let (m, e) = frexp_f(x);
    let e = vm.new_int(e as i64);
    Ok(vm.new_tuple(vec![Value::float(m), e]))
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, args, "ldexp")?;
    let x = require_f64(vm, &a)?;
    let Some(i) = big_of(vm, &b) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    let exp = i
        .to_i64()
        .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX });
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    if exp > i32::MAX as i64 {
        return Err(range_err(vm));
    }
    if exp < i32::MIN as i64 {
        return Ok(Value::float(0.0f64.copysign(x)));
    }
    let r = ldexp_f(x, exp);
    if r.is_infinite() {
        return Err(range_err(vm));
    }
    Ok(Value::float(r))
}

fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "modf")?;
    let x = require_f64(vm, &x)?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(vm.new_tuple(vec![Value::float(f), Value::float(i)]))
}

fn degrees(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "degrees")?;
    let x = require_f64(vm, &x)?;
    Ok(Value::float(x * (180.0 / PI)))
}
fn radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "radians")?;
    let x = require_f64(vm, &x)?;
    Ok(Value::float(x * (PI / 180.0)))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "isfinite")?;
    let x = require_f64(vm, &x)?;
    Ok(Value::bool(x.is_finite()))
}
fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "isinf")?;
    let x = require_f64(vm, &x)?;
    Ok(Value::bool(x.is_infinite()))
}
fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "isnan")?;
    let x = require_f64(vm, &x)?;
    Ok(Value::bool(x.is_nan()))
}

fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b, rel, abs] = crate::types::int_methods::clinic_bind::<4>(
        vm,
        args,
        "isclose",
        ["a", "b", "rel_tol", "abs_tol"],
        0,
        2,
        2,
    )?;
    let a = require_f64(vm, &a)?;
    let b = require_f64(vm, &b)?;
    let rel_tol = match opt(rel) {
        Some(v) => require_f64(vm, &v)?,
        None => 1e-9,
    };
    let abs_tol = match opt(abs) {
        Some(v) => require_f64(vm, &v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (b - a).abs();
    Ok(Value::bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, args, "nextafter")?;
    let x = require_f64(vm, &a)?;
    let y = require_f64(vm, &b)?;
    Ok(Value::float(next_after(x, y)))
}

fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "ulp")?;
    let x = require_f64(vm, &x)?;
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::float(x));
    }
    let x2 = next_after(x, f64::INFINITY);
    if x2.is_infinite() {
        let x2 = next_after(x, -f64::INFINITY);
        return Ok(Value::float(x - x2));
    }
    Ok(Value::float(x2 - x))
}

// ----- sums and norms ------------------------------------------------------------------

fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let seq = one_arg(vm, args, "fsum")?;
    let it = vm.get_iter(&seq)?;
    let mut p: Vec<f64> = Vec::new();
    let mut special_sum = 0.0;
    let mut inf_sum = 0.0;
    loop {
        let Some(item) = vm.next(&it)? else { break };
        let mut x = require_f64(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special_sum));
    }
    let mut hi = 0.0;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0;
    let n = vec.len();
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || n <= 1 {
        return max;
    }
    let (_, max_e) = frexp_f(max);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    if max_e >= -1023 {
        let scale = ldexp_f(1.0, -(max_e as i64));
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            let x = hi * hi;
            let old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            let x = 2.0 * hi * lo;
            let old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let x = h;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;
        let x = -hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        let x = -2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        let x = -lo * lo;
        let old = csum;
        csum += x;
        frac3 += (old - csum) + x;
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    for &v in vec {
        let x = v / max;
        let x = x * x;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
    }
    max * (csum - 1.0 + frac1).sqrt()
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kw(vm, "hypot")?;
    let mut v = Vec::with_capacity(args.pos.len());
    let mut max = 0.0f64;
    let mut nan = false;
    for a in args.pos.iter() {
        let x = require_f64(vm, a)?.abs();
        nan |= x.is_nan();
        if x > max {
            max = x;
        }
        v.push(x);
    }
    Ok(Value::float(vector_norm(&v, max, nan)))
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, q) = two_args(vm, args, "dist")?;
    let p = vm.collect_iter(&p)?;
    let q = vm.collect_iter(&q)?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut v = Vec::with_capacity(p.len());
    let mut max = 0.0f64;
    let mut nan = false;
    for (a, b) in p.iter().zip(q.iter()) {
        let x = require_f64(vm, a)?;
        let y = require_f64(vm, b)?;
        let d = (x - y).abs();
        nan |= d.is_nan();
        if d > max {
            max = d;
        }
        v.push(d);
    }
    Ok(Value::float(vector_norm(&v, max, nan)))
}

fn prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [iterable, start] = crate::types::int_methods::clinic_bind::<2>(
        vm,
        args,
        "prod",
        ["iterable", "start"],
        1,
        1,
        1,
    )?;
    let mut acc = match opt(start) {
        Some(s) => s,
        None => vm.new_int(1),
    };
    let it = vm.get_iter(&iterable)?;
    while let Some(item) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &item, BinaryOp::Multiply)?;
    }
    Ok(acc)
}

// ----- integer functions ---------------------------------------------------------------

fn factorial_big(n: u64) -> BigInt {
    // Binary splitting product of 1..=n.
    fn range_prod(lo: u64, hi: u64) -> BigInt {
        if hi - lo < 16 {
            let mut r = BigInt::one();
            for k in lo..=hi {
                r *= k;
            }
            return r;
        }
        let mid = lo + (hi - lo) / 2;
        range_prod(lo, mid) * range_prod(mid + 1, hi)
    }
    if n < 2 {
        return BigInt::one();
    }
    range_prod(1, n)
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "factorial")?;
    let n = require_index(vm, &x)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|n| *n <= i64::MAX as u64) else {
        return Err(vm.overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    };
    if n > 1_000_000 {
        return Err(vm.memory_error(""));
    }
    Ok(vm.new_bigint(factorial_big(n)))
}

fn perm_big(n: &BigInt, k: u64) -> BigInt {
    let mut r = BigInt::one();
    let mut m = n.clone();
    for _ in 0..k {
        r *= &m;
        m -= 1;
    }
    r
}

fn comb_big(n: &BigInt, k: u64) -> BigInt {
    let mut r = BigInt::one();
    for i in 0..k {
        r *= n - i;
        r /= i + 1;
    }
    r
}

fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, args, "comb")?;
    let n = require_index(vm, &a)?;
    let k = require_index(vm, &b)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(vm.new_int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    if k > 10_000_000 {
        return Err(vm.memory_error(""));
    }
    Ok(vm.new_bigint(comb_big(&n, k)))
}

fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "perm", 1, 2)?;
    let k = a.get(1).cloned().unwrap_or(Value::NONE);
    if k.is_none() {
        return factorial(vm, Args::new([a[0].clone()]));
    }
    let n = require_index(vm, &a[0])?;
    let k = require_index(vm, &k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if n < k {
        return Ok(vm.new_int(0));
    }
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    if k > 10_000_000 {
        return Err(vm.memory_error(""));
    }
    Ok(vm.new_bigint(perm_big(&n, k)))
}

fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kw(vm, "gcd")?;
    let mut r = BigInt::zero();
    for a in args.pos.iter() {
        let x = require_index(vm, a)?;
        r = r.gcd(&x);
    }
    Ok(vm.new_bigint(r))
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kw(vm, "lcm")?;
    let mut r = BigInt::one();
    for (i, a) in args.pos.iter().enumerate() {
        let x = require_index(vm, a)?;
        if i == 0 {
            r = x.abs();
        } else if !r.is_zero() {
            r = if x.is_zero() {
                BigInt::zero()
            } else {
                r.lcm(&x)
            };
        }
    }
    Ok(vm.new_bigint(r))
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, args, "isqrt")?;
    let n = require_index(vm, &x)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(n.sqrt()))
}

const FUNCTIONS: &[(&'static str, NativeFn)] = &[
    ("acos", acos),
    ("acosh", acosh),
    ("asin", asin),
    ("asinh", asinh),
    ("atan", atan),
    ("atan2", atan2),
    ("atanh", atanh),
    ("cbrt", cbrt),
    ("ceil", ceil),
    ("comb", comb),
    ("copysign", copysign),
    ("cos", cos),
    ("cosh", cosh),
    ("degrees", degrees),
    ("dist", dist),
    ("erf", erf),
    ("erfc", erfc),
    ("exp", exp),
    ("exp2", exp2),
    ("expm1", expm1),
    ("fabs", fabs),
    ("factorial", factorial),
    ("floor", floor),
    ("fmod", fmod),
    ("frexp", frexp),
    ("fsum", fsum),
    ("gamma", gamma),
    ("gcd", gcd),
    ("hypot", hypot),
    ("isclose", isclose),
    ("isfinite", isfinite),
    ("isinf", isinf),
    ("isnan", isnan),
    ("isqrt", isqrt),
    ("lcm", lcm),
    ("ldexp", ldexp),
    ("lgamma", lgamma),
    ("log", log),
    ("log10", log10),
    ("log1p", log1p),
    ("log2", log2),
    ("modf", modf),
    ("nextafter", nextafter),
    ("perm", perm),
    ("pow", pow),
    ("prod", prod),
    ("radians", radians),
    ("remainder", remainder),
    ("sin", sin),
    ("sinh", sinh),
    ("sqrt", sqrt),
    ("tan", tan),
    ("tanh", tanh),
    ("trunc", trunc),
    ("ulp", ulp),
];

pub fn new_module(vm: &mut Vm) -> Value {
    let m = vm.new_module("math");
    for &(name, f) in FUNCTIONS {
        let fv = vm.new_native_function(name, "math", f);
        vm.module_set(&m, name, fv);
    }
    vm.module_set(&m, "pi", Value::float(PI));
    vm.module_set(&m, "e", Value::float(std::f64::consts::E));
    vm.module_set(&m, "tau", Value::float(std::f64::consts::TAU));
    vm.module_set(&m, "inf", Value::float(f64::INFINITY));
    vm.module_set(&m, "nan", Value::float(f64::NAN));
    m
}

pub fn init(vm: &mut Vm) {
    crate::types::int_methods::init_builtins(vm);
}
