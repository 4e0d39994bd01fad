//! Float arithmetic with Python's semantics: `%` and `//` take the sign of
//! the divisor, `**` raises `ZeroDivisionError` and `ValueError` where
//! CPython does, overflow is `OverflowError`; and CPython's float hash,
//! equal to the int hash for integral values.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::exception::{overflow_error, zero_division_error};
use crate::objects::float::{float_value, new_float};
use crate::objects::int::arith::{int_to_f64, is_int, HASH_MODULUS};
use crate::vm::PyResult;
use arenapy_compiler::opcode::BinaryOperator as B;

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

fn float_pow(x: f64, y: f64) -> PyResult<f64> {
    // (an infinite exponent is settled first: 0.0 ** -inf is inf)
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(zero_division_error(
            "0.0 cannot be raised to a negative power",
        ));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(r)
}

pub(crate) fn float_op(op: B, x: f64, y: f64) -> PyResult<Option<ObjRef>> {
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
        // A negative base to a fractional power is complex, as CPython's
        // float_pow hands it to complex's power (an infinite base is
        // settled before the sign).
        B::Power if x < 0.0 && x.is_finite() && y.fract() != 0.0 && y.is_finite() => {
            return crate::objects::complex::real_pow_complex(x, y).map(Some);
        }
        B::Power => float_pow(x, y)?,
        _ => return Ok(None),
    };
    Ok(Some(new_float(r)?))
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

/// Unary `-` and `+` on a float; `None` for `~`, which floats do not have.
pub(crate) fn float_unary(op: char, f: f64) -> PyResult<Option<ObjRef>> {
    match op {
        '-' => Ok(Some(new_float(-f)?)),
        '+' => Ok(Some(new_float(f)?)),
        _ => Ok(None),
    }
}
