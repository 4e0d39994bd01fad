//! `list.sort(key=None, reverse=False)`: CPython 3.11's timsort (in
//! [`timsort`](super::timsort)) over a permutation of the items, `key`
//! called once per item (and never again after it raised), `<` asked in
//! CPython's order, and `ValueError: list modified during sort` when the
//! list changes under it.
//!
//! CPython's pre-sort check is here too: when every key is an exact int that
//! fits a machine word, an exact float, an exact str, or a non-empty tuple
//! whose first items are all of one such kind, keys are compared without
//! the rich-comparison protocol (`unsafe_long_compare`,
//! `unsafe_float_compare`, `unsafe_latin_compare`, `unsafe_tuple_compare`
//! in Objects/listobject.c). These types' `<` cannot run Python code or
//! fail, so the answers, and the order of the questions, are the same.

use crate::memory::heap;
use crate::memory::heap::HVec;
use crate::memory::object::{Obj, ObjRef};
use crate::objects::exception::type_error;
use crate::objects::exception::value_error;
use crate::objects::float::float_value;
use crate::objects::int::int_small;
use crate::objects::list::list_body;
use crate::objects::list::timsort::timsort;
use crate::objects::registry::{types, Types};
use crate::objects::singletons;
use crate::objects::str::try_str;
use crate::objects::tuple::try_tuple_items;
use crate::protocol::convert::{check_kwargs, kwarg, split_kwargs};
use crate::protocol::object::is_heap_type_instance;
use crate::protocol::{call, compare, object};
use crate::vm::{PyErr, PyResult, Vm};
use arenapy_compiler::opcode::ComparisonOperator as C;

// --- sorting ---------------------------------------------------------------

/// `list.sort(*, key=None, reverse=False)`. The list is emptied while
/// sorting so a key function or `__lt__` that mutates it is detected, as
/// CPython does; on any error every item is back in the list.
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
    let items: HVec<ObjRef> = std::mem::replace(&mut *body.items.borrow_mut(), heap::hvec());
    let n = items.len();
    let mut err: Option<PyErr> = None;
    // Scratch arrays live in the heap, as CPython's sort takes its
    // `keys` and merge memory from PyMem (they never reach Rust's
    // allocator). On MemoryError the items go back first.
    let mut keys: HVec<ObjRef> = heap::hvec();
    let mut order: HVec<usize> = match heap::try_hvec(n) {
        Ok(o) => o,
        Err(e) => {
            let old = std::mem::replace(&mut *body.items.borrow_mut(), items);
            drop(old);
            return Err(e);
        }
    };
    order.extend(0..n);
    if let Some(f) = &key {
        if let Err(e) = heap::reserve_hvec(&mut keys, n) {
            let old = std::mem::replace(&mut *body.items.borrow_mut(), items);
            drop(old);
            return Err(e);
        }
        for it in items.iter() {
            // CPython stops calling the key function at its first error.
            match call::call(vm, f, std::slice::from_ref(it), None) {
                Ok(k) => keys.push(k),
                Err(e) => {
                    err = Some(e);
                    break;
                }
            }
        }
    }
    if err.is_none() && n > 1 {
        // Reversing before and after a stable sort keeps equal items in
        // their original order, as CPython does.
        if reverse {
            order.reverse();
        }
        let sort_keys: &[ObjRef] = if key.is_some() { &keys } else { &items };
        err = sort_order(vm, sort_keys, &mut order).err();
        if reverse {
            order.reverse();
        }
    }
    drop(keys);
    let modified = !body.items.borrow().is_empty();
    let mut items = items;
    permute(&mut items, &mut order);
    // The sorted array goes back as it is (no second array, as CPython
    // puts its saved ob_item back); whatever the comparisons or keys put
    // into the list meanwhile is dropped after the borrow ends.
    let old = std::mem::replace(&mut *body.items.borrow_mut(), items);
    drop(old);
    if let Some(e) = err {
        return Err(e);
    }
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(vm.none())
}

/// Rearranges `items` so that `items[k]` is the old `items[order[k]]`,
/// following the permutation's cycles with swaps (no second array).
/// `order` is consumed: each index is overwritten with `usize::MAX` once
/// its item is in place. An `order` that is not a permutation of
/// `0..items.len()` cannot happen (the sort only moves indices); it would
/// leave some items elsewhere, never panic or lose one.
fn permute<T>(items: &mut [T], order: &mut [usize]) {
    const DONE: usize = usize::MAX;
    for start in 0..order.len().min(items.len()) {
        let mut k = start;
        loop {
            let src = order[k];
            order[k] = DONE;
            if src == start || src >= items.len() {
                break;
            }
            items.swap(k, src);
            k = src;
        }
    }
}

/// What the pre-sort check proved about a set of keys (or of the first
/// items of tuple keys).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// Exact ints that fit an `i64`.
    Int,
    /// Exact floats.
    Float,
    /// Exact strs: UTF-8 byte order is code point order.
    Str,
    /// Anything else: the rich-comparison protocol.
    Object,
}

fn kind_of(o: &Obj, t: &Types) -> Kind {
    let ty = o.ty();
    if ty.is(&t.int) && int_small(o).is_some() {
        Kind::Int
    } else if ty.is(&t.float) {
        Kind::Float
    } else if ty.is(&t.str) {
        Kind::Str
    } else {
        Kind::Object
    }
}

/// One kind for all of `objs`, or `Object`.
fn common_kind<'a>(mut objs: impl Iterator<Item = &'a Obj>, t: &Types) -> Kind {
    let Some(first) = objs.next() else {
        return Kind::Object;
    };
    let k = kind_of(first, t);
    if k == Kind::Object || objs.all(|o| kind_of(o, t) == k) {
        k
    } else {
        Kind::Object
    }
}

/// Sorts `order` (indices into `keys`) by the keys, choosing the comparison
/// as CPython's pre-sort check does.
fn sort_order(vm: &mut Vm, keys: &[ObjRef], order: &mut [usize]) -> PyResult<()> {
    let t = types();
    let all_tuples = keys
        .iter()
        .all(|k| k.ty().is(&t.tuple) && try_tuple_items(k).is_some_and(|x| !x.is_empty()));
    if all_tuples {
        let firsts = keys
            .iter()
            .filter_map(|k| try_tuple_items(k).and_then(|x| x.first()))
            .map(|o| &**o);
        let elem = common_kind(firsts, t);
        return sort_with(vm, order, |vm, i, j| tuple_lt(vm, &keys[i], &keys[j], elem));
    }
    match common_kind(keys.iter().map(|o| &**o), t) {
        Kind::Int => {
            let mut v: HVec<(i64, usize)> = heap::try_hvec(order.len())?;
            v.extend(order.iter().map(|&i| (int_small(&keys[i]).unwrap_or(0), i)));
            timsort(&mut v, &mut |a, b| a.0 < b.0);
            copy_order(order, &v);
            Ok(())
        }
        Kind::Float => {
            let mut v: HVec<(f64, usize)> = heap::try_hvec(order.len())?;
            v.extend(
                order
                    .iter()
                    .map(|&i| (float_value(&keys[i]).unwrap_or(0.0), i)),
            );
            timsort(&mut v, &mut |a, b| a.0 < b.0);
            copy_order(order, &v);
            Ok(())
        }
        Kind::Str => {
            let mut v: HVec<(&[u8], usize)> = heap::try_hvec(order.len())?;
            v.extend(
                order
                    .iter()
                    .map(|&i| (try_str(&keys[i]).unwrap_or("").as_bytes(), i)),
            );
            timsort(&mut v, &mut |a, b| a.0 < b.0);
            copy_order(order, &v);
            Ok(())
        }
        Kind::Object => sort_with(vm, order, |vm, i, j| object_lt(vm, &keys[i], &keys[j])),
    }
}

fn copy_order<K>(order: &mut [usize], sorted: &[(K, usize)]) {
    for (o, (_, i)) in order.iter_mut().zip(sorted) {
        *o = *i;
    }
}

/// Timsort with a comparison that can run Python code and fail: after the
/// first error no more comparisons are made (every later answer is
/// "not less", which keeps a permutation) and the error is returned.
fn sort_with(
    vm: &mut Vm,
    order: &mut [usize],
    mut lt: impl FnMut(&mut Vm, usize, usize) -> PyResult<bool>,
) -> PyResult<()> {
    let mut failure: Option<PyErr> = None;
    timsort(order, &mut |&a, &b| {
        if failure.is_some() {
            return false;
        }
        match lt(vm, a, b) {
            Ok(r) => r,
            Err(e) => {
                failure = Some(e);
                false
            }
        }
    });
    match failure {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// `a < b` by the rich-comparison protocol (CPython's safe_object_compare).
fn object_lt(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<bool> {
    if is_heap_type_instance(a) || is_heap_type_instance(b) {
        // A subclass may define `__lt__`: no built-in shortcut.
        let r = compare::rich_compare(vm, C::Less, a, b)?;
        return object::truthy(vm, &r);
    }
    compare::compare_bool(vm, C::Less, a, b)
}

/// `a < b` for objects of a kind proved by the pre-sort check.
fn kind_lt(vm: &mut Vm, kind: Kind, a: &Obj, b: &Obj) -> PyResult<bool> {
    Ok(match kind {
        Kind::Int => int_small(a) < int_small(b),
        Kind::Float => float_value(a).unwrap_or(0.0) < float_value(b).unwrap_or(0.0),
        Kind::Str => try_str(a) < try_str(b),
        Kind::Object => return object_lt(vm, a, b),
    })
}

/// CPython's unsafe_tuple_compare: the first items that differ (by `==`,
/// identity first) decide; the first items compare by their proved kind.
fn tuple_lt(vm: &mut Vm, a: &Obj, b: &Obj, first: Kind) -> PyResult<bool> {
    let (x, y) = (
        try_tuple_items(a).unwrap_or(&[]),
        try_tuple_items(b).unwrap_or(&[]),
    );
    let mut i = 0;
    while i < x.len() && i < y.len() {
        if !compare::eq(vm, &x[i], &y[i])? {
            break;
        }
        i += 1;
    }
    if i >= x.len() || i >= y.len() {
        return Ok(x.len() < y.len());
    }
    if i == 0 {
        kind_lt(vm, first, &x[0], &y[0])
    } else {
        object_lt(vm, &x[i], &y[i])
    }
}

#[cfg(test)]
mod tests {
    use super::permute;

    #[test]
    fn permute_places_each_item_by_the_order() {
        let mut seed = 11u64;
        for n in [0usize, 1, 2, 3, 10, 100, 1000] {
            // A pseudo-random permutation by Fisher-Yates.
            let mut order: Vec<usize> = (0..n).collect();
            for i in (1..n).rev() {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                order.swap(i, (seed >> 33) as usize % (i + 1));
            }
            let items: Vec<usize> = (0..n).map(|i| i * 10).collect();
            let expect: Vec<usize> = order.iter().map(|&i| items[i]).collect();
            let mut got = items.clone();
            permute(&mut got, &mut order.clone());
            assert_eq!(got, expect);
        }
    }
}
