//! Layer 1: the raw memory allocator (CPython's `PyMem_Raw*` plus the arena
//! allocator), an accounting wrapper over layer 0 (the system allocator,
//! called directly as `std::alloc::System`: Rust's global allocator is the
//! interpreter's own, counted apart by [`crate::counting`], so the heap's
//! memory never shows twice).
//!
//! Owns: every byte arenapy takes from the system. It serves requests above
//! the small-request threshold ("raw blocks", 16-byte aligned) and whole
//! arenas (aligned to the pool size) for layer 2.
//!
//! Invariants:
//! - `bytes_in_use` = sum of the sizes in `blocks` + `arena_bytes`; it never
//!   exceeds `limit` after a successful call, and a refused call changes
//!   nothing (no counter, no memory).
//! - `blocks` maps the address of every outstanding raw block to its size, so
//!   `Drop` can return each one; arenas are returned by the object allocator's
//!   own `Drop` through [`RawLayer::free_arena`]. These bookkeeping tables live
//!   in Rust's global allocator, like CPython's `arenas` array lives in malloc.
//! - Nothing here panics on a refused or failed allocation: it is an
//!   [`AllocError`].

use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ptr::NonNull;

use crate::{AllocError, AllocEvent, Hook, Layer};

/// Alignment of raw blocks (what `malloc` guarantees on 64-bit platforms).
pub(crate) const RAW_ALIGN: usize = 16;

/// The hasher of `blocks`. Its keys are our own block addresses, not
/// attacker-chosen data, so SipHash's flooding resistance buys nothing and
/// costs ~20 instructions per lookup. SplitMix64's finalizer (two
/// multiplies) spreads addresses that share their low bits (16-aligned
/// blocks, blocks a page apart) over all buckets.
#[derive(Default, Clone, Copy)]
struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        let mut z = self.0 ^ n;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        self.0 = z ^ (z >> 31);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

type AddrMap = HashMap<usize, usize, BuildHasherDefault<AddrHasher>>;

/// Layer 1 state.
pub(crate) struct RawLayer {
    pub(crate) limit: Option<usize>,
    pub(crate) bytes_in_use: usize,
    pub(crate) peak_bytes: usize,
    pub(crate) arena_bytes: usize,
    pub(crate) block_bytes: usize,
    pub(crate) malloc_calls: u64,
    pub(crate) free_calls: u64,
    pub(crate) realloc_calls: u64,
    /// Outstanding raw blocks: address -> size.
    blocks: AddrMap,
    /// The one observation point of the heap (see `Heap::set_hook`).
    pub(crate) hook: Option<Hook>,
}

impl RawLayer {
    pub(crate) fn new() -> RawLayer {
        RawLayer {
            limit: None,
            bytes_in_use: 0,
            peak_bytes: 0,
            arena_bytes: 0,
            block_bytes: 0,
            malloc_calls: 0,
            free_calls: 0,
            realloc_calls: 0,
            blocks: AddrMap::default(),
            hook: None,
        }
    }

    #[inline]
    pub(crate) fn emit(&self, event: AllocEvent) {
        if let Some(hook) = self.hook {
            hook(&event);
        }
    }

    /// Number of outstanding raw blocks.
    pub(crate) fn blocks_in_use(&self) -> usize {
        self.blocks.len()
    }

    /// May `extra` more bytes be taken without passing the limit?
    #[inline]
    pub(crate) fn admits(&self, extra: usize) -> bool {
        match self.limit {
            None => true,
            Some(limit) => self
                .bytes_in_use
                .checked_add(extra)
                .is_some_and(|total| total <= limit),
        }
    }

    fn grow(&mut self, extra: usize) {
        self.bytes_in_use += extra;
        self.peak_bytes = self.peak_bytes.max(self.bytes_in_use);
    }

    fn raw_layout(size: usize) -> Option<Layout> {
        Layout::from_size_align(size.max(1), RAW_ALIGN).ok()
    }

    /// `PyMem_RawMalloc`: a block of `size` bytes (size 0 is served as 1).
    #[cold]
    pub(crate) fn malloc(&mut self, size: usize) -> Result<NonNull<u8>, AllocError> {
        let err = AllocError { requested: size };
        let size = size.max(1);
        let layout = Self::raw_layout(size).ok_or(err)?;
        if !self.admits(size) {
            return Err(err);
        }
        // SAFETY: `layout` has a non-zero size (size >= 1).
        let ptr = NonNull::new(unsafe { System.alloc(layout) }).ok_or(err)?;
        self.grow(size);
        self.block_bytes += size;
        self.malloc_calls += 1;
        self.blocks.insert(ptr.as_ptr() as usize, size);
        self.emit(AllocEvent::Malloc {
            addr: ptr.as_ptr() as usize,
            size,
            layer: Layer::Raw,
            place: None,
        });
        Ok(ptr)
    }

    /// `PyMem_RawFree`.
    ///
    /// # Safety
    /// `ptr` came from [`RawLayer::malloc`]/[`RawLayer::realloc`] of this layer
    /// with `size` bytes and is not used afterwards.
    #[cold]
    pub(crate) unsafe fn free(&mut self, ptr: NonNull<u8>, size: usize) {
        let size = size.max(1);
        let recorded = self.blocks.remove(&(ptr.as_ptr() as usize));
        debug_assert_eq!(
            recorded,
            Some(size),
            "raw free of an unknown block or wrong size"
        );
        let layout = Self::raw_layout(size).expect("layout was valid at allocation");
        // SAFETY: the caller guarantees `ptr` was allocated here with this
        // size, hence with exactly this layout, and is not used again.
        unsafe { System.dealloc(ptr.as_ptr(), layout) };
        self.bytes_in_use -= size;
        self.block_bytes -= size;
        self.free_calls += 1;
        self.emit(AllocEvent::Free {
            addr: ptr.as_ptr() as usize,
            size,
            layer: Layer::Raw,
            place: None,
        });
    }

    /// `PyMem_RawRealloc` between two raw sizes. On error the block is untouched.
    ///
    /// # Safety
    /// As for [`RawLayer::free`]; on success the old pointer is dead.
    #[cold]
    pub(crate) unsafe fn realloc(
        &mut self,
        ptr: NonNull<u8>,
        old_size: usize,
        new_size: usize,
    ) -> Result<NonNull<u8>, AllocError> {
        let err = AllocError {
            requested: new_size,
        };
        let old = old_size.max(1);
        let new = new_size.max(1);
        Self::raw_layout(new).ok_or(err)?;
        if new > old && !self.admits(new - old) {
            return Err(err);
        }
        let layout = Self::raw_layout(old).expect("layout was valid at allocation");
        // SAFETY: `ptr` was allocated with `layout` (caller contract), `new` is
        // non-zero and does not overflow isize when rounded (checked above).
        let fresh = unsafe { System.realloc(ptr.as_ptr(), layout, new) };
        let fresh = NonNull::new(fresh).ok_or(err)?;
        let recorded = self.blocks.remove(&(ptr.as_ptr() as usize));
        debug_assert_eq!(
            recorded,
            Some(old),
            "raw realloc of an unknown block or wrong size"
        );
        self.blocks.insert(fresh.as_ptr() as usize, new);
        if new > old {
            self.grow(new - old);
        } else {
            self.bytes_in_use -= old - new;
        }
        self.block_bytes = self.block_bytes - old + new;
        self.realloc_calls += 1;
        self.emit(AllocEvent::Realloc {
            old_addr: ptr.as_ptr() as usize,
            new_addr: fresh.as_ptr() as usize,
            old_size: old,
            new_size: new,
            layer: Layer::Raw,
        });
        Ok(fresh)
    }

    /// One arena of `arena_size` bytes aligned to `pool_size` (CPython's
    /// `_PyObject_Arena.alloc`). Counted in `bytes_in_use`, not in the calls.
    pub(crate) fn alloc_arena(
        &mut self,
        arena_size: usize,
        pool_size: usize,
    ) -> Result<NonNull<u8>, AllocError> {
        let err = AllocError {
            requested: arena_size,
        };
        let layout = Layout::from_size_align(arena_size, pool_size).map_err(|_| err)?;
        if !self.admits(arena_size) {
            return Err(err);
        }
        let ptr = os::map(layout).ok_or(err)?;
        self.grow(arena_size);
        self.arena_bytes += arena_size;
        self.emit(AllocEvent::ArenaAlloc {
            addr: ptr.as_ptr() as usize,
            size: arena_size,
        });
        Ok(ptr)
    }

    /// Return an arena from [`RawLayer::alloc_arena`] to the system.
    ///
    /// # Safety
    /// `ptr` came from `alloc_arena(arena_size, pool_size)` on this layer and
    /// nothing points into it any more.
    pub(crate) unsafe fn free_arena(
        &mut self,
        ptr: NonNull<u8>,
        arena_size: usize,
        pool_size: usize,
    ) {
        let layout = Layout::from_size_align(arena_size, pool_size).expect("valid at allocation");
        // SAFETY: same pointer and layout as the allocation (caller contract).
        unsafe { os::unmap(ptr, layout) };
        self.bytes_in_use -= arena_size;
        self.arena_bytes -= arena_size;
        self.emit(AllocEvent::ArenaFree {
            addr: ptr.as_ptr() as usize,
            size: arena_size,
        });
    }
}

/// Where arenas come from. On Unix, straight from the kernel with `mmap`
/// and back with `munmap`, as CPython's `_PyObject_ArenaMmap`: a freed arena
/// leaves the process's resident memory at once. Through `malloc`, a 256 KiB
/// arena is `mmap`ed only until glibc's dynamic threshold has risen past it
/// (the first freed big list array raises it, up to 32 MiB); from then on
/// arenas come from the malloc heap, and a freed one in its middle stays
/// resident (dict_churn's peak RSS was 95 MB with malloc'd arenas, 53 MB
/// with mapped ones).
mod os {
    use std::alloc::Layout;
    use std::ptr::NonNull;

    /// `layout.size()` bytes aligned to `layout.align()`, zero-filled, or
    /// `None` when the system refuses.
    #[cfg(unix)]
    pub(super) fn map(layout: Layout) -> Option<NonNull<u8>> {
        // SAFETY: sysconf has no preconditions.
        let page = usize::try_from(unsafe { libc::sysconf(libc::_SC_PAGESIZE) }).unwrap_or(4096);
        // Over-map by the alignment beyond a page, then unmap the unaligned
        // head and the tail: both are whole pages, since the size and the
        // alignment are multiples of the page size.
        // Sizes and alignments are powers of two (Geometry::validate), so a
        // size below a page is mapped as a whole page and an alignment above
        // one is a multiple of it.
        let size = layout.size().max(page);
        let extra = layout.align().saturating_sub(page);
        let len = size.checked_add(extra)?;
        // SAFETY: an anonymous private mapping at an address the kernel
        // chooses touches no existing memory.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED {
            return None;
        }
        let start = p as usize;
        let aligned = start.next_multiple_of(layout.align());
        let head = aligned - start;
        let tail = extra - head;
        if head > 0 {
            // SAFETY: [start, aligned) is part of the mapping just made and
            // page-aligned at both ends.
            unsafe { libc::munmap(p, head) };
        }
        if tail > 0 {
            // SAFETY: the tail past the arena is part of the mapping just
            // made; its start is page-aligned (aligned and size are).
            unsafe { libc::munmap((aligned + size) as *mut libc::c_void, tail) };
        }
        NonNull::new(aligned as *mut u8)
    }

    /// Returns what [`map`] gave.
    ///
    /// # Safety
    /// `ptr` and `layout` are those of one earlier [`map`] call, and nothing
    /// points into it any more.
    #[cfg(unix)]
    pub(super) unsafe fn unmap(ptr: NonNull<u8>, layout: Layout) {
        // SAFETY: exactly the pages `map` left mapped (caller contract);
        // munmap rounds a size below a page up to it, as map did.
        unsafe { libc::munmap(ptr.as_ptr().cast(), layout.size()) };
    }

    #[cfg(not(unix))]
    pub(super) fn map(layout: Layout) -> Option<NonNull<u8>> {
        use std::alloc::{GlobalAlloc, System};
        // SAFETY: the size is non-zero (a valid geometry has >= 2 pools).
        NonNull::new(unsafe { System.alloc_zeroed(layout) })
    }

    /// # Safety
    /// As the Unix version.
    #[cfg(not(unix))]
    pub(super) unsafe fn unmap(ptr: NonNull<u8>, layout: Layout) {
        use std::alloc::{GlobalAlloc, System};
        // SAFETY: same pointer and layout as the allocation (caller contract).
        unsafe { System.dealloc(ptr.as_ptr(), layout) };
    }
}

impl Drop for RawLayer {
    fn drop(&mut self) {
        for (&addr, &size) in &self.blocks {
            let layout = Self::raw_layout(size).expect("valid at allocation");
            // SAFETY: every entry of `blocks` is an outstanding allocation made
            // by `malloc`/`realloc` with this layout; the heap is being dropped
            // so no one can use it any more.
            unsafe { System.dealloc(addr as *mut u8, layout) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn hash(addr: usize) -> u64 {
        let mut h = AddrHasher::default();
        h.write_usize(addr);
        h.finish()
    }

    #[test]
    fn aligned_addresses_spread_over_the_buckets() {
        // 4096 blocks 16 bytes apart, then 528 bytes apart (the smallest raw
        // block rounded to the alignment): the bucket index is the hash's
        // low bits, so they must not collide in bulk.
        for stride in [16usize, 528, 4096] {
            let buckets: HashSet<u64> = (0..4096)
                .map(|i| hash(0x7f00_0000_0000 + i * stride) & 4095)
                .collect();
            assert!(
                buckets.len() > 2400,
                "stride {stride}: {} buckets",
                buckets.len()
            );
        }
    }

    #[test]
    fn blocks_are_tracked_and_returned() {
        let mut raw = RawLayer::new();
        let a = raw.malloc(1000).expect("malloc");
        let b = raw.malloc(600).expect("malloc");
        assert_eq!(raw.blocks_in_use(), 2);
        assert_eq!(raw.bytes_in_use, 1600);
        // SAFETY: `a` came from this layer with 1000 bytes.
        let a = unsafe { raw.realloc(a, 1000, 2000) }.expect("realloc");
        assert_eq!(raw.blocks_in_use(), 2);
        assert_eq!(raw.bytes_in_use, 2600);
        // SAFETY: `b` came from this layer with 600 bytes and is not used again.
        unsafe { raw.free(b, 600) };
        assert_eq!(raw.blocks_in_use(), 1);
        assert_eq!(raw.bytes_in_use, 2000);
        let _ = a; // returned by Drop
    }
}
