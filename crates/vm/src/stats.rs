//! Object counters: allocations and frees per layout, the VM's one place
//! where every object birth and death is observed.

use crate::types::Layout;
use std::cell::RefCell;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ObjectCounts {
    pub allocated: Vec<u64>,
    pub freed: Vec<u64>,
}

thread_local! {
    static COUNTS: RefCell<ObjectCounts> = RefCell::new(ObjectCounts {
        allocated: vec![0; Layout::ALL.len()],
        freed: vec![0; Layout::ALL.len()],
    });
}

#[inline]
pub fn note_alloc(layout: Layout) {
    COUNTS.with(|c| c.borrow_mut().allocated[layout as usize] += 1);
}

#[inline]
pub fn note_free(layout: Layout) {
    COUNTS.with(|c| c.borrow_mut().freed[layout as usize] += 1);
}

/// A copy of the counters.
pub fn snapshot() -> ObjectCounts {
    COUNTS.with(|c| c.borrow().clone())
}

pub fn reset() {
    COUNTS.with(|c| {
        let mut c = c.borrow_mut();
        c.allocated.iter_mut().for_each(|x| *x = 0);
        c.freed.iter_mut().for_each(|x| *x = 0);
    });
}
