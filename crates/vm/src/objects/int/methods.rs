//! `int(x, base)` and the methods of `int`: `bit_length`, `bit_count`,
//! `conjugate` (`to_bytes`/`from_bytes` are in [`super::to_bytes`]).

use crate::memory::object::{Obj, ObjRef};
use crate::objects::exception::{type_error, value_error};
use crate::objects::float::float_value;
use crate::objects::function::builtin;
use crate::objects::function::builtin::BuiltinKind;
use crate::objects::int::{new_bigint, new_int, to_bigint, to_bytes};
use crate::objects::registry::types;
use crate::objects::str::try_str;
use crate::objects::typeobject::construct::TypeCall;
use crate::objects::{exception, Layout};
use crate::protocol::convert::{index_value_vm, kwarg};
use crate::protocol::object;
use crate::protocol::object::type_name;
use crate::vm::{PyResult, Vm};

/// CPython's `%.200R`: the repr, cut to 200 characters.
fn repr_200(s: &str) -> String {
    arenapy_compiler::pyrepr::str_repr(s)
        .chars()
        .take(200)
        .collect()
}

/// The digit limit for a valid literal `s` in `base` (0: by its prefix).
fn check_parsed_digits(s: &str, base: u32) -> PyResult<()> {
    let t = s.trim().trim_start_matches(['+', '-']);
    let base = match (base, t.get(..2).map(str::to_ascii_lowercase).as_deref()) {
        (0, Some("0x" | "0o" | "0b")) => 2,
        (0, _) => 10,
        (b, _) => b,
    };
    crate::objects::int::check_from_text(t, base)
}

fn construct_int(vm: &mut Vm, x: Option<&ObjRef>, base: Option<&ObjRef>) -> PyResult<ObjRef> {
    let Some(x) = x else {
        // long_new_impl: a base needs a string to convert.
        if base.is_some() {
            return Err(type_error("int() missing string argument"));
        }
        return Ok(new_int(0)?);
    };
    if let Some(b) = base {
        // CPython's `PyNumber_AsSsize_t(base, NULL)` clamps a huge base,
        // which is then out of range.
        let base = match index_value_vm(vm, b) {
            Err(e)
                if e.0
                    .ty()
                    .is(&crate::objects::registry::types().overflow_error) =>
            {
                i64::MAX
            }
            r => r?,
        };
        if base != 0 && !(2..=36).contains(&base) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let (s, shown) = int_literal(x)
            .ok_or_else(|| type_error("int() can't convert non-string with explicit base"))?;
        return match arenapy_format::parse_int(&s, base as u32) {
            Some(v) => {
                check_parsed_digits(&s, base as u32)?;
                Ok(new_bigint(&v)?)
            }
            None => Err(value_error(format!(
                "invalid literal for int() with base {base}: {}",
                shown.chars().take(200).collect::<String>()
            ))),
        };
    }
    if x.layout() == Layout::Bytes {
        return construct_int(vm, Some(x), Some(&new_int(10)?));
    }
    match x.layout() {
        Layout::Int => {
            if x.ty().is(&types().int) {
                return Ok(x.clone());
            }
            return Ok(new_bigint(&to_bigint(x).expect("int"))?);
        }
        Layout::Float => {
            let f = float_value(x).expect("float");
            if f.is_nan() {
                return Err(value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(exception::overflow_error(
                    "cannot convert float infinity to integer",
                ));
            }
            let t = f.trunc();
            if t.abs() < 9.0e18 {
                return Ok(new_int(t as i64)?);
            }
            let b: num_bigint::BigInt = num_traits::FromPrimitive::from_f64(t).unwrap_or_default();
            return Ok(new_bigint(&b)?);
        }
        Layout::Str => {
            let s = try_str(x).expect("str");
            return match arenapy_format::parse_int(s, 10) {
                Some(v) => {
                    check_parsed_digits(s, 10)?;
                    Ok(new_bigint(&v)?)
                }
                None => Err(value_error(format!(
                    "invalid literal for int() with base 10: {}",
                    repr_200(s)
                ))),
            };
        }
        _ => {}
    }
    for m in ["__int__", "__index__", "__trunc__"] {
        if let Some(r) = object::call_special(vm, x, m, &[])? {
            if r.layout() != Layout::Int {
                return Err(type_error(match m {
                    "__trunc__" => {
                        format!("__trunc__ returned non-Integral (type {})", type_name(&r))
                    }
                    _ => format!("{m} returned non-int (type {})", type_name(&r)),
                }));
            }
            return Ok(r);
        }
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(x)
    )))
}

fn int_bit_length(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let b = to_bigint(&args[0]).ok_or_else(|| type_error("bit_length needs an int"))?;
    Ok(new_int(b.bits() as i64)?)
}

fn int_conjugate(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    // An exact int, also for bools and subclasses.
    Ok(new_bigint(&to_bigint(&args[0]).expect("int"))?)
}

fn int_bit_count(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let b = to_bigint(&args[0]).ok_or_else(|| type_error("bit_count needs an int"))?;
    let n: u64 = b
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(new_int(n as i64)?)
}

/// The text of a str or bytes literal given to `int()`, and its repr for
/// the error message. Bytes are ASCII: any other byte becomes a character
/// no base accepts.
fn int_literal(x: &Obj) -> Option<(String, String)> {
    if let Some(s) = try_str(x) {
        return Some((s.to_string(), arenapy_compiler::pyrepr::str_repr(s)));
    }
    let b = crate::objects::bytes::try_bytes(x)?;
    let text = b
        .iter()
        .map(|&c| if c < 128 { c as char } else { '\u{fffd}' })
        .collect();
    Some((text, arenapy_compiler::pyrepr::bytes_repr(b)))
}

/// `int(x=0)`, `int(x, base=10)`.
pub(crate) fn int_new(vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let (pos, kws) = call.split();
    crate::objects::function::signature::check_clinic("int", pos.len(), &kws, 1, 0, 2, &["base"])?;
    construct_int(vm, pos.first(), pos.get(1).or_else(|| kwarg(&kws, "base")))
}

/// Puts this type's built-in methods into its namespace (at start-up).
pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    let m = BuiltinKind::Method;
    builtin::install(
        &t.int,
        "int",
        &[
            ("bit_length", int_bit_length),
            ("bit_count", int_bit_count),
            ("conjugate", int_conjugate),
            ("to_bytes", to_bytes::int_to_bytes),
        ],
        m,
    )?;
    builtin::install(
        &t.int,
        "int",
        &[("from_bytes", to_bytes::int_from_bytes)],
        BuiltinKind::ClassMethod,
    )?;
    Ok(())
}

/// `round(int, n)`: the int itself for `n >= 0`, else rounded to a
/// multiple of `10**-n`, half to even (CPython's `int.__round__`).
pub(crate) fn int_round(vm: &mut Vm, x: &Obj, ndigits: Option<&ObjRef>) -> PyResult<ObjRef> {
    let v = to_bigint(x).expect("int");
    let Some(n) = ndigits else {
        return Ok(new_bigint(&v)?);
    };
    let n = index_value_vm(vm, n)?;
    if n >= 0 {
        return Ok(new_bigint(&v)?);
    }
    let p = num_traits::pow(num_bigint::BigInt::from(10), (-n) as usize);
    use num_integer::Integer;
    let (q, r) = v.div_mod_floor(&p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) {
        q + 1
    } else {
        q
    };
    Ok(new_bigint(&(q * p))?)
}
