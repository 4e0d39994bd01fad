//! `complex`: two C doubles in one 32-byte block (CPython's
//! `PyComplexObject`: header, `cval.real`, `cval.imag`; no free list in
//! 3.11), its arithmetic as `Objects/complexobject.c` (`_Py_c_quot`'s
//! scaled division, `_Py_c_pow` with exact repeated multiplication for
//! small integral exponents), the repr, the hash, `complex(...)` and its
//! string parser.
//!
//! Mixed arithmetic with int and float converts the other operand to
//! complex first, as CPython 3.11 does (`1j * inf` is `(nan+infj)`).

use crate::memory::object::{alloc_builtin_object, alloc_object, Obj, ObjRef};
use crate::objects::exception::{overflow_error, type_error, value_error, zero_division_error};
use crate::objects::float::arith::{as_f64, hash_float};
use crate::objects::float::float_value;
use crate::objects::function::builtin::{self, BuiltinKind};
use crate::objects::registry::types;
use crate::objects::str::try_str;
use crate::objects::typeobject::construct::TypeCall;
use crate::objects::{Layout, Traverse, VarSize};
use crate::protocol::convert::kwarg;
use crate::protocol::object::{call_special, type_name};
use crate::vm::{PyResult, Vm};
use arenapy_alloc::AllocError;
use arenapy_compiler::opcode::BinaryOperator as B;

pub struct ComplexBody {
    pub re: f64,
    pub im: f64,
}
impl Traverse for ComplexBody {}
impl VarSize for ComplexBody {}

// `sizeof(PyComplexObject)`: what `sys.getsizeof(1j)` reports and the
// block it takes.
const _: () = assert!(std::mem::size_of::<crate::memory::object::PyObject<ComplexBody>>() == 32);

pub fn new_complex(re: f64, im: f64) -> Result<ObjRef, AllocError> {
    alloc_builtin_object(&types().complex, ComplexBody { re, im }, 0)
}

#[inline]
pub fn complex_value(o: &Obj) -> Option<(f64, f64)> {
    o.payload::<ComplexBody>().map(|b| (b.re, b.im))
}

/// An operand of mixed arithmetic as complex: a complex, float, int or
/// bool; `Ok(None)` for anything else.
fn as_complex(o: &Obj) -> PyResult<Option<(f64, f64)>> {
    if let Some(c) = complex_value(o) {
        return Ok(Some(c));
    }
    Ok(as_f64(o)?.map(|f| (f, 0.0)))
}

type C = (f64, f64);

fn c_prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot`: Smith's scaled division; `None` for division by zero.
fn c_quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // At least one part of the divisor is a NaN.
        Some((f64::NAN, f64::NAN))
    }
}

/// Why a complex power failed (CPython's errno `EDOM` / `ERANGE`).
#[derive(Clone, Copy, PartialEq)]
enum PowError {
    ZeroToNegative,
    Overflow,
}

/// `_Py_c_pow`, with the errno the C library would leave: `EDOM` from the
/// cosine or sine of an infinite phase (CPython reports it as "0.0 to a
/// negative or complex power"), `ERANGE` from an overflowing (or
/// underflowing) `hypot`, `pow` or `exp` of finite arguments.
fn c_pow(a: C, b: C) -> (C, Option<PowError>) {
    if b.0 == 0.0 && b.1 == 0.0 {
        return ((1.0, 0.0), None);
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        let err = (b.1 != 0.0 || b.0 < 0.0).then_some(PowError::ZeroToNegative);
        return ((0.0, 0.0), err);
    }
    let mut errno = None;
    let mut range = |r: f64, args_finite: bool| {
        if args_finite && (r.is_infinite() || r == 0.0) && errno.is_none() {
            errno = Some(PowError::Overflow);
        }
    };
    let vabs = a.0.hypot(a.1);
    range(vabs, a.0.is_finite() && a.1.is_finite());
    let mut len = vabs.powf(b.0);
    range(
        len,
        vabs.is_finite() && b.0.is_finite() && vabs != 0.0 && b.0 != 0.0 && vabs != 1.0,
    );
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        let x = at * b.1;
        let e = x.exp();
        range(e, x.is_finite() && x != 0.0);
        len /= e;
        phase += b.1 * vabs.ln();
    }
    if phase.is_infinite() {
        errno = Some(PowError::ZeroToNegative);
    }
    ((len * phase.cos(), len * phase.sin()), errno)
}

/// `c_powu`: `x**n` by repeated squaring.
fn c_powu(x: C, n: i64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// `x ** y` of two floats with a negative `x` and a fractional `y`: the
/// complex result CPython's `float_pow` returns.
pub(crate) fn real_pow_complex(x: f64, y: f64) -> PyResult<ObjRef> {
    let (re, im) = complex_pow((x, 0.0), (y, 0.0))?;
    Ok(new_complex(re, im)?)
}

/// `complex_pow`: integral exponents up to 100 in magnitude multiply
/// exactly; others go through polar form. Overflow to an infinity from
/// finite operands is OverflowError, as CPython's `Py_ADJUST_ERANGE2`.
fn complex_pow(a: C, b: C) -> PyResult<C> {
    let (r, errno) = if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            (c_powu(a, n), None)
        } else if n == 0 {
            ((1.0, 0.0), None)
        } else {
            match c_quot((1.0, 0.0), c_powu(a, -n)) {
                Some(q) => (q, None),
                None => ((0.0, 0.0), Some(PowError::ZeroToNegative)),
            }
        }
    } else {
        c_pow(a, b)
    };
    // Py_ADJUST_ERANGE2: an infinite part is ERANGE unless errno says
    // otherwise; a finite result clears an ERANGE (an underflow).
    let errno = if r.0.is_infinite() || r.1.is_infinite() {
        errno.or(Some(PowError::Overflow))
    } else if errno == Some(PowError::Overflow) {
        None
    } else {
        errno
    };
    let r = match errno {
        Some(e) => Err(e),
        None => Ok(r),
    };
    r.map_err(|e| match e {
        PowError::ZeroToNegative => zero_division_error("0.0 to a negative or complex power"),
        PowError::Overflow => overflow_error("complex exponentiation"),
    })
}

/// `a op b` when one operand is complex and the other a number; `Ok(None)`
/// when the operator does not apply (`//`, `%`, bit operators): the caller
/// then reports the unsupported operand types.
pub(crate) fn complex_op(op: B, a: &Obj, b: &Obj) -> PyResult<Option<ObjRef>> {
    let (Some(x), Some(y)) = (as_complex(a)?, as_complex(b)?) else {
        return Ok(None);
    };
    let r = match op {
        B::Add => (x.0 + y.0, x.1 + y.1),
        B::Subtract => (x.0 - y.0, x.1 - y.1),
        B::Multiply => c_prod(x, y),
        B::TrueDivide => {
            c_quot(x, y).ok_or_else(|| zero_division_error("complex division by zero"))?
        }
        B::Power => complex_pow(x, y)?,
        _ => return Ok(None),
    };
    Ok(Some(new_complex(r.0, r.1)?))
}

/// `-z`, `+z` (`~z` is not defined for complex).
pub(crate) fn complex_unary(op: char, z: C) -> PyResult<Option<ObjRef>> {
    Ok(match op {
        '-' => Some(new_complex(-z.0, -z.1)?),
        '+' => Some(new_complex(z.0, z.1)?),
        _ => None,
    })
}

/// `abs(z)`: `hypot`, infinite when a part is, OverflowError when finite
/// parts overflow (`_Py_c_abs`).
pub(crate) fn complex_abs(z: C) -> PyResult<f64> {
    if z.0.is_infinite() || z.1.is_infinite() {
        return Ok(f64::INFINITY);
    }
    if z.0.is_nan() || z.1.is_nan() {
        return Ok(f64::NAN);
    }
    let r = z.0.hypot(z.1);
    if r.is_infinite() {
        return Err(overflow_error("absolute value too large"));
    }
    Ok(r)
}

/// `complex_hash`: the real part's hash plus 1000003 times the imaginary
/// part's, so `hash(1+0j) == hash(1.0) == hash(1)`.
pub(crate) fn complex_hash(z: C) -> i64 {
    let hr = hash_float(z.0) as u64;
    let hi = hash_float(z.1) as u64;
    let h = hr.wrapping_add(hi.wrapping_mul(1_000_003)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `z == other` for a number `other`; `None` when `other` is no number.
pub(crate) fn complex_eq(z: C, other: &Obj) -> PyResult<Option<bool>> {
    if let Some(w) = complex_value(other) {
        return Ok(Some(z == w));
    }
    if other.layout() == Layout::Int {
        // Exact comparison of an int with the real part, as CPython's
        // complex_richcompare delegates it to the float/int comparison.
        if z.1 != 0.0 {
            return Ok(Some(false));
        }
        return Ok(Some(
            crate::protocol::compare::cmp_int_float(other, z.0) == Some(std::cmp::Ordering::Equal),
        ));
    }
    Ok(float_value(other).map(|f| z == (f, 0.0)))
}

/// A float as `repr` shows it inside a complex: `'r'` format without the
/// `.0` a float repr adds (`(1+2j)`, `1e+16j`).
fn part_repr(f: f64) -> String {
    let mut s = arenapy_format::float_repr(f);
    if s.ends_with(".0") {
        s.truncate(s.len() - 2);
    }
    s
}

/// `repr(z)`: only the imaginary part when the real part is +0.0, else
/// both in parentheses with the imaginary part's sign.
pub(crate) fn complex_repr(z: C) -> String {
    if z.0 == 0.0 && z.0.is_sign_positive() {
        return format!("{}j", part_repr(z.1));
    }
    let im = part_repr(z.1);
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im}j)", part_repr(z.0))
}

/// The text of `complex(s)`: `complex_subtype_from_string`. Surrounding
/// whitespace and one pair of parentheses are allowed; then a real part,
/// an imaginary part, or both (`1`, `2j`, `-j`, `1-2.5e3j`, `nan+infj`).
fn parse_complex(s: &str) -> Option<C> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(') {
        t = inner.strip_suffix(')')?.trim();
    }
    let (first, rest) = split_number(t)?;
    if rest.is_empty() {
        return Some((first?, 0.0));
    }
    if rest == "j" || rest == "J" {
        // A lone sign before `j` means one.
        return Some((
            0.0,
            first.unwrap_or(if t.starts_with('-') { -1.0 } else { 1.0 }),
        ));
    }
    // A real part followed by a signed imaginary part.
    let re = first?;
    if !rest.starts_with(['+', '-']) {
        return None;
    }
    let (second, tail) = split_number(rest)?;
    if tail != "j" && tail != "J" {
        return None;
    }
    let im = second.unwrap_or(if rest.starts_with('-') { -1.0 } else { 1.0 });
    Some((re, im))
}

/// Splits a leading signed float literal off `t`: its value (None when the
/// literal is only a sign) and the rest.
fn split_number(t: &str) -> Option<(Option<f64>, &str)> {
    let b = t.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let start = i;
    let lower = t[i..].to_ascii_lowercase();
    for word in ["infinity", "inf", "nan"] {
        if lower.starts_with(word) {
            let end = i + word.len();
            return Some((Some(arenapy_format::parse_float(&t[..end])?), &t[end..]));
        }
    }
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_' || b[i] == b'.') {
        i += 1;
    }
    if i > start && i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let digits = j;
        while j < b.len() && (b[j].is_ascii_digit() || b[j] == b'_') {
            j += 1;
        }
        if j > digits {
            i = j;
        }
    }
    if i == start {
        return Some((None, &t[i..]));
    }
    Some((Some(arenapy_format::parse_float(&t[..i])?), &t[i..]))
}

/// One argument of `complex(real, imag)` as complex: a complex, a number,
/// or an object with `__complex__` (or `__float__`/`__index__`).
fn complex_arg(vm: &mut Vm, x: &Obj, first: bool) -> PyResult<C> {
    if let Some(c) = complex_value(x) {
        return Ok(c);
    }
    if let Some(f) = as_f64(x)? {
        return Ok((f, 0.0));
    }
    if let Some(r) = call_special(vm, x, "__complex__", &[])? {
        return complex_value(&r).ok_or_else(|| {
            type_error(format!(
                "__complex__ returned non-complex (type {})",
                type_name(&r)
            ))
        });
    }
    if let Some(r) = call_special(vm, x, "__float__", &[])? {
        if let Some(f) = float_value(&r) {
            return Ok((f, 0.0));
        }
    }
    // PyFloat_AsDouble's last resort: `__index__`.
    if crate::protocol::object::is_heap_type_instance(x)
        && crate::objects::typeobject::lookup_str(x.ty(), "__index__").is_some()
    {
        let i = crate::protocol::convert::number_index(vm, x)?;
        return Ok((crate::objects::int::arith::int_to_f64(&i)?, 0.0));
    }
    Err(type_error(if first {
        format!(
            "complex() first argument must be a string or a number, not '{}'",
            type_name(x)
        )
    } else {
        format!(
            "complex() second argument must be a number, not '{}'",
            type_name(x)
        )
    }))
}

/// `complex(real=0, imag=0)` and `complex(string)`.
pub(crate) fn complex_new(vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let (pos, kws) = call.split();
    crate::objects::function::signature::check_clinic(
        "complex",
        pos.len(),
        &kws,
        0,
        0,
        2,
        &["real", "imag"],
    )?;
    let real = pos.first().or_else(|| kwarg(&kws, "real"));
    let imag = pos.get(1).or_else(|| kwarg(&kws, "imag"));
    let make = |re: f64, im: f64| -> PyResult<ObjRef> {
        if call.cls.is(&types().complex) {
            Ok(new_complex(re, im)?)
        } else {
            Ok(alloc_object(call.cls, ComplexBody { re, im }, 0)?)
        }
    };
    if let Some(r) = real {
        if let Some(s) = try_str(r) {
            if imag.is_some() {
                return Err(type_error(
                    "complex() can't take second arg if first is a string",
                ));
            }
            let (re, im) = parse_complex(s)
                .ok_or_else(|| value_error("complex() arg is a malformed string"))?;
            return make(re, im);
        }
    }
    if imag.is_some_and(|i| try_str(i).is_some()) {
        return Err(type_error("complex() second arg can't be a string"));
    }
    // An exact complex alone is returned as it is.
    if let (Some(r), None) = (real, imag) {
        if r.ty().is(&types().complex) && call.cls.is(&types().complex) {
            return Ok(r.clone());
        }
    }
    let a = match real {
        Some(r) => complex_arg(vm, r, true)?,
        None => (0.0, 0.0),
    };
    let b = match imag {
        Some(i) => complex_arg(vm, i, false)?,
        None => (0.0, 0.0),
    };
    // real + imag*1j, where either may itself be complex. As CPython's
    // complex_new_impl, a part is only added when its argument is complex,
    // so `complex(0.0, -0.0)` keeps the imaginary part's sign.
    let is_complex = |o: &Obj| {
        o.layout() == Layout::Complex
            || crate::objects::typeobject::lookup_str(o.ty(), "__complex__").is_some()
    };
    let (re, im) = if imag.is_some() {
        let re = if imag.is_some_and(|i| is_complex(i)) {
            a.0 - b.1
        } else {
            a.0
        };
        let im = if real.is_some_and(|r| is_complex(r)) {
            b.0 + a.1
        } else {
            b.0
        };
        (re, im)
    } else {
        a
    };
    make(re, im)
}

fn complex_self(o: &Obj) -> PyResult<C> {
    complex_value(o).ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 'complex' object but received a '{}'",
            type_name(o)
        ))
    })
}

fn complex_conjugate(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let (re, im) = complex_self(&args[0])?;
    Ok(new_complex(re, -im)?)
}

fn complex_getnewargs(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let (re, im) = complex_self(&args[0])?;
    use crate::objects::float::new_float;
    Ok(crate::objects::tuple::new_tuple(vec![
        new_float(re)?,
        new_float(im)?,
    ])?)
}

/// complex's number slot wrappers (`(1j).__add__(2)`, `complex.__rsub__`):
/// the other operand must be an int, float or complex, else
/// NotImplemented; `__pow__`'s modulus must be None ("complex modulo").
fn complex_binary(args: &[ObjRef], _name: &str, op: B, reflected: bool) -> PyResult<ObjRef> {
    if op == B::Power {
        crate::protocol::convert::check_args("", &args[1..], 1, 2)?;
    } else {
        crate::protocol::convert::check_slot_args(&args[1..], 1)?;
    }
    complex_self(&args[0])?;
    if args.len() == 3 && !args[2].is(&types().none) {
        return Err(value_error("complex modulo"));
    }
    let (s, o) = (&args[0], &args[1]);
    if !matches!(o.layout(), Layout::Int | Layout::Float | Layout::Complex) {
        return Ok(types().not_implemented.clone());
    }
    let (a, b) = if reflected { (o, s) } else { (s, o) };
    Ok(complex_op(op, a, b)?.unwrap_or_else(|| types().not_implemented.clone()))
}

fn complex_unary_slot(args: &[ObjRef], name: &str) -> PyResult<ObjRef> {
    crate::protocol::convert::check_slot_args(&args[1..], 0)?;
    let z = complex_self(&args[0])?;
    Ok(match name {
        "__neg__" => new_complex(-z.0, -z.1)?,
        "__abs__" => crate::objects::float::new_float(complex_abs(z)?)?,
        "__bool__" => crate::objects::bool::py_bool(z.0 != 0.0 || z.1 != 0.0),
        // `__pos__` and `__complex__`: the value as an exact complex.
        _ => new_complex(z.0, z.1)?,
    })
}

macro_rules! complex_slots {
    ($( $fname:ident => $kind:ident($name:literal $(, $arg:expr)*) ;)*) => {
        $(fn $fname(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
            $kind(args, $name $(, $arg)*)
        })*
    };
}

complex_slots! {
    slot_add => complex_binary("__add__", B::Add, false);
    slot_radd => complex_binary("__radd__", B::Add, true);
    slot_sub => complex_binary("__sub__", B::Subtract, false);
    slot_rsub => complex_binary("__rsub__", B::Subtract, true);
    slot_mul => complex_binary("__mul__", B::Multiply, false);
    slot_rmul => complex_binary("__rmul__", B::Multiply, true);
    slot_truediv => complex_binary("__truediv__", B::TrueDivide, false);
    slot_rtruediv => complex_binary("__rtruediv__", B::TrueDivide, true);
    slot_pow => complex_binary("__pow__", B::Power, false);
    slot_rpow => complex_binary("__rpow__", B::Power, true);
    slot_neg => complex_unary_slot("__neg__");
    slot_pos => complex_unary_slot("__pos__");
    slot_abs => complex_unary_slot("__abs__");
    slot_bool => complex_unary_slot("__bool__");
    slot_complex => complex_unary_slot("__complex__");
}

/// Puts this type's built-in methods into its namespace (at start-up).
pub(crate) fn install_methods() -> PyResult<()> {
    builtin::install(
        &types().complex,
        "complex",
        &[
            ("conjugate", complex_conjugate),
            ("__getnewargs__", complex_getnewargs),
            ("__add__", slot_add),
            ("__radd__", slot_radd),
            ("__sub__", slot_sub),
            ("__rsub__", slot_rsub),
            ("__mul__", slot_mul),
            ("__rmul__", slot_rmul),
            ("__truediv__", slot_truediv),
            ("__rtruediv__", slot_rtruediv),
            ("__pow__", slot_pow),
            ("__rpow__", slot_rpow),
            ("__neg__", slot_neg),
            ("__pos__", slot_pos),
            ("__abs__", slot_abs),
            ("__bool__", slot_bool),
            ("__complex__", slot_complex),
        ],
        BuiltinKind::Method,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_as_cpython() {
        assert_eq!(complex_repr((1.0, 2.0)), "(1+2j)");
        assert_eq!(complex_repr((0.0, -0.0)), "-0j");
        assert_eq!(complex_repr((-0.0, 0.0)), "(-0+0j)");
        assert_eq!(complex_repr((f64::NAN, f64::INFINITY)), "(nan+infj)");
        assert_eq!(complex_repr((0.0, 1e16)), "1e+16j");
        assert_eq!(complex_repr((1.5, -2.25)), "(1.5-2.25j)");
    }

    #[test]
    fn parse_as_cpython() {
        assert_eq!(parse_complex("1+2j"), Some((1.0, 2.0)));
        assert_eq!(parse_complex(" ( -j ) "), Some((0.0, -1.0)));
        assert_eq!(parse_complex("3"), Some((3.0, 0.0)));
        assert_eq!(parse_complex("1e3-2.5J"), Some((1000.0, -2.5)));
        assert_eq!(parse_complex("1+j"), Some((1.0, 1.0)));
        assert_eq!(parse_complex("1_0j"), Some((0.0, 10.0)));
        assert_eq!(parse_complex("1+2"), None);
        assert_eq!(parse_complex("j1"), None);
        assert_eq!(parse_complex(""), None);
        assert_eq!(parse_complex("(1+2j"), None);
        assert!(parse_complex("nan+infj").is_some_and(|(r, i)| r.is_nan() && i.is_infinite()));
    }

    #[test]
    fn division_and_powers() {
        assert_eq!(c_quot((1.0, 0.0), (0.0, 0.0)), None);
        assert_eq!(c_quot((1.0, 2.0), (1.0, 2.0)), Some((1.0, 0.0)));
        assert_eq!(c_powu((0.0, 1.0), 2), (-1.0, 0.0));
    }
}
