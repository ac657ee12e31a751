//! `int` beyond the inline 48-bit range: arbitrary precision via `num-bigint`.
//!
//! Small ints are immediates (`value.rs`); a heap int always holds a value outside the
//! inline range, so every int has exactly one representation (`Vm::new_bigint`
//! normalises). Arithmetic lives in `protocol/number.rs`; methods in `types/int_methods.rs`.

use num_bigint::BigInt;

pub struct BigIntData(pub BigInt);
