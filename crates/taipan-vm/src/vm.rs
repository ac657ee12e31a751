//! The `Vm`: all interpreter state, and constructors for common values.
//!
//! One `Vm` runs on one thread. It owns the contiguous value stack and frame stack
//! (`interp/`), the builtin classes, the interned-string table, `sys.modules`, and the
//! currently handled exception.

use std::collections::HashMap;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::errors::PyErr;
use crate::heap::{self, ObjKind};
use crate::interp::frame::Frame;
use crate::types::class::{self, ClassData};
use crate::types::dict::DictData;
use crate::types::exception::ExceptionData;
use crate::types::int::BigIntData;
use crate::types::list::ListData;
use crate::types::str::StrData;
use crate::types::tuple::TupleData;
use crate::types::BuiltinTypes;
use crate::value::{Imm, Value};

/// Start-up options (what CPython's command line and environment decide).
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Directories searched by `import` after the script's own (`PYTHONPATH`).
    pub path: Vec<String>,
    /// `-X no_debug_ranges` / `PYTHONNODEBUGRANGES`.
    pub no_debug_ranges: bool,
    /// `-X` options as given.
    pub xoptions: Vec<String>,
    /// `-W` options as given.
    pub warnoptions: Vec<String>,
    /// `sys.executable`.
    pub executable: String,
    /// `-u`: unbuffered stdout.
    pub unbuffered: bool,
    /// Keep every compiled code object until exit (`taipan --dis=adaptive`), as
    /// `-X specialization-report` also does; see `interp::report`.
    pub keep_code_objects: bool,
}

macro_rules! names {
    ($($field:ident = $s:expr,)*) => {
        /// Interned strings the VM looks up often.
        pub struct Names { $(pub $field: Value,)* }
        impl Names {
            fn new(vm: &mut Vm) -> Names { Names { $($field: vm.intern($s),)* } }
            fn empty() -> Names { Names { $($field: Value::NULL,)* } }
        }
    };
}

names! {
    __init__ = "__init__", __new__ = "__new__", __repr__ = "__repr__", __str__ = "__str__",
    __call__ = "__call__", __getattr__ = "__getattr__", __getattribute__ = "__getattribute__",
    __setattr__ = "__setattr__", __delattr__ = "__delattr__", __get__ = "__get__",
    __set__ = "__set__", __delete__ = "__delete__", __iter__ = "__iter__", __next__ = "__next__",
    __len__ = "__len__", __getitem__ = "__getitem__", __setitem__ = "__setitem__",
    __delitem__ = "__delitem__", __contains__ = "__contains__", __bool__ = "__bool__",
    __hash__ = "__hash__", __eq__ = "__eq__", __ne__ = "__ne__", __lt__ = "__lt__",
    __le__ = "__le__", __gt__ = "__gt__", __ge__ = "__ge__", __enter__ = "__enter__",
    __exit__ = "__exit__", __name__ = "__name__", __qualname__ = "__qualname__",
    __module__ = "__module__", __doc__ = "__doc__", __dict__ = "__dict__", __class__ = "__class__",
    __builtins__ = "__builtins__", __file__ = "__file__", __package__ = "__package__",
    __path__ = "__path__", __spec__ = "__spec__", __loader__ = "__loader__",
    __init_subclass__ = "__init_subclass__", __set_name__ = "__set_name__",
    __class_getitem__ = "__class_getitem__", __mro_entries__ = "__mro_entries__",
    __prepare__ = "__prepare__", __index__ = "__index__", __int__ = "__int__",
    __float__ = "__float__", __complex__ = "__complex__", __format__ = "__format__",
    __missing__ = "__missing__", __reversed__ = "__reversed__", __neg__ = "__neg__",
    __pos__ = "__pos__", __abs__ = "__abs__", __invert__ = "__invert__", __round__ = "__round__",
    __trunc__ = "__trunc__", __floor__ = "__floor__", __ceil__ = "__ceil__", __slots__ = "__slots__",
    __annotations__ = "__annotations__", __classcell__ = "__classcell__",
    __match_args__ = "__match_args__", __bytes__ = "__bytes__", __length_hint__ = "__length_hint__",
    __instancecheck__ = "__instancecheck__", __subclasscheck__ = "__subclasscheck__",
    __all__ = "__all__", __main__ = "__main__", __del__ = "__del__", __abstractmethods__ = "__abstractmethods__",
    __cause__ = "__cause__", __context__ = "__context__", __traceback__ = "__traceback__",
    __suppress_context__ = "__suppress_context__", __orig_bases__ = "__orig_bases__",
    __weakref__ = "__weakref__", __mro__ = "__mro__", __bases__ = "__bases__", __base__ = "__base__",
    __self__ = "__self__", __func__ = "__func__", __wrapped__ = "__wrapped__",
    __divmod__ = "__divmod__", __rdivmod__ = "__rdivmod__", __pow__ = "__pow__",
    args = "args", send = "send", throw = "throw", close = "close", keys = "keys",
    write = "write", flush = "flush", readline = "readline", end = "end", sep = "sep", file = "file",
    empty = "", builtins = "builtins",
}

pub struct Vm {
    pub t: BuiltinTypes,
    pub n: Names,
    /// The contiguous value stack: every frame's localsplus and evaluation stack.
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    /// The `builtins` module and its dict.
    pub builtins_module: Value,
    pub builtins: Value,
    /// `sys.modules`.
    pub modules: Value,
    pub sys: Value,
    interned: HashMap<Box<str>, Value>,
    pub recursion_limit: usize,
    /// Depth of Rust-level re-entry into the interpreter (native → Python calls).
    pub native_depth: usize,
    /// Lowest stack address we allow before raising RecursionError.
    pub stack_floor: usize,
    /// The exception being handled (`sys.exc_info()`), or None.
    pub exc_info: Value,
    pub config: Config,
    /// Binary operator dunder names by `BinaryOp` arg: (normal, reflected, in-place).
    pub binop_names: Vec<(Value, Value, Value)>,
    /// `[__lt__, __le__, __eq__, __ne__, __gt__, __ge__]`.
    pub compare_names: Vec<Value>,
    /// Keyword names set by `KW_NAMES` for the next `CALL`.
    pub(crate) pending_kwnames: Value,
    /// The error being unwound is a re-raise (no new traceback entry for this frame).
    pub(crate) reraising: bool,
    /// The value of the last StopIteration swallowed by `next` (for `yield from`).
    pub(crate) last_stop_value: Value,
    /// Containers whose repr is being computed (guards `[[...]]` recursion).
    pub(crate) repr_stack: Vec<u64>,
    /// The type attribute cache (see `types::class::lookup`), on once start-up is done.
    pub(crate) type_cache: std::cell::RefCell<Vec<crate::types::class::TypeCacheEntry>>,
    pub(crate) type_cache_enabled: bool,
    /// `-X stats`: specialization counters (None: not collected, no cost).
    pub stats: Option<Box<crate::interp::stats::Stats>>,
    /// Off with `-X no_specialize` (to compare, or to rule the specializer out).
    pub specialization_enabled: bool,
    /// Every compilation unit compiled, with its source (None unless
    /// `-X specialization-report` or `Config::keep_code_objects`: no cost otherwise).
    pub code_registry: Option<Vec<crate::interp::report::CompiledUnit>>,
    /// `-X specialization-report=PATH`: where to write the HTML report at exit.
    pub specialization_report: Option<String>,
    /// Builtins the `CALL_NO_KW_*` forms recognise by identity.
    pub(crate) builtin_len: Value,
    pub(crate) builtin_isinstance: Value,
    pub(crate) list_append: Value,
}

impl Vm {
    pub fn new(config: Config) -> Vm {
        let mut vm = Vm {
            t: BuiltinTypes::empty(),
            n: Names::empty(),
            stack: Vec::with_capacity(1 << 16),
            frames: Vec::with_capacity(256),
            builtins_module: Value::NULL,
            builtins: Value::NULL,
            modules: Value::NULL,
            sys: Value::NULL,
            interned: HashMap::new(),
            recursion_limit: 1000,
            native_depth: 0,
            stack_floor: 0,
            exc_info: Value::NONE,
            config,
            binop_names: Vec::new(),
            compare_names: Vec::new(),
            pending_kwnames: Value::NULL,
            reraising: false,
            last_stop_value: Value::NONE,
            repr_stack: Vec::new(),
            type_cache: std::cell::RefCell::new(vec![
                Default::default();
                crate::types::class::TYPE_CACHE_SIZE
            ]),
            type_cache_enabled: false,
            stats: None,
            specialization_enabled: true,
            code_registry: None,
            specialization_report: None,
            builtin_len: Value::NULL,
            builtin_isinstance: Value::NULL,
            list_append: Value::NULL,
        };
        crate::types::create_builtin_types(&mut vm);
        crate::heap::set_float_class(&vm.t.float);
        vm.n = Names::new(&mut vm);
        vm.binop_names = crate::protocol::number::binop_dunders(&mut vm);
        vm.compare_names = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
            .iter()
            .map(|s| vm.intern(s))
            .collect();
        crate::types::init_methods(&mut vm);
        vm.modules = vm.new_dict();
        crate::builtins::init(&mut vm);
        crate::modules::init(&mut vm);
        // Builtin classes are complete: from here on class namespaces change only
        // through paths that call `class::invalidate`.
        vm.type_cache_enabled = true;
        vm.specialization_enabled = !vm.config.xoptions.iter().any(|x| x == "no_specialize");
        if vm.config.xoptions.iter().any(|x| x == "stats") {
            vm.stats = Some(Box::new(crate::interp::stats::Stats::new()));
        }
        vm.specialization_report = vm.config.xoptions.iter().find_map(|x| {
            let rest = x.strip_prefix("specialization-report")?;
            match rest.strip_prefix('=') {
                Some(path) => Some(path.to_string()),
                None if rest.is_empty() => Some(String::new()),
                None => None,
            }
        });
        if vm.specialization_report.is_some() || vm.config.keep_code_objects {
            vm.code_registry = Some(Vec::new());
        }
        let b = vm.builtins.clone();
        let bd = b.downcast_ref::<crate::types::dict::DictData>().unwrap();
        let (len_k, isinstance_k, append_k) = (
            vm.intern("len"),
            vm.intern("isinstance"),
            vm.intern("append"),
        );
        vm.builtin_len = bd.get_str(&vm, &len_k).unwrap_or(Value::NULL);
        vm.builtin_isinstance = bd.get_str(&vm, &isinstance_k).unwrap_or(Value::NULL);
        let list_cls = vm.t.list.clone();
        vm.list_append =
            crate::types::class::lookup(&vm, &list_cls, &append_k).unwrap_or(Value::NULL);
        vm
    }

    /// The interned `str` for `s` (attribute and global names).
    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(v) = self.interned.get(s) {
            return v.clone();
        }
        let v = heap::alloc(&self.t.str, StrData::new(s));
        heap::make_immortal(&v);
        if let Some(h) = v.header() {
            h.set_flag(heap::flags::INTERNED);
        }
        self.interned.insert(s.into(), v.clone());
        v
    }

    /// Intern an existing str value (returns the canonical object).
    pub fn intern_value(&mut self, v: &Value) -> Value {
        match v.downcast_ref::<StrData>() {
            Some(s) => {
                if v.header()
                    .is_some_and(|h| h.flags() & heap::flags::INTERNED != 0)
                {
                    return v.clone();
                }
                let s = s.as_str().to_string();
                self.intern(&s)
            }
            None => v.clone(),
        }
    }

    // ----- constructors -------------------------------------------------------------

    pub fn new_str(&self, s: impl Into<Box<str>>) -> Value {
        heap::alloc(&self.t.str, StrData::new(s))
    }
    pub fn new_int(&self, i: i64) -> Value {
        Value::small_int(i).unwrap_or_else(|| heap::alloc(&self.t.int, BigIntData(BigInt::from(i))))
    }
    pub fn new_bigint(&self, b: BigInt) -> Value {
        if let Some(i) = b.to_i64() {
            if let Some(v) = Value::small_int(i) {
                return v;
            }
        }
        heap::alloc(&self.t.int, BigIntData(b))
    }
    pub fn new_usize(&self, n: usize) -> Value {
        self.new_int(n as i64)
    }
    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        heap::alloc(&self.t.tuple, TupleData::new(items))
    }
    pub fn new_list(&self, items: Vec<Value>) -> Value {
        heap::alloc(&self.t.list, ListData::new(items))
    }
    pub fn new_dict(&self) -> Value {
        heap::alloc(&self.t.dict, DictData::new())
    }
    pub fn empty_tuple(&self) -> Value {
        self.new_tuple(Vec::new())
    }

    // ----- types --------------------------------------------------------------------

    /// `type(v)`.
    #[inline]
    pub fn type_of(&self, v: &Value) -> Value {
        match v.imm() {
            Imm::Heap => v.header().map(|h| h.class()).unwrap_or(Value::NULL),
            Imm::Int(_) => self.t.int.clone(),
            Imm::Float(_) => self.t.float.clone(),
            Imm::Bool(_) => self.t.bool.clone(),
            Imm::None => self.t.none_type.clone(),
            Imm::NotImplemented => self.t.not_implemented_type.clone(),
            Imm::Ellipsis => self.t.ellipsis_type.clone(),
            Imm::Null => self.t.none_type.clone(),
        }
    }

    /// `type(v).__name__`.
    pub fn type_name(&self, v: &Value) -> String {
        class::class_name(&self.type_of(v))
    }

    /// `isinstance(v, cls)` by MRO (no `__instancecheck__`).
    pub fn is_instance(&self, v: &Value, cls: &Value) -> bool {
        if let Some(h) = v.header() {
            if h.class_is(cls) {
                return true;
            }
        }
        class::is_subclass(&self.type_of(v), cls)
    }

    /// Whether `v.__class__` may differ from `type(v)`: its type overrides
    /// `__class__` or `__getattribute__` (`isinstance` then consults `__class__`).
    pub fn class_attr_overridden(&self, v: &Value) -> bool {
        let cls = self.type_of(v);
        let Some(cd) = cls.downcast_ref::<class::ClassData>() else {
            return false;
        };
        if cd.has_flag(class::class_flags::HAS_GETATTRIBUTE) {
            return true;
        }
        let found = class::lookup(self, &cls, &self.n.__class__);
        let default = class::lookup(self, &self.t.object, &self.n.__class__);
        match (found, default) {
            (Some(f), Some(d)) => !f.is(&d),
            _ => true,
        }
    }

    /// `isinstance(v, cls)` for a class whose metaclass is `type`, when it can be
    /// answered without running Python code (None: call `isinstance` itself).
    pub fn isinstance_fast(&self, v: &Value, cls: &Value) -> Option<bool> {
        if self.is_instance(v, cls) {
            Some(true)
        } else if self.class_attr_overridden(v) {
            None
        } else {
            Some(false)
        }
    }

    pub fn is_class(&self, v: &Value) -> bool {
        v.kind() == Some(ObjKind::Class)
    }

    pub fn class_data<'a>(&self, v: &'a Value) -> Option<&'a ClassData> {
        v.downcast_ref::<ClassData>()
    }

    // ----- exceptions ---------------------------------------------------------------

    /// Instantiate exception class `cls` with `args` (no Python `__init__` runs: for
    /// builtin exceptions raised by the VM itself).
    pub fn new_exception(&mut self, cls: &Value, args: Vec<Value>) -> PyErr {
        let args = self.new_tuple(args);
        let data = ExceptionData {
            args: std::cell::RefCell::new(args),
            traceback: std::cell::RefCell::new(Value::NONE),
            cause: std::cell::RefCell::new(Value::NONE),
            context: std::cell::RefCell::new(Value::NONE),
            ..Default::default()
        };
        PyErr(heap::alloc(cls, data))
    }

    pub fn new_exception_msg(&mut self, cls: &Value, msg: String) -> PyErr {
        let s = self.new_str(msg);
        self.new_exception(cls, vec![s])
    }

    /// Record the object and name of an AttributeError (for "Did you mean" later).
    pub fn set_attr_error_context(&mut self, err: &PyErr, obj: &Value, name: &str) {
        if let Some(e) = err.0.downcast_ref::<ExceptionData>() {
            let d = {
                let mut d = e.dict.borrow_mut();
                if d.is_null() {
                    *d = self.new_dict();
                }
                d.clone()
            };
            let dd = d.downcast_ref::<DictData>().unwrap();
            let k = self.intern("name");
            let nv = self.new_str(name);
            dd.set_str(k, nv);
            let k = self.intern("obj");
            dd.set_str(k, obj.clone());
        }
    }

    /// A Taipan bug reported as a Python `SystemError` rather than a crash.
    pub fn internal_error(&mut self, what: impl std::fmt::Display) -> PyErr {
        self.system_error(format!("Taipan internal error: {}", what))
    }

    /// The StopIteration value recorded by the last exhausted `next`.
    pub fn take_stop_value(&mut self) -> Value {
        std::mem::replace(&mut self.last_stop_value, Value::NONE)
    }

    /// Guard against Rust stack exhaustion in recursive native code (repr of nested
    /// containers, comparisons, native → Python calls).
    #[inline]
    pub fn check_stack(&mut self) -> Result<(), PyErr> {
        let marker = 0u8;
        let sp = &marker as *const u8 as usize;
        if sp < self.stack_floor {
            return Err(self.recursion_error("maximum recursion depth exceeded"));
        }
        Ok(())
    }
}
