//! The layer-1 byte limit: an allocation past it fails with an error value
//! (never a panic), changes nothing, and allocations under the limit still
//! succeed afterwards.

use std::ptr::NonNull;

use arenapy_alloc::{AllocError, Geometry, Heap};

const ARENA: usize = 256 * 1024;

fn fill(p: NonNull<u8>, n: usize, byte: u8) {
    // SAFETY: callers pass a live block of at least n bytes.
    unsafe { p.as_ptr().write_bytes(byte, n) };
}

fn all(p: NonNull<u8>, n: usize, byte: u8) -> bool {
    // SAFETY: callers pass a live block of at least n bytes.
    unsafe { std::slice::from_raw_parts(p.as_ptr(), n) }
        .iter()
        .all(|&b| b == byte)
}

#[test]
fn small_allocations_fail_when_a_new_arena_would_pass_the_limit() {
    let mut h = Heap::new(Geometry::CLASSIC);
    h.set_limit(Some(ARENA + ARENA / 2));
    assert_eq!(h.limit(), Some(ARENA + ARENA / 2));
    let per_arena = 64 * 7; // 512-byte blocks: 7 per pool, 64 pools
    let mut blocks = Vec::new();
    for _ in 0..per_arena {
        blocks.push(h.malloc(512).expect("the first arena fits"));
    }
    let before = h.stats();
    let err = h.malloc(512).unwrap_err();
    assert_eq!(err, AllocError { requested: 512 });
    assert_eq!(err.to_string(), "cannot allocate 512 bytes");
    assert_eq!(h.stats(), before, "a refused request changes no counter");
    h.check_consistency().unwrap();

    // Under the limit: a raw block that fits, and a small block once a slot frees up.
    let raw = h
        .malloc(100_000)
        .expect("256 KiB + 100 000 B is under the limit");
    assert!(h.malloc(100_000).is_err(), "a second one is not");
    let freed = blocks.pop().unwrap();
    // SAFETY: allocated above with 512 bytes.
    unsafe { h.free(freed, 512) };
    let again = h
        .malloc(505)
        .expect("a free block of the class needs no layer-1 memory");
    assert!(
        h.malloc(400).is_err(),
        "another class needs a pool; the arena is full"
    );
    blocks.push(again);
    h.check_consistency().unwrap();

    // Raising the limit lets the heap grow again.
    h.set_limit(None);
    blocks.push(h.malloc(512).unwrap());
    assert_eq!(h.stats().arenas_current, 2);
    h.check_consistency().unwrap();
    // SAFETY: every block came from `h` with the size used here.
    unsafe {
        h.free(raw, 100_000);
        for b in blocks {
            h.free(b, 512);
        }
    }
    h.check_consistency().unwrap();
}

#[test]
fn raw_and_realloc_past_the_limit_leave_the_block_untouched() {
    let mut h = Heap::new(Geometry::CPYTHON311);
    h.set_limit(Some(64 * 1024));
    let p = h.malloc(10_000).unwrap();
    fill(p, 10_000, 0x5A);
    let before = h.stats();
    // SAFETY: p is a live 10 000-byte block; on Err it stays ours.
    let err = unsafe { h.realloc(p, 10_000, 100_000) }.unwrap_err();
    assert_eq!(err.requested, 100_000);
    assert_eq!(h.stats(), before);
    assert!(
        all(p, 10_000, 0x5A),
        "failed realloc keeps the old block and its bytes"
    );
    // Shrinking never needs more memory.
    // SAFETY: as above.
    let q = unsafe { h.realloc(p, 10_000, 2_000) }.unwrap();
    assert!(all(q, 2_000, 0x5A));
    // A move into the object allocator needs an arena (1 MiB) past the limit.
    // SAFETY: q is a live 2 000-byte block.
    let err = unsafe { h.realloc(q, 2_000, 100) }.unwrap_err();
    assert_eq!(err.requested, 100);
    assert!(all(q, 2_000, 0x5A));
    assert_eq!(h.stats().arenas_current, 0);
    assert!(h.malloc(usize::MAX).is_err(), "absurd sizes are errors too");
    assert!(h.malloc(isize::MAX as usize).is_err());
    h.check_consistency().unwrap();
    // SAFETY: q is a live 2 000-byte block.
    unsafe { h.free(q, 2_000) };
    let s = h.stats();
    assert_eq!((s.raw_bytes_in_use, s.raw_blocks_in_use), (0, 0));
    assert_eq!(s.raw_peak_bytes, 10_000);
}

#[test]
fn limit_below_current_use_only_refuses_growth() {
    let mut h = Heap::new(Geometry::CLASSIC);
    let a = h.malloc(64).unwrap();
    h.set_limit(Some(1000));
    let b = h.malloc(64).expect("served from the existing pool");
    assert!(h.malloc(600).is_err());
    h.check_consistency().unwrap();
    // SAFETY: both are live 64-byte blocks.
    unsafe {
        h.free(a, 64);
        h.free(b, 64);
    }
    assert_eq!(
        h.stats().arenas_current,
        1,
        "the last arena is kept even over the limit"
    );
}
