//! `float` storage. Floats are immediates (`value.rs`) except NaNs, which are boxed so
//! that each NaN has its own identity, as in CPython: `x = float("nan"); x in [x]` is
//! True (identity) while `float("nan") in [float("nan")]` is False.

pub struct FloatData(pub f64);
