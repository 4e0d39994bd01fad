//! The methods of `type`: `mro`, `__init__`, `__call__`, `__prepare__`
//! (`type.__new__` is in [`super::metaclass`]).

use crate::memory::object::{Obj, ObjRef};
use crate::objects::exception::type_error;
use crate::objects::function::builtin;
use crate::objects::function::builtin::BuiltinKind;
use crate::objects::instance::none;
use crate::objects::registry::types;
use crate::objects::typeobject::{call, metaclass};
use crate::objects::{dict, list, typeobject, Layout};
use crate::vm::{PyResult, Vm};

fn type_mro(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let v: Vec<ObjRef> = typeobject::mro_iter(&args[0]).map(|o| o.to_ref()).collect();
    Ok(list::new_list(v)?)
}

/// `type.__subclasses__(cls)`: the live classes naming `cls` as a base.
fn type_subclasses(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    match args {
        [cls] if cls.layout() == Layout::Type => {
            Ok(list::new_list(typeobject::subclasses::subclasses(cls))?)
        }
        [o] => Err(type_error(format!(
            "descriptor '__subclasses__' for 'type' objects doesn't apply to a '{}' object",
            crate::protocol::object::type_name(o)
        ))),
        _ => Err(type_error(format!(
            "__subclasses__() takes no arguments ({} given)",
            args.len().saturating_sub(1)
        ))),
    }
}

/// `type.__init__(cls, ...)`: nothing to do (type.__new__ did the work).
fn type_init(_vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(none())
}

/// `type.__call__(cls, *args, **kwargs)`, reached from a metaclass's own
/// `__call__` through `super()`.
fn type_call(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    if args.first().is_none_or(|c| c.layout() != Layout::Type) {
        return Err(type_error("descriptor '__call__' requires a 'type' object"));
    }
    call::call_type_default(vm, &args[0], &args[1..], kw)
}

/// `type.__prepare__(name, bases, **kwds)`: an empty dict.
fn type_prepare(_vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(dict::new_dict()?)
}

/// Puts this type's built-in methods into its namespace (at start-up).
pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    let m = BuiltinKind::Method;
    builtin::install(
        &t.type_,
        "type",
        &[
            ("mro", type_mro),
            ("__subclasses__", type_subclasses),
            ("__init__", type_init),
            ("__call__", type_call),
        ],
        m,
    )?;
    builtin::install(
        &t.type_,
        "type",
        &[("__new__", metaclass::type_new)],
        BuiltinKind::StaticMethod,
    )?;
    builtin::install(
        &t.type_,
        "type",
        &[("__prepare__", type_prepare)],
        BuiltinKind::ClassMethod,
    )?;
    Ok(())
}
