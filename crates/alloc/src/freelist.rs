//! Layer 3 mechanism: a bounded free list of same-sized blocks, linked
//! through the first word of each cached block (CPython's per-type free
//! lists for int, float, tuple, list, dict …).
//!
//! Owns: nothing but the blocks pushed onto it, until they are popped or
//! drained. It never asks any allocator for memory: it only keeps blocks the
//! caller already had and would otherwise free.
//!
//! Invariants:
//! - `len` is the length of the chain starting at `head`, and `len <= capacity`.
//! - The first word of every cached block holds the next cached block (or
//!   null); the rest of the block is left as the caller left it.
//! - `hits + misses` is the number of `pop` calls.

use std::ptr::{self, NonNull};

/// A bounded LIFO cache of freed blocks.
#[derive(Debug)]
pub struct FreeList {
    head: *mut u8,
    len: usize,
    capacity: usize,
    hits: u64,
    misses: u64,
}

impl FreeList {
    /// An empty free list keeping at most `capacity` blocks.
    pub const fn new(capacity: usize) -> FreeList {
        FreeList {
            head: ptr::null_mut(),
            len: 0,
            capacity,
            hits: 0,
            misses: 0,
        }
    }

    /// Take a cached block (a hit) or `None` (a miss). The block's first word
    /// is garbage (it held the link).
    #[inline]
    pub fn pop(&mut self) -> Option<NonNull<u8>> {
        match NonNull::new(self.head) {
            Some(block) => {
                // SAFETY: every cached block is owned by this list, at least
                // pointer-sized and aligned, and its first word holds the link.
                self.head = unsafe { ptr::read(block.as_ptr().cast::<*mut u8>()) };
                self.len -= 1;
                self.hits += 1;
                Some(block)
            }
            None => {
                self.misses += 1;
                None
            }
        }
    }

    /// Keep `block` if the list is below capacity (returns `true`); otherwise
    /// return `false` and the caller frees the block to the heap itself.
    ///
    /// # Safety
    /// `block` is at least pointer-sized and pointer-aligned, owned by the
    /// caller, and not used afterwards until it is popped or drained.
    #[inline]
    pub unsafe fn push(&mut self, block: NonNull<u8>) -> bool {
        if self.len >= self.capacity {
            return false;
        }
        // SAFETY: the caller hands over a writable, aligned, pointer-sized block.
        unsafe { ptr::write(block.as_ptr().cast::<*mut u8>(), self.head) };
        self.head = block.as_ptr();
        self.len += 1;
        true
    }

    /// Number of cached blocks.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Is the list empty?
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Most blocks the list keeps.
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// `pop` calls that returned a block.
    pub fn hits(&self) -> u64 {
        self.hits
    }

    /// `pop` calls that found the list empty.
    pub fn misses(&self) -> u64 {
        self.misses
    }

    /// Hand every cached block back through `f` (teardown, or a full
    /// collection like CPython's `_PyGC_ClearAllFreeLists`). Hit and miss
    /// counters are kept.
    pub fn drain(&mut self, mut f: impl FnMut(NonNull<u8>)) {
        while let Some(block) = NonNull::new(self.head) {
            // SAFETY: as in `pop`: the first word of a cached block is the link.
            self.head = unsafe { ptr::read(block.as_ptr().cast::<*mut u8>()) };
            self.len -= 1;
            f(block);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Geometry, Heap};

    #[test]
    fn lifo_bounded_with_counters() {
        let mut heap = Heap::new(Geometry::CLASSIC);
        let mut fl = FreeList::new(2);
        assert_eq!(fl.pop(), None);
        assert_eq!((fl.hits(), fl.misses()), (0, 1));
        let blocks: Vec<_> = (0..3).map(|_| heap.malloc(24).unwrap()).collect();
        // SAFETY: fresh 24-byte blocks, 8-aligned, owned by the test.
        unsafe {
            assert!(fl.push(blocks[0]));
            assert!(fl.push(blocks[1]));
            assert!(!fl.push(blocks[2]), "over capacity");
            heap.free(blocks[2], 24);
        }
        assert_eq!(fl.len(), 2);
        assert_eq!(fl.capacity(), 2);
        assert_eq!(fl.pop(), Some(blocks[1]));
        assert_eq!((fl.hits(), fl.misses(), fl.len()), (1, 1, 1));
        let mut drained = Vec::new();
        fl.drain(|b| drained.push(b));
        assert_eq!(drained, vec![blocks[0]]);
        assert!(fl.is_empty());
        assert_eq!(fl.pop(), None);
        assert_eq!(fl.misses(), 2);
        // SAFETY: both blocks are back with the test, 24 bytes each.
        unsafe {
            heap.free(blocks[0], 24);
            heap.free(blocks[1], 24);
        }
        assert_eq!(heap.stats().obj_blocks_in_use, 0);
    }

    #[test]
    fn zero_capacity_keeps_nothing() {
        let mut fl = FreeList::new(0);
        let mut word = 0usize;
        let p = NonNull::from(&mut word).cast::<u8>();
        // SAFETY: `word` is pointer-sized and aligned; it is not kept.
        assert!(!unsafe { fl.push(p) });
        assert_eq!(fl.len(), 0);
    }
}
