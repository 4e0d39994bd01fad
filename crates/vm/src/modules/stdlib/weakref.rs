//! `_weakref`: the native core of the `weakref` module (`weakref.py`):
//! registering a `weakref.ref` instance with its referent, reading the
//! referent back, and `getweakrefcount`/`getweakrefs`. The table and the
//! clearing rules are `memory::weakref`.

use crate::memory::object::{Obj, ObjRef};
use crate::memory::weakref;
use crate::modules::add_fns;
use crate::objects::exception::type_error;
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::module::new_module;
use crate::protocol::convert::check_args;
use crate::protocol::object::type_name;
use crate::vm::{PyResult, Vm};

pub fn make() -> PyResult<ObjRef> {
    let m = new_module("_weakref")?;
    add_fns(
        &m,
        "_weakref",
        &[
            ("_register", w_register),
            ("_referent", w_referent),
            ("getweakrefcount", w_getweakrefcount),
            ("getweakrefs", w_getweakrefs),
        ],
    )?;
    crate::modules::set(&m, "ref", crate::objects::registry::types().weakref.clone())?;
    Ok(m)
}

/// `_register(ref, obj)`: `ref` (a new `weakref.ref`) now refers to `obj`.
fn w_register(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("_register", args, 2, 2)?;
    if !weakref::supports(&args[1]) {
        return Err(type_error(format!(
            "cannot create weak reference to '{}' object",
            type_name(&args[1])
        )));
    }
    weakref::register(&args[0], &args[1]);
    Ok(vm.none())
}

/// `_referent(ref)`: the referent, or None once it has died.
fn w_referent(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("_referent", args, 1, 1)?;
    Ok(weakref::referent(&args[0]).unwrap_or_else(|| vm.none()))
}

fn w_getweakrefcount(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("getweakrefcount", args, 1, 1)?;
    Ok(new_int(weakref::refs_to(&args[0]).len() as i64)?)
}

fn w_getweakrefs(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("getweakrefs", args, 1, 1)?;
    Ok(new_list(weakref::refs_to(&args[0]))?)
}
