//! `X.__new__` of the built-in types that have a constructor of their own
//! (`int.__new__`, `list.__new__`, `object.__new__` ...): one built-in
//! bound to X, as CPython's `tp_new_wrapper` is (`<built-in method __new__
//! of type object at ...>`). It makes CPython's checks before any object
//! exists: the first argument must be a type, a subtype of X, and one whose
//! nearest constructor that is not a Python `__new__` is X's (else "is not
//! safe"); `object.__new__` refuses extra arguments as `object_new` does.
//! The object itself comes from the type's constructor
//! (`construct::construct_builtin`) or, for a class statement's class, from
//! `object.__new__`'s allocation (`instance::object_new_impl`).

use crate::memory::object::{Obj, ObjRef};
use crate::objects::exception::type_error;
use crate::objects::function::builtin::{BuiltinBody, BuiltinKind};
use crate::objects::registry::types;
use crate::objects::typeobject::{call, construct, flags, is_subtype, lookup_str, TypeBody};
use crate::objects::Layout;
use crate::protocol::object::type_name;
use crate::vm::{PyResult, Vm};

/// Puts a bound `__new__` into the namespace of each built-in type that has
/// its own `tp_new` in CPython, the exceptions among them.
pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    let all: [(&ObjRef, &'static str); 26] = [
        (&t.object, "object"),
        (&t.int, "int"),
        (&t.bool, "bool"),
        (&t.float, "float"),
        (&t.complex, "complex"),
        (&t.str, "str"),
        (&t.bytes, "bytes"),
        (&t.bytearray, "bytearray"),
        (&t.memoryview, "memoryview"),
        (&t.list, "list"),
        (&t.tuple, "tuple"),
        (&t.dict, "dict"),
        (&t.set, "set"),
        (&t.frozenset, "frozenset"),
        (&t.range, "range"),
        (&t.slice, "slice"),
        (&t.enumerate, "enumerate"),
        (&t.zip, "zip"),
        (&t.map, "map"),
        (&t.filter, "filter"),
        (&t.reversed, "reversed"),
        (&t.property, "property"),
        (&t.classmethod, "classmethod"),
        (&t.staticmethod, "staticmethod"),
        (&t.weakref, "weakref.ReferenceType"),
        (&t.simple_namespace, "types.SimpleNamespace"),
    ];
    // The exceptions that inherit their `__new__` in CPython.
    const INHERIT: [&str; 27] = [
        "AttributeError",
        "BlockingIOError",
        "BrokenPipeError",
        "ChildProcessError",
        "ConnectionAbortedError",
        "ConnectionError",
        "ConnectionRefusedError",
        "ConnectionResetError",
        "ExceptionGroup",
        "FileExistsError",
        "FileNotFoundError",
        "ImportError",
        "IndentationError",
        "InterruptedError",
        "IsADirectoryError",
        "KeyError",
        "ModuleNotFoundError",
        "NameError",
        "NotADirectoryError",
        "PermissionError",
        "ProcessLookupError",
        "StopIteration",
        "SyntaxError",
        "SystemExit",
        "TabError",
        "TimeoutError",
        "UnboundLocalError",
    ];
    let exceptions = crate::objects::registry::all_types(t)
        .into_iter()
        .filter(|(n, ty)| layout_of(ty) == Layout::Exception && !INHERIT.contains(n))
        .map(|(n, ty)| (ty, n));
    for (ty, owner) in all
        .into_iter()
        .chain([(&t.super_, "super")])
        .chain(exceptions)
    {
        let bound = crate::memory::object::alloc_object(
            &t.builtin_function,
            BuiltinBody::new(
                crate::objects::function::builtin::def_for(
                    "__new__",
                    owner,
                    type_new_wrapper,
                    BuiltinKind::StaticMethod,
                ),
                Some(ty.clone()),
            ),
            0,
        )?;
        bound.make_immortal();
        let tb = ty.payload::<TypeBody>().expect("type");
        tb.dict()
            .borrow_mut()
            .set_str(crate::objects::str::new_str("__new__")?, bound)?;
    }
    Ok(())
}

fn layout_of(ty: &Obj) -> Layout {
    ty.payload::<TypeBody>().expect("type").layout
}

/// Which C constructor (`tp_new`) a built-in type's `__new__` stands for:
/// the exceptions share `BaseException_new` but for OSError's and
/// BaseExceptionGroup's own; every other type has its own.
fn tp_new_of(ty: &Obj) -> usize {
    let t = types();
    if layout_of(ty) != Layout::Exception {
        return ty.id();
    }
    [&t.os_error, &t.base_exception_group]
        .into_iter()
        .find(|b| is_subtype(ty, b))
        .unwrap_or(&t.base_exception)
        .id()
}

/// Is `f` a built-in `__new__` standing for the same constructor as X's?
fn is_own_new(x: &Obj, f: &Option<ObjRef>) -> bool {
    let Some(b) = f.as_ref().and_then(|f| f.payload::<BuiltinBody>()) else {
        return false;
    };
    match &b.bound {
        Some(ty)
            if std::ptr::fn_addr_eq(
                b.func,
                type_new_wrapper as crate::objects::function::builtin::NativeFn,
            ) =>
        {
            tp_new_of(ty) == tp_new_of(x)
        }
        _ => false,
    }
}

/// `X.__new__(S, *args, **kwargs)`: `args[0]` is X (the bound self).
fn type_new_wrapper(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    let t = types();
    let x = &args[0];
    let xname = x.payload::<TypeBody>().expect("type").name();
    let Some(s) = args.get(1) else {
        return Err(type_error(format!(
            "{xname}.__new__(): not enough arguments"
        )));
    };
    let Some(sb) = s.payload::<TypeBody>() else {
        return Err(type_error(format!(
            "{xname}.__new__(X): X is not a type object ({})",
            type_name(s)
        )));
    };
    let sname = sb.name();
    if !is_subtype(s, x) {
        return Err(type_error(format!(
            "{xname}.__new__({sname}): {sname} is not a subtype of {xname}"
        )));
    }
    // CPython's "staticbase": up the base chain past the classes whose
    // constructor is a Python `__new__`; that one's must be X's.
    let mut stat = s.clone();
    loop {
        let n = lookup_str(&stat, "__new__");
        if n.as_ref()
            .is_none_or(|n| n.layout() == Layout::BuiltinFunction)
        {
            break;
        }
        let base = stat.payload::<TypeBody>().expect("type").base();
        match base {
            Some(b) => stat = b,
            None => break,
        }
    }
    if !is_own_new(x, &lookup_str(&stat, "__new__")) {
        return Err(type_error(format!(
            "{xname}.__new__({sname}) is not safe, use {}.__new__()",
            stat.payload::<TypeBody>().expect("type").name()
        )));
    }
    let mut rest = &args[2..];
    let mut kw = kw;
    if layout_of(x) == Layout::Exception {
        // BaseException_new keeps the positional arguments and leaves the
        // keywords to `__init__`.
        rest = crate::protocol::convert::split_kwargs(rest, kw).0;
        kw = None;
    }
    let heap = sb.has_flag(flags::HEAPTYPE);
    if x.is(&t.object) {
        if !rest.is_empty() {
            // CPython's `object_new` with excess arguments.
            if !is_own_new(x, &lookup_str(s, "__new__")) {
                return Err(type_error(
                    "object.__new__() takes exactly one argument (the type to instantiate)",
                ));
            }
            if inherits_object_init(s) {
                return Err(type_error(format!("{sname}() takes no arguments")));
            }
        }
        if !heap {
            // `object.__new__(object)`, and the built-ins without a
            // constructor of their own ("cannot create 'X' instances").
            return construct::construct_builtin(vm, s, rest, kw);
        }
        return crate::objects::instance::object_new_impl(vm, &args[1..], kw);
    }
    let with_cls: Vec<ObjRef> = std::iter::once(s.clone())
        .chain(rest.iter().cloned())
        .collect();
    // The types whose `__new__` makes an empty object for `__init__` to
    // fill (CPython's `PyType_GenericNew`, `dict_new` ...): arguments are
    // left to `__init__`.
    let empty = [&t.list, &t.dict, &t.set, &t.bytearray]
        .iter()
        .any(|b| x.is(b));
    if !heap {
        return if empty {
            construct::construct_builtin(vm, s, &[], None)
        } else {
            construct::construct_builtin(vm, s, rest, kw)
        };
    }
    if empty {
        return call::alloc_instance(vm, s, &[]);
    }
    if x.is(&t.frozenset) {
        // CPython's frozenset_new: no keywords unless the subclass has an
        // `__init__` of its own; one iterable at most.
        let (pos, kws) = crate::protocol::convert::split_kwargs(rest, kw);
        if !kws.is_empty() && inherits_object_init(s) {
            return Err(type_error("frozenset() takes no keyword arguments"));
        }
        crate::objects::function::signature::check_positional(&sname, pos.len(), 0, 1)?;
    }
    let obj = crate::objects::instance::object_new_impl(vm, &with_cls, kw)?;
    if x.is(&t.frozenset) {
        // A frozenset subclass is filled when it is made (no `__init__`).
        if let Some(src) = rest.first().filter(|_| kw.is_none()) {
            crate::objects::set::ops::update_internal(vm, &obj, src)?;
        }
    }
    Ok(obj)
}

/// Does `cls` use `object.__init__` (no `__init__` of its own in its MRO)?
/// CPython's `type->tp_init == object_init` test for extra arguments.
fn inherits_object_init(cls: &Obj) -> bool {
    let object_init = types()
        .object
        .payload::<TypeBody>()
        .expect("type")
        .dict()
        .borrow()
        .get_rust_str("__init__");
    let init = lookup_str(cls, "__init__");
    matches!((&init, &object_init), (Some(a), Some(b)) if a.is(b))
}
