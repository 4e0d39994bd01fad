//! Arithmetic on `int`, `bool` and `float` with Python's semantics: floor
//! division and modulo take the sign of the divisor, `/` is true division,
//! `**` with a negative int exponent gives a float, ints never overflow.
//!
//! Word-sized ints take checked fast paths; anything larger goes through
//! `num_bigint` (scratch memory outside the object heap, see `types::int`).
//! Every result is a new heap object (or a cached one in the cpython311
//! profile).

use super::exc::{overflow_error, value_error, zero_division_error};
use super::PyResult;
use crate::object::{Obj, ObjRef};
use crate::types::int::{
    float_value, int_body, int_small, new_bigint, new_float, new_int, to_bigint,
};
use crate::types::Layout;
use arenapy_compiler::opcode::BinaryOperator as B;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// Is `o` an int or bool?
#[inline(always)]
pub fn is_int(o: &Obj) -> bool {
    o.layout() == Layout::Int
}

/// Does an int object equal a float value exactly?
pub fn int_float_eq(i: &Obj, f: f64) -> bool {
    if let Some(v) = int_small(i) {
        if v.unsigned_abs() < (1 << 53) {
            return (v as f64) == f;
        }
    }
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    match (to_bigint(i), BigInt::from_f64_exact(f)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

trait FromF64Exact: Sized {
    fn from_f64_exact(f: f64) -> Option<Self>;
}
impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> Option<BigInt> {
        num_traits::FromPrimitive::from_f64(f)
    }
}

/// An int object converted to f64, with CPython's OverflowError.
pub fn int_to_f64(o: &Obj) -> PyResult<f64> {
    if let Some(v) = int_small(o) {
        return Ok(v as f64);
    }
    let b = to_bigint(o).expect("int");
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(overflow_error("int too large to convert to float")),
    }
}

/// A number as f64 if it is an int, bool or float.
pub fn as_f64(o: &Obj) -> PyResult<Option<f64>> {
    if let Some(f) = float_value(o) {
        return Ok(Some(f));
    }
    if is_int(o) {
        return int_to_f64(o).map(Some);
    }
    Ok(None)
}

/// A word-sized exact `int` (not bool, not a subclass) or exact `float`.
enum Num {
    Int(i64),
    Float(f64),
}

#[inline(always)]
fn exact_num(o: &Obj, t: &crate::types::Types) -> Option<Num> {
    let ty = o.ty();
    if ty.is(&t.int) {
        int_small(o).map(Num::Int)
    } else if ty.is(&t.float) {
        float_value(o).map(Num::Float)
    } else {
        None
    }
}

/// The dispatch loop's fast path for BinaryOp: `Some` when both operands
/// are word-sized exact ints or exact floats (or one of each) and the
/// result is computed here, with exactly the slow path's semantics and
/// errors; `None` sends the caller down `ops::binary_op`.
#[inline(always)]
pub fn fast_binary(op: B, a: &Obj, b: &Obj) -> Option<PyResult<ObjRef>> {
    let t = crate::types::types();
    let (x, y) = (exact_num(a, t)?, exact_num(b, t)?);
    let op = op.non_inplace();
    let r = match (x, y) {
        (Num::Int(x), Num::Int(y)) => {
            // The three hottest operators inline; the rest share the
            // checked word-sized code of the slow path.
            let v = match op {
                B::Add => x.checked_add(y),
                B::Subtract => x.checked_sub(y),
                B::Multiply => x.checked_mul(y),
                _ => return small_int_op(op, x, y).transpose(),
            };
            return v.map(|v| new_int(v).map_err(Into::into));
        }
        (Num::Float(x), Num::Float(y)) => (x, y),
        (Num::Int(x), Num::Float(y)) => (x as f64, y),
        (Num::Float(x), Num::Int(y)) => (x, y as f64),
    };
    let (x, y) = r;
    let v = match op {
        B::Add => x + y,
        B::Subtract => x - y,
        B::Multiply => x * y,
        B::TrueDivide if y != 0.0 => x / y,
        _ => return float_op(op, x, y).transpose(),
    };
    Some(new_float(v).map_err(Into::into))
}

/// The dispatch loop's fast path for CompareOp on word-sized exact ints and
/// exact floats (an int and a float only when the int converts exactly).
#[inline(always)]
pub fn fast_compare(
    op: arenapy_compiler::opcode::ComparisonOperator,
    a: &Obj,
    b: &Obj,
) -> Option<bool> {
    use arenapy_compiler::opcode::ComparisonOperator as C;
    let t = crate::types::types();
    macro_rules! cmp {
        ($x:expr, $y:expr) => {{
            let (x, y) = ($x, $y);
            Some(match op {
                C::Less => x < y,
                C::LessEqual => x <= y,
                C::Equal => x == y,
                C::NotEqual => x != y,
                C::Greater => x > y,
                C::GreaterEqual => x >= y,
            })
        }};
    }
    const EXACT: u64 = 1 << 53;
    match (exact_num(a, t)?, exact_num(b, t)?) {
        (Num::Int(x), Num::Int(y)) => cmp!(x, y),
        (Num::Float(x), Num::Float(y)) => cmp!(x, y),
        (Num::Int(x), Num::Float(y)) if x.unsigned_abs() < EXACT => cmp!(x as f64, y),
        (Num::Float(x), Num::Int(y)) if y.unsigned_abs() < EXACT => cmp!(x, y as f64),
        _ => None,
    }
}

/// `a op b` when both are numbers; `Ok(None)` when either is not (the caller
/// then tries the operator protocol).
pub fn binary_numeric(op: B, a: &Obj, b: &Obj) -> PyResult<Option<ObjRef>> {
    let op = op.non_inplace();
    let (la, lb) = (a.layout(), b.layout());
    match (la, lb) {
        (Layout::Int, Layout::Int) => {
            let t = crate::types::types();
            if matches!(op, B::And | B::Or | B::Xor) && a.ty().is(&t.bool) && b.ty().is(&t.bool) {
                let (x, y) = (a.is(&t.true_), b.is(&t.true_));
                let r = match op {
                    B::And => x & y,
                    B::Or => x | y,
                    _ => x ^ y,
                };
                return Ok(Some(super::py_bool(r)));
            }
            int_op(op, a, b)
        }
        (Layout::Float, Layout::Float)
        | (Layout::Float, Layout::Int)
        | (Layout::Int, Layout::Float) => {
            let x = as_f64(a)?.expect("number");
            let y = as_f64(b)?.expect("number");
            float_op(op, x, y)
        }
        _ => Ok(None),
    }
}

fn int_op(op: B, a: &Obj, b: &Obj) -> PyResult<Option<ObjRef>> {
    if let (Some(x), Some(y)) = (int_small(a), int_small(b)) {
        if let Some(r) = small_int_op(op, x, y)? {
            return Ok(Some(r));
        }
    }
    let (x, y) = (to_bigint(a).expect("int"), to_bigint(b).expect("int"));
    big_int_op(op, &x, &y)
}

/// Fast paths on machine words; `Ok(None)` means "overflowed, use BigInt"
/// (or not an int operator).
#[inline]
fn small_int_op(op: B, x: i64, y: i64) -> PyResult<Option<ObjRef>> {
    let r = match op {
        B::Add => x.checked_add(y),
        B::Subtract => x.checked_sub(y),
        B::Multiply => x.checked_mul(y),
        B::FloorDivide => {
            if y == 0 {
                return Err(zero_division_error("integer division or modulo by zero"));
            }
            x.checked_rem(y).map(|_| Integer::div_floor(&x, &y))
        }
        B::Remainder => {
            if y == 0 {
                return Err(zero_division_error("integer modulo by zero"));
            }
            x.checked_rem(y).map(|_| Integer::mod_floor(&x, &y))
        }
        B::TrueDivide => {
            if y == 0 {
                return Err(zero_division_error("division by zero"));
            }
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                return Ok(Some(new_float(x as f64 / y as f64)?));
            }
            return Ok(Some(new_float(true_divide_big(
                &BigInt::from(x),
                &BigInt::from(y),
            )?)?));
        }
        B::And => Some(x & y),
        B::Or => Some(x | y),
        B::Xor => Some(x ^ y),
        B::Lshift => {
            if y < 0 {
                return Err(value_error("negative shift count"));
            }
            if y < 63 && x.unsigned_abs() < (1u64 << (63 - y)) {
                Some(x << y)
            } else {
                None
            }
        }
        B::Rshift => {
            if y < 0 {
                return Err(value_error("negative shift count"));
            }
            Some(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            })
        }
        B::Power => {
            if y < 0 {
                if x == 0 {
                    return Err(zero_division_error(
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                return float_op(B::Power, x as f64, y as f64);
            }
            if y > u32::MAX as i64 {
                None
            } else {
                x.checked_pow(y as u32)
            }
        }
        _ => return Ok(None),
    };
    match r {
        Some(v) => Ok(Some(new_int(v)?)),
        None => Ok(None),
    }
}

fn big_int_op(op: B, x: &BigInt, y: &BigInt) -> PyResult<Option<ObjRef>> {
    let r = match op {
        B::Add => x + y,
        B::Subtract => x - y,
        B::Multiply => x * y,
        B::FloorDivide => {
            if y.is_zero() {
                return Err(zero_division_error("integer division or modulo by zero"));
            }
            x.div_floor(y)
        }
        B::Remainder => {
            if y.is_zero() {
                return Err(zero_division_error("integer modulo by zero"));
            }
            x.mod_floor(y)
        }
        B::TrueDivide => {
            if y.is_zero() {
                return Err(zero_division_error("division by zero"));
            }
            return Ok(Some(new_float(true_divide_big(x, y)?)?));
        }
        B::And => x & y,
        B::Or => x | y,
        B::Xor => x ^ y,
        B::Lshift => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            let n = y
                .to_usize()
                .ok_or_else(|| overflow_error("too many digits in integer"))?;
            if n > (1 << 28) && !x.is_zero() {
                return Err(super::exc::new_error(
                    &crate::types::types().memory_error,
                    "",
                ));
            }
            x << n
        }
        B::Rshift => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            match y.to_usize() {
                Some(n) => x >> n,
                None => {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        B::Power => {
            if y.is_negative() {
                let xf = x.to_f64().unwrap_or(f64::INFINITY);
                let yf = y.to_f64().unwrap_or(f64::NEG_INFINITY);
                if x.is_zero() {
                    return Err(zero_division_error(
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                return float_op(B::Power, xf, yf);
            }
            let e = y
                .to_u32()
                .ok_or_else(|| overflow_error("exponent too large"))?;
            if x.bits() as u128 * e as u128 > (1u128 << 31) {
                return Err(super::exc::new_error(
                    &crate::types::types().memory_error,
                    "",
                ));
            }
            num_traits::Pow::pow(x, e)
        }
        _ => return Ok(None),
    };
    Ok(Some(new_bigint(&r)?))
}

/// int / int, correctly rounded for operands up to 2^53 and close for
/// larger ones.
fn true_divide_big(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if let (Some(a), Some(b)) = (x.to_f64(), y.to_f64()) {
        if a.is_finite() && b.is_finite() && a.abs() < 9.0e15 && b.abs() < 9.0e15 {
            return Ok(a / b);
        }
    }
    // Scale to keep 64 significant bits of the quotient.
    let shift = (x.bits() as i64 - y.bits() as i64 - 64).max(0);
    let q = if shift > 0 {
        (x >> shift as usize) / y
    } else {
        (x << 64usize) / y
    };
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let r = if shift > 0 {
        qf * 2f64.powi(shift as i32)
    } else {
        qf / 2f64.powi(64)
    };
    if !r.is_finite() {
        return Err(overflow_error(
            "integer division result too large for a float",
        ));
    }
    Ok(r)
}

/// Python's float `%`: the result has the sign of the divisor.
pub fn float_mod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

/// Python's float `//` (CPython's float_floor_div via divmod).
pub fn float_floordiv(x: f64, y: f64) -> f64 {
    let m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 && ((y < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    }
}

pub fn float_pow(x: f64, y: f64) -> PyResult<f64> {
    if x == 0.0 && y < 0.0 {
        return Err(zero_division_error(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(value_error(
            "math domain error: negative number cannot be raised to a fractional power",
        ));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(r)
}

fn float_op(op: B, x: f64, y: f64) -> PyResult<Option<ObjRef>> {
    let r = match op {
        B::Add => x + y,
        B::Subtract => x - y,
        B::Multiply => x * y,
        B::TrueDivide => {
            if y == 0.0 {
                return Err(zero_division_error("float division by zero"));
            }
            x / y
        }
        B::FloorDivide => {
            if y == 0.0 {
                return Err(zero_division_error("float floor division by zero"));
            }
            float_floordiv(x, y)
        }
        B::Remainder => {
            if y == 0.0 {
                return Err(zero_division_error("float modulo"));
            }
            float_mod(x, y)
        }
        B::Power => float_pow(x, y)?,
        _ => return Ok(None),
    };
    Ok(Some(new_float(r)?))
}

/// `-x`, `+x`, `~x` on numbers; `Ok(None)` if `x` is not a number.
pub fn unary_numeric(op: char, x: &Obj) -> PyResult<Option<ObjRef>> {
    if let Some(f) = float_value(x) {
        return match op {
            '-' => Ok(Some(new_float(-f)?)),
            '+' => Ok(Some(new_float(f)?)),
            _ => Ok(None),
        };
    }
    if int_body(x).is_none() {
        return Ok(None);
    }
    if let Some(v) = int_small(x) {
        let r = match op {
            '-' => v.checked_neg(),
            '+' => Some(v),
            _ => Some(!v),
        };
        if let Some(r) = r {
            return Ok(Some(new_int(r)?));
        }
    }
    let b = to_bigint(x).expect("int");
    let r = match op {
        '-' => -b,
        '+' => b,
        _ => -b - 1,
    };
    Ok(Some(new_bigint(&r)?))
}

/// Three-way comparison of two numbers (None for NaN or non-numbers).
pub fn compare_numbers(a: &Obj, b: &Obj) -> Option<std::cmp::Ordering> {
    match (a.layout(), b.layout()) {
        (Layout::Int, Layout::Int) => match (int_small(a), int_small(b)) {
            (Some(x), Some(y)) => Some(x.cmp(&y)),
            _ => Some(to_bigint(a)?.cmp(&to_bigint(b)?)),
        },
        (Layout::Float, Layout::Float) => float_value(a)?.partial_cmp(&float_value(b)?),
        (Layout::Int, Layout::Float) => cmp_int_float(a, float_value(b)?),
        (Layout::Float, Layout::Int) => cmp_int_float(b, float_value(a)?).map(|o| o.reverse()),
        _ => None,
    }
}

fn cmp_int_float(i: &Obj, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    if let Some(v) = int_small(i) {
        if v.unsigned_abs() < (1 << 53) {
            return (v as f64).partial_cmp(&f);
        }
    }
    // Exact: compare the int with floor(f), then the fraction.
    let b = to_bigint(i)?;
    let fl = f.floor();
    let fb: BigInt = num_traits::FromPrimitive::from_f64(fl)?;
    match b.cmp(&fb) {
        std::cmp::Ordering::Equal => {
            if f > fl {
                Some(std::cmp::Ordering::Less)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

/// CPython's numeric hash: ints modulo 2^61 - 1, floats consistently with
/// equal ints, so `hash(1) == hash(1.0) == hash(True)`.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

pub fn hash_int(o: &Obj) -> i64 {
    if let Some(v) = int_small(o) {
        return hash_i64(v);
    }
    let b = to_bigint(o).expect("int");
    let m = BigInt::from(HASH_MODULUS);
    let r = b.abs().mod_floor(&m).to_i64().unwrap_or(0);
    let r = if b.is_negative() { -r } else { r };
    if r == -1 {
        -2
    } else {
        r
    }
}

pub fn hash_i64(v: i64) -> i64 {
    let m = HASH_MODULUS as i128;
    let a = (v as i128).abs() % m;
    let r = if v < 0 { -a } else { a } as i64;
    if r == -1 {
        -2
    } else {
        r
    }
}

pub fn hash_float(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    // CPython's _Py_HashDouble.
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    let modulus = HASH_MODULUS;
    while m != 0.0 {
        x = ((x << 28) & modulus) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= modulus {
            x -= modulus;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & modulus) | (x >> (61 - e));
    let mut r = x as i64;
    if f < 0.0 {
        r = -r;
    }
    if r == -1 {
        -2
    } else {
        r
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: normalise first.
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}
