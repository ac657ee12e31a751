//! `property`, `staticmethod`, `classmethod`, `super` and `getset_descriptor`
//! (CPython's `Objects/descrobject.c`, `funcobject.c`, `typeobject.c`'s super).
//!
//! The VM's attribute protocol handles the builtin descriptor kinds natively; the
//! methods here make them usable explicitly (`prop.__get__(obj)`), constructible,
//! and subclassable (instances of subclasses wrap the payload in
//! `InstanceData::native`).

use std::cell::RefCell;

use taipan_bytecode::LocalKind;

use crate::args::Args;
use crate::errors::{PyErr, PyResult};
use crate::heap::{self, ObjKind};
use crate::types::class::{self, class_flags, ClassData};
use crate::types::descriptor::{
    ClassMethodData, GetSetData, PropertyData, StaticMethodData, SuperData,
};
use crate::types::function::{BoundMethodData, CellData};
use crate::types::instance::InstanceData;
use crate::types::native_dunders::wrap_native;
use crate::types::object::add_new;
use crate::types::str::StrData;
use crate::value::Value;
use crate::vm::Vm;

fn str_of(v: &Value) -> String {
    v.downcast_ref::<StrData>()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default()
}

fn descr_error(vm: &mut Vm, want: &str, got: &Value) -> PyErr {
    let tn = vm.type_name(got);
    vm.type_error(format!(
        "descriptor requires a '{}' object but received a '{}'",
        want, tn
    ))
}

/// The first argument of `__new__`: the class being instantiated.
fn new_cls(vm: &mut Vm, args: &mut Args, name: &str) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error(format!("{}.__new__(): not enough arguments", name)));
    }
    let cls = args.pos.remove(0);
    if !vm.is_class(&cls) {
        let tn = vm.type_name(&cls);
        return Err(vm.type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            name, tn
        )));
    }
    Ok(cls)
}

// ----- property -----------------------------------------------------------------

fn prop_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = vm.native_of(v);
    if n.downcast_ref::<PropertyData>().is_some() {
        Ok(n)
    } else {
        Err(descr_error(vm, "property", v))
    }
}

fn prop_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &mut args, "property")?;
    let p = heap::alloc(
        &vm.t.property,
        PropertyData {
            fget: RefCell::new(Value::NONE),
            fset: RefCell::new(Value::NONE),
            fdel: RefCell::new(Value::NONE),
            doc: RefCell::new(Value::NONE),
            name: RefCell::new(Value::NONE),
        },
    );
    let base = vm.t.property.clone();
    wrap_native(vm, &cls, &base, p)
}

fn prop_init(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error("descriptor '__init__' of 'property' object needs an argument"));
    }
    let this = args.pos.remove(0);
    let pv = prop_value(vm, &this)?;
    let [fget, fset, fdel, doc] =
        args.bind(vm, "property", ["fget", "fset", "fdel", "doc"], 0, 4, 0)?;
    let norm = |v: Value| if v.is_null() { Value::NONE } else { v };
    let (fget, fset, fdel, mut doc) = (norm(fget), norm(fset), norm(fdel), norm(doc));
    if doc.is_none() && !fget.is_none() {
        let dn = vm.n.__doc__.clone();
        if let Some(d) = vm.getattr_opt(&fget, &dn)? {
            doc = d;
        }
    }
    let p = pv.downcast_ref::<PropertyData>().unwrap();
    *p.fget.borrow_mut() = fget;
    *p.fset.borrow_mut() = fset;
    *p.fdel.borrow_mut() = fdel;
    *p.doc.borrow_mut() = doc.clone();
    if this.downcast_ref::<InstanceData>().is_some() {
        let k = vm.n.__doc__.clone();
        vm.store_instance_attr(&this, k, doc)?;
    }
    Ok(Value::NONE)
}

macro_rules! prop_field {
    ($($get:ident => $field:ident,)*) => {$(
        fn $get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
            let p = prop_value(vm, v)?;
            let x = p.downcast_ref::<PropertyData>().unwrap().$field.borrow().clone();
            Ok(if x.is_null() { Value::NONE } else { x })
        }
    )*};
}

prop_field! {
    prop_fget => fget,
    prop_fset => fset,
    prop_fdel => fdel,
    prop_doc => doc,
}

fn prop_set_doc(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let p = prop_value(vm, v)?;
    *p.downcast_ref::<PropertyData>().unwrap().doc.borrow_mut() = x;
    Ok(())
}

fn prop_isabstract(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let p = prop_value(vm, v)?;
    let pd = p.downcast_ref::<PropertyData>().unwrap();
    let fs = [
        pd.fget.borrow().clone(),
        pd.fset.borrow().clone(),
        pd.fdel.borrow().clone(),
    ];
    let k = vm.intern("__isabstractmethod__");
    for f in fs {
        if f.is_none() || f.is_null() {
            continue;
        }
        if let Some(r) = vm.getattr_opt(&f, &k)? {
            if vm.is_true(&r)? {
                return Ok(Value::TRUE);
            }
        }
    }
    Ok(Value::FALSE)
}

/// "property 'x' of 'A' object has no getter" (or without a name).
/// The name comes only from `__set_name__` (as CPython 3.11), and the type is named
/// by its `__qualname__`.
pub(crate) fn prop_missing(vm: &mut Vm, p: &PropertyData, obj: &Value, what: &str) -> PyErr {
    let name = p.name.borrow().clone();
    let cls = vm.type_of(obj);
    let tn = match cls.downcast_ref::<ClassData>() {
        Some(c) => c.qualname.borrow().clone(),
        None => vm.type_name(obj),
    };
    let msg = if name.downcast_ref::<StrData>().is_some() {
        let n = vm.repr_string(&name).unwrap_or_default();
        format!("property {} of '{}' object has no {}", n, tn, what)
    } else {
        format!("property of '{}' object has no {}", tn, what)
    };
    vm.attribute_error(msg)
}

fn prop_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "__get__", 2, 3)?;
    let this = a[0].clone();
    let obj = a[1].clone();
    if obj.is_none() {
        return Ok(this);
    }
    let p = prop_value(vm, &this)?;
    let pd = p.downcast_ref::<PropertyData>().unwrap();
    let fget = pd.fget.borrow().clone();
    if fget.is_none() || fget.is_null() {
        return Err(prop_missing(vm, pd, &obj, "getter"));
    }
    vm.call(&fget, Args::new([obj]))
}

fn prop_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, obj, value] = args.exact::<3>(vm, "__set__")?;
    let p = prop_value(vm, &this)?;
    let pd = p.downcast_ref::<PropertyData>().unwrap();
    let fset = pd.fset.borrow().clone();
    if fset.is_none() || fset.is_null() {
        return Err(prop_missing(vm, pd, &obj, "setter"));
    }
    vm.call(&fset, Args::new([obj, value]))?;
    Ok(Value::NONE)
}

fn prop_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, obj] = args.exact::<2>(vm, "__delete__")?;
    let p = prop_value(vm, &this)?;
    let pd = p.downcast_ref::<PropertyData>().unwrap();
    let fdel = pd.fdel.borrow().clone();
    if fdel.is_none() || fdel.is_null() {
        return Err(prop_missing(vm, pd, &obj, "deleter"));
    }
    vm.call(&fdel, Args::new([obj]))?;
    Ok(Value::NONE)
}

fn prop_set_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, _owner, name] = args.exact::<3>(vm, "__set_name__")?;
    let p = prop_value(vm, &this)?;
    *p.downcast_ref::<PropertyData>().unwrap().name.borrow_mut() = name;
    Ok(Value::NONE)
}

/// `getter`/`setter`/`deleter`: a copy of the property with one function replaced.
fn prop_copy(vm: &mut Vm, args: Args, which: usize, name: &str) -> PyResult<Value> {
    let [this, f] = args.exact::<2>(vm, name)?;
    let p = prop_value(vm, &this)?;
    let pd = p.downcast_ref::<PropertyData>().unwrap();
    let mut fs = [
        pd.fget.borrow().clone(),
        pd.fset.borrow().clone(),
        pd.fdel.borrow().clone(),
    ];
    let mut doc = pd.doc.borrow().clone();
    let pname = pd.name.borrow().clone();
    // A doc taken from the old getter is re-derived from the new one.
    if !fs[0].is_none() && !fs[0].is_null() {
        let dn = vm.n.__doc__.clone();
        if let Some(gd) = vm.getattr_opt(&fs[0], &dn)? {
            if gd.is(&doc) {
                doc = Value::NONE;
            }
        }
    }
    fs[which] = f;
    let [g, s, d] = fs;
    let g = if g.is_null() { Value::NONE } else { g };
    let s = if s.is_null() { Value::NONE } else { s };
    let d = if d.is_null() { Value::NONE } else { d };
    let doc = if doc.is_null() { Value::NONE } else { doc };
    let cls = vm.type_of(&this);
    let new = vm.call(&cls, Args::new([g, s, d, doc]))?;
    if let Some(np) = vm.native_of(&new).downcast_ref::<PropertyData>() {
        *np.name.borrow_mut() = pname;
    }
    Ok(new)
}

fn prop_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    prop_copy(vm, args, 0, "getter")
}
fn prop_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    prop_copy(vm, args, 1, "setter")
}
fn prop_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    prop_copy(vm, args, 2, "deleter")
}

// ----- staticmethod / classmethod -----------------------------------------------

fn sm_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &mut args, "staticmethod")?;
    args.no_kw(vm, "staticmethod")?;
    let a = args.range(vm, "staticmethod", 1, 1)?;
    let f = a[0].clone();
    let v = heap::alloc(
        &vm.t.staticmethod,
        StaticMethodData {
            func: f,
            dict: RefCell::new(Value::NULL),
        },
    );
    let base = vm.t.staticmethod.clone();
    wrap_native(vm, &cls, &base, v)
}

fn cm_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &mut args, "classmethod")?;
    args.no_kw(vm, "classmethod")?;
    let a = args.range(vm, "classmethod", 1, 1)?;
    let f = a[0].clone();
    let v = heap::alloc(
        &vm.t.classmethod,
        ClassMethodData {
            func: f,
            dict: RefCell::new(Value::NULL),
        },
    );
    let base = vm.t.classmethod.clone();
    wrap_native(vm, &cls, &base, v)
}

/// The wrapped function of a staticmethod/classmethod (or a subclass instance).
fn wrapped_func(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = vm.native_of(v);
    if let Some(s) = n.downcast_ref::<StaticMethodData>() {
        return Ok(s.func.clone());
    }
    if let Some(c) = n.downcast_ref::<ClassMethodData>() {
        return Ok(c.func.clone());
    }
    Err(descr_error(vm, "staticmethod", v))
}

fn sm_func(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    wrapped_func(vm, v)
}

fn forward_attr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Value> {
    let f = wrapped_func(vm, v)?;
    let k = vm.intern(name);
    Ok(vm.getattr_opt(&f, &k)?.unwrap_or(Value::NONE))
}
fn sm_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = wrapped_func(vm, v)?;
    vm.getattr_str(&f, "__name__")
}
fn sm_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = wrapped_func(vm, v)?;
    vm.getattr_str(&f, "__qualname__")
}
fn sm_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    forward_attr(vm, v, "__doc__")
}
fn sm_isabstract(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let r = forward_attr(vm, v, "__isabstractmethod__")?;
    Ok(Value::bool(vm.is_true(&r)?))
}

fn sm_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "__get__", 2, 3)?;
    wrapped_func(vm, &a[0])
}

fn sm_call(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(
            vm.type_error("descriptor '__call__' of 'staticmethod' object needs an argument")
        );
    }
    let this = args.pos.remove(0);
    let f = wrapped_func(vm, &this)?;
    vm.call(&f, args)
}

fn cm_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "__get__", 2, 3)?;
    let f = wrapped_func(vm, &a[0])?;
    let cls = match a.get(2) {
        Some(c) if !c.is_none() => c.clone(),
        _ => vm.type_of(&a[1]),
    };
    Ok(heap::alloc(
        &vm.t.method,
        BoundMethodData {
            func: f,
            self_: cls,
        },
    ))
}

fn sm_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let f = wrapped_func(vm, &this)?;
    let tn = vm.type_name(&this);
    vm.check_stack()?;
    let r = vm.repr_string(&f)?;
    Ok(vm.new_str(format!("<{}({})>", tn, r)))
}

fn sm_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = vm.native_of(v);
    let cell = if let Some(s) = n.downcast_ref::<StaticMethodData>() {
        &s.dict
    } else if let Some(c) = n.downcast_ref::<ClassMethodData>() {
        &c.dict
    } else {
        return Err(descr_error(vm, "staticmethod", v));
    };
    let mut d = cell.borrow_mut();
    if d.is_null() {
        *d = vm.new_dict();
    }
    Ok(d.clone())
}

// ----- super --------------------------------------------------------------------

fn super_data<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a SuperData> {
    match v.downcast_ref::<SuperData>() {
        Some(s) => Ok(s),
        None => Err(descr_error(vm, "super", v)),
    }
}

/// `super()` without arguments: `__class__` and the first argument of the calling frame.
fn super_from_frame(vm: &mut Vm) -> PyResult<(Value, Value)> {
    let Some(frame) = vm.frames.last() else {
        return Err(vm.runtime_error("super(): no current frame"));
    };
    let code = frame.code.clone();
    let base = frame.base;
    if code.argcount == 0 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let mut first = vm.stack.get(base).cloned().unwrap_or(Value::NULL);
    if code.localsplus_kinds.first() == Some(&LocalKind::LocalCell) {
        if let Some(c) = first.downcast_ref::<CellData>() {
            first = c.get();
        }
    }
    if first.is_null() {
        return Err(vm.runtime_error("super(): arg[0] deleted"));
    }
    let mut class_cell = None;
    for (i, n) in code.localsplus_names.iter().enumerate() {
        let kind = code.localsplus_kinds.get(i).copied();
        if str_of(n) == "__class__" && kind == Some(LocalKind::Free) {
            class_cell = vm.stack.get(base + i).cloned();
            break;
        }
    }
    let Some(cell) = class_cell else {
        return Err(vm.runtime_error("super(): __class__ cell not found"));
    };
    let cls = match cell.downcast_ref::<CellData>() {
        Some(c) => c.get(),
        None => Value::NULL,
    };
    if cls.is_null() {
        return Err(vm.runtime_error("super(): empty __class__ cell"));
    }
    if !vm.is_class(&cls) {
        let tn = vm.type_name(&cls);
        return Err(vm.runtime_error(format!("super(): __class__ is not a type ({})", tn)));
    }
    Ok((cls, first))
}

/// `supercheck`: the type whose MRO is searched for `super(type_, obj)`.
fn super_check(vm: &mut Vm, type_: &Value, obj: &Value) -> PyResult<Value> {
    if vm.is_class(obj) && class::is_subclass(obj, type_) {
        return Ok(obj.clone());
    }
    if vm.is_instance(obj, type_) {
        return Ok(vm.type_of(obj));
    }
    let cn = vm.n.__class__.clone();
    if let Ok(Some(c)) = vm.getattr_opt(obj, &cn) {
        if vm.is_class(&c) && !c.is(&vm.type_of(obj)) && class::is_subclass(&c, type_) {
            return Ok(c);
        }
    }
    Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"))
}

fn super_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &mut args, "super")?;
    args.no_kw(vm, "super")?;
    let a = args.range(vm, "super", 0, 2)?;
    let (type_, obj) = match a.len() {
        0 => {
            let (t, o) = super_from_frame(vm)?;
            (t, o)
        }
        1 => (a[0].clone(), Value::NULL),
        _ => (a[0].clone(), a[1].clone()),
    };
    if !vm.is_class(&type_) {
        let tn = vm.type_name(&type_);
        return Err(vm.type_error(format!("super() argument 1 must be a type, not {}", tn)));
    }
    let obj = if obj.is_none() { Value::NULL } else { obj };
    let obj_type = if obj.is_null() {
        Value::NULL
    } else {
        super_check(vm, &type_, &obj)?
    };
    let s = heap::alloc(
        &vm.t.super_,
        SuperData {
            type_,
            obj,
            obj_type,
        },
    );
    let base = vm.t.super_.clone();
    wrap_native(vm, &cls, &base, s)
}

fn super_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, name] = args.exact::<2>(vm, "__getattribute__")?;
    let sd = super_data(vm, &this)?;
    let (type_, obj, obj_type) = (sd.type_.clone(), sd.obj.clone(), sd.obj_type.clone());
    let skip = str_of(&name) == "__class__";
    if !obj_type.is_null() && !skip {
        let mro = class::mro_of(&obj_type);
        if let Some(i) = mro.iter().position(|c| c.is(&type_)) {
            for c in &mro[i + 1..] {
                let Some(cd) = c.downcast_ref::<ClassData>() else {
                    continue;
                };
                if let Some(res) = cd.dict().get_str(vm, &name) {
                    let o = if obj.is(&obj_type) {
                        Value::NULL
                    } else {
                        obj.clone()
                    };
                    return descr_get_any(vm, &res, &o, &obj_type);
                }
            }
        }
    }
    let cls = vm.type_of(&this);
    match vm.generic_getattr(&this, &cls, &name)? {
        Some(v) => Ok(v),
        None => {
            let n = str_of(&name);
            Err(vm.no_attribute(&this, &n))
        }
    }
}

/// Bind an attribute found through `super`: `type(res).__get__(res, obj, cls)`.
fn descr_get_any(vm: &mut Vm, res: &Value, obj: &Value, cls: &Value) -> PyResult<Value> {
    match res.kind() {
        Some(ObjKind::Function) if obj.is_null() => Ok(res.clone()),
        Some(ObjKind::Instance) if obj.is_null() => {
            // A user descriptor: `__get__(None, cls)`.
            vm.descr_get(res, obj, cls)
        }
        _ => vm.descr_get(res, obj, cls),
    }
}

fn super_thisclass(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(super_data(vm, v)?.type_.clone())
}
fn super_self(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = super_data(vm, v)?.obj.clone();
    Ok(if o.is_null() { Value::NONE } else { o })
}
fn super_self_class(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = super_data(vm, v)?.obj_type.clone();
    Ok(if o.is_null() { Value::NONE } else { o })
}

fn super_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let sd = super_data(vm, &this)?;
    let (t, ot) = (sd.type_.clone(), sd.obj_type.clone());
    let tn = class::class_name(&t);
    if ot.is_null() {
        return Ok(vm.new_str(format!("<super: <class '{}'>, NULL>", tn)));
    }
    let on = class::class_name(&ot);
    Ok(vm.new_str(format!("<super: <class '{}'>, <{} object>>", tn, on)))
}

fn super_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "__get__", 2, 3)?;
    let this = a[0].clone();
    let obj = a[1].clone();
    let sd = super_data(vm, &this)?;
    if obj.is_none() || !sd.obj.is_null() {
        return Ok(this);
    }
    let t = sd.type_.clone();
    let ot = super_check(vm, &t, &obj)?;
    Ok(heap::alloc(
        &vm.t.super_,
        SuperData {
            type_: t,
            obj,
            obj_type: ot,
        },
    ))
}

// ----- getset_descriptor --------------------------------------------------------

fn gs<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a GetSetData> {
    match v.downcast_ref::<GetSetData>() {
        Some(g) => Ok(g),
        None => Err(descr_error(vm, "getset_descriptor", v)),
    }
}

fn gs_check(vm: &mut Vm, g: &GetSetData, obj: &Value) -> PyResult<()> {
    if !vm.is_instance(obj, &g.owner) {
        let tn = vm.type_name(obj);
        let on = class::class_name(&g.owner);
        return Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            g.name, on, tn
        )));
    }
    Ok(())
}

fn gs_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "__get__", 2, 3)?;
    let this = a[0].clone();
    let obj = a[1].clone();
    if obj.is_none() {
        return Ok(this);
    }
    let g = gs(vm, &this)?;
    gs_check(vm, g, &obj)?;
    let f = g.get;
    f(vm, &obj)
}

fn gs_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, obj, value] = args.exact::<3>(vm, "__set__")?;
    let g = gs(vm, &this)?;
    gs_check(vm, g, &obj)?;
    match g.set {
        Some(s) => {
            s(vm, &obj, value)?;
            Ok(Value::NONE)
        }
        None => {
            let on = class::class_name(&g.owner);
            Err(vm.attribute_error(format!(
                "attribute '{}' of '{}' objects is not writable",
                g.name, on
            )))
        }
    }
}

fn gs_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = gs(vm, v)?.name;
    Ok(vm.new_str(n))
}
fn gs_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = gs(vm, v)?;
    let on = g
        .owner
        .downcast_ref::<ClassData>()
        .map(|c| c.qualname.borrow().clone())
        .unwrap_or_default();
    Ok(vm.new_str(format!("{}.{}", on, g.name)))
}
fn gs_objclass(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(gs(vm, v)?.owner.clone())
}

fn gs_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let g = gs(vm, &this)?;
    let on = class::class_name(&g.owner);
    Ok(vm.new_str(format!("<attribute '{}' of '{}' objects>", g.name, on)))
}

pub fn init(vm: &mut Vm) {
    let p = vm.t.property.clone();
    add_new(vm, &p, "property", prop_new);
    vm.add_method(&p, "__init__", prop_init);
    vm.add_method(&p, "__get__", prop_get);
    vm.add_method(&p, "__set__", prop_set);
    vm.add_method(&p, "__delete__", prop_delete);
    vm.add_method(&p, "__set_name__", prop_set_name);
    vm.add_method(&p, "getter", prop_getter);
    vm.add_method(&p, "setter", prop_setter);
    vm.add_method(&p, "deleter", prop_deleter);
    vm.add_getset(&p, "fget", prop_fget, None);
    vm.add_getset(&p, "fset", prop_fset, None);
    vm.add_getset(&p, "fdel", prop_fdel, None);
    vm.add_getset(&p, "__doc__", prop_doc, Some(prop_set_doc));
    vm.add_getset(&p, "__isabstractmethod__", prop_isabstract, None);

    let sm = vm.t.staticmethod.clone();
    add_new(vm, &sm, "staticmethod", sm_new);
    vm.add_method(&sm, "__get__", sm_get);
    vm.add_method(&sm, "__call__", sm_call);
    vm.add_method(&sm, "__repr__", sm_repr);
    let cm = vm.t.classmethod.clone();
    add_new(vm, &cm, "classmethod", cm_new);
    vm.add_method(&cm, "__get__", cm_get);
    vm.add_method(&cm, "__repr__", sm_repr);
    for c in [sm, cm] {
        vm.add_getset(&c, "__func__", sm_func, None);
        vm.add_getset(&c, "__wrapped__", sm_func, None);
        vm.add_getset(&c, "__name__", sm_name, None);
        vm.add_getset(&c, "__qualname__", sm_qualname, None);
        vm.add_getset(&c, "__doc__", sm_doc, None);
        vm.add_getset(&c, "__isabstractmethod__", sm_isabstract, None);
        vm.add_getset(&c, "__dict__", sm_dict, None);
    }

    let s = vm.t.super_.clone();
    add_new(vm, &s, "super", super_new);
    vm.add_method(&s, "__getattribute__", super_getattribute);
    vm.add_method(&s, "__repr__", super_repr);
    vm.add_method(&s, "__get__", super_get);
    vm.add_getset(&s, "__thisclass__", super_thisclass, None);
    vm.add_getset(&s, "__self__", super_self, None);
    vm.add_getset(&s, "__self_class__", super_self_class, None);
    if let Some(cd) = s.downcast_ref::<ClassData>() {
        cd.flags.set(cd.flags.get() | class_flags::HAS_GETATTRIBUTE);
    }

    let g = vm.t.getset_descriptor.clone();
    vm.add_method(&g, "__get__", gs_get);
    vm.add_method(&g, "__set__", gs_set);
    vm.add_method(&g, "__repr__", gs_repr);
    vm.add_getset(&g, "__name__", gs_name, None);
    vm.add_getset(&g, "__qualname__", gs_qualname, None);
    vm.add_getset(&g, "__objclass__", gs_objclass, None);
}
