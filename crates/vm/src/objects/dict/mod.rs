//! `dict`: the object (a body holding a [`table::DictTable`]), making dicts,
//! `dict(...)` and the repr. The table is in [`table`], lookups that may run
//! Python code in [`ops`], the methods in [`methods`] and the views and
//! their iterators in [`views`].

pub mod keys;
pub mod methods;
pub mod ops;
pub mod shared;
pub mod table;
pub mod views;

use crate::memory::gc;
use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::dict::table::DictTable;
use crate::objects::registry::types;
use crate::objects::str::new_str;
use crate::objects::typeobject::construct::TypeCall;
use crate::objects::{Traverse, VarSize};
use crate::protocol::convert::check_args;
use crate::protocol::repr::{enter, repr_string};
use crate::vm::{PyResult, Vm};
use arenapy_alloc::AllocError;
use std::cell::RefCell;

pub struct DictBody {
    pub table: RefCell<DictTable>,
}

impl Traverse for DictBody {
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
impl VarSize for DictBody {}

/// CPython's `MAINTAIN_TRACKING`: an exact dict is created untracked and
/// joins the collector's lists when it first takes a key or value that
/// could be part of a cycle ([`gc::may_be_tracked`]). A dict of atomic
/// values (`{"a": 1}`) can never be in a cycle, so the collector never
/// looks at it. Every path that inserts into a dict object's table calls
/// this; the collector untracks again in a full collection a dict whose
/// entries have all become atomic.
#[inline]
pub fn maintain_tracking(d: &Obj, key: &Obj, value: &Obj) {
    if !gc::is_tracked(d) && (gc::may_be_tracked(value) || gc::may_be_tracked(key)) {
        gc::track(d);
    }
}

/// Tracks a dict made from a whole table if any entry needs it.
fn track_if_needed(d: &Obj, table: &DictTable) {
    if table
        .iter()
        .any(|e| gc::may_be_tracked(e.value) || gc::may_be_tracked(e.key))
    {
        gc::track(d);
    }
}

/// May every key and value of `table` be left out of the collector (the
/// dict holds no possible cycle)? `_PyDict_MaybeUntrack`'s test.
pub fn all_atomic(table: &DictTable) -> bool {
    !table
        .iter()
        .any(|e| gc::may_be_tracked(e.value) || gc::may_be_tracked(e.key))
}

pub fn new_dict() -> Result<ObjRef, AllocError> {
    alloc_object(
        &types().dict,
        DictBody {
            table: RefCell::new(DictTable::new()),
        },
        0,
    )
}

pub fn new_dict_from_table(table: DictTable) -> Result<ObjRef, AllocError> {
    let d = alloc_object(
        &types().dict,
        DictBody {
            table: RefCell::new(table),
        },
        0,
    )?;
    track_if_needed(&d, &dict_body(&d).expect("dict").table.borrow());
    Ok(d)
}

#[inline]
pub fn dict_body(obj: &Obj) -> Option<&DictBody> {
    obj.payload::<DictBody>()
}

/// The dict's entries as owned pairs, so that code run for each (a
/// `__repr__`, an `__eq__`) may change the dict while they are visited.
pub(crate) fn dict_pairs(d: &Obj) -> Vec<(ObjRef, ObjRef)> {
    dict_body(d)
        .expect("dict")
        .table
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect()
}

/// `repr(dict)`: `{'a': 1}`, and `{...}` for a dict inside itself.
pub(crate) fn dict_repr(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    let Some(_g) = enter(o) else {
        return Ok("{...}".into());
    };
    let entries = dict_pairs(o);
    let mut parts = Vec::with_capacity(entries.len());
    for (k, v) in &entries {
        parts.push(format!("{}: {}", repr_string(vm, k)?, repr_string(vm, v)?));
    }
    Ok(format!("{{{}}}", parts.join(", ")))
}

/// `dict(mapping_or_pairs, **kwargs)`.
pub(crate) fn dict_new(vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let (pos, kws) = call.split();
    check_args("dict", pos, 0, 1)?;
    let d = new_dict()?;
    if let Some(src) = pos.first() {
        ops::dict_update(vm, &d, src)?;
    }
    for (k, v) in kws {
        ops::dict_set(vm, &d, new_str(k)?, v.clone())?;
    }
    Ok(d)
}

/// `dict | dict` (a merged copy) and `dict |= dict` (PEP 584).
pub(crate) fn dict_or(vm: &mut Vm, a: &Obj, b: &Obj, in_place: bool) -> PyResult<ObjRef> {
    let target = if in_place {
        a.to_ref()
    } else {
        ops::dict_copy(a)?
    };
    ops::dict_update(vm, &target, b)?;
    Ok(target)
}
