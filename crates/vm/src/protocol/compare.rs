//! Rich comparison (CPython's `PyObject_RichCompare`): `==`, `!=`, `<`, `<=`,
//! `>`, `>=` between built-in values natively (numbers across int, bool and
//! float exactly, sequences item by item, dicts and sets as CPython
//! compares them), otherwise through `__eq__`/`__lt__`... with the reflected
//! operation tried first for a subclass operand, and the `TypeError` of
//! CPython 3.11 when neither side supports the comparison.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::bool::py_bool;
use crate::objects::bytes::methods::bytes_compare;
use crate::objects::dict::views::dict_view_compare;
use crate::objects::dict::{ops, table};
use crate::objects::exception::type_error;
use crate::objects::float::{arith, float_value};
use crate::objects::int::arith::FromF64Exact;
use crate::objects::int::{int_small, to_bigint};
use crate::objects::range::range_eq;
use crate::objects::str::try_str;
use crate::objects::{registry, Layout};
use crate::protocol::number::{exact_num, operator_dunders, Num};
use crate::protocol::object::{
    is_builtin_value_subclass, is_heap_type_instance, truthy, type_name,
};
use crate::protocol::repr::recursive;
use crate::vm::{PyResult, Vm};
use arenapy_compiler::opcode::ComparisonOperator as C;
use num_bigint::BigInt;
use std::cmp::Ordering;

/// `a == b` as a Rust bool.
pub fn eq(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if !is_builtin_value_subclass(a)
        && !is_builtin_value_subclass(b)
        && matches!(
            (a.layout(), b.layout()),
            (Layout::Str, Layout::Str)
                | (Layout::Int, Layout::Int)
                | (Layout::Float, Layout::Float)
                | (Layout::Int, Layout::Float)
                | (Layout::Float, Layout::Int)
        )
    {
        if let Some(r) = table::simple_eq(a, b) {
            return Ok(r);
        }
    }
    let r = rich_compare(vm, C::Equal, a, b)?;
    truthy(vm, &r)
}

/// Python's rich comparison, returning the result object.
pub fn rich_compare(vm: &mut Vm, op: C, a: &Obj, b: &Obj) -> PyResult<ObjRef> {
    let (la, lb) = (a.layout(), b.layout());
    let a_heap = is_heap_type_instance(a);
    let b_heap = is_heap_type_instance(b);
    if !a_heap && !b_heap {
        if let Some(ord) = compare_numbers(a, b) {
            return Ok(py_bool(ordering_matches(op, ord)));
        }
        if let Some(r) = compare_builtin(vm, op, a, b)? {
            return Ok(py_bool(r));
        }
    } else {
        if let Some(r) = operator_dunders(vm, a, b, cmp_dunders(op), (true, true), true)? {
            return Ok(r);
        }
        // Subclasses of built-in types compare as their base.
        if let Some(ord) = compare_numbers(a, b) {
            return Ok(py_bool(ordering_matches(op, ord)));
        }
        if let Some(r) = compare_builtin(vm, op, a, b)? {
            return Ok(py_bool(r));
        }
    }
    let _ = (la, lb);
    match op {
        C::Equal => Ok(py_bool(a.is(b))),
        C::NotEqual => Ok(py_bool(!a.is(b))),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(a),
            type_name(b)
        ))),
    }
}

fn cmp_dunders(op: C) -> (&'static str, &'static str) {
    match op {
        C::Less => ("__lt__", "__gt__"),
        C::LessEqual => ("__le__", "__ge__"),
        C::Equal => ("__eq__", "__eq__"),
        C::NotEqual => ("__ne__", "__ne__"),
        C::Greater => ("__gt__", "__lt__"),
        C::GreaterEqual => ("__ge__", "__le__"),
    }
}

pub fn ordering_matches(op: C, ord: Ordering) -> bool {
    match op {
        C::Less => ord == Ordering::Less,
        C::LessEqual => ord != Ordering::Greater,
        C::Equal => ord == Ordering::Equal,
        C::NotEqual => ord != Ordering::Equal,
        C::Greater => ord == Ordering::Greater,
        C::GreaterEqual => ord != Ordering::Less,
    }
}

/// Comparisons between built-in objects; `Ok(None)` = not comparable here.
pub(crate) fn compare_builtin(vm: &mut Vm, op: C, a: &Obj, b: &Obj) -> PyResult<Option<bool>> {
    match (a.layout(), b.layout()) {
        (Layout::Namespace, Layout::Namespace) if matches!(op, C::Equal | C::NotEqual) => {
            if let Some(r) = crate::objects::namespace::namespace_eq(vm, a, b)? {
                return Ok(Some(r == (op == C::Equal)));
            }
        }
        (Layout::WeakRef, Layout::WeakRef) if matches!(op, C::Equal | C::NotEqual) => {
            if let Some(r) = crate::objects::weakref::weakref_eq(vm, a, b)? {
                return Ok(Some(r == (op == C::Equal)));
            }
        }
        (Layout::Complex, _) | (_, Layout::Complex) if matches!(op, C::Equal | C::NotEqual) => {
            use crate::objects::complex::{complex_eq, complex_value};
            let r = match (complex_value(a), complex_value(b)) {
                (Some(z), _) => complex_eq(z, b)?,
                (None, Some(z)) => complex_eq(z, a)?,
                (None, None) => None,
            };
            if let Some(r) = r {
                return Ok(Some(r == (op == C::Equal)));
            }
        }
        (Layout::Int, _) | (Layout::Float, _) | (_, Layout::Int) | (_, Layout::Float)
            if arith::as_f64(a)?.is_some() && arith::as_f64(b)?.is_some() =>
        {
            // NaN comparisons.
            return Ok(Some(op == C::NotEqual));
        }
        (Layout::Str, Layout::Str) => {
            let (x, y) = (try_str(a).expect("str"), try_str(b).expect("str"));
            return Ok(Some(ordering_matches(op, x.cmp(y))));
        }
        (Layout::Bytes, Layout::Bytes) => {
            return Ok(bytes_compare(op, a, b));
        }
        (Layout::ByteArray, Layout::Bytes | Layout::ByteArray)
        | (Layout::Bytes, Layout::ByteArray) => {
            return Ok(crate::objects::bytearray::bytearray_compare(op, a, b));
        }
        (Layout::MemoryView, _) | (_, Layout::MemoryView)
            if matches!(op, C::Equal | C::NotEqual) =>
        {
            let eq = crate::objects::memoryview::memoryview_eq(a, b)?;
            return Ok(eq.map(|e| e == (op == C::Equal)));
        }
        (Layout::List, Layout::List) | (Layout::Tuple, Layout::Tuple) => {
            let x = crate::protocol::iter::seq_items(a);
            let y = crate::protocol::iter::seq_items(b);
            return compare_sequences(vm, op, &x, &y).map(Some);
        }
        (Layout::Dict, Layout::Dict) if matches!(op, C::Equal | C::NotEqual) => {
            let r = ops::dict_eq(vm, a, b)?;
            return Ok(Some(if op == C::Equal { r } else { !r }));
        }
        (Layout::Set, Layout::Set) => {
            return crate::objects::set::ops::set_compare(vm, op, a, b).map(Some);
        }
        (Layout::Range, Layout::Range) if matches!(op, C::Equal | C::NotEqual) => {
            let same = range_eq(a, b);
            return Ok(Some(if op == C::Equal { same } else { !same }));
        }
        (Layout::DictView, Layout::DictView)
        | (Layout::DictView, Layout::Set)
        | (Layout::Set, Layout::DictView) => {
            // Equality, subset and superset tests of set-like views (keys,
            // items) against sets and each other (CPython's
            // `dictview_richcompare`); a values view compares by identity.
            use crate::objects::dict::views::is_set_like_view;
            let set_like = |o: &Obj| o.layout() == Layout::Set || is_set_like_view(o);
            if set_like(a) && set_like(b) {
                return dict_view_compare(vm, op, a, b).map(Some);
            }
        }
        (Layout::Method, Layout::Method) | (Layout::BuiltinFunction, Layout::BuiltinFunction)
            if matches!(op, C::Equal | C::NotEqual) =>
        {
            let same = a.is(b) || same_bound_method(a, b);
            return Ok(Some((op == C::Equal) == same));
        }
        _ => {}
    }
    if matches!(op, C::Equal | C::NotEqual) {
        return Ok(Some((op == C::Equal) == a.is(b)));
    }
    Ok(None)
}

/// Bound methods are equal when they bind the same function to the same
/// object (`a.f == a.f`), as CPython's `method_richcompare` and
/// `meth_richcompare`.
fn same_bound_method(a: &Obj, b: &Obj) -> bool {
    use crate::objects::function::builtin::BuiltinBody;
    use crate::objects::function::method::MethodBody;
    if let (Some(x), Some(y)) = (a.payload::<MethodBody>(), b.payload::<MethodBody>()) {
        return x.func.is(&y.func) && x.self_.is(&y.self_);
    }
    if let (Some(x), Some(y)) = (a.payload::<BuiltinBody>(), b.payload::<BuiltinBody>()) {
        return match (&x.bound, &y.bound) {
            (Some(s), Some(t)) => s.is(t) && x.name == y.name && x.owner == y.owner,
            _ => false,
        };
    }
    false
}

/// Lexicographic comparison of two item lists.
fn compare_sequences(vm: &mut Vm, op: C, x: &[ObjRef], y: &[ObjRef]) -> PyResult<bool> {
    recursive(vm, " in comparison", |vm| compare_items(vm, op, x, y))
}

fn compare_items(vm: &mut Vm, op: C, x: &[ObjRef], y: &[ObjRef]) -> PyResult<bool> {
    if matches!(op, C::Equal | C::NotEqual) && x.len() != y.len() {
        return Ok(op == C::NotEqual);
    }
    for (p, q) in x.iter().zip(y) {
        if !eq(vm, p, q)? {
            if op == C::Equal {
                return Ok(false);
            }
            if op == C::NotEqual {
                return Ok(true);
            }
            let r = rich_compare(vm, op, p, q)?;
            return truthy(vm, &r);
        }
    }
    Ok(ordering_matches(op, x.len().cmp(&y.len())))
}

/// `a < b` etc. as a Rust bool (for sorting, min, max).
pub fn compare_bool(vm: &mut Vm, op: C, a: &Obj, b: &Obj) -> PyResult<bool> {
    if let Some(ord) = compare_numbers(a, b) {
        return Ok(ordering_matches(op, ord));
    }
    if let (Some(x), Some(y)) = (try_str(a), try_str(b)) {
        return Ok(ordering_matches(op, x.cmp(y)));
    }
    let r = rich_compare(vm, op, a, b)?;
    truthy(vm, &r)
}

/// Does an int object equal a float value exactly?
pub fn int_float_eq(i: &Obj, f: f64) -> bool {
    if let Some(v) = int_small(i) {
        if v.unsigned_abs() < (1 << 53) {
            return (v as f64) == f;
        }
    }
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    match (to_bigint(i), BigInt::from_f64_exact(f)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

/// The dispatch loop's fast path for CompareOp on word-sized exact ints and
/// exact floats (an int and a float only when the int converts exactly).
#[inline(always)]
pub fn fast_compare(
    op: arenapy_compiler::opcode::ComparisonOperator,
    a: &Obj,
    b: &Obj,
) -> Option<bool> {
    use arenapy_compiler::opcode::ComparisonOperator as C;
    let t = registry::types();
    macro_rules! cmp {
        ($x:expr, $y:expr) => {{
            let (x, y) = ($x, $y);
            Some(match op {
                C::Less => x < y,
                C::LessEqual => x <= y,
                C::Equal => x == y,
                C::NotEqual => x != y,
                C::Greater => x > y,
                C::GreaterEqual => x >= y,
            })
        }};
    }
    const EXACT: u64 = 1 << 53;
    match (exact_num(a, t)?, exact_num(b, t)?) {
        (Num::Int(x), Num::Int(y)) => cmp!(x, y),
        (Num::Float(x), Num::Float(y)) => cmp!(x, y),
        (Num::Int(x), Num::Float(y)) if x.unsigned_abs() < EXACT => cmp!(x as f64, y),
        (Num::Float(x), Num::Int(y)) if y.unsigned_abs() < EXACT => cmp!(x, y as f64),
        _ => None,
    }
}

/// Three-way comparison of two numbers (None for NaN or non-numbers).
pub fn compare_numbers(a: &Obj, b: &Obj) -> Option<std::cmp::Ordering> {
    match (a.layout(), b.layout()) {
        (Layout::Int, Layout::Int) => match (int_small(a), int_small(b)) {
            (Some(x), Some(y)) => Some(x.cmp(&y)),
            _ => crate::objects::int::digits::cmp_ints(a, b),
        },
        (Layout::Float, Layout::Float) => float_value(a)?.partial_cmp(&float_value(b)?),
        (Layout::Int, Layout::Float) => cmp_int_float(a, float_value(b)?),
        (Layout::Float, Layout::Int) => cmp_int_float(b, float_value(a)?).map(|o| o.reverse()),
        _ => None,
    }
}

pub(crate) fn cmp_int_float(i: &Obj, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    if let Some(v) = int_small(i) {
        if v.unsigned_abs() < (1 << 53) {
            return (v as f64).partial_cmp(&f);
        }
    }
    // Exact: compare the int with floor(f), then the fraction.
    let b = to_bigint(i)?;
    let fl = f.floor();
    let fb: BigInt = num_traits::FromPrimitive::from_f64(fl)?;
    match b.cmp(&fb) {
        std::cmp::Ordering::Equal => {
            if f > fl {
                Some(std::cmp::Ordering::Less)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}
