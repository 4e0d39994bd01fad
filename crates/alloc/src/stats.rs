//! Heap statistics: one plain struct of deterministic counters (no
//! addresses), and CPython's `sys._debugmallocstats()` rendering of it.
//!
//! Owns: [`HeapStats`], [`SizeClassStats`], `Heap::stats`,
//! `Heap::render_debugmallocstats`.
//!
//! Invariant: the per-class and per-pool numbers are recomputed by walking
//! every arena and every carved pool, exactly like CPython's
//! `_PyObject_DebugMallocStats`, so they cannot drift from the heap; only call
//! and byte counters are kept as running totals. In the byte breakdown,
//! `total_bytes == arenas_current * arena_size` always holds.

use std::fmt::Write as _;

use crate::pool::PoolHeader;
use crate::Heap;

/// Per size class numbers (CPython's class table row).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SizeClassStats {
    pub size_class: usize,
    pub block_size: usize,
    /// Pools of this class in the used or full state.
    pub pools: usize,
    pub blocks_in_use: usize,
    /// Free blocks in those pools (on the free list or still virgin).
    pub available_blocks: usize,
}

/// Every counter of the heap. Deterministic: the same program gives the same
/// numbers on every machine.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HeapStats {
    // --- geometry (echoed for renderers) ---
    pub arena_size: usize,
    pub pool_size: usize,
    pub small_request_threshold: usize,
    pub num_size_classes: usize,

    // --- layer 1: raw allocator ---
    /// Requests served by layer 1 directly (size > threshold), including the
    /// raw half of a realloc that crosses the threshold.
    pub raw_malloc_calls: u64,
    pub raw_free_calls: u64,
    /// `Heap::realloc` calls on a raw block.
    pub raw_realloc_calls: u64,
    /// Outstanding raw blocks (not counting arenas).
    pub raw_blocks_in_use: usize,
    /// Bytes in outstanding raw blocks (not counting arenas).
    pub raw_block_bytes: usize,
    /// All layer-1 bytes in use: raw blocks + arenas (what the limit bounds).
    pub raw_bytes_in_use: usize,
    /// Highest `raw_bytes_in_use` ever.
    pub raw_peak_bytes: usize,

    // --- layer 2: object allocator ---
    /// Blocks handed out by the object allocator.
    pub obj_malloc_calls: u64,
    /// Blocks returned to the object allocator.
    pub obj_free_calls: u64,
    /// `Heap::realloc` calls on a small block.
    pub obj_realloc_calls: u64,
    pub obj_blocks_in_use: usize,

    // --- arenas ---
    pub arenas_allocated_total: u64,
    /// Arenas returned to layer 1 (`allocated total - current`).
    pub arenas_reclaimed: u64,
    pub arenas_highwater: usize,
    pub arenas_current: usize,

    // --- pools ---
    /// Pools in the used or full state.
    pub pools_in_use: usize,
    /// Carved pools in the empty state (on some arena's freepools).
    pub pools_empty: usize,
    /// Empty + never carved pools of allocated arenas (CPython's "unused pools").
    pub pools_unused: usize,
    /// Pools ever carved out of virgin arena space.
    pub pools_carved_total: u64,

    /// One entry per size class (all of them, also those without pools).
    pub size_classes: Vec<SizeClassStats>,

    // --- where the arena bytes go (sums to total_bytes) ---
    pub bytes_in_allocated_blocks: usize,
    pub bytes_in_available_blocks: usize,
    pub unused_pool_bytes: usize,
    pub pool_header_bytes: usize,
    pub quantization_bytes: usize,
    pub arena_alignment_bytes: usize,
    /// `arenas_current * arena_size`.
    pub total_bytes: usize,
}

impl Heap {
    /// A snapshot of every counter (walks all arenas and pools).
    pub fn stats(&self) -> HeapStats {
        let g = *self.geometry();
        let arenas = &self.obj.arenas;
        let mut classes: Vec<SizeClassStats> = (0..g.num_size_classes())
            .map(|c| SizeClassStats {
                size_class: c,
                block_size: g.block_size(c),
                ..Default::default()
            })
            .collect();
        let mut pools_unused = 0;
        let mut pools_empty = 0;
        let mut arena_alignment_bytes = 0;
        for ao in arenas.table.iter().filter(|a| !a.address.is_null()) {
            pools_unused += ao.nfreepools as usize;
            let mut base = ao.address as usize;
            if base & (g.pool_size - 1) != 0 {
                // Never happens here (arenas are pool-aligned); kept to mirror CPython.
                arena_alignment_bytes += g.pool_size;
                base = (base & !(g.pool_size - 1)) + g.pool_size;
            }
            while base < ao.pool_address as usize {
                let pool = base as *const PoolHeader;
                // SAFETY: every pool below `pool_address` of a live arena was
                // carved by `take_pool`, so its header is initialised.
                let (nused, szidx) = unsafe { ((*pool).nused as usize, (*pool).szidx as usize) };
                base += g.pool_size;
                if nused == 0 {
                    pools_empty += 1;
                    continue;
                }
                let c = &mut classes[szidx];
                c.pools += 1;
                c.blocks_in_use += nused;
                c.available_blocks += g.blocks_per_pool(szidx) - nused;
            }
        }
        let overhead = g.pool_overhead();
        let mut s = HeapStats {
            arena_size: g.arena_size,
            pool_size: g.pool_size,
            small_request_threshold: g.small_request_threshold,
            num_size_classes: g.num_size_classes(),
            raw_malloc_calls: self.raw.malloc_calls,
            raw_free_calls: self.raw.free_calls,
            raw_realloc_calls: self.raw.realloc_calls,
            raw_blocks_in_use: self.raw.blocks_in_use(),
            raw_block_bytes: self.raw.block_bytes,
            raw_bytes_in_use: self.raw.bytes_in_use,
            raw_peak_bytes: self.raw.peak_bytes,
            obj_malloc_calls: self.obj.malloc_calls,
            obj_free_calls: self.obj.free_calls,
            obj_realloc_calls: self.obj.realloc_calls,
            arenas_allocated_total: arenas.ntimes_allocated,
            arenas_reclaimed: arenas.ntimes_allocated - arenas.ncurrent as u64,
            arenas_highwater: arenas.highwater,
            arenas_current: arenas.ncurrent,
            pools_empty,
            pools_unused,
            pools_carved_total: arenas.pools_carved,
            unused_pool_bytes: pools_unused * g.pool_size,
            arena_alignment_bytes,
            total_bytes: arenas.ncurrent * g.arena_size,
            ..Default::default()
        };
        for c in &classes {
            s.pools_in_use += c.pools;
            s.obj_blocks_in_use += c.blocks_in_use;
            s.bytes_in_allocated_blocks += c.blocks_in_use * c.block_size;
            s.bytes_in_available_blocks += c.available_blocks * c.block_size;
            s.pool_header_bytes += c.pools * overhead;
            s.quantization_bytes += c.pools * ((g.pool_size - overhead) % c.block_size);
        }
        s.size_classes = classes;
        s
    }

    /// The pymalloc part of CPython 3.11's `sys._debugmallocstats()`, in the
    /// same layout (the per-type free-list lines are the VM's to add).
    pub fn render_debugmallocstats(&self) -> String {
        render_debugmallocstats(&self.stats())
    }
}

/// One `label = value` line, CPython's `printone`: the label padded to 35
/// columns, `=`, the value with thousands separators right-aligned in 21.
fn printone(out: &mut String, label: &str, value: usize) -> usize {
    let digits = value.to_string();
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    let _ = writeln!(out, "{label:<35}={grouped:>21}");
    value
}

/// Render [`HeapStats`] in CPython's `sys._debugmallocstats()` layout.
pub fn render_debugmallocstats(s: &HeapStats) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Small block threshold = {}, in {} size classes.",
        s.small_request_threshold, s.num_size_classes
    );
    out.push('\n');
    out.push_str("class   size   num pools   blocks in use  avail blocks\n");
    out.push_str("-----   ----   ---------   -------------  ------------\n");
    for c in s.size_classes.iter().filter(|c| c.pools > 0) {
        let _ = writeln!(
            out,
            "{:5} {:6} {:11} {:15} {:13}",
            c.size_class, c.block_size, c.pools, c.blocks_in_use, c.available_blocks
        );
    }
    out.push('\n');
    printone(
        &mut out,
        "# arenas allocated total",
        s.arenas_allocated_total as usize,
    );
    printone(&mut out, "# arenas reclaimed", s.arenas_reclaimed as usize);
    printone(&mut out, "# arenas highwater mark", s.arenas_highwater);
    printone(&mut out, "# arenas allocated current", s.arenas_current);
    let label = format!("{} arenas * {} bytes/arena", s.arenas_current, s.arena_size);
    printone(&mut out, &label, s.arenas_current * s.arena_size);
    out.push('\n');
    let mut total = printone(
        &mut out,
        "# bytes in allocated blocks",
        s.bytes_in_allocated_blocks,
    );
    total += printone(
        &mut out,
        "# bytes in available blocks",
        s.bytes_in_available_blocks,
    );
    let label = format!("{} unused pools * {} bytes", s.pools_unused, s.pool_size);
    total += printone(&mut out, &label, s.unused_pool_bytes);
    total += printone(
        &mut out,
        "# bytes lost to pool headers",
        s.pool_header_bytes,
    );
    total += printone(
        &mut out,
        "# bytes lost to quantization",
        s.quantization_bytes,
    );
    total += printone(
        &mut out,
        "# bytes lost to arena alignment",
        s.arena_alignment_bytes,
    );
    printone(&mut out, "Total", total);
    out
}
