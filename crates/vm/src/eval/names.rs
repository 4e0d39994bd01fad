//! Name lookups of the dispatch loop: LoadGlobal through its inline cache,
//! LoadName's locals → globals → builtins search, stores into module and
//! class namespaces, and the NameError / UnboundLocalError messages of
//! CPython 3.11.

use crate::eval::frame::Frame;
use crate::memory::object::{Obj, ObjRef};
use crate::objects::dict::{dict_body, ops};
use crate::objects::exception::{name_error, unbound_local_error};
use crate::objects::function::code::{CodeBody, GlobalCache};
use crate::objects::registry::types;
use crate::objects::str::try_str;
use crate::objects::{dict, typeobject};
use crate::protocol::{object, subscript};
use crate::vm::{PyErr, PyResult, Vm};

pub(crate) fn load_name(vm: &mut Vm, frame: &Frame, name: &ObjRef) -> PyResult<ObjRef> {
    if let Some(l) = &frame.locals {
        if let Some(v) = namespace_get(vm, l, name)? {
            return Ok(v);
        }
    }
    if let Some(v) = ops::dict_get_str(&frame.globals, name) {
        return Ok(v);
    }
    if let Some(v) = ops::dict_get_str(&vm.builtins, name) {
        return Ok(v);
    }
    Err(name_not_defined(name, &frame.globals))
}

fn namespace_get(vm: &mut Vm, ns: &Obj, name: &ObjRef) -> PyResult<Option<ObjRef>> {
    if dict::dict_body(ns).is_some() {
        return Ok(ops::dict_get_str(ns, name));
    }
    match subscript::getitem(vm, ns, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if typeobject::is_subtype(e.0.ty(), &types().key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

pub(crate) fn store_in_namespace(vm: &mut Vm, ns: &Obj, name: ObjRef, v: ObjRef) -> PyResult<()> {
    if dict::dict_body(ns).is_some() && !object::is_heap_type_instance(ns) {
        return ops::dict_set_str(ns, name, v);
    }
    subscript::setitem(vm, ns, &name, v)
}

/// `NameError: name 'x' is not defined`, remembering the name for the
/// traceback's "Did you mean" (which finds the globals again from the
/// traceback's code, see `eval::suggestions`).
#[cold]
pub(crate) fn name_not_defined(name: &Obj, globals: &Obj) -> PyErr {
    let e = name_error(format!(
        "name '{}' is not defined",
        try_str(name).unwrap_or("?")
    ));
    crate::objects::exception_members::set(&e.0, "name", Some(name.to_ref()));
    let _ = globals;
    e
}

#[cold]
pub(crate) fn unbound_local(code: &CodeBody, idx: u32) -> PyErr {
    unbound_local_error(format!(
        "cannot access local variable '{}' where it is not associated with a value",
        code.code.varnames[idx as usize]
    ))
}

pub(crate) fn deref_name(code: &CodeBody, idx: u32) -> String {
    let c = &code.code;
    let i = idx as usize;
    if i < c.cellvars.len() {
        c.cellvars[i].to_string()
    } else {
        c.freevars[i - c.cellvars.len()].to_string()
    }
}

#[cold]
pub(crate) fn unbound_deref(code: &CodeBody, idx: u32) -> PyErr {
    let name = deref_name(code, idx);
    if (idx as usize) < code.code.cellvars.len() {
        unbound_local_error(format!(
            "cannot access local variable '{name}' where it is not associated with a value"
        ))
    } else {
        name_error(format!(
            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
        ))
    }
}

/// LoadGlobal through the code object's inline cache (see
/// [`crate::objects::function::code::GlobalCache`]).
#[inline(always)]
pub(crate) fn load_global(vm: &Vm, globals: &Obj, code: &CodeBody, arg: u32) -> PyResult<ObjRef> {
    match cached_global(vm, globals, &code.caches.globals[arg as usize]) {
        Some(v) => Ok(v),
        None => load_global_slow(vm, globals, code, arg),
    }
}

/// The value `cache` holds for LoadGlobal in `globals`, while the dicts'
/// versions are the recorded ones.
#[inline(always)]
pub(crate) fn cached_global(vm: &Vm, globals: &Obj, cache: &GlobalCache) -> Option<ObjRef> {
    if table_version(globals)? != cache.globals_version.get() {
        return None;
    }
    let bv = cache.builtins_version.get();
    if bv != GlobalCache::IN_GLOBALS && table_version(&vm.builtins)? != bv {
        return None;
    }
    // SAFETY: the versions of the dicts the slot was recorded from were
    // checked just now.
    unsafe { cache.cached_value() }.cloned()
}

/// A dict's version stamp, read without taking a borrow of its table
/// (a LoadGlobal costs one comparison); `None` for a dict being changed
/// right now, or for a non-dict.
#[inline(always)]
fn table_version(d: &Obj) -> Option<u64> {
    let body = dict_body(d)?;
    // SAFETY: the shared reference is used for one read of the version,
    // and nothing can change the table during that read.
    let table = unsafe { body.table.try_borrow_unguarded() }.ok()?;
    Some(table.version)
}

#[cold]
#[inline(never)]
fn load_global_slow(vm: &Vm, globals: &Obj, code: &CodeBody, arg: u32) -> PyResult<ObjRef> {
    let name = &code.names[arg as usize];
    let cache = &code.caches.globals[arg as usize];
    let gt = dict_body(globals).expect("dict").table.borrow();
    if let Some(ix) = gt.find_str(name) {
        cache.globals_version.set(gt.version);
        cache.builtins_version.set(GlobalCache::IN_GLOBALS);
        cache.record(&gt, ix);
        return Ok(gt.entry(ix).expect("live entry").value.clone());
    }
    let bt = dict_body(&vm.builtins).expect("dict").table.borrow();
    if let Some(ix) = bt.find_str(name) {
        cache.globals_version.set(gt.version);
        cache.builtins_version.set(bt.version);
        cache.record(&bt, ix);
        return Ok(bt.entry(ix).expect("live entry").value.clone());
    }
    Err(name_not_defined(name, globals))
}
