//! `slice`: start, stop and step objects, `slice(...)`, `indices()`, and
//! the index arithmetic every sliceable type uses (CPython's
//! `PySlice_Unpack` and `PySlice_AdjustIndices`).

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::builtin;
use crate::objects::function::builtin::BuiltinKind;
use crate::objects::int::new_bigint;
use crate::objects::registry::types;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobject::construct::TypeCall;
use crate::objects::{singletons, Layout, Traverse, VarSize};
use crate::protocol::convert::{check_args, index_value};
use crate::protocol::repr::repr_string;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

/// `slice(start, stop, step)`; absent parts are None.
pub struct SliceBody {
    pub start: ObjRef,
    pub stop: ObjRef,
    pub step: ObjRef,
}
impl Traverse for SliceBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.start);
        visit(&self.stop);
        visit(&self.step);
    }
}
impl VarSize for SliceBody {}

pub fn new_slice(start: ObjRef, stop: ObjRef, step: ObjRef) -> PyResult<ObjRef> {
    Ok(alloc_object(
        &types().slice,
        SliceBody { start, stop, step },
        0,
    )?)
}

/// `slice.indices(len)`: (start, stop, step) clamped as CPython does.
pub fn slice_indices(s: &SliceBody, len: usize) -> PyResult<(i64, i64, i64)> {
    let get = |o: &Obj| -> PyResult<Option<i64>> {
        if singletons::is_none(o) {
            Ok(None)
        } else {
            match index_value(o) {
                Ok(v) => Ok(Some(v)),
                // `_PyEval_SliceIndex` clamps an int beyond a machine word.
                Err(_) if o.layout() == Layout::Int => Ok(Some(
                    if crate::objects::int::to_bigint(o)
                        .is_some_and(|b| b.sign() == num_bigint::Sign::Minus)
                    {
                        i64::MIN / 2
                    } else {
                        i64::MAX / 2
                    },
                )),
                Err(_) => Err(type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        }
    };
    let step = get(&s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let n = len as i64;
    let (lo_def, hi_def) = if step < 0 { (n - 1, -1) } else { (0, n) };
    let clamp = |v: i64| -> i64 {
        if v < 0 {
            let v = v + n;
            if v < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                v
            }
        } else if v >= n {
            if step < 0 {
                n - 1
            } else {
                n
            }
        } else {
            v
        }
    };
    let start = get(&s.start)?.map(clamp).unwrap_or(lo_def);
    let stop = get(&s.stop)?.map(clamp).unwrap_or(hi_def);
    Ok((start, stop, step))
}

/// CPython's `_PySlice_GetLongIndices`: start, stop and step for a
/// sequence of `length` items, with ints of any size (`range` slicing and
/// `slice.indices`).
pub fn slice_long_indices(
    vm: &mut Vm,
    s: &SliceBody,
    length: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    // `evaluate_slice_index`.
    let index = |vm: &mut Vm, o: &Obj| -> PyResult<BigInt> {
        let heap_index = crate::protocol::object::is_heap_type_instance(o)
            && crate::objects::typeobject::lookup_str(o.ty(), "__index__").is_some();
        if o.layout() != Layout::Int && !heap_index {
            return Err(type_error(
                "slice indices must be integers or None or have an __index__ method",
            ));
        }
        let v = crate::protocol::convert::number_index(vm, o)?;
        Ok(crate::objects::int::to_bigint(&v).expect("int"))
    };
    let step = if singletons::is_none(&s.step) {
        BigInt::one()
    } else {
        let step = index(vm, &s.step)?;
        if step.is_zero() {
            return Err(value_error("slice step cannot be zero"));
        }
        step
    };
    let (lower, upper) = if step.is_negative() {
        (BigInt::from(-1), length - 1u32)
    } else {
        (BigInt::zero(), length.clone())
    };
    let clamp = |vm: &mut Vm, o: &Obj, default: &BigInt| -> PyResult<BigInt> {
        if singletons::is_none(o) {
            return Ok(default.clone());
        }
        let v = index(vm, o)?;
        Ok(if v.is_negative() {
            (v + length).max(lower.clone())
        } else {
            v.min(upper.clone())
        })
    };
    let (start_default, stop_default) = if step.is_negative() {
        (upper.clone(), lower.clone())
    } else {
        (lower.clone(), upper.clone())
    };
    let start = clamp(vm, &s.start, &start_default)?;
    let stop = clamp(vm, &s.stop, &stop_default)?;
    Ok((start, stop, step))
}

/// The indices a slice selects, computed as they are taken (CPython's
/// `PySlice_AdjustIndices` length and a start/step walk): slicing a list,
/// tuple or str copies straight into the new object, with no index vector.
#[derive(Clone)]
pub struct SlicePositions {
    next: i64,
    step: i64,
    left: usize,
}

impl Iterator for SlicePositions {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        if self.left == 0 {
            return None;
        }
        let i = self.next as usize;
        self.next += self.step;
        self.left -= 1;
        Some(i)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}
impl ExactSizeIterator for SlicePositions {}

/// [`slice_positions`] as an iterator.
pub fn slice_iter(s: &SliceBody, len: usize) -> PyResult<SlicePositions> {
    let (start, stop, step) = slice_indices(s, len)?;
    let left = if step > 0 {
        if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok(SlicePositions {
        next: start,
        step,
        left: left as usize,
    })
}

/// Indices selected by a slice.
pub fn slice_positions(s: &SliceBody, len: usize) -> PyResult<Vec<usize>> {
    let (start, stop, step) = slice_indices(s, len)?;
    let mut out = Vec::new();
    let mut i = start;
    if step > 0 {
        while i < stop {
            out.push(i as usize);
            i += step;
        }
    } else {
        while i > stop {
            out.push(i as usize);
            i += step;
        }
    }
    Ok(out)
}

/// `slice.indices(length)`, with ints of any size.
fn slice_indices_m(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("indices", &args[1..], 1, 1)?;
    let s = args[0]
        .payload::<SliceBody>()
        .ok_or_else(|| type_error("slice.indices needs a slice"))?;
    let n = crate::protocol::convert::number_index(vm, &args[1])?;
    let n = crate::objects::int::to_bigint(&n).expect("int");
    if n.is_negative() {
        return Err(value_error("length should not be negative"));
    }
    let (a, b, c) = slice_long_indices(vm, s, &n)?;
    Ok(new_tuple(vec![
        new_bigint(&a)?,
        new_bigint(&b)?,
        new_bigint(&c)?,
    ])?)
}

/// `repr(slice)`: `slice(1, None, None)`.
pub(crate) fn slice_repr(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    let s = o.payload::<SliceBody>().expect("slice");
    Ok(format!(
        "slice({}, {}, {})",
        repr_string(vm, &s.start)?,
        repr_string(vm, &s.stop)?,
        repr_string(vm, &s.step)?
    ))
}

/// `slice(stop)`, `slice(start, stop[, step])`.
pub(crate) fn slice_new(_vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let t = types();
    let (pos, _) = call.split();
    crate::protocol::convert::no_kwargs("slice", call.kwnames)?;
    check_args("slice", pos, 1, 3)?;
    let none = t.none.clone();
    let (a, b, c) = match pos.len() {
        1 => (none.clone(), pos[0].clone(), none),
        2 => (pos[0].clone(), pos[1].clone(), none),
        _ => (pos[0].clone(), pos[1].clone(), pos[2].clone()),
    };
    new_slice(a, b, c)
}

/// Puts this type's built-in methods into its namespace (at start-up).
pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    let m = BuiltinKind::Method;
    builtin::install(&t.slice, "slice", &[("indices", slice_indices_m)], m)?;
    Ok(())
}
