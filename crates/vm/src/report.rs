//! The memory report: heap statistics from the allocator plus the VM's
//! per-type object counts and free lists, in deterministic text.

use crate::heap::with_heap;
use crate::types::{Layout, FREELISTS};

/// `sys._debugmallocstats()`: the allocator's part in CPython's layout,
/// followed by the free-list lines.
pub fn debugmallocstats() -> String {
    let mut out = with_heap(|h| h.render_debugmallocstats());
    out.push_str(&freelist_lines());
    out
}

fn freelist_lines() -> String {
    FREELISTS.with(|f| {
        let f = f.borrow();
        let Some(f) = f.as_ref() else {
            return String::new();
        };
        let mut s = String::new();
        let line = |name: &str, n: usize, size: usize| {
            format!("{:<40}= {:>10}\n", format!("{} free {}", n, name), size * n)
        };
        s.push_str(&line("PyFloatObjects * 24 bytes each", f.float.len(), 24));
        s.push_str(&line("PyListObjects * 40 bytes each", f.list.len(), 40));
        s.push_str(&line("PyDictObjects * 48 bytes each", f.dict.len(), 48));
        s
    })
}

/// A deterministic summary: objects allocated/freed per layout and the
/// allocator's totals.
pub fn summary() -> String {
    let counts = crate::stats::snapshot();
    let mut s = String::new();
    s.push_str("objects by type:        allocated      freed       live\n");
    for l in Layout::ALL {
        let i = *l as usize;
        let (a, fr) = (counts.allocated[i], counts.freed[i]);
        if a == 0 && fr == 0 {
            continue;
        }
        s.push_str(&format!(
            "  {:<18} {:>12} {:>10} {:>10}\n",
            l.name(),
            a,
            fr,
            a as i64 - fr as i64
        ));
    }
    s
}

/// The `--stats` report: allocator layers, size classes, free lists, object
/// counts by type, and collections. Deterministic: no addresses or times.
pub fn full_report(interp: &mut crate::Interpreter, json: bool) -> String {
    let h = interp.heap_stats();
    let counts = crate::stats::snapshot();
    let gens = crate::collector::generation_stats();
    let fl = FREELISTS
        .with(|f| {
            f.borrow().as_ref().map(|f| {
                vec![
                    ("int", f.int.len(), f.int.hits(), f.int.misses()),
                    ("float", f.float.len(), f.float.hits(), f.float.misses()),
                    ("list", f.list.len(), f.list.hits(), f.list.misses()),
                    ("dict", f.dict.len(), f.dict.hits(), f.dict.misses()),
                    (
                        "tuple",
                        f.tuple.iter().map(|t| t.len()).sum(),
                        f.tuple.iter().map(|t| t.hits()).sum(),
                        f.tuple.iter().map(|t| t.misses()).sum(),
                    ),
                ]
            })
        })
        .unwrap_or_default();
    if json {
        let mut s = String::from("{\n");
        s.push_str(&format!(
            "  \"profile\": \"{}\",\n",
            interp.profile().name()
        ));
        s.push_str(&format!(
            "  \"raw\": {{\"malloc_calls\": {}, \"free_calls\": {}, \"bytes_in_use\": {}, \"peak_bytes\": {}}},\n",
            h.raw_malloc_calls, h.raw_free_calls, h.raw_bytes_in_use, h.raw_peak_bytes
        ));
        s.push_str(&format!(
            "  \"object_allocator\": {{\"malloc_calls\": {}, \"free_calls\": {}, \"blocks_in_use\": {}}},\n",
            h.obj_malloc_calls, h.obj_free_calls, h.obj_blocks_in_use
        ));
        s.push_str(&format!(
            "  \"arenas\": {{\"allocated_total\": {}, \"reclaimed\": {}, \"highwater\": {}, \"current\": {}}},\n",
            h.arenas_allocated_total, h.arenas_reclaimed, h.arenas_highwater, h.arenas_current
        ));
        let objs: Vec<String> = Layout::ALL
            .iter()
            .filter(|l| counts.allocated[**l as usize] > 0)
            .map(|l| {
                format!(
                    "\"{}\": [{}, {}]",
                    l.name(),
                    counts.allocated[*l as usize],
                    counts.freed[*l as usize]
                )
            })
            .collect();
        s.push_str(&format!("  \"objects\": {{{}}},\n", objs.join(", ")));
        let fls: Vec<String> = fl
            .iter()
            .map(|(n, l, hi, mi)| format!("\"{n}\": [{l}, {hi}, {mi}]"))
            .collect();
        s.push_str(&format!("  \"free_lists\": {{{}}},\n", fls.join(", ")));
        let gs: Vec<String> = gens
            .iter()
            .map(|g| format!("[{}, {}]", g.collections, g.collected))
            .collect();
        s.push_str(&format!("  \"gc\": [{}]\n}}\n", gs.join(", ")));
        return s;
    }
    let mut s = String::new();
    s.push_str(&format!(
        "== arenapy memory report (profile {}) ==\n",
        interp.profile().name()
    ));
    s.push_str(&format!(
        "layer 1 raw allocator: {} mallocs, {} frees, {} bytes in use, {} peak\n",
        h.raw_malloc_calls, h.raw_free_calls, h.raw_bytes_in_use, h.raw_peak_bytes
    ));
    s.push_str(&format!(
        "layer 2 object allocator: {} mallocs, {} frees, {} blocks in use\n",
        h.obj_malloc_calls, h.obj_free_calls, h.obj_blocks_in_use
    ));
    s.push_str(&format!(
        "arenas: {} allocated, {} reclaimed, {} high-water, {} current\n",
        h.arenas_allocated_total, h.arenas_reclaimed, h.arenas_highwater, h.arenas_current
    ));
    s.push_str("size classes:  size  pools  blocks in use  avail\n");
    for c in &h.size_classes {
        if c.pools > 0 {
            s.push_str(&format!(
                "  {:>11} {:>5} {:>6} {:>14} {:>6}\n",
                c.size_class, c.block_size, c.pools, c.blocks_in_use, c.available_blocks
            ));
        }
    }
    s.push_str("free lists:     length     hits   misses\n");
    for (n, l, hi, mi) in &fl {
        s.push_str(&format!("  {:<10} {:>8} {:>8} {:>8}\n", n, l, hi, mi));
    }
    s.push_str(&summary());
    s.push_str("gc:        collections  collected\n");
    for (i, g) in gens.iter().enumerate() {
        s.push_str(&format!(
            "  gen {}  {:>14} {:>10}\n",
            i, g.collections, g.collected
        ));
    }
    s
}

/// The teardown section: blocks left after every program object is gone.
pub fn teardown_report(t: &crate::TeardownReport, json: bool) -> String {
    let leaked = t.leaked_blocks();
    if json {
        return format!(
            "{{\"blocks_in_use\": {}, \"raw_blocks_in_use\": {}, \"immortal_blocks\": {}, \"immortal_raw_blocks\": {}, \"leaked_blocks\": {}, \"arenas_current\": {}}}",
            t.blocks_in_use, t.raw_blocks_in_use, t.baseline_blocks, t.baseline_raw_blocks, leaked, t.final_stats.arenas_current
        );
    }
    let mut s = String::from("teardown:\n");
    s.push_str(&format!(
        "  blocks in use after teardown: {} (+{} raw)\n  held by immortal built-ins:   {} (+{} raw)\n",
        t.blocks_in_use, t.raw_blocks_in_use, t.baseline_blocks, t.baseline_raw_blocks
    ));
    if leaked == 0 {
        s.push_str("  leaked blocks: 0\n");
    } else {
        s.push_str(&format!("  LEAKED BLOCKS: {leaked}\n"));
    }
    s
}
