//! Small-block patterns: arenapy's `Heap` (pymalloc) against the system
//! allocator (`std::alloc::System`, glibc malloc on Linux).
//!
//! Each iteration allocates `N` (mixed: `n`) blocks and frees them all, in one of four
//! orders: LIFO (reverse), FIFO (same order), random (a fixed shuffle), and
//! mixed sizes 8..=512 freed in random order. Throughput is reported per
//! block (one malloc + one free). The heap is created once per benchmark, as
//! an interpreter's heap lives for the whole run.
//!
//! Run: `cargo bench -p arenapy-alloc --bench small_blocks`

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::ptr::NonNull;

use arenapy_alloc::{Geometry, Heap};
use divan::counter::ItemsCount;
use divan::Bencher;

const N: usize = 1000;

trait Allocator {
    fn new() -> Self;
    fn alloc(&mut self, size: usize) -> NonNull<u8>;
    /// # Safety
    /// `p` came from `alloc(size)` of this allocator.
    unsafe fn free(&mut self, p: NonNull<u8>, size: usize);
}

struct Pymalloc(Heap);

impl Allocator for Pymalloc {
    fn new() -> Self {
        Pymalloc(Heap::new(Geometry::CLASSIC))
    }
    #[inline]
    fn alloc(&mut self, size: usize) -> NonNull<u8> {
        self.0.malloc(size).expect("no limit")
    }
    #[inline]
    unsafe fn free(&mut self, p: NonNull<u8>, size: usize) {
        // SAFETY: forwarded contract.
        unsafe { self.0.free(p, size) }
    }
}

struct SystemMalloc;

impl Allocator for SystemMalloc {
    fn new() -> Self {
        SystemMalloc
    }
    #[inline]
    fn alloc(&mut self, size: usize) -> NonNull<u8> {
        let layout = Layout::from_size_align(size, 8).unwrap();
        // SAFETY: size > 0 in every pattern.
        NonNull::new(unsafe { System.alloc(layout) }).expect("system allocation")
    }
    #[inline]
    unsafe fn free(&mut self, p: NonNull<u8>, size: usize) {
        let layout = Layout::from_size_align(size, 8).unwrap();
        // SAFETY: `p` came from `alloc` with this layout (forwarded contract).
        unsafe { System.dealloc(p.as_ptr(), layout) }
    }
}

/// Deterministic pseudo-random numbers (xorshift64*).
fn rng(seed: u64) -> impl FnMut() -> u64 {
    let mut x = seed;
    move || {
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

fn shuffled(n: usize, seed: u64) -> Vec<usize> {
    let mut next = rng(seed);
    let mut v: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        v.swap(i, (next() % (i as u64 + 1)) as usize);
    }
    v
}

fn run<A: Allocator>(bencher: Bencher, sizes: Vec<usize>, free_order: Vec<usize>) {
    let mut a = A::new();
    let n = sizes.len();
    let mut ptrs = vec![NonNull::<u8>::dangling(); n];
    bencher.counter(ItemsCount::new(n)).bench_local(|| {
        for (slot, &size) in ptrs.iter_mut().zip(&sizes) {
            *slot = black_box(a.alloc(size));
        }
        for &i in &free_order {
            // SAFETY: ptrs[i] was allocated just above with sizes[i].
            unsafe { a.free(ptrs[i], sizes[i]) };
        }
    });
}

#[divan::bench(types = [Pymalloc, SystemMalloc])]
fn lifo_32b<A: Allocator>(bencher: Bencher) {
    run::<A>(bencher, vec![32; N], (0..N).rev().collect());
}

#[divan::bench(types = [Pymalloc, SystemMalloc])]
fn fifo_32b<A: Allocator>(bencher: Bencher) {
    run::<A>(bencher, vec![32; N], (0..N).collect());
}

#[divan::bench(types = [Pymalloc, SystemMalloc])]
fn random_order_32b<A: Allocator>(bencher: Bencher) {
    run::<A>(bencher, vec![32; N], shuffled(N, 0x9E37_79B9_7F4A_7C15));
}

/// `n` = 300 needs 64 pools (one arena); `n` = 1000 needs 103 pools (two arenas), so each
/// iteration ends with one wholly free arena released to layer 1 and the next
/// one allocates it again (the release policy at work; see docs/performance.md).
#[divan::bench(types = [Pymalloc, SystemMalloc], args = [300, 1000])]
fn mixed_8_to_512<A: Allocator>(bencher: Bencher, n: usize) {
    let mut next = rng(0xD1B5_4A32_D192_ED03);
    let sizes = (0..n).map(|_| 8 + (next() % 505) as usize).collect();
    run::<A>(bencher, sizes, shuffled(n, 0x1234_5678));
}

fn main() {
    divan::main();
}
