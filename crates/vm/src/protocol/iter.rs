//! The iterator protocol: `iter()`, `next()`, and the built-in iterator
//! objects' `__next__`.
//!
//! [`next`] returns `Ok(None)` at exhaustion instead of raising
//! StopIteration, so loops never allocate an exception to end; a Python
//! `__next__` that raises StopIteration is translated to `Ok(None)` here.

use super::exc::{runtime_error, type_error};
use super::ops::{call_special, type_name};
use super::{PyResult, Vm};
use crate::object::{alloc_object, Obj, ObjRef};
use crate::types::dict::{dict_body, SetBody};
use crate::types::int::new_int;
use crate::types::iter::*;
use crate::types::misc::RangeBody;
use crate::types::seq::{list_body, new_tuple, try_tuple_items};
use crate::types::str::{new_str, try_str, StrBody};
use crate::types::typeobj::{is_subtype, lookup_str};
use crate::types::{types, Layout};
use std::cell::{Cell, RefCell};

/// `iter(o)`.
pub fn get_iter(vm: &mut Vm, o: &Obj) -> PyResult<ObjRef> {
    let heap = super::ops::is_heap_type_instance(o);
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
    let heap = super::ops::is_heap_type_instance(o);
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

pub fn dict_iter(d: &Obj, kind: DictIterKind) -> PyResult<ObjRef> {
    let t = types();
    let ty = match kind {
        DictIterKind::Keys => &t.dict_keyiterator,
        DictIterKind::Values => &t.dict_valueiterator,
        DictIterKind::Items => &t.dict_itemiterator,
    };
    let len = dict_body(d).expect("dict").table.borrow().len();
    Ok(alloc_object(
        ty,
        DictIterBody {
            dict: d.to_ref(),
            kind,
            pos: Cell::new(0),
            len_at_start: len,
        },
        0,
    )?)
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
        _ => super::ops::is_heap_type_instance(o) && lookup_str(o.ty(), "__next__").is_some(),
    }
}

/// `next(it)`, with `Ok(None)` at exhaustion.
pub fn next(vm: &mut Vm, it: &Obj) -> PyResult<Option<ObjRef>> {
    match it.layout() {
        Layout::SeqIter if !super::ops::is_heap_type_instance(it) => seq_next(vm, it),
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
                            return Err(super::exc::value_error(msg));
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
            super::call::call(vm, &func, &args, None).map(Some)
        }
        Layout::Filter => {
            let f = it.payload::<FilterBody>().expect("filter");
            let (func, inner) = (f.func.clone(), f.iter.clone());
            while let Some(v) = next(vm, &inner)? {
                let keep = match &func {
                    Some(func) => {
                        let r = super::call::call(vm, func, std::slice::from_ref(&v), None)?;
                        super::ops::truthy(vm, &r)?
                    }
                    None => super::ops::truthy(vm, &v)?,
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
            super::ops::getitem(vm, &seq, &idx).map(Some)
        }
        Layout::CallIter => {
            let c = it.payload::<CallIterBody>().expect("callable_iterator");
            let Some(f) = c.func.borrow().clone() else {
                return Ok(None);
            };
            let v = super::call::call(vm, &f, &[], None)?;
            if super::ops::eq(vm, &v, &c.sentinel)? {
                *c.func.borrow_mut() = None;
                return Ok(None);
            }
            Ok(Some(v))
        }
        Layout::Generator => super::eval::generator_send(vm, it, None),
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

fn seq_next(vm: &mut Vm, it: &Obj) -> PyResult<Option<ObjRef>> {
    let s = it.payload::<SeqIterBody>().expect("seq iterator");
    let i = s.index.get();
    let seq = match &*s.seq.borrow() {
        Some(seq) => seq.clone(),
        None => return Ok(None),
    };
    let item = match seq.layout() {
        Layout::List if !super::ops::is_heap_type_instance(&seq) => list_body(&seq)
            .expect("list")
            .items
            .borrow()
            .get(i)
            .cloned(),
        Layout::Tuple => try_tuple_items(&seq).expect("tuple").get(i).cloned(),
        Layout::Bytes => super::bytesops::item_at(&seq, i)?,
        Layout::Str => {
            let body = seq.payload::<StrBody>().expect("str");
            let text = try_str(&seq).expect("str");
            if body.is_ascii() {
                text.get(i..i + 1).map(new_str).transpose()?
            } else {
                // Index counts bytes for non-ASCII text.
                match text.get(i..).and_then(|r| r.chars().next()) {
                    Some(c) => {
                        s.index.set(i + c.len_utf8());
                        let mut buf = [0u8; 4];
                        return Ok(Some(new_str(c.encode_utf8(&mut buf))?));
                    }
                    None => None,
                }
            }
        }
        _ => {
            let idx = new_int(i as i64)?;
            match super::ops::getitem(vm, &seq, &idx) {
                Ok(v) => Some(v),
                Err(e)
                    if is_subtype(e.0.ty(), &types().index_error)
                        || is_subtype(e.0.ty(), &types().stop_iteration) =>
                {
                    None
                }
                Err(e) => return Err(e),
            }
        }
    };
    match item {
        Some(v) => {
            s.index.set(i + 1);
            Ok(Some(v))
        }
        None => {
            *s.seq.borrow_mut() = None;
            Ok(None)
        }
    }
}

/// The next key of a set iterator, in table order.
fn set_next(d: &DictIterBody, s: &SetBody) -> PyResult<Option<ObjRef>> {
    let table = s.table.borrow();
    if table.len() != d.len_at_start {
        d.pos.set(usize::MAX);
        return Err(runtime_error("Set changed size during iteration"));
    }
    let mut pos = d.pos.get();
    while pos < table.slot_count() {
        if let Some((_, k)) = table.at(pos) {
            d.pos.set(pos + 1);
            return Ok(Some(k.clone()));
        }
        pos += 1;
    }
    d.pos.set(pos);
    Ok(None)
}

fn dict_next(it: &Obj) -> PyResult<Option<ObjRef>> {
    let d = it.payload::<DictIterBody>().expect("dict iterator");
    if let Some(s) = d.dict.payload::<SetBody>() {
        return set_next(d, s);
    }
    let (table_len, item) = {
        let table = dict_body(&d.dict).expect("dict").table.borrow();
        let mut pos = d.pos.get();
        let mut found = None;
        while pos < table.entry_slots() {
            if let Some(e) = table.entry(pos) {
                found = Some((e.key.clone(), e.value.clone()));
                pos += 1;
                break;
            }
            pos += 1;
        }
        d.pos.set(pos);
        (table.len(), found)
    };
    if table_len != d.len_at_start {
        let what = if d.dict.layout() == Layout::Set {
            "set"
        } else {
            "dictionary"
        };
        return Err(runtime_error(format!(
            "{what} changed size during iteration"
        )));
    }
    match item {
        None => Ok(None),
        Some((k, v)) => Ok(Some(match d.kind {
            DictIterKind::Keys => k,
            DictIterKind::Values => v,
            DictIterKind::Items => new_tuple(vec![k, v])?,
        })),
    }
}

/// All items of an iterable.
pub fn collect(vm: &mut Vm, o: &Obj) -> PyResult<Vec<ObjRef>> {
    match o.layout() {
        Layout::List if !super::ops::is_heap_type_instance(o) => {
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
