//! The `builtins` module: the table of built-in functions and the ones
//! about output and conversion (`print`, `len`, `repr`, `ascii`, `ord`,
//! `chr`, `hash`, `id`, `iter`, `next`, `sorted`, `any`, `all`, `format`,
//! `input`, `open`, `exit`, `__import__`, `__build_class__`). Numeric
//! built-ins are in [`numeric`], introspection in [`introspect`]; calling a
//! built-in type (`int("12")`, `list(x)`) runs that type's constructor in
//! its own file under `objects/`.

pub mod introspect;
pub mod numeric;

use crate::eval::eval_exec;
use crate::memory::object::{Obj, ObjRef};
use crate::modules::builtins::introspect::{
    bi_callable, bi_delattr, bi_dir, bi_getattr, bi_globals, bi_hasattr, bi_isinstance,
    bi_issubclass, bi_locals, bi_setattr, bi_vars,
};
use crate::modules::builtins::numeric::{
    bi_abs, bi_bin, bi_divmod, bi_hex, bi_max, bi_min, bi_oct, bi_pow, bi_round, bi_sum,
};
use crate::modules::stdlib::fileio;
use crate::modules::{import, sys};
use crate::objects::bool::py_bool;
use crate::objects::dict::ops;
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::builtin::{new_builtin, BuiltinKind, NativeFn};
use crate::objects::function::signature;
use crate::objects::generator::GenResult;
use crate::objects::int::new_int;
use crate::objects::list::sort;
use crate::objects::registry::types;
use crate::objects::str::{new_str, try_str};
use crate::objects::typeobject::metaclass;
use crate::objects::{exception, generator, registry, singletons, Layout};
use crate::protocol::convert::{
    check_args, check_kwargs, index_value_vm, kwarg, no_kwargs, split_kwargs,
};
use crate::protocol::object::type_name;
use crate::protocol::{attr, call, format, hash, iter, object, repr};
use crate::vm::{PyErr, PyResult, Vm};

/// Fills the builtins module's namespace.
pub fn populate(vm: &mut Vm, ns: &Obj) -> PyResult<()> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", bi_print),
        ("open", bi_open),
        ("len", bi_len),
        ("repr", bi_repr),
        ("abs", bi_abs),
        ("min", bi_min),
        ("max", bi_max),
        ("sum", bi_sum),
        ("sorted", bi_sorted),
        ("any", bi_any),
        ("all", bi_all),
        ("ord", bi_ord),
        ("chr", bi_chr),
        ("hex", bi_hex),
        ("bin", bi_bin),
        ("oct", bi_oct),
        ("divmod", bi_divmod),
        ("pow", bi_pow),
        ("round", bi_round),
        ("hash", bi_hash),
        ("id", bi_id),
        ("iter", bi_iter),
        ("next", bi_next),
        ("isinstance", bi_isinstance),
        ("issubclass", bi_issubclass),
        ("callable", bi_callable),
        ("getattr", bi_getattr),
        ("setattr", bi_setattr),
        ("hasattr", bi_hasattr),
        ("delattr", bi_delattr),
        ("vars", bi_vars),
        ("dir", bi_dir),
        ("globals", bi_globals),
        ("locals", bi_locals),
        ("format", bi_format),
        ("ascii", bi_ascii),
        ("input", bi_input),
        ("eval", eval_exec::bi_eval),
        ("exec", eval_exec::bi_exec),
        ("compile", eval_exec::bi_compile),
        ("exit", bi_exit),
        ("quit", bi_exit),
        ("__build_class__", bi_build_class),
        ("__import__", bi_import),
    ];
    for (name, f) in fns {
        let b = new_builtin(name, "builtins", *f, BuiltinKind::Function)?;
        ops::dict_set_str(ns, new_str(name)?, b)?;
    }
    let t = types();
    for (name, ty) in registry::all_types(t) {
        // A dotted tp_name (`weakref.ReferenceType`) lives in its module.
        if name.contains('.')
            || (name.contains('_') && name != "NotImplementedType" && !name.ends_with("Error"))
        {
            continue;
        }
        if matches!(
            name,
            "NoneType"
                | "NotImplementedType"
                | "ellipsis"
                | "function"
                | "method"
                | "code"
                | "cell"
                | "module"
                | "generator"
                | "frame"
                | "iterator"
                | "managedbuffer"
                | "traceback"
        ) {
            continue;
        }
        ops::dict_set_str(ns, new_str(name)?, ty.clone())?;
    }
    // OSError's two old names.
    for name in ["EnvironmentError", "IOError"] {
        ops::dict_set_str(ns, new_str(name)?, t.os_error.clone())?;
    }
    for (name, v) in [
        ("None", &t.none),
        ("True", &t.true_),
        ("False", &t.false_),
        ("NotImplemented", &t.not_implemented),
        ("Ellipsis", &t.ellipsis),
    ] {
        ops::dict_set_str(ns, new_str(name)?, v.clone())?;
    }
    ops::dict_set_str(ns, new_str("__name__")?, new_str("builtins")?)?;
    // The builtins module's docstring and `__debug__`, as CPython's
    // (`exec("print(__doc__)", {})` finds the docstring here).
    ops::dict_set_str(
        ns,
        new_str("__doc__")?,
        new_str(concat!(
            "Built-in functions, types, exceptions, and other objects.\n\n",
            "This module provides direct access to all 'built-in'\n",
            "identifiers of Python; for example, builtins.len is\n",
            "the full name for the built-in function len().\n\n",
            "This module is not normally accessed explicitly by most\n",
            "applications, but can be useful in modules that provide\n",
            "objects with the same name as a built-in value, but in\n",
            "which the built-in of that name is also needed."
        ))?,
    )?;
    ops::dict_set_str(ns, new_str("__debug__")?, t.true_.clone())?;
    let _ = vm;
    Ok(())
}

fn bi_build_class(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    metaclass::build_class(vm, args, kw)
}

fn bi_import(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__import__", args, 1, 5)?;
    let name = try_str(&args[0])
        .ok_or_else(|| type_error("__import__() argument 1 must be str"))?
        .to_string();
    crate::modules::import::import(vm, &name)
}

fn bi_print(vm: &mut Vm, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = split_kwargs(args, kwnames);
    check_kwargs("print", &kws, &["sep", "end", "file", "flush"])?;
    let str_arg = |v: Option<&ObjRef>, default: &str, what: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(v) if singletons::is_none(v) => Ok(default.to_string()),
            Some(v) => try_str(v).map(|s| s.to_string()).ok_or_else(|| {
                type_error(format!(
                    "{what} must be None or a string, not {}",
                    type_name(v)
                ))
            }),
        }
    };
    let sep = str_arg(kwarg(&kws, "sep"), " ", "sep")?;
    let end = str_arg(kwarg(&kws, "end"), "\n", "end")?;
    let mut out = String::new();
    for (i, a) in pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        // (A str subclass may override __str__.)
        match try_str(a).filter(|_| !object::is_heap_type_instance(a)) {
            Some(s) => out.push_str(s),
            None => out.push_str(&repr::str_string(vm, a)?),
        }
    }
    out.push_str(&end);
    let file = match kwarg(&kws, "file").filter(|f| !singletons::is_none(f)) {
        Some(f) => Some(f.clone()),
        None => sys::replaced_stdout(vm),
    };
    let to_stderr = file.as_ref().is_some_and(|f| sys::is_stderr(f));
    if let Some(f) = file.filter(|f| !to_stderr && !sys::is_stdout(f)) {
        let f = &f;
        // Any object with a write() method: a file, a StringIO...
        let write = attr::get_attr_opt(vm, f, "write")?.ok_or_else(|| {
            exception::attribute_error(format!(
                "'{}' object has no attribute 'write'",
                type_name(f)
            ))
        })?;
        let text = new_str(&out)?;
        call::call(vm, &write, &[text], None)?;
        return Ok(vm.none());
    }
    if to_stderr {
        vm.flush();
        eprint!("{out}");
    } else {
        vm.write_out(&out)?;
        if kwarg(&kws, "flush").is_some_and(|f| f.is(&types().true_)) {
            vm.try_flush()?;
        }
    }
    Ok(vm.none())
}

/// `open(...)`: `io.open`, from the embedded `io` module.
fn bi_open(vm: &mut Vm, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    let io = import::import(vm, "io")?;
    let open =
        attr::get_attr_opt(vm, &io, "open")?.ok_or_else(|| exception::import_error("io.open"))?;
    call::call(vm, &open, args, kwnames)
}

pub(crate) fn bi_len(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    no_kwargs("len", kw)?;
    check_args("len", args, 1, 1)?;
    Ok(new_int(object::len(vm, &args[0])? as i64)?)
}

fn bi_repr(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    no_kwargs("repr", kw)?;
    check_args("repr", args, 1, 1)?;
    repr::repr(vm, &args[0])
}

fn bi_ascii(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("ascii", args, 1, 1)?;
    let r = repr::repr_string(vm, &args[0])?;
    Ok(new_str(&crate::objects::str::ascii_escape(&r))?)
}

fn bi_sorted(vm: &mut Vm, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = split_kwargs(args, kwnames);
    if pos.len() != 1 {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            pos.len()
        )));
    }
    // CPython's `PySequence_List` then `list.sort`: the new list is made
    // straight from the iterable, and the call's arguments are passed on
    // from a small array on the stack.
    let l = crate::objects::list::list_from_iterable(vm, &pos[0])?;
    // The keywords go to `list.sort`, which words their errors.
    signature::check_as(
        signature::lookup("list", "sort"),
        "list",
        "sort",
        BuiltinKind::Method,
        &args[1..],
        kwnames,
    )?;
    let kn = kwnames.map(|k| k.to_ref());
    match kws.len() {
        0 => sort::list_sort(vm, std::slice::from_ref(&l), None)?,
        1 => sort::list_sort(vm, &[l.clone(), kws[0].1.clone()], kn.as_deref())?,
        2 => sort::list_sort(
            vm,
            &[l.clone(), kws[0].1.clone(), kws[1].1.clone()],
            kn.as_deref(),
        )?,
        _ => {
            let mut full = vec![l.clone()];
            full.extend(kws.iter().map(|(_, v)| (*v).clone()));
            sort::list_sort(vm, &full, kn.as_deref())?
        }
    };
    Ok(l)
}

fn bi_any(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("any", args, 1, 1)?;
    let it = iter::get_iter(vm, &args[0])?;
    while let Some(v) = iter::next(vm, &it)? {
        if object::truthy(vm, &v)? {
            return Ok(py_bool(true));
        }
    }
    Ok(py_bool(false))
}

fn bi_all(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("all", args, 1, 1)?;
    let it = iter::get_iter(vm, &args[0])?;
    while let Some(v) = iter::next(vm, &it)? {
        if !object::truthy(vm, &v)? {
            return Ok(py_bool(false));
        }
    }
    Ok(py_bool(true))
}

fn bi_ord(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("ord", args, 1, 1)?;
    if let Some(b) = crate::objects::bytes::try_bytes(&args[0]) {
        if b.len() != 1 {
            return Err(type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )));
        }
        return Ok(new_int(b[0] as i64)?);
    }
    let s = try_str(&args[0]).ok_or_else(|| {
        type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(&args[0])
        ))
    })?;
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(new_int(c as i64)?),
        _ => Err(type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.chars().count()
        ))),
    }
}

fn bi_chr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("chr", args, 1, 1)?;
    // CPython converts to a C int first.
    let too_large = || exception::overflow_error("Python int too large to convert to C int");
    let n = index_value_vm(vm, &args[0]).map_err(|e| {
        if e.0.ty().is(&types().overflow_error) {
            too_large()
        } else {
            e
        }
    })?;
    if i32::try_from(n).is_err() {
        return Err(too_large());
    }
    if !(0..=0x10ffff).contains(&n) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    // A str here is UTF-8 and cannot hold a lone surrogate (CPython's can):
    // an error rather than a silently different character.
    let Some(c) = char::from_u32(n as u32) else {
        return Err(value_error(
            "chr() arg is a lone surrogate, which arenapy's str cannot hold",
        ));
    };
    let mut buf = [0u8; 4];
    Ok(crate::objects::str::new_substr(c.encode_utf8(&mut buf))?)
}

fn bi_hash(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("hash", args, 1, 1)?;
    Ok(new_int(hash::hash(vm, &args[0])?)?)
}

fn bi_id(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("id", args, 1, 1)?;
    Ok(new_int(args[0].id() as i64)?)
}

fn bi_iter(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("iter", args, 1, 2)?;
    if args.len() == 2 {
        if !introspect::is_callable(&args[0]) {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        return crate::objects::iter::call_iter_new(&args[0], &args[1]);
    }
    iter::get_iter(vm, &args[0])
}

fn bi_next(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("next", args, 1, 2)?;
    if !iter::is_iterator(&args[0]) {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name(&args[0])
        )));
    }
    if args[0].layout() == Layout::Generator {
        return match generator::generator_resume(vm, &args[0], None)? {
            GenResult::Yielded(v) => Ok(v),
            GenResult::Returned(v) => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(exception::stop_iteration(
                    (!singletons::is_none(&v)).then_some(v),
                )),
            },
        };
    }
    match iter::next(vm, &args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(exception::stop_iteration(None)),
        },
    }
}

fn bi_format(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("format", args, 1, 2)?;
    // The spec is read in place: the argument keeps it alive.
    let spec = match args.get(1) {
        Some(s) => try_str(s).ok_or_else(|| {
            type_error(format!(
                "format() argument 2 must be str, not {}",
                if singletons::is_none(s) {
                    "None".to_string()
                } else {
                    type_name(s).to_string()
                }
            ))
        })?,
        None => "",
    };
    format::format(vm, &args[0], spec)
}

fn bi_input(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("input", args, 0, 1)?;
    if let Some(p) = args.first() {
        let s = repr::str_string(vm, p)?;
        vm.write_out(&s)?;
    }
    vm.flush();
    match fileio::stdin_line() {
        Ok(bytes) if bytes.is_empty() => Err(exception::new_error(
            &types().eof_error,
            "EOF when reading a line",
        )),
        Ok(bytes) => {
            let mut line = String::from_utf8_lossy(&bytes).into_owned();
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(new_str(&line)?)
        }
        Err(e) => Err(fileio::os_error(&e, None)),
    }
}

fn bi_exit(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let e = exception::new_exception(&types().system_exit, args.to_vec())?;
    Err(PyErr(e))
}
