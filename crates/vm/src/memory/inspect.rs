//! Looking at the heap from outside the running program: what one piece of
//! code did to it ([`MemSnapshot`] and [`MemDiff`], behind the REPL's
//! `:mem diff`), and who holds a value ([`Interpreter::refs`], behind
//! `:refs NAME`).
//!
//! Referrers are found as `gc.get_referrers` finds them: by walking every
//! generation list of the cycle collector and traversing each container's
//! children. Only GC-tracked containers can be found that way; references
//! from the running frames' stacks or from code objects' constants are
//! counted in the refcount but have no referrer to show.
//!
//! Invariant relied on (the [`crate::memory::gc`] module's): a generation list holds
//! only live tracked objects, and nothing is freed while we walk it (the walk
//! only reads, then takes new references after the walk ends).

use crate::eval::exceptions;
use crate::memory::context::with_freelists;
use crate::memory::gc::{GC, NUM_GENERATIONS};
use crate::memory::object::{GcHead, Obj, ObjRef, IMMORTAL_REFCNT};
use crate::memory::stats::ObjectCounts;
use crate::memory::{collector, stats};
use crate::objects::dict::dict_body;
use crate::objects::dict::table::DictTable;
use crate::objects::list::ListBody;
use crate::objects::str::try_str;
use crate::objects::typeobject::TypeBody;
use crate::objects::{registry, tuple, typeobject, Layout};
use crate::protocol::attr;
use crate::{objects, Interpreter};
use arenapy_alloc::HeapStats;
use std::fmt::Write;

/// Counters of a free list at one moment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FreeListCounts {
    pub name: &'static str,
    pub len: usize,
    pub hits: u64,
    pub misses: u64,
}

/// Every deterministic counter of the heap at one moment.
#[derive(Clone, Debug)]
pub struct MemSnapshot {
    pub objects: ObjectCounts,
    pub heap: HeapStats,
    pub freelists: Vec<FreeListCounts>,
    pub collected: u64,
}

/// What happened between two snapshots.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemDiff {
    /// (type name, allocated, freed) for each type with any activity.
    pub objects: Vec<(&'static str, u64, u64)>,
    /// (block size, blocks in use before, after) for each size class whose
    /// count changed.
    pub size_classes: Vec<(usize, usize, usize)>,
    /// (free list, hits, misses, length before, after) where anything changed.
    pub freelists: Vec<(&'static str, u64, u64, usize, usize)>,
    pub arenas_allocated: u64,
    pub arenas_released: u64,
    pub arenas_now: usize,
    pub raw_mallocs: u64,
    pub raw_frees: u64,
    /// Objects the cycle collector found unreachable.
    pub collected: u64,
}

fn freelist_counts() -> Vec<FreeListCounts> {
    with_freelists(|f| {
        if !f.installed {
            return Vec::new();
        }
        let one = |name, l: &arenapy_alloc::FreeList| FreeListCounts {
            name,
            len: l.len(),
            hits: l.hits(),
            misses: l.misses(),
        };
        vec![
            one("int", &f.int),
            one("float", &f.float),
            one("list", &f.list),
            one("dict", &f.dict),
            FreeListCounts {
                name: "tuple",
                len: f.tuple.iter().map(|t| t.len()).sum(),
                hits: f.tuple.iter().map(|t| t.hits()).sum(),
                misses: f.tuple.iter().map(|t| t.misses()).sum(),
            },
        ]
    })
}

impl MemSnapshot {
    /// The difference `later - self`.
    pub fn diff(&self, later: &MemSnapshot) -> MemDiff {
        let mut d = MemDiff::default();
        for l in Layout::ALL {
            let i = *l as usize;
            let a = later.objects.allocated[i] - self.objects.allocated[i];
            let f = later.objects.freed[i] - self.objects.freed[i];
            if a != 0 || f != 0 {
                d.objects.push((l.name(), a, f));
            }
        }
        for (b, a) in self.heap.size_classes.iter().zip(&later.heap.size_classes) {
            if b.blocks_in_use != a.blocks_in_use {
                d.size_classes
                    .push((a.block_size, b.blocks_in_use, a.blocks_in_use));
            }
        }
        for (b, a) in self.freelists.iter().zip(&later.freelists) {
            let (h, m) = (a.hits - b.hits, a.misses - b.misses);
            if h != 0 || m != 0 || a.len != b.len {
                d.freelists.push((a.name, h, m, b.len, a.len));
            }
        }
        d.arenas_allocated = later.heap.arenas_allocated_total - self.heap.arenas_allocated_total;
        d.arenas_released = later.heap.arenas_reclaimed - self.heap.arenas_reclaimed;
        d.arenas_now = later.heap.arenas_current;
        d.raw_mallocs = later.heap.raw_malloc_calls - self.heap.raw_malloc_calls;
        d.raw_frees = later.heap.raw_free_calls - self.heap.raw_free_calls;
        d.collected = later.collected - self.collected;
        d
    }
}

impl MemDiff {
    /// The allocated and freed counts for type `name` (0, 0 when idle).
    pub fn objects_of(&self, name: &str) -> (u64, u64) {
        self.objects
            .iter()
            .find(|o| o.0 == name)
            .map_or((0, 0), |o| (o.1, o.2))
    }

    /// A short deterministic text: one section per kind of change.
    pub fn render(&self) -> String {
        let mut s = String::new();
        if self.objects.is_empty()
            && self.size_classes.is_empty()
            && self.arenas_allocated == 0
            && self.arenas_released == 0
            && self.raw_mallocs == 0
            && self.raw_frees == 0
        {
            return "no heap activity\n".into();
        }
        if !self.objects.is_empty() {
            s.push_str("objects        allocated    freed\n");
            for (name, a, f) in &self.objects {
                let _ = writeln!(s, "  {name:<12} {a:>9} {f:>8}");
            }
        }
        if !self.size_classes.is_empty() {
            s.push_str("blocks in use by size class\n");
            for (size, b, a) in &self.size_classes {
                let delta = *a as i64 - *b as i64;
                let _ = writeln!(s, "  {size:>3} bytes   {b:>6} -> {a:<6} ({delta:+})");
            }
        }
        if !self.freelists.is_empty() {
            s.push_str(
                "free lists     hits   misses   length  (blocks of freed objects kept for reuse)\n",
            );
            for (name, h, m, b, a) in &self.freelists {
                let _ = writeln!(s, "  {name:<10} {h:>6} {m:>8}   {b} -> {a}");
            }
        }
        if self.raw_mallocs != 0 || self.raw_frees != 0 {
            let _ = writeln!(
                s,
                "raw allocator: {} mallocs, {} frees (requests over the small-object threshold)",
                self.raw_mallocs, self.raw_frees
            );
        }
        let _ = writeln!(
            s,
            "arenas: {} allocated, {} released, {} in use",
            self.arenas_allocated, self.arenas_released, self.arenas_now
        );
        if self.collected != 0 {
            let _ = writeln!(
                s,
                "cycle collector: {} unreachable objects freed",
                self.collected
            );
        }
        s
    }
}

/// One object holding a reference to the inspected value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Referrer {
    /// The referrer's type name.
    pub type_name: String,
    /// Where in it the reference sits (`'a'` in the globals, `[3]`, ...).
    pub place: String,
}

/// The answer to `:refs NAME`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refs {
    pub type_name: String,
    /// `sys.getrefcount(value)` would return this (it counts the reference
    /// the call itself holds); None for an immortal object.
    pub refcount: Option<isize>,
    pub referrers: Vec<Referrer>,
}

impl Refs {
    pub fn render(&self, name: &str) -> String {
        let mut s = String::new();
        match self.refcount {
            Some(n) => {
                let _ = writeln!(
                    s,
                    "{name}: {} object, refcount {n} (as sys.getrefcount({name}) counts: one is the call's own)",
                    self.type_name
                );
            }
            None => {
                let _ = writeln!(
                    s,
                    "{name}: {} object, immortal (never freed)",
                    self.type_name
                );
            }
        }
        if self.referrers.is_empty() {
            s.push_str("no referrers among GC-tracked containers\n");
        } else {
            let _ = writeln!(s, "referrers ({}):", self.referrers.len());
            for r in &self.referrers {
                let _ = writeln!(s, "  {} {}", r.type_name, r.place);
            }
        }
        s
    }
}

/// Keys of `table` whose value is `target`, as text.
fn keys_holding(table: &DictTable, target: &Obj) -> Vec<String> {
    let mut keys = Vec::new();
    for e in table.iter() {
        if e.value.is(target) {
            keys.push(match try_str(e.key) {
                Some(k) => format!("{k:?}").replace('"', "'"),
                None => format!("<{} key>", e.key.type_body().name()),
            });
        }
        if e.key.is(target) {
            keys.push("(as a key)".into());
        }
    }
    keys
}

impl Interpreter {
    /// Every GC-tracked container, in generation order (new references).
    pub fn tracked_objects(&self) -> Vec<ObjRef> {
        let mut ptrs: Vec<*const Obj> = Vec::new();
        GC.with(|g| {
            let g = g.borrow();
            let Some(state) = g.as_ref() else { return };
            for gen in 0..NUM_GENERATIONS {
                let head = &*state.generations[gen].head as *const GcHead as *mut GcHead;
                // SAFETY: the generation list is circular through live
                // GcHeads (gc module invariant); we only read the links.
                let mut h = unsafe { (*head).next.get() };
                while h != head {
                    let o =
                        (h as *mut u8).wrapping_add(std::mem::size_of::<GcHead>()) as *const Obj;
                    ptrs.push(o);
                    // SAFETY: as above.
                    h = unsafe { (*h).next.get() };
                }
            }
        });
        ptrs.into_iter()
            // SAFETY: each pointer is a live tracked object (list invariant)
            // and nothing has run since the walk that could free it.
            .map(|o| unsafe { &*o }.to_ref())
            .collect()
    }

    /// Refcount and referrers of the value bound to `name` in the main
    /// module (or the built-ins); None if unbound.
    pub fn refs(&mut self, name: &str) -> Option<Refs> {
        let value = self.lookup_global(name)?;
        // `value` is one reference of ours, standing in for the argument
        // reference sys.getrefcount's call would hold.
        let rc = value.refcnt();
        let refcount = (rc < IMMORTAL_REFCNT / 2).then_some(rc);
        let globals = self.vm().main_globals.clone();
        let builtins = self.vm().builtins.clone();
        let mut referrers = Vec::new();
        for holder in self.tracked_objects() {
            let mut hits = 0usize;
            objects::traverse(&holder, &mut |c: &Obj| {
                if c.is(&value) {
                    hits += 1;
                }
            });
            if hits == 0 {
                continue;
            }
            let type_name = holder.type_body().name();
            let place = if let Some(d) = dict_body(&holder) {
                let keys = keys_holding(&d.table.borrow(), &value).join(", ");
                if holder.is(&globals) {
                    format!("(globals of __main__) at {keys}")
                } else if holder.is(&builtins) {
                    format!("(the built-ins) at {keys}")
                } else {
                    format!("at {keys}")
                }
            } else if holder.layout() == Layout::Instance || attr::instance_dict(&holder).is_some()
            {
                let keys: Vec<String> = if holder.layout() == Layout::Instance {
                    crate::objects::instance::own_items(&holder)
                        .into_iter()
                        .filter(|(_, v)| v.is(&value))
                        .map(|(k, _)| format!("{:?}", try_str(&k).unwrap_or("?")).replace('"', "'"))
                        .collect()
                } else {
                    let d = attr::instance_dict(&holder).expect("checked");
                    let t = d.borrow();
                    keys_holding(&t, &value)
                };
                let what = describe(&holder);
                if keys.is_empty() {
                    what
                } else {
                    format!("{what} attribute {}", keys.join(", "))
                }
            } else if matches!(holder.layout(), Layout::List | Layout::Tuple) {
                let items: Vec<ObjRef> = if holder.layout() == Layout::List {
                    holder
                        .payload::<ListBody>()
                        .map(|b| b.items.borrow().to_vec())
                        .unwrap_or_default()
                } else {
                    tuple::tuple_items(&holder).to_vec()
                };
                let ix: Vec<String> = items
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| o.is(&value))
                    .map(|(i, _)| format!("[{i}]"))
                    .collect();
                format!("of length {} at {}", items.len(), ix.join(", "))
            } else {
                describe(&holder)
            };
            referrers.push(Referrer { type_name, place });
        }
        Some(Refs {
            type_name: value.type_body().name(),
            refcount,
            referrers,
        })
    }

    /// `sys.getrefcount` of the value bound to `name` (see [`Self::refs`]).
    pub fn global_refcount(&mut self, name: &str) -> Option<isize> {
        self.lookup_global(name).map(|v| v.refcnt())
    }

    /// `id()` of the value bound to `name`: its address.
    pub fn global_id(&mut self, name: &str) -> Option<usize> {
        self.lookup_global(name).map(|v| v.id())
    }

    /// Every deterministic heap counter now (for before/after comparisons).
    pub fn mem_snapshot(&self) -> MemSnapshot {
        MemSnapshot {
            objects: stats::snapshot(),
            heap: self.heap_stats(),
            freelists: freelist_counts(),
            collected: collector::generation_stats()
                .iter()
                .map(|g| g.collected)
                .sum(),
        }
    }
}

/// What one interactive input did to the heap, in two parts: loading and
/// dropping its code object (the constants and names of the compiled input
/// are objects too: `a = a + 1` loads the int constant `1`), and running it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InputEffect {
    /// From the code object's loading to its release after the run.
    pub code: Vec<(&'static str, u64, u64)>,
    /// From the first instruction to the end of the run (including the
    /// traceback of an uncaught exception).
    pub run: MemDiff,
}

impl InputEffect {
    pub fn render(&self) -> String {
        let mut s = self.run.render();
        if !self.code.is_empty() {
            let parts: Vec<String> = self
                .code
                .iter()
                .map(|(n, a, f)| format!("{n} +{a}/-{f}"))
                .collect();
            let _ = writeln!(
                s,
                "(not counted above: the input's code object and constants, loaded before \
                 the run and freed after it: {})",
                parts.join(", ")
            );
        }
        s
    }
}

/// The result of [`Interpreter::run_interactive_measured`].
#[derive(Debug)]
pub struct InteractiveRun {
    pub outcome: crate::Outcome,
    /// A rendered SyntaxError or traceback (the caller prints it, so a
    /// terminal front end can colour it); None after SystemExit, whose
    /// message, if any, is already on stderr.
    pub error: Option<String>,
    pub effect: InputEffect,
}

impl Interpreter {
    /// [`Interpreter::run_interactive`], measuring what the input did to the
    /// heap while it ran apart from the loading of its code object, and
    /// returning an error's text instead of printing it.
    pub fn run_interactive_measured(&mut self, source: &str) -> InteractiveRun {
        use crate::eval::code_load::load_code;
        use crate::eval::dispatch::run_frame;
        use crate::eval::frame::Frame;
        use crate::objects::function::cell::new_cell;
        use crate::protocol::call::with_recursion_guard;
        let filename = "<stdin>";
        let s0 = self.mem_snapshot();
        let code = match self.compile(source, filename, arenapy_compiler::Mode::Interactive) {
            Ok(c) => c,
            Err(e) => {
                self.vm().flush();
                return InteractiveRun {
                    outcome: crate::Outcome::Exit(1),
                    error: Some(e.render(filename)),
                    effect: InputEffect::default(),
                };
            }
        };
        let vm = self.vm();
        // Like CPython's REPL, tracebacks show no source lines for <stdin>:
        // a function defined by an earlier input would otherwise be shown
        // with the lines of the latest one.
        vm.sources.remove(filename);
        let globals = vm.main_globals.clone();
        let loaded = load_code(&code);
        let s1 = self.mem_snapshot();
        // The same steps as `eval::code_load::run_module`, with the code object
        // kept apart so its release can be measured separately.
        let (result, code_obj) = match loaded {
            Ok(code_obj) => {
                let mut frame = Frame::for_namespace(
                    code_obj.clone(),
                    globals.clone(),
                    globals,
                    code.max_stack as usize,
                );
                let vm = self.vm();
                let r = (0..code.cellvars.len() + code.freevars.len())
                    .try_for_each(|_| {
                        frame.cells.push_checked(new_cell(None)?);
                        Ok(())
                    })
                    .and_then(|()| with_recursion_guard(vm, |vm| run_frame(vm, &mut frame)));
                drop(frame);
                (r.map(|_| ()), Some(code_obj))
            }
            Err(e) => (Err(e), None),
        };
        self.vm().flush();
        let (outcome, error) = match result {
            Ok(()) => (crate::Outcome::Ok, None),
            Err(e) => {
                let t = registry::types();
                if typeobject::is_subtype(e.0.ty(), &t.system_exit) {
                    (self.report_exception(e), None)
                } else {
                    let text = exceptions::format_exception(self.vm(), &e.0);
                    drop(e);
                    (crate::Outcome::Exit(1), Some(text))
                }
            }
        };
        self.vm().flush();
        let s2 = self.mem_snapshot();
        drop(code_obj);
        let s3 = self.mem_snapshot();
        let (load, unload) = (s0.diff(&s1), s2.diff(&s3));
        let mut code_counts = Vec::new();
        for l in Layout::ALL {
            let (a, f) = (load.objects_of(l.name()), unload.objects_of(l.name()));
            if a.0 + f.0 + a.1 + f.1 != 0 {
                code_counts.push((l.name(), a.0 + f.0, a.1 + f.1));
            }
        }
        InteractiveRun {
            outcome,
            error,
            effect: InputEffect {
                code: code_counts,
                run: s1.diff(&s2),
            },
        }
    }
}

/// A name for a referrer that needs no Python code to compute.
fn describe(o: &Obj) -> String {
    let name_of = |t: &crate::objects::dict::table::DictTable| {
        t.get_rust_str("__name__")
            .and_then(|n| try_str(&n).map(|s| format!("'{s}'")))
    };
    match o.layout() {
        Layout::Type => o
            .payload::<TypeBody>()
            .map(|b| format!("'{}'", b.name()))
            .unwrap_or_default(),
        Layout::Function => attr::instance_dict(o)
            .and_then(|d| name_of(&d.borrow()))
            .unwrap_or_default(),
        Layout::Cell => "(a closure variable)".into(),
        Layout::Instance => format!("(an instance of {})", o.ty().type_body().name()),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Config;

    #[test]
    fn refs_finds_the_globals_and_a_list() {
        let mut i = Interpreter::new(Config::default());
        i.run_source("x = [1]\ny = [x, x]\n", "<t>");
        let r = i.refs("x").expect("bound");
        assert_eq!(r.type_name, "list");
        // globals + two slots of y + ours.
        assert_eq!(r.refcount, Some(4));
        let places: Vec<String> = r
            .referrers
            .iter()
            .map(|r| format!("{} {}", r.type_name, r.place))
            .collect();
        assert!(
            places.contains(&"dict (globals of __main__) at 'x'".to_string()),
            "{places:?}"
        );
        assert!(
            places.contains(&"list of length 2 at [0], [1]".to_string()),
            "{places:?}"
        );
        assert!(i.refs("nope").is_none());
    }

    #[test]
    fn diff_of_an_int_rebinding() {
        let mut i = Interpreter::new(Config::default());
        i.run_source("a = 100\n", "<t>");
        let before = i.mem_snapshot();
        i.run_source("a = a + 1\n", "<t>");
        let d = before.diff(&i.mem_snapshot());
        assert!(d.objects_of("Int").0 >= 1, "{}", d.render());
    }
}
