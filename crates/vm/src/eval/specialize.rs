//! Quickening: the instruction stream the dispatch loop runs, and the
//! specialised instructions it rewrites itself into (CPython 3.11's
//! `Python/specialize.c` and the specialised cases of `ceval.c`).
//!
//! A code object keeps the compiler's instructions untouched (`--dis`,
//! positions, the depth analysis) and, in its caches, a copy the loop
//! executes: [`quicken`] makes it when the code is loaded, with pairs of
//! loads and stores fused into super-instructions. BinaryOp, BinarySubscr
//! and StoreSubscr in the copy are *adaptive*: when one runs with a zero
//! counter it looks at its operands and rewrites itself, in place, into a
//! form for those types (`BinaryOpAddFloat`, `BinarySubscrListInt`, …);
//! when nothing fits it waits [`BACKOFF`] executions before looking again.
//! A specialised instruction checks its guard (exact types) every time and,
//! when it fails, turns back into its adaptive base with the backoff and
//! runs the generic path — so the result is always the generic one, only
//! faster. The counter lives in the argument's bits above [`COUNTER_SHIFT`]
//! (BinaryOp keeps its operator below). `--dis=adaptive` shows the copy
//! after a run.
//!
//! Invariant: a super-instruction at `i` leaves the instruction at `i + 1`
//! as compiled, so a jump to `i + 1` still runs it alone.

use crate::eval::frame::Frame;
use crate::memory::object::{release_exact, Obj, ObjRef};
use crate::objects::float::{exact_float_value, new_float, FloatBody};
use crate::objects::int::{exact_int_small, new_int, IntBody};
use crate::objects::registry::{types, Types};
use crate::objects::{dict, list, tuple};
use crate::protocol::subscript::seq_index;
use crate::protocol::{number, subscript};
use crate::vm::{PyResult, Vm};
use arenapy_compiler::opcode::{BinaryOperator as B, Instr, Opcode as Op};
use std::cell::Cell;

/// Where an adaptive instruction's counter starts in its argument.
pub const COUNTER_SHIFT: u32 = 8;
/// Executions an adaptive instruction runs generically before trying to
/// specialise again, after finding nothing to specialise for or after its
/// specialised form's guard failed.
pub const BACKOFF: u32 = 64;

/// The quickened copy of `instrs` (see the module docs).
pub fn quicken(instrs: &[Instr]) -> Box<[Cell<Instr>]> {
    let out: Box<[Cell<Instr>]> = instrs.iter().map(|&i| Cell::new(i)).collect();
    let mut i = 0;
    while i + 1 < instrs.len() {
        let sup = match (instrs[i].opcode(), instrs[i + 1].opcode()) {
            (Op::LoadFast, Op::LoadFast) => Some(Op::LoadFast__LoadFast),
            (Op::LoadFast, Op::LoadConst) => Some(Op::LoadFast__LoadConst),
            (Op::LoadConst, Op::LoadFast) => Some(Op::LoadConst__LoadFast),
            (Op::StoreFast, Op::LoadFast) => Some(Op::StoreFast__LoadFast),
            (Op::StoreFast, Op::StoreFast) => Some(Op::StoreFast__StoreFast),
            _ => None,
        };
        match sup {
            Some(op) => {
                out[i].set(Instr::new(op, instrs[i].arg()));
                i += 2;
            }
            None => i += 1,
        }
    }
    crate::eval::spec_call::quicken_calls(&out);
    out
}

/// The instructions of a quickened copy, for `--dis=adaptive`.
pub fn snapshot(quick: &[Cell<Instr>]) -> Vec<Instr> {
    quick.iter().map(Cell::get).collect()
}

/// An adaptive instruction ran: counts down, or at zero picks the
/// specialised form `choose` gives (keeping the low argument bits) or
/// backs off.
#[inline(always)]
pub(crate) fn adapt(site: &Cell<Instr>, instr: Instr, choose: impl FnOnce() -> Option<Op>) {
    let arg = instr.arg();
    if arg >> COUNTER_SHIFT != 0 {
        site.set(Instr::new(instr.opcode(), arg - (1 << COUNTER_SHIFT)));
        return;
    }
    let low = arg & ((1 << COUNTER_SHIFT) - 1);
    site.set(match choose() {
        Some(op) => Instr::new(op, low),
        None => Instr::new(instr.opcode(), low | BACKOFF << COUNTER_SHIFT),
    });
}

/// A specialised instruction's guard failed: back to its adaptive base,
/// which waits [`BACKOFF`] executions before specialising again.
#[cold]
#[inline(never)]
pub(crate) fn deoptimise(site: &Cell<Instr>, instr: Instr) {
    let low = instr.arg() & ((1 << COUNTER_SHIFT) - 1);
    site.set(Instr::new(
        instr.opcode().base(),
        low | BACKOFF << COUNTER_SHIFT,
    ));
}

#[inline(always)]
fn exact_int(o: &Obj, t: &Types) -> bool {
    o.ty().is(&t.int)
}

#[inline(always)]
fn exact_float(o: &Obj, t: &Types) -> Option<f64> {
    exact_float_value(o, &t.float)
}

/// The operator of a (quickened) BinaryOp argument.
#[inline(always)]
fn operator(arg: u32) -> B {
    B::from_arg(arg & ((1 << COUNTER_SHIFT) - 1)).expect("binary operator")
}

/// BinaryOp, adaptive: specialises for `a op b`, then computes it.
#[inline(always)]
pub fn binary_op(
    vm: &mut Vm,
    site: &Cell<Instr>,
    instr: Instr,
    a: &Obj,
    b: &Obj,
) -> PyResult<ObjRef> {
    let op = operator(instr.arg());
    adapt(site, instr, || {
        let t = types();
        let (ints, floats) = (
            exact_int(a, t) && exact_int(b, t),
            a.ty().is(&t.float) && b.ty().is(&t.float),
        );
        let strs = a.ty().is(&t.str) && b.ty().is(&t.str);
        match op.non_inplace() {
            B::Add if ints => Some(Op::BinaryOpAddInt),
            B::Subtract if ints => Some(Op::BinaryOpSubtractInt),
            B::Multiply if ints => Some(Op::BinaryOpMultiplyInt),
            B::Add if floats => Some(Op::BinaryOpAddFloat),
            B::Subtract if floats => Some(Op::BinaryOpSubtractFloat),
            B::Multiply if floats => Some(Op::BinaryOpMultiplyFloat),
            B::Add if strs => Some(Op::BinaryOpAddUnicode),
            _ => None,
        }
    });
    binary_generic(vm, op, a, b)
}

#[inline(always)]
fn binary_generic(vm: &mut Vm, op: B, a: &Obj, b: &Obj) -> PyResult<ObjRef> {
    match number::fast_binary(op, a, b) {
        Some(r) => r,
        None => binary_slow(vm, op, a, b),
    }
}

#[cold]
#[inline(never)]
fn binary_slow(vm: &mut Vm, op: B, a: &Obj, b: &Obj) -> PyResult<ObjRef> {
    number::binary_op(vm, op, a, b)
}

/// BinaryOp{Add,Subtract,Multiply}Int: word-sized ints inline (a result
/// that overflows a word takes the generic path, which makes a big int).
/// The operands are released as exact ints (`release_exact`), left first.
#[inline(always)]
pub fn binary_int(
    vm: &mut Vm,
    site: &Cell<Instr>,
    instr: Instr,
    a: ObjRef,
    b: ObjRef,
    f: impl FnOnce(i64, i64) -> Option<i64>,
) -> PyResult<ObjRef> {
    let t = types();
    if let (Some(x), Some(y)) = (exact_int_small(&a, &t.int), exact_int_small(&b, &t.int)) {
        if let Some(v) = f(x, y) {
            let r = new_int(v)?;
            // SAFETY: both are exact ints (`exact_int_small`).
            unsafe {
                release_exact::<IntBody>(a);
                release_exact::<IntBody>(b);
            }
            return Ok(r);
        }
    } else if !(exact_int(&a, t) && exact_int(&b, t)) {
        deoptimise(site, instr);
    }
    binary_generic(vm, operator(instr.arg()), &a, &b)
}

/// BinaryOp{Add,Subtract,Multiply}Float, releasing the operands as
/// [`binary_int`] does.
#[inline(always)]
pub fn binary_float(
    vm: &mut Vm,
    site: &Cell<Instr>,
    instr: Instr,
    a: ObjRef,
    b: ObjRef,
    f: impl FnOnce(f64, f64) -> f64,
) -> PyResult<ObjRef> {
    let t = types();
    if let (Some(x), Some(y)) = (exact_float(&a, t), exact_float(&b, t)) {
        let r = new_float(f(x, y))?;
        // SAFETY: both are exact floats (`exact_float`).
        unsafe {
            release_exact::<FloatBody>(a);
            release_exact::<FloatBody>(b);
        }
        return Ok(r);
    }
    deoptimise(site, instr);
    binary_generic(vm, operator(instr.arg()), &a, &b)
}

/// BinaryOpAddUnicode.
#[inline(always)]
pub fn binary_add_unicode(
    vm: &mut Vm,
    site: &Cell<Instr>,
    instr: Instr,
    a: &Obj,
    b: &Obj,
) -> PyResult<ObjRef> {
    let t = types();
    if a.ty().is(&t.str) && b.ty().is(&t.str) {
        if let Some(r) = crate::objects::str::concat(a, b) {
            return Ok(r?);
        }
    }
    deoptimise(site, instr);
    binary_generic(vm, operator(instr.arg()), a, b)
}

/// BinaryOpAddUnicode whose result is stored into the local its left
/// operand came from (`s += t`, `s = s + t`), the local and the stack
/// holding the only references: appends in place (CPython 3.11's
/// BINARY_OP_INPLACE_ADD_UNICODE, `str::append_in_place`) and does the
/// store. True when done: the loop then skips the store instruction,
/// whose successor (a super-instruction's second half, if any) is still
/// in place. False, everything as it was, otherwise.
#[inline(always)]
pub fn inplace_add_unicode(frame: &mut Frame, instrs: &[Cell<Instr>], pc: usize) -> bool {
    let Some(next) = instrs.get(pc).map(Cell::get) else {
        return false;
    };
    if next.opcode().base() != Op::StoreFast {
        return false;
    }
    let i = next.arg();
    let n = frame.stack.len();
    let (a, b) = (&frame.stack[n - 2], &frame.stack[n - 1]);
    let t = types();
    if !(a.ty().is(&t.str) && b.ty().is(&t.str))
        || a.refcnt() != 2
        || !frame.local(i).as_ref().is_some_and(|l| l.is(a))
    {
        return false;
    }
    let b = frame.pop();
    let a = frame.pop();
    let local = frame.local_mut(i).take().expect("the local holds `a`");
    drop(a);
    match crate::objects::str::append_in_place(local, &b) {
        Ok(s) => {
            *frame.local_mut(i) = Some(s);
            true
        }
        Err(s) => {
            frame.push(s.clone());
            frame.push(b);
            *frame.local_mut(i) = Some(s);
            false
        }
    }
}

/// BinarySubscr, adaptive.
#[inline(always)]
pub fn subscr(vm: &mut Vm, site: &Cell<Instr>, instr: Instr, c: &Obj, k: &Obj) -> PyResult<ObjRef> {
    adapt(site, instr, || {
        let t = types();
        let ty = c.ty();
        if ty.is(&t.list) && exact_int(k, t) {
            Some(Op::BinarySubscrListInt)
        } else if ty.is(&t.tuple) && exact_int(k, t) {
            Some(Op::BinarySubscrTupleInt)
        } else if ty.is(&t.dict) {
            Some(Op::BinarySubscrDict)
        } else {
            None
        }
    });
    subscr_generic(vm, c, k)
}

#[inline(always)]
fn subscr_generic(vm: &mut Vm, c: &Obj, k: &Obj) -> PyResult<ObjRef> {
    match subscript::fast_getitem(c, k) {
        Some(r) => Ok(r),
        None => subscr_slow(vm, c, k),
    }
}

#[cold]
#[inline(never)]
fn subscr_slow(vm: &mut Vm, c: &Obj, k: &Obj) -> PyResult<ObjRef> {
    subscript::getitem(vm, c, k)
}

/// BinarySubscr{List,Tuple}Int: `c` of the exact type the instruction is
/// for (`exact`), `k` an exact int; `item` reads a word-sized index in
/// range (an out-of-range one takes the generic path, which raises).
#[inline(always)]
fn subscr_seq_int(
    vm: &mut Vm,
    site: &Cell<Instr>,
    instr: Instr,
    (c, k): (&Obj, &Obj),
    exact: bool,
    item: impl FnOnce(&Obj, &Obj) -> Option<ObjRef>,
) -> PyResult<ObjRef> {
    if exact && exact_int(k, types()) {
        if let Some(v) = item(c, k) {
            return Ok(v);
        }
    } else {
        deoptimise(site, instr);
    }
    subscr_generic(vm, c, k)
}

/// BinarySubscrListInt.
#[inline(always)]
pub fn subscr_list_int(
    vm: &mut Vm,
    site: &Cell<Instr>,
    instr: Instr,
    c: &Obj,
    k: &Obj,
) -> PyResult<ObjRef> {
    let exact = c.ty().is(&types().list);
    subscr_seq_int(vm, site, instr, (c, k), exact, |c, k| {
        let items = list::list_body(c)?.items.borrow();
        seq_index(k, items.len()).map(|i| items[i].clone())
    })
}

/// BinarySubscrTupleInt.
#[inline(always)]
pub fn subscr_tuple_int(
    vm: &mut Vm,
    site: &Cell<Instr>,
    instr: Instr,
    c: &Obj,
    k: &Obj,
) -> PyResult<ObjRef> {
    let exact = c.ty().is(&types().tuple);
    subscr_seq_int(vm, site, instr, (c, k), exact, |c, k| {
        let items = tuple::try_tuple_items(c)?;
        seq_index(k, items.len()).map(|i| items[i].clone())
    })
}

/// BinarySubscrDict: a present key inline; a missing one takes the generic
/// path, which raises the KeyError.
#[inline(always)]
pub fn subscr_dict(
    vm: &mut Vm,
    site: &Cell<Instr>,
    instr: Instr,
    c: &Obj,
    k: &Obj,
) -> PyResult<ObjRef> {
    if c.ty().is(&types().dict) {
        if let Some(v) = dict::ops::dict_get(vm, c, k)? {
            return Ok(v);
        }
    } else {
        deoptimise(site, instr);
    }
    subscr_slow(vm, c, k)
}

/// StoreSubscr (`stack: v container key`), adaptive or specialised for
/// lists (`StoreSubscrListInt`).
#[inline(always)]
pub fn store_subscr(
    vm: &mut Vm,
    frame: &mut Frame,
    site: &Cell<Instr>,
    instr: Instr,
) -> PyResult<()> {
    let key = frame.pop();
    let container = frame.pop();
    let v = frame.pop();
    let t = types();
    let list_int = container.ty().is(&t.list) && exact_int(&key, t);
    match instr.opcode() {
        Op::StoreSubscrListInt if !list_int => deoptimise(site, instr),
        Op::StoreSubscrListInt => {}
        _ => adapt(site, instr, || list_int.then_some(Op::StoreSubscrListInt)),
    }
    // An exact dict takes the key as it is (CPython's STORE_SUBSCR_DICT):
    // no index conversion, no `__setitem__` lookup.
    if container.ty().is(&t.dict) {
        return dict::ops::dict_set(vm, &container, key, v);
    }
    if let Err(v) = subscript::fast_setitem(&container, &key, v) {
        subscript::setitem(vm, &container, &key, v)?;
    }
    Ok(())
}
