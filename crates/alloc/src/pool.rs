//! The pool header and block carving inside one pool (CPython's
//! `struct pool_header`, `pymalloc_pool_extend`).
//!
//! Owns: the layout of a pool and the blocks in it.
//!
//! ```text
//!  pool (pool_size bytes, aligned to pool_size)
//!  +-------------+---------+---------+---------+-- - - --+---------+------+
//!  | PoolHeader  | block 0 | block 1 | block 2 |         | block n | tail |
//!  | (48 bytes)  |  used   |  free ─┐|  used   | virgin… |         |      |
//!  +-------------+---------+--------│+---------+-- - - --+---------+------+
//!   freeblock ──────────────────────┘ (first word of a free block = next free)
//!   nextoffset ──► first virgin (never handed out) block
//!   maxnextoffset = pool_size - block_size (last offset a block may start at)
//! ```
//!
//! Invariants (same as CPython's):
//! - A block's pool header is at `block_addr & !(pool_size - 1)`.
//! - `nused` blocks are handed out; the others are either on the `freeblock`
//!   list or virgin (offset >= `nextoffset`).
//! - `freeblock` is null exactly when the pool is full (`nused` = blocks per
//!   pool): whenever the list runs dry but virgin blocks remain, the next
//!   virgin block is put on it ([`extend`]).
//! - States: **used** (0 < nused < capacity, linked in `usedpools[szidx]`),
//!   **full** (nused = capacity, in no list), **empty** (nused = 0, on its
//!   arena's `freepools` list; its `szidx` and free list stay valid, so a pool
//!   reused for the same size class needs no re-initialisation).

use std::ptr;

use crate::geometry::POOL_HEADER_SIZE;

/// Marks a pool whose header was never initialised for a size class.
pub(crate) const DUMMY_SIZE_IDX: u32 = u32::MAX;

/// Header at the start of every carved pool (64-bit CPython layout, 48 bytes).
#[repr(C)]
pub(crate) struct PoolHeader {
    /// Blocks handed out (CPython's `ref.count`).
    pub(crate) nused: u32,
    /// Size class of the blocks (CPython's `szidx`).
    pub(crate) szidx: u32,
    /// Head of the free-block list threaded through the first word of blocks.
    pub(crate) freeblock: *mut u8,
    /// Next pool in `usedpools[szidx]` or in the arena's `freepools`.
    pub(crate) nextpool: *mut PoolHeader,
    /// Previous pool in `usedpools[szidx]` (null at the head).
    pub(crate) prevpool: *mut PoolHeader,
    /// Index of the owning arena in the arena table.
    pub(crate) arenaindex: u32,
    /// Offset of the next virgin block.
    pub(crate) nextoffset: u32,
    /// Largest offset a block may start at.
    pub(crate) maxnextoffset: u32,
    _pad: u32,
}

const _: () = assert!(std::mem::size_of::<PoolHeader>() == POOL_HEADER_SIZE);
const _: () = assert!(std::mem::align_of::<PoolHeader>() <= 8);

/// Initialise the header of a pool that has never served `szidx` (CPython's
/// tail of `allocate_from_new_pool`) and hand out its first block. The second
/// block becomes the (virgin) head of the free list.
///
/// # Safety
/// `pool` points to a carved, pool-aligned pool of `pool_size` bytes inside a
/// live arena, not in any list, whose other fields (`arenaindex`) are set; the
/// pool holds at least two blocks of `block_size`.
#[inline]
pub(crate) unsafe fn init_and_take_first(
    pool: *mut PoolHeader,
    szidx: u32,
    block_size: usize,
    overhead: usize,
    pool_size: usize,
) -> *mut u8 {
    // SAFETY: `pool` is a valid header (caller contract); block offsets stay
    // inside the pool because it holds at least two blocks.
    unsafe {
        let base = pool.cast::<u8>();
        let bp = base.add(overhead);
        let second = bp.add(block_size);
        (*pool).nused = 1;
        (*pool).szidx = szidx;
        (*pool).nextoffset = (overhead + 2 * block_size) as u32;
        (*pool).maxnextoffset = (pool_size - block_size) as u32;
        (*pool).freeblock = second;
        ptr::write(second.cast::<*mut u8>(), ptr::null_mut());
        bp
    }
}

/// The pool's free list ran dry: put the next virgin block on it, or report
/// that the pool is now full (returns `false`). CPython's `pymalloc_pool_extend`
/// minus the unlinking, which the caller does.
///
/// # Safety
/// `pool` is a live, initialised pool header with an empty `freeblock` list.
#[inline]
pub(crate) unsafe fn extend(pool: *mut PoolHeader, block_size: usize) -> bool {
    // SAFETY: `pool` is a valid header; `nextoffset <= maxnextoffset` means a
    // whole block fits at `nextoffset` inside the pool.
    unsafe {
        if (*pool).nextoffset <= (*pool).maxnextoffset {
            let fresh = pool.cast::<u8>().add((*pool).nextoffset as usize);
            (*pool).nextoffset += block_size as u32;
            ptr::write(fresh.cast::<*mut u8>(), ptr::null_mut());
            (*pool).freeblock = fresh;
            true
        } else {
            false
        }
    }
}

/// Number of blocks on a pool's free list (walks the list; for statistics
/// checks and the consistency checker only).
///
/// # Safety
/// `pool` is a live, initialised pool header.
pub(crate) unsafe fn free_list_len(pool: *const PoolHeader) -> usize {
    let mut n = 0;
    // SAFETY: every block on the list is a free block of this pool whose first
    // word is the next free block or null.
    unsafe {
        let mut p = (*pool).freeblock;
        while !p.is_null() {
            n += 1;
            p = ptr::read(p.cast::<*mut u8>());
        }
    }
    n
}
