//! The interpreter's heap: one [`Heap`] per thread, reachable from `Drop`
//! through the allocation context (`memory::context`).
//!
//! Every object and every piece of variable-size object storage (list item
//! arrays, dict tables, ...) is allocated here: [`malloc`]/[`free`] are
//! CPython's `PyObject_Malloc`/`PyObject_Free`, and [`HeapAlloc`] lets
//! `allocator_api2` collections put their buffers on the same heap.
//!
//! Invariants: the heap is installed by [`install`] before any object exists
//! and removed by [`uninstall`] only after the last object is gone. The heap's
//! methods never call back into Python, so a `&mut Heap` obtained here is
//! never aliased: each access is one short, non-reentrant call.

use crate::eval::breaker;
use crate::memory::context::with_ctx;
use crate::objects::{exception, registry};
use crate::vm::{PyErr, PyResult};
use arenapy_alloc::{AllocError, Heap};
use std::ptr::NonNull;

/// Installs a heap for this thread (one interpreter per thread).
pub fn install(heap: Heap) {
    let boxed = Box::into_raw(Box::new(heap));
    with_ctx(|c| {
        let h = &c.heap;
        assert!(
            h.get().is_null(),
            "an interpreter already runs on this thread"
        );
        h.set(boxed)
    });
}

/// Removes this thread's heap and returns it (with its final statistics).
pub fn uninstall() -> Option<Heap> {
    let ptr = with_ctx(|c| c.heap.replace(std::ptr::null_mut()));
    if ptr.is_null() {
        None
    } else {
        // SAFETY: `ptr` came from Box::into_raw in `install` and was just
        // unpublished, so this is the only owner.
        Some(*unsafe { Box::from_raw(ptr) })
    }
}

/// Runs `f` with exclusive access to this thread's heap.
#[inline(always)]
pub fn with_heap<R>(f: impl FnOnce(&mut Heap) -> R) -> R {
    let ptr = with_ctx(|c| c.heap.get());
    assert!(!ptr.is_null(), "no arenapy heap on this thread");
    // SAFETY: the pointer is live between install and uninstall (module
    // invariant), and `f` is one of the heap calls below, none of which can
    // re-enter `with_heap`, so this is the only reference.
    f(unsafe { &mut *ptr })
}

/// `PyObject_Malloc`.
#[inline]
pub fn malloc(size: usize) -> Result<NonNull<u8>, AllocError> {
    with_heap(|h| h.malloc(size))
}

/// `PyObject_Free`.
///
/// # Safety
/// `ptr` came from [`malloc`]/[`realloc`] with exactly `size` and is not used
/// again.
#[inline]
pub unsafe fn free(ptr: NonNull<u8>, size: usize) {
    // SAFETY: forwarded contract.
    with_heap(|h| unsafe { h.free(ptr, size) })
}

/// `PyObject_Realloc`.
///
/// # Safety
/// As for [`free`], with `old_size` the block's current size.
pub(crate) unsafe fn realloc(
    ptr: NonNull<u8>,
    old_size: usize,
    new_size: usize,
) -> Result<NonNull<u8>, AllocError> {
    // SAFETY: forwarded contract.
    with_heap(|h| unsafe { h.realloc(ptr, old_size, new_size) })
}

/// Retries an allocation the heap refused (its byte limit, or an injected
/// failure), with the limit lifted, and asks the dispatch loop to raise
/// MemoryError at its next instruction (see `crate::eval::breaker`):
/// collection buffers grow inside code that cannot fail, so a refusal there
/// must not abort. A refusal by the system fails again and stays an error.
#[cold]
fn beyond_limit<R>(f: impl FnOnce(&mut Heap) -> Result<R, AllocError>) -> Result<R, AllocError> {
    with_heap(|h| {
        let limit = h.limit();
        h.set_limit(None);
        let r = f(h);
        h.set_limit(limit);
        if r.is_ok() {
            breaker::defer_memory_error();
        }
        r
    })
}

/// An `allocator_api2` allocator over the thread's heap, so the buffers of
/// item arrays and tables live in arenas like everything else.
#[derive(Clone, Copy, Debug, Default)]
pub struct HeapAlloc;

// SAFETY: blocks returned are valid for `layout.size()` bytes until freed,
// are aligned to at least 8 (the heap's minimum alignment), and we refuse
// layouts needing more (a zero-size one takes no block and gets its own
// alignment as its address); `deallocate`/`grow`/`shrink` receive the same size
// the block was allocated with, as the trait guarantees.
unsafe impl allocator_api2::alloc::Allocator for HeapAlloc {
    fn allocate(
        &self,
        layout: std::alloc::Layout,
    ) -> Result<NonNull<[u8]>, allocator_api2::alloc::AllocError> {
        if layout.size() == 0 {
            // Like Rust's global allocator users expect: a zero-sized
            // allocation takes no block (an empty boxed slice). Its pointer
            // must still be aligned as asked: the layout's alignment itself
            // (a non-zero power of two) is the canonical such address.
            let p = std::ptr::without_provenance_mut::<u8>(layout.align());
            // SAFETY: `layout.align()` is at least 1, so `p` is not null.
            let p = unsafe { NonNull::new_unchecked(p) };
            return Ok(NonNull::slice_from_raw_parts(p, 0));
        }
        if layout.align() > 8 {
            return Err(allocator_api2::alloc::AllocError);
        }
        let size = layout.size();
        let p = malloc(size)
            .or_else(|_| beyond_limit(|h| h.malloc(size)))
            .map_err(|_| allocator_api2::alloc::AllocError)?;
        Ok(NonNull::slice_from_raw_parts(p, layout.size()))
    }

    unsafe fn deallocate(&self, ptr: NonNull<u8>, layout: std::alloc::Layout) {
        if layout.size() == 0 {
            return; // `allocate` took no block for it.
        }
        // SAFETY: allocated by `allocate` (or `grow`) with this layout's size.
        unsafe { free(ptr, layout.size()) }
    }

    unsafe fn grow(
        &self,
        ptr: NonNull<u8>,
        old: std::alloc::Layout,
        new: std::alloc::Layout,
    ) -> Result<NonNull<[u8]>, allocator_api2::alloc::AllocError> {
        if new.align() > 8 {
            return Err(allocator_api2::alloc::AllocError);
        }
        if old.size() == 0 {
            return self.allocate(new);
        }
        if new.size() == 0 {
            // SAFETY: `ptr` is a live block of `old.size()` bytes.
            unsafe { self.deallocate(ptr, old) };
            return self.allocate(new);
        }
        // SAFETY: `ptr` is a live block of `old.size()` bytes; a failed
        // realloc leaves it untouched, so the retry may use it again.
        let p = unsafe { realloc(ptr, old.size(), new.size()) }
            .or_else(|_| beyond_limit(|h| unsafe { h.realloc(ptr, old.size(), new.size()) }))
            .map_err(|_| allocator_api2::alloc::AllocError)?;
        Ok(NonNull::slice_from_raw_parts(p, new.size()))
    }

    unsafe fn shrink(
        &self,
        ptr: NonNull<u8>,
        old: std::alloc::Layout,
        new: std::alloc::Layout,
    ) -> Result<NonNull<[u8]>, allocator_api2::alloc::AllocError> {
        // SAFETY: same contract as grow.
        unsafe { self.grow(ptr, old, new) }
    }
}

/// A growable array whose buffer lives on the heap.
pub type HVec<T> = allocator_api2::vec::Vec<T, HeapAlloc>;

pub fn hvec<T>() -> HVec<T> {
    allocator_api2::vec::Vec::new_in(HeapAlloc)
}

pub fn hvec_with_capacity<T>(n: usize) -> HVec<T> {
    allocator_api2::vec::Vec::with_capacity_in(n, HeapAlloc)
}

// ---- Sizes a script asks for ----
//
// CPython checks every size a script controls before allocating (a
// repetition count, a width, a length) and turns a refused `malloc` into
// MemoryError. Rust's collections abort the process when the system refuses
// them, so each buffer sized by a script is reserved here first, fallibly:
// the size must not overflow, must fit under `--heap-limit`, and the system
// must grant it.

/// A new MemoryError (CPython's `PyErr_NoMemory`).
#[cold]
pub fn no_memory() -> PyErr {
    exception::new_error(&registry::types().memory_error, "")
}

/// Is there room for `bytes` more bytes under the heap's limit?
pub fn has_room(bytes: usize) -> bool {
    let ptr = with_ctx(|c| c.heap.get());
    if ptr.is_null() {
        // No interpreter on this thread: no limit to keep.
        return bytes <= isize::MAX as usize;
    }
    with_heap(|h| h.admits(bytes))
}

/// MemoryError unless `bytes` more bytes fit under the heap's limit.
pub fn check_room(bytes: usize) -> PyResult<()> {
    if has_room(bytes) {
        Ok(())
    } else {
        Err(no_memory())
    }
}

/// `count * size` bytes, or MemoryError when that overflows or passes the
/// limit (CPython's `PyMem_New` overflow check).
pub fn check_items<T>(count: usize) -> PyResult<usize> {
    let bytes = count
        .checked_mul(std::mem::size_of::<T>().max(1))
        .ok_or_else(no_memory)?;
    check_room(bytes)?;
    Ok(bytes)
}

/// An empty `Vec` with room for `n` items, or MemoryError.
pub fn try_vec<T>(n: usize) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    reserve_vec(&mut v, n)?;
    Ok(v)
}

/// Room for `extra` more items in `v`, or MemoryError.
pub fn reserve_vec<T>(v: &mut Vec<T>, extra: usize) -> PyResult<()> {
    check_items::<T>(extra)?;
    v.try_reserve_exact(extra).map_err(|_| no_memory())
}

/// An empty heap vector with room for `n` items, or MemoryError.
pub fn try_hvec<T>(n: usize) -> PyResult<HVec<T>> {
    let mut v = hvec();
    reserve_hvec(&mut v, n)?;
    Ok(v)
}

/// Room for `extra` more items in the heap vector `v`, or MemoryError.
pub fn reserve_hvec<T>(v: &mut HVec<T>, extra: usize) -> PyResult<()> {
    check_items::<T>(extra)?;
    v.try_reserve_exact(extra).map_err(|_| no_memory())
}

/// An empty `String` with room for `n` bytes, or MemoryError.
pub fn try_string(n: usize) -> PyResult<String> {
    let mut s = String::new();
    check_room(n)?;
    s.try_reserve_exact(n).map_err(|_| no_memory())?;
    Ok(s)
}

/// `b` repeated `n` times, or MemoryError.
pub fn try_repeat_bytes(b: &[u8], n: usize) -> PyResult<Vec<u8>> {
    let total = b.len().checked_mul(n).ok_or_else(no_memory)?;
    let mut out = try_vec(total)?;
    for _ in 0..n {
        out.extend_from_slice(b);
    }
    Ok(out)
}
