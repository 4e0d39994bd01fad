//! Methods of the built-in containers (list, tuple, dict, set, range,
//! slice) and their indexing; the method tables installed into each type's
//! namespace at startup. `str` methods live in `strmethods`.

use super::convert::{check_args, check_kwargs, index_value, kwarg, split_kwargs};
use super::exc::{index_error, key_error, type_error, value_error};
use super::ops::{self, seq_index, type_name};
use super::{call, dictops, iterops, PyResult, Vm};
use crate::heap::HVec;
use crate::object::{alloc_object, Obj, ObjRef};
use crate::types::dict::{dict_body, new_dict};
use crate::types::func::{BuiltinKind, NativeFn};
use crate::types::int::new_int;
use crate::types::iter::{DictIterKind, DictViewBody};
use crate::types::misc::{RangeBody, SliceBody};
use crate::types::seq::{list_body, new_list, new_list_from_hvec, new_tuple, try_tuple_items};
use crate::types::str::{new_str, try_str, StrBody};
use crate::types::{types, Layout};
use arenapy_compiler::opcode::ComparisonOperator as C;

pub fn new_slice(start: ObjRef, stop: ObjRef, step: ObjRef) -> PyResult<ObjRef> {
    Ok(alloc_object(
        &types().slice,
        SliceBody { start, stop, step },
        0,
    )?)
}

/// `slice.indices(len)`: (start, stop, step) clamped as CPython does.
pub fn slice_indices(s: &SliceBody, len: usize) -> PyResult<(i64, i64, i64)> {
    let get = |o: &Obj| -> PyResult<Option<i64>> {
        if super::is_none(o) {
            Ok(None)
        } else {
            index_value(o).map(Some).map_err(|_| {
                type_error("slice indices must be integers or None or have an __index__ method")
            })
        }
    };
    let step = get(&s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let n = len as i64;
    let (lo_def, hi_def) = if step < 0 { (n - 1, -1) } else { (0, n) };
    let clamp = |v: i64| -> i64 {
        if v < 0 {
            let v = v + n;
            if v < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                v
            }
        } else if v >= n {
            if step < 0 {
                n - 1
            } else {
                n
            }
        } else {
            v
        }
    };
    let start = get(&s.start)?.map(clamp).unwrap_or(lo_def);
    let stop = get(&s.stop)?.map(clamp).unwrap_or(hi_def);
    Ok((start, stop, step))
}

/// Indices selected by a slice.
pub fn slice_positions(s: &SliceBody, len: usize) -> PyResult<Vec<usize>> {
    let (start, stop, step) = slice_indices(s, len)?;
    let mut out = Vec::new();
    let mut i = start;
    if step > 0 {
        while i < stop {
            out.push(i as usize);
            i += step;
        }
    } else {
        while i > stop {
            out.push(i as usize);
            i += step;
        }
    }
    Ok(out)
}

pub fn list_getitem(_vm: &mut Vm, l: &Obj, key: &Obj) -> PyResult<ObjRef> {
    let items = list_body(l).expect("list").items.borrow();
    if let Some(s) = key.payload::<SliceBody>() {
        let pos = slice_positions(s, items.len())?;
        let v: Vec<ObjRef> = pos.into_iter().map(|i| items[i].clone()).collect();
        drop(items);
        return Ok(new_list(v)?);
    }
    let i = seq_index(key, items.len(), "list")?;
    Ok(items[i].clone())
}

pub fn tuple_getitem(_vm: &mut Vm, t: &Obj, key: &Obj) -> PyResult<ObjRef> {
    let items = try_tuple_items(t).expect("tuple");
    if let Some(s) = key.payload::<SliceBody>() {
        let pos = slice_positions(s, items.len())?;
        return Ok(new_tuple(
            pos.into_iter().map(|i| items[i].clone()).collect(),
        )?);
    }
    let i = seq_index(key, items.len(), "tuple")?;
    Ok(items[i].clone())
}

pub fn str_getitem(_vm: &mut Vm, s: &Obj, key: &Obj) -> PyResult<ObjRef> {
    let body = s.payload::<StrBody>().expect("str");
    let text = try_str(s).expect("str");
    if let Some(sl) = key.payload::<SliceBody>() {
        if body.is_ascii() {
            let bytes = text.as_bytes();
            let (start, stop, step) = slice_indices(sl, bytes.len())?;
            if step == 1 {
                let (a, b) = (start.max(0) as usize, stop.max(start).max(0) as usize);
                return Ok(new_str(&text[a..b.min(bytes.len())])?);
            }
            let pos = slice_positions(sl, bytes.len())?;
            let out: String = pos.into_iter().map(|i| bytes[i] as char).collect();
            return Ok(new_str(&out)?);
        }
        let chars: Vec<char> = text.chars().collect();
        let pos = slice_positions(sl, chars.len())?;
        let out: String = pos.into_iter().map(|i| chars[i]).collect();
        return Ok(new_str(&out)?);
    }
    let n = body.char_len();
    let v = index_value(key).map_err(|_| {
        type_error(format!(
            "string indices must be integers, not '{}'",
            type_name(key)
        ))
    })?;
    let i = if v < 0 { v + n as i64 } else { v };
    if i < 0 || i >= n as i64 {
        return Err(index_error("string index out of range"));
    }
    let i = i as usize;
    if body.is_ascii() {
        return Ok(new_str(&text[i..i + 1])?);
    }
    let c = text.chars().nth(i).expect("in range");
    let mut buf = [0u8; 4];
    Ok(new_str(c.encode_utf8(&mut buf))?)
}

pub fn range_getitem(_vm: &mut Vm, r: &Obj, key: &Obj) -> PyResult<ObjRef> {
    let rb = r.payload::<RangeBody>().expect("range");
    let n = rb.len();
    if let Some(s) = key.payload::<SliceBody>() {
        let (start, stop, step) = slice_indices(s, n as usize)?;
        let nr = RangeBody {
            start: rb.item(start),
            stop: rb.item(stop),
            step: rb.step * step,
        };
        return Ok(alloc_object(&types().range, nr, 0)?);
    }
    let v = index_value(key).map_err(|_| {
        type_error(format!(
            "range indices must be integers or slices, not {}",
            type_name(key)
        ))
    })?;
    let i = if v < 0 { v + n } else { v };
    if i < 0 || i >= n {
        return Err(index_error("range object index out of range"));
    }
    Ok(new_int(rb.item(i))?)
}

pub fn list_setitem(vm: &mut Vm, l: &Obj, key: &Obj, value: ObjRef) -> PyResult<()> {
    if let Some(s) = key.payload::<SliceBody>() {
        let new_items =
            iterops::collect(vm, &value).map_err(|_| type_error("can only assign an iterable"))?;
        let body = list_body(l).expect("list");
        let len = body.items.borrow().len();
        let (start, stop, step) = slice_indices(s, len)?;
        if step == 1 {
            let start = start.max(0) as usize;
            let stop = (stop.max(start as i64) as usize).max(start);
            let removed: Vec<ObjRef> = body
                .items
                .borrow_mut()
                .splice(start..stop, new_items)
                .collect();
            drop(removed);
            return Ok(());
        }
        let pos = slice_positions(s, len)?;
        if pos.len() != new_items.len() {
            return Err(value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new_items.len(),
                pos.len()
            )));
        }
        let mut old = Vec::new();
        {
            let mut items = body.items.borrow_mut();
            for (i, v) in pos.into_iter().zip(new_items) {
                old.push(std::mem::replace(&mut items[i], v));
            }
        }
        drop(old);
        return Ok(());
    }
    let body = list_body(l).expect("list");
    let len = body.items.borrow().len();
    let v = index_value(key).map_err(|_| {
        type_error(format!(
            "list indices must be integers or slices, not {}",
            type_name(key)
        ))
    })?;
    let i = if v < 0 { v + len as i64 } else { v };
    if i < 0 || i >= len as i64 {
        return Err(index_error("list assignment index out of range"));
    }
    let old = std::mem::replace(&mut body.items.borrow_mut()[i as usize], value);
    drop(old);
    Ok(())
}

pub fn list_delitem(_vm: &mut Vm, l: &Obj, key: &Obj) -> PyResult<()> {
    let body = list_body(l).expect("list");
    let len = body.items.borrow().len();
    if let Some(s) = key.payload::<SliceBody>() {
        let mut pos = slice_positions(s, len)?;
        pos.sort_unstable();
        let mut removed = Vec::new();
        {
            let mut items = body.items.borrow_mut();
            for &i in pos.iter().rev() {
                removed.push(items.remove(i));
            }
        }
        drop(removed);
        return Ok(());
    }
    let v = index_value(key).map_err(|_| {
        type_error(format!(
            "list indices must be integers or slices, not {}",
            type_name(key)
        ))
    })?;
    let i = if v < 0 { v + len as i64 } else { v };
    if i < 0 || i >= len as i64 {
        return Err(index_error("list assignment index out of range"));
    }
    let old = body.items.borrow_mut().remove(i as usize);
    drop(old);
    Ok(())
}

// --- sorting ---------------------------------------------------------------

/// `list.sort(*, key=None, reverse=False)`: a stable merge sort; the list is
/// emptied while sorting so a key function that mutates it is detected, as
/// CPython does.
pub fn list_sort(vm: &mut Vm, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = split_kwargs(args, kwnames);
    check_kwargs("sort", &kws, &["key", "reverse"])?;
    if pos.len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let l = &pos[0];
    let key = kwarg(&kws, "key").filter(|k| !super::is_none(k)).cloned();
    let reverse = match kwarg(&kws, "reverse") {
        Some(r) => ops::truthy(vm, r)?,
        None => false,
    };
    let body = list_body(l).expect("list");
    let mut items: HVec<ObjRef> =
        std::mem::replace(&mut *body.items.borrow_mut(), crate::heap::hvec());
    let mut keyed: Vec<(ObjRef, ObjRef)> = Vec::with_capacity(items.len());
    let mut err = None;
    for it in items.drain(..) {
        let k = match &key {
            Some(f) => match call::call(vm, f, std::slice::from_ref(&it), None) {
                Ok(k) => k,
                Err(e) => {
                    err = Some(e);
                    it.clone()
                }
            },
            None => it.clone(),
        };
        keyed.push((k, it));
    }
    if err.is_none() {
        if reverse {
            keyed.reverse();
        }
        let mut failure: Option<super::PyErr> = None;
        let mut lt = |x: &ObjRef, y: &ObjRef| -> bool {
            if failure.is_some() {
                return false;
            }
            match ops::compare_bool(vm, C::Less, x, y) {
                Ok(r) => r,
                Err(e) => {
                    failure = Some(e);
                    false
                }
            }
        };
        merge_sort(&mut keyed, &mut lt);
        if reverse {
            keyed.reverse();
        }
        err = failure;
    }
    let modified = !body.items.borrow().is_empty();
    {
        let mut dst = body.items.borrow_mut();
        let old: Vec<ObjRef> = dst.drain(..).collect();
        dst.extend(keyed.into_iter().map(|(_, v)| v));
        drop(dst);
        drop(old);
    }
    if let Some(e) = err {
        return Err(e);
    }
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(vm.none())
}

/// A stable sort that, like CPython's timsort, only ever asks whether a
/// later item is less than an earlier one (so errors and comparison order
/// match CPython for the common cases): binary insertion for short runs,
/// then merges.
fn merge_sort(v: &mut Vec<(ObjRef, ObjRef)>, lt: &mut dyn FnMut(&ObjRef, &ObjRef) -> bool) {
    const RUN: usize = 32;
    let n = v.len();
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            // Binary search for the insertion point of v[i] in v[start..i].
            let (mut lo, mut hi) = (start, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if lt(&v[i].0, &v[mid].0) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            v[lo..=i].rotate_right(1);
        }
        start = end;
    }
    let mut width = RUN;
    while width < n {
        let mut merged: Vec<(ObjRef, ObjRef)> = Vec::with_capacity(n);
        let mut items = std::mem::take(v).into_iter().peekable();
        let mut taken = 0;
        while taken < n {
            let left: Vec<_> = items.by_ref().take(width).collect();
            let right: Vec<_> = items.by_ref().take(width).collect();
            taken += left.len() + right.len();
            let (mut l, mut r) = (left.into_iter().peekable(), right.into_iter().peekable());
            loop {
                match (l.peek(), r.peek()) {
                    (Some(a), Some(b)) => {
                        if lt(&b.0, &a.0) {
                            merged.push(r.next().expect("peeked"));
                        } else {
                            merged.push(l.next().expect("peeked"));
                        }
                    }
                    (Some(_), None) => merged.push(l.next().expect("peeked")),
                    (None, Some(_)) => merged.push(r.next().expect("peeked")),
                    (None, None) => break,
                }
            }
        }
        *v = merged;
        width *= 2;
    }
}

/// `ascii()`: escapes non-ASCII characters of a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

// --- method tables -----------------------------------------------------------

fn self_list(args: &[ObjRef], name: &str) -> PyResult<ObjRef> {
    match args.first() {
        Some(l) if l.layout() == Layout::List => Ok(l.clone()),
        _ => Err(type_error(format!(
            "descriptor '{name}' for 'list' objects doesn't apply"
        ))),
    }
}

fn list_append(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("append", &args[1..], 1, 1)?;
    let l = self_list(args, "append")?;
    let mut items = list_body(&l).expect("list").items.borrow_mut();
    items
        .try_reserve(1)
        .map_err(|_| arenapy_alloc::AllocError { requested: 8 })?;
    items.push(args[1].clone());
    Ok(types().none.clone())
}

fn list_extend(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("extend", &args[1..], 1, 1)?;
    let l = self_list(args, "extend")?;
    let items = iterops::collect(vm, &args[1])?;
    list_body(&l)
        .expect("list")
        .items
        .borrow_mut()
        .extend(items);
    Ok(types().none.clone())
}

fn list_insert(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("insert", &args[1..], 2, 2)?;
    let l = self_list(args, "insert")?;
    let mut items = list_body(&l).expect("list").items.borrow_mut();
    let n = items.len() as i64;
    let i = index_value(&args[1])?;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(i as usize, args[2].clone());
    Ok(types().none.clone())
}

fn list_pop(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("pop", &args[1..], 0, 1)?;
    let l = self_list(args, "pop")?;
    let mut items = list_body(&l).expect("list").items.borrow_mut();
    if items.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let n = items.len() as i64;
    let i = match args.get(1) {
        Some(i) => index_value(i)?,
        None => n - 1,
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("pop index out of range"));
    }
    Ok(items.remove(j as usize))
}

fn list_find(vm: &mut Vm, l: &Obj, x: &Obj, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = {
            let items = list_body(l).expect("list").items.borrow();
            if i >= stop.min(items.len()) {
                return Ok(None);
            }
            items[i].clone()
        };
        if ops::eq(vm, &item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn list_remove(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("remove", &args[1..], 1, 1)?;
    let l = self_list(args, "remove")?;
    match list_find(vm, &l, &args[1], 0, usize::MAX)? {
        Some(i) => {
            let old = list_body(&l).expect("list").items.borrow_mut().remove(i);
            drop(old);
            Ok(vm.none())
        }
        None => Err(value_error("list.remove(x): x not in list")),
    }
}

fn norm_range(args: &[ObjRef], from: usize, len: usize) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let norm = |v: i64| -> usize {
        let v = if v < 0 { (v + n).max(0) } else { v.min(n) };
        v as usize
    };
    let start = args
        .get(from)
        .map(|a| index_value(a))
        .transpose()?
        .map(norm)
        .unwrap_or(0);
    let stop = args
        .get(from + 1)
        .map(|a| index_value(a))
        .transpose()?
        .map(norm)
        .unwrap_or(len);
    Ok((start, stop))
}

fn list_index(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("index", &args[1..], 1, 3)?;
    let l = self_list(args, "index")?;
    let len = list_body(&l).expect("list").items.borrow().len();
    let (start, stop) = norm_range(args, 2, len)?;
    match list_find(vm, &l, &args[1], start, stop)? {
        Some(i) => Ok(new_int(i as i64)?),
        None => {
            let r = ops::repr_string(vm, &args[1])?;
            Err(value_error(format!("{r} is not in list")))
        }
    }
}

fn list_count(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("count", &args[1..], 1, 1)?;
    let l = self_list(args, "count")?;
    let items = iterops::seq_items(&l);
    let mut n = 0;
    for i in &items {
        if ops::eq(vm, i, &args[1])? {
            n += 1;
        }
    }
    Ok(new_int(n)?)
}

fn list_reverse(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let l = self_list(args, "reverse")?;
    list_body(&l).expect("list").items.borrow_mut().reverse();
    Ok(types().none.clone())
}

fn list_copy(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let l = self_list(args, "copy")?;
    let v = list_body(&l).expect("list").items.borrow().clone();
    Ok(new_list_from_hvec(v)?)
}

fn list_clear(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let l = self_list(args, "clear")?;
    let old: Vec<ObjRef> = list_body(&l)
        .expect("list")
        .items
        .borrow_mut()
        .drain(..)
        .collect();
    drop(old);
    Ok(types().none.clone())
}

fn list_init(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    let l = self_list(args, "__init__")?;
    let old: Vec<ObjRef> = list_body(&l)
        .expect("list")
        .items
        .borrow_mut()
        .drain(..)
        .collect();
    drop(old);
    super::builtins::init_builtin_subclass(vm, &l, &args[1..], kw)?;
    Ok(vm.none())
}

fn tuple_index(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("index", &args[1..], 1, 3)?;
    let items = try_tuple_items(&args[0])
        .ok_or_else(|| type_error("tuple.index needs a tuple"))?
        .to_vec();
    let (start, stop) = norm_range(args, 2, items.len())?;
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if ops::eq(vm, item, &args[1])? {
            return Ok(new_int(i as i64)?);
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("count", &args[1..], 1, 1)?;
    let items = try_tuple_items(&args[0])
        .ok_or_else(|| type_error("tuple.count needs a tuple"))?
        .to_vec();
    let mut n = 0;
    for i in &items {
        if ops::eq(vm, i, &args[1])? {
            n += 1;
        }
    }
    Ok(new_int(n)?)
}

fn self_dict(args: &[ObjRef]) -> PyResult<ObjRef> {
    match args.first() {
        Some(d) if d.layout() == Layout::Dict => Ok(d.clone()),
        _ => Err(type_error("descriptor requires a 'dict' object")),
    }
}

fn dict_get_m(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("get", &args[1..], 1, 2)?;
    let d = self_dict(args)?;
    Ok(dictops::dict_get(vm, &d, &args[1])?
        .unwrap_or_else(|| args.get(2).cloned().unwrap_or_else(|| vm.none())))
}

fn dict_setdefault(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("setdefault", &args[1..], 1, 2)?;
    let d = self_dict(args)?;
    if let Some(v) = dictops::dict_get(vm, &d, &args[1])? {
        return Ok(v);
    }
    let v = args.get(2).cloned().unwrap_or_else(|| vm.none());
    dictops::dict_set(vm, &d, args[1].clone(), v.clone())?;
    Ok(v)
}

fn dict_pop_m(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("pop", &args[1..], 1, 2)?;
    let d = self_dict(args)?;
    match dictops::dict_pop(vm, &d, &args[1])? {
        Some(v) => Ok(v),
        None => args
            .get(2)
            .cloned()
            .ok_or_else(|| key_error(args[1].clone())),
    }
}

fn dict_popitem(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let d = self_dict(args)?;
    let e = dict_body(&d).expect("dict").table.borrow_mut().pop_last();
    match e {
        Some(e) => Ok(new_tuple(vec![e.key, e.value])?),
        None => Err(key_error(new_str("popitem(): dictionary is empty")?).with_str_message()),
    }
}

trait KeyErrorMessage {
    fn with_str_message(self) -> Self;
}
impl KeyErrorMessage for super::PyErr {
    fn with_str_message(self) -> Self {
        self
    }
}

fn dict_view(args: &[ObjRef], kind: DictIterKind) -> PyResult<ObjRef> {
    let d = self_dict(args)?;
    let t = types();
    let ty = match kind {
        DictIterKind::Keys => &t.dict_keys,
        DictIterKind::Values => &t.dict_values,
        DictIterKind::Items => &t.dict_items,
    };
    Ok(alloc_object(ty, DictViewBody { dict: d, kind }, 0)?)
}

fn dict_keys(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    dict_view(args, DictIterKind::Keys)
}
fn dict_values(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    dict_view(args, DictIterKind::Values)
}
fn dict_items(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    dict_view(args, DictIterKind::Items)
}

fn dict_update_m(vm: &mut Vm, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = split_kwargs(args, kwnames);
    let d = self_dict(pos)?;
    check_args("update", &pos[1..], 0, 1)?;
    if let Some(src) = pos.get(1) {
        dictops::dict_update(vm, &d, src)?;
    }
    for (k, v) in kws {
        dictops::dict_set(vm, &d, new_str(k)?, v.clone())?;
    }
    Ok(vm.none())
}

fn dict_copy_m(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let d = self_dict(args)?;
    dictops::dict_copy(&d)
}

fn dict_clear(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let d = self_dict(args)?;
    let old = dict_body(&d).expect("dict").table.borrow_mut().take_all();
    drop(old);
    Ok(types().none.clone())
}

fn dict_fromkeys(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("fromkeys", &args[1..], 1, 2)?;
    let d = new_dict()?;
    let v = args.get(2).cloned().unwrap_or_else(|| vm.none());
    for k in iterops::collect(vm, &args[1])? {
        dictops::dict_set(vm, &d, k, v.clone())?;
    }
    Ok(d)
}

fn dict_init(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    let d = self_dict(args)?;
    super::builtins::init_builtin_subclass(vm, &d, &args[1..], kw)?;
    Ok(vm.none())
}

fn range_index(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("index", &args[1..], 1, 1)?;
    let r = args[0]
        .payload::<RangeBody>()
        .ok_or_else(|| type_error("range.index needs a range"))?;
    if ops::contains(vm, &args[0], &args[1])? {
        let v = index_value(&args[1])?;
        return Ok(new_int((v - r.start) / r.step)?);
    }
    let s = ops::repr_string(vm, &args[1])?;
    Err(value_error(format!("{s} is not in range")))
}

fn range_count(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("count", &args[1..], 1, 1)?;
    Ok(new_int(ops::contains(vm, &args[0], &args[1])? as i64)?)
}

fn slice_indices_m(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("indices", &args[1..], 1, 1)?;
    let s = args[0]
        .payload::<SliceBody>()
        .ok_or_else(|| type_error("slice.indices needs a slice"))?;
    let n = index_value(&args[1])?;
    let (a, b, c) = slice_indices(s, n.max(0) as usize)?;
    Ok(new_tuple(vec![new_int(a)?, new_int(b)?, new_int(c)?])?)
}

fn generator_send_m(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("send", &args[1..], 1, 1)?;
    match super::eval::generator_resume(vm, &args[0], Some(args[1].clone()))? {
        super::eval::GenResult::Yielded(v) => Ok(v),
        super::eval::GenResult::Returned(v) => Err(super::exc::stop_iteration(
            (!super::is_none(&v)).then_some(v),
        )),
    }
}

fn self_generator(args: &[ObjRef], name: &str) -> PyResult<ObjRef> {
    match args.first() {
        Some(g) if g.layout() == Layout::Generator => Ok(g.clone()),
        _ => Err(type_error(format!(
            "descriptor '{name}' requires a 'generator' object"
        ))),
    }
}

/// `gen.throw(exc)` / `gen.throw(type[, value])`.
fn generator_throw_m(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let g = self_generator(args, "throw")?;
    check_args("throw", &args[1..], 1, 3)?;
    let exc = if super::exc::is_exception_class(&args[1]) {
        let a: Vec<ObjRef> = args.get(2).into_iter().cloned().collect();
        call::call(vm, &args[1], &a, None)?
    } else {
        if args.len() > 2 && !super::is_none(&args[2]) {
            return Err(type_error(
                "instance exception may not have a separate value",
            ));
        }
        args[1].clone()
    };
    if !super::exc::is_exception_instance(&exc) {
        return Err(type_error(
            "exceptions must be classes or instances deriving from BaseException, not {}"
                .replace("{}", &type_name(&exc)),
        ));
    }
    match super::eval::generator_throw(vm, &g, exc)? {
        super::eval::GenResult::Yielded(v) => Ok(v),
        super::eval::GenResult::Returned(v) => Err(super::exc::stop_iteration(
            (!super::is_none(&v)).then_some(v),
        )),
    }
}

/// `gen.close()`: raises GeneratorExit at the suspension point so `finally`
/// blocks run; a generator that yields again is an error.
fn generator_close(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let g = self_generator(args, "close")?;
    check_args("close", &args[1..], 0, 0)?;
    let body = g
        .payload::<crate::types::iter::GeneratorBody>()
        .expect("generator");
    let started = body.frame.borrow().as_ref().is_some_and(|f| f.pc != 0);
    if !started {
        drop(body.frame.borrow_mut().take());
        return Ok(vm.none());
    }
    let exc = super::exc::new_exception(&types().generator_exit, Vec::new())?;
    match super::eval::generator_throw(vm, &g, exc) {
        Ok(super::eval::GenResult::Yielded(_)) => {
            Err(super::exc::runtime_error("generator ignored GeneratorExit"))
        }
        Ok(super::eval::GenResult::Returned(_)) => Ok(vm.none()),
        Err(e)
            if crate::types::typeobj::is_subtype(e.0.ty(), &types().generator_exit)
                || crate::types::typeobj::is_subtype(e.0.ty(), &types().stop_iteration) =>
        {
            Ok(vm.none())
        }
        Err(e) => Err(e),
    }
}

fn iter_self(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(args[0].clone())
}

fn iter_next(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    match iterops::next(vm, &args[0])? {
        Some(v) => Ok(v),
        None => Err(super::exc::stop_iteration(None)),
    }
}

/// Installs `methods` into `ty`'s namespace as method descriptors.
pub fn install(
    ty: &Obj,
    owner: &'static str,
    methods: &[(&'static str, NativeFn)],
    kind: BuiltinKind,
) -> PyResult<()> {
    let tb = ty.payload::<crate::types::TypeBody>().expect("type");
    for (name, f) in methods {
        let b = super::builtins::new_builtin(name, owner, *f, kind)?;
        b.make_immortal();
        tb.dict.borrow_mut().set_str(new_str(name)?, b)?;
    }
    Ok(())
}

/// Fills the namespaces of the built-in types.
pub fn install_all() -> PyResult<()> {
    let t = types();
    let m = BuiltinKind::Method;
    install(
        &t.list,
        "list",
        &[
            ("append", list_append),
            ("extend", list_extend),
            ("insert", list_insert),
            ("pop", list_pop),
            ("remove", list_remove),
            ("index", list_index),
            ("count", list_count),
            ("reverse", list_reverse),
            ("sort", list_sort),
            ("copy", list_copy),
            ("clear", list_clear),
            ("__init__", list_init),
        ],
        m,
    )?;
    install(
        &t.tuple,
        "tuple",
        &[("index", tuple_index), ("count", tuple_count)],
        m,
    )?;
    install(
        &t.dict,
        "dict",
        &[
            ("get", dict_get_m),
            ("setdefault", dict_setdefault),
            ("pop", dict_pop_m),
            ("popitem", dict_popitem),
            ("keys", dict_keys),
            ("values", dict_values),
            ("items", dict_items),
            ("update", dict_update_m),
            ("copy", dict_copy_m),
            ("clear", dict_clear),
            ("__init__", dict_init),
        ],
        m,
    )?;
    install(
        &t.dict,
        "dict",
        &[("fromkeys", dict_fromkeys)],
        BuiltinKind::ClassMethod,
    )?;
    super::setops::install()?;
    install(
        &t.range,
        "range",
        &[("index", range_index), ("count", range_count)],
        m,
    )?;
    install(&t.slice, "slice", &[("indices", slice_indices_m)], m)?;
    install(
        &t.generator,
        "generator",
        &[
            ("send", generator_send_m),
            ("close", generator_close),
            ("throw", generator_throw_m),
            ("__iter__", iter_self),
            ("__next__", iter_next),
        ],
        m,
    )?;
    for ty in [
        &t.list_iterator,
        &t.tuple_iterator,
        &t.str_iterator,
        &t.iterator,
        &t.range_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
        &t.list_reverseiterator,
        &t.callable_iterator,
    ] {
        let owner: &'static str = "iterator";
        install(
            ty,
            owner,
            &[("__iter__", iter_self), ("__next__", iter_next)],
            m,
        )?;
    }
    super::strmethods::install()?;
    super::bytesops::install()?;
    super::objmethods::install()?;
    super::slotwrappers::install()?;
    Ok(())
}
