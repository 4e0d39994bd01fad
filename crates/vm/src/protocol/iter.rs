//! The iterator protocol: `iter()` ([`get_iter`]), `next()` ([`next`],
//! which dispatches to each built-in iterator's own `next` in its type's
//! file, or calls `__next__`), and draining an iterable into a Vec
//! ([`collect`], [`seq_items`]).
//!
//! [`next`] returns `Ok(None)` at exhaustion instead of raising
//! StopIteration, so loops never allocate an exception to end; a Python
//! `__next__` that raises StopIteration is translated to `Ok(None)` here.

use crate::memory::heap;
use crate::memory::object::{Obj, ObjRef};
use crate::objects::dict::views::{dict_iter, dict_next, DictIterKind, DictViewBody};
use crate::objects::exception::type_error;
use crate::objects::iter::{
    call_iter_next, enumerate_next, filter_next, map_next, new_seq_iter, reversed_next, seq_next,
    zip_next,
};
use crate::objects::list::list_body;
use crate::objects::range::{long_range_iter_next, range_iter, range_iter_next, range_len};
use crate::objects::registry::types;
use crate::objects::set::set_iter;
use crate::objects::tuple::try_tuple_items;
use crate::objects::typeobject::{is_subtype, lookup_str};
use crate::objects::{generator, Layout};
use crate::protocol::object;
use crate::protocol::object::{call_special, type_name};
use crate::vm::{PyResult, Vm};

/// `iter(o)`.
pub fn get_iter(vm: &mut Vm, o: &Obj) -> PyResult<ObjRef> {
    let heap = object::is_heap_type_instance(o);
    if heap {
        if let Some(r) = call_special(vm, o, "__iter__", &[])? {
            if !is_iterator(&r) {
                return Err(type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    type_name(&r)
                )));
            }
            return Ok(r);
        }
    }
    get_iter_builtin(vm, o)
}

/// `iter(o)` by the built-in code of `o`'s layout (the `__iter__` slot of
/// the built-in types, safe for their subclasses).
pub fn get_iter_builtin(_vm: &mut Vm, o: &Obj) -> PyResult<ObjRef> {
    let t = types();
    let heap = object::is_heap_type_instance(o);
    let seq_iter = |ty: &ObjRef| new_seq_iter(ty, o);
    match o.layout() {
        Layout::List => seq_iter(&t.list_iterator),
        Layout::Tuple => seq_iter(&t.tuple_iterator),
        Layout::Str => seq_iter(&t.str_iterator),
        Layout::Bytes => seq_iter(&t.bytes_iterator),
        Layout::ByteArray => seq_iter(&t.bytearray_iterator),
        Layout::MemoryView => {
            crate::objects::memoryview::memoryview_len(o)?;
            seq_iter(&t.memory_iterator)
        }
        Layout::Range => range_iter(o),
        Layout::Dict => dict_iter(o, DictIterKind::Keys),
        Layout::Set => set_iter(o),
        Layout::DictView => {
            let v = o.payload::<DictViewBody>().expect("view");
            dict_iter(&v.dict, crate::objects::dict::views::view_kind(o))
        }
        _ if is_iterator(o) => Ok(o.to_ref()),
        _ => {
            if heap && lookup_str(o.ty(), "__getitem__").is_some() {
                return new_seq_iter(&t.iterator, o);
            }
            Err(type_error(format!(
                "'{}' object is not iterable",
                type_name(o)
            )))
        }
    }
}

/// Does `o` implement `__next__`?
pub fn is_iterator(o: &Obj) -> bool {
    match o.layout() {
        Layout::SeqIter
        | Layout::RangeIter
        | Layout::LongRangeIter
        | Layout::DictIter
        | Layout::SetIter
        | Layout::Enumerate
        | Layout::Zip
        | Layout::Map
        | Layout::Filter
        | Layout::Reversed
        | Layout::CallIter
        | Layout::Generator => true,
        _ => object::is_heap_type_instance(o) && lookup_str(o.ty(), "__next__").is_some(),
    }
}

/// `next(it)`, with `Ok(None)` at exhaustion.
pub fn next(vm: &mut Vm, it: &Obj) -> PyResult<Option<ObjRef>> {
    match it.layout() {
        Layout::SeqIter if !object::is_heap_type_instance(it) => seq_next(vm, it),
        Layout::RangeIter => range_iter_next(vm, it),
        Layout::LongRangeIter => long_range_iter_next(vm, it),
        Layout::DictIter => dict_next(it),
        Layout::SetIter => crate::objects::set::set_iter_next(it),
        Layout::Enumerate => enumerate_next(vm, it),
        Layout::Zip => zip_next(vm, it),
        Layout::Map => map_next(vm, it),
        Layout::Filter => filter_next(vm, it),
        Layout::Reversed => reversed_next(vm, it),
        Layout::CallIter => call_iter_next(vm, it),
        Layout::Generator => generator::generator_send(vm, it, None),
        _ => match call_special(vm, it, "__next__", &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => {
                if it.layout() == Layout::SeqIter {
                    return seq_next(vm, it);
                }
                Err(type_error(format!(
                    "'{}' object is not an iterator",
                    type_name(it)
                )))
            }
            Err(e) if is_subtype(e.0.ty(), &types().stop_iteration) => Ok(None),
            Err(e) => Err(e),
        },
    }
}

/// CPython's `PySequence_Fast` message rule: a TypeError from making an
/// iterator becomes the caller's message (`msg`); anything else (a
/// MemoryError, an error raised by the iterable's own code) stays.
pub fn retype_error(
    e: crate::vm::PyErr,
    msg: impl FnOnce() -> crate::vm::PyErr,
) -> crate::vm::PyErr {
    if is_subtype(e.0.ty(), &types().type_error) {
        msg()
    } else {
        e
    }
}

/// All items of an iterable.
pub fn collect(vm: &mut Vm, o: &Obj) -> PyResult<Vec<ObjRef>> {
    match o.layout() {
        Layout::List if !object::is_heap_type_instance(o) => {
            return Ok(list_body(o)
                .expect("list")
                .items
                .borrow()
                .iter()
                .cloned()
                .collect())
        }
        // A subclass may override `__iter__`.
        Layout::Tuple if !object::is_heap_type_instance(o) => {
            return Ok(try_tuple_items(o).expect("tuple").to_vec())
        }
        _ => {}
    }
    // CPython presizes from the length hint, so `list(range(10**10))` is
    // MemoryError at once rather than after gigabytes of growth.
    let hint = if o.layout() == Layout::Range {
        range_len(o)?
    } else {
        0
    };
    let mut out = heap::try_vec(hint)?;
    let it = get_iter(vm, o)?;
    while let Some(v) = next(vm, &it)? {
        if out.len() == out.capacity() {
            // Grown fallibly and within the heap limit, like the list it feeds.
            let more = out.len().max(8);
            heap::reserve_vec(&mut out, more)?;
        }
        out.push(v);
    }
    Ok(out)
}

/// A snapshot of a list's or tuple's items.
pub fn seq_items(o: &Obj) -> Vec<ObjRef> {
    if let Some(l) = list_body(o) {
        return l.items.borrow().iter().cloned().collect();
    }
    try_tuple_items(o).map(|t| t.to_vec()).unwrap_or_default()
}

/// CPython's `PyObject_LengthHint` as `list()`, `tuple()`, `bytes()` and
/// `[*x]` call it after asking for the iterator of a class instance with
/// `__len__`, before taking any item: a
/// negative or oversized length, or an error other than TypeError from
/// `__len__`, is raised before any item is fetched.
pub fn check_length_hint(vm: &mut Vm, o: &Obj) -> PyResult<()> {
    // A range iterator's hint beyond a machine word is an OverflowError
    // (`list(reversed(range(10**30)))`), as `len()` of its range would be.
    if crate::objects::range::range_iter_hint(o)?.is_some() {
        return Ok(());
    }
    // A sequence iterator's __length_hint__ asks its sequence's len().
    if o.ty().is(&types().iterator) {
        let seq = o
            .payload::<crate::objects::iter::SeqIterBody>()
            .and_then(|b| b.seq.get());
        return match seq {
            Some(seq) => check_length_hint(vm, &seq),
            None => Ok(()),
        };
    }
    // Built-in containers and their subclasses know their length.
    if !object::is_heap_type_instance(o)
        || !matches!(o.layout(), Layout::Instance)
        || lookup_str(o.ty(), "__len__").is_none()
    {
        return Ok(());
    }
    match object::len(vm, o) {
        Err(e) if is_subtype(e.0.ty(), &types().type_error) => Ok(()),
        Err(e) => Err(e),
        Ok(_) => Ok(()),
    }
}

/// `collect` as `list()`, `tuple()` and `[*x]` do it (CPython's
/// list_extend, PySequence_Tuple): the iterator first, then the length hint
/// of a class instance, then the items.
pub fn collect_hinted(vm: &mut Vm, o: &Obj) -> PyResult<Vec<ObjRef>> {
    if let Some(n) = crate::objects::range::range_iter_hint(o)? {
        // Presized from the hint as CPython's list_extend does: a huge
        // one is MemoryError at once rather than after gigabytes.
        let mut out = heap::try_vec(n)?;
        while let Some(v) = next(vm, o)? {
            out.push(v);
        }
        return Ok(out);
    }
    if !object::is_heap_type_instance(o) && !o.ty().is(&types().iterator) {
        return collect(vm, o);
    }
    let it = get_iter(vm, o)?;
    check_length_hint(vm, o)?;
    collect(vm, &it)
}
