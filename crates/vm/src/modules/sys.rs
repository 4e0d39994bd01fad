//! The `sys` module: `argv`, `path`, `modules`, `stdout`/`stderr` (replaceable
//! by Python objects; `print` and the display hook honour the replacement),
//! `exit`, the recursion limit, `getrefcount`, `getsizeof`, `intern`,
//! `exc_info`, `getallocatedblocks` and `_debugmallocstats` (CPython's
//! layout, from the real heap).

use crate::memory::heap;
use crate::memory::object::{Obj, ObjRef};
use crate::memory::{report, sizeof};
use crate::modules::stdlib::fileio;
use crate::modules::{add_fns, import, set};
use crate::objects::dict::ops;
use crate::objects::exception::{type_error, value_error};
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::module::{new_module, ModuleBody};
use crate::objects::registry::types;
use crate::objects::str::{new_str, try_str};
use crate::objects::tuple::new_tuple;
use crate::objects::{exception, singletons};
use crate::protocol::convert::{check_args, index_value_vm};
use crate::protocol::{attr, call, object, repr};
use crate::vm::{PyErr, PyResult, Vm};

/// The REPL's display of an expression statement's value.
pub fn display_hook(vm: &mut Vm, v: &Obj) -> PyResult<()> {
    if singletons::is_none(v) {
        return Ok(());
    }
    let s = repr::repr_string(vm, v)?;
    vm.write_out(&s)?;
    vm.write_out("\n")?;
    vm.flush();
    ops::dict_set_str(&vm.builtins, new_str("_")?, v.to_ref())?;
    Ok(())
}

thread_local! {
    /// The objects behind sys.stdout and sys.stderr, which `print(file=...)`
    /// writes to directly.
    static STDOUT: std::cell::RefCell<Option<ObjRef>> = const { std::cell::RefCell::new(None) };
    static STDERR: std::cell::RefCell<Option<ObjRef>> = const { std::cell::RefCell::new(None) };
}

pub fn is_stderr(o: &Obj) -> bool {
    STDERR.with(|s| s.borrow().as_ref().is_some_and(|e| e.is(o)))
}

pub fn is_stdout(o: &Obj) -> bool {
    STDOUT.with(|s| s.borrow().as_ref().is_some_and(|e| e.is(o)))
}

/// What `sys.stdout` names now, if the program replaced it (e.g.
/// `contextlib.redirect_stdout`): `print()` without `file=` writes there.
pub fn replaced_stdout(vm: &Vm) -> Option<ObjRef> {
    use crate::objects::dict::dict_body;
    let sys = dict_body(&vm.modules)?.table.borrow().get_rust_str("sys")?;
    let m = sys.payload::<ModuleBody>()?;
    let out = dict_body(&m.dict)?.table.borrow().get_rust_str("stdout")?;
    (!is_stdout(&out)).then_some(out)
}

/// Drops the sys.stdout/stderr references kept for `print(file=...)` and
/// closes files the program left open.
pub fn clear_thread_state() {
    STDOUT.with(|s| *s.borrow_mut() = None);
    STDERR.with(|s| *s.borrow_mut() = None);
    fileio::close_all();
}

/// `sys.__getattr__(name)`: a struct sequence of `sys` made on first use
/// and kept in the module's namespace; AttributeError for anything else.
fn sys_getattr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__getattr__", args, 1, 1)?;
    let name = &args[0];
    let maker = import::import(vm, "_structseq")?;
    let f = attr::get_attr_opt(vm, &maker, "sys_value")?.expect("_structseq.sys_value");
    let v = call::call(vm, &f, std::slice::from_ref(name), None)?;
    let sys = import::import(vm, "sys")?;
    if singletons::is_none(&v) {
        return Err(attr::no_attribute(&sys, name));
    }
    attr::set_attr(vm, &sys, name, v.clone())?;
    Ok(v)
}

pub(crate) fn make_sys(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = new_module("sys")?;
    let mut argv = Vec::new();
    for a in vm.argv.clone() {
        argv.push(new_str(&a)?);
    }
    set(&m, "argv", new_list(argv)?)?;
    set(&m, "version", new_str(crate::VERSION_STRING)?)?;
    set(&m, "platform", new_str(std::env::consts::OS)?)?;
    set(&m, "maxsize", new_int(i64::MAX)?)?;
    set(
        &m,
        "byteorder",
        new_str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        })?,
    )?;
    set(&m, "implementation_name", new_str("arenapy")?)?;
    // version_info, float_info, int_info and hash_info: struct sequences
    // made on first use (PEP 562), by the embedded `_structseq`.
    add_fns(&m, "sys", &[("__getattr__", sys_getattr)])?;
    // A types.SimpleNamespace, as CPython's (where `types` finds the type).
    let imp = crate::objects::namespace::new_namespace_in(
        &crate::objects::registry::types().simple_namespace,
    )?;
    let imp_dict = crate::objects::namespace::dict_of(&imp).expect("namespace");
    crate::objects::dict::ops::dict_set_str(imp_dict, new_str("name")?, new_str("arenapy")?)?;
    crate::objects::dict::ops::dict_set_str(
        imp_dict,
        new_str("cache_tag")?,
        crate::objects::registry::types().none.clone(),
    )?;
    set(&m, "implementation", imp)?;
    let out = new_module("stdout")?;
    add_fns(
        &out,
        "sys",
        &[("write", stdout_write), ("flush", stdout_flush)],
    )?;
    let err = new_module("stderr")?;
    add_fns(
        &err,
        "sys",
        &[("write", stderr_write), ("flush", stdout_flush)],
    )?;
    STDERR.with(|s| *s.borrow_mut() = Some(err.clone()));
    STDOUT.with(|s| *s.borrow_mut() = Some(out.clone()));
    // sys.stdin: a text file over handle 0 of `_fileio`.
    let io = import::import(vm, "io")?;
    if let Some(wrapper) = attr::get_attr_opt(vm, &io, "TextIOWrapper")? {
        let args = [
            new_int(0)?,
            new_str("<stdin>")?,
            new_str("r")?,
            new_str("utf-8")?,
        ];
        let stdin = call::call(vm, &wrapper, &args, None)?;
        set(&m, "stdin", stdin)?;
    }
    set(&m, "__stdout__", out.clone())?;
    set(&m, "__stderr__", err.clone())?;
    set(&m, "stdout", out)?;
    set(&m, "stderr", err)?;
    set(&m, "modules", vm.modules.clone())?;
    set(&m, "path", new_list(vec![new_str(&script_dir(&vm.argv))?])?)?;
    add_fns(
        &m,
        "sys",
        &[
            ("exit", sys_exit),
            ("getrecursionlimit", sys_getrecursionlimit),
            ("get_int_max_str_digits", sys_get_int_max_str_digits),
            ("set_int_max_str_digits", sys_set_int_max_str_digits),
            ("setrecursionlimit", sys_setrecursionlimit),
            ("getrefcount", sys_getrefcount),
            ("getsizeof", sys_getsizeof),
            ("intern", sys_intern),
            ("exc_info", sys_exc_info),
            ("getallocatedblocks", sys_getallocatedblocks),
            ("_debugmallocstats", sys_debugmallocstats),
            ("_getframe", sys_getframe),
        ],
    )?;
    Ok(m)
}

/// `sys.path[0]`: the directory of the script (absolute), the directory
/// given as the script, or `""` (the current directory) for `-c`, standard
/// input and the REPL.
fn script_dir(argv: &[String]) -> String {
    match argv.first().map(String::as_str) {
        None | Some("" | "-c" | "-") => String::new(),
        // A directory run for its `__main__.py` is its own sys.path[0].
        Some(dir) if std::path::Path::new(dir).is_dir() => std::path::absolute(dir)
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|_| dir.to_string()),
        Some(script) => {
            let parent = std::path::Path::new(script)
                .parent()
                .map(|p| p.to_path_buf())
                .unwrap_or_default();
            let parent = if parent.as_os_str().is_empty() {
                std::path::PathBuf::from(".")
            } else {
                parent
            };
            std::fs::canonicalize(&parent)
                .unwrap_or(parent)
                .to_string_lossy()
                .into_owned()
        }
    }
}

fn stdout_write(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("write", args, 1, 1)?;
    let s = try_str(&args[0]).ok_or_else(|| {
        type_error(format!(
            "write() argument must be str, not {}",
            object::type_name(&args[0])
        ))
    })?;
    vm.write_out(s)?;
    Ok(new_int(s.chars().count() as i64)?)
}

fn stderr_write(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("write", args, 1, 1)?;
    let s = try_str(&args[0]).ok_or_else(|| type_error("write() argument must be str"))?;
    vm.flush();
    eprint!("{s}");
    Ok(new_int(s.chars().count() as i64)?)
}

fn stdout_flush(vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    vm.try_flush()?;
    Ok(vm.none())
}

fn sys_exit(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("exit", args, 0, 1)?;
    let e = exception::new_exception(&types().system_exit, args.to_vec())?;
    Err(PyErr(e))
}

fn sys_get_int_max_str_digits(
    _vm: &mut Vm,
    _args: &[ObjRef],
    _kw: Option<&Obj>,
) -> PyResult<ObjRef> {
    Ok(new_int(crate::objects::int::max_str_digits() as i64)?)
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 (no limit) or at least 640.
fn sys_set_int_max_str_digits(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("set_int_max_str_digits", args, 1, 1)?;
    let n = index_value_vm(vm, &args[0])?;
    let threshold = crate::objects::int::MAX_STR_DIGITS_THRESHOLD as i64;
    if n != 0 && n < threshold {
        return Err(value_error(format!(
            "maxdigits must be 0 or larger than {threshold}"
        )));
    }
    crate::objects::int::set_max_str_digits(n as usize);
    Ok(types().none.clone())
}

/// `sys._getframe(depth=0, /)`.
fn sys_getframe(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let depth = match args.first() {
        Some(d) => index_value_vm(vm, d)?,
        None => 0,
    };
    let _ = vm;
    crate::objects::frame::getframe(depth)
}

fn sys_getrecursionlimit(vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(new_int(vm.recursion_limit as i64)?)
}

fn sys_setrecursionlimit(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("setrecursionlimit", args, 1, 1)?;
    let n = index_value_vm(vm, &args[0])?;
    if n < 1 {
        return Err(value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    vm.recursion_limit = n as usize;
    Ok(vm.none())
}

fn sys_getrefcount(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("getrefcount", args, 1, 1)?;
    // The argument slot on our stack holds one reference, as in CPython.
    Ok(new_int(args[0].refcnt() as i64)?)
}

fn sys_getsizeof(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("getsizeof", args, 1, 2)?;
    Ok(new_int(sizeof::getsizeof(&args[0]) as i64)?)
}

fn sys_intern(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("intern", args, 1, 1)?;
    Ok(args[0].clone())
}

fn sys_exc_info(vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let none = vm.none();
    Ok(match vm.handled_exc.clone() {
        Some(e) => {
            let tb = crate::objects::traceback::exception_traceback(&e)?;
            new_tuple(vec![e.ty().to_ref(), e, tb])?
        }
        None => new_tuple(vec![none.clone(), none.clone(), none])?,
    })
}

fn sys_getallocatedblocks(_vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let s = heap::with_heap(|h| h.stats());
    let n: u64 = s.size_classes.iter().map(|c| c.blocks_in_use as u64).sum();
    Ok(new_int(n as i64)?)
}

fn sys_debugmallocstats(vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    vm.flush();
    let text = report::debugmallocstats();
    eprint!("{text}");
    Ok(vm.none())
}
