//! `object`: the root class's methods, and the registration helpers every builtin
//! type's `init` uses to fill its class dict.

use crate::args::Args;
use crate::errors::PyResult;
use crate::heap;
use crate::types::class::ClassData;
use crate::types::descriptor::{GetSetData, Getter, Setter};
use crate::types::function::{MethodDescriptorData, MethodKind, NativeFn, NativeFunctionData};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Add a method implemented in Rust to builtin class `cls`.
    pub fn add_method(&mut self, cls: &Value, name: &'static str, func: NativeFn) {
        self.add_method_kind(cls, name, func, MethodKind::Instance);
    }

    pub fn add_method_kind(
        &mut self,
        cls: &Value,
        name: &'static str,
        func: NativeFn,
        kind: MethodKind,
    ) {
        let class = if kind == MethodKind::Class {
            self.t.classmethod_descriptor.clone()
        } else {
            self.t.method_descriptor.clone()
        };
        let d = heap::alloc(
            &class,
            MethodDescriptorData {
                name,
                func,
                owner: cls.clone(),
                kind,
                doc: None,
            },
        );
        let key = self.intern(name);
        cls.downcast_ref::<ClassData>()
            .unwrap()
            .dict()
            .set_str(key, d);
        crate::types::class::invalidate(cls);
    }

    /// Add a computed attribute to builtin class `cls`.
    pub fn add_getset(
        &mut self,
        cls: &Value,
        name: &'static str,
        get: Getter,
        set: Option<Setter>,
    ) {
        let d = heap::alloc(
            &self.t.getset_descriptor,
            GetSetData {
                name,
                owner: cls.clone(),
                get,
                set,
            },
        );
        let key = self.intern(name);
        cls.downcast_ref::<ClassData>()
            .unwrap()
            .dict()
            .set_str(key, d);
        crate::types::class::invalidate(cls);
    }

    /// Set a plain attribute in a builtin class's dict.
    pub fn add_class_attr(&mut self, cls: &Value, name: &str, value: Value) {
        let key = self.intern(name);
        cls.downcast_ref::<ClassData>()
            .unwrap()
            .dict()
            .set_str(key, value);
        crate::types::class::invalidate(cls);
    }

    /// A builtin function object (`len`, `math.sqrt`).
    pub fn new_native_function(
        &self,
        name: &'static str,
        module: &'static str,
        func: NativeFn,
    ) -> Value {
        heap::alloc(
            &self.t.builtin_function,
            NativeFunctionData {
                name,
                func,
                self_: Value::NULL,
                owner: module,
                doc: None,
            },
        )
    }
}

/// Register `f` as builtin class `cls`'s `__new__` (a staticmethod, as CPython's
/// `tp_new` wrapper); `owner` names the type in the function's repr.
pub fn add_new(vm: &mut Vm, cls: &Value, owner: &'static str, f: NativeFn) {
    let func = vm.new_native_function("__new__", owner, f);
    let sm = heap::alloc(
        &vm.t.staticmethod,
        crate::types::descriptor::StaticMethodData {
            func,
            dict: std::cell::RefCell::new(Value::NULL),
        },
    );
    vm.add_class_attr(cls, "__new__", sm);
}

fn object_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::NONE);
    if args.pos.len() > 1 || !args.kw.is_empty() {
        let cls = vm.type_of(&this);
        let init = vm.n.__init__.clone();
        let new = vm.n.__new__.clone();
        let own_init = crate::types::class::lookup(vm, &cls, &init);
        let own_new = crate::types::class::lookup(vm, &cls, &new);
        let init_is_object = own_init
            .map(|i| {
                i.downcast_ref::<MethodDescriptorData>()
                    .is_some_and(|d| d.owner.is(&vm.t.object))
            })
            .unwrap_or(true);
        let new_is_object = own_new
            .map(|i| {
                i.downcast_ref::<MethodDescriptorData>()
                    .is_some_and(|d| d.owner.is(&vm.t.object))
                    || i.downcast_ref::<crate::types::descriptor::StaticMethodData>()
                        .is_some_and(|s| {
                            s.func
                                .downcast_ref::<NativeFunctionData>()
                                .is_some_and(|n| n.name == "__new__" && n.owner == "object")
                        })
            })
            .unwrap_or(true);
        if !init_is_object || new_is_object {
            let qual = cls
                .downcast_ref::<ClassData>()
                .map(|c| c.qualname.borrow().clone())
                .unwrap_or_default();
            let _ = qual;
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
    }
    Ok(Value::NONE)
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let s = vm.default_repr(&this);
    Ok(vm.new_str(s))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__str__")?;
    vm.repr(&this)
}

fn object_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__eq__")?;
    Ok(if a.is(&b) {
        Value::TRUE
    } else {
        Value::NOT_IMPLEMENTED
    })
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__ne__")?;
    // CPython: __ne__ inverts __eq__ unless NotImplemented.
    let eq_name = vm.n.__eq__.clone();
    let m = vm.lookup_special(&a, &eq_name);
    match m {
        Some(m) => {
            let r = vm.call_method_value(&m, &a, Args::new([b]))?;
            if r.is_not_implemented() {
                return Ok(r);
            }
            let t = vm.is_true(&r)?;
            Ok(Value::bool(!t))
        }
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn object_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a] = args.exact::<1>(vm, "__hash__")?;
    Ok(vm.new_int(((a.raw_bits() >> 4) as i64) & 0x0FFF_FFFF_FFFF))
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, spec] = args.exact::<2>(vm, "__format__")?;
    let empty = spec
        .downcast_ref::<crate::types::str::StrData>()
        .is_some_and(|s| s.as_str().is_empty());
    if !empty {
        let tn = vm.type_name(&a);
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            tn
        )));
    }
    vm.str(&a)
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, name] = args.exact::<2>(vm, "__getattribute__")?;
    let cls = vm.type_of(&a);
    match vm.generic_getattr(&a, &cls, &name)? {
        Some(v) => Ok(v),
        None => {
            let n = name
                .downcast_ref::<crate::types::str::StrData>()
                .map(|s| s.as_str().to_string())
                .unwrap_or_default();
            Err(vm.no_attribute(&a, &n))
        }
    }
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, name, v] = args.exact::<3>(vm, "__setattr__")?;
    vm.generic_setattr(&a, &name, v)?;
    Ok(Value::NONE)
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, name] = args.exact::<2>(vm, "__delattr__")?;
    vm.generic_delattr(&a, &name)?;
    Ok(Value::NONE)
}

fn object_init_subclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        let cls = args.pos.first().cloned().unwrap_or(Value::NONE);
        let name = crate::types::class::class_name(&cls);
        return Err(vm.type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            name
        )));
    }
    Ok(Value::NONE)
}

fn object_not_implemented(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

fn object_sizeof(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_int(16))
}

fn object_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__dir__")?;
    // Instance attributes, then the class's and its bases' attributes.
    let d = vm.new_dict();
    let dd = d.downcast_ref::<crate::types::dict::DictData>().unwrap();
    if let Ok(Some(own)) = vm.getattr_opt(&this, &vm.n.__dict__.clone()) {
        for k in vm.collect_iter(&own)? {
            dd.set(vm, k, Value::NONE)?;
        }
    }
    let cls = vm.type_of(&this);
    for c in crate::types::class::mro_of(&cls) {
        if let Some(cd) = c.downcast_ref::<ClassData>() {
            for k in cd.dict().keys() {
                dd.set(vm, k, Value::NONE)?;
            }
        }
    }
    Ok(vm.new_list(dd.keys()))
}

fn object_subclasshook(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

fn object_class(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.type_of(v))
}

/// `obj.__class__ = cls` (CPython's `object_set_class`): both classes created by
/// Python code and with the same instance layout. Attribute caches guard on the
/// class in the header, so replacing it is all the interpreter needs.
fn object_set_class(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    use crate::types::class::class_flags;
    let Some(new) = x.downcast_ref::<ClassData>() else {
        let tn = vm.type_name(&x);
        return Err(vm.type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            tn
        )));
    };
    let old_cls = vm.type_of(v);
    let Some(old) = old_cls.downcast_ref::<ClassData>() else {
        return Err(vm.type_error("__class__ assignment: the object has no class"));
    };
    if !new.has_flag(class_flags::HEAPTYPE) || !old.has_flag(class_flags::HEAPTYPE) {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    let same_slots = {
        let (a, b) = (old.shape.borrow(), new.shape.borrow());
        a.names.len() == b.names.len()
            && a.names.iter().zip(b.names.iter()).all(|(x, y)| {
                x.is(y)
                    || x.downcast_ref::<crate::types::str::StrData>()
                        .zip(y.downcast_ref::<crate::types::str::StrData>())
                        .is_some_and(|(x, y)| x.as_str() == y.as_str())
            })
    };
    let compatible = old.layout.get() == new.layout.get()
        && old.native_base.borrow().is(&new.native_base.borrow())
        && old.has_flag(class_flags::NO_DICT) == new.has_flag(class_flags::NO_DICT)
        && same_slots;
    if !compatible {
        return Err(vm.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.name(),
            old.name()
        )));
    }
    if let Some(h) = v.header() {
        h.set_class(x);
    }
    Ok(())
}

pub(crate) fn object_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if v.downcast_ref::<crate::types::instance::InstanceData>()
        .is_some()
    {
        use crate::types::class::class_flags;
        let cls = vm.type_of(v);
        let has_dict = cls.downcast_ref::<ClassData>().is_some_and(|c| {
            c.has_flag(class_flags::HEAPTYPE) && !c.has_flag(class_flags::NO_DICT)
        });
        if !has_dict {
            return Err(vm.no_attribute(v, "__dict__"));
        }
        return Ok(vm.materialize_dict(v));
    }
    if let Some(f) = v.downcast_ref::<crate::types::function::FunctionData>() {
        let mut d = f.dict.borrow_mut();
        if d.is_null() {
            *d = vm.new_dict();
        }
        return Ok(d.clone());
    }
    if let Some(e) = v.downcast_ref::<crate::types::exception::ExceptionData>() {
        let mut d = e.dict.borrow_mut();
        if d.is_null() {
            *d = vm.new_dict();
        }
        return Ok(d.clone());
    }
    if let Some(m) = v.downcast_ref::<crate::types::module::ModuleData>() {
        return Ok(m.dict.clone());
    }
    Err(vm.no_attribute(v, "__dict__"))
}

/// `obj.__dict__ = d` for instances of classes with a `__dict__`: the instance keeps
/// its attributes in `d` from now on (`__slots__` members stay in their slots).
pub(crate) fn object_set_dict(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let Some(inst) = v.downcast_ref::<crate::types::instance::InstanceData>() else {
        return Err(vm.no_attribute(v, "__dict__"));
    };
    let d = if x.downcast_ref::<crate::types::dict::DictData>().is_some() {
        x
    } else {
        // A dict subclass: its dict payload.
        let native = x
            .downcast_ref::<crate::types::instance::InstanceData>()
            .map(|i| i.native())
            .filter(|n| n.downcast_ref::<crate::types::dict::DictData>().is_some());
        match native {
            Some(n) => n,
            None => {
                let tn = vm.type_name(&x);
                return Err(vm.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    tn
                )));
            }
        }
    };
    // Move any shape attributes out first, then replace the dict.
    vm.materialize_dict(v);
    drop(inst.set_dict(d));
    Ok(())
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(cls) = args.pos.first().cloned() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    crate::types::class_methods::new_instance(vm, &cls)
}

pub fn init(vm: &mut Vm) {
    let o = vm.t.object.clone();
    vm.add_method(&o, "__init__", object_init);
    vm.add_method(&o, "__repr__", object_repr);
    vm.add_method(&o, "__str__", object_str);
    vm.add_method(&o, "__eq__", object_eq);
    vm.add_method(&o, "__ne__", object_ne);
    vm.add_method(&o, "__hash__", object_hash);
    vm.add_method(&o, "__format__", object_format);
    vm.add_method(&o, "__getattribute__", object_getattribute);
    vm.add_method(&o, "__setattr__", object_setattr);
    vm.add_method(&o, "__delattr__", object_delattr);
    vm.add_method_kind(
        &o,
        "__init_subclass__",
        object_init_subclass,
        MethodKind::Class,
    );
    vm.add_getset(&o, "__class__", object_class, Some(object_set_class));
    vm.add_method_kind(
        &o,
        "__subclasshook__",
        object_subclasshook,
        MethodKind::Class,
    );
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        vm.add_method(&o, name, object_not_implemented);
    }
    vm.add_method(&o, "__sizeof__", object_sizeof);
    vm.add_method(&o, "__dir__", object_dir);
    let doc = vm.new_str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n");
    vm.add_class_attr(&o, "__doc__", doc);
    // `__dict__` belongs to the classes whose instances have one (heap classes get it
    // in `type_new`), not to `object`.
    for cls in [vm.t.module.clone(), vm.t.base_exception.clone()] {
        vm.add_getset(&cls, "__dict__", object_dict, None);
    }
    crate::types::object::add_new(vm, &o, "object", object_new);
    let none = Value::NONE;
    let _ = none;
}
