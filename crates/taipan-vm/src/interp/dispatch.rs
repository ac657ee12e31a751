//! The dispatch loop of the specializing adaptive interpreter (PEP 659).
//!
//! `run_frame` runs the top frame (an "entry" frame, which a Rust caller waits on)
//! and every Python frame it calls: `CALL` of a Python function pushes a frame and
//! the loop continues in it, so Python-to-Python calls do not recurse on the Rust
//! stack. Errors go to `unwind`, which finds a handler in the exception table.
//!
//! The loop keeps the instruction pointer, the code units and the frame's base in
//! locals. Hot base instructions (locals, constants, jumps) and every specialized
//! form run inline here; all other instructions go to `generic.rs` after the
//! position is stored in the frame. A specializable base instruction counts down
//! its adaptive counter (cache unit 0) and, at zero, asks `specialize.rs` to
//! rewrite it in place into a form guarded by cheap checks. A specialized form whose
//! guard fails runs the generic body ("miss"); after enough misses it is rewritten
//! back to its base instruction with an exponential back-off (de-optimisation).
//! See `docs/internals/specialization.md`.

use std::cell::Cell;

use taipan_bytecode::cache::{self, counter};
use taipan_bytecode::{BinaryOp, CompareOp, Opcode};

use crate::errors::PyResult;
use crate::interp::frame::Frame;
use crate::types::array::ArrayData;
use crate::types::code::CodeData;
use crate::types::dict::DictData;
use crate::types::function::FunctionData;
use crate::types::instance::InstanceData;
use crate::types::list::ListData;
use crate::types::module::ModuleData;
use crate::types::range::RangeIterData;
use crate::types::str::StrData;
use crate::types::tuple::TupleData;
use crate::value::Value;
use crate::vm::Vm;

/// What the loop does after an instruction.
pub(crate) enum Flow {
    Next,
    /// The entry frame returned (or a generator frame yielded/returned) this value.
    Return(Value),
}

/// Decode `EXTENDED_ARG` prefixes starting at `ip`: the position, code unit and
/// full argument of the instruction they extend.
#[cold]
fn extended(units: &[Cell<u16>], mut ip: usize) -> Option<(usize, u16, u32)> {
    let mut arg: u32 = 0;
    loop {
        let word = units.get(ip)?.get();
        arg = (arg << 8) | (word >> 8) as u32;
        if word as u8 != Opcode::EXTENDED_ARG as u8 {
            return Some((ip, word, arg));
        }
        ip += 1;
    }
}

/// A module attribute through a cache entry: the value at entry `index` of the
/// module's dict, while the dict's keys version is still `version`.
#[inline(always)]
fn module_entry(owner: &Value, version: u32, index: usize) -> Option<Value> {
    let d = owner
        .downcast_ref::<ModuleData>()?
        .dict
        .downcast_ref::<DictData>()?;
    if d.current_keys_version() != version as u64 {
        return None;
    }
    d.value_at(index)
}

/// A 32-bit cache field (two units, low half first).
#[inline(always)]
pub(crate) fn read_u32(units: &[Cell<u16>], at: usize) -> u32 {
    units[at].get() as u32 | (units[at + 1].get() as u32) << 16
}

pub(crate) fn write_u32(units: &[Cell<u16>], at: usize, v: u32) {
    units[at].set(v as u16);
    units[at + 1].set((v >> 16) as u16);
}

/// A 64-bit cache field (four units): a cached object's raw word.
#[inline(always)]
pub(crate) fn read_u64(units: &[Cell<u16>], at: usize) -> u64 {
    read_u32(units, at) as u64 | (read_u32(units, at + 2) as u64) << 32
}

pub(crate) fn write_u64(units: &[Cell<u16>], at: usize, v: u64) {
    write_u32(units, at, v as u32);
    write_u32(units, at + 2, (v >> 32) as u32);
}

/// A class's version as a cache stores it (versions past 32 bits are not cached).
#[inline(always)]
pub(crate) fn version32(v: u64) -> Option<u32> {
    u32::try_from(v).ok().filter(|&v| v != 0)
}

/// Both operands as floats when at least one is a float and neither is a boxed NaN
/// (ints here are 48-bit, so they convert exactly).
#[inline(always)]
fn float_operands(a: &Value, b: &Value) -> Option<(f64, f64)> {
    match (a.as_imm_float(), b.as_imm_float()) {
        (Some(x), Some(y)) => Some((x, y)),
        (Some(x), None) => Some((x, b.as_small_int()? as f64)),
        (None, Some(y)) => Some((a.as_small_int()? as f64, y)),
        (None, None) => None,
    }
}

/// Inline-operand arithmetic on two small ints; None when the result needs the
/// generic path (overflow past 64 bits, division by zero, big shifts, powers).
#[inline(always)]
fn small_int_binop(op: BinaryOp, a: i64, b: i64) -> Option<IntResult> {
    use BinaryOp::*;
    Some(IntResult::Int(match op.base() {
        Add => a + b,
        Subtract => a - b,
        Multiply => a.checked_mul(b)?,
        FloorDivide => {
            if b == 0 {
                return None;
            }
            a.div_euclid(b)
                - if (a.rem_euclid(b) != 0) && b < 0 {
                    1
                } else {
                    0
                }
        }
        Remainder => {
            if b == 0 {
                return None;
            }
            let r = a % b;
            if r != 0 && ((r < 0) != (b < 0)) {
                r + b
            } else {
                r
            }
        }
        And => a & b,
        Or => a | b,
        Xor => a ^ b,
        Lshift => {
            if !(0..16).contains(&b) {
                return None;
            }
            a.checked_mul(1 << b)?
        }
        Rshift => {
            if b < 0 {
                return None;
            }
            a >> b.min(63)
        }
        TrueDivide => {
            if b == 0 {
                return None;
            }
            return Some(IntResult::Float(a as f64 / b as f64));
        }
        _ => return None,
    }))
}

enum IntResult {
    Int(i64),
    Float(f64),
}

#[inline(always)]
fn compare_f64(op: CompareOp, a: f64, b: f64) -> bool {
    match op {
        CompareOp::Lt => a < b,
        CompareOp::Le => a <= b,
        CompareOp::Eq => a == b,
        CompareOp::Ne => a != b,
        CompareOp::Gt => a > b,
        CompareOp::Ge => a >= b,
    }
}

#[inline(always)]
fn compare_ord<T: Ord>(op: CompareOp, a: T, b: T) -> bool {
    match op {
        CompareOp::Lt => a < b,
        CompareOp::Le => a <= b,
        CompareOp::Eq => a == b,
        CompareOp::Ne => a != b,
        CompareOp::Gt => a > b,
        CompareOp::Ge => a >= b,
    }
}

/// A sequence index as an in-range position (negative counts from the end).
#[inline(always)]
fn seq_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    if i >= 0 && (i as usize) < len {
        Some(i as usize)
    } else {
        None
    }
}

/// The value stack while the loop runs: its base pointer, length and capacity in
/// locals (registers), so pushes and pops do not go through `Vm::stack`.
/// `spill` hands the length back to the vector before anything else may use the
/// stack (calls out, errors, frame changes); `fill` takes the stack back after.
struct Regs {
    ptr: *mut Value,
    sp: usize,
    cap: usize,
    /// Lowest index of the current frame's evaluation stack (its locals are below).
    floor: usize,
}

impl Regs {
    #[inline(always)]
    fn fill(stack: &mut Vec<Value>, floor: usize) -> Regs {
        Regs {
            ptr: stack.as_mut_ptr(),
            sp: stack.len(),
            cap: stack.capacity(),
            floor,
        }
    }

    #[inline(always)]
    fn spill(&self, stack: &mut Vec<Value>) {
        // SAFETY: slots below `sp` hold initialised values owned by the stack (there
        // since the last `fill`, or written by `push`); those from `sp` up to the old
        // length were moved out by `pop`, so forgetting them leaks nothing.
        unsafe { stack.set_len(self.sp) }
    }

    #[inline(always)]
    fn push(&mut self, stack: &mut Vec<Value>, v: Value) {
        if self.sp == self.cap {
            // By value, not `&mut self`: a `Regs` whose address escapes could not
            // live in registers.
            *self = Regs::grown(stack, self.sp, self.floor);
        }
        // SAFETY: `sp < cap`: the slot is inside the allocation and holds no value.
        unsafe { self.ptr.add(self.sp).write(v) };
        self.sp += 1;
    }

    #[cold]
    #[inline(never)]
    fn grown(stack: &mut Vec<Value>, sp: usize, floor: usize) -> Regs {
        // SAFETY: as in `spill`.
        unsafe { stack.set_len(sp) };
        stack.reserve(64);
        Regs::fill(stack, floor)
    }

    /// Pop the top value; None on underflow (malformed bytecode).
    #[inline(always)]
    fn pop(&mut self) -> Option<Value> {
        if self.sp <= self.floor {
            return None;
        }
        self.sp -= 1;
        // SAFETY: `floor <= sp < len`: an initialised slot, moved out here (the
        // length now ends below it, so it is not dropped twice).
        Some(unsafe { self.ptr.add(self.sp).read() })
    }

    /// The value `n` from the top (1 = top); None if the frame's stack is shallower.
    /// The borrow must end before the stack is used otherwise (push, spill).
    #[inline(always)]
    fn peek<'a>(&self, n: usize) -> Option<&'a mut Value> {
        if n == 0 || n > self.sp - self.floor {
            return None;
        }
        // SAFETY: `floor <= sp - n < sp`: an initialised slot inside the allocation,
        // which does not move while the borrow is used (no push or spill meanwhile).
        Some(unsafe { &mut *self.ptr.add(self.sp - n) })
    }

    /// Local variable slot `i` of the frame whose locals start at `base`.
    #[inline(always)]
    fn local<'a>(&self, base: usize, i: usize) -> Option<&'a mut Value> {
        let at = base + i;
        if at >= self.floor {
            return None;
        }
        // SAFETY: `base <= at < floor <= sp`: an initialised slot (see `peek`).
        Some(unsafe { &mut *self.ptr.add(at) })
    }
}

// Stack macros for the two loops: `$vm` is the VM (`self`), `$st` its `Regs`.
// Underflow (only possible with malformed bytecode) raises SystemError.
macro_rules! pop {
    ($vm:expr, $st:ident, $ip:expr) => {
        match $st.pop() {
            Some(v) => v,
            None => raise!($vm, $st, $ip, $vm.internal_error("value stack underflow")),
        }
    };
}
macro_rules! peek {
    ($vm:expr, $st:ident, $ip:expr, $n:expr) => {
        match $st.peek($n) {
            Some(v) => v,
            None => raise!($vm, $st, $ip, $vm.internal_error("value stack underflow")),
        }
    };
}
macro_rules! local {
    ($vm:expr, $st:ident, $ip:expr, $base:expr, $i:expr) => {
        match $st.local($base, $i) {
            Some(v) => v,
            None => raise!($vm, $st, $ip, $vm.internal_error("local slot out of range")),
        }
    };
}
macro_rules! push {
    ($vm:expr, $st:ident, $v:expr) => {{
        let v: Value = $v;
        $st.push(&mut $vm.stack, v)
    }};
}
// Return an error raised by the instruction at `$ip`, with the stack handed back.
macro_rules! raise {
    ($vm:expr, $st:ident, $ip:expr, $e:expr) => {{
        $st.spill(&mut $vm.stack);
        let e = $e;
        $vm.set_lasti($ip);
        return Err(e);
    }};
}

/// Why the hot loop stopped at an instruction.
enum HotExit {
    /// The instruction is not one the hot loop runs: the outer loop decodes it.
    Other,
    /// Run the instruction's generic base form (a guard failed, a local was unbound,
    /// a jump's condition was not a bool, an operation needs the slow path).
    Generic,
}

impl Vm {
    /// Run the top frame until it returns; frames it calls run in the same loop.
    pub fn run_frame(&mut self) -> PyResult<Value> {
        loop {
            let r = if self.stats.is_some() {
                self.run_loop::<true>()
            } else {
                self.run_loop::<false>()
            };
            match r {
                Ok(v) => return Ok(v),
                Err(e) => self.unwind(e)?,
            }
        }
    }

    /// Record the position of the instruction being executed (for tracebacks, and
    /// for code that inspects frames while this instruction calls out).
    #[inline(always)]
    fn set_lasti(&mut self, ip: usize) {
        if let Some(f) = self.frames.last_mut() {
            f.lasti = ip;
        }
    }

    /// Record where the frame resumes (`next`) and the instruction running (`ip`),
    /// before a call out that may push frames or raise.
    #[inline(always)]
    fn set_resume(&mut self, ip: usize, next: usize) {
        if let Some(f) = self.frames.last_mut() {
            f.ip = next;
            f.lasti = ip;
        }
    }

    /// Whether, for an instance of another class than the cached one, an instance
    /// attribute `name` is what `obj.name` finds: the class does not override
    /// `__getattribute__` nor define a data descriptor `name`.
    #[inline(never)]
    fn instance_attr_wins(&self, owner: &Value, name: &Value) -> bool {
        use crate::types::class::{self, class_flags};
        let Some(h) = owner.header() else {
            return false;
        };
        if h.class_data()
            .is_none_or(|c| c.has_flag(class_flags::HAS_GETATTRIBUTE))
        {
            return false;
        }
        match class::lookup(self, &h.class(), name) {
            None => true,
            Some(d) => !self.is_data_descriptor(&d),
        }
    }

    /// Like `instance_attr_wins`, for stores: no custom `__setattr__`, no data
    /// descriptor `name`, and instances take attributes.
    #[inline(never)]
    fn instance_store_wins(&self, owner: &Value, name: &Value) -> bool {
        use crate::types::class::{self, class_flags};
        let Some(h) = owner.header() else {
            return false;
        };
        if h.class_data()
            .is_none_or(|c| c.has_flag(class_flags::NO_DICT) || !c.has_flag(class_flags::HEAPTYPE))
        {
            return false;
        }
        let cls = h.class();
        if class::lookup(self, &cls, &self.n.__setattr__)
            .is_some_and(|sa| sa.kind() == Some(crate::heap::ObjKind::Function))
        {
            return false;
        }
        match class::lookup(self, &cls, name) {
            None => true,
            Some(d) => !self.is_data_descriptor(&d),
        }
    }

    /// The method `name` of `owner`'s class, if it is a plain method (a Python
    /// function or a builtin instance method) and attribute lookup is the generic one.
    #[inline(never)]
    fn class_method_for(&self, owner: &Value, name: &Value) -> Option<Value> {
        use crate::types::class::{self, class_flags};
        let h = owner.header()?;
        if h.class_data()?.has_flag(class_flags::HAS_GETATTRIBUTE) {
            return None;
        }
        let m = class::lookup(self, &h.class(), name)?;
        let plain = match m.kind() {
            Some(crate::heap::ObjKind::Function) => true,
            Some(crate::heap::ObjKind::MethodDescriptor) => m
                .downcast_ref::<crate::types::function::MethodDescriptorData>()
                .is_some_and(|d| d.kind == crate::types::function::MethodKind::Instance),
            _ => false,
        };
        plain.then_some(m)
    }

    /// A specialized form's guard failed: count the miss, and at the end of the
    /// budget rewrite the instruction back to its base form with back-off.
    #[cold]
    fn specialization_miss(&mut self, units: &[Cell<u16>], ip: usize, op: Opcode) {
        let c = units[ip + 1].get();
        if let Some(s) = self.stats.as_deref_mut() {
            s.miss(op);
        }
        if counter::value(c) == 0 {
            let word = units[ip].get();
            units[ip].set((word & 0xFF00) | op.deopt() as u16);
            units[ip + 1].set(counter::backoff(c));
            if let Some(s) = self.stats.as_deref_mut() {
                s.deopt(op);
            }
        } else {
            units[ip + 1].set(c - 1);
        }
    }

    /// The hot loop: the instructions that run most often and never leave the
    /// frame (locals, constants, jumps, and the specialized forms of attribute,
    /// global, arithmetic, comparison, subscript, iteration and unpacking
    /// instructions), in a function small enough that its state stays in registers.
    /// It returns at the first instruction it does not run itself, or whose generic
    /// form must run, with the stack handed back to `Vm::stack`.
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn run_hot<const STATS: bool>(
        &mut self,
        code: &CodeData,
        base: usize,
        floor: usize,
        globals_dict: Option<&DictData>,
        builtins_dict: Option<&DictData>,
        mut ip: usize,
    ) -> PyResult<(usize, HotExit)> {
        use Opcode::*;
        let units: &[Cell<u16>] = &code.code;
        let consts: &[Value] = &code.consts;
        let mut st = Regs::fill(&mut self.stack, floor);
        // Where the current instruction starts (its first EXTENDED_ARG prefix, if any):
        // an exit hands this back, so the outer loop decodes the same argument.
        let mut at;
        let exit = 'hot: loop {
            at = ip;
            let Some(word) = units.get(ip) else {
                break 'hot HotExit::Other;
            };
            let mut word = word.get();
            let mut oparg = (word >> 8) as u32;
            if word as u8 == EXTENDED_ARG as u8 {
                // Gather the prefixes; `ip` moves to the instruction they extend.
                match extended(units, ip) {
                    Some((at, w, a)) => (ip, word, oparg) = (at, w, a),
                    None => break 'hot HotExit::Other,
                }
            }
            let Some(op) = Opcode::from_u8(word as u8) else {
                break 'hot HotExit::Other;
            };
            let arg = oparg as usize;
            // A specialized form's guard failed: count the miss, run the generic form.
            macro_rules! miss {
                () => {{
                    self.specialization_miss(units, ip, op);
                    break 'hot HotExit::Generic;
                }};
            }
            if STATS {
                if let Some(s) = self.stats.as_deref_mut() {
                    s.executed(op);
                }
            }
            match op {
                NOP | RESUME => {
                    ip += 1;
                    continue 'hot;
                }
                LOAD_FAST => {
                    let v = local!(self, st, ip, base, arg);
                    if v.is_null() {
                        break 'hot HotExit::Generic;
                    }
                    let v = v.clone();
                    push!(self, st, v);
                    ip += 1;
                    continue 'hot;
                }
                STORE_FAST => {
                    let v = pop!(self, st, ip);
                    let old = std::mem::replace(local!(self, st, ip, base, arg), v);
                    drop(old);
                    ip += 1;
                    continue 'hot;
                }
                LOAD_CONST => {
                    let Some(v) = consts.get(arg) else {
                        raise!(
                            self,
                            st,
                            ip,
                            self.internal_error("constant index out of range")
                        )
                    };
                    push!(self, st, v.clone());
                    ip += 1;
                    continue 'hot;
                }
                POP_TOP => {
                    drop(pop!(self, st, ip));
                    ip += 1;
                    continue 'hot;
                }
                PUSH_NULL => {
                    push!(self, st, Value::NULL);
                    ip += 1;
                    continue 'hot;
                }
                COPY => {
                    let v = peek!(self, st, ip, arg).clone();
                    push!(self, st, v);
                    ip += 1;
                    continue 'hot;
                }
                SWAP => {
                    let v = std::mem::take(peek!(self, st, ip, 1));
                    let v = std::mem::replace(peek!(self, st, ip, arg), v);
                    *peek!(self, st, ip, 1) = v;
                    ip += 1;
                    continue 'hot;
                }
                JUMP_FORWARD => {
                    ip = ip + 1 + arg;
                    continue 'hot;
                }
                JUMP_BACKWARD | JUMP_BACKWARD_NO_INTERRUPT => {
                    ip = ip + 1 - arg;
                    continue 'hot;
                }
                POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE => {
                    let Some(b) = Vm::truth_without_python(peek!(self, st, ip, 1)) else {
                        break 'hot HotExit::Generic;
                    };
                    drop(pop!(self, st, ip));
                    ip += 1;
                    if b == (op == POP_JUMP_IF_TRUE) {
                        ip += arg;
                    }
                    continue 'hot;
                }
                JUMP_IF_FALSE_OR_POP | JUMP_IF_TRUE_OR_POP => {
                    let Some(b) = Vm::truth_without_python(peek!(self, st, ip, 1)) else {
                        break 'hot HotExit::Generic;
                    };
                    ip += 1;
                    if b == (op == JUMP_IF_TRUE_OR_POP) {
                        ip += arg;
                    } else {
                        drop(pop!(self, st, ip));
                    }
                    continue 'hot;
                }
                UNARY_NOT => {
                    let top = peek!(self, st, ip, 1);
                    let Some(b) = Vm::truth_without_python(top) else {
                        break 'hot HotExit::Generic;
                    };
                    *top = Value::bool(!b);
                    ip += 1;
                    continue 'hot;
                }
                POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE => {
                    let is_none = pop!(self, st, ip).is_none();
                    ip += 1;
                    if is_none == (op == POP_JUMP_IF_NONE) {
                        ip += arg;
                    }
                    continue 'hot;
                }
                IS_OP => {
                    let rhs = pop!(self, st, ip);
                    let lhs = pop!(self, st, ip);
                    push!(self, st, Value::bool(lhs.is(&rhs) ^ (arg == 1)));
                    ip += 1;
                    continue 'hot;
                }
                LOAD_GLOBAL_MODULE | LOAD_GLOBAL_BUILTIN => {
                    use cache::load_global as c;
                    let Some(g) = globals_dict else { miss!() };
                    if g.current_keys_version()
                        != read_u32(units, ip + 1 + c::MODULE_VERSION) as u64
                    {
                        miss!()
                    }
                    let d = if op == LOAD_GLOBAL_MODULE {
                        g
                    } else {
                        let Some(b) = builtins_dict else { miss!() };
                        if b.current_keys_version()
                            != read_u32(units, ip + 1 + c::BUILTINS_VERSION) as u64
                        {
                            miss!()
                        }
                        b
                    };
                    let Some(v) = d.value_at(units[ip + 1 + c::INDEX].get() as usize) else {
                        miss!()
                    };
                    if oparg & 1 != 0 {
                        push!(self, st, Value::NULL);
                    }
                    push!(self, st, v);
                    ip += 1 + c::SIZE;
                    continue 'hot;
                }

                LOAD_ATTR_INSTANCE_VALUE | LOAD_ATTR_SLOT => {
                    use cache::load_attr as c;
                    let owner = peek!(self, st, ip, 1);
                    let Some(inst) = owner.downcast_ref::<InstanceData>() else {
                        miss!()
                    };
                    let Some(cls) = owner.header().and_then(|h| h.class_data()) else {
                        miss!()
                    };
                    if op == LOAD_ATTR_INSTANCE_VALUE {
                        if inst.shape_id() != read_u32(units, ip + 1 + c::SHAPE) || inst.has_dict()
                        {
                            miss!()
                        }
                        // Another class with the same shape (shapes are shared by
                        // classes): the slot holds the attribute unless that class
                        // intercepts the name.
                        if cls.version.get() != read_u32(units, ip + 1 + c::VERSION) as u64
                            && !self.instance_attr_wins(owner, &code.names[arg])
                        {
                            miss!()
                        }
                    } else if cls.version.get() != read_u32(units, ip + 1 + c::VERSION) as u64 {
                        miss!()
                    }
                    let index = units[ip + 1 + c::INDEX].get() as usize;
                    let v = inst.slot(index).filter(|v| !v.is_null());
                    let Some(v) = v else { miss!() };
                    *owner = v;
                    ip += 1 + c::SIZE;
                    continue 'hot;
                }
                LOAD_ATTR_MODULE => {
                    use cache::load_attr as c;
                    let owner = peek!(self, st, ip, 1);
                    let version = read_u32(units, ip + 1 + c::VERSION);
                    let index = units[ip + 1 + c::INDEX].get() as usize;
                    let Some(v) = module_entry(owner, version, index) else {
                        miss!()
                    };
                    *owner = v;
                    ip += 1 + c::SIZE;
                    continue 'hot;
                }
                LOAD_ATTR_CLASS => {
                    use cache::load_attr as c;
                    let owner = peek!(self, st, ip, 1);
                    let Some(cls) = owner.downcast_ref::<crate::types::class::ClassData>() else {
                        miss!()
                    };
                    if cls.version.get() != read_u32(units, ip + 1 + c::VERSION) as u64
                        || !owner.header().is_some_and(|h| h.class_is(&self.t.type_))
                    {
                        miss!()
                    }
                    // SAFETY: the class version is unchanged, so the class (or a
                    // base) still holds the value this cache entry was made from.
                    let v = unsafe { Value::clone_from_bits(read_u64(units, ip + 1 + c::OBJECT)) };
                    *owner = v;
                    ip += 1 + c::SIZE;
                    continue 'hot;
                }
                LOAD_METHOD_WITH_VALUES | LOAD_METHOD_NO_DICT => {
                    use cache::load_method as c;
                    let owner = peek!(self, st, ip, 1);
                    let Some(cls) = owner.header().and_then(|h| h.class_data()) else {
                        miss!()
                    };
                    if op == LOAD_METHOD_WITH_VALUES {
                        let Some(inst) = owner.downcast_ref::<InstanceData>() else {
                            miss!()
                        };
                        if inst.shape_id() != read_u32(units, ip + 1 + c::SHAPE) || inst.has_dict()
                        {
                            miss!()
                        }
                    } else if owner.downcast_ref::<InstanceData>().is_some() {
                        miss!()
                    }
                    let method = if cls.version.get() == read_u32(units, ip + 1 + c::VERSION) as u64
                    {
                        // SAFETY: the class version is unchanged, so the class (or a
                        // base) still holds the method this entry was made from.
                        unsafe { Value::clone_from_bits(read_u64(units, ip + 1 + c::OBJECT)) }
                    } else {
                        // Another class (a polymorphic site): its method by the type
                        // attribute cache; the shape guard above still proves the
                        // instance does not shadow the name.
                        match self.class_method_for(owner, &code.names[arg]) {
                            Some(m) => m,
                            None => miss!(),
                        }
                    };
                    let owner = std::mem::replace(owner, method);
                    push!(self, st, owner);
                    ip += 1 + c::SIZE;
                    continue 'hot;
                }
                LOAD_METHOD_MODULE => {
                    use cache::load_method as c;
                    let owner = peek!(self, st, ip, 1);
                    let version = read_u32(units, ip + 1 + c::VERSION);
                    let index = units[ip + 1 + c::SHAPE].get() as usize;
                    let Some(v) = module_entry(owner, version, index) else {
                        miss!()
                    };
                    *owner = Value::NULL;
                    push!(self, st, v);
                    ip += 1 + c::SIZE;
                    continue 'hot;
                }

                STORE_ATTR_INSTANCE_VALUE | STORE_ATTR_SLOT | STORE_ATTR_INSTANCE_ADD => {
                    use cache::store_attr as c;
                    let owner = peek!(self, st, ip, 1);
                    let Some(inst) = owner.downcast_ref::<InstanceData>() else {
                        miss!()
                    };
                    let Some(cls) = owner.header().and_then(|h| h.class_data()) else {
                        miss!()
                    };
                    if cls.version.get() != read_u32(units, ip + 1 + c::VERSION) as u64
                        && (op == STORE_ATTR_SLOT
                            || !self.instance_store_wins(owner, &code.names[arg]))
                    {
                        miss!()
                    }
                    let index = units[ip + 1 + c::INDEX].get() as usize;
                    if op != STORE_ATTR_SLOT
                        && (inst.shape_id() != read_u32(units, ip + 1 + c::SHAPE)
                            || inst.has_dict())
                    {
                        miss!()
                    }
                    if op == STORE_ATTR_INSTANCE_ADD {
                        if inst.slot_count() != index {
                            miss!()
                        }
                        // The shape the name leads to (cached by the specializer;
                        // shapes are never freed, so the id stays valid).
                        let next_shape = read_u32(units, ip + 1 + c::OBJECT);
                        let owner = pop!(self, st, ip);
                        let v = pop!(self, st, ip);
                        if let Some(inst) = owner.downcast_ref::<InstanceData>() {
                            inst.set_shape_id(next_shape);
                            inst.push_slot(v);
                        }
                    } else {
                        if index >= inst.slot_count() {
                            miss!()
                        }
                        let owner = pop!(self, st, ip);
                        let v = pop!(self, st, ip);
                        if let Some(inst) = owner.downcast_ref::<InstanceData>() {
                            drop(inst.set_slot(index, v));
                        }
                    }
                    ip += 1 + c::SIZE;
                    continue 'hot;
                }

                BINARY_OP_ADD_INT
                | BINARY_OP_SUBTRACT_INT
                | BINARY_OP_MULTIPLY_INT
                | BINARY_OP_INT_OTHER => {
                    let (Some(a), Some(b)) = (
                        peek!(self, st, ip, 2).as_small_int(),
                        peek!(self, st, ip, 1).as_small_int(),
                    ) else {
                        miss!()
                    };
                    let r = match op {
                        BINARY_OP_ADD_INT => self.new_int(a + b),
                        BINARY_OP_SUBTRACT_INT => self.new_int(a - b),
                        _ => {
                            let bop = BinaryOp::from_arg(oparg).unwrap_or(BinaryOp::Add);
                            match small_int_binop(bop, a, b) {
                                Some(IntResult::Int(i)) => self.new_int(i),
                                Some(IntResult::Float(f)) => Value::float(f),
                                None => break 'hot HotExit::Generic,
                            }
                        }
                    };
                    // Both operands are immediates: nothing to drop.
                    st.sp -= 1;
                    *peek!(self, st, ip, 1) = r;
                    ip += 1 + cache::binary_op::SIZE;
                    continue 'hot;
                }
                BINARY_OP_ADD_FLOAT
                | BINARY_OP_SUBTRACT_FLOAT
                | BINARY_OP_MULTIPLY_FLOAT
                | BINARY_OP_TRUE_DIVIDE_FLOAT => {
                    let (a, b) = (&*peek!(self, st, ip, 2), &*peek!(self, st, ip, 1));
                    let (x, y) = match float_operands(a, b) {
                        Some(p) => p,
                        None if op == BINARY_OP_TRUE_DIVIDE_FLOAT => {
                            match (a.as_small_int(), b.as_small_int()) {
                                (Some(x), Some(y)) => (x as f64, y as f64),
                                _ => miss!(),
                            }
                        }
                        None => miss!(),
                    };
                    let r = match op {
                        BINARY_OP_ADD_FLOAT => x + y,
                        BINARY_OP_SUBTRACT_FLOAT => x - y,
                        BINARY_OP_MULTIPLY_FLOAT => x * y,
                        _ => {
                            if y == 0.0 {
                                break 'hot HotExit::Generic;
                            }
                            x / y
                        }
                    };
                    // Both operands are immediates: nothing to drop.
                    st.sp -= 1;
                    *peek!(self, st, ip, 1) = Value::float(r);
                    ip += 1 + cache::binary_op::SIZE;
                    continue 'hot;
                }
                BINARY_OP_ADD_UNICODE => {
                    let (a, b) = (&*peek!(self, st, ip, 2), &*peek!(self, st, ip, 1));
                    let (Some(x), Some(y)) =
                        (a.downcast_ref::<StrData>(), b.downcast_ref::<StrData>())
                    else {
                        miss!()
                    };
                    if !a.header().is_some_and(|h| h.class_is(&self.t.str))
                        || !b.header().is_some_and(|h| h.class_is(&self.t.str))
                    {
                        miss!()
                    }
                    let r = if y.as_str().is_empty() {
                        a.clone()
                    } else if x.as_str().is_empty() {
                        b.clone()
                    } else {
                        let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                        s.push_str(x.as_str());
                        s.push_str(y.as_str());
                        self.new_str(s)
                    };
                    drop(pop!(self, st, ip));
                    *peek!(self, st, ip, 1) = r;
                    ip += 1 + cache::binary_op::SIZE;
                    continue 'hot;
                }

                COMPARE_OP_INT | COMPARE_OP_FLOAT | COMPARE_OP_STR => {
                    let (a, b) = (&*peek!(self, st, ip, 2), &*peek!(self, st, ip, 1));
                    let cop = CompareOp::from_arg(oparg).unwrap_or(CompareOp::Eq);
                    let r = match op {
                        COMPARE_OP_INT => match (a.as_small_int(), b.as_small_int()) {
                            (Some(x), Some(y)) => compare_ord(cop, x, y),
                            _ => miss!(),
                        },
                        COMPARE_OP_FLOAT => match float_operands(a, b) {
                            Some((x, y)) => compare_f64(cop, x, y),
                            None => miss!(),
                        },
                        _ => {
                            let (Some(x), Some(y)) =
                                (a.downcast_ref::<StrData>(), b.downcast_ref::<StrData>())
                            else {
                                miss!()
                            };
                            if !a.header().is_some_and(|h| h.class_is(&self.t.str))
                                || !b.header().is_some_and(|h| h.class_is(&self.t.str))
                            {
                                miss!()
                            }
                            compare_ord(cop, x.as_str(), y.as_str())
                        }
                    };
                    drop(pop!(self, st, ip));
                    *peek!(self, st, ip, 1) = Value::bool(r);
                    ip += 1 + cache::compare_op::SIZE;
                    continue 'hot;
                }

                BINARY_SUBSCR_LIST_INT | BINARY_SUBSCR_TUPLE_INT => {
                    let Some(i) = peek!(self, st, ip, 1).as_small_int() else {
                        miss!()
                    };
                    let container = &*peek!(self, st, ip, 2);
                    let item = if op == BINARY_SUBSCR_LIST_INT {
                        let Some(l) = container.downcast_ref::<ListData>() else {
                            miss!()
                        };
                        let items = l.items.borrow();
                        match seq_index(i, items.len()) {
                            Some(i) => items[i].clone(),
                            None => break 'hot HotExit::Generic,
                        }
                    } else {
                        let Some(t) = container.downcast_ref::<TupleData>() else {
                            miss!()
                        };
                        match seq_index(i, t.len()) {
                            Some(i) => t.as_slice()[i].clone(),
                            None => break 'hot HotExit::Generic,
                        }
                    };
                    // The key is a small int: nothing to drop.
                    st.sp -= 1;
                    *peek!(self, st, ip, 1) = item;
                    ip += 1 + cache::binary_subscr::SIZE;
                    continue 'hot;
                }
                BINARY_SUBSCR_ARRAY_INT => {
                    let Some(i) = peek!(self, st, ip, 1).as_small_int() else {
                        miss!()
                    };
                    let item = {
                        let Some(a) = peek!(self, st, ip, 2).downcast_ref::<ArrayData>() else {
                            miss!()
                        };
                        match a.fast_get(i) {
                            Some(e) => crate::types::array::elem_value(self, e),
                            None => break 'hot HotExit::Generic,
                        }
                    };
                    st.sp -= 1;
                    *peek!(self, st, ip, 1) = item;
                    ip += 1 + cache::binary_subscr::SIZE;
                    continue 'hot;
                }
                STORE_SUBSCR_ARRAY_INT => {
                    let Some(i) = peek!(self, st, ip, 1).as_small_int() else {
                        miss!()
                    };
                    {
                        let v = peek!(self, st, ip, 3).clone();
                        let Some(a) = peek!(self, st, ip, 2).downcast_ref::<ArrayData>() else {
                            miss!()
                        };
                        if !a.fast_set(i, &v) {
                            break 'hot HotExit::Generic;
                        }
                    }
                    st.sp -= 1;
                    let a = pop!(self, st, ip);
                    let v = pop!(self, st, ip);
                    drop(a);
                    drop(v);
                    ip += 1 + cache::store_subscr::SIZE;
                    continue 'hot;
                }
                STORE_SUBSCR_LIST_INT => {
                    let Some(i) = peek!(self, st, ip, 1).as_small_int() else {
                        miss!()
                    };
                    let Some(l) = peek!(self, st, ip, 2).downcast_ref::<ListData>() else {
                        miss!()
                    };
                    let len = l.items.borrow().len();
                    let Some(i) = seq_index(i, len) else {
                        break 'hot HotExit::Generic;
                    };
                    st.sp -= 1;
                    let list = pop!(self, st, ip);
                    let v = pop!(self, st, ip);
                    if let Some(l) = list.downcast_ref::<ListData>() {
                        let old = std::mem::replace(&mut l.items.borrow_mut()[i], v);
                        drop(old);
                    }
                    ip += 1 + cache::store_subscr::SIZE;
                    continue 'hot;
                }
                CALL_NO_KW_LEN => {
                    if arg != 1
                        || !self.pending_kwnames.is_null()
                        || !peek!(self, st, ip, 3).is_null()
                        || !peek!(self, st, ip, 2).is(&self.builtin_len)
                    {
                        miss!()
                    }
                    let obj = &*peek!(self, st, ip, 1);
                    let len = if let Some(l) = obj.downcast_ref::<ListData>() {
                        l.len()
                    } else if let Some(t) = obj.downcast_ref::<TupleData>() {
                        t.len()
                    } else if let Some(d) = obj.downcast_ref::<DictData>() {
                        d.len()
                    } else if let Some(s) = obj.downcast_ref::<StrData>() {
                        s.char_len()
                    } else {
                        break 'hot HotExit::Generic;
                    };
                    let r = self.new_usize(len);
                    drop(pop!(self, st, ip));
                    drop(pop!(self, st, ip));
                    *peek!(self, st, ip, 1) = r;
                    ip += 1 + cache::call::SIZE;
                    continue 'hot;
                }
                CALL_NO_KW_ISINSTANCE => {
                    if arg != 2
                        || !self.pending_kwnames.is_null()
                        || !peek!(self, st, ip, 4).is_null()
                        || !peek!(self, st, ip, 3).is(&self.builtin_isinstance)
                    {
                        miss!()
                    }
                    let cls = &*peek!(self, st, ip, 1);
                    // Only plain classes: tuples, unions and `__instancecheck__`
                    // (metaclasses other than `type`) take the generic call.
                    if cls
                        .downcast_ref::<crate::types::class::ClassData>()
                        .is_none()
                        || !cls.header().is_some_and(|h| h.class_is(&self.t.type_))
                    {
                        break 'hot HotExit::Generic;
                    }
                    let Some(r) = self.isinstance_fast(&*peek!(self, st, ip, 2), cls) else {
                        break 'hot HotExit::Generic;
                    };
                    drop(pop!(self, st, ip));
                    drop(pop!(self, st, ip));
                    drop(pop!(self, st, ip));
                    *peek!(self, st, ip, 1) = Value::bool(r);
                    ip += 1 + cache::call::SIZE;
                    continue 'hot;
                }
                CALL_NO_KW_TYPE_1 => {
                    if arg != 1
                        || !self.pending_kwnames.is_null()
                        || !peek!(self, st, ip, 3).is_null()
                        || !peek!(self, st, ip, 2).is(&self.t.type_)
                    {
                        miss!()
                    }
                    let t = self.type_of(peek!(self, st, ip, 1));
                    drop(pop!(self, st, ip));
                    drop(pop!(self, st, ip));
                    *peek!(self, st, ip, 1) = t;
                    ip += 1 + cache::call::SIZE;
                    continue 'hot;
                }
                CALL_NO_KW_LIST_APPEND => {
                    if arg != 1
                        || !self.pending_kwnames.is_null()
                        || !peek!(self, st, ip, 3).is(&self.list_append)
                        || peek!(self, st, ip, 2).downcast_ref::<ListData>().is_none()
                    {
                        miss!()
                    }
                    let v = pop!(self, st, ip);
                    let list = pop!(self, st, ip);
                    if let Some(l) = list.downcast_ref::<ListData>() {
                        l.push(v);
                    }
                    *peek!(self, st, ip, 1) = Value::NONE;
                    ip += 1 + cache::call::SIZE;
                    continue 'hot;
                }
                FOR_ITER_RANGE => {
                    let Some(r) = peek!(self, st, ip, 1).downcast_ref::<RangeIterData>() else {
                        miss!()
                    };
                    let rem = r.remaining.get();
                    if rem <= 0 {
                        drop(pop!(self, st, ip));
                        ip += 1 + cache::for_iter::SIZE + arg;
                        continue 'hot;
                    }
                    r.remaining.set(rem - 1);
                    let v = r.next.get();
                    r.next.set(v.wrapping_add(r.step));
                    let v = self.new_int(v);
                    push!(self, st, v);
                    ip += 1 + cache::for_iter::SIZE;
                    continue 'hot;
                }
                FOR_ITER_LIST | FOR_ITER_TUPLE => {
                    use crate::types::iter::{SeqIterData, SeqKind};
                    let Some(it) = peek!(self, st, ip, 1).downcast_ref::<SeqIterData>() else {
                        miss!()
                    };
                    let want = if op == FOR_ITER_LIST {
                        SeqKind::List
                    } else {
                        SeqKind::Tuple
                    };
                    if it.kind != want {
                        miss!()
                    }
                    let i = it.index.get();
                    let item = {
                        let seq = it.seq.borrow();
                        if let Some(l) = seq.downcast_ref::<ListData>() {
                            l.items.borrow().get(i).cloned()
                        } else if let Some(t) = seq.downcast_ref::<TupleData>() {
                            t.get(i).cloned()
                        } else {
                            None
                        }
                    };
                    match item {
                        Some(v) => {
                            it.index.set(i + 1);
                            push!(self, st, v);
                            ip += 1 + cache::for_iter::SIZE;
                        }
                        None => {
                            *it.seq.borrow_mut() = Value::NULL;
                            drop(pop!(self, st, ip));
                            ip += 1 + cache::for_iter::SIZE + arg;
                        }
                    }
                    continue 'hot;
                }

                UNPACK_SEQUENCE_TWO_TUPLE | UNPACK_SEQUENCE_TUPLE | UNPACK_SEQUENCE_LIST => {
                    let seq = &*peek!(self, st, ip, 1);
                    let ok = match seq.downcast_ref::<TupleData>() {
                        Some(t) => op != UNPACK_SEQUENCE_LIST && t.len() == arg,
                        None => {
                            op == UNPACK_SEQUENCE_LIST
                                && seq
                                    .downcast_ref::<ListData>()
                                    .is_some_and(|l| l.len() == arg)
                        }
                    };
                    if !ok {
                        miss!()
                    }
                    let seq = pop!(self, st, ip);
                    if let Some(t) = seq.downcast_ref::<TupleData>() {
                        for v in t.iter().rev() {
                            push!(self, st, v.clone());
                        }
                    } else if let Some(l) = seq.downcast_ref::<ListData>() {
                        let items = l.items.borrow();
                        for v in items.iter().rev() {
                            push!(self, st, v.clone());
                        }
                    }
                    ip += 1 + cache::unpack_sequence::SIZE;
                    continue 'hot;
                }

                LOAD_DEREF => {
                    let v = local!(self, st, ip, base, arg)
                        .downcast_ref::<crate::types::function::CellData>()
                        .map(|c| c.get());
                    match v {
                        Some(v) if !v.is_null() => push!(self, st, v),
                        // Unbound, or not a cell: the generic form raises.
                        _ => break 'hot HotExit::Generic,
                    }
                    ip += 1;
                    continue 'hot;
                }
                STORE_DEREF => {
                    let Some(c) = local!(self, st, ip, base, arg)
                        .downcast_ref::<crate::types::function::CellData>()
                    else {
                        break 'hot HotExit::Generic;
                    };
                    let v = pop!(self, st, ip);
                    drop(c.value.replace(v));
                    ip += 1;
                    continue 'hot;
                }
                LOAD_CLOSURE => {
                    let v = local!(self, st, ip, base, arg).clone();
                    push!(self, st, v);
                    ip += 1;
                    continue 'hot;
                }
                LIST_APPEND => {
                    // A comprehension's list (always an exact list).
                    let v = pop!(self, st, ip);
                    match peek!(self, st, ip, arg).downcast_ref::<ListData>() {
                        Some(l) => l.push(v),
                        None => {
                            push!(self, st, v);
                            break 'hot HotExit::Generic;
                        }
                    }
                    ip += 1;
                    continue 'hot;
                }
                GET_ITER => {
                    // Iterators of exact lists, tuples and ranges need no Python code.
                    use crate::types::iter::SeqKind;
                    let top = peek!(self, st, ip, 1);
                    let it = match top.kind() {
                        Some(crate::heap::ObjKind::List)
                            if top.header().is_some_and(|h| h.class_is(&self.t.list)) =>
                        {
                            self.seq_iter(&self.t.list_iterator, top.clone(), SeqKind::List)
                        }
                        Some(crate::heap::ObjKind::Tuple)
                            if top.header().is_some_and(|h| h.class_is(&self.t.tuple)) =>
                        {
                            self.seq_iter(&self.t.tuple_iterator, top.clone(), SeqKind::Tuple)
                        }
                        Some(crate::heap::ObjKind::Range) => {
                            match top.downcast_ref::<crate::types::range::RangeData>() {
                                Some(r) => crate::types::range::range_iter(self, r, false),
                                None => break 'hot HotExit::Generic,
                            }
                        }
                        _ => break 'hot HotExit::Generic,
                    };
                    *top = it;
                    ip += 1;
                    continue 'hot;
                }
                // Superinstructions: the second half is the next instruction's
                // argument; if it cannot run here, only the first half runs.
                LOAD_FAST__LOAD_FAST | LOAD_FAST__LOAD_CONST => {
                    let v = local!(self, st, ip, base, arg);
                    if v.is_null() {
                        break 'hot HotExit::Generic;
                    }
                    push!(self, st, v.clone());
                    let arg2 = (units.get(ip + 1).map_or(0, |u| u.get()) >> 8) as usize;
                    let second = if op == LOAD_FAST__LOAD_FAST {
                        local!(self, st, ip, base, arg2).clone()
                    } else {
                        consts.get(arg2).cloned().unwrap_or(Value::NULL)
                    };
                    if second.is_null() {
                        ip += 1;
                        continue 'hot;
                    }
                    push!(self, st, second);
                    ip += 2;
                    continue 'hot;
                }
                STORE_FAST__LOAD_FAST | STORE_FAST__STORE_FAST => {
                    let v = pop!(self, st, ip);
                    let old = std::mem::replace(local!(self, st, ip, base, arg), v);
                    drop(old);
                    let arg2 = (units.get(ip + 1).map_or(0, |u| u.get()) >> 8) as usize;
                    if op == STORE_FAST__STORE_FAST {
                        let v = pop!(self, st, ip + 1);
                        let old = std::mem::replace(local!(self, st, ip + 1, base, arg2), v);
                        drop(old);
                    } else {
                        let v = local!(self, st, ip + 1, base, arg2);
                        if v.is_null() {
                            ip += 1;
                            continue 'hot;
                        }
                        push!(self, st, v.clone());
                    }
                    ip += 2;
                    continue 'hot;
                }
                LOAD_CONST__LOAD_FAST => {
                    let Some(c) = consts.get(arg) else {
                        break 'hot HotExit::Generic;
                    };
                    push!(self, st, c.clone());
                    let arg2 = (units.get(ip + 1).map_or(0, |u| u.get()) >> 8) as usize;
                    let v = local!(self, st, ip + 1, base, arg2);
                    if v.is_null() {
                        ip += 1;
                        continue 'hot;
                    }
                    push!(self, st, v.clone());
                    ip += 2;
                    continue 'hot;
                }
                _ => break 'hot HotExit::Other,
            }
        };
        st.spill(&mut self.stack);
        Ok((at, exit))
    }

    /// The outer loop: frame changes, calls, returns, specialization, and the
    /// generic form of every instruction; the hot loop runs the rest.
    #[inline(never)]
    fn run_loop<const STATS: bool>(&mut self) -> PyResult<Value> {
        use Opcode::*;
        'frame: loop {
            let depth = self.frames.len();
            let Some(frame) = self.frames.last() else {
                return Err(self.internal_error("no frame to run"));
            };
            let base = frame.base;
            let mut ip = frame.ip;
            // SAFETY: the frame on top of `self.frames` owns references to its code
            // object and to its globals and builtins dicts (heap objects, which do not
            // move). It stays on the frame stack until this loop pops it itself (calls
            // made from here push frames above it and pop them before returning), and
            // every pop is followed by `continue 'frame`, which derives fresh
            // references. So these borrows outlive no object they point to.
            let (code, globals_dict, builtins_dict) = unsafe {
                (
                    &*(&*frame.code as *const CodeData),
                    frame
                        .globals
                        .downcast_ref::<DictData>()
                        .map(|d| &*(d as *const DictData)),
                    frame
                        .builtins
                        .downcast_ref::<DictData>()
                        .map(|d| &*(d as *const DictData)),
                )
            };
            let units: &[Cell<u16>] = &code.code;
            // Lowest stack index of this frame's evaluation stack (its locals are below).
            let floor = base + code.n_localsplus;
            if self.stack.len() < floor {
                return Err(self.internal_error("frame locals missing from the stack"));
            }

            'instr: loop {
                let (at, exit) =
                    self.run_hot::<STATS>(code, base, floor, globals_dict, builtins_dict, ip)?;
                ip = at;
                let mut st = Regs::fill(&mut self.stack, floor);
                let Some(word) = units.get(ip) else {
                    ip = ip.saturating_sub(1);
                    raise!(
                        self,
                        st,
                        ip,
                        self.internal_error("instruction pointer past the end of the code")
                    )
                };
                let mut word = word.get();
                let mut oparg = (word >> 8) as u32;
                if word as u8 == EXTENDED_ARG as u8 {
                    match extended(units, ip) {
                        Some((at, w, a)) => (ip, word, oparg) = (at, w, a),
                        None => raise!(
                            self,
                            st,
                            ip,
                            self.internal_error("EXTENDED_ARG at the end of the code")
                        ),
                    }
                }
                let Some(op) = Opcode::from_u8(word as u8) else {
                    raise!(
                        self,
                        st,
                        ip,
                        self.internal_error(format!("unknown opcode {}", word & 0xFF))
                    )
                };
                let arg = oparg as usize;
                // Leave a fast path for the generic body of the instruction's family.
                macro_rules! miss {
                    ($label:lifetime, $op:expr) => {{
                        self.specialization_miss(units, ip, $op);
                        break $label;
                    }};
                }
                'fast: {
                    if matches!(exit, HotExit::Generic) {
                        break 'fast;
                    }
                    match op {
                        RETURN_VALUE => {
                            let v = pop!(self, st, ip);
                            st.spill(&mut self.stack);
                            match self.pop_frame_with(v)? {
                                Flow::Return(v) => return Ok(v),
                                Flow::Next => continue 'frame,
                            }
                        }

                        // Specializable base instructions: count down, then specialize.
                        LOAD_GLOBAL | LOAD_ATTR | LOAD_METHOD | STORE_ATTR | BINARY_OP
                        | COMPARE_OP | BINARY_SUBSCR | STORE_SUBSCR | CALL | FOR_ITER
                        | UNPACK_SEQUENCE => {
                            let c = units[ip + 1].get();
                            if counter::value(c) == 0 {
                                st.spill(&mut self.stack);
                                self.set_lasti(ip);
                                self.specialize(code, ip, op, oparg);
                                st = Regs::fill(&mut self.stack, floor);
                                // This time the generic body runs; the next execution
                                // takes the specialized form (if any).
                                break 'fast;
                            }
                            units[ip + 1].set(counter::decremented(c));
                            break 'fast;
                        }

                        LOAD_ATTR_PROPERTY => {
                            use cache::load_attr as c;
                            let owner = peek!(self, st, ip, 1);
                            let Some(cls) = owner.header().and_then(|h| h.class_data()) else {
                                miss!('fast, op)
                            };
                            if cls.version.get() != read_u32(units, ip + 1 + c::VERSION) as u64 {
                                miss!('fast, op)
                            }
                            // SAFETY: the class version is unchanged, so the class (or a
                            // base) still holds the property this entry was made from.
                            let prop = unsafe {
                                Value::clone_from_bits(read_u64(units, ip + 1 + c::OBJECT))
                            };
                            let Some(p) =
                                prop.downcast_ref::<crate::types::descriptor::PropertyData>()
                            else {
                                miss!('fast, op)
                            };
                            let fget = p.fget.borrow().clone();
                            if fget.downcast_ref::<FunctionData>().is_none() {
                                miss!('fast, op)
                            }
                            let at = st.sp - 1;
                            st.spill(&mut self.stack);
                            self.set_resume(ip, ip + 1 + c::SIZE);
                            self.push_function_frame(&fget, at, &[], at, false)?;
                            continue 'frame;
                        }

                        BINARY_SUBSCR_DICT => {
                            let container = peek!(self, st, ip, 2).clone();
                            let Some(d) = container.downcast_ref::<DictData>() else {
                                miss!('fast, op)
                            };
                            if !container.header().is_some_and(|h| h.class_is(&self.t.dict)) {
                                miss!('fast, op)
                            }
                            let key = peek!(self, st, ip, 1).clone();
                            st.spill(&mut self.stack);
                            self.set_lasti(ip);
                            let found = d.get(self, &key)?;
                            st = Regs::fill(&mut self.stack, floor);
                            match found {
                                Some(v) => {
                                    drop(pop!(self, st, ip));
                                    *peek!(self, st, ip, 1) = v;
                                }
                                None => break 'fast,
                            }
                            ip += 1 + cache::binary_subscr::SIZE;
                            st.spill(&mut self.stack);
                            continue 'instr;
                        }
                        STORE_SUBSCR_DICT => {
                            let container = &*peek!(self, st, ip, 2);
                            if container.downcast_ref::<DictData>().is_none()
                                || !container.header().is_some_and(|h| h.class_is(&self.t.dict))
                            {
                                miss!('fast, op)
                            }
                            let key = pop!(self, st, ip);
                            let d = pop!(self, st, ip);
                            let v = pop!(self, st, ip);
                            st.spill(&mut self.stack);
                            self.set_lasti(ip);
                            if let Some(d) = d.downcast_ref::<DictData>() {
                                d.set(self, key, v)?;
                            }
                            st = Regs::fill(&mut self.stack, floor);
                            ip += 1 + cache::store_subscr::SIZE;
                            st.spill(&mut self.stack);
                            continue 'instr;
                        }

                        CALL_PY_EXACT_ARGS | CALL_PY_WITH_DEFAULTS => {
                            if !self.pending_kwnames.is_null() || arg + 2 > st.sp - floor {
                                miss!('fast, op)
                            }
                            let mut is_method = !peek!(self, st, ip, arg + 2).is_null();
                            if !is_method {
                                // A bound method: call its function with self first
                                // ([NULL, bound, args] -> [function, self, args]).
                                let bm = peek!(self, st, ip, arg + 1);
                                if let Some(b) =
                                    bm.downcast_ref::<crate::types::function::BoundMethodData>()
                                {
                                    let (func, self_) = (b.func.clone(), b.self_.clone());
                                    *bm = self_;
                                    *peek!(self, st, ip, arg + 2) = func;
                                    is_method = true;
                                }
                            }
                            let nargs = arg + is_method as usize;
                            let func = peek!(self, st, ip, nargs + 1).clone();
                            let Some(f) = func.downcast_ref::<FunctionData>() else {
                                miss!('fast, op)
                            };
                            // Another function at this site (a polymorphic call): fine if
                            // its signature is as simple as the cached one's.
                            if f.version.get() != read_u32(units, ip + 1 + cache::call::VERSION)
                                && (f.code.kwonlyargcount != 0
                                    || f.code.flags.contains(taipan_bytecode::CodeFlags::VARARGS)
                                    || f.code
                                        .flags
                                        .contains(taipan_bytecode::CodeFlags::VARKEYWORDS))
                            {
                                miss!('fast, op)
                            }
                            let argcount = f.code.argcount as usize;
                            let call_site = st.sp - arg - 2;
                            let args_start = st.sp - nargs;
                            if op == CALL_PY_EXACT_ARGS {
                                if nargs != argcount {
                                    miss!('fast, op)
                                }
                            } else {
                                let defaults = f.defaults.borrow().clone();
                                let Some(d) = defaults.downcast_ref::<TupleData>() else {
                                    miss!('fast, op)
                                };
                                if nargs > argcount || nargs + d.len() < argcount {
                                    miss!('fast, op)
                                }
                                let first = d.len() - (argcount - nargs);
                                for v in &d.as_slice()[first..] {
                                    push!(self, st, v.clone());
                                }
                            }
                            st.spill(&mut self.stack);
                            if self.frames.len() >= self.recursion_limit {
                                self.set_lasti(ip);
                                return Err(
                                    self.recursion_error("maximum recursion depth exceeded")
                                );
                            }
                            let fcode = f.code.clone();
                            self.stack
                                .resize(args_start + fcode.n_localsplus, Value::NULL);
                            let new_frame = Frame {
                                globals: f.globals.clone(),
                                builtins: f.builtins.clone(),
                                code: fcode,
                                func,
                                locals: Value::NULL,
                                base: args_start,
                                call_site,
                                ip: 0,
                                lasti: 0,
                                entry: false,
                                generator: Value::NULL,
                                returns_to: crate::interp::frame::ReturnTo::Caller,
                            };
                            self.set_resume(ip, ip + 1 + cache::call::SIZE);
                            self.frames.push(new_frame);
                            continue 'frame;
                        }
                        FOR_ITER_GEN => {
                            let gen = peek!(self, st, ip, 1).clone();
                            if !gen.header().is_some_and(|h| {
                                h.kind() == crate::heap::ObjKind::Generator
                                    && h.class_is(&self.t.generator)
                            }) {
                                miss!('fast, op)
                            }
                            let next = ip + 1 + cache::for_iter::SIZE;
                            st.spill(&mut self.stack);
                            self.set_resume(ip, next);
                            if !self.resume_generator_inline(&gen, next + arg)? {
                                st = Regs::fill(&mut self.stack, floor);
                                miss!('fast, op)
                            }
                            continue 'frame;
                        }
                        CALL_ALLOC_AND_ENTER_INIT => {
                            if !self.pending_kwnames.is_null()
                                || arg + 2 > st.sp - floor
                                || !peek!(self, st, ip, arg + 2).is_null()
                            {
                                miss!('fast, op)
                            }
                            let cls = peek!(self, st, ip, arg + 1).clone();
                            let Some(cd) = cls.downcast_ref::<crate::types::class::ClassData>()
                            else {
                                miss!('fast, op)
                            };
                            if cd.version.get()
                                != read_u32(units, ip + 1 + cache::call::VERSION) as u64
                            {
                                miss!('fast, op)
                            }
                            // SAFETY: the class version is unchanged, so the class (or a
                            // base) still holds the `__init__` this entry was made from.
                            let init = unsafe {
                                Value::clone_from_bits(read_u64(
                                    units,
                                    ip + 1 + cache::call::OBJECT,
                                ))
                            };
                            let Some(f) = init.downcast_ref::<FunctionData>() else {
                                miss!('fast, op)
                            };
                            if f.code.argcount as usize != arg + 1 {
                                miss!('fast, op)
                            }
                            st.spill(&mut self.stack);
                            if self.frames.len() >= self.recursion_limit {
                                self.set_lasti(ip);
                                return Err(
                                    self.recursion_error("maximum recursion depth exceeded")
                                );
                            }
                            self.set_lasti(ip);
                            let inst = crate::types::class_methods::new_instance(self, &cls)?;
                            // [NULL, cls, args] -> [instance, __init__, instance, args]:
                            // the instance below the frame is the call's result.
                            let call_site = st.sp - arg - 1;
                            self.stack[call_site - 1] = inst.clone();
                            self.stack[call_site] = init.clone();
                            self.stack.insert(call_site + 1, inst);
                            let fcode = f.code.clone();
                            self.stack
                                .resize(call_site + 1 + fcode.n_localsplus, Value::NULL);
                            let new_frame = Frame {
                                globals: f.globals.clone(),
                                builtins: f.builtins.clone(),
                                code: fcode,
                                func: init.clone(),
                                locals: Value::NULL,
                                base: call_site + 1,
                                call_site,
                                ip: 0,
                                lasti: 0,
                                entry: false,
                                generator: Value::NULL,
                                returns_to: crate::interp::frame::ReturnTo::InitCall,
                            };
                            self.set_resume(ip, ip + 1 + cache::call::SIZE);
                            self.frames.push(new_frame);
                            continue 'frame;
                        }
                        CALL_BUILTIN => {
                            if !self.pending_kwnames.is_null() || arg + 2 > st.sp - floor {
                                miss!('fast, op)
                            }
                            let is_method = !peek!(self, st, ip, arg + 2).is_null();
                            let nargs = arg + is_method as usize;
                            let callable = &*peek!(self, st, ip, nargs + 1);
                            // A builtin bound to its object (`append = lst.append`)
                            // gets that object as its first argument.
                            let mut bound_self = Value::NULL;
                            let func = if let Some(f) = callable
                                .downcast_ref::<crate::types::function::NativeFunctionData>(
                            ) {
                                if !f.self_.is_null() {
                                    bound_self = f.self_.clone();
                                }
                                f.func
                            } else if let Some(d) = callable
                                .downcast_ref::<crate::types::function::MethodDescriptorData>(
                            ) {
                                // Instance methods only, called with an exact instance of
                                // the owner (subclass instances need the generic check).
                                let owner_ok = d.kind
                                    == crate::types::function::MethodKind::Instance
                                    && is_method
                                    && self.is_instance(peek!(self, st, ip, nargs), &d.owner);
                                if !owner_ok {
                                    miss!('fast, op)
                                }
                                d.func
                            } else {
                                miss!('fast, op)
                            };
                            st.spill(&mut self.stack);
                            let mut args: smallvec::SmallVec<[Value; 6]> =
                                smallvec::SmallVec::new();
                            if !bound_self.is_null() {
                                args.push(bound_self);
                            }
                            args.extend(self.stack.drain(st.sp - nargs..));
                            self.stack.truncate(st.sp - arg - 2);
                            self.set_resume(ip, ip + 1 + cache::call::SIZE);
                            self.check_stack()?;
                            let r = func(
                                self,
                                crate::args::Args {
                                    pos: args,
                                    kw: Vec::new(),
                                },
                            )?;
                            // A builtin may have run Python code (sort keys, `__eq__`) but
                            // returns with this frame on top again.
                            st = Regs::fill(&mut self.stack, floor);
                            push!(self, st, r);
                            ip += 1 + cache::call::SIZE;
                            st.spill(&mut self.stack);
                            continue 'instr;
                        }

                        _ => break 'fast,
                    }
                }

                // The generic body of the instruction's base form.
                let base_op = op.deopt();
                let next = ip + 1 + base_op.cache_entries();
                st.spill(&mut self.stack);
                self.set_resume(ip, next);
                match self.execute(base_op, oparg, next)? {
                    Flow::Return(v) => return Ok(v),
                    Flow::Next => {
                        if self.frames.len() != depth {
                            continue 'frame;
                        }
                        ip = self.frames.last().map_or(0, |f| f.ip);
                    }
                }
            }
        }
    }
}
