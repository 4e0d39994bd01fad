//! Unit tests of each pool and arena state transition, looking at the
//! allocator's internals (usedpools, freepools, usable_arenas) directly.

use std::ptr::NonNull;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::arena::NONE;
use crate::pool::PoolHeader;
use crate::{AllocEvent, Geometry, Heap, Layer};

/// Classic geometry: class 63 (512-byte blocks) has 7 blocks per pool.
const BIG: usize = 512;
const BIG_PER_POOL: usize = (4096 - 48) / 512;

fn heap() -> Heap {
    Heap::new(Geometry::CLASSIC)
}

fn pool(heap: &Heap, p: NonNull<u8>) -> *mut PoolHeader {
    heap.obj.pool_of(p.as_ptr())
}

fn nused(heap: &Heap, p: NonNull<u8>) -> u32 {
    // SAFETY: `p` is a live block of `heap`, so its pool header is initialised.
    unsafe { (*pool(heap, p)).nused }
}

/// The pools of `usedpools[class]`, head first.
fn usedpools(heap: &Heap, class: usize) -> Vec<*mut PoolHeader> {
    let mut v = Vec::new();
    let mut p = heap.obj.usedpool_head(class);
    while !p.is_null() {
        v.push(p);
        // SAFETY: pools on usedpools are live headers.
        p = unsafe { (*p).nextpool };
    }
    v
}

/// Arena indices of `usable_arenas`, head first.
fn usable_arenas(heap: &Heap) -> Vec<u32> {
    let mut v = Vec::new();
    let mut a = heap.obj.arenas.usable;
    while a != NONE {
        v.push(a);
        a = heap.obj.arenas.table[a as usize].nextarena;
    }
    v
}

fn arena_of(heap: &Heap, p: NonNull<u8>) -> usize {
    heap.obj
        .arenas
        .index_of(p.as_ptr() as usize)
        .expect("block in an arena")
}

fn alloc_n(heap: &mut Heap, size: usize, n: usize) -> Vec<NonNull<u8>> {
    (0..n).map(|_| heap.malloc(size).unwrap()).collect()
}

fn free_all(heap: &mut Heap, blocks: impl IntoIterator<Item = NonNull<u8>>, size: usize) {
    for b in blocks {
        // SAFETY: every block was allocated from `heap` with `size` bytes.
        unsafe { heap.free(b, size) };
    }
}

#[test]
fn virgin_pool_is_carved_lazily() {
    let mut h = heap();
    assert_eq!(
        h.stats().arenas_current,
        0,
        "no arena before the first request"
    );
    let a = h.malloc(8).unwrap();
    let s = h.stats();
    assert_eq!(
        (s.arenas_current, s.pools_carved_total, s.pools_in_use),
        (1, 1, 1)
    );
    let base = pool(&h, a) as usize;
    assert_eq!(
        a.as_ptr() as usize,
        base + 48,
        "first block right after the header"
    );
    // SAFETY: live pool header.
    let (nextoffset, maxnext, free) = unsafe {
        (
            (*pool(&h, a)).nextoffset,
            (*pool(&h, a)).maxnextoffset,
            (*pool(&h, a)).freeblock,
        )
    };
    assert_eq!(
        nextoffset,
        48 + 16,
        "two blocks carved: one handed out, one on the list"
    );
    assert_eq!(maxnext, 4096 - 8);
    assert_eq!(free as usize, base + 56);
    let b = h.malloc(3).unwrap();
    assert_eq!(
        b.as_ptr() as usize,
        base + 56,
        "blocks are carved in address order"
    );
    assert_eq!(usedpools(&h, 0), vec![pool(&h, a)]);
    assert_eq!(h.stats().size_classes[0].blocks_in_use, 2);
    assert_eq!(
        h.stats().size_classes[0].available_blocks,
        (4096 - 48) / 8 - 2
    );
    // The pool came from the arena's virgin space, which shrank by one pool.
    let ao = &h.obj.arenas.table[0];
    assert_eq!(ao.pool_address as usize, ao.address as usize + 4096);
    assert_eq!(ao.nfreepools, 63);
    h.check_consistency().unwrap();
    free_all(&mut h, [a, b], 8);
    h.check_consistency().unwrap();
}

#[test]
fn used_pool_becomes_full_and_leaves_usedpools() {
    let mut h = heap();
    let blocks = alloc_n(&mut h, BIG, BIG_PER_POOL - 1);
    let p = pool(&h, blocks[0]);
    assert_eq!(usedpools(&h, 63), vec![p], "used: on usedpools");
    let last = h.malloc(BIG).unwrap();
    assert_eq!(pool(&h, last), p);
    assert!(usedpools(&h, 63).is_empty(), "full: in no list");
    // SAFETY: live pool header.
    assert!(
        // SAFETY: live pool header.
        unsafe { (*p).freeblock.is_null() },
        "a full pool has no free block"
    );
    let s = h.stats();
    assert_eq!(
        (
            s.size_classes[63].pools,
            s.size_classes[63].available_blocks
        ),
        (1, 0)
    );
    h.check_consistency().unwrap();
    // The next request of that class needs a new pool.
    let next = h.malloc(BIG).unwrap();
    assert_ne!(pool(&h, next), p);
    assert_eq!(h.stats().pools_carved_total, 2);
    h.check_consistency().unwrap();
    free_all(&mut h, blocks.into_iter().chain([last, next]), BIG);
    h.check_consistency().unwrap();
}

#[test]
fn full_pool_becomes_used_at_the_front_on_free() {
    let mut h = heap();
    let first = alloc_n(&mut h, BIG, BIG_PER_POOL); // pool P1, now full
    let second = alloc_n(&mut h, BIG, 2); // pool P2, used
    let (p1, p2) = (pool(&h, first[0]), pool(&h, second[0]));
    assert_eq!(usedpools(&h, 63), vec![p2]);
    free_all(&mut h, [first[3]], BIG);
    assert_eq!(
        usedpools(&h, 63),
        vec![p1, p2],
        "full -> used, linked at the front"
    );
    assert_eq!(nused(&h, first[0]) as usize, BIG_PER_POOL - 1);
    h.check_consistency().unwrap();
    // The freed block is the next one handed out (LIFO within the front pool).
    let again = h.malloc(BIG).unwrap();
    assert_eq!(again, first[3]);
    assert_eq!(usedpools(&h, 63), vec![p2], "full again");
    h.check_consistency().unwrap();
    free_all(&mut h, first.into_iter().chain(second), BIG);
}

#[test]
fn used_pool_becomes_empty_and_goes_to_freepools() {
    let mut h = heap();
    let keep = h.malloc(BIG).unwrap(); // keeps the arena from being wholly free
    let blocks = alloc_n(&mut h, 64, 3);
    let p = pool(&h, blocks[0]);
    free_all(&mut h, blocks.clone(), 64);
    assert!(usedpools(&h, 7).is_empty(), "empty: off usedpools");
    let ao = &h.obj.arenas.table[0];
    assert_eq!(ao.freepools, p, "empty: on the arena's freepools");
    assert_eq!(ao.nfreepools, 63, "64 pools, one in use");
    let s = h.stats();
    assert_eq!((s.pools_in_use, s.pools_empty, s.pools_unused), (1, 1, 63));
    assert_eq!(s.size_classes[7].pools, 0);
    h.check_consistency().unwrap();

    // Same class again: the empty pool is reused as is, nothing carved.
    let again = h.malloc(64).unwrap();
    assert_eq!(pool(&h, again), p);
    assert_eq!(again, blocks[2], "the pool's free list survived");
    assert_eq!(h.stats().pools_carved_total, 2);
    free_all(&mut h, [again], 64);
    // Another class: the empty pool is re-initialised for it.
    let other = h.malloc(200).unwrap();
    assert_eq!(pool(&h, other), p);
    assert_eq!(other.as_ptr() as usize, p as usize + 48);
    // SAFETY: live pool header.
    assert_eq!(unsafe { (*p).szidx }, 24);
    assert_eq!(h.stats().pools_carved_total, 2);
    h.check_consistency().unwrap();
    free_all(&mut h, [other], 200);
    free_all(&mut h, [keep], BIG);
    h.check_consistency().unwrap();
}

#[test]
fn wholly_free_arena_is_released_unless_last_usable() {
    let mut h = heap();
    let a_blocks = alloc_n(&mut h, BIG, 64 * BIG_PER_POOL); // arena A: full
    let b_blocks = alloc_n(&mut h, BIG, 1); // arena B: one pool
    let (a, b) = (arena_of(&h, a_blocks[0]), arena_of(&h, b_blocks[0]));
    assert_ne!(a, b);
    assert_eq!(h.stats().arenas_current, 2);
    assert_eq!(
        usable_arenas(&h),
        vec![b as u32],
        "a full arena is not usable"
    );
    let a_addr = a_blocks[0].as_ptr() as usize;
    free_all(&mut h, a_blocks, BIG);
    let s = h.stats();
    assert_eq!(
        (s.arenas_current, s.arenas_reclaimed, s.arenas_highwater),
        (1, 1, 2)
    );
    assert!(!h.arena_contains(a_addr), "A went back to layer 1");
    assert_eq!(s.raw_bytes_in_use, 256 * 1024);
    h.check_consistency().unwrap();
    // B becomes wholly free but is the last usable arena: kept (bpo-37257).
    free_all(&mut h, b_blocks, BIG);
    let s = h.stats();
    assert_eq!((s.arenas_current, s.arenas_reclaimed), (1, 1));
    assert_eq!(s.pools_unused, 64);
    h.check_consistency().unwrap();
    // A loop allocating and freeing never allocates another arena.
    for _ in 0..1000 {
        let p = h.malloc(100).unwrap();
        free_all(&mut h, [p], 100);
    }
    assert_eq!(h.stats().arenas_allocated_total, 2);
}

#[test]
fn usable_arenas_are_ordered_most_allocated_first() {
    let mut h = heap();
    let per_arena = 64 * BIG_PER_POOL;
    let mut blocks = alloc_n(&mut h, BIG, 3 * per_arena); // three full arenas
    let idx: Vec<usize> = (0..3)
        .map(|i| arena_of(&h, blocks[i * per_arena]))
        .collect();
    assert!(usable_arenas(&h).is_empty());
    // Free whole pools: 10 from arena 0, 2 from arena 1, 5 from arena 2.
    let mut live = Vec::new();
    for (i, pools_to_free) in [10, 2, 5].into_iter().enumerate() {
        let chunk: Vec<_> = blocks.drain(..per_arena).collect();
        let (gone, kept) = chunk.split_at(pools_to_free * BIG_PER_POOL);
        free_all(&mut h, gone.to_vec(), BIG);
        live.extend_from_slice(kept);
        assert_eq!(
            h.obj.arenas.table[idx[i]].nfreepools as usize,
            pools_to_free
        );
        h.check_consistency().unwrap();
    }
    assert_eq!(
        usable_arenas(&h),
        vec![idx[1] as u32, idx[2] as u32, idx[0] as u32]
    );
    // The next pool comes from the most allocated arena (2 free pools).
    let p = h.malloc(16).unwrap();
    assert_eq!(arena_of(&h, p), idx[1]);
    h.check_consistency().unwrap();
    // Draining arena 1's pools slides it right, past arenas with fewer free pools.
    free_all(&mut h, [p], 16);
    let (a1, rest): (Vec<_>, Vec<_>) = live.into_iter().partition(|b| arena_of(&h, *b) == idx[1]);
    free_all(&mut h, a1[..20 * BIG_PER_POOL].to_vec(), BIG);
    assert_eq!(
        usable_arenas(&h),
        vec![idx[2] as u32, idx[0] as u32, idx[1] as u32]
    );
    h.check_consistency().unwrap();
    free_all(&mut h, a1[20 * BIG_PER_POOL..].to_vec(), BIG);
    free_all(&mut h, rest, BIG);
    let s = h.stats();
    assert_eq!(
        (s.arenas_current, s.arenas_reclaimed),
        (1, 2),
        "one wholly free arena is kept"
    );
    h.check_consistency().unwrap();
}

#[test]
fn realloc_moves_across_the_threshold_and_keeps_bytes() {
    let mut h = heap();
    let p = h.malloc(100).unwrap();
    // SAFETY: 100 writable bytes.
    unsafe { p.as_ptr().write_bytes(0xAB, 100) };
    // Within the block and shrinking by less than 25%: same block.
    // SAFETY: p is a live 100-byte block of h (and likewise below).
    let q = unsafe { h.realloc(p, 100, 102) }.unwrap();
    assert_eq!(q, p, "104-byte block fits 102");
    // SAFETY: a live block of h with exactly this old size.
    let q = unsafe { h.realloc(q, 102, 40) }.unwrap();
    assert_ne!(q, p, "shrinking by more than 25% moves to a smaller class");
    assert_eq!(h.size_class_at(q.as_ptr() as usize), Some(4));
    // SAFETY: a live block of h with exactly this old size.
    let r = unsafe { h.realloc(q, 40, 5000) }.unwrap();
    assert!(!h.arena_contains(r.as_ptr() as usize), "moved to layer 1");
    // SAFETY: 40 bytes were copied into the 5000-byte block.
    assert!(unsafe { std::slice::from_raw_parts(r.as_ptr(), 40) }
        .iter()
        .all(|&b| b == 0xAB));
    let s = h.stats();
    assert_eq!(
        (s.raw_blocks_in_use, s.raw_block_bytes, s.obj_blocks_in_use),
        (1, 5000, 0)
    );
    // SAFETY: a live block of h with exactly this old size.
    let r = unsafe { h.realloc(r, 5000, 9000) }.unwrap();
    assert_eq!(h.stats().raw_realloc_calls, 1);
    // SAFETY: a live block of h with exactly this old size.
    let t = unsafe { h.realloc(r, 9000, 24) }.unwrap();
    assert!(h.arena_contains(t.as_ptr() as usize), "back in a pool");
    // SAFETY: 24 bytes were copied back.
    assert!(unsafe { std::slice::from_raw_parts(t.as_ptr(), 24) }
        .iter()
        .all(|&b| b == 0xAB));
    let s = h.stats();
    assert_eq!(
        (s.raw_blocks_in_use, s.raw_block_bytes, s.obj_blocks_in_use),
        (0, 0, 1)
    );
    assert_eq!((s.obj_realloc_calls, s.raw_realloc_calls), (3, 2));
    h.check_consistency().unwrap();
    free_all(&mut h, [t], 24);
}

#[test]
fn zero_size_is_one_byte_and_alignment_holds() {
    for g in [Geometry::CLASSIC, Geometry::CPYTHON311] {
        let mut h = Heap::new(g);
        let z = h.malloc(0).unwrap();
        assert_eq!(h.size_class_at(z.as_ptr() as usize), Some(0));
        let mut blocks = vec![(z, 0)];
        for size in [1, 7, 8, 9, 15, 16, 17, 500, 512, 513, 4000] {
            let p = h.malloc(size).unwrap();
            let align = if size <= 512 { g.alignment } else { 16 };
            assert_eq!(p.as_ptr() as usize % align, 0, "size {size}");
            blocks.push((p, size));
        }
        for (p, size) in blocks {
            // SAFETY: allocated above with this size.
            unsafe { h.free(p, size) };
        }
        h.check_consistency().unwrap();
        assert_eq!(h.stats().obj_blocks_in_use + h.stats().raw_blocks_in_use, 0);
    }
}

static MALLOCS: AtomicUsize = AtomicUsize::new(0);
static FREES: AtomicUsize = AtomicUsize::new(0);
static ARENAS: AtomicUsize = AtomicUsize::new(0);

fn count(ev: &AllocEvent) {
    match ev {
        AllocEvent::Malloc {
            layer: Layer::Object,
            ..
        } => MALLOCS.fetch_add(1, Ordering::Relaxed),
        AllocEvent::Free {
            layer: Layer::Object,
            ..
        } => FREES.fetch_add(1, Ordering::Relaxed),
        AllocEvent::ArenaAlloc { .. } => ARENAS.fetch_add(1, Ordering::Relaxed),
        _ => 0,
    };
}

#[test]
fn hook_sees_every_event() {
    let mut h = heap();
    h.set_hook(Some(count));
    let blocks = alloc_n(&mut h, 32, 10);
    free_all(&mut h, blocks, 32);
    h.set_hook(None);
    let p = h.malloc(32).unwrap();
    free_all(&mut h, [p], 32);
    assert_eq!(MALLOCS.load(Ordering::Relaxed), 10);
    assert_eq!(FREES.load(Ordering::Relaxed), 10);
    assert_eq!(ARENAS.load(Ordering::Relaxed), 1);
}

#[test]
fn drop_returns_everything_even_if_leaked() {
    let mut h = heap();
    let _leaked_small = alloc_n(&mut h, 48, 1000);
    let _leaked_big = alloc_n(&mut h, 10_000, 5);
    assert_eq!(h.stats().raw_blocks_in_use, 5);
    drop(h); // valgrind (scripts/valgrind-alloc) checks nothing leaks
}
