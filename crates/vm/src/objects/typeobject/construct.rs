//! Calling a built-in type: `int("12")`, `list(it)`, `range(3)`,
//! `ValueError("m")`..., and filling instances of subclasses of built-in
//! containers.

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::bool::py_bool;
use crate::objects::descriptor::{ClassMethodBody, PropertyBody, StaticMethodBody};
use crate::objects::dict::new_dict;
use crate::objects::exception::{type_error, value_error};
use crate::objects::float::methods::construct_float;
use crate::objects::int::methods::construct_int;
use crate::objects::iter::{EnumerateBody, FilterBody, MapBody, ReversedBody, ZipBody};
use crate::objects::list::{list_body, new_list};
use crate::objects::range::RangeBody;
use crate::objects::registry::types;
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobject::TypeBody;
use crate::objects::Layout;
use crate::protocol::convert::{
    check_args, check_kwargs, index_value, kwarg, no_kwargs, split_kwargs,
};
use crate::protocol::object::type_name;
use crate::protocol::{iter, object, repr};
use crate::vm::{PyResult, Vm};
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
        return crate::objects::exception::new_exception(cls, pos.to_vec());
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
            Some(v) => object::truthy(vm, v)?,
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
            Some(v) => repr::str_of(vm, v),
            None => Ok(new_str("")?),
        };
    }
    if is!(bytes) {
        return crate::objects::bytes::methods::construct(vm, args, kwnames);
    }
    if is!(list) {
        no_kwargs("list", kwnames)?;
        check_args("list", pos, 0, 1)?;
        let items = match pos.first() {
            Some(v) => iter::collect(vm, v)?,
            None => Vec::new(),
        };
        return Ok(new_list(items)?);
    }
    if is!(tuple) {
        no_kwargs("tuple", kwnames)?;
        check_args("tuple", pos, 0, 1)?;
        return match pos.first() {
            Some(v) if v.ty().is(&t.tuple) => Ok(v.clone()),
            Some(v) => Ok(new_tuple(iter::collect(vm, v)?)?),
            None => Ok(t.empty_tuple.clone()),
        };
    }
    if is!(dict) {
        check_args("dict", pos, 0, 1)?;
        let d = new_dict()?;
        if let Some(src) = pos.first() {
            crate::objects::dict::ops::dict_update(vm, &d, src)?;
        }
        for (k, v) in kws {
            crate::objects::dict::ops::dict_set(vm, &d, new_str(k)?, v.clone())?;
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
        return crate::objects::set::ops::make_new_set(
            vm,
            is!(frozenset),
            pos.first().map(|o| &**o),
        );
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
        return crate::objects::slice::new_slice(a, b, c);
    }
    if is!(object) {
        if !pos.is_empty() {
            return Err(type_error("object() takes no arguments"));
        }
        return Ok(alloc_object(
            &t.object,
            crate::objects::instance::ObjectBody,
            0,
        )?);
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
        let it = iter::get_iter(vm, src)?;
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
        let mut iters = crate::memory::heap::hvec_with_capacity(pos.len());
        for a in pos.iter() {
            iters.push(iter::get_iter(vm, a)?);
        }
        return Ok(alloc_object(&t.zip, ZipBody { iters, strict }, 0)?);
    }
    if is!(map) {
        no_kwargs("map", kwnames)?;
        if pos.len() < 2 {
            return Err(type_error("map() must have at least two arguments."));
        }
        let mut iters = crate::memory::heap::hvec_with_capacity(pos.len() - 1);
        for a in &pos[1..] {
            iters.push(iter::get_iter(vm, a)?);
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
        let func = (!crate::objects::singletons::is_none(&pos[0])).then(|| pos[0].clone());
        let it = iter::get_iter(vm, &pos[1])?;
        return Ok(alloc_object(&t.filter, FilterBody { func, iter: it }, 0)?);
    }
    if is!(reversed) {
        check_args("reversed", pos, 1, 1)?;
        let s = &pos[0];
        if object::is_heap_type_instance(s) {
            if let Some(r) = object::call_special(vm, s, "__reversed__", &[])? {
                return Ok(r);
            }
        }
        if s.layout() == Layout::Set && !object::is_heap_type_instance(s) {
            return Err(type_error(format!(
                "'{}' object is not reversible",
                type_name(s)
            )));
        }
        if matches!(s.layout(), Layout::Dict | Layout::DictView)
            && !object::is_heap_type_instance(s)
        {
            let items = iter::collect(vm, s)?;
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
        let n = object::len(vm, s)
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
                .filter(|v| !crate::objects::singletons::is_none(v))
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
            return Err(crate::objects::exception::runtime_error(
                "super(): no arguments",
            ));
        }
        return crate::objects::superobject::new_super(&pos[0], &pos[1]);
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
                let items = iter::collect(vm, src)?;
                list_body(obj)
                    .expect("list")
                    .items
                    .borrow_mut()
                    .extend(items);
            }
        }
        Layout::Dict => {
            if let Some(src) = pos.first() {
                crate::objects::dict::ops::dict_update(vm, obj, src)?;
            }
            for (k, v) in kws {
                crate::objects::dict::ops::dict_set(vm, obj, new_str(k)?, v.clone())?;
            }
        }
        Layout::Set => {
            if let Some(src) = pos.first() {
                crate::objects::set::ops::update_internal(vm, obj, src)?;
            }
        }
        _ => {}
    }
    Ok(())
}
