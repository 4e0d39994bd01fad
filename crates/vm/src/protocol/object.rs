//! The abstract object protocol (CPython's `abstract.c` / `object.c`):
//! truth, operators, rich comparison, hashing, `len`, `in`, subscripts,
//! `str()`/`repr()`. Built-in types are handled natively; a class statement's
//! classes go through their dunder methods.

use super::exc::{index_error, type_error};
use super::numeric::{self, binary_numeric, compare_numbers};
pub use super::subscript::{contains, contains_builtin, delitem, getitem, setitem};
use super::{call, py_bool, PyResult, Vm};
use crate::object::{Obj, ObjRef};
use crate::types::dict::{dict_body, DictBody, SetBody};
use crate::types::int::{float_value, int_small, new_int};
use crate::types::misc::RangeBody;
use crate::types::seq::{list_body, new_list_from_hvec, new_tuple, try_tuple_items};
use crate::types::str::{new_str, try_str, StrBody};
use crate::types::typeobj::{flags, lookup_str};
use crate::types::{types, Layout};
use arenapy_compiler::opcode::{BinaryOperator as B, ComparisonOperator as C};
use std::cmp::Ordering;

/// The type's name, for messages.
pub fn type_name(o: &Obj) -> String {
    o.type_body().name()
}

#[inline]
pub fn is_heap_type_instance(o: &Obj) -> bool {
    o.type_body().has_flag(flags::HEAPTYPE)
}

/// Calls `type(obj).name(obj, *args)` if the type defines `name`.
pub fn call_special(
    vm: &mut Vm,
    obj: &Obj,
    name: &str,
    args: &[ObjRef],
) -> PyResult<Option<ObjRef>> {
    let Some(f) = lookup_str(obj.ty(), name) else {
        return Ok(None);
    };
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(obj.to_ref());
    full.extend_from_slice(args);
    let bound = super::attr::descr_get_for_call(vm, &f, obj)?;
    match bound {
        Some(callable) => call::call(vm, &callable, args, None).map(Some),
        None => call::call(vm, &f, &full, None).map(Some),
    }
}

/// `bool(o)`.
pub fn truthy(vm: &mut Vm, o: &Obj) -> PyResult<bool> {
    let t = types();
    if o.is(&t.true_) {
        return Ok(true);
    }
    if o.is(&t.false_) || o.is(&t.none) {
        return Ok(false);
    }
    match o.layout() {
        Layout::Int => Ok(int_small(o) != Some(0)),
        Layout::Float => Ok(float_value(o) != Some(0.0)),
        Layout::Str => Ok(o.payload::<StrBody>().is_some_and(|b| b.byte_len() > 0)),
        Layout::Bytes => Ok(crate::types::bytes::try_bytes(o).is_some_and(|b| !b.is_empty())),
        Layout::List if !is_heap_type_instance(o) => {
            Ok(!list_body(o).expect("list").items.borrow().is_empty())
        }
        Layout::Tuple => Ok(!try_tuple_items(o).expect("tuple").is_empty()),
        Layout::Dict if !is_heap_type_instance(o) => {
            Ok(!dict_body(o).expect("dict").table.borrow().is_empty())
        }
        Layout::Set => Ok(!o
            .payload::<SetBody>()
            .expect("set")
            .table
            .borrow()
            .is_empty()),
        Layout::Range => Ok(!o.payload::<RangeBody>().expect("range").is_empty()),
        // (A class is true unless its metaclass says otherwise.)
        l @ (Layout::Instance | Layout::Exception | Layout::List | Layout::Dict | Layout::Type)
            if l != Layout::Type || is_heap_type_instance(o) =>
        {
            if let Some(r) = call_special(vm, o, "__bool__", &[])? {
                if r.layout() != Layout::Int || !r.ty().is(&t.bool) {
                    return Err(type_error(format!(
                        "__bool__ should return bool, returned {}",
                        type_name(&r)
                    )));
                }
                return Ok(r.is(&t.true_));
            }
            if lookup_str(o.ty(), "__len__").is_some() {
                return Ok(len(vm, o)? > 0);
            }
            Ok(true)
        }
        Layout::DictView => Ok(len(vm, o)? > 0),
        _ => Ok(true),
    }
}

/// `len(o)`.
pub fn len(vm: &mut Vm, o: &Obj) -> PyResult<usize> {
    if is_builtin_value_subclass(o) {
        return len_protocol(vm, o);
    }
    len_builtin(vm, o)
}

/// Is `o` an instance of a class statement's subclass of str, tuple,
/// bytes, int or float? Their dunders are looked up (the built-in ones run
/// the built-in code directly, so nothing loops).
#[inline]
pub fn is_builtin_value_subclass(o: &Obj) -> bool {
    matches!(
        o.layout(),
        Layout::Str | Layout::Tuple | Layout::Bytes | Layout::Int | Layout::Float
    ) && is_heap_type_instance(o)
}

/// `len(o)` by the built-in code of `o`'s layout, then `__len__`.
pub fn len_builtin(vm: &mut Vm, o: &Obj) -> PyResult<usize> {
    match o.layout() {
        Layout::Str => return Ok(o.payload::<StrBody>().expect("str").char_len()),
        Layout::Bytes => return Ok(crate::types::bytes::try_bytes(o).map_or(0, |b| b.len())),
        Layout::Tuple => return Ok(try_tuple_items(o).expect("tuple").len()),
        Layout::List if !is_heap_type_instance(o) => {
            return Ok(list_body(o).expect("list").items.borrow().len())
        }
        Layout::Dict if !is_heap_type_instance(o) => {
            return Ok(dict_body(o).expect("dict").table.borrow().len())
        }
        Layout::Set => return Ok(o.payload::<SetBody>().expect("set").table.borrow().len()),
        Layout::Range => return Ok(o.payload::<RangeBody>().expect("range").len() as usize),
        Layout::DictView => {
            let v = o
                .payload::<crate::types::iter::DictViewBody>()
                .expect("view");
            return len(vm, &v.dict);
        }
        Layout::List => return Ok(list_body(o).expect("list").items.borrow().len()),
        Layout::Dict => return Ok(dict_body(o).expect("dict").table.borrow().len()),
        _ => {}
    }
    len_protocol(vm, o)
}

fn len_protocol(vm: &mut Vm, o: &Obj) -> PyResult<usize> {
    if let Some(r) = call_special(vm, o, "__len__", &[])? {
        let n = super::convert::index_value(&r).map_err(|_| {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(&r)
            ))
        })?;
        if n < 0 {
            return Err(super::exc::value_error("__len__() should return >= 0"));
        }
        return Ok(n as usize);
    }
    Err(type_error(format!(
        "object of type '{}' has no len()",
        type_name(o)
    )))
}

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
        for (s, n) in [(a, b), (b, a)] {
            if matches!(
                s.layout(),
                Layout::Str | Layout::Bytes | Layout::List | Layout::Tuple
            ) && !is_heap_type_instance(s)
            {
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
fn operator_dunders(
    vm: &mut Vm,
    a: &Obj,
    b: &Obj,
    (fwd, rev): (&str, &str),
    (a_can, b_can): (bool, bool),
    reflect_same_type: bool,
) -> PyResult<Option<ObjRef>> {
    let same = a.ty().is(b.ty());
    let b_first = b_can && !same && crate::types::typeobj::is_subtype(b.ty(), a.ty());
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
    match (a.layout(), plain) {
        (Layout::Str, B::Add) => {
            if let Some(r) = crate::types::str::concat(a, b) {
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
            if let (Some(s), Some(n)) = (try_str(s), repeat_count(n)?) {
                check_repeat(s.len(), n)?;
                return Ok(Some(new_str(&s.repeat(n))?));
            }
        }
        (Layout::Bytes, B::Add) => {
            return super::bytesops::concat(a, b);
        }
        (Layout::Bytes, B::Multiply) | (Layout::Int, B::Multiply)
            if a.layout() == Layout::Bytes || b.layout() == Layout::Bytes =>
        {
            let (s, n) = if a.layout() == Layout::Bytes {
                (a, b)
            } else {
                (b, a)
            };
            if let Some(n) = repeat_count(n)? {
                return super::bytesops::repeat(s, n).map(Some);
            }
        }
        (Layout::Str, B::Remainder) if !is_heap_type_instance(a) => {
            return super::format::percent_format(vm, a, b).map(Some);
        }
        (Layout::List, B::Add) if b.layout() == Layout::List && !op.is_inplace() => {
            let x = list_body(a).expect("list").items.borrow();
            let y = list_body(b).expect("list").items.borrow();
            let mut v = crate::heap::hvec();
            v.try_reserve(x.len() + y.len())
                .map_err(|_| super::PyErr::from(arenapy_alloc::AllocError { requested: 0 }))?;
            v.extend(x.iter().cloned());
            v.extend(y.iter().cloned());
            drop((x, y));
            return Ok(Some(new_list_from_hvec(v)?));
        }
        (Layout::List, B::Add) if op.is_inplace() && !is_heap_type_instance(a) => {
            let items = super::iterops::collect(vm, b)?;
            list_body(a).expect("list").items.borrow_mut().extend(items);
            return Ok(Some(a.to_ref()));
        }
        (Layout::List, B::Multiply) | (Layout::Int, B::Multiply)
            if a.layout() == Layout::List || b.layout() == Layout::List =>
        {
            let (l, n) = if a.layout() == Layout::List {
                (a, b)
            } else {
                (b, a)
            };
            if let Some(n) = repeat_count(n)? {
                let items = list_body(l).expect("list").items.borrow().clone();
                check_repeat(items.len(), n)?;
                if op.is_inplace() && l.is(a) {
                    let mut dst = list_body(l).expect("list").items.borrow_mut();
                    dst.clear();
                    for _ in 0..n {
                        dst.extend(items.iter().cloned());
                    }
                    return Ok(Some(a.to_ref()));
                }
                let mut v = crate::heap::hvec();
                for _ in 0..n {
                    v.extend(items.iter().cloned());
                }
                return Ok(Some(new_list_from_hvec(v)?));
            }
        }
        (Layout::Tuple, B::Add) if b.layout() == Layout::Tuple => {
            let mut v = try_tuple_items(a).expect("tuple").to_vec();
            v.extend_from_slice(try_tuple_items(b).expect("tuple"));
            return Ok(Some(new_tuple(v)?));
        }
        (Layout::Tuple, B::Multiply) | (Layout::Int, B::Multiply)
            if a.layout() == Layout::Tuple || b.layout() == Layout::Tuple =>
        {
            let (t, n) = if a.layout() == Layout::Tuple {
                (a, b)
            } else {
                (b, a)
            };
            if let Some(n) = repeat_count(n)? {
                let items = try_tuple_items(t).expect("tuple");
                check_repeat(items.len(), n)?;
                let mut v = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    v.extend_from_slice(items);
                }
                return Ok(Some(new_tuple(v)?));
            }
        }
        (Layout::Dict, B::Or) if b.layout() == Layout::Dict => {
            let target = if op.is_inplace() {
                a.to_ref()
            } else {
                super::dictops::dict_copy(a)?
            };
            super::dictops::dict_update(vm, &target, b)?;
            return Ok(Some(target));
        }
        (Layout::Set, _) if b.layout() == Layout::Set => {
            return super::setops::set_binary(vm, plain, a, b, op.is_inplace());
        }
        (Layout::DictView, B::And | B::Or | B::Subtract | B::Xor)
        | (_, B::And | B::Or | B::Subtract | B::Xor)
            if is_set_like_view(a) || is_set_like_view(b) =>
        {
            // dict_keys / dict_items are set-like: the result is a new set.
            let sa = set_of_iterable(vm, a)?;
            let sb = set_of_iterable(vm, b)?;
            return super::setops::set_binary(vm, plain, &sa, &sb, false);
        }
        _ => {}
    }
    Ok(None)
}

/// Is `o` a `dict_keys` or `dict_items` view (set-like, unlike `dict_values`)?
fn is_set_like_view(o: &Obj) -> bool {
    o.payload::<crate::types::iter::DictViewBody>()
        .is_some_and(|v| v.kind != crate::types::iter::DictIterKind::Values)
}

fn set_of_iterable(vm: &mut Vm, o: &Obj) -> PyResult<ObjRef> {
    if o.layout() == Layout::Set {
        return Ok(o.to_ref());
    }
    let s = crate::types::dict::new_set(false)?;
    for v in super::iterops::collect(vm, o)? {
        super::setops::set_add(vm, &s, v)?;
    }
    Ok(s)
}

fn repeat_count(n: &Obj) -> PyResult<Option<usize>> {
    if n.layout() != Layout::Int {
        return Ok(None);
    }
    match int_small(n) {
        Some(v) => Ok(Some(v.max(0) as usize)),
        None => Err(super::exc::overflow_error(
            "cannot fit 'int' into an index-sized integer",
        )),
    }
}

pub(crate) fn check_repeat(len: usize, n: usize) -> PyResult<()> {
    if len.checked_mul(n).is_none_or(|t| t > (1 << 34)) {
        return Err(super::exc::new_error(&types().memory_error, ""));
    }
    Ok(())
}

/// Unary `-`, `+`, `~`.
pub fn unary_op(vm: &mut Vm, op: char, x: &Obj) -> PyResult<ObjRef> {
    if !is_heap_type_instance(x) {
        if let Some(r) = numeric::unary_numeric(op, x)? {
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
        if let Some(r) = numeric::unary_numeric(op, x)? {
            return Ok(r);
        }
    }
    Err(type_error(format!(
        "bad operand type for unary {}: '{}'",
        op,
        type_name(x)
    )))
}

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
        if let Some(r) = crate::types::dict::simple_eq(a, b) {
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
        (Layout::Int, _) | (Layout::Float, _) | (_, Layout::Int) | (_, Layout::Float)
            if numeric::as_f64(a)?.is_some() && numeric::as_f64(b)?.is_some() =>
        {
            // NaN comparisons.
            return Ok(Some(op == C::NotEqual));
        }
        (Layout::Str, Layout::Str) => {
            let (x, y) = (try_str(a).expect("str"), try_str(b).expect("str"));
            return Ok(Some(ordering_matches(op, x.cmp(y))));
        }
        (Layout::Bytes, Layout::Bytes) => {
            return Ok(super::bytesops::compare(op, a, b));
        }
        (Layout::List, Layout::List) | (Layout::Tuple, Layout::Tuple) => {
            let x = super::iterops::seq_items(a);
            let y = super::iterops::seq_items(b);
            return compare_sequences(vm, op, &x, &y).map(Some);
        }
        (Layout::Dict, Layout::Dict) if matches!(op, C::Equal | C::NotEqual) => {
            let r = super::dictops::dict_eq(vm, a, b)?;
            return Ok(Some(if op == C::Equal { r } else { !r }));
        }
        (Layout::Set, Layout::Set) => {
            return super::setops::set_compare(vm, op, a, b).map(Some);
        }
        (Layout::Range, Layout::Range) if matches!(op, C::Equal | C::NotEqual) => {
            let (x, y) = (
                a.payload::<RangeBody>().expect("range"),
                b.payload::<RangeBody>().expect("range"),
            );
            let same = x.len() == y.len()
                && (x.is_empty() || (x.start == y.start && (x.len() == 1 || x.step == y.step)));
            return Ok(Some(if op == C::Equal { same } else { !same }));
        }
        (Layout::DictView, Layout::DictView)
        | (Layout::DictView, Layout::Set)
        | (Layout::Set, Layout::DictView) => {
            if matches!(op, C::Equal | C::NotEqual) {
                let x = super::iterops::collect(vm, a)?;
                let y = super::iterops::collect(vm, b)?;
                let mut same = x.len() == y.len();
                if same {
                    for item in &x {
                        if !contains_in(vm, &y, item)? {
                            same = false;
                            break;
                        }
                    }
                }
                return Ok(Some(if op == C::Equal { same } else { !same }));
            }
        }
        _ => {}
    }
    if matches!(op, C::Equal | C::NotEqual) {
        return Ok(Some((op == C::Equal) == a.is(b)));
    }
    Ok(None)
}

pub(crate) fn contains_in(vm: &mut Vm, items: &[ObjRef], x: &Obj) -> PyResult<bool> {
    for i in items {
        if eq(vm, i, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Lexicographic comparison of two item lists.
pub fn compare_sequences(vm: &mut Vm, op: C, x: &[ObjRef], y: &[ObjRef]) -> PyResult<bool> {
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

/// `hash(o)`.
/// CPython 3.8+'s xxHash-based tuple hash of the item hashes.
pub fn tuple_hash_of(lanes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for &lane in lanes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((lanes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

pub fn hash(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    if is_builtin_value_subclass(o)
        && o.type_body()
            .has_flag(flags::CUSTOM_HASH | flags::CUSTOM_EQ)
    {
        return hash_protocol(vm, o);
    }
    hash_builtin(vm, o)
}

/// `hash(o)` by the built-in code of `o`'s layout.
pub fn hash_builtin(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    match o.layout() {
        Layout::Str => return Ok(crate::types::dict::str_hash(o)),
        Layout::Bytes if !is_heap_type_instance(o) => return Ok(super::bytesops::bytes_hash(o)),
        Layout::Int => return Ok(numeric::hash_int(o)),
        Layout::Float => return Ok(numeric::hash_float(float_value(o).expect("float"))),
        Layout::Tuple => {
            let items = try_tuple_items(o).expect("tuple");
            let mut lanes = Vec::with_capacity(items.len());
            for item in items {
                lanes.push(if item.layout() == Layout::Tuple {
                    // CPython does not count this recursion; only make sure
                    // the native stack has room for it.
                    stacker::maybe_grow(64 * 1024, 1 << 20, || hash(vm, item))?
                } else {
                    hash(vm, item)?
                });
            }
            return Ok(tuple_hash_of(&lanes));
        }
        Layout::List | Layout::Dict | Layout::Set if !is_heap_type_instance(o) => {
            if !(o.layout() == Layout::Set && o.payload::<SetBody>().is_some_and(|s| s.frozen)) {
                return Err(type_error(format!("unhashable type: '{}'", type_name(o))));
            }
            return super::setops::frozenset_hash(vm, o).map(|h| int_small(&h).unwrap_or(0));
        }
        _ => {}
    }
    hash_protocol(vm, o)
}

fn hash_protocol(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    let tb = o.type_body();
    if tb.has_flag(flags::HEAPTYPE) && tb.has_flag(flags::CUSTOM_HASH | flags::CUSTOM_EQ) {
        match lookup_str(o.ty(), "__hash__") {
            Some(h) if super::is_none(&h) => {
                return Err(type_error(format!("unhashable type: '{}'", type_name(o))));
            }
            Some(_) => {
                if let Some(r) = call_special(vm, o, "__hash__", &[])? {
                    if r.layout() != Layout::Int {
                        return Err(type_error("__hash__ method should return an integer"));
                    }
                    // As CPython: a result that fits a machine word is
                    // the hash (-1 being reserved for errors becomes -2).
                    return Ok(match int_small(&r) {
                        Some(-1) => -2,
                        Some(v) => v,
                        None => numeric::hash_int(&r),
                    });
                }
            }
            None => {}
        }
    }
    if is_builtin_value_subclass(o) {
        return hash_builtin(vm, o);
    }
    // Identity hash: CPython rotates the address by 4 bits.
    let id = o.id() as u64;
    Ok(id.rotate_right(4) as i64)
}

/// `str(o)` as a str object.
pub fn str_of(vm: &mut Vm, o: &Obj) -> PyResult<ObjRef> {
    if o.layout() == Layout::Str && o.ty().is(&types().str) {
        return Ok(o.to_ref());
    }
    if is_heap_type_instance(o) {
        if let Some(f) = lookup_str(o.ty(), "__str__") {
            if !is_object_slot(&f) {
                let r = call_special(vm, o, "__str__", &[])?.expect("found");
                if r.layout() != Layout::Str {
                    return Err(type_error(format!(
                        "__str__ returned non-string (type {})",
                        type_name(&r)
                    )));
                }
                return Ok(r);
            }
        }
    }
    match o.layout() {
        Layout::Exception => super::repr::exception_str(vm, o),
        Layout::Str => Ok(new_str(try_str(o).expect("str"))?),
        _ => repr(vm, o),
    }
}

/// Is `f` one of `object`'s own slot wrappers (so a class did not override
/// the method)?
pub fn is_object_slot(f: &Obj) -> bool {
    f.payload::<crate::types::func::BuiltinBody>()
        .is_some_and(|b| b.owner == "object" || b.owner == "BaseException")
}

/// `repr(o)` as a str object.
pub fn repr(vm: &mut Vm, o: &Obj) -> PyResult<ObjRef> {
    if is_heap_type_instance(o) {
        if let Some(f) = lookup_str(o.ty(), "__repr__") {
            if !is_object_slot(&f) {
                let r = call_special(vm, o, "__repr__", &[])?.expect("found");
                if r.layout() != Layout::Str {
                    return Err(type_error(format!(
                        "__repr__ returned non-string (type {})",
                        type_name(&r)
                    )));
                }
                return Ok(r);
            }
        }
    }
    let s = if matches!(
        o.layout(),
        Layout::List | Layout::Tuple | Layout::Dict | Layout::Set | Layout::DictView
    ) {
        // Containers recurse: count the depth like CPython's
        // Py_EnterRecursiveCall so a deeply nested list is a RecursionError.
        recursive(vm, " while getting the repr of an object", |vm| {
            super::repr::repr_builtin(vm, o)
        })?
    } else {
        super::repr::repr_builtin(vm, o)?
    };
    Ok(new_str(&s)?)
}

/// Runs `f` one level deeper in the recursion count (CPython's
/// `Py_EnterRecursiveCall(where)`), so deep recursion through built-in
/// operations is a RecursionError, never a native stack overflow.
pub fn recursive<R>(
    vm: &mut Vm,
    where_: &str,
    f: impl FnOnce(&mut Vm) -> PyResult<R>,
) -> PyResult<R> {
    if vm.recursion_depth >= vm.recursion_limit {
        return Err(super::exc::recursion_error(format!(
            "maximum recursion depth exceeded{where_}"
        )));
    }
    super::call::with_recursion_guard(vm, f)
}

/// `repr(o)` as Rust text.
pub fn repr_string(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    let r = repr(vm, o)?;
    Ok(try_str(&r).expect("str").to_string())
}

/// `str(o)` as Rust text.
pub fn str_string(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    let r = str_of(vm, o)?;
    Ok(try_str(&r).expect("str").to_string())
}

/// An index for `seq[i]`: normalises negatives; errors like CPython.
pub fn seq_index(i: &Obj, len: usize, what: &str) -> PyResult<usize> {
    let v = super::convert::index_value(i).map_err(|_| {
        type_error(format!(
            "{what} indices must be integers or slices, not {}",
            type_name(i)
        ))
    })?;
    let n = len as i64;
    let j = if v < 0 { v + n } else { v };
    if j < 0 || j >= n {
        return Err(index_error(format!("{what} index out of range")));
    }
    Ok(j as usize)
}

pub fn new_index(i: usize) -> PyResult<ObjRef> {
    Ok(new_int(i as i64)?)
}

pub fn dict_payload(o: &Obj) -> &DictBody {
    dict_body(o).expect("dict")
}
