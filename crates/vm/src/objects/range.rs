//! `range` as CPython's Objects/rangeobject.c: start, stop, step and length
//! in one block, its constructor, indexing and slicing, `index`/`count`,
//! `==` and `hash`, `in` without iterating, repr, `reversed()`, and its two iterators
//! (`range_iterator` over machine words, `longrange_iterator` over ints of
//! any size).
//!
//! The four numbers are int objects of any size, as CPython's (so
//! `range(1000)` takes its length's int block, and refers to the 1000 it
//! was given). Loops, indexing and `in` read them as machine words when
//! all four fit ([`SmallRange`]); other ranges compute with big integers.

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::memory::slot::ObjSlot;
use crate::objects::exception::{index_error, overflow_error, type_error, value_error};
use crate::objects::function::builtin;
use crate::objects::function::builtin::BuiltinKind;
use crate::objects::int::{int_repr_checked, int_small, new_bigint, new_int, to_bigint};
use crate::objects::registry::types;
use crate::objects::slice::{slice_long_indices, SliceBody};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobject::construct::TypeCall;
use crate::objects::typeobject::lookup_str;
use crate::objects::{Layout, Traverse, VarSize};
use crate::protocol::convert::{check_args, no_kwargs, number_index};
use crate::protocol::object::{is_heap_type_instance, type_name};
use crate::protocol::{compare, iter, repr};
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cell::Cell;
use std::num::NonZeroI64;

/// `range(start, stop, step)`: CPython's four words, the int objects of
/// its start, stop, step and length (the arguments themselves when they
/// are exact ints, the small ints cached in the `cpython311` profile).
pub struct RangeBody {
    parts: [ObjRef; 4],
}

/// Which form a range's numbers have.
pub enum RangeView<'a> {
    /// All four fit in 64 bits.
    Small(SmallRange),
    /// Start, stop, step and length as int objects.
    Big(&'a [ObjRef; 4]),
}

/// A range's numbers as machine words, read from its int objects.
#[derive(Clone, Copy)]
pub struct SmallRange {
    pub start: i64,
    pub stop: i64,
    pub step: NonZeroI64,
    length: i64,
}

const _: () = assert!(std::mem::size_of::<RangeBody>() == 32);

impl RangeBody {
    fn new(parts: [ObjRef; 4]) -> RangeBody {
        RangeBody { parts }
    }

    /// The range's numbers, as machine words when they all fit.
    #[inline]
    pub fn view(&self) -> RangeView<'_> {
        let p = &self.parts;
        let step = int_small(&p[2]).and_then(NonZeroI64::new);
        match (int_small(&p[0]), int_small(&p[1]), step, int_small(&p[3])) {
            (Some(start), Some(stop), Some(step), Some(length)) => RangeView::Small(SmallRange {
                start,
                stop,
                step,
                length,
            }),
            _ => RangeView::Big(p),
        }
    }
}

impl Traverse for RangeBody {}
impl VarSize for RangeBody {}

impl SmallRange {
    #[inline]
    pub fn step(&self) -> i64 {
        self.step.get()
    }

    #[inline]
    pub fn length(&self) -> i64 {
        self.length
    }
}

/// The number of ints in `range(lo, hi, step)` (CPython's
/// `compute_range_length`).
fn small_len(lo: i64, hi: i64, step: i64) -> i128 {
    // CPython's `get_len_of_range`: the distance between two i64s fits a
    // u64, so unsigned word arithmetic is exact (no 128-bit division), and
    // a step of 1 needs no division at all.
    let (distance, step) = if step > 0 && lo < hi {
        ((hi as u64).wrapping_sub(lo as u64), step as u64)
    } else if step < 0 && lo > hi {
        ((lo as u64).wrapping_sub(hi as u64), step.unsigned_abs())
    } else {
        return 0;
    };
    let rest = if step == 1 {
        distance - 1
    } else {
        (distance - 1) / step
    };
    rest as i128 + 1
}

fn big_len(lo: &BigInt, hi: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() && lo < hi {
        (hi - lo - 1u32) / step + 1u32
    } else if step.is_negative() && lo > hi {
        (lo - hi - 1u32) / (-step) + 1u32
    } else {
        BigInt::zero()
    }
}

/// The range's body (the caller knows `o` is a range).
fn body(o: &Obj) -> &RangeBody {
    o.payload::<RangeBody>().expect("range")
}

/// The word-sized form of a range, if it has one.
#[inline]
pub fn small_range(o: &Obj) -> Option<SmallRange> {
    match o.payload::<RangeBody>()?.view() {
        RangeView::Small(s) => Some(s),
        RangeView::Big(_) => None,
    }
}

/// Start, stop, step and length as big integers.
fn big_parts(r: &RangeBody) -> [BigInt; 4] {
    match r.view() {
        RangeView::Small(s) => [
            BigInt::from(s.start),
            BigInt::from(s.stop),
            BigInt::from(s.step()),
            BigInt::from(s.length()),
        ],
        RangeView::Big(items) => std::array::from_fn(|i| to_bigint(&items[i]).expect("int")),
    }
}

/// Start, stop, step and length as int objects.
fn part_objects(r: &RangeBody) -> PyResult<[ObjRef; 4]> {
    Ok(match r.view() {
        RangeView::Small(s) => [
            new_int(s.start)?,
            new_int(s.stop)?,
            new_int(s.step())?,
            new_int(s.length())?,
        ],
        RangeView::Big(items) => items.clone(),
    })
}

/// A new range object (`step` is not zero), holding four new ints.
fn make_range(start: BigInt, stop: BigInt, step: BigInt) -> PyResult<ObjRef> {
    if step.is_zero() {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    let length = big_len(&start, &stop, &step);
    let body = RangeBody::new([
        new_bigint(&start)?,
        new_bigint(&stop)?,
        new_bigint(&step)?,
        new_bigint(&length)?,
    ]);
    Ok(alloc_object(&types().range, body, 0)?)
}

/// `len(range)`: an OverflowError beyond a machine word, as CPython's
/// `range_length`.
pub fn range_len(o: &Obj) -> PyResult<usize> {
    match body(o).view() {
        RangeView::Small(s) => Ok(s.length() as usize),
        RangeView::Big(_) => big_parts(body(o))[3]
            .to_i64()
            .map(|n| n as usize)
            .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// `bool(range)`.
pub fn range_is_empty(o: &Obj) -> bool {
    match body(o).view() {
        RangeView::Small(s) => s.length() == 0,
        RangeView::Big(items) => int_small(&items[3]) == Some(0),
    }
}

/// `range.start`, `.stop` and `.step`.
pub(crate) fn range_attr(o: &Obj, name: &str) -> PyResult<Option<ObjRef>> {
    let i = match name {
        "start" => 0,
        "stop" => 1,
        "step" => 2,
        _ => return Ok(None),
    };
    let parts = part_objects(body(o))?;
    Ok(Some(parts[i].clone()))
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

/// CPython's `longrangeiterobject`: the iterator of a range beyond
/// machine words, with ints of any size; four words after the header (48
/// bytes, as CPython 3.11's `__basicsize__`), not GC-tracked.
pub struct LongRangeIterBody {
    /// The next value (always set).
    pub start: ObjSlot,
    pub step: ObjRef,
    /// How many values are left (always set).
    pub len: ObjSlot,
    /// The fourth word of CPython 3.11's object, kept for its size.
    _layout_parity: usize,
}
impl Traverse for LongRangeIterBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.step);
        self.start.visit(visit);
        self.len.visit(visit);
    }
}
impl VarSize for LongRangeIterBody {}

/// `_PyIndex_Check`: an int, or an instance whose class has `__index__`.
fn has_index(o: &Obj) -> bool {
    o.layout() == Layout::Int
        || (is_heap_type_instance(o) && lookup_str(o.ty(), "__index__").is_some())
}

/// `range[i]` and `range[slice]` (CPython's `range_subscript`).
pub fn range_getitem(vm: &mut Vm, r: &Obj, key: &Obj) -> PyResult<ObjRef> {
    if let (RangeView::Small(s), Some(i)) = (body(r).view(), int_small(key)) {
        let i = if i < 0 {
            i as i128 + s.length() as i128
        } else {
            i as i128
        };
        if i < 0 || i >= s.length() as i128 {
            return Err(index_error("range object index out of range"));
        }
        // Inside the range, so between start and stop: no overflow.
        return Ok(new_int((s.start as i128 + i * s.step() as i128) as i64)?);
    }
    if let Some(sl) = key.payload::<SliceBody>() {
        let [start, _, step, length] = big_parts(body(r));
        let (i, j, k) = slice_long_indices(vm, sl, &length)?;
        let new_start = &start + i * &step;
        let new_stop = &start + j * &step;
        return make_range(new_start, new_stop, step * k);
    }
    if !has_index(key) {
        return Err(type_error(format!(
            "range indices must be integers or slices, not {}",
            type_name(key)
        )));
    }
    let i = to_bigint(&*number_index(vm, key)?).expect("int");
    let [start, _, step, length] = big_parts(body(r));
    let i = if i.is_negative() { i + &length } else { i };
    if i.is_negative() || i >= length {
        return Err(index_error("range object index out of range"));
    }
    Ok(new_bigint(&(start + i * step))?)
}

/// Is `item` an exact int or a bool (what CPython's range searches by
/// arithmetic rather than by comparing items)?
fn is_exact_int(item: &Obj) -> bool {
    let t = types();
    item.ty().is(&t.int) || item.ty().is(&t.bool)
}

/// CPython's `range_contains_long`.
fn contains_int(r: &RangeBody, v: &BigInt) -> bool {
    let [start, stop, step, _] = big_parts(r);
    let inside = if step.is_positive() {
        &start <= v && v < &stop
    } else {
        &stop < v && v <= &start
    };
    inside && ((v - &start) % &step).is_zero()
}

fn range_index(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("index", &args[1..], 1, 1)?;
    if args[0].payload::<RangeBody>().is_none() {
        return Err(type_error("range.index needs a range"));
    }
    let (r, ob) = (body(&args[0]), &args[1]);
    if !is_exact_int(ob) {
        // `_PySequence_IterSearch(PY_ITERSEARCH_INDEX)`.
        let it = iter::get_iter(vm, &args[0])?;
        let mut i: i64 = 0;
        while let Some(v) = iter::next(vm, &it)? {
            if compare::eq(vm, &v, ob)? {
                return Ok(new_int(i)?);
            }
            i += 1;
        }
        return Err(value_error("sequence.index(x): x not in sequence"));
    }
    let v = to_bigint(ob).expect("int");
    if contains_int(r, &v) {
        let [start, _, step, _] = big_parts(r);
        return Ok(new_bigint(&num_integer::Integer::div_floor(
            &(v - start),
            &step,
        ))?);
    }
    let s = repr::repr_string(vm, ob)?;
    Err(value_error(format!("{s} is not in range")))
}

fn range_count(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("count", &args[1..], 1, 1)?;
    if args[0].payload::<RangeBody>().is_none() {
        return Err(type_error("range.count needs a range"));
    }
    let ob = &args[1];
    if is_exact_int(ob) {
        let v = to_bigint(ob).expect("int");
        return Ok(new_int(contains_int(body(&args[0]), &v) as i64)?);
    }
    // `_PySequence_IterSearch(PY_ITERSEARCH_COUNT)`.
    let it = iter::get_iter(vm, &args[0])?;
    let mut n: i64 = 0;
    while let Some(v) = iter::next(vm, &it)? {
        if compare::eq(vm, &v, ob)? {
            n += 1;
        }
    }
    Ok(new_int(n)?)
}

/// `repr(range)`: `range(0, 3)`, the step only when it is not 1.
pub(crate) fn range_repr(o: &Obj) -> PyResult<String> {
    if let Some(r) = small_range(o) {
        return Ok(if r.step() == 1 {
            format!("range({}, {})", r.start, r.stop)
        } else {
            format!("range({}, {}, {})", r.start, r.stop, r.step())
        });
    }
    let [start, stop, step, _] = part_objects(body(o))?;
    let (a, b) = (int_repr_checked(&start)?, int_repr_checked(&stop)?);
    if int_small(&step) == Some(1) {
        Ok(format!("range({a}, {b})"))
    } else {
        Ok(format!("range({a}, {b}, {})", int_repr_checked(&step)?))
    }
}

/// `range(stop)`, `range(start, stop[, step])`: each argument through
/// `__index__`, of any size.
pub(crate) fn range_new(vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let t = types();
    let (pos, _) = call.split();
    no_kwargs("range", call.kwnames)?;
    check_args("range", pos, 1, 3)?;
    // The common case: word-sized ints, with no object made.
    let word = |v: &ObjRef| int_small(v).filter(|_| v.layout() == Layout::Int);
    let words = match pos {
        [b] => word(b).map(|b| (0, b, 1)),
        [a, b] => word(a).zip(word(b)).map(|(a, b)| (a, b, 1)),
        [a, b, c] => match (word(a), word(b), word(c)) {
            (Some(a), Some(b), Some(c)) => Some((a, b, c)),
            _ => None,
        },
        _ => None,
    };
    if let Some((a, b, c)) = words {
        let Some(step) = NonZeroI64::new(c) else {
            return Err(value_error("range() arg 3 must not be zero"));
        };
        if let Ok(length) = i64::try_from(small_len(a, b, c)) {
            // CPython's `range_from_array`: the arguments themselves
            // (`PyNumber_Index` of an exact int), cached 0 and 1 for the
            // ones not given, and a new length.
            let keep = |v: &ObjRef, n: i64| -> PyResult<ObjRef> {
                if v.ty().is(&t.int) {
                    Ok(v.clone())
                } else {
                    Ok(new_int(n)?)
                }
            };
            let (start, stop, step_obj) = match pos {
                [s] => (new_int(0)?, keep(s, b)?, new_int(1)?),
                [s, e] => (keep(s, a)?, keep(e, b)?, new_int(1)?),
                [s, e, k] => (keep(s, a)?, keep(e, b)?, keep(k, step.get())?),
                _ => return Err(type_error("range expected at most 3 arguments")),
            };
            let body = RangeBody::new([start, stop, step_obj, new_int(length)?]);
            return Ok(alloc_object(&t.range, body, 0)?);
        }
    }
    let mut vals = Vec::with_capacity(3);
    for v in pos {
        vals.push(to_bigint(&*number_index(vm, v)?).expect("int"));
    }
    let (start, stop, step) = match vals.len() {
        1 => (BigInt::zero(), vals.swap_remove(0), BigInt::one()),
        2 => {
            let stop = vals.pop().expect("two");
            (vals.pop().expect("two"), stop, BigInt::one())
        }
        _ => {
            let step = vals.pop().expect("three");
            let stop = vals.pop().expect("three");
            (vals.pop().expect("three"), stop, step)
        }
    };
    if step.is_zero() {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    make_range(start, stop, step)
}

/// Puts this type's built-in methods into its namespace (at start-up).
pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    let m = BuiltinKind::Method;
    builtin::install(
        &t.range,
        "range",
        &[
            ("index", range_index),
            ("count", range_count),
            ("__reversed__", range_reversed_m),
        ],
        m,
    )?;
    for ty in [&t.range_iterator, &t.longrange_iterator] {
        builtin::install(
            ty,
            "iterator",
            &[("__length_hint__", iter_length_hint_m)],
            m,
        )?;
    }
    Ok(())
}

/// How many values a range iterator has left (its `__length_hint__`), as
/// an int of any size; `None` for any other object.
fn iter_left(o: &Obj) -> PyResult<Option<ObjRef>> {
    if let Some(r) = o.payload::<RangeIterBody>() {
        return Ok(Some(new_int(r.remaining.get().max(0))?));
    }
    if let Some(r) = o.payload::<LongRangeIterBody>() {
        return match r.len.get() {
            Some(n) => Ok(Some(n)),
            None => Ok(Some(new_int(0)?)),
        };
    }
    Ok(None)
}

/// `range_iterator.__length_hint__()` and `longrange_iterator`'s.
fn iter_length_hint_m(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__length_hint__", &args[1..], 0, 0)?;
    iter_left(&args[0])?.ok_or_else(|| type_error("__length_hint__ needs a range iterator"))
}

/// The length hint `list()`, `tuple()`, `sorted()` and `bytes()` take from a
/// range iterator before its first item (CPython's `PyObject_LengthHint`):
/// `None` for other objects, an OverflowError beyond a machine word.
pub(crate) fn range_iter_hint(o: &Obj) -> PyResult<Option<usize>> {
    let Some(n) = iter_left(o)? else {
        return Ok(None);
    };
    let n = to_bigint(&n).expect("int");
    n.to_i64()
        .map(|n| Some(n.max(0) as usize))
        .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
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

/// `next()` of a `longrange_iterator`.
pub(crate) fn long_range_iter_next(_vm: &mut Vm, it: &Obj) -> PyResult<Option<ObjRef>> {
    let r = it
        .payload::<LongRangeIterBody>()
        .expect("longrange iterator");
    let (Some(len), Some(cur)) = (r.len.get(), r.start.get()) else {
        return Ok(None);
    };
    let len = to_bigint(&len).expect("int");
    if !len.is_positive() {
        return Ok(None);
    }
    let next = to_bigint(&cur).expect("int") + to_bigint(&r.step).expect("int");
    let next = new_bigint(&next)?;
    let left = new_bigint(&(len - 1u32))?;
    r.start.set(Some(next));
    r.len.set(Some(left));
    Ok(Some(cur))
}

/// `hash(range)` (CPython's `range_hash`): the hash of `(len, start,
/// step)`, with None for the start of an empty range and for the step of
/// a range of one item, so equal ranges hash alike.
pub(crate) fn range_hash(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    let [start, _, step, length] = part_objects(body(o))?;
    let none = || types().none.clone();
    let t = match int_small(&length) {
        Some(0) => new_tuple(vec![length, none(), none()])?,
        Some(1) => new_tuple(vec![length, start, none()])?,
        _ => new_tuple(vec![length, start, step])?,
    };
    crate::protocol::hash::hash(vm, &t)
}

/// `range == range`: equal when they produce the same ints (CPython's
/// `range_equals`), whatever the start, stop and step that say so.
pub(crate) fn range_eq(a: &Obj, b: &Obj) -> bool {
    if let (Some(x), Some(y)) = (small_range(a), small_range(b)) {
        return x.length() == y.length()
            && (x.length() == 0 || (x.start == y.start && (x.length() == 1 || x.step == y.step)));
    }
    let ([xs, _, xk, xn], [ys, _, yk, yn]) = (big_parts(body(a)), big_parts(body(b)));
    xn == yn && (xn.is_zero() || (xs == ys && (xn.is_one() || xk == yk)))
}

/// `int in range` computed without iterating; `None` for anything else
/// (which is then compared item by item, as CPython does).
pub(crate) fn range_contains(range: &Obj, item: &Obj) -> Option<bool> {
    if item.layout() != Layout::Int {
        return None;
    }
    if let (Some(r), Some(v)) = (small_range(range), int_small(item)) {
        let (start, stop, step) = (r.start as i128, r.stop as i128, r.step() as i128);
        let v = v as i128;
        let inside = if step > 0 {
            v >= start && v < stop
        } else {
            v <= start && v > stop
        };
        return Some(inside && (v - start) % step == 0);
    }
    Some(contains_int(body(range), &to_bigint(item)?))
}

fn fast_range_iter(start: i64, step: i64, len: i64) -> PyResult<ObjRef> {
    Ok(alloc_object(
        &types().range_iterator,
        RangeIterBody {
            next: Cell::new(start),
            step,
            remaining: Cell::new(len),
            start,
        },
        0,
    )?)
}

fn long_range_iter(start: BigInt, step: BigInt, len: BigInt) -> PyResult<ObjRef> {
    Ok(alloc_object(
        &types().longrange_iterator,
        LongRangeIterBody {
            start: ObjSlot::new(Some(new_bigint(&start)?)),
            step: new_bigint(&step)?,
            len: ObjSlot::new(Some(new_bigint(&len)?)),
            _layout_parity: 0,
        },
        0,
    )?)
}

/// `iter(range)` (CPython's `range_iter`): a `range_iterator` when the
/// values and one step past the last fit in a machine word, else a
/// `longrange_iterator`.
pub(crate) fn range_iter(o: &Obj) -> PyResult<ObjRef> {
    if let Some(r) = small_range(o) {
        let (stop, step) = (r.stop, r.step());
        let fits = r.length() == 0
            || if step > 0 {
                stop <= i64::MAX - (step - 1)
            } else {
                stop >= i64::MIN + (-1 - step)
            };
        if fits {
            return fast_range_iter(r.start, step, r.length());
        }
    }
    let [start, _, step, len] = big_parts(body(o));
    long_range_iter(start, step, len)
}

/// `reversed(range)` (CPython's `range_reverse`): the same ints from the
/// last, as `range(start + (n-1)*step, start - step, -step)`.
pub(crate) fn range_reversed(o: &Obj) -> PyResult<ObjRef> {
    if let Some(r) = small_range(o) {
        let (start, step) = (r.start, r.step());
        let new_stop = if step == i64::MIN {
            None
        } else {
            start.checked_sub(step)
        };
        if let Some(new_stop) = new_stop {
            // Wraps as CPython's unsigned arithmetic does; the value is
            // the last item, which fits.
            let new_start = new_stop.wrapping_add(r.length().wrapping_mul(step));
            return fast_range_iter(new_start, -step, r.length());
        }
    }
    let [start, _, step, len] = big_parts(body(o));
    let last = start + (&len - 1u32) * &step;
    long_range_iter(last, -step, len)
}

/// `range.__reversed__()`.
fn range_reversed_m(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__reversed__", &args[1..], 0, 0)?;
    if args[0].payload::<RangeBody>().is_none() {
        return Err(type_error("range.__reversed__ needs a range"));
    }
    range_reversed(&args[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_lengths() {
        assert_eq!(small_len(0, 10, 3), 4);
        assert_eq!(small_len(10, 0, -3), 4);
        assert_eq!(small_len(0, 0, 1), 0);
        assert_eq!(small_len(i64::MIN, i64::MAX, 1), u64::MAX as i128);
        assert_eq!(small_len(i64::MAX, i64::MIN, -1), u64::MAX as i128);
        assert_eq!(small_len(i64::MIN, i64::MAX, i64::MAX), 3);
        assert_eq!(small_len(i64::MAX, i64::MIN, i64::MIN), 2);
        assert_eq!(small_len(-5, 5, 1), 10);
        assert_eq!(small_len(5, -5, 1), 0);
    }

    #[test]
    fn big_lengths_agree() {
        for (a, b, c) in [(0i64, 10i64, 3i64), (10, 0, -3), (5, 5, 2), (-7, 8, 5)] {
            let n = big_len(&BigInt::from(a), &BigInt::from(b), &BigInt::from(c));
            assert_eq!(n, BigInt::from(small_len(a, b, c)));
        }
    }
}
