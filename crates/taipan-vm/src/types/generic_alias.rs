//! `types.GenericAlias` (`list[int]`, PEP 585) and `types.UnionType` (`int | str`,
//! PEP 604): instances of two builtin classes created at start-up, with their
//! attributes stored as instance attributes.

use crate::args::Args;
use crate::errors::PyResult;
use crate::types::class::{self, ClassData};
use crate::types::function::MethodKind;
use crate::types::tuple::TupleData;
use crate::value::Value;
use crate::vm::Vm;

fn attr(vm: &mut Vm, obj: &Value, name: &str) -> Value {
    let k = vm.intern(name);
    vm.instance_attr(obj, &k).unwrap_or(Value::NONE)
}

fn items(v: &Value) -> Vec<Value> {
    v.downcast_ref::<TupleData>()
        .map(|t| t.as_slice().to_vec())
        .unwrap_or_default()
}

/// How a type argument is shown inside `list[...]` / `int | str` (`_Py_typing_type_repr`).
fn type_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if v.is(&Value::ELLIPSIS) {
        return Ok("...".into());
    }
    if v.is_none() {
        return Ok("None".into());
    }
    if v.is(&vm.t.none_type) {
        return Ok("None".into());
    }
    if let Some(c) = v.downcast_ref::<ClassData>() {
        let module = vm.class_module(v);
        let q = c.qualname.borrow().clone();
        return Ok(if module == "builtins" {
            q
        } else {
            format!("{}.{}", module, q)
        });
    }
    vm.repr_string(v)
}

/// `origin[args]`.
pub fn new_generic_alias(vm: &mut Vm, origin: &Value, args: &Value) -> PyResult<Value> {
    let cls = vm.t.generic_alias.clone();
    let obj = crate::types::class_methods::new_instance(vm, &cls)?;
    let args = if args.downcast_ref::<TupleData>().is_some() {
        args.clone()
    } else {
        vm.new_tuple(vec![args.clone()])
    };
    for (n, v) in [("__origin__", origin.clone()), ("__args__", args)] {
        let k = vm.intern(n);
        vm.store_instance_attr(&obj, k, v)?;
    }
    let k = vm.intern("__parameters__");
    let e = vm.empty_tuple();
    vm.store_instance_attr(&obj, k, e)?;
    Ok(obj)
}

/// `types.GenericAlias(origin, args)` (what `__class_getitem__ = classmethod(GenericAlias)`
/// calls).
fn ga_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("GenericAlias() takes no keyword arguments"));
    }
    let [_cls, origin, params] = args.exact::<3>(vm, "GenericAlias")?;
    new_generic_alias(vm, &origin, &params)
}

fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [cls, key] = args.exact::<2>(vm, "__class_getitem__")?;
    new_generic_alias(vm, &cls, &key)
}

fn ga_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let origin = attr(vm, &this, "__origin__");
    let a = attr(vm, &this, "__args__");
    let mut parts = Vec::new();
    for x in items(&a) {
        parts.push(type_repr(vm, &x)?);
    }
    let o = type_repr(vm, &origin)?;
    let inner = if parts.is_empty() {
        "()".to_string()
    } else {
        parts.join(", ")
    };
    Ok(vm.new_str(format!("{}[{}]", o, inner)))
}

fn ga_call(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let this = args.pos.remove(0);
    let origin = attr(vm, &this, "__origin__");
    vm.call(&origin, args)
}

fn ga_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__eq__")?;
    if !vm.type_of(&b).is(&vm.t.generic_alias) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (oa, ob) = (attr(vm, &a, "__origin__"), attr(vm, &b, "__origin__"));
    let (aa, ab) = (attr(vm, &a, "__args__"), attr(vm, &b, "__args__"));
    Ok(Value::bool(oa.is(&ob) && vm.eq(&aa, &ab)?))
}

fn ga_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a] = args.exact::<1>(vm, "__hash__")?;
    let o = attr(vm, &a, "__origin__");
    let ar = attr(vm, &a, "__args__");
    let h = vm.hash(&o)? ^ vm.hash(&ar)?;
    Ok(vm.new_int(h))
}

fn ga_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, name] = args.exact::<2>(vm, "__getattr__")?;
    let o = attr(vm, &a, "__origin__");
    vm.getattr(&o, &name)
}

fn ga_mro_entries(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, _bases] = args.exact::<2>(vm, "__mro_entries__")?;
    let o = attr(vm, &a, "__origin__");
    Ok(vm.new_tuple(vec![o]))
}

fn ga_instancecheck(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn ga_subclasscheck(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

/// `a | b` for types: a `types.UnionType`, flattened and de-duplicated.
pub fn new_union(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let mut out: Vec<Value> = Vec::new();
    for v in [a, b] {
        let parts = if vm.type_of(v).is(&vm.t.union_type) {
            items(&attr(vm, v, "__args__"))
        } else {
            vec![v.clone()]
        };
        for p in parts {
            let p = if p.is_none() {
                vm.t.none_type.clone()
            } else {
                p
            };
            if !out.iter().any(|x| x.is(&p)) {
                out.push(p);
            }
        }
    }
    let cls = vm.t.union_type.clone();
    let obj = crate::types::class_methods::new_instance(vm, &cls)?;
    let t = vm.new_tuple(out);
    let k = vm.intern("__args__");
    vm.store_instance_attr(&obj, k, t)?;
    Ok(obj)
}

fn unionable(vm: &Vm, v: &Value) -> bool {
    v.is_none()
        || vm.is_class(v)
        || vm.type_of(v).is(&vm.t.union_type)
        || vm.type_of(v).is(&vm.t.generic_alias)
}

fn type_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__or__")?;
    if !unionable(vm, &a) || !unionable(vm, &b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    new_union(vm, &a, &b)
}

fn type_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__ror__")?;
    if !unionable(vm, &a) || !unionable(vm, &b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    new_union(vm, &b, &a)
}

fn union_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let a = attr(vm, &this, "__args__");
    let mut parts = Vec::new();
    for x in items(&a) {
        parts.push(type_repr(vm, &x)?);
    }
    Ok(vm.new_str(parts.join(" | ")))
}

fn union_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__eq__")?;
    if !vm.type_of(&b).is(&vm.t.union_type) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (x, y) = (
        items(&attr(vm, &a, "__args__")),
        items(&attr(vm, &b, "__args__")),
    );
    Ok(Value::bool(
        x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| q.is(p))),
    ))
}

fn union_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a] = args.exact::<1>(vm, "__hash__")?;
    let mut h: i64 = 0;
    for x in items(&attr(vm, &a, "__args__")) {
        h ^= vm.hash(&x)?;
    }
    Ok(vm.new_int(h))
}

fn union_instancecheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [u, obj] = args.exact::<2>(vm, "__instancecheck__")?;
    for x in items(&attr(vm, &u, "__args__")) {
        if vm.is_instance(&obj, &x) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn union_subclasscheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [u, sub] = args.exact::<2>(vm, "__subclasscheck__")?;
    for x in items(&attr(vm, &u, "__args__")) {
        if class::is_subclass(&sub, &x) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

pub fn init(vm: &mut Vm) {
    let ga = vm.t.generic_alias.clone();
    crate::types::object::add_new(vm, &ga, "GenericAlias", ga_new);
    vm.add_method(&ga, "__repr__", ga_repr);
    vm.add_method(&ga, "__call__", ga_call);
    vm.add_method(&ga, "__eq__", ga_eq);
    vm.add_method(&ga, "__hash__", ga_hash);
    vm.add_method(&ga, "__getattr__", ga_getattr);
    vm.add_method(&ga, "__mro_entries__", ga_mro_entries);
    vm.add_method(&ga, "__instancecheck__", ga_instancecheck);
    vm.add_method(&ga, "__subclasscheck__", ga_subclasscheck);
    vm.add_method(&ga, "__or__", type_or);
    vm.add_method(&ga, "__ror__", type_ror);
    if let Some(c) = ga.downcast_ref::<ClassData>() {
        c.flags
            .set(c.flags.get() | class::class_flags::HAS_GETATTR | class::class_flags::HEAPTYPE);
    }
    if let Some(c) = vm.t.union_type.downcast_ref::<ClassData>() {
        // Their attributes are stored as instance attributes.
        c.flags.set(c.flags.get() | class::class_flags::HEAPTYPE);
    }
    let un = vm.t.union_type.clone();
    vm.add_method(&un, "__repr__", union_repr);
    vm.add_method(&un, "__eq__", union_eq);
    vm.add_method(&un, "__hash__", union_hash);
    vm.add_method(&un, "__instancecheck__", union_instancecheck);
    vm.add_method(&un, "__subclasscheck__", union_subclasscheck);
    vm.add_method(&un, "__or__", type_or);
    vm.add_method(&un, "__ror__", type_ror);
    let types = vm.new_str("types");
    for c in [&ga, &un] {
        vm.add_class_attr(c, "__module__", types.clone());
    }
    let t = vm.t.type_.clone();
    vm.add_method(&t, "__or__", type_or);
    vm.add_method(&t, "__ror__", type_ror);
    let none = vm.t.none_type.clone();
    vm.add_method(&none, "__or__", type_or);
    vm.add_method(&none, "__ror__", type_ror);
    let generic: Vec<Value> = vec![
        vm.t.list.clone(),
        vm.t.dict.clone(),
        vm.t.tuple.clone(),
        vm.t.set.clone(),
        vm.t.frozenset.clone(),
        vm.t.enumerate.clone(),
    ];
    for c in generic {
        vm.add_method_kind(&c, "__class_getitem__", class_getitem, MethodKind::Class);
    }
}
