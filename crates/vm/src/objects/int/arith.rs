//! Integer arithmetic with Python's semantics: floor division and modulo
//! take the sign of the divisor, `**` with a negative exponent gives a
//! float, ints never overflow. Word-sized values take checked fast paths;
//! anything larger goes through `num_bigint` (scratch memory outside the
//! object heap). Also CPython's int hash (modulo 2**61 - 1).

use crate::memory::object::{Obj, ObjRef};
use crate::objects::exception::{overflow_error, value_error, zero_division_error};
use crate::objects::float::arith::float_op;
use crate::objects::float::new_float;
use crate::objects::int::{bitwise, digits, int_small, montgomery, new_bigint, new_int, to_bigint};
use crate::objects::{exception, registry, Layout};
use crate::vm::PyResult;
use arenapy_compiler::opcode::BinaryOperator as B;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Is `o` an int or bool?
#[inline(always)]
pub fn is_int(o: &Obj) -> bool {
    o.layout() == Layout::Int
}

pub(crate) trait FromF64Exact: Sized {
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
    match digits::to_f64(o) {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(overflow_error("int too large to convert to float")),
    }
}

pub(crate) fn int_op(op: B, a: &Obj, b: &Obj) -> PyResult<Option<ObjRef>> {
    if let (Some(x), Some(y)) = (int_small(a), int_small(b)) {
        if let Some(r) = small_int_op(op, x, y)? {
            return Ok(Some(r));
        }
    }
    // `+`, `-` and `*` by a short int work on the objects' digits.
    if let Some(r) = digits::short_op(op, a, b) {
        return Ok(Some(r?));
    }
    if let Some(r) = bitwise::bitwise_op(op, a, b) {
        return Ok(Some(r?));
    }
    let (x, y) = (to_bigint(a).expect("int"), to_bigint(b).expect("int"));
    big_int_op(op, &x, &y)
}

/// Fast paths on machine words; `Ok(None)` means "overflowed, use BigInt"
/// (or not an int operator).
#[inline]
pub(crate) fn small_int_op(op: B, x: i64, y: i64) -> PyResult<Option<ObjRef>> {
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
                return Err(exception::new_error(&registry::types().memory_error, ""));
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
                // CPython hands a negative power to float_pow, which
                // converts both operands first (OverflowError beyond a
                // float's range).
                let to_float = |v: &BigInt| match v.to_f64() {
                    Some(f) if f.is_finite() => Ok(f),
                    _ => Err(overflow_error("int too large to convert to float")),
                };
                let xf = to_float(x)?;
                let yf = to_float(y)?;
                if x.is_zero() {
                    return Err(zero_division_error(
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                return float_op(B::Power, xf, yf);
            }
            // 0, 1 and -1 to any power are small, however large the power.
            if x.is_zero() || x.is_one() {
                return Ok(Some(new_bigint(x)?));
            }
            if x == &BigInt::from(-1) {
                return Ok(Some(new_int(if y.is_even() { 1 } else { -1 })?));
            }
            let Some(e) = y.to_u32() else {
                // CPython would run out of memory computing it.
                return Err(exception::new_error(&registry::types().memory_error, ""));
            };
            if x.bits() as u128 * e as u128 > (1u128 << 31) {
                return Err(exception::new_error(&registry::types().memory_error, ""));
            }
            num_traits::Pow::pow(x, e)
        }
        _ => return Ok(None),
    };
    Ok(Some(new_bigint(&r)?))
}

/// int / int correctly rounded, as CPython's `long_true_divide`: the
/// quotient is computed to at least 55 significant bits with an exact
/// remainder (the "sticky" bit), then rounded half-to-even to 53 bits (fewer
/// for a subnormal result) before it becomes a float, so it is exactly the
/// float nearest the true quotient.
fn true_divide_big(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    const DBL_MANT_DIG: i64 = 53;
    const DBL_MAX_EXP: i64 = 1024;
    const DBL_MIN_EXP: i64 = -1021;
    let negate = x.is_negative() != y.is_negative();
    let sign = |r: f64| if negate { -r } else { r };
    let (a, b) = (x.magnitude(), y.magnitude());
    if a.is_zero() {
        return Ok(sign(0.0));
    }
    let (a_bits, b_bits) = (a.bits() as i64, b.bits() as i64);
    if a_bits <= DBL_MANT_DIG && b_bits <= DBL_MANT_DIG {
        // Both exact as floats: one correctly rounded division.
        return Ok(sign(a.to_f64().unwrap_or(0.0) / b.to_f64().unwrap_or(1.0)));
    }
    let diff = a_bits - b_bits;
    if diff > DBL_MAX_EXP {
        return Err(overflow_error(
            "integer division result too large for a float",
        ));
    }
    if diff < DBL_MIN_EXP - DBL_MANT_DIG - 1 {
        return Ok(sign(0.0));
    }
    let shift = diff.max(DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    let mut inexact = false;
    let scaled = if shift <= 0 {
        a << (-shift) as usize
    } else {
        let s = shift as usize;
        inexact = a.trailing_zeros().is_some_and(|z| (z as usize) < s);
        a >> s
    };
    let (q, r) = scaled.div_rem(b);
    inexact |= !r.is_zero();
    // `shift` leaves at most 57 significant bits in the quotient.
    let q = q.to_u64().expect("quotient fits in 64 bits");
    let q_bits = 64 - q.leading_zeros() as i64;
    let extra_bits = q_bits.max(DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    let mask = 1u64 << (extra_bits - 1);
    let mut low = q | inexact as u64;
    if low & mask != 0 && low & (3 * mask - 1) != 0 {
        low += mask;
    }
    let q = low & !(2 * mask - 1);
    let dx = q as f64;
    if shift + q_bits >= DBL_MAX_EXP
        && (shift + q_bits > DBL_MAX_EXP || dx == 2f64.powi(q_bits as i32))
    {
        return Err(overflow_error(
            "integer division result too large for a float",
        ));
    }
    Ok(sign(ldexp(dx, shift)))
}

/// `dx * 2**e`, exact when the result is representable: in two steps so no
/// power of two on the way overflows or underflows.
fn ldexp(dx: f64, e: i64) -> f64 {
    let half = e / 2;
    dx * 2f64.powi(half as i32) * 2f64.powi((e - half) as i32)
}

/// CPython's numeric hash: ints modulo 2^61 - 1, floats consistently with
/// equal ints, so `hash(1) == hash(1.0) == hash(True)`.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

pub fn hash_int(o: &Obj) -> i64 {
    if let Some(v) = int_small(o) {
        return hash_i64(v);
    }
    digits::hash_big(o).expect("int")
}

/// `long_hash` of a word: |v| reduced modulo 2^61 - 1 with the sign
/// kept. 2^61 is 1 modulo the modulus, so one fold of the top bits and at
/// most one subtraction reduce a 64-bit magnitude (no 128-bit division).
fn hash_i64(v: i64) -> i64 {
    let a = v.unsigned_abs();
    let mut r = (a & HASH_MODULUS) + (a >> 61);
    if r >= HASH_MODULUS {
        r -= HASH_MODULUS;
    }
    let r = if v < 0 { -(r as i64) } else { r as i64 };
    if r == -1 {
        -2
    } else {
        r
    }
}

/// Unary `-`, `+` and `~` on an int (`~x` is `-x - 1`), leaving the word
/// for a big int only when the result needs it.
pub(crate) fn int_unary(op: char, x: &Obj) -> PyResult<ObjRef> {
    if let Some(v) = int_small(x) {
        let r = match op {
            '-' => v.checked_neg(),
            '+' => Some(v),
            _ => Some(!v),
        };
        if let Some(r) = r {
            return Ok(new_int(r)?);
        }
    }
    Ok(digits::unary(x, op).expect("int")?)
}

/// `pow(b, e, m)` on ints: modular exponentiation, with a negative `e`
/// through the inverse of `b` modulo `m`; the result takes the sign of `m`
/// (CPython's `long_pow` with a modulus).
pub(crate) fn int_modpow(b: &BigInt, e: &BigInt, m: &BigInt) -> PyResult<ObjRef> {
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let modpow = |b: &BigInt, e: &BigInt, m: &BigInt| {
        montgomery::modpow(b, e, m).unwrap_or_else(|| b.modpow(e, m))
    };
    let r = if e.is_negative() {
        let inv = mod_inverse(b, m)
            .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
        modpow(&inv, &(-e), &m.abs())
    } else {
        modpow(b, e, &m.abs())
    };
    let r = if m.is_negative() && !r.is_zero() {
        r + m
    } else {
        r
    };
    Ok(new_bigint(&r)?)
}

fn mod_inverse(a: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    use num_integer::Integer;
    let m = m.abs();
    let g = a.mod_floor(&m).extended_gcd(&m);
    if g.gcd != num_bigint::BigInt::from(1) {
        return None;
    }
    Some(g.x.mod_floor(&m))
}
