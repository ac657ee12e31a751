//! Arguments of native (Rust) functions, and binding them to parameters with
//! CPython's error wording.

use smallvec::SmallVec;

use crate::errors::PyResult;
use crate::types::str::StrData;
use crate::value::Value;
use crate::vm::Vm;

/// The arguments of one call: positional values, then keyword (name, value) pairs.
#[derive(Default)]
pub struct Args {
    pub pos: SmallVec<[Value; 6]>,
    pub kw: Vec<(Value, Value)>,
}

impl Args {
    pub fn new(pos: impl IntoIterator<Item = Value>) -> Args {
        Args {
            pos: pos.into_iter().collect(),
            kw: Vec::new(),
        }
    }
    pub fn with_kw(pos: impl IntoIterator<Item = Value>, kw: Vec<(Value, Value)>) -> Args {
        Args {
            pos: pos.into_iter().collect(),
            kw,
        }
    }
    pub fn len(&self) -> usize {
        self.pos.len() + self.kw.len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Prepend `self`/the bound object.
    pub fn prepend(&mut self, v: Value) {
        self.pos.insert(0, v);
    }

    /// Take a keyword argument by name.
    pub fn take_kw(&mut self, name: &str) -> Option<Value> {
        let i = self.kw.iter().position(|(k, _)| kw_name(k) == name)?;
        Some(self.kw.remove(i).1)
    }

    /// Reject keyword arguments: "f() takes no keyword arguments".
    pub fn no_kw(&self, vm: &mut Vm, fname: &str) -> PyResult<()> {
        if !self.kw.is_empty() {
            return Err(vm.type_error(format!("{}() takes no keyword arguments", fname)));
        }
        Ok(())
    }

    /// Exactly `n` positional arguments, no keywords (CPython's METH_O / exact-arity
    /// wording: "len() takes exactly one argument (2 given)").
    pub fn exact<const N: usize>(self, vm: &mut Vm, fname: &str) -> PyResult<[Value; N]> {
        self.no_kw(vm, fname)?;
        if self.pos.len() != N {
            let msg = if N == 0 {
                format!("{}() takes no arguments ({} given)", fname, self.pos.len())
            } else if N == 1 {
                format!(
                    "{}() takes exactly one argument ({} given)",
                    fname,
                    self.pos.len()
                )
            } else {
                format!("{} expected {} arguments, got {}", fname, N, self.pos.len())
            };
            return Err(vm.type_error(msg));
        }
        let mut it = self.pos.into_iter();
        Ok(std::array::from_fn(|_| it.next().unwrap_or(Value::NULL)))
    }

    /// Between `min` and `max` positional arguments, no keywords (CPython's
    /// `PyArg_UnpackTuple` wording: "expected at most 2 arguments, got 3").
    pub fn range(
        self,
        vm: &mut Vm,
        fname: &str,
        min: usize,
        max: usize,
    ) -> PyResult<SmallVec<[Value; 6]>> {
        self.no_kw(vm, fname)?;
        let n = self.pos.len();
        if n < min {
            let plural = if min == 1 { "" } else { "s" };
            let what = if min == max { "" } else { "at least " };
            return Err(vm.type_error(format!(
                "{} expected {}{} argument{}, got {}",
                fname, what, min, plural, n
            )));
        }
        if n > max {
            let plural = if max == 1 { "" } else { "s" };
            let what = if min == max { "" } else { "at most " };
            return Err(vm.type_error(format!(
                "{} expected {}{} argument{}, got {}",
                fname, what, max, plural, n
            )));
        }
        Ok(self.pos)
    }

    /// Bind to named parameters (Argument Clinic style): `params` lists names; the
    /// first `posonly` are positional-only; those from `kwonly_from` are keyword-only;
    /// the first `required` are required. Returns one slot per parameter (NULL when
    /// not given). Messages follow CPython's `_PyArg_UnpackKeywords`.
    pub fn bind<const N: usize>(
        self,
        vm: &mut Vm,
        fname: &str,
        params: [&str; N],
        posonly: usize,
        kwonly_from: usize,
        required: usize,
    ) -> PyResult<[Value; N]> {
        let mut out: [Value; N] = std::array::from_fn(|_| Value::NULL);
        let npos = self.pos.len();
        let max_pos = kwonly_from.min(N);
        if npos > max_pos {
            let msg = if max_pos == required && required > 0 {
                format!(
                    "{}() takes exactly {} positional argument{} ({} given)",
                    fname,
                    max_pos,
                    if max_pos == 1 { "" } else { "s" },
                    npos
                )
            } else if max_pos == 0 {
                format!("{}() takes no positional arguments", fname)
            } else {
                format!(
                    "{}() takes at most {} positional argument{} ({} given)",
                    fname,
                    max_pos,
                    if max_pos == 1 { "" } else { "s" },
                    npos
                )
            };
            return Err(vm.type_error(msg));
        }
        for (i, v) in self.pos.into_iter().enumerate() {
            out[i] = v;
        }
        for (k, v) in self.kw {
            let name = kw_name(&k).to_string();
            match params.iter().position(|p| *p == name) {
                Some(i) if i >= posonly => {
                    if !out[i].is_null() {
                        return Err(vm.type_error(format!(
                            "argument for {}() given by name ('{}') and position ({})",
                            fname,
                            name,
                            i + 1
                        )));
                    }
                    out[i] = v;
                }
                _ => {
                    return Err(vm.type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        fname, name
                    )))
                }
            }
        }
        for (i, slot) in out.iter().enumerate().take(required) {
            if slot.is_null() {
                let msg = if i < posonly {
                    format!(
                        "{}() missing required argument '{}' (pos {})",
                        fname,
                        params[i],
                        i + 1
                    )
                } else if i >= kwonly_from {
                    format!(
                        "{}() missing required keyword-only argument '{}'",
                        fname, params[i]
                    )
                } else {
                    format!(
                        "{}() missing required argument '{}' (pos {})",
                        fname,
                        params[i],
                        i + 1
                    )
                };
                return Err(vm.type_error(msg));
            }
        }
        Ok(out)
    }
}

pub fn kw_name(k: &Value) -> &str {
    k.downcast_ref::<StrData>()
        .map(|s| s.as_str())
        .unwrap_or("")
}

/// `Some(v)` unless `v` is NULL (an omitted optional argument).
pub fn opt(v: Value) -> Option<Value> {
    if v.is_null() {
        None
    } else {
        Some(v)
    }
}
