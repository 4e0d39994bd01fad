//! `member_descriptor`: what `__slots__ = ('a', 'b')` puts in the class
//! namespace for each name (CPython's `PyMemberDescrObject` over a
//! `T_OBJECT_EX` member). It reads and writes one word of the instance
//! (see `objects::instance::InstanceShape`); an unset slot raises
//! AttributeError as in CPython 3.11.
//!
//! The same layout serves `getset_descriptor` (see `objects::getset`):
//! a class's `__dict__` and `__weakref__` and the computed attributes of
//! built-in types, whose value comes from `special_attrs::special_attr`.
//!
//! Invariant: a [`MemberKind::Slot`] index is below the slot count of
//! `owner`'s instances, and of every subclass's (inherited slots keep
//! their positions). For a subclass of a built-in type the values live in
//! `objects::subtype_dict`, under the same indexes.

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::exception::{attribute_error, type_error};
use crate::objects::function::builtin::{self, BuiltinKind};
use crate::objects::instance;
use crate::objects::registry::types;
use crate::objects::str::try_str;
use crate::objects::typeobject::{self, special_attrs, TypeBody};
use crate::objects::{Traverse, VarSize};
use crate::protocol::convert::check_args;
use crate::protocol::object::type_name;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

pub struct MemberBody {
    pub name: ObjRef,
    /// The class whose `__slots__` named it (`d_type`); None once the
    /// collector cleared it.
    pub owner: RefCell<Option<ObjRef>>,
    pub kind: MemberKind,
}

/// What the descriptor reads. Kept to one word, so that the object is
/// CPython's 48 bytes (64 with the GC head).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum MemberKind {
    /// A `__slots__` member: which word of the instance holds the value.
    Slot(u32),
    /// A `getset_descriptor`: the attribute the object computes, by name.
    GetSet,
}

impl Traverse for MemberBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(o) = self.owner.try_borrow() {
            if let Some(o) = o.as_ref() {
                visit(o);
            }
        }
    }

    fn clear(&self) {
        let o = self.owner.try_borrow_mut().map(|mut o| o.take());
        drop(o);
    }
}
impl VarSize for MemberBody {}

pub fn new_member(name: ObjRef, owner: &Obj, index: usize) -> PyResult<ObjRef> {
    let index = u32::try_from(index).map_err(|_| type_error("too many __slots__"))?;
    Ok(alloc_object(
        &types().member_descriptor,
        MemberBody {
            name,
            owner: RefCell::new(Some(owner.to_ref())),
            kind: MemberKind::Slot(index),
        },
        0,
    )?)
}

/// A `getset_descriptor` for the attribute `name` of `owner`'s instances.
pub fn new_getset(name: ObjRef, owner: &Obj) -> PyResult<ObjRef> {
    Ok(alloc_object(
        &types().getset_descriptor,
        MemberBody {
            name,
            owner: RefCell::new(Some(owner.to_ref())),
            kind: MemberKind::GetSet,
        },
        0,
    )?)
}

fn body(m: &Obj) -> &MemberBody {
    m.payload::<MemberBody>().expect("member_descriptor")
}

fn owner_name(m: &MemberBody) -> String {
    m.owner
        .borrow()
        .as_ref()
        .and_then(|o| o.payload::<TypeBody>().map(|b| b.name()))
        .unwrap_or_else(|| "?".into())
}

/// `<member 'a' of 'C' objects>`, `<attribute '__dict__' of 'C' objects>`.
pub fn member_repr(m: &Obj) -> String {
    let b = body(m);
    format!(
        "<{} '{}' of '{}' objects>",
        match b.kind {
            MemberKind::Slot(_) => "member",
            MemberKind::GetSet => "attribute",
        },
        try_str(&b.name).unwrap_or("?"),
        owner_name(b)
    )
}

/// `descr_check`: the descriptor applies to instances of its class only.
fn check(m: &MemberBody, obj: &Obj) -> PyResult<()> {
    let ok = m
        .owner
        .borrow()
        .as_ref()
        .is_some_and(|o| typeobject::is_subtype(obj.ty(), o));
    if ok {
        Ok(())
    } else {
        Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            try_str(&m.name).unwrap_or("?"),
            owner_name(m),
            type_name(obj)
        )))
    }
}

/// The slot word a `__slots__` member reads and writes for `obj`, when it
/// is one and applies to `obj` (what [`member_get`] and [`member_set`]
/// check before touching it): for the attribute caches.
#[inline]
pub fn slot_index_for(m: &Obj, obj: &Obj) -> Option<usize> {
    let b = m.payload::<MemberBody>()?;
    if obj.layout() != crate::objects::Layout::Instance {
        return None;
    }
    let MemberKind::Slot(i) = b.kind else {
        return None;
    };
    let applies = b
        .owner
        .borrow()
        .as_ref()
        .is_some_and(|o| typeobject::is_subtype(obj.ty(), o));
    applies.then_some(i as usize)
}

/// `member.__get__(obj)`.
pub fn member_get(vm: &mut Vm, m: &Obj, obj: &Obj) -> PyResult<ObjRef> {
    let b = body(m);
    check(b, obj)?;
    let index = match b.kind {
        MemberKind::Slot(i) => i as usize,
        MemberKind::GetSet => return getset_get(vm, b, obj),
    };
    let v = match obj.layout() {
        crate::objects::Layout::Instance => instance::slot_get(obj, index),
        crate::objects::Layout::Exception => {
            crate::objects::exception_members::slot_word(obj, index).and_then(|w| w.get())
        }
        // A subclass of another built-in type: the words after its body.
        _ => crate::objects::subtype_dict::slot_get(obj, index),
    };
    v.ok_or_else(|| {
        attribute_error(format!(
            "'{}' object has no attribute '{}'",
            type_name(obj),
            try_str(&b.name).unwrap_or("?")
        ))
    })
}

/// `member.__set__(obj, value)` / `__delete__(obj)` (value None).
pub fn member_set(m: &Obj, obj: &Obj, value: Option<ObjRef>) -> PyResult<()> {
    let b = body(m);
    check(b, obj)?;
    let index = match b.kind {
        MemberKind::Slot(i) => i as usize,
        MemberKind::GetSet => return getset_set(b, obj, value),
    };
    let deleting = value.is_none();
    let old = match obj.layout() {
        crate::objects::Layout::Instance => instance::slot_set(obj, index, value),
        crate::objects::Layout::Exception => {
            match crate::objects::exception_members::slot_word(obj, index) {
                Some(w) => w.replace(value),
                None => return Err(type_error("exception object cannot hold this slot")),
            }
        }
        _ => crate::objects::subtype_dict::slot_set(obj, index, value)?,
    };
    if deleting && old.is_none() {
        // CPython 3.11's T_OBJECT_EX delete of an unset slot: the bare name.
        return Err(attribute_error(try_str(&b.name).unwrap_or("?")));
    }
    drop(old);
    Ok(())
}

/// A getset's value: the instance's `__dict__`, `__weakref__` (the first
/// weak reference to it, or None) or a computed attribute of a built-in.
fn getset_get(vm: &mut Vm, b: &MemberBody, obj: &Obj) -> PyResult<ObjRef> {
    let name = try_str(&b.name).unwrap_or("?");
    if name == "__weakref__" {
        let refs = crate::memory::weakref::refs_to(obj);
        return Ok(refs
            .into_iter()
            .next()
            .unwrap_or_else(|| types().none.clone()));
    }
    // A subclass of a built-in type: its side dict (`subtype_dict`).
    special_attrs::special_attr(vm, obj, name)?.ok_or_else(|| {
        attribute_error(format!(
            "'{}' object has no attribute '{name}'",
            type_name(obj)
        ))
    })
}

/// Only an instance's `__dict__` can be assigned (CPython's `getset_set`
/// refuses the read-only ones).
fn getset_set(b: &MemberBody, obj: &Obj, value: Option<ObjRef>) -> PyResult<()> {
    let name = try_str(&b.name).unwrap_or("?");
    if name == "__dict__" && obj.layout() == crate::objects::Layout::Instance {
        return special_attrs::set_instance_dict(obj, value);
    }
    if name == "__dict__" && crate::objects::subtype_dict::eligible(obj) {
        return crate::objects::subtype_dict::set_dict(obj, value);
    }
    Err(attribute_error(format!(
        "attribute '{name}' of '{}' objects is not writable",
        owner_name(b)
    )))
}

fn self_member(args: &[ObjRef], what: &str) -> PyResult<ObjRef> {
    match args.first() {
        Some(m) if m.payload::<MemberBody>().is_some() => Ok(m.clone()),
        _ => Err(type_error(format!(
            "descriptor '{what}' requires a 'member_descriptor' object"
        ))),
    }
}

fn m_get(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let m = self_member(args, "__get__")?;
    check_args("__get__", &args[1..], 1, 2)?;
    let obj = &args[1];
    if obj.is(&types().none) {
        return Ok(m);
    }
    member_get(vm, &m, obj)
}

fn m_set(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let m = self_member(args, "__set__")?;
    check_args("__set__", &args[1..], 2, 2)?;
    member_set(&m, &args[1], Some(args[2].clone()))?;
    Ok(types().none.clone())
}

fn m_delete(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let m = self_member(args, "__delete__")?;
    check_args("__delete__", &args[1..], 1, 1)?;
    member_set(&m, &args[1], None)?;
    Ok(types().none.clone())
}

/// Puts this type's built-in methods into its namespace (at start-up).
pub(crate) fn install_methods() -> PyResult<()> {
    for (ty, name) in [
        (&types().member_descriptor, "member_descriptor"),
        (&types().getset_descriptor, "getset_descriptor"),
    ] {
        builtin::install(
            ty,
            name,
            &[
                ("__get__", m_get),
                ("__set__", m_set),
                ("__delete__", m_delete),
            ],
            BuiltinKind::Method,
        )?;
    }
    Ok(())
}
