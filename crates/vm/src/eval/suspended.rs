//! A generator's frame between runs: the few words of frame state that
//! differ between runs (globals, function, block stack, instruction
//! pointer, stack depth), kept in the generator's body, with the frame's
//! localsplus left where it lives, in the generator's block.
//!
//! CPython keeps a whole `_PyInterpreterFrame` inside each generator. Here
//! a run takes a pooled [`Frame`] ([`SuspendedFrame::resume`]) and gives it
//! back when the generator yields ([`SuspendedFrame::suspend`]), so a
//! suspended generator owns no memory outside its heap block and the block
//! stays CPython's size. A `SuspendedFrame` owns the values in the block's
//! localsplus and releases them when dropped.

use crate::eval::frame::{take_frame, Block, Frame};
use crate::eval::localsplus::Slot;
use crate::memory::object::{Obj, ObjRef};
use crate::objects::function::code::CodeBody;
use crate::objects::registry::types;
use std::ptr::NonNull;

pub struct SuspendedFrame {
    globals: ObjRef,
    func: Option<ObjRef>,
    blocks: Vec<Block>,
    values: BlockSlots,
}

/// The values of a suspended frame's localsplus in its generator's block:
/// `nfast` locals, `ncells` cells, then a value stack `sp` deep; and the
/// instruction pointer, which fits beside the counts (a generator's body
/// must stay within CPython's block size).
struct BlockSlots {
    start: NonNull<Slot>,
    nfast: u32,
    ncells: u32,
    sp: u32,
    pc: u32,
}

impl SuspendedFrame {
    /// Packs `frame`, whose localsplus is in a generator's block (see
    /// [`Frame::move_localsplus_to`]), and gives the frame to the pool.
    pub fn suspend(mut frame: Box<Frame>, pool: &mut Vec<Box<Frame>>) -> SuspendedFrame {
        // Every function frame has all its cells from the start
        // (`init_frame_rest`), so the stack follows the last one.
        debug_assert_eq!(frame.cells.len(), frame.cells.capacity());
        let none = &types().none;
        let s = SuspendedFrame {
            globals: std::mem::replace(&mut frame.globals, none.clone()),
            func: frame.func.take(),
            blocks: std::mem::take(&mut frame.blocks),
            values: BlockSlots {
                start: NonNull::new(frame.fast.start()).expect("localsplus start"),
                nfast: frame.fast.len() as u32,
                ncells: frame.cells.len() as u32,
                sp: frame.stack.len() as u32,
                pc: frame.pc as u32,
            },
        };
        // The values stay in the block, owned by `s` from here.
        frame.forget_localsplus();
        frame.recycle(pool);
        s
    }

    /// A pooled frame running `code` (the generator's) from here.
    pub fn resume(self, code: &ObjRef, pool: &mut Vec<Box<Frame>>) -> Box<Frame> {
        let max_stack = code
            .payload::<CodeBody>()
            .map_or(0, |c| c.code.max_stack as usize);
        let mut frame = take_frame(pool);
        frame.code = code.clone();
        frame.globals = self.globals;
        frame.func = self.func;
        frame.blocks = self.blocks;
        frame.pc = self.values.pc as usize;
        let (start, nfast, ncells, sp) = self.values.into_raw();
        // The block's slots hold `nfast` locals, `ncells` cells and `sp`
        // stack values (as `suspend` found them), with room for the code's
        // `max_stack` after the cells (`Frame::slots_for`); their ownership
        // passes to the frame, which uses them while the generator (the
        // block's owner) is being resumed.
        // SAFETY: so `attach_localsplus`'s contract holds.
        unsafe { frame.attach_localsplus(start, nfast, ncells, max_stack, sp) };
        frame
    }

    /// Index of the next instruction (0 before the first run).
    pub fn pc(&self) -> usize {
        self.values.pc as usize
    }

    pub fn globals(&self) -> &ObjRef {
        &self.globals
    }

    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    pub fn fast(&self) -> &[Option<ObjRef>] {
        // SAFETY: the first `nfast` slots hold the locals (see BlockSlots).
        unsafe {
            std::slice::from_raw_parts(
                self.values.start.as_ptr().cast(),
                self.values.nfast as usize,
            )
        }
    }

    pub fn cells(&self) -> &[ObjRef] {
        let v = &self.values;
        // SAFETY: the `ncells` slots after the locals hold the cells.
        unsafe {
            std::slice::from_raw_parts(
                v.start.as_ptr().add(v.nfast as usize).cast(),
                v.ncells as usize,
            )
        }
    }

    pub fn stack(&self) -> &[ObjRef] {
        let v = &self.values;
        let at = (v.nfast + v.ncells) as usize;
        // SAFETY: the `sp` slots after the cells hold the value stack.
        unsafe { std::slice::from_raw_parts(v.start.as_ptr().add(at).cast(), v.sp as usize) }
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.globals);
        if let Some(f) = &self.func {
            visit(f);
        }
        for v in self.fast().iter().flatten() {
            visit(v);
        }
        for c in self.cells() {
            visit(c);
        }
        for v in self.stack() {
            visit(v);
        }
        for b in &self.blocks {
            if let Block::Handler { prev_exc: Some(e) } = b {
                visit(e);
            }
        }
    }
}

impl BlockSlots {
    /// Where the values are and how many, for a new owner: this struct
    /// no longer releases them.
    fn into_raw(self) -> (*mut Slot, usize, usize, usize) {
        let raw = (
            self.start.as_ptr(),
            self.nfast as usize,
            self.ncells as usize,
            self.sp as usize,
        );
        std::mem::forget(self);
        raw
    }
}

impl Drop for BlockSlots {
    /// Releases the values in the order a frame does (locals, stack,
    /// cells).
    fn drop(&mut self) {
        let (nfast, ncells, sp) = (self.nfast as usize, self.ncells as usize, self.sp as usize);
        let p = self.start.as_ptr();
        // SAFETY: the slots hold these initialised values (see the struct),
        // owned here; each is read out once and dropped.
        unsafe {
            for i in 0..nfast {
                drop(p.add(i).cast::<Option<ObjRef>>().read());
            }
            for i in 0..sp {
                drop(p.add(nfast + ncells + i).cast::<ObjRef>().read());
            }
            for i in 0..ncells {
                drop(p.add(nfast + i).cast::<ObjRef>().read());
            }
        }
    }
}
