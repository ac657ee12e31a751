//! Generator methods (`send`, `throw`, `close`, iteration) and attributes
//! (CPython's `Objects/genobject.c`). The resumption machinery is in
//! `interp/generator.rs`.

use std::cell::RefCell;

use crate::args::Args;
use crate::errors::{PyErr, PyResult};
use crate::heap;
use crate::interp::generator::GenResult;
use crate::types::class::{self, Layout};
use crate::types::exception::ExceptionData;
use crate::types::generator::{GenState, GeneratorData};
use crate::types::str::StrData;
use crate::types::tuple::TupleData;
use crate::value::Value;
use crate::vm::Vm;

thread_local! {
    /// The `frame` class used for `gi_frame` snapshots.
    static FRAME_CLASS: RefCell<Value> = const { RefCell::new(Value::NULL) };
}

fn gen<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a GeneratorData> {
    match v.downcast_ref::<GeneratorData>() {
        Some(g) => Ok(g),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor requires a 'generator' object but received a '{}'",
                tn
            )))
        }
    }
}

fn result(vm: &mut Vm, r: GenResult) -> PyResult<Value> {
    match r {
        GenResult::Yield(v) => Ok(v),
        GenResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

fn gen_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__iter__")?;
    gen(vm, &this)?;
    Ok(this)
}

fn gen_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__next__")?;
    gen(vm, &this)?;
    let r = vm.gen_send(&this, Value::NONE)?;
    result(vm, r)
}

fn gen_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, v] = args.exact::<2>(vm, "send")?;
    gen(vm, &this)?;
    let r = vm.gen_send(&this, v)?;
    result(vm, r)
}

/// The exception for `throw(typ[, val[, tb]])` (CPython's `_gen_throw` normalisation).
pub fn make_throw_exception(
    vm: &mut Vm,
    typ: Value,
    val: Option<Value>,
    tb: Option<Value>,
) -> PyResult<PyErr> {
    let tb = tb.filter(|t| !t.is_none());
    if let Some(t) = &tb {
        if !t.header().is_some_and(|h| h.class_is(&vm.t.traceback)) {
            return Err(vm.type_error("throw() third argument must be a traceback object"));
        }
    }
    let val = val.filter(|v| !v.is_none());
    let base_exc = vm.t.base_exception.clone();
    let exc = if vm.is_class(&typ) && class::is_subclass(&typ, &base_exc) {
        match val {
            Some(v) if vm.is_instance(&v, &typ) => v,
            Some(v) => {
                let args: Vec<Value> = match v.downcast_ref::<TupleData>() {
                    Some(t) => t.as_slice().to_vec(),
                    None => vec![v],
                };
                vm.call(&typ, Args::new(args))?
            }
            None => vm.call(&typ, Args::default())?,
        }
    } else if vm.is_instance(&typ, &base_exc) {
        if val.is_some() {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        typ
    } else {
        let tn = vm.type_name(&typ);
        return Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            tn
        )));
    };
    if let Some(t) = tb {
        if let Some(d) = exc.downcast_ref::<ExceptionData>() {
            *d.traceback.borrow_mut() = t;
        }
    }
    Ok(PyErr(exc))
}

fn gen_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "throw", 2, 4)?;
    let this = a[0].clone();
    gen(vm, &this)?;
    let err = make_throw_exception(vm, a[1].clone(), a.get(2).cloned(), a.get(3).cloned())?;
    let r = vm.gen_throw(&this, err)?;
    result(vm, r)
}

fn gen_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "close")?;
    gen(vm, &this)?;
    vm.gen_close(&this)?;
    Ok(Value::NONE)
}

fn gi_running(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(gen(vm, v)?.state.get() == GenState::Running))
}

fn gi_suspended(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(gen(vm, v)?.state.get() == GenState::Suspended))
}

/// A snapshot of the suspended frame (`f_code`, `f_lineno`), or None when finished.
fn gi_frame(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = gen(vm, v)?;
    if g.state.get() == GenState::Finished {
        return Ok(Value::NONE);
    }
    let snapshot = {
        let saved = g.frame.borrow();
        saved.as_ref().map(|s| {
            let line = if g.state.get() == GenState::Created {
                s.code.firstlineno
            } else {
                s.code.location(s.lasti).line
            };
            (s.code.as_value().clone(), line, s.globals.clone())
        })
    };
    let Some((code, line, globals)) = snapshot else {
        // Running: the frame is on the VM stack.
        return Ok(Value::NONE);
    };
    let cls = FRAME_CLASS.with(|c| c.borrow().clone());
    if cls.is_null() {
        return Ok(Value::NONE);
    }
    let f = crate::types::class_methods::new_instance(vm, &cls)?;
    let attrs = [
        ("f_code", code),
        ("f_lineno", vm.new_int(line as i64)),
        ("f_globals", globals),
    ];
    for (k, val) in attrs {
        let k = vm.intern(k);
        vm.store_instance_attr(&f, k, val)?;
    }
    Ok(f)
}

fn gi_code(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = gen(vm, v)?;
    let code = g.frame.borrow().as_ref().map(|s| s.code.as_value().clone());
    match code {
        Some(c) => Ok(c),
        // Finished generators drop their frame (the code is not kept separately).
        None => Ok(Value::NONE),
    }
}

fn gi_yieldfrom(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = gen(vm, v)?;
    if g.state.get() != GenState::Suspended {
        return Ok(Value::NONE);
    }
    let saved = g.frame.borrow();
    let Some(s) = saved.as_ref() else {
        return Ok(Value::NONE);
    };
    let unit = s.code.code.get(s.ip).map(|u| u.get()).unwrap_or(0);
    if unit & 0xFF == taipan_bytecode::Opcode::RESUME as u16 && (unit >> 8) >= 2 {
        return Ok(s.slots.last().cloned().unwrap_or(Value::NONE));
    }
    Ok(Value::NONE)
}

fn g_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(gen(vm, v)?.name.borrow().clone())
}
fn g_set_name(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let g = gen(vm, v)?;
    if x.downcast_ref::<StrData>().is_none() {
        return Err(vm.type_error("__name__ must be set to a string object"));
    }
    *g.name.borrow_mut() = x;
    Ok(())
}
fn g_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(gen(vm, v)?.qualname.borrow().clone())
}
fn g_set_qualname(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let g = gen(vm, v)?;
    if x.downcast_ref::<StrData>().is_none() {
        return Err(vm.type_error("__qualname__ must be set to a string object"));
    }
    *g.qualname.borrow_mut() = x;
    Ok(())
}

fn gen_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let g = gen(vm, &this)?;
    let q = g
        .qualname
        .borrow()
        .downcast_ref::<StrData>()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    let kind = vm.type_name(&this);
    Ok(vm.new_str(format!(
        "<{} object {} at {:#x}>",
        kind,
        q,
        this.raw_bits() & 0xFFFF_FFFF_FFFF
    )))
}

pub fn init(vm: &mut Vm) {
    let g = vm.t.generator.clone();
    vm.add_method(&g, "__iter__", gen_iter);
    vm.add_method(&g, "__next__", gen_next);
    vm.add_method(&g, "send", gen_send);
    vm.add_method(&g, "throw", gen_throw);
    vm.add_method(&g, "close", gen_close);
    vm.add_method(&g, "__repr__", gen_repr);
    vm.add_getset(&g, "gi_running", gi_running, None);
    vm.add_getset(&g, "gi_suspended", gi_suspended, None);
    vm.add_getset(&g, "gi_frame", gi_frame, None);
    vm.add_getset(&g, "gi_code", gi_code, None);
    vm.add_getset(&g, "gi_yieldfrom", gi_yieldfrom, None);
    vm.add_getset(&g, "__name__", g_name, Some(g_set_name));
    vm.add_getset(&g, "__qualname__", g_qualname, Some(g_set_qualname));

    let obj = vm.t.object.clone();
    let d = vm.new_dict();
    let frame = class::new_class_object(
        vm,
        &vm.t.type_.clone(),
        "frame",
        vec![obj.clone()],
        vec![obj],
        d,
        Layout::Object,
        // Snapshot attributes are stored as instance attributes.
        crate::types::class::class_flags::HEAPTYPE,
    );
    heap::make_immortal(&frame);
    FRAME_CLASS.with(|c| *c.borrow_mut() = frame);
}
