//! `except*` (PEP 654) at run time, as CPython 3.11's ceval.c and
//! Objects/exceptions.c: matching a clause's types against the exception
//! being handled (`CheckEgMatch`, CPython's `exception_group_match`) and
//! working out what to re-raise after the clauses (`PrepReraiseStar`,
//! CPython's `_PyExc_PrepReraiseStar`).
//!
//! The compiled handler keeps `orig` (the exception caught), a list of the
//! exceptions the clauses raised or re-raised, and the part of `orig` no
//! clause has matched yet (see the compiler's `codegen::exceptions`).

use crate::eval::exceptions::exception_matches;
use crate::eval::frame::Frame;
use crate::memory::object::{Obj, ObjRef};
use crate::objects::exception::{
    is_exception_class, is_exception_instance, type_error, ExceptionBody,
};
use crate::objects::exception_group::{group_new, is_group, projection};
use crate::objects::list::{list_body, new_list};
use crate::objects::registry::types;
use crate::objects::str::new_str;
use crate::objects::tuple::{new_tuple, try_tuple_items};
use crate::objects::typeobject::is_subtype;
use crate::vm::{PyResult, Vm};

/// `CheckEgMatch`: (exc type -- rest match).
pub(crate) fn check_eg_match(vm: &mut Vm, frame: &mut Frame) -> PyResult<()> {
    let spec = frame.pop();
    check_star_type(&spec)?;
    let exc = frame.pop();
    let (rest, matched) = match exception_group_match(vm, &exc, &spec)? {
        // `exc` stays in place for the next clause.
        None => (exc, types().none.clone()),
        Some((matched, rest)) => {
            // The clause body sees the match as the exception being
            // handled (`sys.exc_info()`, a bare `raise`, `__context__`).
            let old = vm.handled_exc.replace(matched.clone());
            drop(old);
            (rest.unwrap_or_else(|| types().none.clone()), matched)
        }
    };
    frame.push(rest);
    frame.push(matched);
    Ok(())
}

/// CPython's `check_except_star_type_valid`: every class must be an
/// exception class, and none an exception group class.
fn check_star_type(spec: &Obj) -> PyResult<()> {
    let one = std::slice::from_ref(&spec);
    let classes: Vec<&Obj> = match try_tuple_items(spec) {
        Some(items) => items.iter().map(|i| &**i).collect(),
        None => one.to_vec(),
    };
    if classes.iter().any(|c| !is_exception_class(c)) {
        return Err(type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        ));
    }
    if classes
        .iter()
        .any(|c| is_subtype(c, &types().base_exception_group))
    {
        return Err(type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        ));
    }
    Ok(())
}

/// CPython's `exception_group_match`: `Some((match, rest))` when `spec`
/// matches `exc` or a part of it (`rest` is None when all of it matched),
/// None when nothing does.
fn exception_group_match(
    vm: &mut Vm,
    exc: &Obj,
    spec: &Obj,
) -> PyResult<Option<(ObjRef, Option<ObjRef>)>> {
    if exc.is(&types().none) {
        return Ok(None);
    }
    if exception_matches(exc, spec)? {
        if is_group(exc) {
            return Ok(Some((exc.to_ref(), None)));
        }
        // A naked exception is wrapped for the clause.
        let excs = new_tuple(vec![exc.to_ref()])?;
        let wrapped = create_group(vm, excs)?;
        return Ok(Some((wrapped, None)));
    }
    if !is_group(exc) {
        return Ok(None);
    }
    let split = crate::protocol::attr::get_attr(vm, exc, &*new_str("split")?)?;
    let pair = crate::protocol::call::call(vm, &split, &[spec.to_ref()], None)?;
    let parts = try_tuple_items(&pair)
        .filter(|p| p.len() == 2)
        .ok_or_else(|| type_error("split must return a 2-tuple"))?;
    let none = &types().none;
    // A `split` overridden in Python may return anything.
    if parts
        .iter()
        .any(|p| !p.is(none) && !is_exception_instance(p))
    {
        return Err(type_error("split must return exceptions or None"));
    }
    if parts[0].is(none) {
        return Ok(None);
    }
    let rest = (!parts[1].is(none)).then(|| parts[1].clone());
    Ok(Some((parts[0].clone(), rest)))
}

/// CPython's `_PyExc_CreateExceptionGroup("", excs)`.
fn create_group(vm: &mut Vm, excs: ObjRef) -> PyResult<ObjRef> {
    let t = types();
    group_new(vm, &t.base_exception_group, &[t.empty_str.clone(), excs])
}

/// `PrepReraiseStar`: (orig list -- exc-or-None).
pub(crate) fn prep_reraise_star(vm: &mut Vm, frame: &mut Frame) -> PyResult<()> {
    let list = frame.pop();
    let orig = frame.pop();
    let excs: Vec<ObjRef> = list_body(&list)
        .map(|b| b.items.borrow().iter().cloned().collect())
        .unwrap_or_default();
    let r = prep_reraise(vm, &orig, excs)?;
    frame.push(r.unwrap_or_else(|| types().none.clone()));
    Ok(())
}

/// CPython's `_PyExc_PrepReraiseStar`: the exceptions the clauses
/// re-raised (same metadata as `orig`) keep `orig`'s nesting; those they
/// raised anew become siblings of that in a new group.
fn prep_reraise(vm: &mut Vm, orig: &Obj, excs: Vec<ObjRef>) -> PyResult<Option<ObjRef>> {
    let none = &types().none;
    if excs.is_empty() {
        return Ok(None);
    }
    if !is_group(orig) {
        // A naked exception was caught and wrapped: at most one clause ran,
        // so there is at most one exception (the list's first item, which
        // may be None).
        let e = &excs[0];
        return Ok((!e.is(none)).then(|| e.clone()));
    }
    let (mut raised, mut reraised) = (Vec::new(), Vec::new());
    for e in excs {
        if e.is(none) {
            continue;
        }
        if same_metadata(&e, orig) {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    let reraised_eg = projection(vm, orig, &reraised)?;
    if raised.is_empty() {
        return Ok(reraised_eg);
    }
    raised.extend(reraised_eg);
    Ok(Some(create_group(vm, new_list(raised)?)?))
}

/// CPython's `is_same_exception_metadata`: the same traceback, cause and
/// context (3.11 compares the notes slot too, which is always NULL there).
fn same_metadata(e1: &Obj, e2: &Obj) -> bool {
    let (Some(b1), Some(b2)) = (e1.payload::<ExceptionBody>(), e2.payload::<ExceptionBody>())
    else {
        return false;
    };
    let same = |a: &Option<ObjRef>, b: &Option<ObjRef>| match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => a.is(b),
        _ => false,
    };
    same(&b1.cause.get(), &b2.cause.get())
        && same(&b1.context.get(), &b2.context.get())
        && same(&b1.traceback.get(), &b2.traceback.get())
}
