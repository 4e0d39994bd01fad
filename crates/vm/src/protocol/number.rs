//! Binary and unary operators (CPython's `abstract.c` number protocol):
//! `binary_op` tries the built-in fast paths, then the dunders in CPython's
//! order: the in-place method for augmented assignment, then `__add__`, then
//! `__radd__` (the reflected one first when the right operand's type is a
//! proper subclass of the left's). The arithmetic on
//! `int`, `bool` and `float` itself is in `objects::int::arith` and
//! `objects::float::arith`; this module picks the operation and the
//! operand conversion (int with float gives float, `/` is true division).

use crate::memory::heap;
use crate::memory::object::{Obj, ObjRef};
use crate::objects::bytes::methods::{bytes_concat, bytes_repeat};
use crate::objects::bytes::percent::bytes_percent_format;
use crate::objects::dict::dict_or;
use crate::objects::dict::views::is_set_like_view;
use crate::objects::exception::type_error;
use crate::objects::float::arith::{as_f64, float_op};
use crate::objects::float::{arith, float_value, new_float};
use crate::objects::int::arith::{int_op, small_int_op};
use crate::objects::int::{int_body, int_small, new_int};
use crate::objects::list::{list_concat, list_inplace_concat, list_repeat};
use crate::objects::registry::{types, Types};
use crate::objects::set::ops;
use crate::objects::str::{percent, str_repeat};
use crate::objects::tuple::{tuple_concat, tuple_repeat};
use crate::objects::{bool, exception, registry, typeobject, Layout};
use crate::protocol::object::{call_special, is_heap_type_instance, type_name};
use crate::vm::{PyResult, Vm};
use arenapy_compiler::opcode::BinaryOperator as B;

/// `a op b` for a BinaryOp instruction (plain or in-place).
pub fn binary_op(vm: &mut Vm, op: B, a: &Obj, b: &Obj) -> PyResult<ObjRef> {
    let any_heap = is_heap_type_instance(a) || is_heap_type_instance(b);
    if !any_heap {
        if let Some(r) = binary_numeric(op, a, b)? {
            return Ok(r);
        }
        if let Some(r) = binary_builtin(vm, op, a, b)? {
            return Ok(r);
        }
    }
    // The operator protocol: in-place, then forward, then reflected.
    let (fwd, rev) = dunder_names(op.non_inplace());
    if op.is_inplace() {
        let iname = format!("__i{}", &fwd[2..]);
        if is_heap_type_instance(a) {
            if let Some(r) = call_special(vm, a, &iname, &[b.to_ref()])? {
                if !r.is(&types().not_implemented) {
                    return Ok(r);
                }
            }
        }
    }
    let a_heap = is_heap_type_instance(a);
    let b_heap = is_heap_type_instance(b);
    if percent_first(op, a, b, a_heap) {
        if let Some(r) = binary_builtin(vm, op, a, b)? {
            return Ok(r);
        }
    }
    if a_heap || b_heap {
        // Binary operators never call the reflected method of the same type.
        if let Some(r) = operator_dunders(vm, a, b, (fwd, rev), (a_heap, b_heap), false)? {
            return Ok(r);
        }
    }
    // Instances of built-in subclasses without an override of their own.
    if any_heap {
        if let Some(r) = binary_numeric(op, a, b)? {
            return Ok(r);
        }
        if let Some(r) = binary_builtin(vm, op, a, b)? {
            return Ok(r);
        }
    }
    let sym = op.non_inplace().symbol();
    let sym = if op.is_inplace() { op.symbol() } else { sym };
    if op.non_inplace() == B::Add && a.layout() == Layout::Str {
        return Err(type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            type_name(b)
        )));
    }
    if op.non_inplace() == B::Add && matches!(a.layout(), Layout::Bytes | Layout::ByteArray) {
        // The `sq_concat` of bytes and bytearray (`b` is no buffer).
        return Err(type_error(format!(
            "can't concat {} to {}",
            type_name(b),
            type_name(a)
        )));
    }
    if op.non_inplace() == B::Add && a.layout() == Layout::List && !is_heap_type_instance(a) {
        return Err(type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            type_name(b)
        )));
    }
    if op.non_inplace() == B::Add && a.layout() == Layout::Tuple {
        return Err(type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            type_name(b)
        )));
    }
    if op.non_inplace() == B::Multiply {
        // In place, CPython's `PyNumber_InPlaceMultiply` tries only the
        // left operand's repetition when its type has sequence methods at
        // all (a set has, a float has not), else the right operand's.
        let has_sequence_methods = is_heap_type_instance(a)
            || matches!(
                a.layout(),
                Layout::List
                    | Layout::Tuple
                    | Layout::Str
                    | Layout::Bytes
                    | Layout::ByteArray
                    | Layout::Set
                    | Layout::Dict
                    | Layout::Range
                    | Layout::DictView
                    | Layout::MemoryView
            );
        let pairs: &[(&Obj, &Obj)] = match (op.is_inplace(), has_sequence_methods) {
            (true, true) => &[(a, b)],
            (true, false) => &[(b, a)],
            (false, _) => &[(a, b), (b, a)],
        };
        for &(s, n) in pairs {
            if is_repeatable(s) && !is_heap_type_instance(s) {
                return Err(type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    type_name(n)
                )));
            }
        }
    }
    if op.non_inplace() == B::Power {
        return Err(type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            if op.is_inplace() {
                "**="
            } else {
                "** or pow()"
            },
            type_name(a),
            type_name(b)
        )));
    }
    Err(type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym,
        type_name(a),
        type_name(b)
    )))
}

/// The operator protocol: `a.fwd(b)`, then `b.rev(a)` — or the reflected
/// method first when `b`'s type is a proper subclass of `a`'s (CPython's
/// rule). `can` says which operands may be asked; `reflect_same_type` is
/// true for comparisons, which also try the reflected method of the same
/// type. `Ok(None)` when every method declined (NotImplemented) or is absent.
pub(crate) fn operator_dunders(
    vm: &mut Vm,
    a: &Obj,
    b: &Obj,
    (fwd, rev): (&str, &str),
    (a_can, b_can): (bool, bool),
    reflect_same_type: bool,
) -> PyResult<Option<ObjRef>> {
    let same = a.ty().is(b.ty());
    let b_first = b_can && !same && typeobject::is_subtype(b.ty(), a.ty());
    let b_later = b_can && !b_first && (reflect_same_type || !same);
    let attempts = [
        (b_first, b, a, rev),
        (a_can, a, b, fwd),
        (b_later, b, a, rev),
    ];
    for (go, this, other, name) in attempts {
        if go {
            if let Some(r) = call_special(vm, this, name, &[other.to_ref()])? {
                if !r.is(&types().not_implemented) {
                    return Ok(Some(r));
                }
            }
        }
    }
    Ok(None)
}

/// `str % x`, `bytes % x`, `bytearray % x` with a built-in left operand:
/// CPython's `nb_remainder` of those types formats whatever `x` is, so it
/// runs before `x`'s `__rmod__` — unless `x`'s type is a subclass of the
/// left operand's, whose reflected method goes first.
fn percent_first(op: B, a: &Obj, b: &Obj, a_heap: bool) -> bool {
    op.non_inplace() == B::Remainder
        && !a_heap
        && matches!(a.layout(), Layout::Str | Layout::Bytes | Layout::ByteArray)
        && !typeobject::is_subtype(b.ty(), a.ty())
}

fn dunder_names(op: B) -> (&'static str, &'static str) {
    match op {
        B::Add => ("__add__", "__radd__"),
        B::Subtract => ("__sub__", "__rsub__"),
        B::Multiply => ("__mul__", "__rmul__"),
        B::TrueDivide => ("__truediv__", "__rtruediv__"),
        B::FloorDivide => ("__floordiv__", "__rfloordiv__"),
        B::Remainder => ("__mod__", "__rmod__"),
        B::Power => ("__pow__", "__rpow__"),
        B::MatrixMultiply => ("__matmul__", "__rmatmul__"),
        B::Lshift => ("__lshift__", "__rlshift__"),
        B::Rshift => ("__rshift__", "__rrshift__"),
        B::And => ("__and__", "__rand__"),
        B::Or => ("__or__", "__ror__"),
        B::Xor => ("__xor__", "__rxor__"),
        _ => ("__add__", "__radd__"),
    }
}

/// Operators on built-in sequences and mappings.
pub(crate) fn binary_builtin(vm: &mut Vm, op: B, a: &Obj, b: &Obj) -> PyResult<Option<ObjRef>> {
    let plain = op.non_inplace();
    // `n * seq` with an `__index__` object on the left: CPython repeats the
    // right operand (`sq_repeat` of either side).
    if plain == B::Multiply
        && is_heap_type_instance(a)
        && !is_repeatable(a)
        && is_repeatable(b)
        && typeobject::lookup_str(a.ty(), "__index__").is_some()
    {
        return binary_builtin(vm, B::Multiply, b, a);
    }
    // `int | None`: `type.__or__` (CPython's `_Py_union_type_or`) makes a
    // `types.UnionType`; unions and generic aliases have their own `__or__`.
    let unionable = |o: &Obj| matches!(o.layout(), Layout::Type | Layout::NoneType);
    if plain == B::Or
        && unionable(a)
        && unionable(b)
        && (a.layout() == Layout::Type || b.layout() == Layout::Type)
    {
        let types_mod = crate::modules::import::import(vm, "types")?;
        if let Some(f) = crate::protocol::attr::get_attr_opt(vm, &types_mod, "_union_or")? {
            return crate::protocol::call::call(vm, &f, &[a.to_ref(), b.to_ref()], None).map(Some);
        }
    }
    match (a.layout(), plain) {
        (Layout::Str, B::Add) => {
            if let Some(r) = crate::objects::str::concat(a, b) {
                return Ok(Some(r?));
            }
        }
        (Layout::Str, B::Multiply) | (Layout::Int, B::Multiply)
            if a.layout() == Layout::Str || b.layout() == Layout::Str =>
        {
            let (s, n) = if a.layout() == Layout::Str {
                (a, b)
            } else {
                (b, a)
            };
            if let Some(r) = str_repeat(vm, s, n)? {
                return Ok(Some(r));
            }
        }
        (Layout::ByteArray, B::Add) | (Layout::Bytes, B::Add)
            if a.layout() == Layout::ByteArray || b.layout() == Layout::ByteArray =>
        {
            return crate::objects::bytearray::bytearray_concat(a, b, op.is_inplace());
        }
        (Layout::ByteArray, B::Multiply) | (Layout::Int, B::Multiply)
            if a.layout() == Layout::ByteArray || b.layout() == Layout::ByteArray =>
        {
            let (s, n) = if a.layout() == Layout::ByteArray {
                (a, b)
            } else {
                (b, a)
            };
            if let Some(n) = repeat_count(vm, n)? {
                let inplace = op.is_inplace() && s.is(a);
                return crate::objects::bytearray::bytearray_repeat(s, n, inplace).map(Some);
            }
        }
        (Layout::Bytes, B::Add) => {
            return bytes_concat(a, b);
        }
        (Layout::Bytes, B::Multiply) | (Layout::Int, B::Multiply)
            if a.layout() == Layout::Bytes || b.layout() == Layout::Bytes =>
        {
            let (s, n) = if a.layout() == Layout::Bytes {
                (a, b)
            } else {
                (b, a)
            };
            if let Some(n) = repeat_count(vm, n)? {
                return bytes_repeat(s, n).map(Some);
            }
        }
        (Layout::Str, B::Remainder) => {
            return percent::percent_format(vm, a, b).map(Some);
        }
        (Layout::Bytes, B::Remainder) => {
            let fmt = crate::objects::bytes::try_bytes(a)
                .unwrap_or_default()
                .to_vec();
            return bytes_percent_format(vm, &fmt, b, false).map(Some);
        }
        (Layout::ByteArray, B::Remainder) => {
            let fmt = crate::objects::bytearray::bytearray_data(a).unwrap_or_default();
            return bytes_percent_format(vm, &fmt, b, true).map(Some);
        }
        (Layout::List, B::Add) if b.layout() == Layout::List && !op.is_inplace() => {
            return list_concat(a, b).map(Some);
        }
        (Layout::List, B::Add) if op.is_inplace() && !is_heap_type_instance(a) => {
            return list_inplace_concat(vm, a, b).map(Some);
        }
        (Layout::List, B::Multiply) | (Layout::Int, B::Multiply)
            if a.layout() == Layout::List || b.layout() == Layout::List =>
        {
            let (l, n) = if a.layout() == Layout::List {
                (a, b)
            } else {
                (b, a)
            };
            if let Some(n) = repeat_count(vm, n)? {
                return list_repeat(l, n, op.is_inplace() && l.is(a)).map(Some);
            }
        }
        (Layout::Tuple, B::Add) if b.layout() == Layout::Tuple => {
            return tuple_concat(a, b).map(Some);
        }
        (Layout::Tuple, B::Multiply) | (Layout::Int, B::Multiply)
            if a.layout() == Layout::Tuple || b.layout() == Layout::Tuple =>
        {
            let (t, n) = if a.layout() == Layout::Tuple {
                (a, b)
            } else {
                (b, a)
            };
            if let Some(n) = repeat_count(vm, n)? {
                return tuple_repeat(t, n).map(Some);
            }
        }
        (Layout::Dict, B::Or) if b.layout() == Layout::Dict => {
            return dict_or(vm, a, b, op.is_inplace()).map(Some);
        }
        // `d |= x` takes what `d.update(x)` takes (CPython's `dict_ior`).
        (Layout::Dict, B::Or) if op.is_inplace() => {
            return dict_or(vm, a, b, true).map(Some);
        }
        (Layout::Set, _) if b.layout() == Layout::Set => {
            return ops::set_binary(vm, plain, a, b, op.is_inplace());
        }
        (Layout::DictView, B::And | B::Or | B::Subtract | B::Xor)
        | (_, B::And | B::Or | B::Subtract | B::Xor)
            if is_set_like_view(a) || is_set_like_view(b) =>
        {
            // dict_keys / dict_items are set-like: the result is a new set,
            // even from a frozenset or in place (`set`'s own operators
            // refuse a view).
            return view_set_op(vm, plain, a, b).map(Some);
        }
        _ => {}
    }
    Ok(None)
}

/// CPython's `dictviews_or`/`_sub`/`_xor` (a new set of the left operand,
/// then `update`/`difference_update`/`symmetric_difference_update` with the
/// right) and `_PyDictView_Intersect`, in their orders of insertion.
fn view_set_op(vm: &mut Vm, op: B, a: &Obj, b: &Obj) -> PyResult<ObjRef> {
    // `PySet_New(left)`: a set's table is copied as it is.
    let new_set_of = |vm: &mut Vm, o: &Obj| -> PyResult<ObjRef> {
        crate::protocol::call::call(vm, &types().set, &[o.to_ref()], None)
    };
    let method = match op {
        B::Or => "update",
        B::Subtract => "difference_update",
        B::Xor => "symmetric_difference_update",
        _ => {
            // Intersection: `self` is the view.
            let (mut view, mut other) = if is_set_like_view(a) { (a, b) } else { (b, a) };
            let len_view = crate::protocol::object::len(vm, view)?;
            if other.layout() == Layout::Set
                && !is_heap_type_instance(other)
                && !other.ty().is(&types().frozenset)
                && len_view <= crate::protocol::object::len(vm, other)?
            {
                let name = crate::objects::str::new_str("intersection")?;
                let f = crate::protocol::attr::get_attr(vm, other, &name)?;
                return crate::protocol::call::call(vm, &f, &[view.to_ref()], None);
            }
            if is_set_like_view(other) && crate::protocol::object::len(vm, other)? > len_view {
                std::mem::swap(&mut view, &mut other);
            }
            let result = crate::objects::set::new_set(false)?;
            for k in crate::protocol::iter::collect(vm, other)? {
                if crate::protocol::subscript::contains(vm, view, &k)? {
                    ops::set_add(vm, &result, k)?;
                }
            }
            return Ok(result);
        }
    };
    let result = new_set_of(vm, a)?;
    let name = crate::objects::str::new_str(method)?;
    let f = crate::protocol::attr::get_attr(vm, &result, &name)?;
    crate::protocol::call::call(vm, &f, &[b.to_ref()], None)?;
    Ok(result)
}

pub(crate) fn repeat_count(vm: &mut Vm, n: &Obj) -> PyResult<Option<usize>> {
    let i = if n.layout() == Layout::Int {
        n.to_ref()
    } else if is_heap_type_instance(n) && typeobject::lookup_str(n.ty(), "__index__").is_some() {
        // CPython's `sequence_repeat`: any object with `__index__`, whose
        // errors propagate.
        crate::protocol::convert::number_index(vm, n)?
    } else {
        return Ok(None);
    };
    match int_small(&i) {
        Some(v) => Ok(Some(v.max(0) as usize)),
        None => Err(exception::overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            type_name(n)
        ))),
    }
}

/// The built-in sequences with `sq_repeat`.
fn is_repeatable(o: &Obj) -> bool {
    matches!(
        o.layout(),
        Layout::Str | Layout::Bytes | Layout::ByteArray | Layout::List | Layout::Tuple
    )
}

/// CPython's check before repeating a list or tuple of `len` items `n`
/// times: an item array past `PY_SSIZE_T_MAX` bytes is MemoryError.
pub(crate) fn check_repeat(len: usize, n: usize) -> PyResult<()> {
    let items = len.checked_mul(n).ok_or_else(heap::no_memory)?;
    heap::check_items::<ObjRef>(items).map(|_| ())
}

/// CPython's check before repeating a str or bytes of `len` bytes `n` times:
/// a length past `PY_SSIZE_T_MAX` is OverflowError (`msg` names it), a
/// length past the heap's limit MemoryError.
pub(crate) fn check_text_repeat(len: usize, n: usize, msg: &str) -> PyResult<()> {
    match len.checked_mul(n) {
        Some(t) if t <= isize::MAX as usize => heap::check_room(t),
        _ => Err(exception::overflow_error(msg)),
    }
}

/// Unary `-`, `+`, `~`.
pub fn unary_op(vm: &mut Vm, op: char, x: &Obj) -> PyResult<ObjRef> {
    if !is_heap_type_instance(x) {
        if let Some(r) = unary_numeric(op, x)? {
            return Ok(r);
        }
    }
    let name = match op {
        '-' => "__neg__",
        '+' => "__pos__",
        _ => "__invert__",
    };
    if is_heap_type_instance(x) {
        if let Some(r) = call_special(vm, x, name, &[])? {
            return Ok(r);
        }
        if let Some(r) = unary_numeric(op, x)? {
            return Ok(r);
        }
    }
    Err(type_error(format!(
        "bad operand type for unary {}: '{}'",
        op,
        type_name(x)
    )))
}

/// A word-sized exact `int` (not bool, not a subclass) or exact `float`.
pub(crate) enum Num {
    Int(i64),
    Float(f64),
}

#[inline(always)]
pub(crate) fn exact_num(o: &Obj, t: &Types) -> Option<Num> {
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
/// errors; `None` sends the caller down [`binary_op`].
#[inline(always)]
pub fn fast_binary(op: B, a: &Obj, b: &Obj) -> Option<PyResult<ObjRef>> {
    let t = registry::types();
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

/// `a op b` when both are numbers; `Ok(None)` when either is not (the caller
/// then tries the operator protocol).
pub fn binary_numeric(op: B, a: &Obj, b: &Obj) -> PyResult<Option<ObjRef>> {
    let op = op.non_inplace();
    let (la, lb) = (a.layout(), b.layout());
    match (la, lb) {
        (Layout::Int, Layout::Int) => {
            let t = registry::types();
            if matches!(op, B::And | B::Or | B::Xor) && a.ty().is(&t.bool) && b.ty().is(&t.bool) {
                let (x, y) = (a.is(&t.true_), b.is(&t.true_));
                let r = match op {
                    B::And => x & y,
                    B::Or => x | y,
                    _ => x ^ y,
                };
                return Ok(Some(bool::py_bool(r)));
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
        (Layout::Complex, Layout::Complex | Layout::Float | Layout::Int)
        | (Layout::Float | Layout::Int, Layout::Complex) => {
            crate::objects::complex::complex_op(op, a, b)
        }
        _ => Ok(None),
    }
}

/// `-x`, `+x`, `~x` on numbers; `Ok(None)` if `x` is not a number.
pub fn unary_numeric(op: char, x: &Obj) -> PyResult<Option<ObjRef>> {
    if let Some(f) = float_value(x) {
        return arith::float_unary(op, f);
    }
    if let Some(z) = crate::objects::complex::complex_value(x) {
        return crate::objects::complex::complex_unary(op, z);
    }
    if int_body(x).is_none() {
        return Ok(None);
    }
    crate::objects::int::arith::int_unary(op, x).map(Some)
}
