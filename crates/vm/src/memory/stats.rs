//! Object counters: allocations and frees per layout, the VM's one place
//! where every object birth and death is observed.
//!
//! The counters are plain `Cell<u64>`s in a `const`-initialised thread-local
//! without a destructor, so counting an allocation is one TLS address
//! computation and an add: no lazy-init check, no RefCell borrow flag.

use crate::objects::Layout;
use std::cell::Cell;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ObjectCounts {
    pub allocated: Vec<u64>,
    pub freed: Vec<u64>,
}

const N: usize = Layout::ALL.len();

struct Counters {
    allocated: [Cell<u64>; N],
    freed: [Cell<u64>; N],
}

thread_local! {
    static COUNTS: Counters = const {
        Counters {
            allocated: [const { Cell::new(0) }; N],
            freed: [const { Cell::new(0) }; N],
        }
    };
}

#[inline(always)]
pub fn note_alloc(layout: Layout) {
    COUNTS.with(|c| {
        let n = &c.allocated[layout as usize];
        n.set(n.get() + 1)
    });
}

#[inline(always)]
pub fn note_free(layout: Layout) {
    COUNTS.with(|c| {
        let n = &c.freed[layout as usize];
        n.set(n.get() + 1)
    });
}

/// A copy of the counters.
pub fn snapshot() -> ObjectCounts {
    COUNTS.with(|c| ObjectCounts {
        allocated: c.allocated.iter().map(Cell::get).collect(),
        freed: c.freed.iter().map(Cell::get).collect(),
    })
}
