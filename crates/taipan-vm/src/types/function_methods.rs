//! Attributes and methods of function-like objects: `function`, `method` (bound
//! methods), `builtin_function_or_method`, `method_descriptor`, `code` and `cell`
//! (CPython's `Objects/funcobject.c`, `classobject.c`, `methodobject.c`,
//! `descrobject.c`, `codeobject.c`, `cellobject.c`).

use taipan_bytecode::LocalKind;

use crate::args::Args;
use crate::errors::PyResult;
use crate::heap;
use crate::types::class::{self, class_flags, ClassData};
use crate::types::code::CodeData;
use crate::types::dict::DictData;
use crate::types::function::{
    BoundMethodData, CellData, FunctionData, MethodDescriptorData, MethodKind, NativeFunctionData,
};
use crate::types::str::StrData;
use crate::types::tuple::TupleData;
use crate::value::Value;
use crate::vm::Vm;

fn addr(v: &Value) -> String {
    format!("{:#x}", v.raw_bits() & 0xFFFF_FFFF_FFFF)
}

fn str_of(v: &Value) -> String {
    v.downcast_ref::<StrData>()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default()
}

fn descr_error(vm: &mut Vm, want: &str, got: &Value) -> crate::errors::PyErr {
    let tn = vm.type_name(got);
    vm.type_error(format!(
        "descriptor requires a '{}' object but received a '{}'",
        want, tn
    ))
}

fn func<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a FunctionData> {
    match v.downcast_ref::<FunctionData>() {
        Some(f) => Ok(f),
        None => Err(descr_error(vm, "function", v)),
    }
}

fn null_to_none(v: Value) -> Value {
    if v.is_null() {
        Value::NONE
    } else {
        v
    }
}

// ----- function -----------------------------------------------------------------

fn f_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(func(vm, v)?.name.borrow().clone())
}
fn f_set_name(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let f = func(vm, v)?;
    if x.downcast_ref::<StrData>().is_none() {
        return Err(vm.type_error("__name__ must be set to a string object"));
    }
    *f.name.borrow_mut() = x;
    Ok(())
}
fn f_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(func(vm, v)?.qualname.borrow().clone())
}
fn f_set_qualname(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let f = func(vm, v)?;
    if x.downcast_ref::<StrData>().is_none() {
        return Err(vm.type_error("__qualname__ must be set to a string object"));
    }
    *f.qualname.borrow_mut() = x;
    Ok(())
}
fn f_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(null_to_none(func(vm, v)?.doc.borrow().clone()))
}
fn f_set_doc(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    *func(vm, v)?.doc.borrow_mut() = x;
    Ok(())
}
fn f_defaults(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(null_to_none(func(vm, v)?.defaults.borrow().clone()))
}
fn f_set_defaults(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let f = func(vm, v)?;
    let x = if x.is_none() {
        Value::NULL
    } else if x.downcast_ref::<TupleData>().is_some() {
        x
    } else {
        return Err(vm.type_error("__defaults__ must be set to a tuple object"));
    };
    *f.defaults.borrow_mut() = x;
    f.version.set(0);
    Ok(())
}
fn f_kwdefaults(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(null_to_none(func(vm, v)?.kwdefaults.borrow().clone()))
}
fn f_set_kwdefaults(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let f = func(vm, v)?;
    let x = if x.is_none() {
        Value::NULL
    } else if x.downcast_ref::<DictData>().is_some() {
        x
    } else {
        return Err(vm.type_error("__kwdefaults__ must be set to a dict object"));
    };
    *f.kwdefaults.borrow_mut() = x;
    f.version.set(0);
    Ok(())
}
fn f_code(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(func(vm, v)?.code.as_value().clone())
}
/// `f.__code__ = code` (CPython's `func_set_code`): same number of free variables as
/// the closure; specialized calls of `f` miss from now on.
fn f_set_code(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let f = func(vm, v)?;
    let Some(code) = x.downcast::<crate::types::code::CodeData>() else {
        return Err(vm.type_error("__code__ must be set to a code object"));
    };
    let nfree = code
        .localsplus_kinds
        .iter()
        .filter(|k| matches!(k, taipan_bytecode::LocalKind::Free))
        .count();
    let nclosure = f.closure.downcast_ref::<TupleData>().map_or(0, |t| t.len());
    if nclosure != nfree {
        let name = str_of(&f.name.borrow()).to_string();
        return Err(vm.value_error(format!(
            "{}() requires a code object with {} free vars, not {}",
            name, nclosure, nfree
        )));
    }
    f.version.set(0);
    f.code.replace(code);
    Ok(())
}
fn f_globals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(func(vm, v)?.globals.clone())
}
fn f_builtins(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(func(vm, v)?.builtins.clone())
}
fn f_closure(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(null_to_none(func(vm, v)?.closure.clone()))
}
fn f_annotations(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = func(vm, v)?;
    let a = f.annotations.borrow().clone();
    if a.downcast_ref::<DictData>().is_some() {
        return Ok(a);
    }
    // MAKE_FUNCTION's annotations: a flat tuple of (name, value) pairs.
    let d = vm.new_dict();
    if let Some(t) = a.downcast_ref::<TupleData>() {
        let items = t.as_slice().to_vec();
        let dd = d.downcast_ref::<DictData>().unwrap();
        for pair in items.chunks(2) {
            if let [k, val] = pair {
                dd.set(vm, k.clone(), val.clone())?;
            }
        }
    }
    *f.annotations.borrow_mut() = d.clone();
    Ok(d)
}
fn f_set_annotations(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let f = func(vm, v)?;
    if !x.is_none() && x.downcast_ref::<DictData>().is_none() {
        return Err(vm.type_error("__annotations__ must be set to a dict object"));
    }
    *f.annotations.borrow_mut() = if x.is_none() { Value::NULL } else { x };
    Ok(())
}
fn f_module(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(null_to_none(func(vm, v)?.module.borrow().clone()))
}
fn f_set_module(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    *func(vm, v)?.module.borrow_mut() = x;
    Ok(())
}
fn f_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = func(vm, v)?;
    let mut d = f.dict.borrow_mut();
    if d.is_null() {
        *d = vm.new_dict();
    }
    Ok(d.clone())
}
fn f_set_dict(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let f = func(vm, v)?;
    if x.downcast_ref::<DictData>().is_none() {
        return Err(vm.type_error("__dict__ must be set to a dictionary"));
    }
    *f.dict.borrow_mut() = x;
    Ok(())
}

fn function_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let f = func(vm, &this)?;
    let q = str_of(&f.qualname.borrow());
    Ok(vm.new_str(format!("<function {} at {}>", q, addr(&this))))
}

/// `__get__(self, obj, type=None)` for functions: bind unless `obj` is None.
fn function_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "__get__", 2, 3)?;
    let (this, obj) = (a[0].clone(), a[1].clone());
    if obj.is_none() {
        return Ok(this);
    }
    Ok(heap::alloc(
        &vm.t.method,
        BoundMethodData {
            func: this,
            self_: obj,
        },
    ))
}

/// `__call__` of any callable builtin: call the object itself.
fn call_self(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error("descriptor '__call__' of object needs an argument"));
    }
    let this = args.pos.remove(0);
    vm.check_stack()?;
    vm.call(&this, args)
}

// ----- method (bound method) ----------------------------------------------------

fn meth<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a BoundMethodData> {
    match v.downcast_ref::<BoundMethodData>() {
        Some(m) => Ok(m),
        None => Err(descr_error(vm, "method", v)),
    }
}

fn m_self(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(meth(vm, v)?.self_.clone())
}
fn m_func(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(meth(vm, v)?.func.clone())
}
fn m_func_attr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Value> {
    let f = meth(vm, v)?.func.clone();
    vm.getattr_str(&f, name)
}
fn m_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    m_func_attr(vm, v, "__name__")
}
fn m_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    m_func_attr(vm, v, "__qualname__")
}
fn m_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    m_func_attr(vm, v, "__doc__")
}
fn m_module(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    m_func_attr(vm, v, "__module__")
}

fn method_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let m = meth(vm, &this)?;
    let (f, s) = (m.func.clone(), m.self_.clone());
    let qn = vm.intern("__qualname__");
    let name = match vm.getattr_opt(&f, &qn)? {
        Some(n) if n.downcast_ref::<StrData>().is_some() => str_of(&n),
        _ => {
            let nn = vm.n.__name__.clone();
            match vm.getattr_opt(&f, &nn)? {
                Some(n) if n.downcast_ref::<StrData>().is_some() => str_of(&n),
                _ => "?".to_string(),
            }
        }
    };
    vm.check_stack()?;
    let r = vm.repr_string(&s)?;
    Ok(vm.new_str(format!("<bound method {} of {}>", name, r)))
}

fn method_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__eq__")?;
    let (Some(x), Some(y)) = (
        a.downcast_ref::<BoundMethodData>(),
        b.downcast_ref::<BoundMethodData>(),
    ) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if !x.self_.is(&y.self_) {
        return Ok(Value::FALSE);
    }
    let (f1, f2) = (x.func.clone(), y.func.clone());
    Ok(Value::bool(vm.eq(&f1, &f2)?))
}

fn method_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = method_eq(vm, args)?;
    Ok(match r.as_bool() {
        Some(b) => Value::bool(!b),
        None => r,
    })
}

fn method_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a] = args.exact::<1>(vm, "__hash__")?;
    let m = meth(vm, &a)?;
    let (f, s) = (m.func.clone(), m.self_.clone());
    let hf = vm.hash(&f)?;
    let hs = (s.raw_bits() >> 4) as i64;
    let mut h = hf ^ hs;
    if h == -1 {
        h = -2;
    }
    Ok(vm.new_int(h))
}

fn method_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "__get__", 2, 3)?;
    Ok(a[0].clone())
}

/// Bound methods forward unknown attributes to their function.
fn method_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, name] = args.exact::<2>(vm, "__getattr__")?;
    let f = meth(vm, &this)?.func.clone();
    match vm.getattr_opt(&f, &name)? {
        Some(v) => Ok(v),
        None => {
            let n = str_of(&name);
            Err(vm.no_attribute(&this, &n))
        }
    }
}

// ----- builtin_function_or_method -----------------------------------------------

fn native<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a NativeFunctionData> {
    match v.downcast_ref::<NativeFunctionData>() {
        Some(f) => Ok(f),
        None => Err(descr_error(vm, "builtin_function_or_method", v)),
    }
}

fn owner_qualname(vm: &mut Vm, self_: &Value) -> String {
    let cls = if vm.is_class(self_) {
        self_.clone()
    } else {
        vm.type_of(self_)
    };
    cls.downcast_ref::<ClassData>()
        .map(|c| c.qualname.borrow().clone())
        .unwrap_or_default()
}

fn n_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = native(vm, v)?.name;
    Ok(vm.new_str(n))
}
fn n_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = native(vm, v)?;
    let (name, s) = (f.name, f.self_.clone());
    if s.is_null() || s.kind() == Some(crate::heap::ObjKind::Module) {
        return Ok(vm.new_str(name));
    }
    let q = owner_qualname(vm, &s);
    Ok(vm.new_str(format!("{}.{}", q, name)))
}
fn n_self(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = native(vm, v)?;
    if f.self_.is_null() {
        let owner = f.owner;
        if owner == "builtins" {
            return Ok(vm.builtins_module.clone());
        }
        let k = vm.new_str(owner);
        let modules = vm.modules.clone();
        if let Some(d) = modules.downcast_ref::<DictData>() {
            if let Some(m) = d.get(vm, &k)? {
                return Ok(m);
            }
        }
        return Ok(Value::NONE);
    }
    Ok(f.self_.clone())
}
fn n_module(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = native(vm, v)?;
    if f.self_.is_null() && !f.owner.is_empty() {
        let o = f.owner;
        return Ok(vm.new_str(o));
    }
    Ok(Value::NONE)
}
fn n_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = native(vm, v)?;
    Ok(match f.doc {
        Some(d) => vm.new_str(d),
        None => Value::NONE,
    })
}

fn native_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let f = native(vm, &this)?;
    let (name, s) = (f.name, f.self_.clone());
    if s.is_null() || s.kind() == Some(crate::heap::ObjKind::Module) {
        return Ok(vm.new_str(format!("<built-in function {}>", name)));
    }
    let tn = vm.type_name(&s);
    Ok(vm.new_str(format!(
        "<built-in method {} of {} object at {}>",
        name,
        tn,
        addr(&s)
    )))
}

fn native_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__eq__")?;
    let (Some(x), Some(y)) = (
        a.downcast_ref::<NativeFunctionData>(),
        b.downcast_ref::<NativeFunctionData>(),
    ) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    Ok(Value::bool(
        x.self_.is(&y.self_) && x.func as usize == y.func as usize && x.name == y.name,
    ))
}

fn native_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = native_eq(vm, args)?;
    Ok(match r.as_bool() {
        Some(b) => Value::bool(!b),
        None => r,
    })
}

fn native_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a] = args.exact::<1>(vm, "__hash__")?;
    let f = native(vm, &a)?;
    let h = ((f.func as usize as i64) >> 4) ^ ((f.self_.raw_bits() >> 4) as i64);
    Ok(vm.new_int(if h == -1 { -2 } else { h }))
}

// ----- method_descriptor / classmethod_descriptor --------------------------------

fn mdesc<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a MethodDescriptorData> {
    match v.downcast_ref::<MethodDescriptorData>() {
        Some(d) => Ok(d),
        None => Err(descr_error(vm, "method_descriptor", v)),
    }
}

fn d_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = mdesc(vm, v)?.name;
    Ok(vm.new_str(n))
}
fn d_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = mdesc(vm, v)?;
    let (n, o) = (d.name, d.owner.clone());
    let q = owner_qualname(vm, &o);
    Ok(vm.new_str(format!("{}.{}", q, n)))
}
fn d_objclass(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(mdesc(vm, v)?.owner.clone())
}
fn d_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = mdesc(vm, v)?;
    Ok(match d.doc {
        Some(s) => vm.new_str(s),
        None => Value::NONE,
    })
}

fn mdesc_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let d = mdesc(vm, &this)?;
    let (n, o) = (d.name, d.owner.clone());
    let on = class::class_name(&o);
    Ok(vm.new_str(format!("<method '{}' of '{}' objects>", n, on)))
}

fn mdesc_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "__get__", 2, 3)?;
    let this = a[0].clone();
    let d = mdesc(vm, &this)?;
    let (kind, owner, name) = (d.kind, d.owner.clone(), d.name);
    let obj = a[1].clone();
    let cls = a.get(2).cloned().unwrap_or(Value::NONE);
    match kind {
        MethodKind::Instance => {
            if obj.is_none() {
                return Ok(this);
            }
            if !vm.is_instance(&obj, &owner) {
                let tn = vm.type_name(&obj);
                let on = class::class_name(&owner);
                return Err(vm.type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    name, on, tn
                )));
            }
            let c = vm.type_of(&obj);
            vm.descr_get(&this, &obj, &c)
        }
        _ => {
            let c = if cls.is_none() { vm.type_of(&obj) } else { cls };
            vm.descr_get(&this, &Value::NULL, &c)
        }
    }
}

// ----- code ---------------------------------------------------------------------

fn code<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a CodeData> {
    match v.downcast_ref::<CodeData>() {
        Some(c) => Ok(c),
        None => Err(descr_error(vm, "code", v)),
    }
}

fn co_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(code(vm, v)?.name.clone())
}
fn co_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(code(vm, v)?.qualname.clone())
}
fn co_filename(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(code(vm, v)?.filename.clone())
}
fn co_firstlineno(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = code(vm, v)?.firstlineno;
    Ok(vm.new_int(n as i64))
}
fn co_argcount(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = code(vm, v)?.argcount;
    Ok(vm.new_int(n as i64))
}
fn co_posonlyargcount(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = code(vm, v)?.posonlyargcount;
    Ok(vm.new_int(n as i64))
}
fn co_kwonlyargcount(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = code(vm, v)?.kwonlyargcount;
    Ok(vm.new_int(n as i64))
}
fn co_nlocals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = code(vm, v)?;
    let n = c
        .localsplus_kinds
        .iter()
        .filter(|k| matches!(k, LocalKind::Local | LocalKind::LocalCell))
        .count();
    Ok(vm.new_usize(n))
}
fn names_of_kind(vm: &mut Vm, v: &Value, kinds: &[LocalKind]) -> PyResult<Value> {
    let c = code(vm, v)?;
    let names: Vec<Value> = c
        .localsplus_names
        .iter()
        .zip(c.localsplus_kinds.iter())
        .filter(|(_, k)| kinds.contains(k))
        .map(|(n, _)| n.clone())
        .collect();
    Ok(vm.new_tuple(names))
}
fn co_varnames(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    names_of_kind(vm, v, &[LocalKind::Local, LocalKind::LocalCell])
}
fn co_cellvars(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    names_of_kind(vm, v, &[LocalKind::Cell, LocalKind::LocalCell])
}
fn co_freevars(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    names_of_kind(vm, v, &[LocalKind::Free])
}
fn co_names(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let names = code(vm, v)?.names.to_vec();
    Ok(vm.new_tuple(names))
}
fn co_consts(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = code(vm, v)?.consts.to_vec();
    Ok(vm.new_tuple(c))
}
fn co_flags(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = code(vm, v)?.flags.bits();
    Ok(vm.new_int(f as i64))
}
fn co_stacksize(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = code(vm, v)?.stacksize;
    Ok(vm.new_int(n as i64))
}
fn co_code(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = code(vm, v)?;
    let mut b = Vec::with_capacity(c.code.len() * 2);
    for u in c.code.iter() {
        let u = u.get();
        b.push((u & 0xFF) as u8);
        b.push((u >> 8) as u8);
    }
    Ok(vm.new_bytes(b))
}

fn code_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let c = code(vm, &this)?;
    let s = format!(
        "<code object {} at {}, file \"{}\", line {}>",
        str_of(&c.name),
        addr(&this),
        str_of(&c.filename),
        c.firstlineno
    );
    Ok(vm.new_str(s))
}

// ----- cell ---------------------------------------------------------------------

fn cell_contents(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some(c) = v.downcast_ref::<CellData>() else {
        return Err(descr_error(vm, "cell", v));
    };
    let x = c.get();
    if x.is_null() {
        return Err(vm.value_error("Cell is empty"));
    }
    Ok(x)
}
fn set_cell_contents(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let Some(c) = v.downcast_ref::<CellData>() else {
        return Err(descr_error(vm, "cell", v));
    };
    c.set(x);
    Ok(())
}

fn cell_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let Some(c) = this.downcast_ref::<CellData>() else {
        return Err(descr_error(vm, "cell", &this));
    };
    let x = c.get();
    if x.is_null() {
        return Ok(vm.new_str(format!("<cell at {}: empty>", addr(&this))));
    }
    let tn = vm.type_name(&x);
    Ok(vm.new_str(format!(
        "<cell at {}: {} object at {}>",
        addr(&this),
        tn,
        addr(&x)
    )))
}

pub fn init(vm: &mut Vm) {
    let f = vm.t.function.clone();
    vm.add_getset(&f, "__name__", f_name, Some(f_set_name));
    vm.add_getset(&f, "__qualname__", f_qualname, Some(f_set_qualname));
    vm.add_getset(&f, "__doc__", f_doc, Some(f_set_doc));
    vm.add_getset(&f, "__defaults__", f_defaults, Some(f_set_defaults));
    vm.add_getset(&f, "__kwdefaults__", f_kwdefaults, Some(f_set_kwdefaults));
    vm.add_getset(&f, "__code__", f_code, Some(f_set_code));
    vm.add_getset(&f, "__globals__", f_globals, None);
    vm.add_getset(&f, "__builtins__", f_builtins, None);
    vm.add_getset(&f, "__closure__", f_closure, None);
    vm.add_getset(
        &f,
        "__annotations__",
        f_annotations,
        Some(f_set_annotations),
    );
    vm.add_getset(&f, "__module__", f_module, Some(f_set_module));
    vm.add_getset(&f, "__dict__", f_dict, Some(f_set_dict));
    vm.add_method(&f, "__repr__", function_repr);
    vm.add_method(&f, "__get__", function_get);
    vm.add_method(&f, "__call__", call_self);

    let m = vm.t.method.clone();
    vm.add_getset(&m, "__self__", m_self, None);
    vm.add_getset(&m, "__func__", m_func, None);
    vm.add_getset(&m, "__name__", m_name, None);
    vm.add_getset(&m, "__qualname__", m_qualname, None);
    vm.add_getset(&m, "__doc__", m_doc, None);
    vm.add_getset(&m, "__module__", m_module, None);
    vm.add_method(&m, "__repr__", method_repr);
    vm.add_method(&m, "__eq__", method_eq);
    vm.add_method(&m, "__ne__", method_ne);
    vm.add_method(&m, "__hash__", method_hash);
    vm.add_method(&m, "__call__", call_self);
    vm.add_method(&m, "__get__", method_get);
    vm.add_method(&m, "__getattr__", method_getattr);
    if let Some(cd) = m.downcast_ref::<ClassData>() {
        cd.flags.set(cd.flags.get() | class_flags::HAS_GETATTR);
    }

    let b = vm.t.builtin_function.clone();
    vm.add_getset(&b, "__name__", n_name, None);
    vm.add_getset(&b, "__qualname__", n_qualname, None);
    vm.add_getset(&b, "__self__", n_self, None);
    vm.add_getset(&b, "__module__", n_module, None);
    vm.add_getset(&b, "__doc__", n_doc, None);
    vm.add_method(&b, "__repr__", native_repr);
    vm.add_method(&b, "__eq__", native_eq);
    vm.add_method(&b, "__ne__", native_ne);
    vm.add_method(&b, "__hash__", native_hash);
    vm.add_method(&b, "__call__", call_self);

    for d in [
        vm.t.method_descriptor.clone(),
        vm.t.classmethod_descriptor.clone(),
    ] {
        vm.add_getset(&d, "__name__", d_name, None);
        vm.add_getset(&d, "__qualname__", d_qualname, None);
        vm.add_getset(&d, "__objclass__", d_objclass, None);
        vm.add_getset(&d, "__doc__", d_doc, None);
        vm.add_method(&d, "__repr__", mdesc_repr);
        vm.add_method(&d, "__get__", mdesc_get);
        vm.add_method(&d, "__call__", call_self);
    }

    let c = vm.t.code.clone();
    vm.add_getset(&c, "co_name", co_name, None);
    vm.add_getset(&c, "co_qualname", co_qualname, None);
    vm.add_getset(&c, "co_filename", co_filename, None);
    vm.add_getset(&c, "co_firstlineno", co_firstlineno, None);
    vm.add_getset(&c, "co_argcount", co_argcount, None);
    vm.add_getset(&c, "co_posonlyargcount", co_posonlyargcount, None);
    vm.add_getset(&c, "co_kwonlyargcount", co_kwonlyargcount, None);
    vm.add_getset(&c, "co_nlocals", co_nlocals, None);
    vm.add_getset(&c, "co_varnames", co_varnames, None);
    vm.add_getset(&c, "co_cellvars", co_cellvars, None);
    vm.add_getset(&c, "co_freevars", co_freevars, None);
    vm.add_getset(&c, "co_names", co_names, None);
    vm.add_getset(&c, "co_consts", co_consts, None);
    vm.add_getset(&c, "co_flags", co_flags, None);
    vm.add_getset(&c, "co_stacksize", co_stacksize, None);
    vm.add_getset(&c, "co_code", co_code, None);
    vm.add_method(&c, "__repr__", code_repr);

    let cell = vm.t.cell.clone();
    vm.add_getset(
        &cell,
        "cell_contents",
        cell_contents,
        Some(set_cell_contents),
    );
    vm.add_method(&cell, "__repr__", cell_repr);
}
