//! The descriptor types `property`, `classmethod` and `staticmethod`:
//! layouts, constructors and `property.getter`/`setter`/`deleter`. How they
//! bind on attribute access is in `protocol::attr`.

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::memory::slot::ObjSlot;
use crate::objects::bool::py_bool;
use crate::objects::dict::new_dict;
use crate::objects::exception::type_error;
use crate::objects::function::builtin;
use crate::objects::function::builtin::BuiltinKind;
use crate::objects::registry::types;
use crate::objects::str::intern::intern;
use crate::objects::str::try_str;
use crate::objects::typeobject::construct::TypeCall;
use crate::objects::typeobject::special_attrs::is_abstract;
use crate::objects::Layout;
use crate::objects::{exception, singletons, Traverse, VarSize};
use crate::protocol::call;
use crate::protocol::convert::{check_args, kwarg};
use crate::vm::{PyResult, Vm};
use std::cell::OnceCell;

/// CPython 3.11's `propertyobject` (80 bytes with the GC head).
pub struct PropertyBody {
    pub fget: Option<ObjRef>,
    pub fset: Option<ObjRef>,
    pub fdel: Option<ObjRef>,
    pub doc: Option<ObjRef>,
    /// `prop_name`: the attribute name `__set_name__` gave it when its
    /// class was made (kept by `getter`/`setter`/`deleter` copies), for
    /// the "has no setter" messages.
    pub name: ObjSlot,
    /// `getter_doc`: `doc` came from the getter, so a copy with a new
    /// getter takes the new getter's.
    pub getter_doc: bool,
}

impl Traverse for PropertyBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        for o in [&self.fget, &self.fset, &self.fdel, &self.doc]
            .into_iter()
            .flatten()
        {
            visit(o);
        }
        self.name.visit(visit);
    }
}

impl PropertyBody {
    /// `property_init`: without a doc, the getter's `__doc__` is used.
    fn new(
        vm: &mut Vm,
        fget: Option<ObjRef>,
        fset: Option<ObjRef>,
        fdel: Option<ObjRef>,
        doc: Option<ObjRef>,
    ) -> PyResult<PropertyBody> {
        let (doc, getter_doc) = match (&doc, &fget) {
            (None, Some(f)) => (
                crate::protocol::attr::get_attr_opt(vm, f, "__doc__")?
                    .filter(|d| !singletons::is_none(d)),
                true,
            ),
            _ => (doc, false),
        };
        Ok(PropertyBody {
            fget,
            fset,
            fdel,
            doc,
            name: ObjSlot::new(None),
            getter_doc,
        })
    }
}
impl VarSize for PropertyBody {}

/// CPython 3.11's `classmethod` object (48 bytes with the GC head): the
/// callable and `cm_dict`, a real dict object holding the attributes
/// copied from the callable when it is made (3.10's `functools_wraps`:
/// `__module__`, `__name__`, `__qualname__`, `__doc__`,
/// `__annotations__`) and any stored later.
pub struct ClassMethodBody {
    pub func: ObjRef,
    pub dict: OnceCell<ObjRef>,
}

impl ClassMethodBody {
    pub fn new(func: ObjRef) -> ClassMethodBody {
        ClassMethodBody {
            func,
            dict: OnceCell::new(),
        }
    }
}
impl Traverse for ClassMethodBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.func);
        if let Some(d) = self.dict.get() {
            visit(d);
        }
    }
}
impl VarSize for ClassMethodBody {}

/// CPython 3.11's `staticmethod` object: as [`ClassMethodBody`].
pub struct StaticMethodBody {
    pub func: ObjRef,
    pub dict: OnceCell<ObjRef>,
}
impl Traverse for StaticMethodBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.func);
        if let Some(d) = self.dict.get() {
            visit(d);
        }
    }
}
impl VarSize for StaticMethodBody {}

/// The `__dict__` word of a classmethod or staticmethod object.
pub fn wrapper_dict(obj: &Obj) -> Option<&OnceCell<ObjRef>> {
    match obj.layout() {
        Layout::ClassMethod => obj.payload::<ClassMethodBody>().map(|b| &b.dict),
        Layout::StaticMethod => obj.payload::<StaticMethodBody>().map(|b| &b.dict),
        _ => None,
    }
}

/// The `__dict__` of a classmethod or staticmethod object, made on first
/// use.
pub fn wrapper_dict_object(obj: &Obj) -> PyResult<Option<ObjRef>> {
    let Some(cell) = wrapper_dict(obj) else {
        return Ok(None);
    };
    if let Some(d) = cell.get() {
        return Ok(Some(d.clone()));
    }
    let d = new_dict()?;
    Ok(Some(cell.get_or_init(|| d).clone()))
}

/// `functools_wraps(wrapper, wrapped)` of CPython 3.11's `sm_init` and
/// `cm_init`: the callable's `__module__`, `__name__`, `__qualname__`,
/// `__doc__` and `__annotations__` (those it has) stored in the wrapper's
/// dict, made by the first of them.
fn copy_wrapped_attrs(vm: &mut Vm, wrapper: &Obj, func: &Obj) -> PyResult<()> {
    for name in [
        "__module__",
        "__name__",
        "__qualname__",
        "__doc__",
        "__annotations__",
    ] {
        if let Some(v) = crate::protocol::attr::get_attr_opt(vm, func, name)? {
            let d = wrapper_dict_object(wrapper)?.expect("a wrapper");
            crate::objects::dict::ops::dict_set_str(&d, intern(name)?, v)?;
        }
    }
    Ok(())
}

/// `getter`/`setter`/`deleter`: a copy with one function replaced
/// (CPython's `property_copy`).
fn prop_with(vm: &mut Vm, args: &[ObjRef], which: usize) -> PyResult<ObjRef> {
    let p = args[0]
        .payload::<PropertyBody>()
        .ok_or_else(|| type_error("descriptor requires a property"))?;
    check_args("setter", &args[1..], 1, 1)?;
    let f = Some(args[1].clone()).filter(|f| !singletons::is_none(f));
    let pick = |i: usize, old: &Option<ObjRef>| match (i == which, &f) {
        (true, Some(f)) => Some(f.clone()),
        _ => old.clone(),
    };
    let (fget, fset, fdel) = (pick(0, &p.fget), pick(1, &p.fset), pick(2, &p.fdel));
    let doc = if p.getter_doc && fget.is_some() {
        None
    } else {
        p.doc.clone()
    };
    let body = PropertyBody::new(vm, fget, fset, fdel, doc)?;
    body.name.set(p.name.get());
    Ok(alloc_object(&types().property, body, 0)?)
}

fn prop_getter(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    prop_with(vm, args, 0)
}
fn prop_setter(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    prop_with(vm, args, 1)
}
fn prop_deleter(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    prop_with(vm, args, 2)
}

/// `property.__get__(obj, type=None)`: the property itself for None.
fn prop_get(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__get__", &args[1..], 1, 2)?;
    let p = args[0]
        .payload::<PropertyBody>()
        .ok_or_else(|| type_error("descriptor '__get__' requires a 'property' object"))?;
    if singletons::is_none(&args[1]) {
        return Ok(args[0].clone());
    }
    match &p.fget {
        Some(f) => call::call(vm, f, &args[1..2], None),
        None => Err(no_accessor(&args[0], &args[1], "getter")),
    }
}

/// `property.__set__(obj, value)`.
fn prop_set(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__set__", &args[1..], 2, 2)?;
    let none = types().none.clone();
    property_set(vm, &args[0], &args[1], &none, Some(args[2].clone()))?;
    Ok(none)
}

/// `property.__delete__(obj)`.
fn prop_delete(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__delete__", &args[1..], 1, 1)?;
    let none = types().none.clone();
    property_set(vm, &args[0], &args[1], &none, None)?;
    Ok(none)
}

/// `__set_name__(owner, name)`: remembers the name for messages.
fn prop_set_name(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__set_name__", &args[1..], 2, 2)?;
    if let Some(p) = args[0].payload::<PropertyBody>() {
        p.name.set(Some(args[2].clone()));
    }
    Ok(types().none.clone())
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
pub(crate) fn property_new(vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let t = types();
    let (pos, kws) = call.split();
    crate::objects::function::signature::check_clinic(
        "property",
        pos.len(),
        &kws,
        0,
        0,
        4,
        &["fget", "fset", "fdel", "doc"],
    )?;
    let get = |i: usize, k: &str| -> Option<ObjRef> {
        pos.get(i)
            .or_else(|| kwarg(&kws, k))
            .filter(|v| !singletons::is_none(v))
            .cloned()
    };
    let body = PropertyBody::new(
        vm,
        get(0, "fget"),
        get(1, "fset"),
        get(2, "fdel"),
        get(3, "doc"),
    )?;
    Ok(alloc_object(&t.property, body, 0)?)
}

/// `classmethod(func)`.
pub(crate) fn classmethod_new(vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let t = types();
    let (pos, _) = call.split();
    crate::protocol::convert::no_kwargs("classmethod", call.kwnames)?;
    crate::objects::function::signature::check_positional("classmethod", pos.len(), 1, 1)?;
    let cm = alloc_object(&t.classmethod, ClassMethodBody::new(pos[0].clone()), 0)?;
    copy_wrapped_attrs(vm, &cm, &pos[0])?;
    Ok(cm)
}

/// `staticmethod(func)`.
pub(crate) fn staticmethod_new(vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let t = types();
    let (pos, _) = call.split();
    crate::protocol::convert::no_kwargs("staticmethod", call.kwnames)?;
    crate::objects::function::signature::check_positional("staticmethod", pos.len(), 1, 1)?;
    let sm = alloc_object(
        &t.staticmethod,
        StaticMethodBody {
            func: pos[0].clone(),
            dict: OnceCell::new(),
        },
        0,
    )?;
    copy_wrapped_attrs(vm, &sm, &pos[0])?;
    Ok(sm)
}

/// Puts this type's built-in methods into its namespace (at start-up).
pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    let m = BuiltinKind::Method;
    builtin::install(
        &t.property,
        "property",
        &[
            ("getter", prop_getter),
            ("setter", prop_setter),
            ("deleter", prop_deleter),
            ("__set_name__", prop_set_name),
            ("__get__", prop_get),
            ("__set__", prop_set),
            ("__delete__", prop_delete),
        ],
        m,
    )?;
    Ok(())
}

/// A property's `fget`, `fset`, `fdel` and `__doc__`.
pub(crate) fn property_special_attr(
    vm: &mut Vm,
    obj: &Obj,
    name: &str,
) -> PyResult<Option<ObjRef>> {
    let none = || types().none.clone();
    let p = obj.payload::<PropertyBody>().expect("property");
    Ok(Some(match name {
        "fget" => p.fget.clone().unwrap_or_else(none),
        "fset" => p.fset.clone().unwrap_or_else(none),
        "fdel" => p.fdel.clone().unwrap_or_else(none),
        "__doc__" => p.doc.clone().unwrap_or_else(none),
        "__isabstractmethod__" => {
            let mut any = false;
            for f in [&p.fget, &p.fset, &p.fdel] {
                any = any || is_abstract(vm, f.as_deref())?;
            }
            py_bool(any)
        }
        _ => return Ok(None),
    }))
}

/// Assigning (`value` Some) or deleting (None) through a property: calls
/// `fset(obj, value)` or `fdel(obj)`, or says the property has none
/// (CPython's `property_descr_set`).
pub(crate) fn property_set(
    vm: &mut Vm,
    prop: &Obj,
    obj: &Obj,
    name: &Obj,
    value: Option<ObjRef>,
) -> PyResult<()> {
    let p = prop.payload::<PropertyBody>().expect("property");
    let (f, what) = if value.is_some() {
        (&p.fset, "setter")
    } else {
        (&p.fdel, "deleter")
    };
    match f {
        Some(f) => {
            let mut args = vec![obj.to_ref()];
            args.extend(value);
            call::call(vm, f, &args, None).map(|_| ())
        }
        // A getset descriptor of a built-in type is read-only
        // (CPython's `getset_set`).
        None if prop.ty().is(&types().getset_descriptor) => {
            Err(exception::attribute_error(format!(
                "attribute '{}' of '{}' objects is not writable",
                try_str(name).unwrap_or("?"),
                crate::protocol::object::type_name(obj)
            )))
        }
        None => Err(no_accessor(prop, obj, what)),
    }
}

/// CPython 3.11's "property 'x' of 'C' object has no setter" (getter,
/// deleter): the name `__set_name__` gave the property, if any, and the
/// qualified name of the object's type.
pub(crate) fn no_accessor(prop: &Obj, obj: &Obj, what: &str) -> crate::vm::PyErr {
    let qualname = obj
        .ty()
        .payload::<crate::objects::typeobject::TypeBody>()
        .and_then(|b| try_str(&b.qualname.borrow()).map(str::to_string))
        .unwrap_or_else(|| crate::protocol::object::type_name(obj));
    let name = prop.payload::<PropertyBody>().and_then(|p| p.name.get());
    let msg = match name.as_deref().and_then(try_str) {
        Some(n) => format!("property '{n}' of '{qualname}' object has no {what}"),
        None => format!("property of '{qualname}' object has no {what}"),
    };
    exception::attribute_error(msg)
}
