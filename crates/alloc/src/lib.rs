//! TEMPORARY stub of the layered heap API (replaced by the real allocator
//! from the `alloc` branch). Same signatures; memory from the system.
#![allow(clippy::missing_safety_doc)]
use std::ptr::NonNull;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Geometry {
    pub arena_size: usize,
    pub pool_size: usize,
    pub alignment: usize,
    pub small_request_threshold: usize,
}
impl Geometry {
    pub const CLASSIC: Geometry = Geometry { arena_size: 256 << 10, pool_size: 4 << 10, alignment: 8, small_request_threshold: 512 };
    pub const CPYTHON311: Geometry = Geometry { arena_size: 1 << 20, pool_size: 16 << 10, alignment: 16, small_request_threshold: 512 };
}
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Profile { #[default] Classic, Cpython311 }
impl Profile {
    pub fn geometry(self) -> Geometry { match self { Profile::Classic => Geometry::CLASSIC, Profile::Cpython311 => Geometry::CPYTHON311 } }
    pub fn name(self) -> &'static str { match self { Profile::Classic => "classic", Profile::Cpython311 => "cpython311" } }
}
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AllocError { pub requested: usize }
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HeapStats {}
pub struct Heap { geometry: Geometry }
impl Heap {
    pub fn new(geometry: Geometry) -> Heap { Heap { geometry } }
    pub fn geometry(&self) -> &Geometry { &self.geometry }
    pub fn malloc(&mut self, size: usize) -> Result<NonNull<u8>, AllocError> {
        let l = std::alloc::Layout::from_size_align(size.max(1), 16).unwrap();
        // SAFETY: stub
        NonNull::new(unsafe { std::alloc::alloc(l) }).ok_or(AllocError { requested: size })
    }
    pub unsafe fn free(&mut self, ptr: NonNull<u8>, size: usize) {
        let l = std::alloc::Layout::from_size_align(size.max(1), 16).unwrap();
        // SAFETY: stub
        unsafe { std::alloc::dealloc(ptr.as_ptr(), l) }
    }
    pub unsafe fn realloc(&mut self, ptr: NonNull<u8>, old_size: usize, new_size: usize) -> Result<NonNull<u8>, AllocError> {
        let l = std::alloc::Layout::from_size_align(old_size.max(1), 16).unwrap();
        // SAFETY: stub
        NonNull::new(unsafe { std::alloc::realloc(ptr.as_ptr(), l, new_size.max(1)) }).ok_or(AllocError { requested: new_size })
    }
    pub fn set_limit(&mut self, _limit: Option<usize>) {}
    pub fn arena_contains(&self, _addr: usize) -> bool { false }
    pub fn stats(&self) -> HeapStats { HeapStats {} }
    pub fn render_debugmallocstats(&self) -> String { String::new() }
}
pub struct FreeList { head: Option<NonNull<u8>>, len: usize, cap: usize, hits: u64, misses: u64 }
impl FreeList {
    pub const fn new(capacity: usize) -> FreeList { FreeList { head: None, len: 0, cap: capacity, hits: 0, misses: 0 } }
    pub fn pop(&mut self) -> Option<NonNull<u8>> {
        match self.head {
            Some(p) => {
                // SAFETY: stub
                self.head = unsafe { *(p.as_ptr() as *const Option<NonNull<u8>>) };
                self.len -= 1; self.hits += 1; Some(p)
            }
            None => { self.misses += 1; None }
        }
    }
    pub unsafe fn push(&mut self, block: NonNull<u8>) -> bool {
        if self.len >= self.cap { return false; }
        // SAFETY: stub
        unsafe { *(block.as_ptr() as *mut Option<NonNull<u8>>) = self.head };
        self.head = Some(block); self.len += 1; true
    }
    pub fn len(&self) -> usize { self.len }
    pub fn is_empty(&self) -> bool { self.len == 0 }
    pub fn capacity(&self) -> usize { self.cap }
    pub fn hits(&self) -> u64 { self.hits }
    pub fn misses(&self) -> u64 { self.misses }
    pub fn drain(&mut self, mut f: impl FnMut(NonNull<u8>)) { while let Some(p) = self.pop() { f(p) } }
}
