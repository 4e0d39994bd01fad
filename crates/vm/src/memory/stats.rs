//! Object counters: allocations and frees per layout, the VM's one place
//! where every object birth and death is observed.
//!
//! The counters are plain `Cell<u64>`s in the allocation context
//! (`memory::context`), so counting an allocation is one add at a fixed
//! offset from the thread pointer: no lazy-init check, no borrow flag.

use crate::memory::context::with_ctx;
use crate::objects::Layout;
use std::cell::Cell;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ObjectCounts {
    pub allocated: Vec<u64>,
    pub freed: Vec<u64>,
}

#[inline(always)]
pub fn note_alloc(layout: Layout) {
    with_ctx(|c| {
        let n = &c.allocated[layout as usize];
        n.set(n.get() + 1)
    });
}

#[inline(always)]
pub fn note_free(layout: Layout) {
    with_ctx(|c| {
        let n = &c.freed[layout as usize];
        n.set(n.get() + 1)
    });
}

/// A copy of the counters.
pub fn snapshot() -> ObjectCounts {
    with_ctx(|c| ObjectCounts {
        allocated: c.allocated.iter().map(Cell::get).collect(),
        freed: c.freed.iter().map(Cell::get).collect(),
    })
}
