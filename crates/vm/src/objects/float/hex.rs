//! `float.hex` and `float.fromhex`: floats in C99's hexadecimal notation.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::exception::{overflow_error, type_error, value_error};
use crate::objects::float::{float_value, new_float};
use crate::objects::str::{new_str, try_str};
use crate::protocol::object;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>`.
pub fn float_hex(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let x = float_value(&args[0]).ok_or_else(|| type_error("hex needs a float"))?;
    Ok(new_str(&float_to_hex(x))?)
}

fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    format!("{sign}0x{lead}.{mant:013x}p{e:+}")
}

/// `float.fromhex(s)` (a classmethod).
pub fn float_fromhex(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let Some(s) = args.get(1) else {
        return Err(type_error("fromhex() takes exactly one argument (0 given)"));
    };
    let s = try_str(s).ok_or_else(|| {
        type_error(format!(
            "fromhex() argument must be str, not {}",
            object::type_name(s)
        ))
    })?;
    let v = parse_hex_float(s.trim())
        .ok_or_else(|| value_error("invalid hexadecimal floating-point string"))?;
    if v.is_infinite() && !s.to_ascii_lowercase().contains("inf") {
        return Err(overflow_error(
            "hexadecimal value too large to represent as a float",
        ));
    }
    Ok(new_float(v)?)
}

fn parse_hex_float(s: &str) -> Option<f64> {
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits, exp) = match body.split_once('p') {
        Some((d, e)) => (d, e.parse::<i64>().ok()?),
        None => (body, 0),
    };
    let (int_part, frac_part) = digits.split_once('.').unwrap_or((digits, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    let mut mant = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        mant = mant * 16 + c.to_digit(16)?;
    }
    let mut e = exp - 4 * frac_part.len() as i64;
    // Keep at most 64 significant bits, folding the rest into a sticky bit
    // so that the final rounding to 53 bits is still correct.
    let bits = mant.bits() as i64;
    if bits > 64 {
        let shift = (bits - 64) as usize;
        let low: BigInt = (BigInt::from(1) << shift) - 1;
        let sticky = !(&mant & low).is_zero();
        mant >>= shift;
        if sticky {
            mant |= BigInt::from(1);
        }
        e += shift as i64;
    }
    let m = mant.to_u64()?;
    let mut v = m as f64;
    // Scale in steps that stay exact until the last one.
    while e > 0 {
        let step = e.min(1000);
        v *= 2f64.powi(step as i32);
        e -= step;
    }
    while e < 0 {
        let step = (-e).min(1000);
        v /= 2f64.powi(step as i32);
        e += step;
    }
    Some(if neg { -v } else { v })
}
