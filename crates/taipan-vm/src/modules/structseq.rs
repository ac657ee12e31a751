//! Struct sequences (`sys.version_info`, `sys.float_info`, `time.struct_time`): tuple
//! subclasses whose items are also readable as named attributes, with CPython's
//! `name(field=value, ...)` repr.

use std::cell::RefCell;

use crate::args::Args;
use crate::errors::PyResult;
use crate::heap;
use crate::types::class::{self, class_flags, ClassData, Layout};
use crate::types::dict::DictData;
use crate::types::instance::InstanceData;
use crate::types::str::StrData;
use crate::types::tuple::TupleData;
use crate::value::Value;
use crate::vm::Vm;

const FIELDS_KEY: &str = "n_fields";

impl Vm {
    /// A new struct-sequence class `module.name` with the given field names.
    pub fn new_struct_seq_type(&mut self, module: &str, name: &str, fields: &[&str]) -> Value {
        let tuple = self.t.tuple.clone();
        let mut mro = vec![tuple.clone()];
        mro.extend(class::mro_of(&tuple).into_iter().skip(1));
        let dict = self.new_dict();
        let cls = class::new_class_object(
            self,
            &self.t.type_.clone(),
            name,
            vec![tuple],
            mro,
            dict,
            Layout::NativeWrapped,
            class_flags::HEAPTYPE,
        );
        let names: Vec<Value> = fields.iter().map(|f| self.intern(f)).collect();
        let names = self.new_tuple(names);
        let n = self.new_usize(fields.len());
        self.add_class_attr(&cls, "_fields_", names);
        self.add_class_attr(&cls, FIELDS_KEY, n.clone());
        self.add_class_attr(&cls, "n_sequence_fields", n);
        let m = self.new_str(module);
        self.add_class_attr(&cls, "__module__", m);
        self.add_method(&cls, "__repr__", struct_seq_repr);
        if let Some(c) = cls.downcast_ref::<ClassData>() {
            c.flags.set(c.flags.get() & !class_flags::BASETYPE);
        }
        cls
    }

    /// An instance of struct-sequence class `cls` holding `values`.
    pub fn new_struct_seq(&mut self, cls: &Value, values: Vec<Value>) -> Value {
        let names = self.struct_fields(cls);
        let shape = cls
            .downcast_ref::<ClassData>()
            .map(|c| c.shape.borrow().clone())
            .unwrap_or_else(crate::types::instance::Shape::new_root);
        let inst = heap::alloc(cls, InstanceData::new(shape));
        let tuple = self.new_tuple(values.clone());
        if let Some(d) = inst.downcast_ref::<InstanceData>() {
            d.set_native(tuple);
        }
        for (n, v) in names.into_iter().zip(values) {
            let _ = self.store_instance_attr(&inst, n, v);
        }
        inst
    }

    fn struct_fields(&mut self, cls: &Value) -> Vec<Value> {
        let key = self.intern("_fields_");
        cls.downcast_ref::<ClassData>()
            .and_then(|c| c.dict().get_str(self, &key))
            .and_then(|t| t.downcast_ref::<TupleData>().map(|t| t.as_slice().to_vec()))
            .unwrap_or_default()
    }
}

fn struct_seq_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let cls = vm.type_of(&this);
    let names = vm.struct_fields(&cls);
    let native = vm.native_of(&this);
    let values = native
        .downcast_ref::<TupleData>()
        .map(|t| t.as_slice().to_vec())
        .unwrap_or_default();
    let mut parts = Vec::new();
    for (n, v) in names.iter().zip(values.iter()) {
        let ns = n
            .downcast_ref::<StrData>()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        parts.push(format!("{}={}", ns, vm.repr_string(v)?));
    }
    let module = vm.class_module(&cls);
    let name = class::class_name(&cls);
    let _ = (RefCell::new(()), DictData::new());
    Ok(vm.new_str(format!("{}.{}({})", module, name, parts.join(", "))))
}
