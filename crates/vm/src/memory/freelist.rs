//! Layer 3 of the heap: the per-type free lists of CPython 3.11 (float, int
//! in the classic profile, list, dict, tuple per length), with CPython's
//! bounds. A freed object's block is kept on its type's list and handed to
//! the next allocation of that type without touching the object allocator;
//! the lists are built on `arenapy_alloc::FreeList`, which links entries
//! through the first word of each block.

use crate::memory::heap;
use crate::objects::{dict, float, int, list, tuple, Layout};
use arenapy_alloc::FreeList;
use std::cell::RefCell;
use std::ptr::NonNull;

// ---------------------------------------------------------------------------
// Free lists (layer 3): CPython 3.11's bounds.

/// Free-list capacities: float 100, list 80, dict 80, tuples of length
/// 1..=20 up to 2000 each (CPython 3.11), and an int free list of 100 in the
/// classic profile (CPython 3.11 has none; it caches small ints instead).
const FLOAT_FREELIST: usize = 100;
const LIST_FREELIST: usize = 80;
const DICT_FREELIST: usize = 80;
const TUPLE_FREELIST: usize = 2000;
const TUPLE_FREELIST_MAXLEN: usize = 20;
const INT_FREELIST: usize = 100;

pub struct FreeLists {
    pub int: FreeList,
    pub int_size: usize,
    pub float: FreeList,
    pub float_size: usize,
    pub list: FreeList,
    pub list_size: usize,
    pub dict: FreeList,
    pub dict_size: usize,
    /// Index n holds tuples of length n (0 unused: the empty tuple is a singleton).
    /// (An array, not a Vec: `FreeLists` has no destructor, so its
    /// thread-local needs no lazy registration and each access is cheap.)
    pub tuple: [FreeList; TUPLE_FREELIST_MAXLEN + 1],
    pub tuple_size0: usize,
    pub enabled: bool,
}

impl FreeLists {
    pub fn new(int_enabled: bool) -> FreeLists {
        use crate::memory::object::object_block_size;
        FreeLists {
            int: FreeList::new(if int_enabled { INT_FREELIST } else { 0 }),
            int_size: object_block_size::<int::IntBody>(0),
            float: FreeList::new(FLOAT_FREELIST),
            float_size: object_block_size::<float::FloatBody>(0),
            list: FreeList::new(LIST_FREELIST),
            list_size: object_block_size::<list::ListBody>(0),
            dict: FreeList::new(DICT_FREELIST),
            dict_size: object_block_size::<dict::DictBody>(0),
            tuple: std::array::from_fn(|n| FreeList::new(if n == 0 { 0 } else { TUPLE_FREELIST })),
            tuple_size0: object_block_size::<tuple::TupleBody>(0),
            enabled: true,
        }
    }

    fn list_for(&mut self, layout: Layout, size: usize) -> Option<&mut FreeList> {
        if !self.enabled {
            return None;
        }
        match layout {
            Layout::Int if size == self.int_size => Some(&mut self.int),
            Layout::Float if size == self.float_size => Some(&mut self.float),
            Layout::List if size == self.list_size => Some(&mut self.list),
            Layout::Dict if size == self.dict_size => Some(&mut self.dict),
            Layout::Tuple => {
                let n = (size - self.tuple_size0) / std::mem::size_of::<usize>();
                self.tuple.get_mut(n)
            }
            _ => None,
        }
    }

    /// Returns every cached block to the heap (CPython's
    /// `_PyGC_ClearAllFreeLists`, run by a full collection and at teardown).
    pub fn clear(&mut self) {
        let sizes = [
            (self.int_size, &mut self.int),
            (self.float_size, &mut self.float),
            (self.list_size, &mut self.list),
            (self.dict_size, &mut self.dict),
        ];
        for (size, fl) in sizes {
            // SAFETY: cached blocks came from heap::malloc with this size.
            fl.drain(|b| unsafe { heap::free(b, size) });
        }
        let s0 = self.tuple_size0;
        for (n, fl) in self.tuple.iter_mut().enumerate() {
            let size = s0 + n * std::mem::size_of::<usize>();
            // SAFETY: as above, tuples of length n have this block size.
            fl.drain(|b| unsafe { heap::free(b, size) });
        }
    }
}

const _: () = assert!(!std::mem::needs_drop::<Option<FreeLists>>());

thread_local! {
    pub(crate) static FREELISTS: RefCell<Option<FreeLists>> = const { RefCell::new(None) };
}

/// Takes a block from the free list of `layout` objects of `size` bytes.
///
/// The layout is a constant at every call site (`alloc_object::<T>`), so
/// the match folds to one arm, and each arm's closure is small enough for
/// the thread-local access to be inlined into the allocation path.
#[inline(always)]
pub(crate) fn freelist_pop(layout: Layout, size: usize) -> Option<NonNull<u8>> {
    match layout {
        Layout::Int => pop_from(|f| (size == f.int_size).then_some(&mut f.int)),
        Layout::Float => pop_from(|f| (size == f.float_size).then_some(&mut f.float)),
        Layout::List => pop_from(|f| (size == f.list_size).then_some(&mut f.list)),
        Layout::Dict => pop_from(|f| (size == f.dict_size).then_some(&mut f.dict)),
        Layout::Tuple => pop_from(|f| f.list_for(Layout::Tuple, size)),
        _ => None,
    }
}

#[inline(always)]
fn pop_from(pick: impl FnOnce(&mut FreeLists) -> Option<&mut FreeList>) -> Option<NonNull<u8>> {
    FREELISTS.with(|f| {
        let mut f = f.borrow_mut();
        let f = f.as_mut().filter(|f| f.enabled)?;
        pick(f)?.pop()
    })
}

/// Gives a dead object's block to the free list of its layout and size;
/// false when the list is full (or there is none): the caller frees it.
#[inline(always)]
pub(crate) fn freelist_push(layout: Layout, size: usize, block: NonNull<u8>) -> bool {
    match layout {
        Layout::Int => push_to(block, |f| (size == f.int_size).then_some(&mut f.int)),
        Layout::Float => push_to(block, |f| (size == f.float_size).then_some(&mut f.float)),
        Layout::List => push_to(block, |f| (size == f.list_size).then_some(&mut f.list)),
        Layout::Dict => push_to(block, |f| (size == f.dict_size).then_some(&mut f.dict)),
        Layout::Tuple => push_to(block, |f| f.list_for(Layout::Tuple, size)),
        _ => false,
    }
}

#[inline(always)]
fn push_to(block: NonNull<u8>, pick: impl FnOnce(&mut FreeLists) -> Option<&mut FreeList>) -> bool {
    FREELISTS.with(|f| {
        let mut f = f.borrow_mut();
        match f.as_mut().filter(|f| f.enabled).and_then(pick) {
            // SAFETY: the block is a dead object's block, at least 16 bytes,
            // owned by us from here on.
            Some(l) => unsafe { l.push(block) },
            None => false,
        }
    })
}
