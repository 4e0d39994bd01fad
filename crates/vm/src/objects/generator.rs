//! Generators: the object owning a suspended frame, resuming it with a value
//! (`next`, `send`), throwing into it and closing it, what the frame did
//! (yielded or returned), and the repr.

use crate::eval::dispatch::{run_frame, FrameExit};
use crate::eval::exceptions;
use crate::eval::frame::{Block, Frame};
use crate::eval::localsplus::Slot;
use crate::eval::suspended::SuspendedFrame;
use crate::eval::unwind::{discard_blocks, set_context, unwind_to_handler};
use crate::memory::object::{alloc_object, object_block_size, Obj, ObjRef};
use crate::objects::bool::py_bool;
use crate::objects::exception::type_error;
use crate::objects::function::builtin::BuiltinKind;
use crate::objects::function::code::CodeBody;
use crate::objects::function::{builtin, FunctionBody};
use crate::objects::iter::{iter_next, iter_self};
use crate::objects::registry::types;
use crate::objects::str::try_str;
use crate::objects::{exception, singletons, typeobject, Layout, Traverse, VarSize};
use crate::protocol::call;
use crate::protocol::convert::check_args;
use crate::protocol::object::type_name;
use crate::protocol::repr::addr;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::{Cell, RefCell};

/// A generator: the suspended frame of a generator function's code.
/// `frame` is None once the generator has finished.
pub struct GeneratorBody {
    /// The frame between runs (its localsplus in this block's trailing
    /// slots); taken out while it runs.
    pub frame: RefCell<Option<SuspendedFrame>>,
    pub running: Cell<bool>,
    pub name: ObjRef,
    pub qualname: ObjRef,
    /// The function's code (`gi_code`, also after the frame is gone).
    pub code: ObjRef,
    /// `gi_frame`'s object, made on first use and kept so that it is the
    /// same object each time (a cycle with this generator, which the
    /// collector frees).
    pub frame_object: RefCell<Option<ObjRef>>,
    /// The exception its frame was handling when it yielded from inside
    /// an `except` clause (CPython's `gi_exc_state`): what `sys.exc_info()`
    /// and a bare `raise` see again when it resumes.
    pub exc_state: RefCell<Option<ObjRef>>,
}
impl Traverse for GeneratorBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(f) = self.frame.try_borrow() {
            if let Some(f) = &*f {
                f.traverse(visit);
            }
        }
        visit(&self.name);
        visit(&self.qualname);
        visit(&self.code);
        if let Ok(f) = self.frame_object.try_borrow() {
            if let Some(f) = &*f {
                visit(f);
            }
        }
        if let Ok(e) = self.exc_state.try_borrow() {
            if let Some(e) = &*e {
                visit(e);
            }
        }
    }

    fn clear(&self) {
        let f = self.frame.try_borrow_mut().map(|mut f| f.take());
        drop(f);
        let e = self.exc_state.try_borrow_mut().map(|mut e| e.take());
        drop(e);
        let f = self.frame_object.try_borrow_mut().map(|mut f| f.take());
        drop(f);
    }
}

/// CPython 3.11's generator block up to its frame's `localsplus`, GC head
/// included: `PyGenObject` up to `gi_iframe` and the frame's specials
/// (`gen_sizeof`'s base, so `getsizeof` of a generator with no locals and
/// a stack of one is 176).
const CPYTHON_GEN_BASE: usize = 168;

// The body, with the suspended frame's words, takes exactly the room of
// CPython's generator fields and frame specials.
const _: () = assert!(object_block_size::<GeneratorBody>(0) == CPYTHON_GEN_BASE);

/// The bytes after the body: the frame's localsplus (locals, cells, value
/// stack; CPython's `gi_iframe.localsplus`), as many as CPython's
/// `co_stacksize` gives when that is more than our stack needs.
fn trailing_bytes(code: &CodeBody) -> usize {
    let c = &code.code;
    8 * (Frame::slots_for(code) + (c.stacksize as usize).saturating_sub(c.max_stack as usize))
}

impl VarSize for GeneratorBody {
    fn trailing_size(obj: &Obj) -> usize {
        let g = obj.payload::<GeneratorBody>().expect("generator");
        trailing_bytes(g.code.payload::<CodeBody>().expect("code"))
    }
}

fn generator_send_m(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("send", &args[1..], 1, 1)?;
    match generator_resume(vm, &args[0], Some(args[1].clone()))? {
        GenResult::Yielded(v) => Ok(v),
        GenResult::Returned(v) => Err(exception::stop_iteration(
            (!singletons::is_none(&v)).then_some(v),
        )),
    }
}

fn self_generator(args: &[ObjRef], name: &str) -> PyResult<ObjRef> {
    match args.first() {
        Some(g) if g.layout() == Layout::Generator => Ok(g.clone()),
        _ => Err(type_error(format!(
            "descriptor '{name}' requires a 'generator' object"
        ))),
    }
}

/// `gen.throw(exc)` / `gen.throw(type[, value])`.
fn generator_throw_m(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let g = self_generator(args, "throw")?;
    check_args("throw", &args[1..], 1, 3)?;
    let exc = if exception::is_exception_class(&args[1]) {
        let a: Vec<ObjRef> = args.get(2).into_iter().cloned().collect();
        call::call(vm, &args[1], &a, None)?
    } else {
        if args.len() > 2 && !singletons::is_none(&args[2]) {
            return Err(type_error(
                "instance exception may not have a separate value",
            ));
        }
        args[1].clone()
    };
    if !exception::is_exception_instance(&exc) {
        return Err(type_error(
            "exceptions must be classes or instances deriving from BaseException, not {}"
                .replace("{}", &type_name(&exc)),
        ));
    }
    match generator_throw(vm, &g, exc)? {
        GenResult::Yielded(v) => Ok(v),
        GenResult::Returned(v) => Err(exception::stop_iteration(
            (!singletons::is_none(&v)).then_some(v),
        )),
    }
}

/// `gen.close()`: raises GeneratorExit at the suspension point so `finally`
/// blocks run; a generator that yields again is an error.
fn generator_close(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let g = self_generator(args, "close")?;
    check_args("close", &args[1..], 0, 0)?;
    let body = g.payload::<GeneratorBody>().expect("generator");
    let started = body.frame.borrow().as_ref().is_some_and(|f| f.pc() != 0);
    if !started {
        drop(body.frame.borrow_mut().take());
        return Ok(vm.none());
    }
    let exc = exception::new_exception(&types().generator_exit, Vec::new())?;
    match generator_throw(vm, &g, exc) {
        Ok(GenResult::Yielded(_)) => {
            Err(exception::runtime_error("generator ignored GeneratorExit"))
        }
        Ok(GenResult::Returned(_)) => Ok(vm.none()),
        Err(e)
            if typeobject::is_subtype(e.0.ty(), &types().generator_exit)
                || typeobject::is_subtype(e.0.ty(), &types().stop_iteration) =>
        {
            Ok(vm.none())
        }
        Err(e) => Err(e),
    }
}

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
/// Inside `yield from`, the sub-iterator gets it first (CPython's
/// `_gen_throw`).
fn generator_throw(vm: &mut Vm, gen: &Obj, exc: ObjRef) -> PyResult<GenResult> {
    generator_resume_with(vm, gen, None, Some(exc))
}

/// The sub-iterator of a frame suspended in `yield from` and the end of
/// its loop: the frame stopped after the loop's `YieldValue`, so its next
/// instruction is the `Jump` back to the `Send` (see the compiler's
/// `ExprKind::YieldFrom`), and the sub-iterator is on top of the stack.
fn yield_from_target(code: &CodeBody, pc: usize, top: Option<&ObjRef>) -> Option<(ObjRef, usize)> {
    use arenapy_compiler::opcode::Opcode as Op;
    let instrs = &code.code.instructions;
    let jump = instrs.get(pc)?;
    if jump.opcode() != Op::Jump {
        return None;
    }
    let send = instrs.get(jump.arg() as usize)?;
    if send.opcode() != Op::Send {
        return None;
    }
    Some((top?.clone(), send.arg() as usize))
}

/// What passing a thrown exception to a `yield from` sub-iterator gave.
enum Delegated {
    /// The sub-iterator yielded this value: the delegating generator
    /// yields it too.
    Yielded(ObjRef),
    /// The sub-iterator finished with this value: the `yield from`
    /// expression's result.
    Finished(ObjRef),
    /// Raise this in the delegating generator.
    Raise(ObjRef),
}

/// CPython's `_gen_throw` for a generator suspended in `yield from`:
/// GeneratorExit closes the sub-iterator, then is raised in the delegating
/// generator; another exception goes to the sub-iterator's `throw`
/// (raised in the delegating generator when it has none).
fn delegate_throw(vm: &mut Vm, sub: &Obj, exc: &ObjRef) -> PyResult<Delegated> {
    if typeobject::is_subtype(exc.ty(), &types().generator_exit) {
        let r = if sub.layout() == Layout::Generator {
            generator_close(vm, &[sub.to_ref()], None).map(drop)
        } else {
            match crate::protocol::attr::get_attr_opt(vm, sub, "close")? {
                Some(close) => call::call(vm, &close, &[], None).map(drop),
                None => Ok(()),
            }
        };
        return Ok(Delegated::Raise(match r {
            Ok(()) => exc.clone(),
            Err(e) => e.0,
        }));
    }
    let r = if sub.layout() == Layout::Generator {
        match generator_throw(vm, sub, exc.clone()) {
            Ok(GenResult::Yielded(v)) => Ok(v),
            Ok(GenResult::Returned(v)) => return Ok(Delegated::Finished(v)),
            Err(e) => Err(e),
        }
    } else {
        let Some(throw) = crate::protocol::attr::get_attr_opt(vm, sub, "throw")? else {
            return Ok(Delegated::Raise(exc.clone()));
        };
        call::call(vm, &throw, std::slice::from_ref(exc), None)
    };
    match r {
        Ok(v) => Ok(Delegated::Yielded(v)),
        Err(e) if typeobject::is_subtype(e.0.ty(), &types().stop_iteration) => {
            let args = exception::exc_body(&e.0).args();
            let value = crate::objects::tuple::try_tuple_items(&args)
                .and_then(|i| i.first().cloned())
                .unwrap_or_else(|| types().none.clone());
            Ok(Delegated::Finished(value))
        }
        Err(e) => Ok(Delegated::Raise(e.0)),
    }
}

fn generator_resume_with(
    vm: &mut Vm,
    gen: &Obj,
    sent: Option<ObjRef>,
    thrown: Option<ObjRef>,
) -> PyResult<GenResult> {
    let g = gen.payload::<GeneratorBody>().expect("generator");
    if g.running.get() {
        return Err(exception::value_error("generator already executing"));
    }
    let Some(suspended) = g.frame.borrow_mut().take() else {
        if let Some(exc) = thrown {
            return Err(PyErr(exc));
        }
        return Ok(GenResult::Returned(types().none.clone()));
    };
    let mut frame = suspended.resume(&g.code, &mut vm.frame_pool);
    if let Some(mut exc) = thrown {
        if frame.pc == 0 {
            return Err(PyErr(exc));
        }
        let top = frame.stack.last();
        if let Some((sub, end)) = yield_from_target(frame.code_body(), frame.pc, top) {
            // Running while the sub-iterator works: re-entering this
            // generator from it is "generator already executing".
            g.running.set(true);
            let r = delegate_throw(vm, &sub, &exc);
            g.running.set(false);
            match r {
                Err(e) => {
                    suspend(vm, g, frame);
                    return Err(e);
                }
                Ok(Delegated::Yielded(v)) => {
                    suspend(vm, g, frame);
                    return Ok(GenResult::Yielded(v));
                }
                Ok(Delegated::Finished(v)) => {
                    // The `yield from` loop ends with this result, as the
                    // `Send` that sees the sub-iterator return ends it.
                    drop(frame.stack.pop());
                    frame.stack.push(v);
                    frame.pc = end;
                    g.running.set(true);
                    let saved_exc = vm.handled_exc.clone();
                    let r = call::with_recursion_guard(vm, |vm| run_frame(vm, &mut frame));
                    vm.handled_exc = saved_exc;
                    g.running.set(false);
                    return finish_resume(vm, g, frame, r);
                }
                Ok(Delegated::Raise(e)) => exc = e,
            }
        }
        g.running.set(true);
        let saved_exc = enter_exc_state(vm, g);
        exceptions::add_traceback(&exc, &frame.code, frame.lasti());
        set_context(vm, &exc);
        let r = if unwind_to_handler(vm, &mut frame, exc.clone()) {
            call::with_recursion_guard(vm, |vm| run_frame(vm, &mut frame))
        } else {
            discard_blocks(vm, &mut frame);
            Err(PyErr(exc))
        };
        leave_exc_state(vm, g, &frame, &r, saved_exc);
        g.running.set(false);
        return finish_resume(vm, g, frame, r);
    }
    if frame.pc == 0 {
        if let Some(s) = &sent {
            if !singletons::is_none(s) {
                suspend(vm, g, frame);
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
    let saved_exc = enter_exc_state(vm, g);
    let r = call::with_recursion_guard(vm, |vm| run_frame(vm, &mut frame));
    leave_exc_state(vm, g, &frame, &r, saved_exc);
    g.running.set(false);
    finish_resume(vm, g, frame, r)
}

/// Resuming: the exception the generator was handling when it yielded
/// becomes the one being handled; returns the caller's, to restore.
fn enter_exc_state(vm: &mut Vm, g: &GeneratorBody) -> Option<ObjRef> {
    let saved = vm.handled_exc.clone();
    if let Some(e) = g.exc_state.borrow_mut().take() {
        vm.handled_exc = Some(e);
    }
    saved
}

/// Suspending or finishing: keeps the exception being handled when the
/// frame yielded inside a handler, and gives the caller back its own.
fn leave_exc_state(
    vm: &mut Vm,
    g: &GeneratorBody,
    frame: &Frame,
    r: &PyResult<FrameExit>,
    saved: Option<ObjRef>,
) {
    let in_handler = frame
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Handler { .. }));
    let state = match r {
        Ok(FrameExit::Yield(_)) if in_handler => vm.handled_exc.take(),
        _ => None,
    };
    let old = g.exc_state.replace(state);
    drop(old);
    vm.handled_exc = saved;
}

/// Keeps the generator's frame, packed, until the next run.
fn suspend(vm: &mut Vm, g: &GeneratorBody, frame: Box<Frame>) {
    let s = SuspendedFrame::suspend(frame, &mut vm.frame_pool);
    let old = g.frame.replace(Some(s));
    // The frame was taken out to run, so the slot held None: forgetting
    // it skips an out-of-line drop on every yield.
    debug_assert!(old.is_none());
    std::mem::forget(old);
}

/// After the frame ran: keeps it while suspended; a finished one goes
/// back to the frame pool, so that a loop making generators does not
/// allocate a frame for each.
/// A finished generator lets go of its `gi_frame` object, as CPython's
/// `_PyFrame_Clear` does (the object refers back to the generator here,
/// so keeping it would leave a cycle).
fn drop_frame_object(g: &GeneratorBody) {
    let object = g
        .frame_object
        .try_borrow_mut()
        .ok()
        .and_then(|mut f| f.take());
    drop(object);
}

fn finish_resume(
    vm: &mut Vm,
    g: &GeneratorBody,
    frame: Box<Frame>,
    r: PyResult<FrameExit>,
) -> PyResult<GenResult> {
    match r {
        Ok(FrameExit::Yield(v)) => {
            suspend(vm, g, frame);
            Ok(GenResult::Yielded(v))
        }
        Ok(FrameExit::Return(v)) => {
            frame.recycle(&mut vm.frame_pool);
            drop_frame_object(g);
            Ok(GenResult::Returned(v))
        }
        Err(e) => {
            frame.recycle(&mut vm.frame_pool);
            drop_frame_object(g);
            if typeobject::is_subtype(e.0.ty(), &types().stop_iteration) {
                // CPython's `_PyErr_FormatFromCause`: the StopIteration is
                // the cause (contextlib re-raises it when it sees that).
                let r = exception::runtime_error("generator raised StopIteration");
                let b = exception::exc_body(&r.0);
                b.cause.set(Some(e.0.clone()));
                b.context.set(Some(e.0));
                b.suppress_context.set(true);
                return Err(r);
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

/// `<generator object f at 0x...>`.
pub(crate) fn generator_repr(o: &Obj) -> String {
    let g = o.payload::<GeneratorBody>().expect("generator");
    format!(
        "<generator object {} at {}>",
        try_str(&g.qualname).unwrap_or("?"),
        addr(o)
    )
}

/// Puts this type's built-in methods into its namespace (at start-up).
pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    let m = BuiltinKind::Method;
    builtin::install(
        &t.generator,
        "generator",
        &[
            ("send", generator_send_m),
            ("close", generator_close),
            ("throw", generator_throw_m),
            ("__iter__", iter_self),
            ("__next__", iter_next),
        ],
        m,
    )?;
    Ok(())
}

/// A generator's `__name__`, `__qualname__`, `gi_running` ...
pub(crate) fn generator_special_attr(obj: &Obj, name: &str) -> PyResult<Option<ObjRef>> {
    let g = obj.payload::<GeneratorBody>().expect("generator");
    Ok(Some(match name {
        "__name__" => g.name.clone(),
        "__qualname__" => g.qualname.clone(),
        "gi_running" => py_bool(g.running.get()),
        "gi_code" => g.code.clone(),
        // Started, not finished, not running: paused at a `yield`.
        "gi_suspended" => {
            let started = g
                .frame
                .try_borrow()
                .is_ok_and(|f| f.as_ref().is_some_and(|f| f.pc() > 0));
            py_bool(started && !g.running.get())
        }
        "gi_yieldfrom" => {
            let sub = g.frame.try_borrow().ok().and_then(|f| {
                let code = g.code.payload::<CodeBody>()?;
                f.as_ref()
                    .and_then(|f| yield_from_target(code, f.pc(), f.stack().last()))
                    .map(|(s, _)| s)
            });
            sub.unwrap_or_else(|| types().none.clone())
        }
        "gi_frame" => {
            let live = g.running.get() || g.frame.try_borrow().map_or(true, |f| f.is_some());
            if !live {
                return Ok(Some(types().none.clone()));
            }
            let cached = g.frame_object.borrow().clone();
            match cached {
                Some(f) => f,
                None => {
                    let f = crate::objects::frame::new_frame_object(obj)?;
                    *g.frame_object.borrow_mut() = Some(f.clone());
                    f
                }
            }
        }
        _ => return Ok(None),
    }))
}

/// A generator object owning `frame`, ready to run the body of `fb` on
/// the first `next()` (CPython's `gen_new_with_qualname`).
pub(crate) fn new_generator(
    vm: &mut Vm,
    mut frame: Box<Frame>,
    fb: &FunctionBody,
) -> PyResult<ObjRef> {
    let code = fb.code.payload::<CodeBody>().expect("code");
    let trailing = trailing_bytes(code);
    let g = alloc_object(
        &types().generator,
        GeneratorBody {
            frame: std::cell::RefCell::new(None),
            running: std::cell::Cell::new(false),
            name: fb.name.borrow().clone(),
            qualname: fb.qualname.borrow().clone(),
            code: fb.code.clone(),
            frame_object: RefCell::new(None),
            exc_state: RefCell::new(None),
        },
        trailing,
    )?;
    let body = g.payload::<GeneratorBody>().expect("generator");
    let slots = g.trailing_ptr::<GeneratorBody>().cast::<Slot>();
    // The block's trailing bytes start with room for
    // `Frame::slots_for(code)` slots (`trailing_bytes`), 8-aligned after
    // the body, used by nothing else; the frame's values stay there,
    // owned by the suspended frame this body keeps, until the body drops.
    // SAFETY: so `slots` meets `move_localsplus_to`'s contract.
    unsafe { frame.move_localsplus_to(slots) };
    suspend(vm, body, frame);
    Ok(g)
}
