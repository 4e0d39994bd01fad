//! The iterator protocol: `iter()`, `next()`, and the built-in iterator
//! objects' `__next__`.
//!
//! [`next`] returns `Ok(None)` at exhaustion instead of raising
//! StopIteration, so loops never allocate an exception to end; a Python
//! `__next__` that raises StopIteration is translated to `Ok(None)` here.

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::dict::views::{dict_iter, dict_next, DictIterBody, DictIterKind, DictViewBody};
use crate::objects::exception;
use crate::objects::exception::type_error;
use crate::objects::generator;
use crate::objects::int::new_int;
use crate::objects::iter::{
    seq_next, CallIterBody, EnumerateBody, FilterBody, MapBody, ReversedBody, SeqIterBody, ZipBody,
};
use crate::objects::list::list_body;
use crate::objects::range::{RangeBody, RangeIterBody};
use crate::objects::registry::types;
use crate::objects::set::SetBody;
use crate::objects::tuple::{new_tuple, try_tuple_items};
use crate::objects::typeobject::{is_subtype, lookup_str};
use crate::objects::Layout;
use crate::protocol::call;
use crate::protocol::compare;
use crate::protocol::object;
use crate::protocol::object::{call_special, type_name};
use crate::protocol::subscript;
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};

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
    let seq_iter = |ty: &ObjRef| -> PyResult<ObjRef> {
        Ok(alloc_object(
            ty,
            SeqIterBody {
                seq: RefCell::new(Some(o.to_ref())),
                index: Cell::new(0),
            },
            0,
        )?)
    };
    match o.layout() {
        Layout::List => seq_iter(&t.list_iterator),
        Layout::Tuple => seq_iter(&t.tuple_iterator),
        Layout::Str => seq_iter(&t.str_iterator),
        Layout::Bytes => seq_iter(&t.bytes_iterator),
        Layout::Range => {
            let r = o.payload::<RangeBody>().expect("range");
            Ok(alloc_object(
                &t.range_iterator,
                RangeIterBody {
                    next: Cell::new(r.start),
                    step: r.step,
                    remaining: Cell::new(r.len()),
                },
                0,
            )?)
        }
        Layout::Dict => dict_iter(o, DictIterKind::Keys),
        Layout::Set => {
            let len = o.payload::<SetBody>().expect("set").table.borrow().len();
            Ok(alloc_object(
                &t.set_iterator,
                DictIterBody {
                    dict: o.to_ref(),
                    kind: DictIterKind::Keys,
                    pos: Cell::new(0),
                    len_at_start: len,
                },
                0,
            )?)
        }
        Layout::DictView => {
            let v = o.payload::<DictViewBody>().expect("view");
            dict_iter(&v.dict, v.kind)
        }
        _ if is_iterator(o) => Ok(o.to_ref()),
        _ => {
            if heap && lookup_str(o.ty(), "__getitem__").is_some() {
                return Ok(alloc_object(
                    &t.iterator,
                    SeqIterBody {
                        seq: RefCell::new(Some(o.to_ref())),
                        index: Cell::new(0),
                    },
                    0,
                )?);
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
        | Layout::DictIter
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
        Layout::RangeIter => {
            let r = it.payload::<RangeIterBody>().expect("range iterator");
            let left = r.remaining.get();
            if left <= 0 {
                return Ok(None);
            }
            r.remaining.set(left - 1);
            let v = r.next.get();
            r.next.set(v.wrapping_add(r.step));
            Ok(Some(new_int(v)?))
        }
        Layout::DictIter => dict_next(it),
        Layout::Enumerate => {
            let e = it.payload::<EnumerateBody>().expect("enumerate");
            let inner = e.iter.clone();
            match next(vm, &inner)? {
                Some(v) => {
                    let n = e.count.get();
                    e.count.set(n + 1);
                    Ok(Some(new_tuple(vec![new_int(n)?, v])?))
                }
                None => Ok(None),
            }
        }
        Layout::Zip => {
            let z = it.payload::<ZipBody>().expect("zip");
            if z.iters.is_empty() {
                return Ok(None);
            }
            let iters = z.iters.clone();
            let mut items = Vec::with_capacity(iters.len());
            for (i, sub) in iters.iter().enumerate() {
                match next(vm, sub)? {
                    Some(v) => items.push(v),
                    None => {
                        if z.strict && (i > 0 || iters.len() > 1 && next(vm, &iters[1])?.is_some())
                        {
                            let msg = if i == 0 {
                                "zip() argument 2 is longer than argument 1".to_string()
                            } else {
                                format!(
                                    "zip() argument {} is shorter than argument{} {}",
                                    i + 1,
                                    if i == 1 { "" } else { "s" },
                                    if i == 1 {
                                        "1".to_string()
                                    } else {
                                        format!("1-{i}")
                                    }
                                )
                            };
                            return Err(exception::value_error(msg));
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(new_tuple(items)?))
        }
        Layout::Map => {
            let m = it.payload::<MapBody>().expect("map");
            let (func, iters) = (m.func.clone(), m.iters.clone());
            let mut args = Vec::with_capacity(iters.len());
            for sub in &iters {
                match next(vm, sub)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            call::call(vm, &func, &args, None).map(Some)
        }
        Layout::Filter => {
            let f = it.payload::<FilterBody>().expect("filter");
            let (func, inner) = (f.func.clone(), f.iter.clone());
            while let Some(v) = next(vm, &inner)? {
                let keep = match &func {
                    Some(func) => {
                        let r = call::call(vm, func, std::slice::from_ref(&v), None)?;
                        object::truthy(vm, &r)?
                    }
                    None => object::truthy(vm, &v)?,
                };
                if keep {
                    return Ok(Some(v));
                }
            }
            Ok(None)
        }
        Layout::Reversed => {
            let r = it.payload::<ReversedBody>().expect("reversed");
            let i = r.index.get();
            let seq = r.seq.borrow().clone();
            let Some(seq) = seq else { return Ok(None) };
            if i < 0 {
                *r.seq.borrow_mut() = None;
                return Ok(None);
            }
            r.index.set(i - 1);
            if let Some(l) = list_body(&seq) {
                let items = l.items.borrow();
                if (i as usize) < items.len() {
                    return Ok(Some(items[i as usize].clone()));
                }
                drop(items);
                *r.seq.borrow_mut() = None;
                return Ok(None);
            }
            let idx = new_int(i)?;
            subscript::getitem(vm, &seq, &idx).map(Some)
        }
        Layout::CallIter => {
            let c = it.payload::<CallIterBody>().expect("callable_iterator");
            let Some(f) = c.func.borrow().clone() else {
                return Ok(None);
            };
            let v = call::call(vm, &f, &[], None)?;
            if compare::eq(vm, &v, &c.sentinel)? {
                *c.func.borrow_mut() = None;
                return Ok(None);
            }
            Ok(Some(v))
        }
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
        Layout::Tuple => return Ok(try_tuple_items(o).expect("tuple").to_vec()),
        _ => {}
    }
    let it = get_iter(vm, o)?;
    let mut out = Vec::new();
    while let Some(v) = next(vm, &it)? {
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
