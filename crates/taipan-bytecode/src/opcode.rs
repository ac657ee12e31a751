//! The opcode table: every instruction is defined exactly once, here.
//!
//! Each row gives the CPython-style name, the numeric code, the number of inline
//! cache units that follow the instruction in the code array, whether the
//! instruction is a jump (and in which direction), and its stack effect as a
//! function of the argument (and of whether the jump is taken). The `Opcode` enum,
//! `name()`, `cache_entries()`, `stack_effect()` (used by the compiler's max-stack
//! computation) and the `--dis` printer are all derived from this one table.
//!
//! Layout follows CPython 3.11 (`Include/opcode.h`, `Python/bytecodes.c` in 3.12+):
//! 16-bit code units, low byte the opcode, high byte the argument, `EXTENDED_ARG`
//! prefixes for arguments wider than 8 bits, and `CACHE` units after specializable
//! instructions. Taipan differs where it keeps things simpler: conditional jumps
//! are forward-only (loops test at the top and close with `JUMP_BACKWARD`), and
//! `CALL` needs no `PRECALL`.
//!
//! If you add an opcode: add a row here, implement it in the VM's dispatch (the
//! compiler and `--dis` pick it up from this table). See
//! `docs/internals/adding-an-opcode.md`.

/// How an instruction transfers control, for the assembler and the flow analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JumpKind {
    /// Falls through to the next instruction only.
    None,
    /// Relative forward jump; may also fall through (conditional) or not (`JUMP_FORWARD`).
    Forward,
    /// Relative backward jump (`JUMP_BACKWARD`).
    Backward,
}

macro_rules! opcodes {
    (
        base {$(
            $(#[doc = $doc:literal])*
            $name:ident = $code:literal, cache $cache:literal, $jump:ident, arg $has_arg:literal,
                |$oparg:ident, $taken:ident| $effect:expr;
        )*}
        specialized {$(
            $(#[doc = $sdoc:literal])*
            $sname:ident = $scode:literal => $family:ident;
        )*}
    ) => {
        /// A bytecode instruction. See the table in this module for each one's meaning.
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode {
            $( $(#[doc = $doc])* $name = $code, )*
            $( $(#[doc = $sdoc])* $sname = $scode, )*
        }

        impl Opcode {
            /// Every opcode, in table order (base instructions, then specialized forms).
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name,)* $(Opcode::$sname,)*];

            /// Decode a byte; `None` for bytes that are no opcode.
            #[inline(always)]
            pub fn from_u8(byte: u8) -> Option<Opcode> {
                match byte {
                    $( $code => Some(Opcode::$name), )*
                    $( $scode => Some(Opcode::$sname), )*
                    _ => None,
                }
            }

            /// The CPython-style upper-case name, as `--dis` prints it.
            pub fn name(self) -> &'static str {
                match self {
                    $( Opcode::$name => stringify!($name), )*
                    $( Opcode::$sname => stringify!($sname), )*
                }
            }

            /// The base instruction of a specialized form (the form it de-optimises
            /// to); a base instruction is its own family.
            #[inline(always)]
            pub const fn deopt(self) -> Opcode {
                match self {
                    $( Opcode::$name => Opcode::$name, )*
                    $( Opcode::$sname => Opcode::$family, )*
                }
            }

            /// Whether this is a specialized form written by the VM (the compiler
            /// emits only base instructions).
            pub const fn is_specialized(self) -> bool {
                !matches!(self, $( Opcode::$name )|*)
            }

            /// Number of inline cache code units following the instruction (a
            /// specialized form has its family's).
            #[inline(always)]
            pub const fn cache_entries(self) -> usize {
                match self.deopt() {
                    $( Opcode::$name => $cache, )*
                    _ => 0,
                }
            }

            /// Whether the instruction reads its argument (others are emitted with 0).
            pub const fn has_arg(self) -> bool {
                match self.deopt() {
                    $( Opcode::$name => $has_arg, )*
                    _ => false,
                }
            }

            /// The instruction's jump behaviour.
            pub const fn jump_kind(self) -> JumpKind {
                match self.deopt() {
                    $( Opcode::$name => JumpKind::$jump, )*
                    _ => JumpKind::None,
                }
            }

            /// Net change of the value-stack depth. `jump_taken` selects the effect on
            /// the branch edge for jumps (and the exception edge is not modelled here:
            /// handlers get their depth from the exception table).
            #[allow(unused_variables)]
            pub fn stack_effect(self, oparg: u32, jump_taken: bool) -> i32 {
                match self.deopt() {
                    $( Opcode::$name => { let $oparg = oparg as i32; let $taken = jump_taken; $effect } )*
                    _ => 0,
                }
            }
        }
    };
}

opcodes! {
base {
    /// Inline cache unit (never executed).
    CACHE = 0, cache 0, None, arg false, |a, j| 0;
    POP_TOP = 1, cache 0, None, arg false, |a, j| -1;
    /// Push the NULL marker used by the call protocol.
    PUSH_NULL = 2, cache 0, None, arg false, |a, j| 1;
    NOP = 9, cache 0, None, arg false, |a, j| 0;
    UNARY_POSITIVE = 10, cache 0, None, arg false, |a, j| 0;
    UNARY_NEGATIVE = 11, cache 0, None, arg false, |a, j| 0;
    UNARY_NOT = 12, cache 0, None, arg false, |a, j| 0;
    UNARY_INVERT = 15, cache 0, None, arg false, |a, j| 0;
    /// container, key -> value
    BINARY_SUBSCR = 25, cache 4, None, arg false, |a, j| -1;
    /// container, start, stop -> slice value
    BINARY_SLICE = 26, cache 0, None, arg false, |a, j| -2;
    /// value, container, start, stop ->
    STORE_SLICE = 27, cache 0, None, arg false, |a, j| -4;
    GET_LEN = 30, cache 0, None, arg false, |a, j| 1;
    MATCH_MAPPING = 31, cache 0, None, arg false, |a, j| 1;
    MATCH_SEQUENCE = 32, cache 0, None, arg false, |a, j| 1;
    /// subject, keys -> subject, keys, values_or_none
    MATCH_KEYS = 33, cache 0, None, arg false, |a, j| 1;
    /// exc -> prev_exc, exc (sets the handled exception)
    PUSH_EXC_INFO = 35, cache 0, None, arg false, |a, j| 1;
    /// exc, type -> exc, bool
    CHECK_EXC_MATCH = 36, cache 0, None, arg false, |a, j| 0;
    CHECK_EG_MATCH = 37, cache 0, None, arg false, |a, j| 0;
    /// exit, lasti, prev_exc, exc -> exit, lasti, prev_exc, exc, result
    WITH_EXCEPT_START = 49, cache 0, None, arg false, |a, j| 1;
    /// aiterable -> aiter (`__aiter__`, as 3.11)
    GET_AITER = 50, cache 0, None, arg false, |a, j| 0;
    /// aiter -> aiter, awaitable (`__anext__` made awaitable, as 3.11)
    GET_ANEXT = 51, cache 0, None, arg false, |a, j| 1;
    /// mgr -> aexit, aenter_awaitable (as 3.11)
    BEFORE_ASYNC_WITH = 52, cache 0, None, arg false, |a, j| 1;
    /// mgr -> exit, enter_result
    BEFORE_WITH = 53, cache 0, None, arg false, |a, j| 1;
    /// aiter, exc -> (StopAsyncIteration ends the loop, else re-raise; as 3.11)
    END_ASYNC_FOR = 54, cache 0, None, arg false, |a, j| -2;
    /// value, container, key ->
    STORE_SUBSCR = 60, cache 1, None, arg false, |a, j| -3;
    DELETE_SUBSCR = 61, cache 0, None, arg false, |a, j| -2;
    GET_ITER = 68, cache 0, None, arg false, |a, j| 0;
    GET_YIELD_FROM_ITER = 69, cache 0, None, arg false, |a, j| 0;
    /// Interactive mode: print an expression statement's value.
    PRINT_EXPR = 70, cache 0, None, arg false, |a, j| -1;
    LOAD_BUILD_CLASS = 71, cache 0, None, arg false, |a, j| 1;
    LOAD_ASSERTION_ERROR = 74, cache 0, None, arg false, |a, j| 1;
    /// Start of a generator's code: turn the frame into a generator object.
    RETURN_GENERATOR = 75, cache 0, None, arg false, |a, j| 0;
    LIST_TO_TUPLE = 82, cache 0, None, arg false, |a, j| 0;
    RETURN_VALUE = 83, cache 0, None, arg false, |a, j| -1;
    IMPORT_STAR = 84, cache 0, None, arg false, |a, j| -1;
    SETUP_ANNOTATIONS = 85, cache 0, None, arg false, |a, j| 0;
    /// value -> sent value (the frame is suspended in between)
    YIELD_VALUE = 86, cache 0, None, arg false, |a, j| 0;
    /// Async generators: wrap the value yielded (as 3.11).
    ASYNC_GEN_WRAP = 87, cache 0, None, arg false, |a, j| 0;
    /// orig, excs_list -> exc_to_reraise_or_none (except*, as 3.11)
    PREP_RERAISE_STAR = 88, cache 0, None, arg false, |a, j| -1;
    /// prev_exc, exc -> (restores the handled exception)
    POP_EXCEPT = 89, cache 0, None, arg false, |a, j| -1;
    STORE_NAME = 90, cache 0, None, arg true, |a, j| -1;
    DELETE_NAME = 91, cache 0, None, arg true, |a, j| 0;
    UNPACK_SEQUENCE = 92, cache 1, None, arg true, |a, j| a - 1;
    /// iter -> iter, next; on exhaustion pops iter and jumps forward by arg.
    FOR_ITER = 93, cache 1, Forward, arg true, |a, j| if j { -1 } else { 1 };
    /// arg = before | after << 8
    UNPACK_EX = 94, cache 0, None, arg true, |a, j| (a & 0xFF) + (a >> 8);
    /// value, owner ->
    STORE_ATTR = 95, cache 10, None, arg true, |a, j| -2;
    DELETE_ATTR = 96, cache 0, None, arg true, |a, j| -1;
    STORE_GLOBAL = 97, cache 0, None, arg true, |a, j| -1;
    DELETE_GLOBAL = 98, cache 0, None, arg true, |a, j| 0;
    SWAP = 99, cache 0, None, arg true, |a, j| 0;
    LOAD_CONST = 100, cache 0, None, arg true, |a, j| 1;
    LOAD_NAME = 101, cache 0, None, arg true, |a, j| 1;
    BUILD_TUPLE = 102, cache 0, None, arg true, |a, j| 1 - a;
    BUILD_LIST = 103, cache 0, None, arg true, |a, j| 1 - a;
    BUILD_SET = 104, cache 0, None, arg true, |a, j| 1 - a;
    /// arg = number of key/value pairs
    BUILD_MAP = 105, cache 0, None, arg true, |a, j| 1 - 2 * a;
    /// owner -> attr
    LOAD_ATTR = 106, cache 10, None, arg true, |a, j| 0;
    /// arg = comparison kind (see `CompareOp`)
    COMPARE_OP = 107, cache 2, None, arg true, |a, j| -1;
    /// level, fromlist -> module
    IMPORT_NAME = 108, cache 0, None, arg true, |a, j| -1;
    /// module -> module, attr
    IMPORT_FROM = 109, cache 0, None, arg true, |a, j| 1;
    JUMP_FORWARD = 110, cache 0, Forward, arg true, |a, j| 0;
    /// Short-circuit `and`: keep the value and jump if false, else pop it.
    JUMP_IF_FALSE_OR_POP = 111, cache 0, Forward, arg true, |a, j| if j { 0 } else { -1 };
    JUMP_IF_TRUE_OR_POP = 112, cache 0, Forward, arg true, |a, j| if j { 0 } else { -1 };
    POP_JUMP_IF_FALSE = 114, cache 0, Forward, arg true, |a, j| -1;
    POP_JUMP_IF_TRUE = 115, cache 0, Forward, arg true, |a, j| -1;
    /// arg = index of the name << 1 | push-NULL-first flag
    LOAD_GLOBAL = 116, cache 6, None, arg true, |a, j| 1 + (a & 1);
    /// left, right -> bool; arg 1 = `is not`
    IS_OP = 117, cache 0, None, arg true, |a, j| -1;
    /// left, right -> bool; arg 1 = `not in`
    CONTAINS_OP = 118, cache 0, None, arg true, |a, j| -1;
    /// Re-raise TOS; arg 1 = also restore f_lasti from the value below.
    RERAISE = 119, cache 0, None, arg true, |a, j| -1;
    COPY = 120, cache 0, None, arg true, |a, j| 1;
    /// arg = `BinaryOp` kind
    BINARY_OP = 122, cache 1, None, arg true, |a, j| -1;
    /// receiver, value -> receiver, yielded; or, when the receiver returns, -> result and jump forward by arg.
    SEND = 123, cache 0, Forward, arg true, |a, j| if j { -1 } else { 0 };
    LOAD_FAST = 124, cache 0, None, arg true, |a, j| 1;
    STORE_FAST = 125, cache 0, None, arg true, |a, j| -1;
    DELETE_FAST = 126, cache 0, None, arg true, |a, j| 0;
    POP_JUMP_IF_NOT_NONE = 128, cache 0, Forward, arg true, |a, j| -1;
    POP_JUMP_IF_NONE = 129, cache 0, Forward, arg true, |a, j| -1;
    /// obj -> awaitable; arg 1/2 = after `__aenter__`/`__aexit__` (error messages), as 3.11
    GET_AWAITABLE = 131, cache 0, None, arg true, |a, j| 0;
    /// arg = 0 (re-raise), 1 (raise exc), 2 (raise exc from cause)
    RAISE_VARARGS = 130, cache 0, None, arg true, |a, j| -a;
    /// arg flags: 0x01 defaults, 0x02 kwdefaults, 0x04 annotations, 0x08 closure
    MAKE_FUNCTION = 132, cache 0, None, arg true, |a, j| -((a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1));
    BUILD_SLICE = 133, cache 0, None, arg true, |a, j| 1 - a;
    JUMP_BACKWARD_NO_INTERRUPT = 134, cache 0, Backward, arg true, |a, j| 0;
    MAKE_CELL = 135, cache 0, None, arg true, |a, j| 0;
    LOAD_CLOSURE = 136, cache 0, None, arg true, |a, j| 1;
    LOAD_DEREF = 137, cache 0, None, arg true, |a, j| 1;
    STORE_DEREF = 138, cache 0, None, arg true, |a, j| -1;
    DELETE_DEREF = 139, cache 0, None, arg true, |a, j| 0;
    JUMP_BACKWARD = 140, cache 0, Backward, arg true, |a, j| 0;
    /// NULL, callable, args tuple[, kwargs dict] -> result; arg 1 = has kwargs
    CALL_FUNCTION_EX = 142, cache 0, None, arg true, |a, j| -2 - (a & 1);
    EXTENDED_ARG = 144, cache 0, None, arg true, |a, j| 0;
    LIST_APPEND = 145, cache 0, None, arg true, |a, j| -1;
    SET_ADD = 146, cache 0, None, arg true, |a, j| -1;
    MAP_ADD = 147, cache 0, None, arg true, |a, j| -2;
    /// Class bodies: look a free variable up in the class namespace first.
    LOAD_CLASSDEREF = 148, cache 0, None, arg true, |a, j| 1;
    COPY_FREE_VARS = 149, cache 0, None, arg true, |a, j| 0;
    /// No-op marking a function start / resumption point; where checks (budget) go.
    RESUME = 151, cache 0, None, arg true, |a, j| 0;
    /// subject, cls, kw_names -> attrs_tuple_or_none; arg = positional count
    MATCH_CLASS = 152, cache 0, None, arg true, |a, j| -2;
    /// value[, spec] -> str; arg & 3 = conversion (0 none, 1 str, 2 repr, 3 ascii), & 4 = has spec
    FORMAT_VALUE = 155, cache 0, None, arg true, |a, j| if a & 4 != 0 { -1 } else { 0 };
    /// values..., keys_tuple -> dict
    BUILD_CONST_KEY_MAP = 156, cache 0, None, arg true, |a, j| -a;
    BUILD_STRING = 157, cache 0, None, arg true, |a, j| 1 - a;
    /// owner -> method, self  or  NULL, attr
    LOAD_METHOD = 160, cache 9, None, arg true, |a, j| 1;
    LIST_EXTEND = 162, cache 0, None, arg true, |a, j| -1;
    SET_UPDATE = 163, cache 0, None, arg true, |a, j| -1;
    DICT_MERGE = 164, cache 0, None, arg true, |a, j| -1;
    DICT_UPDATE = 165, cache 0, None, arg true, |a, j| -1;
    /// NULL|method, callable|self, args... -> result. Keyword names come from KW_NAMES.
    CALL = 171, cache 7, None, arg true, |a, j| -1 - a;
    /// arg = index of a tuple constant naming the keyword arguments of the next CALL
    KW_NAMES = 172, cache 0, None, arg true, |a, j| 0;
}
specialized {
    /// Global found in the module dict (guard: its keys version).
    LOAD_GLOBAL_MODULE = 3 => LOAD_GLOBAL;
    /// Global found in builtins (guards: both dicts' keys versions).
    LOAD_GLOBAL_BUILTIN = 4 => LOAD_GLOBAL;
    /// Instance attribute in a shape slot (guards: class version, shape).
    LOAD_ATTR_INSTANCE_VALUE = 5 => LOAD_ATTR;
    /// `__slots__` member (guard: class version; the slot index is cached).
    LOAD_ATTR_SLOT = 6 => LOAD_ATTR;
    /// Module attribute (guard: module dict keys version).
    LOAD_ATTR_MODULE = 7 => LOAD_ATTR;
    /// Plain attribute of a class object (guard: the class's version; value cached).
    LOAD_ATTR_CLASS = 8 => LOAD_ATTR;
    /// Property with a Python getter (guard: class version; getter cached) — the
    /// getter's frame is pushed in this loop.
    LOAD_ATTR_PROPERTY = 13 => LOAD_ATTR;
    /// Method on the class of an instance with slots/shape (guards: class version,
    /// shape without that name); pushes method and self, no bound method.
    LOAD_METHOD_WITH_VALUES = 14 => LOAD_METHOD;
    /// Method on the class of an object with no instance attributes (builtin types,
    /// `__slots__` classes; guard: class version).
    LOAD_METHOD_NO_DICT = 16 => LOAD_METHOD;
    /// Function in a module (guard: module dict keys version).
    LOAD_METHOD_MODULE = 17 => LOAD_METHOD;
    /// Store to an existing shape slot (guards: class version, shape).
    STORE_ATTR_INSTANCE_VALUE = 18 => STORE_ATTR;
    /// Add an attribute: shape transition to the cached next shape (guards: class
    /// version, shape).
    STORE_ATTR_INSTANCE_ADD = 19 => STORE_ATTR;
    /// Store to a `__slots__` member (guard: class version).
    STORE_ATTR_SLOT = 20 => STORE_ATTR;
    BINARY_OP_ADD_INT = 21 => BINARY_OP;
    BINARY_OP_SUBTRACT_INT = 22 => BINARY_OP;
    BINARY_OP_MULTIPLY_INT = 23 => BINARY_OP;
    BINARY_OP_ADD_FLOAT = 24 => BINARY_OP;
    BINARY_OP_SUBTRACT_FLOAT = 28 => BINARY_OP;
    BINARY_OP_MULTIPLY_FLOAT = 29 => BINARY_OP;
    /// `/` on two floats (or a float and an int that converts exactly).
    BINARY_OP_TRUE_DIVIDE_FLOAT = 34 => BINARY_OP;
    BINARY_OP_ADD_UNICODE = 38 => BINARY_OP;
    /// Any other operator on two small ints (`//`, `%`, `&`, `|`, `^`, `<<`, `>>`, ...).
    BINARY_OP_INT_OTHER = 39 => BINARY_OP;
    COMPARE_OP_INT = 40 => COMPARE_OP;
    COMPARE_OP_FLOAT = 41 => COMPARE_OP;
    COMPARE_OP_STR = 42 => COMPARE_OP;
    BINARY_SUBSCR_LIST_INT = 43 => BINARY_SUBSCR;
    BINARY_SUBSCR_TUPLE_INT = 44 => BINARY_SUBSCR;
    BINARY_SUBSCR_DICT = 45 => BINARY_SUBSCR;
    STORE_SUBSCR_LIST_INT = 46 => STORE_SUBSCR;
    STORE_SUBSCR_DICT = 47 => STORE_SUBSCR;
    /// `array.array` item read with a small-int index.
    BINARY_SUBSCR_ARRAY_INT = 81 => BINARY_SUBSCR;
    /// `array.array` item store with a small-int index of a float or small int that
    /// fits the item type (others take the generic path).
    STORE_SUBSCR_ARRAY_INT = 113 => STORE_SUBSCR;
    /// Python function, positional arguments matching its parameters exactly (guard:
    /// function version): its frame is pushed in this loop.
    CALL_PY_EXACT_ARGS = 48 => CALL;
    /// Python function given fewer positional arguments, the rest from defaults.
    CALL_PY_WITH_DEFAULTS = 55 => CALL;
    /// Builtin function or method descriptor, positional arguments only.
    CALL_BUILTIN = 56 => CALL;
    CALL_NO_KW_LEN = 57 => CALL;
    CALL_NO_KW_ISINSTANCE = 58 => CALL;
    CALL_NO_KW_LIST_APPEND = 59 => CALL;
    /// `type(x)`: the class of `x`.
    CALL_NO_KW_TYPE_1 = 121 => CALL;
    /// A class whose instances are created by `object.__new__` and initialised by a
    /// Python `__init__` (guard: class version): the `__init__` frame is pushed here.
    CALL_ALLOC_AND_ENTER_INIT = 62 => CALL;
    FOR_ITER_RANGE = 63 => FOR_ITER;
    FOR_ITER_LIST = 64 => FOR_ITER;
    FOR_ITER_TUPLE = 65 => FOR_ITER;
    /// A generator: its frame is resumed in this loop; yields come back to the
    /// loop's stack, its return ends the loop.
    FOR_ITER_GEN = 80 => FOR_ITER;
    UNPACK_SEQUENCE_TWO_TUPLE = 66 => UNPACK_SEQUENCE;
    UNPACK_SEQUENCE_TUPLE = 67 => UNPACK_SEQUENCE;
    UNPACK_SEQUENCE_LIST = 72 => UNPACK_SEQUENCE;
    /// Superinstructions (CPython 3.11's): this instruction and the next one, which
    /// stays in place (jumps may target it), in one dispatch.
    LOAD_FAST__LOAD_FAST = 73 => LOAD_FAST;
    LOAD_FAST__LOAD_CONST = 76 => LOAD_FAST;
    STORE_FAST__LOAD_FAST = 77 => STORE_FAST;
    STORE_FAST__STORE_FAST = 78 => STORE_FAST;
    LOAD_CONST__LOAD_FAST = 79 => LOAD_CONST;
}
}

/// `BINARY_OP` arguments, numbered as CPython 3.11's `NB_*` constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinaryOp {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    Lshift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    Rshift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
    InplaceAdd = 13,
    InplaceAnd = 14,
    InplaceFloorDivide = 15,
    InplaceLshift = 16,
    InplaceMatrixMultiply = 17,
    InplaceMultiply = 18,
    InplaceRemainder = 19,
    InplaceOr = 20,
    InplacePower = 21,
    InplaceRshift = 22,
    InplaceSubtract = 23,
    InplaceTrueDivide = 24,
    InplaceXor = 25,
}

impl BinaryOp {
    const ALL: [BinaryOp; 26] = [
        BinaryOp::Add,
        BinaryOp::And,
        BinaryOp::FloorDivide,
        BinaryOp::Lshift,
        BinaryOp::MatrixMultiply,
        BinaryOp::Multiply,
        BinaryOp::Remainder,
        BinaryOp::Or,
        BinaryOp::Power,
        BinaryOp::Rshift,
        BinaryOp::Subtract,
        BinaryOp::TrueDivide,
        BinaryOp::Xor,
        BinaryOp::InplaceAdd,
        BinaryOp::InplaceAnd,
        BinaryOp::InplaceFloorDivide,
        BinaryOp::InplaceLshift,
        BinaryOp::InplaceMatrixMultiply,
        BinaryOp::InplaceMultiply,
        BinaryOp::InplaceRemainder,
        BinaryOp::InplaceOr,
        BinaryOp::InplacePower,
        BinaryOp::InplaceRshift,
        BinaryOp::InplaceSubtract,
        BinaryOp::InplaceTrueDivide,
        BinaryOp::InplaceXor,
    ];

    pub fn from_arg(arg: u32) -> Option<BinaryOp> {
        Self::ALL.get(arg as usize).copied()
    }

    /// The operator as written in source (`+`, `+=`, ...), as `dis` shows it and as
    /// error messages ("unsupported operand type(s) for +") quote it.
    pub fn symbol(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "+",
            And => "&",
            FloorDivide => "//",
            Lshift => "<<",
            MatrixMultiply => "@",
            Multiply => "*",
            Remainder => "%",
            Or => "|",
            Power => "**",
            Rshift => ">>",
            Subtract => "-",
            TrueDivide => "/",
            Xor => "^",
            InplaceAdd => "+=",
            InplaceAnd => "&=",
            InplaceFloorDivide => "//=",
            InplaceLshift => "<<=",
            InplaceMatrixMultiply => "@=",
            InplaceMultiply => "*=",
            InplaceRemainder => "%=",
            InplaceOr => "|=",
            InplacePower => "**=",
            InplaceRshift => ">>=",
            InplaceSubtract => "-=",
            InplaceTrueDivide => "/=",
            InplaceXor => "^=",
        }
    }

    pub fn is_inplace(self) -> bool {
        (self as u8) >= BinaryOp::InplaceAdd as u8
    }

    /// The non-inplace operator an in-place one falls back to.
    pub fn base(self) -> BinaryOp {
        if self.is_inplace() {
            Self::ALL[self as usize - BinaryOp::InplaceAdd as usize]
        } else {
            self
        }
    }
}

/// `COMPARE_OP` arguments, as CPython's `Py_LT` ... `Py_GE`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CompareOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareOp {
    pub fn from_arg(arg: u32) -> Option<CompareOp> {
        use CompareOp::*;
        Some(match arg {
            0 => Lt,
            1 => Le,
            2 => Eq,
            3 => Ne,
            4 => Gt,
            5 => Ge,
            _ => return None,
        })
    }

    pub fn symbol(self) -> &'static str {
        use CompareOp::*;
        match self {
            Lt => "<",
            Le => "<=",
            Eq => "==",
            Ne => "!=",
            Gt => ">",
            Ge => ">=",
        }
    }

    /// The comparison with operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        use CompareOp::*;
        match self {
            Lt => Gt,
            Le => Ge,
            Eq => Eq,
            Ne => Ne,
            Gt => Lt,
            Ge => Le,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_roundtrip_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for &op in Opcode::ALL {
            assert!(seen.insert(op as u8), "duplicate code for {}", op.name());
            assert_eq!(Opcode::from_u8(op as u8), Some(op));
        }
    }

    #[test]
    fn binary_op_base() {
        assert_eq!(BinaryOp::InplaceXor.base(), BinaryOp::Xor);
        assert_eq!(BinaryOp::Add.base(), BinaryOp::Add);
        assert_eq!(BinaryOp::InplaceAdd.symbol(), "+=");
    }
}
