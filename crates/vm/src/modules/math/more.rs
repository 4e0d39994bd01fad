//! The rest of the `math` module: integer functions (`isqrt`, `comb`,
//! `perm`, `lcm`), products and exact sums (`prod`, `fsum`), float
//! decomposition (`modf`, `frexp`, `ldexp`, `fmod`) and the hyperbolic
//! functions. `modules::math::make_math` installs them next to the basic ones.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::exception::{type_error, value_error};
use crate::objects::float::new_float;
use crate::objects::function::builtin::NativeFn;
use crate::objects::int::{new_bigint, new_int, to_bigint};
use crate::objects::tuple::new_tuple;
use crate::objects::{exception, singletons};
use crate::protocol::convert::check_args;
use crate::protocol::{convert, iter, number, object};
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("isqrt", m_isqrt),
    ("comb", m_comb),
    ("perm", m_perm),
    ("lcm", m_lcm),
    ("prod", m_prod),
    ("fsum", m_fsum),
    ("modf", m_modf),
    ("frexp", m_frexp),
    ("ldexp", m_ldexp),
    ("fmod", m_fmod),
    ("sinh", m_sinh),
    ("cosh", m_cosh),
    ("tanh", m_tanh),
    ("expm1", m_expm1),
    ("log1p", m_log1p),
    ("dist", m_dist),
    ("asinh", m_asinh),
    ("acosh", m_acosh),
    ("atanh", m_atanh),
    ("cbrt", m_cbrt),
    ("exp2", m_exp2),
    ("nextafter", m_nextafter),
    ("ulp", m_ulp),
];

/// An integer argument (`PyNumber_Index`: `__index__` is asked for).
pub(super) fn int_arg(vm: &mut Vm, o: &Obj) -> PyResult<BigInt> {
    let i = crate::protocol::convert::number_index(vm, o)?;
    Ok(to_bigint(&i).unwrap_or_default())
}

fn float_arg(vm: &mut Vm, o: &Obj) -> PyResult<f64> {
    convert::float_value_of(vm, o)?
        .ok_or_else(|| type_error(format!("must be real number, not {}", object::type_name(o))))
}

fn m_isqrt(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("isqrt", args, 1, 1)?;
    let n = int_arg(vm, &args[0])?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(new_bigint(&n.sqrt())?)
}

fn comb_perm(vm: &mut Vm, args: &[ObjRef], name: &str, comb: bool) -> PyResult<ObjRef> {
    check_args(name, args, if comb { 2 } else { 1 }, 2)?;
    let n = int_arg(vm, &args[0])?;
    // Only perm takes None (or nothing) for k: then it is factorial(n).
    let k_given = comb || args.get(1).is_some_and(|a| !singletons::is_none(a));
    let k = match args.get(1).filter(|_| k_given) {
        Some(k) => int_arg(vm, k)?,
        None => n.clone(),
    };
    if n.is_negative() {
        return Err(value_error(if k_given {
            "n must be a non-negative integer"
        } else {
            "factorial() not defined for negative values"
        }));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(new_int(0)?);
    }
    let k = if comb && k.clone() * 2 > n {
        &n - &k
    } else {
        k
    };
    // CPython takes k as a C long long (a huge one ran forever here).
    if k > BigInt::from(i64::MAX) {
        return Err(exception::overflow_error(if comb {
            "min(n - k, k) must not exceed 9223372036854775807"
        } else if k_given {
            "k must not exceed 9223372036854775807"
        } else {
            // perm(n) is factorial(n).
            "factorial() argument should not exceed 9223372036854775807"
        }));
    }
    let mut r = BigInt::one();
    let mut i = BigInt::zero();
    while i < k {
        r *= &n - &i;
        i += 1;
        if comb {
            r /= &i;
        }
    }
    Ok(new_bigint(&r)?)
}

fn m_comb(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    comb_perm(vm, args, "comb", true)
}

fn m_perm(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    comb_perm(vm, args, "perm", false)
}

fn m_lcm(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let mut acc = BigInt::one();
    for a in args {
        let b = int_arg(vm, a)?;
        if b.is_zero() || acc.is_zero() {
            acc = BigInt::zero();
            continue;
        }
        acc = num_integer::Integer::lcm(&acc, &b);
    }
    Ok(new_bigint(&acc.abs())?)
}

fn m_prod(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = convert::split_kwargs(args, kw);
    // Argument Clinic's `prod(iterable, /, *, start=1)`: the total count,
    // then the positional one, then the keyword names.
    if pos.len() + kws.len() > 2 {
        return Err(type_error(format!(
            "prod() takes at most 2 arguments ({} given)",
            pos.len() + kws.len()
        )));
    }
    if pos.len() != 1 {
        return Err(type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            pos.len()
        )));
    }
    if let Some((k, _)) = kws.iter().find(|(k, _)| *k != "start") {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for prod()"
        )));
    }
    let mut acc = match convert::kwarg(&kws, "start") {
        Some(s) => s.clone(),
        None => new_int(1)?,
    };
    for v in iter::collect(vm, &pos[0])? {
        acc = number::binary_op(
            vm,
            arenapy_compiler::opcode::BinaryOperator::Multiply,
            &acc,
            &v,
        )?;
    }
    Ok(acc)
}

/// `fsum`: Shewchuk's exact summation of partials, as CPython's
/// `math_fsum`: items are converted as they come (a bad item is reported
/// before later ones are asked for); an inf or nan item is summed apart
/// (`inf + -inf` is "-inf + inf in fsum"), and a finite item making the
/// running sum infinite is "intermediate overflow in fsum".
fn m_fsum(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("fsum", args, 1, 1)?;
    let it = iter::get_iter(vm, &args[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(v) = iter::next(vm, &it)? {
        let mut x = float_arg(vm, &v)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(exception::overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(new_float(special_sum)?);
    }
    let mut hi = 0.0;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(new_float(hi)?)
}

fn m_modf(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("modf", args, 1, 1)?;
    let x = float_arg(vm, &args[0])?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        // C's modf keeps the sign on a zero fraction: modf(-3.0) is
        // (-0.0, -3.0).
        (x.fract().copysign(x), x.trunc())
    };
    Ok(new_tuple(vec![new_float(frac)?, new_float(int)?])?)
}

fn m_frexp(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("frexp", args, 1, 1)?;
    let x = float_arg(vm, &args[0])?;
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return Ok(new_tuple(vec![new_float(x)?, new_int(0)?])?);
    }
    // C's frexp (subnormals and the largest floats included).
    let (m, e) = libm::frexp(x);
    Ok(new_tuple(vec![new_float(m)?, new_int(e as i64)?])?)
}

fn m_ldexp(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("ldexp", args, 2, 2)?;
    let x = float_arg(vm, &args[0])?;
    // CPython's math_ldexp takes an int only (no `__index__`); beyond a
    // machine word the exponent only decides between 0 and overflow.
    if args[1].layout() != crate::objects::Layout::Int {
        return Err(type_error("Expected an int as second argument to ldexp."));
    }
    let e = convert::index_value(&args[1]).unwrap_or_else(|_| {
        if to_bigint(&args[1]).is_some_and(|b| b.is_negative()) {
            -4000
        } else {
            4000
        }
    });
    if x == 0.0 || !x.is_finite() {
        return Ok(new_float(x)?);
    }
    let r = x * 2f64.powi(e.clamp(-2000, 2000) as i32);
    if r.is_infinite() && x.is_finite() {
        return Err(exception::overflow_error("math range error"));
    }
    Ok(new_float(r)?)
}

fn m_fmod(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("fmod", args, 2, 2)?;
    let (x, y) = (float_arg(vm, &args[0])?, float_arg(vm, &args[1])?);
    // A nan argument gives nan; only a non-nan zero divisor or infinite
    // dividend is a domain error (CPython's math_fmod).
    if x.is_nan() || y.is_nan() {
        return Ok(new_float(f64::NAN)?);
    }
    if y == 0.0 || x.is_infinite() {
        return Err(value_error("math domain error"));
    }
    Ok(new_float(x % y)?)
}

macro_rules! float1 {
    ($name:ident, $py:literal, $f:expr) => {
        fn $name(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
            check_args($py, args, 1, 1)?;
            let x = float_arg(vm, &args[0])?;
            let f: fn(f64) -> f64 = $f;
            let r = f(x);
            if r.is_nan() && !x.is_nan() {
                return Err(value_error("math domain error"));
            }
            if r.is_infinite() && x.is_finite() {
                return Err(exception::overflow_error("math range error"));
            }
            Ok(new_float(r)?)
        }
    };
}

float1!(m_sinh, "sinh", f64::sinh);
float1!(m_cosh, "cosh", f64::cosh);
float1!(m_tanh, "tanh", f64::tanh);
float1!(m_expm1, "expm1", f64::exp_m1);
// The C library's algorithms (std's asinh overflows near the largest
// float; musl's and std's differ from glibc's in the last digit).
float1!(m_asinh, "asinh", super::libc_algo::asinh);
float1!(m_acosh, "acosh", super::libc_algo::acosh);
float1!(m_cbrt, "cbrt", super::libc_algo::cbrt);
float1!(m_exp2, "exp2", f64::exp2);
float1!(m_log1p_inner, "log1p", f64::ln_1p);
float1!(m_atanh_inner, "atanh", super::libc_algo::atanh);

/// `log1p(x)`: -1 and below are outside its domain (not an overflow).
fn m_log1p(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("log1p", args, 1, 1)?;
    if float_arg(vm, &args[0])? <= -1.0 {
        return Err(value_error("math domain error"));
    }
    m_log1p_inner(vm, args, kw)
}

/// `atanh(x)`: |x| >= 1 is outside its domain.
fn m_atanh(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("atanh", args, 1, 1)?;
    if float_arg(vm, &args[0])?.abs() >= 1.0 {
        return Err(value_error("math domain error"));
    }
    m_atanh_inner(vm, args, kw)
}

/// C's `nextafter`: the next float after `x` towards `y`.
fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        let tiny = f64::from_bits(1);
        return if y > 0.0 { tiny } else { -tiny };
    }
    let b = x.to_bits();
    // Away from zero is one up in the bit pattern, towards zero one down.
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { b + 1 } else { b - 1 })
}

fn m_nextafter(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("nextafter", args, 2, 2)?;
    let (x, y) = (float_arg(vm, &args[0])?, float_arg(vm, &args[1])?);
    Ok(new_float(next_after(x, y))?)
}

/// `ulp(x)`: the gap from |x| to the next float away from zero (CPython's
/// `math_ulp_impl`).
fn m_ulp(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("ulp", args, 1, 1)?;
    let x = float_arg(vm, &args[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(new_float(x)?);
    }
    let up = next_after(x, f64::INFINITY);
    let r = if up.is_infinite() {
        x - next_after(x, -f64::INFINITY)
    } else {
        up - x
    };
    Ok(new_float(r)?)
}

fn m_dist(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("dist", args, 2, 2)?;
    let p = iter::collect(vm, &args[0])?;
    let q = iter::collect(vm, &args[1])?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let (mut diffs, mut max, mut nan) = (Vec::with_capacity(p.len()), 0.0f64, false);
    for (a, b) in p.iter().zip(&q) {
        let d = (float_arg(vm, a)? - float_arg(vm, b)?).abs();
        nan |= d.is_nan();
        max = max.max(d);
        diffs.push(d);
    }
    Ok(new_float(vector_norm(&diffs, max, nan))?)
}

/// CPython 3.11's `vector_norm` (mathmodule.c), which `hypot` and `dist`
/// share: the coordinates (absolute values) scaled by a power of two and
/// summed with compensation, then one correction step, so the result is
/// correctly rounded in almost all cases (a plain sum of squares differs
/// in the last digit: `hypot(1, 2, 1)`).
pub(super) fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0; // ldexp(1.0, 27) + 1.0
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    let max_e = libm::frexp(max).1;
    if max_e >= -1023 {
        let scale = libm::ldexp(1.0, -max_e);
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            let x = hi * hi;
            let old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            let x = 2.0 * hi * lo;
            let old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let t = h * T27;
        let hi = t - (t - h);
        let lo = h - hi;
        let x = -hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        let x = -2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        let x = -lo * lo;
        let old = csum;
        csum += x;
        frac3 += (old - csum) + x;
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // ldexp(1.0, -max_e) would overflow: divide by max instead.
    for &v in vec {
        let x = v / max;
        let x = x * x;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
    }
    max * (csum - 1.0 + frac1).sqrt()
}
