//! Iterator objects: over sequences, ranges and dicts; the lazy built-ins
//! (`enumerate`, `zip`, `map`, `filter`, `reversed`, `iter(f, sentinel)`);
//! dict views; and generators, which own a suspended frame.

use super::{Traverse, VarSize};
use crate::interp::frame::Frame;
use crate::object::{Obj, ObjRef};
use std::cell::{Cell, RefCell};

/// Iterates a list, tuple or str by index; `seq` is dropped when exhausted.
pub struct SeqIterBody {
    pub seq: RefCell<Option<ObjRef>>,
    pub index: Cell<usize>,
}
impl Traverse for SeqIterBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(s) = self.seq.try_borrow() {
            if let Some(s) = &*s {
                visit(s);
            }
        }
    }
}
impl VarSize for SeqIterBody {}

pub struct RangeIterBody {
    pub next: Cell<i64>,
    pub step: i64,
    pub remaining: Cell<i64>,
}
impl Traverse for RangeIterBody {}
impl VarSize for RangeIterBody {}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

/// Iterates a dict (or set) by entry position; raises RuntimeError if the
/// dict changes size meanwhile.
pub struct DictIterBody {
    pub dict: ObjRef,
    pub kind: DictIterKind,
    pub pos: Cell<usize>,
    pub len_at_start: usize,
}
impl Traverse for DictIterBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.dict);
    }
}
impl VarSize for DictIterBody {}

/// `dict.keys()`, `.values()`, `.items()`.
pub struct DictViewBody {
    pub dict: ObjRef,
    pub kind: DictIterKind,
}
impl Traverse for DictViewBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.dict);
    }
}
impl VarSize for DictViewBody {}

pub struct EnumerateBody {
    pub iter: ObjRef,
    pub count: Cell<i64>,
}
impl Traverse for EnumerateBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.iter);
    }
}
impl VarSize for EnumerateBody {}

pub struct ZipBody {
    /// The argument iterators (a heap buffer, like a list's items).
    pub iters: crate::heap::HVec<ObjRef>,
    pub strict: bool,
}
impl Traverse for ZipBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        for i in &self.iters {
            visit(i);
        }
    }
}
impl VarSize for ZipBody {}

pub struct MapBody {
    pub func: ObjRef,
    pub iters: crate::heap::HVec<ObjRef>,
}
impl Traverse for MapBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.func);
        for i in &self.iters {
            visit(i);
        }
    }
}
impl VarSize for MapBody {}

pub struct FilterBody {
    /// None means `filter(None, it)`: keep truthy items.
    pub func: Option<ObjRef>,
    pub iter: ObjRef,
}
impl Traverse for FilterBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Some(f) = &self.func {
            visit(f);
        }
        visit(&self.iter);
    }
}
impl VarSize for FilterBody {}

/// `reversed(seq)` over anything with `__len__` and `__getitem__`.
pub struct ReversedBody {
    pub seq: RefCell<Option<ObjRef>>,
    pub index: Cell<i64>,
}
impl Traverse for ReversedBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(s) = self.seq.try_borrow() {
            if let Some(s) = &*s {
                visit(s);
            }
        }
    }
}
impl VarSize for ReversedBody {}

/// `iter(callable, sentinel)`.
pub struct CallIterBody {
    pub func: RefCell<Option<ObjRef>>,
    pub sentinel: ObjRef,
}
impl Traverse for CallIterBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(f) = self.func.try_borrow() {
            if let Some(f) = &*f {
                visit(f);
            }
        }
        visit(&self.sentinel);
    }
}
impl VarSize for CallIterBody {}

/// A generator: the suspended frame of a generator function's code.
/// `frame` is None once the generator has finished.
pub struct GeneratorBody {
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    pub name: ObjRef,
    pub qualname: ObjRef,
}
impl Traverse for GeneratorBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(f) = self.frame.try_borrow() {
            if let Some(f) = &*f {
                f.traverse(visit);
            }
        }
        visit(&self.name);
        visit(&self.qualname);
    }
}
impl VarSize for GeneratorBody {}
