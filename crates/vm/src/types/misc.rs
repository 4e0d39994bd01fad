//! Small object layouts: `object()`, class instances, exceptions, the
//! singletons, `range`, `slice`, and modules.

use super::dict::DictTable;
use super::{Traverse, VarSize};
use crate::heap::HVec;
use crate::object::{Obj, ObjRef};
use std::cell::{Cell, OnceCell, RefCell};

/// A bare `object()`: nothing but the header.
pub struct ObjectBody;
impl Traverse for ObjectBody {}
impl VarSize for ObjectBody {}

/// An instance of a class statement's class: its attributes live in the
/// instance itself (as in CPython 3.11, where `__dict__` is materialised only
/// when asked for), so a cycle of two instances is two objects.
///
/// The first `obj.__dict__` (or `vars(obj)`) moves the inline attributes
/// into a real dict object, kept in `materialized`; from then on every
/// attribute access goes through that dict (it is then a separate tracked
/// object, as in CPython) and the inline table stays empty.
pub struct InstanceBody {
    pub dict: RefCell<DictTable>,
    pub materialized: OnceCell<ObjRef>,
    /// `__del__` has run (PEP 442: a finalizer runs at most once).
    pub finalized: Cell<bool>,
}
impl Traverse for InstanceBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(d) = self.dict.try_borrow() {
            d.traverse(visit);
        }
        if let Some(d) = self.materialized.get() {
            visit(d);
        }
    }
}

impl InstanceBody {
    pub fn new() -> InstanceBody {
        InstanceBody {
            dict: RefCell::new(DictTable::new()),
            materialized: OnceCell::new(),
            finalized: Cell::new(false),
        }
    }

    /// The attribute table: the materialised dict's, else the inline one.
    pub fn table(&self) -> &RefCell<DictTable> {
        match self.materialized.get() {
            Some(d) => &super::dict::dict_body(d).expect("dict").table,
            None => &self.dict,
        }
    }
}

impl Default for InstanceBody {
    fn default() -> Self {
        InstanceBody::new()
    }
}
impl VarSize for InstanceBody {}

/// One traceback entry: a code object and the instruction that was running.
pub struct TbEntry {
    pub code: ObjRef,
    pub instr: u32,
}

/// An exception instance (BaseException and every subclass).
pub struct ExceptionBody {
    pub args: RefCell<ObjRef>,
    pub dict: RefCell<DictTable>,
    /// Innermost frame last, as CPython prints them.
    pub traceback: RefCell<HVec<TbEntry>>,
    pub cause: RefCell<Option<ObjRef>>,
    pub context: RefCell<Option<ObjRef>>,
    pub suppress_context: Cell<bool>,
}
impl Traverse for ExceptionBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.args.borrow());
        if let Ok(d) = self.dict.try_borrow() {
            d.traverse(visit);
        }
        if let Some(c) = &*self.cause.borrow() {
            visit(c);
        }
        if let Some(c) = &*self.context.borrow() {
            visit(c);
        }
    }
}
impl VarSize for ExceptionBody {}

pub struct NoneBody;
impl Traverse for NoneBody {}
impl VarSize for NoneBody {}
pub struct NotImplementedBody;
impl Traverse for NotImplementedBody {}
impl VarSize for NotImplementedBody {}
pub struct EllipsisBody;
impl Traverse for EllipsisBody {}
impl VarSize for EllipsisBody {}

/// `range(start, stop, step)` with machine-word bounds.
pub struct RangeBody {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}
impl Traverse for RangeBody {}
impl VarSize for RangeBody {}

impl RangeBody {
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        n as i64
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn item(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

/// `slice(start, stop, step)`; absent parts are None.
pub struct SliceBody {
    pub start: ObjRef,
    pub stop: ObjRef,
    pub step: ObjRef,
}
impl Traverse for SliceBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.start);
        visit(&self.stop);
        visit(&self.step);
    }
}
impl VarSize for SliceBody {}

/// A module: its name and its namespace dict (the globals of its code).
pub struct ModuleBody {
    pub name: ObjRef,
    pub dict: ObjRef,
}
impl Traverse for ModuleBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.name);
        visit(&self.dict);
    }
}
impl VarSize for ModuleBody {}
