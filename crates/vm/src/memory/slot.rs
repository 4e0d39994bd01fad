//! [`ObjSlot`]: a rebindable object reference field, one word like the
//! `PyObject *` fields of CPython's objects (a cell's `ob_ref`), where a
//! `RefCell<Option<ObjRef>>` would take two and make the object's block
//! larger than CPython's.
//!
//! Invariant: no reference into the slot outlives a method call, and no
//! method runs code that could reach the slot while it holds one: `get`
//! only increments a refcount, `replace` swaps the value and hands the old
//! one back to be dropped by the caller after the slot is consistent again
//! (a `__del__` run by that drop sees the new value), and `visit` hands the
//! value to a collector visitor, which only reads and counts. The interpreter
//! is single-threaded and `ObjSlot` is neither `Send` nor `Sync`.

use crate::memory::object::{Obj, ObjRef};
use std::cell::UnsafeCell;

pub struct ObjSlot(UnsafeCell<Option<ObjRef>>);

impl ObjSlot {
    pub const fn new(v: Option<ObjRef>) -> ObjSlot {
        ObjSlot(UnsafeCell::new(v))
    }

    /// A new reference to the value.
    #[inline(always)]
    pub fn get(&self) -> Option<ObjRef> {
        // SAFETY: the shared reference lives for the clone only, an
        // increment that runs no other code (module invariant).
        unsafe { (*self.0.get()).clone() }
    }

    #[inline(always)]
    pub fn is_some(&self) -> bool {
        // SAFETY: a read of the discriminant, as for `get`.
        unsafe { (*self.0.get()).is_some() }
    }

    /// Stores `v`, returning the old value for the caller to drop.
    #[inline(always)]
    #[must_use]
    pub fn replace(&self, v: Option<ObjRef>) -> Option<ObjRef> {
        // SAFETY: the exclusive reference lives for the swap only, which
        // runs no other code; the old value leaves with the caller.
        unsafe { std::mem::replace(&mut *self.0.get(), v) }
    }

    #[inline(always)]
    #[must_use]
    pub fn take(&self) -> Option<ObjRef> {
        self.replace(None)
    }

    /// Stores `v` and then drops the old value.
    #[inline(always)]
    pub fn set(&self, v: Option<ObjRef>) {
        drop(self.replace(v));
    }

    /// Hands the value to a collector visitor (`Traverse::traverse`), which
    /// must not write the slot.
    #[inline]
    pub fn visit(&self, visit: &mut dyn FnMut(&Obj)) {
        // SAFETY: visitors only read and count (module invariant), so
        // nothing writes the slot while the reference is lent.
        if let Some(v) = unsafe { &*self.0.get() } {
            visit(v);
        }
    }
}
