//! Iteration: `iter()` (native iterators for builtin containers, `__iter__`, or the
//! `__getitem__` sequence protocol) and `next()` returning `None` at exhaustion
//! instead of raising StopIteration (its value is kept in `Vm::last_stop_value`).

use std::cell::{Cell, RefCell};

use crate::args::Args;
use crate::errors::PyResult;
use crate::heap::{self, ObjKind};
use crate::types::bytes::BytesData;
use crate::types::dict::{DictData, DictViewData, ViewKind};
use crate::types::generator::GeneratorData;
use crate::types::iter::{NativeIter, NativeIterData, SeqIterData, SeqKind};
use crate::types::list::ListData;
use crate::types::range::{RangeData, RangeIterData};
use crate::types::set::SetData;
use crate::types::str::StrData;
use crate::types::tuple::TupleData;
use crate::value::Value;
use crate::vm::Vm;

/// Iterates a dict's entries by position, detecting size changes.
pub struct DictIter {
    pub dict: Value,
    pub pos: usize,
    pub kind: ViewKind,
    pub len: usize,
    pub is_set: bool,
}

impl NativeIter for DictIter {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let d = if self.is_set {
            &self.dict.downcast_ref::<SetData>().unwrap().table
        } else {
            self.dict.downcast_ref::<DictData>().unwrap()
        };
        if d.len() != self.len {
            self.len = usize::MAX;
            let what = if self.is_set { "Set" } else { "dictionary" };
            return Err(vm.runtime_error(format!("{} changed size during iteration", what)));
        }
        match d.item_from(self.pos) {
            Some((p, k, v)) => {
                self.pos = p;
                Ok(Some(match self.kind {
                    ViewKind::Keys => k,
                    ViewKind::Values => v,
                    ViewKind::Items => vm.new_tuple(vec![k, v]),
                }))
            }
            None => {
                self.pos = usize::MAX;
                Ok(None)
            }
        }
    }
    fn len_hint(&self) -> Option<usize> {
        Some(self.len)
    }
}

impl Vm {
    pub fn new_native_iter(&self, class: &Value, it: Box<dyn NativeIter>) -> Value {
        heap::alloc(
            class,
            NativeIterData {
                state: RefCell::new(it),
            },
        )
    }

    pub(crate) fn seq_iter(&self, class: &Value, seq: Value, kind: SeqKind) -> Value {
        heap::alloc(
            class,
            SeqIterData {
                seq: RefCell::new(seq),
                index: Cell::new(0),
                kind,
                byte_pos: Cell::new(0),
            },
        )
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        let cls = self.type_of(v);
        let exact = v
            .header()
            .is_some_and(|h| !matches!(h.kind(), ObjKind::Instance));
        if exact {
            match v.kind().unwrap() {
                ObjKind::List if cls.is(&self.t.list) => {
                    return Ok(self.seq_iter(
                        &self.t.list_iterator.clone(),
                        v.clone(),
                        SeqKind::List,
                    ))
                }
                ObjKind::Tuple if cls.is(&self.t.tuple) => {
                    return Ok(self.seq_iter(
                        &self.t.tuple_iterator.clone(),
                        v.clone(),
                        SeqKind::Tuple,
                    ))
                }
                ObjKind::Str if cls.is(&self.t.str) => {
                    return Ok(self.seq_iter(&self.t.str_iterator.clone(), v.clone(), SeqKind::Str))
                }
                ObjKind::ByteArray => {
                    return Ok(self.seq_iter(
                        &self.t.bytearray_iterator.clone(),
                        v.clone(),
                        SeqKind::ByteArray,
                    ))
                }
                ObjKind::Bytes => {
                    return Ok(self.seq_iter(
                        &self.t.bytes_iterator.clone(),
                        v.clone(),
                        SeqKind::Bytes,
                    ))
                }
                ObjKind::Array => {
                    return Ok(self.seq_iter(
                        &self.t.array_iterator.clone(),
                        v.clone(),
                        SeqKind::Array,
                    ))
                }
                ObjKind::Range => {
                    let r = v.downcast_ref::<RangeData>().unwrap();
                    return Ok(crate::types::range::range_iter(self, r, false));
                }
                ObjKind::Dict if cls.is(&self.t.dict) => {
                    let len = v.downcast_ref::<DictData>().unwrap().len();
                    let it = DictIter {
                        dict: v.clone(),
                        pos: 0,
                        kind: ViewKind::Keys,
                        len,
                        is_set: false,
                    };
                    return Ok(self.new_native_iter(&self.t.dict_keyiterator.clone(), Box::new(it)));
                }
                ObjKind::DictView => {
                    let dv = v.downcast_ref::<DictViewData>().unwrap();
                    let len = dv.dict.downcast_ref::<DictData>().unwrap().len();
                    let class = match dv.kind {
                        ViewKind::Keys => self.t.dict_keyiterator.clone(),
                        ViewKind::Values => self.t.dict_valueiterator.clone(),
                        ViewKind::Items => self.t.dict_itemiterator.clone(),
                    };
                    let it = DictIter {
                        dict: dv.dict.clone(),
                        pos: 0,
                        kind: dv.kind,
                        len,
                        is_set: false,
                    };
                    return Ok(self.new_native_iter(&class, Box::new(it)));
                }
                ObjKind::Set if cls.is(&self.t.set) || cls.is(&self.t.frozenset) => {
                    let len = v.downcast_ref::<SetData>().unwrap().len();
                    let it = DictIter {
                        dict: v.clone(),
                        pos: 0,
                        kind: ViewKind::Keys,
                        len,
                        is_set: true,
                    };
                    return Ok(self.new_native_iter(&self.t.set_iterator.clone(), Box::new(it)));
                }
                ObjKind::SeqIter
                | ObjKind::RangeIter
                | ObjKind::NativeIter
                | ObjKind::Generator => return Ok(v.clone()),
                _ => {}
            }
        }
        let name = self.n.__iter__.clone();
        if let Some(m) = self.lookup_special(v, &name) {
            if m.is_none() {
                let tn = self.type_name(v);
                return Err(self.type_error(format!("'{}' object is not iterable", tn)));
            }
            let it = self.call_method_value(&m, v, Args::default())?;
            let next = self.n.__next__.clone();
            if self.lookup_special(&it, &next).is_none()
                && !matches!(
                    it.kind(),
                    Some(
                        ObjKind::SeqIter
                            | ObjKind::RangeIter
                            | ObjKind::NativeIter
                            | ObjKind::Generator
                    )
                )
            {
                let tn = self.type_name(&it);
                return Err(
                    self.type_error(format!("iter() returned non-iterator of type '{}'", tn))
                );
            }
            return Ok(it);
        }
        let gi = self.n.__getitem__.clone();
        if self.lookup_special(v, &gi).is_some() {
            return Ok(self.seq_iter(&self.t.iterator.clone(), v.clone(), SeqKind::GetItem));
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("'{}' object is not iterable", tn)))
    }

    /// `next(it)`: Some(item), or None when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it.kind() {
            Some(ObjKind::RangeIter) => {
                let r = it.downcast_ref::<RangeIterData>().unwrap();
                let rem = r.remaining.get();
                if rem <= 0 {
                    return Ok(None);
                }
                r.remaining.set(rem - 1);
                let v = r.next.get();
                r.next.set(v.wrapping_add(r.step));
                return Ok(Some(self.new_int(v)));
            }
            Some(ObjKind::SeqIter) => return self.seq_iter_next(it),
            Some(ObjKind::NativeIter) => {
                let d = it.downcast_ref::<NativeIterData>().unwrap();
                let Ok(mut st) = d.state.try_borrow_mut() else {
                    return Err(self.value_error("generator already executing"));
                };
                return st.next(self);
            }
            Some(ObjKind::Generator) if self.type_of(it).is(&self.t.generator) => {
                return match self.gen_send(it, Value::NONE)? {
                    crate::interp::generator::GenResult::Yield(v) => Ok(Some(v)),
                    crate::interp::generator::GenResult::Return(v) => {
                        self.last_stop_value = v;
                        Ok(None)
                    }
                };
            }
            _ => {}
        }
        let name = self.n.__next__.clone();
        let Some(m) = self.lookup_special(it, &name) else {
            let tn = self.type_name(it);
            return Err(self.type_error(format!("'{}' object is not an iterator", tn)));
        };
        match self.call_method_value(&m, it, Args::default()) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                if self.is_instance(e.value(), &self.t.stop_iteration.clone()) {
                    self.last_stop_value = self.stop_iteration_value(e.value());
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        }
    }

    fn seq_iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let s = it.downcast_ref::<SeqIterData>().unwrap();
        let seq = s.seq.borrow().clone();
        if seq.is_null() {
            return Ok(None);
        }
        let i = s.index.get();
        let item = match s.kind {
            SeqKind::List => seq.downcast_ref::<ListData>().unwrap().get(i),
            SeqKind::ListReverse => {
                let l = seq.downcast_ref::<ListData>().unwrap();
                let n = l.len();
                if i < n {
                    l.get(n - 1 - i)
                } else {
                    None
                }
            }
            SeqKind::Tuple => seq.downcast_ref::<TupleData>().unwrap().get(i).cloned(),
            SeqKind::Str => {
                let st = seq.downcast_ref::<StrData>().unwrap();
                let bp = s.byte_pos.get();
                match st.as_str()[bp..].chars().next() {
                    Some(c) => {
                        s.byte_pos.set(bp + c.len_utf8());
                        let mut buf = [0u8; 4];
                        Some(self.new_str(&*c.encode_utf8(&mut buf)))
                    }
                    None => None,
                }
            }
            SeqKind::Bytes => seq
                .downcast_ref::<BytesData>()
                .unwrap()
                .bytes
                .get(i)
                .map(|b| self.new_int(*b as i64)),
            SeqKind::ByteArray => seq
                .downcast_ref::<crate::types::bytes::ByteArrayData>()
                .and_then(|b| b.bytes.borrow().get(i).copied())
                .map(|b| self.new_int(b as i64)),
            SeqKind::Array => crate::types::array::iter_item(self, &seq, i),
            SeqKind::GetItem => {
                let idx = self.new_usize(i);
                match self.getitem(&seq, &idx) {
                    Ok(v) => Some(v),
                    Err(e) => {
                        if self.is_instance(e.value(), &self.t.index_error.clone())
                            || self.is_instance(e.value(), &self.t.stop_iteration.clone())
                        {
                            None
                        } else {
                            return Err(e);
                        }
                    }
                }
            }
        };
        match item {
            Some(v) => {
                s.index.set(i + 1);
                Ok(Some(v))
            }
            None => {
                *s.seq.borrow_mut() = Value::NULL;
                Ok(None)
            }
        }
    }

    /// Collect an iterable into a vector (fast for lists and tuples).
    pub fn collect_iter(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Some(t) = v.downcast_ref::<TupleData>() {
            return Ok(t.as_slice().to_vec());
        }
        if let Some(l) = v.downcast_ref::<ListData>() {
            return Ok(l.to_vec());
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `list.extend(iterable)` / `LIST_EXTEND`.
    pub fn list_extend(&mut self, list: &Value, iterable: &Value) -> PyResult<()> {
        let items = match self.collect_iter(iterable) {
            Ok(items) => items,
            Err(e) => {
                if self.is_instance(e.value(), &self.t.type_error.clone())
                    && self
                        .lookup_special(iterable, &self.n.__iter__.clone())
                        .is_none()
                    && self
                        .lookup_special(iterable, &self.n.__getitem__.clone())
                        .is_none()
                {
                    let tn = self.type_name(iterable);
                    return Err(
                        self.type_error(format!("Value after * must be an iterable, not {}", tn))
                    );
                }
                return Err(e);
            }
        };
        list.downcast_ref::<ListData>()
            .unwrap()
            .items
            .borrow_mut()
            .extend(items);
        Ok(())
    }
}

/// `GeneratorData` is iterated through `gen_send`; re-exported for type checks.
pub type Gen = GeneratorData;
