//! Inline cache layouts: which code units after a specializable instruction hold
//! what (CPython's `_PyLoadGlobalCache` and friends in `pycore_code.h`).
//!
//! Unit 0 is always the adaptive counter. 32-bit fields (version tags, shape ids)
//! take two units, low half first; cached object pointers take four. Each layout's
//! size is checked at compile time against the opcode table's cache size, so the
//! table stays the one place that states it.

use crate::opcode::Opcode;

macro_rules! layouts {
    ($( $(#[doc = $doc:literal])* $family:ident => $module:ident { $($field:ident = $offset:literal),* ; size $size:literal } )*) => {
        $(
            $(#[doc = $doc])*
            pub mod $module {
                /// The adaptive counter (every family).
                pub const COUNTER: usize = 0;
                $( pub const $field: usize = $offset; )*
                pub const SIZE: usize = $size;
            }
            const _: () = assert!($module::SIZE == Opcode::$family.cache_entries());
            $( const _: () = assert!($module::$field < $module::SIZE); )*
        )*
    };
}

layouts! {
    /// `LOAD_GLOBAL_*`: dict entry index, module and builtins keys versions.
    LOAD_GLOBAL => load_global { INDEX = 1, MODULE_VERSION = 2, BUILTINS_VERSION = 4; size 6 }
    /// `LOAD_ATTR_*`: class version (or module keys version), shape id, slot or entry
    /// index, cached object (class attribute value, property getter).
    LOAD_ATTR => load_attr { VERSION = 1, SHAPE = 3, INDEX = 5, OBJECT = 6; size 10 }
    /// `LOAD_METHOD_*`: class version (or module keys version), shape id, the method.
    LOAD_METHOD => load_method { VERSION = 1, SHAPE = 3, OBJECT = 5; size 9 }
    /// `STORE_ATTR_*`: class version, shape id, slot index, next shape (for adds).
    STORE_ATTR => store_attr { VERSION = 1, SHAPE = 3, INDEX = 5, OBJECT = 6; size 10 }
    /// `CALL_*`: function version (or class version), cached `__init__`.
    CALL => call { VERSION = 1, OBJECT = 3; size 7 }
    BINARY_OP => binary_op { ; size 1 }
    COMPARE_OP => compare_op { ; size 2 }
    BINARY_SUBSCR => binary_subscr { ; size 4 }
    STORE_SUBSCR => store_subscr { ; size 1 }
    FOR_ITER => for_iter { ; size 1 }
    UNPACK_SEQUENCE => unpack_sequence { ; size 1 }
}

/// The adaptive counter: the low 12 bits count down to the next specialization
/// attempt, the high 4 bits hold the back-off exponent (CPython 3.12's scheme).
pub mod counter {
    /// Executions of a fresh instruction before its first specialization attempt.
    pub const WARMUP: u16 = 1;
    const VALUE_BITS: u16 = 12;
    const MAX_EXPONENT: u16 = 12;

    #[inline(always)]
    pub fn value(c: u16) -> u16 {
        c & ((1 << VALUE_BITS) - 1)
    }
    #[inline(always)]
    pub fn decremented(c: u16) -> u16 {
        c - 1
    }
    /// Whether the counter is in back-off: a specialization attempt failed, or a
    /// specialized form was de-optimised (a fresh counter has exponent 0).
    #[inline]
    pub fn backed_off(c: u16) -> bool {
        c >> VALUE_BITS != 0
    }
    /// After a failed attempt or a de-optimisation: wait twice as long as last time.
    pub fn backoff(c: u16) -> u16 {
        let exp = ((c >> VALUE_BITS) + 1).min(MAX_EXPONENT);
        (exp << VALUE_BITS) | ((1u16 << exp) - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::counter;

    #[test]
    fn backoff_doubles_and_saturates() {
        let mut c = 0u16;
        let mut waits = Vec::new();
        for _ in 0..16 {
            c = counter::backoff(c);
            waits.push(counter::value(c));
            c &= 0xF000; // the wait ran down to zero
        }
        assert_eq!(&waits[..4], &[1, 3, 7, 15]);
        assert_eq!(*waits.last().unwrap(), 4095);
    }
}
