//! `float`: a C double in one block (CPython's `PyFloatObject`), kept on
//! its free list when freed.

pub mod arith;
pub mod hex;
pub mod methods;

use crate::memory::object::{alloc_builtin_object, Obj, ObjRef};
use crate::objects::registry::types;
use crate::objects::{Traverse, VarSize};
use arenapy_alloc::AllocError;

pub struct FloatBody {
    pub value: f64,
}
impl Traverse for FloatBody {}
impl VarSize for FloatBody {}

pub fn new_float(v: f64) -> Result<ObjRef, AllocError> {
    alloc_builtin_object(&types().float, FloatBody { value: v }, 0)
}

#[inline(always)]
pub fn float_value(obj: &Obj) -> Option<f64> {
    obj.payload::<FloatBody>().map(|b| b.value)
}

/// The value of an exact `float` (`PyFloat_CheckExact`): one comparison of
/// the type, no second look at the layout. For the specialised
/// instructions.
#[inline(always)]
pub fn exact_float_value(obj: &Obj, float_type: &Obj) -> Option<f64> {
    if !obj.ty().is(float_type) {
        return None;
    }
    // SAFETY: an object whose type is `float` itself has a FloatBody.
    Some(unsafe { obj.body_unchecked::<FloatBody>() }.value)
}
