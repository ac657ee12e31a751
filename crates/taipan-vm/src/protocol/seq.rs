//! Containers: subscripting, `len`, `in`, truthiness, hashing, and the `match`
//! statement's mapping/sequence/class checks.

use num_traits::ToPrimitive;

use crate::args::Args;
use crate::errors::PyResult;
use crate::heap::{self, ObjKind};
use crate::protocol::hash::{hash_bigint, hash_f64, hash_i64, hash_tuple_items};
use crate::types::bytes::{ByteArrayData, BytesData};
use crate::types::class::{self, ClassData};
use crate::types::dict::DictData;
use crate::types::instance::InstanceData;
use crate::types::int::BigIntData;
use crate::types::list::ListData;
use crate::types::range::RangeData;
use crate::types::set::SetData;
use crate::types::slice::{adjust_indices, SliceData};
use crate::types::str::StrData;
use crate::types::tuple::TupleData;
use crate::value::{Imm, Value};
use crate::vm::Vm;

impl Vm {
    pub fn new_slice(&self, start: Value, stop: Value, step: Value) -> Value {
        heap::alloc(&self.t.slice, SliceData { start, stop, step })
    }

    /// Resolve a slice against a length: (start, stop, step, count).
    pub fn slice_indices(&mut self, s: &SliceData, len: usize) -> PyResult<(i64, i64, i64, i64)> {
        let step = if s.step.is_none() {
            1
        } else {
            match self.slice_index(&s.step)? {
                0 => return Err(self.value_error("slice step cannot be zero")),
                v => v,
            }
        };
        let start = if s.start.is_none() {
            None
        } else {
            Some(self.slice_index(&s.start)?)
        };
        let stop = if s.stop.is_none() {
            None
        } else {
            Some(self.slice_index(&s.stop)?)
        };
        Ok(adjust_indices(len as i64, start, stop, step))
    }

    fn slice_index(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(b) = v.downcast_ref::<BigIntData>() {
            return Ok(if b.0.sign() == num_bigint::Sign::Minus {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            });
        }
        match self.index_value(v)? {
            Some(i) => Ok(i.clamp(i64::MIN / 2, i64::MAX / 2)),
            None => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// Normalise a sequence index, or raise "<what> index out of range".
    fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<Option<usize>> {
        let Some(i) = self.seq_index_value(key)? else {
            return Ok(None);
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            let msg = if what.is_empty() {
                "index out of range".to_string()
            } else {
                format!("{} index out of range", what)
            };
            return Err(self.index_error(msg));
        }
        Ok(Some(j as usize))
    }

    /// `range[key]` by big-int arithmetic (ranges beyond i64, or big-int keys).
    fn big_range_getitem(&mut self, r: &RangeData, key: &Value) -> PyResult<Value> {
        use num_bigint::BigInt;
        use num_traits::{Signed, Zero};
        let len = r.big_len();
        if let Some(s) = key.downcast_ref::<SliceData>() {
            // CPython's compute_slice over `_PySlice_GetLongIndices`.
            let (sstart, sstop, sstep) = (s.start.clone(), s.stop.clone(), s.step.clone());
            let step = if sstep.is_none() {
                BigInt::from(1)
            } else {
                self.slice_big(&sstep)?
            };
            if step.is_zero() {
                return Err(self.value_error("slice step cannot be zero"));
            }
            let neg = step.is_negative();
            let (lower, upper) = if neg {
                (BigInt::from(-1), &len - 1)
            } else {
                (BigInt::zero(), len.clone())
            };
            let bound = |vm: &mut Vm, v: &Value, default: &BigInt| -> PyResult<BigInt> {
                if v.is_none() {
                    return Ok(default.clone());
                }
                let mut b = vm.slice_big(v)?;
                if b.is_negative() {
                    b += &len;
                    if b < lower {
                        b = lower.clone();
                    }
                } else if b > upper {
                    b = upper.clone();
                }
                Ok(b)
            };
            let start = bound(self, &sstart, if neg { &upper } else { &lower })?;
            let stop = bound(self, &sstop, if neg { &lower } else { &upper })?;
            let (rstart, _, rstep) = r.parts();
            let nstart = &rstart + &start * &rstep;
            let nstop = &rstart + &stop * &rstep;
            let nstep = rstep * step;
            return Ok(heap::alloc(
                &self.t.range,
                RangeData::from_big(nstart, nstop, nstep),
            ));
        }
        let Some(mut i) = crate::types::int_methods::index_big(self, key)? else {
            return Err(self.indices_error("range", key));
        };
        if i.is_negative() {
            i += &len;
        }
        if i.is_negative() || i >= len {
            return Err(self.index_error("range object index out of range"));
        }
        Ok(self.new_bigint(r.big_item(&i)))
    }

    fn slice_big(&mut self, v: &Value) -> PyResult<num_bigint::BigInt> {
        match crate::types::int_methods::index_big(self, v)? {
            Some(b) => Ok(b),
            None => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    fn indices_error(&mut self, container: &str, key: &Value) -> crate::errors::PyErr {
        let tn = self.type_name(key);
        self.type_error(format!(
            "{} indices must be integers or slices, not {}",
            container, tn
        ))
    }

    /// `container[key]`.
    pub fn getitem(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        let cls = self.type_of(container);
        match container.kind() {
            Some(ObjKind::Array) => return crate::types::array::getitem(self, container, key),
            Some(ObjKind::List) if cls.is(&self.t.list) => {
                let l = container.downcast_ref::<ListData>().unwrap();
                if let Some(s) = key.downcast_ref::<SliceData>() {
                    let items = l.to_vec();
                    let (start, _, step, n) = self.slice_indices(s, items.len())?;
                    let v = (0..n)
                        .map(|k| items[(start + k * step) as usize].clone())
                        .collect();
                    return Ok(self.new_list(v));
                }
                let len = l.len();
                return match self.seq_index(key, len, "list")? {
                    Some(i) => Ok(l.get(i).unwrap_or(Value::NONE)),
                    None => Err(self.indices_error("list", key)),
                };
            }
            Some(ObjKind::Tuple) if cls.is(&self.t.tuple) => {
                let t = container.downcast_ref::<TupleData>().unwrap();
                if let Some(s) = key.downcast_ref::<SliceData>() {
                    let (start, _, step, n) = self.slice_indices(s, t.len())?;
                    let v = (0..n)
                        .map(|k| t.as_slice()[(start + k * step) as usize].clone())
                        .collect();
                    return Ok(self.new_tuple(v));
                }
                return match self.seq_index(key, t.len(), "tuple")? {
                    Some(i) => Ok(t.as_slice()[i].clone()),
                    None => Err(self.indices_error("tuple", key)),
                };
            }
            Some(ObjKind::Str) if cls.is(&self.t.str) => {
                let s = container.downcast_ref::<StrData>().unwrap();
                if let Some(sl) = key.downcast_ref::<SliceData>() {
                    let (start, _, step, n) = self.slice_indices(sl, s.char_len())?;
                    if step == 1 {
                        return Ok(
                            self.new_str(s.slice_chars(start as usize, (start + n) as usize))
                        );
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    let out: String = (0..n).map(|k| chars[(start + k * step) as usize]).collect();
                    return Ok(self.new_str(out));
                }
                return match self.seq_index(key, s.char_len(), "string")? {
                    Some(i) => {
                        let c = s.char_at(i).unwrap_or('\0');
                        let mut buf = [0u8; 4];
                        Ok(self.new_str(&*c.encode_utf8(&mut buf)))
                    }
                    None => {
                        let tn = self.type_name(key);
                        Err(self
                            .type_error(format!("string indices must be integers, not '{}'", tn)))
                    }
                };
            }
            Some(ObjKind::Dict) if cls.is(&self.t.dict) => {
                let d = container.downcast_ref::<DictData>().unwrap();
                return match d.get(self, key)? {
                    Some(v) => Ok(v),
                    None => Err(self.key_error(key.clone())),
                };
            }
            Some(ObjKind::Range)
                if container.downcast_ref::<RangeData>().unwrap().big.is_some()
                    || key.downcast_ref::<BigIntData>().is_some()
                    || key.downcast_ref::<SliceData>().is_some_and(|s| {
                        [&s.start, &s.stop, &s.step]
                            .iter()
                            .any(|v| v.downcast_ref::<BigIntData>().is_some())
                    }) =>
            {
                let r = container.downcast_ref::<RangeData>().unwrap();
                return self.big_range_getitem(r, key);
            }
            Some(ObjKind::Range) => {
                let r = container.downcast_ref::<RangeData>().unwrap();
                let len = r.len() as usize;
                if let Some(s) = key.downcast_ref::<SliceData>() {
                    // As CPython's compute_slice: map the adjusted bounds through the range.
                    let (start, stop, step, _) = self.slice_indices(s, len)?;
                    let nstart = r.item(start);
                    let nstep = r.step * step;
                    let nstop = r.item(stop);
                    return Ok(heap::alloc(
                        &self.t.range,
                        RangeData::small(nstart, nstop, nstep),
                    ));
                }
                return match self.seq_index(key, len, "range object")? {
                    Some(i) => Ok(self.new_int(r.item(i as i64))),
                    None => Err(self.indices_error("range", key)),
                };
            }
            Some(ObjKind::Bytes) | Some(ObjKind::ByteArray)
                if !matches!(container.kind(), Some(ObjKind::Instance)) =>
            {
                let is_ba = container.kind() == Some(ObjKind::ByteArray);
                // Read the buffer in place (an index or a slice must not copy it all);
                // the index is computed first, as it may run `__index__`.
                let len = match container.downcast_ref::<BytesData>() {
                    Some(b) => b.bytes.len(),
                    None => container
                        .downcast_ref::<ByteArrayData>()
                        .map_or(0, |b| b.bytes.borrow().len()),
                };
                let with_bytes = |f: &mut dyn FnMut(&[u8])| {
                    if let Some(b) = container.downcast_ref::<BytesData>() {
                        f(&b.bytes)
                    } else if let Some(b) = container.downcast_ref::<ByteArrayData>() {
                        f(&b.bytes.borrow())
                    }
                };
                if let Some(s) = key.downcast_ref::<SliceData>() {
                    let (start, _, step, n) = self.slice_indices(s, len)?;
                    let mut v: Vec<u8> = Vec::with_capacity(n.max(0) as usize);
                    with_bytes(&mut |b: &[u8]| {
                        v.extend((0..n).filter_map(|k| b.get((start + k * step) as usize)));
                    });
                    return Ok(if is_ba {
                        crate::types::bytes_methods::new_bytearray(self, v)
                    } else {
                        self.new_bytes(v)
                    });
                }
                let what = if is_ba { "bytearray" } else { "" };
                return match self.seq_index(key, len, what)? {
                    Some(i) => {
                        let mut byte = 0u8;
                        with_bytes(&mut |b: &[u8]| byte = b.get(i).copied().unwrap_or(0));
                        Ok(self.new_int(byte as i64))
                    }
                    None => Err(self.indices_error(if is_ba { "bytearray" } else { "byte" }, key)),
                };
            }
            _ => {}
        }
        let name = self.n.__getitem__.clone();
        if let Some(m) = self.lookup_special(container, &name) {
            return self.call_method_value(&m, container, Args::new([key.clone()]));
        }
        if let Some(_) = container.downcast_ref::<ClassData>() {
            // `type[X]` is special-cased (as CPython's PyObject_GetItem does): a
            // `type.__class_getitem__` would be inherited by every class.
            if container.is(&self.t.type_) {
                return crate::types::generic_alias::new_generic_alias(self, container, key);
            }
            let cg = self.n.__class_getitem__.clone();
            if let Some(m) = class::lookup(self, container, &cg) {
                let f = self.descr_get(&m, &Value::NULL, container)?;
                return self.call(&f, Args::new([key.clone()]));
            }
            let name = class::class_name(container);
            return Err(self.type_error(format!("type '{}' is not subscriptable", name)));
        }
        let tn = self.type_name(container);
        Err(self.type_error(format!("'{}' object is not subscriptable", tn)))
    }

    /// `container[key] = value`.
    pub fn setitem(&mut self, container: &Value, key: Value, value: Value) -> PyResult<()> {
        let cls = self.type_of(container);
        match container.kind() {
            Some(ObjKind::List) if cls.is(&self.t.list) => {
                return crate::types::list_methods::list_setitem(self, container, key, value);
            }
            Some(ObjKind::Dict) if cls.is(&self.t.dict) => {
                return container
                    .downcast_ref::<DictData>()
                    .unwrap()
                    .set(self, key, value);
            }
            Some(ObjKind::ByteArray) => {
                return crate::types::bytes_methods::bytearray_setitem(self, container, key, value);
            }
            Some(ObjKind::Array) => {
                return crate::types::array::setitem(self, container, key, value);
            }
            _ => {}
        }
        let name = self.n.__setitem__.clone();
        if let Some(m) = self.lookup_special(container, &name) {
            self.call_method_value(&m, container, Args::new([key, value]))?;
            return Ok(());
        }
        let tn = self.type_name(container);
        Err(self.type_error(format!("'{}' object does not support item assignment", tn)))
    }

    /// `del container[key]`.
    pub fn delitem(&mut self, container: &Value, key: &Value) -> PyResult<()> {
        let cls = self.type_of(container);
        match container.kind() {
            Some(ObjKind::List) if cls.is(&self.t.list) => {
                return crate::types::list_methods::list_delitem(self, container, key);
            }
            Some(ObjKind::Array) => return crate::types::array::delitem(self, container, key),
            Some(ObjKind::Dict) if cls.is(&self.t.dict) => {
                return match container
                    .downcast_ref::<DictData>()
                    .unwrap()
                    .remove(self, key)?
                {
                    Some(_) => Ok(()),
                    None => Err(self.key_error(key.clone())),
                };
            }
            _ => {}
        }
        let name = self.n.__delitem__.clone();
        if let Some(m) = self.lookup_special(container, &name) {
            self.call_method_value(&m, container, Args::new([key.clone()]))?;
            return Ok(());
        }
        let tn = self.type_name(container);
        Err(self.type_error(format!("'{}' object doesn't support item deletion", tn)))
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        let exact = !matches!(v.kind(), Some(ObjKind::Instance) | None);
        if exact {
            let n = match v.kind().unwrap() {
                ObjKind::Str => Some(v.downcast_ref::<StrData>().unwrap().char_len()),
                ObjKind::List => Some(v.downcast_ref::<ListData>().unwrap().len()),
                ObjKind::Tuple => Some(v.downcast_ref::<TupleData>().unwrap().len()),
                ObjKind::Dict => Some(v.downcast_ref::<DictData>().unwrap().len()),
                ObjKind::Set => Some(v.downcast_ref::<SetData>().unwrap().len()),
                ObjKind::Bytes => Some(v.downcast_ref::<BytesData>().unwrap().bytes.len()),
                ObjKind::ByteArray => Some(
                    v.downcast_ref::<ByteArrayData>()
                        .unwrap()
                        .bytes
                        .borrow()
                        .len(),
                ),
                ObjKind::Array => Some(crate::types::array::len_of(v)),
                ObjKind::Range => {
                    let r = v.downcast_ref::<RangeData>().unwrap();
                    if r.big.is_some() && r.big_len().to_i64().is_none() {
                        return Err(
                            self.overflow_error("Python int too large to convert to C ssize_t")
                        );
                    }
                    Some(r.len() as usize)
                }
                ObjKind::DictView => {
                    let dv = v
                        .downcast_ref::<crate::types::dict::DictViewData>()
                        .unwrap();
                    Some(dv.dict.downcast_ref::<DictData>().unwrap().len())
                }
                _ => None,
            };
            if let Some(n) = n {
                return Ok(n);
            }
        }
        let name = self.n.__len__.clone();
        match self.lookup_special(v, &name) {
            Some(m) => {
                let r = self.call_method_value(&m, v, Args::default())?;
                match self.index_value(&r) {
                    Ok(Some(n)) if n >= 0 => Ok(n as usize),
                    Ok(Some(_)) => Err(self.value_error("__len__() should return >= 0")),
                    Ok(None) => {
                        let tn = self.type_name(&r);
                        Err(self.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            tn
                        )))
                    }
                    Err(e) => Err(e),
                }
            }
            None => {
                if let Some(inst) = v.downcast_ref::<InstanceData>() {
                    let n = inst.native();
                    if !n.is_null() {
                        return self.len(&n);
                    }
                }
                let tn = self.type_name(v);
                Err(self.type_error(format!("object of type '{}' has no len()", tn)))
            }
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let cls = self.type_of(container);
        match container.kind() {
            Some(ObjKind::Dict) if cls.is(&self.t.dict) => {
                return container
                    .downcast_ref::<DictData>()
                    .unwrap()
                    .contains(self, item)
            }
            Some(ObjKind::Set) => {
                let table = &container.downcast_ref::<SetData>().unwrap().table;
                return match table.contains(self, item) {
                    // `{1} in set_of_frozensets`: an unhashable set is looked up as a frozenset.
                    Err(e)
                        if item.kind() == Some(ObjKind::Set)
                            && self.is_instance(e.value(), &self.t.type_error.clone()) =>
                    {
                        let keys = item.downcast_ref::<SetData>().unwrap().table.keys();
                        let fs = heap::alloc(&self.t.frozenset, SetData::new(true));
                        for k in keys {
                            self.set_add(&fs, k)?;
                        }
                        table.contains(self, &fs)
                    }
                    r => r,
                };
            }
            Some(ObjKind::Str) if cls.is(&self.t.str) => {
                let s = container.downcast_ref::<StrData>().unwrap();
                return match item.downcast_ref::<StrData>() {
                    Some(sub) => Ok(s.as_str().contains(sub.as_str())),
                    None => {
                        let tn = self.type_name(item);
                        Err(self.type_error(format!(
                            "'in <string>' requires string as left operand, not {}",
                            tn
                        )))
                    }
                };
            }
            Some(ObjKind::Range) => {
                let r = container.downcast_ref::<RangeData>().unwrap();
                if let Some(i) = item.as_small_int().filter(|_| r.big.is_none()) {
                    if r.step > 0 && i >= r.start && i < r.stop
                        || r.step < 0 && i <= r.start && i > r.stop
                    {
                        return Ok((i - r.start) % r.step == 0);
                    }
                    return Ok(false);
                }
            }
            Some(ObjKind::DictView) => {
                let dv = container
                    .downcast_ref::<crate::types::dict::DictViewData>()
                    .unwrap();
                let d = dv.dict.clone();
                match dv.kind {
                    crate::types::dict::ViewKind::Keys => {
                        return d.downcast_ref::<DictData>().unwrap().contains(self, item)
                    }
                    crate::types::dict::ViewKind::Items => {
                        if let Some(t) = item.downcast_ref::<TupleData>() {
                            if t.len() == 2 {
                                let (k, v) = (t.as_slice()[0].clone(), t.as_slice()[1].clone());
                                return match d.downcast_ref::<DictData>().unwrap().get(self, &k)? {
                                    Some(w) => self.eq(&w, &v),
                                    None => Ok(false),
                                };
                            }
                        }
                        return Ok(false);
                    }
                    _ => {}
                }
            }
            Some(ObjKind::Bytes) | Some(ObjKind::ByteArray) => {
                let hay = self.bytes_like(container).unwrap();
                if let Some(i) = item.as_small_int() {
                    if !(0..256).contains(&i) {
                        return Err(self.value_error("byte must be in range(0, 256)"));
                    }
                    return Ok(hay.contains(&(i as u8)));
                }
                if let Some(needle) = self.bytes_like(item) {
                    return Ok(needle.is_empty()
                        || hay.windows(needle.len()).any(|w| w == needle.as_slice()));
                }
            }
            _ => {}
        }
        let name = self.n.__contains__.clone();
        if let Some(m) = self.lookup_special(container, &name) {
            let r = self.call_method_value(&m, container, Args::new([item.clone()]))?;
            return self.is_true(&r);
        }
        // Fall back to iteration.
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(_) => {
                let tn = self.type_name(container);
                return Err(self.type_error(format!("argument of type '{}' is not iterable", tn)));
            }
        };
        while let Some(x) = self.next(&it)? {
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `bool(v)`.
    /// The truth value of `v` when no Python code is needed (no `__bool__`/`__len__`
    /// lookup): immediates and the builtin kinds. The dispatch loop's jumps use it.
    #[inline]
    pub(crate) fn truth_without_python(v: &Value) -> Option<bool> {
        // Cheapest tests first: this runs for every conditional jump.
        if let Some(b) = v.as_bool() {
            return Some(b);
        }
        if v.is_none() || v.is_null() {
            return Some(false);
        }
        if let Some(i) = v.as_small_int() {
            return Some(i != 0);
        }
        if let Some(f) = v.as_float() {
            return Some(f != 0.0);
        }
        if !v.is_heap() {
            return Some(true); // NotImplemented, Ellipsis
        }
        Some(match v.kind()? {
            ObjKind::Str => !v.downcast_ref::<StrData>()?.as_str().is_empty(),
            ObjKind::List => !v.downcast_ref::<ListData>()?.is_empty(),
            ObjKind::Tuple => !v.downcast_ref::<TupleData>()?.is_empty(),
            ObjKind::Dict => !v.downcast_ref::<DictData>()?.is_empty(),
            ObjKind::Set => !v.downcast_ref::<SetData>()?.is_empty(),
            ObjKind::Int => true,
            ObjKind::Complex => {
                let c = v.downcast_ref::<crate::types::complex::ComplexData>()?;
                c.re != 0.0 || c.im != 0.0
            }
            ObjKind::Bytes => !v.downcast_ref::<BytesData>()?.bytes.is_empty(),
            ObjKind::Range => !v.downcast_ref::<RangeData>()?.is_empty(),
            ObjKind::Function | ObjKind::Class | ObjKind::Module | ObjKind::NativeFunction => true,
            _ => return None,
        })
    }

    pub fn is_true(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(b) = Vm::truth_without_python(v) {
            return Ok(b);
        }
        let name = self.n.__bool__.clone();
        if let Some(m) = self.lookup_special(v, &name) {
            let r = self.call_method_value(&m, v, Args::default())?;
            return match r.as_bool() {
                Some(b) => Ok(b),
                None => {
                    let tn = self.type_name(&r);
                    Err(self.type_error(format!("__bool__ should return bool, returned {}", tn)))
                }
            };
        }
        let name = self.n.__len__.clone();
        if self.lookup_special(v, &name).is_some() {
            return Ok(self.len(v)? > 0);
        }
        if let Some(inst) = v.downcast_ref::<InstanceData>() {
            let n = inst.native();
            if !n.is_null() {
                return self.is_true(&n);
            }
        }
        Ok(true)
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v.imm() {
            Imm::Int(i) => return Ok(hash_i64(i)),
            Imm::Bool(b) => return Ok(b as i64),
            // NaNs hash by identity (CPython 3.10+), finite floats by value.
            Imm::Float(f) if f.is_nan() => {
                return Ok(((v.raw_bits() >> 4) as i64) & 0x0FFF_FFFF_FFFF)
            }
            Imm::Float(f) => return Ok(hash_f64(f)),
            Imm::Heap => {}
            _ => return Ok(((v.raw_bits() >> 4) as i64) & 0x0FFF_FFFF_FFFF),
        }
        let cls = self.type_of(v);
        match v.kind().unwrap() {
            ObjKind::Str if cls.is(&self.t.str) => {
                return Ok(v.downcast_ref::<StrData>().unwrap().hash())
            }
            ObjKind::Int => return Ok(hash_bigint(&v.downcast_ref::<BigIntData>().unwrap().0)),
            ObjKind::Tuple if cls.is(&self.t.tuple) => {
                let items = v.downcast_ref::<TupleData>().unwrap().as_slice().to_vec();
                self.check_stack()?;
                let mut hs = Vec::with_capacity(items.len());
                for it in &items {
                    hs.push(self.hash(it)?);
                }
                return Ok(hash_tuple_items(hs.into_iter()));
            }
            ObjKind::Bytes => return Ok(v.downcast_ref::<BytesData>().unwrap().hash()),
            ObjKind::Complex => {
                let c = v
                    .downcast_ref::<crate::types::complex::ComplexData>()
                    .unwrap();
                let h = hash_f64(c.re).wrapping_add(1000003i64.wrapping_mul(hash_f64(c.im)));
                return Ok(if h == -1 { -2 } else { h });
            }
            ObjKind::Set if cls.is(&self.t.frozenset) => {
                return crate::types::set_methods::frozenset_hash(self, v);
            }
            _ => {}
        }
        let name = self.n.__hash__.clone();
        match self.lookup_special(v, &name) {
            Some(m) if m.is_none() => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("unhashable type: '{}'", tn)))
            }
            Some(m) => {
                if let Some(md) = m.downcast_ref::<crate::types::function::MethodDescriptorData>() {
                    if md.owner.is(&self.t.object) {
                        return Ok(((v.raw_bits() >> 4) as i64) & 0x0FFF_FFFF_FFFF);
                    }
                }
                let r = self.call_method_value(&m, v, Args::default())?;
                match r.imm() {
                    Imm::Int(i) => Ok(if i == -1 { -2 } else { i }),
                    Imm::Bool(b) => Ok(b as i64),
                    _ => match r.downcast_ref::<BigIntData>() {
                        Some(b) => Ok(match num_traits::ToPrimitive::to_i64(&b.0) {
                            // An int that fits in a Py_hash_t is used as is (not reduced).
                            Some(i) => {
                                if i == -1 {
                                    -2
                                } else {
                                    i
                                }
                            }
                            None => hash_bigint(&b.0),
                        }),
                        None => Err(self.type_error("__hash__ method should return an integer")),
                    },
                }
            }
            None => Ok(((v.raw_bits() >> 4) as i64) & 0x0FFF_FFFF_FFFF),
        }
    }

    /// `set.add` semantics.
    pub fn set_add(&mut self, set: &Value, item: Value) -> PyResult<()> {
        let s = set.downcast_ref::<SetData>().unwrap();
        s.table.set(self, item, Value::NONE)
    }

    /// `{**other}` (`DICT_UPDATE`): `other` must be a mapping (has `keys`).
    pub fn dict_update_mapping(&mut self, d: &Value, other: &Value) -> PyResult<()> {
        if other.downcast_ref::<DictData>().is_some() {
            return self.dict_update(d, other);
        }
        let keys_name = self.n.keys.clone();
        let keys = self.getattr(other, &keys_name)?;
        let keys = self.call(&keys, Args::default())?;
        let target = d.downcast_ref::<DictData>().unwrap();
        for k in self.collect_iter(&keys)? {
            let v = self.getitem(other, &k)?;
            target.set(self, k, v)?;
        }
        Ok(())
    }

    /// `dict.update(other)` for a dict or mapping or iterable of pairs.
    pub fn dict_update(&mut self, d: &Value, other: &Value) -> PyResult<()> {
        let target = d.downcast_ref::<DictData>().unwrap();
        if let Some(o) = other.downcast_ref::<DictData>() {
            for (h, k, v) in o.hashed_items() {
                target.set_hashed(self, k, h, v)?;
            }
            return Ok(());
        }
        let keys_name = self.n.keys.clone();
        if let Some(keys) = self.getattr_opt(other, &keys_name)? {
            let keys = self.call(&keys, Args::default())?;
            for k in self.collect_iter(&keys)? {
                let v = self.getitem(other, &k)?;
                target.set(self, k, v)?;
            }
            return Ok(());
        }
        let it = self.get_iter(other)?;
        let mut i = 0;
        while let Some(item) = self.next(&it)? {
            let pair = match self.collect_iter(&item) {
                Ok(p) => p,
                Err(_) => {
                    let tn = self.type_name(&item);
                    return Err(self.type_error(format!(
                        "cannot convert dictionary update sequence element #{} to a sequence",
                        i
                    )))
                    .map_err(|e| {
                        let _ = tn;
                        e
                    });
                }
            };
            if pair.len() != 2 {
                return Err(self.value_error(format!(
                    "dictionary update sequence element #{} has length {}; 2 is required",
                    i,
                    pair.len()
                )));
            }
            let mut p = pair.into_iter();
            let (k, v) = (p.next().unwrap(), p.next().unwrap());
            target.set(self, k, v)?;
            i += 1;
        }
        Ok(())
    }

    pub(crate) fn is_mapping_for_match(&mut self, v: &Value) -> bool {
        if v.kind() == Some(ObjKind::Dict) {
            return true;
        }
        let cls = self.type_of(v);
        class::mro_of(&cls).iter().any(|c| c.is(&self.t.dict)) || self.has_abc_flag(v, "mapping")
    }

    pub(crate) fn is_sequence_for_match(&mut self, v: &Value) -> bool {
        let cls = self.type_of(v);
        let mro = class::mro_of(&cls);
        if mro
            .iter()
            .any(|c| c.is(&self.t.str) || c.is(&self.t.bytes) || c.is(&self.t.bytearray))
        {
            return false;
        }
        mro.iter()
            .any(|c| c.is(&self.t.list) || c.is(&self.t.tuple) || c.is(&self.t.range))
            || self.has_abc_flag(v, "sequence")
    }

    fn has_abc_flag(&mut self, _v: &Value, _what: &str) -> bool {
        false
    }

    /// `MATCH_KEYS`: a tuple of the values for `keys`, or None if any is missing.
    pub(crate) fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys = keys
            .downcast_ref::<TupleData>()
            .map(|t| t.as_slice().to_vec())
            .unwrap_or_default();
        let mut out = Vec::with_capacity(keys.len());
        let get = self.intern("get");
        let sentinel = self.new_list(vec![]);
        for k in keys {
            let v = if let Some(d) = subject.downcast_ref::<DictData>() {
                d.get(self, &k)?
            } else {
                let getter = self.getattr(subject, &get)?;
                let r = self.call(&getter, Args::new([k.clone(), sentinel.clone()]))?;
                if r.is(&sentinel) {
                    None
                } else {
                    Some(r)
                }
            };
            match v {
                Some(v) => out.push(v),
                None => return Ok(Value::NONE),
            }
        }
        Ok(self.new_tuple(out))
    }

    /// `MATCH_CLASS`: positional sub-patterns via `__match_args__`, then keywords.
    pub(crate) fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        npos: usize,
        names: &Value,
    ) -> PyResult<Value> {
        if !self.is_class(cls) {
            return Err(self.type_error("called match pattern must be a class"));
        }
        if !self.is_instance(subject, cls) {
            return Ok(Value::NONE);
        }
        let mut out = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        if npos > 0 {
            let ma = self.n.__match_args__.clone();
            let match_args = class::lookup(self, cls, &ma);
            let self_match = [
                self.t.bool.clone(),
                self.t.bytearray.clone(),
                self.t.bytes.clone(),
                self.t.dict.clone(),
                self.t.float.clone(),
                self.t.frozenset.clone(),
                self.t.int.clone(),
                self.t.list.clone(),
                self.t.set.clone(),
                self.t.str.clone(),
                self.t.tuple.clone(),
            ];
            match match_args {
                None if self_match.iter().any(|c| class::is_subclass(cls, c)) => {
                    if npos > 1 {
                        let cn = class::class_name(cls);
                        return Err(self.type_error(format!(
                            "{}() accepts 1 positional sub-pattern ({} given)",
                            cn, npos
                        )));
                    }
                    out.push(subject.clone());
                }
                None => {
                    let cn = class::class_name(cls);
                    return Err(self.type_error(format!(
                        "{}() accepts 0 positional sub-patterns ({} given)",
                        cn, npos
                    )));
                }
                Some(ma) => {
                    let Some(t) = ma.downcast_ref::<TupleData>() else {
                        let tn = self.type_name(&ma);
                        return Err(self.type_error(format!(
                            "{}.__match_args__ must be a tuple (got {})",
                            class::class_name(cls),
                            tn
                        )));
                    };
                    if npos > t.len() {
                        let cn = class::class_name(cls);
                        return Err(self.type_error(format!(
                            "{}() accepts {} positional sub-pattern{} ({} given)",
                            cn,
                            t.len(),
                            if t.len() == 1 { "" } else { "s" },
                            npos
                        )));
                    }
                    for name in t.iter().take(npos) {
                        let Some(ns) = name.downcast_ref::<StrData>() else {
                            let tn = self.type_name(name);
                            return Err(self.type_error(format!(
                                "__match_args__ elements must be strings (got {})",
                                tn
                            )));
                        };
                        seen.push(ns.as_str().to_string());
                        match self.getattr_opt(subject, name)? {
                            Some(v) => out.push(v),
                            None => return Ok(Value::NONE),
                        }
                    }
                }
            }
        }
        let names = names
            .downcast_ref::<TupleData>()
            .map(|t| t.as_slice().to_vec())
            .unwrap_or_default();
        for name in names {
            let ns = name
                .downcast_ref::<StrData>()
                .map(|s| s.as_str().to_string())
                .unwrap_or_default();
            if seen.contains(&ns) {
                let cn = class::class_name(cls);
                return Err(self.type_error(format!(
                    "{}() got multiple sub-patterns for attribute '{}'",
                    cn, ns
                )));
            }
            seen.push(ns);
            match self.getattr_opt(subject, &name)? {
                Some(v) => out.push(v),
                None => return Ok(Value::NONE),
            }
        }
        Ok(self.new_tuple(out))
    }

    /// An int as i64 or an OverflowError.
    pub fn to_i64(&mut self, v: &Value) -> PyResult<Option<i64>> {
        if let Some(b) = v.downcast_ref::<BigIntData>() {
            return match b.0.to_i64() {
                Some(i) => Ok(Some(i)),
                None => Err(self.overflow_error("Python int too large to convert to C long")),
            };
        }
        self.index_value(v)
    }
}
