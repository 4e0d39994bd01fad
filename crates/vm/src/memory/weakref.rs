//! Weak references: which objects are weakly referred to, and by whom
//! (CPython's per-object `tp_weaklist`, kept here in one table so no
//! object's layout grows by a word it rarely uses).
//!
//! A weak reference is a `weakref.ref` object (`objects::weakref`: the
//! native type, or a subclass), registered here with its referent when it
//! is made. The table holds no references: the referent's
//! entry lists the addresses of the ref objects, and each ref object's
//! entry names its referent. Each side's dealloc removes it from the table
//! ([`on_dealloc`], from the dealloc dispatch), so every address in the
//! table is a live object's:
//!
//! - a referent that dies clears its weak references (they return None
//!   from then on) and queues the callback of each (`ref.__callback__`,
//!   kept in the ref object where the collector sees it) to run at the next
//!   instruction, as `__del__` is (a decref cannot run Python code);
//! - the cycle collector clears the weak references to the garbage it found
//!   before running any finalizer or clearing anything, and queues the
//!   callbacks of only those weak references that are not garbage
//!   themselves (CPython's `handle_weakrefs`).

use crate::eval::breaker;
use crate::eval::exceptions;
use crate::memory::object::{Obj, ObjRef};
use crate::objects::typeobject::flags;
use crate::objects::Layout;
use crate::protocol::{attr, call, repr};
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};

#[derive(Default)]
struct Table {
    /// referent address → its weak references, oldest first.
    referents: HashMap<usize, Vec<*const Obj>>,
    /// weak reference address → its referent.
    refs: HashMap<usize, *const Obj>,
}

thread_local! {
    static TABLE: RefCell<Table> = RefCell::new(Table::default());
    /// Does the table hold anything, and which addresses may be in it?
    /// One thread-local access on the dealloc path (see [`Filter`]).
    static FILTER: Filter = const { Filter::new() };
    /// (callback, weak reference) pairs waiting for the next instruction.
    static CALLBACKS: RefCell<Vec<(ObjRef, ObjRef)>> = const { RefCell::new(Vec::new()) };
    static HAS_CALLBACKS: Cell<bool> = const { Cell::new(false) };
}

/// A bitmap over addresses (bit `(addr >> 4) & 0xffff`), set for every
/// object entered in the table and cleared with it once it is empty: a
/// dying object whose bit is clear is in no entry, so its dealloc skips
/// the table (CPython reads the object's own `tp_weaklist` word for the
/// same purpose). Every class statement enters the class (its entry in
/// its bases' `__subclasses__`), so without it every dealloc would look
/// the table up.
struct Filter {
    live: Cell<bool>,
    bits: [Cell<u64>; 1024],
}

impl Filter {
    const fn new() -> Filter {
        Filter {
            live: Cell::new(false),
            bits: [const { Cell::new(0) }; 1024],
        }
    }

    #[inline(always)]
    fn slot(addr: usize) -> (usize, u64) {
        let h = (addr >> 4) & 0xffff;
        (h >> 6, 1 << (h & 63))
    }

    fn set(&self, addr: usize) {
        let (i, b) = Filter::slot(addr);
        self.bits[i].set(self.bits[i].get() | b);
    }

    #[inline(always)]
    fn may_hold(&self, addr: usize) -> bool {
        let (i, b) = Filter::slot(addr);
        self.live.get() && self.bits[i].get() & b != 0
    }

    fn clear(&self) {
        self.live.set(false);
        for w in &self.bits {
            w.set(0);
        }
    }
}

fn live() -> bool {
    FILTER.with(|f| f.live.get())
}

/// Can `obj` be weakly referred to? As CPython: instances of classes,
/// functions (also built-in ones), bound methods, classes, sets, generators,
/// code objects and modules; instances of a class statement's subclass of
/// list, dict, an exception, float or str (CPython gives those a
/// `__weakref__` slot); not int, str, tuple, list, dict and the like.
pub fn supports(obj: &Obj) -> bool {
    let heap = obj.type_body().has_flag(flags::HEAPTYPE);
    match obj.layout() {
        // A `__slots__` class without "__weakref__" has no weak-list word.
        Layout::Instance => obj.type_body().shape.weaklist,
        // A subclass of weakref.ref naming `__weakref__` (WeakMethod).
        Layout::WeakRef | Layout::Namespace => heap && obj.type_body().shape.weaklist,
        Layout::Function
        | Layout::BuiltinFunction
        | Layout::Method
        | Layout::Type
        | Layout::Set
        | Layout::Generator
        | Layout::Code
        | Layout::Module => true,
        Layout::Exception => crate::objects::exception_members::has_weak_word(obj.ty()),
        // Subclasses of these carry a weak-list word unless `__slots__`
        // left it out (`objects::subtype_dict`).
        Layout::List
        | Layout::Dict
        | Layout::Float
        | Layout::Str
        | Layout::Complex
        | Layout::ByteArray => heap && obj.type_body().shape.weaklist,
        _ => false,
    }
}

/// Records that `wr` (a `weakref.ref` instance) refers to `referent`.
pub fn register(wr: &Obj, referent: &Obj) {
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let (w, r) = (wr as *const Obj, referent as *const Obj);
        t.refs.insert(w as usize, r);
        t.referents.entry(r as usize).or_default().push(w);
    });
    FILTER.with(|f| {
        f.live.set(true);
        f.set(wr.id());
        f.set(referent.id());
    });
}

/// The referent of `wr`, while it lives.
pub fn referent(wr: &Obj) -> Option<ObjRef> {
    if !live() {
        return None;
    }
    TABLE.with(|t| {
        t.borrow().refs.get(&wr.id()).map(|&r| {
            // SAFETY: addresses in the table are live objects' (a dying
            // referent removes itself in on_dealloc).
            unsafe { &*r }.to_ref()
        })
    })
}

/// The weak references to `obj`, oldest first.
pub fn refs_to(obj: &Obj) -> Vec<ObjRef> {
    if !live() {
        return Vec::new();
    }
    TABLE.with(|t| {
        t.borrow()
            .referents
            .get(&obj.id())
            .map(|v| {
                v.iter()
                    // SAFETY: as in `referent`.
                    .map(|&w| unsafe { &*w }.to_ref())
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// Called by dealloc for every dying object that could be in the table.
#[inline]
pub fn on_dealloc(obj: &Obj) {
    if FILTER.with(|f| f.may_hold(obj.id())) {
        forget(obj, None);
    }
}

/// Removes `obj` from the table: as a weak reference, and as a referent,
/// whose weak references are cleared and their callbacks queued (unless
/// the weak reference is in `garbage`).
#[cold]
fn forget(obj: &Obj, garbage: Option<&HashSet<usize>>) {
    let addr = obj.id();
    let cleared = TABLE.with(|t| {
        let mut t = t.borrow_mut();
        if let Some(r) = t.refs.remove(&addr) {
            if let Some(list) = t.referents.get_mut(&(r as usize)) {
                list.retain(|&w| w as usize != addr);
                if list.is_empty() {
                    t.referents.remove(&(r as usize));
                }
            }
        }
        let cleared = t.referents.remove(&addr).unwrap_or_default();
        for w in &cleared {
            t.refs.remove(&(*w as usize));
        }
        if t.refs.is_empty() {
            FILTER.with(Filter::clear);
        }
        cleared
    });
    // Newest first, as CPython calls them.
    for &w in cleared.iter().rev() {
        if garbage.is_some_and(|g| g.contains(&(w as usize))) {
            continue;
        }
        // SAFETY: the weak reference was in the table, so it is alive.
        let w = unsafe { &*w };
        let callback = if w.layout() == Layout::WeakRef {
            crate::objects::weakref::callback_of(w)
        } else if w.layout() == Layout::Instance {
            crate::objects::instance::get_own_str(w, "__callback__")
        } else {
            attr::instance_dict(w).and_then(|d| d.try_borrow().ok()?.get_rust_str("__callback__"))
        };
        if let Some(cb) = callback.filter(|c| !crate::objects::singletons::is_none(c)) {
            CALLBACKS.with(|c| c.borrow_mut().push((cb, w.to_ref())));
            HAS_CALLBACKS.with(|h| h.set(true));
            breaker::set();
        }
    }
}

/// The collector's `handle_weakrefs`: clears the weak references to every
/// object of `garbage`, queueing the callbacks of those that are not
/// garbage themselves.
pub fn clear_for_garbage(garbage: &[ObjRef]) {
    if !live() {
        return;
    }
    // Only the garbage the filter may know is looked up; the set of all
    // garbage is made only when one of it is weakly referred to.
    let known: Vec<&ObjRef> = garbage
        .iter()
        .filter(|o| FILTER.with(|f| f.may_hold(o.id())))
        .filter(|o| TABLE.with(|t| t.borrow().referents.contains_key(&o.id())))
        .collect();
    if known.is_empty() {
        return;
    }
    let set: HashSet<usize> = garbage.iter().map(|o| o.id()).collect();
    for o in known {
        forget(o, Some(&set));
    }
}

/// Are callbacks waiting?
#[inline(always)]
pub fn pending() -> bool {
    HAS_CALLBACKS.with(|h| h.get())
}

/// Runs the queued callbacks; an exception is reported as CPython reports
/// one from a weakref callback ("Exception ignored in: <function ...>").
pub fn run_callbacks(vm: &mut Vm) {
    loop {
        let batch: Vec<(ObjRef, ObjRef)> = CALLBACKS.with(|c| std::mem::take(&mut *c.borrow_mut()));
        HAS_CALLBACKS.with(|h| h.set(false));
        if batch.is_empty() {
            return;
        }
        for (cb, wr) in batch {
            let saved = vm.handled_exc.take();
            let r = call::call(vm, &cb, std::slice::from_ref(&wr), None);
            vm.handled_exc = saved;
            if let Err(e) = r {
                vm.flush();
                let what = repr::repr_string(vm, &cb).unwrap_or_default();
                let text = exceptions::format_exception(vm, &e.0);
                eprint!("Exception ignored in: {what}\n{text}");
            }
        }
    }
}

/// Forgets every entry (teardown: no object is left to clear).
pub fn reset() {
    TABLE.with(|t| *t.borrow_mut() = Table::default());
    FILTER.with(Filter::clear);
}

/// Drops queued callbacks without running them (teardown).
pub fn discard_pending() {
    let batch = CALLBACKS.with(|c| std::mem::take(&mut *c.borrow_mut()));
    HAS_CALLBACKS.with(|h| h.set(false));
    drop(batch);
}
