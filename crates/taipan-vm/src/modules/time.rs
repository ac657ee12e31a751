//! The `time` module.

use crate::value::Value;
use crate::vm::Vm;

pub fn new_module(vm: &mut Vm) -> Value {
    vm.new_module("time")
}

pub fn init(_vm: &mut Vm) {}
