//! `types.SimpleNamespace` (CPython's `_PyNamespace_Type`,
//! Objects/namespaceobject.c): an object whose attributes are its dict,
//! made with it (`ns_dict`, CPython's `tp_dictoffset` 16). 24 bytes and
//! the GC head, one 48-byte block, and the dict's: `getsizeof` 40 as in
//! CPython. A class statement's subclass adds the weak-reference word
//! (`objects::subtype_dict`).

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::bool::py_bool;
use crate::objects::dict::{dict_body, new_dict, ops};
use crate::objects::exception::type_error;
use crate::objects::function::builtin::{self, BuiltinKind};
use crate::objects::registry::types;
use crate::objects::str::{new_str, try_str};
use crate::objects::typeobject::construct::TypeCall;
use crate::objects::typeobject::is_subtype;
use crate::objects::{Traverse, VarSize};
use crate::protocol::convert::split_kwargs;
use crate::protocol::{compare, repr};
use crate::vm::{PyResult, Vm};

/// `ns_dict`: the attribute dict, there from the start.
pub struct NamespaceBody {
    pub dict: ObjRef,
}

impl Traverse for NamespaceBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.dict);
    }

    /// Empties the dict (it stays, as the object's only field): a cycle
    /// through it falls apart.
    fn clear(&self) {
        if let Some(b) = dict_body(&self.dict) {
            let old = b.table.try_borrow_mut().map(|mut t| t.take_all());
            drop(old);
        }
    }
}
impl VarSize for NamespaceBody {}

/// A new empty namespace of type `cls` (the type or a subclass).
pub fn new_namespace_in(cls: &Obj) -> PyResult<ObjRef> {
    let dict = new_dict()?;
    Ok(alloc_object(cls, NamespaceBody { dict }, 0)?)
}

/// The namespace's dict.
pub fn dict_of(o: &Obj) -> Option<&ObjRef> {
    o.payload::<NamespaceBody>().map(|b| &b.dict)
}

/// `namespace_init`: keyword arguments become attributes; positional
/// ones are refused (3.11).
fn fill(vm: &mut Vm, ns: &Obj, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<()> {
    let (pos, kws) = split_kwargs(args, kwnames);
    if !pos.is_empty() {
        return Err(type_error("no positional arguments expected"));
    }
    let d = dict_of(ns).ok_or_else(|| type_error("SimpleNamespace expected"))?;
    for (k, v) in kws {
        ops::dict_set(vm, d, new_str(k)?, v.clone())?;
    }
    Ok(())
}

/// Calling `types.SimpleNamespace` itself (`construct::construct_builtin`).
pub(crate) fn namespace_new(vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let ns = new_namespace_in(call.cls)?;
    fill(vm, &ns, call.args, call.kwnames)?;
    Ok(ns)
}

fn ns_init(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    fill(vm, &args[0], &args[1..], kw)?;
    Ok(vm.none())
}

/// `repr(ns)`: `namespace(a=1, b=2)` (a subclass: its name), `...` for a
/// namespace already being shown.
pub fn namespace_repr(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    let name = if o.ty().is(&types().simple_namespace) {
        "namespace".to_string()
    } else {
        o.type_body().name().to_string()
    };
    let Some(_guard) = repr::enter(o) else {
        return Ok(format!("{name}(...)"));
    };
    let Some(d) = dict_of(o) else {
        return Ok(format!("{name}()"));
    };
    let items = crate::objects::dict::dict_pairs(d);
    let mut parts = Vec::with_capacity(items.len());
    for (k, v) in items {
        // Only str keys are shown, as CPython's namespace_repr.
        if let Some(k) = try_str(&k) {
            parts.push(format!("{k}={}", repr::repr_string(vm, &v)?));
        }
    }
    Ok(format!("{name}({})", parts.join(", ")))
}

fn ns_repr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(new_str(&namespace_repr(vm, &args[0])?)?)
}

/// `a == b`: two namespaces compare their dicts; anything else is
/// NotImplemented.
pub fn namespace_eq(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Option<bool>> {
    let t = &types().simple_namespace;
    if !is_subtype(a.ty(), t) || !is_subtype(b.ty(), t) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (dict_of(a), dict_of(b)) else {
        return Ok(None);
    };
    let (x, y) = (x.clone(), y.clone());
    Ok(Some(compare::eq(vm, &x, &y)?))
}

fn ns_compare(vm: &mut Vm, args: &[ObjRef], negate: bool) -> PyResult<ObjRef> {
    crate::protocol::convert::check_args("__eq__", &args[1..], 1, 1)?;
    Ok(match namespace_eq(vm, &args[0], &args[1])? {
        Some(r) => py_bool(r != negate),
        None => types().not_implemented.clone(),
    })
}

fn ns_eq(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    ns_compare(vm, args, false)
}

fn ns_ne(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    ns_compare(vm, args, true)
}

/// `__reduce__`: `(type(ns), (), ns.__dict__)`, for copy and pickle.
fn ns_reduce(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let d = dict_of(&args[0])
        .cloned()
        .ok_or_else(|| type_error("SimpleNamespace expected"))?;
    let t = types();
    Ok(crate::objects::tuple::new_tuple(vec![
        args[0].ty().to_ref(),
        t.empty_tuple.clone(),
        d,
    ])?)
}

pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    builtin::install(
        &t.simple_namespace,
        "types.SimpleNamespace",
        &[
            ("__init__", ns_init),
            ("__repr__", ns_repr),
            ("__eq__", ns_eq),
            ("__ne__", ns_ne),
            ("__reduce__", ns_reduce),
        ],
        BuiltinKind::Method,
    )?;
    // `__hash__ = None`: defining `__eq__` in C leaves tp_hash unset.
    let tb = t
        .simple_namespace
        .payload::<crate::objects::typeobject::TypeBody>()
        .expect("type");
    tb.dict()
        .borrow_mut()
        .set_str(new_str("__hash__")?, t.none.clone())?;
    Ok(())
}

const _: () = assert!(crate::memory::object::object_block_size::<NamespaceBody>(0) == 40);
