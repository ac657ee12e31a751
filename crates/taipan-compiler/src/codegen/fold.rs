//! Constant folding, as CPython 3.11's AST optimizer (`Python/ast_opt.c`) does
//! it, evaluated on demand rather than by rewriting the tree: unary and binary
//! operators on constants (with 3.11's size limits, and never folding an
//! operation that would raise), tuples of constants, constant subscripts, and
//! `__debug__`. Anything doubtful is left unfolded, which is always correct.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};
use taipan_bytecode::Constant;
use taipan_syntax::ast::{self, Expr, ExprContext, ExprKind, Operator, UnaryOp};

const MAX_INT_SIZE: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;
const MAX_TOTAL_ITEMS: i64 = 1024;

pub fn from_ast(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Ellipsis => Constant::Ellipsis,
        ast::Constant::Int(i) => Constant::Int(i.clone()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Complex { real, imag } => Constant::Complex {
            real: *real,
            imag: *imag,
        },
        ast::Constant::Str(s) => Constant::Str(s.clone()),
        ast::Constant::Bytes(b) => Constant::Bytes(b.clone()),
    }
}

/// The folded constant value of `e`, if 3.11's optimizer would make it a constant.
pub fn fold(e: &Expr) -> Option<Constant> {
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || fold_inner(e, 0))
}

fn fold_inner(e: &Expr, depth: usize) -> Option<Constant> {
    if depth > 3000 {
        return None;
    }
    match &e.kind {
        ExprKind::Constant { value } => Some(from_ast(value)),
        ExprKind::Name {
            id,
            ctx: ExprContext::Load,
        } if id == "__debug__" => Some(Constant::Bool(true)),
        ExprKind::UnaryOp { op, operand } => {
            let v = stacker::maybe_grow(64 * 1024, 1024 * 1024, || fold_inner(operand, depth + 1))?;
            unary(*op, &v)
        }
        ExprKind::BinOp { left, op, right } => {
            let l = stacker::maybe_grow(64 * 1024, 1024 * 1024, || fold_inner(left, depth + 1))?;
            let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || fold_inner(right, depth + 1))?;
            binop(*op, &l, &r)
        }
        ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        } => {
            let mut out = Vec::with_capacity(elts.len());
            for x in elts {
                if matches!(x.kind, ExprKind::Starred { .. }) {
                    return None;
                }
                out.push(stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
                    fold_inner(x, depth + 1)
                })?);
            }
            Some(Constant::Tuple(out))
        }
        ExprKind::Subscript {
            value,
            slice,
            ctx: ExprContext::Load,
        } => {
            let v = stacker::maybe_grow(64 * 1024, 1024 * 1024, || fold_inner(value, depth + 1))?;
            let s = stacker::maybe_grow(64 * 1024, 1024 * 1024, || fold_inner(slice, depth + 1))?;
            subscript(&v, &s)
        }
        _ => None,
    }
}

/// Whether `e` folds to a constant (3.11's `Constant_kind` after optimisation).
pub fn is_const(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant { .. } => true,
        ExprKind::UnaryOp { .. }
        | ExprKind::BinOp { .. }
        | ExprKind::Tuple { .. }
        | ExprKind::Subscript { .. } => fold(e).is_some(),
        ExprKind::Name {
            id,
            ctx: ExprContext::Load,
        } => id == "__debug__",
        _ => false,
    }
}

pub fn truthy(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Ellipsis => true,
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(v) | Constant::FrozenSet(v) => !v.is_empty(),
        Constant::Code(_) => true,
    }
}

fn unary(op: UnaryOp, v: &Constant) -> Option<Constant> {
    match op {
        UnaryOp::Not => Some(Constant::Bool(!truthy(v))),
        UnaryOp::USub => match v {
            Constant::Int(i) => Some(Constant::Int(-i)),
            Constant::Bool(b) => Some(Constant::Int(BigInt::from(-(*b as i64)))),
            Constant::Float(f) => Some(Constant::Float(-f)),
            Constant::Complex { real, imag } => Some(Constant::Complex {
                real: -real,
                imag: -imag,
            }),
            _ => None,
        },
        UnaryOp::UAdd => match v {
            Constant::Int(_) | Constant::Float(_) | Constant::Complex { .. } => Some(v.clone()),
            Constant::Bool(b) => Some(Constant::Int(BigInt::from(*b as i64))),
            _ => None,
        },
        UnaryOp::Invert => match v {
            Constant::Int(i) => Some(Constant::Int(-i - 1)),
            Constant::Bool(b) => Some(Constant::Int(BigInt::from(-(*b as i64) - 1))),
            _ => None,
        },
    }
}

#[derive(Clone)]
enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn as_num(c: &Constant) -> Option<Num> {
    match c {
        Constant::Int(i) => Some(Num::Int(i.clone())),
        Constant::Bool(b) => Some(Num::Int(BigInt::from(*b as i64))),
        Constant::Float(f) => Some(Num::Float(*f)),
        Constant::Complex { real, imag } => Some(Num::Complex(*real, *imag)),
        _ => None,
    }
}

fn int_to_f64(i: &BigInt) -> Option<f64> {
    if i.bits() > 1000 {
        return None;
    }
    let f = i.to_f64()?;
    if f.is_finite() {
        Some(f)
    } else {
        None
    }
}

fn to_float(n: &Num) -> Option<f64> {
    match n {
        Num::Int(i) => int_to_f64(i),
        Num::Float(f) => Some(*f),
        Num::Complex(..) => None,
    }
}

fn to_complex(n: &Num) -> Option<(f64, f64)> {
    match n {
        Num::Complex(r, i) => Some((*r, *i)),
        other => Some((to_float(other)?, 0.0)),
    }
}

fn float_divmod(vx: f64, wx: f64) -> Option<(f64, f64)> {
    if wx == 0.0 {
        return None;
    }
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut fd = div.floor();
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        0.0f64.copysign(vx / wx)
    };
    Some((floordiv, m))
}

fn int_divmod(a: &BigInt, b: &BigInt) -> Option<(BigInt, BigInt)> {
    if b.is_zero() {
        return None;
    }
    let q = a / b;
    let r = a - &q * b;
    if !r.is_zero() && ((r.sign() == Sign::Minus) != (b.sign() == Sign::Minus)) {
        Some((q - 1, r + b))
    } else {
        Some((q, r))
    }
}

fn binop(op: Operator, l: &Constant, r: &Constant) -> Option<Constant> {
    // Sequences first.
    match (op, l, r) {
        (Operator::Add, Constant::Str(a), Constant::Str(b)) => {
            return Some(Constant::Str(format!("{}{}", a, b)))
        }
        (Operator::Add, Constant::Bytes(a), Constant::Bytes(b)) => {
            let mut v = a.clone();
            v.extend_from_slice(b);
            return Some(Constant::Bytes(v));
        }
        (Operator::Add, Constant::Tuple(a), Constant::Tuple(b)) => {
            let mut v = a.clone();
            v.extend(b.iter().cloned());
            return Some(Constant::Tuple(v));
        }
        (
            Operator::Mult,
            Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_),
            Constant::Int(_) | Constant::Bool(_),
        ) => return repeat(l, r),
        (
            Operator::Mult,
            Constant::Int(_) | Constant::Bool(_),
            Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_),
        ) => return repeat(r, l),
        _ => {}
    }
    let a = as_num(l)?;
    let b = as_num(r)?;
    // Bool-preserving bit operations.
    if let (Constant::Bool(x), Constant::Bool(y)) = (l, r) {
        match op {
            Operator::BitAnd => return Some(Constant::Bool(*x & *y)),
            Operator::BitOr => return Some(Constant::Bool(*x | *y)),
            Operator::BitXor => return Some(Constant::Bool(*x ^ *y)),
            _ => {}
        }
    }
    match (&a, &b) {
        (Num::Int(x), Num::Int(y)) => int_binop(op, x, y),
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            let (ar, ai) = to_complex(&a)?;
            let (br, bi) = to_complex(&b)?;
            let (re, im) = match op {
                Operator::Add => (ar + br, ai + bi),
                Operator::Sub => (ar - br, ai - bi),
                Operator::Mult => (ar * br - ai * bi, ar * bi + ai * br),
                Operator::Div => c_quot((ar, ai), (br, bi))?,
                Operator::Pow => complex_pow((ar, ai), (br, bi))?,
                _ => return None,
            };
            Some(Constant::Complex { real: re, imag: im })
        }
        _ => {
            let x = to_float(&a)?;
            let y = to_float(&b)?;
            match op {
                Operator::Add => Some(Constant::Float(x + y)),
                Operator::Sub => Some(Constant::Float(x - y)),
                Operator::Mult => Some(Constant::Float(x * y)),
                Operator::Div => {
                    if y == 0.0 {
                        None
                    } else {
                        Some(Constant::Float(x / y))
                    }
                }
                Operator::FloorDiv => Some(Constant::Float(float_divmod(x, y)?.0)),
                Operator::Mod => Some(Constant::Float(float_divmod(x, y)?.1)),
                Operator::Pow => float_pow(x, y),
                _ => None,
            }
        }
    }
}

fn is_odd_integer(x: f64) -> bool {
    (x.abs() % 2.0) == 1.0
}

/// CPython's `float_pow` for finite operands (`None` where it would raise or
/// where the operands are not finite).
fn float_pow(iv: f64, iw: f64) -> Option<Constant> {
    if !iv.is_finite() || !iw.is_finite() {
        return None;
    }
    if iw == 0.0 {
        return Some(Constant::Float(1.0));
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return None;
        }
        return Some(Constant::Float(if is_odd_integer(iw) { iv } else { 0.0 }));
    }
    let mut iv = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            let (re, im) = complex_pow((iv, 0.0), (iw, 0.0))?;
            return Some(Constant::Complex { real: re, imag: im });
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return Some(Constant::Float(if negate { -1.0 } else { 1.0 }));
    }
    let ix = iv.powf(iw);
    if !ix.is_finite() {
        return None;
    }
    Some(Constant::Float(if negate { -ix } else { ix }))
}

/// CPython's `_Py_c_quot` (Smith's algorithm); `None` on division by zero.
fn c_quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let abs_breal = b.0.abs();
    let abs_bimag = b.1.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bimag >= abs_breal {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // NaNs.
        None
    }
}

fn c_prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// CPython's `complex_pow` (`c_powi` for small integral exponents, else `_Py_c_pow`);
/// `None` where it would raise (zero to a negative/complex power, overflow).
fn complex_pow(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    if !(a.0.is_finite() && a.1.is_finite() && b.0.is_finite() && b.1.is_finite()) {
        return None;
    }
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let powu = |x: (f64, f64), n: i64| {
            let mut r = (1.0, 0.0);
            let mut p = x;
            let mut mask: i64 = 1;
            while mask > 0 && n >= mask {
                if n & mask != 0 {
                    r = c_prod(r, p);
                }
                mask <<= 1;
                p = c_prod(p, p);
            }
            r
        };
        if n > 0 {
            powu(a, n)
        } else {
            let d = powu(a, -n);
            c_quot((1.0, 0.0), d)?
        }
    } else if b.0 == 0.0 && b.1 == 0.0 {
        (1.0, 0.0)
    } else if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    if r.0.is_finite() && r.1.is_finite() {
        Some(r)
    } else {
        None
    }
}

/// Correctly rounded `int / int` (CPython's `long_true_divide`), declining
/// results that overflow or fall in the subnormal range.
fn int_true_div(a: &BigInt, b: &BigInt) -> Option<f64> {
    if b.is_zero() {
        return None;
    }
    let neg = a.is_negative() != b.is_negative();
    let a = a.abs();
    let b = b.abs();
    if a.is_zero() {
        return Some(if neg { -0.0 } else { 0.0 });
    }
    let shift: i64 = b.bits() as i64 - a.bits() as i64 + 64;
    let (num, den) = if shift >= 0 {
        (a << (shift as usize), b)
    } else {
        (a, b << ((-shift) as usize))
    };
    let q = &num / &den;
    let sticky = !(&num % &den).is_zero();
    let q = q.to_u128()?;
    let p = 128 - q.leading_zeros() as i64;
    let drop = p - 53;
    if drop <= 0 {
        return None;
    }
    let mut mant = q >> drop;
    let rem = q & ((1u128 << drop) - 1);
    let half = 1u128 << (drop - 1);
    if rem > half || (rem == half && (sticky || mant & 1 == 1)) {
        mant += 1;
    }
    let e = drop - shift;
    if !(-1000..=900).contains(&e) {
        return None;
    }
    let v = (mant as f64) * 2f64.powi(e as i32);
    if !v.is_finite() || v < f64::MIN_POSITIVE {
        return None;
    }
    Some(if neg { -v } else { v })
}

fn int_binop(op: Operator, x: &BigInt, y: &BigInt) -> Option<Constant> {
    let r = match op {
        Operator::Add => x + y,
        Operator::Sub => x - y,
        Operator::Mult => {
            if !x.is_zero() && !y.is_zero() && x.bits() + y.bits() > MAX_INT_SIZE {
                return None;
            }
            x * y
        }
        Operator::Div => return int_true_div(x, y).map(Constant::Float),
        Operator::FloorDiv => int_divmod(x, y)?.0,
        Operator::Mod => int_divmod(x, y)?.1,
        Operator::Pow => {
            if y.is_negative() {
                let fx = int_to_f64(x)?;
                let fy = int_to_f64(y)?;
                return float_pow(fx, fy);
            }
            let e = y.to_u64()?;
            if !x.is_zero() && e > 0 && x.bits() > MAX_INT_SIZE / e {
                return None;
            }
            if x.bits() * e > MAX_INT_SIZE + 64 {
                return None;
            }
            num_traits::pow::pow(x.clone(), e as usize)
        }
        Operator::LShift => {
            if y.is_negative() {
                return None;
            }
            if x.is_zero() {
                return Some(Constant::Int(BigInt::zero()));
            }
            let w = y.to_u64()?;
            let vbits = x.bits();
            if vbits > MAX_INT_SIZE || w > MAX_INT_SIZE || vbits + w > MAX_INT_SIZE {
                return None;
            }
            x << (w as usize)
        }
        Operator::RShift => {
            if y.is_negative() {
                return None;
            }
            let w = y.to_u64()?;
            if w > 100_000 {
                return Some(Constant::Int(if x.is_negative() {
                    BigInt::from(-1)
                } else {
                    BigInt::zero()
                }));
            }
            let d = BigInt::from(1) << (w as usize);
            int_divmod(x, &d)?.0
        }
        Operator::BitAnd => x & y,
        Operator::BitOr => x | y,
        Operator::BitXor => x ^ y,
        Operator::MatMult => return None,
    };
    Some(Constant::Int(r))
}

fn repeat(seq: &Constant, n: &Constant) -> Option<Constant> {
    let n = match n {
        Constant::Int(i) => i.to_i64()?,
        Constant::Bool(b) => *b as i64,
        _ => return None,
    };
    match seq {
        Constant::Str(s) => {
            let size = s.chars().count();
            if size > 0 && (n < 0 || n as usize > MAX_STR_SIZE / size) {
                return None;
            }
            Some(Constant::Str(s.repeat(n.max(0) as usize)))
        }
        Constant::Bytes(b) => {
            let size = b.len();
            if size > 0 && (n < 0 || n as usize > MAX_STR_SIZE / size) {
                return None;
            }
            Some(Constant::Bytes(b.repeat(n.max(0) as usize)))
        }
        Constant::Tuple(v) => {
            let size = v.len();
            if size > 0 && (n < 0 || n as usize > MAX_COLLECTION_SIZE / size) {
                return None;
            }
            if n > 0 && check_complexity(seq, (MAX_TOTAL_ITEMS / n) as i64) < 0 {
                return None;
            }
            let mut out = Vec::new();
            for _ in 0..n.max(0) {
                out.extend(v.iter().cloned());
            }
            Some(Constant::Tuple(out))
        }
        _ => None,
    }
}

/// CPython's `check_complexity`: the remaining item budget after counting `c`.
fn check_complexity(c: &Constant, mut limit: i64) -> i64 {
    if let Constant::Tuple(items) | Constant::FrozenSet(items) = c {
        limit -= items.len() as i64;
        for it in items {
            if limit < 0 {
                break;
            }
            limit = check_complexity(it, limit);
        }
    }
    limit
}

fn subscript(v: &Constant, s: &Constant) -> Option<Constant> {
    let idx = match s {
        Constant::Int(i) => i.to_i64()?,
        Constant::Bool(b) => *b as i64,
        _ => return None,
    };
    let norm = |len: usize| -> Option<usize> {
        let i = if idx < 0 { idx + len as i64 } else { idx };
        if i < 0 || i as usize >= len {
            None
        } else {
            Some(i as usize)
        }
    };
    match v {
        Constant::Tuple(items) => items.get(norm(items.len())?).cloned(),
        Constant::Str(st) => {
            let n = st.chars().count();
            let i = norm(n)?;
            st.chars().nth(i).map(|c| Constant::Str(c.to_string()))
        }
        Constant::Bytes(b) => {
            let i = norm(b.len())?;
            Some(Constant::Int(BigInt::from(b[i])))
        }
        _ => None,
    }
}

/// 3.11's `fold_iter` for a `List`/`Set` display in `in`/`for` position:
/// `Some(constant)` when it becomes a tuple/frozenset constant.
pub fn fold_iter_const(e: &Expr) -> Option<Constant> {
    match &e.kind {
        ExprKind::List { elts, .. } => {
            let mut out = Vec::new();
            for x in elts {
                if matches!(x.kind, ExprKind::Starred { .. }) {
                    return None;
                }
                out.push(fold(x)?);
            }
            Some(Constant::Tuple(out))
        }
        ExprKind::Set { elts } => {
            let mut out = Vec::new();
            for x in elts {
                if matches!(x.kind, ExprKind::Starred { .. }) {
                    return None;
                }
                out.push(fold(x)?);
            }
            Some(Constant::FrozenSet(out))
        }
        _ => None,
    }
}
