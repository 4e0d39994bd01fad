//! Bound methods: a function and the instance it was looked up on (CPython's
//! `PyMethodObject`), made when a function is read as an attribute, and the
//! repr.

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::function::FunctionBody;
use crate::objects::registry::types;
use crate::objects::str::try_str;
use crate::objects::typeobject::special_attrs::special_attr;
use crate::objects::{Traverse, VarSize};
use crate::protocol::repr::repr_string;
use crate::vm::{PyResult, Vm};

/// A bound method: a function and the instance it was looked up on.
pub struct MethodBody {
    pub func: ObjRef,
    pub self_: ObjRef,
    /// CPython's `im_weakreflist` and `vectorcall` words, kept so a bound
    /// method is CPython's 64 bytes: weak references live in
    /// `memory::weakref`'s table and calls dispatch on the layout here.
    _layout_parity: [usize; 2],
}

impl Traverse for MethodBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.func);
        visit(&self.self_);
    }
}
impl VarSize for MethodBody {}

pub fn new_method(func: &Obj, self_: &Obj) -> PyResult<ObjRef> {
    Ok(alloc_object(
        &types().method,
        MethodBody {
            func: func.to_ref(),
            self_: self_.to_ref(),
            _layout_parity: [0; 2],
        },
        0,
    )?)
}

/// `types.MethodType(func, obj)` (CPython's `method_new`).
pub(crate) fn method_type_new(
    _vm: &mut Vm,
    call: &crate::objects::typeobject::construct::TypeCall,
) -> PyResult<ObjRef> {
    let (pos, kws) = call.split();
    if !kws.is_empty() {
        return Err(crate::objects::exception::type_error(
            "method() takes no keyword arguments",
        ));
    }
    crate::protocol::convert::check_args("method", pos, 2, 2)?;
    if !crate::modules::builtins::introspect::is_callable(&pos[0]) {
        return Err(crate::objects::exception::type_error(
            "first argument must be callable",
        ));
    }
    if pos[1].is(&types().none) {
        return Err(crate::objects::exception::type_error(
            "instance must not be None",
        ));
    }
    new_method(&pos[0], &pos[1])
}

/// `<bound method C.f of <__main__.C object at 0x...>>`.
pub(crate) fn method_repr(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    let m = o.payload::<MethodBody>().expect("method");
    let fname = match m.func.payload::<FunctionBody>() {
        Some(f) => try_str(&f.qualname.borrow()).unwrap_or("?").to_string(),
        None => "?".into(),
    };
    Ok(format!(
        "<bound method {} of {}>",
        fname,
        repr_string(vm, &m.self_)?
    ))
}

/// A bound method's `__self__` and `__func__`; its name and doc are the function's.
pub(crate) fn method_special_attr(vm: &mut Vm, obj: &Obj, name: &str) -> PyResult<Option<ObjRef>> {
    let m = obj.payload::<MethodBody>().expect("method");
    Ok(Some(match name {
        "__self__" => m.self_.clone(),
        "__func__" => m.func.clone(),
        "__name__" | "__qualname__" | "__doc__" | "__module__" => {
            return special_attr(vm, &m.func.clone(), name);
        }
        // Other attributes are the function's (CPython's method_getattro
        // delegates to `__func__`).
        _ => {
            let own = m
                .func
                .payload::<FunctionBody>()
                .and_then(|f| f.attr_table())
                .and_then(|t| t.borrow().get_rust_str(name));
            return Ok(own);
        }
    }))
}
