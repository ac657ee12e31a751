//! The `math` module.

use crate::value::Value;
use crate::vm::Vm;

pub fn new_module(vm: &mut Vm) -> Value {
    vm.new_module("math")
}

pub fn init(vm: &mut Vm) {
    crate::types::int_methods::init_builtins(vm);
}
