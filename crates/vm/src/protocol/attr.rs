//! Attribute access: CPython's `PyObject_GenericGetAttr` with descriptors
//! (functions bind to methods, `property`, `classmethod`, `staticmethod`,
//! user `__get__`/`__set__`), type attributes, `__getattr__` fallback, and the
//! method-call fast path that avoids building a bound method.

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::descriptor::{ClassMethodBody, PropertyBody, StaticMethodBody};
use crate::objects::dict::table::DictTable;
use crate::objects::dict::{dict_body, ops};
use crate::objects::exception::{attribute_error, type_error, ExceptionBody};
use crate::objects::function::builtin::{BuiltinBody, BuiltinKind};
use crate::objects::function::method::new_method;
use crate::objects::function::FunctionBody;
use crate::objects::module::ModuleBody;
use crate::objects::registry::types;
use crate::objects::str::{new_str, try_str};
use crate::objects::typeobject::{class, flags, lookup, special_attrs, type_getattr, TypeBody};
use crate::objects::{descriptor, module, subtype_dict, superobject, typeobject, Layout};
use crate::protocol::object::{call_special, type_name};
use crate::protocol::{call, object};
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;

/// The attribute table an object carries itself, if any.
///
/// An instance has one only once its dict was materialised (`__dict__`);
/// until then its attributes are split values: see [`own_attr`] and
/// `objects::instance`.
pub fn instance_dict(obj: &Obj) -> Option<&RefCell<DictTable>> {
    match obj.layout() {
        Layout::Instance => crate::objects::instance::dict_of(obj).map(ops::table_of),
        Layout::Exception => obj
            .payload::<ExceptionBody>()
            .expect("exception")
            .dict_table(),
        Layout::Function => obj
            .payload::<FunctionBody>()
            .expect("function")
            .attr_table(),
        Layout::Type => Some(obj.payload::<TypeBody>().expect("type").dict()),
        Layout::Namespace => crate::objects::namespace::dict_of(obj)
            .and_then(|d| dict_body(d))
            .map(|b| &b.table),
        Layout::ClassMethod | Layout::StaticMethod => crate::objects::descriptor::wrapper_dict(obj)
            .and_then(|c| c.get())
            .and_then(|d| dict_body(d))
            .map(|b| &b.table),
        _ => None,
    }
}

/// An instance whose `__dict__` was materialised keeps its attributes in
/// that dict object, and a class in its namespace dict: they follow the
/// dict tracking rule ([`crate::objects::dict::maintain_tracking`]).
#[inline]
pub(crate) fn track_materialized(obj: &Obj, name: &Obj, value: &Obj) {
    let d = match obj.layout() {
        Layout::Instance => crate::objects::instance::dict_of(obj),
        Layout::Type => obj.payload::<TypeBody>().and_then(TypeBody::dict_object),
        Layout::Namespace => crate::objects::namespace::dict_of(obj).map(|d| &**d),
        _ => None,
    };
    if let Some(d) = d {
        crate::objects::dict::maintain_tracking(d, name, value);
    }
}

/// The object's own attribute `name` (an instance's values or dict, the
/// namespace of a function, class or exception), without descriptors.
#[inline]
pub fn own_attr(obj: &Obj, name: &Obj) -> Option<ObjRef> {
    if obj.layout() == Layout::Instance {
        return crate::objects::instance::get_own(obj, name);
    }
    match instance_dict(obj) {
        Some(d) => d.borrow().get_str(name),
        // An instance of a subclass of a built-in type: its side dict.
        None if obj.type_body().has_flag(flags::HEAPTYPE) => {
            subtype_dict::get(obj).and_then(|d| ops::dict_get_str(&d, name))
        }
        None => None,
    }
}

/// Is `descr` a data descriptor (takes precedence over the instance dict)?
pub(crate) fn is_data_descriptor(descr: &Obj) -> bool {
    match descr.layout() {
        Layout::Property | Layout::Member => true,
        Layout::Instance => {
            let t = descr.ty();
            typeobject::lookup_str(t, "__set__").is_some()
                || typeobject::lookup_str(t, "__delete__").is_some()
        }
        _ => false,
    }
}

/// Binds a class attribute found on the type to `obj` (the descriptor
/// protocol's `__get__`). Returns the attribute unchanged when it does not
/// bind.
pub fn descr_get(vm: &mut Vm, descr: &Obj, obj: Option<&Obj>, owner: &Obj) -> PyResult<ObjRef> {
    match descr.layout() {
        Layout::Function => match obj {
            Some(o) => new_method(descr, o),
            None => Ok(descr.to_ref()),
        },
        Layout::BuiltinFunction => {
            let b = descr.payload::<BuiltinBody>().expect("builtin");
            match (b.kind, &b.bound) {
                (BuiltinKind::Method, None) => match obj {
                    Some(o) => bind_builtin(b, o),
                    None => Ok(descr.to_ref()),
                },
                (BuiltinKind::ClassMethod, None) => bind_builtin(b, owner),
                _ => Ok(descr.to_ref()),
            }
        }
        Layout::ClassMethod => {
            let f = &descr
                .payload::<ClassMethodBody>()
                .expect("classmethod")
                .func;
            new_method(f, owner)
        }
        Layout::Member => match obj {
            Some(o) => crate::objects::member::member_get(vm, descr, o),
            None => Ok(descr.to_ref()),
        },
        Layout::StaticMethod => Ok(descr
            .payload::<StaticMethodBody>()
            .expect("staticmethod")
            .func
            .clone()),
        Layout::Property => match obj {
            Some(o) => {
                let p = descr.payload::<PropertyBody>().expect("property");
                match &p.fget {
                    Some(f) => call::call(vm, f, &[o.to_ref()], None),
                    None => Err(crate::objects::descriptor::no_accessor(descr, o, "getter")),
                }
            }
            None => Ok(descr.to_ref()),
        },
        Layout::Instance if object::is_heap_type_instance(descr) => {
            if typeobject::lookup_str(descr.ty(), "__get__").is_some() {
                let none = types().none.clone();
                let o = obj.map(|o| o.to_ref()).unwrap_or(none);
                return Ok(
                    call_special(vm, descr, "__get__", &[o, owner.to_ref()])?.expect("found")
                );
            }
            Ok(descr.to_ref())
        }
        _ => Ok(descr.to_ref()),
    }
}

/// For calling a special method found on a type: `Ok(Some(callable))` when
/// the attribute must be bound first (not a plain function or method
/// descriptor), `Ok(None)` when it can be called with self prepended.
pub fn descr_get_for_call(vm: &mut Vm, f: &Obj, obj: &Obj) -> PyResult<Option<ObjRef>> {
    match f.layout() {
        Layout::Function => Ok(None),
        Layout::BuiltinFunction
            if f.payload::<BuiltinBody>()
                .is_some_and(|b| b.kind == BuiltinKind::Method && b.bound.is_none()) =>
        {
            Ok(None)
        }
        _ => descr_get(vm, f, Some(obj), obj.ty()).map(Some),
    }
}

fn bind_builtin(b: &BuiltinBody, self_: &Obj) -> PyResult<ObjRef> {
    Ok(alloc_object(
        &types().builtin_function,
        BuiltinBody::new(b.def, Some(self_.to_ref())),
        0,
    )?)
}

/// Binds a classmethod-like attribute found on a class to the class.
pub fn bind_classmethod_like(f: &Obj, cls: &Obj) -> PyResult<ObjRef> {
    match f.layout() {
        Layout::ClassMethod => new_method(&f.payload::<ClassMethodBody>().expect("cm").func, cls),
        Layout::Function => new_method(f, cls),
        // A built-in class method (`list.__class_getitem__`) binds too.
        Layout::BuiltinFunction => {
            let b = f.payload::<BuiltinBody>().expect("builtin");
            if b.kind == BuiltinKind::ClassMethod && b.bound.is_none() {
                bind_builtin(b, cls)
            } else {
                Ok(f.to_ref())
            }
        }
        _ => Ok(f.to_ref()),
    }
}

/// `getattr(obj, name)`.
pub fn get_attr(vm: &mut Vm, obj: &Obj, name: &Obj) -> PyResult<ObjRef> {
    let found = match get_attr_inner(vm, obj, name) {
        // An AttributeError from a property or other descriptor also falls
        // back on __getattr__ (CPython's slot_tp_getattr_hook).
        Err(e)
            if obj.type_body().has_flag(flags::CUSTOM_GETATTR)
                && typeobject::is_subtype(e.0.ty(), &types().attribute_error) =>
        {
            return match call_special(vm, obj, "__getattr__", &[name.to_ref()])? {
                Some(r) => Ok(r),
                None => Err(e),
            };
        }
        r => r?,
    };
    match found {
        Some(v) => Ok(v),
        None => {
            if obj.type_body().has_flag(flags::CUSTOM_GETATTR) {
                if let Some(r) = call_special(vm, obj, "__getattr__", &[name.to_ref()])? {
                    return Ok(r);
                }
            }
            if let Some(m) = obj.payload::<ModuleBody>() {
                // PEP 562: a module's own `__getattr__` answers for the
                // names its namespace lacks.
                let hook =
                    dict_body(&m.dict).and_then(|d| d.table.borrow().get_rust_str("__getattr__"));
                if let Some(f) = hook {
                    return call::call(vm, &f, &[name.to_ref()], None);
                }
            }
            Err(no_attribute(obj, name))
        }
    }
}

/// `AttributeError` with its `name` and `obj` set (for "Did you mean").
#[cold]
pub fn no_attribute(obj: &Obj, name: &Obj) -> PyErr {
    let e = no_attribute_message(obj, name);
    let members = crate::objects::exception_members::set;
    members(&e.0, "name", Some(name.to_ref()));
    members(&e.0, "obj", Some(obj.to_ref()));
    e
}

fn no_attribute_message(obj: &Obj, name: &Obj) -> PyErr {
    let n = try_str(name).unwrap_or("?");
    match obj.layout() {
        Layout::Type => attribute_error(format!(
            "type object '{}' has no attribute '{}'",
            obj.payload::<TypeBody>().expect("type").name(),
            n
        )),
        Layout::Module => attribute_error(format!(
            "module '{}' has no attribute '{}'",
            try_str(&obj.payload::<ModuleBody>().expect("module").name).unwrap_or("?"),
            n
        )),
        _ => attribute_error(format!(
            "'{}' object has no attribute '{}'",
            type_name(obj),
            n
        )),
    }
}

/// Like `get_attr` but `Ok(None)` for a missing attribute (hasattr,
/// getattr with default). AttributeError raised by Python code inside also
/// counts as missing.
pub fn get_attr_opt(vm: &mut Vm, obj: &Obj, name: &str) -> PyResult<Option<ObjRef>> {
    let n = new_str(name)?;
    match get_attr(vm, obj, &n) {
        Ok(v) => Ok(Some(v)),
        Err(e) if typeobject::is_subtype(e.0.ty(), &types().attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

fn get_attr_inner(vm: &mut Vm, obj: &Obj, name: &Obj) -> PyResult<Option<ObjRef>> {
    if obj.layout() == Layout::Type {
        return type_getattr(vm, obj, name);
    }
    if obj.layout() == Layout::Super {
        return superobject::super_getattr(vm, obj, name);
    }
    if obj.type_body().has_flag(flags::CUSTOM_GETATTR) {
        if let Some(ga) = typeobject::lookup_str(obj.ty(), "__getattribute__") {
            if !object::is_object_slot(&ga) {
                // Its AttributeError goes to get_attr, which tries
                // __getattr__ and otherwise raises that very error.
                return call_special(vm, obj, "__getattribute__", &[name.to_ref()]);
            }
        }
    }
    let ty = obj.ty();
    let descr = lookup(ty, name);
    if let Some(d) = &descr {
        if is_data_descriptor(d) {
            return descr_get(vm, d, Some(obj), ty).map(Some);
        }
    }
    if let Some(v) = own_attr(obj, name) {
        return Ok(Some(v));
    }
    if obj.layout() == Layout::Module {
        let m = obj.payload::<ModuleBody>().expect("module");
        if let Some(v) = ops::dict_get_str(&m.dict, name) {
            return Ok(Some(v));
        }
    }
    if let Some(d) = descr {
        return descr_get(vm, &d, Some(obj), ty).map(Some);
    }
    special_attrs::special_attr(vm, obj, try_str(name).unwrap_or(""))
}

/// The method-call fast path: `(callable, Some(self))` when `name` is a plain
/// function or method descriptor on the type (no bound method is built), else
/// `(attribute, None)`.
pub fn load_method(vm: &mut Vm, obj: &Obj, name: &Obj) -> PyResult<(ObjRef, Option<ObjRef>)> {
    let layout = obj.layout();
    if layout != Layout::Type
        && layout != Layout::Super
        && !obj.type_body().has_flag(flags::CUSTOM_GETATTR)
    {
        if let Some(d) = lookup(obj.ty(), name) {
            let plain = match d.layout() {
                Layout::Function => true,
                Layout::BuiltinFunction => d
                    .payload::<BuiltinBody>()
                    .is_some_and(|b| b.kind == BuiltinKind::Method && b.bound.is_none()),
                _ => false,
            };
            if plain {
                let shadowed = own_attr(obj, name).is_some();
                if !shadowed {
                    return Ok((d, Some(obj.to_ref())));
                }
            }
        }
    }
    Ok((get_attr(vm, obj, name)?, None))
}

/// `setattr(obj, name, value)`.
pub fn set_attr(vm: &mut Vm, obj: &Obj, name: &Obj, value: ObjRef) -> PyResult<()> {
    if obj.type_body().has_flag(flags::CUSTOM_SETATTR) {
        if let Some(f) = typeobject::lookup_str(obj.ty(), "__setattr__") {
            if !object::is_object_slot(&f) {
                call_special(vm, obj, "__setattr__", &[name.to_ref(), value])?;
                return Ok(());
            }
        }
    }
    generic_set_attr(vm, obj, name, Some(value))
}

/// `delattr(obj, name)`.
pub fn del_attr(vm: &mut Vm, obj: &Obj, name: &Obj) -> PyResult<()> {
    if obj.type_body().has_flag(flags::CUSTOM_SETATTR) {
        if let Some(f) = typeobject::lookup_str(obj.ty(), "__delattr__") {
            if !object::is_object_slot(&f) {
                call_special(vm, obj, "__delattr__", &[name.to_ref()])?;
                return Ok(());
            }
        }
    }
    generic_set_attr(vm, obj, name, None)
}

/// `object.__setattr__` / `object.__delattr__` (value None = delete).
pub fn generic_set_attr(vm: &mut Vm, obj: &Obj, name: &Obj, value: Option<ObjRef>) -> PyResult<()> {
    if obj.layout() != Layout::Type {
        if let Some(d) = lookup(obj.ty(), name) {
            if d.layout() == Layout::Property {
                return descriptor::property_set(vm, &d, obj, name, value);
            }
            if d.layout() == Layout::Member {
                return crate::objects::member::member_set(&d, obj, value);
            }
            if d.layout() == Layout::Instance && object::is_heap_type_instance(&d) {
                let m = if value.is_some() {
                    "__set__"
                } else {
                    "__delete__"
                };
                if typeobject::lookup_str(d.ty(), m).is_some() {
                    let mut args = vec![obj.to_ref()];
                    args.extend(value);
                    call_special(vm, &d, m, &args)?;
                    return Ok(());
                }
                // A data descriptor without the other method: CPython's
                // `slot_tp_descr_set` raises AttributeError(name).
                let other = if value.is_some() {
                    "__delete__"
                } else {
                    "__set__"
                };
                if typeobject::lookup_str(d.ty(), other).is_some() {
                    return Err(crate::objects::exception::attribute_error(m));
                }
            }
        }
    }
    if obj.layout() == Layout::Type {
        let b = obj.payload::<TypeBody>().expect("type");
        if !b.has_flag(flags::HEAPTYPE) {
            return Err(type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                try_str(name).unwrap_or("?"),
                b.name()
            )));
        }
        if try_str(name) == Some("__bases__") {
            return typeobject::bases::set_bases(obj, value);
        }
        class::note_dunder_flags(obj, try_str(name).unwrap_or(""), value.as_deref());
    }
    if obj.layout() != Layout::Type && try_str(name) == Some("__class__") {
        return crate::objects::typeobject::bases::set_class(obj, value);
    }
    if obj.layout() == Layout::Module {
        return module::module_set_attr(obj, name, value);
    }
    if obj.layout() == Layout::Instance && try_str(name) == Some("__dict__") {
        return special_attrs::set_instance_dict(obj, value);
    }
    if obj.layout() == Layout::Instance {
        // The values or dict of the instance; a `__slots__` instance
        // without `__dict__` has neither.
        if crate::objects::instance::set_own(obj, name, value)? {
            return Ok(());
        }
        return Err(no_dict_for(obj, name));
    }
    // An exception's members (`__traceback__`, `__cause__`, `name` ...)
    // and a function's (`__name__`, `__qualname__`, `__doc__` ...) before
    // the instance dict.
    if matches!(obj.layout(), Layout::Exception | Layout::Function)
        && value.is_some()
        && special_attrs::set_special_attr(vm, obj, try_str(name).unwrap_or(""), value.clone())?
    {
        return Ok(());
    }
    // A function's and an exception's `__dict__` is made by its first
    // attribute store, and follows the dict tracking rule like any dict.
    if let (Some(f), Some(v)) = (obj.payload::<FunctionBody>(), &value) {
        crate::objects::dict::maintain_tracking(f.dict_object()?, name, v);
    }
    if let (Some(e), Some(v)) = (obj.payload::<ExceptionBody>(), &value) {
        crate::objects::dict::maintain_tracking(e.dict_object()?, name, v);
    }
    if let Some(v) = &value {
        if let Some(d) = crate::objects::descriptor::wrapper_dict_object(obj)? {
            crate::objects::dict::maintain_tracking(&d, name, v);
        }
    }
    if let Some(dict) = instance_dict(obj) {
        match value {
            Some(v) => {
                track_materialized(obj, name, &v);
                let old = dict.borrow_mut().set_str(name.to_ref(), v)?;
                drop(old);
            }
            None => {
                let old = dict.borrow_mut().del_str(name);
                if old.is_none() {
                    return Err(no_attribute_message(obj, name));
                }
            }
        }
        return Ok(());
    }
    if special_attrs::set_special_attr(vm, obj, try_str(name).unwrap_or(""), value.clone())? {
        return Ok(());
    }
    if subtype_dict::eligible(obj) {
        return set_subtype_attr(obj, name, value);
    }
    Err(no_dict_for(obj, name))
}

/// Setting or deleting an attribute of an object without a `__dict__`
/// (CPython's `_PyObject_GenericSetAttrWithDict` without a dict): the type
/// having the name (a method, a class value) makes it read-only. Unlike a
/// failed lookup, CPython 3.11 sets no `name` and `obj` on these.
fn no_dict_for(obj: &Obj, name: &Obj) -> PyErr {
    if lookup(obj.ty(), name).is_some() {
        return attribute_error(format!(
            "'{}' object attribute '{}' is read-only",
            type_name(obj),
            try_str(name).unwrap_or("?")
        ));
    }
    no_attribute_message(obj, name)
}

/// Stores into (or deletes from) the `__dict__` of an instance of a
/// subclass of a built-in type ([`subtype_dict`]).
fn set_subtype_attr(obj: &Obj, name: &Obj, value: Option<ObjRef>) -> PyResult<()> {
    if try_str(name) == Some("__dict__") {
        return subtype_dict::set_dict(obj, value);
    }
    match value {
        Some(v) => {
            let d = subtype_dict::get_or_make(obj)?;
            ops::dict_set_str(&d, name.to_ref(), v)
        }
        None => {
            let removed = subtype_dict::get(obj).and_then(|d| {
                let old = dict_body(&d)?.table.borrow_mut().del_str(name);
                old
            });
            match removed {
                Some(old) => {
                    drop(old);
                    Ok(())
                }
                None => Err(no_attribute_message(obj, name)),
            }
        }
    }
}
