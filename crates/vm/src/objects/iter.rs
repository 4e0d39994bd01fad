//! Iterator objects: over sequences, the lazy built-ins (`enumerate`, `zip`,
//! `map`, `filter`, `reversed`, `iter(f, sentinel)`) with their constructors,
//! and the `__iter__`/`__next__` methods every built-in iterator type has.
//! Dict, set and range iterators are with their types; generators in
//! [`super::generator`].

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::memory::slot::ObjSlot;
use crate::objects::bytes::methods::bytes_item_at;
use crate::objects::dict::views::DictIterKind;
use crate::objects::exception::type_error;
use crate::objects::function::builtin;
use crate::objects::function::builtin::BuiltinKind;
use crate::objects::int::new_int;
use crate::objects::list::list_body;
use crate::objects::registry::types;
use crate::objects::str::{try_str, StrBody};
use crate::objects::tuple::{new_tuple, try_tuple_items};
use crate::objects::typeobject::construct::TypeCall;
use crate::objects::typeobject::is_subtype;
use crate::objects::{exception, singletons, Layout, Traverse, VarSize};
use crate::protocol::convert::{check_args, index_value, no_kwargs};
use crate::protocol::iter::next;
use crate::protocol::object::type_name;
use crate::protocol::{call, compare, iter, object, subscript};
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

/// Iterates a list, tuple or str by index; `seq` is dropped when exhausted.
/// CPython's `seqiterobject` and `listiterobject` (48 bytes with the GC
/// head).
pub struct SeqIterBody {
    pub index: Cell<usize>,
    pub seq: ObjSlot,
}
impl Traverse for SeqIterBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        self.seq.visit(visit);
    }

    fn clear(&self) {
        self.seq.set(None);
    }
}
impl VarSize for SeqIterBody {}

pub struct EnumerateBody {
    pub iter: ObjRef,
    pub count: Cell<i64>,
    /// The count as an int once it is beyond 64 bits (CPython's
    /// `en_longindex`); `count` is unused then.
    pub big_count: ObjSlot,
    /// The last (index, item) pair, refilled in place for the next one when
    /// the consumer has let go of it (CPython's `en_result`: a loop that
    /// unpacks the pair makes no tuple per item).
    pub result: ObjSlot,
    /// CPython 3.11's `one`, a borrowed pointer to the int 1 that its long
    /// count is incremented by; the big count here adds a Rust 1, so the
    /// word only keeps the block CPython's size (72 bytes with the GC head).
    _one: usize,
}
impl Traverse for EnumerateBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.iter);
        self.big_count.visit(visit);
        self.result.visit(visit);
    }
}
impl VarSize for EnumerateBody {}

/// CPython 3.11's `zipobject` (64 bytes with the GC head): the number of
/// iterators, the iterators in a tuple (`ittuple`), the result tuple
/// reused while nothing else holds it, and `strict`.
pub struct ZipBody {
    pub tuplesize: usize,
    pub iters: ObjRef,
    pub result: ObjSlot,
    pub strict: bool,
}
impl Traverse for ZipBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.iters);
        self.result.visit(visit);
    }
}
impl VarSize for ZipBody {}

/// CPython's `mapobject`: the iterators in a tuple, and the function.
pub struct MapBody {
    pub iters: ObjRef,
    pub func: ObjRef,
}
impl Traverse for MapBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.iters);
        visit(&self.func);
    }
}
impl VarSize for MapBody {}

pub struct FilterBody {
    /// None means `filter(None, it)`: keep truthy items.
    pub func: Option<ObjRef>,
    pub iter: ObjRef,
}
impl Traverse for FilterBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Some(f) = &self.func {
            visit(f);
        }
        visit(&self.iter);
    }
}
impl VarSize for FilterBody {}

/// `reversed(seq)` over anything with `__len__` and `__getitem__`.
pub struct ReversedBody {
    pub index: Cell<i64>,
    /// None once exhausted.
    pub seq: ObjSlot,
}
impl Traverse for ReversedBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        self.seq.visit(visit);
    }
}
impl VarSize for ReversedBody {}

/// `iter(callable, sentinel)`.
pub struct CallIterBody {
    /// None once the sentinel came.
    pub func: ObjSlot,
    pub sentinel: ObjRef,
}
impl Traverse for CallIterBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        self.func.visit(visit);
        visit(&self.sentinel);
    }
}
impl VarSize for CallIterBody {}

pub(crate) fn iter_self(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(args[0].clone())
}

pub(crate) fn iter_next(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    match iter::next(vm, &args[0])? {
        Some(v) => Ok(v),
        None => Err(exception::stop_iteration(None)),
    }
}

/// The next item of an iterator over an exact list, for the dispatch loop's
/// FOR_ITER (CPython's FOR_ITER_LIST): `Some(None)` when exhausted (the list
/// is let go, as [`seq_next`] does), `None` if `it` is not such an iterator.
#[inline(always)]
pub(crate) fn list_iter_step(it: &Obj) -> Option<Option<ObjRef>> {
    if object::is_heap_type_instance(it) {
        return None;
    }
    let s = it.payload::<SeqIterBody>()?;
    let list = s.seq.get()?;
    if list.layout() != Layout::List || object::is_heap_type_instance(&list) {
        return None;
    }
    let i = s.index.get();
    let item = list_body(&list)
        .expect("list")
        .items
        .borrow()
        .get(i)
        .cloned();
    drop(list);
    match item {
        Some(v) => {
            s.index.set(i + 1);
            Some(Some(v))
        }
        None => {
            s.seq.set(None);
            Some(None)
        }
    }
}

pub(crate) fn seq_next(vm: &mut Vm, it: &Obj) -> PyResult<Option<ObjRef>> {
    let s = it.payload::<SeqIterBody>().expect("seq iterator");
    let i = s.index.get();
    let Some(seq) = s.seq.get() else {
        return Ok(None);
    };
    let item = match seq.layout() {
        // A list_iterator reads the items directly, also of a subclass
        // overriding `__getitem__` (only the generic `iterator` of the
        // sequence protocol asks `__getitem__`).
        Layout::List
            if !crate::protocol::object::is_heap_type_instance(&seq)
                || !it.ty().is(&types().iterator) =>
        {
            list_body(&seq)
                .expect("list")
                .items
                .borrow()
                .get(i)
                .cloned()
        }
        Layout::Tuple => try_tuple_items(&seq).expect("tuple").get(i).cloned(),
        Layout::Bytes => bytes_item_at(&seq, i)?,
        Layout::ByteArray => crate::objects::bytearray::bytearray_item_at(&seq, i)?,
        Layout::MemoryView => {
            if i < crate::objects::memoryview::memoryview_len(&seq)? {
                let k = crate::objects::int::new_int(i as i64)?;
                Some(crate::objects::memoryview::memoryview_getitem(&seq, &k)?)
            } else {
                None
            }
        }
        Layout::Str => {
            let body = seq.payload::<StrBody>().expect("str");
            let text = try_str(&seq).expect("str");
            if body.is_ascii() {
                text.get(i..i + 1)
                    .map(crate::objects::str::new_substr)
                    .transpose()?
            } else {
                // Index counts bytes for non-ASCII text.
                match text.get(i..).and_then(|r| r.chars().next()) {
                    Some(c) => {
                        s.index.set(i + c.len_utf8());
                        let mut buf = [0u8; 4];
                        return Ok(Some(crate::objects::str::new_substr(
                            c.encode_utf8(&mut buf),
                        )?));
                    }
                    None => None,
                }
            }
        }
        _ => {
            let idx = new_int(i as i64)?;
            match subscript::getitem(vm, &seq, &idx) {
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
            s.seq.set(None);
            Ok(None)
        }
    }
}

/// `enumerate(iterable, start=0)`.
pub(crate) fn enumerate_new(vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let t = types();
    let (pos, kws) = call.split();
    // CPython's enumerate_vectorcall: the keywords are checked by position
    // (`enumerate(start=1)` names 'start' as the invalid one).
    let bad = |k: &str| {
        type_error(format!(
            "'{k}' is an invalid keyword argument for enumerate()"
        ))
    };
    let (src, start) = match (pos.len(), &kws[..]) {
        (2, []) => (&pos[0], Some(&pos[1])),
        (1, []) => (&pos[0], None),
        (1, [(k, v)]) if *k == "start" => (&pos[0], Some(*v)),
        (0, [(k, v)]) if *k == "iterable" => (*v, None),
        (0, [(k0, v0), (k1, v1)]) if *k0 == "start" && *k1 == "iterable" => (*v1, Some(*v0)),
        (0, [(k0, v0), (k1, v1)]) if *k0 == "iterable" && *k1 == "start" => (*v0, Some(*v1)),
        (0, [(k0, _), (k1, _)]) => {
            return Err(bad(if *k0 == "iterable" || *k0 == "start" {
                k1
            } else {
                k0
            }))
        }
        (1, [(k, _)]) => return Err(bad(k)),
        (0, [(k, _)]) => return Err(bad(k)),
        (0, _) => {
            return Err(type_error(
                "enumerate() missing required argument 'iterable'",
            ))
        }
        (n, k) => {
            return Err(type_error(format!(
                "enumerate() takes at most 2 arguments ({} given)",
                n + k.len()
            )))
        }
    };
    // As CPython's enum_new: `start` is converted with `__index__` before
    // the iterator is asked for; beyond 64 bits it is kept as an int.
    let start = match start {
        Some(s) => Some(crate::protocol::convert::number_index(vm, s)?),
        None => None,
    };
    let (count, big_count) = match &start {
        None => (0, None),
        Some(s) => match index_value(s) {
            Ok(n) => (n, None),
            Err(e) if e.0.ty().is(&t.overflow_error) => {
                let n = crate::objects::int::to_bigint(s)
                    .ok_or(e)
                    .and_then(|b| Ok(crate::objects::int::new_bigint(&b)?))?;
                (0, Some(n))
            }
            Err(e) => return Err(e),
        },
    };
    let it = iter::get_iter(vm, src)?;
    Ok(alloc_object(
        &t.enumerate,
        EnumerateBody {
            iter: it,
            count: Cell::new(count),
            big_count: ObjSlot::new(big_count),
            result: ObjSlot::new(Some(new_tuple(vec![t.none.clone(), t.none.clone()])?)),
            _one: 0,
        },
        0,
    )?)
}

/// `zip(*iterables, strict=False)`.
pub(crate) fn zip_new(vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let t = types();
    let (pos, kws) = call.split();
    // `PyArg_ParseTupleAndKeywords(..., "|$p:zip")`: one keyword at most,
    // taken by truth value.
    let strict = match &kws[..] {
        [] => false,
        [("strict", v)] => crate::protocol::object::truthy(vm, v)?,
        [(k, _)] => {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for zip()"
            )))
        }
        k => {
            return Err(type_error(format!(
                "zip() takes at most 1 keyword argument ({} given)",
                k.len()
            )))
        }
    };
    let mut iters = Vec::with_capacity(pos.len());
    for a in pos.iter() {
        iters.push(iter::get_iter(vm, a)?);
    }
    let tuplesize = iters.len();
    // `zip_new`: the result tuple is made up front, filled with None.
    let result = new_tuple(vec![t.none.clone(); tuplesize])?;
    Ok(alloc_object(
        &t.zip,
        ZipBody {
            tuplesize,
            iters: new_tuple(iters)?,
            result: ObjSlot::new(Some(result)),
            strict,
        },
        0,
    )?)
}

/// `map(func, *iterables)`.
pub(crate) fn map_new(vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let t = types();
    let (pos, _) = call.split();
    no_kwargs("map", call.kwnames)?;
    if pos.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(pos.len() - 1);
    for a in &pos[1..] {
        iters.push(iter::get_iter(vm, a)?);
    }
    Ok(alloc_object(
        &t.map,
        MapBody {
            iters: new_tuple(iters)?,
            func: pos[0].clone(),
        },
        0,
    )?)
}

/// `filter(func_or_None, iterable)`.
pub(crate) fn filter_new(vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let t = types();
    let (pos, _) = call.split();
    no_kwargs("filter", call.kwnames)?;
    check_args("filter", pos, 2, 2)?;
    let func = (!singletons::is_none(&pos[0])).then(|| pos[0].clone());
    let it = iter::get_iter(vm, &pos[1])?;
    Ok(alloc_object(&t.filter, FilterBody { func, iter: it }, 0)?)
}

/// `list.__reversed__()`: a reverse iterator over the list's items.
pub(crate) fn list_reverse_iterator(l: &Obj) -> PyResult<ObjRef> {
    let n = list_body(l)
        .ok_or_else(|| type_error("descriptor '__reversed__' requires a 'list' object"))?
        .items
        .borrow()
        .len() as i64;
    Ok(alloc_object(
        &types().list_reverseiterator,
        ReversedBody {
            index: Cell::new(n - 1),
            seq: ObjSlot::new(Some(l.to_ref())),
        },
        0,
    )?)
}

/// `reversed(seq)`: `__reversed__`, or a reverse iterator over a sequence (dicts and their views reverse their insertion order).
pub(crate) fn reversed_new(vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let t = types();
    let (pos, _) = call.split();
    no_kwargs("reversed", call.kwnames)?;
    crate::objects::function::signature::check_positional("reversed", pos.len(), 1, 1)?;
    let s = &pos[0];
    if object::is_heap_type_instance(s) {
        if let Some(r) = object::call_special(vm, s, "__reversed__", &[])? {
            return Ok(r);
        }
    }
    if s.layout() == Layout::Range {
        return crate::objects::range::range_reversed(s);
    }
    if s.layout() == Layout::Set && !object::is_heap_type_instance(s) {
        return Err(type_error(format!(
            "'{}' object is not reversible",
            type_name(s)
        )));
    }
    // A dict and its views: a dict iterator walking back from the last
    // entry, as CPython's `dict___reversed__`.
    // (A subclass without its own `__reversed__` inherits dict's.)
    if s.layout() == Layout::Dict {
        return crate::objects::dict::views::dict_reversed(s, DictIterKind::Keys);
    }
    if let Some(v) = s.payload::<crate::objects::dict::views::DictViewBody>() {
        let kind = crate::objects::dict::views::view_kind(s);
        return crate::objects::dict::views::dict_reversed(&v.dict, kind);
    }
    // A class with __getitem__ is a sequence to CPython's reversed(): its
    // len() error (no __len__, a bad result) is the one raised.
    // (bytearray's item access is by layout, not in its namespace.)
    let sequence = object::is_heap_type_instance(s)
        && (crate::objects::typeobject::lookup_str(s.ty(), "__getitem__").is_some()
            || s.layout() == Layout::ByteArray);
    if object::is_heap_type_instance(s) && !sequence {
        return Err(type_error(format!(
            "'{}' object is not reversible",
            type_name(s)
        )));
    }
    // A list (a subclass too) is reversed by list's own `__reversed__`,
    // over its items whatever its `__len__` says.
    let n = match list_body(s) {
        Some(l) => l.items.borrow().len() as i64,
        None => object::len(vm, s).map_err(|e| {
            if sequence {
                e
            } else {
                type_error(format!("'{}' object is not reversible", type_name(s)))
            }
        })? as i64,
    };
    let ty = if s.layout() == Layout::List {
        &t.list_reverseiterator
    } else {
        &t.reversed
    };
    Ok(alloc_object(
        ty,
        ReversedBody {
            index: Cell::new(n - 1),
            seq: ObjSlot::new(Some(s.clone())),
        },
        0,
    )?)
}

/// Puts this type's built-in methods into its namespace (at start-up).
pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    let m = BuiltinKind::Method;
    for ty in [
        &t.list_iterator,
        &t.tuple_iterator,
        &t.str_iterator,
        &t.iterator,
        &t.range_iterator,
        &t.longrange_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.dict_reversekeyiterator,
        &t.dict_reversevalueiterator,
        &t.dict_reverseitemiterator,
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
        builtin::install(
            ty,
            owner,
            &[("__iter__", iter_self), ("__next__", iter_next)],
            m,
        )?;
    }
    Ok(())
}

/// `next()` of `enumerate`: `(count, item)`.
pub(crate) fn enumerate_next(vm: &mut Vm, it: &Obj) -> PyResult<Option<ObjRef>> {
    let e = it.payload::<EnumerateBody>().expect("enumerate");
    let inner = e.iter.clone();
    match next(vm, &inner)? {
        Some(v) => {
            let index = match e.big_count.get() {
                Some(index) => {
                    let b = crate::objects::int::to_bigint(&index).expect("int");
                    let next = crate::objects::int::new_bigint(&(b + 1))?;
                    e.big_count.set(Some(next));
                    index
                }
                None => {
                    let n = e.count.get();
                    match n.checked_add(1) {
                        Some(m) => e.count.set(m),
                        None => {
                            let m = num_bigint::BigInt::from(n) + 1;
                            e.big_count.set(Some(crate::objects::int::new_bigint(&m)?));
                        }
                    }
                    new_int(n)?
                }
            };
            enumerate_result(e, index, v).map(Some)
        }
        None => Ok(None),
    }
}

/// The pair `(index, item)`: the enumerate's last result refilled when
/// only the enumerate still holds it, else a new tuple that becomes the
/// one kept.
fn enumerate_result(e: &EnumerateBody, index: ObjRef, item: ObjRef) -> PyResult<ObjRef> {
    if let Some(r) = e.result.take() {
        match crate::objects::tuple::refill(&r, [index, item]) {
            Ok(()) => {
                e.result.set(Some(r.clone()));
                return Ok(r);
            }
            Err([index, item]) => {
                e.result.set(Some(r));
                return Ok(new_tuple(vec![index, item])?);
            }
        }
    }
    Ok(new_tuple(vec![index, item])?)
}

/// `next()` of `zip`: a tuple of one item from each iterator; with `strict=True`, CPython's `ValueError` when the lengths differ.
pub(crate) fn zip_next(vm: &mut Vm, it: &Obj) -> PyResult<Option<ObjRef>> {
    let z = it.payload::<ZipBody>().expect("zip");
    if z.tuplesize == 0 {
        return Ok(None);
    }
    let iters = z.iters.clone();
    let iters = crate::objects::tuple::tuple_items(&iters);
    // CPython's zip_next: the result tuple is refilled in place when only
    // the zip object holds it; otherwise a new tuple is made.
    let reuse = z.result.take().filter(|r| r.refcnt() == 1);
    let mut fresh = if reuse.is_none() {
        Vec::with_capacity(iters.len())
    } else {
        Vec::new()
    };
    for (i, sub) in iters.iter().enumerate() {
        match next(vm, sub)? {
            Some(v) => match &reuse {
                Some(r) => drop(crate::objects::tuple::replace_unique(r, i, v)),
                None => fresh.push(v),
            },
            None => {
                if let Some(r) = reuse {
                    z.result.set(Some(r));
                }
                if z.strict && (i > 0 || iters.len() > 1 && next(vm, &iters[1])?.is_some()) {
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
    match reuse {
        Some(r) => {
            crate::memory::gc::track(&r);
            z.result.set(Some(r.clone()));
            Ok(Some(r))
        }
        None => Ok(Some(new_tuple(fresh)?)),
    }
}

/// `next()` of `map`: the function applied to one item from each iterator.
pub(crate) fn map_next(vm: &mut Vm, it: &Obj) -> PyResult<Option<ObjRef>> {
    let m = it.payload::<MapBody>().expect("map");
    let (func, iters) = (m.func.clone(), m.iters.clone());
    let iters = crate::objects::tuple::tuple_items(&iters);
    let mut args = Vec::with_capacity(iters.len());
    for sub in iters {
        match next(vm, sub)? {
            Some(v) => args.push(v),
            None => return Ok(None),
        }
    }
    call::call(vm, &func, &args, None).map(Some)
}

/// `next()` of `filter`: the next item the function (or truth) keeps.
pub(crate) fn filter_next(vm: &mut Vm, it: &Obj) -> PyResult<Option<ObjRef>> {
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

/// `next()` of `reversed`: items from the end; a list is read directly, anything else by `__getitem__`.
pub(crate) fn reversed_next(vm: &mut Vm, it: &Obj) -> PyResult<Option<ObjRef>> {
    let r = it.payload::<ReversedBody>().expect("reversed");
    let i = r.index.get();
    let Some(seq) = r.seq.get() else {
        return Ok(None);
    };
    if i < 0 {
        r.seq.set(None);
        return Ok(None);
    }
    r.index.set(i - 1);
    if let Some(l) = list_body(&seq) {
        let items = l.items.borrow();
        if (i as usize) < items.len() {
            return Ok(Some(items[i as usize].clone()));
        }
        drop(items);
        r.seq.set(None);
        return Ok(None);
    }
    let idx = new_int(i)?;
    match subscript::getitem(vm, &seq, &idx) {
        Ok(v) => Ok(Some(v)),
        // CPython's reversed_next: an IndexError or StopIteration from
        // `__getitem__` ends the iteration.
        Err(e)
            if is_subtype(e.0.ty(), &types().index_error)
                || is_subtype(e.0.ty(), &types().stop_iteration) =>
        {
            r.seq.set(None);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// `next()` of `iter(f, sentinel)`: calls `f` until it returns the sentinel.
pub(crate) fn call_iter_next(vm: &mut Vm, it: &Obj) -> PyResult<Option<ObjRef>> {
    let c = it.payload::<CallIterBody>().expect("callable_iterator");
    let Some(f) = c.func.get() else {
        return Ok(None);
    };
    let v = call::call(vm, &f, &[], None)?;
    if compare::eq(vm, &v, &c.sentinel)? {
        c.func.set(None);
        return Ok(None);
    }
    Ok(Some(v))
}

/// `iter(func, sentinel)`: calls `func` until it returns `sentinel`.
pub(crate) fn call_iter_new(func: &Obj, sentinel: &Obj) -> PyResult<ObjRef> {
    Ok(alloc_object(
        &types().callable_iterator,
        CallIterBody {
            func: ObjSlot::new(Some(func.to_ref())),
            sentinel: sentinel.to_ref(),
        },
        0,
    )?)
}

/// An iterator of type `ty` over `seq` by index (`list_iterator`,
/// `tuple_iterator`, `str_iterator`, or `iterator` for a class with
/// `__getitem__`).
pub(crate) fn new_seq_iter(ty: &Obj, seq: &Obj) -> PyResult<ObjRef> {
    Ok(alloc_object(
        ty,
        SeqIterBody {
            index: Cell::new(0),
            seq: ObjSlot::new(Some(seq.to_ref())),
        },
        0,
    )?)
}
