//! Native weak reference objects (CPython's `PyWeakReference`,
//! `_PyWeakref_RefType`): 64 bytes and the GC head, one 80-byte block.
//! Who refers weakly to whom is kept in `memory::weakref`'s table (a
//! weak reference is registered there with its referent and reads it
//! back from there); the body keeps the callback and the cached hash, and
//! words for CPython's `wr_object`, `wr_prev`, `wr_next` and `vectorcall`
//! fields, so the block is CPython's.
//!
//! Class statements make them: each class's entry in its bases'
//! `__subclasses__` dict is one (`typeobject::subclasses`).

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::memory::slot::ObjSlot;
use crate::objects::registry::types;
use crate::objects::{Traverse, VarSize};
use crate::vm::PyResult;
use std::cell::Cell;

/// `wr_callback` and `hash`, then the words of CPython's other fields.
pub struct WeakRefBody {
    pub callback: ObjSlot,
    /// The referent's hash once asked for (-1: not yet), as CPython's.
    pub hash: Cell<i64>,
    _cpython: [usize; 4],
}

impl Traverse for WeakRefBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        self.callback.visit(visit);
    }

    fn clear(&self) {
        drop(self.callback.take());
    }
}
impl VarSize for WeakRefBody {}

/// A new weak reference of type `ty` to `referent`, calling `callback`
/// (None: no callback) with itself when the referent dies.
pub fn new_weakref_of(ty: &Obj, referent: &Obj, callback: Option<ObjRef>) -> PyResult<ObjRef> {
    let wr = alloc_object(
        ty,
        WeakRefBody {
            callback: ObjSlot::new(callback),
            hash: Cell::new(-1),
            _cpython: [0; 4],
        },
        0,
    )?;
    crate::memory::weakref::register(&wr, referent);
    Ok(wr)
}

/// A plain `weakref.ref(referent)` without a callback.
pub fn new_weakref(referent: &Obj) -> PyResult<ObjRef> {
    new_weakref_of(&types().weakref, referent, None)
}

/// The callback of `wr`, a native weak reference (None otherwise).
pub fn callback_of(wr: &Obj) -> Option<ObjRef> {
    wr.payload::<WeakRefBody>()?.callback.get()
}

const _: () = assert!(crate::memory::object::object_block_size::<WeakRefBody>(0) == 80);
