//! Layer 2: the object allocator (pymalloc) — CPython's `pymalloc_alloc`,
//! `pymalloc_free` and the `usedpools` table.
//!
//! Owns: `usedpools` (one list of used pools per size class) and the arena
//! set ([`Arenas`]). Blocks come from the head pool of `usedpools[class]`;
//! when a class has no used pool, a pool is taken from the first usable arena.
//!
//! Invariants:
//! - `usedpools[c]` is a doubly linked, null-terminated list (through
//!   `nextpool`/`prevpool`) of exactly the pools of class `c` in the *used*
//!   state (0 < nused < capacity). Every pool on it has a non-null `freeblock`.
//! - A *full* pool is in no list; an *empty* pool is on its arena's
//!   `freepools` (see `arena.rs`).
//! - State transitions, all O(1):
//!   - empty/virgin → used: `take_pool` + `init_and_take_first` (malloc)
//!   - used → full: the free list and the virgin space both ran out (malloc)
//!   - full → used: one block freed; the pool goes to the *front* of
//!     `usedpools[c]` so it is refilled first (free)
//!   - used → empty: last block freed; the pool goes to `freepools` (free)

use std::ptr::{self, NonNull};

use crate::arena::Arenas;
use crate::geometry::Geometry;
use crate::pool::{self, PoolHeader};
use crate::raw::RawLayer;
use crate::{AllocError, AllocEvent, BlockPlace};

/// Layer 2 state.
pub(crate) struct ObjectAllocator {
    /// Head of the used-pool list per size class (null = no used pool).
    usedpools: Box<[*mut PoolHeader]>,
    /// log2(alignment): block size of class c is (c + 1) << shift.
    shift: u32,
    overhead: usize,
    pool_size: usize,
    pub(crate) arenas: Arenas,
    pub(crate) malloc_calls: u64,
    pub(crate) free_calls: u64,
    pub(crate) realloc_calls: u64,
}

impl ObjectAllocator {
    pub(crate) fn new(g: &Geometry) -> ObjectAllocator {
        ObjectAllocator {
            usedpools: vec![ptr::null_mut(); g.num_size_classes()].into_boxed_slice(),
            shift: g.alignment.trailing_zeros(),
            overhead: g.pool_overhead(),
            pool_size: g.pool_size,
            arenas: Arenas::new(g.arena_size, g.pool_size),
            malloc_calls: 0,
            free_calls: 0,
            realloc_calls: 0,
        }
    }

    #[inline(always)]
    fn block_size(&self, class: usize) -> usize {
        (class + 1) << self.shift
    }

    /// Head of `usedpools[class]` (for the consistency checker and tests).
    pub(crate) fn usedpool_head(&self, class: usize) -> *mut PoolHeader {
        self.usedpools[class]
    }

    /// The pool header of a block handed out by this allocator.
    #[inline(always)]
    pub(crate) fn pool_of(&self, p: *mut u8) -> *mut PoolHeader {
        let offset = (p as usize) & (self.pool_size - 1);
        p.wrapping_sub(offset).cast::<PoolHeader>()
    }

    /// Where a live block is: arena, pool, size class, block index.
    ///
    /// # Safety
    /// `p` is a live block of this allocator (its pool header is valid and
    /// names a live arena).
    pub(crate) unsafe fn place_of(&self, p: *mut u8) -> BlockPlace {
        let pool = self.pool_of(p);
        // SAFETY: caller contract: the header is initialised.
        let (arena, class) = unsafe { ((*pool).arenaindex, (*pool).szidx) };
        let base = self.arenas.table[arena as usize].address as usize;
        let pool_addr = pool as usize;
        BlockPlace {
            arena,
            pool: ((pool_addr - base) / self.pool_size) as u32,
            class,
            block: ((p as usize - pool_addr).saturating_sub(self.overhead)
                / self.block_size(class as usize)) as u32,
        }
    }

    /// The place of a pool (block 0), for the pool events.
    ///
    /// # Safety
    /// As for [`Self::place_of`], with `pool` a carved pool header.
    unsafe fn pool_place(&self, pool: *mut PoolHeader) -> BlockPlace {
        // SAFETY: forwarded; the first block's address lies in the pool.
        let place = unsafe { self.place_of(pool.cast::<u8>().add(self.overhead)) };
        BlockPlace { block: 0, ..place }
    }

    /// A block of size class `class` (`class < num_size_classes`).
    #[inline]
    pub(crate) fn alloc(
        &mut self,
        class: usize,
        raw: &mut RawLayer,
    ) -> Result<NonNull<u8>, AllocError> {
        let pool = self.usedpools[class];
        if !pool.is_null() {
            // SAFETY: pools on usedpools are live, initialised and have a
            // non-null freeblock whose first word is the next free block.
            unsafe {
                let bp = (*pool).freeblock;
                (*pool).nused += 1;
                let next = ptr::read(bp.cast::<*mut u8>());
                (*pool).freeblock = next;
                if next.is_null() {
                    self.pool_ran_dry(pool, class);
                }
                self.malloc_calls += 1;
                return Ok(NonNull::new_unchecked(bp));
            }
        }
        self.alloc_from_new_pool(class, raw)
    }

    /// The head pool of `usedpools[class]` has no free block on its list:
    /// carve a virgin one, or (pool now full) unlink it.
    ///
    /// # Safety
    /// `pool` is the head of `usedpools[class]` with a null `freeblock`.
    #[inline]
    unsafe fn pool_ran_dry(&mut self, pool: *mut PoolHeader, class: usize) {
        // SAFETY: `pool` is a live pool header (caller contract).
        unsafe {
            if !pool::extend(pool, self.block_size(class)) {
                // used -> full: leave usedpools.
                let next = (*pool).nextpool;
                self.usedpools[class] = next;
                if !next.is_null() {
                    (*next).prevpool = ptr::null_mut();
                }
                (*pool).nextpool = ptr::null_mut();
            }
        }
    }

    #[cold]
    #[inline(never)]
    fn alloc_from_new_pool(
        &mut self,
        class: usize,
        raw: &mut RawLayer,
    ) -> Result<NonNull<u8>, AllocError> {
        let pool = self.arenas.take_pool(raw)?;
        // SAFETY: `take_pool` returned a carved pool of a live arena that is
        // in no list; its header is initialised for `arenaindex` and `szidx`.
        unsafe {
            (*pool).nextpool = ptr::null_mut();
            (*pool).prevpool = ptr::null_mut();
            let bp = if (*pool).szidx == class as u32 {
                // The pool last served this class: header and free list are
                // still valid (CPython's "luckily" path).
                (*pool).nused = 1;
                let bp = (*pool).freeblock;
                (*pool).freeblock = ptr::read(bp.cast::<*mut u8>());
                bp
            } else {
                pool::init_and_take_first(
                    pool,
                    class as u32,
                    self.block_size(class),
                    self.overhead,
                    self.pool_size,
                )
            };
            if raw.hook.is_some() {
                raw.emit(AllocEvent::PoolUsed {
                    addr: pool as usize,
                    place: self.pool_place(pool),
                });
            }
            // empty/virgin -> used: it is the only pool of this class.
            debug_assert!(self.usedpools[class].is_null());
            self.usedpools[class] = pool;
            if (*pool).freeblock.is_null() {
                self.pool_ran_dry(pool, class);
            }
            self.malloc_calls += 1;
            Ok(NonNull::new_unchecked(bp))
        }
    }

    /// Size class of a block handed out by this allocator (read from its
    /// pool header, as CPython does: an in-place realloc keeps the block, so
    /// the class is the block's, not the latest requested size's).
    ///
    /// # Safety
    /// `p` is a live block of this allocator.
    #[inline(always)]
    pub(crate) unsafe fn class_of_block(&self, p: NonNull<u8>) -> usize {
        // SAFETY: a live block's pool header is initialised (caller contract).
        unsafe { (*self.pool_of(p.as_ptr())).szidx as usize }
    }

    /// Return a block to its pool.
    ///
    /// # Safety
    /// `p` was handed out by [`ObjectAllocator::alloc`] of this allocator and
    /// is not used afterwards.
    #[inline]
    pub(crate) unsafe fn free(&mut self, p: NonNull<u8>, raw: &mut RawLayer) {
        let p = p.as_ptr();
        let pool = self.pool_of(p);
        // SAFETY: `p` lies in a carved pool of a live arena (caller contract),
        // so its pool header is at the masked address and initialised.
        unsafe {
            let class = (*pool).szidx as usize;
            debug_assert!(
                class < self.usedpools.len(),
                "free of a block outside any used pool"
            );
            debug_assert!((*pool).nused > 0);
            let lastfree = (*pool).freeblock;
            ptr::write(p.cast::<*mut u8>(), lastfree);
            (*pool).freeblock = p;
            (*pool).nused -= 1;
            self.free_calls += 1;
            if lastfree.is_null() {
                // full -> used: link at the front of usedpools.
                self.link_front(pool, class);
                return;
            }
            if (*pool).nused != 0 {
                return;
            }
            self.pool_emptied(pool, class, raw);
        }
    }

    /// # Safety
    /// `pool` is a live pool of class `class` in no list.
    #[inline]
    unsafe fn link_front(&mut self, pool: *mut PoolHeader, class: usize) {
        let head = self.usedpools[class];
        // SAFETY: `pool` and `head` (if non-null) are live pool headers.
        unsafe {
            (*pool).nextpool = head;
            (*pool).prevpool = ptr::null_mut();
            if !head.is_null() {
                (*head).prevpool = pool;
            }
        }
        self.usedpools[class] = pool;
    }

    /// used -> empty: unlink from usedpools and give the pool to its arena.
    ///
    /// # Safety
    /// `pool` is a live pool of class `class` on usedpools with nused == 0.
    #[cold]
    #[inline(never)]
    unsafe fn pool_emptied(&mut self, pool: *mut PoolHeader, class: usize, raw: &mut RawLayer) {
        // SAFETY: `pool` and its neighbours are live headers on usedpools[class].
        unsafe {
            let (prev, next) = ((*pool).prevpool, (*pool).nextpool);
            if prev.is_null() {
                self.usedpools[class] = next;
            } else {
                (*prev).nextpool = next;
            }
            if !next.is_null() {
                (*next).prevpool = prev;
            }
            (*pool).prevpool = ptr::null_mut();
            if raw.hook.is_some() {
                raw.emit(AllocEvent::PoolEmptied {
                    addr: pool as usize,
                    place: self.pool_place(pool),
                });
            }
            self.arenas.return_pool(pool, raw);
        }
    }

    /// Teardown: give every arena back to layer 1.
    pub(crate) fn release_all(&mut self, raw: &mut RawLayer) {
        self.usedpools.iter_mut().for_each(|p| *p = ptr::null_mut());
        self.arenas.release_all(raw);
    }
}
