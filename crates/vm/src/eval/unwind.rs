//! Unwinding a frame to its `try` handler (the block stack of CPython
//! 3.8–3.10): when an instruction raises, the innermost `SetupFinally` block
//! takes the exception, the value stack is cut back to the block's level and
//! the exception's `__context__` is set from the one being handled.

use crate::eval::frame::{Block, Frame};
use crate::memory::object::{Obj, ObjRef};
use crate::objects::exception::ExceptionBody;
use crate::vm::Vm;

/// Chains the exception being handled as `__context__` of a new one.
pub(crate) fn set_context(vm: &Vm, exc: &Obj) {
    if let Some(h) = &vm.handled_exc {
        if h.is(exc) {
            return;
        }
        if let Some(b) = exc.payload::<ExceptionBody>() {
            if !b.context.is_some() {
                b.context.set(Some(h.clone()));
            }
        }
    }
}

/// Pops blocks until a handler: returns false if the frame has none.
pub(crate) fn unwind_to_handler(vm: &mut Vm, frame: &mut Frame, exc: ObjRef) -> bool {
    while let Some(block) = frame.blocks.pop() {
        match block {
            Block::Handler { prev_exc } => {
                vm.handled_exc = prev_exc;
            }
            Block::Setup { handler, depth } => {
                frame.stack.truncate(depth as usize);
                let prev = vm.handled_exc.replace(exc.clone());
                frame.blocks.push(Block::Handler { prev_exc: prev });
                frame.stack.push(exc);
                frame.pc = handler as usize;
                return true;
            }
        }
    }
    false
}

/// Restores the handled-exception state for blocks left when a frame ends.
pub fn discard_blocks(vm: &mut Vm, frame: &mut Frame) {
    while let Some(b) = frame.blocks.pop() {
        if let Block::Handler { prev_exc } = b {
            vm.handled_exc = prev_exc;
        }
    }
}
