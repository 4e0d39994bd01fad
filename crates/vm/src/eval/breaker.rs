//! The eval breaker (CPython's name): one thread-local flag the dispatch
//! loop checks before each instruction, set when something that happened
//! outside Python code needs Python-level action at the next safe point:
//! - queued `__del__` finalizers ([`crate::memory::finalize`]);
//! - the allocation trace's objects waiting to be described once
//!   initialised ([`crate::memory::trace`]);
//! - a deferred MemoryError: a container buffer (list items, dict tables...)
//!   grew past the heap's byte limit. Growth happens deep inside collection
//!   code that cannot fail, so the heap lets it through and the next
//!   instruction raises MemoryError instead.

use crate::memory::finalize;
use crate::objects::{exception, registry};
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

thread_local! {
    static SET: Cell<bool> = const { Cell::new(false) };
    static MEMORY_ERROR: Cell<bool> = const { Cell::new(false) };
}

/// Is there anything for the loop to do? One thread-local load.
#[inline(always)]
pub fn is_set() -> bool {
    SET.with(|s| s.get())
}

pub fn set() {
    SET.with(|s| s.set(true));
}

/// Asks for a MemoryError at the next instruction.
pub fn defer_memory_error() {
    MEMORY_ERROR.with(|m| m.set(true));
    set();
}

/// Does what was asked: runs finalizers, then raises a deferred MemoryError.
#[cold]
pub fn handle(vm: &mut Vm) -> PyResult<()> {
    SET.with(|s| s.set(false));
    if crate::memory::trace::active() {
        crate::memory::trace::flush();
    }
    finalize::run_pending(vm);
    if MEMORY_ERROR.with(|m| m.replace(false)) {
        return Err(exception::new_error(&registry::types().memory_error, ""));
    }
    Ok(())
}

/// The `pc` a jump to `target` from the instruction before `pc` leaves:
/// a backward jump (every loop has one per iteration: `Jump`, or the
/// conditional jump of a `while` loop's test at the bottom) first checks
/// for Ctrl-C, as CPython's JUMP_BACKWARD and POP_JUMP_BACKWARD_IF_* check
/// the eval breaker.
#[inline(always)]
pub fn jump_to(vm: &mut Vm, pc: usize, target: u32) -> PyResult<usize> {
    let target = target as usize;
    if target < pc {
        check_interrupt(vm)?;
    }
    Ok(target)
}

/// Raises KeyboardInterrupt if Ctrl-C was pressed. Runs on every backward
/// jump ([`jump_to`]): a plain load first, the (locked) swap only when the
/// flag is set.
#[inline(always)]
pub fn check_interrupt(vm: &mut Vm) -> PyResult<()> {
    if vm.interrupt.load(std::sync::atomic::Ordering::Relaxed) {
        return take_interrupt(vm);
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn take_interrupt(vm: &mut Vm) -> PyResult<()> {
    if vm
        .interrupt
        .swap(false, std::sync::atomic::Ordering::Relaxed)
    {
        return Err(exception::new_error(
            &registry::types().keyboard_interrupt,
            "",
        ));
    }
    Ok(())
}
