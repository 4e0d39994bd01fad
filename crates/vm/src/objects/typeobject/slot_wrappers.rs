//! Dunder methods of the built-in types (`(1).__add__(2)`, `int.__add__`,
//! `"x".__len__()`, `list.__iadd__`, ...): CPython's slot wrappers.
//!
//! Each wrapper runs the built-in operation directly (never the operator
//! protocol, so a subclass calling `super().__add__` cannot loop back into
//! its own override) and returns `NotImplemented` where CPython does. The
//! operators themselves do not look these up for built-in instances: the
//! dispatch in `protocol` decides by the HEAPTYPE flag, so adding them costs the
//! fast paths nothing.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::bool::py_bool;
use crate::objects::bytes::methods::bytes_getitem;
use crate::objects::dict::views::DictIterKind;
use crate::objects::dict::{ops, views};
use crate::objects::exception::key_error;
use crate::objects::function::builtin::{BuiltinKind, NativeFn};
use crate::objects::function::{builtin, method};
use crate::objects::instance::none;
use crate::objects::int::new_int;
use crate::objects::registry::types;
use crate::objects::{dict, exception, int, list, singletons, tuple, Layout};
use crate::protocol::convert::{check_args, check_method_args, check_slot_args, layout_owner};
use crate::protocol::{call, compare, number, object, subscript};
use crate::vm::{PyErr, PyResult, Vm};
use arenapy_compiler::opcode::{BinaryOperator as B, ComparisonOperator as C};

fn not_implemented() -> ObjRef {
    types().not_implemented.clone()
}

fn is_number(o: &Obj) -> bool {
    matches!(o.layout(), Layout::Int | Layout::Float)
}

/// `a op b` by the built-in implementation of `a`'s type only.
fn builtin_binary(vm: &mut Vm, op: B, a: &Obj, b: &Obj) -> PyResult<ObjRef> {
    let r = match a.layout() {
        // int's slots only know ints; float's know ints and floats.
        Layout::Int if b.layout() == Layout::Int => number::binary_numeric(op, a, b)?,
        Layout::Float if is_number(b) => number::binary_numeric(op, a, b)?,
        Layout::Int if b.layout() == Layout::Float => None,
        Layout::Int | Layout::Float => None,
        Layout::Set => {
            if b.layout() == Layout::Set {
                crate::objects::set::ops::set_binary(vm, op.non_inplace(), a, b, op.is_inplace())?
            } else {
                None
            }
        }
        // The sequences' `__add__` is their sq_concat, which raises for
        // another type rather than return NotImplemented.
        Layout::List | Layout::Tuple | Layout::Str if op == B::Add && b.layout() != a.layout() => {
            let name = match a.layout() {
                Layout::List => "list",
                Layout::Tuple => "tuple",
                _ => "str",
            };
            return Err(exception::type_error(format!(
                "can only concatenate {name} (not \"{}\") to {name}",
                object::type_name(b)
            )));
        }
        Layout::Bytes
            if op == B::Add
                && !matches!(
                    b.layout(),
                    Layout::Bytes | Layout::ByteArray | Layout::MemoryView
                ) =>
        {
            return Err(exception::type_error(format!(
                "can't concat {} to {}",
                object::type_name(b),
                object::type_name(a)
            )));
        }
        _ => number::binary_builtin(vm, op, a, b)?,
    };
    Ok(r.unwrap_or_else(not_implemented))
}

fn binary(vm: &mut Vm, args: &[ObjRef], _name: &str, op: B, reflected: bool) -> PyResult<ObjRef> {
    check_slot_args(&args[1..], 1)?;
    let (s, o) = (&args[0], &args[1]);
    if reflected {
        // The reflected slot of `s` computes `o op s` as `s`'s type would.
        if matches!(s.layout(), Layout::Int | Layout::Float) {
            if !is_number(o) || (s.layout() == Layout::Int && o.layout() == Layout::Float) {
                return Ok(not_implemented());
            }
            return Ok(number::binary_numeric(op, o, s)?.unwrap_or_else(not_implemented));
        }
        if op == B::Multiply {
            return builtin_binary(vm, op, s, o);
        }
        // The sets' operators, `str % x`, `bytes % x` and `dict | d` are
        // one slot for both sides: the reflected wrapper runs it with the
        // operands swapped when the other is of the same kind.
        let swaps = match s.layout() {
            Layout::Set => true,
            Layout::Str | Layout::Bytes => op == B::Remainder,
            Layout::Dict => op == B::Or,
            _ => false,
        };
        if swaps && o.layout() == s.layout() {
            return builtin_binary(vm, op, o, s);
        }
        return Ok(not_implemented());
    }
    builtin_binary(vm, op, s, o)
}

/// `list += x` / `list *= n`: in place, returning the list.
fn list_inplace(vm: &mut Vm, args: &[ObjRef], _name: &str, op: B) -> PyResult<ObjRef> {
    check_slot_args(&args[1..], 1)?;
    let (l, o) = (&args[0], &args[1]);
    match op {
        B::InplaceAdd => {
            let items = crate::protocol::iter::collect(vm, o)?;
            list::list_body(l)
                .expect("list")
                .items
                .borrow_mut()
                .extend(items);
            Ok(l.clone())
        }
        _ => {
            let Some(n) = o
                .layout()
                .eq(&Layout::Int)
                .then(|| int::int_small(o))
                .flatten()
            else {
                return Ok(not_implemented());
            };
            let body = list::list_body(l).expect("list");
            let items: Vec<ObjRef> = body.items.borrow().iter().cloned().collect();
            let n = n.max(0) as usize;
            number::check_repeat(items.len(), n)?;
            let mut v = body.items.borrow_mut();
            v.clear();
            crate::memory::heap::reserve_hvec(&mut v, items.len() * n)?;
            for _ in 0..n {
                v.extend(items.iter().cloned());
            }
            drop(v);
            Ok(l.clone())
        }
    }
}

fn compare(vm: &mut Vm, args: &[ObjRef], _name: &str, op: C) -> PyResult<ObjRef> {
    check_slot_args(&args[1..], 1)?;
    let (a, b) = (&args[0], &args[1]);
    if is_number(a) {
        let ok = is_number(b) && !(a.layout() == Layout::Int && b.layout() == Layout::Float);
        return Ok(match (ok, compare::compare_numbers(a, b)) {
            (true, Some(ord)) => py_bool(compare::ordering_matches(op, ord)),
            _ => not_implemented(),
        });
    }
    if a.layout() != b.layout() {
        return Ok(not_implemented());
    }
    Ok(match compare::compare_builtin(vm, op, a, b)? {
        Some(r) => py_bool(r),
        None => not_implemented(),
    })
}

fn unary(vm: &mut Vm, args: &[ObjRef], name: &str) -> PyResult<ObjRef> {
    check_slot_args(&args[1..], 0)?;
    let x = &args[0];
    match name {
        "__neg__" => number::unary_numeric('-', x)?.ok_or_else(|| bad_unary('-', x)),
        "__pos__" => number::unary_numeric('+', x)?.ok_or_else(|| bad_unary('+', x)),
        "__invert__" => number::unary_numeric('~', x)?.ok_or_else(|| bad_unary('~', x)),
        // The built-in computations, never a subclass's override (which
        // may be what called this wrapper through super()).
        "__abs__" if x.layout() == Layout::Int => Ok(int::new_bigint(&num_traits::Signed::abs(
            &int::to_bigint(x).expect("int"),
        ))?),
        "__abs__" if x.layout() == Layout::Float => Ok(crate::objects::float::new_float(
            crate::objects::float::float_value(x).expect("float").abs(),
        )?),
        "__abs__" => call_named_builtin(vm, "abs", std::slice::from_ref(x)),
        "__bool__" if x.layout() == Layout::Int => {
            Ok(py_bool(int::to_bigint(x).expect("int") != 0.into()))
        }
        "__bool__" if x.layout() == Layout::Float => Ok(py_bool(
            crate::objects::float::float_value(x).expect("float") != 0.0,
        )),
        "__bool__" => Ok(py_bool(object::truthy(vm, x)?)),
        "__int__" | "__index__" if x.layout() == Layout::Int => {
            Ok(int::new_bigint(&int::to_bigint(x).expect("int"))?)
        }
        "__int__" => call_named_builtin(vm, "int", std::slice::from_ref(x)),
        "__float__" => call_named_builtin(vm, "float", std::slice::from_ref(x)),
        "__len__" => Ok(new_int(object::len_builtin(vm, x)? as i64)?),
        "__iter__" => crate::protocol::iter::get_iter_builtin(vm, x),
        _ => Ok(not_implemented()),
    }
}

/// Calls the built-in function `name` (`abs`, `int`, `float`).
fn call_named_builtin(vm: &mut Vm, name: &str, args: &[ObjRef]) -> PyResult<ObjRef> {
    let f = dict::dict_body(&vm.builtins)
        .expect("builtins dict")
        .table
        .borrow()
        .get_rust_str(name)
        .expect("built-in function");
    call::call(vm, &f, args, None)
}

fn bad_unary(op: char, x: &Obj) -> PyErr {
    exception::type_error(format!(
        "bad operand type for unary {}: '{}'",
        op,
        object::type_name(x)
    ))
}

fn getitem(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_slot_args(&args[1..], 1)?;
    let (s, k) = (&args[0], &args[1]);
    match s.layout() {
        Layout::Str => crate::objects::str::str_getitem(vm, s, k),
        Layout::Tuple => tuple::tuple_getitem(vm, s, k),
        Layout::Bytes => bytes_getitem(s, k),
        _ => subscript::getitem(vm, s, k),
    }
}

fn contains(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_slot_args(&args[1..], 1)?;
    Ok(py_bool(subscript::contains_builtin(
        vm, &args[0], &args[1],
    )?))
}

fn set_len(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_slot_args(&args[1..], 0)?;
    Ok(new_int(
        crate::objects::set::ops::table(&args[0]).borrow().len() as i64,
    )?)
}

fn set_contains(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_slot_args(&args[1..], 1)?;
    Ok(py_bool(crate::objects::set::ops::set_contains(
        vm, &args[0], &args[1],
    )?))
}

/// `function.__get__(obj, type=None)`: binds like attribute access does.
fn function_get(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("", &args[1..], 1, 2)?;
    if singletons::is_none(&args[1]) {
        return Ok(args[0].clone());
    }
    method::new_method(&args[0], &args[1])
}

macro_rules! slots {
    ($( $fname:ident => $kind:ident($name:literal $(, $arg:expr)*) ;)*) => {
        $(fn $fname(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
            $kind(vm, args, $name $(, $arg)*)
        })*
    };
}

slots! {
    add => binary("__add__", B::Add, false);
    radd => binary("__radd__", B::Add, true);
    sub => binary("__sub__", B::Subtract, false);
    rsub => binary("__rsub__", B::Subtract, true);
    mul => binary("__mul__", B::Multiply, false);
    rmul => binary("__rmul__", B::Multiply, true);
    truediv => binary("__truediv__", B::TrueDivide, false);
    rtruediv => binary("__rtruediv__", B::TrueDivide, true);
    floordiv => binary("__floordiv__", B::FloorDivide, false);
    rfloordiv => binary("__rfloordiv__", B::FloorDivide, true);
    mod_ => binary("__mod__", B::Remainder, false);
    rmod => binary("__rmod__", B::Remainder, true);
    pow => binary("__pow__", B::Power, false);
    rpow => binary("__rpow__", B::Power, true);
    and => binary("__and__", B::And, false);
    rand => binary("__rand__", B::And, true);
    or => binary("__or__", B::Or, false);
    ror => binary("__ror__", B::Or, true);
    xor => binary("__xor__", B::Xor, false);
    rxor => binary("__rxor__", B::Xor, true);
    lshift => binary("__lshift__", B::Lshift, false);
    rlshift => binary("__rlshift__", B::Lshift, true);
    rshift => binary("__rshift__", B::Rshift, false);
    rrshift => binary("__rrshift__", B::Rshift, true);
    set_ior => binary("__ior__", B::InplaceOr, false);
    set_iand => binary("__iand__", B::InplaceAnd, false);
    set_isub => binary("__isub__", B::InplaceSubtract, false);
    set_ixor => binary("__ixor__", B::InplaceXor, false);
    list_iadd => list_inplace("__iadd__", B::InplaceAdd);
    list_imul => list_inplace("__imul__", B::InplaceMultiply);
    eq => compare("__eq__", C::Equal);
    ne => compare("__ne__", C::NotEqual);
    lt => compare("__lt__", C::Less);
    le => compare("__le__", C::LessEqual);
    gt => compare("__gt__", C::Greater);
    ge => compare("__ge__", C::GreaterEqual);
    neg => unary("__neg__");
    pos => unary("__pos__");
    invert => unary("__invert__");
    abs => unary("__abs__");
    bool_ => unary("__bool__");
    int_ => unary("__int__");
    index => unary("__index__");
    float_ => unary("__float__");
    len => unary("__len__");
    iter => unary("__iter__");
}

/// Installs the slot wrappers into the built-in types' namespaces.
pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    let m = BuiltinKind::Method;
    let slots: &[(&'static str, NativeFn)] = &[
        ("__getitem__", seq_getitem),
        ("__setitem__", seq_setitem),
        ("__delitem__", seq_delitem),
        ("__len__", seq_len),
        ("__contains__", seq_contains),
        ("__iter__", seq_iter),
    ];
    builtin::install(&t.list, "list", slots, m)?;
    builtin::install(&t.dict, "dict", slots, m)?;
    let cmp: &[(&'static str, NativeFn)] = &[
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
    ];
    let arith: &[(&'static str, NativeFn)] = &[
        ("__add__", add),
        ("__radd__", radd),
        ("__sub__", sub),
        ("__rsub__", rsub),
        ("__mul__", mul),
        ("__rmul__", rmul),
        ("__truediv__", truediv),
        ("__rtruediv__", rtruediv),
        ("__floordiv__", floordiv),
        ("__rfloordiv__", rfloordiv),
        ("__mod__", mod_),
        ("__rmod__", rmod),
        ("__pow__", pow),
        ("__rpow__", rpow),
        ("__neg__", neg),
        ("__pos__", pos),
        ("__abs__", abs),
        ("__bool__", bool_),
        ("__int__", int_),
        ("__float__", float_),
    ];
    let bits: &[(&'static str, NativeFn)] = &[
        ("__and__", and),
        ("__rand__", rand),
        ("__or__", or),
        ("__ror__", ror),
        ("__xor__", xor),
        ("__rxor__", rxor),
        ("__lshift__", lshift),
        ("__rlshift__", rlshift),
        ("__rshift__", rshift),
        ("__rrshift__", rrshift),
        ("__invert__", invert),
        ("__index__", index),
    ];
    let seq: &[(&'static str, NativeFn)] = &[
        ("__add__", add),
        ("__mul__", mul),
        ("__rmul__", rmul),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__contains__", contains),
        ("__iter__", iter),
    ];
    for (ty, owner) in [(&t.int, "int"), (&t.float, "float")] {
        builtin::install(ty, owner, cmp, m)?;
        builtin::install(ty, owner, arith, m)?;
    }
    builtin::install(&t.int, "int", bits, m)?;
    builtin::install(
        &t.range,
        "range",
        &[
            ("__len__", len),
            ("__getitem__", getitem),
            ("__contains__", contains),
            ("__iter__", iter),
        ],
        m,
    )?;
    // Subclasses of str, tuple and bytes find these wrappers through the
    // operator protocol, so they run the built-in code directly.
    for (ty, owner) in [(&t.str, "str"), (&t.tuple, "tuple"), (&t.bytes, "bytes")] {
        builtin::install(ty, owner, cmp, m)?;
        builtin::install(ty, owner, seq, m)?;
    }
    // list and dict already have direct __len__/__getitem__/... wrappers
    // (installed at the top of `install_methods`), safe for their subclasses.
    builtin::install(&t.list, "list", cmp, m)?;
    builtin::install(
        &t.list,
        "list",
        &[("__add__", add), ("__mul__", mul), ("__rmul__", rmul)],
        m,
    )?;
    builtin::install(&t.str, "str", &[("__mod__", mod_)], m)?;
    builtin::install(&t.bytes, "bytes", &[("__mod__", mod_)], m)?;
    builtin::install(
        &t.list,
        "list",
        &[("__iadd__", list_iadd), ("__imul__", list_imul)],
        m,
    )?;
    builtin::install(&t.dict, "dict", cmp, m)?;
    builtin::install(&t.dict, "dict", &[("__or__", or)], m)?;
    for (ty, owner) in [(&t.set, "set"), (&t.frozenset, "frozenset")] {
        builtin::install(ty, owner, cmp, m)?;
        builtin::install(
            ty,
            owner,
            &[
                ("__and__", and),
                ("__or__", or),
                ("__xor__", xor),
                ("__sub__", sub),
                ("__len__", set_len),
                ("__contains__", set_contains),
            ],
            m,
        )?;
    }
    builtin::install(&t.function, "function", &[("__get__", function_get)], m)?;
    builtin::install(&t.none_type, "NoneType", &[("__bool__", bool_)], m)?;
    builtin::install(&t.range, "range", &[("__bool__", bool_)], m)?;
    for (ty, owner) in [(&t.set, "set"), (&t.frozenset, "frozenset")] {
        builtin::install(
            ty,
            owner,
            &[
                ("__iter__", iter),
                ("__rand__", rand),
                ("__ror__", ror),
                ("__rxor__", rxor),
                ("__rsub__", rsub),
            ],
            m,
        )?;
    }
    builtin::install(&t.str, "str", &[("__rmod__", rmod)], m)?;
    builtin::install(
        &t.bytes,
        "bytes",
        &[("__rmod__", rmod), ("__bytes__", bytes_bytes)],
        m,
    )?;
    builtin::install(
        &t.dict,
        "dict",
        &[
            ("__ror__", ror),
            ("__ior__", dict_ior),
            ("__reversed__", dict_reversed),
        ],
        m,
    )?;
    builtin::install(&t.list, "list", &[("__reversed__", list_reversed)], m)?;
    for (ty, owner) in [
        (&t.int, "int"),
        (&t.float, "float"),
        (&t.str, "str"),
        (&t.bytes, "bytes"),
        (&t.tuple, "tuple"),
    ] {
        builtin::install(ty, owner, &[("__getnewargs__", getnewargs)], m)?;
    }
    for (ty, owner) in [
        (&t.list, "list"),
        (&t.dict, "dict"),
        (&t.tuple, "tuple"),
        (&t.set, "set"),
        (&t.frozenset, "frozenset"),
    ] {
        builtin::install(
            ty,
            owner,
            &[("__class_getitem__", class_getitem)],
            BuiltinKind::ClassMethod,
        )?;
    }
    builtin::install(
        &t.set,
        "set",
        &[
            ("__ior__", set_ior),
            ("__iand__", set_iand),
            ("__isub__", set_isub),
            ("__ixor__", set_ixor),
        ],
        m,
    )?;
    Ok(())
}

// Slot wrappers for list/dict subclasses calling the base implementation.

fn seq_getitem(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_slot_args(&args[1..], 1)?;
    match args[0].layout() {
        Layout::List => list::list_getitem(vm, &args[0], &args[1]),
        Layout::Dict => match ops::dict_get(vm, &args[0], &args[1])? {
            Some(v) => Ok(v),
            // dict.__getitem__ of a subclass defers to its __missing__.
            None => object::call_special(vm, &args[0], "__missing__", &[args[1].clone()])?
                .ok_or_else(|| key_error(args[1].clone())),
        },
        _ => subscript::getitem(vm, &args[0], &args[1]),
    }
}

fn seq_setitem(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("", &args[1..], 2, 2)?;
    match args[0].layout() {
        Layout::List => list::list_setitem(vm, &args[0], &args[1], args[2].clone())?,
        Layout::Dict => ops::dict_set(vm, &args[0], args[1].clone(), args[2].clone())?,
        _ => subscript::setitem(vm, &args[0], &args[1], args[2].clone())?,
    }
    Ok(none())
}

fn seq_delitem(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_slot_args(&args[1..], 1)?;
    match args[0].layout() {
        Layout::List => list::list_delitem(vm, &args[0], &args[1])?,
        Layout::Dict => {
            if ops::dict_pop(vm, &args[0], &args[1])?.is_none() {
                return Err(key_error(args[1].clone()));
            }
        }
        _ => subscript::delitem(vm, &args[0], &args[1])?,
    }
    Ok(none())
}

fn seq_len(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_slot_args(&args[1..], 0)?;
    let n = match args[0].layout() {
        Layout::List => list::list_body(&args[0])
            .expect("list")
            .items
            .borrow()
            .len(),
        Layout::Dict => ops::table_of(&args[0]).borrow().len(),
        _ => object::len(vm, &args[0])?,
    };
    Ok(new_int(n as i64)?)
}

fn seq_contains(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_slot_args(&args[1..], 1)?;
    let r = match args[0].layout() {
        Layout::Dict => ops::dict_get(vm, &args[0], &args[1])?.is_some(),
        Layout::List => {
            let items = crate::protocol::iter::seq_items(&args[0]);
            let mut found = false;
            for i in &items {
                if compare::eq(vm, i, &args[1])? {
                    found = true;
                    break;
                }
            }
            found
        }
        _ => subscript::contains(vm, &args[0], &args[1])?,
    };
    Ok(py_bool(r))
}

pub(crate) fn seq_iter(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    match args[0].layout() {
        Layout::Dict => views::dict_iter(&args[0], DictIterKind::Keys),
        _ => crate::objects::iter::new_seq_iter(&types().list_iterator, &args[0]),
    }
}

/// `bytes.__bytes__()`: the value as an exact bytes object.
fn bytes_bytes(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_method_args("bytes", "__bytes__", &args[1..], 0)?;
    let data = crate::objects::bytes::try_bytes(&args[0])
        .ok_or_else(|| exception::type_error("descriptor '__bytes__' requires a 'bytes' object"))?;
    Ok(crate::objects::bytes::new_bytes(data)?)
}

/// `d |= other`: dict's update (a mapping or pairs), then `d` itself.
fn dict_ior(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_slot_args(&args[1..], 1)?;
    let update =
        crate::objects::typeobject::lookup_str(&types().dict, "update").expect("dict.update");
    call::call(vm, &update, &[args[0].clone(), args[1].clone()], None)?;
    Ok(args[0].clone())
}

/// `dict.__reversed__()`: the keys from the last inserted.
fn dict_reversed(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_method_args("dict", "__reversed__", &args[1..], 0)?;
    views::dict_reversed(&args[0], DictIterKind::Keys)
}

/// `list.__reversed__()`: a reverse iterator over the items.
fn list_reversed(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_method_args("list", "__reversed__", &args[1..], 0)?;
    crate::objects::iter::list_reverse_iterator(&args[0])
}

/// `__getnewargs__()` of int, float, str, bytes and tuple: the value as
/// an exact instance of the built-in type, in a 1-tuple.
fn getnewargs(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_method_args(layout_owner(&args[0]), "__getnewargs__", &args[1..], 0)?;
    let x = &args[0];
    let v = match x.layout() {
        Layout::Int => int::new_bigint(&int::to_bigint(x).expect("int"))?,
        Layout::Float => {
            crate::objects::float::new_float(crate::objects::float::float_value(x).expect("float"))?
        }
        Layout::Str => crate::objects::str::new_str(crate::objects::str::try_str(x).unwrap_or(""))?,
        Layout::Bytes => {
            crate::objects::bytes::new_bytes(crate::objects::bytes::try_bytes(x).unwrap_or(&[]))?
        }
        Layout::Tuple => tuple::new_tuple(tuple::try_tuple_items(x).unwrap_or(&[]).to_vec())?,
        _ => {
            return Err(exception::type_error(
                "__getnewargs__ of an unexpected type",
            ))
        }
    };
    Ok(tuple::new_tuple(vec![v])?)
}

/// `list[int]` through `list.__class_getitem__`: a `types.GenericAlias`.
fn class_getitem(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let owner = args[0]
        .payload::<crate::objects::typeobject::TypeBody>()
        .map_or_else(|| "type".to_string(), |b| b.name());
    check_method_args(&owner, "__class_getitem__", &args[1..], 1)?;
    let types_mod = crate::modules::import::import(vm, "types")?;
    let alias = crate::protocol::attr::get_attr_opt(vm, &types_mod, "GenericAlias")?
        .ok_or_else(|| exception::type_error("types.GenericAlias is missing"))?;
    call::call(vm, &alias, &[args[0].clone(), args[1].clone()], None)
}
