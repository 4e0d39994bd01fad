//! Property test: random alloc / free / realloc sequences over mixed sizes
//! (crossing the 512-byte threshold) against a simple model of live blocks.
//!
//! Checked after every step for the touched block, and for the whole heap
//! every few steps and at the end: live blocks never overlap; every small
//! block lies in an arena, in a pool of its size class; big blocks lie
//! outside arenas; the fill pattern written into each block survives until it
//! is freed; the statistics equal the model's counts; the allocator's own
//! consistency checker passes. Once everything is freed, exactly the arena the
//! release policy keeps remains. Run for both profiles.
//!
//! Case count: 96 per profile by default, or `PROPTEST_CASES`.

use std::ptr::NonNull;

use arenapy_alloc::{Geometry, Heap, Profile};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    Alloc(usize),
    AllocMany(usize, usize),
    Free(usize),
    FreeMany(usize, usize),
    Realloc(usize, usize),
}

fn size() -> impl Strategy<Value = usize> {
    prop_oneof![4 => 0usize..=512, 1 => 0usize..=2048]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        8 => size().prop_map(Op::Alloc),
        1 => (size(), 1usize..1500).prop_map(|(s, n)| Op::AllocMany(s, n)),
        6 => any::<usize>().prop_map(Op::Free),
        1 => (any::<usize>(), 1usize..600).prop_map(|(i, n)| Op::FreeMany(i, n)),
        4 => (any::<usize>(), size()).prop_map(|(i, s)| Op::Realloc(i, s)),
    ]
}

struct Live {
    ptr: NonNull<u8>,
    size: usize,
    fill: u8,
    /// Size class of the block (`None` for raw): the class of the size it was
    /// allocated with; an in-place realloc keeps it (CPython's rule).
    class: Option<usize>,
}

struct Model {
    heap: Heap,
    g: Geometry,
    live: Vec<Live>,
    next_fill: u8,
}

impl Model {
    fn fill(&mut self, ptr: NonNull<u8>, size: usize) -> u8 {
        self.next_fill = self.next_fill.wrapping_add(37) | 1;
        // SAFETY: `ptr` is a live block of at least `size` bytes.
        unsafe { ptr.as_ptr().write_bytes(self.next_fill, size) };
        self.next_fill
    }

    fn check_fill(&self, b: &Live) {
        // SAFETY: `b` is a live block of `b.size` bytes.
        let bytes = unsafe { std::slice::from_raw_parts(b.ptr.as_ptr(), b.size) };
        assert!(
            bytes.iter().all(|&x| x == b.fill),
            "fill of a {}-byte block was overwritten",
            b.size
        );
    }

    fn alloc(&mut self, size: usize) {
        let ptr = self.heap.malloc(size).expect("no limit set");
        let fill = self.fill(ptr, size);
        let class = self.g.size_class_of(size);
        self.live.push(Live {
            ptr,
            size,
            fill,
            class,
        });
    }

    fn free(&mut self, i: usize) {
        let b = self.live.swap_remove(i);
        self.check_fill(&b);
        // SAFETY: `b` came from this heap with `b.size` and is dropped here.
        unsafe { self.heap.free(b.ptr, b.size) };
    }

    fn realloc(&mut self, i: usize, new_size: usize) {
        let b = &self.live[i];
        self.check_fill(b);
        let (old_ptr, old_size, old_fill, old_class) = (b.ptr, b.size, b.fill, b.class);
        // SAFETY: a live block of this heap with `old_size`.
        let ptr = unsafe { self.heap.realloc(old_ptr, old_size, new_size) }.expect("no limit set");
        let kept = Live {
            ptr,
            size: old_size.min(new_size),
            fill: old_fill,
            class: None,
        };
        self.check_fill(&kept);
        let class = match (old_class, self.g.size_class_of(new_size)) {
            (Some(old), Some(_)) if ptr == old_ptr => {
                // In place: allowed only when the new size fits the block and
                // shrinks it by less than 25%.
                let block = self.g.block_size(old);
                let n = new_size.max(1);
                assert!(
                    n <= block && 4 * n > 3 * block,
                    "unexpected in-place realloc"
                );
                Some(old)
            }
            (_, new) => new,
        };
        let fill = self.fill(ptr, new_size);
        self.live[i] = Live {
            ptr,
            size: new_size,
            fill,
            class,
        };
    }

    fn apply(&mut self, op: &Op) {
        let n = self.live.len();
        match *op {
            Op::Alloc(s) => self.alloc(s),
            Op::AllocMany(s, k) => (0..k).for_each(|_| self.alloc(s)),
            Op::Free(i) if n > 0 => self.free(i % n),
            Op::FreeMany(i, k) if n > 0 => {
                for j in 0..k.min(n) {
                    let len = self.live.len();
                    self.free((i + j) % len);
                }
            }
            Op::Realloc(i, s) if n > 0 => self.realloc(i % n, s),
            _ => {}
        }
    }

    /// Span a live block really occupies: its block for small, its size for raw.
    fn span(&self, b: &Live) -> usize {
        match b.class {
            Some(c) => self.g.block_size(c),
            None => b.size,
        }
    }

    fn check_all(&self) {
        self.heap.check_consistency().unwrap();
        let mut spans: Vec<(usize, usize)> = self
            .live
            .iter()
            .map(|b| (b.ptr.as_ptr() as usize, self.span(b)))
            .collect();
        spans.sort_unstable();
        for w in spans.windows(2) {
            assert!(w[0].0 + w[0].1 <= w[1].0, "live blocks overlap");
        }
        let mut per_class = vec![0usize; self.g.num_size_classes()];
        let (mut raw_blocks, mut raw_bytes) = (0, 0);
        for b in &self.live {
            self.check_fill(b);
            let addr = b.ptr.as_ptr() as usize;
            match b.class {
                Some(c) => {
                    assert!(
                        self.heap.arena_contains(addr),
                        "small block outside every arena"
                    );
                    assert_eq!(
                        self.heap.size_class_at(addr),
                        Some(c),
                        "block in a pool of another class"
                    );
                    assert_eq!(addr % self.g.alignment, 0);
                    per_class[c] += 1;
                }
                None => {
                    assert!(!self.heap.arena_contains(addr), "raw block inside an arena");
                    assert_eq!(addr % 16, 0);
                    raw_blocks += 1;
                    raw_bytes += b.size;
                }
            }
        }
        let s = self.heap.stats();
        let heap_per_class: Vec<usize> = s.size_classes.iter().map(|c| c.blocks_in_use).collect();
        assert_eq!(heap_per_class, per_class);
        assert_eq!(s.obj_blocks_in_use, per_class.iter().sum::<usize>());
        assert_eq!(
            (s.raw_blocks_in_use, s.raw_block_bytes),
            (raw_blocks, raw_bytes)
        );
        assert_eq!(
            s.raw_bytes_in_use,
            raw_bytes + s.arenas_current * s.arena_size
        );
        assert!(s.raw_peak_bytes >= s.raw_bytes_in_use);
    }

    fn free_everything(&mut self) {
        while !self.live.is_empty() {
            self.free(self.live.len() - 1);
        }
        self.check_all();
        let s = self.heap.stats();
        let kept = usize::from(s.arenas_allocated_total > 0);
        assert_eq!(
            s.arenas_current, kept,
            "release policy keeps exactly the last usable arena"
        );
        assert_eq!(
            (s.pools_in_use, s.obj_blocks_in_use, s.raw_blocks_in_use),
            (0, 0, 0)
        );
        assert_eq!(s.raw_bytes_in_use, kept * s.arena_size);
        assert_eq!(s.arenas_reclaimed, s.arenas_allocated_total - kept as u64);
    }
}

fn run(profile: Profile, ops: &[Op]) {
    let g = profile.geometry();
    let mut m = Model {
        heap: Heap::new(g),
        g,
        live: Vec::new(),
        next_fill: 0,
    };
    for (step, op) in ops.iter().enumerate() {
        m.apply(op);
        if step % 8 == 7 {
            m.check_all();
        }
    }
    m.check_all();
    m.free_everything();
}

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(96);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn classic_heap_matches_model(ops in prop::collection::vec(op(), 1..120)) {
        run(Profile::Classic, &ops);
    }

    #[test]
    fn cpython311_heap_matches_model(ops in prop::collection::vec(op(), 1..120)) {
        run(Profile::Cpython311, &ops);
    }
}
