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
