//! `list` methods (CPython's `Objects/listobject.c`), including `list.sort`: a port of
//! CPython's timsort run detection and binary insertion sort, so that the order of
//! comparisons (and so the error raised for incomparable items) matches CPython.

use std::cell::RefCell;

use taipan_bytecode::CompareOp;

use crate::args::{opt, Args};
use crate::errors::PyResult;
use crate::heap;
use crate::types::class;
use crate::types::iter::{SeqIterData, SeqKind};
use crate::types::list::ListData;
use crate::types::native_dunders::wrap_native;
use crate::types::object::add_new;
use crate::types::tuple::TupleData;
use crate::value::Value;
use crate::vm::Vm;

// ----- helpers shared by the container modules -----------------------------------

/// The class argument of a `__new__`, checked to be a subtype of `base`.
pub(crate) fn new_cls(vm: &mut Vm, args: &mut Args, base: &Value) -> PyResult<Value> {
    let bn = class::class_name(base);
    if args.pos.is_empty() {
        return Err(vm.type_error(format!("{}.__new__(): not enough arguments", bn)));
    }
    let cls = args.pos.remove(0);
    if !vm.is_class(&cls) {
        let tn = vm.type_name(&cls);
        return Err(vm.type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            bn, tn
        )));
    }
    if !class::is_subclass(&cls, base) {
        let cn = class::class_name(&cls);
        return Err(vm.type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            bn, cn, cn, bn
        )));
    }
    Ok(cls)
}

/// The receiver (`args.pos[0]`, removed) unwrapped to its builtin value.
pub(crate) fn recv(vm: &mut Vm, args: &mut Args) -> Value {
    if args.pos.is_empty() {
        return Value::NONE;
    }
    let s = args.pos.remove(0);
    vm.native_of(&s)
}

/// Unwrap an argument that may be an instance of a subclass of a builtin.
pub(crate) fn nat(vm: &Vm, v: &Value) -> Value {
    vm.native_of(v)
}

/// METH_O arity check: "list.append() takes exactly one argument (0 given)".
pub(crate) fn one_arg(vm: &mut Vm, args: Args, qual: &str) -> PyResult<Value> {
    let [a] = args.exact::<1>(vm, qual)?;
    Ok(a)
}

/// METH_NOARGS arity check.
pub(crate) fn no_args(vm: &mut Vm, args: &Args, qual: &str) -> PyResult<()> {
    args.no_kw(vm, qual)?;
    if !args.pos.is_empty() {
        return Err(vm.type_error(format!(
            "{}() takes no arguments ({} given)",
            qual,
            args.pos.len()
        )));
    }
    Ok(())
}

/// An index argument for `index()`-style start/stop (clamped like CPython's
/// `_PyEval_SliceIndexNotNone`).
pub(crate) fn slice_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(b) = v.downcast_ref::<crate::types::int::BigIntData>() {
        return Ok(if b.0.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        });
    }
    match vm.index_value(v)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
    }
}

/// Resolve `start`/`stop` of `index()` against `len`.
pub(crate) fn index_bounds(
    vm: &mut Vm,
    start: Option<&Value>,
    stop: Option<&Value>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let len = len as i64;
    let norm = |i: i64| -> i64 {
        if i < 0 {
            (i.saturating_add(len)).max(0)
        } else {
            i.min(len)
        }
    };
    let s = match start {
        Some(v) => norm(slice_arg(vm, v)?),
        None => 0,
    };
    let e = match stop {
        Some(v) => norm(slice_arg(vm, v)?),
        None => len,
    };
    Ok((s as usize, e as usize))
}

/// `a == b` with the identity shortcut (CPython's `PyObject_RichCompareBool`).
pub(crate) fn eq_id(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    vm.eq(a, b)
}

fn list_data(v: &Value) -> &ListData {
    // The receiver check is done by the method-descriptor call; a list subclass
    // instance always wraps a list.
    v.downcast_ref::<ListData>().unwrap_or_else(|| empty_list())
}

fn empty_list() -> &'static ListData {
    thread_local!(static E: &'static ListData = Box::leak(Box::new(ListData::default())));
    E.with(|e| *e)
}

fn this_list(vm: &mut Vm, args: &mut Args) -> PyResult<Value> {
    let l = recv(vm, args);
    if l.downcast_ref::<ListData>().is_none() {
        let tn = vm.type_name(&l);
        return Err(vm.type_error(format!(
            "descriptor for 'list' objects doesn't apply to a '{}' object",
            tn
        )));
    }
    Ok(l)
}

// ----- constructors ----------------------------------------------------------------

fn list_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let base = vm.t.list.clone();
    let cls = new_cls(vm, &mut args, &base)?;
    let l = vm.new_list(Vec::new());
    wrap_native(vm, &cls, &base, l)
}

fn list_init(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let l = this_list(vm, &mut args)?;
    if !args.kw.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    let items = match args.pos.first() {
        Some(it) => {
            let it = it.clone();
            vm.collect_iter(&it)?
        }
        None => Vec::new(),
    };
    let old = std::mem::replace(&mut *list_data(&l).items.borrow_mut(), items);
    drop(old);
    Ok(Value::NONE)
}

// ----- methods ---------------------------------------------------------------------

fn append(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let l = this_list(vm, &mut args)?;
    let x = one_arg(vm, args, "list.append")?;
    list_data(&l).push(x);
    Ok(Value::NONE)
}

fn extend(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let l = this_list(vm, &mut args)?;
    let x = one_arg(vm, args, "list.extend")?;
    let items = vm.collect_iter(&x)?;
    list_data(&l).items.borrow_mut().extend(items);
    Ok(Value::NONE)
}

fn insert(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let l = this_list(vm, &mut args)?;
    let [i, x] = args.exact::<2>(vm, "insert")?;
    let i = match vm.index_value(&i) {
        Ok(Some(i)) => i,
        Ok(None) => {
            let tn = vm.type_name(&i);
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                tn
            )));
        }
        Err(e) => {
            if i.downcast_ref::<crate::types::int::BigIntData>().is_some() {
                return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
            }
            return Err(e);
        }
    };
    let d = list_data(&l);
    let mut v = d.items.borrow_mut();
    let n = v.len() as i64;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
    v.insert(pos as usize, x);
    Ok(Value::NONE)
}

fn pop(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let l = this_list(vm, &mut args)?;
    let a = args.range(vm, "pop", 0, 1)?;
    let i = match a.first() {
        Some(v) => match vm.index_value(v)? {
            Some(i) => i,
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    tn
                )));
            }
        },
        None => -1,
    };
    let d = list_data(&l);
    let n = d.len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    let v = d.items.borrow_mut().remove(j as usize);
    Ok(v)
}

fn remove(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let l = this_list(vm, &mut args)?;
    let x = one_arg(vm, args, "list.remove")?;
    let d = list_data(&l);
    let mut i = 0;
    while let Some(item) = d.get(i) {
        if eq_id(vm, &item, &x)? {
            let d = list_data(&l);
            if i < d.len() {
                let old = d.items.borrow_mut().remove(i);
                drop(old);
            }
            return Ok(Value::NONE);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn index(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let l = this_list(vm, &mut args)?;
    let a = args.range(vm, "index", 1, 3)?;
    let x = a[0].clone();
    let len = list_data(&l).len();
    let (start, stop) = index_bounds(vm, a.get(1), a.get(2), len)?;
    let mut i = start;
    while i < stop {
        let Some(item) = list_data(&l).get(i) else {
            break;
        };
        if eq_id(vm, &item, &x)? {
            return Ok(vm.new_usize(i));
        }
        i += 1;
    }
    let r = vm.repr_string(&x)?;
    Err(vm.value_error(format!("{} is not in list", r)))
}

fn count(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let l = this_list(vm, &mut args)?;
    let x = one_arg(vm, args, "list.count")?;
    let mut n = 0usize;
    let mut i = 0;
    while let Some(item) = list_data(&l).get(i) {
        if eq_id(vm, &item, &x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(vm.new_usize(n))
}

fn clear(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let l = this_list(vm, &mut args)?;
    no_args(vm, &args, "list.clear")?;
    let old = std::mem::take(&mut *list_data(&l).items.borrow_mut());
    drop(old);
    Ok(Value::NONE)
}

fn copy(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let l = this_list(vm, &mut args)?;
    no_args(vm, &args, "list.copy")?;
    Ok(vm.new_list(list_data(&l).to_vec()))
}

fn reverse(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let l = this_list(vm, &mut args)?;
    no_args(vm, &args, "list.reverse")?;
    list_data(&l).items.borrow_mut().reverse();
    Ok(Value::NONE)
}

fn sort(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let l = this_list(vm, &mut args)?;
    let [key, rev] = args.bind::<2>(vm, "sort", ["key", "reverse"], 0, 0, 0)?;
    let key = opt(key).filter(|k| !k.is_none());
    let reverse = match opt(rev) {
        Some(r) => vm.is_true(&r)?,
        None => false,
    };
    list_sort(vm, &l, key, reverse)?;
    Ok(Value::NONE)
}

// ----- sorting ---------------------------------------------------------------------

/// `list.sort(key=key, reverse=reverse)` on an exact list value (the `sorted()` builtin
/// builds a list and calls this).
pub fn list_sort(vm: &mut Vm, list: &Value, key: Option<Value>, reverse: bool) -> PyResult<()> {
    let Some(d) = list.downcast_ref::<ListData>() else {
        return Err(vm.internal_error("list_sort on a non-list"));
    };
    // As CPython, the list is empty while sorting: mutation is detected afterwards.
    let mut items = std::mem::take(&mut *d.items.borrow_mut());
    let result = sort_items(vm, &mut items, key, reverse);
    let modified = !d.items.borrow().is_empty();
    let garbage = std::mem::replace(&mut *d.items.borrow_mut(), items);
    drop(garbage);
    result?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(())
}

/// Sort a vector of values stably (CPython's algorithm; see `list_sort`).
pub fn sort_items(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<()> {
    let n = items.len();
    if n < 2 {
        // CPython computes no keys for an empty list, but does call key for one item.
        if let (Some(k), 1) = (&key, n) {
            vm.call(k, Args::new([items[0].clone()]))?;
        }
        return Ok(());
    }
    let keys: Vec<Value> = match &key {
        Some(k) => {
            let mut ks = Vec::with_capacity(n);
            for it in items.iter() {
                ks.push(vm.call(k, Args::new([it.clone()]))?);
            }
            ks
        }
        None => items.clone(),
    };
    // Sort a permutation; ties keep original order (reverse: reverse first, as CPython).
    let mut perm: Vec<usize> = (0..n).collect();
    if reverse {
        perm.reverse();
    }
    let mut sorter = Sorter { keys: &keys };
    let r = sorter.timsort(vm, &mut perm);
    if let Err(e) = r {
        // On error CPython leaves the partially sorted list; keep it simple and
        // apply the permutation reached so far.
        let new: Vec<Value> = perm.iter().map(|&i| items[i].clone()).collect();
        let mut new = new;
        if reverse {
            new.reverse();
        }
        *items = new;
        return Err(e);
    }
    if reverse {
        perm.reverse();
    }
    let new: Vec<Value> = perm.iter().map(|&i| items[i].clone()).collect();
    *items = new;
    Ok(())
}

struct Sorter<'a> {
    keys: &'a [Value],
}

impl Sorter<'_> {
    /// keys[a] < keys[b]
    fn lt(&mut self, vm: &mut Vm, a: usize, b: usize) -> PyResult<bool> {
        let (x, y) = (&self.keys[a], &self.keys[b]);
        if let (Some(p), Some(q)) = (x.as_small_int(), y.as_small_int()) {
            return Ok(p < q);
        }
        if let (Some(p), Some(q)) = (x.as_float(), y.as_float()) {
            return Ok(p < q);
        }
        if let (Some(p), Some(q)) = (
            x.downcast_ref::<crate::types::str::StrData>(),
            y.downcast_ref::<crate::types::str::StrData>(),
        ) {
            return Ok(p.as_str() < q.as_str());
        }
        let r = vm.compare(x, y, CompareOp::Lt)?;
        vm.is_true(&r)
    }

    fn timsort(&mut self, vm: &mut Vm, a: &mut [usize]) -> PyResult<()> {
        let n = a.len();
        let minrun = compute_minrun(n);
        let mut runs: Vec<(usize, usize)> = Vec::new(); // (base, len)
        let mut lo = 0;
        let mut remaining = n;
        let mut buf: Vec<usize> = Vec::new();
        while remaining > 0 {
            let (mut run, desc) = self.count_run(vm, &a[lo..lo + remaining])?;
            if desc {
                a[lo..lo + run].reverse();
            }
            if run < minrun {
                let force = remaining.min(minrun);
                self.binary_sort(vm, &mut a[lo..lo + force], run)?;
                run = force;
            }
            runs.push((lo, run));
            self.merge_collapse(vm, a, &mut runs, &mut buf)?;
            lo += run;
            remaining -= run;
        }
        while runs.len() > 1 {
            let mut i = runs.len() - 2;
            if i > 0 && runs[i - 1].1 < runs[i + 1].1 {
                i -= 1;
            }
            self.merge_at(vm, a, &mut runs, i, &mut buf)?;
        }
        Ok(())
    }

    fn count_run(&mut self, vm: &mut Vm, a: &[usize]) -> PyResult<(usize, bool)> {
        let n = a.len();
        if n == 1 {
            return Ok((1, false));
        }
        let mut k = 2;
        if self.lt(vm, a[1], a[0])? {
            while k < n {
                if !self.lt(vm, a[k], a[k - 1])? {
                    break;
                }
                k += 1;
            }
            Ok((k, true))
        } else {
            while k < n {
                if self.lt(vm, a[k], a[k - 1])? {
                    break;
                }
                k += 1;
            }
            Ok((k, false))
        }
    }

    /// CPython's `binarysort`: a[..start] is sorted; insert the rest.
    fn binary_sort(&mut self, vm: &mut Vm, a: &mut [usize], start: usize) -> PyResult<()> {
        let start = start.max(1);
        for s in start..a.len() {
            let pivot = a[s];
            let (mut l, mut r) = (0, s);
            while l < r {
                let p = l + ((r - l) >> 1);
                if self.lt(vm, pivot, a[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            a.copy_within(l..s, l + 1);
            a[l] = pivot;
        }
        Ok(())
    }

    fn merge_collapse(
        &mut self,
        vm: &mut Vm,
        a: &mut [usize],
        runs: &mut Vec<(usize, usize)>,
        buf: &mut Vec<usize>,
    ) -> PyResult<()> {
        while runs.len() > 1 {
            let mut n = runs.len() - 2;
            let l = |i: usize| runs[i].1;
            if (n > 0 && l(n - 1) <= l(n) + l(n + 1)) || (n > 1 && l(n - 2) <= l(n - 1) + l(n)) {
                if l(n - 1) < l(n + 1) {
                    n -= 1;
                }
            } else if l(n) > l(n + 1) {
                break;
            }
            self.merge_at(vm, a, runs, n, buf)?;
        }
        Ok(())
    }

    /// Merge runs i and i+1 (stable: an element of the right run goes first only
    /// when strictly less).
    fn merge_at(
        &mut self,
        vm: &mut Vm,
        a: &mut [usize],
        runs: &mut Vec<(usize, usize)>,
        i: usize,
        buf: &mut Vec<usize>,
    ) -> PyResult<()> {
        let (b1, l1) = runs[i];
        let (b2, l2) = runs[i + 1];
        runs[i] = (b1, l1 + l2);
        runs.remove(i + 1);
        buf.clear();
        buf.extend_from_slice(&a[b1..b1 + l1]);
        let (mut x, mut y, mut out) = (0usize, b2, b1);
        let end = b2 + l2;
        let mut res = Ok(());
        while x < buf.len() && y < end {
            match self.lt(vm, a[y], buf[x]) {
                Ok(true) => {
                    a[out] = a[y];
                    y += 1;
                }
                Ok(false) => {
                    a[out] = buf[x];
                    x += 1;
                }
                Err(e) => {
                    res = Err(e);
                    break;
                }
            }
            out += 1;
        }
        // Remaining left-run items fill the gap (also on error: keep a permutation).
        while x < buf.len() {
            a[out] = buf[x];
            x += 1;
            out += 1;
        }
        res
    }
}

fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

// ----- dunders ---------------------------------------------------------------------

/// Concatenation for `list.__add__` / `tuple.__add__`.
pub(crate) fn concat_error(vm: &mut Vm, a: &str, b: &Value) -> crate::errors::PyErr {
    let tn = vm.type_name(b);
    vm.type_error(format!(
        "can only concatenate {} (not \"{}\") to {}",
        a, tn, a
    ))
}

fn list_add(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let l = this_list(vm, &mut args)?;
    let o = one_arg(vm, args, "__add__")?;
    let on = nat(vm, &o);
    match on.downcast_ref::<ListData>() {
        Some(od) => {
            let mut v = list_data(&l).to_vec();
            v.extend(od.to_vec());
            Ok(vm.new_list(v))
        }
        None => Err(concat_error(vm, "list", &o)),
    }
}

fn list_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, o] = args.exact::<2>(vm, "__iadd__")?;
    let l = nat(vm, &this);
    let items = vm.collect_iter(&o)?;
    list_data(&l).items.borrow_mut().extend(items);
    Ok(this)
}

fn list_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, o] = args.exact::<2>(vm, "__imul__")?;
    let l = nat(vm, &this);
    let n = match vm.index_value(&o)? {
        Some(n) => n,
        None => {
            let tn = vm.type_name(&o);
            return Err(vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                tn
            )));
        }
    };
    let d = list_data(&l);
    let orig = d.to_vec();
    if n <= 0 || orig.is_empty() {
        let old = std::mem::take(&mut *d.items.borrow_mut());
        drop(old);
        return Ok(this);
    }
    if (orig.len() as u128) * (n as u128) > (1u128 << 40) {
        return Err(vm.memory_error(""));
    }
    let mut v = Vec::with_capacity(orig.len() * n as usize);
    for _ in 0..n {
        v.extend(orig.iter().cloned());
    }
    *d.items.borrow_mut() = v;
    Ok(this)
}

/// `__contains__` for lists and tuples (`x in seq`): identity or `==`.
pub(crate) fn seq_contains(vm: &mut Vm, seq: &Value, x: &Value) -> PyResult<bool> {
    let mut i = 0;
    loop {
        let item = if let Some(l) = seq.downcast_ref::<ListData>() {
            l.get(i)
        } else if let Some(t) = seq.downcast_ref::<TupleData>() {
            t.get(i).cloned()
        } else {
            None
        };
        let Some(item) = item else {
            return Ok(false);
        };
        if eq_id(vm, &item, x)? {
            return Ok(true);
        }
        i += 1;
    }
}

fn list_contains(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let l = this_list(vm, &mut args)?;
    let x = one_arg(vm, args, "__contains__")?;
    Ok(Value::bool(seq_contains(vm, &l, &x)?))
}

fn list_reversed(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let l = this_list(vm, &mut args)?;
    no_args(vm, &args, "list.__reversed__")?;
    Ok(heap::alloc(
        &vm.t.list_reverseiterator,
        SeqIterData {
            seq: RefCell::new(l),
            index: std::cell::Cell::new(0),
            kind: SeqKind::ListReverse,
            byte_pos: std::cell::Cell::new(0),
        },
    ))
}

/// Rich comparison dunder of a builtin container: NotImplemented unless both
/// operands (unwrapped) have the same payload kind.
pub(crate) fn same_kind_compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__cmp__")?;
    let (a, b) = (nat(vm, &a), nat(vm, &b));
    if a.kind().is_none() || a.kind() != b.kind() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    vm.native_compare(&a, &b, op)
}

macro_rules! cmp_fns {
    ($($f:ident = $op:ident),*) => {
        $(pub(crate) fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            same_kind_compare(vm, args, CompareOp::$op)
        })*
    };
}
cmp_fns!(
    cmp_eq = Eq,
    cmp_ne = Ne,
    cmp_lt = Lt,
    cmp_le = Le,
    cmp_gt = Gt,
    cmp_ge = Ge
);

/// Register `__eq__` .. `__ge__` (or only `__eq__`/`__ne__`) with same-kind checks.
pub(crate) fn add_compares(vm: &mut Vm, cls: &Value, ordering: bool) {
    vm.add_method(cls, "__eq__", cmp_eq);
    vm.add_method(cls, "__ne__", cmp_ne);
    if ordering {
        vm.add_method(cls, "__lt__", cmp_lt);
        vm.add_method(cls, "__le__", cmp_le);
        vm.add_method(cls, "__gt__", cmp_gt);
        vm.add_method(cls, "__ge__", cmp_ge);
    }
}

pub fn init(vm: &mut Vm) {
    let c = vm.t.list.clone();
    add_new(vm, &c, "list", list_new);
    vm.add_method(&c, "__init__", list_init);
    vm.add_method(&c, "append", append);
    vm.add_method(&c, "extend", extend);
    vm.add_method(&c, "insert", insert);
    vm.add_method(&c, "pop", pop);
    vm.add_method(&c, "remove", remove);
    vm.add_method(&c, "index", index);
    vm.add_method(&c, "count", count);
    vm.add_method(&c, "clear", clear);
    vm.add_method(&c, "copy", copy);
    vm.add_method(&c, "reverse", reverse);
    vm.add_method(&c, "sort", sort);
    vm.add_method(&c, "__add__", list_add);
    vm.add_method(&c, "__iadd__", list_iadd);
    vm.add_method(&c, "__imul__", list_imul);
    vm.add_method(&c, "__contains__", list_contains);
    vm.add_method(&c, "__reversed__", list_reversed);
    vm.add_native_dunders(
        &c,
        &[
            "__mul__",
            "__rmul__",
            "__len__",
            "__getitem__",
            "__setitem__",
            "__delitem__",
            "__iter__",
            "__repr__",
        ],
    );
    add_compares(vm, &c, true);
    vm.add_class_attr(&c, "__hash__", Value::NONE);
}

/// `list[key] = value` (index or slice).
pub fn list_setitem(vm: &mut Vm, list: &Value, key: Value, value: Value) -> PyResult<()> {
    let l = list_data(list);
    if let Some(s) = key.downcast_ref::<crate::types::slice::SliceData>() {
        // `a[:] = a` must copy first; any iterable is accepted.
        let items = if value.is(list) {
            l.to_vec()
        } else {
            match vm.collect_iter(&value) {
                Ok(v) => v,
                Err(e) => {
                    if vm.is_instance(e.value(), &vm.t.type_error.clone())
                        && vm.get_iter(&value).is_err()
                    {
                        return Err(vm.type_error("can only assign an iterable"));
                    }
                    return Err(e);
                }
            }
        };
        let len = l.len();
        let (start, stop, step, n) = vm.slice_indices(s, len)?;
        let len = l.len() as i64;
        if step == 1 {
            let start = start.clamp(0, len);
            let stop = stop.clamp(start, len);
            let removed: Vec<Value> = l
                .items
                .borrow_mut()
                .splice(start as usize..stop as usize, items)
                .collect();
            drop(removed);
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
        let mut old = Vec::with_capacity(items.len());
        for (k, it) in items.into_iter().enumerate() {
            let idx = (start + k as i64 * step) as usize;
            if idx < v.len() {
                old.push(std::mem::replace(&mut v[idx], it));
            }
        }
        drop(v);
        drop(old);
        return Ok(());
    }
    let Some(i) = vm.seq_index_value(&key)? else {
        let tn = vm.type_name(&key);
        return Err(vm.type_error(format!(
            "list indices must be integers or slices, not {}",
            tn
        )));
    };
    let len = l.len() as i64;
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
    let l = list_data(list);
    if let Some(s) = key.downcast_ref::<crate::types::slice::SliceData>() {
        let len = l.len();
        let (start, _, step, n) = vm.slice_indices(s, len)?;
        let len = l.len() as i64;
        let mut idx: Vec<usize> = (0..n)
            .map(|k| start + k * step)
            .filter(|&i| i >= 0 && i < len)
            .map(|i| i as usize)
            .collect();
        idx.sort_unstable();
        let removed: Vec<Value> = {
            let mut v = l.items.borrow_mut();
            idx.iter().rev().map(|&i| v.remove(i)).collect()
        };
        drop(removed);
        return Ok(());
    }
    let Some(i) = vm.seq_index_value(key)? else {
        let tn = vm.type_name(key);
        return Err(vm.type_error(format!(
            "list indices must be integers or slices, not {}",
            tn
        )));
    };
    let len = l.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.index_error("list assignment index out of range"));
    }
    let old = l.items.borrow_mut().remove(j as usize);
    drop(old);
    Ok(())
}
