//! `float(x)` and the methods of `float`: `is_integer`, `as_integer_ratio`
//! (`hex`/`fromhex` are in [`super::hex`]).

use crate::memory::object::{Obj, ObjRef};
use crate::objects::bool::py_bool;
use crate::objects::exception::{type_error, value_error};
use crate::objects::float::{float_value, hex, new_float};
use crate::objects::function::builtin;
use crate::objects::function::builtin::BuiltinKind;
use crate::objects::int::{arith, new_bigint, new_int};
use crate::objects::registry::types;
use crate::objects::str::try_str;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobject::construct::TypeCall;
use crate::objects::{exception, int, Layout};
use crate::protocol::convert::{check_args, index_value_vm, no_kwargs};
use crate::protocol::object;
use crate::protocol::object::type_name;
use crate::vm::{PyResult, Vm};

fn construct_float(vm: &mut Vm, x: Option<&ObjRef>) -> PyResult<ObjRef> {
    let Some(x) = x else {
        return Ok(new_float(0.0)?);
    };
    match x.layout() {
        Layout::Float => return Ok(new_float(float_value(x).expect("float"))?),
        Layout::Int => return Ok(new_float(arith::int_to_f64(x)?)?),
        Layout::Bytes => {
            // ASCII text; the message shows the bytes' repr.
            let b = crate::objects::bytes::try_bytes(x).expect("bytes");
            let s: String = b
                .iter()
                .map(|&c| if c < 128 { c as char } else { '\u{fffd}' })
                .collect();
            return match arenapy_format::parse_float(&s) {
                Some(f) => Ok(new_float(f)?),
                None => Err(value_error(format!(
                    "could not convert string to float: {}",
                    arenapy_compiler::pyrepr::bytes_repr(b)
                ))),
            };
        }
        Layout::Str => {
            let s = try_str(x).expect("str");
            return match arenapy_format::parse_float(s) {
                Some(f) => Ok(new_float(f)?),
                None => Err(value_error(format!(
                    "could not convert string to float: {}",
                    arenapy_compiler::pyrepr::str_repr(s)
                ))),
            };
        }
        _ => {}
    }
    if let Some(r) = object::call_special(vm, x, "__float__", &[])? {
        if r.layout() != Layout::Float {
            return Err(type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name(x),
                type_name(&r)
            )));
        }
        return Ok(r);
    }
    // PyNumber_Float's last resort: `__index__`.
    if object::is_heap_type_instance(x)
        && crate::objects::typeobject::lookup_str(x.ty(), "__index__").is_some()
    {
        let i = crate::protocol::convert::number_index(vm, x)?;
        return Ok(new_float(crate::objects::int::arith::int_to_f64(&i)?)?);
    }
    Err(type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        type_name(x)
    )))
}

fn float_is_integer(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let f = float_value(&args[0]).ok_or_else(|| type_error("is_integer needs a float"))?;
    Ok(py_bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let f = float_value(&args[0]).ok_or_else(|| type_error("as_integer_ratio needs a float"))?;
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if !f.is_finite() {
        return Err(exception::overflow_error(
            "cannot convert Infinity to integer ratio",
        ));
    }
    let mut num = f;
    let mut den: num_bigint::BigInt = 1.into();
    while num.fract() != 0.0 {
        num *= 2.0;
        den *= 2;
    }
    let n: num_bigint::BigInt = num_traits::FromPrimitive::from_f64(num).unwrap_or_default();
    let g = num_integer::Integer::gcd(&n, &den);
    let (n, d) = (n / &g, den / g);
    Ok(new_tuple(vec![int::new_bigint(&n)?, int::new_bigint(&d)?])?)
}

/// `float(x=0.0)`.
pub(crate) fn float_new(vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let (pos, _) = call.split();
    no_kwargs("float", call.kwnames)?;
    check_args("float", pos, 0, 1)?;
    construct_float(vm, pos.first())
}

/// Puts this type's built-in methods into its namespace (at start-up).
/// `float.__getformat__(typestr)`: how C doubles and floats are stored
/// (IEEE 754, little-endian on the machines arenapy runs on).
fn float_getformat(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    crate::protocol::convert::check_method_args("float", "__getformat__", &args[1..], 1)?;
    let Some(s) = crate::objects::str::try_str(&args[1]) else {
        return Err(crate::objects::exception::type_error(format!(
            "__getformat__() argument must be str, not {}",
            crate::protocol::object::type_name(&args[1])
        )));
    };
    if s != "double" && s != "float" {
        return Err(value_error(
            "__getformat__() argument 1 must be 'double' or 'float'",
        ));
    }
    Ok(crate::objects::str::new_str("IEEE, little-endian")?)
}

pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    let m = BuiltinKind::Method;
    builtin::install(
        &t.float,
        "float",
        &[
            ("fromhex", hex::float_fromhex),
            ("__getformat__", float_getformat),
        ],
        BuiltinKind::ClassMethod,
    )?;
    builtin::install(
        &t.float,
        "float",
        &[
            ("is_integer", float_is_integer),
            ("as_integer_ratio", float_as_integer_ratio),
            ("hex", hex::float_hex),
        ],
        m,
    )?;
    Ok(())
}

/// `round(float)`: an int, half to even; `round(float, n)`: a float,
/// correctly rounded to `n` decimal places (CPython's `float.__round__`).
pub(crate) fn float_round(vm: &mut Vm, f: f64, ndigits: Option<&ObjRef>) -> PyResult<ObjRef> {
    match ndigits {
        None => {
            if !f.is_finite() {
                return Err(if f.is_nan() {
                    value_error("cannot convert float NaN to integer")
                } else {
                    exception::overflow_error("cannot convert float infinity to integer")
                });
            }
            let r = f.round_ties_even();
            match <num_bigint::BigInt as num_traits::FromPrimitive>::from_f64(r) {
                Some(b) => Ok(new_bigint(&b)?),
                None => Ok(new_int(r as i64)?),
            }
        }
        Some(n) => Ok(new_float(arenapy_format::round_float(
            f,
            index_value_vm(vm, n)?,
        ))?),
    }
}
