//! `mappingproxy` (the read-only view a class's `__dict__` returns) and
//! `types.SimpleNamespace` (used for `sys.implementation`).

use crate::args::Args;
use crate::errors::PyResult;
use crate::types::class::ClassData;
use crate::types::dict::DictData;
use crate::types::instance::InstanceData;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// A read-only `mappingproxy` over `mapping`.
    pub fn new_mappingproxy(&mut self, mapping: &Value) -> PyResult<Value> {
        let cls = self.t.mappingproxy.clone();
        crate::types::native_dunders::wrap_native(self, &cls, &Value::NULL, mapping.clone())
    }
}

fn target(vm: &mut Vm, this: &Value) -> Value {
    vm.native_of(this)
}

macro_rules! forward {
    ($($f:ident => $name:literal,)*) => {
        $(
            fn $f(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
                let this = args.pos.remove(0);
                let t = target(vm, &this);
                vm.call_method(&t, $name, args)
            }
        )*
    };
}

forward! {
    mp_keys => "keys",
    mp_values => "values",
    mp_items => "items",
    mp_get => "get",
    mp_copy => "copy",
}

fn mp_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let t = target(vm, &this);
    let r = vm.repr_string(&t)?;
    Ok(vm.new_str(format!("mappingproxy({})", r)))
}

fn mp_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "mappingproxy", 2, 2)?;
    let m = a[1].clone();
    if m.downcast_ref::<DictData>().is_none()
        && vm.lookup_special(&m, &vm.n.__getitem__.clone()).is_none()
    {
        let tn = vm.type_name(&m);
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            tn
        )));
    }
    vm.new_mappingproxy(&m)
}

/// `SimpleNamespace(**kwargs)`.
fn ns_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos[0].clone();
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "SimpleNamespace expected at most 0 arguments, got {}",
            args.pos.len() - 1
        )));
    }
    for (k, v) in args.kw {
        vm.setattr(&this, &k, v)?;
    }
    Ok(Value::NONE)
}

fn ns_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let d = vm.materialize_dict(&this);
    let mut parts = Vec::new();
    for (k, v) in d.downcast_ref::<DictData>().unwrap().items() {
        let ks = vm.str_string(&k)?;
        parts.push(format!("{}={}", ks, vm.repr_string(&v)?));
    }
    let name = if vm.type_of(&this).is(&vm.t.simple_namespace) {
        "namespace".to_string()
    } else {
        vm.type_name(&this)
    };
    Ok(vm.new_str(format!("{}({})", name, parts.join(", "))))
}

fn ns_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__eq__")?;
    if b.downcast_ref::<InstanceData>().is_none()
        || !vm.is_instance(&b, &vm.t.simple_namespace.clone())
    {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (da, db) = (vm.materialize_dict(&a), vm.materialize_dict(&b));
    Ok(Value::bool(vm.eq(&da, &db)?))
}

pub fn init(vm: &mut Vm) {
    let mp = vm.t.mappingproxy.clone();
    vm.add_native_dunders(
        &mp,
        &[
            "__getitem__",
            "__len__",
            "__contains__",
            "__iter__",
            "__eq__",
            "__ne__",
        ],
    );
    vm.add_method(&mp, "keys", mp_keys);
    vm.add_method(&mp, "values", mp_values);
    vm.add_method(&mp, "items", mp_items);
    vm.add_method(&mp, "get", mp_get);
    vm.add_method(&mp, "copy", mp_copy);
    vm.add_method(&mp, "__repr__", mp_repr);
    crate::types::object::add_new(vm, &mp, "mappingproxy", mp_new);
    let ns = vm.t.simple_namespace.clone();
    vm.add_method(&ns, "__init__", ns_init);
    vm.add_method(&ns, "__repr__", ns_repr);
    vm.add_method(&ns, "__eq__", ns_eq);
    vm.add_getset(&ns, "__dict__", crate::types::object::object_dict, None);
    let types = vm.new_str("types");
    vm.add_class_attr(&ns, "__module__", types);
    if let Some(c) = ns.downcast_ref::<ClassData>() {
        // Instances take arbitrary attributes.
        c.flags
            .set(c.flags.get() | crate::types::class::class_flags::HEAPTYPE);
    }
}
