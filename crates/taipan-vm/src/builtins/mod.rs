//! The `builtins` module: builtin functions, and the builtin classes and exceptions
//! bound to their names.

pub mod functions;

use crate::types::function::NativeFn;
use crate::value::Value;
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    let m = vm.new_module("builtins");
    vm.builtins_module = m.clone();
    vm.builtins = m
        .downcast_ref::<crate::types::module::ModuleData>()
        .unwrap()
        .dict
        .clone();
    let classes: Vec<(&str, Value)> = vec![
        ("type", vm.t.type_.clone()),
        ("object", vm.t.object.clone()),
        ("int", vm.t.int.clone()),
        ("bool", vm.t.bool.clone()),
        ("float", vm.t.float.clone()),
        ("complex", vm.t.complex.clone()),
        ("str", vm.t.str.clone()),
        ("bytes", vm.t.bytes.clone()),
        ("bytearray", vm.t.bytearray.clone()),
        ("memoryview", vm.t.memoryview.clone()),
        ("tuple", vm.t.tuple.clone()),
        ("list", vm.t.list.clone()),
        ("dict", vm.t.dict.clone()),
        ("set", vm.t.set.clone()),
        ("frozenset", vm.t.frozenset.clone()),
        ("range", vm.t.range.clone()),
        ("slice", vm.t.slice.clone()),
        ("property", vm.t.property.clone()),
        ("staticmethod", vm.t.staticmethod.clone()),
        ("classmethod", vm.t.classmethod.clone()),
        ("super", vm.t.super_.clone()),
        ("enumerate", vm.t.enumerate.clone()),
        ("zip", vm.t.zip.clone()),
        ("map", vm.t.map.clone()),
        ("filter", vm.t.filter.clone()),
        ("reversed", vm.t.reversed.clone()),
    ];
    for (n, c) in classes {
        vm.module_set(&m, n, c);
    }
    let excs = vm.t.exceptions.clone();
    for (n, c) in excs {
        vm.module_set(&m, n, c);
    }
    let os_error = vm.t.os_error.clone();
    vm.module_set(&m, "EnvironmentError", os_error.clone());
    vm.module_set(&m, "IOError", os_error);
    vm.module_set(&m, "None", Value::NONE);
    vm.module_set(&m, "Ellipsis", Value::ELLIPSIS);
    vm.module_set(&m, "NotImplemented", Value::NOT_IMPLEMENTED);
    vm.module_set(&m, "True", Value::TRUE);
    vm.module_set(&m, "False", Value::FALSE);
    vm.module_set(&m, "__debug__", Value::TRUE);
    for &(name, f) in functions::FUNCTIONS {
        let fv = vm.new_native_function(name, "builtins", f);
        vm.module_set(&m, name, fv);
    }
    vm.register_module("builtins", m);
}

/// Register an extra builtin function (used by other modules' init).
pub fn add_function(vm: &mut Vm, name: &'static str, f: NativeFn) {
    let m = vm.builtins_module.clone();
    let fv = vm.new_native_function(name, "builtins", f);
    vm.module_set(&m, name, fv);
}
