//! The rest of CPython's number slots and methods as callable wrappers on
//! `int` and `float` (`(7).__divmod__(2)`, `(2.5).__floor__()`,
//! `(3).__round__(-1)`, `(3).__pow__(2, 5)`), plus `__format__` and
//! `__hash__` of the built-in value types. The operators and built-ins do
//! not go through these; they exist so that explicit calls, `super()`
//! calls from subclasses and `math.floor`-style protocols find them, as in
//! CPython.

use crate::memory::object::{Obj, ObjRef};
use crate::modules::builtins::numeric::{bi_divmod, bi_pow};
use crate::objects::bytes::methods::bytes_hash;
use crate::objects::exception::{overflow_error, type_error, value_error};
use crate::objects::float::float_value;
use crate::objects::float::methods::float_round;
use crate::objects::function::builtin;
use crate::objects::function::builtin::{BuiltinKind, NativeFn};
use crate::objects::int::{new_bigint, new_int, to_bigint};
use crate::objects::registry::types;
use crate::objects::set::ops::frozenset_hash;
use crate::objects::str::try_str;
use crate::objects::tuple::new_tuple;
use crate::objects::{singletons, Layout};
use crate::protocol::convert::{check_args, check_method_args, check_slot_args, layout_owner};
use crate::protocol::object::type_name;
use crate::protocol::{format, hash};
use crate::vm::{PyResult, Vm};

fn not_implemented() -> ObjRef {
    types().not_implemented.clone()
}

/// An exact int or float operand of a number slot (bools are ints).
fn is_number(o: &Obj) -> bool {
    matches!(o.layout(), Layout::Int | Layout::Float)
}

/// Whether `int.__op__(s, o)` / `float.__op__(s, o)` knows the operand `o`:
/// int's slots only ints, float's ints and floats.
fn accepts(s: &Obj, o: &Obj) -> bool {
    match s.layout() {
        Layout::Int => o.layout() == Layout::Int,
        _ => is_number(o),
    }
}

/// `x.__pow__(y, mod=None)` and `x.__rpow__(y, mod=None)`.
fn pow_slot(vm: &mut Vm, args: &[ObjRef], _name: &str, reflected: bool) -> PyResult<ObjRef> {
    // wrap_ternaryfunc's PyArg_UnpackTuple with an empty name.
    check_args("", &args[1..], 1, 2)?;
    let (s, o) = (&args[0], &args[1]);
    if !accepts(s, o) {
        return Ok(not_implemented());
    }
    let (base, exp) = if reflected { (o, s) } else { (s, o) };
    match args.get(2).filter(|m| !singletons::is_none(m)) {
        None => bi_pow(vm, &[base.clone(), exp.clone()], None),
        Some(m) if s.layout() == Layout::Int => {
            if m.layout() != Layout::Int {
                return Ok(not_implemented());
            }
            bi_pow(vm, &[base.clone(), exp.clone(), m.clone()], None)
        }
        Some(_) => Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        )),
    }
}

fn int_pow(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    pow_slot(vm, args, "__pow__", false)
}

fn int_rpow(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    pow_slot(vm, args, "__rpow__", true)
}

fn divmod_slot(vm: &mut Vm, args: &[ObjRef], _name: &str, reflected: bool) -> PyResult<ObjRef> {
    check_slot_args(&args[1..], 1)?;
    let (s, o) = (&args[0], &args[1]);
    if !accepts(s, o) {
        return Ok(not_implemented());
    }
    let pair = if reflected {
        [o.clone(), s.clone()]
    } else {
        [s.clone(), o.clone()]
    };
    bi_divmod(vm, &pair, None)
}

fn number_divmod(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    divmod_slot(vm, args, "__divmod__", false)
}

fn number_rdivmod(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    divmod_slot(vm, args, "__rdivmod__", true)
}

/// `float -> int` after `f` has been floored, ceiled or truncated.
fn float_to_int(f: f64) -> PyResult<ObjRef> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    match <num_bigint::BigInt as num_traits::FromPrimitive>::from_f64(f) {
        Some(b) => Ok(new_bigint(&b)?),
        None => Ok(new_int(f as i64)?),
    }
}

/// `__trunc__`, `__floor__`, `__ceil__`: an int is itself (as an exact int),
/// a float rounds toward zero / down / up.
fn integral(args: &[ObjRef], name: &str, f: fn(f64) -> f64) -> PyResult<ObjRef> {
    check_method_args(layout_owner(&args[0]), name, &args[1..], 0)?;
    let x = &args[0];
    match float_value(x) {
        Some(v) => float_to_int(f(v)),
        None => Ok(new_bigint(&to_bigint(x).expect("int"))?),
    }
}

fn number_trunc(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    integral(args, "__trunc__", f64::trunc)
}

fn number_floor(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    integral(args, "__floor__", f64::floor)
}

fn number_ceil(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    integral(args, "__ceil__", f64::ceil)
}

fn number_round(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__round__", &args[1..], 0, 1)?;
    match float_value(&args[0]) {
        Some(f) => float_round(vm, f, args.get(1).filter(|n| !singletons::is_none(n))),
        // int.__round__(None) is a TypeError in CPython (round(5, None) is not).
        None => crate::objects::int::methods::int_round(vm, &args[0], args.get(1)),
    }
}

fn int_as_integer_ratio(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("as_integer_ratio", &args[1..], 0, 0)?;
    let n = new_bigint(&to_bigint(&args[0]).expect("int"))?;
    Ok(new_tuple(vec![n, new_int(1)?])?)
}

fn float_conjugate(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("conjugate", &args[1..], 0, 0)?;
    let f = float_value(&args[0]).expect("float");
    Ok(crate::objects::float::new_float(f)?)
}

/// `int.__format__`, `float.__format__`, `str.__format__`: the built-in
/// formatting of the value, whatever `__format__` its class defines.
fn value_format(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_method_args(layout_owner(&args[0]), "__format__", &args[1..], 1)?;
    let spec = try_str(&args[1]).ok_or_else(|| {
        type_error(format!(
            "__format__() argument must be str, not {}",
            type_name(&args[1])
        ))
    })?;
    format::format_builtin(vm, &args[0], spec)
}

/// `__hash__` of the hashable built-in value types: the same number as
/// `hash(x)` computes for them.
fn value_hash(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_slot_args(&args[1..], 0)?;
    let o = &args[0];
    // Directly by layout: `hash()` of a subclass instance asks its
    // `__hash__`, which may be a `super().__hash__()` landing here.
    let h = match o.layout() {
        Layout::Bytes => bytes_hash(o),
        Layout::Set => frozenset_hash(o),
        _ => hash::hash_builtin(vm, o)?,
    };
    Ok(new_int(h)?)
}

/// Installs the wrappers into `int`, `float` and the hashable value types.
pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    let m = BuiltinKind::Method;
    let numeric: &[(&'static str, NativeFn)] = &[
        ("__pow__", int_pow),
        ("__rpow__", int_rpow),
        ("__divmod__", number_divmod),
        ("__rdivmod__", number_rdivmod),
        ("__trunc__", number_trunc),
        ("__floor__", number_floor),
        ("__ceil__", number_ceil),
        ("__round__", number_round),
        ("__format__", value_format),
    ];
    builtin::install(&t.int, "int", numeric, m)?;
    builtin::install(&t.float, "float", numeric, m)?;
    builtin::install(
        &t.int,
        "int",
        &[("as_integer_ratio", int_as_integer_ratio)],
        m,
    )?;
    builtin::install(&t.float, "float", &[("conjugate", float_conjugate)], m)?;
    builtin::install(&t.str, "str", &[("__format__", value_format)], m)?;
    for (ty, owner) in [
        (&t.int, "int"),
        (&t.float, "float"),
        (&t.str, "str"),
        (&t.bytes, "bytes"),
        (&t.tuple, "tuple"),
        (&t.frozenset, "frozenset"),
    ] {
        builtin::install(ty, owner, &[("__hash__", value_hash)], m)?;
    }
    Ok(())
}
