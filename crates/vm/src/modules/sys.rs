//! The built-in modules `sys`, `gc` and `math`; `import.rs` finds the rest.

use super::convert::{check_args, index_value};
use super::exc::{type_error, value_error};
use super::{ops, py_bool, PyResult, Vm};
use crate::object::{alloc_object, Obj, ObjRef};
use crate::types::dict::new_dict;
use crate::types::func::{BuiltinKind, NativeFn};
use crate::types::int::{float_value, new_bigint, new_float, new_int, to_bigint};
use crate::types::misc::ModuleBody;
use crate::types::seq::{new_list, new_tuple};
use crate::types::str::{new_str, try_str};
use crate::types::types;

pub fn new_module(name: &str) -> PyResult<ObjRef> {
    let d = new_dict()?;
    let n = new_str(name)?;
    super::dictops::dict_set_str(&d, new_str("__name__")?, n.clone())?;
    Ok(alloc_object(
        &types().module,
        ModuleBody { name: n, dict: d },
        0,
    )?)
}

pub fn module_name(m: &Obj) -> String {
    m.payload::<ModuleBody>()
        .and_then(|b| try_str(&b.name).map(|s| s.to_string()))
        .unwrap_or_else(|| "?".into())
}

pub(crate) fn set(m: &Obj, name: &str, v: ObjRef) -> PyResult<()> {
    let d = &m.payload::<ModuleBody>().expect("module").dict;
    super::dictops::dict_set_str(d, new_str(name)?, v)
}

pub(crate) fn add_fns(
    m: &Obj,
    owner: &'static str,
    fns: &[(&'static str, NativeFn)],
) -> PyResult<()> {
    for (name, f) in fns {
        set(
            m,
            name,
            super::builtins::new_builtin(name, owner, *f, BuiltinKind::Function)?,
        )?;
    }
    Ok(())
}

/// `import name`: the top-level module (see `import.rs`).
pub fn import(vm: &mut Vm, name: &str) -> PyResult<ObjRef> {
    super::import::import(vm, name)
}

/// A fresh native (Rust) module `name`, if there is one.
pub fn native_module(vm: &mut Vm, name: &str) -> PyResult<Option<ObjRef>> {
    Ok(Some(match name {
        "sys" => make_sys(vm)?,
        "gc" => make_gc()?,
        "math" => make_math()?,
        _ => return crate::stdlib::native_module(vm, name),
    }))
}

pub fn import_star(_vm: &mut Vm, m: &Obj, ns: &Obj) -> PyResult<()> {
    let d = &m
        .payload::<ModuleBody>()
        .ok_or_else(|| type_error("import * from a non-module"))?
        .dict;
    let entries: Vec<(ObjRef, ObjRef)> = crate::types::dict::dict_body(d)
        .expect("dict")
        .table
        .borrow()
        .iter()
        .filter(|e| !try_str(&e.key).unwrap_or("_").starts_with('_'))
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    for (k, v) in entries {
        super::dictops::dict_set_str(ns, k, v)?;
    }
    Ok(())
}

/// The REPL's display of an expression statement's value.
pub fn display_hook(vm: &mut Vm, v: &Obj) -> PyResult<()> {
    if super::is_none(v) {
        return Ok(());
    }
    let s = ops::repr_string(vm, v)?;
    vm.write_out(&s)?;
    vm.write_out("\n")?;
    vm.flush();
    super::dictops::dict_set_str(&vm.builtins, new_str("_")?, v.to_ref())?;
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
    use crate::types::dict::dict_body;
    let sys = dict_body(&vm.modules)?.table.borrow().get_rust_str("sys")?;
    let m = sys.payload::<crate::types::misc::ModuleBody>()?;
    let out = dict_body(&m.dict)?.table.borrow().get_rust_str("stdout")?;
    (!is_stdout(&out)).then_some(out)
}

/// Drops the sys.stdout/stderr references kept for `print(file=...)` and
/// closes files the program left open.
pub fn clear_thread_state() {
    STDOUT.with(|s| *s.borrow_mut() = None);
    STDERR.with(|s| *s.borrow_mut() = None);
    crate::stdlib::close_all_files();
}

fn make_sys(vm: &mut Vm) -> PyResult<ObjRef> {
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
    set(
        &m,
        "version_info",
        new_tuple(vec![
            new_int(3)?,
            new_int(11)?,
            new_int(0)?,
            new_str("final")?,
            new_int(0)?,
        ])?,
    )?;
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
    let io = super::import::import(vm, "io")?;
    if let Some(wrapper) = super::attr::get_attr_opt(vm, &io, "TextIOWrapper")? {
        let args = [
            new_int(0)?,
            new_str("<stdin>")?,
            new_str("r")?,
            new_str("utf-8")?,
        ];
        let stdin = super::call::call(vm, &wrapper, &args, None)?;
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
            ("setrecursionlimit", sys_setrecursionlimit),
            ("getrefcount", sys_getrefcount),
            ("getsizeof", sys_getsizeof),
            ("intern", sys_intern),
            ("exc_info", sys_exc_info),
            ("getallocatedblocks", sys_getallocatedblocks),
            ("_debugmallocstats", sys_debugmallocstats),
        ],
    )?;
    Ok(m)
}

/// `sys.path[0]`: the directory of the script (absolute), or `""` (the
/// current directory) for `-c`, standard input and the REPL.
fn script_dir(argv: &[String]) -> String {
    match argv.first().map(String::as_str) {
        None | Some("" | "-c" | "-") => String::new(),
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
            ops::type_name(&args[0])
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
    vm.flush();
    Ok(vm.none())
}

fn sys_exit(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("exit", args, 0, 1)?;
    let e = super::exc::new_exception(&types().system_exit, args.to_vec())?;
    Err(super::PyErr(e))
}

fn sys_getrecursionlimit(vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(new_int(vm.recursion_limit as i64)?)
}

fn sys_setrecursionlimit(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("setrecursionlimit", args, 1, 1)?;
    let n = index_value(&args[0])?;
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
    Ok(new_int(crate::sizeof::getsizeof(&args[0]) as i64)?)
}

fn sys_intern(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("intern", args, 1, 1)?;
    Ok(args[0].clone())
}

fn sys_exc_info(vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let none = vm.none();
    Ok(match vm.handled_exc.clone() {
        Some(e) => new_tuple(vec![e.ty().to_ref(), e, none])?,
        None => new_tuple(vec![none.clone(), none.clone(), none])?,
    })
}

fn sys_getallocatedblocks(_vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let s = crate::heap::with_heap(|h| h.stats());
    let n: u64 = s.size_classes.iter().map(|c| c.blocks_in_use as u64).sum();
    Ok(new_int(n as i64)?)
}

fn sys_debugmallocstats(vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    vm.flush();
    let text = crate::report::debugmallocstats();
    eprint!("{text}");
    Ok(vm.none())
}

fn make_gc() -> PyResult<ObjRef> {
    let m = new_module("gc")?;
    add_fns(
        &m,
        "gc",
        &[
            ("collect", gc_collect),
            ("enable", gc_enable),
            ("disable", gc_disable),
            ("isenabled", gc_isenabled),
            ("get_count", gc_get_count),
            ("get_threshold", gc_get_threshold),
            ("set_threshold", gc_set_threshold),
            ("is_tracked", gc_is_tracked),
            ("get_stats", gc_get_stats),
            ("get_objects", gc_get_objects),
            ("get_referrers", gc_get_referrers),
            ("get_referents", gc_get_referents),
            ("set_debug", gc_set_debug),
            ("get_debug", gc_get_debug),
        ],
    )?;
    for (name, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        set(&m, name, new_int(v)?)?;
    }
    set(&m, "garbage", new_list(Vec::new())?)?;
    Ok(m)
}

fn gc_collect(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("collect", args, 0, 1)?;
    let gen = match args.first() {
        Some(g) => index_value(g)?,
        None => 2,
    };
    if !(0..=2).contains(&gen) {
        return Err(value_error("invalid generation"));
    }
    let n = crate::collector::collect(vm, gen as usize);
    Ok(new_int(n as i64)?)
}

fn gc_enable(vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    crate::collector::set_enabled(true);
    Ok(vm.none())
}

fn gc_disable(vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    crate::collector::set_enabled(false);
    Ok(vm.none())
}

fn gc_isenabled(_vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(py_bool(crate::collector::is_enabled()))
}

fn gc_get_count(_vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let c = crate::collector::counts();
    Ok(new_tuple(vec![
        new_int(c[0])?,
        new_int(c[1])?,
        new_int(c[2])?,
    ])?)
}

fn gc_get_threshold(_vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let c = crate::collector::thresholds();
    Ok(new_tuple(vec![
        new_int(c[0])?,
        new_int(c[1])?,
        new_int(c[2])?,
    ])?)
}

fn gc_set_threshold(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("set_threshold", args, 1, 3)?;
    let mut t = crate::collector::thresholds();
    for (i, a) in args.iter().enumerate() {
        t[i] = index_value(a)?;
    }
    crate::collector::set_thresholds(t);
    Ok(vm.none())
}

fn gc_is_tracked(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("is_tracked", args, 1, 1)?;
    Ok(py_bool(
        args[0].gc_head().is_some_and(|h| !h.prev.get().is_null()),
    ))
}

fn gc_get_stats(_vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let mut gens = Vec::new();
    for g in crate::collector::generation_stats() {
        let d = new_dict()?;
        super::dictops::dict_set_str(&d, new_str("collections")?, new_int(g.collections as i64)?)?;
        super::dictops::dict_set_str(&d, new_str("collected")?, new_int(g.collected as i64)?)?;
        super::dictops::dict_set_str(&d, new_str("uncollectable")?, new_int(0)?)?;
        gens.push(d);
    }
    Ok(new_list(gens)?)
}

fn gc_get_objects(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("get_objects", args, 0, 1)?;
    let gen = match args.first() {
        Some(g) if !super::is_none(g) => {
            let g = index_value(g)?;
            if !(0..=2).contains(&g) {
                return Err(value_error("generation parameter must be less than the number of available generations (3)"));
            }
            Some(g as usize)
        }
        _ => None,
    };
    Ok(new_list(crate::collector::tracked_objects(gen))?)
}

fn gc_get_referents(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let mut out = Vec::new();
    for a in args {
        if a.gc_head().is_some() {
            crate::types::traverse(a, &mut |c: &Obj| out.push(c.to_ref()));
        }
    }
    Ok(new_list(out)?)
}

fn gc_get_referrers(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let mut out = Vec::new();
    for o in crate::collector::tracked_objects(None) {
        let mut refers = false;
        crate::types::traverse(&o, &mut |c: &Obj| {
            if args.iter().any(|a| a.is(c)) {
                refers = true;
            }
        });
        if refers {
            out.push(o);
        }
    }
    Ok(new_list(out)?)
}

fn gc_set_debug(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("set_debug", args, 1, 1)?;
    crate::collector::set_debug(index_value(&args[0])? as u32);
    Ok(vm.none())
}

fn gc_get_debug(_vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(new_int(crate::collector::debug_flags() as i64)?)
}

fn make_math() -> PyResult<ObjRef> {
    let m = new_module("math")?;
    set(&m, "pi", new_float(std::f64::consts::PI)?)?;
    set(&m, "e", new_float(std::f64::consts::E)?)?;
    set(&m, "tau", new_float(std::f64::consts::TAU)?)?;
    set(&m, "inf", new_float(f64::INFINITY)?)?;
    set(&m, "nan", new_float(f64::NAN)?)?;
    add_fns(
        &m,
        "math",
        &[
            ("sqrt", m_sqrt),
            ("floor", m_floor),
            ("ceil", m_ceil),
            ("trunc", m_trunc),
            ("fabs", m_fabs),
            ("exp", m_exp),
            ("log", m_log),
            ("log2", m_log2),
            ("log10", m_log10),
            ("sin", m_sin),
            ("cos", m_cos),
            ("tan", m_tan),
            ("asin", m_asin),
            ("acos", m_acos),
            ("atan", m_atan),
            ("atan2", m_atan2),
            ("hypot", m_hypot),
            ("pow", m_pow),
            ("isnan", m_isnan),
            ("isinf", m_isinf),
            ("isfinite", m_isfinite),
            ("gcd", m_gcd),
            ("factorial", m_factorial),
            ("isclose", m_isclose),
            ("copysign", m_copysign),
            ("degrees", m_degrees),
            ("radians", m_radians),
        ],
    )?;
    add_fns(&m, "math", super::mathmore::FUNCTIONS)?;
    Ok(m)
}

fn farg(args: &[ObjRef], i: usize) -> PyResult<f64> {
    let a = args
        .get(i)
        .ok_or_else(|| type_error("math function missing argument"))?;
    super::numeric::as_f64(a)?
        .ok_or_else(|| type_error(format!("must be real number, not {}", ops::type_name(a))))
}

fn domain(ok: bool, v: f64) -> PyResult<ObjRef> {
    if !ok || v.is_nan() {
        return Err(value_error("math domain error"));
    }
    Ok(new_float(v)?)
}

macro_rules! math1 {
    ($name:ident, $f:expr) => {
        fn $name(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
            check_args(stringify!($name), args, 1, 1)?;
            let x = farg(args, 0)?;
            let f: fn(f64) -> f64 = $f;
            let r = f(x);
            domain(!(r.is_nan() && !x.is_nan()), r)
        }
    };
}

math1!(m_exp, f64::exp);
math1!(m_sin, f64::sin);
math1!(m_cos, f64::cos);
math1!(m_tan, f64::tan);
math1!(m_asin, f64::asin);
math1!(m_acos, f64::acos);
math1!(m_atan, f64::atan);
math1!(m_fabs, f64::abs);
math1!(m_degrees, f64::to_degrees);
math1!(m_radians, f64::to_radians);

fn m_sqrt(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("sqrt", args, 1, 1)?;
    let x = farg(args, 0)?;
    domain(x >= 0.0 || x.is_nan(), x.sqrt())
}

fn m_log(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("log", args, 1, 2)?;
    let x = match to_bigint(&args[0]) {
        Some(b) if b.bits() > 1000 => {
            // ln of a huge int: use its bit length.
            let bits = b.bits() as f64;
            let top: f64 =
                num_traits::ToPrimitive::to_f64(&(b >> (bits as usize - 60))).unwrap_or(1.0);
            let ln = top.ln() + (bits - 60.0) * std::f64::consts::LN_2;
            return match args.get(1) {
                Some(_) => Ok(new_float(ln / farg(args, 1)?.ln())?),
                None => Ok(new_float(ln)?),
            };
        }
        _ => farg(args, 0)?,
    };
    if x <= 0.0 {
        return Err(value_error("math domain error"));
    }
    match args.get(1) {
        Some(_) => {
            let b = farg(args, 1)?;
            if b <= 0.0 || b == 1.0 {
                return Err(if b == 1.0 {
                    super::exc::zero_division_error("float division by zero")
                } else {
                    value_error("math domain error")
                });
            }
            Ok(new_float(x.ln() / b.ln())?)
        }
        None => Ok(new_float(x.ln())?),
    }
}

fn m_log2(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let x = farg(args, 0)?;
    domain(x > 0.0, x.log2())
}

fn m_log10(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let x = farg(args, 0)?;
    domain(x > 0.0, x.log10())
}

fn to_int_result(x: f64) -> PyResult<ObjRef> {
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(super::exc::overflow_error(
            "cannot convert float infinity to integer",
        ));
    }
    if x.abs() < 9.0e18 {
        return Ok(new_int(x as i64)?);
    }
    let b: num_bigint::BigInt = num_traits::FromPrimitive::from_f64(x).unwrap_or_default();
    Ok(new_bigint(&b)?)
}

fn int_passthrough(args: &[ObjRef]) -> Option<ObjRef> {
    args.first()
        .filter(|a| a.layout() == crate::types::Layout::Int)
        .map(|a| {
            let b = to_bigint(a).expect("int");
            new_bigint(&b).ok()
        })?
}

fn m_floor(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("floor", args, 1, 1)?;
    if let Some(i) = int_passthrough(args) {
        return Ok(i);
    }
    if float_value(&args[0]).is_none() {
        if let Some(r) = ops::call_special(vm, &args[0], "__floor__", &[])? {
            return Ok(r);
        }
    }
    to_int_result(farg(args, 0)?.floor())
}

fn m_ceil(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("ceil", args, 1, 1)?;
    if let Some(i) = int_passthrough(args) {
        return Ok(i);
    }
    if float_value(&args[0]).is_none() {
        if let Some(r) = ops::call_special(vm, &args[0], "__ceil__", &[])? {
            return Ok(r);
        }
    }
    to_int_result(farg(args, 0)?.ceil())
}

fn m_trunc(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("trunc", args, 1, 1)?;
    if let Some(i) = int_passthrough(args) {
        return Ok(i);
    }
    to_int_result(farg(args, 0)?.trunc())
}

fn m_atan2(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("atan2", args, 2, 2)?;
    Ok(new_float(farg(args, 0)?.atan2(farg(args, 1)?))?)
}

fn m_hypot(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let mut acc = 0.0f64;
    for i in 0..args.len() {
        acc = acc.hypot(farg(args, i)?);
    }
    Ok(new_float(acc)?)
}

fn m_pow(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("pow", args, 2, 2)?;
    let (x, y) = (farg(args, 0)?, farg(args, 1)?);
    let r = x.powf(y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(value_error("math domain error"));
    }
    if x == 0.0 && y < 0.0 {
        return Err(value_error("math domain error"));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(super::exc::overflow_error("math range error"));
    }
    Ok(new_float(r)?)
}

fn m_isnan(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(py_bool(farg(args, 0)?.is_nan()))
}
fn m_isinf(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(py_bool(farg(args, 0)?.is_infinite()))
}
fn m_isfinite(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(py_bool(farg(args, 0)?.is_finite()))
}

fn m_gcd(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let mut g = num_bigint::BigInt::from(0);
    for a in args {
        let b = to_bigint(a).ok_or_else(|| {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                ops::type_name(a)
            ))
        })?;
        g = num_integer::Integer::gcd(&g, &b);
    }
    Ok(new_bigint(&g)?)
}

fn m_factorial(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("factorial", args, 1, 1)?;
    let n = index_value(&args[0])?;
    if n < 0 {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let mut r = num_bigint::BigInt::from(1);
    for i in 2..=n {
        r *= i;
    }
    Ok(new_bigint(&r)?)
}

fn m_isclose(_vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = super::convert::split_kwargs(args, kw);
    check_args("isclose", pos, 2, 2)?;
    let (a, b) = (farg(pos, 0)?, farg(pos, 1)?);
    let get = |k: &str, d: f64| -> PyResult<f64> {
        match super::convert::kwarg(&kws, k) {
            Some(v) => super::numeric::as_f64(v)?.ok_or_else(|| type_error("must be real number")),
            None => Ok(d),
        }
    };
    let rel = get("rel_tol", 1e-9)?;
    let abs = get("abs_tol", 0.0)?;
    if a == b {
        return Ok(py_bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(py_bool(false));
    }
    let d = (a - b).abs();
    Ok(py_bool(d <= (rel * b.abs()).max(rel * a.abs()) || d <= abs))
}

fn m_copysign(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("copysign", args, 2, 2)?;
    Ok(new_float(farg(args, 0)?.copysign(farg(args, 1)?))?)
}
