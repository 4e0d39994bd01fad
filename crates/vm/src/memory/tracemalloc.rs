//! tracemalloc's core (CPython's `Modules/_tracemalloc.c`): while tracing,
//! every block the heap hands out is recorded with its size and the
//! traceback of the Python frames that asked for it; freeing the block
//! forgets it.
//!
//! It observes the heap through the allocation trace's shared hook
//! ([`trace::set_other_hook`]), so it sees exactly the blocks the heap
//! really gives: objects and the buffers of lists, dicts and sets. Blocks
//! kept on a type's free list stay traced, as in CPython, and an object
//! reusing one is re-attributed to its new traceback (CPython's
//! `_PyTraceMalloc_NewReference`).
//!
//! Invariants: the tables live on Rust's allocator, never the object heap
//! (the hook runs with the heap borrowed); tracebacks are interned, so a
//! trace costs one table entry; sizes are the sizes asked for, as
//! CPython's.

use crate::eval::frame::{line_of, running_frames};
use crate::memory::trace;
use arenapy_alloc::AllocEvent;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// (filename, line), most recent frame first.
pub type Traceback = Rc<[(Rc<str>, u32)]>;

struct State {
    nframe: usize,
    traces: HashMap<usize, (usize, u32)>,
    tracebacks: Vec<Traceback>,
    /// Interning of `tracebacks`, with the total number of frames.
    index: HashMap<Traceback, u32>,
    total_frames: Vec<u32>,
    traced: usize,
    peak: usize,
}

thread_local! {
    static STATE: RefCell<Option<State>> = const { RefCell::new(None) };
}

pub fn is_tracing() -> bool {
    STATE.with(|s| s.borrow().is_some())
}

/// `tracemalloc.start(nframe)`; a second start keeps the traces and
/// changes the frame limit.
pub fn start(nframe: usize) {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        match s.as_mut() {
            Some(st) => st.nframe = nframe,
            None => {
                *s = Some(State {
                    nframe,
                    traces: HashMap::new(),
                    tracebacks: Vec::new(),
                    index: HashMap::new(),
                    total_frames: Vec::new(),
                    traced: 0,
                    peak: 0,
                })
            }
        }
    });
    trace::set_other_hook(Some(hook));
}

/// `tracemalloc.stop()`: forgets every trace.
pub fn stop() {
    if STATE.with(|s| s.borrow_mut().take()).is_some() {
        trace::set_other_hook(None);
    }
}

pub fn traceback_limit() -> usize {
    STATE.with(|s| s.borrow().as_ref().map_or(1, |s| s.nframe))
}

/// (current, peak) bytes of traced blocks.
pub fn traced_memory() -> (usize, usize) {
    STATE.with(|s| s.borrow().as_ref().map_or((0, 0), |s| (s.traced, s.peak)))
}

pub fn reset_peak() {
    STATE.with(|s| {
        if let Some(s) = s.borrow_mut().as_mut() {
            s.peak = s.traced;
        }
    });
}

pub fn clear_traces() {
    STATE.with(|s| {
        if let Some(s) = s.borrow_mut().as_mut() {
            s.traces.clear();
            s.tracebacks.clear();
            s.index.clear();
            s.total_frames.clear();
            s.traced = 0;
            s.peak = 0;
        }
    });
}

/// Bytes tracemalloc itself uses for its tables (an estimate from their
/// capacities, as CPython's `_PyTraceMalloc_GetMemory` sums its tables).
pub fn own_memory() -> usize {
    STATE.with(|s| {
        s.borrow().as_ref().map_or(0, |s| {
            let frames: usize = s.tracebacks.iter().map(|t| t.len()).sum();
            s.traces.capacity() * (8 + 16)
                + s.index.capacity() * 24
                + s.tracebacks.capacity() * 16
                + frames * 24
        })
    })
}

/// A copy of every trace: (size, traceback, total frames).
pub fn traces() -> Vec<(usize, Traceback, u32)> {
    STATE.with(|s| {
        s.borrow().as_ref().map_or(Vec::new(), |s| {
            s.traces
                .values()
                .map(|&(size, tb)| {
                    (
                        size,
                        s.tracebacks[tb as usize].clone(),
                        s.total_frames[tb as usize],
                    )
                })
                .collect()
        })
    })
}

/// The traceback of the block at `block`, if traced.
pub fn traceback_of(block: usize) -> Option<Traceback> {
    STATE.with(|s| {
        let s = s.borrow();
        let s = s.as_ref()?;
        let &(_, tb) = s.traces.get(&block)?;
        Some(s.tracebacks[tb as usize].clone())
    })
}

/// An object reused a free-list block: attribute it to the current frames.
pub fn retrace(block: usize) {
    STATE.with(|s| {
        if let Some(s) = s.borrow_mut().as_mut() {
            if let Some(&(size, _)) = s.traces.get(&block) {
                let tb = s.current_traceback();
                s.traces.insert(block, (size, tb));
            }
        }
    });
}

impl State {
    fn current_traceback(&mut self) -> u32 {
        let mut frames = Vec::with_capacity(self.nframe.min(16));
        let mut total = 0u32;
        let limit = self.nframe;
        running_frames(|code, lasti| {
            total += 1;
            if frames.len() < limit {
                frames.push((code.code.filename.clone(), line_of(code, lasti)));
            }
            true
        });
        if frames.is_empty() {
            frames.push((Rc::from("<unknown>"), 0));
        }
        let tb: Traceback = Rc::from(frames);
        if let Some(&i) = self.index.get(&tb) {
            return i;
        }
        let i = self.tracebacks.len() as u32;
        self.tracebacks.push(tb.clone());
        self.total_frames.push(total.max(1));
        self.index.insert(tb, i);
        i
    }

    fn add(&mut self, addr: usize, size: usize) {
        let tb = self.current_traceback();
        if let Some((old, _)) = self.traces.insert(addr, (size, tb)) {
            self.traced -= old;
        }
        self.traced += size;
        self.peak = self.peak.max(self.traced);
    }

    fn remove(&mut self, addr: usize) {
        if let Some((size, _)) = self.traces.remove(&addr) {
            self.traced -= size;
        }
    }
}

fn hook(ev: &AllocEvent) {
    STATE.with(|s| {
        let Ok(mut s) = s.try_borrow_mut() else {
            return;
        };
        let Some(s) = s.as_mut() else { return };
        match *ev {
            AllocEvent::Malloc { addr, size, .. } => s.add(addr, size),
            AllocEvent::Free { addr, .. } => s.remove(addr),
            AllocEvent::Realloc {
                old_addr,
                new_addr,
                new_size,
                ..
            } => {
                s.remove(old_addr);
                s.add(new_addr, new_size);
            }
            _ => {}
        }
    });
}
