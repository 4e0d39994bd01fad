//! `set` and `frozenset` operations, following `Objects/setobject.c` step
//! by step so results iterate in CPython's order (which depends on the
//! order keys were inserted, the table sizes, and which operand an
//! operation walks).
//!
//! The table ([`SetTable`]) is borrowed only for short, non-reentrant steps:
//! when a key comparison needs `__eq__`, the candidate is cloned, the borrow
//! released, Python runs, and the lookup restarts if the table changed.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::bytes::methods::bytes_hash;
use crate::objects::dict::ops::KeyTable;
use crate::objects::dict::table::NeedsEq;
use crate::objects::dict::{dict_body, ops};
use crate::objects::registry::types;
use crate::objects::set::table::SetTable;
use crate::objects::set::{new_set, SetBody};
use crate::objects::tuple::tuple_hash_of;
use crate::objects::{float, tuple, Layout};
use crate::protocol::{hash, iter};
use crate::vm::{PyResult, Vm};
use arenapy_compiler::opcode::{BinaryOperator as B, ComparisonOperator as C};
use std::cell::RefCell;

/// The table of a set or frozenset object.
pub fn table(o: &Obj) -> &RefCell<SetTable> {
    &o.payload::<SetBody>().expect("set").table
}

pub(crate) fn is_frozen(o: &Obj) -> bool {
    o.payload::<SetBody>().is_some_and(|s| s.frozen)
}

pub(crate) fn is_anyset(o: &Obj) -> bool {
    o.layout() == Layout::Set
}

fn is_exact_dict(o: &Obj) -> bool {
    o.ty().is(&types().dict)
}

/// `set_lookkey`: the slot holding `key`, running `__eq__` when needed.
fn lookup(vm: &mut Vm, s: &Obj, key: &Obj, hash: i64) -> PyResult<Option<usize>> {
    crate::objects::dict::ops::lookup(vm, table(s), key, hash)
}

impl KeyTable for SetTable {
    fn find_simple(&self, hash: i64, key: &Obj) -> Result<Option<usize>, NeedsEq> {
        self.find(hash, key)
    }
    fn hash_candidates(&self, hash: i64) -> Vec<usize> {
        self.candidates(hash)
    }
    fn key_at(&self, ix: usize) -> Option<ObjRef> {
        self.at(ix).map(|(_, k)| k.clone())
    }
    fn table_version(&self) -> u64 {
        self.version()
    }
}

/// `set_add_entry`.
fn add_entry(vm: &mut Vm, s: &Obj, key: ObjRef, hash: i64) -> PyResult<()> {
    if lookup(vm, s, &key, hash)?.is_none() {
        table(s).borrow_mut().insert_new(hash, key)?;
    }
    Ok(())
}

/// `s.add(key)` (also BUILD_SET, SET_ADD, set comprehensions).
pub fn set_add(vm: &mut Vm, s: &Obj, key: ObjRef) -> PyResult<()> {
    let h = hash::hash(vm, &key)?;
    add_entry(vm, s, key, h)
}

/// The hash used to look `key` up: a set key is looked up as the equal
/// frozenset (CPython's `set_contains` retries that way).
pub(crate) fn lookup_hash(vm: &mut Vm, key: &Obj) -> PyResult<i64> {
    match hash::hash(vm, key) {
        Ok(h) => Ok(h),
        Err(_) if key.layout() == Layout::Set => Ok(frozenset_hash(key)),
        Err(e) => Err(e),
    }
}

/// `key in s`.
pub fn set_contains(vm: &mut Vm, s: &Obj, key: &Obj) -> PyResult<bool> {
    let h = lookup_hash(vm, key)?;
    Ok(lookup(vm, s, key, h)?.is_some())
}

pub(crate) fn contains_entry(vm: &mut Vm, s: &Obj, key: &Obj, hash: i64) -> PyResult<bool> {
    Ok(lookup(vm, s, key, hash)?.is_some())
}

/// `set_discard_entry`: true when the key was present.
pub(crate) fn discard_entry(vm: &mut Vm, s: &Obj, key: &Obj, hash: i64) -> PyResult<bool> {
    match lookup(vm, s, key, hash)? {
        Some(ix) => {
            let k = table(s).borrow_mut().remove_at(ix);
            drop(k);
            Ok(true)
        }
        None => Ok(false),
    }
}

pub(crate) fn entries(s: &Obj) -> Vec<(i64, ObjRef)> {
    table(s)
        .borrow()
        .iter()
        .map(|(h, k)| (h, k.clone()))
        .collect()
}

/// `set_merge`: adds every key of the set `other` to `so`.
fn merge(vm: &mut Vm, so: &Obj, other: &Obj) -> PyResult<()> {
    if so.is(other) {
        return Ok(());
    }
    let n = table(other).borrow().len();
    if n == 0 {
        return Ok(());
    }
    table(so).borrow_mut().reserve_for_merge(n)?;
    if table(so).borrow().fill() == 0 {
        let src = table(other).borrow();
        table(so).borrow_mut().merge_into_empty(&src)?;
        return Ok(());
    }
    for (h, k) in entries(other) {
        add_entry(vm, so, k, h)?;
    }
    Ok(())
}

/// `set_update_internal`: adds the items of any iterable.
pub fn update_internal(vm: &mut Vm, so: &Obj, other: &Obj) -> PyResult<()> {
    if is_anyset(other) {
        return merge(vm, so, other);
    }
    if is_exact_dict(other) {
        let pairs: Vec<(i64, ObjRef)> = dict_body(other)
            .expect("dict")
            .table
            .borrow()
            .iter()
            .map(|e| (e.hash, e.key.clone()))
            .collect();
        table(so).borrow_mut().reserve_for_merge(pairs.len())?;
        for (h, k) in pairs {
            add_entry(vm, so, k, h)?;
        }
        return Ok(());
    }
    let it = iter::get_iter(vm, other)?;
    while let Some(v) = iter::next(vm, &it)? {
        set_add(vm, so, v)?;
    }
    Ok(())
}

/// `make_new_set`: a new set or frozenset filled from `iterable`.
pub fn make_new_set(vm: &mut Vm, frozen: bool, iterable: Option<&Obj>) -> PyResult<ObjRef> {
    let s = new_set(frozen)?;
    if let Some(it) = iterable {
        update_internal(vm, &s, it)?;
    }
    Ok(s)
}

/// `make_new_set_basetype(Py_TYPE(so), iterable)`: subclasses produce the
/// plain base type.
fn new_like(vm: &mut Vm, so: &Obj, iterable: Option<&Obj>) -> PyResult<ObjRef> {
    make_new_set(vm, is_frozen(so), iterable)
}

/// `set.copy()`.
pub fn copy(vm: &mut Vm, so: &Obj) -> PyResult<ObjRef> {
    new_like(vm, so, Some(so))
}

pub(crate) fn clear(so: &Obj) {
    let old = table(so).borrow_mut().take_all();
    drop(old);
}

/// `set_intersection`.
pub(crate) fn intersection(vm: &mut Vm, so: &Obj, other: &Obj) -> PyResult<ObjRef> {
    if so.is(other) {
        return copy(vm, so);
    }
    let result = new_like(vm, so, None)?;
    if is_anyset(other) {
        let (big, small) = if table(other).borrow().len() > table(so).borrow().len() {
            (other, so)
        } else {
            (so, other)
        };
        for (h, k) in entries(small) {
            if contains_entry(vm, big, &k, h)? {
                add_entry(vm, &result, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = iter::get_iter(vm, other)?;
    while let Some(k) = iter::next(vm, &it)? {
        let h = hash::hash(vm, &k)?;
        if contains_entry(vm, so, &k, h)? {
            add_entry(vm, &result, k, h)?;
        }
    }
    Ok(result)
}

pub(crate) fn swap_bodies(a: &Obj, b: &Obj) {
    let mut ta = table(a).borrow_mut();
    let mut tb = table(b).borrow_mut();
    std::mem::swap(&mut *ta, &mut *tb);
    let past = tb.version();
    ta.bump_version(past);
}

/// `set_difference_update_internal`.
pub(crate) fn difference_update_internal(vm: &mut Vm, so: &Obj, other: &Obj) -> PyResult<()> {
    if so.is(other) {
        clear(so);
        return Ok(());
    }
    if is_anyset(other) {
        let other = if (table(other).borrow().len() >> 3) > table(so).borrow().len() {
            intersection(vm, so, other)?
        } else {
            other.to_ref()
        };
        for (h, k) in entries(&other) {
            discard_entry(vm, so, &k, h)?;
        }
    } else {
        let it = iter::get_iter(vm, other)?;
        while let Some(k) = iter::next(vm, &it)? {
            let h = hash::hash(vm, &k)?;
            discard_entry(vm, so, &k, h)?;
        }
    }
    table(so).borrow_mut().shrink_dummies()?;
    Ok(())
}

fn copy_and_difference(vm: &mut Vm, so: &Obj, other: &Obj) -> PyResult<ObjRef> {
    let r = copy(vm, so)?;
    difference_update_internal(vm, &r, other)?;
    Ok(r)
}

/// `set_difference`.
pub(crate) fn difference(vm: &mut Vm, so: &Obj, other: &Obj) -> PyResult<ObjRef> {
    let other_size = if is_anyset(other) {
        table(other).borrow().len()
    } else if is_exact_dict(other) {
        dict_body(other).expect("dict").table.borrow().len()
    } else {
        return copy_and_difference(vm, so, other);
    };
    if (table(so).borrow().len() >> 2) > other_size {
        return copy_and_difference(vm, so, other);
    }
    let result = new_like(vm, so, None)?;
    let dict = is_exact_dict(other);
    for (h, k) in entries(so) {
        let present = if dict {
            let t = &dict_body(other).expect("dict").table;
            ops::lookup(vm, t, &k, h)?.is_some()
        } else {
            contains_entry(vm, other, &k, h)?
        };
        if !present {
            add_entry(vm, &result, k, h)?;
        }
    }
    Ok(result)
}

/// `set_symmetric_difference_update`.
pub(crate) fn symmetric_difference_update(vm: &mut Vm, so: &Obj, other: &Obj) -> PyResult<()> {
    if so.is(other) {
        clear(so);
        return Ok(());
    }
    let pairs = if is_exact_dict(other) {
        dict_body(other)
            .expect("dict")
            .table
            .borrow()
            .iter()
            .map(|e| (e.hash, e.key.clone()))
            .collect()
    } else if is_anyset(other) {
        entries(other)
    } else {
        let tmp = new_like(vm, so, Some(other))?;
        entries(&tmp)
    };
    for (h, k) in pairs {
        if !discard_entry(vm, so, &k, h)? {
            add_entry(vm, so, k, h)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference`: a copy of `other` updated with `so`.
pub(crate) fn symmetric_difference(vm: &mut Vm, so: &Obj, other: &Obj) -> PyResult<ObjRef> {
    let r = new_like(vm, so, Some(other))?;
    symmetric_difference_update(vm, &r, so)?;
    Ok(r)
}

/// The number operators on two sets: `a | b`, `a & b`, `a - b`, `a ^ b` and
/// their in-place forms (a frozenset has none: it gets a new object).
pub fn set_binary(vm: &mut Vm, op: B, a: &Obj, b: &Obj, inplace: bool) -> PyResult<Option<ObjRef>> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(None);
    }
    if inplace && !is_frozen(a) {
        match op {
            B::Or => update_internal(vm, a, b)?,
            B::And => {
                let tmp = intersection(vm, a, b)?;
                swap_bodies(a, &tmp);
            }
            B::Subtract => difference_update_internal(vm, a, b)?,
            B::Xor => symmetric_difference_update(vm, a, b)?,
            _ => return Ok(None),
        }
        return Ok(Some(a.to_ref()));
    }
    Ok(Some(match op {
        B::Or => {
            let r = copy(vm, a)?;
            update_internal(vm, &r, b)?;
            r
        }
        B::And => intersection(vm, a, b)?,
        B::Subtract => difference(vm, a, b)?,
        B::Xor => symmetric_difference(vm, a, b)?,
        _ => return Ok(None),
    }))
}

fn all_in(vm: &mut Vm, items: &[(i64, ObjRef)], other: &Obj) -> PyResult<bool> {
    for (h, k) in items {
        if !contains_entry(vm, other, k, *h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_issubset`: every key of `a` is in `b`.
pub(crate) fn issubset(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<bool> {
    if table(a).borrow().len() > table(b).borrow().len() {
        return Ok(false);
    }
    all_in(vm, &entries(a), b)
}

/// Rich comparison of two sets (subset order).
pub fn set_compare(vm: &mut Vm, op: C, a: &Obj, b: &Obj) -> PyResult<bool> {
    let (la, lb) = (table(a).borrow().len(), table(b).borrow().len());
    Ok(match op {
        C::Equal => la == lb && issubset(vm, a, b)?,
        C::NotEqual => !(la == lb && issubset(vm, a, b)?),
        C::LessEqual => issubset(vm, a, b)?,
        C::Less => la < lb && issubset(vm, a, b)?,
        C::GreaterEqual => issubset(vm, b, a)?,
        C::Greater => la > lb && issubset(vm, b, a)?,
    })
}

/// CPython's frozenset hash: independent of the order of the elements.
pub(crate) fn frozenset_hash(s: &Obj) -> i64 {
    // CPython's frozenset hash (shuffle bits of each element hash, xor).
    let mut h: u64 = 0;
    let t = table(s).borrow();
    for (eh, _) in t.iter() {
        let x = eh as u64;
        h ^= ((x ^ 89869747) ^ (x << 16)).wrapping_mul(3644798167);
    }
    h ^= (t.len() as u64 + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    if h as i64 == -1 {
        590923713
    } else {
        h as i64
    }
}

/// The hash of a constant, when it needs no Python code and no address.
fn const_hash(o: &Obj) -> Option<i64> {
    use crate::objects::float::arith::hash_float;
    use crate::objects::int::arith::hash_int;
    Some(match o.layout() {
        Layout::Str => crate::objects::str::str_hash(o),
        Layout::Bytes => bytes_hash(o),
        Layout::Int => hash_int(o),
        Layout::Float => hash_float(float::float_value(o)?),
        Layout::Tuple => {
            let items = tuple::try_tuple_items(o)?;
            let mut lanes = Vec::with_capacity(items.len());
            for i in items {
                lanes.push(const_hash(i)?);
            }
            tuple_hash_of(&lanes)
        }
        _ => return None,
    })
}

/// The frozenset constant of a folded set display, built as CPython's
/// compiler builds it: `frozenset(items)`, then rebuilt from that set's
/// table order when the compiler merges constants (`merge_consts_recursive`).
/// A tuple when some item's hash would need the VM (the display then fills
/// its set from the tuple).
pub fn const_frozenset(items: Vec<ObjRef>) -> PyResult<ObjRef> {
    let Some(hashes) = items
        .iter()
        .map(|i| const_hash(i))
        .collect::<Option<Vec<i64>>>()
    else {
        return Ok(tuple::new_tuple(items)?);
    };
    let hashed: Vec<(i64, ObjRef)> = hashes.into_iter().zip(items).collect();
    let build = |pairs: Vec<(i64, ObjRef)>| -> PyResult<SetTable> {
        let mut t = SetTable::new();
        for (h, k) in pairs {
            if let Ok(None) = t.find(h, &k) {
                t.insert_new(h, k)?;
            }
        }
        Ok(t)
    };
    let first = build(hashed)?;
    let second = build(first.iter().map(|(h, k)| (h, k.clone())).collect())?;
    drop(first);
    let s = new_set(true)?;
    *table(&s).borrow_mut() = second;
    Ok(s)
}
