//! Specialization: rewriting a warmed-up instruction into a form for the types it
//! actually sees (CPython's `Python/specialize.c`).
//!
//! One `specialize_<family>` per family. Each looks at the operands on the stack,
//! and either fills the inline cache and returns the specialized opcode, or fails
//! with a reason (counted by `-X stats`). The guards of the specialized form
//! (`dispatch.rs`) re-check at run time everything decided here that could change:
//! class and dict-keys versions, shapes, function versions, operand types.

use taipan_bytecode::cache::{self, counter};
use taipan_bytecode::{BinaryOp, CodeFlags, Opcode};

use crate::heap::ObjKind;
use crate::interp::dispatch::{version32, write_u32, write_u64};
use crate::types::class::{self, class_flags, ClassData};
use crate::types::code::CodeData;
use crate::types::descriptor::{MemberData, PropertyData};
use crate::types::dict::DictData;
use crate::types::function::{FunctionData, MethodDescriptorData, MethodKind, NativeFunctionData};
use crate::types::instance::{InstanceData, MAX_SHAPE_SLOTS};
use crate::types::iter::{SeqIterData, SeqKind};
use crate::types::module::ModuleData;
use crate::types::str::StrData;
use crate::value::Value;
use crate::vm::Vm;

/// Misses a specialized instruction may take before it is de-optimised.
const MISS_BUDGET: u16 = 52;

/// Why an instruction was not specialized (a `-X stats` line).
pub type Failure = &'static str;

type Outcome = Result<Opcode, Failure>;

/// Prepare fresh code for the adaptive interpreter (CPython's `_PyCode_Quicken`):
/// arm every adaptive counter, so an instruction is specialized on its second
/// execution and code that runs once pays nothing; and fuse common pairs of
/// local/constant instructions into superinstructions.
pub(crate) fn quicken(units: &[std::cell::Cell<u16>], superinstructions: bool) {
    use Opcode::*;
    let decode = |i: usize| units.get(i).and_then(|u| Opcode::from_u8(u.get() as u8));
    let mut i = 0;
    while let Some(op) = decode(i) {
        if op.cache_entries() > 0 && i + 1 < units.len() {
            units[i + 1].set(counter::WARMUP);
        }
        if superinstructions && op.cache_entries() == 0 {
            let fused = match (op, decode(i + 1)) {
                (LOAD_FAST, Some(LOAD_FAST)) => Some(LOAD_FAST__LOAD_FAST),
                (LOAD_FAST, Some(LOAD_CONST)) => Some(LOAD_FAST__LOAD_CONST),
                (STORE_FAST, Some(LOAD_FAST)) => Some(STORE_FAST__LOAD_FAST),
                (STORE_FAST, Some(STORE_FAST)) => Some(STORE_FAST__STORE_FAST),
                (LOAD_CONST, Some(LOAD_FAST)) => Some(LOAD_CONST__LOAD_FAST),
                _ => None,
            };
            if let Some(f) = fused {
                units[i].set((units[i].get() & 0xFF00) | f as u16);
            }
        }
        i += 1 + op.cache_entries();
    }
}

impl Vm {
    /// Try to specialize the instruction at `ip` (base form `op`), and set its counter:
    /// the miss budget on success, a longer back-off on failure.
    pub(crate) fn specialize(&mut self, code: &CodeData, ip: usize, op: Opcode, oparg: u32) {
        let units = &code.code;
        if !self.specialization_enabled {
            // `-X no_specialize`: stay generic, and ask again only rarely.
            units[ip + 1].set(counter::backoff(0xF000));
            return;
        }
        let outcome = match op {
            Opcode::LOAD_GLOBAL => self.specialize_load_global(code, ip, oparg),
            Opcode::LOAD_ATTR => self.specialize_load_attr(code, ip, oparg),
            Opcode::LOAD_METHOD => self.specialize_load_method(code, ip, oparg),
            Opcode::STORE_ATTR => self.specialize_store_attr(code, ip, oparg),
            Opcode::BINARY_OP => self.specialize_binary_op(oparg),
            Opcode::COMPARE_OP => self.specialize_compare_op(),
            Opcode::BINARY_SUBSCR => self.specialize_binary_subscr(),
            Opcode::STORE_SUBSCR => self.specialize_store_subscr(),
            Opcode::CALL => self.specialize_call(code, ip, oparg),
            Opcode::FOR_ITER => self.specialize_for_iter(),
            Opcode::UNPACK_SEQUENCE => self.specialize_unpack_sequence(oparg),
            _ => Err("not specializable"),
        };
        let c = units[ip + 1].get();
        match outcome {
            Ok(new_op) => {
                let word = units[ip].get();
                units[ip].set((word & 0xFF00) | new_op as u16);
                units[ip + 1].set(MISS_BUDGET);
                if let Some(s) = self.stats.as_deref_mut() {
                    s.success(op);
                }
            }
            Err(reason) => {
                units[ip + 1].set(counter::backoff(c));
                if let Some(s) = self.stats.as_deref_mut() {
                    s.failure(op, reason);
                }
            }
        }
    }

    fn top(&self, n: usize) -> Value {
        self.stack[self.stack.len() - n].clone()
    }

    fn specialize_load_global(&mut self, code: &CodeData, ip: usize, oparg: u32) -> Outcome {
        use cache::load_global as c;
        let units = &code.code[ip + 1..];
        let name = &code.names[(oparg >> 1) as usize];
        let frame = self.frames.last().ok_or("no frame")?;
        let (Some(g), Some(b)) = (
            frame.globals.downcast_ref::<DictData>(),
            frame.builtins.downcast_ref::<DictData>(),
        ) else {
            return Err("globals or builtins not a dict");
        };
        let gv = version32(g.keys_version()).ok_or("keys version out of range")?;
        if let Some(pos) = g.position_of_str(name) {
            let index = u16::try_from(pos).map_err(|_| "index out of range")?;
            units[c::INDEX].set(index);
            write_u32(units, c::MODULE_VERSION, gv);
            return Ok(Opcode::LOAD_GLOBAL_MODULE);
        }
        let pos = b.position_of_str(name).ok_or("name not found")?;
        let index = u16::try_from(pos).map_err(|_| "index out of range")?;
        let bv = version32(b.keys_version()).ok_or("keys version out of range")?;
        units[c::INDEX].set(index);
        write_u32(units, c::MODULE_VERSION, gv);
        write_u32(units, c::BUILTINS_VERSION, bv);
        Ok(Opcode::LOAD_GLOBAL_BUILTIN)
    }

    /// A module attribute: (keys version, entry index).
    fn module_entry(&self, owner: &Value, name: &Value) -> Result<(u32, u16), Failure> {
        let m = owner.downcast_ref::<ModuleData>().ok_or("not a module")?;
        if !owner.header().is_some_and(|h| h.class_is(&self.t.module)) {
            return Err("module subclass");
        }
        let d = m.dict.downcast_ref::<DictData>().ok_or("module dict")?;
        let pos = d.position_of_str(name).ok_or("module attribute missing")?;
        let index = u16::try_from(pos).map_err(|_| "index out of range")?;
        let v = version32(d.keys_version()).ok_or("keys version out of range")?;
        Ok((v, index))
    }

    /// The class of an instance-like owner whose attribute lookup is the generic one,
    /// with its version as a cache stores it.
    fn plain_class(&self, owner: &Value) -> Result<(Value, u32), Failure> {
        let cls = self.type_of(owner);
        let cd = cls.downcast_ref::<ClassData>().ok_or("no class")?;
        if cd.has_flag(class_flags::HAS_GETATTRIBUTE) {
            return Err("__getattribute__ overridden");
        }
        let v = version32(cd.version.get()).ok_or("class version out of range")?;
        Ok((cls, v))
    }

    fn specialize_load_attr(&mut self, code: &CodeData, ip: usize, oparg: u32) -> Outcome {
        use cache::load_attr as c;
        let units = &code.code[ip + 1..];
        let name = &code.names[oparg as usize];
        let owner = self.top(1);
        match owner.kind() {
            Some(ObjKind::Module) => {
                let (v, index) = self.module_entry(&owner, name)?;
                write_u32(units, c::VERSION, v);
                units[c::INDEX].set(index);
                Ok(Opcode::LOAD_ATTR_MODULE)
            }
            Some(ObjKind::Class) => {
                if !owner.header().is_some_and(|h| h.class_is(&self.t.type_)) {
                    return Err("metaclass");
                }
                if class::lookup(self, &self.t.type_, name).is_some() {
                    return Err("attribute of type");
                }
                let cd = owner.downcast_ref::<ClassData>().ok_or("no class")?;
                let v = version32(cd.version.get()).ok_or("class version out of range")?;
                let value = class::lookup(self, &owner, name).ok_or("class attribute missing")?;
                // Values that `type.__getattribute__` returns as they are.
                let plain = match value.kind() {
                    None => true,
                    Some(k) => {
                        matches!(
                            k,
                            ObjKind::Function
                                | ObjKind::Property
                                | ObjKind::Str
                                | ObjKind::Int
                                | ObjKind::Float
                                | ObjKind::Tuple
                                | ObjKind::List
                                | ObjKind::Dict
                                | ObjKind::Set
                                | ObjKind::Bytes
                        ) || (k == ObjKind::Class
                            && value.header().is_some_and(|h| h.class_is(&self.t.type_)))
                    }
                };
                if !plain {
                    return Err("class attribute is a descriptor");
                }
                write_u32(units, c::VERSION, v);
                write_u64(units, c::OBJECT, value.raw_bits());
                Ok(Opcode::LOAD_ATTR_CLASS)
            }
            Some(ObjKind::Instance) => {
                let (cls, v) = self.plain_class(&owner)?;
                let cd = cls.downcast_ref::<ClassData>().ok_or("no class")?;
                let inst = owner
                    .downcast_ref::<InstanceData>()
                    .ok_or("not an instance")?;
                let descr = class::lookup(self, &cls, name);
                if let Some(d) = &descr {
                    if let Some(m) = d.downcast_ref::<MemberData>() {
                        let index = u16::try_from(m.index).map_err(|_| "slot index")?;
                        write_u32(units, c::VERSION, v);
                        units[c::INDEX].set(index);
                        return Ok(Opcode::LOAD_ATTR_SLOT);
                    }
                    if let Some(p) = d.downcast_ref::<PropertyData>() {
                        if cd.has_flag(class_flags::HAS_GETATTR) {
                            return Err("property with __getattr__");
                        }
                        let fget = p.fget.borrow().clone();
                        let simple = fget.downcast_ref::<FunctionData>().is_some_and(|f| {
                            f.code.argcount == 1
                                && f.code.kwonlyargcount == 0
                                && !f.code.flags.contains(CodeFlags::VARARGS)
                                && !f.code.flags.contains(CodeFlags::VARKEYWORDS)
                        });
                        if !simple {
                            return Err("property getter not a simple function");
                        }
                        write_u32(units, c::VERSION, v);
                        write_u64(units, c::OBJECT, d.raw_bits());
                        return Ok(Opcode::LOAD_ATTR_PROPERTY);
                    }
                    if self.is_data_descriptor(d) {
                        return Err("data descriptor");
                    }
                }
                if inst.has_dict() {
                    return Err("instance has a __dict__");
                }
                let shape = inst.shape();
                if shape.id == 0 {
                    return Err("shape id out of range");
                }
                let Some(i) = shape.index_of(name) else {
                    return Err(if descr.is_some() {
                        "class attribute through an instance"
                    } else {
                        "attribute missing"
                    });
                };
                if inst.slot(i).is_none_or(|v| v.is_null()) {
                    return Err("attribute deleted");
                }
                let index = u16::try_from(i).map_err(|_| "slot index")?;
                write_u32(units, c::VERSION, v);
                write_u32(units, c::SHAPE, shape.id);
                units[c::INDEX].set(index);
                Ok(Opcode::LOAD_ATTR_INSTANCE_VALUE)
            }
            _ => Err("owner type"),
        }
    }

    fn specialize_load_method(&mut self, code: &CodeData, ip: usize, oparg: u32) -> Outcome {
        use cache::load_method as c;
        let units = &code.code[ip + 1..];
        let name = &code.names[oparg as usize];
        let owner = self.top(1);
        match owner.kind() {
            Some(ObjKind::Module) => {
                let (v, index) = self.module_entry(&owner, name)?;
                write_u32(units, c::VERSION, v);
                units[c::SHAPE].set(index);
                return Ok(Opcode::LOAD_METHOD_MODULE);
            }
            None => return Err("immediate owner"),
            Some(ObjKind::Class) => return Err("class owner"),
            Some(ObjKind::Function) | Some(ObjKind::Exception) => {
                return Err("owner with a __dict__")
            }
            _ => {}
        }
        let (cls, v) = self.plain_class(&owner)?;
        let method = class::lookup(self, &cls, name).ok_or("not found on the class")?;
        let is_method = match method.kind() {
            Some(ObjKind::Function) => true,
            Some(ObjKind::MethodDescriptor) => method
                .downcast_ref::<MethodDescriptorData>()
                .is_some_and(|d| d.kind == MethodKind::Instance),
            _ => false,
        };
        if !is_method {
            return Err("not a method");
        }
        if let Some(inst) = owner.downcast_ref::<InstanceData>() {
            if inst.has_dict() {
                return Err("instance has a __dict__");
            }
            let shape = inst.shape();
            if shape.id == 0 {
                return Err("shape id out of range");
            }
            if shape.index_of(name).is_some() {
                return Err("shadowed by an instance attribute");
            }
            write_u32(units, c::VERSION, v);
            write_u32(units, c::SHAPE, shape.id);
            write_u64(units, c::OBJECT, method.raw_bits());
            return Ok(Opcode::LOAD_METHOD_WITH_VALUES);
        }
        write_u32(units, c::VERSION, v);
        write_u64(units, c::OBJECT, method.raw_bits());
        Ok(Opcode::LOAD_METHOD_NO_DICT)
    }

    fn specialize_store_attr(&mut self, code: &CodeData, ip: usize, oparg: u32) -> Outcome {
        use cache::store_attr as c;
        let units = &code.code[ip + 1..];
        let name = &code.names[oparg as usize];
        let owner = self.top(1);
        let inst = owner.downcast_ref::<InstanceData>().ok_or("owner type")?;
        let (cls, v) = self.plain_class(&owner)?;
        let cd = cls.downcast_ref::<ClassData>().ok_or("no class")?;
        if class::lookup(self, &cls, &self.n.__setattr__)
            .is_some_and(|sa| sa.kind() == Some(ObjKind::Function))
        {
            return Err("__setattr__ overridden");
        }
        if let Some(d) = class::lookup(self, &cls, name) {
            if let Some(m) = d.downcast_ref::<MemberData>() {
                let index = u16::try_from(m.index).map_err(|_| "slot index")?;
                write_u32(units, c::VERSION, v);
                units[c::INDEX].set(index);
                return Ok(Opcode::STORE_ATTR_SLOT);
            }
            if self.is_data_descriptor(&d) {
                return Err("data descriptor");
            }
        }
        if inst.has_dict() {
            return Err("instance has a __dict__");
        }
        let shape = inst.shape();
        if shape.id == 0 {
            return Err("shape id out of range");
        }
        if let Some(i) = shape.index_of(name) {
            let index = u16::try_from(i).map_err(|_| "slot index")?;
            write_u32(units, c::VERSION, v);
            write_u32(units, c::SHAPE, shape.id);
            units[c::INDEX].set(index);
            return Ok(Opcode::STORE_ATTR_INSTANCE_VALUE);
        }
        if cd.has_flag(class_flags::NO_DICT) || !cd.has_flag(class_flags::HEAPTYPE) {
            return Err("no instance attributes");
        }
        if shape.names.len() >= MAX_SHAPE_SLOTS || inst.slot_count() != shape.names.len() {
            return Err("shape full");
        }
        if name.downcast_ref::<StrData>().is_none() {
            return Err("name");
        }
        // Make the transition now; the specialized form sets the next shape's id.
        let next = shape.with_added(name);
        let index = u16::try_from(shape.names.len()).map_err(|_| "slot index")?;
        write_u32(units, c::VERSION, v);
        write_u32(units, c::SHAPE, shape.id);
        units[c::INDEX].set(index);
        write_u32(units, c::OBJECT, next.id);
        Ok(Opcode::STORE_ATTR_INSTANCE_ADD)
    }

    fn is_exact_str(&self, v: &Value) -> bool {
        v.downcast_ref::<StrData>().is_some() && v.header().is_some_and(|h| h.class_is(&self.t.str))
    }

    fn specialize_binary_op(&mut self, oparg: u32) -> Outcome {
        use BinaryOp::*;
        let (a, b) = (self.top(2), self.top(1));
        let bop = BinaryOp::from_arg(oparg).ok_or("operator")?.base();
        if a.is_small_int() && b.is_small_int() {
            return Ok(match bop {
                Add => Opcode::BINARY_OP_ADD_INT,
                Subtract => Opcode::BINARY_OP_SUBTRACT_INT,
                Multiply => Opcode::BINARY_OP_MULTIPLY_INT,
                TrueDivide => Opcode::BINARY_OP_TRUE_DIVIDE_FLOAT,
                FloorDivide | Remainder | And | Or | Xor | Lshift | Rshift => {
                    Opcode::BINARY_OP_INT_OTHER
                }
                _ => return Err("int operator"),
            });
        }
        let numeric = |v: &Value| v.as_imm_float().is_some() || v.is_small_int();
        if numeric(&a) && numeric(&b) {
            return Ok(match bop {
                Add => Opcode::BINARY_OP_ADD_FLOAT,
                Subtract => Opcode::BINARY_OP_SUBTRACT_FLOAT,
                Multiply => Opcode::BINARY_OP_MULTIPLY_FLOAT,
                TrueDivide => Opcode::BINARY_OP_TRUE_DIVIDE_FLOAT,
                _ => return Err("float operator"),
            });
        }
        if bop == Add && self.is_exact_str(&a) && self.is_exact_str(&b) {
            return Ok(Opcode::BINARY_OP_ADD_UNICODE);
        }
        Err("operand types")
    }

    fn specialize_compare_op(&mut self) -> Outcome {
        let (a, b) = (self.top(2), self.top(1));
        if a.is_small_int() && b.is_small_int() {
            return Ok(Opcode::COMPARE_OP_INT);
        }
        let numeric = |v: &Value| v.as_imm_float().is_some() || v.is_small_int();
        if numeric(&a) && numeric(&b) {
            return Ok(Opcode::COMPARE_OP_FLOAT);
        }
        if self.is_exact_str(&a) && self.is_exact_str(&b) {
            return Ok(Opcode::COMPARE_OP_STR);
        }
        Err("operand types")
    }

    fn specialize_binary_subscr(&mut self) -> Outcome {
        let (container, key) = (self.top(2), self.top(1));
        match container.kind() {
            Some(ObjKind::List) if key.is_small_int() => Ok(Opcode::BINARY_SUBSCR_LIST_INT),
            Some(ObjKind::Tuple) if key.is_small_int() => Ok(Opcode::BINARY_SUBSCR_TUPLE_INT),
            Some(ObjKind::Array) if key.is_small_int() => Ok(Opcode::BINARY_SUBSCR_ARRAY_INT),
            Some(ObjKind::Dict) if container.header().is_some_and(|h| h.class_is(&self.t.dict)) => {
                Ok(Opcode::BINARY_SUBSCR_DICT)
            }
            _ => Err("container or key type"),
        }
    }

    fn specialize_store_subscr(&mut self) -> Outcome {
        let (container, key) = (self.top(2), self.top(1));
        match container.kind() {
            Some(ObjKind::List) if key.is_small_int() => Ok(Opcode::STORE_SUBSCR_LIST_INT),
            Some(ObjKind::Array) if key.is_small_int() => Ok(Opcode::STORE_SUBSCR_ARRAY_INT),
            Some(ObjKind::Dict) if container.header().is_some_and(|h| h.class_is(&self.t.dict)) => {
                Ok(Opcode::STORE_SUBSCR_DICT)
            }
            _ => Err("container or key type"),
        }
    }

    fn specialize_call(&mut self, code: &CodeData, ip: usize, oparg: u32) -> Outcome {
        let units = &code.code[ip + 1..];
        if !self.pending_kwnames.is_null() {
            return Err("keyword arguments");
        }
        let argc = oparg as usize;
        let n = self.stack.len();
        let is_method = !self.stack[n - argc - 2].is_null();
        let callable = if is_method {
            self.top(argc + 2)
        } else {
            self.top(argc + 1)
        };
        let mut nargs = argc + is_method as usize;
        let mut callable = callable;
        if !is_method {
            // A bound method of a Python function: CALL_PY_* unpacks it.
            let func = callable
                .downcast_ref::<crate::types::function::BoundMethodData>()
                .map(|b| b.func.clone());
            if let Some(func) = func.filter(|f| f.downcast_ref::<FunctionData>().is_some()) {
                callable = func;
                nargs += 1;
            }
        }
        if let Some(f) = callable.downcast_ref::<FunctionData>() {
            let fc = &f.code;
            if fc.kwonlyargcount != 0
                || fc.flags.contains(CodeFlags::VARARGS)
                || fc.flags.contains(CodeFlags::VARKEYWORDS)
            {
                return Err("function signature");
            }
            let argcount = fc.argcount as usize;
            let form = if nargs == argcount {
                Opcode::CALL_PY_EXACT_ARGS
            } else {
                let ndefaults = f
                    .defaults
                    .borrow()
                    .downcast_ref::<crate::types::tuple::TupleData>()
                    .map_or(0, |t| t.len());
                if nargs > argcount || nargs + ndefaults < argcount {
                    return Err("argument count");
                }
                Opcode::CALL_PY_WITH_DEFAULTS
            };
            let v = f.version_for_cache();
            if v == 0 {
                return Err("function version out of range");
            }
            write_u32(units, cache::call::VERSION, v);
            return Ok(form);
        }
        if !is_method && argc == 1 && callable.is(&self.builtin_len) {
            return Ok(Opcode::CALL_NO_KW_LEN);
        }
        if !is_method && argc == 2 && callable.is(&self.builtin_isinstance) {
            return Ok(Opcode::CALL_NO_KW_ISINSTANCE);
        }
        if is_method
            && argc == 1
            && callable.is(&self.list_append)
            && self.top(2).kind() == Some(ObjKind::List)
        {
            return Ok(Opcode::CALL_NO_KW_LIST_APPEND);
        }
        if callable.downcast_ref::<NativeFunctionData>().is_some() {
            return Ok(Opcode::CALL_BUILTIN);
        }
        if !is_method && argc == 1 && callable.is(&self.t.type_) {
            return Ok(Opcode::CALL_NO_KW_TYPE_1);
        }
        if let Some(d) = callable.downcast_ref::<MethodDescriptorData>() {
            let self_ = self.top(argc + 1);
            if d.kind == MethodKind::Instance && is_method && self.is_instance(&self_, &d.owner) {
                return Ok(Opcode::CALL_BUILTIN);
            }
            return Err("method descriptor");
        }
        if callable.kind() == Some(ObjKind::Class) && !is_method {
            return self.specialize_class_call(units, &callable, argc);
        }
        Err(match callable.kind() {
            Some(ObjKind::Class) => "class",
            Some(ObjKind::BoundMethod) => "bound method",
            _ => "callable type",
        })
    }

    /// `C(args)` for a plain class: `object.__new__`, then a Python `__init__` taking
    /// exactly the arguments given, entered as a frame of this loop.
    fn specialize_class_call(
        &mut self,
        units: &[std::cell::Cell<u16>],
        cls: &Value,
        argc: usize,
    ) -> Outcome {
        use crate::types::class::Layout;
        use crate::types::class_methods::is_object_slot;
        if !cls.header().is_some_and(|h| h.class_is(&self.t.type_)) {
            return Err("class with a metaclass");
        }
        let cd = cls.downcast_ref::<ClassData>().ok_or("no class")?;
        if cd.layout.get() != Layout::Object || !cd.has_flag(class_flags::HEAPTYPE) {
            return Err("class layout");
        }
        let new = class::lookup(self, cls, &self.n.__new__);
        if !new.is_some_and(|n| is_object_slot(self, &n, "__new__")) {
            return Err("class overrides __new__");
        }
        let abstract_methods = class::lookup(self, cls, &self.n.__abstractmethods__);
        if abstract_methods.is_some() {
            return Err("abstract class");
        }
        let init = class::lookup(self, cls, &self.n.__init__).ok_or("no __init__")?;
        let f = init
            .downcast_ref::<FunctionData>()
            .ok_or("__init__ not a Python function")?;
        let fc = &f.code;
        if fc.kwonlyargcount != 0
            || fc.argcount as usize != argc + 1
            || fc.flags.contains(CodeFlags::VARARGS)
            || fc.flags.contains(CodeFlags::VARKEYWORDS)
            || fc.is_generator()
        {
            return Err("__init__ signature");
        }
        let v = version32(cd.version.get()).ok_or("class version out of range")?;
        write_u32(units, cache::call::VERSION, v);
        write_u64(units, cache::call::OBJECT, init.raw_bits());
        Ok(Opcode::CALL_ALLOC_AND_ENTER_INIT)
    }

    fn specialize_for_iter(&mut self) -> Outcome {
        let it = self.top(1);
        match it.kind() {
            Some(ObjKind::RangeIter) => Ok(Opcode::FOR_ITER_RANGE),
            Some(ObjKind::SeqIter) => match it.downcast_ref::<SeqIterData>().map(|s| s.kind) {
                Some(SeqKind::List) => Ok(Opcode::FOR_ITER_LIST),
                Some(SeqKind::Tuple) => Ok(Opcode::FOR_ITER_TUPLE),
                _ => Err("sequence iterator kind"),
            },
            Some(ObjKind::Generator)
                if it.header().is_some_and(|h| h.class_is(&self.t.generator)) =>
            {
                Ok(Opcode::FOR_ITER_GEN)
            }
            Some(ObjKind::Generator) => Err("coroutine or async generator"),
            _ => Err("iterator type"),
        }
    }

    fn specialize_unpack_sequence(&mut self, oparg: u32) -> Outcome {
        let seq = self.top(1);
        let n = oparg as usize;
        match seq.kind() {
            Some(ObjKind::Tuple)
                if seq
                    .downcast_ref::<crate::types::tuple::TupleData>()
                    .is_some_and(|t| t.len() == n) =>
            {
                Ok(if n == 2 {
                    Opcode::UNPACK_SEQUENCE_TWO_TUPLE
                } else {
                    Opcode::UNPACK_SEQUENCE_TUPLE
                })
            }
            Some(ObjKind::List)
                if seq
                    .downcast_ref::<crate::types::list::ListData>()
                    .is_some_and(|l| l.len() == n) =>
            {
                Ok(Opcode::UNPACK_SEQUENCE_LIST)
            }
            _ => Err("sequence type or length"),
        }
    }
}
