//! A frame's `localsplus`: its fast locals, then its cells, then its value
//! stack, in one buffer, as CPython 3.11's `_PyInterpreterFrame` lays them
//! out. The buffer is the frame's own (kept by pooled frames, so a call
//! reuses it) or, for a generator's frame, the trailing words of the
//! generator's heap block (CPython's `gi_iframe`).
//!
//! A [`Region`] is a window on part of that buffer holding values of one
//! type. It owns the values in its first `len` slots but not the memory:
//! the frame releases the values ([`Region::clear`]) before the memory is
//! reused or freed, and points the windows at new memory only when they
//! are empty or their values have been moved there ([`Region::moved_to`]).
//! The value stack's pushes and pops are unchecked in release builds: the
//! compiler's depth analysis bounds them by the code's `max_stack`, which
//! is the stack region's capacity (`arenapy_compiler::stackdepth`).

use crate::memory::object::ObjRef;
use std::mem::{align_of, size_of, MaybeUninit};
use std::ops::{Deref, DerefMut};
use std::ptr::NonNull;

/// One slot of a localsplus buffer: raw memory for an `ObjRef` or an
/// `Option<ObjRef>`, which have the same size and alignment (ObjRef is a
/// transparent `NonNull`, so `None` is the null niche).
pub type Slot = MaybeUninit<usize>;

const _: () = assert!(size_of::<ObjRef>() == size_of::<Slot>());
const _: () = assert!(size_of::<Option<ObjRef>>() == size_of::<Slot>());
const _: () = assert!(align_of::<ObjRef>() == align_of::<Slot>());
const _: () = assert!(align_of::<Option<ObjRef>>() == align_of::<Slot>());

/// A window of `cap` slots holding `len` initialised values of type `T`.
pub struct Region<T> {
    ptr: NonNull<T>,
    len: usize,
    cap: usize,
}

impl<T> Region<T> {
    /// A region of no slots.
    pub const fn empty() -> Region<T> {
        Region {
            ptr: NonNull::dangling(),
            len: 0,
            cap: 0,
        }
    }

    /// An empty region over `cap` slots starting at `start`.
    ///
    /// # Safety
    /// `start` is valid for reads and writes of `cap` slots for as long as
    /// the region is used, and no other region covers them.
    pub unsafe fn new(start: *mut Slot, cap: usize) -> Region<T> {
        Region {
            // SAFETY: the caller gives a valid, so non-null, pointer.
            ptr: unsafe { NonNull::new_unchecked(start.cast::<T>()) },
            len: 0,
            cap,
        }
    }

    /// The region's first slot, as raw memory.
    pub fn start(&self) -> *mut Slot {
        self.ptr.as_ptr().cast()
    }

    pub fn capacity(&self) -> usize {
        self.cap
    }

    /// Pushes without a capacity check in release builds: for the value
    /// stack, whose depth the compiler verified (see the module header).
    #[inline(always)]
    pub fn push(&mut self, v: T) {
        debug_assert!(self.len < self.cap, "localsplus region overflow");
        // SAFETY: `len < cap` (the verified bound), so the slot is inside
        // the region's memory; it held no value, and the new length covers
        // only initialised slots.
        unsafe { self.ptr.as_ptr().add(self.len).write(v) };
        self.len += 1;
    }

    /// Pushes at `len`, the length the caller keeps in a register (the
    /// dispatch loop's stack pointer): the length is stored, never loaded,
    /// so consecutive pushes and pops do not wait on each other through
    /// memory.
    ///
    /// # Safety
    /// `len` is the region's length, and below the verified bound.
    #[inline(always)]
    pub unsafe fn push_at(&mut self, len: usize, v: T) {
        debug_assert!(len == self.len && len < self.cap, "stale stack pointer");
        // SAFETY: `len` is the length (the contract), so the slot is free
        // and inside the region, as for `push`.
        unsafe { self.ptr.as_ptr().add(len).write(v) };
        self.len = len + 1;
    }

    /// Pops the value below `len`, the length the caller keeps (see
    /// [`Region::push_at`]).
    ///
    /// # Safety
    /// `len` is the region's length, and not zero.
    #[inline(always)]
    pub unsafe fn pop_at(&mut self, len: usize) -> T {
        debug_assert!(len == self.len && len > 0, "stale stack pointer");
        self.len = len - 1;
        // SAFETY: slot `len - 1` holds a value (the contract); shortening
        // the length first hands it to the caller exactly once.
        unsafe { self.ptr.as_ptr().add(len - 1).read() }
    }

    /// Pushes with a capacity check, for the regions whose bound is not
    /// verified by the compiler (cells).
    pub fn push_checked(&mut self, v: T) {
        assert!(self.len < self.cap, "localsplus region overflow");
        self.push(v);
    }

    #[inline(always)]
    pub fn pop(&mut self) -> T {
        debug_assert!(self.len > 0, "localsplus region underflow");
        self.len -= 1;
        // SAFETY: slot `len` was initialised (the depth analysis never pops
        // an empty stack); shortening the length first hands its value to
        // the caller exactly once.
        unsafe { self.ptr.as_ptr().add(self.len).read() }
    }

    /// Drops the values above the first `n`.
    #[inline]
    pub fn truncate(&mut self, n: usize) {
        while self.len > n {
            drop(self.pop());
        }
    }

    /// Drops every value, first to last.
    #[inline]
    pub fn clear(&mut self) {
        let live: *mut [T] = &mut **self;
        // The region is emptied before the values go, so a release that
        // runs code never sees them.
        self.len = 0;
        // SAFETY: `live` covers the initialised values, owned by the
        // region until now and dropped exactly once here.
        unsafe { std::ptr::drop_in_place(live) };
    }

    /// Takes the values from `n` up, in order, leaving the first `n`.
    pub fn drain(&mut self, from: std::ops::RangeFrom<usize>) -> Drain<'_, T> {
        let n = from.start;
        assert!(n <= self.len, "drain start beyond the region's length");
        let end = self.len;
        // The drained values belong to the iterator from here on.
        self.len = n;
        Drain {
            region: self,
            next: n,
            end,
        }
    }

    /// Sets the length of a region whose first `len` slots the caller
    /// initialised.
    ///
    /// # Safety
    /// `len <= cap`, and slots `0..len` hold values of `T`.
    pub unsafe fn set_len(&mut self, len: usize) {
        debug_assert!(len <= self.cap);
        self.len = len;
    }

    /// The region with its values moved (bitwise) to `dst`, which becomes
    /// its memory; the old memory is left holding no values.
    ///
    /// # Safety
    /// `dst` is valid for `cap` slots for as long as the region is used,
    /// does not overlap the region's memory, and no other region covers it.
    pub unsafe fn moved_to(&mut self, dst: *mut Slot) {
        // SAFETY: `len` initialised values are read once from the old
        // memory and written to `dst`, valid and disjoint by the contract.
        unsafe {
            std::ptr::copy_nonoverlapping(self.ptr.as_ptr(), dst.cast::<T>(), self.len);
            self.ptr = NonNull::new_unchecked(dst.cast::<T>());
        }
    }
}

impl<T> Deref for Region<T> {
    type Target = [T];
    #[inline(always)]
    fn deref(&self) -> &[T] {
        // SAFETY: the first `len` slots hold initialised values of `T`.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl<T> DerefMut for Region<T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [T] {
        // SAFETY: as for `deref`, and `&mut self` makes the access unique.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }
}

impl<'a, T> IntoIterator for &'a Region<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// The values [`Region::drain`] takes; any not consumed are dropped with it.
pub struct Drain<'a, T> {
    region: &'a mut Region<T>,
    next: usize,
    end: usize,
}

impl<T> Iterator for Drain<'_, T> {
    type Item = T;
    #[inline]
    fn next(&mut self) -> Option<T> {
        if self.next == self.end {
            return None;
        }
        // SAFETY: slots `next..end` still hold the drained values, each
        // read once (the region's length already excludes them).
        let v = unsafe { self.region.ptr.as_ptr().add(self.next).read() };
        self.next += 1;
        Some(v)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end - self.next;
        (n, Some(n))
    }
}

impl<T> ExactSizeIterator for Drain<'_, T> {}

impl<T> Drop for Drain<'_, T> {
    fn drop(&mut self) {
        for v in self.by_ref() {
            drop(v);
        }
    }
}
