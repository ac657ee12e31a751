//! The abstract object protocol: what the interpreter does to any value. Fast paths
//! for builtin types first, then the dunder methods of the value's class. Mirrors
//! CPython's `Objects/abstract.c` and `Objects/object.c`.

pub mod attr;
pub mod compare;
pub mod hash;
pub mod iter;
pub mod number;
pub mod repr;
pub mod seq;
