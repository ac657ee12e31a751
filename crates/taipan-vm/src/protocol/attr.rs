//! Attribute access: `object.__getattribute__`'s algorithm (data descriptors on the
//! class, then the instance's own attributes, then other class attributes), the
//! class-object variant (`type.__getattribute__`), modules, `__getattr__` fallback,
//! and `LOAD_METHOD`'s unbound-method shortcut.

use crate::args::Args;
use crate::errors::PyResult;
use crate::heap::{self, ObjKind};
use crate::types::class::{self, class_flags, ClassData};
use crate::types::descriptor::{
    ClassMethodData, GetSetData, MemberData, PropertyData, StaticMethodData,
};
use crate::types::descriptor_methods::prop_missing;
use crate::types::dict::DictData;
use crate::types::exception::ExceptionData;
use crate::types::function::{
    BoundMethodData, FunctionData, MethodDescriptorData, MethodKind, NativeFunctionData,
};
use crate::types::instance::{InstanceData, MAX_SHAPE_SLOTS};
use crate::types::module::ModuleData;
use crate::types::str::StrData;
use crate::value::Value;
use crate::vm::Vm;

fn name_str(name: &Value) -> &str {
    name.downcast_ref::<StrData>()
        .map(|s| s.as_str())
        .unwrap_or("?")
}

impl Vm {
    /// A special method looked up on the type only (as CPython's `_PyObject_LookupSpecial`).
    pub fn lookup_special(&self, obj: &Value, name: &Value) -> Option<Value> {
        let cls = self.type_of(obj);
        class::lookup(self, &cls, name)
    }

    /// Whether `descr` (found on a class) is a data descriptor.
    pub(crate) fn is_data_descriptor(&self, descr: &Value) -> bool {
        match descr.kind() {
            Some(ObjKind::Property) => true,
            Some(ObjKind::GetSet) => true,
            Some(ObjKind::Member) => true,
            Some(ObjKind::Instance) => {
                let cls = self.type_of(descr);
                class::lookup(self, &cls, &self.n.__set__).is_some()
                    || class::lookup(self, &cls, &self.n.__delete__).is_some()
            }
            _ => false,
        }
    }

    /// `descr.__get__(obj, cls)` for a class attribute; `obj` NULL for class access.
    pub fn descr_get(&mut self, descr: &Value, obj: &Value, cls: &Value) -> PyResult<Value> {
        match descr.kind() {
            Some(ObjKind::Function) => {
                if obj.is_null() {
                    return Ok(descr.clone());
                }
                Ok(heap::alloc(
                    &self.t.method,
                    BoundMethodData {
                        func: descr.clone(),
                        self_: obj.clone(),
                    },
                ))
            }
            Some(ObjKind::MethodDescriptor) => {
                let d = descr.downcast_ref::<MethodDescriptorData>().unwrap();
                match d.kind {
                    MethodKind::Instance if obj.is_null() => Ok(descr.clone()),
                    MethodKind::Instance => Ok(heap::alloc(
                        &self.t.builtin_function,
                        NativeFunctionData {
                            name: d.name,
                            func: d.func,
                            self_: obj.clone(),
                            owner: "",
                            doc: d.doc,
                        },
                    )),
                    MethodKind::Class => Ok(heap::alloc(
                        &self.t.builtin_function,
                        NativeFunctionData {
                            name: d.name,
                            func: d.func,
                            self_: cls.clone(),
                            owner: "",
                            doc: d.doc,
                        },
                    )),
                    MethodKind::Static => Ok(heap::alloc(
                        &self.t.builtin_function,
                        NativeFunctionData {
                            name: d.name,
                            func: d.func,
                            self_: Value::NULL,
                            owner: "",
                            doc: d.doc,
                        },
                    )),
                }
            }
            Some(ObjKind::StaticMethod) => Ok(descr
                .downcast_ref::<StaticMethodData>()
                .unwrap()
                .func
                .clone()),
            Some(ObjKind::ClassMethod) => {
                let f = descr
                    .downcast_ref::<ClassMethodData>()
                    .unwrap()
                    .func
                    .clone();
                let owner = if cls.is_null() {
                    self.type_of(obj)
                } else {
                    cls.clone()
                };
                Ok(heap::alloc(
                    &self.t.method,
                    BoundMethodData {
                        func: f,
                        self_: owner,
                    },
                ))
            }
            Some(ObjKind::Property) => {
                if obj.is_null() {
                    return Ok(descr.clone());
                }
                let fget = descr
                    .downcast_ref::<PropertyData>()
                    .unwrap()
                    .fget
                    .borrow()
                    .clone();
                if fget.is_none() || fget.is_null() {
                    let pd = descr.downcast_ref::<PropertyData>().unwrap();
                    return Err(prop_missing(self, pd, obj, "getter"));
                }
                self.call(&fget, Args::new([obj.clone()]))
            }
            Some(ObjKind::GetSet) => {
                if obj.is_null() {
                    return Ok(descr.clone());
                }
                let g = descr.downcast_ref::<GetSetData>().unwrap().get;
                g(self, obj)
            }
            Some(ObjKind::Member) => {
                if obj.is_null() || obj.is_none() {
                    return Ok(descr.clone());
                }
                let m = descr.downcast_ref::<MemberData>().unwrap();
                let v = obj
                    .downcast_ref::<InstanceData>()
                    .and_then(|i| i.slot(m.index))
                    .unwrap_or(Value::NULL);
                if v.is_null() {
                    let n = name_str(&m.name).to_string();
                    return Err(self.no_attribute(obj, &n));
                }
                Ok(v)
            }
            Some(ObjKind::Instance) | Some(ObjKind::Exception) => {
                let dcls = self.type_of(descr);
                match class::lookup(self, &dcls, &self.n.__get__.clone()) {
                    Some(get) => {
                        let o = if obj.is_null() {
                            Value::NONE
                        } else {
                            obj.clone()
                        };
                        let c = if cls.is_null() {
                            self.type_of(obj)
                        } else {
                            cls.clone()
                        };
                        self.call(&get, Args::new([descr.clone(), o, c]))
                    }
                    None => Ok(descr.clone()),
                }
            }
            _ => Ok(descr.clone()),
        }
    }

    /// The instance attribute `name` of `obj` (slots, `__dict__`), without the class.
    pub fn instance_attr(&self, obj: &Value, name: &Value) -> Option<Value> {
        if let Some(inst) = obj.downcast_ref::<InstanceData>() {
            let d = inst.dict();
            if let Some(dd) = d.downcast_ref::<DictData>() {
                return dd.get_str(self, name);
            }
            let shape = inst.shape();
            let i = shape.index_of(name)?;
            let v = inst.slot(i)?;
            return if v.is_null() { None } else { Some(v) };
        }
        let dict = self.object_dict_ref(obj)?;
        dict.downcast_ref::<DictData>()?.get_str(self, name)
    }

    /// The `__dict__` dict of non-instance objects that have one (functions, modules,
    /// classes, exceptions), if it exists.
    fn object_dict_ref(&self, obj: &Value) -> Option<Value> {
        match obj.kind()? {
            ObjKind::Module => Some(obj.downcast_ref::<ModuleData>()?.dict.clone()),
            ObjKind::Function => {
                let d = obj.downcast_ref::<FunctionData>()?.dict.borrow().clone();
                if d.is_null() {
                    None
                } else {
                    Some(d)
                }
            }
            ObjKind::Exception => {
                let d = obj.downcast_ref::<ExceptionData>()?.dict.borrow().clone();
                if d.is_null() {
                    None
                } else {
                    Some(d)
                }
            }
            _ => None,
        }
    }

    /// `getattr(obj, name)`.
    pub fn getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        match self.getattr_inner(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.attr_missing(obj, name)),
        }
    }

    /// `getattr(obj, name, None)`-like: Ok(None) when missing (AttributeError swallowed).
    pub fn getattr_opt(&mut self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        match self.getattr_inner(obj, name) {
            Ok(v) => Ok(v),
            Err(e) => {
                if self.is_instance(e.value(), &self.t.attribute_error.clone()) {
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        }
    }

    fn attr_missing(&mut self, obj: &Value, name: &Value) -> crate::errors::PyErr {
        let n = name_str(name).to_string();
        if let Some(c) = obj.downcast_ref::<ClassData>() {
            let msg = format!("type object '{}' has no attribute '{}'", c.name(), n);
            let e = self.attribute_error(msg);
            self.set_attr_error_context(&e, obj, &n);
            return e;
        }
        if let Some(m) = obj.downcast_ref::<ModuleData>() {
            let mname = m
                .dict
                .downcast_ref::<DictData>()
                .and_then(|d| d.get_str(self, &self.n.__name__.clone()));
            let msg = match mname.as_ref().and_then(|v| v.downcast_ref::<StrData>()) {
                Some(s) => format!("module '{}' has no attribute '{}'", s.as_str(), n),
                None => format!("module has no attribute '{}'", n),
            };
            let e = self.attribute_error(msg);
            self.set_attr_error_context(&e, obj, &n);
            return e;
        }
        self.no_attribute(obj, &n)
    }

    /// Attribute lookup; Ok(None) means "no such attribute" (no error built yet).
    fn getattr_inner(&mut self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        let cls = self.type_of(obj);
        let cd = cls.downcast_ref::<ClassData>().unwrap();
        if cd.has_flag(class_flags::HAS_GETATTRIBUTE) {
            let ga = class::lookup(self, &cls, &self.n.__getattribute__.clone());
            if let Some(ga) = ga {
                let r = self.call_method_value(&ga, obj, Args::new([name.clone()]));
                return self.getattr_fallback(obj, &cls, name, r);
            }
        }
        let r = self.generic_getattr(obj, &cls, name);
        match r {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) if obj.kind() == Some(ObjKind::Module) => {
                // PEP 562: the module's own `__getattr__`, called with the name.
                let hook = obj
                    .downcast_ref::<ModuleData>()
                    .and_then(|m| m.dict.downcast_ref::<DictData>())
                    .and_then(|d| d.get_str(self, &self.n.__getattr__));
                match hook {
                    Some(f) => self.call(&f, Args::new([name.clone()])).map(Some),
                    None => Ok(None),
                }
            }
            Ok(None) => {
                if cd.has_flag(class_flags::HAS_GETATTR) {
                    let e = self.attr_missing(obj, name);
                    self.getattr_fallback(obj, &cls, name, Err(e))
                } else {
                    Ok(None)
                }
            }
            Err(e) => self.getattr_fallback(obj, &cls, name, Err(e)),
        }
    }

    /// On AttributeError, try the class's `__getattr__`.
    fn getattr_fallback(
        &mut self,
        obj: &Value,
        cls: &Value,
        name: &Value,
        r: PyResult<Value>,
    ) -> PyResult<Option<Value>> {
        match r {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                if !self.is_instance(e.value(), &self.t.attribute_error.clone()) {
                    return Err(e);
                }
                let cd = cls.downcast_ref::<ClassData>().unwrap();
                if !cd.has_flag(class_flags::HAS_GETATTR) {
                    return Err(e);
                }
                match class::lookup(self, cls, &self.n.__getattr__.clone()) {
                    Some(ga) => self
                        .call_method_value(&ga, obj, Args::new([name.clone()]))
                        .map(Some),
                    None => Err(e),
                }
            }
        }
    }

    /// `object.__getattribute__` (and its class and module variants).
    pub fn generic_getattr(
        &mut self,
        obj: &Value,
        cls: &Value,
        name: &Value,
    ) -> PyResult<Option<Value>> {
        if let Some(c) = obj.downcast_ref::<ClassData>() {
            let _ = c;
            return self.class_getattr(obj, cls, name);
        }
        let descr = class::lookup(self, cls, name);
        if let Some(d) = &descr {
            if self.is_data_descriptor(d) {
                return self.descr_get(d, obj, cls).map(Some);
            }
        }
        if let Some(v) = self.instance_attr(obj, name) {
            return Ok(Some(v));
        }
        if let Some(d) = descr {
            return self.descr_get(&d, obj, cls).map(Some);
        }
        Ok(None)
    }

    /// `type.__getattribute__`: metaclass data descriptors, then the class's MRO (with
    /// `__get__(None, cls)`), then other metaclass attributes.
    fn class_getattr(
        &mut self,
        cls_obj: &Value,
        meta: &Value,
        name: &Value,
    ) -> PyResult<Option<Value>> {
        let meta_attr = class::lookup(self, meta, name);
        if let Some(m) = &meta_attr {
            if self.is_data_descriptor(m) {
                return self.descr_get(m, cls_obj, meta).map(Some);
            }
        }
        if let Some(a) = class::lookup(self, cls_obj, name) {
            return match a.kind() {
                Some(ObjKind::Function) | Some(ObjKind::Property) => Ok(Some(a)),
                Some(ObjKind::MethodDescriptor) => {
                    let d = a.downcast_ref::<MethodDescriptorData>().unwrap();
                    if d.kind == MethodKind::Instance {
                        Ok(Some(a))
                    } else {
                        self.descr_get(&a, &Value::NULL, cls_obj).map(Some)
                    }
                }
                Some(ObjKind::Instance) => self.descr_get(&a, &Value::NULL, cls_obj).map(Some),
                _ => self.descr_get(&a, &Value::NULL, cls_obj).map(Some),
            };
        }
        if let Some(m) = meta_attr {
            return self.descr_get(&m, cls_obj, meta).map(Some);
        }
        Ok(None)
    }

    /// `LOAD_METHOD`: for a plain function found on the class, return it with `obj`
    /// as self instead of allocating a bound method.
    pub fn load_method(&mut self, obj: &Value, name: &Value) -> PyResult<(Value, Option<Value>)> {
        let cls = self.type_of(obj);
        let cd = cls.downcast_ref::<ClassData>().unwrap();
        let plain =
            !cd.has_flag(class_flags::HAS_GETATTRIBUTE) && obj.kind() != Some(ObjKind::Class);
        if plain {
            if let Some(d) = class::lookup(self, &cls, name) {
                let is_method = match d.kind() {
                    Some(ObjKind::Function) => true,
                    Some(ObjKind::MethodDescriptor) => {
                        d.downcast_ref::<MethodDescriptorData>().unwrap().kind
                            == MethodKind::Instance
                    }
                    _ => false,
                };
                if is_method {
                    if self.instance_attr(obj, name).is_none() {
                        return Ok((d, Some(obj.clone())));
                    }
                }
            }
        }
        Ok((self.getattr(obj, name)?, None))
    }

    /// `setattr(obj, name, value)`.
    pub fn setattr(&mut self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let cls = self.type_of(obj);
        if let Some(sa) = class::lookup(self, &cls, &self.n.__setattr__.clone()) {
            if sa.kind() == Some(ObjKind::Function) {
                self.call_method_value(&sa, obj, Args::new([name.clone(), value]))?;
                return Ok(());
            }
        }
        self.generic_setattr(obj, name, value)
    }

    /// `object.__setattr__`.
    pub fn generic_setattr(&mut self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        if name.downcast_ref::<StrData>().is_none() {
            let tn = self.type_name(name);
            return Err(self.type_error(format!("attribute name must be string, not '{}'", tn)));
        }
        let name = self.intern_value(name);
        let cls = self.type_of(obj);
        if let Some(d) = class::lookup(self, &cls, &name) {
            match d.kind() {
                Some(ObjKind::Property) => {
                    let fset = d
                        .downcast_ref::<PropertyData>()
                        .unwrap()
                        .fset
                        .borrow()
                        .clone();
                    if fset.is_none() || fset.is_null() {
                        let pd = d.downcast_ref::<PropertyData>().unwrap();
                        return Err(prop_missing(self, pd, obj, "setter"));
                    }
                    self.call(&fset, Args::new([obj.clone(), value]))?;
                    return Ok(());
                }
                Some(ObjKind::Member) => {
                    let m = d.downcast_ref::<MemberData>().unwrap();
                    if let Some(inst) = obj.downcast_ref::<InstanceData>() {
                        if m.index < inst.slot_count() {
                            drop(inst.set_slot(m.index, value));
                            return Ok(());
                        }
                    }
                    let n = name_str(&name).to_string();
                    return Err(self.no_attribute(obj, &n));
                }
                Some(ObjKind::GetSet) => {
                    let g = d.downcast_ref::<GetSetData>().unwrap();
                    return match g.set {
                        Some(s) => s(self, obj, value),
                        None => {
                            let tn = self.type_name(obj);
                            Err(self.attribute_error(format!(
                                "attribute '{}' of '{}' objects is not writable",
                                g.name, tn
                            )))
                        }
                    };
                }
                Some(ObjKind::Instance) => {
                    let dcls = self.type_of(&d);
                    if let Some(set) = class::lookup(self, &dcls, &self.n.__set__.clone()) {
                        self.call(&set, Args::new([d.clone(), obj.clone(), value]))?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        self.store_instance_attr(obj, name, value)
    }

    /// Store into the instance's own attributes (slots or dict).
    pub fn store_instance_attr(&mut self, obj: &Value, name: Value, value: Value) -> PyResult<()> {
        if let Some(inst) = obj.downcast_ref::<InstanceData>() {
            let cls = self.type_of(obj);
            let cd = cls.downcast_ref::<ClassData>().unwrap();
            // `__slots__` classes without `__dict__`, and builtin classes such as
            // `object` itself, take no new instance attributes.
            if cd.has_flag(class_flags::NO_DICT) || !cd.has_flag(class_flags::HEAPTYPE) {
                let n = name_str(&name).to_string();
                if class::lookup(self, &cls, &name).is_some() {
                    let tn = self.type_name(obj);
                    return Err(self.attribute_error(format!(
                        "'{}' object attribute '{}' is read-only",
                        tn, n
                    )));
                }
                return Err(self.no_attribute(obj, &n));
            }
            let d = inst.dict();
            if let Some(dd) = d.downcast_ref::<DictData>() {
                dd.set_str(name, value);
                return Ok(());
            }
            let shape = inst.shape();
            if let Some(i) = shape.index_of(&name) {
                drop(inst.set_slot(i, value));
                return Ok(());
            }
            if shape.names.len() >= MAX_SHAPE_SLOTS {
                let dict = self.materialize_dict(obj);
                dict.downcast_ref::<DictData>()
                    .unwrap()
                    .set_str(name, value);
                return Ok(());
            }
            let next = shape.with_added(&name);
            inst.set_shape(&next);
            inst.push_slot(value);
            return Ok(());
        }
        let dict = match obj.kind() {
            Some(ObjKind::Function) => {
                let f = obj.downcast_ref::<FunctionData>().unwrap();
                let mut d = f.dict.borrow_mut();
                if d.is_null() {
                    *d = self.new_dict();
                }
                Some(d.clone())
            }
            Some(ObjKind::Exception) => {
                let e = obj.downcast_ref::<ExceptionData>().unwrap();
                let mut d = e.dict.borrow_mut();
                if d.is_null() {
                    *d = self.new_dict();
                }
                Some(d.clone())
            }
            Some(ObjKind::Module) => Some(obj.downcast_ref::<ModuleData>().unwrap().dict.clone()),
            Some(ObjKind::Class) => {
                let c = obj.downcast_ref::<ClassData>().unwrap();
                if !c.has_flag(class_flags::HEAPTYPE) {
                    let n = name_str(&name).to_string();
                    return Err(self.type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        n,
                        c.name()
                    )));
                }
                self.class_attr_changed(obj, &name);
                Some(c.dict.clone())
            }
            _ => None,
        };
        match dict {
            Some(d) => {
                d.downcast_ref::<DictData>().unwrap().set_str(name, value);
                Ok(())
            }
            None => {
                let n = name_str(&name).to_string();
                let tn = self.type_name(obj);
                if self.lookup_special(obj, &name).is_some() {
                    return Err(self.attribute_error(format!(
                        "'{}' object attribute '{}' is read-only",
                        tn, n
                    )));
                }
                Err(self.no_attribute(obj, &n))
            }
        }
    }

    /// Keep class flags and caches right after a class attribute changes.
    pub(crate) fn class_attr_changed(&mut self, cls: &Value, name: &Value) {
        let c = cls.downcast_ref::<ClassData>().unwrap();
        let n = name_str(name);
        if n == "__getattr__" {
            c.flags.set(c.flags.get() | class_flags::HAS_GETATTR);
        } else if n == "__getattribute__" {
            c.flags.set(c.flags.get() | class_flags::HAS_GETATTRIBUTE);
        }
        class::invalidate(cls);
    }

    /// Switch an instance to dict storage and return the dict (`obj.__dict__`).
    pub fn materialize_dict(&mut self, obj: &Value) -> Value {
        let inst = obj.downcast_ref::<InstanceData>().unwrap();
        let existing = inst.dict();
        if !existing.is_null() {
            return existing;
        }
        let d = self.new_dict();
        // `__slots__` members keep their fixed slots; the rest move to the dict.
        let cls = self.type_of(obj);
        let root = cls
            .downcast_ref::<ClassData>()
            .map(|c| c.shape.borrow().clone())
            .unwrap_or_else(crate::types::instance::Shape::shared_root);
        let n_fixed = root.names.len();
        {
            let shape = inst.shape();
            let slots = inst.slot_values();
            let dd = d.downcast_ref::<DictData>().unwrap();
            for (n, v) in shape.names.iter().zip(slots.iter()).skip(n_fixed) {
                if !v.is_null() {
                    dd.set_str(n.clone(), v.clone());
                }
            }
        }
        inst.truncate_slots(n_fixed);
        inst.set_shape(&root);
        drop(inst.set_dict(d.clone()));
        d
    }

    /// `delattr(obj, name)`.
    pub fn delattr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        let cls = self.type_of(obj);
        if let Some(da) = class::lookup(self, &cls, &self.n.__delattr__.clone()) {
            if da.kind() == Some(ObjKind::Function) {
                self.call_method_value(&da, obj, Args::new([name.clone()]))?;
                return Ok(());
            }
        }
        self.generic_delattr(obj, name)
    }

    pub fn generic_delattr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        let cls = self.type_of(obj);
        if let Some(d) = class::lookup(self, &cls, name) {
            match d.kind() {
                Some(ObjKind::Member) => {
                    let m = d.downcast_ref::<MemberData>().unwrap();
                    if let Some(inst) = obj.downcast_ref::<InstanceData>() {
                        let old = inst.set_slot(m.index, Value::NULL);
                        if let Some(old) = old {
                            if !old.is_null() {
                                return Ok(());
                            }
                            // An empty slot: CPython's member_set says just the name.
                            return Err(self.attribute_error(name_str(name).to_string()));
                        }
                    }
                    let n = name_str(name).to_string();
                    return Err(self.no_attribute(obj, &n));
                }
                Some(ObjKind::Property) => {
                    let fdel = d
                        .downcast_ref::<PropertyData>()
                        .unwrap()
                        .fdel
                        .borrow()
                        .clone();
                    if fdel.is_none() || fdel.is_null() {
                        let pd = d.downcast_ref::<PropertyData>().unwrap();
                        return Err(prop_missing(self, pd, obj, "deleter"));
                    }
                    self.call(&fdel, Args::new([obj.clone()]))?;
                    return Ok(());
                }
                Some(ObjKind::Instance) => {
                    let dcls = self.type_of(&d);
                    if let Some(del) = class::lookup(self, &dcls, &self.n.__delete__.clone()) {
                        self.call(&del, Args::new([d.clone(), obj.clone()]))?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if let Some(inst) = obj.downcast_ref::<InstanceData>() {
            let d = inst.dict();
            if let Some(dd) = d.downcast_ref::<DictData>() {
                if dd.remove_str(self, name).is_some() {
                    return Ok(());
                }
            } else {
                // Deleting from a shape: switch to a dict (rare), then delete.
                let has = inst
                    .shape()
                    .index_of(name)
                    .is_some_and(|i| inst.slot(i).is_some_and(|v| !v.is_null()));
                if has {
                    let dict = self.materialize_dict(obj);
                    dict.downcast_ref::<DictData>()
                        .unwrap()
                        .remove_str(self, name);
                    return Ok(());
                }
            }
            let n = name_str(name).to_string();
            return Err(self.no_attribute(obj, &n));
        }
        if let Some(c) = obj.downcast_ref::<ClassData>() {
            if c.dict().remove_str(self, name).is_some() {
                class::invalidate(obj);
                return Ok(());
            }
            let n = name_str(name).to_string();
            return Err(self.attribute_error(format!(
                "type object '{}' has no attribute '{}'",
                c.name(),
                n
            )));
        }
        if let Some(d) = self.object_dict_ref(obj) {
            if d.downcast_ref::<DictData>()
                .unwrap()
                .remove_str(self, name)
                .is_some()
            {
                return Ok(());
            }
        }
        let n = name_str(name).to_string();
        Err(self.no_attribute(obj, &n))
    }

    /// `getattr` by a Rust string.
    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.getattr(obj, &n)
    }
}
