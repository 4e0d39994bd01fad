//! TODO

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::registry::types;
use crate::objects::{Traverse, VarSize};
use crate::vm::PyResult;

/// A bound method: a function and the instance it was looked up on.
pub struct MethodBody {
    pub func: ObjRef,
    pub self_: ObjRef,
}

impl Traverse for MethodBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.func);
        visit(&self.self_);
    }
}
impl VarSize for MethodBody {}

pub fn new_method(func: &Obj, self_: &Obj) -> PyResult<ObjRef> {
    Ok(alloc_object(
        &types().method,
        MethodBody {
            func: func.to_ref(),
            self_: self_.to_ref(),
        },
        0,
    )?)
}
