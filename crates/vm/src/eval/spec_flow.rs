//! Quickening of the control-flow and global-name instructions: CompareOp
//! (with the conditional jump after it), ForIter, UnpackSequence and
//! LoadGlobal, their adaptive generic forms and their specialised ones
//! (CPython 3.11's COMPARE_OP_INT_JUMP / FLOAT_JUMP / STR_JUMP,
//! UNPACK_SEQUENCE_*, LOAD_GLOBAL_MODULE / BUILTIN, 3.12's FOR_ITER_LIST /
//! FOR_ITER_RANGE), and LoadName / StoreName / StoreGlobal through
//! LoadGlobal's cache. The machinery — counters, backoff, [`deoptimise`] —
//! is `specialize`'s (see its module docs).
//!
//! CompareOp's quickened argument keeps the operator in bits 0-2 and, once
//! specialised, an outcome mask in bits 3-6: bit `i` is the result (for
//! the `Jump` forms: whether to jump) when the operands compare less (0),
//! equal (1), greater (2) or unordered (3, a NaN), so the specialised forms
//! compute an index and shift instead of matching on the operator. A
//! `Jump` form is written only over a CompareOp followed by PopJumpIfFalse
//! or PopJumpIfTrue (which the quickened copy never rewrites): it takes
//! the jump's target from there and skips it. When a guard fails or the
//! values need the generic path (big ints), the result is pushed as a bool
//! and the jump instruction runs as compiled — so a compare that raises
//! is still the instruction the traceback names.
//!
//! ForIter has no counter (its argument is the jump target): it
//! specialises when the generic form first sees a list or range iterator.
//! Its operand is the same iterator for a whole loop, so a guard fails at
//! most once per run of the loop (a loop over something else this time)
//! and there is no repeated failure to back off from. The specialised
//! forms hand the item straight to a StoreFast after them (CPython 3.12's
//! FOR_ITER_RANGE does the same), skipping its dispatch and the push/pop.
//!
//! LoadGlobal specialises into LoadGlobalModule or LoadGlobalBuiltin for
//! where its cache (`names::load_global`, keyed on the dicts' version
//! stamps) found the name; a form checks only the versions its kind needs.
//!
//! LoadName and StoreName in module code, and StoreGlobal, use the same
//! cache: a store to a name the cache has in the globals dict replaces the
//! value in place.
//!
//! UnpackSequence's quickened argument is its counter: the generic form
//! reads the count from the compiled instruction, so any count can adapt;
//! the specialised forms are for counts below 256, kept in bits 0-7.
//! UnpackSequenceTwoTuple hands the pair straight to a
//! StoreFast__StoreFast after it, as ForIter's forms do to a StoreFast.

use crate::eval::breaker;
use crate::eval::frame::Frame;
use crate::eval::names;
use crate::eval::specialize::{adapt, deoptimise, BACKOFF, COUNTER_SHIFT};
use crate::eval::unpack::unpack_sequence;
use crate::memory::object::{release_exact, Obj, ObjRef, Payload};
use crate::objects::bool::py_bool;
use crate::objects::dict::ops::dict_set_str;
use crate::objects::dict::{dict_body, maintain_tracking};
use crate::objects::float::{exact_float_value, FloatBody};
use crate::objects::function::code::{CodeBody, GlobalCache};
use crate::objects::int::{exact_int_small, new_int, IntBody};
use crate::objects::iter::{list_iter_step, SeqIterBody};
use crate::objects::list::list_body;
use crate::objects::range::{range_iter_step, RangeIterBody};
use crate::objects::registry::types;
use crate::objects::str::{try_str, StrBody};
use crate::objects::tuple::try_tuple_items;
use crate::objects::Layout;
use crate::protocol::object::is_heap_type_instance;
use crate::protocol::{compare, iter, subscript};
use crate::vm::{PyResult, Vm};
use arenapy_compiler::opcode::{ComparisonOperator as C, Instr, Opcode as Op};
use std::cell::Cell;
use std::cmp::Ordering;

/// The operator of a quickened CompareOp argument.
#[inline(always)]
fn operator(arg: u32) -> C {
    C::from_arg(arg & 7).expect("comparison operator")
}

/// The outcome mask of `op` (see the module docs).
fn outcome_mask(op: C) -> u32 {
    match op {
        C::Less => 0b0001,
        C::LessEqual => 0b0011,
        C::Equal => 0b0010,
        C::NotEqual => 0b1101,
        C::Greater => 0b0100,
        C::GreaterEqual => 0b0110,
    }
}

/// How a specialised compare's operands compare.
pub enum Outcome {
    /// The outcome's bit in the mask: 0 less, 1 equal, 2 greater, 3
    /// unordered.
    Index(u32),
    /// Not the types the instruction is for: deoptimise.
    Deopt,
    /// The right types, but values only the generic path handles.
    Generic,
}

/// CompareOp{Int,IntJump}: word-sized exact ints compare here; big ints
/// take the generic path without deoptimising.
#[inline(always)]
fn ints(a: &Obj, b: &Obj, _op: C) -> Outcome {
    let t = types();
    match (exact_int_small(a, &t.int), exact_int_small(b, &t.int)) {
        (Some(x), Some(y)) => Outcome::Index(u32::from(x >= y) + u32::from(x > y)),
        _ if a.ty().is(&t.int) && b.ty().is(&t.int) => Outcome::Generic,
        _ => Outcome::Deopt,
    }
}

/// CompareOp{Float,FloatJump}: IEEE comparisons, as Python's (a NaN is
/// unordered: only `!=` holds).
#[inline(always)]
fn floats(a: &Obj, b: &Obj, _op: C) -> Outcome {
    let t = types();
    match (
        exact_float_value(a, &t.float),
        exact_float_value(b, &t.float),
    ) {
        (Some(x), Some(y)) => Outcome::Index(match x.partial_cmp(&y) {
            Some(Ordering::Less) => 0,
            Some(Ordering::Equal) => 1,
            Some(Ordering::Greater) => 2,
            None => 3,
        }),
        _ => Outcome::Deopt,
    }
}

/// CompareOp{Str,StrJump}: `==` and `!=` by identity, then by text; the
/// orderings by code point, which is the order of the UTF-8 bytes.
#[inline(always)]
fn strs(a: &Obj, b: &Obj, op: C) -> Outcome {
    let t = types();
    if !(a.ty().is(&t.str) && b.ty().is(&t.str)) {
        return Outcome::Deopt;
    }
    if a.is(b) {
        return Outcome::Index(1);
    }
    let (Some(x), Some(y)) = (try_str(a), try_str(b)) else {
        return Outcome::Deopt;
    };
    Outcome::Index(match op {
        // Unequal is "less" for the masks of == and !=.
        C::Equal | C::NotEqual => u32::from(x == y),
        _ => match x.cmp(y) {
            Ordering::Less => 0,
            Ordering::Equal => 1,
            Ordering::Greater => 2,
        },
    })
}

/// CompareOp, adaptive: specialises for `a op b` (fused with a following
/// conditional jump), then compares generically — the bool of a word-sized
/// number compare goes straight to such a jump too.
#[inline(always)]
pub fn compare_op(
    vm: &mut Vm,
    frame: &mut Frame,
    instrs: &[Cell<Instr>],
    pc: &mut usize,
    instr: Instr,
) -> PyResult<()> {
    let b = frame.pop();
    let a = frame.pop();
    let op = operator(instr.arg());
    let next = instrs.get(*pc).map_or(Op::Nop, |i| i.get().opcode());
    let jump = matches!(next, Op::PopJumpIfFalse | Op::PopJumpIfTrue);
    let site = &instrs[*pc - 1];
    let arg = instr.arg();
    site.set(if arg >> COUNTER_SHIFT != 0 {
        Instr::new(Op::CompareOp, arg - (1 << COUNTER_SHIFT))
    } else if let Some(form) = choose_compare(&a, &b, jump) {
        let mask = match next {
            Op::PopJumpIfFalse => !outcome_mask(op) & 0b1111,
            _ => outcome_mask(op),
        };
        Instr::new(form, (arg & 7) | mask << 3)
    } else {
        Instr::new(Op::CompareOp, (arg & 7) | BACKOFF << COUNTER_SHIFT)
    });
    match compare::fast_compare(op, &a, &b) {
        Some(r) => {
            drop((a, b));
            push_or_jump(vm, frame, instrs, pc, r)?;
        }
        None => compare_generic(vm, frame, op, a, b)?,
    }
    Ok(())
}

/// The specialised form for these operands, if any.
fn choose_compare(a: &Obj, b: &Obj, jump: bool) -> Option<Op> {
    let t = types();
    let (ta, tb) = (a.ty(), b.ty());
    if !ta.is(tb) {
        return None;
    }
    Some(match (ta, jump) {
        (ty, true) if ty.is(&t.int) => Op::CompareOpIntJump,
        (ty, true) if ty.is(&t.float) => Op::CompareOpFloatJump,
        (ty, true) if ty.is(&t.str) => Op::CompareOpStrJump,
        (ty, false) if ty.is(&t.int) => Op::CompareOpInt,
        (ty, false) if ty.is(&t.float) => Op::CompareOpFloat,
        (ty, false) if ty.is(&t.str) => Op::CompareOpStr,
        _ => return None,
    })
}

/// The target of the conditional jump at `pc`.
#[inline(always)]
fn jump_target(instrs: &[Cell<Instr>], pc: usize) -> u32 {
    instrs[pc].get().arg()
}

/// The generic compare: pushes the result object.
#[cold]
#[inline(never)]
fn compare_generic(vm: &mut Vm, frame: &mut Frame, op: C, a: ObjRef, b: ObjRef) -> PyResult<()> {
    let r = match compare::fast_compare(op, &a, &b) {
        Some(r) => py_bool(r),
        None => compare::rich_compare(vm, op, &a, &b)?,
    };
    drop((a, b));
    frame.push(r);
    Ok(())
}

/// The operand kinds of the specialised compares: how they compare, and
/// the body of the exact type an [`Outcome::Index`] guarantees both
/// operands have, which they are released as (`release_exact`).
pub trait Operands {
    type Body: Payload;
    fn outcome(a: &Obj, b: &Obj, op: C) -> Outcome;
}

/// Exact ints ([`ints`]).
pub struct Ints;
impl Operands for Ints {
    type Body = IntBody;
    #[inline(always)]
    fn outcome(a: &Obj, b: &Obj, op: C) -> Outcome {
        ints(a, b, op)
    }
}

/// Exact floats ([`floats`]).
pub struct Floats;
impl Operands for Floats {
    type Body = FloatBody;
    #[inline(always)]
    fn outcome(a: &Obj, b: &Obj, op: C) -> Outcome {
        floats(a, b, op)
    }
}

/// Exact strs ([`strs`]).
pub struct Strs;
impl Operands for Strs {
    type Body = StrBody;
    #[inline(always)]
    fn outcome(a: &Obj, b: &Obj, op: C) -> Outcome {
        strs(a, b, op)
    }
}

/// A specialised CompareOp on the operands of `K` ([`Ints`], [`Floats`],
/// [`Strs`]); `JUMP` forms take or skip the conditional jump after them,
/// the others push the bool.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
pub fn compare<const JUMP: bool, K: Operands>(
    vm: &mut Vm,
    frame: &mut Frame,
    instrs: &[Cell<Instr>],
    pc: &mut usize,
    instr: Instr,
    _kind: K,
    a: ObjRef,
    b: ObjRef,
) -> PyResult<StackTouched> {
    let arg = instr.arg();
    match K::outcome(&a, &b, operator(arg)) {
        Outcome::Index(i) => {
            // SAFETY: an `Index` outcome means both operands are of `K`'s
            // exact type (see `Operands`).
            unsafe {
                release_exact::<K::Body>(a);
                release_exact::<K::Body>(b);
            }
            let r = (arg >> 3 >> i) & 1 != 0;
            if !JUMP {
                frame.push(py_bool(r));
                return Ok(StackTouched(true));
            } else if r {
                *pc = breaker::jump_to(vm, *pc, jump_target(instrs, *pc))?;
            } else {
                *pc += 1;
            }
            Ok(StackTouched(false))
        }
        outcome => {
            if let Outcome::Deopt = outcome {
                deoptimise(&instrs[*pc - 1], instr);
            }
            compare_generic(vm, frame, operator(arg), a, b)?;
            Ok(StackTouched(true))
        }
    }
}

/// Whether an instruction's helper pushed or popped through the frame (so
/// the dispatch loop reloads its stack pointer) rather than leaving the
/// stack as the loop left it.
#[must_use]
pub struct StackTouched(pub bool);

/// Pushes the bool `r` or, when a PopJumpIfFalse/True follows, takes or
/// skips that jump instead (the bool never goes through the stack).
#[inline(always)]
fn push_or_jump(
    vm: &mut Vm,
    frame: &mut Frame,
    instrs: &[Cell<Instr>],
    pc: &mut usize,
    r: bool,
) -> PyResult<()> {
    let next = instrs[*pc].get();
    let jump = match next.opcode() {
        Op::PopJumpIfFalse => !r,
        Op::PopJumpIfTrue => r,
        _ => {
            frame.push(py_bool(r));
            return Ok(());
        }
    };
    *pc = if jump {
        breaker::jump_to(vm, *pc, next.arg())?
    } else {
        *pc + 1
    };
    Ok(())
}

/// IsOp (`is`, `is not` by the argument), fused with a following
/// conditional jump.
#[inline(always)]
pub fn is_op(
    vm: &mut Vm,
    frame: &mut Frame,
    instrs: &[Cell<Instr>],
    pc: &mut usize,
    instr: Instr,
) -> PyResult<()> {
    let b = frame.pop();
    let a = frame.pop();
    let r = a.is(&b) != (instr.arg() == 1);
    drop((a, b));
    push_or_jump(vm, frame, instrs, pc, r)
}

/// ContainsOp (`in`, `not in`), fused with a following conditional jump;
/// an error leaves `pc` at the instruction, for the traceback.
#[inline(always)]
pub fn contains_op(
    vm: &mut Vm,
    frame: &mut Frame,
    instrs: &[Cell<Instr>],
    pc: &mut usize,
    instr: Instr,
) -> PyResult<()> {
    let b = frame.pop();
    let a = frame.pop();
    let r = subscript::contains(vm, &b, &a)? != (instr.arg() == 1);
    drop((a, b));
    push_or_jump(vm, frame, instrs, pc, r)
}

/// ForIter, generic: ranges and lists inline (and specialised for), other
/// iterators through the protocol.
#[inline(always)]
pub fn for_iter(
    vm: &mut Vm,
    frame: &mut Frame,
    instrs: &[Cell<Instr>],
    pc: &mut usize,
    instr: Instr,
) -> PyResult<()> {
    let site = &instrs[*pc - 1];
    let it = frame.top();
    let step = match it.layout() {
        Layout::RangeIter => {
            site.set(Instr::new(Op::ForIterRange, instr.arg()));
            let r = it.payload::<RangeIterBody>().expect("range iterator");
            Some(match range_iter_step(r) {
                Some(v) => Some(new_int(v)?),
                None => None,
            })
        }
        Layout::SeqIter => {
            let s = list_iter_step(it);
            if s.is_some() {
                site.set(Instr::new(Op::ForIterList, instr.arg()));
            }
            s
        }
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
            *pc = instr.arg() as usize;
        }
    }
    Ok(())
}

/// Hands the next item of a specialised ForIter to the StoreFast after it
/// (skipped: its successor, a super-instruction's second half, still runs)
/// or pushes it.
#[inline(always)]
fn take_item(frame: &mut Frame, instrs: &[Cell<Instr>], pc: &mut usize, v: ObjRef) -> StackTouched {
    let next = instrs[*pc].get();
    if matches!(
        next.opcode(),
        Op::StoreFast | Op::StoreFast__LoadFast | Op::StoreFast__StoreFast
    ) {
        *pc += 1;
        let old = frame.local_mut(next.arg()).replace(v);
        drop(old);
        StackTouched(false)
    } else {
        frame.push(v);
        StackTouched(true)
    }
}

/// The loop is done: the iterator goes, and the loop jumps past its end.
#[inline(always)]
fn for_iter_done(frame: &mut Frame, pc: &mut usize, instr: Instr) -> StackTouched {
    drop(frame.pop());
    *pc = instr.arg() as usize;
    StackTouched(true)
}

/// A specialised ForIter's guard failed: back to ForIter, its argument
/// (the jump target) as it was.
#[cold]
#[inline(never)]
fn for_iter_deoptimise(site: &Cell<Instr>, instr: Instr) {
    site.set(Instr::new(Op::ForIter, instr.arg()));
}

/// ForIterRange.
#[inline(always)]
///
/// `sp` is the dispatch loop's stack pointer; the result says whether the
/// stack changed (the loop reloads it then).
pub fn for_iter_range(
    vm: &mut Vm,
    frame: &mut Frame,
    instrs: &[Cell<Instr>],
    pc: &mut usize,
    instr: Instr,
    sp: usize,
) -> PyResult<StackTouched> {
    let Some(r) = frame.operand(sp - 1).payload::<RangeIterBody>() else {
        for_iter_deoptimise(&instrs[*pc - 1], instr);
        return for_iter(vm, frame, instrs, pc, instr).map(|()| StackTouched(true));
    };
    Ok(match range_iter_step(r) {
        Some(v) => take_item(frame, instrs, pc, new_int(v)?),
        None => for_iter_done(frame, pc, instr),
    })
}

/// ForIterList: the iterator of an exact list (`list_iter_step`'s test).
#[inline(always)]
pub fn for_iter_list(
    vm: &mut Vm,
    frame: &mut Frame,
    instrs: &[Cell<Instr>],
    pc: &mut usize,
    instr: Instr,
    sp: usize,
) -> PyResult<StackTouched> {
    let it = frame.operand(sp - 1);
    let step = if it.ty().is(&types().list_iterator) {
        list_next(it)
    } else {
        None
    };
    Ok(match step {
        Some(Some(v)) => take_item(frame, instrs, pc, v),
        Some(None) => for_iter_done(frame, pc, instr),
        None => {
            for_iter_deoptimise(&instrs[*pc - 1], instr);
            for_iter(vm, frame, instrs, pc, instr)?;
            StackTouched(true)
        }
    })
}

/// `list_iter_step` for an iterator of the exact `list_iterator` type
/// (whose sequence is a list or, once exhausted, gone).
#[inline(always)]
fn list_next(it: &Obj) -> Option<Option<ObjRef>> {
    let s = it.payload::<SeqIterBody>()?;
    let Some(list) = s.seq.get() else {
        return Some(None);
    };
    if !list.ty().is(&types().list) {
        return None;
    }
    let i = s.index.get();
    let item = list_body(&list)?.items.borrow().get(i).cloned();
    drop(list);
    if item.is_some() {
        s.index.set(i + 1);
    } else {
        s.seq.set(None);
    }
    Some(item)
}

/// UnpackSequence, adaptive (the count from the compiled instruction).
#[inline(always)]
pub fn unpack(
    vm: &mut Vm,
    frame: &mut Frame,
    code: &CodeBody,
    site: &Cell<Instr>,
    instr: Instr,
    pc: usize,
) -> PyResult<()> {
    let n = code.code.instructions[pc - 1].arg() as usize;
    let seq = frame.pop();
    adapt(site, instr, || {
        let t = types();
        let ty = seq.ty();
        match n {
            2 if ty.is(&t.tuple) => Some(Op::UnpackSequenceTwoTuple),
            _ if n >= 256 => None,
            _ if ty.is(&t.tuple) => Some(Op::UnpackSequenceTuple),
            _ if ty.is(&t.list) => Some(Op::UnpackSequenceList),
            _ => None,
        }
    });
    unpack_sequence(vm, frame, &seq, n)
}

/// UnpackSequenceTwoTuple: the two items of an exact tuple of two, stored
/// straight into the locals of a StoreFast__StoreFast after it (which is
/// skipped with its second half) or pushed; anything else deoptimises and
/// takes the generic path.
#[inline(always)]
pub fn unpack_two_tuple(
    vm: &mut Vm,
    frame: &mut Frame,
    instrs: &[Cell<Instr>],
    pc: &mut usize,
    instr: Instr,
) -> PyResult<()> {
    let seq = frame.pop();
    let items = if seq.ty().is(&types().tuple) {
        try_tuple_items(&seq)
    } else {
        None
    };
    let Some([x, y]) = items else {
        deoptimise(&instrs[*pc - 1], instr);
        return unpack_sequence(vm, frame, &seq, 2);
    };
    let (x, y) = (x.clone(), y.clone());
    drop(seq);
    let next = instrs[*pc].get();
    if next.opcode() == Op::StoreFast__StoreFast {
        let second = instrs[*pc + 1].get().arg();
        *pc += 2;
        let old = frame.local_mut(next.arg()).replace(x);
        drop(old);
        let old = frame.local_mut(second).replace(y);
        drop(old);
    } else {
        frame.push(y);
        frame.push(x);
    }
    Ok(())
}

/// UnpackSequence{Tuple,List}: the items of an exact tuple or
/// list of the instruction's length (2 for TwoTuple), last first; anything
/// else deoptimises and takes the generic path (which raises the
/// ValueError of a wrong length).
#[inline(always)]
pub fn unpack_exact(
    vm: &mut Vm,
    frame: &mut Frame,
    site: &Cell<Instr>,
    instr: Instr,
    n: usize,
) -> PyResult<()> {
    let seq = frame.pop();
    let t = types();
    let ty = seq.ty();
    let done = if ty.is(&t.tuple) && instr.opcode() != Op::UnpackSequenceList {
        let items = try_tuple_items(&seq).unwrap_or(&[]);
        items.len() == n && {
            for v in items.iter().rev() {
                frame.push(v.clone());
            }
            true
        }
    } else if ty.is(&t.list) && instr.opcode() == Op::UnpackSequenceList {
        let items = list_body(&seq).map(|b| b.items.borrow());
        items.is_some_and(|items| {
            items.len() == n && {
                for v in items.iter().rev() {
                    frame.push(v.clone());
                }
                true
            }
        })
    } else {
        false
    };
    if !done {
        deoptimise(site, instr);
        return unpack_sequence(vm, frame, &seq, n);
    }
    Ok(())
}

/// LoadGlobal, generic: the inline cache's lookup (`names::load_global`),
/// after which the site becomes the form for where the cache found the
/// name. No counter: the specialised forms miss only when the globals or
/// builtins dict gained or lost a key, and the refill that follows is the
/// slow path anyway.
#[inline(always)]
pub fn load_global(
    vm: &Vm,
    globals: &ObjRef,
    code: &CodeBody,
    site: &Cell<Instr>,
    arg: u32,
) -> PyResult<ObjRef> {
    let v = names::load_global(vm, globals, code, arg)?;
    let in_globals =
        code.caches.globals[arg as usize].builtins_version.get() == GlobalCache::IN_GLOBALS;
    site.set(Instr::new(
        if in_globals {
            Op::LoadGlobalModule
        } else {
            Op::LoadGlobalBuiltin
        },
        arg,
    ));
    Ok(v)
}

/// LoadGlobalModule: the cached entry of the globals dict while its
/// version is the cached one and the cache is for a global.
#[inline(always)]
pub fn load_global_module(
    vm: &Vm,
    globals: &ObjRef,
    code: &CodeBody,
    site: &Cell<Instr>,
    arg: u32,
) -> PyResult<ObjRef> {
    match names::cached_global(vm, globals, &code.caches.globals[arg as usize]) {
        Some(v) => Ok(v),
        None => load_global_miss(vm, globals, code, site, arg),
    }
}

/// LoadGlobalBuiltin: the cached entry of the builtins dict while both
/// dicts' versions are the cached ones (a name added to the globals would
/// shadow it).
#[inline(always)]
pub fn load_global_builtin(
    vm: &Vm,
    globals: &ObjRef,
    code: &CodeBody,
    site: &Cell<Instr>,
    arg: u32,
) -> PyResult<ObjRef> {
    match names::cached_global(vm, globals, &code.caches.globals[arg as usize]) {
        Some(v) => Ok(v),
        None => load_global_miss(vm, globals, code, site, arg),
    }
}

/// A specialised LoadGlobal missed: the generic form refills the cache and
/// specialises again.
#[cold]
#[inline(never)]
fn load_global_miss(
    vm: &Vm,
    globals: &ObjRef,
    code: &CodeBody,
    site: &Cell<Instr>,
    arg: u32,
) -> PyResult<ObjRef> {
    site.set(Instr::new(Op::LoadGlobal, arg));
    load_global(vm, globals, code, site, arg)
}

/// Does the frame's name space (LoadName, StoreName) read and write its
/// globals — module code, where the two are one dict — so that LoadGlobal's
/// cache answers for it?
#[inline(always)]
fn names_are_globals(frame: &Frame) -> bool {
    frame.locals.as_ref().is_none_or(|l| l.is(&frame.globals))
}

/// LoadName: in module code through LoadGlobal's cache (locals, globals
/// and builtins are then globals and builtins); elsewhere the search.
#[inline(always)]
pub fn load_name(vm: &mut Vm, frame: &mut Frame, code: &CodeBody, arg: u32) -> PyResult<()> {
    let v = if names_are_globals(frame) {
        names::load_global(vm, &frame.globals, code, arg)?
    } else {
        names::load_name(vm, frame, &code.names[arg as usize])?
    };
    frame.push(v);
    Ok(())
}

/// StoreName: in module code (an exact dict's), as StoreGlobal.
#[inline(always)]
pub fn store_name(vm: &mut Vm, frame: &mut Frame, code: &CodeBody, arg: u32) -> PyResult<()> {
    let v = frame.pop();
    if names_are_globals(frame) && !is_heap_type_instance(&frame.globals) {
        return store_cached(&frame.globals, code, arg, v);
    }
    let name = code.names[arg as usize].clone();
    let locals = frame.locals.as_ref().unwrap_or(&frame.globals).clone();
    names::store_in_namespace(vm, &locals, name, v)
}

/// StoreGlobal.
#[inline(always)]
pub fn store_global(frame: &mut Frame, code: &CodeBody, arg: u32) -> PyResult<()> {
    let v = frame.pop();
    store_cached(&frame.globals, code, arg, v)
}

/// `globals[names[arg]] = v`: a name LoadGlobal's cache has in the dict,
/// the dict's version unchanged, has its value replaced in place (which
/// keeps the version: no entry moves); any other takes `dict_set_str`.
#[inline(always)]
fn store_cached(globals: &Obj, code: &CodeBody, arg: u32, v: ObjRef) -> PyResult<()> {
    let cache = &code.caches.globals[arg as usize];
    let name = &code.names[arg as usize];
    let body = dict_body(globals).expect("dict");
    maintain_tracking(globals, name, &v);
    let old = {
        let mut gt = body.table.borrow_mut();
        let mut ix = cache.index.get();
        let hit = gt.version == cache.globals_version.get()
            && cache.builtins_version.get() == GlobalCache::IN_GLOBALS
            && gt.value(ix).is_some();
        if !hit {
            // A name already there is cached for the next store (and
            // load); a new one is inserted as usual.
            match gt.find_str(name) {
                Some(found) => {
                    ix = found;
                    cache.globals_version.set(gt.version);
                    cache.builtins_version.set(GlobalCache::IN_GLOBALS);
                    cache.record(&gt, ix);
                }
                None => {
                    drop(gt);
                    return dict_set_str(globals, name.clone(), v);
                }
            }
        }
        gt.replace_value(ix, v)
    };
    // After the borrow: the old value's `__del__` may use the globals.
    drop(old);
    Ok(())
}
