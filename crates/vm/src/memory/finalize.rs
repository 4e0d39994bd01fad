//! `__del__`: finalizers of class instances, run once per object (PEP 442).
//!
//! When an instance whose class defines `__del__` dies — its refcount reaches
//! zero, or the cycle collector finds it unreachable — it is not freed at
//! once: it is resurrected with one reference and queued here, because the
//! place where it died (a decref deep inside some operation) cannot run
//! Python code. The dispatch loop drains the queue before its next
//! instruction, so `del x; print("after")` prints `__del__`'s output first,
//! as CPython does. After `__del__` returns, the queued reference is dropped;
//! unless the finalizer stored `self` somewhere, the object is then freed
//! (it is marked finalized, so `__del__` never runs twice).
//!
//! A generator suspended inside `try` or `with` is finalized the same way:
//! its finalizer is `close()`, so the `finally` blocks run when it dies
//! (CPython's `_PyGen_Finalize`). Afterwards its frame is dropped, so it is
//! never queued twice.

use crate::eval::breaker;
use crate::eval::exceptions;
use crate::memory::object::{Obj, ObjRef};
use crate::objects::generator::GeneratorBody;
use crate::objects::instance::InstanceBody;
use crate::objects::typeobject::flags;
use crate::objects::{typeobject, Layout};
use crate::protocol::{call, repr};
use crate::vm::Vm;
use std::cell::{Cell, RefCell};

thread_local! {
    static PENDING: RefCell<Vec<ObjRef>> = const { RefCell::new(Vec::new()) };
    static HAS_PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Does `obj` have a `__del__` that has not run yet (or is it a generator
/// that must be closed)?
#[inline]
pub fn wants_finalizer(obj: &Obj) -> bool {
    match obj.layout() {
        Layout::Instance => {
            obj.type_body().has_flag(flags::HAS_FINALIZER)
                && !crate::objects::instance::is_finalized(obj)
        }
        Layout::Generator => generator_needs_close(obj),
        // Subclasses of int, float, str and bytes (heap types over a
        // built-in body) can define `__del__` too.
        l if l.heap_subtype_gc() => obj.type_body().has_flag(flags::HAS_FINALIZER) && !marked(obj),
        _ => false,
    }
}

thread_local! {
    /// Finalized objects with no word of their own for the mark (CPython
    /// keeps it in the GC head's bits): instances whose class has no
    /// weak-list word, and instances of subclasses of int, float, str and
    /// bytes. An address leaves the set when its object dies.
    static MARKED: RefCell<std::collections::HashSet<usize>> =
        RefCell::new(std::collections::HashSet::new());
}

/// Is `obj` in the set of finalized objects?
pub fn marked(obj: &Obj) -> bool {
    MARKED.with(|f| f.borrow().contains(&obj.id()))
}

/// Records that `obj`'s finalizer has run.
pub fn mark(obj: &Obj) {
    MARKED.with(|f| f.borrow_mut().insert(obj.id()));
}

/// `obj` is being freed: a later object at its address starts unmarked.
pub fn unmark(obj: &Obj) {
    MARKED.with(|f| {
        if let Ok(mut f) = f.try_borrow_mut() {
            if !f.is_empty() {
                f.remove(&obj.id());
            }
        }
    });
}

/// Dealloc's hook for the subclasses of int, float, str and bytes (an
/// instance unmarks itself as its words are dropped).
#[inline]
pub fn forget(obj: &Obj) {
    if obj.layout().heap_subtype_gc() && obj.type_body().has_flag(flags::HAS_FINALIZER) {
        unmark(obj);
    }
}

/// A generator paused (not running) inside a `try` or `with` block.
#[cold]
fn generator_needs_close(obj: &Obj) -> bool {
    obj.payload::<GeneratorBody>().is_some_and(|g| {
        !g.running.get()
            && g.frame.try_borrow().is_ok_and(|f| {
                f.as_ref()
                    .is_some_and(|f| f.pc() != 0 && !f.blocks().is_empty())
            })
    })
}

/// Called by dealloc for an object whose refcount just reached zero.
pub fn defer(obj: &Obj) {
    queue(obj.resurrect());
}

/// Queues a live object for finalization (the collector's path).
pub fn queue(obj: ObjRef) {
    if obj.payload::<InstanceBody>().is_some() {
        // Marked now so the object is queued once even if it dies again
        // before the queue drains.
        crate::objects::instance::set_finalized(&obj);
    } else if obj.layout().heap_subtype_gc() {
        mark(&obj);
    }
    PENDING.with(|p| p.borrow_mut().push(obj));
    HAS_PENDING.with(|h| h.set(true));
    breaker::set();
}

/// Is anything waiting? (One thread-local load: cheap enough for the
/// dispatch loop's head.)
#[inline(always)]
pub fn pending() -> bool {
    HAS_PENDING.with(|h| h.get()) || crate::memory::weakref::pending()
}

/// Runs every queued `__del__`. Exceptions are reported as CPython does
/// ("Exception ignored in: ...") and otherwise ignored.
/// Weak reference callbacks queued by deaths run here too, first.
pub fn run_pending(vm: &mut Vm) {
    loop {
        crate::memory::weakref::run_callbacks(vm);
        let batch: Vec<ObjRef> = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
        HAS_PENDING.with(|h| h.set(false));
        if batch.is_empty() {
            if crate::memory::weakref::pending() {
                continue;
            }
            return;
        }
        for obj in batch {
            let name = match obj.layout() {
                Layout::Generator => "close",
                _ => "__del__",
            };
            let Some(del) = typeobject::lookup_str(obj.ty(), name) else {
                continue;
            };
            let saved = vm.handled_exc.take();
            let r = call::call(vm, &del, std::slice::from_ref(&obj), None);
            vm.handled_exc = saved;
            if let Err(e) = r {
                vm.flush();
                let shown = if obj.layout() == Layout::Generator {
                    &obj
                } else {
                    &del
                };
                let what = repr::repr_string(vm, shown).unwrap_or_default();
                let text = exceptions::format_exception(vm, &e.0);
                eprint!("Exception ignored in: {what}\n{text}");
            }
            if let Some(g) = obj.payload::<GeneratorBody>() {
                let frame = g.frame.borrow_mut().take();
                drop(frame);
            }
            drop(obj);
        }
    }
}

/// Drops queued objects without running their finalizers (teardown after
/// the VM is gone).
pub fn discard_pending() {
    crate::memory::weakref::discard_pending();
    let batch: Vec<ObjRef> = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
    HAS_PENDING.with(|h| h.set(false));
    drop(batch);
}
