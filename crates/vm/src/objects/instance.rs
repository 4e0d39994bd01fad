//! `object` and instances of classes: the layout of `object()` and of a
//! plain class's instance (its attribute dict), `object()`, and the methods
//! of `object` (`__init__`, `__new__`, `__repr__`, `__eq__`, `__hash__`,
//! `__setattr__`, `__getattribute__`, `__format__` ...), which classes
//! inherit.

use crate::memory::object::alloc_object;
use crate::memory::object::{Obj, ObjRef};
use crate::objects::bool::py_bool;
use crate::objects::dict::table::DictTable;
use crate::objects::exception::type_error;
use crate::objects::function::builtin;
use crate::objects::function::builtin::BuiltinKind;
use crate::objects::int::new_int;
use crate::objects::registry::types;
use crate::objects::str::{new_str, try_str};
use crate::objects::typeobject::construct::TypeCall;
use crate::objects::typeobject::{call, construct, special_attrs, TypeBody};
use crate::objects::{dict, typeobject, Layout, Traverse, VarSize};
use crate::protocol::convert::check_args;
use crate::protocol::repr::addr;
use crate::protocol::{attr, compare, object, repr};
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, OnceCell, RefCell};

/// A bare `object()`: nothing but the header.
pub struct ObjectBody;
impl Traverse for ObjectBody {}
impl VarSize for ObjectBody {}

/// An instance of a class statement's class: its attributes live in the
/// instance itself (as in CPython 3.11, where `__dict__` is materialised only
/// when asked for), so a cycle of two instances is two objects.
///
/// The first `obj.__dict__` (or `vars(obj)`) moves the inline attributes
/// into a real dict object, kept in `materialized`; from then on every
/// attribute access goes through that dict (it is then a separate tracked
/// object, as in CPython) and the inline table stays empty.
pub struct InstanceBody {
    pub dict: RefCell<DictTable>,
    pub materialized: OnceCell<ObjRef>,
    /// `__del__` has run (PEP 442: a finalizer runs at most once).
    pub finalized: Cell<bool>,
}
impl Traverse for InstanceBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(d) = self.dict.try_borrow() {
            d.traverse(visit);
        }
        if let Some(d) = self.materialized.get() {
            visit(d);
        }
    }

    fn clear(&self) {
        let t = self.dict.try_borrow_mut().map(|mut t| t.take_all());
        drop(t);
    }
}

impl InstanceBody {
    pub fn new() -> InstanceBody {
        InstanceBody {
            dict: RefCell::new(DictTable::new()),
            materialized: OnceCell::new(),
            finalized: Cell::new(false),
        }
    }

    /// The attribute table: the materialised dict's, else the inline one.
    pub fn table(&self) -> &RefCell<DictTable> {
        match self.materialized.get() {
            Some(d) => &dict::dict_body(d).expect("dict").table,
            None => &self.dict,
        }
    }
}

impl Default for InstanceBody {
    fn default() -> Self {
        InstanceBody::new()
    }
}
impl VarSize for InstanceBody {}

pub(crate) fn none() -> ObjRef {
    types().none.clone()
}

fn obj_init(_vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(none())
}

fn obj_new(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    let cls = args
        .first()
        .ok_or_else(|| type_error("object.__new__(): not enough arguments"))?;
    if cls.layout() != Layout::Type {
        return Err(type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            object::type_name(cls)
        )));
    }
    let cb = cls.payload::<TypeBody>().expect("type");
    if call::is_immutable_layout(cb.layout) {
        if !cb.has_flag(typeobject::flags::HEAPTYPE) {
            return construct::construct_builtin(vm, cls, &args[1..], kw);
        }
        return call::new_immutable_instance(vm, cls, &args[1..], kw);
    }
    call::alloc_instance(cls, &args[1..])
}

fn obj_repr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let s = crate::protocol::repr::repr_builtin(vm, &args[0])?;
    Ok(new_str(&s)?)
}

fn obj_str(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    repr::repr(vm, &args[0])
}

fn obj_eq(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__eq__", &args[1..], 1, 1)?;
    Ok(if args[0].is(&args[1]) {
        py_bool(true)
    } else {
        types().not_implemented.clone()
    })
}

fn obj_ne(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__ne__", &args[1..], 1, 1)?;
    let r = compare::rich_compare(
        vm,
        arenapy_compiler::opcode::ComparisonOperator::Equal,
        &args[0],
        &args[1],
    )?;
    if r.is(&types().not_implemented) {
        return Ok(r);
    }
    Ok(py_bool(!object::truthy(vm, &r)?))
}

fn obj_hash(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(new_int((args[0].id() as u64).rotate_right(4) as i64)?)
}

fn obj_setattr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__setattr__", &args[1..], 2, 2)?;
    attr::generic_set_attr(vm, &args[0], &args[1], Some(args[2].clone()))?;
    Ok(none())
}

fn obj_delattr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__delattr__", &args[1..], 1, 1)?;
    attr::generic_set_attr(vm, &args[0], &args[1], None)?;
    Ok(none())
}

fn obj_getattribute(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__getattribute__", &args[1..], 1, 1)?;
    // The generic lookup without the class's own __getattribute__ override.
    let obj = &args[0];
    let name = &args[1];
    let ty = obj.ty();
    if let Some(d) = typeobject::lookup(ty, name) {
        if d.layout() == Layout::Property {
            return attr::descr_get(vm, &d, Some(obj), ty);
        }
    }
    if let Some(dict) = attr::instance_dict(obj) {
        if let Some(v) = dict.borrow().get_str(name) {
            return Ok(v);
        }
    }
    if let Some(d) = typeobject::lookup(ty, name) {
        return attr::descr_get(vm, &d, Some(obj), ty);
    }
    if let Some(v) = special_attrs::special_attr(vm, obj, try_str(name).unwrap_or(""))? {
        return Ok(v);
    }
    Err(attr::no_attribute(obj, name))
}

fn obj_format(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__format__", &args[1..], 1, 1)?;
    let spec = try_str(&args[1]).unwrap_or("");
    if !spec.is_empty() {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            object::type_name(&args[0])
        )));
    }
    repr::str_of(vm, &args[0])
}

fn obj_init_subclass(_vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(none())
}

/// `object.__repr__`: `<__main__.C object at 0x...>` for instances of classes, `<T object at 0x...>` for built-in types.
pub(crate) fn object_repr(o: &Obj) -> String {
    let tb = o.type_body();
    let qual = try_str(&tb.qualname.borrow()).unwrap_or("?").to_string();
    if tb.has_flag(typeobject::flags::HEAPTYPE) {
        let module = typeobject::lookup_str(o.ty(), "__module__")
            .and_then(|m| try_str(&m).map(|s| s.to_string()))
            .unwrap_or_else(|| "__main__".to_string());
        format!("<{}.{} object at {}>", module, qual, addr(o))
    } else {
        format!("<{} object at {}>", qual, addr(o))
    }
}

/// `object()`: a featureless instance.
pub(crate) fn object_new(_vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let t = types();
    let (pos, _) = call.split();
    if !pos.is_empty() {
        return Err(type_error("object() takes no arguments"));
    }
    Ok(alloc_object(&t.object, ObjectBody, 0)?)
}

/// Puts this type's built-in methods into its namespace (at start-up).
pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    let m = BuiltinKind::Method;
    builtin::install(
        &t.object,
        "object",
        &[
            ("__init__", obj_init),
            ("__repr__", obj_repr),
            ("__str__", obj_str),
            ("__eq__", obj_eq),
            ("__ne__", obj_ne),
            ("__hash__", obj_hash),
            ("__setattr__", obj_setattr),
            ("__delattr__", obj_delattr),
            ("__getattribute__", obj_getattribute),
            ("__format__", obj_format),
        ],
        m,
    )?;
    builtin::install(
        &t.object,
        "object",
        &[("__new__", obj_new)],
        BuiltinKind::StaticMethod,
    )?;
    builtin::install(
        &t.object,
        "object",
        &[("__init_subclass__", obj_init_subclass)],
        BuiltinKind::ClassMethod,
    )?;
    Ok(())
}
