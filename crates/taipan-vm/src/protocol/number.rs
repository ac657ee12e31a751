//! Arithmetic: fast paths for builtin numbers and sequences (`native_binop`), then
//! CPython's `binary_op1` dispatch over `__op__`/`__rop__`/`__iop__` for the rest.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};
use taipan_bytecode::{BinaryOp, Opcode};

use crate::args::Args;
use crate::errors::PyResult;
use crate::heap::{self, ObjKind};
use crate::protocol::hash::{float_to_bigint, int_of};
use crate::types::bytes::BytesData;
use crate::types::class;
use crate::types::complex::ComplexData;
use crate::types::int::BigIntData;
use crate::types::list::ListData;
use crate::types::str::StrData;
use crate::types::tuple::TupleData;
use crate::value::{Imm, Value};
use crate::vm::Vm;

/// (normal, reflected, in-place) dunder names for each `BinaryOp` arg.
pub(crate) fn binop_dunders(vm: &mut Vm) -> Vec<(Value, Value, Value)> {
    let names = [
        "add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub",
        "truediv", "xor",
    ];
    let mut out = Vec::new();
    for i in 0..26 {
        let n = names[i % 13];
        out.push((
            vm.intern(&format!("__{}__", n)),
            vm.intern(&format!("__r{}__", n)),
            vm.intern(&format!("__i{}__", n)),
        ));
    }
    out
}

/// A number as the VM computes with it.
pub enum Num {
    Int(i64),
    Big(BigInt),
    Float(f64),
    Complex(f64, f64),
}

impl Vm {
    /// The numeric value of exact builtin numbers (int, bool, float, complex).
    pub fn as_num(&self, v: &Value) -> Option<Num> {
        match v.imm() {
            Imm::Int(i) => Some(Num::Int(i)),
            Imm::Bool(b) => Some(Num::Int(b as i64)),
            Imm::Float(f) => Some(Num::Float(f)),
            Imm::Heap => {
                if let Some(b) = v.downcast_ref::<BigIntData>() {
                    return Some(Num::Big(b.0.clone()));
                }
                if let Some(c) = v.downcast_ref::<ComplexData>() {
                    return Some(Num::Complex(c.re, c.im));
                }
                None
            }
            _ => None,
        }
    }

    pub fn new_float(&self, f: f64) -> Value {
        Value::float(f)
    }

    pub fn new_complex(&self, re: f64, im: f64) -> Value {
        heap::alloc(&self.t.complex, ComplexData { re, im })
    }

    fn num_to_value(&self, n: Num) -> Value {
        match n {
            Num::Int(i) => self.new_int(i),
            Num::Big(b) => self.new_bigint(b),
            Num::Float(f) => Value::float(f),
            Num::Complex(r, i) => self.new_complex(r, i),
        }
    }

    /// `a op b` for the whole operator protocol.
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Value> {
        // Small-int fast path.
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            match op.base() {
                BinaryOp::Add => return Ok(self.new_int(x + y)),
                BinaryOp::Subtract => return Ok(self.new_int(x - y)),
                BinaryOp::Multiply => {
                    if let Some(p) = x.checked_mul(y) {
                        return Ok(self.new_int(p));
                    }
                }
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
            match op.base() {
                BinaryOp::Add => return Ok(Value::float(x + y)),
                BinaryOp::Subtract => return Ok(Value::float(x - y)),
                BinaryOp::Multiply => return Ok(Value::float(x * y)),
                _ => {}
            }
        }
        if is_native(a) && is_native(b) {
            if op.is_inplace() {
                // list += iterable and friends mutate in place.
                let r = self.native_inplace(a, b, op)?;
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
            let r = self.native_binop(a, b, op.base())?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
            if op.is_inplace() {
                // list += iterable and friends are in-place on builtins.
                let r = self.native_inplace(a, b, op)?;
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
            return Err(self.binop_error(a, b, op));
        }
        if op.is_inplace() {
            let iname = self.binop_names[op as usize].2.clone();
            if let Some(m) = self.lookup_special(a, &iname) {
                let r = self.call_method_value(&m, a, Args::new([b.clone()]))?;
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
        }
        let r = self.binary_op1(a, b, op.base())?;
        if !r.is_not_implemented() {
            return Ok(r);
        }
        Err(self.binop_error(a, b, op))
    }

    /// CPython's `binary_op1`: try `a.__op__(b)` and `b.__rop__(a)`, the subclass's
    /// reflected method first when `type(b)` is a proper subclass of `type(a)`.
    pub fn binary_op1(&mut self, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Value> {
        let (name, rname, _) = self.binop_names[op as usize].clone();
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let fa = class::lookup(self, &ta, &name);
        let fb = if ta.is(&tb) {
            None
        } else {
            class::lookup(self, &tb, &rname)
        };
        let mut fb = fb;
        if let Some(rb) = &fb {
            if class::is_subclass(&tb, &ta) && !ta.is(&tb) {
                let ra = class::lookup(self, &ta, &rname);
                let overrides = ra.map(|x| !x.is(rb)).unwrap_or(true);
                if overrides {
                    let r = self.call_method_value(rb, b, Args::new([a.clone()]))?;
                    if !r.is_not_implemented() {
                        return Ok(r);
                    }
                    fb = None;
                }
            }
        }
        if let Some(f) = fa {
            let r = self.call_method_value(&f, a, Args::new([b.clone()]))?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
        if let Some(f) = fb {
            let r = self.call_method_value(&f, b, Args::new([a.clone()]))?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
        Ok(Value::NOT_IMPLEMENTED)
    }

    fn binop_error(&mut self, a: &Value, b: &Value, op: BinaryOp) -> crate::errors::PyErr {
        let base = op.base();
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        let seq_kind = |v: &Value| {
            matches!(
                v.kind(),
                Some(
                    ObjKind::Str
                        | ObjKind::List
                        | ObjKind::Tuple
                        | ObjKind::Bytes
                        | ObjKind::ByteArray
                )
            )
        };
        if base == BinaryOp::Add && matches!(a.kind(), Some(ObjKind::Bytes | ObjKind::ByteArray)) {
            return self.type_error(format!("can't concat {} to {}", tb, ta));
        }
        if base == BinaryOp::Add && seq_kind(a) && !self.has_radd(b) {
            return self.type_error(format!(
                "can only concatenate {} (not \"{}\") to {}",
                ta, tb, ta
            ));
        }
        if base == BinaryOp::Multiply && (seq_kind(a) || seq_kind(b)) {
            let other = if seq_kind(a) { tb } else { ta };
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                other
            ));
        }
        let sym = op.symbol();
        let sym = if base == BinaryOp::Power && !op.is_inplace() {
            "** or pow()"
        } else {
            sym
        };
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym, ta, tb
        ))
    }

    fn has_radd(&self, b: &Value) -> bool {
        let _ = b;
        false
    }

    /// In-place operators that builtins implement by mutation (`list +=`, `list *=`).
    fn native_inplace(&mut self, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Value> {
        if let Some(l) = a.downcast_ref::<ListData>() {
            match op {
                BinaryOp::InplaceAdd => {
                    let items = self.collect_iter(b)?;
                    l.items.borrow_mut().extend(items);
                    return Ok(a.clone());
                }
                BinaryOp::InplaceMultiply => {
                    if let Some(n) = self.index_value(b)? {
                        let n = n.max(0) as usize;
                        let mut items = l.items.borrow_mut();
                        let orig = items.clone();
                        items.clear();
                        for _ in 0..n {
                            items.extend(orig.iter().cloned());
                        }
                        return Ok(a.clone());
                    }
                }
                _ => {}
            }
        }
        if a.kind() == Some(ObjKind::ByteArray) {
            // bytearray += / *= mutate the buffer (the object keeps its identity).
            let args = Args::new([a.clone(), b.clone()]);
            match op {
                BinaryOp::InplaceAdd => return crate::types::bytes_methods::ba_iadd(self, args),
                BinaryOp::InplaceMultiply => {
                    return crate::types::bytes_methods::ba_imul(self, args)
                }
                _ => {}
            }
        }
        if a.kind() == Some(ObjKind::Set) {
            return crate::types::set_methods::set_inplace(self, a, b, op.base());
        }
        if a.kind() == Some(ObjKind::Dict) && op.base() == BinaryOp::Or {
            self.dict_update(a, b)?;
            return Ok(a.clone());
        }
        Ok(Value::NOT_IMPLEMENTED)
    }

    /// `__index__` of exact ints (and bools): Some(i) or None if not an int.
    pub fn index_value(&mut self, v: &Value) -> PyResult<Option<i64>> {
        self.index_value_as(v, false)
    }

    /// `index_value` for subscripts (CPython's `PyNumber_AsSsize_t(v, IndexError)`): an
    /// int too big for an index raises IndexError; errors from `__index__` propagate.
    pub fn seq_index_value(&mut self, v: &Value) -> PyResult<Option<i64>> {
        self.index_value_as(v, true)
    }

    fn index_value_as(&mut self, v: &Value, index_error: bool) -> PyResult<Option<i64>> {
        match v.imm() {
            Imm::Int(i) => Ok(Some(i)),
            Imm::Bool(b) => Ok(Some(b as i64)),
            Imm::Heap => {
                if let Some(b) = v.downcast_ref::<BigIntData>() {
                    return match b.0.to_i64() {
                        Some(i) => Ok(Some(i)),
                        None => {
                            const MSG: &str = "cannot fit 'int' into an index-sized integer";
                            Err(if index_error {
                                self.index_error(MSG)
                            } else {
                                self.overflow_error(MSG)
                            })
                        }
                    };
                }
                let idx = self.n.__index__.clone();
                if let Some(m) = self.lookup_special(v, &idx) {
                    let r = self.call_method_value(&m, v, Args::default())?;
                    return self.index_value_as(&r, index_error);
                }
                if let Some(inst) = v.downcast_ref::<crate::types::instance::InstanceData>() {
                    let n = inst.native();
                    if !n.is_null() {
                        return self.index_value_as(&n, index_error);
                    }
                }
                Ok(None)
            }
            _ => Ok(None),
        }
    }

    /// Operators on builtin values; NotImplemented when the types don't apply.
    pub fn native_binop(&mut self, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Value> {
        // bool & | ^ bool stays a bool.
        if let (Some(x), Some(y)) = (a.as_bool(), b.as_bool()) {
            match op {
                BinaryOp::And => return Ok(Value::bool(x & y)),
                BinaryOp::Or => return Ok(Value::bool(x | y)),
                BinaryOp::Xor => return Ok(Value::bool(x ^ y)),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (self.as_num(a), self.as_num(b)) {
            return self.numeric_binop(x, y, op);
        }
        // Sequences.
        match op {
            BinaryOp::Add => {
                if let (Some(x), Some(y)) =
                    (a.downcast_ref::<StrData>(), b.downcast_ref::<StrData>())
                {
                    let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                    s.push_str(x.as_str());
                    s.push_str(y.as_str());
                    return Ok(self.new_str(s));
                }
                if let (Some(x), Some(y)) =
                    (a.downcast_ref::<ListData>(), b.downcast_ref::<ListData>())
                {
                    let mut v = x.to_vec();
                    v.extend(y.to_vec());
                    return Ok(self.new_list(v));
                }
                if let (Some(x), Some(y)) =
                    (a.downcast_ref::<TupleData>(), b.downcast_ref::<TupleData>())
                {
                    let mut v = x.as_slice().to_vec();
                    v.extend(y.iter().cloned());
                    return Ok(self.new_tuple(v));
                }
                if let (Some(x), Some(y)) = (self.bytes_like(a), self.bytes_like(b)) {
                    let mut v = x;
                    v.extend(y);
                    return Ok(if a.kind() == Some(ObjKind::ByteArray) {
                        crate::types::bytes_methods::new_bytearray(self, v)
                    } else {
                        self.new_bytes(v)
                    });
                }
            }
            BinaryOp::Multiply => {
                let (seq, n) = if is_int(b) {
                    (a, b)
                } else if is_int(a) {
                    (b, a)
                } else {
                    return Ok(Value::NOT_IMPLEMENTED);
                };
                if !matches!(
                    seq.kind(),
                    Some(
                        ObjKind::Str
                            | ObjKind::List
                            | ObjKind::Tuple
                            | ObjKind::Bytes
                            | ObjKind::ByteArray
                    )
                ) {
                    return Ok(Value::NOT_IMPLEMENTED);
                }
                let count = match int_of(n).and_then(|i| i.to_i64()) {
                    Some(c) => c.max(0) as usize,
                    None => {
                        if int_of(n).is_some_and(|i| i.is_negative()) {
                            0
                        } else {
                            let tn = self.type_name(n);
                            return Err(self.overflow_error(format!(
                                "cannot fit '{}' into an index-sized integer",
                                tn
                            )));
                        }
                    }
                };
                return self.repeat_seq(seq, count);
            }
            BinaryOp::Remainder => {
                if a.kind() == Some(ObjKind::Str) {
                    return crate::types::str_methods::percent_format(self, a, b);
                }
                if matches!(a.kind(), Some(ObjKind::Bytes | ObjKind::ByteArray)) {
                    return crate::types::bytes_methods::bytes_percent_format(self, a, b);
                }
            }
            BinaryOp::Or | BinaryOp::And | BinaryOp::Xor | BinaryOp::Subtract => {
                if matches!(a.kind(), Some(ObjKind::Set)) && matches!(b.kind(), Some(ObjKind::Set))
                {
                    return crate::types::set_methods::set_binop(self, a, b, op);
                }
                if op == BinaryOp::Or
                    && a.kind() == Some(ObjKind::Dict)
                    && b.kind() == Some(ObjKind::Dict)
                {
                    let d = crate::types::dict_methods::dict_copy_value(self, a);
                    self.dict_update(&d, b)?;
                    return Ok(d);
                }
                if matches!(a.kind(), Some(ObjKind::DictView))
                    || matches!(b.kind(), Some(ObjKind::DictView))
                {
                    return crate::types::dict_methods::view_binop(self, a, b, op);
                }
            }
            _ => {}
        }
        Ok(Value::NOT_IMPLEMENTED)
    }

    fn repeat_seq(&mut self, seq: &Value, count: usize) -> PyResult<Value> {
        if let Some(s) = seq.downcast_ref::<StrData>() {
            if s.as_str().len().saturating_mul(count) > isize::MAX as usize / 2 {
                return Err(self.memory_error(""));
            }
            return Ok(self.new_str(s.as_str().repeat(count)));
        }
        if let Some(l) = seq.downcast_ref::<ListData>() {
            let items = l.to_vec();
            if items.len().saturating_mul(count) > (1 << 40) {
                return Err(self.memory_error(""));
            }
            let mut v = Vec::with_capacity(items.len() * count);
            for _ in 0..count {
                v.extend(items.iter().cloned());
            }
            return Ok(self.new_list(v));
        }
        if let Some(t) = seq.downcast_ref::<TupleData>() {
            if t.len().saturating_mul(count) > (1 << 40) {
                return Err(self.memory_error(""));
            }
            let mut v = Vec::with_capacity(t.len() * count);
            for _ in 0..count {
                v.extend(t.iter().cloned());
            }
            return Ok(self.new_tuple(v));
        }
        if let Some(b) = self.bytes_like(seq) {
            if b.len().saturating_mul(count) > (1 << 40) {
                return Err(self.memory_error(""));
            }
            let v = b.repeat(count);
            return Ok(if seq.kind() == Some(ObjKind::ByteArray) {
                crate::types::bytes_methods::new_bytearray(self, v)
            } else {
                self.new_bytes(v)
            });
        }
        Ok(Value::NOT_IMPLEMENTED)
    }

    pub fn new_bytes(&self, v: Vec<u8>) -> Value {
        heap::alloc(&self.t.bytes, BytesData::new(v))
    }

    /// The bytes of a bytes or bytearray.
    pub fn bytes_like(&self, v: &Value) -> Option<Vec<u8>> {
        if let Some(b) = v.downcast_ref::<BytesData>() {
            return Some(b.bytes.to_vec());
        }
        if let Some(b) = v.downcast_ref::<crate::types::bytes::ByteArrayData>() {
            return Some(b.bytes.borrow().clone());
        }
        None
    }

    fn numeric_binop(&mut self, x: Num, y: Num, op: BinaryOp) -> PyResult<Value> {
        use Num::*;
        match (x, y) {
            (Complex(a, b), y) => {
                let (c, d) = to_complex(&y);
                self.complex_binop((a, b), (c, d), op)
            }
            (x, Complex(c, d)) => {
                let (a, b) = to_complex(&x);
                self.complex_binop((a, b), (c, d), op)
            }
            (Float(a), y) => {
                let b = self.num_to_f64(&y)?;
                self.float_binop(a, b, op)
            }
            (x, Float(b)) => {
                let a = self.num_to_f64(&x)?;
                self.float_binop(a, b, op)
            }
            (Int(a), Int(b)) => self.int_binop_i64(a, b, op),
            (x, y) => {
                let a = to_big(&x);
                let b = to_big(&y);
                self.int_binop_big(a, b, op)
            }
        }
    }

    pub(crate) fn num_to_f64(&mut self, n: &Num) -> PyResult<f64> {
        match n {
            Num::Int(i) => Ok(*i as f64),
            Num::Float(f) => Ok(*f),
            Num::Big(b) => self.bigint_to_f64(b),
            Num::Complex(r, _) => Ok(*r),
        }
    }

    pub fn bigint_to_f64(&mut self, b: &BigInt) -> PyResult<f64> {
        match b.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => Err(self.overflow_error("int too large to convert to float")),
        }
    }

    fn int_binop_i64(&mut self, a: i64, b: i64, op: BinaryOp) -> PyResult<Value> {
        let r = match op {
            BinaryOp::Add => a.checked_add(b),
            BinaryOp::Subtract => a.checked_sub(b),
            BinaryOp::Multiply => a.checked_mul(b),
            BinaryOp::FloorDivide => {
                if b == 0 {
                    return Err(self.zero_division_error("integer division or modulo by zero"));
                }
                a.checked_div_euclid(b).map(|_| Integer::div_floor(&a, &b))
            }
            BinaryOp::Remainder => {
                if b == 0 {
                    return Err(self.zero_division_error("integer modulo by zero"));
                }
                a.checked_rem(b).map(|_| a.mod_floor(&b))
            }
            BinaryOp::TrueDivide => {
                if b == 0 {
                    return Err(self.zero_division_error("division by zero"));
                }
                if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
                    return Ok(Value::float(a as f64 / b as f64));
                }
                return self.int_truediv(&BigInt::from(a), &BigInt::from(b));
            }
            BinaryOp::And => Some(a & b),
            BinaryOp::Or => Some(a | b),
            BinaryOp::Xor => Some(a ^ b),
            BinaryOp::Lshift => {
                if b < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                if b < 63 && (a.unsigned_abs() >> (62 - b)) == 0 {
                    Some(a << b)
                } else {
                    None
                }
            }
            BinaryOp::Rshift => {
                if b < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Some(if b >= 64 {
                    if a < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    a >> b
                })
            }
            _ => None,
        };
        match r {
            Some(v) => Ok(self.new_int(v)),
            None => self.int_binop_big(BigInt::from(a), BigInt::from(b), op),
        }
    }

    fn int_truediv(&mut self, a: &BigInt, b: &BigInt) -> PyResult<Value> {
        if b.is_zero() {
            return Err(self.zero_division_error("division by zero"));
        }
        // Correctly rounded: scale so the quotient has 55+ significant bits.
        let neg = a.is_negative() != b.is_negative();
        let (a, b) = (a.abs(), b.abs());
        let shift = (b.bits() as i64) - (a.bits() as i64) + 55;
        let (num, den) = if shift > 0 {
            (a << shift as usize, b.clone())
        } else {
            (a.clone(), b << (-shift) as usize)
        };
        let (q, r) = num.div_rem(&den);
        let mut q = q;
        if !r.is_zero() {
            q = (q << 1usize) | BigInt::one();
        } else {
            q <<= 1usize;
        }
        let f = q.to_f64().unwrap_or(f64::INFINITY);
        let exp = -(shift as i32) - 1;
        let mut result = f * 2f64.powi(exp.max(-1000));
        if exp < -1000 {
            result *= 2f64.powi(exp + 1000);
        }
        if result.is_infinite() {
            return Err(self.overflow_error("integer division result too large for a float"));
        }
        Ok(Value::float(if neg { -result } else { result }))
    }

    fn int_binop_big(&mut self, a: BigInt, b: BigInt, op: BinaryOp) -> PyResult<Value> {
        let r = match op {
            BinaryOp::Add => a + b,
            BinaryOp::Subtract => a - b,
            BinaryOp::Multiply => a * b,
            BinaryOp::FloorDivide => {
                if b.is_zero() {
                    return Err(self.zero_division_error("integer division or modulo by zero"));
                }
                a.div_floor(&b)
            }
            BinaryOp::Remainder => {
                if b.is_zero() {
                    return Err(self.zero_division_error("integer modulo by zero"));
                }
                a.mod_floor(&b)
            }
            BinaryOp::TrueDivide => return self.int_truediv(&a, &b),
            BinaryOp::Power => return self.int_pow(&a, &b),
            BinaryOp::And => a & b,
            BinaryOp::Or => a | b,
            BinaryOp::Xor => a ^ b,
            BinaryOp::Lshift => {
                if b.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let Some(s) = b.to_usize().filter(|s| *s < (1 << 32)) else {
                    return Err(self.overflow_error("too many digits in integer"));
                };
                a << s
            }
            BinaryOp::Rshift => {
                if b.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                match b.to_usize() {
                    Some(s) => a >> s,
                    None => {
                        if a.is_negative() {
                            BigInt::from(-1)
                        } else {
                            BigInt::zero()
                        }
                    }
                }
            }
            BinaryOp::MatrixMultiply => return Ok(Value::NOT_IMPLEMENTED),
            _ => return Ok(Value::NOT_IMPLEMENTED),
        };
        Ok(self.new_bigint(r))
    }

    pub fn int_pow(&mut self, a: &BigInt, b: &BigInt) -> PyResult<Value> {
        if b.is_negative() {
            if a.is_zero() {
                return Err(self.zero_division_error("0.0 cannot be raised to a negative power"));
            }
            let fa = self.bigint_to_f64(a)?;
            let fb = self.bigint_to_f64(b)?;
            return self.float_binop(fa, fb, BinaryOp::Power);
        }
        let Some(e) = b.to_u32() else {
            if a.is_zero() || a.is_one() {
                return Ok(self.new_bigint(a.clone()));
            }
            if *a == BigInt::from(-1) {
                return Ok(self.new_int(if b.is_even() { 1 } else { -1 }));
            }
            return Err(self.memory_error(""));
        };
        if a.bits().saturating_mul(e as u64) > (1 << 34) {
            return Err(self.memory_error(""));
        }
        Ok(self.new_bigint(Pow::pow(a, e)))
    }

    pub fn float_binop(&mut self, a: f64, b: f64, op: BinaryOp) -> PyResult<Value> {
        let r = match op {
            BinaryOp::Add => a + b,
            BinaryOp::Subtract => a - b,
            BinaryOp::Multiply => a * b,
            BinaryOp::TrueDivide => {
                if b == 0.0 {
                    return Err(self.zero_division_error("float division by zero"));
                }
                a / b
            }
            BinaryOp::FloorDivide => {
                if b == 0.0 {
                    return Err(self.zero_division_error("float floor division by zero"));
                }
                float_divmod(a, b).0
            }
            BinaryOp::Remainder => {
                if b == 0.0 {
                    return Err(self.zero_division_error("float modulo"));
                }
                float_divmod(a, b).1
            }
            BinaryOp::Power => return self.float_pow(a, b),
            _ => return Ok(Value::NOT_IMPLEMENTED),
        };
        Ok(Value::float(r))
    }

    fn float_pow(&mut self, a: f64, b: f64) -> PyResult<Value> {
        if b == 0.0 {
            return Ok(Value::float(1.0));
        }
        if a.is_nan() {
            return Ok(Value::float(if b == 0.0 { 1.0 } else { a }));
        }
        if a == 0.0 && b < 0.0 && b.is_finite() {
            return Err(self.zero_division_error("0.0 cannot be raised to a negative power"));
        }
        if a < 0.0 && b.is_finite() && b != b.floor() {
            return self.complex_binop((a, 0.0), (b, 0.0), BinaryOp::Power);
        }
        let r = a.powf(b);
        if r.is_infinite() && a.is_finite() && b.is_finite() {
            return Err(self.overflow_error("(34, 'Numerical result out of range')"));
        }
        Ok(Value::float(r))
    }

    fn complex_binop(
        &mut self,
        (a, b): (f64, f64),
        (c, d): (f64, f64),
        op: BinaryOp,
    ) -> PyResult<Value> {
        let (re, im) = match op {
            BinaryOp::Add => (a + c, b + d),
            BinaryOp::Subtract => (a - c, b - d),
            BinaryOp::Multiply => (a * c - b * d, a * d + b * c),
            BinaryOp::TrueDivide => {
                if c == 0.0 && d == 0.0 {
                    return Err(self.zero_division_error("complex division by zero"));
                }
                complex_div((a, b), (c, d))
            }
            BinaryOp::Power => {
                if c == 0.0 && d == 0.0 {
                    (1.0, 0.0)
                } else if a == 0.0 && b == 0.0 {
                    if d != 0.0 || c < 0.0 {
                        return Err(self.zero_division_error("0.0 to a negative or complex power"));
                    }
                    (0.0, 0.0)
                } else if d == 0.0 && c == c.trunc() && c.abs() <= 100.0 {
                    // Integer powers by repeated multiplication, as CPython's c_powi.
                    let n = c as i64;
                    let mut r = (1.0, 0.0);
                    let mut base = (a, b);
                    let mut e = n.unsigned_abs();
                    while e > 0 {
                        if e & 1 == 1 {
                            r = (r.0 * base.0 - r.1 * base.1, r.0 * base.1 + r.1 * base.0);
                        }
                        base = (base.0 * base.0 - base.1 * base.1, 2.0 * base.0 * base.1);
                        e >>= 1;
                    }
                    if n < 0 {
                        complex_div((1.0, 0.0), r)
                    } else {
                        r
                    }
                } else {
                    let vabs = a.hypot(b);
                    let len = vabs.powf(c);
                    let at = b.atan2(a);
                    let mut phase = at * c;
                    let mut len = len;
                    if d != 0.0 {
                        len /= (at * d).exp();
                        phase += d * vabs.ln();
                    }
                    (len * phase.cos(), len * phase.sin())
                }
            }
            BinaryOp::FloorDivide | BinaryOp::Remainder => {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            _ => return Ok(Value::NOT_IMPLEMENTED),
        };
        Ok(self.new_complex(re, im))
    }

    /// `-x`, `+x`, `~x`.
    pub fn unary_op(&mut self, op: Opcode, v: &Value) -> PyResult<Value> {
        if let Some(n) = self.as_num(v) {
            let r = match (op, n) {
                (Opcode::UNARY_NEGATIVE, Num::Int(i)) => Num::Int(-i),
                (Opcode::UNARY_NEGATIVE, Num::Big(b)) => Num::Big(-b),
                (Opcode::UNARY_NEGATIVE, Num::Float(f)) => Num::Float(-f),
                (Opcode::UNARY_NEGATIVE, Num::Complex(r, i)) => Num::Complex(-r, -i),
                (Opcode::UNARY_POSITIVE, Num::Int(i)) => Num::Int(i),
                (Opcode::UNARY_POSITIVE, n) => n,
                (Opcode::UNARY_INVERT, Num::Int(i)) => Num::Int(!i),
                (Opcode::UNARY_INVERT, Num::Big(b)) => Num::Big(-b - 1),
                _ => {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!("bad operand type for unary ~: '{}'", tn)));
                }
            };
            return Ok(self.num_to_value(r));
        }
        let (name, sym) = match op {
            Opcode::UNARY_NEGATIVE => (self.n.__neg__.clone(), "-"),
            Opcode::UNARY_POSITIVE => (self.n.__pos__.clone(), "+"),
            _ => (self.n.__invert__.clone(), "~"),
        };
        match self.lookup_special(v, &name) {
            Some(m) => self.call_method_value(&m, v, Args::default()),
            None => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("bad operand type for unary {}: '{}'", sym, tn)))
            }
        }
    }
}

pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

fn complex_div((a, b): (f64, f64), (c, d): (f64, f64)) -> (f64, f64) {
    let abs_c = c.abs();
    let abs_d = d.abs();
    if abs_c >= abs_d {
        let ratio = d / c;
        let denom = c + d * ratio;
        ((a + b * ratio) / denom, (b - a * ratio) / denom)
    } else {
        let ratio = c / d;
        let denom = c * ratio + d;
        ((a * ratio + b) / denom, (b * ratio - a) / denom)
    }
}

fn to_complex(n: &Num) -> (f64, f64) {
    match n {
        Num::Int(i) => (*i as f64, 0.0),
        Num::Big(b) => (b.to_f64().unwrap_or(f64::INFINITY), 0.0),
        Num::Float(f) => (*f, 0.0),
        Num::Complex(r, i) => (*r, *i),
    }
}

fn to_big(n: &Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => b.clone(),
        Num::Float(f) => float_to_bigint(*f),
        Num::Complex(r, _) => float_to_bigint(*r),
    }
}

fn is_int(v: &Value) -> bool {
    v.is_small_int() || v.as_bool().is_some() || v.kind() == Some(ObjKind::Int)
}

/// Values whose operators the VM implements natively (not user instances).
pub fn is_native(v: &Value) -> bool {
    match v.kind() {
        None => true,
        Some(k) => !matches!(
            k,
            ObjKind::Instance | ObjKind::Exception | ObjKind::Class | ObjKind::Array
        ),
    }
}
