//! `module` objects: a namespace dict plus a name.

use crate::value::Value;

pub struct ModuleData {
    /// The module's globals (a dict object).
    pub dict: Value,
}

/// `module.__repr__`: `<module 'name' from 'file'>`, `(built-in)` or `(frozen)`.
fn module_repr(vm: &mut crate::vm::Vm, args: crate::args::Args) -> crate::errors::PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let get = |vm: &mut crate::vm::Vm, n: &str| -> Option<String> {
        let k = vm.intern(n);
        let d = this.downcast_ref::<ModuleData>()?.dict.clone();
        let v = d
            .downcast_ref::<crate::types::dict::DictData>()?
            .get_str(vm, &k)?;
        v.downcast_ref::<crate::types::str::StrData>()
            .map(|s| s.as_str().to_string())
    };
    let name = get(vm, "__name__").unwrap_or_else(|| "?".into());
    let s = match get(vm, "__file__") {
        Some(f) => format!("<module '{}' from '{}'>", name, f),
        None if crate::frozen::lookup(&name).is_some() => format!("<module '{}' (frozen)>", name),
        None if crate::modules::is_builtin_module(&name) => {
            format!("<module '{}' (built-in)>", name)
        }
        None => format!("<module '{}'>", name),
    };
    Ok(vm.new_str(s))
}

/// `ModuleType(name, doc=None)`.
fn module_new(vm: &mut crate::vm::Vm, args: crate::args::Args) -> crate::errors::PyResult<Value> {
    let [_cls, name, doc] = args.bind(vm, "module", ["cls", "name", "doc"], 1, 3, 2)?;
    let Some(n) = name
        .downcast_ref::<crate::types::str::StrData>()
        .map(|s| s.as_str().to_string())
    else {
        let tn = vm.type_name(&name);
        return Err(vm.type_error(format!(
            "module.__init__() argument 'name' must be str, not {}",
            tn
        )));
    };
    let m = vm.new_module(&n);
    if !doc.is_null() {
        vm.module_set(&m, "__doc__", doc);
    }
    Ok(m)
}

pub fn init(vm: &mut crate::vm::Vm) {
    let m = vm.t.module.clone();
    vm.add_method(&m, "__repr__", module_repr);
    crate::types::object::add_new(vm, &m, "module", module_new);
}
