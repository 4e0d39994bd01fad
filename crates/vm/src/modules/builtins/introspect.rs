//! The introspection built-ins: `isinstance` and `issubclass` (with
//! `__instancecheck__`/`__subclasscheck__` hooks and tuples of classes),
//! `callable`, `getattr`/`setattr`/`delattr`/`hasattr`, `vars`, `dir`,
//! `globals` and `locals`.

use crate::eval::frame_request;
use crate::eval::frame_request::FrameRequest;
use crate::memory::object::{Obj, ObjRef};
use crate::objects::bool::py_bool;
use crate::objects::exception::type_error;
use crate::objects::list::new_list;
use crate::objects::registry::types;
use crate::objects::str::{new_str, try_str};
use crate::objects::tuple::try_tuple_items;
use crate::objects::typeobject::{is_subtype, TypeBody};
use crate::objects::{typeobject, Layout};
use crate::protocol::convert::check_args;
use crate::protocol::object::type_name;
use crate::protocol::{attr, object};
use crate::vm::{PyResult, Vm};

/// `isinstance(x, cls_or_tuple)` as a Rust bool.
pub fn isinstance(x: &Obj, spec: &Obj) -> PyResult<bool> {
    if let Some(items) = try_tuple_items(spec) {
        for i in items {
            if isinstance(x, i)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if spec.payload::<TypeBody>().is_none() {
        return Err(type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        ));
    }
    Ok(is_subtype(x.ty(), spec))
}

pub(crate) fn bi_isinstance(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("isinstance", args, 2, 2)?;
    Ok(py_bool(check_with_hook(vm, &args[0], &args[1], false)?))
}

pub(crate) fn bi_issubclass(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("issubclass", args, 2, 2)?;
    Ok(py_bool(check_with_hook(vm, &args[0], &args[1], true)?))
}

/// isinstance / issubclass: a tuple is any of its items; a class whose
/// metaclass defines `__instancecheck__` / `__subclasscheck__` (abc.ABCMeta)
/// decides for itself unless the answer is plain.
fn check_with_hook(vm: &mut Vm, x: &Obj, spec: &Obj, sub: bool) -> PyResult<bool> {
    if let Some(items) = try_tuple_items(spec) {
        for i in items {
            if check_with_hook(vm, x, i, sub)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    // Checked per class of the tuple, as CPython's object_issubclass:
    // issubclass((), ()) is False. Objects that are not classes go through
    // CPython's abstract protocol (`__bases__`, `__class__`).
    if (sub && x.payload::<TypeBody>().is_none())
        || (spec.payload::<TypeBody>().is_none() && spec.layout() != Layout::Type)
    {
        // CPython looks `__instancecheck__` up on the type of any second
        // argument that is not exactly `type` (`list[int]` raises there).
        if spec.layout() != Layout::Type && object::is_heap_type_instance(spec) {
            if let Some(r) = check_hook(vm, x, spec, sub)? {
                return Ok(r);
            }
        }
        return abstract_check(vm, x, spec, sub);
    }
    let c = if sub { x } else { x.ty() };
    if c.is(spec) {
        return Ok(true);
    }
    if spec.layout() == Layout::Type && object::is_heap_type_instance(spec) {
        if let Some(r) = check_hook(vm, x, spec, sub)? {
            return Ok(r);
        }
    }
    if spec.payload::<TypeBody>().is_none() {
        return Err(type_error(if sub {
            "issubclass() arg 2 must be a class, a tuple of classes, or a union"
        } else {
            "isinstance() arg 2 must be a type, a tuple of types, or a union"
        }));
    }
    Ok(is_subtype(c, spec))
}

/// CPython's abstract_get_bases: `o.__bases__` if it is a tuple. Errors
/// other than AttributeError (a `__getattr__` raising KeyError) go through.
fn abstract_bases(vm: &mut Vm, o: &Obj) -> PyResult<Option<ObjRef>> {
    Ok(attr::get_attr_opt(vm, o, "__bases__")?.filter(|b| try_tuple_items(b).is_some()))
}

/// `spec.__instancecheck__(x)` (or `__subclasscheck__` for issubclass),
/// looked up on spec's type, as a bool; None when the type has none.
fn check_hook(vm: &mut Vm, x: &Obj, spec: &Obj, sub: bool) -> PyResult<Option<bool>> {
    let hook = if sub {
        "__subclasscheck__"
    } else {
        "__instancecheck__"
    };
    match object::call_special(vm, spec, hook, &[x.to_ref()])? {
        Some(r) => Ok(Some(object::truthy(vm, &r)?)),
        None => Ok(None),
    }
}

/// isinstance / issubclass where an argument is not a class: both must
/// have a tuple `__bases__`; the answer walks `__bases__` from the derived
/// class (`x.__class__` for isinstance) looking for `spec`.
fn abstract_check(vm: &mut Vm, x: &Obj, spec: &Obj, sub: bool) -> PyResult<bool> {
    if sub && abstract_bases(vm, x)?.is_none() {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    if abstract_bases(vm, spec)?.is_none() {
        return Err(type_error(if sub {
            "issubclass() arg 2 must be a class, a tuple of classes, or a union"
        } else {
            "isinstance() arg 2 must be a type, a tuple of types, or a union"
        }));
    }
    let derived = if sub {
        x.to_ref()
    } else {
        match attr::get_attr_opt(vm, x, "__class__")? {
            Some(c) => c,
            None => return Ok(false),
        }
    };
    abstract_issubclass(vm, &derived, spec)
}

/// CPython's abstract_issubclass.
fn abstract_issubclass(vm: &mut Vm, derived: &Obj, cls: &Obj) -> PyResult<bool> {
    let mut derived = derived.to_ref();
    loop {
        if derived.is(cls) {
            return Ok(true);
        }
        let Some(bases) = abstract_bases(vm, &derived)? else {
            return Ok(false);
        };
        let items = try_tuple_items(&bases).expect("tuple").to_vec();
        match items.len() {
            0 => return Ok(false),
            1 => derived = items[0].clone(),
            _ => {
                for b in &items {
                    if abstract_issubclass(vm, b, cls)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        }
    }
}

/// `callable(x)`.
pub fn is_callable(x: &Obj) -> bool {
    match x.layout() {
        Layout::Function
        | Layout::BuiltinFunction
        | Layout::Method
        | Layout::Type
        | Layout::WeakRef => true,
        _ => {
            object::is_heap_type_instance(x) && typeobject::lookup_str(x.ty(), "__call__").is_some()
        }
    }
}

pub(crate) fn bi_callable(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("callable", args, 1, 1)?;
    Ok(py_bool(is_callable(&args[0])))
}

fn attr_name(o: &Obj) -> PyResult<&Obj> {
    if try_str(o).is_none() {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(o)
        )));
    }
    Ok(o)
}

pub(crate) fn bi_getattr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("getattr", args, 2, 3)?;
    let name = attr_name(&args[1])?;
    match attr::get_attr(vm, &args[0], name) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && is_subtype(e.0.ty(), &types().attribute_error) => {
            Ok(args[2].clone())
        }
        Err(e) => Err(e),
    }
}

pub(crate) fn bi_setattr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("setattr", args, 3, 3)?;
    let name = attr_name(&args[1])?;
    attr::set_attr(vm, &args[0], name, args[2].clone())?;
    Ok(vm.none())
}

pub(crate) fn bi_delattr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("delattr", args, 2, 2)?;
    let name = attr_name(&args[1])?;
    attr::del_attr(vm, &args[0], name)?;
    Ok(vm.none())
}

pub(crate) fn bi_hasattr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("hasattr", args, 2, 2)?;
    let name = attr_name(&args[1])?;
    match attr::get_attr(vm, &args[0], name) {
        Ok(_) => Ok(py_bool(true)),
        Err(e) if is_subtype(e.0.ty(), &types().attribute_error) => Ok(py_bool(false)),
        Err(e) => Err(e),
    }
}

pub(crate) fn bi_vars(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("vars", args, 0, 1)?;
    if args.is_empty() {
        return Err(frame_request::request(vm, FrameRequest::Locals));
    }
    let n = new_str("__dict__")?;
    attr::get_attr(vm, &args[0], &n)
        .map_err(|_| type_error("vars() argument must have __dict__ attribute"))
}

pub(crate) fn bi_dir(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("dir", args, 0, 1)?;
    if args.is_empty() {
        return Err(frame_request::request(vm, FrameRequest::Dir));
    }
    // The object's `__dir__` decides (`object.__dir__`, `type.__dir__` or
    // a class's own); CPython sorts a list of what it returns.
    let o = &args[0];
    let r = crate::protocol::object::call_special(vm, o, "__dir__", &[])?
        .ok_or_else(|| type_error("object does not provide __dir__"))?;
    let items = crate::protocol::iter::collect(vm, &r)?;
    let l = new_list(items)?;
    crate::objects::list::sort::list_sort(vm, std::slice::from_ref(&l), None)?;
    Ok(l)
}

pub(crate) fn bi_globals(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("globals", args, 0, 0)?;
    Err(frame_request::request(vm, FrameRequest::Globals))
}

pub(crate) fn bi_locals(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("locals", args, 0, 0)?;
    Err(frame_request::request(vm, FrameRequest::Locals))
}
