//! `memoryview`, minimal: a read view of a `bytes` object or a read-write view of a
//! `bytearray` (format 'B', one dimension). Instances wrap the viewed object as a
//! native value (`Layout::NativeWrapped`, as `mappingproxy`), so indexing, `len`,
//! iteration and `==` reuse the wrapped object's native dunders; slicing returns a
//! new view of a copy (CPython shares the buffer). There is no general buffer
//! protocol yet: other objects (array, mmap) are refused.

use crate::args::Args;
use crate::errors::PyResult;
use crate::types::bytes::{ByteArrayData, BytesData};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// A memoryview over `obj` (bytes or bytearray).
    pub fn new_memoryview(&mut self, obj: &Value) -> PyResult<Value> {
        let cls = self.t.memoryview.clone();
        crate::types::native_dunders::wrap_native(self, &cls, &Value::NULL, obj.clone())
    }
}

/// The viewed bytes (a copy).
fn data(vm: &mut Vm, this: &Value) -> Vec<u8> {
    let n = vm.native_of(this);
    if let Some(b) = n.downcast_ref::<BytesData>() {
        b.bytes.to_vec()
    } else if let Some(b) = n.downcast_ref::<ByteArrayData>() {
        b.bytes.borrow().clone()
    } else {
        Vec::new()
    }
}

fn mv_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [_cls, obj] = args.exact::<2>(vm, "memoryview")?;
    if obj.downcast_ref::<BytesData>().is_some() || obj.downcast_ref::<ByteArrayData>().is_some() {
        return vm.new_memoryview(&obj);
    }
    if obj
        .downcast_ref::<crate::types::instance::InstanceData>()
        .is_some()
        && vm.type_of(&obj).is(&vm.t.memoryview.clone())
    {
        let inner = vm.native_of(&obj);
        return vm.new_memoryview(&inner);
    }
    let tn = vm.type_name(&obj);
    Err(vm.type_error(format!(
        "memoryview: a bytes-like object is required, not '{}'",
        tn
    )))
}

fn this(args: &Args) -> Value {
    args.pos.first().cloned().unwrap_or(Value::NONE)
}

fn mv_tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = data(vm, &this(&args));
    Ok(vm.new_bytes(d))
}

fn mv_tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = data(vm, &this(&args));
    let items = d.iter().map(|b| vm.new_int(*b as i64)).collect();
    Ok(vm.new_list(items))
}

fn mv_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = data(vm, &this(&args));
    let s: String = d.iter().map(|b| format!("{:02x}", b)).collect();
    Ok(vm.new_str(s))
}

fn mv_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [me, key] = args.exact::<2>(vm, "__getitem__")?;
    let inner = vm.native_of(&me);
    if let Some(i) = vm.index_value(&key)? {
        let n = data(vm, &me).len() as i64;
        if i >= n || i < -n {
            return Err(vm.index_error("index out of bounds on dimension 1"));
        }
    }
    let r = vm.getitem(&inner, &key)?;
    if r.downcast_ref::<BytesData>().is_some() || r.downcast_ref::<ByteArrayData>().is_some() {
        return vm.new_memoryview(&r);
    }
    Ok(r)
}

fn mv_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [me, key, value] = args.exact::<3>(vm, "__setitem__")?;
    let inner = vm.native_of(&me);
    if inner.downcast_ref::<ByteArrayData>().is_none() {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    vm.setitem(&inner, key, value)?;
    Ok(Value::NONE)
}

fn mv_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let inner = vm.native_of(&this(&args));
    if inner.downcast_ref::<BytesData>().is_none() {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    let h = vm.hash(&inner)?;
    Ok(vm.new_int(h))
}

fn mv_release(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn mv_enter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(&args))
}

fn mv_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args);
    let s = vm
        .default_repr(&me)
        .replace("<memoryview object", "<memory");
    Ok(vm.new_str(s))
}

fn get_obj(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.native_of(v))
}
fn get_nbytes(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = data(vm, v).len();
    Ok(vm.new_usize(n))
}
fn get_readonly(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = vm.native_of(v);
    Ok(Value::bool(n.downcast_ref::<ByteArrayData>().is_none()))
}
fn get_itemsize(vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(vm.new_int(1))
}
fn get_format(vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(vm.new_str("B"))
}
fn get_ndim(vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(vm.new_int(1))
}
fn get_shape(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = data(vm, v).len();
    let nv = vm.new_usize(n);
    Ok(vm.new_tuple(vec![nv]))
}
fn get_strides(vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    let one = vm.new_int(1);
    Ok(vm.new_tuple(vec![one]))
}
fn get_true(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::TRUE)
}

pub fn init(vm: &mut Vm) {
    let c = vm.t.memoryview.clone();
    crate::types::object::add_new(vm, &c, "memoryview", mv_new);
    vm.add_native_dunders(&c, &["__len__", "__iter__", "__eq__", "__ne__"]);
    vm.add_method(&c, "__hash__", mv_hash);
    vm.add_method(&c, "__getitem__", mv_getitem);
    vm.add_method(&c, "__setitem__", mv_setitem);
    vm.add_method(&c, "__repr__", mv_repr);
    vm.add_method(&c, "__enter__", mv_enter);
    vm.add_method(&c, "__exit__", mv_release);
    vm.add_method(&c, "release", mv_release);
    vm.add_method(&c, "tobytes", mv_tobytes);
    vm.add_method(&c, "tolist", mv_tolist);
    vm.add_method(&c, "hex", mv_hex);
    vm.add_getset(&c, "obj", get_obj, None);
    vm.add_getset(&c, "nbytes", get_nbytes, None);
    vm.add_getset(&c, "readonly", get_readonly, None);
    vm.add_getset(&c, "itemsize", get_itemsize, None);
    vm.add_getset(&c, "format", get_format, None);
    vm.add_getset(&c, "ndim", get_ndim, None);
    vm.add_getset(&c, "shape", get_shape, None);
    vm.add_getset(&c, "strides", get_strides, None);
    vm.add_getset(&c, "c_contiguous", get_true, None);
    vm.add_getset(&c, "contiguous", get_true, None);
}
