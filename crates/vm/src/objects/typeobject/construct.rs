//! Calling a built-in type: [`construct_builtin`] picks the type's
//! constructor (each lives in its type's file), and instances of subclasses
//! of built-in containers are filled by [`init_builtin_subclass`].

use crate::memory::object::{Obj, ObjRef};
use crate::objects::bool::bool_new;
use crate::objects::bytes::methods::bytes_new;
use crate::objects::descriptor::{classmethod_new, property_new, staticmethod_new};
use crate::objects::dict::{dict_new, ops};
use crate::objects::exception::type_error;
use crate::objects::float::methods::float_new;
use crate::objects::instance::object_new;
use crate::objects::int::methods::int_new;
use crate::objects::iter::{enumerate_new, filter_new, map_new, reversed_new, zip_new};
use crate::objects::list::list_new;
use crate::objects::range::range_new;
use crate::objects::registry::types;
use crate::objects::set::set_new;
use crate::objects::slice::slice_new;
use crate::objects::str::{new_str, str_new};
use crate::objects::superobject::super_new;
use crate::objects::tuple::tuple_new;
use crate::objects::typeobject::TypeBody;
use crate::objects::{exception, Layout};
use crate::protocol::convert::split_kwargs;
use crate::vm::{PyResult, Vm};

/// A call of a built-in type: the type, and the positional and keyword
/// arguments as the loop passes them (`kwnames` names the trailing ones).
pub(crate) struct TypeCall<'a> {
    pub cls: &'a Obj,
    pub args: &'a [ObjRef],
    pub kwnames: Option<&'a Obj>,
}

impl<'a> TypeCall<'a> {
    /// The positional arguments and the `(name, value)` keyword pairs.
    pub fn split(&self) -> (&'a [ObjRef], crate::protocol::convert::KwArgs<'a>) {
        split_kwargs(self.args, self.kwnames)
    }
}

/// A built-in type's constructor (CPython's `tp_new` and `tp_init` in one).
pub(crate) type Constructor = fn(&mut Vm, &TypeCall) -> PyResult<ObjRef>;

/// Calling a built-in type: `int(x)`, `list(it)`, `ValueError("m")` ...
/// Each type's constructor lives in its own file; this picks it.
pub fn construct_builtin(
    vm: &mut Vm,
    cls: &Obj,
    args: &[ObjRef],
    kwnames: Option<&Obj>,
) -> PyResult<ObjRef> {
    let t = types();
    let tb = cls.payload::<TypeBody>().expect("type");
    if tb.layout == Layout::Exception {
        return exception::construct_exception(vm, cls, args, kwnames);
    }
    macro_rules! is {
        ($f:ident) => {
            cls.is(&t.$f)
        };
    }
    // The most called first (`for i in range(n)`): a chain of identity
    // tests.
    let new: Constructor = if is!(range) {
        range_new
    } else if is!(int) {
        int_new
    } else if is!(bool) {
        bool_new
    } else if is!(float) {
        float_new
    } else if is!(complex) {
        crate::objects::complex::complex_new
    } else if is!(bytearray) {
        crate::objects::bytearray::bytearray_new
    } else if is!(memoryview) {
        crate::objects::memoryview::memoryview_new
    } else if is!(str) {
        str_new
    } else if is!(bytes) {
        bytes_new
    } else if is!(list) {
        list_new
    } else if is!(tuple) {
        tuple_new
    } else if is!(dict) {
        dict_new
    } else if is!(set) || is!(frozenset) {
        set_new
    } else if is!(slice) {
        slice_new
    } else if is!(object) {
        object_new
    } else if is!(enumerate) {
        enumerate_new
    } else if is!(zip) {
        zip_new
    } else if is!(map) {
        map_new
    } else if is!(filter) {
        filter_new
    } else if is!(reversed) {
        reversed_new
    } else if is!(property) {
        property_new
    } else if is!(classmethod) {
        classmethod_new
    } else if is!(staticmethod) {
        staticmethod_new
    } else if is!(super_) {
        super_new
    } else if is!(method) {
        crate::objects::function::method::method_type_new
    } else if is!(module) {
        crate::objects::module::module_new
    } else if is!(weakref) {
        crate::objects::weakref::weakref_new
    } else if is!(simple_namespace) {
        crate::objects::namespace::namespace_new
    } else if is!(none_type) || is!(not_implemented_type) || is!(ellipsis_type) {
        singleton_new
    } else {
        return Err(type_error(format!(
            "cannot create '{}' instances",
            tb.name()
        )));
    };
    new(vm, &TypeCall { cls, args, kwnames })
}

/// `list.__init__`-style filling of a list/dict/set subclass instance.
pub fn init_builtin_subclass(
    vm: &mut Vm,
    obj: &Obj,
    args: &[ObjRef],
    kwnames: Option<&Obj>,
) -> PyResult<()> {
    let (pos, kws) = split_kwargs(args, kwnames);
    match obj.layout() {
        Layout::List => {
            if let Some(src) = pos.first() {
                crate::objects::list::init_from(vm, obj, src)?;
            }
        }
        Layout::Dict => {
            if let Some(src) = pos.first() {
                ops::dict_update(vm, obj, src)?;
            }
            for (k, v) in kws {
                ops::dict_set(vm, obj, new_str(k)?, v.clone())?;
            }
        }
        Layout::Set => {
            if let Some(src) = pos.first() {
                crate::objects::set::ops::update_internal(vm, obj, src)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// `type(None)()`, `type(NotImplemented)()`, `type(...)()`: the singleton
/// (CPython's `none_new`, `notimplemented_new`, `ellipsis_new`).
fn singleton_new(_vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let t = types();
    let tb = call.cls.payload::<TypeBody>().expect("type");
    if !call.args.is_empty() {
        return Err(type_error(format!("{} takes no arguments", tb.name())));
    }
    Ok(if call.cls.is(&t.none_type) {
        t.none.clone()
    } else if call.cls.is(&t.not_implemented_type) {
        t.not_implemented.clone()
    } else {
        t.ellipsis.clone()
    })
}
