//! TODO

use crate::memory::object::ObjRef;
use crate::objects::registry::types;

/// Python `bool` object for a Rust bool.
#[inline(always)]
pub fn py_bool(b: bool) -> ObjRef {
    let t = types();
    if b {
        t.true_.clone()
    } else {
        t.false_.clone()
    }
}
