//! `_taipan`: private helpers for the embedded standard-library modules
//! (`crates/taipan-vm/lib/`), for what CPython's versions get from frame
//! introspection (`sys._getframe`), which Taipan does not expose.

use crate::args::Args;
use crate::errors::PyResult;
use crate::value::Value;
use crate::vm::Vm;

/// `caller_module(depth)`: the `__name__` of the globals of the Python frame `depth`
/// levels above the caller (0 is the caller itself), or None. `namedtuple` and
/// friends use it to set `__module__` as CPython does with `sys._getframe(depth)`.
fn caller_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [depth] = args.exact::<1>(vm, "caller_module")?;
    let Some(depth) = vm.index_value(&depth)? else {
        return Err(vm.type_error("caller_module() argument must be an int"));
    };
    let n = vm.frames.len();
    let Some(i) = usize::try_from(depth)
        .ok()
        .and_then(|d| n.checked_sub(d + 1))
    else {
        return Ok(Value::NONE);
    };
    let globals = vm.frames[i].globals.clone();
    let key = vm.n.__name__.clone();
    Ok(globals
        .downcast_ref::<crate::types::dict::DictData>()
        .and_then(|d| d.get_str(vm, &key))
        .unwrap_or(Value::NONE))
}

pub fn new_module(vm: &mut Vm) -> Value {
    let m = vm.new_module("_taipan");
    let f = vm.new_native_function("caller_module", "_taipan", caller_module);
    vm.module_set(&m, "caller_module", f);
    m
}
