//! Iterator methods and builtin iterator types: `enumerate`, `zip`, `map`, `filter`,
//! `reversed`, `iter(callable, sentinel)`, and `__iter__`/`__next__`/`__length_hint__`
//! on every builtin iterator class (CPython's `Objects/enumobject.c`,
//! `Python/bltinmodule.c`, `Objects/iterobject.c`).

use crate::args::{kw_name, Args};
use crate::errors::PyResult;
use crate::heap::ObjKind;
use crate::types::bytes::BytesData;
use crate::types::iter::{NativeIter, NativeIterData, SeqIterData, SeqKind};
use crate::types::list::ListData;
use crate::types::list_methods::new_cls;
use crate::types::native_dunders::{add_iterator_dunders, wrap_native};
use crate::types::object::add_new;
use crate::types::range::RangeIterData;
use crate::types::str::StrData;
use crate::types::tuple::TupleData;
use crate::value::Value;
use crate::vm::Vm;

// ----- enumerate -------------------------------------------------------------------

struct Enumerate {
    it: Value,
    count: Value,
}

impl NativeIter for Enumerate {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(x) = vm.next(&self.it)? else {
            return Ok(None);
        };
        let i = self.count.clone();
        self.count = match i.as_small_int() {
            Some(n) => vm.new_int(n + 1),
            None => {
                let one = Value::small_int(1).unwrap_or(Value::NONE);
                vm.binary_op(&i, &one, taipan_bytecode::BinaryOp::Add)?
            }
        };
        Ok(Some(vm.new_tuple(vec![i, x])))
    }
}

fn enumerate_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let base = vm.t.enumerate.clone();
    let cls = new_cls(vm, &mut args, &base)?;
    for (k, _) in &args.kw {
        let n = kw_name(k);
        if n != "iterable" && n != "start" {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for enumerate()",
                n
            )));
        }
    }
    if args.pos.is_empty() && args.kw.iter().all(|(k, _)| kw_name(k) != "iterable") {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    }
    let [iterable, start] = args.bind::<2>(vm, "enumerate", ["iterable", "start"], 0, 2, 1)?;
    let count = if start.is_null() {
        Value::small_int(0).unwrap_or(Value::NONE)
    } else {
        let is_int = start.as_small_int().is_some()
            || start.as_bool().is_some()
            || start.kind() == Some(ObjKind::Int);
        if is_int {
            if let Some(b) = start.as_bool() {
                Value::small_int(b as i64).unwrap_or(Value::NONE)
            } else {
                start
            }
        } else {
            match vm.index_value(&start)? {
                Some(i) => vm.new_int(i),
                None => {
                    let tn = vm.type_name(&start);
                    return Err(vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        tn
                    )));
                }
            }
        }
    };
    let it = vm.get_iter(&iterable)?;
    let v = vm.new_native_iter(&base, Box::new(Enumerate { it, count }));
    wrap_native(vm, &cls, &base, v)
}

// ----- zip -------------------------------------------------------------------------

struct Zip {
    its: Vec<Value>,
    strict: bool,
    done: bool,
}

impl NativeIter for Zip {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.done || self.its.is_empty() {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(self.its.len());
        for i in 0..self.its.len() {
            let it = self.its[i].clone();
            match vm.next(&it) {
                Ok(Some(x)) => out.push(x),
                Ok(None) => {
                    self.done = true;
                    if self.strict {
                        if i > 0 {
                            let plural = if i == 1 { " " } else { "s 1-" };
                            return Err(vm.value_error(format!(
                                "zip() argument {} is shorter than argument{}{}",
                                i + 1,
                                plural,
                                i
                            )));
                        }
                        for j in 1..self.its.len() {
                            let it = self.its[j].clone();
                            if vm.next(&it)?.is_some() {
                                let plural = if j == 1 { " " } else { "s 1-" };
                                return Err(vm.value_error(format!(
                                    "zip() argument {} is longer than argument{}{}",
                                    j + 1,
                                    plural,
                                    j
                                )));
                            }
                        }
                    }
                    return Ok(None);
                }
                Err(e) => {
                    self.done = true;
                    return Err(e);
                }
            }
        }
        Ok(Some(vm.new_tuple(out)))
    }
}

fn zip_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let base = vm.t.zip.clone();
    let cls = new_cls(vm, &mut args, &base)?;
    let mut strict = false;
    if !args.kw.is_empty() {
        if args.kw.len() > 1 {
            return Err(vm.type_error(format!(
                "zip() takes at most 1 keyword argument ({} given)",
                args.kw.len()
            )));
        }
        let (k, v) = args.kw.remove(0);
        if kw_name(&k) != "strict" {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for zip()",
                kw_name(&k)
            )));
        }
        strict = vm.is_true(&v)?;
    }
    let mut its = Vec::with_capacity(args.pos.len());
    for a in args.pos.iter() {
        its.push(vm.get_iter(a)?);
    }
    let v = vm.new_native_iter(
        &base,
        Box::new(Zip {
            its,
            strict,
            done: false,
        }),
    );
    wrap_native(vm, &cls, &base, v)
}

// ----- map / filter ----------------------------------------------------------------

struct Map {
    func: Value,
    its: Vec<Value>,
}

impl NativeIter for Map {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let mut args = Vec::with_capacity(self.its.len());
        for it in self.its.clone() {
            match vm.next(&it)? {
                Some(x) => args.push(x),
                None => return Ok(None),
            }
        }
        let f = self.func.clone();
        vm.call(&f, Args::new(args)).map(Some)
    }
}

fn map_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let base = vm.t.map.clone();
    let cls = new_cls(vm, &mut args, &base)?;
    if !args.kw.is_empty() {
        return Err(vm.type_error("map() takes no keyword arguments"));
    }
    if args.pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let func = args.pos[0].clone();
    let mut its = Vec::with_capacity(args.pos.len() - 1);
    for a in args.pos.iter().skip(1) {
        its.push(vm.get_iter(a)?);
    }
    let v = vm.new_native_iter(&base, Box::new(Map { func, its }));
    wrap_native(vm, &cls, &base, v)
}

struct Filter {
    func: Value,
    it: Value,
}

impl NativeIter for Filter {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            let Some(x) = vm.next(&self.it)? else {
                return Ok(None);
            };
            let ok = if self.func.is_none() || self.func.is(&vm.t.bool) {
                vm.is_true(&x)?
            } else {
                let f = self.func.clone();
                let r = vm.call(&f, Args::new([x.clone()]))?;
                vm.is_true(&r)?
            };
            if ok {
                return Ok(Some(x));
            }
        }
    }
}

fn filter_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let base = vm.t.filter.clone();
    let cls = new_cls(vm, &mut args, &base)?;
    if !args.kw.is_empty() {
        return Err(vm.type_error("filter() takes no keyword arguments"));
    }
    args.kw.clear();
    let [func, iterable] = args.exact::<2>(vm, "filter")?;
    let it = vm.get_iter(&iterable)?;
    let v = vm.new_native_iter(&base, Box::new(Filter { func, it }));
    wrap_native(vm, &cls, &base, v)
}

// ----- reversed --------------------------------------------------------------------

struct Reversed {
    seq: Value,
    index: i64,
}

impl NativeIter for Reversed {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.index < 0 || self.seq.is_null() {
            return Ok(None);
        }
        let i = vm.new_int(self.index);
        let seq = self.seq.clone();
        match vm.getitem(&seq, &i) {
            Ok(v) => {
                self.index -= 1;
                Ok(Some(v))
            }
            Err(e) => {
                if vm.is_instance(e.value(), &vm.t.index_error.clone())
                    || vm.is_instance(e.value(), &vm.t.stop_iteration.clone())
                {
                    self.index = -1;
                    self.seq = Value::NULL;
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        }
    }
    fn len_hint(&self) -> Option<usize> {
        Some((self.index + 1).max(0) as usize)
    }
}

fn reversed_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let base = vm.t.reversed.clone();
    let cls = new_cls(vm, &mut args, &base)?;
    if !args.kw.is_empty() {
        return Err(vm.type_error("reversed() takes no keyword arguments"));
    }
    args.kw.clear();
    let [seq] = args.range(vm, "reversed", 1, 1).map(|a| {
        let mut it = a.into_iter();
        [it.next().unwrap_or(Value::NONE)]
    })?;
    let rname = vm.n.__reversed__.clone();
    match vm.lookup_special(&seq, &rname) {
        Some(m) if m.is_none() => {
            let tn = vm.type_name(&seq);
            return Err(vm.type_error(format!("'{}' object is not reversible", tn)));
        }
        Some(m) => return vm.call_method_value(&m, &seq, Args::default()),
        None => {}
    }
    // PySequence_Check: has __getitem__ and is not a dict.
    let gi = vm.n.__getitem__.clone();
    let is_seq = matches!(
        seq.kind(),
        Some(ObjKind::Tuple | ObjKind::Str | ObjKind::Bytes | ObjKind::ByteArray | ObjKind::List)
    ) || (vm.lookup_special(&seq, &gi).is_some()
        && !vm.is_instance(&seq, &vm.t.dict.clone()));
    if !is_seq {
        let tn = vm.type_name(&seq);
        return Err(vm.type_error(format!("'{}' object is not reversible", tn)));
    }
    let n = vm.len(&seq)?;
    let v = vm.new_native_iter(
        &base,
        Box::new(Reversed {
            seq,
            index: n as i64 - 1,
        }),
    );
    wrap_native(vm, &cls, &base, v)
}

// ----- iter(callable, sentinel) ----------------------------------------------------

struct CallableIter {
    func: Value,
    sentinel: Value,
}

impl NativeIter for CallableIter {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.func.is_null() {
            return Ok(None);
        }
        let f = self.func.clone();
        match vm.call(&f, Args::default()) {
            Ok(v) => {
                let s = self.sentinel.clone();
                if v.is(&s) || vm.eq(&v, &s)? {
                    self.func = Value::NULL;
                    self.sentinel = Value::NULL;
                    return Ok(None);
                }
                Ok(Some(v))
            }
            Err(e) => {
                if vm.is_instance(e.value(), &vm.t.stop_iteration.clone()) {
                    self.func = Value::NULL;
                    self.sentinel = Value::NULL;
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        }
    }
}

/// `iter(callable, sentinel)`.
pub fn callable_iter(vm: &mut Vm, f: Value, s: Value) -> PyResult<Value> {
    if !is_callable(vm, &f) {
        return Err(vm.type_error("iter(v, w): v must be callable"));
    }
    let cls = vm.t.callable_iterator.clone();
    Ok(vm.new_native_iter(
        &cls,
        Box::new(CallableIter {
            func: f,
            sentinel: s,
        }),
    ))
}

fn is_callable(vm: &mut Vm, f: &Value) -> bool {
    match f.kind() {
        Some(
            ObjKind::Function
            | ObjKind::NativeFunction
            | ObjKind::MethodDescriptor
            | ObjKind::BoundMethod
            | ObjKind::Class,
        ) => true,
        Some(_) => {
            let c = vm.n.__call__.clone();
            vm.lookup_special(f, &c).is_some()
        }
        None => false,
    }
}

/// `__next__` of builtin iterators (also for instances of their subclasses).
fn iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [it] = args.exact::<1>(vm, "__next__")?;
    let it = vm.native_of(&it);
    if it
        .downcast_ref::<crate::types::instance::InstanceData>()
        .is_some()
    {
        let tn = vm.type_name(&it);
        return Err(vm.type_error(format!("'{}' object is not an iterator", tn)));
    }
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => {
            let v = vm.take_stop_value();
            Err(vm.stop_iteration(v))
        }
    }
}

// ----- __length_hint__ -------------------------------------------------------------

fn length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [it] = args.exact::<1>(vm, "__length_hint__")?;
    let it = vm.native_of(&it);
    let n: usize = match it.kind() {
        Some(ObjKind::RangeIter) => it
            .downcast_ref::<RangeIterData>()
            .map(|r| r.remaining.get().max(0) as usize)
            .unwrap_or(0),
        Some(ObjKind::SeqIter) => {
            let s = it.downcast_ref::<SeqIterData>().unwrap();
            let seq = s.seq.borrow().clone();
            let i = s.index.get();
            if seq.is_null() {
                0
            } else {
                match s.kind {
                    SeqKind::List | SeqKind::ListReverse => seq
                        .downcast_ref::<ListData>()
                        .map(|l| l.len().saturating_sub(i))
                        .unwrap_or(0),
                    SeqKind::Tuple => seq
                        .downcast_ref::<TupleData>()
                        .map(|t| t.len().saturating_sub(i))
                        .unwrap_or(0),
                    SeqKind::Str => seq
                        .downcast_ref::<StrData>()
                        .map(|t| {
                            t.as_str()[s.byte_pos.get().min(t.as_str().len())..]
                                .chars()
                                .count()
                        })
                        .unwrap_or(0),
                    SeqKind::Bytes => seq
                        .downcast_ref::<BytesData>()
                        .map(|b| b.bytes.len().saturating_sub(i))
                        .unwrap_or(0),
                    SeqKind::ByteArray => seq
                        .downcast_ref::<crate::types::bytes::ByteArrayData>()
                        .map(|b| b.bytes.borrow().len().saturating_sub(i))
                        .unwrap_or(0),
                    SeqKind::Array => crate::types::array::len_of(&seq).saturating_sub(i),
                    SeqKind::GetItem => return Ok(Value::NOT_IMPLEMENTED),
                }
            }
        }
        Some(ObjKind::NativeIter) => {
            let d = it.downcast_ref::<NativeIterData>().unwrap();
            let hint = match d.state.try_borrow() {
                Ok(st) => st.len_hint(),
                Err(_) => None,
            };
            match hint {
                Some(n) => n,
                None => return Ok(Value::NOT_IMPLEMENTED),
            }
        }
        _ => return Ok(Value::NOT_IMPLEMENTED),
    };
    Ok(vm.new_usize(n))
}

pub fn init(vm: &mut Vm) {
    let e = vm.t.enumerate.clone();
    add_new(vm, &e, "enumerate", enumerate_new);
    let z = vm.t.zip.clone();
    add_new(vm, &z, "zip", zip_new);
    let m = vm.t.map.clone();
    add_new(vm, &m, "map", map_new);
    let f = vm.t.filter.clone();
    add_new(vm, &f, "filter", filter_new);
    let r = vm.t.reversed.clone();
    add_new(vm, &r, "reversed", reversed_new);
    let t = &vm.t;
    let all = [
        t.enumerate.clone(),
        t.zip.clone(),
        t.map.clone(),
        t.filter.clone(),
        t.reversed.clone(),
        t.callable_iterator.clone(),
        t.native_iterator.clone(),
        t.list_iterator.clone(),
        t.list_reverseiterator.clone(),
        t.tuple_iterator.clone(),
        t.str_iterator.clone(),
        t.bytes_iterator.clone(),
        t.bytearray_iterator.clone(),
        t.array_iterator.clone(),
        t.iterator.clone(),
        t.range_iterator.clone(),
        t.longrange_iterator.clone(),
        t.dict_keyiterator.clone(),
        t.dict_valueiterator.clone(),
        t.dict_itemiterator.clone(),
        t.set_iterator.clone(),
    ];
    for c in all.iter() {
        add_iterator_dunders(vm, c);
        // Unwraps instances of subclasses (`class E(enumerate)`).
        vm.add_method(c, "__next__", iter_next);
    }
    // `__length_hint__` where CPython has it (not on callable_iterator, map, filter...).
    for c in all.iter().skip(4) {
        if c.is(&vm.t.callable_iterator.clone()) || c.is(&vm.t.array_iterator.clone()) {
            continue;
        }
        vm.add_method(c, "__length_hint__", length_hint);
    }
}
