//! Instances of user classes: attributes in slots described by a shared shape.
//!
//! A `Shape` (hidden class, as in V8 / CPython 3.11's shared-keys dicts) lists
//! attribute names in slot order. Instances built the same way (`__init__` setting
//! `x` then `y`) walk the same transitions from their class's root shape and so share
//! one shape, and an attribute read is: compare the shape, read the slot. A
//! `__dict__` is materialised only when asked for (or for unusual attribute
//! patterns); from then on the instance keeps its attributes in that dict.

use std::cell::RefCell;
use std::rc::Rc;

use crate::types::str::StrData;
use crate::value::Value;

fn next_shape_id() -> u32 {
    thread_local!(static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(1) });
    NEXT.with(|n| {
        let id = n.get();
        // Saturate: once ids run out, new shapes get 0 and are never cached.
        n.set(id.saturating_add(1).min(u32::MAX - 1));
        if id >= u32::MAX - 1 {
            0
        } else {
            id
        }
    })
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

    pub fn new_root() -> Rc<Shape> {
        Rc::new(Shape {
            id: next_shape_id(),
            names: Vec::new(),
            transitions: RefCell::new(Vec::new()),
        })
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
        let next = Rc::new(Shape {
            id: next_shape_id(),
            names,
            transitions: RefCell::new(Vec::new()),
        });
        self.transitions
            .borrow_mut()
            .push((name.clone(), next.clone()));
        next
    }
}

/// Attribute values stored inside the instance for up to this many attributes
/// (the common case); more spill to a heap vector.
pub const INLINE_SLOTS: usize = 4;

pub type Slots = smallvec::SmallVec<[Value; INLINE_SLOTS]>;

pub struct InstanceData {
    pub shape: RefCell<Rc<Shape>>,
    /// Values in shape order, inline for up to `INLINE_SLOTS` attributes.
    pub slots: RefCell<Slots>,
    /// The materialised `__dict__` (NULL while attributes live in slots).
    pub dict: RefCell<Value>,
    /// For subclasses of builtins: the builtin value (an int, list, ...), else NULL.
    pub native: RefCell<Value>,
}

impl InstanceData {
    pub fn new(shape: Rc<Shape>) -> InstanceData {
        InstanceData {
            shape: RefCell::new(shape),
            slots: RefCell::new(Slots::new()),
            dict: RefCell::new(Value::NULL),
            native: RefCell::new(Value::NULL),
        }
    }
}
