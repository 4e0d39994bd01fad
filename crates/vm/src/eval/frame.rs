//! Frames: one activation of a code object — its fast locals, cells, value
//! stack, block stack and instruction pointer.
//!
//! Frames are boxed and reused from the interpreter's frame pool
//! ([`take_frame`], [`Frame::recycle`]); a generator's frame lives inside the
//! generator object. They are not in the object heap: like CPython 3.11, a
//! frame becomes an object only if something asks for one, and nothing here
//! does yet.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::function::code::CodeBody;
use crate::objects::registry;

/// An entry of the block stack.
pub enum Block {
    /// Pushed by SetupFinally: where to go, and how deep the value stack was.
    Setup { handler: u32, depth: u32 },
    /// Pushed when control enters a handler: the exception that was being
    /// handled before, restored by PopExcept / Reraise / unwinding.
    Handler { prev_exc: Option<ObjRef> },
}

pub struct Frame {
    pub code: ObjRef,
    pub globals: ObjRef,
    /// The namespace of module and class bodies (LoadName / StoreName).
    pub locals: Option<ObjRef>,
    pub fast: Vec<Option<ObjRef>>,
    /// Cell objects: the code's cellvars, then its freevars.
    pub cells: Vec<ObjRef>,
    pub stack: Vec<ObjRef>,
    pub blocks: Vec<Block>,
    /// Index of the next instruction.
    pub pc: usize,
    /// The frame that was running when this one started (its caller, or
    /// the frame that resumed a generator): CPython's `previous` link,
    /// walked by [`running_frames`]. Set by [`link`] for each run.
    pub previous: *const Frame,
}

impl Frame {
    pub fn code_body(&self) -> &CodeBody {
        self.code.payload::<CodeBody>().expect("code object")
    }

    /// Index of the instruction being executed (for tracebacks).
    pub fn lasti(&self) -> u32 {
        self.pc.saturating_sub(1) as u32
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.code);
        visit(&self.globals);
        if let Some(l) = &self.locals {
            visit(l);
        }
        for v in self.fast.iter().flatten() {
            visit(v);
        }
        for c in &self.cells {
            visit(c);
        }
        for v in &self.stack {
            visit(v);
        }
        for b in &self.blocks {
            if let Block::Handler { prev_exc: Some(e) } = b {
                visit(e);
            }
        }
    }
}

/// How many finished frames [`Vm::frame_pool`](crate::vm::Vm::frame_pool) keeps.
const POOL_MAX: usize = 64;

/// A frame for a new call: a finished one from the pool (its buffers keep
/// their capacity, so a Python call does not go to Rust's allocator for its
/// locals and stack), or a fresh one. The frame is boxed so that it is built
/// and run in place: a call moves one pointer, never the frame.
///
/// A pooled frame holds no references of its own: `code` and `globals` are
/// the immortal `None` until the caller fills them in.
#[inline]
pub fn take_frame(pool: &mut Vec<Box<Frame>>) -> Box<Frame> {
    match pool.pop() {
        Some(f) => f,
        None => new_pooled_frame(),
    }
}

#[cold]
#[inline(never)]
fn new_pooled_frame() -> Box<Frame> {
    let none = &registry::types().none;
    Box::new(Frame {
        code: none.clone(),
        globals: none.clone(),
        locals: None,
        fast: Vec::with_capacity(8),
        cells: Vec::new(),
        stack: Vec::with_capacity(8),
        blocks: Vec::new(),
        pc: 0,
        previous: std::ptr::null(),
    })
}

impl Frame {
    /// Releases the frame's references (locals, stack, cells, then code,
    /// globals, namespace and handler records, the order a dropped frame
    /// releases them in) and keeps the frame in `pool`.
    #[inline]
    pub fn recycle(mut self: Box<Frame>, pool: &mut Vec<Box<Frame>>) {
        self.fast.clear();
        self.stack.clear();
        self.cells.clear();
        let none = &registry::types().none;
        self.code = none.clone();
        self.globals = none.clone();
        self.locals = None;
        self.blocks.clear();
        self.pc = 0;
        if pool.len() < POOL_MAX {
            pool.push(self);
        }
    }
}

thread_local! {
    /// The innermost running frame (CPython's `cframe->current_frame`).
    static CURRENT: std::cell::Cell<*const Frame> = const { std::cell::Cell::new(std::ptr::null()) };
}

/// Makes `frame` the innermost running frame until [`unlink`] is given
/// the returned previous one. The pointer is taken from the `&mut` the
/// dispatch loop runs the frame through, so reads through it (below) are
/// reads of that frame.
#[inline(always)]
pub fn link(frame: &mut Frame) -> *const Frame {
    let prev = CURRENT.with(|c| c.replace(frame as *const Frame));
    frame.previous = prev;
    prev
}

/// Ends a run of a frame started by [`link`].
#[inline(always)]
pub fn unlink(previous: *const Frame) {
    CURRENT.with(|c| c.set(previous));
}

/// Calls `f` with (code, index of the instruction being executed) for each
/// running frame, innermost first, until it returns false. For the
/// allocation trace and tracemalloc, which run inside allocations.
///
/// A frame is on the chain only while `run_frame` runs it (`unlink` takes
/// it off before the run returns), so every pointer on it is a live frame
/// that is not moved meanwhile. Only `code`, `pc` and `previous` are read,
/// and never while they are being written: the dispatch loop stores `pc`
/// before it calls out.
pub fn running_frames(mut f: impl FnMut(&CodeBody, u32) -> bool) {
    let mut p = CURRENT.with(|c| c.get());
    while !p.is_null() {
        // SAFETY: `p` is on the running chain, so a live frame (see above).
        let frame = unsafe { &*p };
        let Some(code) = frame.code.payload::<CodeBody>() else {
            break;
        };
        if !f(code, frame.lasti()) {
            break;
        }
        p = frame.previous;
    }
}

/// The file and line the innermost running frame is executing.
pub fn current_line() -> (Option<std::rc::Rc<str>>, u32) {
    let mut out = (None, 0);
    running_frames(|code, lasti| {
        out = (Some(code.code.filename.clone()), line_of(code, lasti));
        false
    });
    out
}

/// The source line of instruction `lasti` of `code`.
pub fn line_of(code: &CodeBody, lasti: u32) -> u32 {
    code.code
        .positions
        .get(lasti as usize)
        .map_or(code.code.first_line, |p| p.line)
}
