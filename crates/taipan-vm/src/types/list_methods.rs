//! Methods of a builtin type (to be filled in).

use crate::vm::Vm;

pub fn init(_vm: &mut Vm) {}

use crate::errors::PyResult;
use crate::types::list::ListData;
use crate::value::Value;

/// `list[key] = value` (index or slice).
pub fn list_setitem(vm: &mut Vm, list: &Value, key: Value, value: Value) -> PyResult<()> {
    let l = list.downcast_ref::<ListData>().unwrap();
    if let Some(s) = key.downcast_ref::<crate::types::slice::SliceData>() {
        let items = vm.collect_iter(&value)?;
        let len = l.len();
        let (start, stop, step, n) = vm.slice_indices(s, len)?;
        if step == 1 {
            let stop = stop.max(start) as usize;
            l.items.borrow_mut().splice(start as usize..stop, items);
            return Ok(());
        }
        if items.len() as i64 != n {
            return Err(vm.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                n
            )));
        }
        let mut v = l.items.borrow_mut();
        for (k, it) in items.into_iter().enumerate() {
            v[(start + k as i64 * step) as usize] = it;
        }
        return Ok(());
    }
    let len = l.len() as i64;
    let Some(i) = vm.index_value(&key)? else {
        let tn = vm.type_name(&key);
        return Err(vm.type_error(format!(
            "list indices must be integers or slices, not {}",
            tn
        )));
    };
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.index_error("list assignment index out of range"));
    }
    let old = std::mem::replace(&mut l.items.borrow_mut()[j as usize], value);
    drop(old);
    Ok(())
}

/// `del list[key]`.
pub fn list_delitem(vm: &mut Vm, list: &Value, key: &Value) -> PyResult<()> {
    let l = list.downcast_ref::<ListData>().unwrap();
    if let Some(s) = key.downcast_ref::<crate::types::slice::SliceData>() {
        let len = l.len();
        let (start, _, step, n) = vm.slice_indices(s, len)?;
        let mut idx: Vec<usize> = (0..n).map(|k| (start + k * step) as usize).collect();
        idx.sort_unstable();
        let removed: Vec<Value> = {
            let mut v = l.items.borrow_mut();
            idx.iter().rev().map(|&i| v.remove(i)).collect()
        };
        drop(removed);
        return Ok(());
    }
    let len = l.len() as i64;
    let Some(i) = vm.index_value(key)? else {
        let tn = vm.type_name(key);
        return Err(vm.type_error(format!(
            "list indices must be integers or slices, not {}",
            tn
        )));
    };
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.index_error("list assignment index out of range"));
    }
    let old = l.items.borrow_mut().remove(j as usize);
    drop(old);
    Ok(())
}
