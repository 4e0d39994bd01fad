//! The `math` module's constants and its basic functions (`sqrt`, `log`,
//! `floor`, `ceil`, `trunc`, `pow`, `hypot`, `gcd`, `factorial`, `isclose`,
//! the trigonometric ones ...), with CPython's domain errors (`ValueError:
//! math domain error`) and overflow checks. The rest is in [`more`] and
//! [`special`] (erf, erfc, gamma, lgamma, remainder); [`libc_algo`] computes
//! erf, erfc, cbrt and the inverse hyperbolic functions as glibc does.

mod libc_algo;
pub mod more;
mod special;

use crate::memory::object::{Obj, ObjRef};
use crate::modules::{add_fns, set};
use crate::objects::bool::py_bool;
use crate::objects::exception::{type_error, value_error};
use crate::objects::float::{float_value, new_float};
use crate::objects::int::{new_bigint, new_int, to_bigint};
use crate::objects::module::new_module;
use crate::objects::{exception, Layout};
use crate::protocol::convert::{check_args, index_value_vm};
use crate::protocol::{convert, object};
use crate::vm::{PyResult, Vm};

pub(crate) fn make_math() -> PyResult<ObjRef> {
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
            ("erf", special::m_erf),
            ("erfc", special::m_erfc),
            ("gamma", special::m_gamma),
            ("lgamma", special::m_lgamma),
            ("remainder", special::m_remainder),
        ],
    )?;
    add_fns(&m, "math", more::FUNCTIONS)?;
    Ok(m)
}

/// Argument `i` as a float, as CPython's `PyFloat_AsDouble` (`__float__`,
/// then `__index__`, of instances of classes).
pub(super) fn farg(vm: &mut Vm, args: &[ObjRef], i: usize) -> PyResult<f64> {
    let a = args
        .get(i)
        .ok_or_else(|| type_error("math function missing argument"))?;
    crate::protocol::convert::float_value_of(vm, a)?
        .ok_or_else(|| type_error(format!("must be real number, not {}", object::type_name(a))))
}

fn domain(ok: bool, v: f64) -> PyResult<ObjRef> {
    if !ok || v.is_nan() {
        return Err(value_error("math domain error"));
    }
    Ok(new_float(v)?)
}

macro_rules! math1 {
    ($name:ident, $f:expr) => {
        fn $name(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
            check_args(stringify!($name), args, 1, 1)?;
            let x = farg(vm, args, 0)?;
            let f: fn(f64) -> f64 = $f;
            // A nan argument gives nan (CPython's math_1).
            if x.is_nan() {
                return Ok(new_float(x)?);
            }
            domain(true, f(x))
        }
    };
}

/// `exp(x)`: an infinite result of a finite argument is an overflow.
fn m_exp(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("exp", args, 1, 1)?;
    let x = farg(vm, args, 0)?;
    let r = x.exp();
    if r.is_infinite() && x.is_finite() {
        return Err(crate::objects::exception::overflow_error(
            "math range error",
        ));
    }
    Ok(new_float(r)?)
}
math1!(m_sin, f64::sin);
math1!(m_cos, f64::cos);
math1!(m_tan, f64::tan);
math1!(m_asin, f64::asin);
math1!(m_acos, f64::acos);
math1!(m_atan, f64::atan);
math1!(m_fabs, f64::abs);
math1!(m_degrees, f64::to_degrees);
math1!(m_radians, f64::to_radians);

fn m_sqrt(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("sqrt", args, 1, 1)?;
    let x = farg(vm, args, 0)?;
    if x.is_nan() {
        return Ok(new_float(x)?);
    }
    domain(x >= 0.0, x.sqrt())
}

/// CPython's `loghelper`: `func` of the argument, where an int is first
/// refused when not positive and, beyond a float's range, taken as its
/// frexp (`func(m) + func(2.0) * e`), so `log2(2**2000)` is 2000.0.
fn loghelper(vm: &mut Vm, a: &Obj, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(b) = to_bigint(a) {
        if !num_traits::Signed::is_positive(&b) {
            return Err(value_error("math domain error"));
        }
        let as_float = num_traits::ToPrimitive::to_f64(&b).filter(|x| x.is_finite());
        if as_float.is_none() {
            // _PyLong_Frexp: the top bits as a float in [0.5, 1), and the
            // bit length.
            let bits = b.bits();
            let top: f64 =
                num_traits::ToPrimitive::to_f64(&(&b >> (bits - 64) as usize)).unwrap_or(1.0);
            let m = top / 18446744073709551616.0;
            return Ok(func(m) + func(2.0) * bits as f64);
        }
    }
    let x = crate::protocol::convert::float_value_of(vm, a)?
        .ok_or_else(|| type_error(format!("must be real number, not {}", object::type_name(a))))?;
    // math_1's checks: nan passes through, a finite argument giving nan
    // or -inf is outside the domain.
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(value_error("math domain error"));
    }
    Ok(func(x))
}

fn m_log(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    if args.is_empty() || args.len() > 2 {
        return Err(type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, &args[0], f64::ln)?;
    match args.get(1) {
        Some(base) => {
            let den = loghelper(vm, base, f64::ln)?;
            if den == 0.0 {
                return Err(exception::zero_division_error("float division by zero"));
            }
            Ok(new_float(num / den)?)
        }
        None => Ok(new_float(num)?),
    }
}

fn m_log2(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("log2", args, 1, 1)?;
    Ok(new_float(loghelper(vm, &args[0], f64::log2)?)?)
}

fn m_log10(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("log10", args, 1, 1)?;
    Ok(new_float(loghelper(vm, &args[0], f64::log10)?)?)
}

fn to_int_result(x: f64) -> PyResult<ObjRef> {
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(exception::overflow_error(
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
        .filter(|a| a.layout() == Layout::Int)
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
        if let Some(r) = object::call_special(vm, &args[0], "__floor__", &[])? {
            return Ok(r);
        }
    }
    to_int_result(farg(vm, args, 0)?.floor())
}

fn m_ceil(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("ceil", args, 1, 1)?;
    if let Some(i) = int_passthrough(args) {
        return Ok(i);
    }
    if float_value(&args[0]).is_none() {
        if let Some(r) = object::call_special(vm, &args[0], "__ceil__", &[])? {
            return Ok(r);
        }
    }
    to_int_result(farg(vm, args, 0)?.ceil())
}

fn m_trunc(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("trunc", args, 1, 1)?;
    if let Some(i) = int_passthrough(args) {
        return Ok(i);
    }
    let x = &args[0];
    if x.layout() == Layout::Float {
        return to_int_result(farg(vm, args, 0)?.trunc());
    }
    // CPython's math_trunc asks `__trunc__` only (not `__float__`).
    if object::is_heap_type_instance(x) {
        if let Some(r) = object::call_special(vm, x, "__trunc__", &[])? {
            return Ok(r);
        }
    }
    Err(type_error(format!(
        "type {} doesn't define __trunc__ method",
        object::type_name(x)
    )))
}

fn m_atan2(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("atan2", args, 2, 2)?;
    Ok(new_float(farg(vm, args, 0)?.atan2(farg(vm, args, 1)?))?)
}

fn m_hypot(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let (mut coords, mut max, mut nan) = (Vec::with_capacity(args.len()), 0.0f64, false);
    for i in 0..args.len() {
        let x = farg(vm, args, i)?.abs();
        nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(new_float(more::vector_norm(&coords, max, nan))?)
}

fn m_pow(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("pow", args, 2, 2)?;
    let (x, y) = (farg(vm, args, 0)?, farg(vm, args, 1)?);
    let r = x.powf(y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(value_error("math domain error"));
    }
    // (0.0 ** -inf is inf: only a finite negative exponent is a domain error.)
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(value_error("math domain error"));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(exception::overflow_error("math range error"));
    }
    Ok(new_float(r)?)
}

fn m_isnan(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(py_bool(farg(vm, args, 0)?.is_nan()))
}
fn m_isinf(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(py_bool(farg(vm, args, 0)?.is_infinite()))
}
fn m_isfinite(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(py_bool(farg(vm, args, 0)?.is_finite()))
}

fn m_gcd(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let mut g = num_bigint::BigInt::from(0);
    for a in args {
        let b = more::int_arg(vm, a)?;
        g = num_integer::Integer::gcd(&g, &b);
    }
    Ok(new_bigint(&g)?)
}

fn m_factorial(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("factorial", args, 1, 1)?;
    let n = index_value_vm(vm, &args[0])?;
    if n < 0 {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let mut r = num_bigint::BigInt::from(1);
    for i in 2..=n {
        r *= i;
    }
    Ok(new_bigint(&r)?)
}

fn m_isclose(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    // The signature table has checked the arguments (`a`, `b` positional
    // or by name, `rel_tol`, `abs_tol` by name); each is converted as
    // Argument Clinic's `double` converter does (`PyFloat_AsDouble`).
    let (pos, kws) = convert::split_kwargs(args, kw);
    let mut vals = [0.0f64; 4];
    let params = [
        ("a", None),
        ("b", None),
        ("rel_tol", Some(1e-9)),
        ("abs_tol", Some(0.0)),
    ];
    for (i, (k, default)) in params.into_iter().enumerate() {
        let given = if i < 2 { pos.get(i) } else { None };
        vals[i] = match given.or_else(|| convert::kwarg(&kws, k)) {
            Some(v) => crate::protocol::convert::float_value_of(vm, v)?.ok_or_else(|| {
                type_error(format!("must be real number, not {}", object::type_name(v)))
            })?,
            None => match default {
                Some(d) => d,
                None => {
                    return Err(type_error(format!(
                        "isclose() missing required argument '{k}' (pos {})",
                        i + 1
                    )))
                }
            },
        };
    }
    let [a, b, rel, abs] = vals;
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(py_bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(py_bool(false));
    }
    let d = (a - b).abs();
    Ok(py_bool(d <= (rel * b.abs()).max(rel * a.abs()) || d <= abs))
}

fn m_copysign(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("copysign", args, 2, 2)?;
    Ok(new_float(farg(vm, args, 0)?.copysign(farg(vm, args, 1)?))?)
}
