//! `BaseException` methods and attributes (CPython's `Objects/exceptions.c`).

use crate::args::Args;
use crate::errors::PyResult;
use crate::types::exception::ExceptionData;
use crate::types::tuple::TupleData;
use crate::value::Value;
use crate::vm::Vm;

fn data<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a ExceptionData> {
    match v.downcast_ref::<ExceptionData>() {
        Some(d) => Ok(d),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor requires a 'BaseException' object but received a '{}'",
                tn
            )))
        }
    }
}

fn exc_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error("BaseException.__new__(): not enough arguments"));
    }
    let cls = args.pos.remove(0);
    let obj = crate::types::class_methods::new_instance(vm, &cls)?;
    let t = vm.new_tuple(args.pos.into_iter().collect());
    *obj.downcast_ref::<ExceptionData>()
        .unwrap()
        .args
        .borrow_mut() = t;
    Ok(obj)
}

fn exc_init(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let this = args.pos.remove(0);
    if !args.kw.is_empty() {
        let tn = vm.type_name(&this);
        return Err(vm.type_error(format!("{}() takes no keyword arguments", tn)));
    }
    let t = vm.new_tuple(args.pos.into_iter().collect());
    *data(vm, &this)?.args.borrow_mut() = t;
    Ok(Value::NONE)
}

fn exc_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__str__")?;
    let a = data(vm, &this)?.args.borrow().clone();
    let t = a
        .downcast_ref::<TupleData>()
        .map(|t| t.as_slice().to_vec())
        .unwrap_or_default();
    match t.len() {
        0 => Ok(vm.new_str("")),
        1 => vm.str(&t[0]),
        _ => vm.str(&a),
    }
}

fn key_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__str__")?;
    let a = data(vm, &this)?.args.borrow().clone();
    let t = a
        .downcast_ref::<TupleData>()
        .map(|t| t.as_slice().to_vec())
        .unwrap_or_default();
    match t.len() {
        0 => Ok(vm.new_str("")),
        1 => vm.repr(&t[0]),
        _ => vm.str(&a),
    }
}

fn exc_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let a = data(vm, &this)?.args.borrow().clone();
    let name = vm.type_name(&this);
    let t = a
        .downcast_ref::<TupleData>()
        .map(|t| t.as_slice().to_vec())
        .unwrap_or_default();
    let s = if t.len() == 1 {
        format!("{}({})", name, vm.repr_string(&t[0])?)
    } else {
        format!("{}{}", name, vm.repr_string(&a)?)
    };
    Ok(vm.new_str(s))
}

fn get_args(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(data(vm, v)?.args.borrow().clone())
}
fn set_args(vm: &mut Vm, v: &Value, a: Value) -> PyResult<()> {
    let items = vm.collect_iter(&a)?;
    let t = vm.new_tuple(items);
    *data(vm, v)?.args.borrow_mut() = t;
    Ok(())
}
fn get_tb(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(data(vm, v)?.traceback.borrow().clone())
}
fn set_tb(vm: &mut Vm, v: &Value, a: Value) -> PyResult<()> {
    if !a.is_none() && a.kind() != Some(crate::heap::ObjKind::Traceback) {
        return Err(vm.type_error("__traceback__ must be a traceback or None"));
    }
    *data(vm, v)?.traceback.borrow_mut() = a;
    Ok(())
}
fn get_cause(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(data(vm, v)?.cause.borrow().clone())
}
fn set_cause(vm: &mut Vm, v: &Value, a: Value) -> PyResult<()> {
    if !a.is_none() && !vm.is_instance(&a, &vm.t.base_exception.clone()) {
        return Err(vm.type_error("exception cause must be None or derive from BaseException"));
    }
    let d = data(vm, v)?;
    *d.cause.borrow_mut() = a;
    d.suppress_context.set(true);
    Ok(())
}
fn get_context(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(data(vm, v)?.context.borrow().clone())
}
fn set_context(vm: &mut Vm, v: &Value, a: Value) -> PyResult<()> {
    if !a.is_none() && !vm.is_instance(&a, &vm.t.base_exception.clone()) {
        return Err(vm.type_error("exception context must be None or derive from BaseException"));
    }
    *data(vm, v)?.context.borrow_mut() = a;
    Ok(())
}
fn get_suppress(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(data(vm, v)?.suppress_context.get()))
}
fn set_suppress(vm: &mut Vm, v: &Value, a: Value) -> PyResult<()> {
    let b = vm.is_true(&a)?;
    data(vm, v)?.suppress_context.set(b);
    Ok(())
}

fn with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, tb] = args.exact::<2>(vm, "with_traceback")?;
    set_tb(vm, &this, tb)?;
    Ok(this)
}

fn stop_iteration_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.stop_iteration_value(v))
}

fn system_exit_code(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let a = data(vm, v)?.args.borrow().clone();
    let t = a
        .downcast_ref::<TupleData>()
        .map(|t| t.as_slice().to_vec())
        .unwrap_or_default();
    Ok(match t.len() {
        0 => Value::NONE,
        1 => t[0].clone(),
        _ => a,
    })
}

/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`.
fn syntax_error_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos[0].clone();
    let rest: Vec<Value> = args.pos[1..].to_vec();
    exc_init(vm, args)?;
    let names = [
        "msg",
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
        "print_file_and_line",
    ];
    for n in names {
        let k = vm.intern(n);
        vm.store_instance_attr(&this, k, Value::NONE)?;
    }
    if let Some(msg) = rest.first() {
        let k = vm.intern("msg");
        vm.store_instance_attr(&this, k, msg.clone())?;
    }
    if rest.len() == 2 {
        let info = vm.collect_iter(&rest[1])?;
        if !(4..=6).contains(&info.len()) {
            return Err(vm.index_error("tuple index out of range"));
        }
        for (n, v) in names[1..].iter().zip(info) {
            let k = vm.intern(n);
            vm.store_instance_attr(&this, k, v)?;
        }
    }
    Ok(Value::NONE)
}

/// `str(SyntaxError)`: "msg (file.py, line 3)" with the file's base name.
fn syntax_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__str__")?;
    let get = |vm: &mut Vm, n: &str| -> Value {
        let k = vm.intern(n);
        vm.instance_attr(&this, &k).unwrap_or(Value::NONE)
    };
    let msg = get(vm, "msg");
    let msg = if msg.is_none() {
        return exc_str(vm, Args::new([this.clone()]));
    } else {
        vm.str_string(&msg)?
    };
    let filename = get(vm, "filename");
    let lineno = get(vm, "lineno");
    let fname = filename
        .downcast_ref::<crate::types::str::StrData>()
        .map(|s| s.as_str().rsplit('/').next().unwrap_or("").to_string());
    let line = lineno.as_small_int();
    let s = match (fname, line) {
        (Some(f), Some(l)) => format!("{} ({}, line {})", msg, f, l),
        (Some(f), None) => format!("{} ({})", msg, f),
        (None, Some(l)) => format!("{} (line {})", msg, l),
        (None, None) => msg,
    };
    Ok(vm.new_str(s))
}

/// `ImportError(*args, name=None, path=None)`.
fn import_error_init(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let this = args.pos[0].clone();
    let name = args.take_kw("name").unwrap_or(Value::NONE);
    let path = args.take_kw("path").unwrap_or(Value::NONE);
    if let Some((k, _)) = args.kw.first() {
        let n = crate::args::kw_name(k).to_string();
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for ImportError()",
            n
        )));
    }
    let msg = if args.pos.len() == 2 {
        args.pos[1].clone()
    } else {
        Value::NONE
    };
    exc_init(vm, args)?;
    for (n, v) in [("name", name), ("path", path), ("msg", msg)] {
        let k = vm.intern(n);
        // `name` may already have been set by the import system.
        if n == "name" && v.is_none() && vm.instance_attr(&this, &k).is_some() {
            continue;
        }
        vm.store_instance_attr(&this, k, v)?;
    }
    Ok(Value::NONE)
}

pub fn init(vm: &mut Vm) {
    let b = vm.t.base_exception.clone();
    crate::types::object::add_new(vm, &b, "BaseException", exc_new);
    vm.add_method(&b, "__init__", exc_init);
    vm.add_method(&b, "__str__", exc_str);
    vm.add_method(&b, "__repr__", exc_repr);
    vm.add_method(&b, "with_traceback", with_traceback);
    vm.add_getset(&b, "args", get_args, Some(set_args));
    vm.add_getset(&b, "__traceback__", get_tb, Some(set_tb));
    vm.add_getset(&b, "__cause__", get_cause, Some(set_cause));
    vm.add_getset(&b, "__context__", get_context, Some(set_context));
    vm.add_getset(&b, "__suppress_context__", get_suppress, Some(set_suppress));
    let k = vm.t.key_error.clone();
    vm.add_method(&k, "__str__", key_error_str);
    let si = vm.t.stop_iteration.clone();
    vm.add_getset(&si, "value", stop_iteration_value, None);
    let sx = vm.t.syntax_error.clone();
    vm.add_method(&sx, "__init__", syntax_error_init);
    vm.add_method(&sx, "__str__", syntax_error_str);
    let ie = vm.t.import_error.clone();
    vm.add_method(&ie, "__init__", import_error_init);
    let se = vm.t.system_exit.clone();
    vm.add_getset(&se, "code", system_exit_code, None);
}
