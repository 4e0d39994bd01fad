//! `tuple` (items stored inline after the body, fixed at creation) and
//! `list` (a growable item array on the heap: through the object allocator
//! while it is at most 512 bytes, through the raw allocator beyond).

use super::{registry::types, Traverse, VarSize};
use crate::heap::{hvec_with_capacity, HVec};
use crate::object::{alloc_object, Obj, ObjRef};
use arenapy_alloc::AllocError;
use std::cell::RefCell;

pub struct TupleBody {
    len: usize,
}

pub struct ListBody {
    pub items: RefCell<HVec<ObjRef>>,
}

impl VarSize for TupleBody {
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

impl Traverse for ListBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(items) = self.items.try_borrow() {
            for o in items.iter() {
                visit(o);
            }
        }
    }
}
impl VarSize for ListBody {}

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
    items: impl ExactSizeIterator<Item = ObjRef>,
) -> Result<ObjRef, AllocError> {
    let len = items.len();
    let obj = alloc_object(ty, TupleBody { len }, len * std::mem::size_of::<ObjRef>())?;
    let p = obj.trailing_ptr::<TupleBody>() as *mut ObjRef;
    let mut n = 0;
    for item in items.take(len) {
        // SAFETY: slot n < len lies in the reserved trailing storage; all
        // len slots are written before the tuple is visible to anyone.
        unsafe { p.add(n).write(item) };
        n += 1;
    }
    assert_eq!(n, len, "ExactSizeIterator yielded fewer items than its len");
    crate::gc::track(&obj);
    crate::collector::maybe_collect();
    Ok(obj)
}

/// A new tuple of new references to `items`.
pub fn new_tuple_from_slice(items: &[ObjRef]) -> Result<ObjRef, AllocError> {
    new_tuple(items.to_vec())
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
