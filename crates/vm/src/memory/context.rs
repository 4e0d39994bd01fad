//! The allocation context: everything the allocate/free fast path touches,
//! in one thread-local — the heap pointer, the per-type free lists (layer
//! 3), the per-layout object counters and the dealloc nesting depth.
//!
//! The thread-local is `const`-initialised and has no destructor, so in the
//! executable every field is one fixed offset from the thread pointer: no
//! lazy-init check, no `RefCell` borrow flag, no `Option` to unwrap on the
//! hot path. Before an interpreter is installed the free lists have no
//! capacity (every pop misses, every push is refused), which is what keeps
//! them correct without an "installed?" test.
//!
//! Invariant: [`with_freelists`] hands out the only `&mut FreeLists`; its
//! callers are short, non-reentrant list operations (a pop, a push, a
//! drain into the heap, reading counters), none of which can reach
//! [`with_freelists`] again.

use crate::memory::freelist::FreeLists;
use crate::objects::Layout;
use arenapy_alloc::Heap;
use std::cell::{Cell, UnsafeCell};

const N: usize = Layout::ALL.len();

pub(crate) struct Context {
    /// The thread's heap (null when no interpreter runs here).
    pub(crate) heap: Cell<*mut Heap>,
    freelists: UnsafeCell<FreeLists>,
    /// Objects allocated and freed, per layout (`--stats`).
    pub(crate) allocated: [Cell<u64>; N],
    pub(crate) freed: [Cell<u64>; N],
    /// How deep nested deallocations are (the trashcan's counter), with the
    /// observed bias of `memory::object` while something observes frees.
    pub(crate) dealloc_depth: Cell<u32>,
}

const _: () = assert!(!std::mem::needs_drop::<Context>());

thread_local! {
    static CTX: Context = const {
        Context {
            heap: Cell::new(std::ptr::null_mut()),
            freelists: UnsafeCell::new(FreeLists::EMPTY),
            allocated: [const { Cell::new(0) }; N],
            freed: [const { Cell::new(0) }; N],
            dealloc_depth: Cell::new(0),
        }
    };
}

/// Runs `f` with this thread's context.
#[inline(always)]
pub(crate) fn with_ctx<R>(f: impl FnOnce(&Context) -> R) -> R {
    CTX.with(f)
}

/// Runs `f` with exclusive access to this thread's free lists. `f` must
/// not call back into this function (module invariant).
#[inline(always)]
pub(crate) fn with_freelists<R>(f: impl FnOnce(&mut FreeLists) -> R) -> R {
    // SAFETY: the context lives as long as the thread, and no other
    // reference into the free lists exists while `f` runs: every caller is
    // a non-reentrant list operation (module invariant).
    CTX.with(|c| f(unsafe { &mut *c.freelists.get() }))
}
