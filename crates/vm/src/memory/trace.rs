//! The allocation trace: every heap event of a run, with the Python line
//! that caused it (`--trace-alloc`, the REPL's `:trace`, `--heap-map`).
//!
//! Two observation points feed it. The heap's hook (`Heap::set_hook`) sees
//! every block taken and returned, every pool and arena; the object layer
//! ([`note_object_alloc`], [`note_object_free`], called from
//! `memory::object`) says which of those blocks hold objects, of what type
//! and value, and sees the free-list hits and returns the heap never sees.
//! An event's line is read off the innermost running frame
//! (`eval::frame::with_running_frames`).
//!
//! Invariants:
//! - Nothing here allocates from the object heap or runs Python code: the
//!   hook is called with the heap borrowed, and the object notes happen
//!   inside allocation and deallocation. Reprs are built from object bodies
//!   directly ([`short_repr`]).
//! - An object is described only once it is initialised: the allocation
//!   event waits in `Tracer::awaiting` until the eval breaker's next safe
//!   point ([`flush`]) or until the object dies, whichever comes first.
//! - With tracing off the cost is one thread-local flag test per object
//!   allocation and free; the heap's hook is not installed.

use crate::eval::frame;
use crate::memory::heap;
use crate::memory::object::Obj;
use crate::objects::float::float_value;
use crate::objects::int::{int_repr, int_small, to_bigint};
use crate::objects::str::try_str;
use crate::objects::{bytes, list, tuple, Layout};
use arenapy_alloc::{AllocEvent, BlockPlace, Layer};
use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::io::Write;
use std::rc::Rc;

/// What happened to the heap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A block was taken from the heap (an object or a buffer).
    Alloc,
    /// A block went back to the heap.
    Free,
    /// A block changed size in place or moved.
    Realloc,
    /// An object's block came from its type's free list (no heap call).
    FreeListHit,
    /// A dead object's block was kept on its type's free list.
    FreeListPut,
    PoolUsed,
    PoolEmptied,
    ArenaAlloc,
    ArenaFree,
    CollectStart,
    CollectEnd,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Alloc => "alloc",
            Kind::Free => "free",
            Kind::Realloc => "realloc",
            Kind::FreeListHit => "freelist-hit",
            Kind::FreeListPut => "freelist-put",
            Kind::PoolUsed => "pool-used",
            Kind::PoolEmptied => "pool-emptied",
            Kind::ArenaAlloc => "arena-alloc",
            Kind::ArenaFree => "arena-free",
            Kind::CollectStart => "gc-start",
            Kind::CollectEnd => "gc-end",
        }
    }
}

/// Why an object died.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FreeReason {
    Refcount,
    Collector,
    Teardown,
}

impl FreeReason {
    pub fn describe(self) -> &'static str {
        match self {
            FreeReason::Refcount => "refcount reached zero",
            FreeReason::Collector => "cycle collector",
            FreeReason::Teardown => "teardown",
        }
    }
}

/// One heap event.
#[derive(Clone, Debug)]
pub struct Event {
    pub seq: u64,
    pub kind: Kind,
    /// Source file and line of the innermost running frame (none during
    /// start-up and teardown).
    pub file: Option<Rc<str>>,
    pub line: u32,
    pub addr: usize,
    /// Bytes asked for (for a realloc, the new size).
    pub size: usize,
    /// Bytes of the block that serves it (the size class's block size, or
    /// the raw size above the small-request threshold).
    pub block_size: usize,
    /// Arena, pool, size class and block of a small block.
    pub place: Option<BlockPlace>,
    /// The object's type, when the block holds an object.
    pub ty: Option<Rc<str>>,
    pub repr: Option<String>,
    pub reason: Option<FreeReason>,
    /// Realloc: the old address and size. Collections: generation and
    /// objects found.
    pub old_addr: usize,
    pub old_size: usize,
}

impl Event {
    fn new(kind: Kind) -> Event {
        Event {
            seq: 0,
            kind,
            file: None,
            line: 0,
            addr: 0,
            size: 0,
            block_size: 0,
            place: None,
            ty: None,
            repr: None,
            reason: None,
            old_addr: 0,
            old_size: 0,
        }
    }
}

/// Where trace lines go and which are kept.
pub struct Options {
    /// Written as events complete; `None` keeps events only in memory.
    pub out: Option<Box<dyn Write>>,
    pub jsonl: bool,
    /// Only objects of these types (by `__name__`).
    pub types: Option<Vec<String>>,
    /// Only events caused by these lines (inclusive).
    pub lines: Option<(u32, u32)>,
    /// Keep every event in memory (for the heap map), up to this many.
    pub keep: usize,
}

struct Tracer {
    opts: Options,
    seq: u64,
    /// Completed-in-order events not yet written.
    pending: Vec<Event>,
    /// (index into `pending`, object address) of allocations whose repr
    /// waits for the object to be initialised.
    awaiting: Vec<(usize, usize)>,
    /// Events kept for the heap map.
    kept: Vec<Event>,
    dropped: u64,
    /// Set while written output is suppressed (interpreter start-up).
    quiet: bool,
    types: HashSet<Rc<str>>,
    files: HashSet<Rc<str>>,
    /// The objects being freed (nested: a container's items die inside
    /// its dealloc): type and repr.
    free_notes: Vec<(Rc<str>, String)>,
}

thread_local! {
    /// Who observes: [`TRACING`] and/or [`TRACEMALLOC`].
    static ACTIVE: Cell<u8> = const { Cell::new(0) };
    static TRACER: RefCell<Option<Box<Tracer>>> = const { RefCell::new(None) };
    static REASON: Cell<FreeReason> = const { Cell::new(FreeReason::Refcount) };
    /// tracemalloc's observer, called by the same hook.
    static OTHER_HOOKS: Cell<Option<fn(&AllocEvent)>> = const { Cell::new(None) };
}

const TRACING: u8 = 1;
const TRACEMALLOC: u8 = 2;

/// Is anything observing objects (the trace or tracemalloc)? One
/// thread-local load: the allocation path's only cost when nothing is.
#[inline(always)]
pub fn active() -> bool {
    ACTIVE.with(|a| a.get()) != 0
}

fn tracing() -> bool {
    ACTIVE.with(|a| a.get()) & TRACING != 0
}

fn set_flag(flag: u8, on: bool) {
    ACTIVE.with(|a| a.set(if on { a.get() | flag } else { a.get() & !flag }));
    crate::memory::object::set_observed(active());
}

/// Starts tracing on this thread's heap (replacing any tracer).
pub fn start(opts: Options) {
    TRACER.with(|t| {
        *t.borrow_mut() = Some(Box::new(Tracer {
            opts,
            seq: 0,
            pending: Vec::new(),
            awaiting: Vec::new(),
            kept: Vec::new(),
            dropped: 0,
            quiet: false,
            types: HashSet::new(),
            files: HashSet::new(),
            free_notes: Vec::new(),
        }))
    });
    set_flag(TRACING, true);
    install_hook();
}

/// Stops tracing; returns the kept events and how many were dropped.
pub fn stop() -> (Vec<Event>, u64) {
    flush();
    set_flag(TRACING, false);
    install_hook();
    TRACER.with(|t| match t.borrow_mut().take() {
        Some(mut t) => {
            if let Some(out) = t.opts.out.as_mut() {
                let _ = out.flush();
            }
            (std::mem::take(&mut t.kept), t.dropped)
        }
        None => (Vec::new(), 0),
    })
}

/// Takes the events kept so far (and how many were dropped), and stops
/// keeping more; written output goes on.
pub fn take_kept() -> (Vec<Event>, u64) {
    flush();
    TRACER.with(|t| match t.borrow_mut().as_mut() {
        Some(t) => {
            t.opts.keep = 0;
            (std::mem::take(&mut t.kept), std::mem::take(&mut t.dropped))
        }
        None => (Vec::new(), 0),
    })
}

/// Calls `f` with the events kept so far and how many were dropped.
pub fn with_kept<R>(f: impl FnOnce(&[Event], u64) -> R) -> R {
    flush();
    TRACER.with(|t| match t.borrow().as_ref() {
        Some(t) => f(&t.kept, t.dropped),
        None => f(&[], 0),
    })
}

/// Suppresses written output (events are still kept) while `quiet`.
pub fn set_quiet(quiet: bool) {
    TRACER.with(|t| {
        if let Some(t) = t.borrow_mut().as_mut() {
            t.quiet = quiet;
        }
    });
}

/// Another heap observer (tracemalloc) that shares the heap's one hook.
pub fn set_other_hook(hook: Option<fn(&AllocEvent)>) {
    OTHER_HOOKS.with(|h| h.set(hook));
    set_flag(TRACEMALLOC, hook.is_some());
    install_hook();
}

fn install_hook() {
    let any = active();
    heap::with_heap(|h| h.set_hook(if any { Some(hook) } else { None }));
}

/// Marks the frees that follow as the collector's (or teardown's) doing.
pub fn set_free_reason(reason: FreeReason) -> FreeReason {
    REASON.with(|r| r.replace(reason))
}

fn hook(ev: &AllocEvent) {
    if let Some(other) = OTHER_HOOKS.with(|h| h.get()) {
        other(ev);
    }
    if !tracing() {
        return;
    }
    let mut e = match *ev {
        AllocEvent::Malloc {
            addr,
            size,
            layer,
            place,
        } => {
            let mut e = Event::new(Kind::Alloc);
            (e.addr, e.size, e.place) = (addr, size, place);
            e.block_size = block_size(size, layer, place);
            e
        }
        AllocEvent::Free {
            addr,
            size,
            layer,
            place,
        } => {
            let mut e = Event::new(Kind::Free);
            (e.addr, e.size, e.place) = (addr, size, place);
            e.block_size = block_size(size, layer, place);
            e
        }
        AllocEvent::Realloc {
            old_addr,
            new_addr,
            old_size,
            new_size,
            layer,
        } => {
            let mut e = Event::new(Kind::Realloc);
            (e.addr, e.size, e.old_addr, e.old_size) = (new_addr, new_size, old_addr, old_size);
            e.block_size = if layer == Layer::Raw { new_size } else { 0 };
            e
        }
        AllocEvent::PoolUsed { addr, place } | AllocEvent::PoolEmptied { addr, place } => {
            let kind = if matches!(ev, AllocEvent::PoolUsed { .. }) {
                Kind::PoolUsed
            } else {
                Kind::PoolEmptied
            };
            let mut e = Event::new(kind);
            (e.addr, e.place) = (addr, Some(place));
            e.block_size = heap_block_size(place.class);
            e
        }
        AllocEvent::ArenaAlloc { addr, size } | AllocEvent::ArenaFree { addr, size } => {
            let kind = if matches!(ev, AllocEvent::ArenaAlloc { .. }) {
                Kind::ArenaAlloc
            } else {
                Kind::ArenaFree
            };
            let mut e = Event::new(kind);
            (e.addr, e.size, e.block_size) = (addr, size, size);
            e
        }
    };
    if e.kind == Kind::Free {
        e.reason = Some(REASON.with(|r| r.get()));
    }
    push(e);
}

thread_local! {
    /// Block sizes per size class of the installed heap's geometry, read
    /// once: the hook runs with the heap borrowed and cannot ask it.
    static CLASS_SHIFT: Cell<u32> = const { Cell::new(3) };
}

fn heap_block_size(class: u32) -> usize {
    ((class as usize) + 1) << CLASS_SHIFT.with(|s| s.get())
}

fn block_size(size: usize, layer: Layer, place: Option<BlockPlace>) -> usize {
    match (layer, place) {
        (Layer::Object, Some(p)) => heap_block_size(p.class),
        _ => size,
    }
}

/// Reads the heap's geometry (call once a heap is installed).
pub fn note_geometry() {
    let shift = heap::with_heap(|h| h.geometry().alignment.trailing_zeros());
    CLASS_SHIFT.with(|s| s.set(shift));
}

fn push(mut e: Event) {
    let (file, line) = frame::current_line();
    e.file = file;
    e.line = line;
    TRACER.with(|t| {
        let mut t = t.borrow_mut();
        let Some(t) = t.as_mut() else { return };
        if let Some(f) = e.file.take() {
            e.file = Some(t.intern_file(f));
        }
        t.seq += 1;
        e.seq = t.seq;
        t.pending.push(e);
        if t.awaiting.is_empty() && t.free_notes.is_empty() && t.pending.len() >= 64 {
            t.write_pending();
        }
    });
}

/// An object was just allocated in `block`; when no heap allocation of
/// that block precedes it, it came from its type's free list. Its
/// description is completed at the next [`flush`].
#[cold]
#[inline(never)]
pub fn note_object_alloc(obj: &Obj, block: usize, size: usize) {
    if ACTIVE.with(|a| a.get()) & TRACEMALLOC != 0 {
        // A block reused from a free list now belongs to this traceback
        // (a fresh block was just traced with the same one).
        crate::memory::tracemalloc::retrace(block);
    }
    if !tracing() {
        return;
    }
    let from_freelist = TRACER.with(|t| {
        t.borrow().as_ref().is_some_and(|t| {
            !t.pending
                .iter()
                .rev()
                .take(4)
                .any(|e| e.kind == Kind::Alloc && e.addr == block && e.ty.is_none())
        })
    });
    if from_freelist {
        let place = heap::with_heap(|h| h.place_of(block));
        let mut e = Event::new(Kind::FreeListHit);
        (e.addr, e.size, e.place) = (block, size, place);
        e.block_size = place.map_or(size, |p| heap_block_size(p.class));
        push(e);
    }
    TRACER.with(|t| {
        let mut t = t.borrow_mut();
        let Some(t) = t.as_mut() else { return };
        let ty = t.intern_type(obj);
        let Some(i) = t
            .pending
            .iter()
            .rposition(|e| e.addr == block && matches!(e.kind, Kind::Alloc | Kind::FreeListHit))
        else {
            return;
        };
        t.pending[i].ty = Some(ty);
        t.awaiting.push((i, obj as *const Obj as usize));
    });
    crate::eval::breaker::set();
}

/// An object is about to die: describe it while its body is intact. The
/// event is written by [`object_freed`] once its block is gone.
#[cold]
#[inline(never)]
pub fn note_object_free(obj: &Obj) {
    if !tracing() {
        return;
    }
    let repr = short_repr(obj);
    let addr = obj as *const Obj as usize;
    TRACER.with(|t| {
        let mut t = t.borrow_mut();
        let Some(t) = t.as_mut() else { return };
        // An allocation still waiting for its repr gets this one.
        if let Some(k) = t.awaiting.iter().position(|&(_, a)| a == addr) {
            let (i, _) = t.awaiting.swap_remove(k);
            t.pending[i].repr = Some(repr.clone());
        }
        let ty = t.intern_type(obj);
        t.free_notes.push((ty, repr));
    });
}

/// The object noted by [`note_object_free`] is gone: its `size`-byte
/// block went back to the heap (whose Free event is then in `pending`) or,
/// when there is no such event, to its type's free list.
#[cold]
#[inline(never)]
pub fn object_freed(block: usize, size: usize) {
    let Some((ty, repr, to_freelist)) = TRACER.with(|t| {
        let mut t = t.borrow_mut();
        let t = t.as_mut()?;
        let (ty, repr) = t.free_notes.pop()?;
        let heap_free = t
            .pending
            .iter()
            .rev()
            .take(64)
            .any(|e| e.kind == Kind::Free && e.addr == block && e.ty.is_none());
        Some((ty, repr, !heap_free))
    }) else {
        return;
    };
    if to_freelist {
        let place = heap::with_heap(|h| h.place_of(block));
        let mut e = Event::new(Kind::FreeListPut);
        (e.addr, e.size, e.place) = (block, size, place);
        e.block_size = place.map_or(size, |p| heap_block_size(p.class));
        e.reason = Some(REASON.with(|r| r.get()));
        e.ty = Some(ty);
        e.repr = Some(repr);
        push(e);
        return;
    }
    TRACER.with(|t| {
        let mut t = t.borrow_mut();
        let Some(t) = t.as_mut() else { return };
        if let Some(e) = t
            .pending
            .iter_mut()
            .rev()
            .take(64)
            .find(|e| e.kind == Kind::Free && e.addr == block && e.ty.is_none())
        {
            e.ty = Some(ty);
            e.repr = Some(repr);
        }
    });
}

/// A collection of `gen` starts (`found` = None) or ended having found
/// `found` unreachable objects.
#[cold]
#[inline(never)]
pub fn note_collection(gen: usize, found: Option<usize>) {
    if !tracing() {
        return;
    }
    let mut e = Event::new(if found.is_some() {
        Kind::CollectEnd
    } else {
        Kind::CollectStart
    });
    e.old_addr = gen;
    e.old_size = found.unwrap_or(0);
    push(e);
}

/// A safe point (between instructions, or the end of a run): describes the
/// objects allocated since the last one, then writes what is complete.
pub fn flush() {
    TRACER.with(|t| {
        let mut t = t.borrow_mut();
        let Some(t) = t.as_mut() else { return };
        // An address stays in `awaiting` only while its object is alive
        // (`note_object_free` removes it before the body is dropped), and
        // at a safe point its initialisation has finished.
        for (i, addr) in std::mem::take(&mut t.awaiting) {
            // SAFETY: a live, initialised object (see above).
            let obj = unsafe { &*(addr as *const Obj) };
            t.pending[i].repr = Some(short_repr(obj));
        }
        t.write_pending();
    });
}

impl Tracer {
    fn intern_type(&mut self, obj: &Obj) -> Rc<str> {
        let name = obj.type_body().name.borrow();
        let name = try_str(&name).unwrap_or("?");
        if let Some(n) = self.types.get(name) {
            return n.clone();
        }
        let n: Rc<str> = Rc::from(name);
        self.types.insert(n.clone());
        n
    }

    fn intern_file(&mut self, f: Rc<str>) -> Rc<str> {
        if let Some(n) = self.files.get(&f) {
            return n.clone();
        }
        self.files.insert(f.clone());
        f
    }

    fn keeps(&self, e: &Event) -> bool {
        if let Some(types) = &self.opts.types {
            match &e.ty {
                Some(t) if types.iter().any(|x| **x == **t) => {}
                _ => return false,
            }
        }
        if let Some((lo, hi)) = self.opts.lines {
            if e.line < lo || e.line > hi {
                return false;
            }
        }
        true
    }

    fn write_pending(&mut self) {
        let events = std::mem::take(&mut self.pending);
        for e in events {
            if self.opts.keep > 0 {
                if self.kept.len() < self.opts.keep {
                    self.kept.push(e.clone());
                } else {
                    self.dropped += 1;
                }
            }
            if self.quiet || !self.keeps(&e) {
                continue;
            }
            let jsonl = self.opts.jsonl;
            if let Some(out) = self.opts.out.as_mut() {
                let line = if jsonl {
                    event_json(&e).to_string()
                } else {
                    event_text(&e)
                };
                let _ = writeln!(out, "{line}");
            }
        }
    }
}

/// Where an event happened, as `file:line` (the file's base name).
pub fn event_origin(e: &Event) -> String {
    match &e.file {
        Some(f) => {
            let base = f.rsplit('/').next().unwrap_or(f);
            format!("{base}:{}", e.line)
        }
        None => "-".to_string(),
    }
}

fn place_text(p: &BlockPlace) -> String {
    format!("arena {} pool {} block {}", p.arena, p.pool, p.block)
}

/// One human-readable trace line.
pub fn event_text(e: &Event) -> String {
    let what = match (&e.ty, &e.repr) {
        (Some(t), Some(r)) => format!("{t} {r}"),
        (Some(t), None) => t.to_string(),
        _ => "buffer".to_string(),
    };
    let block = match &e.place {
        Some(p) => format!(
            "{}-byte block (size class {}), {}",
            e.block_size,
            p.class,
            place_text(p)
        ),
        None => format!("{} raw bytes", e.block_size),
    };
    let body = match e.kind {
        Kind::Alloc => format!("alloc {what}: {} bytes in a {block}", e.size),
        Kind::FreeListHit => format!("alloc {what} from the free list: {block}"),
        Kind::Free => format!(
            "free {what} ({}): {block}",
            e.reason.unwrap_or(FreeReason::Refcount).describe()
        ),
        Kind::FreeListPut => format!(
            "free {what} ({}) to the free list: {block}",
            e.reason.unwrap_or(FreeReason::Refcount).describe()
        ),
        Kind::Realloc => format!(
            "realloc buffer {} -> {} bytes{}",
            e.old_size,
            e.size,
            if e.addr == e.old_addr {
                " in place"
            } else {
                " (moved)"
            }
        ),
        Kind::PoolUsed | Kind::PoolEmptied => {
            let p = e.place.unwrap_or_default();
            format!(
                "{} arena {} pool {} ({}-byte blocks, size class {})",
                if e.kind == Kind::PoolUsed {
                    "pool taken:"
                } else {
                    "pool emptied:"
                },
                p.arena,
                p.pool,
                e.block_size,
                p.class
            )
        }
        Kind::ArenaAlloc => format!("arena allocated: {} bytes at {:#x}", e.size, e.addr),
        Kind::ArenaFree => format!("arena released: {} bytes at {:#x}", e.size, e.addr),
        Kind::CollectStart => format!("gc: collecting generation {}", e.old_addr),
        Kind::CollectEnd => format!(
            "gc: generation {} done, {} unreachable",
            e.old_addr, e.old_size
        ),
    };
    let addr = if matches!(
        e.kind,
        Kind::Alloc | Kind::Free | Kind::FreeListHit | Kind::FreeListPut
    ) {
        format!(" @{:#x}", e.addr)
    } else {
        String::new()
    };
    format!("{}: {body}{addr}", event_origin(e))
}

/// One JSON line of `--trace-alloc=jsonl`.
pub fn event_json(e: &Event) -> serde_json::Value {
    let mut v = serde_json::json!({
        "seq": e.seq,
        "event": e.kind.name(),
        "file": e.file.as_deref(),
        "line": e.line,
        "addr": format!("{:#x}", e.addr),
        "size": e.size,
        "block_size": e.block_size,
    });
    if let Some(p) = &e.place {
        v["size_class"] = p.class.into();
        v["arena"] = p.arena.into();
        v["pool"] = p.pool.into();
        v["block"] = p.block.into();
    }
    if let Some(t) = &e.ty {
        v["type"] = t.to_string().into();
    }
    if let Some(r) = &e.repr {
        v["repr"] = r.clone().into();
    }
    if let Some(r) = e.reason {
        v["reason"] = r.describe().into();
    }
    match e.kind {
        Kind::Realloc => {
            v["old_addr"] = format!("{:#x}", e.old_addr).into();
            v["old_size"] = e.old_size.into();
        }
        Kind::CollectStart | Kind::CollectEnd => {
            v["generation"] = e.old_addr.into();
            if e.kind == Kind::CollectEnd {
                v["unreachable"] = e.old_size.into();
            }
        }
        _ => {}
    }
    v
}

const REPR_MAX: usize = 40;

/// A short repr built from the object's body alone: no Python code runs,
/// no object is allocated. Containers show their first items' short
/// forms; anything else its type.
pub fn short_repr(obj: &Obj) -> String {
    let mut s = describe(obj, 1);
    if s.chars().count() > REPR_MAX {
        s = s.chars().take(REPR_MAX - 3).collect::<String>() + "...";
    }
    s
}

fn describe(obj: &Obj, depth: u32) -> String {
    let t = crate::objects::registry::types();
    match obj.layout() {
        Layout::NoneType => "None".into(),
        Layout::Int if obj.ty().is(&t.bool) => {
            if obj.is(&t.true_) { "True" } else { "False" }.into()
        }
        Layout::Int => match int_small(obj) {
            Some(_) => int_repr(obj),
            None => match to_bigint(obj) {
                Some(b) if b.bits() <= 128 => b.to_string(),
                Some(b) => format!("<{}-bit int>", b.bits()),
                None => "<int>".into(),
            },
        },
        Layout::Float => arenapy_format::float_repr(float_value(obj).unwrap_or(0.0)),
        Layout::Str => {
            let s = try_str(obj).unwrap_or("");
            let head: String = s.chars().take(REPR_MAX).collect();
            arenapy_compiler::pyrepr::str_repr(&head)
        }
        Layout::Bytes => {
            let b = bytes::try_bytes(obj).unwrap_or(&[]);
            arenapy_compiler::pyrepr::bytes_repr(&b[..b.len().min(REPR_MAX)])
        }
        Layout::List if depth > 0 => match obj.payload::<list::ListBody>() {
            Some(l) => match l.items.try_borrow() {
                Ok(items) => seq_repr("[", "]", &items, depth),
                Err(_) => "[...]".into(),
            },
            None => "[...]".into(),
        },
        // A tuple's items are written after its block is taken; it is
        // tracked once they are (see `tuple`), so only then are they read.
        Layout::Tuple if depth > 0 && obj.gc_head().is_some_and(|h| !h.next.get().is_null()) => {
            let items = tuple::tuple_items(obj);
            if items.len() == 1 {
                format!("({},)", describe(&items[0], depth - 1))
            } else {
                seq_repr("(", ")", items, depth)
            }
        }
        Layout::Type => format!("<class '{}'>", obj.type_body().name()),
        _ => {
            let name = obj.type_body().name.borrow();
            match obj.layout() {
                Layout::List => "[...]".into(),
                Layout::Tuple => "(...)".into(),
                Layout::Dict => "{...}".into(),
                _ => format!("<{} object>", try_str(&name).unwrap_or("?")),
            }
        }
    }
}

fn seq_repr(
    open: &str,
    close: &str,
    items: &[crate::memory::object::ObjRef],
    depth: u32,
) -> String {
    let mut s = String::from(open);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        if s.len() > REPR_MAX {
            s.push_str("...");
            break;
        }
        s.push_str(&describe(it, depth - 1));
    }
    s.push_str(close);
    s
}
