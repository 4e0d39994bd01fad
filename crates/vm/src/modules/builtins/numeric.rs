//! The numeric built-ins: `abs`, `divmod`, `pow` (with the three-argument
//! modular form and negative exponents), `round` (half to even, CPython's
//! correctly rounded float rounding), `hex`/`oct`/`bin`, `min`/`max` (with
//! `key` and `default`) and `sum`, with CPython 3.11's error messages.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::exception::{type_error, value_error};
use crate::objects::float::{arith, float_value, methods, new_float};
use crate::objects::int::{int_small, new_bigint, new_int, to_bigint};
use crate::objects::registry::types;
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobject::is_subtype;
use crate::objects::{exception, singletons, Layout};
use crate::protocol::convert::{check_args, check_kwargs, kwarg, split_kwargs};
use crate::protocol::object::type_name;
use crate::protocol::{call, compare, iter, number, object};
use crate::vm::{PyResult, Vm};
use num_traits::Signed;

pub(crate) fn bi_abs(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("abs", args, 1, 1)?;
    let x = &args[0];
    // A number subclass's own `__abs__` decides.
    if object::is_heap_type_instance(x)
        && matches!(x.layout(), Layout::Int | Layout::Float | Layout::Complex)
        && object::has_own_special(x, "__abs__")
    {
        if let Some(r) = object::call_special(vm, x, "__abs__", &[])? {
            return Ok(r);
        }
    }
    if let Some(f) = float_value(x) {
        return Ok(new_float(f.abs())?);
    }
    if let Some(z) = crate::objects::complex::complex_value(x) {
        return Ok(new_float(crate::objects::complex::complex_abs(z)?)?);
    }
    if x.layout() == Layout::Int {
        if let Some(v) = int_small(x) {
            if let Some(a) = v.checked_abs() {
                return Ok(new_int(a)?);
            }
        }
        return Ok(new_bigint(&to_bigint(x).expect("int").abs())?);
    }
    if let Some(r) = object::call_special(vm, x, "__abs__", &[])? {
        return Ok(r);
    }
    Err(type_error(format!(
        "bad operand type for abs(): '{}'",
        type_name(x)
    )))
}

fn min_max(vm: &mut Vm, args: &[ObjRef], kwnames: Option<&Obj>, is_max: bool) -> PyResult<ObjRef> {
    let name = if is_max { "max" } else { "min" };
    let (pos, kws) = split_kwargs(args, kwnames);
    check_kwargs(name, &kws, &["key", "default"])?;
    let key = kwarg(&kws, "key")
        .filter(|k| !singletons::is_none(k))
        .cloned();
    let default = kwarg(&kws, "default").cloned();
    let items = match pos.len() {
        0 => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => iter::collect(vm, &pos[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(ObjRef, ObjRef)> = None;
    for item in items {
        let k = match &key {
            Some(f) => call::call(vm, f, std::slice::from_ref(&item), None)?,
            None => item.clone(),
        };
        let replace = match &best {
            None => true,
            Some((_, bk)) => {
                let op = if is_max {
                    arenapy_compiler::opcode::ComparisonOperator::Greater
                } else {
                    arenapy_compiler::opcode::ComparisonOperator::Less
                };
                compare::compare_bool(vm, op, &k, bk)?
            }
        };
        if replace {
            best = Some((item, k));
        }
    }
    match best {
        Some((v, _)) => Ok(v),
        None => default.ok_or_else(|| value_error(format!("{name}() arg is an empty sequence"))),
    }
}

pub(crate) fn bi_min(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    min_max(vm, args, kw, false)
}

pub(crate) fn bi_max(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    min_max(vm, args, kw, true)
}

pub(crate) fn bi_sum(vm: &mut Vm, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = split_kwargs(args, kwnames);
    check_kwargs("sum", &kws, &["start"])?;
    check_args("sum", pos, 1, 2)?;
    let mut acc = match (pos.get(1), kwarg(&kws, "start")) {
        (Some(s), _) | (None, Some(s)) => s.clone(),
        _ => new_int(0)?,
    };
    // CPython asks for the iterator before looking at `start`.
    let it = iter::get_iter(vm, &pos[0])?;
    match acc.layout() {
        Layout::Str => {
            return Err(type_error(
                "sum() can't sum strings [use ''.join(seq) instead]",
            ))
        }
        Layout::Bytes => {
            return Err(type_error(
                "sum() can't sum bytes [use b''.join(seq) instead]",
            ))
        }
        Layout::ByteArray => {
            return Err(type_error(
                "sum() can't sum bytearray [use b''.join(seq) instead]",
            ))
        }
        _ => {}
    }
    while let Some(v) = iter::next(vm, &it)? {
        acc = number::binary_op(vm, arenapy_compiler::opcode::BinaryOperator::Add, &acc, &v)?;
    }
    Ok(acc)
}

fn radix(vm: &mut Vm, args: &[ObjRef], name: &str, prefix: &str, radix: u32) -> PyResult<ObjRef> {
    check_args(name, args, 1, 1)?;
    // CPython's `PyNumber_ToBase`: through `__index__` (with its checks).
    let i = crate::protocol::convert::number_index(vm, &args[0])?;
    let v = to_bigint(&i).ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(&args[0])
        ))
    })?;
    let digits = v.abs().to_str_radix(radix);
    let s = if v.is_negative() {
        format!("-{prefix}{digits}")
    } else {
        format!("{prefix}{digits}")
    };
    Ok(new_str(&s)?)
}

pub(crate) fn bi_hex(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    radix(vm, args, "hex", "0x", 16)
}
pub(crate) fn bi_bin(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    radix(vm, args, "bin", "0b", 2)
}
pub(crate) fn bi_oct(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    radix(vm, args, "oct", "0o", 8)
}

pub(crate) fn bi_divmod(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    use arenapy_compiler::opcode::BinaryOperator as B;
    check_args("divmod", args, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if float_value(a).is_some() || float_value(b).is_some() {
        if let (Some(x), Some(y)) = (arith::as_f64(a)?, arith::as_f64(b)?) {
            if y == 0.0 {
                return Err(exception::zero_division_error("float divmod()"));
            }
            let q = arith::float_floordiv(x, y);
            let r = arith::float_mod(x, y);
            return Ok(new_tuple(vec![new_float(q)?, new_float(r)?])?);
        }
    }
    if a.layout() == Layout::Int && b.layout() == Layout::Int && int_small(b) == Some(0) {
        return Err(exception::zero_division_error(
            "integer division or modulo by zero",
        ));
    }
    if object::is_heap_type_instance(a) || object::is_heap_type_instance(b) {
        // A class's divmod is its __divmod__ / the other's __rdivmod__,
        // never its // and %.
        let ni = &types().not_implemented;
        if let Some(r) = object::call_special(vm, a, "__divmod__", std::slice::from_ref(b))? {
            if !r.is(ni) {
                return Ok(r);
            }
        }
        if !a.ty().is(b.ty()) {
            if let Some(r) = object::call_special(vm, b, "__rdivmod__", std::slice::from_ref(a))? {
                if !r.is(ni) {
                    return Ok(r);
                }
            }
        }
        return Err(type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            type_name(a),
            type_name(b)
        )));
    }
    if let Some(qr) = crate::objects::int::digits::big_divmod(a, b) {
        let (q, r) = qr?;
        return Ok(new_tuple(vec![q, r])?);
    }
    let q = number::binary_op(vm, B::FloorDivide, a, b).map_err(|e| {
        if is_subtype(e.0.ty(), &types().type_error) {
            type_error(format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                type_name(a),
                type_name(b)
            ))
        } else {
            e
        }
    })?;
    let r = number::binary_op(vm, B::Remainder, a, b)?;
    Ok(new_tuple(vec![q, r])?)
}

/// The error of a three-argument `pow` whose operands are not all ints,
/// as CPython's `ternary_op` finds it: the `nb_power` slots of the three
/// operands' types in turn (each type once), where int's returns
/// NotImplemented, float's refuses any modulus and complex's refuses one
/// once both bases convert; "unsupported operand type(s)" when none applies.
fn ternary_pow_error(args: &[ObjRef]) -> crate::vm::PyErr {
    // 0 int, 1 float, 2 complex, 3 anything else
    let kind = |o: &Obj| match o.layout() {
        Layout::Int => 0,
        Layout::Float => 1,
        Layout::Complex => 2,
        _ => 3,
    };
    let mut seen = Vec::with_capacity(3);
    for a in &args[..3] {
        let k = kind(a);
        if seen.contains(&k) {
            continue;
        }
        seen.push(k);
        let (x, y) = (kind(&args[0]), kind(&args[1]));
        match k {
            // float_pow refuses a modulus before converting anything.
            1 => {
                return type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                )
            }
            2 if x <= 2 && y <= 2 => {
                return crate::objects::exception::value_error("complex modulo")
            }
            _ => {}
        }
    }
    type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        type_name(&args[0]),
        type_name(&args[1]),
        type_name(&args[2])
    ))
}

pub(crate) fn bi_pow(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("pow", args, 2, 3)?;
    if args.len() == 3 && !singletons::is_none(&args[2]) {
        let (b, e, m) = (
            to_bigint(&args[0]),
            to_bigint(&args[1]),
            to_bigint(&args[2]),
        );
        if let (Some(b), Some(e), Some(m)) = (b, e, m) {
            return crate::objects::int::arith::int_modpow(&b, &e, &m);
        }
        return Err(ternary_pow_error(args));
    }
    number::binary_op(
        vm,
        arenapy_compiler::opcode::BinaryOperator::Power,
        &args[0],
        &args[1],
    )
}

pub(crate) fn bi_round(vm: &mut Vm, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = split_kwargs(args, kwnames);
    crate::objects::function::signature::check_clinic(
        "round",
        pos.len(),
        &kws,
        0,
        1,
        2,
        &["number", "ndigits"],
    )?;
    let nd = pos
        .get(1)
        .or_else(|| kwarg(&kws, "ndigits"))
        .filter(|n| !singletons::is_none(n));
    let Some(x) = pos.first().or_else(|| kwarg(&kws, "number")) else {
        return Err(type_error(
            "round() missing required argument 'number' (pos 1)",
        ));
    };
    if let Some(f) = float_value(x) {
        return methods::float_round(vm, f, nd);
    }
    if x.layout() == Layout::Int {
        return crate::objects::int::methods::int_round(vm, x, nd);
    }
    let mut a = vec![];
    if let Some(n) = nd {
        a.push(n.clone());
    }
    if let Some(r) = object::call_special(vm, x, "__round__", &a)? {
        return Ok(r);
    }
    Err(type_error(format!(
        "type {} doesn't define __round__ method",
        type_name(x)
    )))
}
