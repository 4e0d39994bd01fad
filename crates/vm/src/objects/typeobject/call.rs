//! Calling a type to make an instance (CPython's `type_call`): `__new__`
//! then `__init__`, with the built-in defaults; allocating instances of
//! classes, including subclasses of immutable built-ins (`int`, `str`,
//! `tuple` ...).

use crate::memory::heap;
use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::descriptor::StaticMethodBody;
use crate::objects::dict::table::DictTable;
use crate::objects::dict::DictBody;
use crate::objects::exception::type_error;
use crate::objects::float::FloatBody;
use crate::objects::list::ListBody;
use crate::objects::registry::types;
use crate::objects::set::table::SetTable;
use crate::objects::set::SetBody;
use crate::objects::str::try_str;
use crate::objects::tuple::try_tuple_items;
use crate::objects::typeobject::class::{abstract_error, create_class, finish_class};
use crate::objects::typeobject::{construct, flags, is_subtype, lookup_str, metaclass, TypeBody};
use crate::objects::{bytes, float, int, singletons, tuple, typeobject, Layout};
use crate::protocol::object::type_name;
use crate::protocol::{call, convert, object};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

/// Calling a class.
pub fn call_type(
    vm: &mut Vm,
    cls: &Obj,
    args: &[ObjRef],
    kwnames: Option<&Obj>,
) -> PyResult<ObjRef> {
    let t = types();
    let tb = cls.payload::<TypeBody>().expect("type");
    if !tb.has_flag(flags::HEAPTYPE) {
        if cls.is(&t.type_) {
            let (pos, kws) = convert::split_kwargs(args, kwnames);
            if pos.len() == 1 {
                // CPython's type_vectorcall.
                convert::no_kwargs("type", kwnames)?;
                return Ok(pos[0].ty().to_ref());
            }
            if pos.len() == 3 && !kws.is_empty() {
                // The keywords go to `__init_subclass__`.
                return call::with_first(&t.type_, args, |full| {
                    metaclass::type_new(vm, full, kwnames)
                });
            }
            if pos.len() == 3 {
                let bases = metaclass::type_new_args(&pos[0], &pos[1], &pos[2])?;
                let meta = metaclass::calculate_metaclass(&t.type_, &bases)?;
                let cls = create_class(vm, &meta, &pos[0], bases, &pos[2])?;
                finish_class(vm, &cls, &[])?;
                return Ok(cls);
            }
            return Err(type_error("type() takes 1 or 3 arguments"));
        }
        return construct::construct_builtin(vm, cls, args, kwnames);
    }
    // A metaclass's own `__call__` (singletons, registries ...) replaces
    // `type.__call__`, which is the code below.
    if !cls.ty().is(&t.type_) {
        if let Some(f) = lookup_str(cls.ty(), "__call__") {
            if f.layout() != Layout::BuiltinFunction {
                return call::with_first(&cls.to_ref(), args, |full| {
                    call::call(vm, &f, full, kwnames)
                });
            }
        }
    }
    call_type_default(vm, cls, args, kwnames)
}

/// `type.__call__(cls, *args, **kwargs)` for a class statement's class:
/// `__new__`, then `__init__` when `__new__` returned an instance of `cls`.
pub fn call_type_default(
    vm: &mut Vm,
    cls: &Obj,
    args: &[ObjRef],
    kwnames: Option<&Obj>,
) -> PyResult<ObjRef> {
    let tb = cls.payload::<TypeBody>().expect("type");
    if !tb.has_flag(flags::HEAPTYPE) {
        return call_type(vm, cls, args, kwnames);
    }
    let (new, init) = super::ctor_cache::new_and_init(cls);
    let obj = match new {
        Some(ref n) if !is_builtin_new(n) => {
            let f = match n.layout() {
                Layout::StaticMethod => n.payload::<StaticMethodBody>().expect("sm").func.clone(),
                _ => n.clone(),
            };
            let obj = call::with_first(&cls.to_ref(), args, |full| {
                call::call(vm, &f, full, kwnames)
            })?;
            if !is_subtype(obj.ty(), cls) {
                return Ok(obj);
            }
            obj
        }
        _ if is_immutable_layout(tb.layout) => new_immutable_instance(vm, cls, args, kwnames)?,
        // A metaclass without its own `__new__`: `type.__new__`.
        _ if tb.layout == Layout::Type => {
            let obj = call::with_first(&cls.to_ref(), args, |full| {
                metaclass::type_new(vm, full, kwnames)
            })?;
            if !is_subtype(obj.ty(), cls) {
                return Ok(obj);
            }
            obj
        }
        _ => alloc_instance(vm, cls, args)?,
    };
    // BaseException.__init__ is skipped as a no-op only when `__new__` was
    // the built-in one; after a class's own `__new__` it sets `args` to the
    // call's arguments, as CPython's `BaseException_init`.
    let own_new_exception =
        obj.layout() == Layout::Exception && new.as_ref().is_some_and(|n| !is_builtin_new(n));
    match init {
        Some(i) if !object::is_object_slot(&i) || own_new_exception => {
            let r = call::call_with_self(vm, &i, &obj, args, kwnames)?;
            if !singletons::is_none(&r) {
                return Err(type_error(format!(
                    "__init__() should return None, not '{}'",
                    type_name(&r)
                )));
            }
        }
        _ => {
            let has_args = !args.is_empty();
            // BaseException.__init__ (skipped as a no-op) refuses keywords.
            if tb.layout == Layout::Exception
                && kwnames.is_some_and(|k| !crate::objects::tuple::tuple_items(k).is_empty())
            {
                return Err(type_error(format!(
                    "{}() takes no keyword arguments",
                    tb.name()
                )));
            }
            if has_args && tb.layout == Layout::Instance && new.as_ref().is_none_or(is_builtin_new)
            {
                return Err(type_error(format!("{}() takes no arguments", tb.name())));
            }
            // A frozenset subclass is filled by its `__new__` (a class's
            // own one may leave it empty).
            let own_new = new.as_ref().is_some_and(|n| !is_builtin_new(n));
            let frozen_own_new = own_new && is_subtype(cls, &types().frozenset);
            if matches!(tb.layout, Layout::List | Layout::Dict | Layout::Set)
                && has_args
                && !frozen_own_new
            {
                // list/dict/set subclasses without __init__: fill like the base.
                construct::init_builtin_subclass(vm, &obj, args, kwnames)?;
            }
        }
    }
    Ok(obj)
}

fn is_builtin_new(f: &ObjRef) -> bool {
    f.layout() == Layout::BuiltinFunction
}

/// Do instances of this layout hold an immutable built-in value (int,
/// float, complex, str, tuple, bytes), made whole by `__new__`?
pub fn is_immutable_layout(l: Layout) -> bool {
    matches!(
        l,
        Layout::Int | Layout::Float | Layout::Complex | Layout::Str | Layout::Tuple | Layout::Bytes
    )
}

/// `int.__new__(cls, ...)` and friends for a subclass `cls` of an immutable
/// built-in: the built-in constructor's value, copied into an object of
/// type `cls` (same layout, so the built-in code works on it unchanged).
pub fn new_immutable_instance(
    vm: &mut Vm,
    cls: &Obj,
    args: &[ObjRef],
    kwnames: Option<&Obj>,
) -> PyResult<ObjRef> {
    let layout = cls.payload::<TypeBody>().expect("type").layout;
    let base = typeobject::mro_iter(cls)
        .find(|m| {
            let b = m.payload::<TypeBody>().expect("type");
            !b.has_flag(flags::HEAPTYPE) && b.layout == layout
        })
        .expect("built-in base")
        .to_ref();
    let v = construct::construct_builtin(vm, &base, args, kwnames)?;
    retype_immutable(cls, &v)
}

/// A copy of the built-in value `v` whose type is `cls` (same layout).
fn retype_immutable(cls: &Obj, v: &Obj) -> PyResult<ObjRef> {
    if v.ty().is(cls) {
        return Ok(v.to_ref());
    }
    Ok(match v.layout() {
        Layout::Int => int::new_bigint_in(cls, &int::to_bigint(v).expect("int"))?,
        Layout::Float => alloc_object(
            cls,
            FloatBody {
                value: float::float_value(v).expect("float"),
            },
            0,
        )?,
        Layout::Complex => {
            let (re, im) = crate::objects::complex::complex_value(v).expect("complex");
            alloc_object(cls, crate::objects::complex::ComplexBody { re, im }, 0)?
        }
        Layout::Str => crate::objects::str::new_str_with_type(cls, try_str(v).expect("str"))?,
        Layout::Tuple => tuple::new_tuple_in(cls, try_tuple_items(v).expect("tuple").to_vec())?,
        Layout::Bytes => bytes::new_bytes_in(cls, bytes::try_bytes(v).expect("bytes"))?,
        l => return Err(type_error(format!("cannot retype layout {}", l.name()))),
    })
}

/// `object.__new__(cls)`: a blank instance of a heap type.
pub fn alloc_instance(vm: &mut Vm, cls: &Obj, args: &[ObjRef]) -> PyResult<ObjRef> {
    let tb = cls.payload::<TypeBody>().expect("type");
    if tb.has_flag(flags::ABSTRACT) {
        return Err(abstract_error(tb));
    }
    Ok(match tb.layout {
        Layout::Instance => crate::objects::instance::new_instance(cls)?,
        // BaseExceptionGroup.__new__ checks and keeps its arguments.
        Layout::Exception if is_subtype(cls, &types().base_exception_group) => {
            crate::objects::exception_group::group_new(vm, cls, args)?
        }
        Layout::Exception => {
            // The args tuple straight from the arguments (no Rust vector).
            let t = crate::objects::tuple::new_tuple_exact(args.iter().cloned())?;
            // Its family's fields are filled by `__init__`, as CPython's
            // BaseException_new sets only `args`.
            crate::objects::exception::alloc_exception_blank(cls, t)?
        }
        Layout::List => alloc_object(
            cls,
            ListBody {
                items: RefCell::new(heap::hvec()),
            },
            0,
        )?,
        Layout::Dict => alloc_object(
            cls,
            DictBody {
                table: RefCell::new(DictTable::new()),
            },
            0,
        )?,
        Layout::Set => alloc_object(
            cls,
            SetBody {
                table: RefCell::new(SetTable::new()),
                frozen: false,
            },
            0,
        )?,
        // Empty: `bytearray.__init__` fills it.
        Layout::ByteArray => crate::objects::bytearray::new_bytearray_in(cls, &[])?,
        // `ref.__new__(cls, ob, callback)` of a subclass (KeyedRef).
        Layout::WeakRef => crate::objects::weakref::weakref_new_in(cls, args, None)?,
        // Filled by `__init__`.
        Layout::Namespace => crate::objects::namespace::new_namespace_in(cls)?,
        l => {
            return Err(type_error(format!(
                "cannot create instances of layout {}",
                l.name()
            )))
        }
    })
}
