//! `dict` methods and the `dict_keys` / `dict_values` / `dict_items` views (CPython's
//! `Objects/dictobject.c`).

use taipan_bytecode::BinaryOp;

use crate::args::Args;
use crate::errors::PyResult;
use crate::heap;
use crate::protocol::iter::DictIter;
use crate::types::class;
use crate::types::dict::{DictData, DictViewData, ViewKind};
use crate::types::iter::NativeIter;
use crate::types::list_methods::{nat, new_cls, no_args, recv};
use crate::types::native_dunders::wrap_native;
use crate::types::object::add_new;
use crate::types::set::SetData;
use crate::types::tuple::TupleData;
use crate::value::Value;
use crate::vm::Vm;

fn dd(v: &Value) -> &DictData {
    thread_local!(static E: &'static DictData = Box::leak(Box::new(DictData::new())));
    v.downcast_ref::<DictData>()
        .unwrap_or_else(|| E.with(|e| *e))
}

/// The receiver as a builtin dict (TypeError for an uninitialised subclass instance).
fn this_dict(vm: &mut Vm, args: &mut Args) -> PyResult<Value> {
    let d = recv(vm, args);
    check_dict(vm, d)
}

fn check_dict(vm: &mut Vm, d: Value) -> PyResult<Value> {
    if d.downcast_ref::<DictData>().is_none() {
        let tn = vm.type_name(&d);
        return Err(vm.type_error(format!(
            "descriptor requires a 'dict' object but received a '{}'",
            tn
        )));
    }
    Ok(d)
}

/// A copy of dict `d` as a new exact dict.
pub fn dict_copy_value(vm: &mut Vm, d: &Value) -> Value {
    let d = nat(vm, d);
    let c = dd(&d).copy();
    heap::alloc(&vm.t.dict, c)
}

/// `dict(*args, **kw)` / `dict.update(*args, **kw)` body.
fn update_common(vm: &mut Vm, d: &Value, args: Args, fname: &str) -> PyResult<()> {
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{} expected at most 1 argument, got {}",
            fname,
            args.pos.len()
        )));
    }
    if let Some(o) = args.pos.first() {
        let o = o.clone();
        vm.dict_update(d, &o)?;
    }
    for (k, v) in args.kw {
        dd(d).set(vm, k, v)?;
    }
    Ok(())
}

fn dict_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let base = vm.t.dict.clone();
    let cls = new_cls(vm, &mut args, &base)?;
    let d = vm.new_dict();
    wrap_native(vm, &cls, &base, d)
}

fn dict_init(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &mut args)?;
    update_common(vm, &d, args, "dict")?;
    Ok(Value::NONE)
}

fn update(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &mut args)?;
    update_common(vm, &d, args, "update")?;
    Ok(Value::NONE)
}

fn fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut a = args.range(vm, "fromkeys", 2, 3).map_err(|e| e)?;
    // a[0] is the class.
    let cls = a.remove(0);
    let value = a.get(1).cloned().unwrap_or(Value::NONE);
    let d = vm.call(&cls, Args::default())?;
    let iterable = a[0].clone();
    let it = vm.get_iter(&iterable)?;
    let exact = d.downcast_ref::<DictData>().is_some();
    while let Some(k) = vm.next(&it)? {
        if exact {
            dd(&d).set(vm, k, value.clone())?;
        } else {
            vm.setitem(&d, k, value.clone())?;
        }
    }
    Ok(d)
}

fn fromkeys_checked(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // Arity messages count the arguments after the class.
    let n = args.pos.len().saturating_sub(1);
    if !args.kw.is_empty() {
        return Err(vm.type_error("fromkeys() takes no keyword arguments"));
    }
    if n < 1 {
        return Err(vm.type_error(format!("fromkeys expected at least 1 argument, got {}", n)));
    }
    if n > 2 {
        return Err(vm.type_error(format!("fromkeys expected at most 2 arguments, got {}", n)));
    }
    fromkeys(vm, args)
}

fn get(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &mut args)?;
    let a = args.range(vm, "get", 1, 2)?;
    match dd(&d).get(vm, &a[0])? {
        Some(v) => Ok(v),
        None => Ok(a.get(1).cloned().unwrap_or(Value::NONE)),
    }
}

fn setdefault(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &mut args)?;
    let a = args.range(vm, "setdefault", 1, 2)?;
    let hash = vm.hash(&a[0])?;
    if let Some(v) = dd(&d).get_hashed(vm, &a[0], hash)? {
        return Ok(v);
    }
    let default = a.get(1).cloned().unwrap_or(Value::NONE);
    dd(&d).set_hashed(vm, a[0].clone(), hash, default.clone())?;
    Ok(default)
}

fn pop(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &mut args)?;
    let a = args.range(vm, "pop", 1, 2)?;
    match dd(&d).remove(vm, &a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(v) => Ok(v.clone()),
            None => Err(vm.key_error(a[0].clone())),
        },
    }
}

fn popitem(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &mut args)?;
    no_args(vm, &args, "dict.popitem")?;
    match dd(&d).pop_last() {
        Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
        None => {
            let m = vm.new_str("popitem(): dictionary is empty");
            Err(vm.key_error(m))
        }
    }
}

fn new_view(vm: &mut Vm, d: Value, kind: ViewKind) -> Value {
    let cls = match kind {
        ViewKind::Keys => vm.t.dict_keys.clone(),
        ViewKind::Values => vm.t.dict_values.clone(),
        ViewKind::Items => vm.t.dict_items.clone(),
    };
    heap::alloc(&cls, DictViewData { dict: d, kind })
}

fn keys(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &mut args)?;
    no_args(vm, &args, "dict.keys")?;
    Ok(new_view(vm, d, ViewKind::Keys))
}
fn values(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &mut args)?;
    no_args(vm, &args, "dict.values")?;
    Ok(new_view(vm, d, ViewKind::Values))
}
fn items(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &mut args)?;
    no_args(vm, &args, "dict.items")?;
    Ok(new_view(vm, d, ViewKind::Items))
}

fn clear(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &mut args)?;
    no_args(vm, &args, "dict.clear")?;
    dd(&d).clear();
    Ok(Value::NONE)
}

fn copy(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &mut args)?;
    no_args(vm, &args, "dict.copy")?;
    Ok(dict_copy_value(vm, &d))
}

fn dict_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, key] = args.exact::<2>(vm, "__getitem__")?;
    let d = nat(vm, &this);
    if let Some(v) = dd(&d).get(vm, &key)? {
        return Ok(v);
    }
    if !this.is(&d) {
        let cls = vm.type_of(&this);
        let missing = vm.n.__missing__.clone();
        if let Some(m) = class::lookup(vm, &cls, &missing) {
            return vm.call_method_value(&m, &this, Args::new([key]));
        }
    }
    Err(vm.key_error(key))
}

fn dict_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, key] = args.exact::<2>(vm, "__contains__")?;
    let d = nat(vm, &this);
    Ok(Value::bool(dd(&d).contains(vm, &key)?))
}

fn dict_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__or__")?;
    let (na, nb) = (nat(vm, &a), nat(vm, &b));
    if na.downcast_ref::<DictData>().is_none() || nb.downcast_ref::<DictData>().is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let d = dict_copy_value(vm, &na);
    vm.dict_update(&d, &b)?;
    Ok(d)
}

fn dict_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__ror__")?;
    let (na, nb) = (nat(vm, &a), nat(vm, &b));
    if na.downcast_ref::<DictData>().is_none() || nb.downcast_ref::<DictData>().is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let d = dict_copy_value(vm, &nb);
    vm.dict_update(&d, &a)?;
    Ok(d)
}

fn dict_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__ior__")?;
    let na = nat(vm, &a);
    let na = check_dict(vm, na)?;
    vm.dict_update(&na, &b)?;
    Ok(a)
}

/// Reverse iteration over a dict snapshot (checks the size on every step).
struct DictRevIter {
    dict: Value,
    items: Vec<(Value, Value)>,
    len: usize,
    kind: ViewKind,
}

impl NativeIter for DictRevIter {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.dict.is_null() {
            return Ok(None);
        }
        if dd(&self.dict).len() != self.len {
            self.dict = Value::NULL;
            self.items.clear();
            return Err(vm.runtime_error("dictionary changed size during iteration"));
        }
        match self.items.pop() {
            Some((k, v)) => Ok(Some(match self.kind {
                ViewKind::Keys => k,
                ViewKind::Values => v,
                ViewKind::Items => vm.new_tuple(vec![k, v]),
            })),
            None => {
                self.dict = Value::NULL;
                Ok(None)
            }
        }
    }
    fn len_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

fn rev_iter(vm: &mut Vm, d: Value, kind: ViewKind) -> Value {
    let items = dd(&d).items();
    let len = items.len();
    let it = DictRevIter {
        dict: d,
        items,
        len,
        kind,
    };
    let cls = vm.t.native_iterator.clone();
    vm.new_native_iter(&cls, Box::new(it))
}

fn dict_reversed(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &mut args)?;
    no_args(vm, &args, "dict.__reversed__")?;
    Ok(rev_iter(vm, d, ViewKind::Keys))
}

fn dict_iter(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &mut args)?;
    let len = dd(&d).len();
    let it = DictIter {
        dict: d,
        pos: 0,
        kind: ViewKind::Keys,
        len,
        is_set: false,
    };
    let cls = vm.t.dict_keyiterator.clone();
    Ok(vm.new_native_iter(&cls, Box::new(it)))
}

// ----- views -----------------------------------------------------------------------

fn view_of(v: &Value) -> Option<(Value, ViewKind)> {
    v.downcast_ref::<DictViewData>()
        .map(|d| (d.dict.clone(), d.kind))
}

fn view_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__reversed__")?;
    let (d, kind) = view_of(&this).unwrap_or((Value::NULL, ViewKind::Keys));
    Ok(rev_iter(vm, d, kind))
}

fn view_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, x] = args.exact::<2>(vm, "__contains__")?;
    let Some((d, kind)) = view_of(&this) else {
        return Ok(Value::FALSE);
    };
    match kind {
        ViewKind::Keys | ViewKind::Items => Ok(Value::bool(vm.contains(&this, &x)?)),
        ViewKind::Values => {
            for v in dd(&d).values() {
                if v.is(&x) || vm.eq(&v, &x)? {
                    return Ok(Value::TRUE);
                }
            }
            Ok(Value::FALSE)
        }
    }
}

fn view_mapping(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let _ = vm;
    let (d, _) = view_of(this).unwrap_or((Value::NONE, ViewKind::Keys));
    Ok(d)
}

/// Whether `x` is in set-like view/set `container`.
fn setlike_contains(vm: &mut Vm, container: &Value, x: &Value) -> PyResult<bool> {
    vm.contains(container, x)
}

fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, other] = args.exact::<2>(vm, "isdisjoint")?;
    let it = vm.get_iter(&other)?;
    while let Some(x) = vm.next(&it)? {
        if setlike_contains(vm, &this, &x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn new_set_from(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let s = heap::alloc(&vm.t.set, SetData::new(false));
    for it in items {
        vm.set_add(&s, it)?;
    }
    Ok(s)
}

/// Set operators with a dict view on either side: `set(a) op b` (CPython's
/// `dictviews_sub`/`_or`/`_xor`, and `_PyDictView_Intersect` for `&`).
pub fn view_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Value> {
    let is_setlike_view = |v: &Value| {
        v.downcast_ref::<DictViewData>()
            .is_some_and(|d| d.kind != ViewKind::Values)
    };
    if !is_setlike_view(a) && !is_setlike_view(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    if op == BinaryOp::And {
        let (mut sv, mut other) = if is_setlike_view(a) {
            (a.clone(), b.clone())
        } else {
            (b.clone(), a.clone())
        };
        let len_self = vm.len(&sv)?;
        if other.kind() == Some(crate::heap::ObjKind::Set)
            && vm.type_of(&other).is(&vm.t.set)
            && len_self <= vm.len(&other)?
        {
            let mut items = Vec::new();
            let it = vm.get_iter(&other)?;
            while let Some(x) = vm.next(&it)? {
                if vm.contains(&sv, &x)? {
                    items.push(x);
                }
            }
            return new_set_from(vm, items);
        }
        if is_setlike_view(&other) && vm.len(&other)? > len_self {
            std::mem::swap(&mut sv, &mut other);
        }
        let it = vm.get_iter(&other)?;
        let mut items = Vec::new();
        while let Some(x) = vm.next(&it)? {
            if vm.contains(&sv, &x)? {
                items.push(x);
            }
        }
        return new_set_from(vm, items);
    }
    let left = vm.collect_iter(a)?;
    let result = new_set_from(vm, left)?;
    let s = result.downcast_ref::<SetData>().unwrap();
    match op {
        BinaryOp::Or => {
            let it = vm.get_iter(b)?;
            while let Some(x) = vm.next(&it)? {
                s.table.set(vm, x, Value::NONE)?;
            }
        }
        BinaryOp::Subtract => {
            let it = vm.get_iter(b)?;
            while let Some(x) = vm.next(&it)? {
                s.table.remove(vm, &x)?;
            }
        }
        BinaryOp::Xor => {
            let other = vm.collect_iter(b)?;
            let mut seen = Vec::new();
            let tmp = new_set_from(vm, Vec::new())?;
            let ts = tmp.downcast_ref::<SetData>().unwrap();
            for x in other {
                if ts.table.contains(vm, &x)? {
                    continue;
                }
                ts.table.set(vm, x.clone(), Value::NONE)?;
                seen.push(x);
            }
            for x in seen {
                if s.table.remove(vm, &x)?.is_none() {
                    s.table.set(vm, x, Value::NONE)?;
                }
            }
        }
        _ => return Ok(Value::NOT_IMPLEMENTED),
    }
    Ok(result)
}

fn view_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__len__")?;
    let (d, _) = view_of(&this).unwrap_or((Value::NULL, ViewKind::Keys));
    Ok(vm.new_usize(dd(&d).len()))
}

pub fn init(vm: &mut Vm) {
    let c = vm.t.dict.clone();
    add_new(vm, &c, "dict", dict_new);
    vm.add_method(&c, "__init__", dict_init);
    vm.add_method_kind(
        &c,
        "fromkeys",
        fromkeys_checked,
        crate::types::function::MethodKind::Class,
    );
    vm.add_method(&c, "get", get);
    vm.add_method(&c, "setdefault", setdefault);
    vm.add_method(&c, "pop", pop);
    vm.add_method(&c, "popitem", popitem);
    vm.add_method(&c, "keys", keys);
    vm.add_method(&c, "values", values);
    vm.add_method(&c, "items", items);
    vm.add_method(&c, "update", update);
    vm.add_method(&c, "clear", clear);
    vm.add_method(&c, "copy", copy);
    vm.add_method(&c, "__getitem__", dict_getitem);
    vm.add_method(&c, "__contains__", dict_contains);
    vm.add_method(&c, "__or__", dict_or);
    vm.add_method(&c, "__ror__", dict_ror);
    vm.add_method(&c, "__ior__", dict_ior);
    vm.add_method(&c, "__reversed__", dict_reversed);
    vm.add_method(&c, "__iter__", dict_iter);
    vm.add_native_dunders(&c, &["__len__", "__setitem__", "__delitem__", "__repr__"]);
    crate::types::list_methods::add_compares(vm, &c, false);
    vm.add_class_attr(&c, "__hash__", Value::NONE);

    for (cls, setlike) in [
        (vm.t.dict_keys.clone(), true),
        (vm.t.dict_items.clone(), true),
        (vm.t.dict_values.clone(), false),
    ] {
        vm.add_method(&cls, "__reversed__", view_reversed);
        vm.add_method(&cls, "__contains__", view_contains);
        vm.add_method(&cls, "__len__", view_len);
        vm.add_getset(&cls, "mapping", view_mapping, None);
        vm.add_native_dunders(&cls, &["__iter__", "__repr__"]);
        if setlike {
            vm.add_method(&cls, "isdisjoint", isdisjoint);
            vm.add_native_dunders(
                &cls,
                &[
                    "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__and__",
                    "__rand__", "__or__", "__ror__", "__sub__", "__rsub__", "__xor__", "__rxor__",
                ],
            );
            vm.add_class_attr(&cls, "__hash__", Value::NONE);
        }
    }
    let _ = TupleData::new;
}
