//! Instances of user classes: attributes in slots described by a shared shape.
//!
//! A `Shape` (hidden class, as in V8 / CPython 3.11's shared-keys dicts) lists
//! attribute names in slot order. Instances built the same way (`__init__` setting
//! `x` then `y`) walk the same transitions from their class's root shape and so share
//! one shape, and an attribute read is: compare the shape, read the slot. A
//! `__dict__` is materialised only when asked for (or for unusual attribute
//! patterns); from then on the instance keeps its attributes in that dict.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::types::str::StrData;
use crate::value::Value;

thread_local! {
    /// Every shape of this thread by id (index); instances store only the id. Shapes
    /// live as long as the thread (they are few: one per attribute-order seen).
    static SHAPES: RefCell<Vec<Rc<Shape>>> = const { RefCell::new(Vec::new()) };
}

fn next_shape_id() -> u32 {
    SHAPES.with(|s| s.borrow().len() as u32 + 1)
}

fn register(shape: Rc<Shape>) -> Rc<Shape> {
    SHAPES.with(|s| s.borrow_mut().push(shape.clone()));
    shape
}

/// After this many attributes an instance switches to a dict.
pub const MAX_SHAPE_SLOTS: usize = 64;

pub struct Shape {
    /// Process-unique id, for inline caches (0: too many shapes, not cacheable).
    pub id: u32,
    /// Interned attribute names, in slot order.
    pub names: Vec<Value>,
    transitions: RefCell<Vec<(Value, Rc<Shape>)>>,
}

impl Shape {
    /// The root shared by every class without `__slots__`: instances built the same
    /// way share shapes across classes (subclasses, sibling classes), so one cached
    /// shape serves a polymorphic attribute site.
    pub fn shared_root() -> Rc<Shape> {
        thread_local!(static ROOT: Rc<Shape> = Shape::new_root());
        ROOT.with(|r| r.clone())
    }

    /// The shape with id `id` (the empty shared root if there is none such).
    pub fn by_id(id: u32) -> Rc<Shape> {
        SHAPES
            .with(|s| s.borrow().get((id as usize).wrapping_sub(1)).cloned())
            .unwrap_or_else(Shape::shared_root)
    }

    pub fn new_root() -> Rc<Shape> {
        register(Rc::new(Shape {
            id: next_shape_id(),
            names: Vec::new(),
            transitions: RefCell::new(Vec::new()),
        }))
    }

    /// Slot index of `name` (an interned str: pointer compare first, then content).
    #[inline]
    pub fn index_of(&self, name: &Value) -> Option<usize> {
        if let Some(i) = self.names.iter().position(|n| n.is(name)) {
            return Some(i);
        }
        let s = name.downcast_ref::<StrData>()?.as_str();
        self.names
            .iter()
            .position(|n| n.downcast_ref::<StrData>().is_some_and(|x| x.as_str() == s))
    }

    /// The shape `name` leads to, if that transition was made before.
    #[inline]
    pub fn transition(&self, name: &Value) -> Option<Rc<Shape>> {
        self.transitions
            .borrow()
            .iter()
            .find(|(n, _)| n.is(name))
            .map(|(_, s)| s.clone())
    }

    /// The shape with `name` appended (shared through the transition table).
    pub fn with_added(self: &Rc<Shape>, name: &Value) -> Rc<Shape> {
        if let Some((_, s)) = self.transitions.borrow().iter().find(|(n, _)| n.is(name)) {
            return s.clone();
        }
        let mut names = self.names.clone();
        names.push(name.clone());
        let next = register(Rc::new(Shape {
            id: next_shape_id(),
            names,
            transitions: RefCell::new(Vec::new()),
        }));
        self.transitions
            .borrow_mut()
            .push((name.clone(), next.clone()));
        next
    }
}

/// Attribute values stored inside the instance (the common case: most objects have
/// at most this many attributes). With more, or with a `__dict__` or a builtin
/// value, the last inline cell holds an `InstanceExtra` with the rest.
pub const INLINE_SLOTS: usize = 4;

/// `flags`: the last inline cell holds the `InstanceExtra`.
const HAS_EXTRA: u16 = 1;
/// `flags`: the instance has a materialised `__dict__` (in its `InstanceExtra`).
const HAS_DICT: u16 = 2;

/// An instance of a user class, 40 bytes (56 with the object header): the shape id,
/// the number of slots, and four inline value cells. Everything rarer lives in an
/// `InstanceExtra` reached through the last cell.
pub struct InstanceData {
    shape: Cell<u32>,
    len: Cell<u16>,
    flags: Cell<u16>,
    inline: [Cell<Value>; INLINE_SLOTS],
}

// The instance layout budget: 40 bytes, so an object with its header is 56.
const _: () = assert!(std::mem::size_of::<InstanceData>() == 40);

/// The rarely needed part of an instance: slots past the inline ones, the
/// materialised `__dict__`, and the builtin value of instances of builtin subclasses.
#[derive(Default)]
pub struct InstanceExtra {
    /// Slots `INLINE_SLOTS - 1` and up.
    pub slots: RefCell<Vec<Value>>,
    pub dict: RefCell<Value>,
    pub native: RefCell<Value>,
}

/// Read a cell without taking its value out for good.
#[inline(always)]
fn peek_cell(c: &Cell<Value>) -> Value {
    let v = c.take();
    let out = v.clone();
    c.set(v);
    out
}

impl InstanceData {
    pub fn new(shape: Rc<Shape>) -> InstanceData {
        InstanceData {
            shape: Cell::new(shape.id),
            len: Cell::new(0),
            flags: Cell::new(0),
            inline: Default::default(),
        }
    }

    /// An instance whose first `n` slots exist but are unset (`__slots__` members).
    pub fn with_empty_slots(shape: Rc<Shape>, n: usize) -> InstanceData {
        let d = InstanceData::new(shape);
        for _ in 0..n {
            d.push_slot(Value::NULL);
        }
        d
    }

    #[inline(always)]
    pub fn shape_id(&self) -> u32 {
        self.shape.get()
    }
    pub fn shape(&self) -> Rc<Shape> {
        Shape::by_id(self.shape.get())
    }
    pub fn set_shape(&self, shape: &Rc<Shape>) {
        self.shape.set(shape.id);
    }
    /// Set the shape by id (an id from a live `Shape`; shapes are never freed).
    #[inline(always)]
    pub fn set_shape_id(&self, id: u32) {
        self.shape.set(id);
    }

    #[inline(always)]
    fn extra(&self) -> Option<Value> {
        if self.flags.get() & HAS_EXTRA == 0 {
            return None;
        }
        Some(peek_cell(&self.inline[INLINE_SLOTS - 1]))
    }

    /// The extra part, created on first need.
    fn extra_or_new(&self) -> Value {
        if let Some(e) = self.extra() {
            return e;
        }
        // The last inline slot (if in use) moves into the extra part.
        let last = &self.inline[INLINE_SLOTS - 1];
        let moved = if self.len.get() as usize >= INLINE_SLOTS {
            vec![last.take()]
        } else {
            Vec::new()
        };
        let extra = crate::heap::alloc(
            &Value::NULL,
            InstanceExtra {
                slots: RefCell::new(moved),
                ..Default::default()
            },
        );
        last.set(extra.clone());
        self.flags.set(self.flags.get() | HAS_EXTRA);
        extra
    }

    /// How many slots are stored in the inline cells.
    #[inline(always)]
    fn inline_capacity(&self) -> usize {
        if self.flags.get() & HAS_EXTRA != 0 {
            INLINE_SLOTS - 1
        } else {
            INLINE_SLOTS
        }
    }

    #[inline(always)]
    pub fn slot_count(&self) -> usize {
        self.len.get() as usize
    }

    /// Slot `i`'s value (NULL if unset), or None past the end.
    #[inline(always)]
    pub fn slot(&self, i: usize) -> Option<Value> {
        if i >= self.len.get() as usize {
            return None;
        }
        if i < self.inline_capacity() {
            return Some(peek_cell(&self.inline[i]));
        }
        let e = self.extra()?;
        let x = e.downcast_ref::<InstanceExtra>()?;
        let v = x.slots.borrow().get(i - (INLINE_SLOTS - 1)).cloned();
        v
    }

    /// Replace slot `i`, returning the old value (None past the end: nothing stored).
    #[inline(always)]
    pub fn set_slot(&self, i: usize, v: Value) -> Option<Value> {
        if i >= self.len.get() as usize {
            return None;
        }
        if i < self.inline_capacity() {
            return Some(self.inline[i].replace(v));
        }
        let e = self.extra()?;
        let x = e.downcast_ref::<InstanceExtra>()?;
        let mut slots = x.slots.borrow_mut();
        let cell = slots.get_mut(i - (INLINE_SLOTS - 1))?;
        Some(std::mem::replace(cell, v))
    }

    /// Append a slot (the shape grew by one name).
    pub fn push_slot(&self, v: Value) {
        let n = self.len.get() as usize;
        if n < self.inline_capacity() {
            self.inline[n].set(v);
        } else {
            let e = self.extra_or_new();
            if let Some(x) = e.downcast_ref::<InstanceExtra>() {
                x.slots.borrow_mut().push(v);
            }
        }
        self.len.set((n + 1) as u16);
    }

    /// Drop slots from `n` on.
    pub fn truncate_slots(&self, n: usize) {
        while self.len.get() as usize > n {
            let last = self.len.get() as usize - 1;
            if last < self.inline_capacity() {
                drop(self.inline[last].take());
            } else if let Some(e) = self.extra() {
                if let Some(x) = e.downcast_ref::<InstanceExtra>() {
                    x.slots.borrow_mut().pop();
                }
            }
            self.len.set(last as u16);
        }
    }

    /// A snapshot of the slot values, in shape order.
    pub fn slot_values(&self) -> Vec<Value> {
        (0..self.slot_count())
            .map(|i| self.slot(i).unwrap_or(Value::NULL))
            .collect()
    }

    /// The materialised `__dict__`, or NULL.
    pub fn dict(&self) -> Value {
        if !self.has_dict() {
            return Value::NULL;
        }
        self.extra()
            .and_then(|e| {
                e.downcast_ref::<InstanceExtra>()
                    .map(|x| x.dict.borrow().clone())
            })
            .unwrap_or(Value::NULL)
    }
    #[inline(always)]
    pub fn has_dict(&self) -> bool {
        self.flags.get() & HAS_DICT != 0
    }
    /// Set the `__dict__` (NULL: none), returning the old one.
    pub fn set_dict(&self, d: Value) -> Value {
        if d.is_null() && self.extra().is_none() {
            return Value::NULL;
        }
        let has = !d.is_null();
        let e = self.extra_or_new();
        let old = match e.downcast_ref::<InstanceExtra>() {
            Some(x) => std::mem::replace(&mut *x.dict.borrow_mut(), d),
            None => return Value::NULL,
        };
        let flags = self.flags.get() & !HAS_DICT;
        self.flags.set(if has { flags | HAS_DICT } else { flags });
        old
    }

    /// For instances of subclasses of builtins: the builtin value, else NULL.
    pub fn native(&self) -> Value {
        self.extra()
            .and_then(|e| {
                e.downcast_ref::<InstanceExtra>()
                    .map(|x| x.native.borrow().clone())
            })
            .unwrap_or(Value::NULL)
    }
    pub fn set_native(&self, v: Value) -> Value {
        if v.is_null() && self.extra().is_none() {
            return Value::NULL;
        }
        let e = self.extra_or_new();
        match e.downcast_ref::<InstanceExtra>() {
            Some(x) => std::mem::replace(&mut *x.native.borrow_mut(), v),
            None => Value::NULL,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(i: i64) -> Value {
        Value::small_int(i).unwrap()
    }

    #[test]
    fn slots_past_the_inline_cells_move_to_the_extra_part() {
        let inst = InstanceData::new(Shape::new_root());
        for i in 0..10 {
            inst.push_slot(int(i));
        }
        assert_eq!(inst.slot_count(), 10);
        for i in 0..10 {
            assert_eq!(inst.slot(i as usize).unwrap().as_small_int(), Some(i));
        }
        assert!(inst.slot(10).is_none());
        let old = inst.set_slot(7, int(70)).unwrap();
        assert_eq!(old.as_small_int(), Some(7));
        assert_eq!(inst.slot(7).unwrap().as_small_int(), Some(70));
        inst.truncate_slots(2);
        assert_eq!(inst.slot_values().len(), 2);
        assert_eq!(inst.slot(1).unwrap().as_small_int(), Some(1));
    }

    #[test]
    fn dict_and_native_keep_the_inline_slots() {
        let inst = InstanceData::new(Shape::new_root());
        for i in 0..4 {
            inst.push_slot(int(i));
        }
        assert!(!inst.has_dict());
        inst.set_native(int(99));
        // The fourth inline cell now holds the extra part; slot 3 moved there.
        for i in 0..4 {
            assert_eq!(inst.slot(i as usize).unwrap().as_small_int(), Some(i));
        }
        assert_eq!(inst.native().as_small_int(), Some(99));
        assert!(!inst.has_dict());
        inst.set_dict(int(5));
        assert!(inst.has_dict());
        inst.set_dict(Value::NULL);
        assert!(!inst.has_dict());
    }

    #[test]
    fn shapes_are_found_by_id_and_shared_roots_share_transitions() {
        let root = Shape::shared_root();
        let a = Value::small_int(1).unwrap();
        let s1 = root.with_added(&a);
        let s2 = Shape::shared_root().with_added(&a);
        assert_eq!(s1.id, s2.id);
        assert_eq!(Shape::by_id(s1.id).names.len(), 1);
    }
}
