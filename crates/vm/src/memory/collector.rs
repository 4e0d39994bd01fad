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
//! `gc_refs` live in the `prev` word of each object's GcHead for the
//! duration of one collection, as CPython keeps them in `_gc_prev`; the
//! reachability walk's stack is the collector's own (Rust's allocator).
//! Survivors that can no longer be part of a cycle are untracked: tuples
//! of atomic items at every collection, dicts of atomic entries at a full
//! one (CPython's `untrack_tuples`, `untrack_dicts`).

use crate::memory::finalize;
use crate::memory::freelist;
use crate::memory::gc::{self, GcState, GC, NUM_GENERATIONS};
use crate::memory::object::{GcHead, Obj, ObjRef};
use crate::memory::trace;
use crate::objects;
use crate::objects::dict::{self, dict_body};
use crate::objects::generator::GeneratorBody;
use crate::objects::tuple::try_tuple_items;
use crate::objects::typeobject::flags;
use crate::objects::Layout;
use crate::vm::Vm;
use std::cell::Cell;

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
pub const DEBUG_COLLECTABLE: u32 = 2;
pub const DEBUG_UNCOLLECTABLE: u32 = 4;
pub const DEBUG_SAVEALL: u32 = 32;

thread_local! {
    /// `gc.garbage`, where DEBUG_SAVEALL keeps the garbage instead of
    /// clearing it (set by the gc module, dropped at teardown).
    static GARBAGE: std::cell::RefCell<Option<ObjRef>> = const { std::cell::RefCell::new(None) };
}

thread_local! {
    /// Set by [`collect_keeping_garbage`]: the garbage of the next
    /// collection goes here, uncleared, so its cycles can be shown.
    static KEEP: std::cell::RefCell<Option<Vec<ObjRef>>> = const { std::cell::RefCell::new(None) };
}

/// A full collection whose garbage is handed back uncleared (the REPL's
/// `:gc` shows its reference cycles, then clears it with
/// [`clear_garbage`]).
pub fn collect_keeping_garbage(vm: &mut Vm) -> Vec<ObjRef> {
    KEEP.with(|k| *k.borrow_mut() = Some(Vec::new()));
    collect(vm, 2);
    KEEP.with(|k| k.borrow_mut().take()).unwrap_or_default()
}

/// Clears and releases garbage kept by [`collect_keeping_garbage`].
pub fn clear_garbage(garbage: Vec<ObjRef>) {
    let reason = trace::set_free_reason(trace::FreeReason::Collector);
    for o in &garbage {
        objects::clear(o);
    }
    drop(garbage);
    trace::set_free_reason(reason);
}

/// Registers the list `gc.garbage` (or forgets it, at teardown).
pub fn set_garbage_list(list: Option<ObjRef>) {
    let old = GARBAGE.with(|g| g.replace(list));
    drop(old);
}

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

/// `gc.freeze()`: every tracked object moves to the permanent generation,
/// which no collection examines.
pub fn freeze() {
    with_state(|state| {
        let perm = &*state.permanent.head as *const GcHead as *mut GcHead;
        for g in 0..NUM_GENERATIONS {
            // SAFETY: both are live sentinels of circular lists.
            unsafe { merge(head_ptr(state, g), perm) };
        }
        state.generations[0].count.set(0);
    });
}

/// `gc.unfreeze()`: the permanent generation joins the oldest one (also
/// done at teardown, so frozen garbage is still collected then).
pub fn unfreeze() {
    with_state(|state| {
        let perm = &*state.permanent.head as *const GcHead as *mut GcHead;
        // SAFETY: both are live sentinels of circular lists.
        unsafe { merge(perm, head_ptr(state, NUM_GENERATIONS - 1)) };
    });
}

/// `gc.get_freeze_count()`.
pub fn freeze_count() -> usize {
    with_state(|state| {
        let head = &*state.permanent.head as *const GcHead as *mut GcHead;
        // SAFETY: as in tracked_objects.
        unsafe { list_len(head) }
    })
    .unwrap_or(0)
}

/// # Safety
/// `head` is a live sentinel of a circular list of live GcHeads.
unsafe fn list_len(head: *mut GcHead) -> usize {
    let mut n = 0;
    // SAFETY: per the contract.
    unsafe {
        let mut h = (*head).next.get();
        while h != head {
            n += 1;
            h = (*h).next.get();
        }
    }
    n
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
    // Runs at every container allocation: one borrow of the state, and
    // the common answer ("below the threshold") before any other lookup.
    let Some((enabled, c0, t0)) = with_state(|s| {
        (
            s.enabled.get(),
            s.generations[0].count.get(),
            s.generations[0].threshold.get(),
        )
    }) else {
        return;
    };
    if c0 <= t0 {
        if enabled && t0 != 0 && STRESS.with(|s| s.get()) && !COLLECTING.with(|c| c.get()) {
            let _ = collect_generation(0);
        }
        return;
    }
    if !enabled || t0 == 0 || COLLECTING.with(|c| c.get()) {
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
    // Callbacks of the weak references the collection cleared run before
    // gc.collect() returns, as in CPython.
    if crate::memory::weakref::pending() {
        finalize::run_pending(vm);
    }
    if gen == 2 {
        freelist::clear();
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
    let mut found = GC.with(|g| {
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
            eprintln!("gc: objects in permanent generation: {}", freeze_count());
        }
        // SAFETY: the generation lists only ever hold live tracked objects
        // (gc module invariant), and no object is freed while we walk them:
        // freeing happens after this closure, through the references we take.
        unsafe { find_garbage(state, gen, true) }
    });
    // Weak references to the garbage are cleared before any finalizer runs
    // (CPython's handle_weakrefs): no `__del__` or callback can reach a
    // half-cleared object through one.
    crate::memory::weakref::clear_for_garbage(&found);
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
    // CPython finalizes every unfinished generator in the garbage by
    // closing it (`_PyGen_Finalize`); for one paused outside `try`/`with`
    // that only drops its frame, which needs no Python code, so it is done
    // here. What the dropped frames held may no longer be garbage, or may
    // be freed by refcounting: the garbage is found again among what is
    // left (CPython's handle_resurrected_objects), and only that counts.
    // Every one of them is closed (not just the first: `any` would stop
    // there, leaving the others' cycles to be counted).
    let closed = found.iter().filter(|o| close_quietly(o)).count();
    if closed > 0 {
        drop(found);
        found = GC.with(|g| {
            let g = g.borrow();
            let Some(state) = g.as_ref() else {
                return Vec::new();
            };
            // SAFETY: as above.
            unsafe { find_garbage(state, gen, false) }
        });
    }
    let n = found.len();
    let flags = debug_flags();
    if flags & DEBUG_COLLECTABLE != 0 {
        for o in &found {
            eprintln!("gc: collectable <{} {:#x}>", o.type_body().name(), o.id());
        }
    }
    // Clear the garbage: tp_clear on each, then let refcounting free them;
    // with DEBUG_SAVEALL it goes to gc.garbage instead, uncleared, and the
    // REPL's `:gc` takes it back (`collect_keeping_garbage`).
    let saved = flags & DEBUG_SAVEALL != 0
        && GARBAGE.with(|g| {
            let list = g.borrow();
            let items = list
                .as_ref()
                .and_then(|l| l.payload::<crate::objects::list::ListBody>());
            if let Some(l) = items {
                l.items.borrow_mut().extend(found.iter().cloned());
            }
            items.is_some()
        });
    let kept = !saved
        && KEEP.with(|k| {
            let mut k = k.borrow_mut();
            k.as_mut()
                .map(|v| v.extend(found.iter().cloned()))
                .is_some()
        });
    if !saved && !kept {
        clear_garbage(found);
    }
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

/// Merges the generations younger than `gen` into it and updates the
/// counts, as a collection of `gen` begins.
fn merge_younger(state: &GcState, gen: usize) {
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
}

/// Drops the frame of an unfinished generator found in the garbage (what
/// closing it does when it is not inside `try`/`with`); true if it had one.
fn close_quietly(o: &Obj) -> bool {
    let Some(g) = o.payload::<GeneratorBody>() else {
        return false;
    };
    if g.running.get() {
        return false;
    }
    let frame = g.frame.try_borrow_mut().ok().and_then(|mut f| f.take());
    let had = frame.is_some();
    drop(frame);
    if had {
        // CPython's `_PyFrame_Clear` lets go of the frame's object too
        // (`gi_frame`'s, which refers back to the generator here).
        let object = g
            .frame_object
            .try_borrow_mut()
            .ok()
            .and_then(|mut f| f.take());
        drop(object);
    }
    had
}

/// `gc_refs` share the `prev` word of the GcHead during a collection, as
/// CPython reuses `_gc_prev`: `(gc_refs << REFS_SHIFT) | flags`. A real
/// `prev` pointer is at least 8-aligned, so its low bits are zero: an
/// object whose word has [`IN_YOUNG`] set is in the generation being
/// collected. The links are rebuilt from `next` when the collection ends.
const IN_YOUNG: usize = 1;
/// Marked reachable from outside the generation (step 3).
const REACHABLE: usize = 2;
const REFS_SHIFT: u32 = 2;

#[inline(always)]
fn word(h: &GcHead) -> usize {
    h.prev.get() as usize
}

#[inline(always)]
fn set_word(h: &GcHead, w: usize) {
    h.prev.set(std::ptr::without_provenance_mut(w));
}

/// Can the survivor `obj` of a collection of `gen` no longer be part of a
/// cycle: a tuple whose items cannot be tracked, or (at a full collection)
/// a dict of atomic entries?
fn untrackable(obj: &Obj, gen: usize) -> bool {
    if obj.type_body().has_flag(flags::HEAPTYPE) {
        return false;
    }
    match obj.layout() {
        Layout::Tuple => {
            try_tuple_items(obj).is_some_and(|t| !t.iter().any(|i| gc::may_be_tracked(i)))
        }
        Layout::Dict if gen == NUM_GENERATIONS - 1 => {
            dict_body(obj).is_some_and(|d| d.table.try_borrow().is_ok_and(|t| dict::all_atomic(&t)))
        }
        _ => false,
    }
}

/// Steps 1–4; returns new references to the unreachable objects.
///
/// # Safety
/// `state`'s lists hold only live tracked objects.
unsafe fn find_garbage(state: &GcState, gen: usize, first_pass: bool) -> Vec<ObjRef> {
    let young = head_ptr(state, gen);
    if first_pass {
        merge_younger(state, gen);
    }
    // From here until step 4 relinks them, the young objects are walked
    // through `next` only: their `prev` words hold gc_refs and flags. Each
    // GcHead reached from `young` through `next` is a live tracked
    // object's (list invariant), and nothing runs that could free or
    // untrack one.
    // 1. gc_refs = refcount.
    // SAFETY: `young` is a live sentinel.
    let mut h = unsafe { (*young).next.get() };
    while h != young {
        // SAFETY: a young GcHead reached through `next` (see above).
        let obj = unsafe { &*obj_of(h) };
        // SAFETY: a young GcHead reached through `next` (see above).
        let hd = unsafe { &*h };
        set_word(hd, ((obj.refcnt() as usize) << REFS_SHIFT) | IN_YOUNG);
        h = hd.next.get();
    }
    // 2. Subtract the references the young objects hold to each other.
    // SAFETY: `young` is a live sentinel.
    let mut h = unsafe { (*young).next.get() };
    while h != young {
        // SAFETY: a young GcHead reached through `next` (see above).
        let obj = unsafe { &*obj_of(h) };
        objects::traverse(obj, &mut |child: &Obj| {
            if let Some(ch) = child.gc_head() {
                let w = word(ch);
                if w & IN_YOUNG != 0 {
                    set_word(ch, w.wrapping_sub(1 << REFS_SHIFT));
                }
            }
        });
        // SAFETY: a young GcHead reached through `next` (see above).
        h = unsafe { (*h).next.get() };
    }
    // 3. Objects still referenced from outside, and everything they reach
    //    within the generation, are reachable.
    let mut stack: Vec<*const Obj> = Vec::new();
    // SAFETY: `young` is a live sentinel.
    let mut h = unsafe { (*young).next.get() };
    while h != young {
        // SAFETY: a young GcHead reached through `next` (see above).
        let hd = unsafe { &*h };
        let w = word(hd);
        if w & REACHABLE == 0 && (w as isize >> REFS_SHIFT) > 0 {
            set_word(hd, w | REACHABLE);
            stack.push(obj_of(h));
            while let Some(o) = stack.pop() {
                // SAFETY: a young object pushed from a traversal above: live, not freed.
                let obj = unsafe { &*o };
                objects::traverse(obj, &mut |child: &Obj| {
                    if let Some(ch) = child.gc_head() {
                        let w = word(ch);
                        if w & IN_YOUNG != 0 && w & REACHABLE == 0 {
                            set_word(ch, w | REACHABLE);
                            stack.push(child as *const Obj);
                        }
                    }
                });
            }
        }
        h = hd.next.get();
    }
    // 4. Relink: survivors to the next older generation (or back into this
    //    one when it is the oldest), the rest back into this one, where
    //    clearing it will untrack each as it is freed.
    let older = if gen + 1 < NUM_GENERATIONS {
        head_ptr(state, gen + 1)
    } else {
        young
    };
    // SAFETY: `young` is a live sentinel.
    let mut h = unsafe { (*young).next.get() };
    // SAFETY: `young` is a live sentinel.
    unsafe {
        (*young).next.set(young);
        (*young).prev.set(young);
    }
    let mut garbage = Vec::new();
    let mut survivors: i64 = 0;
    while h != young {
        // SAFETY: a young GcHead reached through `next` (see above).
        let hd = unsafe { &*h };
        let next = hd.next.get();
        let reachable = word(hd) & REACHABLE != 0;
        let to = if reachable { older } else { young };
        // SAFETY: `to` is a live sentinel; append h at its tail.
        unsafe {
            let last = (*to).prev.get();
            (*last).next.set(h);
            hd.prev.set(last);
            hd.next.set(to);
            (*to).prev.set(h);
        }
        // SAFETY: a young GcHead reached through `next` (see above).
        let obj = unsafe { &*obj_of(h) };
        if reachable {
            survivors += 1;
            // A container that can no longer be in a cycle leaves the lists
            // (CPython's untrack_tuples at every collection, untrack_dicts
            // at a full one). Done as each survivor is relinked, in list
            // order, as CPython's passes over the survivors do; unlinking
            // it from `older` does not disturb the walk, which holds `next`.
            if untrackable(obj, gen) {
                gc::untrack(obj);
            }
        } else {
            garbage.push(obj.to_ref());
        }
        h = next;
    }
    if !first_pass {
        return garbage;
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
