//! The cycle collector's bookkeeping: three generations of GC-tracked
//! containers, linked through the [`GcHead`] in front of each object.
//!
//! Invariant: a tracked object is in exactly one generation list; it is
//! unlinked before its block is freed. The lists are circular with a
//! sentinel head owned here (in Rust's allocator: it is not an object).

use crate::memory::object::{GcHead, Obj};
use std::cell::{Cell, RefCell};

pub const NUM_GENERATIONS: usize = 3;

pub struct Generation {
    pub head: Box<GcHead>,
    /// Allocations minus deallocations since the last collection (gen 0),
    /// or collections of the younger generation (gens 1, 2): CPython's count.
    pub count: Cell<i64>,
    pub threshold: Cell<i64>,
}

pub struct GcState {
    pub generations: [Generation; NUM_GENERATIONS],
    /// `gc.freeze()`'s permanent generation: tracked objects the collector
    /// never examines until `gc.unfreeze()` moves them to the oldest one.
    pub permanent: Generation,
    pub enabled: Cell<bool>,
}

fn new_generation(threshold: i64) -> Generation {
    let head = Box::new(GcHead {
        next: Cell::new(std::ptr::null_mut()),
        prev: Cell::new(std::ptr::null_mut()),
    });
    let p = &*head as *const GcHead as *mut GcHead;
    head.next.set(p);
    head.prev.set(p);
    Generation {
        head,
        count: Cell::new(0),
        threshold: Cell::new(threshold),
    }
}

thread_local! {
    pub(crate) static GC: RefCell<Option<GcState>> = const { RefCell::new(None) };
}

pub fn install() {
    GC.with(|g| {
        *g.borrow_mut() = Some(GcState {
            generations: [new_generation(700), new_generation(10), new_generation(10)],
            permanent: new_generation(0),
            enabled: Cell::new(true),
        })
    });
}

pub fn uninstall() {
    GC.with(|g| *g.borrow_mut() = None);
}

/// Counts a new container towards generation 0's threshold (CPython's
/// `_PyObject_GC_Link`: every GC allocation counts, tracked or not).
#[inline]
pub fn note_alloc() {
    GC.with(|g| {
        if let Some(state) = &*g.borrow() {
            let gen0 = &state.generations[0];
            gen0.count.set(gen0.count.get() + 1);
        }
    });
}

/// Sets generation 0's count to zero (after start-up).
pub fn reset_count() {
    GC.with(|g| {
        if let Some(state) = &*g.borrow() {
            state.generations[0].count.set(0);
        }
    });
}

/// Uncounts a freed container (CPython's `PyObject_GC_Del`).
#[inline]
pub fn note_free() {
    GC.with(|g| {
        if let Some(state) = &*g.borrow() {
            let gen0 = &state.generations[0];
            if gen0.count.get() > 0 {
                gen0.count.set(gen0.count.get() - 1);
            }
        }
    });
}

/// Is `obj` in a generation list (`gc.is_tracked`)?
#[inline]
pub fn is_tracked(obj: &Obj) -> bool {
    obj.gc_head().is_some_and(|h| !h.prev.get().is_null())
}

/// CPython's `_PyObject_GC_MAY_BE_TRACKED`: could `obj` be part of a
/// cycle? A container, except a tuple the collector has untracked (its
/// items are all atomic) and the built-in types (immortal, never tracked:
/// CPython's static types are not GC objects).
pub fn may_be_tracked(obj: &Obj) -> bool {
    if !obj.is_gc() {
        return false;
    }
    match obj.layout() {
        crate::objects::Layout::Tuple => is_tracked(obj),
        crate::objects::Layout::Type => is_tracked(obj),
        _ => true,
    }
}

/// Links a container into generation 0 (no-op if already tracked).
pub fn track(obj: &Obj) {
    if is_tracked(obj) {
        return;
    }
    let Some(h) = obj.gc_head() else { return };
    GC.with(|g| {
        if let Some(state) = &*g.borrow() {
            let gen0 = &state.generations[0];
            let head = &*gen0.head as *const GcHead as *mut GcHead;
            let me = h as *const GcHead as *mut GcHead;
            // SAFETY: `head` is the live sentinel and its `prev` is a live
            // tracked object's GcHead (or the sentinel): the list invariant.
            unsafe {
                let last = (*head).prev.get();
                (*last).next.set(me);
                h.prev.set(last);
                h.next.set(head);
                (*head).prev.set(me);
            }
        }
    });
}

/// Unlinks a container from whatever generation holds it (a dying one, or
/// one the collector found holds no possible cycle).
pub fn untrack(obj: &Obj) {
    let Some(h) = obj.gc_head() else { return };
    let (prev, next) = (h.prev.get(), h.next.get());
    if prev.is_null() {
        return;
    }
    // SAFETY: a linked GcHead's neighbours are live GcHeads of the same
    // circular list (module invariant).
    unsafe {
        (*prev).next.set(next);
        (*next).prev.set(prev);
    }
    h.prev.set(std::ptr::null_mut());
    h.next.set(std::ptr::null_mut());
}
