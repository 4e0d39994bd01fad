//! A counting global allocator: the interpreter's own Rust allocations
//! (compiler output, frames of plain calls, collector work tables, regex
//! programs, strings built for messages ...), as opposed to the Python
//! objects of the layered heap, which takes its memory from the system
//! allocator directly (see `raw`).
//!
//! A binary that installs [`CountingAlloc`] as its `#[global_allocator]`
//! makes [`snapshot`] report how many allocator calls the Rust side made and
//! how many bytes it holds, so the memory report accounts for the process's
//! memory and tests can assert that a loop makes no Rust allocations per
//! iteration. Without it installed, [`is_installed`] is false and every
//! counter stays zero.
//!
//! Invariants: counters only ever change inside the allocator methods, with
//! relaxed atomics (they are statistics; no other memory is ordered by
//! them); `bytes_in_use` is the sum of the sizes of the live allocations
//! made through this allocator.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::Relaxed};

/// The system allocator with counters.
pub struct CountingAlloc;

static INSTALLED: AtomicBool = AtomicBool::new(false);
static CALLS: AtomicUsize = AtomicUsize::new(0);
static BYTES: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static LIVE: AtomicUsize = AtomicUsize::new(0);

/// The counters at one moment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RustAllocStats {
    /// alloc, realloc and dealloc calls since start-up.
    pub calls: usize,
    /// Bytes held by live allocations.
    pub bytes_in_use: usize,
    /// The most `bytes_in_use` has been.
    pub peak_bytes: usize,
    /// Live allocations.
    pub allocations: usize,
}

/// Is [`CountingAlloc`] the global allocator of this process (has it
/// served a call)?
pub fn is_installed() -> bool {
    INSTALLED.load(Relaxed)
}

pub fn snapshot() -> RustAllocStats {
    RustAllocStats {
        calls: CALLS.load(Relaxed),
        bytes_in_use: BYTES.load(Relaxed),
        peak_bytes: PEAK.load(Relaxed),
        allocations: LIVE.load(Relaxed),
    }
}

/// Counts a successful allocation of `size` bytes at `p` (null: failed).
#[inline]
fn allocated(p: *mut u8, size: usize) -> *mut u8 {
    if !p.is_null() {
        INSTALLED.store(true, Relaxed);
        CALLS.fetch_add(1, Relaxed);
        LIVE.fetch_add(1, Relaxed);
        grew(size);
    }
    p
}

#[inline]
fn grew(size: usize) {
    let now = BYTES.fetch_add(size, Relaxed) + size;
    PEAK.fetch_max(now, Relaxed);
}

// SAFETY: every method forwards to `System` with the caller's arguments
// unchanged, so `System`'s guarantees are ours; the counters are updated
// only after a successful call and never allocate.
unsafe impl GlobalAlloc for CountingAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded contract.
        let p = unsafe { System.alloc(layout) };
        allocated(p, layout.size())
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded contract.
        let p = unsafe { System.alloc_zeroed(layout) };
        allocated(p, layout.size())
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded contract.
        unsafe { System.dealloc(ptr, layout) };
        CALLS.fetch_add(1, Relaxed);
        LIVE.fetch_sub(1, Relaxed);
        BYTES.fetch_sub(layout.size(), Relaxed);
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded contract.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            CALLS.fetch_add(1, Relaxed);
            BYTES.fetch_sub(layout.size(), Relaxed);
            grew(new_size);
        }
        p
    }
}
