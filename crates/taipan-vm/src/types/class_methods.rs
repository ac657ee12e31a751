//! `type`'s behaviour: calling a class (`__new__` then `__init__`), class creation
//! (`type(name, bases, ns)` and `__build_class__` for class statements), and the
//! attributes of class objects.

use std::cell::RefCell;

use crate::args::Args;
use crate::errors::PyResult;
use crate::heap::{self, ObjKind};
use crate::interp::frame::Frame;
use crate::types::class::{self, class_flags, ClassData, Layout};
use crate::types::descriptor::{ClassMethodData, StaticMethodData};
use crate::types::dict::DictData;
use crate::types::exception::ExceptionData;
use crate::types::function::{CellData, FunctionData, MethodDescriptorData, NativeFunctionData};
use crate::types::instance::InstanceData;
use crate::types::str::StrData;
use crate::types::tuple::TupleData;
use crate::value::Value;
use crate::vm::Vm;

pub(crate) fn is_object_slot(vm: &Vm, v: &Value, name: &str) -> bool {
    if let Some(d) = v.downcast_ref::<MethodDescriptorData>() {
        return d.owner.is(&vm.t.object) && d.name == name;
    }
    if let Some(s) = v.downcast_ref::<StaticMethodData>() {
        if let Some(n) = s.func.downcast_ref::<NativeFunctionData>() {
            return n.owner == "object" && n.name == name;
        }
    }
    false
}

/// A new, empty instance of `cls` (`object.__new__(cls)`).
/// `object.__new__` refuses classes whose `__abstractmethods__` (set by `abc.ABCMeta`)
/// is non-empty, naming the methods in sorted order as CPython 3.11 does.
fn refuse_abstract(vm: &mut Vm, cls: &Value, abs: &Value) -> PyResult<()> {
    let items = vm.collect_iter(abs)?;
    if items.is_empty() {
        return Ok(());
    }
    let mut names = Vec::with_capacity(items.len());
    for v in &items {
        names.push(vm.str_string(v)?);
    }
    names.sort();
    let n = class::class_name(cls);
    let s = if names.len() == 1 { "" } else { "s" };
    Err(vm.type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        n,
        s,
        names.join(", ")
    )))
}

pub fn new_instance(vm: &mut Vm, cls: &Value) -> PyResult<Value> {
    let Some(cd) = cls.downcast_ref::<ClassData>() else {
        let tn = vm.type_name(cls);
        return Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            tn
        )));
    };
    match cd.layout.get() {
        Layout::Object | Layout::NativeWrapped => {
            let key = vm.n.__abstractmethods__.clone();
            if let Some(abs) = cd.dict().get_str(vm, &key) {
                refuse_abstract(vm, cls, &abs)?;
            }
            let shape = cd.shape.borrow().clone();
            // Slots of `__slots__` classes (and inherited ones) start empty.
            let n = shape.names.len();
            let inst = InstanceData::with_empty_slots(shape, n);
            Ok(heap::alloc(cls, inst))
        }
        Layout::Exception => {
            let args = vm.empty_tuple();
            Ok(heap::alloc(
                cls,
                ExceptionData {
                    args: RefCell::new(args),
                    traceback: RefCell::new(Value::NONE),
                    cause: RefCell::new(Value::NONE),
                    context: RefCell::new(Value::NONE),
                    ..Default::default()
                },
            ))
        }
        Layout::Type | Layout::Builtin => {
            let n = cd.name();
            Err(vm.type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                n, n
            )))
        }
    }
}

impl Vm {
    /// `cls(*args, **kw)`.
    pub fn call_class(&mut self, cls: &Value, args: Args) -> PyResult<Value> {
        let meta = self.type_of(cls);
        if !meta.is(&self.t.type_) {
            let call = self.n.__call__.clone();
            if let Some(c) = class::lookup(self, &meta, &call) {
                if c.kind() == Some(ObjKind::Function) {
                    let mut args = args;
                    args.prepend(cls.clone());
                    return self.call(&c, args);
                }
            }
        }
        self.type_call_default(cls, args)
    }

    /// `type.__call__(cls, ...)` itself: `__new__` then `__init__`, with no metaclass
    /// `__call__` dispatch (a metaclass's `super().__call__()` lands here).
    pub fn type_call_default(&mut self, cls: &Value, args: Args) -> PyResult<Value> {
        if cls.is(&self.t.type_) && args.pos.len() == 1 && args.kw.is_empty() {
            return Ok(self.type_of(&args.pos[0]));
        }
        let new_name = self.n.__new__.clone();
        let init_name = self.n.__init__.clone();
        let new = class::lookup(self, cls, &new_name);
        let init = class::lookup(self, cls, &init_name);
        let obj = match &new {
            Some(n) if !is_object_slot(self, n, "__new__") => {
                let f = self.descr_get(n, &Value::NULL, cls)?;
                let mut a = Args {
                    pos: args.pos.clone(),
                    kw: args.kw.clone(),
                };
                a.prepend(cls.clone());
                self.call(&f, a)?
            }
            _ => {
                let has_init = init
                    .as_ref()
                    .is_some_and(|i| !is_object_slot(self, i, "__init__"));
                if !args.is_empty() && !has_init {
                    let name = class::class_name(cls);
                    return Err(self.type_error(format!("{}() takes no arguments", name)));
                }
                new_instance(self, cls)?
            }
        };
        if !self.is_instance(&obj, cls) {
            return Ok(obj);
        }
        if let Some(init) = init {
            if !is_object_slot(self, &init, "__init__") {
                let r = self.call_method_value(&init, &obj, args)?;
                if !r.is_none() {
                    let tn = self.type_name(&r);
                    return Err(
                        self.type_error(format!("__init__() should return None, not '{}'", tn))
                    );
                }
            }
        }
        Ok(obj)
    }

    /// Run a class body function with `ns` as its namespace (`__build_class__`).
    fn run_class_body(&mut self, func: &Value, ns: &Value) -> PyResult<Value> {
        let f = func.downcast_ref::<FunctionData>().unwrap();
        let code = f.code.clone();
        if self.frames.len() >= self.recursion_limit {
            return Err(self.recursion_error("maximum recursion depth exceeded"));
        }
        let base = self.stack.len();
        self.stack.resize(base + code.n_localsplus, Value::NULL);
        self.frames.push(Frame {
            code,
            func: func.clone(),
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            locals: ns.clone(),
            base,
            call_site: base,
            ip: 0,
            lasti: 0,
            entry: true,
            generator: Value::NULL,
            returns_to: crate::interp::frame::ReturnTo::Caller,
        });
        self.run_frame()
    }

    /// `type(name, bases, ns)` / `type.__new__(mcs, name, bases, ns)`.
    pub fn type_new(
        &mut self,
        meta: &Value,
        name: &str,
        bases: Vec<Value>,
        ns: &Value,
        kw: Vec<(Value, Value)>,
    ) -> PyResult<Value> {
        let bases = if bases.is_empty() {
            vec![self.t.object.clone()]
        } else {
            bases
        };
        for (i, b) in bases.iter().enumerate() {
            if bases[..i].iter().any(|x| x.is(b)) {
                return Err(
                    self.type_error(format!("duplicate base class {}", class::class_name(b)))
                );
            }
        }
        // Layout: the most derived non-object layout among the bases.
        let mut layout = Layout::Object;
        for b in &bases {
            let Some(bc) = b.downcast_ref::<ClassData>() else {
                return Err(self.type_error("bases must be types"));
            };
            if !bc.has_flag(class_flags::BASETYPE) {
                return Err(self.type_error(format!(
                    "type '{}' is not an acceptable base type",
                    bc.name()
                )));
            }
            let l = match bc.layout.get() {
                Layout::Builtin => Layout::NativeWrapped,
                l => l,
            };
            if l != Layout::Object {
                if layout != Layout::Object && layout != l {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
                layout = l;
            }
        }
        let mro = class::c3_mro(self, &bases)?;
        // Instances of a subclass keep the slot layout of their base's `__slots__`.
        let base_root = bases
            .iter()
            .filter_map(|b| b.downcast_ref::<ClassData>())
            .map(|b| b.shape.borrow().clone())
            .find(|s| !s.names.is_empty());
        let nsd = ns
            .downcast_ref::<DictData>()
            .map(|d| d.copy())
            .unwrap_or_default();
        let dict = heap::alloc(&self.t.dict, nsd);
        let flags = class_flags::HEAPTYPE | class_flags::BASETYPE;
        let cls = class::new_class_object(
            self,
            meta,
            name,
            bases.clone(),
            mro,
            dict.clone(),
            layout,
            flags,
        );
        let cd = cls.downcast_ref::<ClassData>().unwrap();
        if let Some(root) = base_root {
            *cd.shape.borrow_mut() = root;
        }
        let dd = dict.downcast_ref::<DictData>().unwrap();
        // Inherit flags.
        let mut fl = cd.flags.get();
        for b in class::mro_of(&cls).iter().skip(1) {
            let bc = b.downcast_ref::<ClassData>().unwrap();
            fl |= bc.flags.get() & (class_flags::HAS_GETATTR | class_flags::HAS_GETATTRIBUTE);
        }
        if dd.get_str(self, &self.n.__getattr__.clone()).is_some() {
            fl |= class_flags::HAS_GETATTR;
        }
        if dd.get_str(self, &self.n.__getattribute__.clone()).is_some() {
            fl |= class_flags::HAS_GETATTRIBUTE;
        }
        cd.flags.set(fl);
        if let Some(q) = dd.get_str(self, &self.n.__qualname__.clone()) {
            if let Some(s) = q.downcast_ref::<StrData>() {
                *cd.qualname.borrow_mut() = s.as_str().to_string();
            }
            dd.remove_str(self, &self.n.__qualname__.clone());
        }
        if dd.get_str(self, &self.n.__module__.clone()).is_none() {
            let modname = self.frames.last().and_then(|f| {
                f.globals
                    .downcast_ref::<DictData>()
                    .and_then(|g| g.get_str(self, &self.n.__name__.clone()))
            });
            if let Some(m) = modname {
                dd.set_str(self.n.__module__.clone(), m);
            }
        }
        // A class that defines __eq__ but not __hash__ is unhashable.
        if dd.get_str(self, &self.n.__eq__.clone()).is_some()
            && dd.get_str(self, &self.n.__hash__.clone()).is_none()
        {
            dd.set_str(self.n.__hash__.clone(), Value::NONE);
        }
        // __slots__
        if let Some(slots) = dd.get_str(self, &self.n.__slots__.clone()) {
            let names: Vec<Value> = if slots.downcast_ref::<StrData>().is_some() {
                vec![slots]
            } else {
                self.collect_iter(&slots)?
            };
            let mut v = Vec::new();
            for n in names {
                match n.downcast_ref::<StrData>() {
                    Some(s) => v.push(s.as_str().to_string()),
                    None => {
                        let tn = self.type_name(&n);
                        return Err(self
                            .type_error(format!("__slots__ items must be strings, not '{}'", tn)));
                    }
                }
            }
            let all_slotted = class::mro_of(&cls).iter().skip(1).all(|b| {
                let bc = b.downcast_ref::<ClassData>().unwrap();
                b.is(&self.t.object) || bc.slots.borrow().is_some()
            });
            if all_slotted && !v.iter().any(|s| s == "__dict__") {
                cd.flags.set(cd.flags.get() | class_flags::NO_DICT);
            }
            // Each slot becomes a member descriptor over a fixed slot index.
            let mut root = cd.shape.borrow().clone();
            for name in &v {
                if name == "__dict__" || name == "__weakref__" {
                    continue;
                }
                let mangled = if name.starts_with("__") && !name.ends_with("__") {
                    format!("_{}{}", cd.name().trim_start_matches('_'), name)
                } else {
                    name.clone()
                };
                let key = self.intern(&mangled);
                if dd.get_str(self, &key).is_some() {
                    return Err(self.value_error(format!(
                        "'{}' in __slots__ conflicts with class variable",
                        mangled
                    )));
                }
                let index = root.names.len();
                root = root.with_added(&key);
                let m = heap::alloc(
                    &self.t.member_descriptor,
                    crate::types::descriptor::MemberData {
                        name: key.clone(),
                        owner: cls.clone(),
                        index,
                    },
                );
                dd.set_str(key, m);
            }
            *cd.shape.borrow_mut() = root;
            *cd.slots.borrow_mut() = Some(v);
        }
        // After the slots, as CPython: `__slots__ = ('__doc__',)` is allowed.
        if dd.get_str(self, &self.n.__doc__.clone()).is_none() {
            dd.set_str(self.n.__doc__.clone(), Value::NONE);
        }
        // Metaclasses inherit type's own `__dict__` (the class namespace proxy).
        if !cd.has_flag(class_flags::NO_DICT)
            && !matches!(cd.layout.get(), Layout::Exception | Layout::Type)
        {
            self.add_getset(
                &cls,
                "__dict__",
                crate::types::object::object_dict,
                Some(crate::types::object::object_set_dict),
            );
        }
        for b in &bases {
            if let Some(bc) = b.downcast_ref::<ClassData>() {
                bc.subclasses.borrow_mut().push(cls.clone());
            }
        }
        // Implicit classmethod/staticmethod wrapping.
        for (key, wrap_cm) in [
            ("__init_subclass__", true),
            ("__class_getitem__", true),
            ("__new__", false),
        ] {
            let k = self.intern(key);
            if let Some(f) = dd.get_str(self, &k) {
                if f.kind() == Some(ObjKind::Function) {
                    let w = if wrap_cm {
                        heap::alloc(
                            &self.t.classmethod,
                            ClassMethodData {
                                func: f,
                                dict: RefCell::new(Value::NULL),
                            },
                        )
                    } else {
                        heap::alloc(
                            &self.t.staticmethod,
                            StaticMethodData {
                                func: f,
                                dict: RefCell::new(Value::NULL),
                            },
                        )
                    };
                    dd.set_str(k, w);
                }
            }
        }
        // __classcell__
        if let Some(cell) = dd.remove_str(self, &self.n.__classcell__.clone()) {
            if let Some(c) = cell.downcast_ref::<CellData>() {
                c.set(cls.clone());
            }
        }
        // The namespace is final from here on; drop any lookups cached while building it.
        class::invalidate(&cls);
        // __set_name__ on attributes.
        for (k, v) in dd.items() {
            let sn = self.n.__set_name__.clone();
            if let Some(m) = self.lookup_special(&v, &sn) {
                self.call_method_value(&m, &v, Args::new([cls.clone(), k]))?;
            }
        }
        // __init_subclass__ of the parent.
        let sup = self.new_super(&cls, &cls)?;
        let isc = self.n.__init_subclass__.clone();
        let m = self.getattr(&sup, &isc)?;
        self.call(&m, Args::with_kw([], kw))?;
        Ok(cls)
    }

    fn new_super(&mut self, type_: &Value, obj: &Value) -> PyResult<Value> {
        let obj_type = if self.is_class(obj) && class::is_subclass(obj, type_) {
            obj.clone()
        } else {
            self.type_of(obj)
        };
        Ok(heap::alloc(
            &self.t.super_,
            crate::types::descriptor::SuperData {
                type_: type_.clone(),
                obj: obj.clone(),
                obj_type,
            },
        ))
    }
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = args.pos.remove(0);
    let name = args.pos.remove(0);
    if func.downcast_ref::<FunctionData>().is_none() {
        return Err(vm.type_error("__build_class__: func must be a function"));
    }
    let Some(name_s) = name
        .downcast_ref::<StrData>()
        .map(|s| s.as_str().to_string())
    else {
        return Err(vm.type_error("__build_class__: name is not a string"));
    };
    let orig_bases: Vec<Value> = args.pos.to_vec();
    // __mro_entries__
    let mut bases = Vec::new();
    let mut changed = false;
    for b in &orig_bases {
        if !vm.is_class(b) {
            let me = vm.n.__mro_entries__.clone();
            if let Some(m) = vm.getattr_opt(b, &me)? {
                let t = vm.new_tuple(orig_bases.clone());
                let r = vm.call(&m, Args::new([t]))?;
                bases.extend(vm.collect_iter(&r)?);
                changed = true;
                continue;
            }
        }
        bases.push(b.clone());
    }
    let mut meta = args.take_kw("metaclass");
    let kw = std::mem::take(&mut args.kw);
    let explicit_meta = meta.is_some();
    if meta.is_none() {
        meta = Some(if bases.is_empty() {
            vm.t.type_.clone()
        } else {
            vm.type_of(&bases[0])
        });
    }
    let mut meta = meta.unwrap();
    if vm.is_class(&meta) {
        // The most derived metaclass wins.
        for b in &bases {
            let bt = vm.type_of(b);
            if class::is_subclass(&meta, &bt) {
                continue;
            }
            if class::is_subclass(&bt, &meta) {
                meta = bt;
                continue;
            }
            return Err(vm.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
    }
    let _ = explicit_meta;
    let bases_t = vm.new_tuple(bases.clone());
    let prepare = vm.n.__prepare__.clone();
    let ns = match vm.getattr_opt(&meta, &prepare)? {
        Some(p) if !vm.is_class(&meta) || class::lookup(vm, &meta, &prepare).is_some() => vm.call(
            &p,
            Args::with_kw([name.clone(), bases_t.clone()], kw.clone()),
        )?,
        _ => vm.new_dict(),
    };
    let cell = vm.run_class_body(&func, &ns)?;
    if changed {
        let ob = vm.new_tuple(orig_bases);
        let k = vm.n.__orig_bases__.clone();
        vm.setitem(&ns, k, ob)?;
    }
    let cls = vm.call(&meta, Args::with_kw([name, bases_t, ns], kw))?;
    if let Some(c) = cell.downcast_ref::<CellData>() {
        if c.get().is_null() {
            c.set(cls.clone());
        }
    }
    let _ = name_s;
    Ok(cls)
}

/// `type.__new__(mcs, name, bases, ns, **kw)` and the one-argument `type(x)`.
fn type_dunder_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut args = args;
    if args.pos.is_empty() {
        return Err(vm.type_error("type.__new__(): not enough arguments"));
    }
    let meta = args.pos.remove(0);
    if args.pos.len() == 1 && args.kw.is_empty() {
        return Ok(vm.type_of(&args.pos[0]));
    }
    if args.pos.len() != 3 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let name = args.pos[0].clone();
    let Some(name) = name
        .downcast_ref::<StrData>()
        .map(|s| s.as_str().to_string())
    else {
        let tn = vm.type_name(&args.pos[0]);
        return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {}", tn)));
    };
    let Some(bases) = args.pos[1]
        .downcast_ref::<TupleData>()
        .map(|t| t.as_slice().to_vec())
    else {
        let tn = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            tn
        )));
    };
    // The most derived metaclass among the bases' types wins (_PyType_CalculateMetaclass).
    let mut winner = meta.clone();
    for b in &bases {
        let bt = vm.type_of(b);
        if class::is_subclass(&winner, &bt) {
            continue;
        }
        if class::is_subclass(&bt, &winner) {
            winner = bt;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    let ns = args.pos[2].clone();
    if ns.downcast_ref::<DictData>().is_none() {
        let tn = vm.type_name(&ns);
        return Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            tn
        )));
    }
    vm.type_new(&meta, &name, bases, &ns, std::mem::take(&mut args.kw))
}

fn type_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn type_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [c] = args.exact::<1>(vm, "__repr__")?;
    let cd = c.downcast_ref::<ClassData>().unwrap();
    let q = cd.qualname.borrow().clone();
    let m = vm.class_module(&c);
    let s = if m == "builtins" {
        format!("<class '{}'>", q)
    } else {
        format!("<class '{}.{}'>", m, q)
    };
    Ok(vm.new_str(s))
}

fn type_call(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = args.pos.remove(0);
    vm.type_call_default(&cls, args)
}

fn get_name(vm: &mut Vm, c: &Value) -> PyResult<Value> {
    let n = c.downcast_ref::<ClassData>().unwrap().name();
    Ok(vm.new_str(n))
}
fn set_name(vm: &mut Vm, c: &Value, v: Value) -> PyResult<()> {
    match v.downcast_ref::<StrData>() {
        Some(s) => {
            *c.downcast_ref::<ClassData>().unwrap().name.borrow_mut() = s.as_str().to_string();
            Ok(())
        }
        None => {
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!(
                "can only assign string to {}.__name__, not '{}'",
                class::class_name(c),
                tn
            )))
        }
    }
}
fn get_qualname(vm: &mut Vm, c: &Value) -> PyResult<Value> {
    let n = c
        .downcast_ref::<ClassData>()
        .unwrap()
        .qualname
        .borrow()
        .clone();
    Ok(vm.new_str(n))
}
fn set_qualname(_vm: &mut Vm, c: &Value, v: Value) -> PyResult<()> {
    if let Some(s) = v.downcast_ref::<StrData>() {
        *c.downcast_ref::<ClassData>().unwrap().qualname.borrow_mut() = s.as_str().to_string();
    }
    Ok(())
}
fn get_mro(vm: &mut Vm, c: &Value) -> PyResult<Value> {
    Ok(vm.new_tuple(class::mro_of(c)))
}
fn get_bases(vm: &mut Vm, c: &Value) -> PyResult<Value> {
    let b = c
        .downcast_ref::<ClassData>()
        .unwrap()
        .bases
        .borrow()
        .clone();
    Ok(vm.new_tuple(b))
}
/// The base that decides a class's instance layout (CPython's `best_base`, simplified):
/// the first base with a non-object layout or `__slots__`, else the first base.
fn layout_base(bases: &[Value]) -> Option<Value> {
    bases
        .iter()
        .find(|b| {
            b.downcast_ref::<ClassData>().is_some_and(|c| {
                c.layout.get() != Layout::Object || !c.shape.borrow().names.is_empty()
            })
        })
        .or(bases.first())
        .cloned()
}

/// Whether instances laid out for `a` can be used as instances of `b`.
fn same_layout(a: &ClassData, b: &ClassData) -> bool {
    let names_eq = {
        let (x, y) = (a.shape.borrow(), b.shape.borrow());
        x.names.len() == y.names.len()
            && x.names.iter().zip(y.names.iter()).all(|(p, q)| {
                p.is(q)
                    || p.downcast_ref::<StrData>()
                        .zip(q.downcast_ref::<StrData>())
                        .is_some_and(|(p, q)| p.as_str() == q.as_str())
            })
    };
    a.layout.get() == b.layout.get()
        && a.native_base.borrow().is(&b.native_base.borrow())
        && names_eq
}

/// `cls.__bases__ = bases` (CPython's `type_set_bases`): checks, a new MRO for the
/// class and its subclasses, subclass lists, and cache invalidation.
fn set_bases(vm: &mut Vm, c: &Value, v: Value) -> PyResult<()> {
    let cd = c.downcast_ref::<ClassData>().unwrap();
    let name = cd.name();
    if !cd.has_flag(class_flags::HEAPTYPE) {
        return Err(vm.type_error(format!(
            "cannot set '__bases__' attribute of immutable type '{}'",
            name
        )));
    }
    let Some(t) = v.downcast_ref::<TupleData>() else {
        let tn = vm.type_name(&v);
        return Err(vm.type_error(format!(
            "can only assign tuple to {}.__bases__, not {}",
            name, tn
        )));
    };
    let bases = t.as_slice().to_vec();
    if bases.is_empty() {
        return Err(vm.type_error(format!(
            "can only assign non-empty tuple to {}.__bases__, not ()",
            name
        )));
    }
    for b in &bases {
        if b.downcast_ref::<ClassData>().is_none() {
            let tn = vm.type_name(b);
            return Err(vm.type_error(format!(
                "{}.__bases__ must be tuple of classes, not '{}'",
                name, tn
            )));
        }
        if class::is_subclass(b, c) {
            return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
        }
    }
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            return Err(vm.type_error(format!("duplicate base class {}", class::class_name(b))));
        }
    }
    let old_bases = cd.bases.borrow().clone();
    if let (Some(nb), Some(ob)) = (layout_base(&bases), layout_base(&old_bases)) {
        let (nbd, obd) = (
            nb.downcast_ref::<ClassData>().unwrap(),
            ob.downcast_ref::<ClassData>().unwrap(),
        );
        let what = if nb.is(&vm.t.object) != ob.is(&vm.t.object) {
            Some("deallocator")
        } else if !same_layout(nbd, obd) {
            Some("object layout")
        } else {
            None
        };
        if let Some(what) = what {
            return Err(vm.type_error(format!(
                "__bases__ assignment: '{}' {} differs from '{}'",
                nbd.name(),
                what,
                obd.name()
            )));
        }
    }
    let new_mro = class::c3_mro(vm, &bases)?;
    let old_mro = std::mem::replace(&mut *cd.mro.borrow_mut(), new_mro);
    *cd.bases.borrow_mut() = bases.clone();
    // Subclasses' MROs (bases before subclasses: a class reached again is redone).
    let mut redone: Vec<(Value, Vec<Value>)> = Vec::new();
    let mut work: Vec<Value> = cd.subclasses.borrow().clone();
    let mut steps = 0usize;
    while let Some(sub) = work.pop() {
        steps += 1;
        let Some(sd) = sub.downcast_ref::<ClassData>() else {
            continue;
        };
        let sub_bases = sd.bases.borrow().clone();
        let m = match class::c3_mro(vm, &sub_bases) {
            Ok(m) if steps < 100_000 => m,
            r => {
                // Undo everything.
                for (s, m) in redone.into_iter().rev() {
                    if let Some(sd) = s.downcast_ref::<ClassData>() {
                        *sd.mro.borrow_mut() = m;
                    }
                }
                *cd.mro.borrow_mut() = old_mro;
                *cd.bases.borrow_mut() = old_bases;
                return Err(match r {
                    Err(e) => e,
                    Ok(_) => vm.recursion_error("too many subclasses to update"),
                });
            }
        };
        let old = std::mem::replace(&mut *sd.mro.borrow_mut(), m);
        redone.push((sub.clone(), old));
        work.extend(sd.subclasses.borrow().iter().cloned());
    }
    for b in &old_bases {
        if let Some(bd) = b.downcast_ref::<ClassData>() {
            bd.subclasses.borrow_mut().retain(|x| !x.is(c));
        }
    }
    for b in &bases {
        if let Some(bd) = b.downcast_ref::<ClassData>() {
            bd.subclasses.borrow_mut().push(c.clone());
        }
    }
    // `__getattr__`/`__getattribute__` flags are hints: add what the new bases bring.
    let mut fl = 0;
    for b in class::mro_of(c).iter().skip(1) {
        if let Some(bd) = b.downcast_ref::<ClassData>() {
            fl |= bd.flags.get() & (class_flags::HAS_GETATTR | class_flags::HAS_GETATTRIBUTE);
        }
    }
    let mut stack = vec![c.clone()];
    while let Some(k) = stack.pop() {
        if let Some(kd) = k.downcast_ref::<ClassData>() {
            if kd.flags.get() & fl != fl {
                kd.flags.set(kd.flags.get() | fl);
                stack.extend(kd.subclasses.borrow().iter().cloned());
            }
        }
    }
    class::invalidate(c);
    Ok(())
}
fn get_base(_vm: &mut Vm, c: &Value) -> PyResult<Value> {
    Ok(c.downcast_ref::<ClassData>()
        .unwrap()
        .bases
        .borrow()
        .first()
        .cloned()
        .unwrap_or(Value::NONE))
}
fn get_dict(vm: &mut Vm, c: &Value) -> PyResult<Value> {
    let d = c.downcast_ref::<ClassData>().unwrap().dict.clone();
    vm.new_mappingproxy(&d)
}
fn get_module(vm: &mut Vm, c: &Value) -> PyResult<Value> {
    let m = vm.class_module(c);
    Ok(vm.new_str(m))
}
fn set_module(vm: &mut Vm, c: &Value, v: Value) -> PyResult<()> {
    set_heap_type_attr(vm, c, "__module__", v)
}
fn set_doc(vm: &mut Vm, c: &Value, v: Value) -> PyResult<()> {
    set_heap_type_attr(vm, c, "__doc__", v)
}
/// Store a special attribute in a class created by Python code (builtins are immutable).
fn set_heap_type_attr(vm: &mut Vm, c: &Value, name: &str, v: Value) -> PyResult<()> {
    let cd = c.downcast_ref::<ClassData>().unwrap();
    if !cd.has_flag(class_flags::HEAPTYPE) {
        return Err(vm.type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            name,
            cd.name()
        )));
    }
    let k = vm.intern(name);
    cd.dict().set_str(k, v);
    class::invalidate(c);
    Ok(())
}
fn get_doc(vm: &mut Vm, c: &Value) -> PyResult<Value> {
    let k = vm.n.__doc__.clone();
    Ok(c.downcast_ref::<ClassData>()
        .unwrap()
        .dict()
        .get_str(vm, &k)
        .unwrap_or(Value::NONE))
}
fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [c] = args.exact::<1>(vm, "__subclasses__")?;
    let subs = c
        .downcast_ref::<ClassData>()
        .map(|c| c.subclasses.borrow().clone())
        .unwrap_or_default();
    Ok(vm.new_list(subs))
}

fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [c] = args.exact::<1>(vm, "mro")?;
    Ok(vm.new_list(class::mro_of(&c)))
}
fn type_subclasscheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [c, sub] = args.exact::<2>(vm, "__subclasscheck__")?;
    Ok(Value::bool(class::is_subclass(&sub, &c)))
}
fn type_instancecheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [c, inst] = args.exact::<2>(vm, "__instancecheck__")?;
    Ok(Value::bool(vm.is_instance(&inst, &c)))
}

pub fn init(vm: &mut Vm) {
    let t = vm.t.type_.clone();
    crate::types::object::add_new(vm, &t, "type", type_dunder_new);
    vm.add_method(&t, "__init__", type_init);
    vm.add_method(&t, "__repr__", type_repr);
    vm.add_method(&t, "__call__", type_call);
    vm.add_method(&t, "mro", type_mro);
    vm.add_method(&t, "__subclasses__", type_subclasses);
    vm.add_method(&t, "__subclasscheck__", type_subclasscheck);
    vm.add_method(&t, "__instancecheck__", type_instancecheck);
    vm.add_getset(&t, "__name__", get_name, Some(set_name));
    vm.add_getset(&t, "__qualname__", get_qualname, Some(set_qualname));
    vm.add_getset(&t, "__mro__", get_mro, None);
    vm.add_getset(&t, "__bases__", get_bases, Some(set_bases));
    vm.add_getset(&t, "__base__", get_base, None);
    vm.add_getset(&t, "__dict__", get_dict, None);
    vm.add_getset(&t, "__module__", get_module, Some(set_module));
    vm.add_getset(&t, "__doc__", get_doc, Some(set_doc));
}
