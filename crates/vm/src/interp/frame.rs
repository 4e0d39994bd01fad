//! Frames: one activation of a code object — its fast locals, cells, value
//! stack, block stack and instruction pointer.
//!
//! Frames live on the Rust stack (or, for a generator, inside the generator
//! object), not in the object heap: like CPython 3.11, a frame becomes an
//! object only if something asks for one, and nothing here does yet.

use crate::object::{Obj, ObjRef};
use crate::types::func::CodeBody;

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

/// A frame's reusable buffers: fast locals, value stack, cells.
pub type FrameBuffers = (Vec<Option<ObjRef>>, Vec<ObjRef>, Vec<ObjRef>);

/// How many emptied frame buffers [`Vm::frame_pool`](super::Vm) keeps.
const POOL_MAX: usize = 64;

/// Empty buffers for a new frame's fast locals, value stack and cells: from
/// the pool of finished frames, so a Python call does not go to Rust's
/// allocator for its locals and stack.
#[inline]
pub fn take_buffers(pool: &mut Vec<FrameBuffers>) -> FrameBuffers {
    pool.pop()
        .unwrap_or_else(|| (Vec::with_capacity(8), Vec::with_capacity(8), Vec::new()))
}

impl Frame {
    /// Releases the frame's references and keeps its buffers in `pool`.
    #[inline]
    pub fn recycle(self, pool: &mut Vec<FrameBuffers>) {
        let Frame {
            mut fast,
            mut stack,
            mut cells,
            ..
        } = self;
        fast.clear();
        stack.clear();
        cells.clear();
        if pool.len() < POOL_MAX {
            pool.push((fast, stack, cells));
        }
    }
}
