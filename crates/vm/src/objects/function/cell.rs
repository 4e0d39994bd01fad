//! Cells: the boxes that hold variables shared between a function and the
//! functions nested in it (CPython's `PyCellObject`).

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::registry::types;
use crate::objects::{Traverse, VarSize};
use crate::vm::PyResult;
use std::cell::RefCell;

pub struct CellBody {
    pub value: RefCell<Option<ObjRef>>,
}

impl Traverse for CellBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(v) = self.value.try_borrow() {
            if let Some(v) = &*v {
                visit(v);
            }
        }
    }

    fn clear(&self) {
        let v = self.value.try_borrow_mut().map(|mut v| v.take());
        drop(v);
    }
}
impl VarSize for CellBody {}

pub fn new_cell(v: Option<ObjRef>) -> PyResult<ObjRef> {
    Ok(alloc_object(
        &types().cell,
        CellBody {
            value: RefCell::new(v),
        },
        0,
    )?)
}
