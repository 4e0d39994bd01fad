//! The methods of `type`: `mro`, `__init__`, `__call__`, `__prepare__`,
//! `__instancecheck__`, `__subclasscheck__` (`type.__new__` is in
//! [`super::metaclass`]).

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

fn check_self_type(args: &[ObjRef], name: &str) -> PyResult<()> {
    if args[0].layout() != Layout::Type {
        return Err(type_error(format!(
            "descriptor '{name}' requires a 'type' object but received a '{}'",
            crate::protocol::object::type_name(&args[0])
        )));
    }
    crate::protocol::convert::check_method_args("type", name, &args[1..], 1)
}

/// `type.__instancecheck__(cls, obj)`: the check without any hook
/// (CPython's `_PyObject_RealIsInstance`): obj's type, or a class its
/// `__class__` claims, derives from cls.
fn type_instancecheck(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_self_type(args, "__instancecheck__")?;
    let (cls, x) = (&args[0], &args[1]);
    if typeobject::is_subtype(x.ty(), cls) {
        return Ok(crate::objects::bool::py_bool(true));
    }
    let claimed = crate::protocol::attr::get_attr_opt(vm, x, "__class__")?;
    let r = claimed.is_some_and(|c| {
        c.layout() == Layout::Type && !c.is(x.ty()) && typeobject::is_subtype(&c, cls)
    });
    Ok(crate::objects::bool::py_bool(r))
}

/// `type.__subclasscheck__(cls, sub)`: the check without any hook
/// (CPython's `_PyObject_RealIsSubclass`).
fn type_subclasscheck(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_self_type(args, "__subclasscheck__")?;
    let (cls, sub) = (&args[0], &args[1]);
    if sub.layout() != Layout::Type {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    Ok(crate::objects::bool::py_bool(typeobject::is_subtype(
        sub, cls,
    )))
}

/// `type.__or__(other)` / `type.__ror__(other)`: a `types.UnionType`
/// (`int | None`), NotImplemented for operands that make none.
fn type_or_slot(vm: &mut Vm, args: &[ObjRef], reflected: bool) -> PyResult<ObjRef> {
    crate::protocol::convert::check_slot_args(&args[1..], 1)?;
    let (a, b) = if reflected {
        (&args[1], &args[0])
    } else {
        (&args[0], &args[1])
    };
    let r = crate::protocol::number::binary_builtin(
        vm,
        arenapy_compiler::opcode::BinaryOperator::Or,
        a,
        b,
    )?;
    Ok(r.unwrap_or_else(|| types().not_implemented.clone()))
}

fn type_or(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    type_or_slot(vm, args, false)
}

fn type_ror(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    type_or_slot(vm, args, true)
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
            ("__instancecheck__", type_instancecheck),
            ("__subclasscheck__", type_subclasscheck),
            ("__or__", type_or),
            ("__ror__", type_ror),
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
