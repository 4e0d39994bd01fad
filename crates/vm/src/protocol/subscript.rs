//! Membership and subscripts: `in`, `container[key]`, item assignment and
//! deletion, for built-in containers natively and through `__contains__`,
//! `__getitem__`, `__setitem__`, `__delitem__` (and `__class_getitem__`,
//! `__missing__`) otherwise.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::bytes::methods::{bytes_contains, bytes_getitem};
use crate::objects::dict::ops;
use crate::objects::dict::views::{DictIterKind, DictViewBody};
use crate::objects::exception::{key_error, type_error};
use crate::objects::int::int_small;
use crate::objects::range::range_contains;
use crate::objects::str::str_contains;
use crate::objects::tuple::tuple_items;
use crate::objects::typeobject::{flags, lookup_str, TypeBody};
use crate::objects::{list, range, registry, tuple, Layout};
use crate::protocol::compare::eq;
use crate::protocol::object::{
    call_special, is_builtin_value_subclass, is_heap_type_instance, truthy, type_name,
};
use crate::protocol::{attr, call};
use crate::vm::{PyResult, Vm};

pub(crate) fn contains_in(vm: &mut Vm, items: &[ObjRef], x: &Obj) -> PyResult<bool> {
    for i in items {
        if eq(vm, i, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `item in container`.
pub fn contains(vm: &mut Vm, container: &Obj, item: &Obj) -> PyResult<bool> {
    if is_builtin_value_subclass(container) {
        if let Some(r) = call_special(vm, container, "__contains__", &[item.to_ref()])? {
            return truthy(vm, &r);
        }
    }
    contains_builtin(vm, container, item)
}

/// `item in container` by the built-in code of the container's layout.
pub fn contains_builtin(vm: &mut Vm, container: &Obj, item: &Obj) -> PyResult<bool> {
    match container.layout() {
        Layout::Str => return str_contains(container, item),
        Layout::Dict if !is_heap_type_instance(container) => {
            return Ok(ops::dict_get(vm, container, item)?.is_some());
        }
        Layout::Set => return crate::objects::set::ops::set_contains(vm, container, item),
        Layout::Range => {
            if let Some(found) = range_contains(container, item) {
                return Ok(found);
            }
        }
        Layout::Tuple => {
            let items = crate::protocol::iter::seq_items(container);
            return contains_in(vm, &items, item);
        }
        Layout::Bytes => {
            // An object with `__index__` is the byte it stands for.
            let converted = crate::protocol::convert::contains_index_arg(vm, item)?;
            return bytes_contains(container, converted.as_deref().unwrap_or(item));
        }
        Layout::ByteArray => {
            return crate::objects::bytearray::bytearray_contains(vm, container, item)
        }
        Layout::List if !is_heap_type_instance(container) => {
            let items = crate::protocol::iter::seq_items(container);
            return contains_in(vm, &items, item);
        }
        Layout::DictView => {
            let v = container.payload::<DictViewBody>().expect("view");
            if crate::objects::dict::views::view_kind(container) == DictIterKind::Keys {
                return Ok(ops::dict_get(vm, &v.dict, item)?.is_some());
            }
        }
        _ => {}
    }
    if is_heap_type_instance(container) {
        if let Some(r) = call_special(vm, container, "__contains__", &[item.to_ref()])? {
            return truthy(vm, &r);
        }
    }
    // Only "not iterable" becomes this message: a MemoryError making the
    // iterator stays what it is.
    let it = crate::protocol::iter::get_iter(vm, container).map_err(|e| {
        crate::protocol::iter::retype_error(e, || {
            type_error(format!(
                "argument of type '{}' is not iterable",
                type_name(container)
            ))
        })
    })?;
    while let Some(x) = crate::protocol::iter::next(vm, &it)? {
        if eq(vm, &x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `container[key]`.
/// For a built-in sequence, a key that is an object with `__index__` (or a
/// slice of such objects) becomes the int(s) it stands for, as CPython's
/// `PyNumber_AsSsize_t` / `_PyEval_SliceIndex` make of it; `None` when the
/// key is used as it is.
fn index_key(vm: &mut Vm, container: &Obj, key: &Obj) -> PyResult<Option<ObjRef>> {
    if !matches!(
        container.layout(),
        Layout::List
            | Layout::Tuple
            | Layout::Str
            | Layout::Bytes
            | Layout::ByteArray
            | Layout::Range
    ) {
        return Ok(None);
    }
    let has_index = |o: &Obj| {
        is_heap_type_instance(o)
            && o.layout() != Layout::Int
            && lookup_str(o.ty(), "__index__").is_some()
    };
    if has_index(key) {
        let v = crate::protocol::convert::number_index(vm, key)?;
        // Beyond a machine word the error names the key's own type.
        if crate::objects::int::int_small(&v).is_none() && container.layout() != Layout::Range {
            return Err(crate::objects::exception::index_error(format!(
                "cannot fit '{}' into an index-sized integer",
                type_name(key)
            )));
        }
        return Ok(Some(v));
    }
    if let Some(s) = key.payload::<crate::objects::slice::SliceBody>() {
        let parts = [s.start.clone(), s.stop.clone(), s.step.clone()];
        if parts.iter().any(|p| has_index(p)) {
            let mut ints = Vec::with_capacity(3);
            for p in parts {
                ints.push(if has_index(&p) {
                    crate::protocol::convert::number_index(vm, &p)?
                } else {
                    p
                });
            }
            let [a, b, c]: [ObjRef; 3] = ints.try_into().expect("three parts");
            return Ok(Some(crate::objects::slice::new_slice(a, b, c)?));
        }
    }
    Ok(None)
}

pub fn getitem(vm: &mut Vm, container: &Obj, key: &Obj) -> PyResult<ObjRef> {
    let converted = index_key(vm, container, key)?;
    let key: &Obj = converted.as_deref().unwrap_or(key);
    let heap = is_heap_type_instance(container);
    match container.layout() {
        Layout::List if !heap => return list::list_getitem(vm, container, key),
        Layout::Tuple if !heap => return tuple::tuple_getitem(vm, container, key),
        Layout::Str if !heap => return crate::objects::str::str_getitem(vm, container, key),
        Layout::Bytes if !heap => return bytes_getitem(container, key),
        Layout::ByteArray if !heap => {
            return crate::objects::bytearray::bytearray_getitem(container, key)
        }
        Layout::MemoryView => {
            return crate::objects::memoryview::memoryview_getitem(container, key)
        }
        Layout::Dict if !heap => {
            return match ops::dict_get(vm, container, key)? {
                Some(v) => Ok(v),
                None => Err(key_error(key.to_ref())),
            };
        }
        Layout::Range => return range::range_getitem(vm, container, key),
        Layout::Type if !heap || lookup_str(container.ty(), "__getitem__").is_none() => {
            return class_subscript(vm, container, key);
        }
        _ => {}
    }
    if let Some(r) = call_special(vm, container, "__getitem__", &[key.to_ref()])? {
        return Ok(r);
    }
    if container.layout() == Layout::Dict {
        return match ops::dict_get(vm, container, key)? {
            Some(v) => Ok(v),
            None => {
                if let Some(r) = call_special(vm, container, "__missing__", &[key.to_ref()])? {
                    return Ok(r);
                }
                Err(key_error(key.to_ref()))
            }
        };
    }
    match container.layout() {
        Layout::List => return list::list_getitem(vm, container, key),
        Layout::Tuple => return tuple::tuple_getitem(vm, container, key),
        Layout::Str => return crate::objects::str::str_getitem(vm, container, key),
        Layout::Bytes => return bytes_getitem(container, key),
        Layout::ByteArray => return crate::objects::bytearray::bytearray_getitem(container, key),
        _ => {}
    }
    Err(type_error(format!(
        "'{}' object is not subscriptable",
        type_name(container)
    )))
}

/// The built-in classes whose `__class_getitem__` is CPython's
/// `Py_GenericAlias` (their subclasses inherit it).
const GENERIC_BUILTINS: &[&str] = &[
    "list",
    "dict",
    "tuple",
    "set",
    "frozenset",
    "type",
    "enumerate",
    "BaseExceptionGroup",
];

/// `cls[key]` without a metaclass `__getitem__`: the class's
/// `__class_getitem__`, which for the built-in containers (and classes
/// derived from them) makes a `types.GenericAlias` (`list[int]`);
/// otherwise "type 'int' is not subscriptable".
fn class_subscript(vm: &mut Vm, cls: &Obj, key: &Obj) -> PyResult<ObjRef> {
    if let Some(r) = call_special_on_class(vm, cls, "__class_getitem__", key)? {
        return Ok(r);
    }
    let generic = cls.payload::<TypeBody>().is_some_and(|b| {
        tuple_items(&b.mro()).iter().any(|t| {
            t.payload::<TypeBody>().is_some_and(|tb| {
                !tb.has_flag(flags::HEAPTYPE) && GENERIC_BUILTINS.iter().any(|n| tb.name_is(n))
            })
        })
    });
    if !generic {
        return Err(type_error(format!(
            "type '{}' is not subscriptable",
            cls.payload::<TypeBody>()
                .map(|b| b.name())
                .unwrap_or_default()
        )));
    }
    let types_mod = crate::modules::import::import(vm, "types")?;
    let alias = attr::get_attr_opt(vm, &types_mod, "GenericAlias")?
        .ok_or_else(|| type_error("types.GenericAlias is missing"))?;
    call::call(vm, &alias, &[cls.to_ref(), key.to_ref()], None)
}

fn call_special_on_class(
    vm: &mut Vm,
    cls: &Obj,
    name: &str,
    key: &Obj,
) -> PyResult<Option<ObjRef>> {
    match lookup_str(cls, name) {
        Some(f) => {
            let f = attr::bind_classmethod_like(&f, cls)?;
            call::call(vm, &f, &[key.to_ref()], None).map(Some)
        }
        None => Ok(None),
    }
}

/// `container[key] = value`.
pub fn setitem(vm: &mut Vm, container: &Obj, key: &Obj, value: ObjRef) -> PyResult<()> {
    let converted = index_key(vm, container, key)?;
    let key: &Obj = converted.as_deref().unwrap_or(key);
    let heap = is_heap_type_instance(container);
    match container.layout() {
        Layout::List if !heap => return list::list_setitem(vm, container, key, value),
        Layout::Dict if !heap => return ops::dict_set(vm, container, key.to_ref(), value),
        Layout::ByteArray if !heap => {
            return crate::objects::bytearray::bytearray_setitem(vm, container, key, &value)
        }
        Layout::MemoryView => {
            return crate::objects::memoryview::memoryview_setitem(container, key, &value)
        }
        _ => {}
    }
    if call_special(vm, container, "__setitem__", &[key.to_ref(), value.clone()])?.is_some() {
        return Ok(());
    }
    match container.layout() {
        Layout::List => return list::list_setitem(vm, container, key, value),
        Layout::Dict => return ops::dict_set(vm, container, key.to_ref(), value),
        Layout::ByteArray => {
            return crate::objects::bytearray::bytearray_setitem(vm, container, key, &value)
        }
        _ => {}
    }
    Err(type_error(format!(
        "'{}' object does not support item assignment",
        type_name(container)
    )))
}

/// `del container[key]`.
pub fn delitem(vm: &mut Vm, container: &Obj, key: &Obj) -> PyResult<()> {
    let converted = index_key(vm, container, key)?;
    let key: &Obj = converted.as_deref().unwrap_or(key);
    let heap = is_heap_type_instance(container);
    match container.layout() {
        Layout::List if !heap => return list::list_delitem(vm, container, key),
        Layout::ByteArray => return crate::objects::bytearray::bytearray_delitem(container, key),
        Layout::Dict if !heap => {
            return match ops::dict_pop(vm, container, key)? {
                Some(_) => Ok(()),
                None => Err(key_error(key.to_ref())),
            };
        }
        _ => {}
    }
    if call_special(vm, container, "__delitem__", &[key.to_ref()])?.is_some() {
        return Ok(());
    }
    match container.layout() {
        Layout::List => return list::list_delitem(vm, container, key),
        Layout::Dict => {
            return match ops::dict_pop(vm, container, key)? {
                Some(_) => Ok(()),
                None => Err(key_error(key.to_ref())),
            };
        }
        _ => {}
    }
    Err(type_error(format!(
        "'{}' object doesn't support item deletion",
        type_name(container)
    )))
}

/// BinarySubscr's fast path: an exact list or tuple indexed by a word-sized
/// exact int in range (negative indices count from the end). `None` sends
/// the caller down [`getitem`], which also produces every error.
#[inline(always)]
pub fn fast_getitem(container: &Obj, key: &Obj) -> Option<ObjRef> {
    let t = registry::types();
    if !key.ty().is(&t.int) {
        return None;
    }
    let ty = container.ty();
    if ty.is(&t.list) {
        let items = list::list_body(container)?.items.borrow();
        Some(items[seq_index(key, items.len())?].clone())
    } else if ty.is(&t.tuple) {
        let items = tuple::try_tuple_items(container)?;
        Some(items[seq_index(key, items.len())?].clone())
    } else {
        None
    }
}

/// A word-sized int `k` as an index into a sequence of `len` items,
/// negative from the end; `None` when it is big or out of range (the
/// generic path then raises the IndexError).
#[inline(always)]
pub(crate) fn seq_index(k: &Obj, len: usize) -> Option<usize> {
    let i = int_small(k)?;
    let i = if i < 0 { i + len as i64 } else { i };
    usize::try_from(i).ok().filter(|&i| i < len)
}

/// StoreSubscr's fast path: `list[i] = value` on an exact list with a
/// word-sized exact int index in range. Gives `value` back when it does
/// not apply; the replaced item is released after the list's borrow ends.
#[inline(always)]
pub fn fast_setitem(container: &Obj, key: &Obj, value: ObjRef) -> Result<(), ObjRef> {
    let t = registry::types();
    if !key.ty().is(&t.int) || !container.ty().is(&t.list) {
        return Err(value);
    }
    let Some(body) = list::list_body(container) else {
        return Err(value);
    };
    let old = {
        let mut items = body.items.borrow_mut();
        match seq_index(key, items.len()) {
            Some(i) => std::mem::replace(&mut items[i], value),
            None => return Err(value),
        }
    };
    drop(old);
    Ok(())
}
