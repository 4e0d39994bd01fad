//! The `__dict__` of instances of class statements derived from built-in
//! types other than `object` (`class L(list)`, `class I(int)`): CPython
//! gives such a subtype a dict slot after the built-in's body
//! (`tp_dictoffset`); here the body has no room for it, so the dicts live in
//! a side table keyed by the instance's address, made on the first
//! attribute store or `__dict__` read. The instance owns its entry: its
//! dealloc removes it ([`forget`]), the collector sees the dict as one of
//! its references ([`traverse`]) and clears it with the instance
//! ([`clear`]).
//!
//! Only layouts whose heap subtypes are tracked by the collector take part,
//! so a dict holding its own instance is always collectable; `__slots__`
//! without `"__dict__"` along the MRO (the SLOTS flag) means no dict, as in
//! CPython.
//!
//! The values of named `__slots__` of such a subtype (`class L(list):
//! __slots__ = ('a',)`, which CPython stores after the built-in's body)
//! live in the same entry, indexed as the member descriptors say
//! ([`slot_get`], [`slot_set`]); the instance owns them as it owns its dict.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::dict::{dict_body, new_dict};
use crate::objects::exception::type_error;
use crate::objects::typeobject::flags;
use crate::objects::Layout;
use crate::protocol::object::type_name;
use crate::vm::PyResult;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// What one instance keeps here: its dict and its slot values.
#[derive(Default)]
struct Side {
    dict: Option<ObjRef>,
    slots: Vec<Option<ObjRef>>,
}

thread_local! {
    static DICTS: RefCell<HashMap<usize, Side>> = RefCell::new(HashMap::new());
    /// Any entry at all: deallocs and traversals skip the table otherwise.
    static ANY: Cell<bool> = const { Cell::new(false) };
}

/// Can instances of `obj`'s class have a side dict?
#[inline]
pub fn eligible(obj: &Obj) -> bool {
    let layout = obj.layout();
    if matches!(
        layout,
        Layout::Instance
            | Layout::Exception
            | Layout::Type
            | Layout::Function
            | Layout::Module
            | Layout::Object
    ) {
        return false;
    }
    let tb = obj.type_body();
    tb.has_flag(flags::HEAPTYPE)
        && !tb.has_flag(flags::SLOTS)
        && (layout.is_gc() || layout.heap_subtype_gc())
}

/// The instance's dict, if it has been made.
#[inline]
pub fn get(obj: &Obj) -> Option<ObjRef> {
    if !ANY.with(|a| a.get()) {
        return None;
    }
    DICTS.with(|d| d.borrow().get(&obj.id()).and_then(|s| s.dict.clone()))
}

/// The instance's dict, made empty on first use (`eligible` objects only).
pub fn get_or_make(obj: &Obj) -> PyResult<ObjRef> {
    if let Some(d) = get(obj) {
        return Ok(d);
    }
    let d = new_dict()?;
    DICTS.with(|t| t.borrow_mut().entry(obj.id()).or_default().dict = Some(d.clone()));
    ANY.with(|a| a.set(true));
    Ok(d)
}

/// `obj.__dict__ = d` (None: `del obj.__dict__`), with CPython's checks.
pub fn set_dict(obj: &Obj, value: Option<ObjRef>) -> PyResult<()> {
    let Some(d) = value else {
        return Err(type_error("cannot delete __dict__"));
    };
    if dict_body(&d).is_none() {
        return Err(type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            type_name(&d)
        )));
    }
    let old = DICTS.with(|t| t.borrow_mut().entry(obj.id()).or_default().dict.replace(d));
    ANY.with(|a| a.set(true));
    // The old dict may hold the last reference to anything: dropped after
    // the table's borrow ends.
    drop(old);
    Ok(())
}

/// Can instances of `obj`'s class hold named slots here (a class
/// statement's subclass of a built-in type the collector tracks)?
#[inline]
fn slots_eligible(obj: &Obj) -> bool {
    let layout = obj.layout();
    !matches!(
        layout,
        Layout::Instance | Layout::Type | Layout::Function | Layout::Module | Layout::Object
    ) && obj.type_body().has_flag(flags::HEAPTYPE)
        && (layout.is_gc() || layout.heap_subtype_gc())
}

/// The value of slot `i` of `obj` (None: unset).
pub fn slot_get(obj: &Obj, i: usize) -> Option<ObjRef> {
    if !ANY.with(|a| a.get()) {
        return None;
    }
    DICTS.with(|d| {
        d.borrow()
            .get(&obj.id())
            .and_then(|s| s.slots.get(i).cloned().flatten())
    })
}

/// Sets or clears slot `i` of `obj`, returning the old value (dropped by
/// the caller, outside the table's borrow).
pub fn slot_set(obj: &Obj, i: usize, value: Option<ObjRef>) -> PyResult<Option<ObjRef>> {
    if !slots_eligible(obj) {
        return Err(type_error(format!(
            "'{}' object cannot hold slots",
            type_name(obj)
        )));
    }
    if value.is_none() && slot_get(obj, i).is_none() {
        return Ok(None);
    }
    let old = DICTS.with(|t| {
        let mut t = t.borrow_mut();
        let side = t.entry(obj.id()).or_default();
        if side.slots.len() <= i {
            side.slots.resize(i + 1, None);
        }
        std::mem::replace(&mut side.slots[i], value)
    });
    ANY.with(|a| a.set(true));
    Ok(old)
}

/// Takes the instance's dict out of the table (its dealloc, or `tp_clear`).
#[inline]
pub fn forget(obj: &Obj) {
    if !ANY.with(|a| a.get()) {
        return;
    }
    let old = DICTS.with(|t| {
        t.try_borrow_mut()
            .ok()
            .and_then(|mut t| t.remove(&obj.id()))
    });
    drop(old);
}

/// The collector's view: the dict and the slot values are among the
/// instance's references.
#[inline]
pub fn traverse(obj: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if !ANY.with(|a| a.get()) {
        return;
    }
    // Visited in place: a clone would change the dict's refcount while the
    // collector counts references.
    DICTS.with(|t| {
        if let Ok(t) = t.try_borrow() {
            if let Some(s) = t.get(&obj.id()) {
                s.dict
                    .iter()
                    .chain(s.slots.iter().flatten())
                    .for_each(|d| visit(d));
            }
        }
    });
}

/// Drops every entry (interpreter teardown, after the last collection).
pub fn reset() {
    let all: Vec<Side> = DICTS.with(|t| t.borrow_mut().drain().map(|(_, d)| d).collect());
    drop(all);
    ANY.with(|a| a.set(false));
}
