//! Name lookups of the dispatch loop: LoadName's locals → globals →
//! builtins search, stores into module and class namespaces, and the
//! NameError / UnboundLocalError messages of CPython 3.11.

use super::exc::{name_error, unbound_local_error};
use super::frame::Frame;
use super::ops::{self};
use super::{dictops, PyErr, PyResult, Vm};
use crate::object::{Obj, ObjRef};
use crate::types::func::CodeBody;
use crate::types::str::try_str;
use crate::types::types;

pub(crate) fn load_name(vm: &mut Vm, frame: &Frame, name: &ObjRef) -> PyResult<ObjRef> {
    if let Some(l) = &frame.locals {
        if let Some(v) = namespace_get(vm, l, name)? {
            return Ok(v);
        }
    }
    if let Some(v) = dictops::dict_get_str(&frame.globals, name) {
        return Ok(v);
    }
    if let Some(v) = dictops::dict_get_str(&vm.builtins, name) {
        return Ok(v);
    }
    Err(name_not_defined(name))
}

pub(crate) fn namespace_get(vm: &mut Vm, ns: &Obj, name: &ObjRef) -> PyResult<Option<ObjRef>> {
    if crate::types::dict::dict_body(ns).is_some() {
        return Ok(dictops::dict_get_str(ns, name));
    }
    match ops::getitem(vm, ns, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if crate::types::typeobj::is_subtype(e.0.ty(), &types().key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

pub(crate) fn store_in_namespace(vm: &mut Vm, ns: &Obj, name: ObjRef, v: ObjRef) -> PyResult<()> {
    if crate::types::dict::dict_body(ns).is_some() && !ops::is_heap_type_instance(ns) {
        return dictops::dict_set_str(ns, name, v);
    }
    ops::setitem(vm, ns, &name, v)
}

#[cold]
pub(crate) fn name_not_defined(name: &Obj) -> PyErr {
    name_error(format!(
        "name '{}' is not defined",
        try_str(name).unwrap_or("?")
    ))
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
