//! `range`: start, stop and step in one block, its constructor, indexing,
//! `index`/`count`, `==`, `in` without iterating, repr, and its iterator
//! (layout, `iter()`, `next()`).

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::exception::{index_error, type_error, value_error};
use crate::objects::function::builtin;
use crate::objects::function::builtin::BuiltinKind;
use crate::objects::int::{int_small, new_int};
use crate::objects::registry::types;
use crate::objects::slice::{slice_indices, SliceBody};
use crate::objects::typeobject::construct::TypeCall;
use crate::objects::{Layout, Traverse, VarSize};
use crate::protocol::convert::{check_args, index_value, no_kwargs};
use crate::protocol::object::type_name;
use crate::protocol::{repr, subscript};
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

/// `range(start, stop, step)` with machine-word bounds.
pub struct RangeBody {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// The number of items, computed once as CPython's `rangeobject`
    /// keeps it (which also gives the object CPython's 48 bytes).
    pub length: i64,
}
impl Traverse for RangeBody {}
impl VarSize for RangeBody {}

impl RangeBody {
    pub fn new(start: i64, stop: i64, step: i64) -> RangeBody {
        let mut r = RangeBody {
            start,
            stop,
            step,
            length: 0,
        };
        r.length = r.compute_len();
        r
    }

    pub fn len(&self) -> i64 {
        self.length
    }

    fn compute_len(&self) -> i64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        n as i64
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn item(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

pub struct RangeIterBody {
    pub next: Cell<i64>,
    pub step: i64,
    pub remaining: Cell<i64>,
    /// The range's start, as CPython's rangeiterobject keeps it (its four
    /// words make the 48 bytes `sys.getsizeof` reports).
    pub start: i64,
}
impl Traverse for RangeIterBody {}
impl VarSize for RangeIterBody {}

pub fn range_getitem(_vm: &mut Vm, r: &Obj, key: &Obj) -> PyResult<ObjRef> {
    let rb = r.payload::<RangeBody>().expect("range");
    let n = rb.len();
    if let Some(s) = key.payload::<SliceBody>() {
        let (start, stop, step) = slice_indices(s, n as usize)?;
        let nr = RangeBody::new(rb.item(start), rb.item(stop), rb.step * step);
        return Ok(alloc_object(&types().range, nr, 0)?);
    }
    let v = index_value(key).map_err(|e| {
        // An int beyond 64 bits is simply out of range (CPython computes
        // with ints of any size here).
        if e.0.ty().is(&types().overflow_error) {
            return index_error("range object index out of range");
        }
        type_error(format!(
            "range indices must be integers or slices, not {}",
            type_name(key)
        ))
    })?;
    let i = if v < 0 { v + n } else { v };
    if i < 0 || i >= n {
        return Err(index_error("range object index out of range"));
    }
    Ok(new_int(rb.item(i))?)
}

fn range_index(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("index", &args[1..], 1, 1)?;
    let r = args[0]
        .payload::<RangeBody>()
        .ok_or_else(|| type_error("range.index needs a range"))?;
    if subscript::contains(vm, &args[0], &args[1])? {
        let v = index_value(&args[1])?;
        return Ok(new_int((v - r.start) / r.step)?);
    }
    let s = repr::repr_string(vm, &args[1])?;
    Err(value_error(format!("{s} is not in range")))
}

fn range_count(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("count", &args[1..], 1, 1)?;
    Ok(new_int(subscript::contains(vm, &args[0], &args[1])? as i64)?)
}

/// `repr(range)`: `range(0, 3)`, the step only when it is not 1.
pub(crate) fn range_repr(o: &Obj) -> String {
    let r = o.payload::<RangeBody>().expect("range");
    if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }
}

/// `range(stop)`, `range(start, stop[, step])`.
pub(crate) fn range_new(_vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let t = types();
    let (pos, _) = call.split();
    no_kwargs("range", call.kwnames)?;
    check_args("range", pos, 1, 3)?;
    let vals: Vec<i64> = pos
        .iter()
        .map(|v| index_value(v))
        .collect::<PyResult<_>>()?;
    let (start, stop, step) = match vals.len() {
        1 => (0, vals[0], 1),
        2 => (vals[0], vals[1], 1),
        _ => (vals[0], vals[1], vals[2]),
    };
    if step == 0 {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(alloc_object(
        &t.range,
        RangeBody::new(start, stop, step),
        0,
    )?)
}

/// Puts this type's built-in methods into its namespace (at start-up).
pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    let m = BuiltinKind::Method;
    builtin::install(
        &t.range,
        "range",
        &[("index", range_index), ("count", range_count)],
        m,
    )?;
    Ok(())
}

/// `next()` of a range iterator: the next int, computed, not stored.
pub(crate) fn range_iter_next(_vm: &mut Vm, it: &Obj) -> PyResult<Option<ObjRef>> {
    let r = it.payload::<RangeIterBody>().expect("range iterator");
    match range_iter_step(r) {
        Some(v) => Ok(Some(new_int(v)?)),
        None => Ok(None),
    }
}

/// Advances a range iterator: the next value, or `None` when exhausted.
/// The dispatch loop's FOR_ITER calls it directly (CPython's
/// FOR_ITER_RANGE) and boxes the value itself.
#[inline(always)]
pub(crate) fn range_iter_step(r: &RangeIterBody) -> Option<i64> {
    let left = r.remaining.get();
    if left <= 0 {
        return None;
    }
    r.remaining.set(left - 1);
    let v = r.next.get();
    r.next.set(v.wrapping_add(r.step));
    Some(v)
}

/// `range == range`: equal when they produce the same ints (CPython's
/// `range_equals`), whatever the start, stop and step that say so.
pub(crate) fn range_eq(a: &Obj, b: &Obj) -> bool {
    let (x, y) = (
        a.payload::<RangeBody>().expect("range"),
        b.payload::<RangeBody>().expect("range"),
    );
    x.len() == y.len()
        && (x.is_empty() || (x.start == y.start && (x.len() == 1 || x.step == y.step)))
}

/// `int in range` computed without iterating; `None` for anything else
/// (which is then compared item by item, as CPython does).
pub(crate) fn range_contains(range: &Obj, item: &Obj) -> Option<bool> {
    let r = range.payload::<RangeBody>().expect("range");
    let v = int_small(item).filter(|_| item.layout() == Layout::Int)?;
    let inside = if r.step > 0 {
        v >= r.start && v < r.stop
    } else {
        v <= r.start && v > r.stop
    };
    Some(inside && (v - r.start) % r.step == 0)
}

/// `iter(range)`: a range iterator that computes its ints.
pub(crate) fn range_iter(o: &Obj) -> PyResult<ObjRef> {
    let r = o.payload::<RangeBody>().expect("range");
    Ok(alloc_object(
        &types().range_iterator,
        RangeIterBody {
            next: Cell::new(r.start),
            step: r.step,
            remaining: Cell::new(r.len()),
            start: r.start,
        },
        0,
    )?)
}
