//! `type.__subclasses__()` and the table behind it, CPython's
//! `tp_subclasses`: a dict in each base, keyed by the subclass's address
//! as an int, whose values are weak references to the subclasses. A class
//! statement adds its class to the dict of each of its bases
//! (`add_subclass`: one 32-byte int and one 80-byte weak reference per
//! base, and the dict's growth, as in CPython); a class's dealloc removes
//! it again (`remove_subclass`), as do `__bases__` assignments.
//!
//! A built-in type's dict outlives every class statement's class; it is
//! dropped at teardown ([`teardown`]), which remembers those types.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::dict::{dict_body, new_dict};
use crate::objects::int::new_int;
use crate::objects::typeobject::{flags, TypeBody};
use crate::objects::weakref::new_weakref;
use crate::vm::PyResult;
use std::cell::RefCell;

thread_local! {
    /// Built-in types whose `tp_subclasses` dict was made (immortal types,
    /// so borrowed pointers stay valid until teardown).
    static STATIC_BASES: RefCell<Vec<*const Obj>> = const { RefCell::new(Vec::new()) };
}

fn body(t: &Obj) -> &TypeBody {
    t.payload::<TypeBody>().expect("a type")
}

/// The key of `cls` (its address), with its hash: an int's hash is its
/// value below 2**61 - 1, which every address is.
fn key_of(cls: &Obj) -> PyResult<(ObjRef, i64)> {
    let addr = cls.id() as i64;
    Ok((new_int(addr)?, addr))
}

/// CPython's `add_subclass`: `base.__subclasses__` learns of `cls`.
pub fn add_subclass(base: &Obj, cls: &Obj) -> PyResult<()> {
    let b = body(base);
    let d = match b.subclasses.get() {
        Some(d) => d,
        None => {
            let d = new_dict()?;
            b.subclasses.set(Some(d.clone()));
            if !b.has_flag(flags::HEAPTYPE) {
                STATIC_BASES.with(|s| s.borrow_mut().push(base as *const Obj));
            }
            d
        }
    };
    let (key, h) = key_of(cls)?;
    let wr = new_weakref(cls)?;
    crate::objects::dict::maintain_tracking(&d, &key, &wr);
    let table = &dict_body(&d).expect("dict").table;
    let found = table.borrow().find(h, &key).ok().flatten();
    match found {
        Some(ix) => {
            let old = table.borrow_mut().replace_value(ix, wr);
            drop(old);
        }
        None => table.borrow_mut().insert_new(h, key, wr)?,
    }
    Ok(())
}

/// CPython's `remove_subclass`: drops `cls`'s entry from `base`'s dict.
pub fn remove_subclass(base: &Obj, cls: &Obj) {
    let Some(d) = body(base).subclasses.get() else {
        return;
    };
    let Ok((key, h)) = key_of(cls) else {
        return;
    };
    let table = &dict_body(&d).expect("dict").table;
    let found = table
        .try_borrow()
        .ok()
        .and_then(|t| t.find(h, &key).ok().flatten());
    if let Some(ix) = found {
        // Dropped after the borrow ends (the weak reference's dealloc).
        let old = table.try_borrow_mut().map(|mut t| t.remove_at(ix));
        drop(old);
    }
}

/// A class's dealloc: off its bases' dicts (CPython's type_dealloc →
/// remove_all_subclasses); its own dict goes with its body.
pub fn on_dealloc(cls: &Obj) {
    let b = body(cls);
    if !b.has_flag(flags::HEAPTYPE) {
        return;
    }
    let bases = b.bases();
    for base in crate::objects::tuple::tuple_items(&bases) {
        remove_subclass(base, cls);
    }
}

/// `cls.__subclasses__()`: the live subclasses, in the order they were
/// added. A built-in type lists the built-in types naming it as a base
/// first (CPython registers them at start-up; here they are found in the
/// registry, so start-up allocates nothing for them).
pub fn subclasses(cls: &Obj) -> Vec<ObjRef> {
    let mut out: Vec<ObjRef> = Vec::new();
    if !body(cls).has_flag(flags::HEAPTYPE) {
        for (_, t) in crate::objects::registry::all_types(crate::objects::registry::types()) {
            let bases = body(t).bases();
            if !t.is(cls)
                && crate::objects::tuple::tuple_items(&bases)
                    .iter()
                    .any(|b| b.is(cls))
            {
                out.push(t.clone());
            }
        }
    }
    let Some(d) = body(cls).subclasses.get() else {
        return out;
    };
    let refs: Vec<ObjRef> = dict_body(&d)
        .expect("dict")
        .table
        .borrow()
        .iter()
        .map(|e| e.value.clone())
        .collect();
    out.extend(
        refs.iter()
            .filter_map(|w| crate::memory::weakref::referent(w)),
    );
    out
}

/// Drops the dicts of the built-in types (interpreter teardown, after the
/// last collection: the classes still in them are leaked ones).
pub fn teardown() {
    let bases = STATIC_BASES.with(|s| std::mem::take(&mut *s.borrow_mut()));
    for b in bases {
        // SAFETY: built-in types are immortal until the registry is
        // uninstalled, which happens after this.
        let b = unsafe { &*b };
        drop(body(b).subclasses.take());
    }
}
