//! The object heap: headers, allocation, reference counting and deallocation.
//!
//! Every heap object is an `Obj<T>`: a 16-byte `ObjHeader` followed by a Rust payload
//! `T`. The header holds the reference count, the payload kind (which Rust type `T`
//! is, checked by `Value::downcast_ref`) and a strong pointer to the object's Python
//! class. Payloads use `Cell`/`RefCell` for mutation: the VM is single-threaded and
//! values are `!Send`.
//!
//! Memory management is reference counting, as in CPython: it frees objects at the
//! moment they become unreachable (so files close and `__del__`-style cleanups run
//! deterministically, matching CPython's observable behaviour). Reference cycles are
//! not freed yet; a trial-deletion cycle collector over the same headers (CPython's
//! `gc` design) is planned — the `GC_TRACKED` flag bit is reserved for it.
//!
//! Deallocation is iterative past a small depth ("trashcan", as CPython's
//! `Py_TRASHCAN`): dropping a million nested tuples must not overflow the Rust stack.
//!
//! With `value.rs`, this is the only module with `unsafe` pointer handling.

use std::cell::{Cell, RefCell};
use std::marker::PhantomData;
use std::ops::Deref;

use crate::value::Value;

/// Header flags.
pub mod flags {
    /// Never freed; reference counting is skipped (builtin types, singletons).
    pub const IMMORTAL: u8 = 1;
    /// A string in the interning table.
    pub const INTERNED: u8 = 2;
    /// Reserved for the cycle collector.
    pub const GC_TRACKED: u8 = 4;
}

/// Which Rust payload type an object carries.
macro_rules! kinds {
    ($($kind:ident => $ty:ty,)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum ObjKind { $($kind,)* }

        $(impl Payload for $ty { const KIND: ObjKind = ObjKind::$kind; })*

        /// Drop the object at `ptr` according to its kind.
        ///
        /// # Safety
        /// `ptr` must be an object allocated by `alloc` whose count reached zero.
        unsafe fn drop_object(ptr: *const ObjHeader) {
            match (*ptr).kind {
                // SAFETY: the kind tag identifies the concrete `Obj<T>` that `alloc`
                // placed in a block of its layout; we are its only owner now.
                $(ObjKind::$kind => free_object::<$ty>(ptr),)*
            }
        }
    };
}

kinds! {
    Class => crate::types::class::ClassData,
    Str => crate::types::str::StrData,
        Int => crate::types::int::BigIntData,
    Float => crate::types::float::FloatData,
    Complex => crate::types::complex::ComplexData,
    Bytes => crate::types::bytes::BytesData,
    ByteArray => crate::types::bytes::ByteArrayData,
    Tuple => crate::types::tuple::TupleData,
    List => crate::types::list::ListData,
    Dict => crate::types::dict::DictData,
    Set => crate::types::set::SetData,
    Function => crate::types::function::FunctionData,
    NativeFunction => crate::types::function::NativeFunctionData,
    MethodDescriptor => crate::types::function::MethodDescriptorData,
    BoundMethod => crate::types::function::BoundMethodData,
    Code => crate::types::code::CodeData,
    Cell => crate::types::function::CellData,
    Module => crate::types::module::ModuleData,
    Exception => crate::types::exception::ExceptionData,
    Traceback => crate::types::exception::TracebackData,
    Instance => crate::types::instance::InstanceData,
    InstanceExtra => crate::types::instance::InstanceExtra,
    Property => crate::types::descriptor::PropertyData,
        GetSet => crate::types::descriptor::GetSetData,
    Member => crate::types::descriptor::MemberData,
    StaticMethod => crate::types::descriptor::StaticMethodData,
    ClassMethod => crate::types::descriptor::ClassMethodData,
    Super => crate::types::descriptor::SuperData,
    Range => crate::types::range::RangeData,
    Slice => crate::types::slice::SliceData,
    SeqIter => crate::types::iter::SeqIterData,
    RangeIter => crate::types::range::RangeIterData,
    NativeIter => crate::types::iter::NativeIterData,
    Generator => crate::types::generator::GeneratorData,
    DictView => crate::types::dict::DictViewData,
    File => crate::modules::io::FileData,
    Array => crate::types::array::ArrayData,
}

/// Implemented (by the `kinds!` table) for every payload type.
pub trait Payload: Sized + 'static {
    const KIND: ObjKind;
}

/// The common prefix of every heap object.
#[repr(C)]
pub struct ObjHeader {
    refcount: Cell<u32>,
    kind: ObjKind,
    flags: Cell<u8>,
    _reserved: u16,
    /// Owns one reference to the class object (a `ClassData` object).
    class: Cell<*const ObjHeader>,
}

#[repr(C)]
pub struct Obj<T> {
    header: ObjHeader,
    data: T,
}

impl ObjHeader {
    #[inline]
    pub fn kind(&self) -> ObjKind {
        self.kind
    }
    #[inline]
    pub fn flags(&self) -> u8 {
        self.flags.get()
    }
    pub fn set_flag(&self, f: u8) {
        self.flags.set(self.flags.get() | f);
    }
    #[inline]
    pub fn refcount(&self) -> u32 {
        self.refcount.get()
    }
    #[inline]
    pub(crate) fn incref(&self) {
        // Saturating: an object referenced 4 billion times becomes immortal.
        let rc = self.refcount.get();
        if rc != u32::MAX {
            self.refcount.set(rc + 1);
        }
    }
    /// A new reference to this object's class.
    #[inline]
    pub fn class(&self) -> Value {
        let p = self.class.get();
        // SAFETY: the header owns a reference to its class, so it is live; we hand
        // out a new reference after incrementing.
        unsafe {
            (*p).incref();
            Value::from_header_ptr(p)
        }
    }
    /// The class's `ClassData`, borrowed (no reference traffic): for the guards of
    /// the specializing interpreter. None only while bootstrapping.
    #[inline]
    pub fn class_data(&self) -> Option<&crate::types::class::ClassData> {
        let p = self.class.get();
        if p.is_null() {
            return None;
        }
        // SAFETY: the header owns a reference to its class, so the class object is
        // live for as long as `self` is; classes always carry `ClassData` (checked).
        unsafe {
            if (*p).kind != ObjKind::Class {
                return None;
            }
            Some(payload_of::<crate::types::class::ClassData>(p))
        }
    }
    /// Whether the class pointer is exactly `class` (no reference traffic).
    #[inline]
    pub fn class_is(&self, class: &Value) -> bool {
        self.class.get() == class.header_ptr()
    }
    /// Replace the class (for `__class__` assignment and bootstrapping).
    pub fn set_class(&self, class: Value) {
        let old = self.class.replace(class.header_ptr());
        std::mem::forget(class);
        if !old.is_null() {
            // SAFETY: we owned the reference to the previous class.
            unsafe { decref(old) };
        }
    }
}

/// The payload of the `Obj<T>` whose header is at `ptr`.
///
/// # Safety
/// `ptr` must be the header of a live `Obj<T>`, and the returned reference must not
/// outlive that object.
#[inline]
pub(crate) unsafe fn payload_of<'a, T>(ptr: *const ObjHeader) -> &'a T {
    &(*(ptr as *const Obj<T>)).data
}

/// Drop an object's header and payload in place and give its block back.
///
/// # Safety
/// `ptr` must be an `Obj<T>` made by `alloc` whose count reached zero.
unsafe fn free_object<T>(ptr: *const ObjHeader) {
    let p = ptr as *mut Obj<T>;
    std::ptr::drop_in_place(p);
    crate::pool::release(p as *mut u8, std::alloc::Layout::new::<Obj<T>>());
}

/// Allocate a new object of class `class` with payload `data`.
pub fn alloc<T: Payload>(class: &Value, data: T) -> Value {
    let obj = Obj {
        header: ObjHeader {
            refcount: Cell::new(1),
            kind: T::KIND,
            flags: Cell::new(0),
            _reserved: 0,
            class: Cell::new(std::ptr::null()),
        },
        data,
    };
    let layout = std::alloc::Layout::new::<Obj<T>>();
    let block = crate::pool::allocate(layout) as *mut Obj<T>;
    if block.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    // SAFETY: `block` is a fresh, suitably aligned allocation of `Obj<T>`'s layout.
    unsafe { block.write(obj) };
    let ptr = block as *const ObjHeader;
    // SAFETY: `ptr` is a fresh allocation with count 1, which the value takes over.
    let value = unsafe { Value::from_header_ptr(ptr) };
    if class.is_heap() {
        // `class` is NULL only while bootstrapping `type` itself.
        value.header().map(|h| h.set_class(class.clone()));
    }
    value
}

/// Register the `float` class (immortal) used to box NaNs.
pub fn set_float_class(cls: &Value) {
    FLOAT_CLASS.with(|c| c.set(cls.header_ptr()));
}

/// A boxed NaN (its own identity), or None before the VM has set the float class.
pub(crate) fn alloc_nan(f: f64) -> Option<Value> {
    let p = FLOAT_CLASS.with(|c| c.get());
    if p.is_null() {
        return None;
    }
    // SAFETY: the float class is immortal once registered, so the pointer is live;
    // `from_header_ptr` + `forget` borrows it without changing its count.
    let cls = std::mem::ManuallyDrop::new(unsafe { Value::from_header_ptr(p) });
    Some(alloc(&cls, crate::types::float::FloatData(f)))
}

/// Mark an object immortal: reference counting no longer frees it.
pub fn make_immortal(v: &Value) {
    if let Some(h) = v.header() {
        h.set_flag(flags::IMMORTAL);
    }
}

thread_local! {
    /// The `float` class, for boxing NaNs from `Value::float` (set by `Vm::new`).
    static FLOAT_CLASS: Cell<*const ObjHeader> = const { Cell::new(std::ptr::null()) };
    static DEALLOC_DEPTH: Cell<u32> = const { Cell::new(0) };
    static PENDING: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Past this many nested deallocations, further ones are queued and done in a loop.
const MAX_DEALLOC_DEPTH: u32 = 64;

/// Give up one reference to the object at `ptr`, freeing it when it was the last.
///
/// # Safety
/// The caller must own one reference to the live object at `ptr`.
#[inline]
pub(crate) unsafe fn decref(ptr: *const ObjHeader) {
    let h = &*ptr;
    if h.flags.get() & flags::IMMORTAL != 0 {
        return;
    }
    let rc = h.refcount.get();
    if rc == u32::MAX {
        return;
    }
    if rc > 1 {
        h.refcount.set(rc - 1);
        return;
    }
    h.refcount.set(0);
    dealloc(ptr);
}

#[cold]
unsafe fn dealloc(ptr: *const ObjHeader) {
    let depth = DEALLOC_DEPTH.with(|d| d.get());
    if depth >= MAX_DEALLOC_DEPTH {
        PENDING.with(|p| p.borrow_mut().push(ptr as usize));
        return;
    }
    DEALLOC_DEPTH.with(|d| d.set(depth + 1));
    dealloc_now(ptr);
    if depth == 0 {
        while let Some(next) = PENDING.with(|p| p.borrow_mut().pop()) {
            dealloc_now(next as *const ObjHeader);
        }
    }
    DEALLOC_DEPTH.with(|d| d.set(depth));
}

unsafe fn dealloc_now(ptr: *const ObjHeader) {
    let class = (*ptr).class.get();
    drop_object(ptr);
    if !class.is_null() {
        decref(class);
    }
}

/// A strong reference to a heap object known to have payload `T`.
pub struct PyRef<T: Payload> {
    value: Value,
    _marker: PhantomData<T>,
}

impl<T: Payload> PyRef<T> {
    /// Wrap `value` if it has payload kind `T`.
    pub fn new(value: Value) -> Option<PyRef<T>> {
        if value.downcast_ref::<T>().is_some() {
            Some(PyRef {
                value,
                _marker: PhantomData,
            })
        } else {
            None
        }
    }
    pub fn as_value(&self) -> &Value {
        &self.value
    }
    pub fn into_value(self) -> Value {
        self.value
    }
}

impl<T: Payload> Clone for PyRef<T> {
    fn clone(&self) -> Self {
        PyRef {
            value: self.value.clone(),
            _marker: PhantomData,
        }
    }
}

impl<T: Payload> Deref for PyRef<T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: `PyRef::new` checked the kind, and `self.value` keeps the object alive.
        unsafe { payload_of::<T>(self.value.header_ptr()) }
    }
}

impl Value {
    /// A typed strong reference, if this value has payload `T`.
    pub fn downcast<T: Payload>(&self) -> Option<PyRef<T>> {
        PyRef::new(self.clone())
    }
    /// The kind of a heap value.
    #[inline]
    pub fn kind(&self) -> Option<ObjKind> {
        self.header().map(|h| h.kind())
    }
    /// Reference count (heap values only; for tests and `sys.getrefcount`).
    pub fn refcount(&self) -> Option<u32> {
        self.header().map(|h| h.refcount())
    }
}
