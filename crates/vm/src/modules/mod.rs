//! The modules: `builtins`, `sys`, `gc`, `math`, the import system, and the
//! standard library arenapy ships in its binary (`stdlib`). This file holds
//! what all native modules share: making a module object and filling it with
//! built-in functions, and finding a native module by name.

pub mod builtins;
pub mod gc;
pub mod import;
pub mod math;
pub mod stdlib;
pub mod sys;

use crate::memory::object::{Obj, ObjRef};
use crate::modules::gc::make_gc;
use crate::modules::math::make_math;
use crate::modules::sys::make_sys;
use crate::objects::dict;
use crate::objects::dict::ops;
use crate::objects::exception::type_error;
use crate::objects::function::builtin;
use crate::objects::function::builtin::{BuiltinKind, NativeFn};
use crate::objects::module::ModuleBody;
use crate::objects::str::{new_str, try_str};
use crate::vm::{PyResult, Vm};

pub(crate) fn set(m: &Obj, name: &str, v: ObjRef) -> PyResult<()> {
    let d = &m.payload::<ModuleBody>().expect("module").dict;
    ops::dict_set_str(d, new_str(name)?, v)
}

pub(crate) fn add_fns(
    m: &Obj,
    owner: &'static str,
    fns: &[(&'static str, NativeFn)],
) -> PyResult<()> {
    for (name, f) in fns {
        set(
            m,
            name,
            builtin::new_builtin(name, owner, *f, BuiltinKind::Function)?,
        )?;
    }
    Ok(())
}

/// A fresh native (Rust) module `name`, if there is one.
pub fn native_module(vm: &mut Vm, name: &str) -> PyResult<Option<ObjRef>> {
    Ok(Some(match name {
        "sys" => make_sys(vm)?,
        "gc" => make_gc()?,
        "math" => make_math()?,
        // The module over the interpreter's own builtins dict, so that
        // `builtins.x = v` is seen by every lookup of `x`.
        "builtins" => crate::memory::object::alloc_object(
            &crate::objects::registry::types().module,
            crate::objects::module::ModuleBody::new(
                crate::objects::str::new_str("builtins")?,
                vm.builtins.clone(),
            ),
            0,
        )?,
        _ => return stdlib::native_module(vm, name),
    }))
}

pub fn import_star(_vm: &mut Vm, m: &Obj, ns: &Obj) -> PyResult<()> {
    let d = &m
        .payload::<ModuleBody>()
        .ok_or_else(|| type_error("import * from a non-module"))?
        .dict;
    let entries: Vec<(ObjRef, ObjRef)> = dict::dict_body(d)
        .expect("dict")
        .table
        .borrow()
        .iter()
        .filter(|e| !try_str(e.key).unwrap_or("_").starts_with('_'))
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    for (k, v) in entries {
        ops::dict_set_str(ns, k, v)?;
    }
    Ok(())
}
