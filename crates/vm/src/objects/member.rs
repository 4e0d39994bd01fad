//! `member_descriptor`: what `__slots__ = ('a', 'b')` puts in the class
//! namespace for each name (CPython's `PyMemberDescrObject` over a
//! `T_OBJECT_EX` member). It reads and writes one word of the instance
//! (see `objects::instance::InstanceShape`); an unset slot raises
//! AttributeError as in CPython 3.11.
//!
//! Invariant: `index` is below the slot count of `owner`'s instances, and
//! of every subclass's (inherited slots keep their positions).

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::exception::{attribute_error, type_error};
use crate::objects::function::builtin::{self, BuiltinKind};
use crate::objects::instance;
use crate::objects::registry::types;
use crate::objects::str::try_str;
use crate::objects::typeobject::{self, TypeBody};
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
    /// Which word of the instance holds the value.
    pub index: usize,
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
    Ok(alloc_object(
        &types().member_descriptor,
        MemberBody {
            name,
            owner: RefCell::new(Some(owner.to_ref())),
            index,
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

/// `<member 'a' of 'C' objects>`.
pub fn member_repr(m: &Obj) -> String {
    let b = body(m);
    format!(
        "<member '{}' of '{}' objects>",
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

/// `member.__get__(obj)`.
pub fn member_get(m: &Obj, obj: &Obj) -> PyResult<ObjRef> {
    let b = body(m);
    check(b, obj)?;
    instance::slot_get(obj, b.index).ok_or_else(|| {
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
    let deleting = value.is_none();
    let old = instance::slot_set(obj, b.index, value);
    if deleting && old.is_none() {
        // CPython 3.11's T_OBJECT_EX delete of an unset slot: the bare name.
        return Err(attribute_error(try_str(&b.name).unwrap_or("?")));
    }
    drop(old);
    Ok(())
}

fn self_member(args: &[ObjRef], what: &str) -> PyResult<ObjRef> {
    match args.first() {
        Some(m) if m.payload::<MemberBody>().is_some() => Ok(m.clone()),
        _ => Err(type_error(format!(
            "descriptor '{what}' requires a 'member_descriptor' object"
        ))),
    }
}

fn m_get(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let m = self_member(args, "__get__")?;
    check_args("__get__", &args[1..], 1, 2)?;
    let obj = &args[1];
    if obj.is(&types().none) {
        return Ok(m);
    }
    member_get(&m, obj)
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
    builtin::install(
        &types().member_descriptor,
        "member_descriptor",
        &[
            ("__get__", m_get),
            ("__set__", m_set),
            ("__delete__", m_delete),
        ],
        BuiltinKind::Method,
    )
}
