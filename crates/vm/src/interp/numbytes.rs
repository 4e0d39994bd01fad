//! Conversions between numbers and their byte / hexadecimal forms:
//! `int.to_bytes`, `int.from_bytes`, `float.hex`, `float.fromhex`.

use super::convert::{check_kwargs, kwarg, split_kwargs};
use super::exc::{overflow_error, type_error, value_error};
use super::{iterops, ops, PyResult, Vm};
use crate::object::{Obj, ObjRef};
use crate::types::bytes::{new_bytes, try_bytes};
use crate::types::int::{float_value, new_bigint, new_float, to_bigint};
use crate::types::str::{new_str, try_str};
use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

/// The positional-or-keyword argument `i` called `name`.
fn arg<'a>(
    pos: &'a [ObjRef],
    kws: &[(&str, &'a ObjRef)],
    i: usize,
    name: &str,
) -> Option<&'a ObjRef> {
    pos.get(i).or_else(|| kwarg(kws, name))
}

/// `byteorder`: true for little-endian.
fn little_endian(v: Option<&ObjRef>) -> PyResult<bool> {
    match v.map(|o| try_str(o).ok_or(o)) {
        None | Some(Ok("big")) => Ok(false),
        Some(Ok("little")) => Ok(true),
        Some(Ok(_)) => Err(value_error("byteorder must be either 'little' or 'big'")),
        Some(Err(o)) => Err(type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            ops::type_name(o)
        ))),
    }
}

fn signed_flag(vm: &mut Vm, kws: &[(&str, &ObjRef)]) -> PyResult<bool> {
    match kwarg(kws, "signed") {
        Some(v) => ops::truthy(vm, v),
        None => Ok(false),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
pub fn int_to_bytes(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = split_kwargs(args, kw);
    check_kwargs("to_bytes", &kws, &["length", "byteorder", "signed"])?;
    if pos.len() > 3 {
        return Err(type_error(format!(
            "to_bytes() takes at most 2 positional arguments ({} given)",
            pos.len() - 1
        )));
    }
    let n = to_bigint(&pos[0]).ok_or_else(|| type_error("to_bytes needs an int"))?;
    let length = match arg(&pos[1..], &kws, 0, "length") {
        None => 1,
        Some(l) => {
            let l = to_bigint(l).ok_or_else(|| {
                type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    ops::type_name(l)
                ))
            })?;
            if l.sign() == Sign::Minus {
                return Err(value_error("length argument must be non-negative"));
            }
            l.to_usize()
                .ok_or_else(|| overflow_error("int too big to convert"))?
        }
    };
    let little = little_endian(arg(&pos[1..], &kws, 1, "byteorder"))?;
    let signed = signed_flag(vm, &kws)?;
    if !signed && n.sign() == Sign::Minus {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    // Little-endian, minimal: no byte at all for zero.
    let mut out = if n.is_zero() {
        Vec::new()
    } else if signed {
        n.to_signed_bytes_le()
    } else {
        n.magnitude().to_bytes_le()
    };
    if out.len() > length {
        return Err(overflow_error("int too big to convert"));
    }
    let fill = if n.sign() == Sign::Minus { 0xff } else { 0 };
    out.resize(length, fill);
    if !little {
        out.reverse();
    }
    Ok(new_bytes(&out)?)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a classmethod).
pub fn int_from_bytes(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = split_kwargs(args, kw);
    check_kwargs("from_bytes", &kws, &["bytes", "byteorder", "signed"])?;
    let rest = &pos[1..];
    let Some(src) = arg(rest, &kws, 0, "bytes") else {
        return Err(type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let data: Vec<u8> = match try_bytes(src) {
        Some(b) => b.to_vec(),
        None => {
            if try_str(src).is_some() {
                return Err(type_error("cannot convert 'str' object to bytes"));
            }
            let items = iterops::collect(vm, src)?;
            let mut v = Vec::with_capacity(items.len());
            for it in &items {
                let b = to_bigint(it).ok_or_else(|| {
                    type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        ops::type_name(it)
                    ))
                })?;
                v.push(
                    b.to_u8()
                        .ok_or_else(|| value_error("bytes must be in range(0, 256)"))?,
                );
            }
            v
        }
    };
    let little = little_endian(arg(rest, &kws, 1, "byteorder"))?;
    let mut le = data;
    if !little {
        le.reverse();
    }
    let n = if signed_flag(vm, &kws)? {
        BigInt::from_signed_bytes_le(&le)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &le)
    };
    Ok(new_bigint(&n)?)
}

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
            ops::type_name(s)
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
