//! The descriptor types `property`, `classmethod` and `staticmethod`:
//! layouts, constructors and `property.getter`/`setter`/`deleter`. How they
//! bind on attribute access is in `protocol::attr`.

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::bool::py_bool;
use crate::objects::exception::type_error;
use crate::objects::function::builtin;
use crate::objects::function::builtin::BuiltinKind;
use crate::objects::registry::types;
use crate::objects::str::try_str;
use crate::objects::typeobject::construct::TypeCall;
use crate::objects::typeobject::special_attrs::is_abstract;
use crate::objects::{exception, singletons, Traverse, VarSize};
use crate::protocol::call;
use crate::protocol::convert::{check_args, check_kwargs, kwarg};
use crate::vm::{PyResult, Vm};

pub struct PropertyBody {
    pub fget: Option<ObjRef>,
    pub fset: Option<ObjRef>,
    pub fdel: Option<ObjRef>,
    pub doc: Option<ObjRef>,
}

impl Traverse for PropertyBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        for o in [&self.fget, &self.fset, &self.fdel, &self.doc]
            .into_iter()
            .flatten()
        {
            visit(o);
        }
    }
}
impl VarSize for PropertyBody {}

pub struct ClassMethodBody {
    pub func: ObjRef,
    /// CPython's `cm_dict` word, kept so the object is CPython's 48 bytes
    /// (attributes of classmethod objects are not supported here).
    _layout_parity: usize,
}

impl ClassMethodBody {
    pub fn new(func: ObjRef) -> ClassMethodBody {
        ClassMethodBody {
            func,
            _layout_parity: 0,
        }
    }
}
impl Traverse for ClassMethodBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.func);
    }
}
impl VarSize for ClassMethodBody {}

pub struct StaticMethodBody {
    pub func: ObjRef,
    /// CPython's `sm_dict` word, kept for its 48 bytes (as classmethod's).
    _layout_parity: usize,
}
impl Traverse for StaticMethodBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.func);
    }
}
impl VarSize for StaticMethodBody {}

fn prop_with(args: &[ObjRef], which: usize) -> PyResult<ObjRef> {
    let p = args[0]
        .payload::<PropertyBody>()
        .ok_or_else(|| type_error("descriptor requires a property"))?;
    check_args("setter", &args[1..], 1, 1)?;
    let f = Some(args[1].clone());
    let body = PropertyBody {
        fget: if which == 0 {
            f.clone()
        } else {
            p.fget.clone()
        },
        fset: if which == 1 {
            f.clone()
        } else {
            p.fset.clone()
        },
        fdel: if which == 2 { f } else { p.fdel.clone() },
        doc: p.doc.clone(),
    };
    Ok(alloc_object(&types().property, body, 0)?)
}

fn prop_getter(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    prop_with(args, 0)
}
fn prop_setter(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    prop_with(args, 1)
}
fn prop_deleter(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    prop_with(args, 2)
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
pub(crate) fn property_new(_vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let t = types();
    let (pos, kws) = call.split();
    check_kwargs("property", &kws, &["fget", "fset", "fdel", "doc"])?;
    let get = |i: usize, k: &str| -> Option<ObjRef> {
        pos.get(i)
            .or_else(|| kwarg(&kws, k))
            .filter(|v| !singletons::is_none(v))
            .cloned()
    };
    Ok(alloc_object(
        &t.property,
        PropertyBody {
            fget: get(0, "fget"),
            fset: get(1, "fset"),
            fdel: get(2, "fdel"),
            doc: get(3, "doc"),
        },
        0,
    )?)
}

/// `classmethod(func)`.
pub(crate) fn classmethod_new(_vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let t = types();
    let (pos, _) = call.split();
    check_args("classmethod", pos, 1, 1)?;
    Ok(alloc_object(
        &t.classmethod,
        ClassMethodBody::new(pos[0].clone()),
        0,
    )?)
}

/// `staticmethod(func)`.
pub(crate) fn staticmethod_new(_vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let t = types();
    let (pos, _) = call.split();
    check_args("staticmethod", pos, 1, 1)?;
    Ok(alloc_object(
        &t.staticmethod,
        StaticMethodBody {
            func: pos[0].clone(),
            _layout_parity: 0,
        },
        0,
    )?)
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
        // CPython 3.11's `property_descr_set`: the type's qualified name.
        None => {
            let qualname = obj
                .ty()
                .payload::<crate::objects::typeobject::TypeBody>()
                .and_then(|b| try_str(&b.qualname.borrow()).map(str::to_string))
                .unwrap_or_else(|| crate::protocol::object::type_name(obj));
            Err(exception::attribute_error(format!(
                "property '{}' of '{qualname}' object has no {what}",
                try_str(name).unwrap_or("?"),
            )))
        }
    }
}
