//! The methods of `set` and `frozenset` (`add`, `remove`, `discard`, `pop`,
//! `update`, `union`, `intersection`, `difference`, `symmetric_difference`
//! and their in-place forms, `issubset`, `issuperset`, `isdisjoint`,
//! `copy`, `clear`) and their table.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::bool::py_bool;
use crate::objects::exception::{key_error, type_error};
use crate::objects::registry::types;
use crate::objects::set::ops::{
    clear, contains_entry, copy, difference, difference_update_internal, discard_entry, entries,
    intersection, is_anyset, is_frozen, issubset, lookup_hash, make_new_set, set_add, swap_bodies,
    symmetric_difference, symmetric_difference_update, table, update_internal,
};
use crate::objects::str::new_str;
use crate::objects::Layout;
use crate::protocol::convert::check_args;
use crate::vm::{PyResult, Vm};

// --- methods -----------------------------------------------------------------

type Args<'a> = &'a [ObjRef];

fn self_set(args: Args) -> PyResult<ObjRef> {
    match args.first() {
        Some(s) if s.layout() == Layout::Set && !is_frozen(s) => Ok(s.clone()),
        _ => Err(type_error("descriptor requires a 'set' object")),
    }
}

fn self_anyset(args: Args) -> PyResult<ObjRef> {
    match args.first() {
        Some(s) if s.layout() == Layout::Set => Ok(s.clone()),
        _ => Err(type_error("descriptor requires a 'set' object")),
    }
}

/// A set to compare against: `other` itself, or a new set of its items.
fn as_set(vm: &mut Vm, o: &Obj) -> PyResult<ObjRef> {
    if is_anyset(o) {
        return Ok(o.to_ref());
    }
    make_new_set(vm, false, Some(o))
}

fn add_m(vm: &mut Vm, args: Args, _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("add", &args[1..], 1, 1)?;
    let s = self_set(args)?;
    set_add(vm, &s, args[1].clone())?;
    Ok(vm.none())
}

fn remove_impl(vm: &mut Vm, args: Args, must_exist: bool) -> PyResult<ObjRef> {
    let name = if must_exist { "remove" } else { "discard" };
    check_args(name, &args[1..], 1, 1)?;
    let s = self_set(args)?;
    let h = lookup_hash(vm, &args[1])?;
    if !discard_entry(vm, &s, &args[1], h)? && must_exist {
        return Err(key_error(args[1].clone()));
    }
    Ok(vm.none())
}

fn remove_m(vm: &mut Vm, args: Args, _kw: Option<&Obj>) -> PyResult<ObjRef> {
    remove_impl(vm, args, true)
}

fn discard_m(vm: &mut Vm, args: Args, _kw: Option<&Obj>) -> PyResult<ObjRef> {
    remove_impl(vm, args, false)
}

fn pop_m(_vm: &mut Vm, args: Args, _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("pop", &args[1..], 0, 0)?;
    let s = self_set(args)?;
    let k = table(&s).borrow_mut().pop();
    k.ok_or_else(|| {
        key_error(new_str("pop from an empty set").unwrap_or_else(|_| types().none.clone()))
    })
}

fn update_m(vm: &mut Vm, args: Args, _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let s = self_set(args)?;
    for other in &args[1..] {
        update_internal(vm, &s, other)?;
    }
    Ok(vm.none())
}

fn union_m(vm: &mut Vm, args: Args, _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let so = self_anyset(args)?;
    let r = copy(vm, &so)?;
    for other in &args[1..] {
        if other.is(&so) {
            continue;
        }
        update_internal(vm, &r, other)?;
    }
    Ok(r)
}

/// `set_intersection_multi`.
fn intersection_multi(vm: &mut Vm, so: &Obj, others: &[ObjRef]) -> PyResult<ObjRef> {
    if others.is_empty() {
        return copy(vm, so);
    }
    let mut r = so.to_ref();
    for other in others {
        r = intersection(vm, &r, other)?;
    }
    Ok(r)
}

fn intersection_m(vm: &mut Vm, args: Args, _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let so = self_anyset(args)?;
    intersection_multi(vm, &so, &args[1..])
}

fn intersection_update_m(vm: &mut Vm, args: Args, _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let so = self_set(args)?;
    let tmp = intersection_multi(vm, &so, &args[1..])?;
    if !tmp.is(&so) {
        swap_bodies(&so, &tmp);
    }
    Ok(vm.none())
}

fn difference_m(vm: &mut Vm, args: Args, _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let so = self_anyset(args)?;
    if args.len() == 1 {
        return copy(vm, &so);
    }
    let r = difference(vm, &so, &args[1])?;
    for other in &args[2..] {
        difference_update_internal(vm, &r, other)?;
    }
    Ok(r)
}

fn difference_update_m(vm: &mut Vm, args: Args, _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let so = self_set(args)?;
    for other in &args[1..] {
        difference_update_internal(vm, &so, other)?;
    }
    Ok(vm.none())
}

fn symmetric_difference_m(vm: &mut Vm, args: Args, _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("symmetric_difference", &args[1..], 1, 1)?;
    let so = self_anyset(args)?;
    symmetric_difference(vm, &so, &args[1])
}

fn symmetric_difference_update_m(vm: &mut Vm, args: Args, _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("symmetric_difference_update", &args[1..], 1, 1)?;
    let so = self_set(args)?;
    symmetric_difference_update(vm, &so, &args[1])?;
    Ok(vm.none())
}

fn issubset_m(vm: &mut Vm, args: Args, _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("issubset", &args[1..], 1, 1)?;
    let so = self_anyset(args)?;
    let o = as_set(vm, &args[1])?;
    Ok(py_bool(issubset(vm, &so, &o)?))
}

fn issuperset_m(vm: &mut Vm, args: Args, _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("issuperset", &args[1..], 1, 1)?;
    let so = self_anyset(args)?;
    let o = as_set(vm, &args[1])?;
    Ok(py_bool(issubset(vm, &o, &so)?))
}

fn isdisjoint_m(vm: &mut Vm, args: Args, _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("isdisjoint", &args[1..], 1, 1)?;
    let so = self_anyset(args)?;
    let o = as_set(vm, &args[1])?;
    for (h, k) in entries(&o) {
        if contains_entry(vm, &so, &k, h)? {
            return Ok(py_bool(false));
        }
    }
    Ok(py_bool(true))
}

fn copy_m(vm: &mut Vm, args: Args, _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("copy", &args[1..], 0, 0)?;
    let so = self_anyset(args)?;
    if is_frozen(&so) && so.ty().is(&types().frozenset) {
        return Ok(so);
    }
    copy(vm, &so)
}

fn clear_m(vm: &mut Vm, args: Args, _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("clear", &args[1..], 0, 0)?;
    let so = self_set(args)?;
    clear(&so);
    Ok(vm.none())
}

/// Installs the methods of `set` and `frozenset`.
pub(crate) fn install_methods() -> PyResult<()> {
    use crate::objects::function::builtin::install;
    use crate::objects::function::builtin::BuiltinKind;
    use crate::objects::function::builtin::NativeFn;
    let t = types();
    let m = BuiltinKind::Method;
    let shared: &[(&'static str, NativeFn)] = &[
        ("union", union_m),
        ("intersection", intersection_m),
        ("difference", difference_m),
        ("symmetric_difference", symmetric_difference_m),
        ("issubset", issubset_m),
        ("issuperset", issuperset_m),
        ("isdisjoint", isdisjoint_m),
        ("copy", copy_m),
    ];
    install(&t.set, "set", shared, m)?;
    install(&t.frozenset, "frozenset", shared, m)?;
    install(
        &t.set,
        "set",
        &[
            ("add", add_m),
            ("remove", remove_m),
            ("discard", discard_m),
            ("pop", pop_m),
            ("update", update_m),
            ("intersection_update", intersection_update_m),
            ("difference_update", difference_update_m),
            ("symmetric_difference_update", symmetric_difference_update_m),
            ("clear", clear_m),
        ],
        m,
    )
}
