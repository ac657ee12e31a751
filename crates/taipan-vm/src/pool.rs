//! Small-object pools for the object heap (CPython's `pymalloc` idea).
//!
//! Python programs allocate and free huge numbers of small objects; a general
//! allocator spends 50–100 instructions and a 16-byte header on each. Here every
//! object up to `MAX_SMALL` bytes comes from a size class (multiples of 8 bytes):
//! a free list threaded through freed blocks, refilled by carving 64 KiB chunks.
//! An object costs exactly its size rounded up to 8 bytes, and allocation and
//! freeing are a few instructions. Larger objects use the global allocator.
//!
//! The pools are per thread (heap values are `!Send`, so an object is freed on the
//! thread that allocated it). Freed blocks are reused by later allocations of the
//! same class; chunks go back to the system when the thread's pools are dropped
//! (the interpreter thread ends). Returning empty chunks earlier, as pymalloc does
//! with arenas, is future work.
//!
//! With `heap.rs` and `value.rs`, one of the modules allowed raw memory handling.

use std::alloc::{alloc, dealloc, Layout};
use std::cell::UnsafeCell;

const GRANULE: usize = 8;
/// Largest size served from the pools.
pub const MAX_SMALL: usize = 512;
const CLASSES: usize = MAX_SMALL / GRANULE + 1;
const CHUNK: usize = 64 * 1024;

struct Pools {
    /// Head of each size class's free list (a freed block's first word links on).
    free: [*mut u8; CLASSES],
    /// The unused tail of the newest chunk.
    bump: *mut u8,
    bump_end: *mut u8,
    chunks: Vec<*mut u8>,
}

impl Drop for Pools {
    fn drop(&mut self) {
        let layout = chunk_layout();
        for &c in &self.chunks {
            // SAFETY: every chunk was allocated in `refill` with this layout, and the
            // thread that owned its objects is ending.
            unsafe { dealloc(c, layout) };
        }
    }
}

fn chunk_layout() -> Layout {
    // 64 KiB aligned to 16: a valid layout (size non-zero, alignment a power of two).
    Layout::from_size_align(CHUNK, 16).unwrap_or(Layout::new::<[u64; 2]>())
}

thread_local! {
    static POOLS: UnsafeCell<Pools> = const {
        UnsafeCell::new(Pools {
            free: [std::ptr::null_mut(); CLASSES],
            bump: std::ptr::null_mut(),
            bump_end: std::ptr::null_mut(),
            chunks: Vec::new(),
        })
    };
}

/// Whether objects of `layout` come from the pools.
#[inline(always)]
pub fn is_small(layout: Layout) -> bool {
    layout.size() <= MAX_SMALL && layout.align() <= GRANULE
}

#[inline(always)]
fn class_of(size: usize) -> usize {
    size.div_ceil(GRANULE).max(1)
}

/// Allocate a block for `layout` (null if the system is out of memory).
#[inline]
pub fn allocate(layout: Layout) -> *mut u8 {
    if !is_small(layout) {
        // SAFETY: object layouts have non-zero size (every object has a header).
        return unsafe { alloc(layout) };
    }
    let class = class_of(layout.size());
    POOLS.with(|p| {
        // SAFETY: the pools are this thread's alone, and no reference into them
        // outlives this closure (allocation does not re-enter).
        let p = unsafe { &mut *p.get() };
        let head = p.free[class];
        if !head.is_null() {
            // SAFETY: a free-list block holds the next block's address in its first
            // word (written by `release`); blocks are at least 8 bytes, 8-aligned.
            p.free[class] = unsafe { *(head as *mut *mut u8) };
            return head;
        }
        let size = class * GRANULE;
        if (p.bump_end as usize) - (p.bump as usize) < size {
            refill(p);
            if p.bump.is_null() {
                return std::ptr::null_mut();
            }
        }
        let block = p.bump;
        // SAFETY: `size` bytes fit between `bump` and `bump_end` (checked above).
        p.bump = unsafe { p.bump.add(size) };
        block
    })
}

#[cold]
fn refill(p: &mut Pools) {
    let layout = chunk_layout();
    // SAFETY: the chunk layout has a non-zero size.
    let c = unsafe { alloc(layout) };
    if c.is_null() {
        p.bump = std::ptr::null_mut();
        p.bump_end = std::ptr::null_mut();
        return;
    }
    p.chunks.push(c);
    p.bump = c;
    // SAFETY: `c` is the start of a `CHUNK`-byte allocation.
    p.bump_end = unsafe { c.add(CHUNK) };
}

/// Give back a block from `allocate(layout)`.
///
/// # Safety
/// `ptr` must come from `allocate` with the same layout, on this thread, and must
/// not be used afterwards.
#[inline]
pub unsafe fn release(ptr: *mut u8, layout: Layout) {
    if !is_small(layout) {
        dealloc(ptr, layout);
        return;
    }
    let class = class_of(layout.size());
    POOLS.with(|p| {
        let p = &mut *p.get();
        *(ptr as *mut *mut u8) = p.free[class];
        p.free[class] = ptr;
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn freed_blocks_are_reused_by_their_size_class() {
        let l = Layout::from_size_align(56, 8).unwrap();
        let a = allocate(l);
        let b = allocate(l);
        assert!(!a.is_null() && !b.is_null() && a != b);
        // SAFETY: `a` came from `allocate(l)` on this thread and is not used again.
        unsafe { release(a, l) };
        assert_eq!(allocate(l), a, "the freed block comes back first");
        let big = Layout::from_size_align(4096, 8).unwrap();
        let c = allocate(big);
        assert!(!c.is_null());
        // SAFETY: as above, for the global-allocator path.
        unsafe { release(c, big) };
    }
}
