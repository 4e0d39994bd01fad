//! Native weak reference objects (CPython's `PyWeakReference`,
//! `_PyWeakref_RefType`): 64 bytes and the GC head, one 80-byte block.
//! Who refers weakly to whom is kept in `memory::weakref`'s table (a
//! weak reference is registered there with its referent and reads it
//! back from there); the body keeps the callback and the cached hash, and
//! words for CPython's `wr_object`, `wr_prev`, `wr_next` and `vectorcall`
//! fields, so the block is CPython's.
//!
//! `weakref.ref` is this type (`ReferenceType`): calling it returns the
//! referent or None, its hash is the referent's (cached, so it survives the
//! referent), two live references compare as their referents, a dead one
//! by identity, and `ref(obj)` without a callback returns the existing
//! plain reference to `obj` if there is one (CPython's `get_basic_refs`).
//! Class statements make them too: each class's entry in its bases'
//! `__subclasses__` dict is one (`typeobject::subclasses`). Subclasses
//! (`KeyedRef`, `WeakMethod`) take their slots and dict after the body
//! (`objects::subtype_dict`).

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::memory::slot::ObjSlot;
use crate::memory::weakref;
use crate::objects::bool::py_bool;
use crate::objects::exception::type_error;
use crate::objects::function::builtin::{self, BuiltinKind};
use crate::objects::int::new_int;
use crate::objects::registry::types;
use crate::objects::str::try_str;
use crate::objects::typeobject::construct::TypeCall;
use crate::objects::{singletons, Traverse, VarSize};
use crate::protocol::object::type_name;
use crate::protocol::repr::addr;
use crate::protocol::{attr, compare, hash};
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

/// `wr_callback` and `hash`, then the words of CPython's other fields.
pub struct WeakRefBody {
    pub callback: ObjSlot,
    /// The referent's hash once asked for (-1: not yet), as CPython's.
    pub hash: Cell<i64>,
    _cpython: [usize; 4],
}

impl Traverse for WeakRefBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        self.callback.visit(visit);
    }

    fn clear(&self) {
        drop(self.callback.take());
    }
}
impl VarSize for WeakRefBody {}

/// A new weak reference of type `ty` to `referent`, calling `callback`
/// (None: no callback) with itself when the referent dies.
pub fn new_weakref_of(ty: &Obj, referent: &Obj, callback: Option<ObjRef>) -> PyResult<ObjRef> {
    let wr = alloc_object(
        ty,
        WeakRefBody {
            callback: ObjSlot::new(callback),
            hash: Cell::new(-1),
            _cpython: [0; 4],
        },
        0,
    )?;
    crate::memory::weakref::register(&wr, referent);
    Ok(wr)
}

/// The plain reference to `referent` (exact type, no callback), if any.
fn basic_ref(referent: &Obj) -> Option<ObjRef> {
    let t = &types().weakref;
    weakref::refs_to(referent)
        .into_iter()
        .find(|r| r.ty().is(t) && callback_of(r).is_none())
}

/// A plain `weakref.ref(referent)` without a callback: the existing one
/// if there is one, as CPython's `PyWeakref_NewRef`.
pub fn new_weakref(referent: &Obj) -> PyResult<ObjRef> {
    match basic_ref(referent) {
        Some(r) => Ok(r),
        None => new_weakref_of(&types().weakref, referent, None),
    }
}

/// `ReferenceType(ob[, callback])` for `cls` (the type or a subclass):
/// CPython's `weakref___new__`.
pub fn weakref_new_in(cls: &Obj, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    if kwnames
        .is_some_and(|k| crate::objects::tuple::try_tuple_items(k).is_some_and(|k| !k.is_empty()))
    {
        return Err(type_error("ref() takes no keyword arguments"));
    }
    let (ob, callback) = match args {
        [ob] => (ob, None),
        [ob, cb] => (ob, Some(cb.clone()).filter(|c| !singletons::is_none(c))),
        _ => {
            return Err(type_error(format!(
                "__new__ expected {}, got {}",
                if args.is_empty() {
                    "at least 1 argument"
                } else {
                    "at most 2 arguments"
                },
                args.len()
            )))
        }
    };
    if !weakref::supports(ob) {
        return Err(type_error(format!(
            "cannot create weak reference to '{}' object",
            type_name(ob)
        )));
    }
    if callback.is_none() && cls.is(&types().weakref) {
        if let Some(r) = basic_ref(ob) {
            return Ok(r);
        }
    }
    new_weakref_of(cls, ob, callback)
}

/// Calling `weakref.ref` itself (`construct::construct_builtin`).
pub(crate) fn weakref_new(_vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    weakref_new_in(call.cls, call.args, call.kwnames)
}

fn body(o: &Obj) -> PyResult<&WeakRefBody> {
    o.payload::<WeakRefBody>().ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 'weakref.ReferenceType' object but received a '{}'",
            type_name(o)
        ))
    })
}

/// `hash(r)`: the referent's hash, kept once known.
pub fn weakref_hash(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    let b = body(o)?;
    if b.hash.get() != -1 {
        return Ok(b.hash.get());
    }
    let Some(ob) = weakref::referent(o) else {
        return Err(type_error("weak object has gone away"));
    };
    let h = hash::hash(vm, &ob)?;
    b.hash.set(h);
    Ok(h)
}

/// `a == b` of two weak references: their referents', or identity once
/// either is dead. None when `b` is no weak reference.
pub fn weakref_eq(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Option<bool>> {
    if b.payload::<WeakRefBody>().is_none() || a.payload::<WeakRefBody>().is_none() {
        return Ok(None);
    }
    match (weakref::referent(a), weakref::referent(b)) {
        (Some(x), Some(y)) => Ok(Some(compare::eq(vm, &x, &y)?)),
        _ => Ok(Some(a.is(b))),
    }
}

/// `repr(r)`: CPython's `weakref_repr`.
pub fn weakref_repr(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    let Some(ob) = weakref::referent(o) else {
        return Ok(format!("<weakref at {}; dead>", addr(o)));
    };
    let name = attr::get_attr_opt(vm, &ob, "__name__")?;
    let mut text = format!(
        "<weakref at {}; to '{}' at {}",
        addr(o),
        type_name(&ob),
        addr(&ob)
    );
    if let Some(n) = name.as_deref().and_then(try_str) {
        text.push_str(&format!(" ({n})"));
    }
    text.push('>');
    Ok(text)
}

/// `r()`: the referent, or None once it has died.
pub fn call_ref(vm: &mut Vm, r: &Obj, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    let nkw = kwnames
        .and_then(crate::objects::tuple::try_tuple_items)
        .map_or(0, |k| k.len());
    if nkw > 0 {
        return Err(type_error("weakref() takes no keyword arguments"));
    }
    if !args.is_empty() {
        return Err(type_error(format!(
            "weakref expected 0 arguments, got {}",
            args.len()
        )));
    }
    Ok(weakref::referent(r).unwrap_or_else(|| vm.none()))
}

fn w_call(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    body(&args[0])?;
    call_ref(vm, &args[0], &args[1..], kw)
}

fn w_hash(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(new_int(weakref_hash(vm, &args[0])?)?)
}

fn w_eq(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    crate::protocol::convert::check_args("__eq__", &args[1..], 1, 1)?;
    Ok(match weakref_eq(vm, &args[0], &args[1])? {
        Some(r) => py_bool(r),
        None => types().not_implemented.clone(),
    })
}

fn w_ne(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    crate::protocol::convert::check_args("__ne__", &args[1..], 1, 1)?;
    Ok(match weakref_eq(vm, &args[0], &args[1])? {
        Some(r) => py_bool(!r),
        None => types().not_implemented.clone(),
    })
}

fn w_repr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    body(&args[0])?;
    Ok(crate::objects::str::new_str(&weakref_repr(vm, &args[0])?)?)
}

/// `__init__(ob[, callback])`: `__new__` did the work.
fn w_init(vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(vm.none())
}

pub(crate) fn install_methods() -> PyResult<()> {
    builtin::install(
        &types().weakref,
        "weakref.ReferenceType",
        &[
            ("__call__", w_call),
            ("__hash__", w_hash),
            ("__eq__", w_eq),
            ("__ne__", w_ne),
            ("__repr__", w_repr),
            ("__init__", w_init),
        ],
        BuiltinKind::Method,
    )
}

/// The callback of `wr`, a native weak reference (None otherwise).
pub fn callback_of(wr: &Obj) -> Option<ObjRef> {
    wr.payload::<WeakRefBody>()?.callback.get()
}

const _: () = assert!(crate::memory::object::object_block_size::<WeakRefBody>(0) == 80);
