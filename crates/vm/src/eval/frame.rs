//! Frames: one activation of a code object — its fast locals, cells, value
//! stack, block stack and instruction pointer.
//!
//! Frames are boxed and reused from the interpreter's frame pool
//! ([`take_frame`], [`Frame::recycle`]). A frame's locals, cells and value
//! stack are one buffer (`localsplus`, see [`super::localsplus`]): the
//! frame's own, or for a generator's frame the generator's heap block.
//! Frames are not objects: like CPython 3.11, a
//! frame becomes an object only if something asks for one: `sys._getframe`
//! (see `objects::frame`, which [`unlink`] tells when such a frame stops).

use crate::eval::localsplus::{Region, Slot};
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
    /// One slot per local of the code (`co_varnames`), from
    /// [`Frame::lay_out`] on.
    pub fast: Region<Option<ObjRef>>,
    /// Cell objects: the code's cellvars, then its freevars.
    pub cells: Region<ObjRef>,
    /// The value stack, with room for the code's `max_stack`.
    pub stack: Region<ObjRef>,
    /// The frame's own localsplus memory (capacity only), which the three
    /// regions above use unless a generator's block holds them.
    buf: Vec<Slot>,
    pub blocks: Vec<Block>,
    /// Index of the next instruction.
    pub pc: usize,
    /// The frame that was running when this one started (its caller, or
    /// the frame that resumed a generator): CPython's `previous` link,
    /// walked by [`running_frames`]. Set by [`link`] for each run.
    pub previous: *const Frame,
    /// The function being run, kept alive for the call (CPython's
    /// `f_func`); `None` for module and class bodies.
    pub func: Option<ObjRef>,
    /// The suspended caller of a frame the dispatch loop runs inline (a
    /// Python-to-Python call made without Rust recursion): the loop resumes
    /// it when this frame returns or raises. `None` for the frame a
    /// `run_frame` call started with.
    pub parent: Option<Box<Frame>>,
    /// For an `__init__` the dispatch loop runs inline for a class call
    /// (`CallAllocAndEnterInit`): the new instance, which the call gives
    /// its caller when `__init__` returns None.
    pub init_self: Option<ObjRef>,
}

impl Frame {
    /// A frame for a module or class body, running in the namespace
    /// `locals`.
    pub fn for_namespace(code: ObjRef, globals: ObjRef, locals: ObjRef, max_stack: usize) -> Frame {
        // Every frame has one fast slot per local (see `local`).
        let (nlocals, ncells) = code.payload::<CodeBody>().map_or((0, 0), |c| {
            (
                c.varnames.len(),
                c.code.cellvars.len() + c.code.freevars.len(),
            )
        });
        let mut frame = Frame {
            code,
            globals,
            locals: Some(locals),
            fast: Region::empty(),
            cells: Region::empty(),
            stack: Region::empty(),
            buf: Vec::new(),
            blocks: Vec::new(),
            pc: 0,
            previous: std::ptr::null(),
            func: None,
            parent: None,
            init_self: None,
        };
        frame.lay_out(nlocals, ncells, max_stack);
        frame
    }

    /// Points the frame's regions at its own buffer, sized for `nlocals`
    /// fast locals (all unbound), `ncells` cells and a value stack of
    /// `max_stack`. The regions must hold no values. Out of line: the
    /// calls the dispatch loop makes inline take the cheaper
    /// [`Frame::lay_out_moving_args`].
    #[inline(never)]
    pub fn lay_out(&mut self, nlocals: usize, ncells: usize, max_stack: usize) {
        let base = self.place_regions(nlocals, ncells, max_stack);
        // SAFETY: `place_regions` gave the fast region `nlocals` slots from
        // `base`, which are initialised to None before its length covers
        // them.
        unsafe {
            for i in 0..nlocals {
                base.add(i).cast::<Option<ObjRef>>().write(None);
            }
            self.fast.set_len(nlocals);
        }
    }

    /// Lays the frame out for `code` with the top `nargs` values of `args`
    /// (the caller's value stack) moved, not copied, into locals `first..`;
    /// the other locals are unbound.
    #[inline]
    pub fn lay_out_moving_args(
        &mut self,
        code: &CodeBody,
        first: usize,
        args: &mut Region<ObjRef>,
        nargs: usize,
    ) {
        let c = &code.code;
        let nlocals = code.varnames.len();
        assert!(first + nargs <= nlocals && nargs <= args.len());
        let ncells = c.cellvars.len() + c.freevars.len();
        let base = self.place_regions(nlocals, ncells, c.max_stack as usize);
        let from = args.len() - nargs;
        // The fast region has `nlocals` slots from `base`; the locals
        // outside `first..first + nargs` get None, the others the `nargs`
        // values above `from` in `args` (a different buffer), whose
        // ownership moves: `args` is shortened to `from` without dropping
        // them. An ObjRef's bits are the `Some` of an Option<ObjRef>.
        // SAFETY: every write is inside the regions, as described above.
        unsafe {
            for i in 0..first {
                base.add(i).cast::<Option<ObjRef>>().write(None);
            }
            for i in first + nargs..nlocals {
                base.add(i).cast::<Option<ObjRef>>().write(None);
            }
            // Most calls move one to three arguments, for which a call of
            // memcpy (what a loop or a copy of unknown length becomes)
            // costs more than the copy.
            let src = args.start().add(from);
            let dst = base.add(first);
            match nargs {
                0 => {}
                1 => dst.write(src.read()),
                2 => dst
                    .cast::<[Slot; 2]>()
                    .write(src.cast::<[Slot; 2]>().read()),
                3 => dst
                    .cast::<[Slot; 3]>()
                    .write(src.cast::<[Slot; 3]>().read()),
                _ => std::ptr::copy_nonoverlapping(src, dst, nargs),
            }
            args.set_len(from);
            self.fast.set_len(nlocals);
        }
    }

    /// Points the regions at the frame's own buffer, grown to the slots
    /// they need, all empty; returns the buffer's start, where the fast
    /// region's slots are.
    fn place_regions(&mut self, nlocals: usize, ncells: usize, max_stack: usize) -> *mut Slot {
        debug_assert!(self.fast.is_empty() && self.cells.is_empty() && self.stack.is_empty());
        let need = nlocals + ncells + max_stack;
        if self.buf.capacity() < need {
            self.buf.reserve(need);
        }
        let base = self.buf.as_mut_ptr();
        // SAFETY: the buffer has room for `need` slots (reserved above),
        // which the three regions split without overlap; the buffer is not
        // reallocated while they use it (only here, when they are empty).
        unsafe {
            self.fast = Region::new(base, nlocals);
            self.cells = Region::new(base.add(nlocals), ncells);
            self.stack = Region::new(base.add(nlocals + ncells), max_stack);
        }
        base
    }

    /// Lays the frame out for running `code` (see [`Frame::lay_out`]).
    #[inline]
    pub fn lay_out_for(&mut self, code: &CodeBody) {
        let c = &code.code;
        self.lay_out(
            code.varnames.len(),
            c.cellvars.len() + c.freevars.len(),
            c.max_stack as usize,
        );
    }

    /// Slots a frame of `code` needs: its locals, cells and value stack.
    pub fn slots_for(code: &CodeBody) -> usize {
        let c = &code.code;
        code.varnames.len() + c.cellvars.len() + c.freevars.len() + c.max_stack as usize
    }

    /// Moves the frame's values to `dst` (a generator's block), which
    /// becomes its localsplus memory.
    ///
    /// # Safety
    /// `dst` is valid for [`Frame::slots_for`] the frame's code slots for
    /// as long as the frame uses them (until it is recycled or dropped),
    /// and nothing else uses that memory meanwhile.
    pub unsafe fn move_localsplus_to(&mut self, dst: *mut Slot) {
        let (nfast, ncells) = (self.fast.capacity(), self.cells.capacity());
        // SAFETY: the three regions are laid out one after another in
        // `dst` as they were in the old memory, inside the caller's slots.
        unsafe {
            self.fast.moved_to(dst);
            self.cells.moved_to(dst.add(nfast));
            self.stack.moved_to(dst.add(nfast + ncells));
        }
    }

    /// Empties the regions without releasing their values, which a
    /// [`SuspendedFrame`](super::suspended::SuspendedFrame) now owns.
    pub fn forget_localsplus(&mut self) {
        self.fast = Region::empty();
        self.cells = Region::empty();
        self.stack = Region::empty();
    }

    /// Points the empty regions at a suspended generator's localsplus.
    ///
    /// # Safety
    /// `start` is valid for `nfast + ncells + max_stack` slots while the
    /// frame uses them, nothing else uses them, and they hold `nfast`
    /// locals, `ncells` cells and `sp` stack values, whose ownership
    /// passes to the frame.
    pub unsafe fn attach_localsplus(
        &mut self,
        start: *mut Slot,
        nfast: usize,
        ncells: usize,
        max_stack: usize,
        sp: usize,
    ) {
        debug_assert!(self.fast.is_empty() && self.cells.is_empty() && self.stack.is_empty());
        // SAFETY: the caller's contract, region by region.
        unsafe {
            self.fast = Region::new(start, nfast);
            self.fast.set_len(nfast);
            self.cells = Region::new(start.add(nfast), ncells);
            self.cells.set_len(ncells);
            self.stack = Region::new(start.add(nfast + ncells), max_stack);
            self.stack.set_len(sp);
        }
    }

    /// Releases the values of the locals, the value stack and the cells,
    /// in the order CPython's frame clearing does.
    #[inline]
    fn release_localsplus(&mut self) {
        self.fast.clear();
        self.stack.clear();
        self.cells.clear();
    }

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
        if let Some(o) = &self.init_self {
            visit(o);
        }
        if let Some(f) = &self.func {
            visit(f);
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

/// The value stack's primitives for the dispatch loop. The loop reserves
/// the code's `max_stack` slots when it starts running a frame
/// ([`Frame::reserve_stack`]), and the compiler refuses code whose depth
/// analysis fails (`arenapy_compiler::stackdepth`: every reachable
/// instruction is entered at one depth, never below zero, never above
/// `max_stack`), so the loop's pushes and pops need no capacity or underflow
/// checks. Debug builds (the test suite) still check every access.
impl Frame {
    /// Checks, in debug builds, that the stack has room for the deepest
    /// stack the running code can build ([`Frame::lay_out`] made it).
    #[inline(always)]
    pub fn reserve_stack(&mut self, max_stack: usize) {
        debug_assert!(self.stack.capacity() >= max_stack);
    }

    #[inline(always)]
    pub fn push(&mut self, v: ObjRef) {
        self.stack.push(v);
    }

    #[inline(always)]
    pub fn pop(&mut self) -> ObjRef {
        self.stack.pop()
    }

    /// The stack's item `i` (counted from the bottom) that an instruction's
    /// operands include: the depth analysis proved the stack holds them,
    /// so `i < len` (checked in debug builds).
    #[inline(always)]
    pub fn operand(&self, i: usize) -> &ObjRef {
        debug_assert!(i < self.stack.len(), "value stack underflow");
        // SAFETY: `i < len` by the depth analysis, as for `pop`.
        unsafe { self.stack.get_unchecked(i) }
    }

    #[inline(always)]
    pub fn top(&self) -> &ObjRef {
        debug_assert!(!self.stack.is_empty(), "value stack underflow");
        // SAFETY: non-empty by the depth analysis, as for `pop`.
        unsafe { self.stack.get_unchecked(self.stack.len() - 1) }
    }
}

/// Fast locals for the dispatch loop. A frame has exactly one slot per
/// local of its code (`co_varnames`): every way a frame is built sizes
/// `fast` so (`init_frame`, `frame_for_call`, [`Frame::for_namespace`]),
/// and the compiler refuses code whose LoadFast/StoreFast/DeleteFast name a
/// local beyond them (`OPERAND_OUT_OF_RANGE`). So the loop's accesses need
/// no bounds check; debug builds still check.
impl Frame {
    #[inline(always)]
    pub fn local(&self, i: u32) -> &Option<ObjRef> {
        debug_assert!((i as usize) < self.fast.len(), "local out of range");
        // SAFETY: `i < fast.len()` by the invariant above.
        unsafe { self.fast.get_unchecked(i as usize) }
    }

    #[inline(always)]
    pub fn local_mut(&mut self, i: u32) -> &mut Option<ObjRef> {
        debug_assert!((i as usize) < self.fast.len(), "local out of range");
        // SAFETY: `i < fast.len()` by the invariant above.
        unsafe { self.fast.get_unchecked_mut(i as usize) }
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
        fast: Region::empty(),
        cells: Region::empty(),
        stack: Region::empty(),
        buf: Vec::with_capacity(16),
        blocks: Vec::new(),
        pc: 0,
        previous: std::ptr::null(),
        func: None,
        parent: None,
        init_self: None,
    })
}

impl Frame {
    /// Releases the frame's references (locals, stack, cells, then code,
    /// globals, namespace and handler records, the order a dropped frame
    /// releases them in) and keeps the frame in `pool`.
    #[inline(always)]
    pub fn recycle(mut self: Box<Frame>, pool: &mut Vec<Box<Frame>>) {
        self.release_localsplus();
        let none = &registry::types().none;
        self.code = none.clone();
        self.globals = none.clone();
        self.locals = None;
        self.func = None;
        self.init_self = None;
        self.blocks.clear();
        self.pc = 0;
        if pool.len() < POOL_MAX {
            pool.push(self);
        }
    }
}

impl Drop for Frame {
    fn drop(&mut self) {
        self.release_localsplus();
    }
}

thread_local! {
    /// The innermost running frame (CPython's `cframe->current_frame`).
    static CURRENT: std::cell::Cell<*const Frame> = const { std::cell::Cell::new(std::ptr::null()) };
    /// Does a frame object follow a running frame (`sys._getframe`)? Then
    /// [`unlink`] tells it when its frame stops.
    static WATCHED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
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
    let finishing = CURRENT.with(|c| c.replace(previous));
    if WATCHED.with(|w| w.get()) {
        // SAFETY: `finishing` was the innermost running frame: the one whose
        // run is ending, not yet recycled; its `previous` is running.
        unsafe { crate::objects::frame::frame_stopped(finishing) };
    }
}

/// Whether [`unlink`] reports stopping frames to `objects::frame`.
pub fn watch_stops(on: bool) {
    WATCHED.with(|w| w.set(on));
}

/// The running frame `depth` calls out from the innermost, if the chain
/// is that long (`sys._getframe`). A pointer on the running chain stays
/// valid until [`unlink`] takes its frame off.
pub fn running_frame_at(depth: usize) -> Option<*const Frame> {
    let mut p = CURRENT.with(|c| c.get());
    for _ in 0..depth {
        if p.is_null() {
            return None;
        }
        // SAFETY: `p` is on the running chain, so a live frame (see
        // `running_frames`).
        p = unsafe { (*p).previous };
    }
    (!p.is_null()).then_some(p)
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
