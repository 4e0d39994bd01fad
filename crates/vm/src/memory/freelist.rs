//! Layer 3 of the heap: the per-type free lists of CPython 3.11 (float, int
//! in the classic profile, list, dict, tuple per length), with CPython's
//! bounds. A freed object's block is kept on its type's list and handed to
//! the next allocation of that type without touching the object allocator;
//! the lists are built on `arenapy_alloc::FreeList`, which links entries
//! through the first word of each block. They live in the allocation
//! context (`memory::context`), reached without a borrow flag.

use crate::memory::context::with_freelists;
use crate::memory::heap;
use crate::memory::object::object_block_size;
use crate::objects::{dict, float, int, list, tuple, Layout};
use arenapy_alloc::FreeList;
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

/// Block sizes of the exact built-in objects the lists keep (compile-time
/// constants, so a free-list test at a call site of known type folds away).
const INT_SIZE: usize = object_block_size::<int::IntBody>(0);
const FLOAT_SIZE: usize = object_block_size::<float::FloatBody>(0);
const LIST_SIZE: usize = object_block_size::<list::ListBody>(0);
const DICT_SIZE: usize = object_block_size::<dict::DictBody>(0);
const TUPLE_SIZE0: usize = object_block_size::<tuple::TupleBody>(0);
const WORD: usize = std::mem::size_of::<usize>();

/// The free lists of one thread, kept in the allocation context
/// (`memory::context`).
pub struct FreeLists {
    pub int: FreeList,
    pub float: FreeList,
    pub list: FreeList,
    pub dict: FreeList,
    /// Index n holds tuples of length n (0 unused: the empty tuple is a singleton).
    pub tuple: [FreeList; TUPLE_FREELIST_MAXLEN + 1],
    /// Between `install` and `uninstall` (read by the reports only; the
    /// fast paths need no such test, see `EMPTY`).
    pub installed: bool,
}

impl FreeLists {
    /// No capacity anywhere: the state before an interpreter is installed
    /// and after it is gone (pops miss, pushes are refused).
    pub const EMPTY: FreeLists = FreeLists {
        int: FreeList::new(0),
        float: FreeList::new(0),
        list: FreeList::new(0),
        dict: FreeList::new(0),
        tuple: [const { FreeList::new(0) }; TUPLE_FREELIST_MAXLEN + 1],
        installed: false,
    };

    /// CPython 3.11's lists, plus the int list of the classic profile.
    pub fn new(int_enabled: bool) -> FreeLists {
        FreeLists {
            int: FreeList::new(if int_enabled { INT_FREELIST } else { 0 }),
            float: FreeList::new(FLOAT_FREELIST),
            list: FreeList::new(LIST_FREELIST),
            dict: FreeList::new(DICT_FREELIST),
            tuple: std::array::from_fn(|n| FreeList::new(if n == 0 { 0 } else { TUPLE_FREELIST })),
            installed: true,
        }
    }

    /// Returns every cached block to the heap (CPython's
    /// `_PyGC_ClearAllFreeLists`, run by a full collection and at teardown).
    pub fn clear(&mut self) {
        let sizes = [
            (INT_SIZE, &mut self.int),
            (FLOAT_SIZE, &mut self.float),
            (LIST_SIZE, &mut self.list),
            (DICT_SIZE, &mut self.dict),
        ];
        for (size, fl) in sizes {
            // SAFETY: cached blocks came from heap::malloc with this size.
            fl.drain(|b| unsafe { heap::free(b, size) });
        }
        for (n, fl) in self.tuple.iter_mut().enumerate() {
            let size = TUPLE_SIZE0 + n * WORD;
            // SAFETY: as above, tuples of length n have this block size.
            fl.drain(|b| unsafe { heap::free(b, size) });
        }
    }
}

/// Installs this thread's free lists (interpreter start).
pub(crate) fn install(int_enabled: bool) {
    with_freelists(|f| *f = FreeLists::new(int_enabled));
}

/// Empties the lists into the heap (a full collection).
pub(crate) fn clear() {
    with_freelists(FreeLists::clear);
}

/// Empties the lists and takes their capacity away (interpreter teardown).
pub(crate) fn uninstall() {
    with_freelists(|f| {
        f.clear();
        *f = FreeLists::EMPTY;
    });
}

/// Takes a block from the free list of `layout` objects of `size` bytes.
///
/// The layout is a constant at every call site (`alloc_object::<T>`), and
/// so is the size for fixed-size objects, so the match folds to one list's
/// pop: a load of its head, a test, and two stores.
#[inline(always)]
pub(crate) fn freelist_pop(layout: Layout, size: usize) -> Option<NonNull<u8>> {
    match layout {
        Layout::Int if size == INT_SIZE => with_freelists(|f| f.int.pop()),
        Layout::Float if size == FLOAT_SIZE => with_freelists(|f| f.float.pop()),
        Layout::List if size == LIST_SIZE => with_freelists(|f| f.list.pop()),
        Layout::Dict if size == DICT_SIZE => with_freelists(|f| f.dict.pop()),
        Layout::Tuple => {
            let n = (size - TUPLE_SIZE0) / WORD;
            if n <= TUPLE_FREELIST_MAXLEN {
                with_freelists(|f| f.tuple[n].pop())
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Gives a dead object's block to the free list of its layout and size;
/// false when the list is full (or there is none): the caller frees it.
#[inline(always)]
pub(crate) fn freelist_push(layout: Layout, size: usize, block: NonNull<u8>) -> bool {
    match layout {
        Layout::Int if size == INT_SIZE => with_freelists(|f| push_on(&mut f.int, block)),
        Layout::Float if size == FLOAT_SIZE => with_freelists(|f| push_on(&mut f.float, block)),
        Layout::List if size == LIST_SIZE => with_freelists(|f| push_on(&mut f.list, block)),
        Layout::Dict if size == DICT_SIZE => with_freelists(|f| push_on(&mut f.dict, block)),
        Layout::Tuple => {
            let n = (size - TUPLE_SIZE0) / WORD;
            n <= TUPLE_FREELIST_MAXLEN && with_freelists(|f| push_on(&mut f.tuple[n], block))
        }
        _ => false,
    }
}

#[inline(always)]
fn push_on(list: &mut FreeList, block: NonNull<u8>) -> bool {
    // SAFETY: `freelist_push`'s callers give a dead object's block, at
    // least 16 bytes, owned by us from here on.
    unsafe { list.push(block) }
}
