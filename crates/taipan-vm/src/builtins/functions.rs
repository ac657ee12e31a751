//! Builtin functions (`print`, `len`, `isinstance`, ...), CPython's `Python/bltinmodule.c`.

use crate::args::{opt, Args};
use crate::errors::PyResult;
use crate::types::function::NativeFn;
use crate::types::str::StrData;
use crate::value::Value;
use crate::vm::Vm;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("__build_class__", crate::types::class_methods::build_class),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("hasattr", hasattr),
    ("getattr", getattr),
    ("setattr", setattr),
    ("delattr", delattr),
    ("id", id),
    ("hash", hash),
    ("iter", iter),
    ("next", next),
    ("callable", callable),
    ("__import__", import),
];

fn print(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let sep = args.take_kw("sep").unwrap_or(Value::NONE);
    let end = args.take_kw("end").unwrap_or(Value::NONE);
    let file = args.take_kw("file").unwrap_or(Value::NONE);
    let flush = args.take_kw("flush").unwrap_or(Value::FALSE);
    if let Some((k, _)) = args.kw.first() {
        let n = crate::args::kw_name(k).to_string();
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for print()",
            n
        )));
    }
    let as_str = |vm: &mut Vm, v: &Value, what: &str, default: &str| -> PyResult<String> {
        if v.is_none() {
            return Ok(default.to_string());
        }
        match v.downcast_ref::<StrData>() {
            Some(s) => Ok(s.as_str().to_string()),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("{} must be None or a string, not {}", what, tn)))
            }
        }
    };
    let sep = as_str(vm, &sep, "sep", " ")?;
    let end = as_str(vm, &end, "end", "\n")?;
    let mut out = String::new();
    for (i, v) in args.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        if let Some(s) = v.downcast_ref::<StrData>() {
            out.push_str(s.as_str());
        } else {
            out.push_str(&vm.str_string(v)?);
        }
    }
    out.push_str(&end);
    let file = if file.is_none() {
        vm.sys_attr("stdout")
    } else {
        file
    };
    if vm.sys_attr("stderr").is(&file) {
        vm.flush_stdout();
    }
    vm.write_to(&file, &out)?;
    if vm.is_true(&flush)? {
        if file
            .downcast_ref::<crate::modules::io::FileData>()
            .is_some()
        {
            vm.call_method(&file, "flush", Args::default())?;
        } else {
            vm.call_method(&file, "flush", Args::default())?;
        }
    }
    Ok(Value::NONE)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "len")?;
    let n = vm.len(&v)?;
    Ok(vm.new_usize(n))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "repr")?;
    vm.repr(&v)
}

fn class_or_tuple_check(
    vm: &mut Vm,
    v: &Value,
    cls: &Value,
    what: &str,
    sub: bool,
) -> PyResult<bool> {
    if let Some(t) = cls.downcast_ref::<crate::types::tuple::TupleData>() {
        for c in t.as_slice().to_vec() {
            if class_or_tuple_check(vm, v, &c, what, sub)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !vm.is_class(cls) {
        return Err(vm.type_error(format!(
            "{}() arg 2 must be a type, a tuple of types, or a union",
            what
        )));
    }
    let hook = if sub {
        vm.n.__subclasscheck__.clone()
    } else {
        vm.n.__instancecheck__.clone()
    };
    let meta = vm.type_of(cls);
    if !meta.is(&vm.t.type_) {
        if let Some(m) = crate::types::class::lookup(vm, &meta, &hook) {
            if m.kind() == Some(crate::heap::ObjKind::Function) {
                let r = vm.call_method_value(&m, cls, Args::new([v.clone()]))?;
                return vm.is_true(&r);
            }
        }
    }
    if sub {
        if !vm.is_class(v) {
            return Err(vm.type_error("issubclass() arg 1 must be a class"));
        }
        return Ok(crate::types::class::is_subclass(v, cls));
    }
    Ok(vm.is_instance(v, cls))
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v, cls] = args.exact::<2>(vm, "isinstance")?;
    Ok(Value::bool(class_or_tuple_check(
        vm,
        &v,
        &cls,
        "isinstance",
        false,
    )?))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v, cls] = args.exact::<2>(vm, "issubclass")?;
    Ok(Value::bool(class_or_tuple_check(
        vm,
        &v,
        &cls,
        "issubclass",
        true,
    )?))
}

fn attr_name(vm: &mut Vm, n: &Value, fname: &str) -> PyResult<Value> {
    if n.downcast_ref::<StrData>().is_none() {
        let tn = vm.type_name(n);
        let _ = fname;
        return Err(vm.type_error(format!("attribute name must be string, not '{}'", tn)));
    }
    Ok(vm.intern_value(n))
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [o, n] = args.exact::<2>(vm, "hasattr")?;
    let n = attr_name(vm, &n, "hasattr")?;
    Ok(Value::bool(vm.getattr_opt(&o, &n)?.is_some()))
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "getattr", 2, 3)?;
    let n = attr_name(vm, &a[1], "getattr")?;
    if a.len() == 3 {
        return Ok(vm.getattr_opt(&a[0], &n)?.unwrap_or_else(|| a[2].clone()));
    }
    vm.getattr(&a[0], &n)
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [o, n, v] = args.exact::<3>(vm, "setattr")?;
    let n = attr_name(vm, &n, "setattr")?;
    vm.setattr(&o, &n, v)?;
    Ok(Value::NONE)
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [o, n] = args.exact::<2>(vm, "delattr")?;
    let n = attr_name(vm, &n, "delattr")?;
    vm.delattr(&o, &n)?;
    Ok(Value::NONE)
}

fn id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [o] = args.exact::<1>(vm, "id")?;
    Ok(vm.new_int((o.raw_bits() & 0x7FFF_FFFF_FFFF_FFFF) as i64))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [o] = args.exact::<1>(vm, "hash")?;
    let h = vm.hash(&o)?;
    Ok(vm.new_int(h))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "iter", 1, 2)?;
    if a.len() == 2 {
        return crate::types::iter_methods::callable_iter(vm, a[0].clone(), a[1].clone());
    }
    vm.get_iter(&a[0])
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "next", 1, 2)?;
    let it = a[0].clone();
    let is_iter = matches!(
        it.kind(),
        Some(
            crate::heap::ObjKind::SeqIter
                | crate::heap::ObjKind::RangeIter
                | crate::heap::ObjKind::NativeIter
                | crate::heap::ObjKind::Generator
        )
    ) || vm.lookup_special(&it, &vm.n.__next__.clone()).is_some();
    if !is_iter {
        let tn = vm.type_name(&it);
        return Err(vm.type_error(format!("'{}' object is not an iterator", tn)));
    }
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => {
            let sv = vm.take_stop_value();
            match a.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(sv)),
            }
        }
    }
}

fn callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [o] = args.exact::<1>(vm, "callable")?;
    use crate::heap::ObjKind::*;
    let r = matches!(
        o.kind(),
        Some(Function | NativeFunction | MethodDescriptor | BoundMethod | Class)
    ) || vm.lookup_special(&o, &vm.n.__call__.clone()).is_some();
    Ok(Value::bool(r))
}

fn import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [name, globals, locals, fromlist, level] = args.bind(
        vm,
        "__import__",
        ["name", "globals", "locals", "fromlist", "level"],
        0,
        5,
        1,
    )?;
    let _ = (globals, locals);
    let fromlist = opt(fromlist).unwrap_or(Value::NONE);
    let level = opt(level).unwrap_or(Value::small_int(0).unwrap());
    vm.import_name(&name, &fromlist, &level)
}
