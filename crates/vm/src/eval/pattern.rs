//! Structural pattern matching (PEP 634): the runtime half of the match
//! statement's opcodes, as CPython 3.11's `MATCH_*` instructions.
//!
//! A subject is a *sequence* when its type is (a subclass of) list, tuple or
//! range — never str or bytes — and a *mapping* when it is a dict (or a
//! subclass). A class pattern `C(p0, p1, k=pk)` first checks
//! `isinstance(subject, C)`, then maps the positional sub-patterns to
//! attribute names through `C.__match_args__`; the built-in types bool,
//! bytes, dict, float, frozenset, int, list, set, str and tuple instead match
//! a single positional sub-pattern against the subject itself.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::dict::ops;
use crate::objects::exception::{type_error, value_error};
use crate::objects::int::int_small;
use crate::objects::registry::types;
use crate::objects::str::try_str;
use crate::objects::tuple::{new_tuple, try_tuple_items};
use crate::objects::typeobject::{flags, is_subtype, lookup_str, TypeBody};
use crate::protocol::{attr, call, compare, repr};
use crate::vm::{PyResult, Vm};

/// CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING, as the classes of
/// `collections.abc` (and `deque`) declare them in `__abc_tpflags__`.
const TPFLAGS_SEQUENCE: i64 = 1 << 5;
const TPFLAGS_MAPPING: i64 = 1 << 6;

/// Does a class statement's type (or a base) declare the flag?
fn abc_flag(ty: &Obj, flag: i64) -> bool {
    let heap = ty
        .payload::<TypeBody>()
        .is_some_and(|t| t.has_flag(flags::HEAPTYPE));
    if !heap {
        return false;
    }
    lookup_str(ty, "__abc_tpflags__")
        .and_then(|v| int_small(&v))
        .is_some_and(|v| v & flag != 0)
}

/// MatchSequence: list, tuple, range, their subclasses, and classes
/// derived from `collections.abc.Sequence` (never str or bytes).
pub fn is_sequence(subject: &Obj) -> bool {
    let t = types();
    let ty = subject.ty();
    is_subtype(ty, &t.list)
        || is_subtype(ty, &t.tuple)
        || is_subtype(ty, &t.range)
        || abc_flag(ty, TPFLAGS_SEQUENCE)
}

/// MatchMapping: dict, its subclasses, and classes derived from
/// `collections.abc.Mapping`.
pub fn is_mapping(subject: &Obj) -> bool {
    is_subtype(subject.ty(), &types().dict) || abc_flag(subject.ty(), TPFLAGS_MAPPING)
}

/// MatchKeys: a tuple of the values of `keys` in the mapping `subject`, or
/// None when a key is missing.
pub fn match_keys(vm: &mut Vm, subject: &Obj, keys: &Obj) -> PyResult<ObjRef> {
    let keys = try_tuple_items(keys).unwrap_or(&[]);
    let mut values = Vec::with_capacity(keys.len());
    // Anything but a plain dict is asked through its `get` method, with a
    // default no Python code can see.
    let exact = subject.ty().is(&types().dict);
    let get = if exact {
        None
    } else {
        attr::get_attr_opt(vm, subject, "get")?
    };
    let missing = &types().null_marker;
    for (i, k) in keys.iter().enumerate() {
        // Value patterns (`C.X`) may evaluate to equal keys.
        for earlier in &keys[..i] {
            if compare::eq(vm, earlier, k)? {
                let r = repr::repr(vm, k)?;
                return Err(value_error(format!(
                    "mapping pattern checks duplicate key ({})",
                    try_str(&r).unwrap_or("")
                )));
            }
        }
        let v = match &get {
            None if exact => ops::dict_get(vm, subject, k)?,
            None => return Err(type_error("mapping pattern subject has no get()")),
            Some(get) => {
                let v = call::call(vm, get, &[k.clone(), missing.clone()], None)?;
                (!v.is(missing)).then_some(v)
            }
        };
        match v {
            Some(v) => values.push(v),
            None => return Ok(types().none.clone()),
        }
    }
    Ok(new_tuple(values)?)
}

/// Types whose instances match a single positional sub-pattern themselves
/// (CPython's `_Py_TPFLAGS_MATCH_SELF`).
fn matches_self(cls: &Obj) -> bool {
    let t = types();
    [
        &t.bool,
        &t.bytes,
        &t.dict,
        &t.float,
        &t.frozenset,
        &t.int,
        &t.list,
        &t.set,
        &t.str,
        &t.tuple,
    ]
    .iter()
    .any(|b| is_subtype(cls, b))
}

fn type_name(cls: &Obj) -> String {
    cls.payload::<TypeBody>()
        .map_or_else(String::new, |t| t.name())
}

/// MatchClass: None unless `subject` is an instance of `cls`; else the tuple
/// of the `nargs` positional sub-subjects followed by the attributes named
/// in the tuple `names` (None if one is missing).
pub fn match_class(
    vm: &mut Vm,
    subject: &Obj,
    cls: &Obj,
    nargs: usize,
    names: &Obj,
) -> PyResult<ObjRef> {
    if cls.payload::<TypeBody>().is_none() {
        return Err(type_error("called match pattern must be a type"));
    }
    let none = types().none.clone();
    if !is_subtype(subject.ty(), cls) {
        return Ok(none);
    }
    let mut seen: Vec<String> = Vec::new();
    let mut attrs = Vec::new();
    if nargs > 0 {
        let match_args = attr::get_attr_opt(vm, cls, "__match_args__")?;
        let positional: Vec<ObjRef> = match &match_args {
            Some(ma) => {
                let Some(items) =
                    try_tuple_items(ma).filter(|_| is_subtype(ma.ty(), &types().tuple))
                else {
                    return Err(type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        type_name(cls),
                        ma.type_body().name()
                    )));
                };
                items.to_vec()
            }
            None => Vec::new(),
        };
        let self_match = match_args.is_none() && matches_self(cls);
        let allowed = if self_match { 1 } else { positional.len() };
        if nargs > allowed {
            let plural = if allowed == 1 { "" } else { "s" };
            return Err(type_error(format!(
                "{}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)",
                type_name(cls)
            )));
        }
        if self_match {
            attrs.push(subject.to_ref());
        } else {
            for name in &positional[..nargs] {
                let Some(s) = try_str(name) else {
                    return Err(type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        name.type_body().name()
                    )));
                };
                match class_attr(vm, subject, cls, s, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(none),
                }
            }
        }
    }
    for name in try_tuple_items(names).unwrap_or(&[]) {
        let s = try_str(name).unwrap_or("");
        match class_attr(vm, subject, cls, s, &mut seen)? {
            Some(v) => attrs.push(v),
            None => return Ok(none),
        }
    }
    Ok(new_tuple(attrs)?)
}

/// `getattr(subject, name)` for a class pattern; each name at most once.
fn class_attr(
    vm: &mut Vm,
    subject: &Obj,
    cls: &Obj,
    name: &str,
    seen: &mut Vec<String>,
) -> PyResult<Option<ObjRef>> {
    if seen.iter().any(|s| s == name) {
        return Err(type_error(format!(
            "{}() got multiple sub-patterns for attribute '{name}'",
            type_name(cls)
        )));
    }
    seen.push(name.to_string());
    attr::get_attr_opt(vm, subject, name)
}
