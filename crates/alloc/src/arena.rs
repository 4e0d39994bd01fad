//! Arenas: the memory layer 2 obtains from layer 1, and the `usable_arenas`
//! list that decides which arena the next pool comes from (CPython's
//! `struct arena_object`, `new_arena`, the arena half of
//! `allocate_from_new_pool` and `insert_to_freepool`).
//!
//! ```text
//!  layer 1 ──► arena (arena_size bytes, aligned to pool_size)
//!             +--------+--------+--------+--------+-- - - --+--------+
//!             | pool 0 | pool 1 | pool 2 | pool 3 |         | pool N |
//!             +--------+--------+--------+--------+-- - - --+--------+
//!              carved    carved   carved  ▲ pool_address: next virgin pool
//!                 │
//!                 ▼
//!             +--------+-------+-------+-------+-- - - --+-------+------+
//!             | header | block | block | block |         | block | tail |
//!             +--------+-------+-------+-------+-- - - --+-------+------+
//!                        one size class per pool; one object per block
//!
//!  usable_arenas (sorted by nfreepools, fewest first: most-allocated first)
//!    head ─► [A: 1 free] ⇄ [B: 1 free] ⇄ [C: 7 free] ⇄ [D: 64 free] ─► none
//!               ▲ nfp2lasta[1] = B     ▲ nfp2lasta[7] = C  ▲ nfp2lasta[64] = D
//! ```
//!
//! Invariants:
//! - An arena object whose `address` is null is an unused slot (its index is
//!   on `unused`); otherwise it owns `arena_size` bytes from layer 1.
//! - `nfreepools` = pools on `freepools` + virgin pools from `pool_address`
//!   to the end of the arena; `ntotalpools` = `arena_size / pool_size` (no
//!   pool is lost to alignment because arenas are pool-aligned).
//! - `usable_arenas` holds exactly the allocated arenas with
//!   `nfreepools > 0`, in non-decreasing `nfreepools` order, doubly linked
//!   through `prevarena`/`nextarena` (`NONE` ends the list).
//! - `nfp2lasta[n]` is the last arena in `usable_arenas` with `nfreepools == n`,
//!   or `NONE` if there is none, so re-sorting after a pool is freed is O(1).
//! - Release policy (CPython 3.9+, bpo-37257): an arena whose pools are all
//!   free is returned to layer 1 unless it is the last arena of
//!   `usable_arenas`. That keeps at most one wholly free arena, so a loop that
//!   allocates and frees one object does not allocate and free an arena on
//!   every iteration.

use std::ptr::{self, NonNull};

use crate::pool::{PoolHeader, DUMMY_SIZE_IDX};
use crate::raw::RawLayer;
use crate::AllocError;

/// End of an arena list.
pub(crate) const NONE: u32 = u32::MAX;

/// Bookkeeping for one arena (lives in Rust's global allocator, like CPython's
/// `arenas` array lives in malloc).
pub(crate) struct ArenaObject {
    /// First byte of the arena, or null for an unused slot.
    pub(crate) address: *mut u8,
    /// Next virgin (never carved) pool.
    pub(crate) pool_address: *mut u8,
    pub(crate) nfreepools: u32,
    pub(crate) ntotalpools: u32,
    /// Singly linked list of empty pools (through `nextpool`).
    pub(crate) freepools: *mut PoolHeader,
    pub(crate) nextarena: u32,
    pub(crate) prevarena: u32,
}

/// The arena table and the `usable_arenas` list.
pub(crate) struct Arenas {
    pub(crate) table: Vec<ArenaObject>,
    /// Indices of unused slots of `table` (CPython's `unused_arena_objects`).
    unused: Vec<u32>,
    /// Head of `usable_arenas`.
    pub(crate) usable: u32,
    /// `nfp2lasta[n]`: last usable arena with `n` free pools.
    pub(crate) nfp2lasta: Vec<u32>,
    pub(crate) arena_size: usize,
    pub(crate) pool_size: usize,
    pub(crate) ntotalpools: u32,
    /// Arenas ever allocated (CPython's `ntimes_arena_allocated`).
    pub(crate) ntimes_allocated: u64,
    /// Arenas currently allocated (CPython's `narenas_currently_allocated`).
    pub(crate) ncurrent: usize,
    /// Most arenas ever allocated at once (CPython's `narenas_highwater`).
    pub(crate) highwater: usize,
    /// Pools ever carved out of virgin arena space.
    pub(crate) pools_carved: u64,
}

impl Arenas {
    pub(crate) fn new(arena_size: usize, pool_size: usize) -> Arenas {
        let ntotalpools = (arena_size / pool_size) as u32;
        Arenas {
            table: Vec::new(),
            unused: Vec::new(),
            usable: NONE,
            nfp2lasta: vec![NONE; ntotalpools as usize + 1],
            arena_size,
            pool_size,
            ntotalpools,
            ntimes_allocated: 0,
            ncurrent: 0,
            highwater: 0,
            pools_carved: 0,
        }
    }

    /// Is `addr` inside a currently allocated arena?
    pub(crate) fn contains(&self, addr: usize) -> bool {
        self.index_of(addr).is_some()
    }

    /// The index of the allocated arena holding `addr`.
    pub(crate) fn index_of(&self, addr: usize) -> Option<usize> {
        self.table.iter().position(|a| {
            let base = a.address as usize;
            !a.address.is_null() && addr >= base && addr - base < self.arena_size
        })
    }

    /// Allocate a fresh arena from layer 1 and make it the only entry of
    /// `usable_arenas` (only called when that list is empty).
    #[cold]
    fn new_arena(&mut self, raw: &mut RawLayer) -> Result<u32, AllocError> {
        debug_assert_eq!(self.usable, NONE);
        let address = raw.alloc_arena(self.arena_size, self.pool_size)?.as_ptr();
        let index = match self.unused.pop() {
            Some(i) => i,
            None => {
                self.table.push(ArenaObject {
                    address: ptr::null_mut(),
                    pool_address: ptr::null_mut(),
                    nfreepools: 0,
                    ntotalpools: 0,
                    freepools: ptr::null_mut(),
                    nextarena: NONE,
                    prevarena: NONE,
                });
                (self.table.len() - 1) as u32
            }
        };
        let ao = &mut self.table[index as usize];
        ao.address = address;
        ao.pool_address = address;
        ao.nfreepools = self.ntotalpools;
        ao.ntotalpools = self.ntotalpools;
        ao.freepools = ptr::null_mut();
        ao.nextarena = NONE;
        ao.prevarena = NONE;
        self.ntimes_allocated += 1;
        self.ncurrent += 1;
        self.highwater = self.highwater.max(self.ncurrent);
        self.usable = index;
        debug_assert_eq!(self.nfp2lasta[self.ntotalpools as usize], NONE);
        self.nfp2lasta[self.ntotalpools as usize] = index;
        Ok(index)
    }

    /// Take a pool for a size class that has no used pool: a cached empty
    /// pool of the first usable arena, else a virgin pool carved from it,
    /// else a new arena. Returns the pool; a newly carved one has
    /// `szidx == DUMMY_SIZE_IDX`. The pool is in no list.
    #[cold]
    pub(crate) fn take_pool(&mut self, raw: &mut RawLayer) -> Result<*mut PoolHeader, AllocError> {
        if self.usable == NONE {
            self.new_arena(raw)?;
        }
        let index = self.usable;
        let ao = &self.table[index as usize];
        let nf = ao.nfreepools as usize;
        debug_assert!(nf > 0);
        // This arena has the fewest free pools, so taking one keeps the order;
        // only the nfp2lasta entries change.
        if self.nfp2lasta[nf] == index {
            self.nfp2lasta[nf] = NONE;
        }
        if nf > 1 {
            debug_assert_eq!(self.nfp2lasta[nf - 1], NONE);
            self.nfp2lasta[nf - 1] = index;
        }
        let ao = &mut self.table[index as usize];
        let pool = if !ao.freepools.is_null() {
            let pool = ao.freepools;
            // SAFETY: pools on `freepools` are carved pools of this live arena
            // with initialised headers.
            ao.freepools = unsafe { (*pool).nextpool };
            pool
        } else {
            let pool = ao.pool_address.cast::<PoolHeader>();
            // SAFETY: nfreepools > 0 and freepools is empty, so at least one
            // virgin pool lies at pool_address inside the arena.
            ao.pool_address = unsafe { ao.pool_address.add(self.pool_size) };
            // SAFETY: `pool` is pool-aligned, inside the arena and unused;
            // writing its header fields initialises it.
            unsafe {
                (*pool).arenaindex = index;
                (*pool).szidx = DUMMY_SIZE_IDX;
            }
            self.pools_carved += 1;
            pool
        };
        ao.nfreepools -= 1;
        if ao.nfreepools == 0 {
            // Wholly allocated: unlink from the head of usable_arenas.
            debug_assert!(ao.freepools.is_null());
            let next = ao.nextarena;
            ao.nextarena = NONE;
            self.usable = next;
            if next != NONE {
                self.table[next as usize].prevarena = NONE;
            }
        }
        Ok(pool)
    }

    /// An empty pool goes back to its arena's `freepools`; then the arena is
    /// re-sorted in `usable_arenas`, or released to layer 1 (see the release
    /// policy in the module header). Returns whether an arena was released.
    ///
    /// # Safety
    /// `pool` is an initialised pool with `nused == 0`, already unlinked from
    /// `usedpools`, whose `arenaindex` names a live arena.
    #[cold]
    pub(crate) unsafe fn return_pool(&mut self, pool: *mut PoolHeader, raw: &mut RawLayer) -> bool {
        // SAFETY: `pool` is a valid header (caller contract).
        let index = unsafe { (*pool).arenaindex };
        let i = index as usize;
        let ao = &mut self.table[i];
        // SAFETY: as above; linking through `nextpool` is how freepools works.
        unsafe { (*pool).nextpool = ao.freepools };
        ao.freepools = pool;
        let nf = ao.nfreepools as usize;
        let lastnf = self.nfp2lasta[nf];
        if lastnf == index {
            // ao was the rightmost arena with nf free pools; its predecessor
            // becomes the rightmost if it has nf too.
            let p = ao.prevarena;
            self.nfp2lasta[nf] = if p != NONE && self.table[p as usize].nfreepools as usize == nf {
                p
            } else {
                NONE
            };
        }
        let nf = nf + 1;
        let ao = &mut self.table[i];
        ao.nfreepools = nf as u32;

        // Case 1: wholly free and not the last usable arena -> release it.
        if nf == ao.ntotalpools as usize && ao.nextarena != NONE {
            let (prev, next) = (ao.prevarena, ao.nextarena);
            if prev == NONE {
                self.usable = next;
            } else {
                self.table[prev as usize].nextarena = next;
            }
            self.table[next as usize].prevarena = prev;
            let ao = &mut self.table[i];
            let address = ao.address;
            ao.address = ptr::null_mut();
            ao.pool_address = ptr::null_mut();
            ao.freepools = ptr::null_mut();
            ao.nfreepools = 0;
            ao.nextarena = NONE;
            ao.prevarena = NONE;
            self.unused.push(index);
            self.ncurrent -= 1;
            // SAFETY: `address` came from `alloc_arena` with this geometry, and
            // every pool in it is free, so no live block points into it.
            unsafe {
                raw.free_arena(
                    NonNull::new_unchecked(address),
                    self.arena_size,
                    self.pool_size,
                )
            };
            return true;
        }

        // Case 2: the arena was full (not in the list): put it at the head.
        if nf == 1 {
            let head = self.usable;
            let ao = &mut self.table[i];
            ao.nextarena = head;
            ao.prevarena = NONE;
            if head != NONE {
                self.table[head as usize].prevarena = index;
            }
            self.usable = index;
            if self.nfp2lasta[1] == NONE {
                self.nfp2lasta[1] = index;
            }
            return false;
        }

        if self.nfp2lasta[nf] == NONE {
            self.nfp2lasta[nf] = index;
        }
        // Case 4: ao was the rightmost with nf-1 free pools: still sorted.
        if lastnf == index {
            return false;
        }
        // Case 3: slide ao right, to just after lastnf.
        debug_assert_ne!(lastnf, NONE);
        let (prev, next) = (self.table[i].prevarena, self.table[i].nextarena);
        debug_assert_ne!(next, NONE);
        if prev == NONE {
            self.usable = next;
        } else {
            self.table[prev as usize].nextarena = next;
        }
        self.table[next as usize].prevarena = prev;
        let after = self.table[lastnf as usize].nextarena;
        self.table[i].prevarena = lastnf;
        self.table[i].nextarena = after;
        if after != NONE {
            self.table[after as usize].prevarena = index;
        }
        self.table[lastnf as usize].nextarena = index;
        false
    }

    /// Return every arena to layer 1 (heap teardown).
    pub(crate) fn release_all(&mut self, raw: &mut RawLayer) {
        for ao in &mut self.table {
            if let Some(address) = NonNull::new(ao.address) {
                // SAFETY: `address` came from `alloc_arena` with this geometry;
                // the heap is being torn down, so no block is used any more.
                unsafe { raw.free_arena(address, self.arena_size, self.pool_size) };
                ao.address = ptr::null_mut();
            }
        }
        self.ncurrent = 0;
        self.usable = NONE;
    }
}
