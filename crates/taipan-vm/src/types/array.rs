//! The `array` module (CPython's `Modules/arraymodule.c`): `array.array`, a mutable
//! sequence of machine values stored unboxed in a typed `Vec`.
//!
//! Typecodes have the 64-bit Linux item sizes ('l'/'L' are 8 bytes, 'u' is a 4-byte
//! `wchar_t`). Values are converted (and range-checked, with CPython's messages) on
//! the way in; reads of ints and floats are immediates (no allocation).
//!
//! Borrowing rule: the storage's `RefCell` is never held across a call into Python
//! code (`__index__`, `__float__`, `__eq__`), and another array's storage is copied
//! before `self` is borrowed mutably (`a.extend(a)`, `a[:] = a`).

use std::cell::RefCell;

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use taipan_bytecode::CompareOp;

use crate::args::Args;
use crate::errors::PyResult;
use crate::heap::{self, ObjKind};
use crate::types::function::NativeFn;
use crate::types::instance::InstanceData;
use crate::types::list::ListData;
use crate::types::native_dunders::wrap_native;
use crate::types::object::add_new;
use crate::types::slice::SliceData;
use crate::types::str::StrData;
use crate::types::str_methods::{arg_index, noargs, one_arg};
use crate::value::Value;
use crate::vm::Vm;

pub const TYPECODES: &str = "bBuhHiIlLqQfd";

/// One item, converted and range-checked for its array (or read from one).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Elem {
    I(i64),
    U(u64),
    F(f64),
    C(char),
}

/// Typed item storage.
#[derive(Clone)]
pub enum Storage {
    I8(Vec<i8>),
    U8(Vec<u8>),
    I16(Vec<i16>),
    U16(Vec<u16>),
    I32(Vec<i32>),
    U32(Vec<u32>),
    I64(Vec<i64>),
    U64(Vec<u64>),
    F32(Vec<f32>),
    F64(Vec<f64>),
    U(Vec<char>),
}

macro_rules! each {
    ($s:expr, $v:ident => $e:expr) => {
        match $s {
            Storage::I8($v) => $e,
            Storage::U8($v) => $e,
            Storage::I16($v) => $e,
            Storage::U16($v) => $e,
            Storage::I32($v) => $e,
            Storage::U32($v) => $e,
            Storage::I64($v) => $e,
            Storage::U64($v) => $e,
            Storage::F32($v) => $e,
            Storage::F64($v) => $e,
            Storage::U($v) => $e,
        }
    };
}

macro_rules! pair {
    ($a:expr, $b:expr, $x:ident, $y:ident => $e:expr, _ => $f:expr) => {
        match ($a, $b) {
            (Storage::I8($x), Storage::I8($y)) => $e,
            (Storage::U8($x), Storage::U8($y)) => $e,
            (Storage::I16($x), Storage::I16($y)) => $e,
            (Storage::U16($x), Storage::U16($y)) => $e,
            (Storage::I32($x), Storage::I32($y)) => $e,
            (Storage::U32($x), Storage::U32($y)) => $e,
            (Storage::I64($x), Storage::I64($y)) => $e,
            (Storage::U64($x), Storage::U64($y)) => $e,
            (Storage::F32($x), Storage::F32($y)) => $e,
            (Storage::F64($x), Storage::F64($y)) => $e,
            (Storage::U($x), Storage::U($y)) => $e,
            _ => $f,
        }
    };
}

/// A machine item type.
pub trait Item: Copy + PartialEq + PartialOrd + 'static {
    const SIZE: usize;
    fn to_elem(self) -> Elem;
    /// From an already range-checked value.
    fn from_elem(e: Elem) -> Self;
    fn put(self, out: &mut Vec<u8>);
    /// From exactly `SIZE` little-endian bytes (None: not a valid item).
    fn get(b: &[u8]) -> Option<Self>;
    fn swap(self) -> Self;
}

macro_rules! int_item {
    ($($t:ty, $variant:ident, $wide:ty;)*) => {$(
        impl Item for $t {
            const SIZE: usize = std::mem::size_of::<$t>();
            #[inline]
            fn to_elem(self) -> Elem {
                Elem::$variant(self as $wide)
            }
            #[inline]
            fn from_elem(e: Elem) -> Self {
                match e {
                    Elem::I(i) => i as $t,
                    Elem::U(u) => u as $t,
                    Elem::F(f) => f as $t,
                    Elem::C(c) => c as u32 as $t,
                }
            }
            fn put(self, out: &mut Vec<u8>) {
                out.extend_from_slice(&self.to_le_bytes());
            }
            fn get(b: &[u8]) -> Option<Self> {
                Some(<$t>::from_le_bytes(b.try_into().ok()?))
            }
            fn swap(self) -> Self {
                self.swap_bytes()
            }
        }
    )*};
}

int_item! {
    i8, I, i64; u8, U, u64; i16, I, i64; u16, U, u64; i32, I, i64; u32, U, u64;
    i64, I, i64; u64, U, u64;
}

macro_rules! float_item {
    ($($t:ty, $bits:ty;)*) => {$(
        impl Item for $t {
            const SIZE: usize = std::mem::size_of::<$t>();
            #[inline]
            fn to_elem(self) -> Elem {
                Elem::F(self as f64)
            }
            #[inline]
            fn from_elem(e: Elem) -> Self {
                match e {
                    Elem::I(i) => i as $t,
                    Elem::U(u) => u as $t,
                    Elem::F(f) => f as $t,
                    Elem::C(c) => c as u32 as $t,
                }
            }
            fn put(self, out: &mut Vec<u8>) {
                out.extend_from_slice(&self.to_le_bytes());
            }
            fn get(b: &[u8]) -> Option<Self> {
                Some(<$t>::from_le_bytes(b.try_into().ok()?))
            }
            fn swap(self) -> Self {
                <$t>::from_bits(self.to_bits().swap_bytes())
            }
        }
    )*};
}

float_item! { f32, u32; f64, u64; }

impl Item for char {
    const SIZE: usize = 4;
    fn to_elem(self) -> Elem {
        Elem::C(self)
    }
    fn from_elem(e: Elem) -> Self {
        match e {
            Elem::C(c) => c,
            Elem::I(i) => char::from_u32(i as u32).unwrap_or('\0'),
            Elem::U(u) => char::from_u32(u as u32).unwrap_or('\0'),
            Elem::F(_) => '\0',
        }
    }
    fn put(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&(self as u32).to_le_bytes());
    }
    fn get(b: &[u8]) -> Option<Self> {
        char::from_u32(u32::from_le_bytes(b.try_into().ok()?))
    }
    fn swap(self) -> Self {
        char::from_u32((self as u32).swap_bytes()).unwrap_or('\0')
    }
}

/// Items `start, start+step, ...` (`n` of them) of `v`.
fn take_slice<T: Copy>(v: &[T], start: i64, step: i64, n: i64) -> Vec<T> {
    (0..n.max(0))
        .filter_map(|k| v.get((start + k * step) as usize).copied())
        .collect()
}

/// Remove the items at `start + k*step` for `k < n`.
fn del_slice<T: Copy>(v: &mut Vec<T>, start: i64, step: i64, n: i64) {
    if n <= 0 {
        return;
    }
    if step == 1 {
        let s = (start.max(0) as usize).min(v.len());
        let e = ((start + n).max(0) as usize).min(v.len()).max(s);
        v.drain(s..e);
        return;
    }
    let mut idx: Vec<usize> = (0..n)
        .map(|k| start + k * step)
        .filter(|&i| i >= 0 && (i as usize) < v.len())
        .map(|i| i as usize)
        .collect();
    idx.sort_unstable();
    idx.dedup();
    let mut k = 0;
    let mut pos = 0;
    v.retain(|_| {
        let keep = !(k < idx.len() && idx[k] == pos);
        if !keep {
            k += 1;
        }
        pos += 1;
        keep
    });
}

impl Storage {
    pub fn new(tc: u8) -> Storage {
        match tc {
            b'b' => Storage::I8(Vec::new()),
            b'B' => Storage::U8(Vec::new()),
            b'h' => Storage::I16(Vec::new()),
            b'H' => Storage::U16(Vec::new()),
            b'i' => Storage::I32(Vec::new()),
            b'I' => Storage::U32(Vec::new()),
            b'l' | b'q' => Storage::I64(Vec::new()),
            b'L' | b'Q' => Storage::U64(Vec::new()),
            b'f' => Storage::F32(Vec::new()),
            b'u' => Storage::U(Vec::new()),
            _ => Storage::F64(Vec::new()),
        }
    }
    pub fn len(&self) -> usize {
        each!(self, v => v.len())
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    #[inline]
    pub fn get(&self, i: usize) -> Option<Elem> {
        each!(self, v => v.get(i).map(|x| x.to_elem()))
    }
    #[inline]
    pub fn set(&mut self, i: usize, e: Elem) -> bool {
        each!(self, v => match v.get_mut(i) {
            Some(slot) => {
                *slot = Item::from_elem(e);
                true
            }
            None => false,
        })
    }
    pub fn push(&mut self, e: Elem) {
        each!(self, v => v.push(Item::from_elem(e)))
    }
    pub fn insert(&mut self, i: usize, e: Elem) {
        each!(self, v => {
            let i = i.min(v.len());
            v.insert(i, Item::from_elem(e))
        })
    }
    pub fn remove(&mut self, i: usize) -> Option<Elem> {
        each!(self, v => if i < v.len() { Some(v.remove(i).to_elem()) } else { None })
    }
    pub fn reverse(&mut self) {
        each!(self, v => v.reverse())
    }
    pub fn slice(&self, start: i64, step: i64, n: i64) -> Storage {
        match self {
            Storage::I8(v) => Storage::I8(take_slice(v, start, step, n)),
            Storage::U8(v) => Storage::U8(take_slice(v, start, step, n)),
            Storage::I16(v) => Storage::I16(take_slice(v, start, step, n)),
            Storage::U16(v) => Storage::U16(take_slice(v, start, step, n)),
            Storage::I32(v) => Storage::I32(take_slice(v, start, step, n)),
            Storage::U32(v) => Storage::U32(take_slice(v, start, step, n)),
            Storage::I64(v) => Storage::I64(take_slice(v, start, step, n)),
            Storage::U64(v) => Storage::U64(take_slice(v, start, step, n)),
            Storage::F32(v) => Storage::F32(take_slice(v, start, step, n)),
            Storage::F64(v) => Storage::F64(take_slice(v, start, step, n)),
            Storage::U(v) => Storage::U(take_slice(v, start, step, n)),
        }
    }
    pub fn del_slice(&mut self, start: i64, step: i64, n: i64) {
        each!(self, v => del_slice(v, start, step, n))
    }
    /// Append `other` (same variant; else nothing happens).
    pub fn extend_from(&mut self, other: &Storage) {
        pair!(self, other, x, y => x.extend_from_slice(y), _ => {})
    }
    /// Replace `start..stop` by `other` (same variant).
    pub fn splice(&mut self, start: usize, stop: usize, other: &Storage) {
        pair!(self, other, x, y => {
            let s = start.min(x.len());
            let e = stop.clamp(s, x.len());
            x.splice(s..e, y.iter().copied());
        }, _ => {})
    }
    /// Store `other`'s items at `start + k*step` (same variant).
    pub fn assign_extended(&mut self, start: i64, step: i64, other: &Storage) {
        pair!(self, other, x, y => {
            for (k, it) in y.iter().enumerate() {
                let idx = start + k as i64 * step;
                if idx >= 0 && (idx as usize) < x.len() {
                    x[idx as usize] = *it;
                }
            }
        }, _ => {})
    }
    /// The items repeated `n` times; None if the memory can't be had.
    pub fn repeat(&self, n: usize) -> Option<Storage> {
        let mut out = self.clone();
        let ok = each!(&mut out, v => {
            let orig = std::mem::take(v);
            if !orig.is_empty() && n > 0 {
                if v.try_reserve_exact(orig.len().saturating_mul(n)).is_err() {
                    false
                } else {
                    for _ in 0..n {
                        v.extend_from_slice(&orig);
                    }
                    true
                }
            } else {
                true
            }
        });
        ok.then_some(out)
    }
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        each!(self, v => {
            out.reserve(v.len() * std::mem::size_of_val(&v[..]).checked_div(v.len()).unwrap_or(0));
            for x in v.iter() {
                x.put(&mut out);
            }
        });
        out
    }
    /// Append the items in `b` (a whole number of items); Err(code) for an invalid
    /// 'u' code point (nothing is appended then).
    pub fn extend_bytes(&mut self, b: &[u8]) -> Result<(), u32> {
        fn go<T: Item>(v: &mut Vec<T>, b: &[u8]) -> Result<(), u32> {
            let mut items = Vec::with_capacity(b.len() / T::SIZE);
            for c in b.chunks_exact(T::SIZE) {
                match T::get(c) {
                    Some(x) => items.push(x),
                    None => {
                        let mut w = [0u8; 4];
                        w[..c.len().min(4)].copy_from_slice(&c[..c.len().min(4)]);
                        return Err(u32::from_le_bytes(w));
                    }
                }
            }
            v.extend(items);
            Ok(())
        }
        each!(self, v => go(v, b))
    }
    pub fn byteswap(&mut self) {
        each!(self, v => {
            for x in v.iter_mut() {
                *x = x.swap();
            }
        })
    }
    pub fn clear(&mut self) {
        each!(self, v => v.clear())
    }
}

pub struct ArrayData {
    pub typecode: u8,
    pub items: RefCell<Storage>,
}

impl ArrayData {
    pub fn new(typecode: u8) -> ArrayData {
        ArrayData {
            typecode,
            items: RefCell::new(Storage::new(typecode)),
        }
    }
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn itemsize(&self) -> usize {
        item_size(self.typecode)
    }
    /// Item `i` (negative from the end), None when out of range.
    #[inline]
    pub fn fast_get(&self, i: i64) -> Option<Elem> {
        let items = self.items.borrow();
        let len = items.len() as i64;
        let j = if i < 0 { i + len } else { i };
        if j < 0 {
            return None;
        }
        items.get(j as usize)
    }
    /// `a[i] = v` when `i` is in range and `v` converts without Python code or an
    /// error (a float or small int); false (nothing done) otherwise.
    #[inline]
    pub fn fast_set(&self, i: i64, v: &Value) -> bool {
        let e = match self.typecode {
            b'd' => match (v.as_imm_float(), v.as_small_int()) {
                (Some(f), _) => Elem::F(f),
                (None, Some(n)) => Elem::F(n as f64),
                _ => return false,
            },
            b'f' => match v.as_imm_float() {
                Some(f) => Elem::F(f as f32 as f64),
                None => return false,
            },
            b'l' | b'q' => match v.as_small_int() {
                Some(n) => Elem::I(n),
                None => return false,
            },
            b'i' => match v.as_small_int() {
                Some(n) if i32::try_from(n).is_ok() => Elem::I(n),
                _ => return false,
            },
            b'B' => match v.as_small_int() {
                Some(n) if u8::try_from(n).is_ok() => Elem::I(n),
                _ => return false,
            },
            _ => return false,
        };
        let Ok(mut items) = self.items.try_borrow_mut() else {
            return false;
        };
        let len = items.len() as i64;
        let j = if i < 0 { i + len } else { i };
        j >= 0 && items.set(j as usize, e)
    }
}

pub fn item_size(tc: u8) -> usize {
    match tc {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' | b'u' => 4,
        _ => 8,
    }
}

pub fn new_array(vm: &Vm, typecode: u8, items: Storage) -> Value {
    heap::alloc(
        &vm.t.array,
        ArrayData {
            typecode,
            items: RefCell::new(items),
        },
    )
}

#[inline]
pub fn elem_value(vm: &Vm, e: Elem) -> Value {
    match e {
        Elem::I(i) => vm.new_int(i),
        Elem::U(u) => match i64::try_from(u) {
            Ok(i) => vm.new_int(i),
            Err(_) => vm.new_bigint(BigInt::from(u)),
        },
        Elem::F(f) => Value::float(f),
        Elem::C(c) => vm.new_str(c.to_string()),
    }
}

// ----- conversion of Python values to items -------------------------------------------

fn as_int(vm: &mut Vm, v: &Value) -> PyResult<i128> {
    if let Some(i) = v.as_small_int() {
        return Ok(i as i128);
    }
    match crate::types::int_methods::index_big(vm, v)? {
        Some(b) => Ok(b
            .to_i128()
            .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                i128::MIN
            } else {
                i128::MAX
            })),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                tn
            )))
        }
    }
}

fn conv_int(vm: &mut Vm, tc: u8, v: &Value) -> PyResult<Elem> {
    let x = as_int(vm, v)?;
    let (lo, hi) = (i64::MIN as i128, i64::MAX as i128);
    let umax = u64::MAX as i128;
    let range = |lo: i128, hi: i128, name: &str| -> Result<(), String> {
        if x < lo {
            Err(format!("{} is less than minimum", name))
        } else if x > hi {
            Err(format!("{} is greater than maximum", name))
        } else {
            Ok(())
        }
    };
    let checked = match tc {
        b'b' | b'B' | b'h' | b'H' | b'i' | b'l' => {
            if x < lo || x > hi {
                return Err(vm.overflow_error("Python int too large to convert to C long"));
            }
            match tc {
                b'b' => range(-128, 127, "signed char"),
                b'B' => range(0, 255, "unsigned byte integer"),
                b'h' => range(-32768, 32767, "signed short integer"),
                b'H' => range(0, 65535, "unsigned short"),
                b'i' => range(i32::MIN as i128, i32::MAX as i128, "signed integer"),
                _ => Ok(()),
            }
        }
        b'I' | b'L' => {
            if x < 0 {
                return Err(vm.overflow_error("can't convert negative value to unsigned int"));
            }
            if x > umax {
                return Err(vm.overflow_error("Python int too large to convert to C unsigned long"));
            }
            if tc == b'I' && x > u32::MAX as i128 {
                Err("unsigned int is greater than maximum".to_string())
            } else {
                Ok(())
            }
        }
        b'q' => {
            if x < lo || x > hi {
                Err("int too big to convert".to_string())
            } else {
                Ok(())
            }
        }
        _ => {
            if x < 0 {
                Err("can't convert negative int to unsigned".to_string())
            } else if x > umax {
                Err("int too big to convert".to_string())
            } else {
                Ok(())
            }
        }
    };
    if let Err(msg) = checked {
        return Err(vm.overflow_error(msg));
    }
    Ok(if x <= hi {
        Elem::I(x as i64)
    } else {
        Elem::U(x as u64)
    })
}

/// Convert `v` to an item of an array with typecode `tc`.
#[inline]
pub fn convert(vm: &mut Vm, tc: u8, v: &Value) -> PyResult<Elem> {
    match tc {
        b'd' | b'f' => {
            let f = match v.as_float() {
                Some(f) => f,
                None => match v.as_small_int() {
                    Some(i) => i as f64,
                    None => crate::types::int_methods::require_f64(vm, v)?,
                },
            };
            Ok(Elem::F(if tc == b'f' { f as f32 as f64 } else { f }))
        }
        b'u' => {
            if let Some(s) = v.downcast_ref::<StrData>() {
                let mut cs = s.as_str().chars();
                if let (Some(c), None) = (cs.next(), cs.next()) {
                    return Ok(Elem::C(c));
                }
            }
            Err(vm.type_error("array item must be unicode character"))
        }
        _ => {
            if let Some(i) = v.as_small_int() {
                // Fast path: in range for every signed code up to 'l'/'q'.
                if matches!(tc, b'l' | b'q') || (tc == b'i' && i32::try_from(i).is_ok()) {
                    return Ok(Elem::I(i));
                }
            }
            conv_int(vm, tc, v)
        }
    }
}

/// The array behind `v` (an array or an instance of a subclass).
fn array_of(vm: &Vm, v: &Value) -> Option<Value> {
    if v.kind() == Some(ObjKind::Array) {
        return Some(v.clone());
    }
    if let Some(inst) = v.downcast_ref::<InstanceData>() {
        let n = inst.native();
        if !n.is_null() && n.kind() == Some(ObjKind::Array) {
            return Some(n);
        }
    }
    let _ = vm;
    None
}

fn data(v: &Value) -> &ArrayData {
    // Only called on values `array_of` returned.
    v.downcast_ref::<ArrayData>()
        .expect("array_of returns arrays")
}

/// `self` of an array method.
fn this(vm: &mut Vm, args: &mut Args, name: &str) -> PyResult<(Value, Value)> {
    if args.pos.is_empty() {
        return Err(vm.type_error(format!("unbound method array.{}() needs an argument", name)));
    }
    let v = args.pos.remove(0);
    match array_of(vm, &v) {
        Some(a) => Ok((v, a)),
        None => {
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!(
                "descriptor '{}' for 'array.array' objects doesn't apply to a '{}' object",
                name, tn
            )))
        }
    }
}

/// Snapshot of an array's items (so no borrow is held while Python code runs).
fn snapshot(a: &Value) -> Storage {
    data(a).items.borrow().clone()
}

// ----- protocol entry points (called by the VM for exact arrays) ----------------------

fn index_of(vm: &mut Vm, key: &Value) -> PyResult<i64> {
    if let Some(i) = key.as_small_int() {
        return Ok(i);
    }
    match vm.seq_index_value(key)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error("array indices must be integers")),
    }
}

/// `a[key]`.
pub fn getitem(vm: &mut Vm, a: &Value, key: &Value) -> PyResult<Value> {
    let d = data(a);
    if let Some(i) = key.as_small_int() {
        let items = d.items.borrow();
        let len = items.len() as i64;
        let j = if i < 0 { i + len } else { i };
        if j >= 0 && j < len {
            if let Some(e) = items.get(j as usize) {
                drop(items);
                return Ok(elem_value(vm, e));
            }
        }
        drop(items);
        return Err(vm.index_error("array index out of range"));
    }
    if let Some(s) = key.downcast_ref::<SliceData>() {
        let len = d.len();
        let (start, _, step, n) = vm.slice_indices(s, len)?;
        let items = d.items.borrow().slice(start, step, n);
        return Ok(new_array(vm, d.typecode, items));
    }
    let i = index_of(vm, key)?;
    let len = d.len() as i64;
    let j = if i < 0 { i + len } else { i };
    match (j >= 0 && j < len)
        .then(|| d.items.borrow().get(j as usize))
        .flatten()
    {
        Some(e) => Ok(elem_value(vm, e)),
        None => Err(vm.index_error("array index out of range")),
    }
}

/// `a[key] = value`.
pub fn setitem(vm: &mut Vm, a: &Value, key: Value, value: Value) -> PyResult<()> {
    let d = data(a);
    if let Some(s) = key.downcast_ref::<SliceData>() {
        let Some(other) = array_of(vm, &value) else {
            let tn = vm.type_name(&value);
            return Err(vm.type_error(format!(
                "can only assign array (not \"{}\") to array slice",
                tn
            )));
        };
        let od = data(&other);
        if od.typecode != d.typecode {
            return Err(vm.type_error("bad argument type for built-in operation"));
        }
        let src = od.items.borrow().clone();
        let len = d.len();
        let (start, stop, step, n) = vm.slice_indices(s, len)?;
        if step == 1 {
            let start = start.clamp(0, len as i64) as usize;
            let stop = (stop.max(0) as usize).max(start);
            d.items.borrow_mut().splice(start, stop, &src);
            return Ok(());
        }
        if src.len() as i64 != n {
            return Err(vm.value_error(format!(
                "attempt to assign array of size {} to extended slice of size {}",
                src.len(),
                n
            )));
        }
        d.items.borrow_mut().assign_extended(start, step, &src);
        return Ok(());
    }
    let i = index_of(vm, &key)?;
    let len = d.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.index_error("array assignment index out of range"));
    }
    let e = convert(vm, d.typecode, &value)?;
    if !d.items.borrow_mut().set(j as usize, e) {
        return Err(vm.index_error("array assignment index out of range"));
    }
    Ok(())
}

/// `del a[key]`.
pub fn delitem(vm: &mut Vm, a: &Value, key: &Value) -> PyResult<()> {
    let d = data(a);
    if let Some(s) = key.downcast_ref::<SliceData>() {
        let len = d.len();
        let (start, _, step, n) = vm.slice_indices(s, len)?;
        let (start, step) = if step < 0 && n > 0 {
            (start + (n - 1) * step, -step)
        } else {
            (start, step)
        };
        d.items.borrow_mut().del_slice(start, step, n);
        return Ok(());
    }
    let i = index_of(vm, key)?;
    let len = d.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len || d.items.borrow_mut().remove(j as usize).is_none() {
        return Err(vm.index_error("array assignment index out of range"));
    }
    Ok(())
}

/// Whether item `e` equals `v`.
fn item_eq(vm: &mut Vm, e: Elem, v: &Value) -> PyResult<bool> {
    match (e, v.as_small_int(), v.as_float()) {
        (Elem::I(i), Some(j), _) => return Ok(i == j),
        (Elem::F(f), _, Some(g)) => return Ok(f == g),
        _ => {}
    }
    let iv = elem_value(vm, e);
    vm.eq(&iv, v)
}

/// Index of the first item equal to `v` in `start..stop`.
fn find(vm: &mut Vm, a: &Value, v: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let e = {
            let items = data(a).items.borrow();
            if i >= stop.min(items.len()) {
                return Ok(None);
            }
            items.get(i)
        };
        if let Some(e) = e {
            if item_eq(vm, e, v)? {
                return Ok(Some(i));
            }
        }
        i += 1;
    }
}

/// Append the items of iterable `src` one by one (CPython's `array_iter_extend`).
fn extend_iter(vm: &mut Vm, a: &Value, src: &Value) -> PyResult<()> {
    let tc = data(a).typecode;
    if let Some(l) = src.downcast_ref::<ListData>() {
        let items = l.to_vec();
        for v in &items {
            let e = convert(vm, tc, v)?;
            data(a).items.borrow_mut().push(e);
        }
        return Ok(());
    }
    let it = vm.get_iter(src)?;
    while let Some(v) = vm.next(&it)? {
        let e = convert(vm, tc, &v)?;
        data(a).items.borrow_mut().push(e);
    }
    Ok(())
}

// ----- methods --------------------------------------------------------------------

fn array_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut pos = args.pos;
    if pos.is_empty() {
        return Err(vm.type_error("array.__new__(): not enough arguments"));
    }
    let cls = pos.remove(0);
    if !args.kw.is_empty() && cls.is(&vm.t.array) {
        return Err(vm.type_error("array.array() takes no keyword arguments"));
    }
    if pos.is_empty() {
        return Err(vm.type_error("array() takes at least 1 argument (0 given)"));
    }
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "array() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let tcv = pos[0].clone();
    let tc = match tcv.downcast_ref::<StrData>() {
        Some(s) if s.char_len() == 1 => s.as_str().chars().next().unwrap_or('\0'),
        _ => {
            let tn = vm.type_name(&tcv);
            return Err(vm.type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                tn
            )));
        }
    };
    if !TYPECODES.contains(tc) {
        return Err(
            vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        );
    }
    let tc = tc as u8;
    let a = heap::alloc(&vm.t.array, ArrayData::new(tc));
    if let Some(init) = pos.get(1).cloned() {
        if let Some(s) = init.downcast_ref::<StrData>() {
            if tc != b'u' {
                return Err(vm.type_error(format!(
                    "cannot use a str to initialize an array with typecode '{}'",
                    tc as char
                )));
            }
            *data(&a).items.borrow_mut() = Storage::U(s.as_str().chars().collect());
        } else if let Some(other) = array_of(vm, &init) {
            let od = data(&other);
            if (od.typecode == b'u') != (tc == b'u') {
                return Err(vm.type_error(format!(
                    "cannot use a unicode array to initialize an array with typecode '{}'",
                    tc as char
                )));
            }
            let src = od.items.borrow().clone();
            if od.typecode == tc {
                *data(&a).items.borrow_mut() = src;
            } else {
                for k in 0..src.len() {
                    if let Some(e) = src.get(k) {
                        let v = elem_value(vm, e);
                        let e = convert(vm, tc, &v)?;
                        data(&a).items.borrow_mut().push(e);
                    }
                }
            }
        } else if init.kind() == Some(ObjKind::Bytes) || init.kind() == Some(ObjKind::ByteArray) {
            frombytes_impl(vm, &a, &init)?;
        } else {
            extend_iter(vm, &a, &init)?;
        }
    }
    let base = vm.t.array.clone();
    wrap_native(vm, &cls, &base, a)
}

fn array_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn get_typecode(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match array_of(vm, v) {
        Some(a) => {
            let c = data(&a).typecode as char;
            Ok(vm.new_str(c.to_string()))
        }
        None => Err(vm.type_error("descriptor 'typecode' requires an array")),
    }
}

fn get_itemsize(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match array_of(vm, v) {
        Some(a) => Ok(vm.new_usize(data(&a).itemsize())),
        None => Err(vm.type_error("descriptor 'itemsize' requires an array")),
    }
}

fn a_repr(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (v, a) = this(vm, &mut args, "__repr__")?;
    noargs(vm, args, "array.__repr__")?;
    let name = vm.type_name(&v);
    let d = data(&a);
    let tc = d.typecode as char;
    if d.is_empty() {
        return Ok(vm.new_str(format!("{}('{}')", name, tc)));
    }
    let inner = if tc == 'u' {
        let s: String = match &*d.items.borrow() {
            Storage::U(v) => v.iter().collect(),
            _ => String::new(),
        };
        let sv = vm.new_str(s);
        vm.repr_string(&sv)?
    } else {
        let l = tolist_value(vm, &a);
        vm.repr_string(&l)?
    };
    Ok(vm.new_str(format!("{}('{}', {})", name, tc, inner)))
}

fn tolist_value(vm: &mut Vm, a: &Value) -> Value {
    let items = data(a).items.borrow();
    let mut out = Vec::with_capacity(items.len());
    for k in 0..items.len() {
        if let Some(e) = items.get(k) {
            out.push(elem_value(vm, e));
        }
    }
    drop(items);
    vm.new_list(out)
}

fn a_tolist(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, a) = this(vm, &mut args, "tolist")?;
    noargs(vm, args, "array.tolist")?;
    Ok(tolist_value(vm, &a))
}

fn a_append(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, a) = this(vm, &mut args, "append")?;
    let v = one_arg(vm, args, "array.append")?;
    let e = convert(vm, data(&a).typecode, &v)?;
    data(&a).items.borrow_mut().push(e);
    Ok(Value::NONE)
}

fn extend_impl(vm: &mut Vm, a: &Value, src: &Value) -> PyResult<()> {
    if let Some(other) = array_of(vm, src) {
        if data(&other).typecode != data(a).typecode {
            return Err(vm.type_error("can only extend with array of same kind"));
        }
        let s = snapshot(&other);
        data(a).items.borrow_mut().extend_from(&s);
        return Ok(());
    }
    extend_iter(vm, a, src)
}

fn a_extend(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, a) = this(vm, &mut args, "extend")?;
    let v = one_arg(vm, args, "array.extend")?;
    extend_impl(vm, &a, &v)?;
    Ok(Value::NONE)
}

fn a_insert(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, a) = this(vm, &mut args, "insert")?;
    let [i, v] = args.exact::<2>(vm, "insert")?;
    let i = arg_index(vm, &i)?;
    let e = convert(vm, data(&a).typecode, &v)?;
    let mut items = data(&a).items.borrow_mut();
    let len = items.len() as i64;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    items.insert(j as usize, e);
    Ok(Value::NONE)
}

fn a_pop(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, a) = this(vm, &mut args, "pop")?;
    let pos = args.range(vm, "pop", 0, 1)?;
    let i = match pos.first() {
        Some(v) => arg_index(vm, v)?,
        None => -1,
    };
    let d = data(&a);
    let len = d.len() as i64;
    if len == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    let e = d.items.borrow_mut().remove(j as usize);
    match e {
        Some(e) => Ok(elem_value(vm, e)),
        None => Err(vm.index_error("pop index out of range")),
    }
}

fn a_remove(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, a) = this(vm, &mut args, "remove")?;
    let v = one_arg(vm, args, "array.remove")?;
    match find(vm, &a, &v, 0, usize::MAX)? {
        Some(i) => {
            data(&a).items.borrow_mut().remove(i);
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("array.remove(x): x not in array")),
    }
}

fn a_index(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, a) = this(vm, &mut args, "index")?;
    let pos = args.range(vm, "index", 1, 3)?;
    let len = data(&a).len() as i64;
    let bound = |vm: &mut Vm, v: Option<&Value>, dflt: i64| -> PyResult<i64> {
        let Some(v) = v else { return Ok(dflt) };
        let i = arg_index(vm, v)?;
        Ok(if i < 0 { (i + len).max(0) } else { i })
    };
    let start = bound(vm, pos.get(1), 0)?;
    let stop = bound(vm, pos.get(2), len)?;
    match find(vm, &a, &pos[0], start as usize, stop as usize)? {
        Some(i) => Ok(vm.new_usize(i)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

fn a_count(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, a) = this(vm, &mut args, "count")?;
    let v = one_arg(vm, args, "array.count")?;
    let mut n = 0usize;
    let mut i = 0;
    while let Some(k) = find(vm, &a, &v, i, usize::MAX)? {
        n += 1;
        i = k + 1;
    }
    Ok(vm.new_usize(n))
}

fn a_contains(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, a) = this(vm, &mut args, "__contains__")?;
    let v = one_arg(vm, args, "array.__contains__")?;
    Ok(Value::bool(find(vm, &a, &v, 0, usize::MAX)?.is_some()))
}

fn a_reverse(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, a) = this(vm, &mut args, "reverse")?;
    noargs(vm, args, "array.reverse")?;
    data(&a).items.borrow_mut().reverse();
    Ok(Value::NONE)
}

fn a_buffer_info(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, a) = this(vm, &mut args, "buffer_info")?;
    noargs(vm, args, "array.buffer_info")?;
    let addr = vm.new_int((a.raw_bits() & 0x7FFF_FFFF_FFFF_FFFF) as i64);
    let n = vm.new_usize(data(&a).len());
    Ok(vm.new_tuple(vec![addr, n]))
}

fn a_byteswap(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, a) = this(vm, &mut args, "byteswap")?;
    noargs(vm, args, "array.byteswap")?;
    data(&a).items.borrow_mut().byteswap();
    Ok(Value::NONE)
}

fn a_tobytes(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, a) = this(vm, &mut args, "tobytes")?;
    noargs(vm, args, "array.tobytes")?;
    let b = data(&a).items.borrow().to_bytes();
    Ok(vm.new_bytes(b))
}

fn frombytes_impl(vm: &mut Vm, a: &Value, buf: &Value) -> PyResult<()> {
    let bytes = if let Some(other) = array_of(vm, buf) {
        data(&other).items.borrow().to_bytes()
    } else if let Some(b) = vm.bytes_like(buf) {
        b
    } else {
        let tn = vm.type_name(buf);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", tn)));
    };
    let d = data(a);
    if bytes.len() % d.itemsize() != 0 {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    let r = d.items.borrow_mut().extend_bytes(&bytes);
    if let Err(c) = r {
        return Err(vm.value_error(format!(
            "character U+{:x} is not in range [U+0000; U+10ffff]",
            c
        )));
    }
    Ok(())
}

fn a_frombytes(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, a) = this(vm, &mut args, "frombytes")?;
    let v = one_arg(vm, args, "array.frombytes")?;
    frombytes_impl(vm, &a, &v)?;
    Ok(Value::NONE)
}

fn a_fromlist(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, a) = this(vm, &mut args, "fromlist")?;
    let v = one_arg(vm, args, "array.fromlist")?;
    let Some(l) = v.downcast_ref::<ListData>() else {
        return Err(vm.type_error("arg must be list"));
    };
    let items = l.to_vec();
    let tc = data(&a).typecode;
    let mut tmp = Storage::new(tc);
    for x in &items {
        let e = convert(vm, tc, x)?;
        tmp.push(e);
    }
    data(&a).items.borrow_mut().extend_from(&tmp);
    Ok(Value::NONE)
}

fn a_tounicode(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, a) = this(vm, &mut args, "tounicode")?;
    noargs(vm, args, "array.tounicode")?;
    let s: Option<String> = match &*data(&a).items.borrow() {
        Storage::U(v) => Some(v.iter().collect()),
        _ => None,
    };
    match s {
        Some(s) => Ok(vm.new_str(s)),
        None => Err(vm.value_error("tounicode() may only be called on unicode type arrays")),
    }
}

fn a_fromunicode(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, a) = this(vm, &mut args, "fromunicode")?;
    let v = one_arg(vm, args, "array.fromunicode")?;
    let Some(s) = v.downcast_ref::<StrData>() else {
        let tn = vm.type_name(&v);
        return Err(vm.type_error(format!("fromunicode() argument must be str, not {}", tn)));
    };
    match &mut *data(&a).items.borrow_mut() {
        Storage::U(items) => {
            items.extend(s.as_str().chars());
            return Ok(Value::NONE);
        }
        _ => {}
    }
    Err(vm.value_error("fromunicode() may only be called on unicode type arrays"))
}

fn a_tofile(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, a) = this(vm, &mut args, "tofile")?;
    let f = one_arg(vm, args, "array.tofile")?;
    let b = data(&a).items.borrow().to_bytes();
    let bv = vm.new_bytes(b);
    vm.call_method(&f, "write", Args::new([bv]))?;
    Ok(Value::NONE)
}

fn a_fromfile(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, a) = this(vm, &mut args, "fromfile")?;
    let [f, n] = args.exact::<2>(vm, "fromfile")?;
    let n = arg_index(vm, &n)?;
    if n < 0 {
        return Err(vm.value_error("negative count"));
    }
    let size = data(&a).itemsize() as i64;
    let want = n.saturating_mul(size);
    let wv = vm.new_int(want);
    let r = vm.call_method(&f, "read", Args::new([wv]))?;
    if r.kind() != Some(ObjKind::Bytes) {
        return Err(vm.type_error("read() didn't return bytes"));
    }
    let mut b = vm.bytes_like(&r).unwrap_or_default();
    let got = b.len() as i64;
    b.truncate((got - got % size) as usize);
    let bv = vm.new_bytes(b);
    frombytes_impl(vm, &a, &bv)?;
    if got != want {
        return Err(vm.eof_error("read() didn't return enough bytes"));
    }
    Ok(Value::NONE)
}

fn copy_of(vm: &mut Vm, a: &Value) -> Value {
    let d = data(a);
    let items = d.items.borrow().clone();
    new_array(vm, d.typecode, items)
}

fn a_copy(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, a) = this(vm, &mut args, "__copy__")?;
    noargs(vm, args, "array.__copy__")?;
    Ok(copy_of(vm, &a))
}

fn a_deepcopy(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, a) = this(vm, &mut args, "__deepcopy__")?;
    one_arg(vm, args, "array.__deepcopy__")?;
    Ok(copy_of(vm, &a))
}

fn a_reduce_ex(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (v, a) = this(vm, &mut args, "__reduce_ex__")?;
    one_arg(vm, args, "array.__reduce_ex__")?;
    let cls = vm.type_of(&v);
    let tc = vm.new_str((data(&a).typecode as char).to_string());
    let l = tolist_value(vm, &a);
    let inner = vm.new_tuple(vec![tc, l]);
    Ok(vm.new_tuple(vec![cls, inner, Value::NONE]))
}

fn a_add(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, a) = this(vm, &mut args, "__add__")?;
    let o = one_arg(vm, args, "array.__add__")?;
    let Some(other) = array_of(vm, &o) else {
        let tn = vm.type_name(&o);
        return Err(vm.type_error(format!("can only append array (not \"{}\") to array", tn)));
    };
    if data(&other).typecode != data(&a).typecode {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    let s = snapshot(&other);
    let mut items = snapshot(&a);
    items.extend_from(&s);
    Ok(new_array(vm, data(&a).typecode, items))
}

fn a_iadd(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (v, a) = this(vm, &mut args, "__iadd__")?;
    let o = one_arg(vm, args, "array.__iadd__")?;
    let Some(other) = array_of(vm, &o) else {
        let tn = vm.type_name(&o);
        return Err(vm.type_error(format!("can only extend array with array (not \"{}\")", tn)));
    };
    extend_impl(vm, &a, &other)?;
    Ok(v)
}

fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<usize>> {
    match vm.index_value(n) {
        Ok(Some(i)) => Ok(Some(i.max(0) as usize)),
        Ok(None) => Ok(None),
        Err(e) => Err(e),
    }
}

fn a_mul(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (_, a) = this(vm, &mut args, "__mul__")?;
    let n = one_arg(vm, args, "array.__mul__")?;
    let Some(k) = repeat_count(vm, &n)? else {
        let tn = vm.type_name(&n);
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            tn
        )));
    };
    let d = data(&a);
    if k.saturating_mul(d.len()).saturating_mul(d.itemsize()) > (isize::MAX as usize) / 2 {
        return Err(vm.memory_error(""));
    }
    let Some(items) = d.items.borrow().repeat(k) else {
        return Err(vm.memory_error(""));
    };
    Ok(new_array(vm, d.typecode, items))
}

fn a_imul(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (v, a) = this(vm, &mut args, "__imul__")?;
    let n = one_arg(vm, args, "array.__imul__")?;
    let Some(k) = repeat_count(vm, &n)? else {
        let tn = vm.type_name(&n);
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            tn
        )));
    };
    let d = data(&a);
    if k.saturating_mul(d.len()).saturating_mul(d.itemsize()) > (isize::MAX as usize) / 2 {
        return Err(vm.memory_error(""));
    }
    let Some(items) = d.items.borrow().repeat(k) else {
        return Err(vm.memory_error(""));
    };
    *d.items.borrow_mut() = items;
    Ok(v)
}

fn richcompare(vm: &mut Vm, mut args: Args, op: CompareOp, name: &str) -> PyResult<Value> {
    let (_, a) = this(vm, &mut args, name)?;
    let o = one_arg(vm, args, name)?;
    let Some(b) = array_of(vm, &o) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let (x, y) = (snapshot(&a), snapshot(&b));
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && x.len() != y.len() {
        return Ok(Value::bool(op == CompareOp::Ne));
    }
    // The first index where the items differ.
    let n = x.len().min(y.len());
    let same_kind = data(&a).typecode == data(&b).typecode;
    let mut k = 0;
    if same_kind {
        k = pair!(&x, &y, p, q => p.iter().zip(q.iter()).take_while(|(s, t)| s == t).count(), _ => 0);
    }
    while k < n {
        let (Some(p), Some(q)) = (x.get(k), y.get(k)) else {
            break;
        };
        let (pv, qv) = (elem_value(vm, p), elem_value(vm, q));
        if !vm.eq(&pv, &qv)? {
            return match op {
                CompareOp::Eq => Ok(Value::FALSE),
                CompareOp::Ne => Ok(Value::TRUE),
                _ => vm.compare(&pv, &qv, op),
            };
        }
        k += 1;
    }
    let (la, lb) = (x.len(), y.len());
    Ok(Value::bool(match op {
        CompareOp::Eq => la == lb,
        CompareOp::Ne => la != lb,
        CompareOp::Lt => la < lb,
        CompareOp::Le => la <= lb,
        CompareOp::Gt => la > lb,
        CompareOp::Ge => la >= lb,
        #[allow(unreachable_patterns)]
        _ => false,
    }))
}

macro_rules! cmp_fns {
    ($($f:ident, $op:ident, $name:literal;)*) => {$(
        fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            richcompare(vm, args, CompareOp::$op, $name)
        }
    )*};
}

cmp_fns! {
    a_eq, Eq, "__eq__";
    a_ne, Ne, "__ne__";
    a_lt, Lt, "__lt__";
    a_le, Le, "__le__";
    a_gt, Gt, "__gt__";
    a_ge, Ge, "__ge__";
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", array_init),
    ("__repr__", a_repr),
    ("__contains__", a_contains),
    ("__add__", a_add),
    ("__iadd__", a_iadd),
    ("__mul__", a_mul),
    ("__rmul__", a_mul),
    ("__imul__", a_imul),
    ("__eq__", a_eq),
    ("__ne__", a_ne),
    ("__lt__", a_lt),
    ("__le__", a_le),
    ("__gt__", a_gt),
    ("__ge__", a_ge),
    ("__copy__", a_copy),
    ("__deepcopy__", a_deepcopy),
    ("__reduce_ex__", a_reduce_ex),
    ("append", a_append),
    ("extend", a_extend),
    ("insert", a_insert),
    ("pop", a_pop),
    ("remove", a_remove),
    ("index", a_index),
    ("count", a_count),
    ("reverse", a_reverse),
    ("buffer_info", a_buffer_info),
    ("byteswap", a_byteswap),
    ("tobytes", a_tobytes),
    ("frombytes", a_frombytes),
    ("tolist", a_tolist),
    ("fromlist", a_fromlist),
    ("tounicode", a_tounicode),
    ("fromunicode", a_fromunicode),
    ("tofile", a_tofile),
    ("fromfile", a_fromfile),
];

/// Fill the `array.array` class (called at VM start-up).
pub fn init(vm: &mut Vm) {
    let cls = vm.t.array.clone();
    vm.add_native_dunders(
        &cls,
        &[
            "__len__",
            "__getitem__",
            "__setitem__",
            "__delitem__",
            "__iter__",
        ],
    );
    for &(name, f) in METHODS {
        vm.add_method(&cls, name, f);
    }
    vm.add_class_attr(&cls, "__hash__", Value::NONE);
    add_new(vm, &cls, "array", array_new);
    vm.add_getset(&cls, "typecode", get_typecode, None);
    vm.add_getset(&cls, "itemsize", get_itemsize, None);
    let m = vm.intern("array");
    vm.add_class_attr(&cls, "__module__", m.clone());
    let it = vm.t.array_iterator.clone();
    vm.add_class_attr(&it, "__module__", m);
}

/// The `array` module.
pub fn new_module(vm: &mut Vm) -> Value {
    let m = vm.new_module("array");
    let cls = vm.t.array.clone();
    vm.module_set(&m, "array", cls.clone());
    vm.module_set(&m, "ArrayType", cls);
    let tc = vm.new_str(TYPECODES);
    vm.module_set(&m, "typecodes", tc);
    m
}

/// Length of an array for `len()` (exact arrays).
pub fn len_of(v: &Value) -> usize {
    v.downcast_ref::<ArrayData>().map_or(0, |d| d.len())
}

/// Item `i` for the sequence iterator (None past the end).
pub fn iter_item(vm: &Vm, v: &Value, i: usize) -> Option<Value> {
    let e = v.downcast_ref::<ArrayData>()?.items.borrow().get(i)?;
    Some(elem_value(vm, e))
}
