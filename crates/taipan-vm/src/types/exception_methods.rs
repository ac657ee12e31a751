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

pub fn init(vm: &mut Vm) {
    let b = vm.t.base_exception.clone();
    let new = vm.new_native_function("__new__", "BaseException", exc_new);
    let sm = crate::heap::alloc(
        &vm.t.staticmethod,
        crate::types::descriptor::StaticMethodData {
            func: new,
            dict: std::cell::RefCell::new(Value::NULL),
        },
    );
    vm.add_class_attr(&b, "__new__", sm);
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
    let se = vm.t.system_exit.clone();
    vm.add_getset(&se, "code", system_exit_code, None);
}
