//! Generators: resuming a suspended generator frame with a value (`next`,
//! `send`), throwing into it, and what the frame did (yielded or returned).
//! The frame itself lives inside the generator object (`types::iter`).

use super::eval::{discard_blocks, run_frame, set_context, unwind_to_handler, FrameExit};
use super::exc::{self, type_error};
use super::frame::Frame;
use super::{call, PyErr, PyResult, Vm};
use crate::object::{Obj, ObjRef};
use crate::types::iter::GeneratorBody;
use crate::types::types;

/// What a generator did when resumed.
pub enum GenResult {
    Yielded(ObjRef),
    Returned(ObjRef),
}

/// Resumes a generator, sending `sent` (None for `next()`).
pub fn generator_resume(vm: &mut Vm, gen: &Obj, sent: Option<ObjRef>) -> PyResult<GenResult> {
    generator_resume_with(vm, gen, sent, None)
}

/// `gen.throw(exc)`: raises `exc` at the generator's suspension point.
/// A generator that has not started or has finished raises it directly.
/// (Inside `yield from`, the exception is raised in the delegating
/// generator rather than passed to the sub-iterator.)
pub fn generator_throw(vm: &mut Vm, gen: &Obj, exc: ObjRef) -> PyResult<GenResult> {
    generator_resume_with(vm, gen, None, Some(exc))
}

fn generator_resume_with(
    vm: &mut Vm,
    gen: &Obj,
    sent: Option<ObjRef>,
    thrown: Option<ObjRef>,
) -> PyResult<GenResult> {
    let g = gen.payload::<GeneratorBody>().expect("generator");
    if g.running.get() {
        return Err(super::exc::value_error("generator already executing"));
    }
    let Some(mut frame) = g.frame.borrow_mut().take() else {
        if let Some(exc) = thrown {
            return Err(PyErr(exc));
        }
        return Ok(GenResult::Returned(types().none.clone()));
    };
    if let Some(exc) = thrown {
        if frame.pc == 0 {
            return Err(PyErr(exc));
        }
        g.running.set(true);
        let saved_exc = vm.handled_exc.clone();
        exc::add_traceback(&exc, &frame.code, frame.lasti());
        set_context(vm, &exc);
        let r = if unwind_to_handler(vm, &mut frame, exc.clone()) {
            call::with_recursion_guard(vm, |vm| run_frame(vm, &mut frame))
        } else {
            discard_blocks(vm, &mut frame);
            Err(PyErr(exc))
        };
        vm.handled_exc = saved_exc;
        g.running.set(false);
        return finish_resume(g, frame, r);
    }
    if frame.pc == 0 {
        if let Some(s) = &sent {
            if !super::is_none(s) {
                *g.frame.borrow_mut() = Some(frame);
                return Err(type_error(
                    "can't send non-None value to a just-started generator",
                ));
            }
        }
    } else {
        frame
            .stack
            .push(sent.unwrap_or_else(|| types().none.clone()));
    }
    g.running.set(true);
    let saved_exc = vm.handled_exc.clone();
    let r = call::with_recursion_guard(vm, |vm| run_frame(vm, &mut frame));
    vm.handled_exc = saved_exc;
    g.running.set(false);
    finish_resume(g, frame, r)
}

fn finish_resume(
    g: &GeneratorBody,
    frame: Box<Frame>,
    r: PyResult<FrameExit>,
) -> PyResult<GenResult> {
    match r {
        Ok(FrameExit::Yield(v)) => {
            *g.frame.borrow_mut() = Some(frame);
            Ok(GenResult::Yielded(v))
        }
        Ok(FrameExit::Return(v)) => Ok(GenResult::Returned(v)),
        Err(e) => {
            if crate::types::typeobj::is_subtype(e.0.ty(), &types().stop_iteration) {
                return Err(super::exc::runtime_error("generator raised StopIteration"));
            }
            Err(e)
        }
    }
}

/// `next(gen)` for the iterator protocol: `Ok(None)` when finished.
pub fn generator_send(vm: &mut Vm, gen: &Obj, sent: Option<ObjRef>) -> PyResult<Option<ObjRef>> {
    match generator_resume(vm, gen, sent)? {
        GenResult::Yielded(v) => Ok(Some(v)),
        GenResult::Returned(_) => Ok(None),
    }
}
