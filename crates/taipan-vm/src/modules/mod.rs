//! Builtin modules implemented in Rust: `sys`, `math`, `time`, the file objects, and
//! `_taipan` (private helpers for the embedded Python modules).

pub mod digest;
pub mod io;
pub mod math;
pub mod structseq;
pub mod sys;
pub mod taipan;
pub mod time;

use crate::heap;
use crate::types::dict::DictData;
use crate::types::module::ModuleData;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// A new module object named `name` with an empty namespace.
    pub fn new_module(&mut self, name: &str) -> Value {
        let d = self.new_dict();
        let dd = d.downcast_ref::<DictData>().unwrap();
        let nv = self.new_str(name);
        dd.set_str(self.n.__name__.clone(), nv);
        dd.set_str(self.n.__doc__.clone(), Value::NONE);
        dd.set_str(self.n.__package__.clone(), Value::NONE);
        dd.set_str(self.n.__loader__.clone(), Value::NONE);
        dd.set_str(self.n.__spec__.clone(), Value::NONE);
        heap::alloc(&self.t.module, ModuleData { dict: d })
    }

    /// Set `module.name = value`.
    pub fn module_set(&mut self, module: &Value, name: &str, value: Value) {
        let k = self.intern(name);
        let m = module.downcast_ref::<ModuleData>().unwrap();
        m.dict.downcast_ref::<DictData>().unwrap().set_str(k, value);
    }

    /// Register a module in `sys.modules`.
    pub fn register_module(&mut self, name: &str, module: Value) {
        let k = self.new_str(name);
        let modules = self.modules.clone();
        let _ = modules
            .downcast_ref::<DictData>()
            .unwrap()
            .set(self, k, module);
    }
}

/// Whether `name` is a module implemented in Rust.
pub fn is_builtin_module(name: &str) -> bool {
    matches!(
        name,
        "sys" | "math" | "time" | "builtins" | "_taipan" | "array"
    )
}

/// Builtin module constructors by name, imported on first use.
pub fn builtin_module(vm: &mut Vm, name: &str) -> Option<Value> {
    match name {
        "sys" => Some(vm.sys.clone()),
        "math" => Some(math::new_module(vm)),
        "time" => Some(time::new_module(vm)),
        "_taipan" => Some(taipan::new_module(vm)),
        "array" => Some(crate::types::array::new_module(vm)),
        _ => None,
    }
}

pub fn init(vm: &mut Vm) {
    io::init(vm);
    sys::init(vm);
    math::init(vm);
    time::init(vm);
}
