//! `hash()` (CPython's `PyObject_Hash`): built-in values natively with
//! CPython's hash functions (ints modulo 2**61 - 1, floats consistent with
//! ints, tuples with the xxHash-based combination of 3.11, str and bytes
//! hashes cached in the object), otherwise `__hash__`, and `TypeError:
//! unhashable type` for mutable built-ins and classes that set `__hash__ =
//! None` by defining `__eq__`.

use crate::memory::object::Obj;
use crate::objects::bytes::methods::bytes_hash;
use crate::objects::exception::type_error;
use crate::objects::float::float_value;
use crate::objects::int::{arith, int_small};
use crate::objects::set::ops::frozenset_hash;
use crate::objects::set::SetBody;
use crate::objects::tuple::tuple_hash;
use crate::objects::typeobject::{flags, lookup_str};
use crate::objects::{singletons, Layout};
use crate::protocol::object::{
    call_special, is_builtin_value_subclass, is_heap_type_instance, type_name,
};
use crate::vm::{PyResult, Vm};

/// `hash(o)`.
pub fn hash(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    if is_builtin_value_subclass(o)
        && o.type_body()
            .has_flag(flags::CUSTOM_HASH | flags::CUSTOM_EQ)
    {
        return hash_protocol(vm, o);
    }
    hash_builtin(vm, o)
}

/// `hash(o)` by the built-in code of `o`'s layout.
pub(crate) fn hash_builtin(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    match o.layout() {
        Layout::Str => return Ok(crate::objects::str::str_hash(o)),
        Layout::Bytes if !is_heap_type_instance(o) => return Ok(bytes_hash(o)),
        Layout::Int => return Ok(arith::hash_int(o)),
        Layout::Float => {
            return Ok(crate::objects::float::arith::hash_float(
                float_value(o).expect("float"),
            ))
        }
        Layout::ByteArray => return Err(crate::objects::bytearray::unhashable(o)),
        Layout::Slice => return Err(type_error("unhashable type: 'slice'")),
        Layout::Complex => {
            return Ok(crate::objects::complex::complex_hash(
                crate::objects::complex::complex_value(o).expect("complex"),
            ))
        }
        Layout::Tuple => return tuple_hash(vm, o),
        Layout::WeakRef => return crate::objects::weakref::weakref_hash(vm, o),
        Layout::Namespace if !is_heap_type_instance(o) => {
            return Err(type_error(format!("unhashable type: '{}'", type_name(o))))
        }
        Layout::Range => return crate::objects::range::range_hash(vm, o),
        // Keys and items views are set-like, so unhashable (CPython's
        // PyObject_HashNotImplemented); a values view hashes by identity.
        Layout::DictView
            if !matches!(
                crate::objects::dict::views::view_kind(o),
                crate::objects::dict::views::DictIterKind::Values
            ) =>
        {
            return Err(type_error(format!("unhashable type: '{}'", type_name(o))))
        }
        // Equal bound methods hash alike: by their object's identity and
        // their function.
        Layout::Method => {
            let m = o
                .payload::<crate::objects::function::method::MethodBody>()
                .expect("method");
            let (func, self_) = (m.func.clone(), m.self_.clone());
            let h = (self_.id() as i64 >> 4) ^ hash(vm, &func)?;
            return Ok(if h == -1 { -2 } else { h });
        }
        Layout::BuiltinFunction => {
            let b = o
                .payload::<crate::objects::function::builtin::BuiltinBody>()
                .expect("builtin");
            if let Some(s) = &b.bound {
                let mut h: i64 = s.id() as i64 >> 4;
                for c in b.owner.bytes().chain(b.name.bytes()) {
                    h = h.wrapping_mul(1_000_003) ^ c as i64;
                }
                return Ok(if h == -1 { -2 } else { h });
            }
        }
        Layout::List | Layout::Dict | Layout::Set if !is_heap_type_instance(o) => {
            if !(o.layout() == Layout::Set && o.payload::<SetBody>().is_some_and(|s| s.frozen)) {
                return Err(type_error(format!("unhashable type: '{}'", type_name(o))));
            }
            return Ok(frozenset_hash(o));
        }
        _ => {}
    }
    hash_protocol(vm, o)
}

fn hash_protocol(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    let tb = o.type_body();
    if tb.has_flag(flags::HEAPTYPE) && tb.has_flag(flags::CUSTOM_HASH | flags::CUSTOM_EQ) {
        match lookup_str(o.ty(), "__hash__") {
            Some(h) if singletons::is_none(&h) => {
                return Err(type_error(format!("unhashable type: '{}'", type_name(o))));
            }
            Some(_) => {
                if let Some(r) = call_special(vm, o, "__hash__", &[])? {
                    if r.layout() != Layout::Int {
                        return Err(type_error("__hash__ method should return an integer"));
                    }
                    // As CPython: a result that fits a machine word is
                    // the hash (-1 being reserved for errors becomes -2).
                    return Ok(match int_small(&r) {
                        Some(-1) => -2,
                        Some(v) => v,
                        None => arith::hash_int(&r),
                    });
                }
            }
            None => {}
        }
    }
    if is_builtin_value_subclass(o) {
        return hash_builtin(vm, o);
    }
    // A frozenset subclass hashes as a frozenset.
    if tb.has_flag(flags::HEAPTYPE)
        && o.layout() == Layout::Set
        && crate::objects::typeobject::is_subtype(
            o.ty(),
            &crate::objects::registry::types().frozenset,
        )
    {
        return Ok(frozenset_hash(o));
    }
    // A subclass of an unhashable built-in inherits its `__hash__ = None`.
    if tb.has_flag(flags::HEAPTYPE)
        && matches!(
            o.layout(),
            Layout::List | Layout::Dict | Layout::Set | Layout::ByteArray
        )
        && lookup_str(o.ty(), "__hash__").is_some_and(|h| singletons::is_none(&h))
    {
        return Err(type_error(format!("unhashable type: '{}'", type_name(o))));
    }
    // Identity hash: CPython rotates the address by 4 bits.
    let id = o.id() as u64;
    Ok(id.rotate_right(4) as i64)
}

/// The unhashable built-in types have `__hash__ = None` in their namespace,
/// as in CPython (`list.__hash__ is None`; their subclasses inherit it).
pub(crate) fn install_hash_none() -> PyResult<()> {
    let t = crate::objects::registry::types();
    for ty in [
        &t.list,
        &t.dict,
        &t.set,
        &t.bytearray,
        &t.slice,
        &t.dict_keys,
        &t.dict_items,
    ] {
        let tb = ty
            .payload::<crate::objects::typeobject::TypeBody>()
            .expect("type");
        tb.dict()
            .borrow_mut()
            .set_str(crate::objects::str::new_str("__hash__")?, t.none.clone())?;
    }
    Ok(())
}
