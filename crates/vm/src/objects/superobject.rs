//! `super`: the type and object it was made for, `super(type, obj)`, and
//! attribute lookup that starts after `type` in the object's MRO.

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::exception::type_error;
use crate::objects::registry::types;
use crate::objects::str::try_str;
use crate::objects::typeobject::construct::TypeCall;
use crate::objects::typeobject::special_attrs::special_attr;
use crate::objects::typeobject::{is_subtype, TypeBody};
use crate::objects::{exception, typeobject, Layout, Traverse, VarSize};
use crate::protocol::attr;
use crate::protocol::convert::check_args;
use crate::vm::{PyResult, Vm};

/// `super(type, obj)`: attribute lookup starting after `this_type` in the
/// MRO of `obj`'s type (or of `obj` itself when it is a class).
pub struct SuperBody {
    pub this_type: ObjRef,
    pub obj: ObjRef,
    pub obj_type: ObjRef,
}
impl Traverse for SuperBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.this_type);
        visit(&self.obj);
        visit(&self.obj_type);
    }
}
impl VarSize for SuperBody {}

/// Attribute lookup on a `super` object.
pub fn super_getattr(vm: &mut Vm, sup: &Obj, name: &Obj) -> PyResult<Option<ObjRef>> {
    let s = sup.payload::<SuperBody>().expect("super");
    let mut after = false;
    for t in typeobject::mro_iter(&s.obj_type) {
        if after {
            let tb = t.payload::<TypeBody>().expect("type");
            let v = tb.dict().borrow().get_str(name);
            if let Some(v) = v {
                let inst = if s.obj.is(&s.obj_type) {
                    None
                } else {
                    Some(&*s.obj)
                };
                return attr::descr_get(vm, &v, inst, &s.obj_type).map(Some);
            }
        } else if t.is(&s.this_type) {
            after = true;
        }
    }
    special_attr(vm, sup, try_str(name).unwrap_or(""))
}

/// `super(type, obj)`.
fn new_super(this_type: &Obj, obj: &Obj) -> PyResult<ObjRef> {
    if this_type.payload::<TypeBody>().is_none() {
        return Err(type_error("super() argument 1 must be a type"));
    }
    let obj_type = if obj.layout() == Layout::Type && is_subtype(obj, this_type) {
        obj.to_ref()
    } else if is_subtype(obj.ty(), this_type) {
        obj.ty().to_ref()
    } else {
        return Err(type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    };
    Ok(alloc_object(
        &types().super_,
        SuperBody {
            this_type: this_type.to_ref(),
            obj: obj.to_ref(),
            obj_type,
        },
        0,
    )?)
}

/// `super(type, obj)` (the zero-argument form is compiled to this).
pub(crate) fn super_new(_vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let (pos, _) = call.split();
    crate::protocol::convert::no_kwargs("super", call.kwnames)?;
    check_args("super", pos, 0, 2)?;
    if pos.len() != 2 {
        return Err(exception::runtime_error("super(): no arguments"));
    }
    new_super(&pos[0], &pos[1])
}

/// `<super: <class 'B'>, <B object>>`, or `NULL` for an unbound super.
pub(crate) fn super_repr(o: &Obj) -> String {
    let s = o.payload::<SuperBody>().expect("super");
    let name = |t: &Obj| {
        t.payload::<crate::objects::typeobject::TypeBody>()
            .map_or_else(|| "?".to_string(), |b| b.name().to_string())
    };
    if s.obj.is(&types().none) {
        return format!("<super: <class '{}'>, NULL>", name(&s.this_type));
    }
    let obj_type = if s.obj_type.layout() == Layout::Type {
        name(&s.obj_type)
    } else if s.obj.layout() == Layout::Type {
        name(&s.obj)
    } else {
        crate::protocol::object::type_name(&s.obj).to_string()
    };
    format!(
        "<super: <class '{}'>, <{obj_type} object>>",
        name(&s.this_type)
    )
}
