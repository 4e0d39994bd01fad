//! `render_debugmallocstats` against CPython 3.11's `sys._debugmallocstats()`
//! layout, byte for byte.

use std::ptr::NonNull;

use arenapy_alloc::{Geometry, Heap};

fn free_all(h: &mut Heap, blocks: Vec<(NonNull<u8>, usize)>) {
    for (p, size) in blocks {
        // SAFETY: each block came from `h` with `size` bytes.
        unsafe { h.free(p, size) };
    }
}

#[test]
fn classic_small_scenario_golden() {
    let mut h = Heap::new(Geometry::CLASSIC);
    let mut blocks: Vec<_> = (0..3).map(|_| (h.malloc(24).unwrap(), 24)).collect();
    blocks.push((h.malloc(512).unwrap(), 512));
    blocks.push((h.malloc(4096).unwrap(), 4096)); // layer 1: not in the table
    let expected = "\
Small block threshold = 512, in 64 size classes.

class   size   num pools   blocks in use  avail blocks
-----   ----   ---------   -------------  ------------
    2     24           1               3           165
   63    512           1               1             6

# arenas allocated total           =                    1
# arenas reclaimed                 =                    0
# arenas highwater mark            =                    1
# arenas allocated current         =                    1
1 arenas * 262144 bytes/arena      =              262,144

# bytes in allocated blocks        =                  584
# bytes in available blocks        =                7,032
62 unused pools * 4096 bytes       =              253,952
# bytes lost to pool headers       =                   96
# bytes lost to quantization       =                  480
# bytes lost to arena alignment    =                    0
Total                              =              262,144
";
    assert_eq!(h.render_debugmallocstats(), expected);
    free_all(&mut h, blocks);
}

#[test]
fn cpython311_lines_match_cpython_output() {
    // Lines copied from `python3.11 -c "import sys; sys._debugmallocstats()"`.
    let mut h = Heap::new(Geometry::CPYTHON311);
    let per_arena = 64 * ((16384 - 48) / 512);
    let blocks: Vec<_> = (0..3 * per_arena + 1)
        .map(|_| (h.malloc(512).unwrap(), 512))
        .collect();
    let out = h.render_debugmallocstats();
    assert!(out.starts_with("Small block threshold = 512, in 32 size classes.\n\n"));
    for line in [
        "# arenas allocated total           =                    4",
        "# arenas highwater mark            =                    4",
        "4 arenas * 1048576 bytes/arena     =            4,194,304",
        "Total                              =            4,194,304",
    ] {
        assert!(out.lines().any(|l| l == line), "missing {line:?} in\n{out}");
    }
    let s = h.stats();
    assert_eq!(s.size_classes[31].pools, 3 * 64 + 1);
    assert_eq!(s.size_classes[31].available_blocks, 31 - 1);
    assert_eq!(s.quantization_bytes, (3 * 64 + 1) * ((16384 - 48) % 512));
    free_all(&mut h, blocks);
    let out = h.render_debugmallocstats();
    assert!(out.contains("# arenas reclaimed                 =                    3\n"));
    assert!(out.contains("64 unused pools * 16384 bytes      =            1,048,576\n"));
    assert!(
        !out.contains("  512  "),
        "no table row for a class without pools"
    );
}

#[test]
fn byte_breakdown_always_sums_to_arena_bytes() {
    let mut h = Heap::new(Geometry::CLASSIC);
    let mut blocks = Vec::new();
    for i in 0..5000usize {
        let size = 1 + (i * 7919) % 512;
        blocks.push((h.malloc(size).unwrap(), size));
        if i % 3 == 0 {
            let (p, s) = blocks.swap_remove((i * 31) % blocks.len());
            // SAFETY: allocated above with s bytes.
            unsafe { h.free(p, s) };
        }
    }
    let s = h.stats();
    let sum = s.bytes_in_allocated_blocks
        + s.bytes_in_available_blocks
        + s.unused_pool_bytes
        + s.pool_header_bytes
        + s.quantization_bytes
        + s.arena_alignment_bytes;
    assert_eq!(sum, s.total_bytes);
    assert_eq!(s.total_bytes, s.arenas_current * 256 * 1024);
    free_all(&mut h, blocks);
}
