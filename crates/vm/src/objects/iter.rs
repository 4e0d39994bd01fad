//! Iterator objects: over sequences, ranges and dicts; the lazy built-ins
//! (`enumerate`, `zip`, `map`, `filter`, `reversed`, `iter(f, sentinel)`);
//! dict views; and generators, which own a suspended frame.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::int::new_int;
use crate::objects::list::list_body;
use crate::objects::registry::types;
use crate::objects::str::{new_str, try_str, StrBody};
use crate::objects::tuple::try_tuple_items;
use crate::objects::typeobject::is_subtype;
use crate::objects::{Layout, Traverse, VarSize};
use crate::protocol::iter;
use crate::vm::{PyResult, Vm};
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
    pub iters: crate::memory::heap::HVec<ObjRef>,
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
    pub iters: crate::memory::heap::HVec<ObjRef>,
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

pub(crate) fn iter_self(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(args[0].clone())
}

pub(crate) fn iter_next(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    match iter::next(vm, &args[0])? {
        Some(v) => Ok(v),
        None => Err(crate::objects::exception::stop_iteration(None)),
    }
}

pub(crate) fn seq_next(vm: &mut Vm, it: &Obj) -> PyResult<Option<ObjRef>> {
    let s = it.payload::<SeqIterBody>().expect("seq iterator");
    let i = s.index.get();
    let seq = match &*s.seq.borrow() {
        Some(seq) => seq.clone(),
        None => return Ok(None),
    };
    let item = match seq.layout() {
        Layout::List if !crate::protocol::object::is_heap_type_instance(&seq) => list_body(&seq)
            .expect("list")
            .items
            .borrow()
            .get(i)
            .cloned(),
        Layout::Tuple => try_tuple_items(&seq).expect("tuple").get(i).cloned(),
        Layout::Bytes => crate::objects::bytes::methods::item_at(&seq, i)?,
        Layout::Str => {
            let body = seq.payload::<StrBody>().expect("str");
            let text = try_str(&seq).expect("str");
            if body.is_ascii() {
                text.get(i..i + 1).map(new_str).transpose()?
            } else {
                // Index counts bytes for non-ASCII text.
                match text.get(i..).and_then(|r| r.chars().next()) {
                    Some(c) => {
                        s.index.set(i + c.len_utf8());
                        let mut buf = [0u8; 4];
                        return Ok(Some(new_str(c.encode_utf8(&mut buf))?));
                    }
                    None => None,
                }
            }
        }
        _ => {
            let idx = new_int(i as i64)?;
            match crate::protocol::subscript::getitem(vm, &seq, &idx) {
                Ok(v) => Some(v),
                Err(e)
                    if is_subtype(e.0.ty(), &types().index_error)
                        || is_subtype(e.0.ty(), &types().stop_iteration) =>
                {
                    None
                }
                Err(e) => return Err(e),
            }
        }
    };
    match item {
        Some(v) => {
            s.index.set(i + 1);
            Ok(Some(v))
        }
        None => {
            *s.seq.borrow_mut() = None;
            Ok(None)
        }
    }
}
