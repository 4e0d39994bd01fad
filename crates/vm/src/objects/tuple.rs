//! `tuple`: items stored inline after the body, fixed at creation (one
//! block for small tuples, as CPython's `PyTupleObject`), the shared empty
//! tuple, construction, indexing, `index`/`count` and repr.

use crate::memory::collector;
use crate::memory::gc;
use crate::memory::heap;
use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::builtin;
use crate::objects::function::builtin::BuiltinKind;
use crate::objects::int::new_int;
use crate::objects::list::norm_range;
use crate::objects::registry::types;
use crate::objects::slice::SliceBody;
use crate::objects::typeobject::construct::TypeCall;
use crate::objects::{Layout, Traverse, VarSize};
use crate::protocol::convert::{check_args, no_kwargs};
use crate::protocol::number::check_repeat;
use crate::protocol::object::seq_index;
use crate::protocol::repr::{enter, repr_string};
use crate::protocol::{compare, hash, iter};
use crate::vm::{PyResult, Vm};
use arenapy_alloc::AllocError;

pub struct TupleBody {
    len: usize,
}

impl VarSize for TupleBody {
    fn subtype_items(&self) -> usize {
        self.len
    }
    fn trailing_size(obj: &Obj) -> usize {
        // SAFETY: dispatch by layout: obj is a tuple.
        unsafe { obj.body_unchecked::<TupleBody>() }.len * std::mem::size_of::<ObjRef>()
    }
    fn drop_trailing(obj: &Obj) {
        // SAFETY: dispatch by layout: obj is a tuple.
        let len = unsafe { obj.body_unchecked::<TupleBody>() }.len;
        let p = obj.trailing_ptr::<TupleBody>() as *mut ObjRef;
        for i in 0..len {
            // SAFETY: items 0..len are initialised owned references, each
            // dropped exactly once here as the tuple dies.
            unsafe { std::ptr::drop_in_place(p.add(i)) };
        }
    }
}
impl Traverse for TupleBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        let p = (self as *const TupleBody as *const u8)
            .wrapping_add(std::mem::size_of::<TupleBody>()) as *const ObjRef;
        for i in 0..self.len {
            // SAFETY: a tracked tuple's `len` items follow its body and are
            // initialised (tuples are tracked only after being filled).
            visit(unsafe { &*p.add(i) });
        }
    }
}

/// A new tuple owning `items`.
pub fn new_tuple(items: Vec<ObjRef>) -> Result<ObjRef, AllocError> {
    if items.is_empty() {
        return Ok(types().empty_tuple.clone());
    }
    new_tuple_in(&types().tuple, items)
}

/// A new tuple of type `ty` (bootstrap, or a subclass); `items` non-empty.
pub fn new_tuple_in(ty: &Obj, items: Vec<ObjRef>) -> Result<ObjRef, AllocError> {
    new_tuple_in_exact(ty, items.into_iter())
}

/// A new tuple of `items`, taken straight from an exact-size iterator (e.g.
/// a drain of the value stack, with no vector in between).
pub fn new_tuple_exact(items: impl ExactSizeIterator<Item = ObjRef>) -> Result<ObjRef, AllocError> {
    if items.len() == 0 {
        return Ok(types().empty_tuple.clone());
    }
    new_tuple_in_exact(&types().tuple, items)
}

#[inline]
fn new_tuple_in_exact(
    ty: &Obj,
    mut items: impl ExactSizeIterator<Item = ObjRef>,
) -> Result<ObjRef, AllocError> {
    let len = items.len();
    let obj = alloc_object(ty, TupleBody { len }, len * std::mem::size_of::<ObjRef>())?;
    let p = obj.trailing_ptr::<TupleBody>() as *mut ObjRef;
    let mut n = 0;
    for item in items.by_ref().take(len) {
        // SAFETY: slot n < len lies in the reserved trailing storage; all
        // len slots are written before the tuple is visible to anyone.
        unsafe { p.add(n).write(item) };
        n += 1;
    }
    let extra = items.next();
    if n < len || extra.is_some() {
        return rebuild_misreported(ty, obj, n, extra.into_iter().chain(items));
    }
    gc::track(&obj);
    collector::maybe_collect();
    Ok(obj)
}

/// An iterator's `len()` was wrong (safe code may lie): `obj` has `filled`
/// of its slots written. The rest are filled with None so the half-made
/// tuple is a valid object to drop, and the tuple is made again from what
/// the iterator really yielded.
#[cold]
fn rebuild_misreported(
    ty: &Obj,
    obj: ObjRef,
    filled: usize,
    rest: impl Iterator<Item = ObjRef>,
) -> Result<ObjRef, AllocError> {
    // SAFETY: dispatch by construction: obj is a tuple.
    let len = unsafe { obj.body_unchecked::<TupleBody>() }.len;
    let p = obj.trailing_ptr::<TupleBody>() as *mut ObjRef;
    for i in filled..len {
        // SAFETY: slots filled..len are reserved and not yet written.
        unsafe { p.add(i).write(types().none.clone()) };
    }
    let mut all: Vec<ObjRef> = (0..filled)
        // SAFETY: slots 0..filled hold initialised references.
        .map(|i| unsafe { (*p.add(i)).clone() })
        .collect();
    all.extend(rest);
    drop(obj);
    if all.is_empty() && ty.is(&types().tuple) {
        return Ok(types().empty_tuple.clone());
    }
    new_tuple_in_exact(ty, all.into_iter())
}

/// Puts `items` into `t` in place of its own when nothing but the caller's
/// reference refers to `t` (CPython's reused result tuple of `enumerate`):
/// no one else can see the change. Gives the items back when `t` is shared
/// or not an exact tuple of that length. The old items are dropped after the
/// new ones are in place, and a tuple the collector untracked (its items
/// were atomic) is tracked again, as CPython's `enum_next` does.
pub(crate) fn refill<const N: usize>(t: &Obj, items: [ObjRef; N]) -> Result<(), [ObjRef; N]> {
    if t.refcnt() != 1
        || !t.ty().is(&types().tuple)
        || try_tuple_items(t).map(<[_]>::len) != Some(N)
    {
        return Err(items);
    }
    let p = t.trailing_ptr::<TupleBody>() as *mut ObjRef;
    let mut old = items;
    // With a refcount of one only the caller refers to the tuple, and it
    // holds no borrowed slice of its items.
    for (i, v) in old.iter_mut().enumerate() {
        // SAFETY: slot i of N holds an initialised owned reference; swapping
        // it with one of `old` keeps every reference owned exactly once.
        unsafe { std::ptr::swap(p.add(i), v) };
    }
    gc::track(t);
    drop(old);
    Ok(())
}

/// Stores `v` as item `i` of `t`, a tuple only the caller refers to (an
/// iterator's reused result, as zip's), returning the old item for the
/// caller to drop; `v` back if `t` is shared, no exact tuple, or `i` out
/// of range.
pub(crate) fn replace_unique(t: &Obj, i: usize, v: ObjRef) -> ObjRef {
    if t.refcnt() != 1
        || !t.ty().is(&types().tuple)
        || try_tuple_items(t).is_none_or(|items| i >= items.len())
    {
        return v;
    }
    let p = t.trailing_ptr::<TupleBody>() as *mut ObjRef;
    // SAFETY: with a refcount of one only the caller refers to the tuple
    // and holds no borrowed slice of its items; slot i is initialised.
    unsafe { std::ptr::replace(p.add(i), v) }
}

/// The empty tuple singleton, made once at startup.
pub fn alloc_empty_tuple(tuple_type: &Obj) -> Result<ObjRef, AllocError> {
    alloc_object(tuple_type, TupleBody { len: 0 }, 0)
}

/// The items of a tuple. Panics if `obj` is not a tuple (a VM bug).
#[inline]
pub fn tuple_items(obj: &Obj) -> &[ObjRef] {
    try_tuple_items(obj).expect("tuple object")
}

#[inline]
pub fn try_tuple_items(obj: &Obj) -> Option<&[ObjRef]> {
    let b = obj.payload::<TupleBody>()?;
    let p = obj.trailing_ptr::<TupleBody>() as *const ObjRef;
    // SAFETY: a tuple's len items are initialised and live as long as it.
    Some(unsafe { std::slice::from_raw_parts(p, b.len) })
}

/// Does the slice walk forwards one by one (step 1)?
fn slice_is_forward(s: &SliceBody) -> PyResult<bool> {
    Ok(crate::objects::slice::slice_indices(s, 0)?.2 == 1)
}

pub fn tuple_getitem(_vm: &mut Vm, t: &Obj, key: &Obj) -> PyResult<ObjRef> {
    let items = try_tuple_items(t).expect("tuple");
    if let Some(s) = key.payload::<SliceBody>() {
        // Copied straight into the new tuple (no index or item vector).
        let pos = crate::objects::slice::slice_iter(s, items.len())?;
        // The whole of an exact tuple is the tuple itself, as in CPython.
        if pos.len() == items.len() && t.ty().is(&types().tuple) && slice_is_forward(s)? {
            return Ok(t.to_ref());
        }
        return Ok(new_tuple_exact(pos.map(|i| items[i].clone()))?);
    }
    let i = seq_index(key, items.len(), "tuple")?;
    Ok(items[i].clone())
}

fn tuple_index(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("index", &args[1..], 1, 3)?;
    let items = try_tuple_items(&args[0])
        .ok_or_else(|| type_error("tuple.index needs a tuple"))?
        .to_vec();
    let (start, stop) = norm_range(args, 2, items.len())?;
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if compare::eq(vm, item, &args[1])? {
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
        if compare::eq(vm, i, &args[1])? {
            n += 1;
        }
    }
    Ok(new_int(n)?)
}

/// `repr(tuple)`: `()`, `(1,)`, `(1, 2)`.
pub(crate) fn tuple_repr(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    let items = try_tuple_items(o).expect("tuple");
    if items.is_empty() {
        return Ok("()".into());
    }
    let Some(_g) = enter(o) else {
        return Ok("(...)".into());
    };
    let mut parts = Vec::with_capacity(items.len());
    for i in items {
        parts.push(repr_string(vm, i)?);
    }
    Ok(if parts.len() == 1 {
        format!("({},)", parts[0])
    } else {
        format!("({})", parts.join(", "))
    })
}

/// `tuple(iterable=())`; a tuple argument is returned as it is.
pub(crate) fn tuple_new(vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let t = types();
    let (pos, _) = call.split();
    no_kwargs("tuple", call.kwnames)?;
    check_args("tuple", pos, 0, 1)?;
    match pos.first() {
        Some(v) if v.ty().is(&t.tuple) => Ok(v.clone()),
        Some(v) => Ok(new_tuple(iter::collect_hinted(vm, v)?)?),
        None => Ok(t.empty_tuple.clone()),
    }
}

/// Puts this type's built-in methods into its namespace (at start-up).
pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    let m = BuiltinKind::Method;
    builtin::install(
        &t.tuple,
        "tuple",
        &[("index", tuple_index), ("count", tuple_count)],
        m,
    )?;
    Ok(())
}

/// `tuple + tuple` (CPython's `tupleconcat`).
pub(crate) fn tuple_concat(a: &Obj, b: &Obj) -> PyResult<ObjRef> {
    let mut v = try_tuple_items(a).expect("tuple").to_vec();
    v.extend_from_slice(try_tuple_items(b).expect("tuple"));
    Ok(new_tuple(v)?)
}

/// `tuple * n` (CPython's `tuplerepeat`).
pub(crate) fn tuple_repeat(t: &Obj, n: usize) -> PyResult<ObjRef> {
    let items = try_tuple_items(t).expect("tuple");
    check_repeat(items.len(), n)?;
    let mut v = heap::try_vec(items.len() * n)?;
    for _ in 0..n {
        v.extend_from_slice(items);
    }
    Ok(new_tuple(v)?)
}

/// CPython 3.8+'s xxHash-based tuple hash of the item hashes.
pub fn tuple_hash_of(lanes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for &lane in lanes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((lanes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// `hash(tuple)`: the xxHash-based combination of the items' hashes.
pub(crate) fn tuple_hash(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    let items = try_tuple_items(o).expect("tuple");
    let mut lanes = Vec::with_capacity(items.len());
    for item in items {
        lanes.push(if item.layout() == Layout::Tuple {
            // CPython does not count this recursion; only make sure
            // the native stack has room for it.
            stacker::maybe_grow(64 * 1024, 1 << 20, || hash::hash(vm, item))?
        } else {
            hash::hash(vm, item)?
        });
    }
    Ok(tuple_hash_of(&lanes))
}
