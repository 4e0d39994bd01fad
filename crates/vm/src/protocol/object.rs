//! The object protocol's basics (CPython's `object.c`): the type name of an
//! object, whether it is an instance of a class statement's class, calling
//! a special method looked up on the type, truth (`__bool__`, `__len__`),
//! `len()`, and normalising sequence indices.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::dict::dict_body;
use crate::objects::dict::views::DictViewBody;
use crate::objects::exception::{index_error, type_error};
use crate::objects::float::float_value;
use crate::objects::function::builtin::BuiltinBody;
use crate::objects::int::int_small;
use crate::objects::list::list_body;
use crate::objects::registry::types;
use crate::objects::set::SetBody;
use crate::objects::str::StrBody;
use crate::objects::tuple::try_tuple_items;
use crate::objects::typeobject::{flags, lookup_str};
use crate::objects::{bytes, exception, Layout};
use crate::protocol::{attr, call, convert};
use crate::vm::{PyResult, Vm};

/// The type's name, for messages.
pub fn type_name(o: &Obj) -> String {
    let tb = o.type_body();
    let name = tb.name();
    // The classes of the `types` module written in Python stand for C types
    // whose `tp_name` is dotted (`'types.GenericAlias' object ...`).
    if tb.has_flag(flags::HEAPTYPE) && matches!(name.as_str(), "GenericAlias" | "UnionType") {
        let module = tb.dict().borrow().get_rust_str("__module__");
        if module.as_deref().and_then(crate::objects::str::try_str) == Some("types") {
            return format!("types.{name}");
        }
    }
    name
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
    let bound = attr::descr_get_for_call(vm, &f, obj)?;
    match bound {
        Some(callable) => call::call(vm, &callable, args, None).map(Some),
        None => call::call(vm, &f, &full, None).map(Some),
    }
}

/// Does a subclass instance's type define `__len__` in a class of its own
/// (not the built-in base's)?
fn has_own_len(o: &Obj) -> bool {
    lookup_str(o.ty(), "__len__").is_some_and(|f| f.layout() != Layout::BuiltinFunction)
}

/// Does `o`'s class (or a class between it and the built-in base) define
/// `name` itself, rather than inherit the built-in type's wrapper?
pub(crate) fn has_own_special(o: &Obj, name: &str) -> bool {
    lookup_str(o.ty(), name).is_some_and(|f| f.layout() != Layout::BuiltinFunction)
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
    let heap = is_heap_type_instance(o);
    match o.layout() {
        // A subclass of a built-in container may override `__bool__` or
        // `__len__` (CPython's slots follow the override).
        Layout::Tuple | Layout::Str | Layout::Bytes | Layout::ByteArray | Layout::Set
            if heap && (lookup_str(o.ty(), "__bool__").is_some() || has_own_len(o)) =>
        {
            if let Some(b) = own_bool(vm, o)? {
                return Ok(b);
            }
            Ok(len(vm, o)? > 0)
        }
        // A number subclass's own `__bool__` decides (int's, float's and
        // complex's wrappers compute the value's truth directly).
        Layout::Int | Layout::Float | Layout::Complex if heap && has_own_special(o, "__bool__") => {
            Ok(own_bool(vm, o)?.expect("__bool__ found"))
        }
        Layout::Int => Ok(int_small(o) != Some(0)),
        Layout::Float => Ok(float_value(o) != Some(0.0)),
        Layout::Complex => Ok(
            crate::objects::complex::complex_value(o).is_some_and(|(r, i)| r != 0.0 || i != 0.0)
        ),
        Layout::Str => Ok(o.payload::<StrBody>().is_some_and(|b| b.byte_len() > 0)),
        Layout::Bytes => Ok(bytes::try_bytes(o).is_some_and(|b| !b.is_empty())),
        Layout::ByteArray => Ok(crate::objects::bytearray::bytearray_truthy(o)),
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
        Layout::Range => Ok(!crate::objects::range::range_is_empty(o)),
        // (A class is true unless its metaclass says otherwise.)
        l @ (Layout::Instance | Layout::Exception | Layout::List | Layout::Dict | Layout::Type)
            if l != Layout::Type || is_heap_type_instance(o) =>
        {
            if let Some(b) = own_bool(vm, o)? {
                return Ok(b);
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

/// The truth an overridden `__bool__` gives, checked to be a bool as
/// CPython's `slot_nb_bool`; None when the type has none.
fn own_bool(vm: &mut Vm, o: &Obj) -> PyResult<Option<bool>> {
    let Some(r) = call_special(vm, o, "__bool__", &[])? else {
        return Ok(None);
    };
    let t = types();
    if r.layout() != Layout::Int || !r.ty().is(&t.bool) {
        return Err(type_error(format!(
            "__bool__ should return bool, returned {}",
            type_name(&r)
        )));
    }
    Ok(Some(r.is(&t.true_)))
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
        // A subclass of list, dict or set whose class defines `__len__`.
        Layout::List | Layout::Dict | Layout::Set
            if is_heap_type_instance(o)
                && crate::objects::typeobject::lookup_str(o.ty(), "__len__")
                    .is_some_and(|f| f.layout() != Layout::BuiltinFunction) =>
        {
            return len_protocol(vm, o)
        }
        Layout::Str => return Ok(o.payload::<StrBody>().expect("str").char_len()),
        Layout::Bytes => return Ok(bytes::try_bytes(o).map_or(0, |b| b.len())),
        Layout::ByteArray => return Ok(crate::objects::bytearray::bytearray_len(o)),
        Layout::MemoryView => return crate::objects::memoryview::memoryview_len(o),
        Layout::Tuple => return Ok(try_tuple_items(o).expect("tuple").len()),
        Layout::List if !is_heap_type_instance(o) => {
            return Ok(list_body(o).expect("list").items.borrow().len())
        }
        Layout::Dict if !is_heap_type_instance(o) => {
            return Ok(dict_body(o).expect("dict").table.borrow().len())
        }
        Layout::Set => return Ok(o.payload::<SetBody>().expect("set").table.borrow().len()),
        Layout::Range => return crate::objects::range::range_len(o),
        Layout::DictView => {
            let v = o.payload::<DictViewBody>().expect("view");
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
        if r.layout() == Layout::Int && crate::objects::int::int_small(&r).is_none() {
            return Err(exception::overflow_error(
                "cannot fit 'int' into an index-sized integer",
            ));
        }
        let n = convert::index_value(&r).map_err(|_| {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(&r)
            ))
        })?;
        if n < 0 {
            return Err(exception::value_error("__len__() should return >= 0"));
        }
        return Ok(n as usize);
    }
    Err(type_error(format!(
        "object of type '{}' has no len()",
        type_name(o)
    )))
}

/// Is `f` one of `object`'s own slot wrappers (so a class did not override
/// the method)?
pub fn is_object_slot(f: &Obj) -> bool {
    f.payload::<BuiltinBody>()
        .is_some_and(|b| b.owner == "object" || b.owner == "BaseException")
}

/// An index for `seq[i]`: normalises negatives; errors like CPython.
pub fn seq_index(i: &Obj, len: usize, what: &str) -> PyResult<usize> {
    let v = convert::index_value(i).map_err(|_| {
        if i.layout() == Layout::Int {
            // Beyond a machine word: CPython's `PyNumber_AsSsize_t` with
            // IndexError.
            index_error(format!(
                "cannot fit '{}' into an index-sized integer",
                type_name(i)
            ))
        } else {
            type_error(format!(
                "{what} indices must be integers or slices, not {}",
                type_name(i)
            ))
        }
    })?;
    let n = len as i64;
    let j = if v < 0 { v + n } else { v };
    if j < 0 || j >= n {
        return Err(index_error(format!("{what} index out of range")));
    }
    Ok(j as usize)
}
