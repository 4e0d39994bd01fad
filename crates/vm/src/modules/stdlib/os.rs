//! `_os`: the few operating-system calls behind the Python module `os`
//! (`os.py` and `os_path.py` build the rest).

use crate::memory::object::{Obj, ObjRef};
use crate::modules::stdlib::fileio;
use crate::modules::{add_fns, set};
use crate::objects::bool::py_bool;
use crate::objects::dict::{new_dict, ops};
use crate::objects::exception::type_error;
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::module::new_module;
use crate::objects::str::{new_str, try_str};
use crate::objects::{exception, registry};
use crate::protocol::convert::check_args;
use crate::protocol::object;
use crate::vm::{PyResult, Vm};

pub fn make(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = new_module("_os")?;
    let env = new_dict()?;
    for (k, v) in std::env::vars() {
        ops::dict_set_str(&env, new_str(&k)?, new_str(&v)?)?;
    }
    set(&m, "environ", env)?;
    add_fns(
        &m,
        "_os",
        &[
            ("getcwd", os_getcwd),
            ("getpid", os_getpid),
            ("exists", os_exists),
            ("isfile", os_isfile),
            ("isdir", os_isdir),
            ("listdir", os_listdir),
            ("remove", os_remove),
            ("rmdir", os_rmdir),
            ("mkdir", os_mkdir),
            ("rename", os_rename),
        ],
    )?;
    Ok(m)
}

fn path_arg<'a>(name: &str, args: &'a [ObjRef]) -> PyResult<&'a str> {
    check_args(name, args, 1, 1)?;
    try_str(&args[0]).ok_or_else(|| {
        type_error(format!(
            "{name}: path should be string, not {}",
            object::type_name(&args[0])
        ))
    })
}

fn os_getcwd(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("getcwd", args, 0, 0)?;
    let d = std::env::current_dir().unwrap_or_default();
    Ok(new_str(&d.to_string_lossy())?)
}

fn os_getpid(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("getpid", args, 0, 0)?;
    Ok(new_int(std::process::id() as i64)?)
}

fn os_exists(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(py_bool(
        std::path::Path::new(path_arg("exists", args)?).exists(),
    ))
}

fn os_isfile(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(py_bool(
        std::path::Path::new(path_arg("isfile", args)?).is_file(),
    ))
}

fn os_isdir(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(py_bool(
        std::path::Path::new(path_arg("isdir", args)?).is_dir(),
    ))
}

/// Runs a filesystem operation on `path`, turning an error into CPython's
/// OSError subclass (`FileNotFoundError: [Errno 2] ...: 'path'`).
fn fs_op(
    vm: &mut Vm,
    path: &str,
    op: impl FnOnce(&str) -> std::io::Result<()>,
) -> PyResult<ObjRef> {
    op(path).map_err(|e| fileio::os_error(&e, Some(path)))?;
    Ok(vm.none())
}

fn os_remove(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let p = path_arg("remove", args)?;
    fs_op(vm, p, |p| std::fs::remove_file(p))
}

fn os_rmdir(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let p = path_arg("rmdir", args)?;
    fs_op(vm, p, |p| std::fs::remove_dir(p))
}

fn os_mkdir(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("mkdir", args, 1, 2)?;
    let p = path_arg("mkdir", &args[..1])?;
    fs_op(vm, p, |p| std::fs::create_dir(p))
}

fn os_rename(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("rename", args, 2, 2)?;
    let src = path_arg("rename", &args[..1])?;
    let dst = path_arg("rename", &args[1..])?.to_string();
    fs_op(vm, src, |p| std::fs::rename(p, &dst))
}

fn os_listdir(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let p = if args.is_empty() {
        "."
    } else {
        path_arg("listdir", args)?
    };
    let rd = std::fs::read_dir(p).map_err(|e| {
        exception::new_error(
            &registry::types().os_error,
            &format!("[Errno {}] {e}: '{p}'", e.raw_os_error().unwrap_or(0)),
        )
    })?;
    let mut out = Vec::new();
    for e in rd.flatten() {
        out.push(new_str(&e.file_name().to_string_lossy())?);
    }
    Ok(new_list(out)?)
}
