//! The dispatch loop: executes one frame's instructions until it returns,
//! yields, or raises an exception no handler in the frame catches.
//!
//! Exception handling follows the block-stack design of CPython 3.8–3.10
//! (see the opcode table): `SetupFinally` pushes a handler; when an
//! instruction fails the loop records a traceback entry, pops blocks —
//! restoring the handled exception of any `Handler` record it passes — until
//! it finds a `Setup` block, truncates the value stack to that block's depth,
//! pushes the exception and jumps to the handler.

use crate::eval::breaker;
use crate::eval::frame::{Block, Frame};
use crate::eval::names::{name_not_defined, unbound_deref, unbound_local};
use crate::eval::unwind::{discard_blocks, set_context, unwind_to_handler};
use crate::eval::{except_star, exceptions, frame_request, pattern};
use crate::eval::{ops_slow, spec_call, spec_flow, specialize};
use crate::memory::object::{Obj, ObjRef};
use crate::modules;
use crate::modules::{import, sys};
use crate::objects::bool::py_bool;
use crate::objects::dict::ops;
use crate::objects::exception::{name_error, type_error};
use crate::objects::function::cell::CellBody;
use crate::objects::function::code::CodeBody;
use crate::objects::generator::{generator_resume, GenResult};
use crate::objects::list::list_body;
use crate::objects::registry::types;
use crate::objects::str::{new_str, try_str};
use crate::objects::typeobject::class;
use crate::objects::{int, singletons, slice, tuple, Layout};
use crate::protocol::{attr, call, iter, number, object, subscript};
use crate::vm::{PyErr, PyResult, Vm};
use arenapy_compiler::opcode::{Instr, Opcode as Op};
use std::cell::Cell;

/// How a frame stopped running.
pub enum FrameExit {
    Return(ObjRef),
    Yield(ObjRef),
}

/// An error on its way out of an instruction: `reraise` means it already has
/// its traceback entry for this frame (Reraise, bare `raise`).
struct Raised {
    err: PyErr,
    reraise: bool,
}

impl From<PyErr> for Raised {
    fn from(err: PyErr) -> Raised {
        Raised {
            err,
            reraise: false,
        }
    }
}

impl From<arenapy_alloc::AllocError> for Raised {
    fn from(e: arenapy_alloc::AllocError) -> Raised {
        Raised {
            err: e.into(),
            reraise: false,
        }
    }
}

#[inline(always)]
fn pop(frame: &mut Frame) -> ObjRef {
    frame.pop()
}

#[inline(always)]
fn top(frame: &Frame) -> &ObjRef {
    frame.top()
}

/// Runs `frame` until it returns or yields.
///
/// Python-to-Python calls made by the frame (and by its callees) do not
/// recurse through Rust: the callee's frame is pushed on a chain of
/// suspended frames (`Frame::parent`, headed by `inner` below) and run by
/// this same loop, which switches its registers (`frame`, `code`, `instrs`,
/// `pc`) to it; on return the value is pushed on the caller's stack and the
/// caller resumes; an exception the callee does not handle continues
/// unwinding in the caller, which gets its own traceback entry — CPython
/// 3.11's `_PyInterpreterFrame` design. Only calls through native code
/// (built-ins, `__init__` from a type call, generators) start a new
/// `run_frame`.
pub fn run_frame(vm: &mut Vm, frame: &mut Frame) -> PyResult<FrameExit> {
    // No drop guard: a panic aborts the interpreter anyway, and a guard's
    // cleanup path costs every call.
    let previous = crate::eval::frame::link(frame);
    let r = run_frame_linked(vm, frame);
    crate::eval::frame::unlink(previous);
    r
}

#[inline(always)]
fn run_frame_linked(vm: &mut Vm, entry: &mut Frame) -> PyResult<FrameExit> {
    // The innermost inline frame; `None` while `entry` runs.
    let mut inner: Option<Box<Frame>> = None;
    loop {
        let (err, mut reraise) = match run_until_error(vm, entry, &mut inner) {
            Ok(exit) => return Ok(exit),
            Err(Raised { err, reraise }) => (err, reraise),
        };
        loop {
            let frame = inner.as_deref_mut().unwrap_or(&mut *entry);
            if !reraise {
                exceptions::add_traceback(&err.0, &frame.code, frame.lasti());
                set_context(vm, &err.0);
            }
            if unwind_to_handler(vm, frame, err.0.clone()) {
                break;
            }
            if !return_to_caller(vm, &mut inner) {
                return Err(err);
            }
            reraise = false;
        }
    }
}

/// Ends the innermost inline frame: makes its caller the innermost and
/// releases the finished frame to the pool. False if there is none (the
/// entry frame itself finished).
#[inline(always)]
fn return_to_caller(vm: &mut Vm, inner: &mut Option<Box<Frame>>) -> bool {
    let Some(mut done) = inner.take() else {
        return false;
    };
    crate::eval::frame::unlink(done.previous);
    *inner = done.parent.take();
    done.recycle(&mut vm.frame_pool);
    vm.recursion_depth -= 1;
    true
}

/// Makes `callee` the innermost frame of the chain.
#[inline(always)]
fn enter_callee(vm: &mut Vm, inner: &mut Option<Box<Frame>>, mut callee: Box<Frame>) {
    vm.recursion_depth += 1;
    crate::eval::frame::link(&mut callee);
    callee.parent = inner.take();
    *inner = Some(callee);
}

/// The code object a frame runs, borrowed for as long as the frame runs
/// it.
///
/// # Safety
/// The reference must not be used after `frame.code` is replaced or the
/// frame is recycled or dropped. The dispatch loop takes one when it starts
/// or switches to a frame and replaces it at the next switch; a frame's
/// `code` is only replaced by `Frame::recycle`, after the frame stops.
#[inline(always)]
unsafe fn code_of<'a>(frame: &Frame) -> &'a CodeBody {
    debug_assert!(frame.code.payload::<CodeBody>().is_some(), "code object");
    // A running frame's `code` is a code object: every frame is built from
    // one (`Frame::for_namespace`, `init_frame_rest`, a generator's).
    // SAFETY: that code object; `frame.code` keeps its block alive and in
    // place until replaced, and the caller does not use the result after.
    unsafe { &*(frame.code.body_unchecked::<CodeBody>() as *const CodeBody) }
}

/// Runs the frames of `entry`'s call chain until `entry` returns or yields
/// (`Ok`) or an instruction raises (`Err`: the innermost frame, `inner`'s
/// head or `entry`, is the one that raised, its `pc` past the instruction).
#[inline(always)]
fn run_until_error(
    vm: &mut Vm,
    entry: &mut Frame,
    inner: &mut Option<Box<Frame>>,
) -> Result<FrameExit, Raised> {
    let mut frame = match inner.as_deref_mut() {
        Some(f) => f,
        None => &mut *entry,
    };
    // SAFETY: replaced at every frame switch below, before the frame it
    // came from is recycled.
    let mut code = unsafe { code_of(frame) };
    // A thin pointer, not a slice: the loop keeps one register for it
    // (the length is the code's, read where a slice is needed).
    let mut instrs: *const Cell<Instr> = code.caches.quick.as_ptr();
    // The instruction pointer lives in a register: it is stored into the
    // frame at each instruction (a store the next fetch does not wait for),
    // so tracebacks, generators and frame requests always see it, and
    // never read back.
    let mut pc = frame.pc;
    frame.reserve_stack(code.code.max_stack as usize);
    // The value stack's length, kept in a register as CPython keeps
    // `stack_pointer`: the hot instructions push and pop through it and
    // store the length, never load it, so one instruction's stack access
    // does not wait on the previous one's store. The frame's length is
    // always current (every push and pop stores it); instructions that
    // hand the frame to other code reload `sp` after it (at the end of the
    // loop body, and before their own `continue`).
    let mut sp = frame.stack.len();
    // The eval breaker is checked on entry (a new frame, a resumed
    // generator, a handler after unwinding) and after every instruction
    // that can release a reference or allocate, so a finalizer queued by a
    // decref (or a collection) runs before the next instruction, as CPython
    // runs it within the decref. Instructions that only push borrowed
    // values or move the stack `continue` past the check.
    if breaker::is_set() {
        breaker::handle(vm)?;
    }
    // Makes the innermost frame of the chain the running one, after a call
    // pushed a frame or a return popped one.
    macro_rules! switch_frame {
        () => {
            frame = match inner.as_deref_mut() {
                Some(f) => f,
                None => &mut *entry,
            };
            // SAFETY: as for the first `code_of` above.
            code = unsafe { code_of(frame) };
            instrs = code.caches.quick.as_ptr();
            pc = frame.pc;
            sp = frame.stack.len();
        };
    }
    // A call of a Python function (`call::frame_for_call`): its frame
    // becomes the running one, which starts with the callee's RESUME (the
    // eval breaker) and then its first instruction. Anything else falls
    // through to the arm's generic call.
    macro_rules! call_python {
        ($base:expr, $skip_null:expr, $kwnames:expr) => {
            if let Some(callee) = call::frame_for_call(vm, frame, $base, $skip_null, $kwnames) {
                enter_callee(vm, inner, callee?);
                switch_frame!();
                if breaker::is_set() {
                    breaker::handle(vm)?;
                }
                continue;
            }
        };
    }
    // A call instruction's outcome (`spec_call`): a Python callee's frame
    // to run inline, else the result is on the stack.
    macro_rules! call_exit {
        ($call:expr) => {
            if let Some(callee) = $call? {
                enter_callee(vm, inner, callee);
                switch_frame!();
                if breaker::is_set() {
                    breaker::handle(vm)?;
                }
                continue;
            }
        };
    }
    // A specialised call or attribute instruction of `spec_call`.
    macro_rules! call_spec {
        ($f:ident) => {
            call_exit!(spec_call::$f(vm, frame, site!()))
        };
    }
    // A specialised attribute load of `spec_call` (the object on top
    // replaced by its attribute).
    macro_rules! load_attr {
        ($f:ident) => {{
            let obj = spop!();
            let v = spec_call::$f(vm, &obj, code, pc - 1)?;
            spush!(v);
            drop(obj);
            next_hot!()
        }};
    }
    macro_rules! attr_spec {
        ($f:ident) => {
            spec_call::$f(vm, frame, code, pc - 1)?
        };
    }
    // Push and pop through `sp` (see above).
    macro_rules! spush {
        ($v:expr) => {{
            let v = $v;
            // SAFETY: `sp` is the stack's length: set from it at every
            // frame switch and reloaded after any code given the frame;
            // the depth analysis bounds it by the code's `max_stack`.
            unsafe { frame.stack.push_at(sp, v) };
            sp += 1;
        }};
    }
    macro_rules! spop {
        () => {{
            sp -= 1;
            // SAFETY: as for `spush`; the depth analysis never pops an
            // empty stack.
            unsafe { frame.stack.pop_at(sp + 1) }
        }};
    }
    // The end of an instruction that went through `sp` only and may have
    // released a reference: the eval breaker, then the next instruction.
    macro_rules! next_hot {
        () => {{
            if breaker::is_set() {
                breaker::handle(vm)?;
                sp = frame.stack.len();
            }
            continue;
        }};
    }
    macro_rules! load_fast {
        ($i:expr) => {
            match frame.local($i) {
                Some(v) => {
                    let v = v.clone();
                    spush!(v);
                }
                None => return Err(unbound_local(code, $i).into()),
            }
        };
    }
    macro_rules! store_fast {
        ($i:expr) => {{
            let v = spop!();
            let old = frame.local_mut($i).replace(v);
            drop(old);
        }};
    }
    // The second half of a super-instruction: the instruction after it,
    // which becomes the one executing (for tracebacks). Returns its
    // argument.
    macro_rules! next_of_pair {
        () => {{
            // SAFETY: `quicken` pairs an instruction only with one that
            // follows it, so `pc` (the second's index) is inside the code.
            let next = unsafe { &*instrs.add(pc) }.get();
            pc += 1;
            frame.pc = pc;
            next.arg()
        }};
    }
    // The instruction being executed, for the specialisers to rewrite.
    macro_rules! site {
        () => {{
            debug_assert!(pc >= 1 && pc - 1 < code.caches.quick.len());
            // SAFETY: `pc - 1` is the index the loop just fetched from
            // (proven inside the code, see the fetch below); arms that
            // move `pc` take the site before they do.
            unsafe { &*instrs.add(pc - 1) }
        }};
    }
    loop {
        debug_assert!(
            pc < code.caches.quick.len(),
            "instruction pointer past the end"
        );
        // `pc` is 0, a jump target or the successor of a non-terminal
        // instruction (generators and handlers resume at such a `pc`);
        // `instrs` is the running code's array, alive while its frame is
        // (it is reset with `code` at every frame switch).
        // SAFETY: the compiler's depth analysis proved every such `pc`
        // inside the code: it rejects a jump or fall-through past the end.
        let instr = unsafe { (*instrs.add(pc)).get() };
        pc += 1;
        frame.pc = pc;
        let arg = instr.arg();
        // A binary operation on the two top items: `$f(vm, site, instr, a, b,
        // ..)` from `specialize`, with the instruction's quickened slot.
        macro_rules! binary {
            ($f:path $(, $extra:expr)?) => {{
                let b = spop!();
                let a = spop!();
                let r = $f(vm, site!(), instr, &a, &b $(, $extra)?)?;
                drop((a, b));
                spush!(r);
                next_hot!()
            }};
        }
        // `binary!` for the forms that take their operands (`specialize`'s
        // int and float forms, which release them as exact objects).
        macro_rules! binary_owned {
            ($f:path, $op:expr) => {{
                let b = spop!();
                let a = spop!();
                let r = $f(vm, site!(), instr, a, b, $op)?;
                spush!(r);
                next_hot!()
            }};
        }
        // A control-flow instruction of `spec_flow`, which may move `pc`.
        macro_rules! flow {
            ($f:ident $(::<$j:literal, _>)? $(, $extra:expr)?) => {
                spec_flow::$f$(::<$j, _>)?(vm, frame, &code.caches.quick, &mut pc, instr $(, $extra)?)?
            };
        }
        macro_rules! global {
            ($f:ident) => {{
                let v = spec_flow::$f(vm, &frame.globals, code, site!(), arg)?;
                spush!(v);
                continue;
            }};
        }
        // A specialised compare (`spec_flow::compare`) of the two top items.
        macro_rules! compare {
            ($jump:literal, $kind:expr) => {{
                let b = spop!();
                let a = spop!();
                let quick = &code.caches.quick;
                if spec_flow::compare::<$jump, _>(vm, frame, quick, &mut pc, instr, $kind, a, b)?.0
                {
                    sp = frame.stack.len();
                }
                next_hot!()
            }};
        }
        macro_rules! unpack {
            ($n:expr) => {
                spec_flow::unpack_exact(vm, frame, site!(), instr, $n)?
            };
        }
        match instr.opcode() {
            Op::Nop => continue,
            Op::PopTop => {
                drop(spop!());
                next_hot!()
            }
            Op::Copy => {
                let v = frame.operand(sp - arg as usize).clone();
                spush!(v);
                continue;
            }
            Op::Swap => {
                frame.stack.swap(sp - 1, sp - arg as usize);
                continue;
            }
            Op::LoadConst => {
                let v = &code.consts[arg as usize];
                spush!(v.clone());
                continue;
            }
            Op::LoadFast => {
                load_fast!(arg);
                continue;
            }
            Op::StoreFast => {
                store_fast!(arg);
                next_hot!()
            }
            Op::LoadFast__LoadFast => {
                load_fast!(arg);
                let next = next_of_pair!();
                load_fast!(next);
                continue;
            }
            Op::LoadFast__LoadConst => {
                load_fast!(arg);
                let next = next_of_pair!();
                spush!(code.consts[next as usize].clone());
                continue;
            }
            Op::LoadConst__LoadFast => {
                spush!(code.consts[arg as usize].clone());
                let next = next_of_pair!();
                load_fast!(next);
                continue;
            }
            Op::StoreFast__LoadFast => {
                store_fast!(arg);
                let next = next_of_pair!();
                load_fast!(next);
                next_hot!()
            }
            Op::StoreFast__StoreFast => {
                store_fast!(arg);
                let next = next_of_pair!();
                store_fast!(next);
                next_hot!()
            }
            Op::DeleteFast => {
                if frame.fast[arg as usize].take().is_none() {
                    return Err(unbound_local(code, arg).into());
                }
            }
            Op::LoadName => spec_flow::load_name(vm, frame, code, arg)?,
            Op::StoreName => spec_flow::store_name(vm, frame, code, arg)?,
            Op::DeleteName => {
                let name = &code.names[arg as usize];
                let locals = frame.locals.as_ref().unwrap_or(&frame.globals).clone();
                if ops::dict_pop(vm, &locals, name)?.is_none() {
                    return Err(name_not_defined(name, &frame.globals).into());
                }
            }
            Op::LoadGlobal => global!(load_global),
            Op::LoadGlobalModule => global!(load_global_module),
            Op::LoadGlobalBuiltin => global!(load_global_builtin),
            Op::StoreGlobal => spec_flow::store_global(frame, code, arg)?,
            Op::DeleteGlobal => {
                let name = &code.names[arg as usize];
                if ops::dict_pop(vm, &frame.globals.clone(), name)?.is_none() {
                    return Err(name_not_defined(name, &frame.globals).into());
                }
            }
            Op::LoadDeref => {
                let cell = frame.cells[arg as usize]
                    .payload::<CellBody>()
                    .expect("cell");
                let v = cell.value.get();
                match v {
                    Some(v) => spush!(v),
                    None => return Err(unbound_deref(code, arg).into()),
                }
                continue;
            }
            Op::StoreDeref => {
                let v = pop(frame);
                let cell = frame.cells[arg as usize]
                    .payload::<CellBody>()
                    .expect("cell");
                cell.value.set(Some(v));
            }
            Op::DeleteDeref => {
                let cell = frame.cells[arg as usize]
                    .payload::<CellBody>()
                    .expect("cell");
                let old = cell.value.take();
                if old.is_none() {
                    return Err(unbound_deref(code, arg).into());
                }
            }
            Op::LoadClassDeref => ops_slow::load_class_deref(vm, frame, code, arg)?,
            Op::LoadClosure => {
                let c = frame.cells[arg as usize].clone();
                spush!(c);
                continue;
            }
            Op::LoadAttr => attr_spec!(load_attr),
            Op::LoadAttrInstanceValue => load_attr!(load_attr_instance_value),
            Op::LoadAttrClassValue => load_attr!(load_attr_class_value),
            Op::LoadAttrClass => load_attr!(load_attr_class),
            Op::LoadAttrModule => load_attr!(load_attr_module),
            Op::LoadAttrSlot => load_attr!(load_attr_slot),
            Op::StoreAttrSlot => attr_spec!(store_attr_slot),
            Op::StoreAttr => attr_spec!(store_attr),
            Op::StoreAttrInstanceValue => {
                attr_spec!(store_attr_instance_value)
            }
            Op::DeleteAttr => {
                let obj = pop(frame);
                attr::del_attr(vm, &obj, &code.names[arg as usize])?;
            }
            Op::LoadMethod => attr_spec!(load_method),
            Op::LoadMethodWithValues => {
                attr_spec!(load_method_with_values)
            }
            Op::Call => call_exit!(spec_call::call_generic(vm, frame, arg)),
            Op::CallMethod => call_exit!(spec_call::call_method_generic(vm, frame, arg)),
            Op::CallAdaptive => {
                call_spec!(call_adaptive)
            }
            Op::CallPyExactArgs => call_spec!(call_py_exact_args),
            Op::CallBuiltinFast => call_spec!(call_builtin_fast),
            Op::CallNoKwLen => call_spec!(call_len),
            Op::CallNoKwIsinstance => call_spec!(call_isinstance),
            Op::CallBuiltinClass => call_spec!(call_builtin_class),
            Op::CallAllocAndEnterInit => call_spec!(call_alloc_and_enter_init),
            Op::CallMethodAdaptive => call_spec!(call_method_adaptive),
            Op::CallMethodPyExactArgs => call_spec!(call_method_py_exact_args),
            Op::CallNoKwListAppend => call_spec!(call_list_append),
            Op::CallMethodDescriptor => call_spec!(call_method_descriptor),
            Op::CallKw => {
                let kwnames = pop(frame);
                let base = frame.stack.len() - arg as usize - 1;
                call_python!(base, false, Some(&kwnames));
                let f = frame.stack[base].clone();
                let result = call::call(vm, &f, &frame.stack[base + 1..], Some(&kwnames));
                frame.stack.truncate(base);
                let r = match result {
                    Ok(r) => r,
                    Err(e) => frame_request::answer(vm, frame, e)?,
                };
                frame.push(r);
            }
            Op::CallFunctionEx => {
                let kwargs = if arg & 1 != 0 { Some(pop(frame)) } else { None };
                let args = pop(frame);
                let f = pop(frame);
                call_exit!(call::frame_for_call_ex(vm, &f, &args, kwargs.as_deref()).transpose());
                let r = match call::call_ex(vm, &f, &args, kwargs.as_deref()) {
                    Ok(r) => r,
                    Err(e) => frame_request::answer(vm, frame, e)?,
                };
                frame.push(r);
            }
            Op::MakeFunction => ops_slow::make_function(vm, frame, arg)?,
            Op::LoadBuildClass => {
                let b = ops::dict_get_str(&vm.builtins, &*new_str("__build_class__")?)
                    .ok_or_else(|| name_error("__build_class__ not found"))?;
                frame.push(b);
            }
            Op::ReturnValue => {
                let v = spop!();
                if !frame.blocks.is_empty() {
                    discard_blocks(vm, frame);
                }
                // An inline `__init__` gives its caller the new instance.
                let init_self = match frame.init_self {
                    None => None,
                    Some(_) => frame.init_self.take(),
                };
                if !return_to_caller(vm, inner) {
                    return Ok(FrameExit::Return(v));
                }
                switch_frame!();
                let v = match init_self {
                    None => v,
                    Some(obj) => spec_call::init_returned(v, obj)?,
                };
                spush!(v);
                next_hot!()
            }
            Op::BinaryOp => binary!(specialize::binary_op),
            Op::BinaryOpAddInt => binary_owned!(specialize::binary_int, i64::checked_add),
            Op::BinaryOpSubtractInt => binary_owned!(specialize::binary_int, i64::checked_sub),
            Op::BinaryOpMultiplyInt => binary_owned!(specialize::binary_int, i64::checked_mul),
            Op::BinaryOpAddFloat => binary_owned!(specialize::binary_float, |x, y| x + y),
            Op::BinaryOpSubtractFloat => binary_owned!(specialize::binary_float, |x, y| x - y),
            Op::BinaryOpMultiplyFloat => binary_owned!(specialize::binary_float, |x, y| x * y),
            Op::BinaryOpAddUnicode => {
                if specialize::inplace_add_unicode(frame, &code.caches.quick, pc) {
                    pc += 1;
                } else {
                    binary!(specialize::binary_add_unicode)
                }
            }
            Op::UnaryNegative | Op::UnaryPositive | Op::UnaryInvert => {
                let v = pop(frame);
                let c = match instr.opcode() {
                    Op::UnaryNegative => '-',
                    Op::UnaryPositive => '+',
                    _ => '~',
                };
                let r = number::unary_op(vm, c, &v)?;
                frame.push(r);
            }
            Op::UnaryNot => {
                let v = pop(frame);
                let t = object::truthy(vm, &v)?;
                frame.push(py_bool(!t));
            }
            Op::CompareOp => flow!(compare_op),
            Op::CompareOpIntJump => compare!(true, spec_flow::Ints),
            Op::CompareOpFloatJump => compare!(true, spec_flow::Floats),
            Op::CompareOpStrJump => compare!(true, spec_flow::Strs),
            Op::CompareOpInt => compare!(false, spec_flow::Ints),
            Op::CompareOpFloat => compare!(false, spec_flow::Floats),
            Op::CompareOpStr => compare!(false, spec_flow::Strs),
            Op::IsOp => flow!(is_op),
            Op::ContainsOp => flow!(contains_op),
            // (container key -- container[key]): the operands as BinaryOp's.
            Op::BinarySubscr => binary!(specialize::subscr),
            Op::BinarySubscrListInt => binary!(specialize::subscr_list_int),
            Op::BinarySubscrTupleInt => binary!(specialize::subscr_tuple_int),
            Op::BinarySubscrDict => binary!(specialize::subscr_dict),
            Op::StoreSubscr | Op::StoreSubscrListInt => {
                specialize::store_subscr(vm, frame, site!(), instr)?
            }
            Op::DeleteSubscr => {
                let key = pop(frame);
                let container = pop(frame);
                subscript::delitem(vm, &container, &key)?;
            }
            Op::BuildSlice => {
                let step = if arg == 3 {
                    pop(frame)
                } else {
                    types().none.clone()
                };
                let stop = pop(frame);
                let start = pop(frame);
                frame.push(slice::new_slice(start, stop, step)?);
            }
            Op::BuildTuple => {
                let n = frame.stack.len() - arg as usize;
                let t = tuple::new_tuple_exact(frame.stack.drain(n..))?;
                frame.push(t);
            }
            Op::BuildList => {
                let n = frame.stack.len() - arg as usize;
                let l = crate::objects::list::new_list_from_iter(frame.stack.drain(n..))?;
                frame.push(l);
            }
            Op::BuildSet => ops_slow::build_set(vm, frame, arg)?,
            Op::BuildMap => ops_slow::build_map(vm, frame, arg)?,
            Op::BuildString => {
                let n = frame.stack.len() - arg as usize;
                let s = crate::objects::str::join_parts(&frame.stack[n..])?;
                frame.stack.truncate(n);
                frame.push(s);
            }
            Op::ListAppend => {
                let v = pop(frame);
                let l = &frame.stack[frame.stack.len() - arg as usize];
                let mut items = list_body(l).expect("list").items.borrow_mut();
                let n = items.len();
                crate::objects::list::list_resize(&mut items, n + 1)?;
                items.push(v);
            }
            Op::SetAdd => {
                let v = pop(frame);
                let s = frame.stack[frame.stack.len() - arg as usize].clone();
                crate::objects::set::ops::set_add(vm, &s, v)?;
            }
            Op::MapAdd => {
                let v = pop(frame);
                let k = pop(frame);
                let d = frame.stack[frame.stack.len() - arg as usize].clone();
                ops::dict_set(vm, &d, k, v)?;
            }
            Op::ListExtend => ops_slow::list_extend(vm, frame, arg)?,
            Op::SetUpdate => {
                let it = pop(frame);
                let s = frame.stack[frame.stack.len() - arg as usize].clone();
                crate::objects::set::ops::update_internal(vm, &s, &it)?;
            }
            Op::DictUpdate => ops_slow::dict_update(vm, frame, arg)?,
            Op::DictMerge => ops_slow::dict_merge(vm, frame, arg)?,
            Op::ListToTuple => ops_slow::list_to_tuple(frame)?,
            Op::FormatValue => ops_slow::format_value(vm, frame, arg)?,
            Op::UnpackSequence => spec_flow::unpack(vm, frame, code, site!(), instr, pc)?,
            Op::UnpackSequenceTwoTuple => flow!(unpack_two_tuple),
            Op::UnpackSequenceTuple | Op::UnpackSequenceList => unpack!(arg as usize & 0xff),
            Op::UnpackEx => ops_slow::unpack_ex(vm, frame, arg)?,
            Op::Jump => {
                pc = breaker::jump_to(vm, pc, arg)?;
                continue;
            }
            Op::PopJumpIfFalse => {
                let v = spop!();
                if !fast_truthy(vm, &v)? {
                    pc = breaker::jump_to(vm, pc, arg)?;
                }
                drop(v);
                next_hot!()
            }
            Op::PopJumpIfTrue => {
                let v = spop!();
                if fast_truthy(vm, &v)? {
                    pc = breaker::jump_to(vm, pc, arg)?;
                }
                drop(v);
                next_hot!()
            }
            Op::JumpIfFalseOrPop => {
                let t = fast_truthy(vm, top(frame))?;
                if !t {
                    pc = arg as usize;
                } else {
                    drop(frame.pop());
                }
            }
            Op::JumpIfTrueOrPop => {
                let t = fast_truthy(vm, top(frame))?;
                if t {
                    pc = arg as usize;
                } else {
                    drop(frame.pop());
                }
            }
            Op::GetIter => {
                let v = pop(frame);
                let it = iter::get_iter(vm, &v)?;
                frame.push(it);
            }
            Op::ForIter => flow!(for_iter),
            Op::ForIterRange => {
                if flow!(for_iter_range, sp).0 {
                    sp = frame.stack.len();
                }
                next_hot!()
            }
            Op::ForIterList => {
                if flow!(for_iter_list, sp).0 {
                    sp = frame.stack.len();
                }
                next_hot!()
            }
            Op::SetupFinally => {
                frame.blocks.push(Block::Setup {
                    handler: arg,
                    depth: frame.stack.len() as u32,
                });
                continue;
            }
            Op::SetupWith => {
                frame.blocks.push(Block::Setup {
                    handler: arg,
                    depth: frame.stack.len() as u32 - 1,
                });
                continue;
            }
            Op::PopBlock => {
                frame.blocks.pop();
                continue;
            }
            Op::PopExcept => {
                if let Some(Block::Handler { prev_exc }) = frame.blocks.pop() {
                    vm.handled_exc = prev_exc;
                }
            }
            Op::Reraise => {
                let e = pop(frame);
                if let Some(Block::Handler { prev_exc }) = frame.blocks.pop() {
                    vm.handled_exc = prev_exc;
                }
                return Err(Raised {
                    err: PyErr(e),
                    reraise: true,
                });
            }
            Op::CheckExcMatch => {
                let spec = pop(frame);
                let r = exceptions::exception_matches(top(frame), &spec)?;
                frame.push(py_bool(r));
            }
            Op::CheckEgMatch => except_star::check_eg_match(vm, frame)?,
            Op::PrepReraiseStar => except_star::prep_reraise_star(vm, frame)?,
            Op::RaiseVarargs => match arg {
                0 => {
                    let e = vm.handled_exc.clone().ok_or_else(|| {
                        crate::objects::exception::runtime_error("No active exception to reraise")
                    })?;
                    return Err(Raised {
                        err: PyErr(e),
                        reraise: true,
                    });
                }
                1 => {
                    let e = pop(frame);
                    let e = exceptions::make_raisable(vm, e)?;
                    return Err(PyErr(e).into());
                }
                _ => {
                    let cause = pop(frame);
                    let e = pop(frame);
                    let e = exceptions::make_raisable(vm, e)?;
                    let cause = if singletons::is_none(&cause) {
                        None
                    } else {
                        Some(exceptions::make_raisable(vm, cause).map_err(|_| {
                            type_error("exception causes must derive from BaseException")
                        })?)
                    };
                    exceptions::set_cause(&e, cause);
                    return Err(PyErr(e).into());
                }
            },
            Op::LoadAssertionError => frame.push(types().assertion_error.clone()),
            Op::BeforeWith => ops_slow::before_with(vm, frame)?,
            Op::WithExceptStart => ops_slow::with_except_start(vm, frame)?,
            Op::ImportName => {
                let name = code.names[arg as usize].clone();
                let m = import::import(vm, try_str(&name).unwrap_or(""))?;
                frame.push(m);
            }
            Op::ImportFrom => {
                let m = top(frame).clone();
                let v = import::import_from(vm, &m, &code.names[arg as usize])?;
                frame.push(v);
            }
            Op::SetupAnnotations => {
                let locals = frame.locals.as_ref().unwrap_or(&frame.globals).clone();
                class::setup_annotations(vm, &locals)?;
            }
            Op::ImportStar => {
                let m = pop(frame);
                let locals = frame.locals.as_ref().unwrap_or(&frame.globals).clone();
                modules::import_star(vm, &m, &locals)?;
            }
            Op::PrintExpr => {
                let v = pop(frame);
                sys::display_hook(vm, &v)?;
            }
            Op::YieldValue => {
                let v = pop(frame);
                return Ok(FrameExit::Yield(v));
            }
            Op::GetYieldFromIter => {
                let v = pop(frame);
                let it = if v.layout() == Layout::Generator {
                    v
                } else {
                    iter::get_iter(vm, &v)?
                };
                frame.push(it);
            }
            Op::Send => {
                let v = pop(frame);
                let it = top(frame).clone();
                let r = if it.layout() == Layout::Generator {
                    let sent = if singletons::is_none(&v) {
                        None
                    } else {
                        Some(v)
                    };
                    generator_resume(vm, &it, sent)?
                } else if singletons::is_none(&v) {
                    match iter::next(vm, &it)? {
                        Some(y) => GenResult::Yielded(y),
                        None => GenResult::Returned(types().none.clone()),
                    }
                } else {
                    let send = attr::get_attr_opt(vm, &it, "send")?.ok_or_else(|| {
                        crate::objects::exception::attribute_error(format!(
                            "'{}' object has no attribute 'send'",
                            crate::protocol::object::type_name(&it)
                        ))
                    })?;
                    GenResult::Yielded(call::call(vm, &send, &[v], None)?)
                };
                match r {
                    GenResult::Yielded(y) => frame.push(y),
                    GenResult::Returned(rv) => {
                        drop(frame.pop());
                        frame.push(rv);
                        pc = arg as usize;
                    }
                }
            }
            Op::MatchClass => {
                let names = pop(frame);
                let cls = pop(frame);
                let subject = pop(frame);
                let r = pattern::match_class(vm, &subject, &cls, arg as usize, &names)?;
                frame.push(r);
            }
            Op::MatchMapping => {
                let r = pattern::is_mapping(top(frame));
                frame.push(py_bool(r));
            }
            Op::MatchSequence => {
                let r = pattern::is_sequence(top(frame));
                frame.push(py_bool(r));
            }
            Op::MatchKeys => {
                let n = frame.stack.len();
                let r = pattern::match_keys(vm, &frame.stack[n - 2], &frame.stack[n - 1])?;
                frame.push(r);
            }
            Op::GetLen => {
                let n = object::len(vm, top(frame))?;
                frame.push(int::new_int(n as i64)?);
            }
        }
        sp = frame.stack.len();
        if breaker::is_set() {
            breaker::handle(vm)?;
        }
    }
}

#[inline(always)]
fn fast_truthy(vm: &mut Vm, v: &Obj) -> PyResult<bool> {
    let t = types();
    if v.is(&t.true_) {
        Ok(true)
    } else if v.is(&t.false_) || v.is(&t.none) {
        Ok(false)
    } else if v.ty().is(&t.int) {
        // `while k:` on an exact int: nonzero (a big int never is zero).
        Ok(int::int_small(v) != Some(0))
    } else {
        object::truthy(vm, v)
    }
}
