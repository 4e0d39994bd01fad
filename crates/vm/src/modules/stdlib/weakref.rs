//! `_weakref`: the native core of the `weakref` module (`weakref.py`):
//! `ref` (the native type, `objects::weakref`) and
//! `getweakrefcount`/`getweakrefs`. The table and the clearing rules are
//! `memory::weakref`.

use crate::memory::object::{Obj, ObjRef};
use crate::memory::weakref;
use crate::modules::add_fns;
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::module::new_module;
use crate::protocol::convert::check_args;
use crate::vm::{PyResult, Vm};

pub fn make() -> PyResult<ObjRef> {
    let m = new_module("_weakref")?;
    add_fns(
        &m,
        "_weakref",
        &[
            ("getweakrefcount", w_getweakrefcount),
            ("getweakrefs", w_getweakrefs),
        ],
    )?;
    crate::modules::set(&m, "ref", crate::objects::registry::types().weakref.clone())?;
    Ok(m)
}

fn w_getweakrefcount(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("getweakrefcount", args, 1, 1)?;
    Ok(new_int(weakref::refs_to(&args[0]).len() as i64)?)
}

fn w_getweakrefs(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("getweakrefs", args, 1, 1)?;
    Ok(new_list(weakref::refs_to(&args[0]))?)
}
