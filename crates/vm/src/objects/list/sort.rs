//! `list.sort(key=None, reverse=False)`: a stable merge sort that calls
//! `key` once per item and compares with `<` like CPython's timsort, and
//! raises `ValueError: list modified during sort` when the list changes
//! under it.

use crate::memory::heap;
use crate::memory::heap::HVec;
use crate::memory::object::{Obj, ObjRef};
use crate::objects::exception::{type_error, value_error};
use crate::objects::list::list_body;
use crate::objects::singletons;
use crate::protocol::convert::{check_kwargs, kwarg, split_kwargs};
use crate::protocol::{call, compare, object};
use crate::vm::{PyErr, PyResult, Vm};
use arenapy_compiler::opcode::ComparisonOperator as C;

// --- sorting ---------------------------------------------------------------

/// `list.sort(*, key=None, reverse=False)`: a stable merge sort; the list is
/// emptied while sorting so a key function that mutates it is detected, as
/// CPython does.
pub fn list_sort(vm: &mut Vm, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = split_kwargs(args, kwnames);
    check_kwargs("sort", &kws, &["key", "reverse"])?;
    if pos.len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let l = &pos[0];
    let key = kwarg(&kws, "key")
        .filter(|k| !singletons::is_none(k))
        .cloned();
    let reverse = match kwarg(&kws, "reverse") {
        Some(r) => object::truthy(vm, r)?,
        None => false,
    };
    let body = list_body(l).expect("list");
    let mut items: HVec<ObjRef> = std::mem::replace(&mut *body.items.borrow_mut(), heap::hvec());
    let mut keyed: Vec<(ObjRef, ObjRef)> = Vec::with_capacity(items.len());
    let mut err = None;
    for it in items.drain(..) {
        if err.is_some() {
            // CPython stops calling the key function at its first error.
            keyed.push((it.clone(), it));
            continue;
        }
        let k = match &key {
            // After the first failing key no more are computed (CPython
            // stops there); the items still go back into the list.
            Some(_) if err.is_some() => it.clone(),
            Some(f) => match call::call(vm, f, std::slice::from_ref(&it), None) {
                Ok(k) => k,
                Err(e) => {
                    err = Some(e);
                    it.clone()
                }
            },
            None => it.clone(),
        };
        keyed.push((k, it));
    }
    if err.is_none() {
        if reverse {
            keyed.reverse();
        }
        let mut failure: Option<PyErr> = None;
        let mut lt = |x: &ObjRef, y: &ObjRef| -> bool {
            if failure.is_some() {
                return false;
            }
            match compare::compare_bool(vm, C::Less, x, y) {
                Ok(r) => r,
                Err(e) => {
                    failure = Some(e);
                    false
                }
            }
        };
        merge_sort(&mut keyed, &mut lt);
        if reverse {
            keyed.reverse();
        }
        err = failure;
    }
    let modified = !body.items.borrow().is_empty();
    {
        let mut dst = body.items.borrow_mut();
        let old: Vec<ObjRef> = dst.drain(..).collect();
        dst.extend(keyed.into_iter().map(|(_, v)| v));
        drop(dst);
        drop(old);
    }
    if let Some(e) = err {
        return Err(e);
    }
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(vm.none())
}

/// A stable sort that, like CPython's timsort, only ever asks whether a
/// later item is less than an earlier one (so errors and comparison order
/// match CPython for the common cases): binary insertion for short runs,
/// then merges.
fn merge_sort(v: &mut Vec<(ObjRef, ObjRef)>, lt: &mut dyn FnMut(&ObjRef, &ObjRef) -> bool) {
    const RUN: usize = 32;
    let n = v.len();
    if n < 64 {
        // CPython's timsort on fewer than 64 items, comparison for
        // comparison: count_run (a strictly descending run is reversed),
        // then binary insertion of the rest. Which pair is compared first
        // decides which TypeError a mixed list raises.
        let mut run = n.min(1);
        if n >= 2 {
            run = 2;
            if lt(&v[1].0, &v[0].0) {
                while run < n && lt(&v[run].0, &v[run - 1].0) {
                    run += 1;
                }
                v[..run].reverse();
            } else {
                while run < n && !lt(&v[run].0, &v[run - 1].0) {
                    run += 1;
                }
            }
        }
        binary_insertion(v, 0, run, lt);
        return;
    }
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        binary_insertion(&mut v[..end], start, start + 1, lt);
        start = end;
    }
    let mut width = RUN;
    while width < n {
        let mut merged: Vec<(ObjRef, ObjRef)> = Vec::with_capacity(n);
        let mut items = std::mem::take(v).into_iter().peekable();
        let mut taken = 0;
        while taken < n {
            let left: Vec<_> = items.by_ref().take(width).collect();
            let right: Vec<_> = items.by_ref().take(width).collect();
            taken += left.len() + right.len();
            let (mut l, mut r) = (left.into_iter().peekable(), right.into_iter().peekable());
            loop {
                match (l.peek(), r.peek()) {
                    (Some(a), Some(b)) => {
                        if lt(&b.0, &a.0) {
                            merged.push(r.next().expect("peeked"));
                        } else {
                            merged.push(l.next().expect("peeked"));
                        }
                    }
                    (Some(_), None) => merged.push(l.next().expect("peeked")),
                    (None, Some(_)) => merged.push(r.next().expect("peeked")),
                    (None, None) => break,
                }
            }
        }
        *v = merged;
        width *= 2;
    }
}

/// CPython's binarysort: inserts `v[sorted..]` one by one into the sorted
/// `v[lo..sorted]`, each after the equal items already there.
fn binary_insertion(
    v: &mut [(ObjRef, ObjRef)],
    lo: usize,
    sorted: usize,
    lt: &mut dyn FnMut(&ObjRef, &ObjRef) -> bool,
) {
    for i in sorted.max(lo + 1)..v.len() {
        let (mut l, mut r) = (lo, i);
        while l < r {
            let mid = l + (r - l) / 2;
            if lt(&v[i].0, &v[mid].0) {
                r = mid;
            } else {
                l = mid + 1;
            }
        }
        v[l..=i].rotate_right(1);
    }
}
