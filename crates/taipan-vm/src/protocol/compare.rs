//! Rich comparison (CPython's `do_richcompare`): builtin fast paths, then
//! `__lt__`/`__gt__`... with the reflected method of a subclass tried first, then
//! identity fallback for `==`/`!=`, else "'<' not supported between ...".

use std::cmp::Ordering;

use taipan_bytecode::CompareOp;

use crate::args::Args;
use crate::errors::PyResult;
use crate::heap::ObjKind;
use crate::protocol::hash::{fast_eq, int_float_cmp, int_of};
use crate::protocol::number::is_native;
use crate::types::class;
use crate::types::list::ListData;
use crate::types::str::StrData;
use crate::types::tuple::TupleData;
use crate::value::{Imm, Value};
use crate::vm::Vm;

fn apply(op: CompareOp, o: Ordering) -> bool {
    match op {
        CompareOp::Lt => o == Ordering::Less,
        CompareOp::Le => o != Ordering::Greater,
        CompareOp::Eq => o == Ordering::Equal,
        CompareOp::Ne => o != Ordering::Equal,
        CompareOp::Gt => o == Ordering::Greater,
        CompareOp::Ge => o != Ordering::Less,
    }
}

impl Vm {
    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, CompareOp::Eq)?;
        self.is_true(&r)
    }

    /// Ordering of two builtin numbers or strings, if both are such.
    fn native_order(&mut self, a: &Value, b: &Value) -> Option<Option<Ordering>> {
        match (a.imm(), b.imm()) {
            (Imm::Int(x), Imm::Int(y)) => return Some(Some(x.cmp(&y))),
            (Imm::Float(x), Imm::Float(y)) => return Some(x.partial_cmp(&y)),
            _ => {}
        }
        let fa = a.as_float();
        let fb = b.as_float();
        let ia = int_of(a);
        let ib = int_of(b);
        match (ia, ib, fa, fb) {
            (Some(x), Some(y), _, _) => return Some(Some(x.cmp(&y))),
            (Some(x), None, _, Some(f)) => return Some(int_float_cmp(&x, f)),
            (None, Some(y), Some(f), _) => return Some(int_float_cmp(&y, f).map(|o| o.reverse())),
            _ => {}
        }
        if let (Some(x), Some(y)) = (a.downcast_ref::<StrData>(), b.downcast_ref::<StrData>()) {
            return Some(Some(x.as_str().cmp(y.as_str())));
        }

        if let (Some(x), Some(y)) = (self.bytes_like(a), self.bytes_like(b)) {
            return Some(Some(x.cmp(&y)));
        }
        None
    }

    /// `a op b` for comparison operators, returning the result object.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
        if is_native(a) && is_native(b) {
            let r = self.native_compare(a, b, op)?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
        self.rich_compare_dunder(a, b, op)
    }

    /// Comparison of two builtin values without dunder dispatch; NotImplemented when
    /// the types don't compare natively.
    pub fn native_compare(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
        if a.kind() == Some(ObjKind::Complex) || b.kind() == Some(ObjKind::Complex) {
            // Complex numbers compare only for (in)equality, with each other or with reals.
            use crate::protocol::number::Num;
            let as_c = |vm: &mut Vm, v: &Value| -> Option<(f64, f64)> {
                match vm.as_num(v)? {
                    Num::Complex(r, i) => Some((r, i)),
                    Num::Float(f) => Some((f, 0.0)),
                    Num::Int(i) => Some((i as f64, 0.0)),
                    Num::Big(b) => Some((num_traits::ToPrimitive::to_f64(&b)?, 0.0)),
                }
            };
            return Ok(match (op, as_c(self, a), as_c(self, b)) {
                (CompareOp::Eq, Some(x), Some(y)) => Value::bool(x == y),
                (CompareOp::Ne, Some(x), Some(y)) => Value::bool(x != y),
                _ => Value::NOT_IMPLEMENTED,
            });
        }
        if let Some(o) = self.native_order(a, b) {
            return Ok(Value::bool(match o {
                Some(o) => apply(op, o),
                None => op == CompareOp::Ne,
            }));
        }
        if let Some(r) = self.sequence_compare(a, b, op)? {
            return Ok(Value::bool(r));
        }
        if let Some(r) = crate::types::set_methods::set_compare(self, a, b, op)? {
            return Ok(r);
        }
        if matches!(op, CompareOp::Eq | CompareOp::Ne) {
            if let Some(r) = self.native_eq(a, b)? {
                return Ok(Value::bool(r ^ (op == CompareOp::Ne)));
            }
        }
        Ok(Value::NOT_IMPLEMENTED)
    }

    fn rich_compare_dunder(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
        self.check_stack()?;
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let name = self.compare_names[op as usize].clone();
        let rname = self.compare_names[op.swapped() as usize].clone();
        let mut checked_reverse = false;
        if !ta.is(&tb) && class::is_subclass(&tb, &ta) {
            if let Some(f) = class::lookup(self, &tb, &rname) {
                checked_reverse = true;
                let r = self.call_method_value(&f, b, Args::new([a.clone()]))?;
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = class::lookup(self, &ta, &name) {
            let r = self.call_method_value(&f, a, Args::new([b.clone()]))?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
        if !checked_reverse {
            if let Some(f) = class::lookup(self, &tb, &rname) {
                let r = self.call_method_value(&f, b, Args::new([a.clone()]))?;
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
        }
        match op {
            CompareOp::Eq => Ok(Value::bool(a.is(b))),
            CompareOp::Ne => Ok(Value::bool(!a.is(b))),
            _ => {
                let (na, nb) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    na,
                    nb
                )))
            }
        }
    }

    /// Lexicographic comparison of two lists or two tuples.
    fn sequence_compare(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<bool>> {
        let (x, y) = match (a.kind(), b.kind()) {
            (Some(ObjKind::List), Some(ObjKind::List)) => (
                a.downcast_ref::<ListData>().unwrap().to_vec(),
                b.downcast_ref::<ListData>().unwrap().to_vec(),
            ),
            (Some(ObjKind::Tuple), Some(ObjKind::Tuple)) => (
                a.downcast_ref::<TupleData>().unwrap().as_slice().to_vec(),
                b.downcast_ref::<TupleData>().unwrap().as_slice().to_vec(),
            ),
            _ => return Ok(None),
        };
        if matches!(op, CompareOp::Eq | CompareOp::Ne) && x.len() != y.len() {
            return Ok(Some(op == CompareOp::Ne));
        }
        self.check_stack()?;
        for (p, q) in x.iter().zip(y.iter()) {
            if !self.eq(p, q)? {
                if op == CompareOp::Eq {
                    return Ok(Some(false));
                }
                if op == CompareOp::Ne {
                    return Ok(Some(true));
                }
                let r = self.compare(p, q, op)?;
                return Ok(Some(self.is_true(&r)?));
            }
        }
        Ok(Some(apply(op, x.len().cmp(&y.len()))))
    }

    /// `==` for builtin containers (dicts, sets, ranges, ...).
    fn native_eq(&mut self, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        match (a.kind(), b.kind()) {
            (Some(ObjKind::Dict), Some(ObjKind::Dict)) => {
                let da = a.downcast_ref::<crate::types::dict::DictData>().unwrap();
                let db = b.downcast_ref::<crate::types::dict::DictData>().unwrap();
                if da.len() != db.len() {
                    return Ok(Some(false));
                }
                self.check_stack()?;
                for (k, v) in da.items() {
                    match db.get(self, &k)? {
                        Some(w) => {
                            if !self.eq(&v, &w)? {
                                return Ok(Some(false));
                            }
                        }
                        None => return Ok(Some(false)),
                    }
                }
                Ok(Some(true))
            }
            (Some(ObjKind::Range), Some(ObjKind::Range)) => {
                let ra = a.downcast_ref::<crate::types::range::RangeData>().unwrap();
                let rb = b.downcast_ref::<crate::types::range::RangeData>().unwrap();
                if ra.big.is_some() || rb.big.is_some() {
                    let (la, lb) = (ra.big_len(), rb.big_len());
                    let ((sa, _, ta), (sb, _, tb)) = (ra.parts(), rb.parts());
                    let one = num_bigint::BigInt::from(1);
                    let zero = num_bigint::BigInt::from(0);
                    return Ok(Some(
                        la == lb && (la == zero || (sa == sb && (la == one || ta == tb))),
                    ));
                }
                let (la, lb) = (ra.len(), rb.len());
                Ok(Some(
                    la == lb
                        && (la == 0 || (ra.start == rb.start && (la == 1 || ra.step == rb.step))),
                ))
            }
            (Some(ObjKind::Set), _) | (_, Some(ObjKind::Set)) | (Some(ObjKind::DictView), _) => {
                Ok(None)
            }
            (Some(x), Some(y)) if x != y => Ok(Some(false)),
            (Some(_), None) | (None, Some(_)) => Ok(Some(false)),
            _ => Ok(None),
        }
    }
}
