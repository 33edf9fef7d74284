//! The wasm global allocator, about 5 KB of wasm less than std's dlmalloc.
//!
//! - Small blocks (up to 32 KiB): one free list per power-of-two size class, O(1). A block
//!   of class `k` holds any layout whose size and alignment round up to `2^k`; it is
//!   aligned to its size (at most 16), so `dealloc` needs no header, only the layout Rust
//!   passes back. When a class is empty, a free block of a larger class is split in
//!   halves, else a new 4 KiB unit is taken from the large blocks; small blocks are never
//!   merged again. Widget memory is freed and allocated again in the same sizes (mount,
//!   filter, destroy), so a freed block is found again in its class and the memory stays
//!   flat over mount/destroy cycles (tests/e2e/heap.test.mjs).
//! - Large blocks (data files, row arrays, the table's markup): whole multiples of 4 KiB,
//!   on a free list in address order, split on allocation and merged with free neighbours
//!   on release, so that a 40 MB JSON text, once freed, serves what comes after it. The
//!   block at the top of the heap grows and shrinks in place (`realloc`).
//!
//! Measured on a 100,000-row table (44 MB of JSON): peak wasm memory after loading 299 MB
//! (dlmalloc: 307), after rendering 351 MB (dlmalloc: 307: the freed JSON tree's small
//! blocks stay in their classes); filtering as fast.
//!
//! Everything comes from the top of linear memory (`memory.grow`); the module is
//! single-threaded (wasm32-unknown-unknown without `atomics`).

use std::alloc::{GlobalAlloc, Layout};
use std::arch::wasm32::memory_grow;
use std::cell::UnsafeCell;
use std::ptr::null_mut;

const PAGE: usize = 65536;
/// Granularity of large blocks.
const UNIT: usize = 4096;
/// `UNIT == 1 << UNIT_CLASS`.
const UNIT_CLASS: usize = 12;
/// Classes `3..=15` are small (8 B … 32 KiB); larger layouts are large blocks.
const SMALL: usize = 16;
/// The largest alignment served (Rust types here need at most 8).
const MAX_ALIGN: usize = 16;

/// The allocator (`#[global_allocator]` in `src/wasm/mod.rs`).
pub struct Heap(UnsafeCell<State>);

struct State {
    /// Head of each small class's free list (0: empty); a free block's first word links
    /// the next.
    free: [usize; SMALL],
    /// Free large blocks in address order (0: none): `[size, next]` at their start.
    large: usize,
    /// Unused memory between `next` and `end`, at the top of linear memory.
    next: usize,
    end: usize,
}

// wasm32-unknown-unknown without the `atomics` feature has one thread.
unsafe impl Sync for Heap {}

impl Heap {
    /// An empty heap: the first allocation grows the memory.
    pub const fn new() -> Self {
        Heap(UnsafeCell::new(State {
            free: [0; SMALL],
            large: 0,
            next: 0,
            end: 0,
        }))
    }
}

/// The small class of a layout, `ceil(log2(max(size, align, 8)))` (8: a free block holds
/// a link), or `SMALL` and up for a large one.
fn class(size: usize, align: usize) -> usize {
    let size = size.max(align).max(8);
    (usize::BITS - (size - 1).leading_zeros()) as usize
}

/// `size` rounded up to whole units (0 on overflow: no block is that large).
fn units(size: usize) -> usize {
    size.checked_add(UNIT - 1).map_or(0, |s| s & !(UNIT - 1))
}

/// The `[size, next]` words of a free large block.
///
/// SAFETY (callers): `at` is a free large block (at least a unit, unit-aligned).
unsafe fn words(at: usize) -> &'static mut [usize; 2] {
    &mut *(at as *mut [usize; 2])
}

impl State {
    /// `size` bytes aligned to `align` from the top of memory, growing it when needed.
    fn bump(&mut self, size: usize, align: usize) -> *mut u8 {
        loop {
            let start = (self.next + align - 1) & !(align - 1);
            let Some(stop) = start.checked_add(size) else {
                return null_mut();
            };
            if stop <= self.end {
                self.next = stop;
                return start as *mut u8;
            }
            let pages = (stop - self.end).div_ceil(PAGE);
            let old = memory_grow(0, pages);
            if old == usize::MAX {
                return null_mut();
            }
            let base = old * PAGE;
            // The first call (or someone else grew the memory): start at the new pages.
            if base != self.end {
                self.next = base;
            }
            self.end = base + pages * PAGE;
        }
    }

    fn alloc(&mut self, size: usize, align: usize) -> *mut u8 {
        if align > MAX_ALIGN {
            return null_mut();
        }
        let c = class(size, align);
        if c < SMALL {
            return self.small(c);
        }
        let size = units(size);
        if size == 0 {
            return null_mut();
        }
        self.large_block(size)
    }

    /// A large block of `size` bytes (a multiple of the unit): a free one, else from the top.
    fn large_block(&mut self, size: usize) -> *mut u8 {
        self.take_large(size)
            .unwrap_or_else(|| self.bump(size, UNIT))
    }

    /// A block of small class `c`: a free one, else the first half of a larger free one
    /// (its other halves go to the classes below), else a new one. Splitting lets the
    /// blocks of a freed data tree serve the smaller ones of the widgets after it.
    fn small(&mut self, c: usize) -> *mut u8 {
        let (head, d) = match (c..SMALL).find(|&d| self.free[d] != 0) {
            Some(d) => {
                let head = self.free[d];
                // SAFETY: `head` is a freed block of class `d`; its first word links.
                self.free[d] = unsafe { *(head as *const usize) };
                (head, d)
            }
            // A new unit (or block, from 8 KiB up) from the large blocks: memory freed
            // by a large block (a data file's text) serves the small ones after it, and
            // small blocks do not land between a growing large block and the top.
            None => {
                let d = c.max(UNIT_CLASS);
                let head = self.large_block(1 << d);
                if head.is_null() {
                    return head;
                }
                (head as usize, d)
            }
        };
        // Halves `2^k` at offset `2^k`, for k from c up to d-1: each is aligned like a
        // new block of its class, since the block is aligned to its own size (up to 16).
        for k in c..d {
            self.push(head + (1 << k), k);
        }
        head as *mut u8
    }

    /// Puts a free block on the list of small class `c`.
    fn push(&mut self, at: usize, c: usize) {
        // SAFETY: the block is at least 8 bytes, aligned to 8, and no longer in use.
        unsafe { *(at as *mut usize) = self.free[c] };
        self.free[c] = at;
    }

    /// The first free large block that holds `size` (a multiple of the unit); a larger
    /// one gives its tail.
    fn take_large(&mut self, size: usize) -> Option<*mut u8> {
        let mut link: *mut usize = &mut self.large;
        // SAFETY: the list holds free large blocks only.
        unsafe {
            while *link != 0 {
                let at = *link;
                let w = words(at);
                if w[0] > size {
                    w[0] -= size;
                    return Some((at + w[0]) as *mut u8);
                }
                if w[0] == size {
                    *link = w[1];
                    return Some(at as *mut u8);
                }
                link = &mut w[1];
            }
        }
        None
    }

    fn dealloc(&mut self, ptr: *mut u8, size: usize, align: usize) {
        let c = class(size, align);
        if c < SMALL {
            self.push(ptr as usize, c);
        } else {
            self.give_large(ptr as usize, units(size));
        }
    }

    /// Returns `size` bytes at `at` (unit multiples) to the free list, merged with free
    /// neighbours, or to the top of memory when they end there.
    fn give_large(&mut self, mut at: usize, mut size: usize) {
        let mut link: *mut usize = &mut self.large;
        // SAFETY: the list holds free large blocks only, in address order; `at..at+size`
        // is a large block no longer in use.
        unsafe {
            // The last free block before `at`: merge with it when adjacent.
            while *link != 0 && *link < at {
                let prev = *link;
                let w = words(prev);
                if prev + w[0] == at {
                    *link = w[1];
                    at = prev;
                    size += w[0];
                    break;
                }
                link = &mut w[1];
            }
            let next = *link;
            if next == at + size {
                let w = words(next);
                size += w[0];
                *link = w[1];
            }
            if at + size == self.next {
                self.next = at;
                return;
            }
            let w = words(at);
            w[0] = size;
            w[1] = *link;
            *link = at;
        }
    }

    fn realloc(&mut self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let (size, align) = (layout.size(), layout.align());
        let (from, to) = (class(size, align), class(new_size, align));
        if from == to && from < SMALL {
            return ptr;
        }
        if from >= SMALL && to >= SMALL {
            let (old, new) = (units(size), units(new_size));
            let at = ptr as usize;
            if new != 0 && new <= old {
                if new < old {
                    self.give_large(at + new, old - new);
                }
                return ptr;
            }
            // The block at the top of memory grows in place (unless the memory grew
            // elsewhere: then the old block is copied and freed below).
            if new != 0 && at + old == self.next {
                self.next = at;
                let out = self.bump(new, UNIT);
                if out == ptr {
                    return ptr;
                }
                if out.is_null() {
                    self.next = at + old;
                    return out;
                }
                // SAFETY: `out` lies above the old top, so the blocks do not overlap.
                unsafe { std::ptr::copy_nonoverlapping(ptr, out, size) };
                self.give_large(at, old);
                return out;
            }
        }
        let out = self.alloc(new_size, align);
        if !out.is_null() {
            // SAFETY: both blocks hold at least the smaller size and do not overlap.
            unsafe { std::ptr::copy_nonoverlapping(ptr, out, size.min(new_size)) };
            self.dealloc(ptr, size, align);
        }
        out
    }
}

unsafe impl GlobalAlloc for Heap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        (*self.0.get()).alloc(layout.size(), layout.align())
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        (*self.0.get()).dealloc(ptr, layout.size(), layout.align())
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        (*self.0.get()).realloc(ptr, layout, new_size)
    }
}
