//! `type`: class objects, the MRO, attribute lookup along it, and class creation.
//!
//! Mirrors CPython's `Objects/typeobject.c`: C3 linearisation (`mro_internal`), the
//! "best base" layout rule, `type.__call__` (`__new__` then `__init__`) and
//! `type.__new__(mcs, name, bases, namespace)`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::errors::PyResult;
use crate::heap::{self, PyRef};
use crate::types::dict::DictData;
use crate::types::instance::Shape;
use crate::value::Value;
use crate::vm::Vm;

/// Which native payload instances of a class carry. A class's layout is inherited from
/// its "best base"; two bases with different non-object layouts conflict, as in CPython.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Plain `object` instances (`InstanceData`).
    Object,
    /// Subclasses of a builtin whose value lives in `InstanceData::native` (int, str,
    /// float, tuple, list, dict, set, bytes, ...). The builtin class is in `native_base`.
    NativeWrapped,
    /// Exceptions carry `ExceptionData` (attributes in its own dict).
    Exception,
    /// Metaclasses: instances are classes.
    Type,
    /// A builtin type that cannot be subclassed or instantiated generically.
    Builtin,
}

pub mod class_flags {
    /// May be subclassed (CPython's `Py_TPFLAGS_BASETYPE`).
    pub const BASETYPE: u32 = 1;
    /// Created by a class statement or `type()` (attributes may be set).
    pub const HEAPTYPE: u32 = 2;
    /// Defines `__getattr__` somewhere in the MRO (checked on attribute misses).
    pub const HAS_GETATTR: u32 = 4;
    /// Instances have no `__dict__` (a `__slots__` class).
    pub const NO_DICT: u32 = 8;
    /// Defines `__getattribute__` other than object's.
    pub const HAS_GETATTRIBUTE: u32 = 16;
}

pub struct ClassData {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<Value>>,
    /// The MRO without the class itself (storing itself would be a reference cycle).
    pub mro: RefCell<Vec<Value>>,
    /// The class namespace (a dict object).
    pub dict: Value,
    pub layout: Cell<Layout>,
    /// For `NativeWrapped` layouts: the builtin class whose payload instances wrap.
    pub native_base: RefCell<Value>,
    pub flags: Cell<u32>,
    /// Names declared in `__slots__` (None: instances have a `__dict__`).
    pub slots: RefCell<Option<Vec<String>>>,
    /// Root of the instance shape tree: instances start here.
    pub shape: RefCell<Rc<Shape>>,
    /// Bumped on every change to this class's (or a base's) attributes; caches guard on it.
    pub version: Cell<u64>,
    /// Direct subclasses (`__subclasses__`). Strong references: classes are rarely
    /// freed, and there are no weak references yet (see docs/divergences.md).
    pub subclasses: RefCell<Vec<Value>>,
}

impl ClassData {
    pub fn dict(&self) -> &DictData {
        self.dict
            .downcast_ref::<DictData>()
            .expect("class dict is a dict")
    }
    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }
    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }
}

/// `cls.__mro__` as a vector: the class then its MRO.
pub fn mro_of(cls: &Value) -> Vec<Value> {
    let c = cls.downcast_ref::<ClassData>().expect("class");
    let mut out = Vec::with_capacity(c.mro.borrow().len() + 1);
    out.push(cls.clone());
    out.extend(c.mro.borrow().iter().cloned());
    out
}

/// Entries in the type attribute cache (a power of two).
pub const TYPE_CACHE_SIZE: usize = 4096;

/// One entry of the type attribute cache: the result of looking `name` up on a class
/// whose version tag was `version` (NULL `value`: not found). Keeps `name` alive so its
/// address cannot be reused by another string while the entry exists.
#[derive(Clone, Default)]
pub struct TypeCacheEntry {
    version: u64,
    name: Value,
    value: Value,
}

/// Look `name` up along the MRO of `cls` (no descriptor binding): `_PyType_Lookup`.
///
/// Results are memoised in a direct-mapped cache keyed by (class version tag, name),
/// as CPython's type method cache: version tags are process-unique and change (for the
/// class and all its subclasses) whenever a class namespace changes, so a hit needs
/// no invalidation check beyond comparing the tag.
pub fn lookup(vm: &Vm, cls: &Value, name: &Value) -> Option<Value> {
    let c = cls.downcast_ref::<ClassData>()?;
    let version = c.version.get();
    let slot = ((version as usize) ^ ((name.raw_bits() as usize) >> 3)) & (TYPE_CACHE_SIZE - 1);
    if vm.type_cache_enabled {
        let cache = vm.type_cache.borrow();
        let e = &cache[slot];
        if e.version == version && e.name.is(name) {
            return if e.value.is_null() {
                None
            } else {
                Some(e.value.clone())
            };
        }
    }
    let found = lookup_uncached(vm, c, name);
    if vm.type_cache_enabled && name.downcast_ref::<crate::types::str::StrData>().is_some() {
        let mut cache = vm.type_cache.borrow_mut();
        cache[slot] = TypeCacheEntry {
            version,
            name: name.clone(),
            value: found.clone().unwrap_or(Value::NULL),
        };
    }
    found
}

fn lookup_uncached(vm: &Vm, c: &ClassData, name: &Value) -> Option<Value> {
    if let Some(v) = c.dict().get_str(vm, name) {
        return Some(v);
    }
    let mro = c.mro.borrow();
    for base in mro.iter() {
        if let Some(bc) = base.downcast_ref::<ClassData>() {
            if let Some(v) = bc.dict().get_str(vm, name) {
                return Some(v);
            }
        }
    }
    None
}

/// `issubclass(sub, sup)` by MRO (no `__subclasscheck__`).
pub fn is_subclass(sub: &Value, sup: &Value) -> bool {
    if sub.is(sup) {
        return true;
    }
    match sub.downcast_ref::<ClassData>() {
        Some(c) => c.mro.borrow().iter().any(|b| b.is(sup)),
        None => false,
    }
}

/// Allocate a bare class object (bootstrap and `type.__new__` both use it).
pub fn new_class_object(
    vm: &Vm,
    metaclass: &Value,
    name: &str,
    bases: Vec<Value>,
    mro: Vec<Value>,
    dict: Value,
    layout: Layout,
    flags: u32,
) -> Value {
    let native_base = bases
        .iter()
        .find_map(|b| {
            let bc = b.downcast_ref::<ClassData>()?;
            match bc.layout.get() {
                Layout::NativeWrapped => Some(bc.native_base.borrow().clone()),
                Layout::Builtin => Some(b.clone()),
                _ => None,
            }
        })
        .unwrap_or(Value::NULL);
    let _ = vm;
    heap::alloc(
        metaclass,
        ClassData {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(bases),
            mro: RefCell::new(mro),
            dict,
            layout: Cell::new(layout),
            native_base: RefCell::new(native_base),
            flags: Cell::new(flags),
            slots: RefCell::new(None),
            shape: RefCell::new(Shape::shared_root()),
            version: Cell::new(crate::types::dict::next_version()),
            subclasses: RefCell::new(Vec::new()),
        },
    )
}

/// C3 linearisation of `bases` (the result excludes the new class itself).
pub fn c3_mro(vm: &mut Vm, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(mro_of).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Value> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|x| x.is(cand)));
            if !in_tail {
                found = Some(cand.clone());
                break;
            }
        }
        let Some(next) = found else {
            // CPython lists the heads that could not be ordered.
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = class_name(&s[0]);
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}

pub fn class_name(cls: &Value) -> String {
    cls.downcast_ref::<ClassData>()
        .map(|c| c.name())
        .unwrap_or_else(|| "?".into())
}

/// Give `cls` and every (transitive) subclass a new version tag after `cls`'s
/// namespace changed: their lookups depend on it. If you mutate a class dict from Rust
/// after start-up, call this.
pub fn invalidate(cls: &Value) {
    let mut work = vec![cls.clone()];
    while let Some(c) = work.pop() {
        if let Some(cd) = c.downcast_ref::<ClassData>() {
            cd.version.set(crate::types::dict::next_version());
            work.extend(cd.subclasses.borrow().iter().cloned());
        }
    }
}

pub fn as_class(v: &Value) -> Option<PyRef<ClassData>> {
    v.downcast::<ClassData>()
}
