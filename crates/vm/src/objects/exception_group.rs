//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654) as CPython 3.11's
//! Objects/exceptions.c: construction and its checks, `message`,
//! `exceptions`, `str()`, `derive`, `split` and `subgroup`, and the
//! projection `except*` re-raises with (`exception_group_projection`).
//!
//! A group is an ordinary exception instance ([`ExceptionBody`]); its
//! message is kept in the body's `name` slot and its exceptions (always a
//! non-empty tuple of exception instances) in the `obj` slot. Those slots
//! belong to NameError, AttributeError and ImportError otherwise, which no
//! group is a subclass of, so the two uses never meet; both slots are
//! already traversed and cleared by the body. `args` is what the
//! constructor got, as in CPython (`ExceptionGroup('m', [e])` keeps the
//! list).

use crate::memory::object::{Obj, ObjRef};
use crate::objects::exception::{
    exc_body, is_exception_class, is_exception_instance, type_error, value_error,
};
use crate::objects::function::builtin;
use crate::objects::function::builtin::BuiltinKind;
use crate::objects::list::new_list;
use crate::objects::registry::types;
use crate::objects::str::new_str;
use crate::objects::tuple::{new_tuple, try_tuple_items};
use crate::objects::typeobject::{is_subtype, lookup_str, TypeBody};
use crate::objects::Layout;
use crate::protocol::object::type_name;
use crate::protocol::{attr, call, convert, iter, object, repr};
use crate::vm::{PyResult, Vm};
use std::collections::HashSet;

/// Is `o` an instance of BaseExceptionGroup (or a subclass)?
pub fn is_group(o: &Obj) -> bool {
    is_subtype(o.ty(), &types().base_exception_group)
}

/// A group's message (a str).
pub fn group_message(o: &Obj) -> ObjRef {
    crate::objects::exception_members::slot(o, "message")
        .and_then(|s| s.get())
        .unwrap_or_else(|| types().empty_str.clone())
}

/// A group's exceptions: a non-empty tuple.
pub fn group_exceptions(o: &Obj) -> ObjRef {
    crate::objects::exception_members::slot(o, "exceptions")
        .and_then(|s| s.get())
        .unwrap_or_else(|| types().empty_tuple.clone())
}

/// CPython's `PySequence_Check`: a built-in sequence, or an instance whose
/// class defines `__getitem__`, dicts excepted.
fn is_sequence(o: &Obj) -> bool {
    match o.layout() {
        Layout::List
        | Layout::Tuple
        | Layout::Str
        | Layout::Bytes
        | Layout::ByteArray
        | Layout::Range
        | Layout::MemoryView => true,
        Layout::Dict => false,
        _ => object::is_heap_type_instance(o) && lookup_str(o.ty(), "__getitem__").is_some(),
    }
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`: checks the
/// arguments and picks the class (a BaseExceptionGroup of only Exceptions
/// is an ExceptionGroup).
pub(crate) fn group_new(vm: &mut Vm, cls: &Obj, args: &[ObjRef]) -> PyResult<ObjRef> {
    let t = types();
    if args.len() != 2 {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    let (message, excs) = (&args[0], &args[1]);
    if message.layout() != Layout::Str {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            type_name(message)
        )));
    }
    if !is_sequence(excs) {
        return Err(type_error(
            "second argument (exceptions) must be a sequence",
        ));
    }
    let items = iter::collect(vm, excs)?;
    if items.is_empty() {
        return Err(value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let mut nested_base_exceptions = false;
    for (i, e) in items.iter().enumerate() {
        if !is_exception_instance(e) {
            return Err(value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !is_subtype(e.ty(), &t.exception) {
            nested_base_exceptions = true;
        }
    }
    let mut cls = cls.to_ref();
    if cls.is(&t.base_exception_group) {
        if !nested_base_exceptions {
            cls = t.exception_group.clone();
        }
    } else if cls.is(&t.exception_group) {
        if nested_base_exceptions {
            return Err(type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        }
    } else if nested_base_exceptions && is_subtype(&cls, &t.exception) {
        let name = cls.payload::<TypeBody>().expect("type").name().to_string();
        return Err(type_error(format!(
            "Cannot nest BaseExceptions in '{name}'"
        )));
    }
    let e = crate::objects::exception::alloc_exception(&cls, new_tuple(args.to_vec())?)?;
    let members = crate::objects::exception_members::slot;
    if let Some(s) = members(&e, "message") {
        s.set(Some(message.clone()));
    }
    if let Some(s) = members(&e, "exceptions") {
        s.set(Some(new_tuple(items)?));
    }
    Ok(e)
}

/// `str(group)`: `msg (2 sub-exceptions)`.
pub(crate) fn group_str(vm: &mut Vm, o: &Obj) -> PyResult<ObjRef> {
    let msg = repr::str_string(vm, &group_message(o))?;
    let n = try_tuple_items(&group_exceptions(o)).map_or(0, |i| i.len());
    Ok(new_str(&format!(
        "{msg} ({n} sub-exception{})",
        if n > 1 { "s" } else { "" }
    ))?)
}

fn eg_str(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    convert::check_args("__str__", &args[1..], 0, 0)?;
    group_str(vm, &args[0])
}

/// `group.derive(excs)`: `BaseExceptionGroup(self.message, excs)`.
fn eg_derive(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    convert::check_args("derive", &args[1..], 1, 1)?;
    let call_args = [group_message(&args[0]), args[1].clone()];
    call::call(vm, &types().base_exception_group, &call_args, None)
}

/// What `split`/`subgroup` match with.
enum Matcher {
    /// An exception class or a tuple of them.
    Type(ObjRef),
    /// A function called with each exception.
    Predicate(ObjRef),
    /// The leaf exceptions (not groups) with these ids
    /// (`EXCEPTION_GROUP_MATCH_INSTANCE_IDS`).
    Leaves(HashSet<usize>),
}

fn matcher_of(v: &Obj) -> PyResult<Matcher> {
    if v.layout() != Layout::Type && crate::modules::builtins::introspect::is_callable(v) {
        return Ok(Matcher::Predicate(v.to_ref()));
    }
    if is_exception_class(v) {
        return Ok(Matcher::Type(v.to_ref()));
    }
    if v.ty().is(&types().tuple) {
        let items = try_tuple_items(v).expect("tuple");
        if items.iter().all(|i| is_exception_class(i)) {
            return Ok(Matcher::Type(v.to_ref()));
        }
    }
    Err(type_error(
        "expected a function, exception type or tuple of exception types",
    ))
}

fn matches(vm: &mut Vm, exc: &Obj, m: &Matcher) -> PyResult<bool> {
    match m {
        Matcher::Type(t) => crate::eval::exceptions::exception_matches(exc, t),
        Matcher::Predicate(f) => {
            let r = call::call(vm, f, &[exc.to_ref()], None)?;
            object::truthy(vm, &r)
        }
        Matcher::Leaves(ids) => Ok(!is_group(exc) && ids.contains(&exc.id())),
    }
}

/// The parts of one exception: what matched and (for `split`) the rest.
struct Parts {
    matched: Option<ObjRef>,
    rest: Option<ObjRef>,
}

/// CPython's `exceptiongroup_split_recursive`: a matching exception is
/// taken whole; a group that does not match is split into new groups made
/// by its `derive`.
fn split_recursive(vm: &mut Vm, exc: &Obj, m: &Matcher, with_rest: bool) -> PyResult<Parts> {
    if matches(vm, exc, m)? {
        return Ok(Parts {
            matched: Some(exc.to_ref()),
            rest: None,
        });
    }
    if !is_group(exc) {
        return Ok(Parts {
            matched: None,
            rest: with_rest.then(|| exc.to_ref()),
        });
    }
    repr::recursive(vm, " in split", |vm| split_children(vm, exc, m, with_rest))
}

fn split_children(vm: &mut Vm, eg: &Obj, m: &Matcher, with_rest: bool) -> PyResult<Parts> {
    let excs = group_exceptions(eg);
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in try_tuple_items(&excs).unwrap_or(&[]) {
        let p = split_recursive(vm, e, m, with_rest)?;
        matched.extend(p.matched);
        rest.extend(p.rest);
    }
    let matched = subset(vm, eg, matched)?;
    let rest = if with_rest {
        subset(vm, eg, rest)?
    } else {
        None
    };
    Ok(Parts { matched, rest })
}

/// CPython's `exceptiongroup_subset`: `orig.derive(excs)`, with `orig`'s
/// traceback, cause, context and a copy of its notes.
fn subset(vm: &mut Vm, orig: &Obj, excs: Vec<ObjRef>) -> PyResult<Option<ObjRef>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let derive = attr::get_attr(vm, orig, &*new_str("derive")?)?;
    let eg = call::call(vm, &derive, &[new_list(excs)?], None)?;
    if !is_group(&eg) {
        return Err(type_error(
            "derive must return an instance of BaseExceptionGroup",
        ));
    }
    let tb = crate::objects::traceback::exception_traceback(orig)?;
    if !tb.is(&types().none) {
        crate::objects::traceback::set_exception_traceback(&eg, &tb)?;
    }
    {
        let (o, n) = (exc_body(orig), exc_body(&eg));
        n.context.set(o.context.get());
        n.cause.set(o.cause.get());
        // PyException_SetCause always sets it.
        n.suppress_context.set(true);
    }
    if let Some(notes) = attr::get_attr_opt(vm, orig, "__notes__")? {
        if is_sequence(&notes) {
            let copy = new_list(iter::collect(vm, &notes)?)?;
            attr::set_attr(vm, &eg, &*new_str("__notes__")?, copy)?;
        }
    }
    Ok(Some(eg))
}

/// `group.split(condition)`: `(match, rest)`, each a group or None.
fn eg_split(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    convert::check_args("split", &args[1..], 1, 1)?;
    let m = matcher_of(&args[1])?;
    let p = split_recursive(vm, &args[0], &m, true)?;
    let none = || types().none.clone();
    Ok(new_tuple(vec![
        p.matched.unwrap_or_else(none),
        p.rest.unwrap_or_else(none),
    ])?)
}

/// `group.subgroup(condition)`: the matching part, or None.
fn eg_subgroup(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    convert::check_args("subgroup", &args[1..], 1, 1)?;
    let m = matcher_of(&args[1])?;
    let p = split_recursive(vm, &args[0], &m, false)?;
    Ok(p.matched.unwrap_or_else(|| types().none.clone()))
}

/// Adds the ids of the leaf exceptions of `exc` (itself, if not a group).
fn collect_leaf_ids(vm: &mut Vm, exc: &Obj, ids: &mut HashSet<usize>) -> PyResult<()> {
    if !is_group(exc) {
        ids.insert(exc.id());
        return Ok(());
    }
    let excs = group_exceptions(exc);
    for e in try_tuple_items(&excs).unwrap_or(&[]) {
        repr::recursive(vm, " in collect_exception_group_leaf_ids", |vm| {
            collect_leaf_ids(vm, e, ids)
        })?;
    }
    Ok(())
}

/// CPython's `exception_group_projection`: the part of the group `eg`
/// holding the leaf exceptions found in any of `keep`, with `eg`'s nesting
/// and metadata (None when there are none).
pub(crate) fn projection(vm: &mut Vm, eg: &Obj, keep: &[ObjRef]) -> PyResult<Option<ObjRef>> {
    let mut ids = HashSet::new();
    for e in keep {
        collect_leaf_ids(vm, e, &mut ids)?;
    }
    Ok(split_recursive(vm, eg, &Matcher::Leaves(ids), false)?.matched)
}

/// Puts the groups' methods into BaseExceptionGroup's namespace.
pub(crate) fn install_methods() -> PyResult<()> {
    builtin::install(
        &types().base_exception_group,
        "BaseExceptionGroup",
        &[
            ("__str__", eg_str),
            ("derive", eg_derive),
            ("split", eg_split),
            ("subgroup", eg_subgroup),
        ],
        BuiltinKind::Method,
    )
}
