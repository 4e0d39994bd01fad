//! The heap facade: CPython's `PyObject_Malloc` / `PyObject_Free` /
//! `PyObject_Realloc`, routing each request to layer 2 (size <= threshold) or
//! layer 1 (bigger), plus the observation hook and the byte limit.
//!
//! Owns: a [`RawLayer`] and an [`ObjectAllocator`] built for one [`Geometry`].
//!
//! Invariants:
//! - A pointer handed out for `size` is freed with the same `size`, so the
//!   size alone tells which layer owns it (no `address_in_range` needed).
//!   The size class of a small block is read from its pool header, because an
//!   in-place realloc may leave a block in a class bigger than its new size.
//! - Small blocks are aligned to `geometry.alignment`, raw blocks to 16.
//! - No public method panics on memory exhaustion or the byte limit: it
//!   returns [`AllocError`] and leaves the heap as it was.
//! - Dropping the heap returns every arena and every outstanding raw block to
//!   the system, whatever the caller leaked.

use std::ptr::{self, NonNull};

use crate::object::ObjectAllocator;
use crate::pool::{PoolHeader, DUMMY_SIZE_IDX};
use crate::raw::RawLayer;
use crate::{AllocError, AllocEvent, Geometry, Hook, Layer};

/// Layer 1 (raw allocator) and layer 2 (object allocator) of one interpreter.
pub struct Heap {
    geometry: Geometry,
    threshold: usize,
    shift: u32,
    pub(crate) obj: ObjectAllocator,
    pub(crate) raw: RawLayer,
    /// Allocation-failure injection (a test mode): the request numbered
    /// `fail_at` (counting `malloc` and `realloc` calls from when it was
    /// set, from 1) is refused as if the system had no memory.
    fail_at: Option<u64>,
    requests: u64,
}

impl Heap {
    /// A heap with the given geometry.
    ///
    /// # Panics
    /// If the geometry is invalid (see [`Geometry::validate`]): a programming
    /// error, not a run-time condition.
    pub fn new(geometry: Geometry) -> Heap {
        if let Err(e) = geometry.validate() {
            panic!("invalid heap geometry {geometry:?}: {e}");
        }
        Heap {
            geometry,
            threshold: geometry.small_request_threshold,
            shift: geometry.alignment.trailing_zeros(),
            obj: ObjectAllocator::new(&geometry),
            raw: RawLayer::new(),
            fail_at: None,
            requests: 0,
        }
    }

    /// Makes the `n`th allocation request from now fail (`Some(0)` only
    /// counts them; `None` turns injection off). See [`Heap::requests`].
    pub fn set_fail_at(&mut self, n: Option<u64>) {
        self.fail_at = n;
        self.requests = 0;
    }

    /// Requests counted since [`Heap::set_fail_at`].
    pub fn requests(&self) -> u64 {
        self.requests
    }

    /// Is this request the one to refuse? Costs one branch when injection
    /// is off.
    #[inline(always)]
    fn injected_failure(&mut self) -> bool {
        if self.fail_at.is_none() {
            return false;
        }
        self.injected_failure_slow()
    }

    #[cold]
    fn injected_failure_slow(&mut self) -> bool {
        self.requests += 1;
        self.fail_at == Some(self.requests)
    }

    /// The geometry this heap was built with.
    pub fn geometry(&self) -> &Geometry {
        &self.geometry
    }

    #[inline(always)]
    fn class_of(&self, size: usize) -> usize {
        size.saturating_sub(1) >> self.shift
    }

    /// `PyObject_Malloc`: a request of at most the threshold gets a block from
    /// the object allocator, a bigger one a raw block from layer 1. Size 0 is
    /// treated as 1. Never panics: past the byte limit (or when the system
    /// refuses) it is an `Err`.
    #[inline]
    pub fn malloc(&mut self, size: usize) -> Result<NonNull<u8>, AllocError> {
        if self.injected_failure() {
            return Err(AllocError { requested: size });
        }
        if size <= self.threshold {
            let class = self.class_of(size);
            let p = self
                .obj
                .alloc(class, &mut self.raw)
                .map_err(|_| AllocError { requested: size })?;
            if self.raw.hook.is_some() {
                self.raw.emit(AllocEvent::Malloc {
                    addr: p.as_ptr() as usize,
                    size,
                    layer: Layer::Object,
                    // SAFETY: `p` was just handed out by the object allocator.
                    place: Some(unsafe { self.obj.place_of(p.as_ptr()) }),
                });
            }
            Ok(p)
        } else {
            self.raw.malloc(size)
        }
    }

    /// `PyObject_Free`.
    ///
    /// # Safety
    /// `ptr` came from this heap's [`Heap::malloc`] / [`Heap::realloc`] with
    /// exactly this `size`, and is not used afterwards.
    #[inline]
    pub unsafe fn free(&mut self, ptr: NonNull<u8>, size: usize) {
        if size <= self.threshold {
            if self.raw.hook.is_some() {
                self.raw.emit(AllocEvent::Free {
                    addr: ptr.as_ptr() as usize,
                    size,
                    layer: Layer::Object,
                    // SAFETY: `ptr` is still a live small block (caller contract).
                    place: Some(unsafe { self.obj.place_of(ptr.as_ptr()) }),
                });
            }
            // SAFETY: a block of at most `threshold` bytes was handed out by
            // the object allocator (caller contract).
            unsafe {
                debug_assert!(size <= self.geometry.block_size(self.obj.class_of_block(ptr)));
                self.obj.free(ptr, &mut self.raw)
            }
        } else {
            // SAFETY: a bigger block is a raw block of `size` bytes (caller contract).
            unsafe { self.raw.free(ptr, size) }
        }
    }

    /// `PyObject_Realloc`: grow or shrink a block, moving it across the
    /// threshold when needed (copying `min(old, new)` bytes). A small block
    /// stays in place when the new size fits its block and does not shrink it
    /// by 25% or more (CPython's rule). On `Err` the old block is untouched
    /// and still owned by the caller.
    ///
    /// # Safety
    /// `ptr` came from this heap with exactly `old_size`; after `Ok` it is dead
    /// (use the returned pointer).
    pub unsafe fn realloc(
        &mut self,
        ptr: NonNull<u8>,
        old_size: usize,
        new_size: usize,
    ) -> Result<NonNull<u8>, AllocError> {
        if self.injected_failure() {
            return Err(AllocError {
                requested: new_size,
            });
        }
        let (old_small, new_small) = (old_size <= self.threshold, new_size <= self.threshold);
        let fresh = if !old_small && !new_small {
            // SAFETY: both sizes are raw sizes; `ptr` is a raw block of old_size.
            return unsafe { self.raw.realloc(ptr, old_size, new_size) };
        } else if old_small {
            self.obj.realloc_calls += 1;
            // SAFETY: `ptr` is a live small block of this heap (caller contract).
            let block = self
                .geometry
                .block_size(unsafe { self.obj.class_of_block(ptr) });
            let new = new_size.max(1);
            if new <= block && 4 * new > 3 * block {
                if self.raw.hook.is_some() {
                    self.raw.emit(AllocEvent::Realloc {
                        old_addr: ptr.as_ptr() as usize,
                        new_addr: ptr.as_ptr() as usize,
                        old_size,
                        new_size,
                        layer: Layer::Object,
                    });
                }
                return Ok(ptr);
            }
            self.malloc(new_size)?
        } else {
            self.raw.realloc_calls += 1;
            self.malloc(new_size)?
        };
        // SAFETY: `ptr` holds at least old_size bytes and `fresh` at least
        // new_size; they are distinct live blocks, so the ranges don't overlap.
        unsafe { ptr::copy_nonoverlapping(ptr.as_ptr(), fresh.as_ptr(), old_size.min(new_size)) };
        // SAFETY: `ptr` is a live block of old_size from this heap (caller contract).
        unsafe { self.free(ptr, old_size) };
        Ok(fresh)
    }

    /// Set the layer-1 byte limit (raw blocks + arenas); `None` = unlimited.
    /// Lowering it below the bytes in use frees nothing; it only makes the
    /// next allocation that needs layer 1 fail.
    pub fn set_limit(&mut self, limit: Option<usize>) {
        self.raw.limit = limit;
    }

    /// The layer-1 byte limit.
    pub fn limit(&self) -> Option<usize> {
        self.raw.limit
    }

    /// Would `bytes` more bytes fit under the byte limit? Lets a caller
    /// refuse a request it can size up front (a repetition, a padding)
    /// before building anything, as CPython's size checks do.
    pub fn admits(&self, bytes: usize) -> bool {
        bytes <= isize::MAX as usize && self.raw.admits(bytes)
    }

    /// Is `addr` inside a currently allocated arena?
    pub fn arena_contains(&self, addr: usize) -> bool {
        self.obj.arenas.contains(addr)
    }

    /// The size class of the in-use pool holding `addr`, if `addr` lies in a
    /// carved pool of a live arena that currently serves blocks. Reads only
    /// this heap's own pool headers, so it is safe for any address.
    pub fn size_class_at(&self, addr: usize) -> Option<usize> {
        let index = self.obj.arenas.index_of(addr)?;
        let ao = &self.obj.arenas.table[index];
        if addr >= ao.pool_address as usize {
            return None; // virgin pool: never carved
        }
        let offset = addr & (self.geometry.pool_size - 1);
        let pool = (addr - offset) as *const crate::pool::PoolHeader;
        // SAFETY: `pool` is the start of a carved pool inside a live arena, so
        // its header was initialised by `take_pool` and stays valid.
        let (nused, szidx) = unsafe { ((*pool).nused, (*pool).szidx) };
        if nused == 0 || offset < self.geometry.pool_overhead() {
            return None;
        }
        Some(szidx as usize)
    }

    /// Where the small block at `addr` is, if `addr` is a block slot of a
    /// carved pool of a live arena. Reads only this heap's own headers, so
    /// it is safe for any address.
    pub fn place_of(&self, addr: usize) -> Option<crate::BlockPlace> {
        let index = self.obj.arenas.index_of(addr)?;
        let offset = addr & (self.geometry.pool_size - 1);
        if addr >= self.obj.arenas.table[index].pool_address as usize
            || offset < self.geometry.pool_overhead()
        {
            return None; // a virgin pool, or a pool header
        }
        let pool = (addr - offset) as *const PoolHeader;
        // SAFETY: a carved pool of a live arena: its header is initialised
        // (an empty pool keeps its class, so used or not it names one).
        if unsafe { (*pool).szidx } == DUMMY_SIZE_IDX {
            return None;
        }
        // SAFETY: `addr` lies in the block area of an initialised pool of a
        // live arena (checked above), which is all `place_of` reads.
        Some(unsafe { self.obj.place_of(addr as *mut u8) })
    }

    /// Install (or remove) the observation hook, called on every
    /// malloc / free / realloc and every arena allocation and release. With
    /// `None` the cost is one predictable branch.
    pub fn set_hook(&mut self, hook: Option<Hook>) {
        self.raw.hook = hook;
    }
}

/// The state of one block slot of a pool, for pictures of the heap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockState {
    /// Handed out (an object or a buffer lives in it).
    Used,
    /// On the pool's free list.
    Free,
    /// Never handed out since the pool was initialised for its class.
    Virgin,
}

/// One carved pool of a live arena, block by block.
#[derive(Debug, Clone)]
pub struct PoolView {
    pub arena: u32,
    pub pool: u32,
    pub addr: usize,
    /// `None` for a pool carved but never initialised for a class.
    pub class: Option<u32>,
    pub block_size: usize,
    pub blocks: Vec<BlockState>,
}

impl Heap {
    /// Every carved pool of every live arena, in arena then address order,
    /// with the state of each block; plus, per arena, (index, address,
    /// total pools). Reads only this heap's own headers.
    pub fn walk_pools(&self) -> (Vec<(u32, usize, u32)>, Vec<PoolView>) {
        let g = &self.geometry;
        let mut arenas = Vec::new();
        let mut pools = Vec::new();
        for (i, ao) in self.obj.arenas.table.iter().enumerate() {
            if ao.address.is_null() {
                continue;
            }
            arenas.push((i as u32, ao.address as usize, ao.ntotalpools));
            let mut p = ao.address as usize;
            let mut n = 0u32;
            while p < ao.pool_address as usize {
                let hdr = p as *const PoolHeader;
                // SAFETY: pools below `pool_address` were carved by
                // `take_pool`, so their headers are initialised.
                let (szidx, nextoffset, mut free) =
                    unsafe { ((*hdr).szidx, (*hdr).nextoffset, (*hdr).freeblock) };
                let class = (szidx != DUMMY_SIZE_IDX).then_some(szidx);
                let (block_size, mut blocks) = match class {
                    Some(c) => {
                        let bs = g.block_size(c as usize);
                        let n = g.blocks_per_pool(c as usize);
                        let states = (0..n)
                            .map(|b| {
                                if g.pool_overhead() + b * bs >= nextoffset as usize {
                                    BlockState::Virgin
                                } else {
                                    BlockState::Used
                                }
                            })
                            .collect::<Vec<_>>();
                        (bs, states)
                    }
                    None => (0, Vec::new()),
                };
                if class.is_some() {
                    let overhead = g.pool_overhead();
                    let mut guard = blocks.len() + 1;
                    while !free.is_null() && guard > 0 {
                        let idx = (free as usize - p - overhead) / block_size;
                        if let Some(s) = blocks.get_mut(idx) {
                            *s = BlockState::Free;
                        }
                        // SAFETY: a free block's first word is the next free
                        // block (pool invariant); the guard bounds the walk.
                        free = unsafe { std::ptr::read(free.cast::<*mut u8>()) };
                        guard -= 1;
                    }
                }
                pools.push(PoolView {
                    arena: i as u32,
                    pool: n,
                    addr: p,
                    class,
                    block_size,
                    blocks,
                });
                p += g.pool_size;
                n += 1;
            }
        }
        (arenas, pools)
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        // Arenas first (they are layer-1 memory too); the raw blocks are
        // returned by RawLayer's own Drop right after.
        self.obj.release_all(&mut self.raw);
    }
}

impl std::fmt::Debug for Heap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Heap")
            .field("geometry", &self.geometry)
            .field("stats", &self.stats())
            .finish()
    }
}
