//! `list.sort(key=None, reverse=False)`: CPython 3.11's `list.sort`
//! (Objects/listobject.c). The list's own item array is taken out of the
//! list and sorted in place by [`timsort`](super::timsort) (a key
//! function's results sorted as the keys, the items moving with them),
//! `key` called once per item (and never again after it raised), `<` asked
//! in CPython's order, and `ValueError: list modified during sort` when the
//! list changes under it.
//!
//! Memory is CPython's: the keys of a list of fewer than 128 items and the
//! merge memory of up to 256 items live on the stack; more keys, and more
//! merge memory (at most half the items), come from the heap. Nothing else:
//! the items are sorted where they are, with no index arrays.
//!
//! CPython's pre-sort check is here too: when every key is an exact int that
//! fits a machine word, an exact float, an exact str, or a non-empty tuple
//! whose first items are all of one such kind, keys are compared without
//! the rich-comparison protocol (`unsafe_long_compare`,
//! `unsafe_float_compare`, `unsafe_latin_compare`, `unsafe_tuple_compare`
//! in Objects/listobject.c). These types' `<` cannot run Python code or
//! fail, so the answers, and the order of the questions, are the same.

use crate::memory::heap;
use crate::memory::heap::{HVec, HeapAlloc};
use crate::memory::object::{Obj, ObjHeader, ObjRef};
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
use std::ptr::NonNull;

/// An object pointer as the sort moves it: each one in the arrays being
/// sorted is a strong reference owned by the sort, moved but never copied
/// out (the sort only permutes).
type Raw = NonNull<ObjHeader>;

/// The object a [`Raw`] of the sorted arrays points at.
#[inline(always)]
fn obj(p: &Raw) -> &Obj {
    // Every Raw in the arrays being sorted is a strong reference held for
    // the whole sort (the list's items, or the keys the key function gave).
    // SAFETY: so it points at a live object, and `Obj` is a transparent
    // wrapper of the header at the object's start.
    unsafe { &*(p.as_ptr() as *const Obj) }
}

/// CPython's `MERGESTATE_TEMP_SIZE / 2`: keys of lists shorter than this
/// live in the merge state's stack array.
const STACK_KEYS: usize = 128;

/// The keys a key function returned, each a strong reference owned here:
/// in a stack array for short lists, else in one heap block of one key per
/// item. Released when this is dropped (in reverse order after the key
/// function failed part-way, as CPython's listsort does).
struct Keys {
    stack: [Option<Raw>; STACK_KEYS],
    heap: HVec<Raw>,
    on_heap: bool,
    len: usize,
    reverse_release: bool,
}

impl Keys {
    fn push(&mut self, k: ObjRef) {
        let k = k.into_raw();
        if self.on_heap {
            self.heap.push(k);
        } else if let Some(slot) = self.stack.get_mut(self.len) {
            *slot = Some(k);
        } else {
            // Not reached: short lists have fewer keys than slots. Were it
            // reached, the key is released rather than lost.
            // SAFETY: `k` was just taken from an owned reference.
            drop(unsafe { ObjRef::from_raw(k) });
            return;
        }
        self.len += 1;
    }

    fn slots(&mut self) -> &mut [Raw] {
        if self.on_heap {
            return &mut self.heap[..];
        }
        // Every stack slot below `len` was filled by `push`.
        let filled = self.stack[..self.len]
            .iter()
            .take_while(|k| k.is_some())
            .count();
        // SAFETY: `Option<NonNull<T>>` has the layout of `NonNull<T>` (the
        // null-pointer niche), and the first `filled` slots are `Some`.
        unsafe { std::slice::from_raw_parts_mut(self.stack.as_mut_ptr().cast::<Raw>(), filled) }
    }
}

impl Drop for Keys {
    fn drop(&mut self) {
        let reverse = self.reverse_release;
        let release = |k: &Raw| {
            // SAFETY: each key is a strong reference this sort owns (the key
            // function's result), released once here, as the keys die.
            drop(unsafe { ObjRef::from_raw(*k) });
        };
        let ks = self.slots();
        if reverse {
            ks.iter().rev().for_each(release);
        } else {
            ks.iter().for_each(release);
        }
    }
}

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
    let mut items: HVec<ObjRef> = std::mem::replace(&mut *body.items.borrow_mut(), heap::hvec());
    let result = sort_items(vm, &mut items, key.as_ref(), reverse);
    let modified = !body.items.borrow().is_empty();
    // The sorted array goes back as it is (CPython puts its saved ob_item
    // back); whatever the comparisons or keys put into the list meanwhile
    // is dropped after the borrow ends.
    let old = std::mem::replace(&mut *body.items.borrow_mut(), items);
    drop(old);
    result?;
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(vm.none())
}

/// Sorts `items` in place (by `key`'s results when given). On an error the
/// items are still all there, in some order.
fn sort_items(
    vm: &mut Vm,
    items: &mut HVec<ObjRef>,
    key: Option<&ObjRef>,
    reverse: bool,
) -> PyResult<()> {
    let n = items.len();
    let Some(f) = key else {
        let values = as_raws(items);
        if n < 2 {
            return Ok(());
        }
        // Reversing before and after a stable sort keeps equal items in
        // their original order, as CPython does.
        if reverse {
            values.reverse();
        }
        let r = sort_slice(vm, values, &mut vec![(); n]);
        if reverse {
            values.reverse();
        }
        return r;
    };
    let mut keys = Keys {
        stack: [None; STACK_KEYS],
        heap: heap::hvec(),
        on_heap: n >= STACK_KEYS,
        len: 0,
        reverse_release: false,
    };
    if keys.on_heap {
        keys.heap = heap::try_hvec(n)?;
    }
    for it in items.iter() {
        // CPython stops calling the key function at its first error.
        match call::call(vm, f, std::slice::from_ref(it), None) {
            Ok(k) => keys.push(k),
            Err(e) => {
                keys.reverse_release = true;
                return Err(e);
            }
        }
    }
    if n < 2 {
        return Ok(());
    }
    let ks = keys.slots();
    let values = as_raws(items);
    if reverse {
        ks.reverse();
        values.reverse();
    }
    let r = sort_slice(vm, ks, values);
    if reverse {
        ks.reverse();
        values.reverse();
    }
    r
}

/// The items as the pointers the sort moves.
fn as_raws(items: &mut HVec<ObjRef>) -> &mut [Raw] {
    // The sort only permutes the array (timsort's invariant), so every
    // reference is still there exactly once after.
    // SAFETY: ObjRef is repr(transparent) over its NonNull<ObjHeader>: the
    // array is an array of Raws, borrowed exclusively as long as the result.
    unsafe { std::slice::from_raw_parts_mut(items.as_mut_ptr().cast::<Raw>(), items.len()) }
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

/// Sorts `keys` (and `values` with them), choosing the comparison as
/// CPython's pre-sort check does.
fn sort_slice<V: Copy>(vm: &mut Vm, keys: &mut [Raw], values: &mut [V]) -> PyResult<()> {
    let t = types();
    let all_tuples = keys.iter().all(|k| {
        let k = obj(k);
        k.ty().is(&t.tuple) && try_tuple_items(k).is_some_and(|x| !x.is_empty())
    });
    if all_tuples {
        let firsts = keys
            .iter()
            .filter_map(|k| try_tuple_items(obj(k)).and_then(|x| x.first()))
            .map(|o| &**o);
        let elem = common_kind(firsts, t);
        return sort_with(vm, keys, values, |vm, a, b| tuple_lt(vm, a, b, elem));
    }
    let done = match common_kind(keys.iter().map(obj), t) {
        // The pre-scan proved every key of the kind: the accessors below
        // cannot miss (their defaults are never used).
        Kind::Int => timsort(
            keys,
            values,
            &mut |a, b| int_small(obj(a)).unwrap_or(0) < int_small(obj(b)).unwrap_or(0),
            HeapAlloc,
        ),
        Kind::Float => timsort(
            keys,
            values,
            &mut |a, b| float_value(obj(a)).unwrap_or(0.0) < float_value(obj(b)).unwrap_or(0.0),
            HeapAlloc,
        ),
        Kind::Str => timsort(
            keys,
            values,
            &mut |a, b| {
                try_str(obj(a)).unwrap_or("").as_bytes() < try_str(obj(b)).unwrap_or("").as_bytes()
            },
            HeapAlloc,
        ),
        Kind::Object => return sort_with(vm, keys, values, object_lt),
    };
    done.map_err(|_| heap::no_memory())
}

/// Timsort with a comparison that can run Python code and fail: after the
/// first error no more comparisons are made (every later answer is
/// "not less", which keeps a permutation) and the error is returned.
fn sort_with<V: Copy>(
    vm: &mut Vm,
    keys: &mut [Raw],
    values: &mut [V],
    mut lt: impl FnMut(&mut Vm, &Obj, &Obj) -> PyResult<bool>,
) -> PyResult<()> {
    let mut failure: Option<PyErr> = None;
    let done = timsort(
        keys,
        values,
        &mut |a, b| {
            if failure.is_some() {
                return false;
            }
            match lt(vm, obj(a), obj(b)) {
                Ok(r) => r,
                Err(e) => {
                    failure = Some(e);
                    false
                }
            }
        },
        HeapAlloc,
    );
    match failure {
        Some(e) => Err(e),
        None => done.map_err(|_| heap::no_memory()),
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
