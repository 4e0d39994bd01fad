//! `bytes`: an immutable byte string stored inline after the body, like
//! CPython's `PyBytesObject` (`ob_shash` plus `ob_sval`, one block).
//!
//! Invariant: the trailing storage is `len` bytes followed by a NUL; `hash`
//! is -1 until computed.

pub mod methods;
pub mod percent;
pub mod text;

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::registry::types;
use crate::objects::{Traverse, VarSize};
use arenapy_alloc::AllocError;
use std::cell::Cell;

pub struct BytesBody {
    hash: Cell<i64>,
    len: usize,
}

impl Traverse for BytesBody {}
impl VarSize for BytesBody {
    fn subtype_items(&self) -> usize {
        self.len
    }
    fn trailing_size(obj: &Obj) -> usize {
        // SAFETY: only called on bytes objects (dispatch by layout).
        unsafe { obj.body_unchecked::<BytesBody>() }.len + 1
    }
}

impl BytesBody {
    pub fn cached_hash(&self) -> Option<i64> {
        let h = self.hash.get();
        (h != -1).then_some(h)
    }
    pub fn set_hash(&self, h: i64) {
        self.hash.set(h)
    }
}

/// A new bytes object holding `data`.
pub fn new_bytes(data: &[u8]) -> Result<ObjRef, AllocError> {
    new_bytes_in(&types().bytes, data)
}

/// A new object of type `ty` (bytes or a subclass) holding `data`.
pub fn new_bytes_in(ty: &Obj, data: &[u8]) -> Result<ObjRef, AllocError> {
    let body = BytesBody {
        hash: Cell::new(-1),
        len: data.len(),
    };
    let obj = alloc_object(ty, body, data.len() + 1)?;
    let dst = obj.trailing_ptr::<BytesBody>();
    // SAFETY: alloc_object reserved data.len() + 1 trailing bytes at dst.
    unsafe {
        std::ptr::copy_nonoverlapping(data.as_ptr(), dst, data.len());
        *dst.add(data.len()) = 0;
    }
    Ok(obj)
}

/// The contents of `obj` if it is a bytes object.
#[inline]
pub fn try_bytes(obj: &Obj) -> Option<&[u8]> {
    let body = obj.payload::<BytesBody>()?;
    let p = obj.trailing_ptr::<BytesBody>();
    // SAFETY: a bytes object's trailing storage holds `len` initialised bytes
    // (module invariant), alive as long as the object.
    Some(unsafe { std::slice::from_raw_parts(p, body.len) })
}
