//! `list`: a growable item array on the heap (through the object allocator
//! while it is at most 512 bytes, through the raw allocator beyond), its
//! constructor, indexing and slice
//! assignment, methods and repr. Sorting is in [`sort`] (the algorithm in
//! [`timsort`]).

pub mod sort;
pub mod timsort;

use crate::memory::heap;
use crate::memory::heap::{hvec_with_capacity, HVec};
use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::exception::{index_error, type_error, value_error};
use crate::objects::function::builtin;
use crate::objects::function::builtin::BuiltinKind;
use crate::objects::int::new_int;
use crate::objects::list::sort::list_sort;
use crate::objects::registry::types;
use crate::objects::slice::{slice_indices, slice_positions, SliceBody};
use crate::objects::typeobject::construct;
use crate::objects::typeobject::construct::TypeCall;
use crate::objects::{Layout, Traverse, VarSize};
use crate::protocol::convert::{check_args, index_value, index_value_vm, no_kwargs};
use crate::protocol::number::check_repeat;
use crate::protocol::object::{seq_index, type_name};
use crate::protocol::repr::{enter, repr_string};
use crate::protocol::{compare, iter, repr};
use crate::vm::{PyErr, PyResult, Vm};
use arenapy_alloc::AllocError;
use std::cell::RefCell;

pub struct ListBody {
    pub items: RefCell<HVec<ObjRef>>,
}

impl Traverse for ListBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(items) = self.items.try_borrow() {
            for o in items.iter() {
                visit(o);
            }
        }
    }

    fn clear(&self) {
        if let Ok(mut items) = self.items.try_borrow_mut() {
            let old: Vec<ObjRef> = items.drain(..).collect();
            drop(items);
            drop(old);
        }
    }
}
impl VarSize for ListBody {}

/// CPython's `list_resize` when a list grows to `newsize` items: nothing
/// while the buffer has room, else room for `newsize + newsize/8 + 6`
/// rounded down to a multiple of 4 (the over-allocation that makes appends
/// amortised O(1), and the sizes `sys.getsizeof` shows: 17 appends → 248
/// bytes), or just `newsize` rounded up to 4 when one step adds more than
/// that margin.
pub fn list_resize(items: &mut HVec<ObjRef>, newsize: usize) -> Result<(), AllocError> {
    if newsize <= items.capacity() {
        return Ok(());
    }
    let mut allocated = (newsize + (newsize >> 3) + 6) & !3;
    if newsize - items.len() > allocated - newsize {
        allocated = (newsize + 3) & !3;
    }
    items
        .try_reserve_exact(allocated - items.len())
        .map_err(|_| AllocError {
            requested: allocated * std::mem::size_of::<ObjRef>(),
        })
}

/// A new list of the items of `iterable`, made as `list(iterable)` is
/// (`sorted`'s copy, CPython's `PySequence_List`): an exact list's or
/// tuple's items go straight into an item array of their length rounded
/// up to even (list_preallocate_exact), without a temporary vector; any
/// other iterable takes `list()`'s path.
pub fn list_from_iterable(vm: &mut Vm, iterable: &Obj) -> PyResult<ObjRef> {
    let exact = |l: Layout| {
        iterable.layout() == l && !crate::protocol::object::is_heap_type_instance(iterable)
    };
    let fill = |items: &[ObjRef]| -> PyResult<ObjRef> {
        let mut v = crate::memory::heap::try_hvec((items.len() + 1) & !1)?;
        v.extend(items.iter().cloned());
        Ok(new_list_from_hvec(v)?)
    };
    if exact(Layout::List) {
        let items = list_body(iterable).expect("list").items.borrow();
        return fill(&items);
    }
    if exact(Layout::Tuple) {
        return fill(crate::objects::tuple::tuple_items(iterable));
    }
    list_of_iterable(vm, iterable)
}

/// `list.extend` with the items of `src`, already collected in `extra`:
/// the buffer grows by [`list_resize`], except that a list with no buffer
/// yet extended by a list or tuple gets exactly its length rounded up to
/// even (CPython's list_preallocate_exact; `[1, 2, 3]` is built that way).
pub fn list_extend_items(
    items: &mut HVec<ObjRef>,
    src: &Obj,
    extra: Vec<ObjRef>,
) -> Result<(), AllocError> {
    if items.capacity() == 0 && matches!(src.layout(), Layout::List | Layout::Tuple) {
        let room = (extra.len() + 1) & !1;
        items.try_reserve_exact(room).map_err(|_| AllocError {
            requested: room * std::mem::size_of::<ObjRef>(),
        })?;
    } else {
        list_resize(items, items.len() + extra.len())?;
    }
    items.extend(extra);
    Ok(())
}

pub fn new_list(items: Vec<ObjRef>) -> Result<ObjRef, AllocError> {
    let mut v = hvec_with_capacity(items.len());
    v.extend(items);
    alloc_object(
        &types().list,
        ListBody {
            items: RefCell::new(v),
        },
        0,
    )
}

/// A list of what `items` yields, e.g. BuildList's slice of the value
/// stack (`frame.stack.drain(n..)`): the item array is allocated once on
/// the heap, with no temporary Rust `Vec`.
pub fn new_list_from_iter(
    items: impl ExactSizeIterator<Item = ObjRef>,
) -> Result<ObjRef, AllocError> {
    let mut v = hvec_with_capacity(items.len());
    v.extend(items);
    new_list_from_hvec(v)
}

pub fn new_list_from_hvec(items: HVec<ObjRef>) -> Result<ObjRef, AllocError> {
    alloc_object(
        &types().list,
        ListBody {
            items: RefCell::new(items),
        },
        0,
    )
}

#[inline]
pub fn list_body(obj: &Obj) -> Option<&ListBody> {
    obj.payload::<ListBody>()
}

pub fn list_getitem(_vm: &mut Vm, l: &Obj, key: &Obj) -> PyResult<ObjRef> {
    let items = list_body(l).expect("list").items.borrow();
    if let Some(s) = key.payload::<SliceBody>() {
        let pos = crate::objects::slice::slice_iter(s, items.len())?;
        let mut v = crate::memory::heap::try_hvec(pos.len())?;
        v.extend(pos.map(|i| items[i].clone()));
        drop(items);
        return Ok(new_list_from_hvec(v)?);
    }
    let i = seq_index(key, items.len(), "list")?;
    Ok(items[i].clone())
}

pub fn list_setitem(vm: &mut Vm, l: &Obj, key: &Obj, value: ObjRef) -> PyResult<()> {
    if let Some(s) = key.payload::<SliceBody>() {
        let body = list_body(l).expect("list");
        let (_, _, step) = slice_indices(s, body.items.borrow().len())?;
        // CPython's PySequence_Fast messages: only a failing iter() is
        // replaced, an error raised while iterating goes through.
        let it = iter::get_iter(vm, &value).map_err(|e| {
            if !e.0.ty().is(&types().type_error) {
                e
            } else if step == 1 {
                type_error("can only assign an iterable")
            } else {
                type_error("must assign iterable to extended slice")
            }
        })?;
        let new_items = iter::collect(vm, &it)?;
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
    let i = assignment_index(key, len)?;
    let old = std::mem::replace(&mut body.items.borrow_mut()[i], value);
    drop(old);
    Ok(())
}

/// The position an int `key` names in a list of `len` items, for item
/// assignment and deletion (negative keys count from the end).
fn assignment_index(key: &Obj, len: usize) -> PyResult<usize> {
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
    Ok(i as usize)
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
    let i = assignment_index(key, len)?;
    let old = body.items.borrow_mut().remove(i);
    drop(old);
    Ok(())
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

pub(crate) fn list_append(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("append", &args[1..], 1, 1)?;
    let l = self_list(args, "append")?;
    let mut items = list_body(&l).expect("list").items.borrow_mut();
    let n = items.len();
    list_resize(&mut items, n + 1)?;
    items.push(args[1].clone());
    Ok(types().none.clone())
}

fn list_extend(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("extend", &args[1..], 1, 1)?;
    let l = self_list(args, "extend")?;
    let items = iter::collect_hinted(vm, &args[1])?;
    list_extend_items(
        &mut list_body(&l).expect("list").items.borrow_mut(),
        &args[1],
        items,
    )?;
    Ok(types().none.clone())
}

fn list_insert(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("insert", &args[1..], 2, 2)?;
    let l = self_list(args, "insert")?;
    let mut items = list_body(&l).expect("list").items.borrow_mut();
    let n = items.len() as i64;
    let i = index_value_vm(vm, &args[1])?;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    list_resize(&mut items, n as usize + 1)?;
    items.insert(i as usize, args[2].clone());
    Ok(types().none.clone())
}

fn list_pop(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("pop", &args[1..], 0, 1)?;
    let l = self_list(args, "pop")?;
    let mut items = list_body(&l).expect("list").items.borrow_mut();
    if items.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let n = items.len() as i64;
    let i = match args.get(1) {
        Some(i) => index_value_vm(vm, i)?,
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
        if compare::eq(vm, &item, x)? {
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

pub(crate) fn norm_range(args: &[ObjRef], from: usize, len: usize) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let norm = |v: i64| -> usize {
        let v = if v < 0 {
            v.saturating_add(n).max(0)
        } else {
            v.min(n)
        };
        v as usize
    };
    let index = |a: &ObjRef| crate::protocol::convert::slice_index_clamped(a, false);
    let start = args
        .get(from)
        .map(index)
        .transpose()?
        .map(norm)
        .unwrap_or(0);
    let stop = args
        .get(from + 1)
        .map(index)
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
            let r = repr::repr_string(vm, &args[1])?;
            Err(value_error(format!("{r} is not in list")))
        }
    }
}

fn list_count(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("count", &args[1..], 1, 1)?;
    let l = self_list(args, "count")?;
    let items = iter::seq_items(&l);
    let mut n = 0;
    for i in &items {
        if compare::eq(vm, i, &args[1])? {
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
    // CPython's _list_clear frees the item array too.
    let old = std::mem::replace(
        &mut *list_body(&l).expect("list").items.borrow_mut(),
        heap::hvec(),
    );
    drop(old);
    construct::init_builtin_subclass(vm, &l, &args[1..], kw)?;
    Ok(vm.none())
}

/// `list.__init__(iterable)` into a list (a subclass's instance): as
/// CPython's list___init__, a list without an item array and a sized
/// iterable gets the length rounded up to even (list_preallocate_exact);
/// otherwise the items are appended through [`list_resize`].
pub(crate) fn init_from(vm: &mut Vm, l: &Obj, src: &Obj) -> PyResult<()> {
    let sized = has_len(src);
    let items = iter::collect(vm, src)?;
    let mut v = list_body(l).expect("list").items.borrow_mut();
    if sized && v.capacity() == 0 {
        let room = (items.len() + 1) & !1;
        v.try_reserve_exact(room).map_err(|_| {
            PyErr::from(AllocError {
                requested: room * std::mem::size_of::<ObjRef>(),
            })
        })?;
        v.extend(items);
    } else {
        // An iterator's items are appended one by one (list_extend's
        // loop), each growth by list_resize.
        for x in items {
            if v.len() == v.capacity() {
                let n = v.len() + 1;
                list_resize(&mut v, n)?;
            }
            v.push(x);
        }
    }
    Ok(())
}

/// `repr(list)`: `[1, 2]`, and `[...]` for a list inside itself.
pub(crate) fn list_repr(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    let Some(_g) = enter(o) else {
        return Ok("[...]".into());
    };
    let items = list_body(o).expect("list").items.borrow().clone();
    let mut parts = Vec::with_capacity(items.len());
    for i in items.iter() {
        parts.push(repr_string(vm, i)?);
    }
    Ok(format!("[{}]", parts.join(", ")))
}

/// Does `o`'s type define a length (CPython's `PyObject_HasLen`)?
fn has_len(o: &Obj) -> bool {
    match o.layout() {
        Layout::List
        | Layout::Tuple
        | Layout::Dict
        | Layout::Set
        | Layout::Str
        | Layout::Bytes
        | Layout::Range
        | Layout::DictView => true,
        _ => crate::objects::typeobject::lookup_str(o.ty(), "__len__").is_some(),
    }
}

/// `list(iterable=())`.
pub(crate) fn list_new(vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let (pos, _) = call.split();
    no_kwargs("list", call.kwnames)?;
    check_args("list", pos, 0, 1)?;
    let Some(src) = pos.first() else {
        return Ok(new_list(Vec::new())?);
    };
    list_of_iterable(vm, src)
}

/// `list(src)`.
fn list_of_iterable(vm: &mut Vm, src: &Obj) -> PyResult<ObjRef> {
    // Built-in lists, tuples, ranges and strs are copied straight into the
    // new item array (no Rust vector in between), which is CPython's
    // preallocated length rounded up to even.
    if !crate::protocol::object::is_heap_type_instance(src) {
        let direct = |items: &[ObjRef]| -> PyResult<ObjRef> {
            let mut v: HVec<ObjRef> = heap::try_hvec((items.len() + 1) & !1)?;
            v.extend(items.iter().cloned());
            Ok(new_list_from_hvec(v)?)
        };
        match src.layout() {
            Layout::List => {
                let body = list_body(src).expect("list");
                let items = body.items.borrow();
                return direct(&items);
            }
            Layout::Tuple => {
                return direct(crate::objects::tuple::try_tuple_items(src).unwrap_or(&[]));
            }
            Layout::Range | Layout::Str => {
                let n = match src.layout() {
                    Layout::Range => crate::objects::range::range_len(src)?,
                    _ => crate::objects::str::char_len_of(src),
                };
                let mut v: HVec<ObjRef> = heap::try_hvec((n + 1) & !1)?;
                let it = iter::get_iter(vm, src)?;
                while let Some(x) = iter::next(vm, &it)? {
                    heap::reserve_hvec(&mut v, 1)?;
                    v.push(x);
                }
                return Ok(new_list_from_hvec(v)?);
            }
            _ => {}
        }
    }
    let sized = has_len(src);
    let items = iter::collect_hinted(vm, src)?;
    // CPython preallocates a sized iterable's length rounded up to even
    // (list_preallocate_exact), then fills it.
    let mut v = heap::hvec();
    let room = if sized {
        (items.len() + 1) & !1
    } else {
        items.len()
    };
    v.try_reserve_exact(room)
        .map_err(|_| PyErr::from(arenapy_alloc::AllocError { requested: 0 }))?;
    v.extend(items);
    Ok(new_list_from_hvec(v)?)
}

/// Puts this type's built-in methods into its namespace (at start-up).
pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    let m = BuiltinKind::Method;
    builtin::install(
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
    Ok(())
}

/// `list + list` (CPython's `list_concat`): a new list.
pub(crate) fn list_concat(a: &Obj, b: &Obj) -> PyResult<ObjRef> {
    let x = list_body(a).expect("list").items.borrow();
    let y = list_body(b).expect("list").items.borrow();
    let mut v = heap::hvec();
    v.try_reserve_exact(x.len() + y.len())
        .map_err(|_| PyErr::from(arenapy_alloc::AllocError { requested: 0 }))?;
    v.extend(x.iter().cloned());
    v.extend(y.iter().cloned());
    drop((x, y));
    Ok(new_list_from_hvec(v)?)
}

/// `list += iterable` (CPython's `list_inplace_concat`): extends `a`.
pub(crate) fn list_inplace_concat(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<ObjRef> {
    let items = crate::protocol::iter::collect(vm, b)?;
    list_extend_items(
        &mut list_body(a).expect("list").items.borrow_mut(),
        b,
        items,
    )?;
    Ok(a.to_ref())
}

/// `list * n`, or `list *= n` in place (CPython's `list_repeat` and
/// `list_inplace_repeat`).
pub(crate) fn list_repeat(l: &Obj, n: usize, in_place: bool) -> PyResult<ObjRef> {
    let items = list_body(l).expect("list").items.borrow().clone();
    check_repeat(items.len(), n)?;
    if in_place {
        let mut dst = list_body(l).expect("list").items.borrow_mut();
        dst.clear();
        heap::reserve_hvec(&mut dst, items.len() * n)?;
        for _ in 0..n {
            dst.extend(items.iter().cloned());
        }
        return Ok(l.to_ref());
    }
    let mut v = heap::try_hvec(items.len() * n)?;
    for _ in 0..n {
        v.extend(items.iter().cloned());
    }
    Ok(new_list_from_hvec(v)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::int::{int_small, new_int};
    use crate::{Config, Interpreter};

    #[test]
    fn new_list_from_iter_takes_the_items_in_order() {
        let _i = Interpreter::new(Config::default());
        let mut stack = vec![
            new_int(1).unwrap(),
            new_int(2).unwrap(),
            new_int(3).unwrap(),
        ];
        let l = new_list_from_iter(stack.drain(1..)).unwrap();
        let items = list_body(&l).unwrap().items.borrow();
        let got: Vec<i64> = items.iter().map(|o| int_small(o).unwrap()).collect();
        assert_eq!(got, [2, 3]);
        assert_eq!(stack.len(), 1);
    }
}
