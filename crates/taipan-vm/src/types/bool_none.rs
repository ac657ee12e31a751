//! `bool`, `NoneType`, `NotImplementedType`, `ellipsis`: immediates whose behaviour is
//! mostly native; here are their class-level methods.

use crate::vm::Vm;

pub fn init(_vm: &mut Vm) {}
