//! The layered heap of arenapy: CPython's memory management, executed.
//!
//! ```text
//!   layer 3  object-specific allocators   FreeList (per-type caches, in the VM)
//!   layer 2  object allocator (pymalloc)  arenas → pools → blocks, size ≤ 512
//!   layer 1  raw allocator                accounting + byte limit, size > 512, arenas
//!   layer 0  general-purpose allocator    std::alloc::System (the system allocator)
//! ```
//!
//! [`Heap`] is layers 1 and 2 of one interpreter: [`Heap::malloc`] is
//! `PyObject_Malloc`, [`Heap::free`] is `PyObject_Free`, [`Heap::realloc`] is
//! `PyObject_Realloc`. [`FreeList`] is the layer-3 mechanism. [`HeapStats`] is
//! every counter, deterministic, and [`Heap::render_debugmallocstats`] prints
//! it the way CPython's `sys._debugmallocstats()` does.
//!
//! Modules, bottom up: `geometry` (sizes and size classes), `raw` (layer 1),
//! `pool` (pool header, block carving), `arena` (arenas and usable_arenas),
//! `object` (usedpools, pymalloc alloc/free), `heap` (the facade), `stats`,
//! `check` (the consistency checker), `freelist` (layer 3).
//!
//! The heap is not `Send`: one interpreter per thread.
//!
//! ```
//! use arenapy_alloc::{Heap, Profile};
//!
//! let mut heap = Heap::new(Profile::Classic.geometry());
//! let p = heap.malloc(24).unwrap(); // a 24-byte block in a pool of an arena
//! assert!(heap.arena_contains(p.as_ptr() as usize));
//! assert_eq!(heap.stats().size_classes[2].blocks_in_use, 1);
//! // SAFETY: `p` came from this heap with 24 bytes and is not used again.
//! unsafe { heap.free(p, 24) };
//! assert!(heap.render_debugmallocstats().starts_with("Small block threshold = 512, in 64 size classes."));
//! ```

mod arena;
mod check;
pub mod counting;
mod freelist;
pub mod geometry;
mod heap;
mod object;
mod pool;
mod raw;
mod stats;

#[cfg(test)]
mod tests;

use std::fmt;

pub use freelist::FreeList;
pub use geometry::{Geometry, Profile};
pub use heap::Heap;
pub use heap::{BlockState, PoolView};
pub use stats::{render_debugmallocstats, HeapStats, SizeClassStats};

/// An allocation could not be served (byte limit reached, or the system
/// refused). The VM turns it into `MemoryError`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AllocError {
    /// Bytes asked for.
    pub requested: usize,
}

impl fmt::Display for AllocError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot allocate {} bytes", self.requested)
    }
}

impl std::error::Error for AllocError {}

/// Which layer served an allocation event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    /// Layer 1, the raw allocator (requests above the threshold).
    Raw,
    /// Layer 2, the object allocator (a block in a pool).
    Object,
}

/// Where a small block lives: the arena's index in the arena table, the
/// pool's index inside its arena, the pool's size class and the block's
/// index inside its pool (block 0 starts right after the pool header).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BlockPlace {
    pub arena: u32,
    pub pool: u32,
    pub class: u32,
    pub block: u32,
}

/// What the observation hook sees. Addresses are included for tracers; they
/// are not deterministic across runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AllocEvent {
    /// `place` is set for layer-2 blocks.
    Malloc {
        addr: usize,
        size: usize,
        layer: Layer,
        place: Option<BlockPlace>,
    },
    Free {
        addr: usize,
        size: usize,
        layer: Layer,
        place: Option<BlockPlace>,
    },
    /// An in-place or raw realloc. A realloc that moves a small block is
    /// reported as the `Malloc` + `Free` it performs.
    Realloc {
        old_addr: usize,
        new_addr: usize,
        old_size: usize,
        new_size: usize,
        layer: Layer,
    },
    /// A pool started serving `class` (carved from its arena or taken
    /// back from the arena's free pools); `block` of the place is 0.
    PoolUsed { addr: usize, place: BlockPlace },
    /// A pool's last block was freed: the pool went back to its arena.
    PoolEmptied { addr: usize, place: BlockPlace },
    /// Layer 2 took a new arena from layer 1.
    ArenaAlloc { addr: usize, size: usize },
    /// An arena went back to layer 1.
    ArenaFree { addr: usize, size: usize },
}

/// The observation hook type (see [`Heap::set_hook`]).
pub type Hook = fn(&AllocEvent);
