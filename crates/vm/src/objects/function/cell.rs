//! Cells: the boxes that hold variables shared between a function and the
//! functions nested in it (CPython's `PyCellObject`).

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::memory::slot::ObjSlot;
use crate::objects::registry::types;
use crate::objects::{Traverse, VarSize};
use crate::vm::PyResult;

/// `ob_ref`: one word, so a cell's block is CPython's 40 bytes (GC head,
/// header, reference).
pub struct CellBody {
    pub value: ObjSlot,
}

impl Traverse for CellBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        self.value.visit(visit);
    }

    fn clear(&self) {
        self.value.set(None);
    }
}
impl VarSize for CellBody {}

pub fn new_cell(v: Option<ObjRef>) -> PyResult<ObjRef> {
    Ok(alloc_object(
        &types().cell,
        CellBody {
            value: ObjSlot::new(v),
        },
        0,
    )?)
}
