//! The memory report (`arenapy --stats`, the REPL's `:mem`): what the
//! program did to the heap since the interpreter started, then the state of
//! the heap, then what teardown left. Deterministic text or JSON: counts and
//! sizes only, never addresses or times, so the same script gives the same
//! report on every machine (and snapshot tests can pin it).
//!
//! "During the program" numbers are differences from a [`Baseline`] taken
//! when the interpreter finished starting up, so they do not change when the
//! built-in types gain a method.

use crate::memory::collector;
use crate::memory::collector::GenStats;
use crate::memory::context::with_freelists;
use crate::memory::heap::with_heap;
use crate::memory::object::GcHead;
use crate::memory::stats;
use crate::memory::stats::ObjectCounts;
use crate::objects::Layout;
use arenapy_alloc::counting::{self, RustAllocStats};
use arenapy_alloc::HeapStats;

/// Free-list counters: (name, cached blocks, hits, misses).
pub type FreeListRow = (&'static str, usize, u64, u64);

/// Everything the report subtracts: the state right after start-up.
#[derive(Clone, Debug, Default)]
pub struct Baseline {
    pub objects: ObjectCounts,
    pub heap: HeapStats,
    pub free_lists: Vec<FreeListRow>,
    pub gc: [GenStats; 3],
    /// The interpreter's own Rust allocations (zero when the binary does
    /// not install the counting allocator).
    pub rust: RustAllocStats,
}

impl Baseline {
    pub fn now() -> Baseline {
        Baseline {
            objects: stats::snapshot(),
            heap: with_heap(|h| h.stats()),
            free_lists: free_list_rows(),
            gc: collector::generation_stats(),
            rust: counting::snapshot(),
        }
    }
}

/// The per-type free lists' current counters.
fn free_list_rows() -> Vec<FreeListRow> {
    with_freelists(|f| {
        Some(&*f)
            .filter(|f| f.installed)
            .map(|f| {
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
            .unwrap_or_default()
    })
}

/// `sys._debugmallocstats()`: the allocator's part in CPython's layout,
/// then one line per free list in the layout of CPython's
/// `_PyDebugAllocatorStats` (`%48s =%21s` with thousands separators), with
/// our objects' sizes (header and body, without the GC head, as CPython
/// counts them).
pub fn debugmallocstats() -> String {
    use crate::memory::object::object_block_size;
    use crate::objects::dict::DictBody;
    use crate::objects::float::FloatBody;
    use crate::objects::int::IntBody;
    use crate::objects::list::ListBody;
    use crate::objects::tuple::TupleBody;
    let mut out = with_heap(|h| h.render_debugmallocstats());
    out.push('\n');
    let gc = std::mem::size_of::<GcHead>();
    let line = |out: &mut String, n: usize, name: &str, size: usize| {
        let label = format!("{n} free {name} * {size} bytes each");
        out.push_str(&format!("{label:>48} ={:>21}\n", with_commas(n * size)));
    };
    with_freelists(|f| {
        if !f.installed {
            return;
        }
        line(
            &mut out,
            f.dict.len(),
            "PyDictObjects",
            object_block_size::<DictBody>(0) - gc,
        );
        line(
            &mut out,
            f.float.len(),
            "PyFloatObjects",
            object_block_size::<FloatBody>(0),
        );
        if f.int.capacity() > 0 {
            line(
                &mut out,
                f.int.len(),
                "PyLongObjects",
                object_block_size::<IntBody>(0),
            );
        }
        line(
            &mut out,
            f.list.len(),
            "PyListObjects",
            object_block_size::<ListBody>(0) - gc,
        );
        for (n, fl) in f.tuple.iter().enumerate().skip(1) {
            let size = object_block_size::<TupleBody>(n * 8) - gc;
            line(
                &mut out,
                fl.len(),
                &format!("{n}-sized PyTupleObjects"),
                size,
            );
        }
    });
    out
}

fn with_commas(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// What the program did, computed against `base`.
pub struct ProgramDelta {
    /// (layout, allocated, freed) for each layout with activity.
    pub objects: Vec<(Layout, u64, u64)>,
    /// (size class, block size, change in blocks in use) where non-zero.
    pub size_classes: Vec<(usize, usize, i64)>,
    pub raw_mallocs: u64,
    pub raw_frees: u64,
    pub raw_blocks_change: i64,
    pub free_lists: Vec<(&'static str, usize, u64, u64)>,
    pub gc: [(u64, u64); 3],
    pub arenas_allocated: u64,
    pub arenas_reclaimed: u64,
    /// Rust allocator calls during the program, and its state now.
    pub rust_calls: usize,
    pub rust_now: RustAllocStats,
}

fn program_delta(base: &Baseline) -> ProgramDelta {
    let now = Baseline::now();
    let objects = Layout::ALL
        .iter()
        .map(|l| {
            let i = *l as usize;
            (
                *l,
                now.objects.allocated[i] - base.objects.allocated[i],
                now.objects.freed[i] - base.objects.freed[i],
            )
        })
        .filter(|(_, a, f)| *a > 0 || *f > 0)
        .collect();
    let size_classes = now
        .heap
        .size_classes
        .iter()
        .zip(&base.heap.size_classes)
        .map(|(n, b)| {
            (
                n.size_class,
                n.block_size,
                n.blocks_in_use as i64 - b.blocks_in_use as i64,
            )
        })
        .filter(|(_, _, d)| *d != 0)
        .collect();
    let free_lists = now
        .free_lists
        .iter()
        .zip(&base.free_lists)
        .map(|(n, b)| (n.0, n.1, n.2 - b.2, n.3 - b.3))
        .collect();
    let gc = [0, 1, 2].map(|i| {
        (
            now.gc[i].collections - base.gc[i].collections,
            now.gc[i].collected - base.gc[i].collected,
        )
    });
    ProgramDelta {
        objects,
        size_classes,
        raw_mallocs: now.heap.raw_malloc_calls - base.heap.raw_malloc_calls,
        raw_frees: now.heap.raw_free_calls - base.heap.raw_free_calls,
        raw_blocks_change: now.heap.raw_blocks_in_use as i64 - base.heap.raw_blocks_in_use as i64,
        free_lists,
        gc,
        arenas_allocated: now.heap.arenas_allocated_total - base.heap.arenas_allocated_total,
        arenas_reclaimed: now.heap.arenas_reclaimed - base.heap.arenas_reclaimed,
        rust_calls: now.rust.calls.saturating_sub(base.rust.calls),
        rust_now: now.rust,
    }
}

/// The Python-facing type name of a layout, for the report.
fn layout_label(l: Layout) -> &'static str {
    match l {
        Layout::Type => "type",
        Layout::Object => "object",
        Layout::Instance => "instance",
        Layout::Exception => "exception",
        Layout::NoneType => "NoneType",
        Layout::NotImplemented => "NotImplementedType",
        Layout::Ellipsis => "ellipsis",
        Layout::Int => "int",
        Layout::Float => "float",
        Layout::Complex => "complex",
        Layout::ByteArray => "bytearray",
        Layout::ManagedBuffer => "managedbuffer",
        Layout::MemoryView => "memoryview",
        Layout::Str => "str",
        Layout::Tuple => "tuple",
        Layout::List => "list",
        Layout::Dict => "dict",
        Layout::Set => "set",
        Layout::Range => "range",
        Layout::Slice => "slice",
        Layout::Function => "function",
        Layout::BuiltinFunction => "builtin_function_or_method",
        Layout::Method => "method",
        Layout::Code => "code",
        Layout::Cell => "cell",
        Layout::Module => "module",
        Layout::Property => "property",
        // `member_descriptor` and `getset_descriptor` share the layout.
        Layout::Member => "descriptor",
        Layout::ClassMethod => "classmethod",
        Layout::StaticMethod => "staticmethod",
        Layout::Super => "super",
        Layout::SeqIter => "iterator",
        Layout::RangeIter => "range_iterator",
        Layout::LongRangeIter => "longrange_iterator",
        Layout::DictIter => "dict_iterator",
        Layout::SetIter => "set_iterator",
        Layout::DictView => "dict_view",
        Layout::Enumerate => "enumerate",
        Layout::Zip => "zip",
        Layout::Map => "map",
        Layout::Filter => "filter",
        Layout::Reversed => "reversed",
        Layout::CallIter => "callable_iterator",
        Layout::Generator => "generator",
        Layout::Traceback => "traceback",
        Layout::WeakRef => "weakref",
        Layout::Namespace => "types.SimpleNamespace",
        #[allow(unreachable_patterns)]
        _ => l.name(),
    }
}

/// The `--stats` report of the program run so far.
pub fn full_report(interp: &mut crate::Interpreter, json: bool) -> String {
    let d = program_delta(interp.baseline());
    let h = interp.heap_stats();
    let profile = interp.profile().name();
    if json {
        return render_json(profile, &d, &h);
    }
    let mut s = String::new();
    s.push_str(&format!(
        "== arenapy memory report (profile {profile}) ==\n"
    ));
    s.push_str("-- during the program --\n");
    s.push_str("objects by type          allocated      freed\n");
    for (l, a, f) in &d.objects {
        s.push_str(&format!("  {:<20} {:>11} {:>10}\n", layout_label(*l), a, f));
    }
    s.push_str("blocks in use by size class (change since start-up)\n");
    if d.size_classes.is_empty() {
        s.push_str("  (none)\n");
    }
    for (c, size, delta) in &d.size_classes {
        s.push_str(&format!("  class {c:>2} ({size:>3} bytes) {delta:>+10}\n"));
    }
    s.push_str(&format!(
        "raw allocator (> 512 bytes): {} mallocs, {} frees, {:+} blocks in use\n",
        d.raw_mallocs, d.raw_frees, d.raw_blocks_change
    ));
    s.push_str(&format!(
        "arenas: {} allocated, {} reclaimed\n",
        d.arenas_allocated, d.arenas_reclaimed
    ));
    s.push_str("free lists               cached       hits     misses\n");
    for (n, len, hits, misses) in &d.free_lists {
        s.push_str(&format!("  {n:<20} {len:>8} {hits:>10} {misses:>10}\n"));
    }
    s.push_str("gc                  collections  collected\n");
    for (i, (c, n)) in d.gc.iter().enumerate() {
        s.push_str(&format!("  generation {i}  {c:>14} {n:>10}\n"));
    }
    s.push_str("-- the heap now --\n");
    s.push_str(&format!(
        "layer 1 raw allocator: {} bytes in use ({} peak), {} raw blocks\n",
        h.raw_bytes_in_use, h.raw_peak_bytes, h.raw_blocks_in_use
    ));
    s.push_str(&format!(
        "layer 2 object allocator: {} blocks in use\n",
        h.obj_blocks_in_use
    ));
    s.push_str(&format!(
        "arenas: {} allocated in total, {} reclaimed, {} high-water, {} current\n",
        h.arenas_allocated_total, h.arenas_reclaimed, h.arenas_highwater, h.arenas_current
    ));
    if counting::is_installed() {
        // Everything else the process holds: compiler output, frames of
        // plain calls, collector work tables, message strings ...
        s.push_str(&format!(
            "interpreter, not Python objects: {} bytes in use ({} peak) in {} Rust allocations; {} allocator calls during the program\n",
            d.rust_now.bytes_in_use, d.rust_now.peak_bytes, d.rust_now.allocations, d.rust_calls
        ));
    }
    s.push_str("size class  block  pools  blocks in use  available\n");
    for c in &h.size_classes {
        if c.pools > 0 {
            s.push_str(&format!(
                "  {:>8} {:>6} {:>6} {:>14} {:>10}\n",
                c.size_class, c.block_size, c.pools, c.blocks_in_use, c.available_blocks
            ));
        }
    }
    s
}

fn render_json(profile: &str, d: &ProgramDelta, h: &HeapStats) -> String {
    use serde_json::json;
    use serde_json::Map;
    use serde_json::Value;
    let mut objects = Map::new();
    for (l, a, f) in &d.objects {
        objects.insert(layout_label(*l).into(), json!({"allocated": a, "freed": f}));
    }
    let mut free_lists = Map::new();
    for (n, l, hi, mi) in &d.free_lists {
        free_lists.insert((*n).into(), json!({"cached": l, "hits": hi, "misses": mi}));
    }
    let v = json!({
        "profile": profile,
        "program": {
            "objects": Value::Object(objects),
            "size_classes": d.size_classes.iter().map(|(c, size, delta)| json!({
                "class": c, "block_size": size, "blocks_in_use_change": delta
            })).collect::<Vec<_>>(),
            "raw": {"mallocs": d.raw_mallocs, "frees": d.raw_frees, "blocks_in_use_change": d.raw_blocks_change},
            "arenas": {"allocated": d.arenas_allocated, "reclaimed": d.arenas_reclaimed},
            "free_lists": Value::Object(free_lists),
            "gc": d.gc.iter().map(|(c, n)| json!({"collections": c, "collected": n})).collect::<Vec<_>>(),
        },
        "interpreter": {
            "counted": counting::is_installed(),
            "bytes_in_use": d.rust_now.bytes_in_use,
            "peak_bytes": d.rust_now.peak_bytes,
            "allocations": d.rust_now.allocations,
            "calls_during_program": d.rust_calls,
        },
        "heap": {
            "raw_bytes_in_use": h.raw_bytes_in_use,
            "raw_peak_bytes": h.raw_peak_bytes,
            "raw_blocks_in_use": h.raw_blocks_in_use,
            "blocks_in_use": h.obj_blocks_in_use,
            "arenas_allocated_total": h.arenas_allocated_total,
            "arenas_reclaimed": h.arenas_reclaimed,
            "arenas_highwater": h.arenas_highwater,
            "arenas_current": h.arenas_current,
            "size_classes": h.size_classes.iter().filter(|c| c.pools > 0).map(|c| json!({
                "class": c.size_class, "block_size": c.block_size, "pools": c.pools,
                "blocks_in_use": c.blocks_in_use, "available": c.available_blocks
            })).collect::<Vec<_>>(),
        },
    });
    serde_json::to_string_pretty(&v).unwrap_or_default() + "\n"
}

/// The teardown section as a JSON value.
pub fn teardown_json(t: &crate::TeardownReport) -> serde_json::Value {
    serde_json::json!({
        "blocks_in_use": t.blocks_in_use,
        "raw_blocks_in_use": t.raw_blocks_in_use,
        "immortal_blocks": t.baseline_blocks,
        "immortal_raw_blocks": t.baseline_raw_blocks,
        "leaked_blocks": t.leaked_blocks(),
    })
}

/// The teardown section: blocks left after every program object is gone.
pub fn teardown_report(t: &crate::TeardownReport, json: bool) -> String {
    let leaked = t.leaked_blocks();
    if json {
        return teardown_json(t).to_string();
    }
    let mut s = String::from("-- teardown --\n");
    s.push_str(&format!(
        "blocks in use after teardown: {} (+{} raw); held by the immortal built-ins: {} (+{} raw)\n",
        t.blocks_in_use, t.raw_blocks_in_use, t.baseline_blocks, t.baseline_raw_blocks
    ));
    if leaked == 0 {
        s.push_str("leaked blocks: 0\n");
    } else {
        s.push_str(&format!("LEAKED BLOCKS: {leaked}\n"));
    }
    s
}
