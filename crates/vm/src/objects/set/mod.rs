//! `set` and `frozenset`: the object (a body holding a [`table::SetTable`]),
//! making sets, `set(...)`/`frozenset(...)`, iteration and the repr. The
//! table is in [`table`], the algebra in [`ops`], the methods in
//! [`methods`].

pub mod methods;
pub mod ops;
pub mod table;

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::exception::runtime_error;
use crate::objects::registry::types;
use crate::objects::typeobject::construct::TypeCall;
use crate::objects::{Traverse, VarSize};
use crate::protocol::convert::{check_args, no_kwargs};
use crate::protocol::object::type_name;
use crate::protocol::repr::{enter, repr_string};
use crate::vm::{PyResult, Vm};
use arenapy_alloc::AllocError;
use std::cell::{Cell, RefCell};

/// A set or frozenset: CPython's open-addressed set table
/// ([`table`]), iterated in table order.
pub struct SetBody {
    pub table: RefCell<table::SetTable>,
    pub frozen: bool,
}

// CPython 3.11's `PySetObject` (`sizeof(PySetObject)` 200): header, the
// table fields and the inline small table of 8 slots.
const _: () = assert!(std::mem::size_of::<crate::memory::object::PyObject<SetBody>>() == 200);

impl Traverse for SetBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(t) = self.table.try_borrow() {
            t.traverse(visit);
        }
    }

    fn clear(&self) {
        let t = self.table.try_borrow_mut().map(|mut t| t.take_all());
        drop(t);
    }
}
impl VarSize for SetBody {}

pub fn new_set(frozen: bool) -> Result<ObjRef, AllocError> {
    let ty = if frozen {
        &types().frozenset
    } else {
        &types().set
    };
    alloc_object(
        ty,
        SetBody {
            table: RefCell::new(table::SetTable::new()),
            frozen,
        },
        0,
    )
}

/// The next key of a set iterator, in table order.
/// An iterator over a set's table (CPython's `setiterobject`: `si_set`,
/// `si_used`, `si_pos`, `len`; 64 bytes with the GC head).
pub struct SetIterBody {
    pub set: ObjRef,
    /// The size at the start: a change raises RuntimeError (`si_used`).
    pub len_at_start: usize,
    pub pos: Cell<usize>,
    /// Items not yet produced, for `__length_hint__` (`len`).
    pub remaining: Cell<usize>,
}
impl Traverse for SetIterBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.set);
    }
}
impl VarSize for SetIterBody {}

/// `next()` of a set iterator.
pub(crate) fn set_iter_next(it: &Obj) -> PyResult<Option<ObjRef>> {
    let d = it.payload::<SetIterBody>().expect("set iterator");
    let s = d.set.payload::<SetBody>().expect("set");
    let table = s.table.borrow();
    if table.len() != d.len_at_start {
        d.pos.set(usize::MAX);
        return Err(runtime_error("Set changed size during iteration"));
    }
    let mut pos = d.pos.get();
    while pos < table.slot_count() {
        if let Some((_, k)) = table.at(pos) {
            d.pos.set(pos + 1);
            d.remaining.set(d.remaining.get().saturating_sub(1));
            return Ok(Some(k.clone()));
        }
        pos += 1;
    }
    d.pos.set(pos);
    Ok(None)
}

/// `repr(set)` and `repr(frozenset)`: `{1, 2}`, `set()`, `frozenset({1})`, and the subclass name for subclasses.
pub(crate) fn set_repr(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    let body = o.payload::<SetBody>().expect("set");
    let name = type_name(o);
    let keys: Vec<ObjRef> = body.table.borrow().keys();
    if keys.is_empty() {
        return Ok(format!("{name}()"));
    }
    let Some(_g) = enter(o) else {
        return Ok(format!("{name}(...)"));
    };
    let mut parts = Vec::with_capacity(keys.len());
    for k in &keys {
        parts.push(repr_string(vm, k)?);
    }
    Ok(if body.frozen || !o.ty().is(&types().set) {
        format!("{name}({{{}}})", parts.join(", "))
    } else {
        format!("{{{}}}", parts.join(", "))
    })
}

/// `set(iterable)` and `frozenset(iterable)`; a frozenset argument of `frozenset()` is returned as it is.
pub(crate) fn set_new(vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let frozen = call.cls.is(&types().frozenset);
    let name = if frozen { "frozenset" } else { "set" };
    let (pos, _) = call.split();
    no_kwargs(name, call.kwnames)?;
    check_args(name, pos, 0, 1)?;
    if let Some(src) = pos.first() {
        if frozen && src.ty().is(&types().frozenset) {
            return Ok(src.clone());
        }
    }
    ops::make_new_set(vm, frozen, pos.first().map(|o| &**o))
}

/// `iter(set)`: an iterator over the table's slots that notices a change of
/// size (CPython's `setiterobject`).
pub(crate) fn set_iter(o: &Obj) -> PyResult<ObjRef> {
    let len = o.payload::<SetBody>().expect("set").table.borrow().len();
    Ok(alloc_object(
        &types().set_iterator,
        SetIterBody {
            set: o.to_ref(),
            len_at_start: len,
            pos: Cell::new(0),
            remaining: Cell::new(len),
        },
        0,
    )?)
}
