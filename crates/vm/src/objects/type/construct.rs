//! Calling a built-in type: `int("12")`, `list(it)`, `range(3)`,
//! `ValueError("m")`..., and filling instances of subclasses of built-in
//! containers.

use super::convert::{check_args, check_kwargs, index_value, kwarg, no_kwargs, split_kwargs};
use super::exc::{type_error, value_error};
use super::ops::{self, type_name};
use super::{iterops, py_bool, PyResult, Vm};
use crate::object::{alloc_object, Obj, ObjRef};
use crate::types::dict::new_dict;
use crate::types::func::*;
use crate::types::int::{float_value, new_bigint, new_float, new_int, to_bigint};
use crate::types::iter::*;
use crate::types::misc::RangeBody;
use crate::types::seq::{list_body, new_list, new_tuple};
use crate::types::str::{new_str, try_str};
use crate::types::typeobj::TypeBody;
use crate::types::{types, Layout};
use std::cell::{Cell, RefCell};

// ---------------------------------------------------------------------------
// Constructors of built-in types.

/// Calling a built-in type: `int(x)`, `list(it)`, `ValueError("m")` ...
pub fn construct_builtin(
    vm: &mut Vm,
    cls: &Obj,
    args: &[ObjRef],
    kwnames: Option<&Obj>,
) -> PyResult<ObjRef> {
    let t = types();
    let tb = cls.payload::<TypeBody>().expect("type");
    let (pos, kws) = split_kwargs(args, kwnames);
    let name = tb.name();
    if tb.layout == Layout::Exception {
        return super::exc::new_exception(cls, pos.to_vec());
    }
    macro_rules! is {
        ($f:ident) => {
            cls.is(&t.$f)
        };
    }
    if is!(int) {
        check_kwargs("int", &kws, &["base"])?;
        check_args("int", pos, 0, 2)?;
        return construct_int(vm, pos.first(), pos.get(1).or_else(|| kwarg(&kws, "base")));
    }
    if is!(bool) {
        no_kwargs("bool", kwnames)?;
        check_args("bool", pos, 0, 1)?;
        return Ok(py_bool(match pos.first() {
            Some(v) => ops::truthy(vm, v)?,
            None => false,
        }));
    }
    if is!(float) {
        no_kwargs("float", kwnames)?;
        check_args("float", pos, 0, 1)?;
        return construct_float(vm, pos.first());
    }
    if is!(str) {
        check_kwargs("str", &kws, &["object", "encoding", "errors"])?;
        check_args("str", pos, 0, 3)?;
        return match pos.first().or_else(|| kwarg(&kws, "object")) {
            Some(v) => ops::str_of(vm, v),
            None => Ok(new_str("")?),
        };
    }
    if is!(bytes) {
        return super::bytesops::construct(vm, args, kwnames);
    }
    if is!(list) {
        no_kwargs("list", kwnames)?;
        check_args("list", pos, 0, 1)?;
        let items = match pos.first() {
            Some(v) => iterops::collect(vm, v)?,
            None => Vec::new(),
        };
        return Ok(new_list(items)?);
    }
    if is!(tuple) {
        no_kwargs("tuple", kwnames)?;
        check_args("tuple", pos, 0, 1)?;
        return match pos.first() {
            Some(v) if v.ty().is(&t.tuple) => Ok(v.clone()),
            Some(v) => Ok(new_tuple(iterops::collect(vm, v)?)?),
            None => Ok(t.empty_tuple.clone()),
        };
    }
    if is!(dict) {
        check_args("dict", pos, 0, 1)?;
        let d = new_dict()?;
        if let Some(src) = pos.first() {
            super::dictops::dict_update(vm, &d, src)?;
        }
        for (k, v) in kws {
            super::dictops::dict_set(vm, &d, new_str(k)?, v.clone())?;
        }
        return Ok(d);
    }
    if is!(set) || is!(frozenset) {
        no_kwargs(&name, kwnames)?;
        check_args(&name, pos, 0, 1)?;
        if let Some(src) = pos.first() {
            if is!(frozenset) && src.ty().is(&types().frozenset) {
                return Ok(src.clone());
            }
        }
        return super::setops::make_new_set(vm, is!(frozenset), pos.first().map(|o| &**o));
    }
    if is!(range) {
        no_kwargs("range", kwnames)?;
        check_args("range", pos, 1, 3)?;
        let vals: Vec<i64> = pos
            .iter()
            .map(|v| index_value(v))
            .collect::<PyResult<_>>()?;
        let (start, stop, step) = match vals.len() {
            1 => (0, vals[0], 1),
            2 => (vals[0], vals[1], 1),
            _ => (vals[0], vals[1], vals[2]),
        };
        if step == 0 {
            return Err(value_error("range() arg 3 must not be zero"));
        }
        return Ok(alloc_object(&t.range, RangeBody { start, stop, step }, 0)?);
    }
    if is!(slice) {
        check_args("slice", pos, 1, 3)?;
        let none = t.none.clone();
        let (a, b, c) = match pos.len() {
            1 => (none.clone(), pos[0].clone(), none),
            2 => (pos[0].clone(), pos[1].clone(), none),
            _ => (pos[0].clone(), pos[1].clone(), pos[2].clone()),
        };
        return super::methods::new_slice(a, b, c);
    }
    if is!(object) {
        if !pos.is_empty() {
            return Err(type_error("object() takes no arguments"));
        }
        return Ok(alloc_object(&t.object, crate::types::misc::ObjectBody, 0)?);
    }
    if is!(enumerate) {
        check_kwargs("enumerate", &kws, &["iterable", "start"])?;
        check_args("enumerate", pos, 0, 2)?;
        let src = pos
            .first()
            .or_else(|| kwarg(&kws, "iterable"))
            .ok_or_else(|| {
                type_error("enumerate() missing required argument 'iterable' (pos 1)")
            })?;
        let start = match pos.get(1).or_else(|| kwarg(&kws, "start")) {
            Some(s) => index_value(s)?,
            None => 0,
        };
        let it = iterops::get_iter(vm, src)?;
        return Ok(alloc_object(
            &t.enumerate,
            EnumerateBody {
                iter: it,
                count: Cell::new(start),
            },
            0,
        )?);
    }
    if is!(zip) {
        check_kwargs("zip", &kws, &["strict"])?;
        let strict = kwarg(&kws, "strict").is_some_and(|s| s.is(&t.true_));
        let mut iters = crate::heap::hvec_with_capacity(pos.len());
        for a in pos.iter() {
            iters.push(iterops::get_iter(vm, a)?);
        }
        return Ok(alloc_object(&t.zip, ZipBody { iters, strict }, 0)?);
    }
    if is!(map) {
        no_kwargs("map", kwnames)?;
        if pos.len() < 2 {
            return Err(type_error("map() must have at least two arguments."));
        }
        let mut iters = crate::heap::hvec_with_capacity(pos.len() - 1);
        for a in &pos[1..] {
            iters.push(iterops::get_iter(vm, a)?);
        }
        return Ok(alloc_object(
            &t.map,
            MapBody {
                func: pos[0].clone(),
                iters,
            },
            0,
        )?);
    }
    if is!(filter) {
        no_kwargs("filter", kwnames)?;
        check_args("filter", pos, 2, 2)?;
        let func = (!super::is_none(&pos[0])).then(|| pos[0].clone());
        let it = iterops::get_iter(vm, &pos[1])?;
        return Ok(alloc_object(&t.filter, FilterBody { func, iter: it }, 0)?);
    }
    if is!(reversed) {
        check_args("reversed", pos, 1, 1)?;
        let s = &pos[0];
        if ops::is_heap_type_instance(s) {
            if let Some(r) = ops::call_special(vm, s, "__reversed__", &[])? {
                return Ok(r);
            }
        }
        if s.layout() == Layout::Set && !ops::is_heap_type_instance(s) {
            return Err(type_error(format!(
                "'{}' object is not reversible",
                type_name(s)
            )));
        }
        if matches!(s.layout(), Layout::Dict | Layout::DictView) && !ops::is_heap_type_instance(s) {
            let items = iterops::collect(vm, s)?;
            let l = new_list(items)?;
            let n = list_body(&l).expect("list").items.borrow().len() as i64;
            return Ok(alloc_object(
                &t.list_reverseiterator,
                ReversedBody {
                    seq: RefCell::new(Some(l)),
                    index: Cell::new(n - 1),
                },
                0,
            )?);
        }
        let n = ops::len(vm, s)
            .map_err(|_| type_error(format!("'{}' object is not reversible", type_name(s))))?
            as i64;
        let ty = if s.layout() == Layout::List {
            &t.list_reverseiterator
        } else {
            &t.reversed
        };
        return Ok(alloc_object(
            ty,
            ReversedBody {
                seq: RefCell::new(Some(s.clone())),
                index: Cell::new(n - 1),
            },
            0,
        )?);
    }
    if is!(property) {
        check_kwargs("property", &kws, &["fget", "fset", "fdel", "doc"])?;
        let get = |i: usize, k: &str| -> Option<ObjRef> {
            pos.get(i)
                .or_else(|| kwarg(&kws, k))
                .filter(|v| !super::is_none(v))
                .cloned()
        };
        return Ok(alloc_object(
            &t.property,
            PropertyBody {
                fget: get(0, "fget"),
                fset: get(1, "fset"),
                fdel: get(2, "fdel"),
                doc: get(3, "doc"),
            },
            0,
        )?);
    }
    if is!(classmethod) {
        check_args("classmethod", pos, 1, 1)?;
        return Ok(alloc_object(
            &t.classmethod,
            ClassMethodBody {
                func: pos[0].clone(),
            },
            0,
        )?);
    }
    if is!(staticmethod) {
        check_args("staticmethod", pos, 1, 1)?;
        return Ok(alloc_object(
            &t.staticmethod,
            StaticMethodBody {
                func: pos[0].clone(),
            },
            0,
        )?);
    }
    if is!(super_) {
        check_args("super", pos, 0, 2)?;
        if pos.len() != 2 {
            return Err(super::exc::runtime_error("super(): no arguments"));
        }
        return super::class::new_super(&pos[0], &pos[1]);
    }
    Err(type_error(format!("cannot create '{name}' instances")))
}

/// `list.__init__`-style filling of a list/dict/set subclass instance.
pub fn init_builtin_subclass(
    vm: &mut Vm,
    obj: &Obj,
    args: &[ObjRef],
    kwnames: Option<&Obj>,
) -> PyResult<()> {
    let (pos, kws) = split_kwargs(args, kwnames);
    match obj.layout() {
        Layout::List => {
            if let Some(src) = pos.first() {
                let items = iterops::collect(vm, src)?;
                list_body(obj)
                    .expect("list")
                    .items
                    .borrow_mut()
                    .extend(items);
            }
        }
        Layout::Dict => {
            if let Some(src) = pos.first() {
                super::dictops::dict_update(vm, obj, src)?;
            }
            for (k, v) in kws {
                super::dictops::dict_set(vm, obj, new_str(k)?, v.clone())?;
            }
        }
        Layout::Set => {
            if let Some(src) = pos.first() {
                super::setops::update_internal(vm, obj, src)?;
            }
        }
        _ => {}
    }
    Ok(())
}

fn construct_int(vm: &mut Vm, x: Option<&ObjRef>, base: Option<&ObjRef>) -> PyResult<ObjRef> {
    let Some(x) = x else { return Ok(new_int(0)?) };
    if let Some(b) = base {
        let base = index_value(b)?;
        if base != 0 && !(2..=36).contains(&base) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let s = try_str(x)
            .ok_or_else(|| type_error("int() can't convert non-string with explicit base"))?;
        return match super::fmtcore::parse_int(s, base as u32) {
            Some(v) => Ok(new_bigint(&v)?),
            None => Err(value_error(format!(
                "invalid literal for int() with base {}: {}",
                base,
                super::repr::str_repr(s)
            ))),
        };
    }
    match x.layout() {
        Layout::Int => {
            if x.ty().is(&types().int) {
                return Ok(x.clone());
            }
            return Ok(new_bigint(&to_bigint(x).expect("int"))?);
        }
        Layout::Float => {
            let f = float_value(x).expect("float");
            if f.is_nan() {
                return Err(value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(super::exc::overflow_error(
                    "cannot convert float infinity to integer",
                ));
            }
            let t = f.trunc();
            if t.abs() < 9.0e18 {
                return Ok(new_int(t as i64)?);
            }
            let b: num_bigint::BigInt = num_traits::FromPrimitive::from_f64(t).unwrap_or_default();
            return Ok(new_bigint(&b)?);
        }
        Layout::Str => {
            let s = try_str(x).expect("str");
            return match super::fmtcore::parse_int(s, 10) {
                Some(v) => Ok(new_bigint(&v)?),
                None => Err(value_error(format!(
                    "invalid literal for int() with base 10: {}",
                    super::repr::str_repr(s)
                ))),
            };
        }
        _ => {}
    }
    for m in ["__int__", "__index__", "__trunc__"] {
        if let Some(r) = ops::call_special(vm, x, m, &[])? {
            return Ok(r);
        }
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(x)
    )))
}

fn construct_float(vm: &mut Vm, x: Option<&ObjRef>) -> PyResult<ObjRef> {
    let Some(x) = x else {
        return Ok(new_float(0.0)?);
    };
    match x.layout() {
        Layout::Float => return Ok(new_float(float_value(x).expect("float"))?),
        Layout::Int => return Ok(new_float(super::numeric::int_to_f64(x)?)?),
        Layout::Str => {
            let s = try_str(x).expect("str");
            return match super::fmtcore::parse_float(s) {
                Some(f) => Ok(new_float(f)?),
                None => Err(value_error(format!(
                    "could not convert string to float: {}",
                    super::repr::str_repr(s)
                ))),
            };
        }
        _ => {}
    }
    if let Some(r) = ops::call_special(vm, x, "__float__", &[])? {
        return Ok(r);
    }
    Err(type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        type_name(x)
    )))
}
