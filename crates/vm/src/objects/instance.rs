//! Methods of `object`, `type`, `BaseException`, `int`, `float`, and
//! `property`, plus the dunder slot wrappers of `list` and `dict` that
//! subclasses reach through `super()`.

use super::convert::check_args;
use super::exc::{exc_body, key_error, type_error};
use super::{attr, dictops, ops, py_bool, PyResult, Vm};
use crate::object::{alloc_object, Obj, ObjRef};
use crate::types::func::{BuiltinKind, NativeFn, PropertyBody};
use crate::types::int::{float_value, int_small, new_int, to_bigint};
use crate::types::seq::new_tuple;
use crate::types::str::{new_str, try_str};
use crate::types::{types, Layout};

fn none() -> ObjRef {
    types().none.clone()
}

fn obj_init(_vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(none())
}

fn obj_new(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    let cls = args
        .first()
        .ok_or_else(|| type_error("object.__new__(): not enough arguments"))?;
    if cls.layout() != Layout::Type {
        return Err(type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            ops::type_name(cls)
        )));
    }
    let cb = cls.payload::<crate::types::TypeBody>().expect("type");
    if super::class::is_immutable_layout(cb.layout) {
        if !cb.has_flag(crate::types::typeobj::flags::HEAPTYPE) {
            return super::builtins::construct_builtin(vm, cls, &args[1..], kw);
        }
        return super::class::new_immutable_instance(vm, cls, &args[1..], kw);
    }
    super::class::alloc_instance(cls, &args[1..])
}

fn obj_repr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let s = super::repr::repr_builtin(vm, &args[0])?;
    Ok(new_str(&s)?)
}

fn obj_str(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    ops::repr(vm, &args[0])
}

fn obj_eq(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__eq__", &args[1..], 1, 1)?;
    Ok(if args[0].is(&args[1]) {
        py_bool(true)
    } else {
        types().not_implemented.clone()
    })
}

fn obj_ne(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__ne__", &args[1..], 1, 1)?;
    let r = ops::rich_compare(
        vm,
        arenapy_compiler::opcode::ComparisonOperator::Equal,
        &args[0],
        &args[1],
    )?;
    if r.is(&types().not_implemented) {
        return Ok(r);
    }
    Ok(py_bool(!ops::truthy(vm, &r)?))
}

fn obj_hash(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(new_int((args[0].id() as u64).rotate_right(4) as i64)?)
}

fn obj_setattr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__setattr__", &args[1..], 2, 2)?;
    attr::generic_set_attr(vm, &args[0], &args[1], Some(args[2].clone()))?;
    Ok(none())
}

fn obj_delattr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__delattr__", &args[1..], 1, 1)?;
    attr::generic_set_attr(vm, &args[0], &args[1], None)?;
    Ok(none())
}

fn obj_getattribute(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__getattribute__", &args[1..], 1, 1)?;
    // The generic lookup without the class's own __getattribute__ override.
    let obj = &args[0];
    let name = &args[1];
    let ty = obj.ty();
    if let Some(d) = crate::types::typeobj::lookup(ty, name) {
        if d.layout() == Layout::Property {
            return attr::descr_get(vm, &d, Some(obj), ty);
        }
    }
    if let Some(dict) = attr::instance_dict(obj) {
        if let Some(v) = dict.borrow().get_str(name) {
            return Ok(v);
        }
    }
    if let Some(d) = crate::types::typeobj::lookup(ty, name) {
        return attr::descr_get(vm, &d, Some(obj), ty);
    }
    if let Some(v) = super::class::special_attr(vm, obj, try_str(name).unwrap_or(""))? {
        return Ok(v);
    }
    Err(attr::no_attribute(obj, name))
}

fn obj_format(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__format__", &args[1..], 1, 1)?;
    let spec = try_str(&args[1]).unwrap_or("");
    if !spec.is_empty() {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            ops::type_name(&args[0])
        )));
    }
    ops::str_of(vm, &args[0])
}

fn obj_init_subclass(_vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(none())
}

fn exc_init(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let e = &args[0];
    if e.layout() == Layout::Exception {
        let t = new_tuple(args[1..].to_vec())?;
        *exc_body(e).args.borrow_mut() = t;
    }
    Ok(none())
}

fn exc_str(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    super::repr::exception_str(vm, &args[0])
}

fn exc_repr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let s = super::repr::repr_builtin(vm, &args[0])?;
    Ok(new_str(&s)?)
}

fn exc_with_traceback(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    super::convert::check_args("with_traceback", &args[1..], 1, 1)?;
    Ok(args[0].clone())
}

fn int_bit_length(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let b = to_bigint(&args[0]).ok_or_else(|| type_error("bit_length needs an int"))?;
    Ok(new_int(b.bits() as i64)?)
}

fn int_conjugate(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(args[0].clone())
}

fn int_bit_count(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let b = to_bigint(&args[0]).ok_or_else(|| type_error("bit_count needs an int"))?;
    let n: u64 = b
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(new_int(n as i64)?)
}

fn float_is_integer(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let f = float_value(&args[0]).ok_or_else(|| type_error("is_integer needs a float"))?;
    Ok(py_bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let f = float_value(&args[0]).ok_or_else(|| type_error("as_integer_ratio needs a float"))?;
    if !f.is_finite() {
        return Err(super::exc::overflow_error(
            "cannot convert Infinity to integer ratio",
        ));
    }
    let mut num = f;
    let mut den: num_bigint::BigInt = 1.into();
    while num.fract() != 0.0 {
        num *= 2.0;
        den *= 2;
    }
    let n: num_bigint::BigInt = num_traits::FromPrimitive::from_f64(num).unwrap_or_default();
    let g = num_integer::Integer::gcd(&n, &den);
    let (n, d) = (n / &g, den / g);
    Ok(new_tuple(vec![
        crate::types::int::new_bigint(&n)?,
        crate::types::int::new_bigint(&d)?,
    ])?)
}

fn prop_with(args: &[ObjRef], which: usize) -> PyResult<ObjRef> {
    let p = args[0]
        .payload::<PropertyBody>()
        .ok_or_else(|| type_error("descriptor requires a property"))?;
    check_args("setter", &args[1..], 1, 1)?;
    let f = Some(args[1].clone());
    let body = PropertyBody {
        fget: if which == 0 {
            f.clone()
        } else {
            p.fget.clone()
        },
        fset: if which == 1 {
            f.clone()
        } else {
            p.fset.clone()
        },
        fdel: if which == 2 { f } else { p.fdel.clone() },
        doc: p.doc.clone(),
    };
    Ok(alloc_object(&types().property, body, 0)?)
}

fn prop_getter(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    prop_with(args, 0)
}
fn prop_setter(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    prop_with(args, 1)
}
fn prop_deleter(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    prop_with(args, 2)
}

fn type_mro(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let v: Vec<ObjRef> = crate::types::typeobj::mro_iter(&args[0])
        .map(|o| o.to_ref())
        .collect();
    Ok(crate::types::seq::new_list(v)?)
}

/// `type.__init__(cls, ...)`: nothing to do (type.__new__ did the work).
fn type_init(_vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(none())
}

/// `type.__call__(cls, *args, **kwargs)`, reached from a metaclass's own
/// `__call__` through `super()`.
fn type_call(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    if args.first().is_none_or(|c| c.layout() != Layout::Type) {
        return Err(type_error("descriptor '__call__' requires a 'type' object"));
    }
    super::class::call_type_default(vm, &args[0], &args[1..], kw)
}

/// `type.__prepare__(name, bases, **kwds)`: an empty dict.
fn type_prepare(_vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(crate::types::dict::new_dict()?)
}

// Slot wrappers for list/dict subclasses calling the base implementation.

fn seq_getitem(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__getitem__", &args[1..], 1, 1)?;
    match args[0].layout() {
        Layout::List => super::methods::list_getitem(vm, &args[0], &args[1]),
        Layout::Dict => match dictops::dict_get(vm, &args[0], &args[1])? {
            Some(v) => Ok(v),
            // dict.__getitem__ of a subclass defers to its __missing__.
            None => ops::call_special(vm, &args[0], "__missing__", &[args[1].clone()])?
                .ok_or_else(|| key_error(args[1].clone())),
        },
        _ => ops::getitem(vm, &args[0], &args[1]),
    }
}

fn seq_setitem(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__setitem__", &args[1..], 2, 2)?;
    match args[0].layout() {
        Layout::List => super::methods::list_setitem(vm, &args[0], &args[1], args[2].clone())?,
        Layout::Dict => dictops::dict_set(vm, &args[0], args[1].clone(), args[2].clone())?,
        _ => ops::setitem(vm, &args[0], &args[1], args[2].clone())?,
    }
    Ok(none())
}

fn seq_delitem(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__delitem__", &args[1..], 1, 1)?;
    match args[0].layout() {
        Layout::List => super::methods::list_delitem(vm, &args[0], &args[1])?,
        Layout::Dict => {
            if dictops::dict_pop(vm, &args[0], &args[1])?.is_none() {
                return Err(key_error(args[1].clone()));
            }
        }
        _ => ops::delitem(vm, &args[0], &args[1])?,
    }
    Ok(none())
}

fn seq_len(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let n = match args[0].layout() {
        Layout::List => crate::types::seq::list_body(&args[0])
            .expect("list")
            .items
            .borrow()
            .len(),
        Layout::Dict => dictops::table_of(&args[0]).borrow().len(),
        _ => ops::len(vm, &args[0])?,
    };
    Ok(new_int(n as i64)?)
}

fn seq_contains(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__contains__", &args[1..], 1, 1)?;
    let r = match args[0].layout() {
        Layout::Dict => dictops::dict_get(vm, &args[0], &args[1])?.is_some(),
        Layout::List => {
            let items = super::iterops::seq_items(&args[0]);
            let mut found = false;
            for i in &items {
                if ops::eq(vm, i, &args[1])? {
                    found = true;
                    break;
                }
            }
            found
        }
        _ => ops::contains(vm, &args[0], &args[1])?,
    };
    Ok(py_bool(r))
}

fn seq_iter(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    match args[0].layout() {
        Layout::Dict => super::iterops::dict_iter(&args[0], crate::types::iter::DictIterKind::Keys),
        _ => {
            let t = types();
            Ok(alloc_object(
                &t.list_iterator,
                crate::types::iter::SeqIterBody {
                    seq: std::cell::RefCell::new(Some(args[0].clone())),
                    index: std::cell::Cell::new(0),
                },
                0,
            )?)
        }
    }
}

pub fn install() -> PyResult<()> {
    let t = types();
    let m = BuiltinKind::Method;
    super::methods::install(
        &t.object,
        "object",
        &[
            ("__init__", obj_init),
            ("__repr__", obj_repr),
            ("__str__", obj_str),
            ("__eq__", obj_eq),
            ("__ne__", obj_ne),
            ("__hash__", obj_hash),
            ("__setattr__", obj_setattr),
            ("__delattr__", obj_delattr),
            ("__getattribute__", obj_getattribute),
            ("__format__", obj_format),
        ],
        m,
    )?;
    super::methods::install(
        &t.object,
        "object",
        &[("__new__", obj_new)],
        BuiltinKind::StaticMethod,
    )?;
    super::methods::install(
        &t.object,
        "object",
        &[("__init_subclass__", obj_init_subclass)],
        BuiltinKind::ClassMethod,
    )?;
    super::methods::install(
        &t.base_exception,
        "BaseException",
        &[
            ("__init__", exc_init),
            ("__str__", exc_str),
            ("__repr__", exc_repr),
            ("with_traceback", exc_with_traceback),
        ],
        m,
    )?;
    super::methods::install(
        &t.int,
        "int",
        &[
            ("bit_length", int_bit_length),
            ("bit_count", int_bit_count),
            ("conjugate", int_conjugate),
            ("to_bytes", super::intbytes::int_to_bytes),
        ],
        m,
    )?;
    super::methods::install(
        &t.int,
        "int",
        &[("from_bytes", super::intbytes::int_from_bytes)],
        BuiltinKind::ClassMethod,
    )?;
    super::methods::install(
        &t.float,
        "float",
        &[("fromhex", super::floathex::float_fromhex)],
        BuiltinKind::ClassMethod,
    )?;
    super::methods::install(
        &t.float,
        "float",
        &[
            ("is_integer", float_is_integer),
            ("as_integer_ratio", float_as_integer_ratio),
            ("hex", super::floathex::float_hex),
        ],
        m,
    )?;
    super::methods::install(
        &t.property,
        "property",
        &[
            ("getter", prop_getter),
            ("setter", prop_setter),
            ("deleter", prop_deleter),
        ],
        m,
    )?;
    super::methods::install(
        &t.type_,
        "type",
        &[
            ("mro", type_mro),
            ("__init__", type_init),
            ("__call__", type_call),
        ],
        m,
    )?;
    super::methods::install(
        &t.type_,
        "type",
        &[("__new__", super::metaclass::type_new)],
        BuiltinKind::StaticMethod,
    )?;
    super::methods::install(
        &t.type_,
        "type",
        &[("__prepare__", type_prepare)],
        BuiltinKind::ClassMethod,
    )?;
    let slots: &[(&'static str, NativeFn)] = &[
        ("__getitem__", seq_getitem),
        ("__setitem__", seq_setitem),
        ("__delitem__", seq_delitem),
        ("__len__", seq_len),
        ("__contains__", seq_contains),
        ("__iter__", seq_iter),
    ];
    super::methods::install(&t.list, "list", slots, m)?;
    super::methods::install(&t.dict, "dict", slots, m)?;
    let _ = int_small;
    Ok(())
}
