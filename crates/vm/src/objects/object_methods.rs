//! `object`'s introspection and pickling methods (CPython's
//! `object_methods` in typeobject.c): `__dir__` (and `type.__dir__`),
//! `__reduce__`, `__reduce_ex__`, `__getstate__`, `__sizeof__` and the
//! `__subclasshook__` class method; and the names `dir()` lists for
//! attributes that live in no namespace here but are getset descriptors in
//! CPython's type dicts (`__class__`, `__doc__`, `range.start` ...).
//!
//! The reductions are computed by the `copy` module's `_reduce_ex_default`
//! and `_getstate_default` (CPython's `reduce_newobj` and
//! `object_getstate_default`), so `copy` and these methods cannot disagree.

use crate::memory::object::{Obj, ObjRef};
use crate::modules::import;
use crate::objects::function::builtin;
use crate::objects::function::builtin::BuiltinKind;
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::module::ModuleBody;
use crate::objects::registry::types;
use crate::objects::str::{new_str, try_str};
use crate::objects::typeobject::{flags, TypeBody};
use crate::objects::{dict, typeobject, Layout};
use crate::protocol::convert::check_method_args;
use crate::protocol::{attr, call};
use crate::vm::{PyResult, Vm};

/// The getset names CPython's type dict of `t` holds that arenapy answers
/// outside any namespace (`special_attrs`): listed by `dir()` only.
fn getset_names(t: &Obj) -> &'static [&'static str] {
    let ts = types();
    let b = t.payload::<TypeBody>().expect("type");
    if t.is(&ts.object) {
        &["__class__", "__doc__"]
    } else if t.is(&ts.type_) {
        &[
            "__abstractmethods__",
            "__annotations__",
            "__base__",
            "__bases__",
            "__dict__",
            "__doc__",
            "__module__",
            "__mro__",
            "__name__",
            "__qualname__",
        ]
    } else if t.is(&ts.base_exception) {
        &[
            "__cause__",
            "__context__",
            "__dict__",
            "__doc__",
            "__suppress_context__",
            "__traceback__",
            "args",
        ]
    } else if b.has_flag(flags::HEAPTYPE) {
        &[]
    } else {
        &["__doc__"]
    }
}

fn push_keys(names: &mut Vec<String>, table: &crate::objects::dict::table::DictTable) {
    for e in table.iter() {
        names.push(try_str(e.key).unwrap_or("").to_string());
    }
}

/// The names of `cls`'s namespace and its bases' (CPython's
/// `merge_class_dict`), with the getsets of each.
fn class_names(cls: &Obj, names: &mut Vec<String>) {
    for t in typeobject::mro_iter(cls) {
        push_keys(
            names,
            &t.payload::<TypeBody>().expect("type").dict().borrow(),
        );
        names.extend(getset_names(&t).iter().map(|s| s.to_string()));
    }
}

fn str_list(names: Vec<String>) -> PyResult<ObjRef> {
    let mut items = Vec::with_capacity(names.len());
    for n in names {
        items.push(new_str(&n)?);
    }
    Ok(new_list(items)?)
}

/// `object.__dir__()`: the instance's own attributes and its class's; a
/// module's are its namespace (`module.__dir__`). Unsorted: `dir()` sorts.
fn obj_dir(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_method_args("object", "__dir__", &args[1..], 0)?;
    let o = &args[0];
    let mut names: Vec<String> = Vec::new();
    if let Some(m) = o.payload::<ModuleBody>() {
        push_keys(
            &mut names,
            &dict::dict_body(&m.dict).expect("dict").table.borrow(),
        );
        return str_list(names);
    }
    if o.layout() == Layout::Instance {
        for (k, _) in crate::objects::instance::own_items(o) {
            names.push(try_str(&k).unwrap_or("").to_string());
        }
    } else if o.layout() != Layout::Type {
        // CPython reads `self.__dict__` (an int subclass's side dict, an
        // exception's or a function's namespace).
        if let Some(d) = attr::get_attr_opt(vm, o, "__dict__")? {
            if let Some(b) = dict::dict_body(&d) {
                push_keys(&mut names, &b.table.borrow());
            }
        }
    }
    class_names(o.ty(), &mut names);
    str_list(first_occurrences(names))
}

/// The names without repeats, in the order first met (CPython collects
/// them in a dict).
fn first_occurrences(names: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    names
        .into_iter()
        .filter(|n| seen.insert(n.clone()))
        .collect()
}

/// `type.__dir__()`: the class's attributes and its bases' (not the
/// metaclass's).
fn type_dir(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_method_args("type", "__dir__", &args[1..], 0)?;
    let mut names: Vec<String> = Vec::new();
    if args[0].layout() == Layout::Type {
        class_names(&args[0], &mut names);
    }
    str_list(first_occurrences(names))
}

/// Calls `copy.<helper>(*args)`.
fn copy_helper(vm: &mut Vm, helper: &str, args: &[ObjRef]) -> PyResult<ObjRef> {
    let copy = import::import(vm, "copy")?;
    let name = new_str(helper)?;
    let f = attr::get_attr(vm, &copy, &name)?;
    call::call(vm, &f, args, None)
}

/// `object.__reduce_ex__(protocol)`: an overriding `__reduce__` decides
/// (CPython's `object___reduce_ex___impl`), else the default reduction.
fn obj_reduce_ex(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_method_args("object", "__reduce_ex__", &args[1..], 1)?;
    let own = typeobject::lookup_str(&types().object, "__reduce__");
    let found = typeobject::lookup_str(args[0].ty(), "__reduce__");
    if let (Some(own), Some(found)) = (own, found) {
        if !own.is(&found) {
            let name = new_str("__reduce__")?;
            let f = attr::get_attr(vm, &args[0], &name)?;
            return call::call(vm, &f, &[], None);
        }
    }
    copy_helper(vm, "_reduce_ex_default", args)
}

/// `object.__reduce__()`: the protocol-0 reduction.
fn obj_reduce(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_method_args("object", "__reduce__", &args[1..], 0)?;
    let zero = new_int(0)?;
    copy_helper(vm, "_reduce_ex_default", &[args[0].clone(), zero])
}

/// `object.__getstate__()`: the instance dict (None when empty), paired
/// with the set slots' values when there are any.
fn obj_getstate(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_method_args("object", "__getstate__", &args[1..], 0)?;
    copy_helper(vm, "_getstate_default", &args[..1])
}

/// `object.__sizeof__()`: `sys.getsizeof` without the collector's header,
/// which `getsizeof` adds for tracked containers.
fn obj_sizeof(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_method_args("object", "__sizeof__", &args[1..], 0)?;
    let o = &args[0];
    let full = crate::memory::sizeof::getsizeof(o);
    let gc_head = if o.layout().is_gc() { 16 } else { 0 };
    Ok(new_int(full.saturating_sub(gc_head) as i64)?)
}

/// `object.__subclasshook__(subclass)`: NotImplemented, so `issubclass`
/// goes on with the usual check.
fn obj_subclasshook(_vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(types().not_implemented.clone())
}

/// Puts the methods into `object`'s and `type`'s namespaces (at start-up).
pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    let m = BuiltinKind::Method;
    builtin::install(
        &t.object,
        "object",
        &[
            ("__dir__", obj_dir),
            ("__reduce__", obj_reduce),
            ("__reduce_ex__", obj_reduce_ex),
            ("__getstate__", obj_getstate),
            ("__sizeof__", obj_sizeof),
        ],
        m,
    )?;
    builtin::install(
        &t.object,
        "object",
        &[("__subclasshook__", obj_subclasshook)],
        BuiltinKind::ClassMethod,
    )?;
    builtin::install(&t.type_, "type", &[("__dir__", type_dir)], m)?;
    Ok(())
}
