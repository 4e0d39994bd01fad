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
use crate::eval::names::{
    deref_name, load_name, name_not_defined, store_in_namespace, unbound_deref, unbound_local,
};
use crate::eval::unpack::unpack_sequence;
use crate::eval::unwind::{discard_blocks, set_context, unwind_to_handler};
use crate::eval::{except_star, exceptions, frame_request, names, pattern};
use crate::memory::object::{Obj, ObjRef};
use crate::modules;
use crate::modules::{import, sys};
use crate::objects::bool::py_bool;
use crate::objects::dict::ops;
use crate::objects::exception::{name_error, type_error};
use crate::objects::function::cell::CellBody;
use crate::objects::function::code::CodeBody;
use crate::objects::generator::{generator_resume, GenResult};
use crate::objects::list::{list_body, new_list};
use crate::objects::registry::types;
use crate::objects::str::{new_str, try_str};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobject::class;
use crate::objects::{
    dict, exception, function, int, singletons, slice, tuple, typeobject, Layout,
};
use crate::protocol::call::call_exact_args_from_stack;
use crate::protocol::{
    attr, attr_cache, call, compare, format, iter, number, object, repr, subscript,
};
use crate::vm::{PyErr, PyResult, Vm};
use arenapy_compiler::opcode::{BinaryOperator, ComparisonOperator, Opcode as Op};

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
pub fn run_frame(vm: &mut Vm, frame: &mut Frame) -> PyResult<FrameExit> {
    // No drop guard: a panic aborts the interpreter anyway, and a guard's
    // cleanup path costs every call.
    let previous = crate::eval::frame::link(frame);
    let r = run_frame_linked(vm, frame);
    crate::eval::frame::unlink(previous);
    r
}

#[inline(always)]
fn run_frame_linked(vm: &mut Vm, frame: &mut Frame) -> PyResult<FrameExit> {
    loop {
        match run_until_error(vm, frame) {
            Ok(exit) => return Ok(exit),
            Err(Raised { err, reraise }) => {
                if !reraise {
                    exceptions::add_traceback(&err.0, &frame.code, frame.lasti());
                    set_context(vm, &err.0);
                }
                if !unwind_to_handler(vm, frame, err.0.clone()) {
                    return Err(err);
                }
            }
        }
    }
}

#[inline(always)]
fn run_until_error(vm: &mut Vm, frame: &mut Frame) -> Result<FrameExit, Raised> {
    let code_obj = frame.code.clone();
    let code = code_obj.payload::<CodeBody>().expect("code object");
    let instrs = &code.code.instructions[..];
    // The instruction pointer lives in a register: it is stored into the
    // frame at each instruction (a store the next fetch does not wait for),
    // so tracebacks, generators and frame requests always see it, and
    // never read back.
    let mut pc = frame.pc;
    frame.reserve_stack(code.code.max_stack as usize);
    // The eval breaker is checked on entry (a new frame, a resumed
    // generator, a handler after unwinding) and after every instruction
    // that can release a reference or allocate, so a finalizer queued by a
    // decref (or a collection) runs before the next instruction, as CPython
    // runs it within the decref. Instructions that only push borrowed
    // values or move the stack `continue` past the check.
    if breaker::is_set() {
        breaker::handle(vm)?;
    }
    loop {
        debug_assert!(pc < instrs.len(), "instruction pointer past the end");
        // `pc` is 0, a jump target or the successor of a non-terminal
        // instruction (generators and handlers resume at such a `pc`).
        // SAFETY: the compiler's depth analysis proved all of those inside
        // the code: it rejects a jump or fall-through past the end.
        let instr = unsafe { *instrs.get_unchecked(pc) };
        pc += 1;
        frame.pc = pc;
        let arg = instr.arg();
        match instr.opcode() {
            Op::Nop => continue,
            Op::PopTop => {
                drop(frame.pop());
            }
            Op::Copy => {
                let v = frame.stack[frame.stack.len() - arg as usize].clone();
                frame.push(v);
                continue;
            }
            Op::Swap => {
                let n = frame.stack.len();
                frame.stack.swap(n - 1, n - arg as usize);
                continue;
            }
            Op::LoadConst => {
                let v = &code.consts[arg as usize];
                frame.push(v.clone());
                continue;
            }
            Op::LoadFast => match &frame.fast[arg as usize] {
                Some(v) => {
                    let v = v.clone();
                    frame.push(v);
                    continue;
                }
                None => return Err(unbound_local(code, arg).into()),
            },
            Op::StoreFast => {
                let v = pop(frame);
                let old = frame.fast[arg as usize].replace(v);
                drop(old);
            }
            Op::DeleteFast => {
                if frame.fast[arg as usize].take().is_none() {
                    return Err(unbound_local(code, arg).into());
                }
            }
            Op::LoadName => {
                let name = &code.names[arg as usize];
                let v = load_name(vm, frame, name)?;
                frame.push(v);
            }
            Op::StoreName => {
                let name = code.names[arg as usize].clone();
                let v = pop(frame);
                let locals = frame.locals.as_ref().unwrap_or(&frame.globals).clone();
                store_in_namespace(vm, &locals, name, v)?;
            }
            Op::DeleteName => {
                let name = &code.names[arg as usize];
                let locals = frame.locals.as_ref().unwrap_or(&frame.globals).clone();
                if ops::dict_pop(vm, &locals, name)?.is_none() {
                    return Err(name_not_defined(name, &frame.globals).into());
                }
            }
            Op::LoadGlobal => {
                let v = names::load_global(vm, &frame.globals, code, arg)?;
                frame.push(v);
                continue;
            }
            Op::StoreGlobal => {
                let name = code.names[arg as usize].clone();
                let v = pop(frame);
                ops::dict_set_str(&frame.globals, name, v)?;
            }
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
                let v = cell.value.borrow().clone();
                match v {
                    Some(v) => frame.push(v),
                    None => return Err(unbound_deref(code, arg).into()),
                }
                continue;
            }
            Op::StoreDeref => {
                let v = pop(frame);
                let cell = frame.cells[arg as usize]
                    .payload::<CellBody>()
                    .expect("cell");
                let old = cell.value.borrow_mut().replace(v);
                drop(old);
            }
            Op::DeleteDeref => {
                let cell = frame.cells[arg as usize]
                    .payload::<CellBody>()
                    .expect("cell");
                let old = cell.value.borrow_mut().take();
                if old.is_none() {
                    return Err(unbound_deref(code, arg).into());
                }
            }
            Op::LoadClassDeref => {
                let idx = arg as usize;
                let name_str = deref_name(code, arg);
                let name = new_str(&name_str)?;
                let from_locals = match &frame.locals {
                    Some(l) => ops::dict_get(vm, &l.clone(), &name)?,
                    None => None,
                };
                let v = match from_locals {
                    Some(v) => v,
                    None => {
                        let cell = frame.cells[idx].payload::<CellBody>().expect("cell");
                        let v = cell.value.borrow().clone();
                        v.ok_or_else(|| unbound_deref(code, arg))?
                    }
                };
                frame.push(v);
            }
            Op::LoadClosure => {
                let c = frame.cells[arg as usize].clone();
                frame.push(c);
                continue;
            }
            Op::LoadAttr => {
                let obj = pop(frame);
                let c = code.caches.attr(pc - 1);
                let v = attr_cache::load_attr(vm, &obj, &code.names[arg as usize], c)?;
                frame.push(v);
            }
            Op::StoreAttr => {
                let obj = pop(frame);
                let v = pop(frame);
                let c = code.caches.attr(pc - 1);
                attr_cache::store_attr(vm, &obj, &code.names[arg as usize], v, c)?;
            }
            Op::DeleteAttr => {
                let obj = pop(frame);
                attr::del_attr(vm, &obj, &code.names[arg as usize])?;
            }
            Op::LoadMethod => {
                let obj = pop(frame);
                let c = code.caches.attr(pc - 1);
                let (m, self_) = attr_cache::load_method(vm, &obj, &code.names[arg as usize], c)?;
                frame.push(m);
                frame.push(self_.unwrap_or_else(|| types().null_marker.clone()));
            }
            Op::CallMethod => {
                let n = arg as usize;
                let base = frame.stack.len() - n - 2;
                let is_null = frame.stack[base + 1].is(&types().null_marker);
                let result = match call_exact_args_from_stack(vm, frame, base, is_null) {
                    Some(result) => result,
                    None => {
                        // The value stack keeps the callable alive for the call.
                        let (f, args) = frame.stack[base..].split_first().expect("callable");
                        let args = if is_null { &args[1..] } else { args };
                        let result = call::call_fast(vm, f, args);
                        frame.stack.truncate(base);
                        result
                    }
                };
                let r = match result {
                    Ok(r) => r,
                    Err(e) => frame_request::answer(vm, frame, e)?,
                };
                frame.push(r);
            }
            Op::Call => {
                let n = arg as usize;
                let base = frame.stack.len() - n - 1;
                let result = match call_exact_args_from_stack(vm, frame, base, false) {
                    Some(result) => result,
                    None => {
                        let (f, args) = frame.stack[base..].split_first().expect("callable");
                        let result = call::call_fast(vm, f, args);
                        frame.stack.truncate(base);
                        result
                    }
                };
                let r = match result {
                    Ok(r) => r,
                    Err(e) => frame_request::answer(vm, frame, e)?,
                };
                frame.push(r);
            }
            Op::CallKw => {
                let kwnames = pop(frame);
                let n = arg as usize;
                let base = frame.stack.len() - n - 1;
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
                let r = match call::call_ex(vm, &f, &args, kwargs.as_deref()) {
                    Ok(r) => r,
                    Err(e) => frame_request::answer(vm, frame, e)?,
                };
                frame.push(r);
            }
            Op::MakeFunction => {
                let code_v = pop(frame);
                let closure = if arg & 0x08 != 0 {
                    Some(pop(frame))
                } else {
                    None
                };
                let kwdefaults = if arg & 0x02 != 0 {
                    Some(pop(frame))
                } else {
                    None
                };
                let defaults = if arg & 0x01 != 0 {
                    Some(pop(frame))
                } else {
                    None
                };
                let f = function::make_function(
                    vm,
                    code_v,
                    frame.globals.clone(),
                    defaults,
                    kwdefaults,
                    closure,
                )?;
                frame.push(f);
            }
            Op::LoadBuildClass => {
                let b = ops::dict_get_str(&vm.builtins, &*new_str("__build_class__")?)
                    .ok_or_else(|| name_error("__build_class__ not found"))?;
                frame.push(b);
            }
            Op::ReturnValue => {
                let v = pop(frame);
                if !frame.blocks.is_empty() {
                    discard_blocks(vm, frame);
                }
                return Ok(FrameExit::Return(v));
            }
            Op::BinaryOp => {
                let b = pop(frame);
                let a = pop(frame);
                let op = BinaryOperator::from_arg(arg).expect("binary operator");
                let r = match number::fast_binary(op, &a, &b) {
                    Some(r) => r?,
                    None => binary_op_slow(vm, op, &a, &b)?,
                };
                drop((a, b));
                frame.push(r);
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
            Op::CompareOp => {
                let b = pop(frame);
                let a = pop(frame);
                let op = ComparisonOperator::from_arg(arg).expect("comparison");
                match compare::fast_compare(op, &a, &b) {
                    Some(r) => {
                        drop((a, b));
                        // Fused with a following PopJumpIfFalse/True: the
                        // bool never goes through the value stack.
                        let next = instrs[pc];
                        match next.opcode() {
                            Op::PopJumpIfFalse => {
                                pc = if r { pc + 1 } else { next.arg() as usize };
                            }
                            Op::PopJumpIfTrue => {
                                pc = if r { next.arg() as usize } else { pc + 1 };
                            }
                            _ => frame.push(py_bool(r)),
                        }
                    }
                    None => {
                        let r = rich_compare_slow(vm, op, &a, &b)?;
                        frame.push(r);
                    }
                }
            }
            Op::IsOp => {
                let b = pop(frame);
                let a = pop(frame);
                frame.push(py_bool(a.is(&b) != (arg == 1)));
            }
            Op::ContainsOp => {
                let b = pop(frame);
                let a = pop(frame);
                let r = subscript::contains(vm, &b, &a)?;
                frame.push(py_bool(r != (arg == 1)));
            }
            Op::BinarySubscr => {
                let key = pop(frame);
                let container = pop(frame);
                let r = match crate::protocol::subscript::fast_getitem(&container, &key) {
                    Some(r) => r,
                    None => subscript::getitem(vm, &container, &key)?,
                };
                drop((container, key));
                frame.push(r);
            }
            Op::StoreSubscr => {
                let key = pop(frame);
                let container = pop(frame);
                let v = pop(frame);
                if let Err(v) = crate::protocol::subscript::fast_setitem(&container, &key, v) {
                    subscript::setitem(vm, &container, &key, v)?;
                }
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
            Op::BuildSet => {
                let n = frame.stack.len() - arg as usize;
                // No temporary vector: the items stay on the stack (which
                // keeps them alive) until the set holds them.
                let s = crate::objects::set::new_set(false)?;
                for k in n..frame.stack.len() {
                    let i = frame.stack[k].clone();
                    crate::objects::set::ops::set_add(vm, &s, i)?;
                }
                frame.stack.truncate(n);
                frame.push(s);
            }
            Op::BuildMap => {
                let n = frame.stack.len() - 2 * arg as usize;
                let d = dict::new_dict()?;
                for k in (n..frame.stack.len()).step_by(2) {
                    let (key, v) = (frame.stack[k].clone(), frame.stack[k + 1].clone());
                    ops::dict_set(vm, &d, key, v)?;
                }
                frame.stack.truncate(n);
                frame.push(d);
            }
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
            Op::ListExtend => {
                let it = pop(frame);
                let l = frame.stack[frame.stack.len() - arg as usize].clone();
                let remap = |e: crate::vm::PyErr| {
                    // Only an object without __iter__ or __getitem__ gets
                    // this message; the error of a broken one goes through.
                    let has_protocol = object::is_heap_type_instance(&it)
                        && (typeobject::lookup_str(it.ty(), "__iter__").is_some()
                            || typeobject::lookup_str(it.ty(), "__getitem__").is_some());
                    if typeobject::is_subtype(e.0.ty(), &types().type_error)
                        && !iter::is_iterator(&it)
                        && !has_protocol
                    {
                        type_error(format!(
                            "Value after * must be an iterable, not {}",
                            object::type_name(&it)
                        ))
                    } else {
                        e
                    }
                };
                let items = iter::collect_hinted(vm, &it).map_err(remap)?;
                crate::objects::list::list_extend_items(
                    &mut list_body(&l).expect("list").items.borrow_mut(),
                    &it,
                    items,
                )?;
            }
            Op::SetUpdate => {
                let it = pop(frame);
                let s = frame.stack[frame.stack.len() - arg as usize].clone();
                crate::objects::set::ops::update_internal(vm, &s, &it)?;
            }
            Op::DictUpdate => {
                let m = pop(frame);
                let d = frame.stack[frame.stack.len() - arg as usize].clone();
                if m.layout() != Layout::Dict && attr::get_attr_opt(vm, &m, "keys")?.is_none() {
                    return Err(type_error(format!(
                        "'{}' object is not a mapping",
                        object::type_name(&m)
                    ))
                    .into());
                }
                ops::dict_update(vm, &d, &m)?;
            }
            Op::DictMerge => {
                let m = pop(frame);
                let d = frame.stack[frame.stack.len() - arg as usize].clone();
                call::dict_merge_kwargs(
                    vm,
                    &d,
                    &m,
                    frame
                        .stack
                        .get(frame.stack.len() - arg as usize - 2)
                        .cloned(),
                )?;
            }
            Op::ListToTuple => {
                let l = pop(frame);
                let items: Vec<ObjRef> = list_body(&l)
                    .expect("list")
                    .items
                    .borrow()
                    .iter()
                    .cloned()
                    .collect();
                frame.push(new_tuple(items)?);
            }
            Op::FormatValue => {
                let spec = if arg & 0x04 != 0 {
                    Some(pop(frame))
                } else {
                    None
                };
                let v = pop(frame);
                let v = match arg & 0x03 {
                    1 => repr::str_of(vm, &v)?,
                    2 => repr::repr(vm, &v)?,
                    3 => {
                        let r = repr::repr_string(vm, &v)?;
                        new_str(&crate::objects::str::ascii_escape(&r))?
                    }
                    _ => v,
                };
                let spec_s = spec.as_ref().and_then(|s| try_str(s)).unwrap_or("");
                let r = if spec_s.is_empty() && v.layout() == Layout::Str && v.ty().is(&types().str)
                {
                    v
                } else {
                    format::format(vm, &v, spec_s)?
                };
                frame.push(r);
            }
            Op::UnpackSequence => {
                let seq = pop(frame);
                unpack_sequence(vm, frame, &seq, arg as usize)?;
            }
            Op::UnpackEx => {
                let seq = pop(frame);
                let before = (arg & 0xff) as usize;
                let after = (arg >> 8) as usize;
                let items = iter::collect(vm, &seq)?;
                if items.len() < before + after {
                    return Err(crate::objects::exception::value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    ))
                    .into());
                }
                let n = items.len();
                for v in items[n - after..].iter().rev() {
                    frame.push(v.clone());
                }
                frame.push(new_list(items[before..n - after].to_vec())?);
                for v in items[..before].iter().rev() {
                    frame.push(v.clone());
                }
            }
            Op::Jump => {
                if (arg as usize) < pc {
                    check_interrupt(vm)?;
                }
                pc = arg as usize;
                continue;
            }
            Op::PopJumpIfFalse => {
                let v = pop(frame);
                if !fast_truthy(vm, &v)? {
                    pc = arg as usize;
                }
            }
            Op::PopJumpIfTrue => {
                let v = pop(frame);
                if fast_truthy(vm, &v)? {
                    pc = arg as usize;
                }
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
            Op::ForIter => {
                // Ranges and lists inline (CPython's FOR_ITER_RANGE and
                // FOR_ITER_LIST); everything else through the protocol.
                let it = top(frame);
                let step = match it.layout() {
                    Layout::RangeIter => {
                        let r = it
                            .payload::<crate::objects::range::RangeIterBody>()
                            .expect("range iterator");
                        Some(match crate::objects::range::range_iter_step(r) {
                            Some(v) => Some(int::new_int(v)?),
                            None => None,
                        })
                    }
                    Layout::SeqIter => crate::objects::iter::list_iter_step(it),
                    _ => None,
                };
                let next = match step {
                    Some(next) => next,
                    None => {
                        let it = it.clone();
                        iter::next(vm, &it)?
                    }
                };
                match next {
                    Some(v) => frame.push(v),
                    None => {
                        drop(frame.pop());
                        pc = arg as usize;
                    }
                }
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
                    let b = exception::exc_body(&e);
                    *b.cause.borrow_mut() = cause;
                    b.suppress_context.set(true);
                    return Err(PyErr(e).into());
                }
            },
            Op::LoadAssertionError => frame.push(types().assertion_error.clone()),
            Op::BeforeWith => {
                let mgr = pop(frame);
                let exit = attr::get_attr_opt(vm, &mgr, "__exit__")?;
                let enter = attr::get_attr_opt(vm, &mgr, "__enter__")?;
                let (Some(enter), Some(exit)) = (enter, exit) else {
                    return Err(type_error(format!(
                        "'{}' object does not support the context manager protocol",
                        object::type_name(&mgr)
                    ))
                    .into());
                };
                let r = call::call(vm, &enter, &[], None)?;
                frame.push(exit);
                frame.push(r);
            }
            Op::WithExceptStart => {
                let e = top(frame).clone();
                let exit = frame.stack[frame.stack.len() - 2].clone();
                let r = call::call(
                    vm,
                    &exit,
                    &[e.ty().to_ref(), e.clone(), types().none.clone()],
                    None,
                )?;
                let t = object::truthy(vm, &r)?;
                frame.push(py_bool(t));
            }
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
        if breaker::is_set() {
            breaker::handle(vm)?;
        }
    }
}

#[cold]
#[inline(never)]
fn binary_op_slow(vm: &mut Vm, op: BinaryOperator, a: &Obj, b: &Obj) -> PyResult<ObjRef> {
    number::binary_op(vm, op, a, b)
}

#[cold]
#[inline(never)]
fn rich_compare_slow(vm: &mut Vm, op: ComparisonOperator, a: &Obj, b: &Obj) -> PyResult<ObjRef> {
    compare::rich_compare(vm, op, a, b)
}

#[inline(always)]
fn fast_truthy(vm: &mut Vm, v: &Obj) -> PyResult<bool> {
    let t = types();
    if v.is(&t.true_) {
        Ok(true)
    } else if v.is(&t.false_) || v.is(&t.none) {
        Ok(false)
    } else {
        object::truthy(vm, v)
    }
}

/// Raises KeyboardInterrupt if Ctrl-C was pressed. Runs on every backward
/// jump: a plain load first, the (locked) swap only when the flag is set.
#[inline(always)]
fn check_interrupt(vm: &mut Vm) -> PyResult<()> {
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
        return Err(exception::new_error(&types().keyboard_interrupt, ""));
    }
    Ok(())
}
