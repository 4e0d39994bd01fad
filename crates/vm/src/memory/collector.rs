//! The cycle collector: CPython's algorithm (Python/gc.c) over the generation
//! lists kept by [`crate::memory::gc`].
//!
//! A collection of generation N merges the younger generations into it, then:
//! 1. copies each object's refcount into `gc_refs`;
//! 2. subtracts the references found by traversing every object in the
//!    generation, so `gc_refs` counts only references from *outside* it;
//! 3. treats objects with `gc_refs > 0` as roots and marks everything they
//!    reach (within the generation) as reachable;
//! 4. moves the reachable survivors to the next older generation;
//! 5. clears the rest — the cyclic garbage — with each type's `tp_clear`,
//!    holding a reference to each so none is freed mid-clear; dropping those
//!    references frees them through ordinary refcounting.
//!
//! `gc_refs` live in a scratch map for the duration of one collection (in
//! Rust's allocator: collector bookkeeping, not script objects).

use crate::memory::finalize;
use crate::memory::freelist;
use crate::memory::gc::{GcState, GC, NUM_GENERATIONS};
use crate::memory::object::{GcHead, Obj, ObjRef};
use crate::memory::trace;
use crate::objects;
use crate::vm::Vm;
use std::cell::Cell;
use std::collections::HashMap;

/// Per-generation statistics (`gc.get_stats()`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GenStats {
    pub collections: u64,
    pub collected: u64,
}

thread_local! {
    static STATS: Cell<[GenStats; NUM_GENERATIONS]> = const { Cell::new([GenStats { collections: 0, collected: 0 }; NUM_GENERATIONS]) };
    static COLLECTING: Cell<bool> = const { Cell::new(false) };
    /// Stress mode: collect generation 0 at every container allocation.
    static STRESS: Cell<bool> = const { Cell::new(false) };
    /// `gc.set_debug` flags.
    static DEBUG: Cell<u32> = const { Cell::new(0) };
    /// Objects that survived a full collection (CPython's long_lived_total)
    /// and those promoted into generation 2 since (long_lived_pending).
    static LONG_LIVED: Cell<(i64, i64)> = const { Cell::new((0, 0)) };
}

pub fn generation_stats() -> [GenStats; NUM_GENERATIONS] {
    STATS.with(|s| s.get())
}

fn with_state<R>(f: impl FnOnce(&GcState) -> R) -> Option<R> {
    GC.with(|g| g.borrow().as_ref().map(f))
}

pub fn set_enabled(on: bool) {
    with_state(|s| s.enabled.set(on));
}

pub fn is_enabled() -> bool {
    with_state(|s| s.enabled.get()).unwrap_or(false)
}

pub fn counts() -> [i64; 3] {
    with_state(|s| [0, 1, 2].map(|i| s.generations[i].count.get())).unwrap_or([0; 3])
}

pub fn thresholds() -> [i64; 3] {
    with_state(|s| [0, 1, 2].map(|i| s.generations[i].threshold.get())).unwrap_or([0; 3])
}

pub fn set_thresholds(t: [i64; 3]) {
    with_state(|s| {
        for (i, v) in t.iter().enumerate() {
            s.generations[i].threshold.set(*v);
        }
    });
}

fn head_ptr(state: &GcState, gen: usize) -> *mut GcHead {
    &*state.generations[gen].head as *const GcHead as *mut GcHead
}

/// The object whose GcHead is `h`.
fn obj_of(h: *mut GcHead) -> *const Obj {
    (h as *mut u8).wrapping_add(std::mem::size_of::<GcHead>()) as *const Obj
}

/// Appends every object of list `from` to list `to`, leaving `from` empty.
///
/// # Safety
/// Both are live sentinels of circular lists of live GcHeads.
unsafe fn merge(from: *mut GcHead, to: *mut GcHead) {
    // SAFETY: per the contract every pointer followed is a live GcHead.
    unsafe {
        let first = (*from).next.get();
        if first == from {
            return;
        }
        let last = (*from).prev.get();
        let to_last = (*to).prev.get();
        (*to_last).next.set(first);
        (*first).prev.set(to_last);
        (*last).next.set(to);
        (*to).prev.set(last);
        (*from).next.set(from);
        (*from).prev.set(from);
    }
}

pub const DEBUG_STATS: u32 = 1;

/// Turns stress mode on or off (`--gc-stress`, `ARENAPY_GC_STRESS=1`).
pub fn set_stress(on: bool) {
    STRESS.with(|s| s.set(on));
}

pub fn set_debug(flags: u32) {
    DEBUG.with(|d| d.set(flags));
}

pub fn debug_flags() -> u32 {
    DEBUG.with(|d| d.get())
}

/// New references to every tracked object, in generation order (for
/// `gc.get_objects`, `gc.get_referrers` and the REPL's `:refs`). `gen`
/// selects one generation.
pub fn tracked_objects(gen: Option<usize>) -> Vec<ObjRef> {
    let mut out = Vec::new();
    with_state(|state| {
        for g in 0..NUM_GENERATIONS {
            if gen.is_some_and(|x| x != g) {
                continue;
            }
            let head = head_ptr(state, g);
            // SAFETY: walking a circular list of live GcHeads (gc invariant);
            // taking references does not unlink anything.
            unsafe {
                let mut h = (*head).next.get();
                while h != head {
                    out.push((*obj_of(h)).to_ref());
                    h = (*h).next.get();
                }
            }
        }
    });
    out
}

fn generation_sizes(state: &GcState) -> [usize; NUM_GENERATIONS] {
    [0, 1, 2].map(|g| {
        let head = head_ptr(state, g);
        let mut n = 0;
        // SAFETY: as in tracked_objects.
        unsafe {
            let mut h = (*head).next.get();
            while h != head {
                n += 1;
                h = (*h).next.get();
            }
        }
        n
    })
}

/// Called when a container is allocated: runs a collection when generation
/// 0's count passes its threshold (CPython's `_PyObject_GC_Alloc` check).
pub fn maybe_collect() {
    let Some((enabled, c0, t0)) = with_state(|s| {
        (
            s.enabled.get(),
            s.generations[0].count.get(),
            s.generations[0].threshold.get(),
        )
    }) else {
        return;
    };
    if !enabled || t0 == 0 || COLLECTING.with(|c| c.get()) {
        return;
    }
    if c0 <= t0 {
        if STRESS.with(|s| s.get()) {
            let _ = collect_generation(0);
        }
        return;
    }
    // The oldest generation whose count exceeds its threshold (generation 2
    // also waits for enough long-lived objects to be pending).
    let counts = counts();
    let th = thresholds();
    let mut gen = 0;
    for g in (0..NUM_GENERATIONS).rev() {
        if counts[g] > th[g] {
            if g == 2 {
                let (total, pending) = LONG_LIVED.with(|l| l.get());
                if pending < total / 4 {
                    continue;
                }
            }
            gen = g;
            break;
        }
    }
    let _ = collect_generation(gen);
}

/// Returned by `collect_generation` when it queued finalizers instead of
/// clearing.
const FINALIZERS_QUEUED: usize = usize::MAX;

/// `gc.collect(generation)`: returns the number of unreachable objects found.
pub fn collect(vm: &mut Vm, gen: usize) -> usize {
    let mut n = collect_generation(gen);
    if n == FINALIZERS_QUEUED {
        finalize::run_pending(vm);
        n = collect_generation(gen);
        if n == FINALIZERS_QUEUED {
            n = 0;
        }
    }
    if gen == 2 {
        freelist::FREELISTS.with(|f| {
            if let Some(f) = f.borrow_mut().as_mut() {
                f.clear();
            }
        });
    }
    n
}

/// Runs one collection of `gen` (and the younger generations).
fn collect_generation(gen: usize) -> usize {
    if COLLECTING.with(|c| c.replace(true)) {
        return 0;
    }
    let debug = debug_flags() & DEBUG_STATS != 0;
    let started = debug.then(std::time::Instant::now);
    if trace::active() {
        trace::note_collection(gen, None);
    }
    let found = GC.with(|g| {
        let g = g.borrow();
        let Some(state) = g.as_ref() else {
            return Vec::new();
        };
        if debug {
            let sizes = generation_sizes(state);
            eprintln!("gc: collecting generation {gen}...");
            eprintln!(
                "gc: objects in each generation: {} {} {}",
                sizes[0], sizes[1], sizes[2]
            );
            eprintln!("gc: objects in permanent generation: 0");
        }
        // SAFETY: the generation lists only ever hold live tracked objects
        // (gc module invariant), and no object is freed while we walk them:
        // freeing happens after this closure, through the references we take.
        unsafe { find_garbage(state, gen) }
    });
    // PEP 442: garbage with a pending `__del__` is not cleared now; the
    // finalizers run first (from the dispatch loop, or at once for an
    // explicit gc.collect()) and a later collection frees what they did not
    // resurrect.
    if found.iter().any(|o| finalize::wants_finalizer(o)) {
        for o in found.iter().filter(|o| finalize::wants_finalizer(o)) {
            finalize::queue(o.clone());
        }
        drop(found);
        COLLECTING.with(|c| c.set(false));
        return FINALIZERS_QUEUED;
    }
    let n = found.len();
    // Clear the garbage: tp_clear on each, then let refcounting free them.
    let reason = trace::set_free_reason(trace::FreeReason::Collector);
    for o in &found {
        objects::clear(o);
    }
    drop(found);
    trace::set_free_reason(reason);
    if trace::active() {
        trace::note_collection(gen, Some(n));
    }
    STATS.with(|s| {
        let mut st = s.get();
        st[gen].collections += 1;
        st[gen].collected += n as u64;
        s.set(st);
    });
    COLLECTING.with(|c| c.set(false));
    if let Some(t) = started {
        eprintln!(
            "gc: done, {n} unreachable, 0 uncollectable, {:.4}s elapsed",
            t.elapsed().as_secs_f64()
        );
    }
    n
}

/// Steps 1–4; returns new references to the unreachable objects.
///
/// # Safety
/// `state`'s lists hold only live tracked objects.
unsafe fn find_garbage(state: &GcState, gen: usize) -> Vec<ObjRef> {
    let young = head_ptr(state, gen);
    for g in 0..gen {
        // SAFETY: both are live sentinels.
        unsafe { merge(head_ptr(state, g), young) };
        state.generations[g].count.set(0);
    }
    state.generations[gen].count.set(0);
    if gen + 1 < NUM_GENERATIONS {
        let c = &state.generations[gen + 1].count;
        c.set(c.get() + 1);
    }
    // 1. gc_refs = refcount.
    let mut gc_refs: HashMap<usize, isize> = HashMap::new();
    let mut order: Vec<*const Obj> = Vec::new();
    // SAFETY: walking a circular list of live GcHeads.
    let mut h = unsafe { (*young).next.get() };
    while h != young {
        let o = obj_of(h);
        // SAFETY: o is a live object (list invariant).
        let obj = unsafe { &*o };
        gc_refs.insert(o as usize, obj.refcnt());
        order.push(o);
        // SAFETY: as above.
        h = unsafe { (*h).next.get() };
    }
    // 2. Subtract internal references.
    for &o in &order {
        // SAFETY: live object.
        let obj = unsafe { &*o };
        objects::traverse(obj, &mut |child: &Obj| {
            if let Some(r) = gc_refs.get_mut(&(child as *const Obj as usize)) {
                *r -= 1;
            }
        });
    }
    // 3. Roots and everything they reach are reachable.
    let mut reachable: HashMap<usize, ()> = HashMap::new();
    let mut stack: Vec<*const Obj> = order
        .iter()
        .copied()
        .filter(|o| gc_refs[&(*o as usize)] > 0)
        .collect();
    while let Some(o) = stack.pop() {
        if reachable.insert(o as usize, ()).is_some() {
            continue;
        }
        // SAFETY: live object.
        let obj = unsafe { &*o };
        objects::traverse(obj, &mut |child: &Obj| {
            let c = child as *const Obj as usize;
            if gc_refs.contains_key(&c) && !reachable.contains_key(&c) {
                stack.push(child as *const Obj);
            }
        });
    }
    // 4. Survivors move up a generation; the rest is garbage.
    let older = if gen + 1 < NUM_GENERATIONS {
        Some(head_ptr(state, gen + 1))
    } else {
        None
    };
    let mut garbage = Vec::new();
    let mut survivors = 0i64;
    for &o in &order {
        // SAFETY: live object.
        let obj = unsafe { &*o };
        if reachable.contains_key(&(o as usize)) {
            survivors += 1;
            if let Some(older) = older {
                let h = obj.gc_head().expect("tracked") as *const GcHead as *mut GcHead;
                // SAFETY: unlink h from the young list and append it to the
                // older one; all pointers are live GcHeads.
                unsafe {
                    let (p, n) = ((*h).prev.get(), (*h).next.get());
                    (*p).next.set(n);
                    (*n).prev.set(p);
                    let last = (*older).prev.get();
                    (*last).next.set(h);
                    (*h).prev.set(last);
                    (*h).next.set(older);
                    (*older).prev.set(h);
                }
            }
        } else {
            garbage.push(obj.to_ref());
        }
    }
    LONG_LIVED.with(|l| {
        let (total, pending) = l.get();
        l.set(if gen == 2 {
            (survivors, 0)
        } else if gen == 1 {
            (total, pending + survivors)
        } else {
            (total, pending)
        });
    });
    garbage
}
