//! `complex`: a pair of floats (CPython's `Objects/complexobject.c`).

pub struct ComplexData {
    pub re: f64,
    pub im: f64,
}
