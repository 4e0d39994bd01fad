//! `bool`: the two singletons `True` and `False`, instances of a subclass of
//! `int` sharing its layout (their value is the int's), and `bool(x)`.

use crate::memory::object::ObjRef;
use crate::objects::registry::types;
use crate::objects::typeobject::construct::TypeCall;
use crate::protocol::convert::{check_args, no_kwargs};
use crate::protocol::object;
use crate::vm::{PyResult, Vm};

/// Python `bool` object for a Rust bool.
#[inline(always)]
pub fn py_bool(b: bool) -> ObjRef {
    let t = types();
    if b {
        t.true_.clone()
    } else {
        t.false_.clone()
    }
}

/// `bool(x=False)`: the truth value of `x`.
pub(crate) fn bool_new(vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let (pos, _) = call.split();
    no_kwargs("bool", call.kwnames)?;
    check_args("bool", pos, 0, 1)?;
    Ok(py_bool(match pos.first() {
        Some(v) => object::truthy(vm, v)?,
        None => false,
    }))
}
