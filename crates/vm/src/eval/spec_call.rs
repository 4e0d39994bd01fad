//! Calls and attribute instructions, generic and specialised: CPython
//! 3.11's CALL_PY_EXACT_ARGS, CALL_BUILTIN_FAST_WITH_KEYWORDS (here:
//! `CallBuiltinFast`), PRECALL_BUILTIN_CLASS (here: `CallBuiltinClass`),
//! CALL_NO_KW_LEN, CALL_NO_KW_ISINSTANCE,
//! CALL_NO_KW_LIST_APPEND, CALL_NO_KW_METHOD_DESCRIPTOR_* (here:
//! `CallMethodDescriptor`), 3.12's CALL_ALLOC_AND_ENTER_INIT, and
//! LOAD_ATTR_INSTANCE_VALUE / CLASS / MODULE / SLOT, LOAD_METHOD_WITH_VALUES,
//! STORE_ATTR_INSTANCE_VALUE / SLOT.
//!
//! Quickening (`specialize::quicken`) turns each Call and CallMethod with
//! fewer than 256 arguments into its adaptive form (`CallAdaptive`,
//! `CallMethodAdaptive`): the argument count stays in the low 8 bits, a
//! counter lives above them, and at zero the instruction looks at the
//! callable it is about to call and rewrites itself into a specialised form
//! (or backs off [`BACKOFF`] executions). Plain `Call`/`CallMethod` (256
//! arguments or more) stay generic. LoadAttr, LoadMethod and StoreAttr keep
//! their name index in the argument, so their counter is in their attribute
//! cache (`AttrCache::counter`); after the generic path ran (and filled the
//! cache) they specialise by the shape the cache found for the object
//! (`attr_cache::choose_*`).
//!
//! Every specialised form checks its guard each time and, when it fails,
//! turns back into its adaptive base with the backoff and runs the generic
//! path, so results, exceptions, reference counts and blocks are those of
//! the generic path. A call's callee frame, when there is one, is handed back
//! to the dispatch loop, which runs it inline (no Rust recursion).

use crate::eval::frame::Frame;
use crate::eval::frame_request;
use crate::eval::specialize::{BACKOFF, COUNTER_SHIFT};
use crate::memory::object::{Obj, ObjRef};
use crate::modules::builtins::{bi_len, introspect::bi_isinstance};
use crate::objects::exception::type_error;
use crate::objects::function::builtin::{BuiltinBody, BuiltinKind, NativeFn};
use crate::objects::function::code::{AttrCache, CodeBody};
use crate::objects::function::signature;
use crate::objects::int::new_int;
use crate::objects::list::{list_append, list_body, list_resize};
use crate::objects::registry::types;
use crate::objects::typeobject::call::alloc_instance;
use crate::objects::typeobject::{construct, ctor_cache, flags, TypeBody};
use crate::objects::Layout;
use crate::protocol::{attr_cache, call, object};
use crate::vm::PyResult;
use crate::vm::Vm;
use arenapy_compiler::opcode::{Instr, Opcode as Op};
use std::cell::Cell;

/// What a call instruction leaves for the loop: a Python callee's frame to
/// run inline, or nothing (the result is already on the stack).
pub type CallExit = PyResult<Option<Box<Frame>>>;

const LOW: u32 = (1 << COUNTER_SHIFT) - 1;

/// Quickening of calls (see the module docs): Call and CallMethod with a
/// count that fits below the counter become adaptive.
pub fn quicken_calls(quick: &[Cell<Instr>]) {
    for site in quick {
        let i = site.get();
        let op = match i.opcode() {
            Op::Call => Op::CallAdaptive,
            Op::CallMethod => Op::CallMethodAdaptive,
            _ => continue,
        };
        if i.arg() <= LOW {
            site.set(Instr::new(op, i.arg()));
        }
    }
}

/// An adaptive call ran: counts down, or at zero rewrites itself into what
/// `choose` gives, or backs off.
#[inline(always)]
fn adapt_call(site: &Cell<Instr>, instr: Instr, choose: impl FnOnce() -> Option<Op>) {
    let arg = instr.arg();
    if arg > LOW {
        site.set(Instr::new(instr.opcode(), arg - (1 << COUNTER_SHIFT)));
        return;
    }
    site.set(match choose() {
        Some(op) => Instr::new(op, arg),
        None => Instr::new(instr.opcode(), arg | BACKOFF << COUNTER_SHIFT),
    });
}

/// A specialised call's guard failed: back to `adaptive`, backing off.
#[cold]
#[inline(never)]
fn deopt_call(site: &Cell<Instr>, instr: Instr, adaptive: Op) {
    site.set(Instr::new(
        adaptive,
        (instr.arg() & LOW) | BACKOFF << COUNTER_SHIFT,
    ));
}

/// The built-in behind `f` if it is one with the native function `func`
/// and no bound self.
#[inline(always)]
fn builtin_is(f: &Obj, func: NativeFn) -> bool {
    f.payload::<BuiltinBody>()
        .is_some_and(|b| b.bound.is_none() && std::ptr::fn_addr_eq(b.func, func))
}

/// Pushes a native call's result, answering a frame request (`locals()`)
/// on the error path as the generic call instructions do.
#[inline(always)]
fn push_result(vm: &mut Vm, frame: &mut Frame, base: usize, r: PyResult<ObjRef>) -> CallExit {
    frame.stack.truncate(base);
    let r = match r {
        Ok(r) => r,
        Err(e) => frame_request::answer(vm, frame, e)?,
    };
    frame.push(r);
    Ok(None)
}

/// The generic call of `stack[base]` with the arguments above it (after
/// the NULL marker, if `skip_null`).
#[inline(always)]
fn call_at(vm: &mut Vm, frame: &mut Frame, base: usize, skip_null: bool) -> CallExit {
    if let Some(callee) = call::frame_for_call(vm, frame, base, skip_null, None) {
        return callee.map(Some);
    }
    // The value stack keeps the callable alive for the call.
    let (f, args) = frame.stack[base..].split_first().expect("callable");
    let args = if skip_null { &args[1..] } else { args };
    let result = call::call_fast(vm, f, args);
    push_result(vm, frame, base, result)
}

/// Call with 256 arguments or more (never specialised).
#[inline(always)]
pub fn call_generic(vm: &mut Vm, frame: &mut Frame, nargs: u32) -> CallExit {
    let base = frame.stack.len() - nargs as usize - 1;
    call_at(vm, frame, base, false)
}

/// CallMethod with 256 arguments or more (never specialised).
#[inline(always)]
pub fn call_method_generic(vm: &mut Vm, frame: &mut Frame, nargs: u32) -> CallExit {
    let base = frame.stack.len() - nargs as usize - 2;
    let is_null = frame.stack[base + 1].is(&types().null_marker);
    call_at(vm, frame, base, is_null)
}

/// The Python function `f` takes exactly `nargs` positional arguments and
/// its call runs a frame (CALL_PY_EXACT_ARGS's conditions).
fn exact_args_function(f: &Obj, nargs: usize) -> bool {
    f.layout() == Layout::Function && call::takes_exact_args(f, nargs)
}

/// CallAdaptive.
#[inline(always)]
pub fn call_adaptive(vm: &mut Vm, frame: &mut Frame, site: &Cell<Instr>) -> CallExit {
    let instr = site.get();
    let nargs = (instr.arg() & LOW) as usize;
    let base = frame.stack.len() - nargs - 1;
    adapt_call(site, instr, || {
        let f = &frame.stack[base];
        if exact_args_function(f, nargs) {
            return Some(Op::CallPyExactArgs);
        }
        if f.layout() == Layout::Type {
            if is_builtin_class(f) {
                return Some(Op::CallBuiltinClass);
            }
            return init_to_enter(f, nargs).map(|_| Op::CallAllocAndEnterInit);
        }
        let b = f.payload::<BuiltinBody>()?;
        if b.bound.is_some() || b.kind != BuiltinKind::Function {
            return None;
        }
        Some(if nargs == 1 && builtin_is(f, bi_len) {
            Op::CallNoKwLen
        } else if nargs == 2 && builtin_is(f, bi_isinstance) {
            Op::CallNoKwIsinstance
        } else {
            Op::CallBuiltinFast
        })
    });
    call_at(vm, frame, base, false)
}

/// CallPyExactArgs.
#[inline(always)]
pub fn call_py_exact_args(vm: &mut Vm, frame: &mut Frame, site: &Cell<Instr>) -> CallExit {
    let instr = site.get();
    let nargs = (instr.arg() & LOW) as usize;
    let base = frame.stack.len() - nargs - 1;
    if let Some(r) = call::frame_exact_args(vm, frame, base) {
        return r.map(Some);
    }
    deopt_call(site, instr, Op::CallAdaptive);
    call_at(vm, frame, base, false)
}

/// CallBuiltinFast: a built-in function's signature check and native code,
/// without the generic call's dispatch on the callable.
#[inline(always)]
pub fn call_builtin_fast(vm: &mut Vm, frame: &mut Frame, site: &Cell<Instr>) -> CallExit {
    let instr = site.get();
    let nargs = (instr.arg() & LOW) as usize;
    let base = frame.stack.len() - nargs - 1;
    let (f, args) = frame.stack[base..].split_first().expect("callable");
    match f.payload::<BuiltinBody>() {
        Some(b) if b.bound.is_none() && b.kind == BuiltinKind::Function => {
            let r = match signature::check(b, args, None) {
                Ok(()) => (b.func)(vm, args, None),
                Err(e) => Err(e),
            };
            push_result(vm, frame, base, r)
        }
        _ => {
            deopt_call(site, instr, Op::CallAdaptive);
            call_at(vm, frame, base, false)
        }
    }
}

/// Is `f` a built-in class other than `type` (whose call with one
/// argument is `type(x)`), so that calling it is its constructor
/// (`call_type` does nothing else for it)?
#[inline(always)]
fn is_builtin_class(f: &Obj) -> bool {
    f.payload::<TypeBody>()
        .is_some_and(|tb| !tb.has_flag(flags::HEAPTYPE))
        && !f.is(&types().type_)
}

/// CallBuiltinClass.
#[inline(always)]
pub fn call_builtin_class(vm: &mut Vm, frame: &mut Frame, site: &Cell<Instr>) -> CallExit {
    let instr = site.get();
    let nargs = (instr.arg() & LOW) as usize;
    let base = frame.stack.len() - nargs - 1;
    let (f, args) = frame.stack[base..].split_first().expect("callable");
    if !is_builtin_class(f) {
        deopt_call(site, instr, Op::CallAdaptive);
        return call_at(vm, frame, base, false);
    }
    let r = construct::construct_builtin(vm, f, args, None);
    push_result(vm, frame, base, r)
}

/// CallNoKwLen.
#[inline(always)]
pub fn call_len(vm: &mut Vm, frame: &mut Frame, site: &Cell<Instr>) -> CallExit {
    let instr = site.get();
    let base = frame.stack.len() - 2;
    if !builtin_is(&frame.stack[base], bi_len) {
        deopt_call(site, instr, Op::CallAdaptive);
        return call_at(vm, frame, base, false);
    }
    let r = match object::len(vm, &frame.stack[base + 1]) {
        Ok(n) => new_int(n as i64).map_err(Into::into),
        Err(e) => Err(e),
    };
    push_result(vm, frame, base, r)
}

/// CallNoKwIsinstance: the built-in's own code, without the generic call.
#[inline(always)]
pub fn call_isinstance(vm: &mut Vm, frame: &mut Frame, site: &Cell<Instr>) -> CallExit {
    let instr = site.get();
    let base = frame.stack.len() - 3;
    if !builtin_is(&frame.stack[base], bi_isinstance) {
        deopt_call(site, instr, Op::CallAdaptive);
        return call_at(vm, frame, base, false);
    }
    let r = bi_isinstance(vm, &frame.stack[base + 1..], None);
    push_result(vm, frame, base, r)
}

/// The `__init__` to run inline for a call of `cls` with `nargs`
/// arguments: `cls` is a class of plain instances made by `type.__call__`
/// (its metaclass is `type`) with the built-in `__new__`, and its
/// `__init__` a Python function taking exactly the instance and the
/// arguments. What `call_type_default` then does is allocate and call it.
fn init_to_enter(cls: &Obj, nargs: usize) -> Option<ObjRef> {
    let tb = cls.payload::<TypeBody>()?;
    if !tb.has_flag(flags::HEAPTYPE)
        || tb.layout != Layout::Instance
        || !cls.ty().is(&types().type_)
    {
        return None;
    }
    let (new, init) = ctor_cache::new_and_init(cls);
    if new.is_some_and(|n| n.layout() != Layout::BuiltinFunction) {
        return None;
    }
    let init = init?;
    call::takes_exact_args(&init, nargs + 1).then_some(init)
}

/// CallAllocAndEnterInit.
#[inline(always)]
pub fn call_alloc_and_enter_init(vm: &mut Vm, frame: &mut Frame, site: &Cell<Instr>) -> CallExit {
    let instr = site.get();
    let nargs = (instr.arg() & LOW) as usize;
    let base = frame.stack.len() - nargs - 1;
    let Some(init) = init_to_enter(&frame.stack[base], nargs) else {
        deopt_call(site, instr, Op::CallAdaptive);
        return call_at(vm, frame, base, false);
    };
    match alloc_instance(vm, &frame.stack[base], &frame.stack[base + 1..]) {
        Ok(obj) => call::frame_for_init(vm, frame, base, init, obj).map(Some),
        Err(e) => push_result(vm, frame, base, Err(e)),
    }
}

/// What an inline `__init__` returning `v` gives its caller: the new
/// instance `obj`, when `v` is None (`type.__call__`'s check).
#[inline(always)]
pub fn init_returned(v: ObjRef, obj: ObjRef) -> PyResult<ObjRef> {
    if crate::objects::singletons::is_none(&v) {
        return Ok(obj);
    }
    Err(type_error(format!(
        "__init__() should return None, not '{}'",
        object::type_name(&v)
    )))
}

/// Is `m` a method descriptor of a built-in type that `self_`'s exact,
/// built-in type is (the generic call's `check_descriptor_self` passes)?
#[inline(always)]
fn descriptor_for(m: &Obj, self_: &Obj) -> bool {
    let Some(b) = m.payload::<BuiltinBody>() else {
        return false;
    };
    if b.bound.is_some() || b.kind != BuiltinKind::Method {
        return false;
    }
    let tb = self_.type_body();
    !tb.has_flag(flags::HEAPTYPE) && tb.name_is(b.owner)
}

/// CallMethodAdaptive.
#[inline(always)]
pub fn call_method_adaptive(vm: &mut Vm, frame: &mut Frame, site: &Cell<Instr>) -> CallExit {
    let instr = site.get();
    let nargs = (instr.arg() & LOW) as usize;
    let base = frame.stack.len() - nargs - 2;
    let is_null = frame.stack[base + 1].is(&types().null_marker);
    adapt_call(site, instr, || {
        if is_null {
            return None;
        }
        let (f, self_) = (&frame.stack[base], &frame.stack[base + 1]);
        if exact_args_function(f, nargs + 1) {
            Some(Op::CallMethodPyExactArgs)
        } else if nargs == 1 && builtin_is(f, list_append) && self_.ty().is(&types().list) {
            Some(Op::CallNoKwListAppend)
        } else if descriptor_for(f, self_) {
            Some(Op::CallMethodDescriptor)
        } else {
            None
        }
    });
    call_at(vm, frame, base, is_null)
}

/// CallMethodPyExactArgs.
#[inline(always)]
pub fn call_method_py_exact_args(vm: &mut Vm, frame: &mut Frame, site: &Cell<Instr>) -> CallExit {
    let instr = site.get();
    let nargs = (instr.arg() & LOW) as usize;
    let base = frame.stack.len() - nargs - 2;
    let is_null = frame.operand(base + 1).is(&types().null_marker);
    if !is_null {
        if let Some(r) = call::frame_exact_args(vm, frame, base) {
            return r.map(Some);
        }
    }
    deopt_call(site, instr, Op::CallMethodAdaptive);
    call_at(vm, frame, base, is_null)
}

/// CallNoKwListAppend: `list.append(x)` on an exact list, inline.
#[inline(always)]
pub fn call_list_append(vm: &mut Vm, frame: &mut Frame, site: &Cell<Instr>) -> CallExit {
    let instr = site.get();
    let base = frame.stack.len() - 3;
    let (f, l) = (&frame.stack[base], &frame.stack[base + 1]);
    if !(builtin_is(f, list_append) && l.ty().is(&types().list)) {
        deopt_call(site, instr, Op::CallMethodAdaptive);
        let is_null = l.is(&types().null_marker);
        return call_at(vm, frame, base, is_null);
    }
    let v = frame.pop();
    let r = {
        let l = &frame.stack[base + 1];
        let mut items = list_body(l).expect("list").items.borrow_mut();
        let n = items.len();
        list_resize(&mut items, n + 1).map(|()| items.push(v))
    };
    frame.stack.truncate(base);
    r?;
    frame.push(types().none.clone());
    Ok(None)
}

/// CallMethodDescriptor: the built-in method's signature check and native
/// code, without the generic call's dispatch and owner check.
#[inline(always)]
pub fn call_method_descriptor(vm: &mut Vm, frame: &mut Frame, site: &Cell<Instr>) -> CallExit {
    let instr = site.get();
    let nargs = (instr.arg() & LOW) as usize;
    let base = frame.stack.len() - nargs - 2;
    let (f, args) = frame.stack[base..].split_first().expect("callable");
    if !descriptor_for(f, &args[0]) {
        deopt_call(site, instr, Op::CallMethodAdaptive);
        let is_null = args[0].is(&types().null_marker);
        return call_at(vm, frame, base, is_null);
    }
    let b = f.payload::<BuiltinBody>().expect("built-in");
    let r = match signature::check(b, &args[1..], None) {
        Ok(()) => (b.func)(vm, args, None),
        Err(e) => Err(e),
    };
    push_result(vm, frame, base, r)
}

// --- attributes ------------------------------------------------------------

/// The pieces of an attribute instruction at `at`: its quickened slot,
/// cache and name.
#[inline(always)]
fn attr_site(code: &CodeBody, at: usize) -> (&Cell<Instr>, &AttrCache, &ObjRef) {
    let c = code.caches.attr(at);
    debug_assert!(at < code.caches.quick.len());
    // SAFETY: `at` is the attribute instruction the loop just fetched
    // (`attr_spec!` passes `pc - 1`), inside the code.
    let site = unsafe { code.caches.quick.get_unchecked(at) };
    (site, c, &code.names[(site.get().arg()) as usize])
}

/// An adaptive attribute instruction ran its generic path: counts down, or
/// at zero rewrites itself into what `choose` gives, or backs off.
#[inline(always)]
fn adapt_attr(site: &Cell<Instr>, c: &AttrCache, choose: impl FnOnce() -> Option<Op>) {
    let n = c.counter.get();
    if n != 0 {
        c.counter.set(n - 1);
        return;
    }
    match choose() {
        Some(op) => site.set(Instr::new(op, site.get().arg())),
        None => c.counter.set(BACKOFF as u8),
    }
}

/// A specialised attribute instruction's guard failed: back to its base,
/// backing off.
#[cold]
#[inline(never)]
fn deopt_attr(site: &Cell<Instr>, c: &AttrCache) {
    let i = site.get();
    site.set(Instr::new(i.opcode().base(), i.arg()));
    c.counter.set(BACKOFF as u8);
}

/// LoadAttr, adaptive.
#[inline(always)]
pub fn load_attr(vm: &mut Vm, frame: &mut Frame, code: &CodeBody, at: usize) -> PyResult<()> {
    let (site, c, name) = attr_site(code, at);
    let obj = frame.pop();
    let v = attr_cache::load_attr(vm, &obj, name, c)?;
    adapt_attr(site, c, || attr_cache::choose_load(c, &obj, name));
    frame.push(v);
    drop(obj);
    Ok(())
}

/// A specialised LoadAttr: `hit` gives the value when its guard holds.
#[inline(always)]
fn load_attr_with(
    vm: &mut Vm,
    obj: &Obj,
    code: &CodeBody,
    at: usize,
    hit: impl FnOnce(&AttrCache, &Obj, &Obj) -> Option<PyResult<ObjRef>>,
) -> PyResult<ObjRef> {
    let (site, c, name) = attr_site(code, at);
    match hit(c, obj, name) {
        Some(v) => v,
        None => {
            deopt_attr(site, c);
            attr_cache::load_attr(vm, obj, name, c)
        }
    }
}

/// LoadAttrInstanceValue.
#[inline(always)]
pub fn load_attr_instance_value(
    vm: &mut Vm,
    obj: &Obj,
    code: &CodeBody,
    at: usize,
) -> PyResult<ObjRef> {
    load_attr_with(vm, obj, code, at, |c, o, n| {
        attr_cache::hit_instance_value(c, o, n).map(Ok)
    })
}

/// LoadAttrClassValue.
#[inline(always)]
pub fn load_attr_class_value(
    vm: &mut Vm,
    obj: &Obj,
    code: &CodeBody,
    at: usize,
) -> PyResult<ObjRef> {
    load_attr_with(vm, obj, code, at, attr_cache::hit_class_value)
}

/// LoadAttrClass.
#[inline(always)]
pub fn load_attr_class(vm: &mut Vm, obj: &Obj, code: &CodeBody, at: usize) -> PyResult<ObjRef> {
    load_attr_with(vm, obj, code, at, |c, o, _| {
        attr_cache::hit_type_attr(c, o).map(Ok)
    })
}

/// LoadAttrModule.
#[inline(always)]
pub fn load_attr_module(vm: &mut Vm, obj: &Obj, code: &CodeBody, at: usize) -> PyResult<ObjRef> {
    load_attr_with(vm, obj, code, at, |_, o, n| {
        attr_cache::hit_module(o, n).map(Ok)
    })
}

/// LoadAttrSlot.
#[inline(always)]
pub fn load_attr_slot(vm: &mut Vm, obj: &Obj, code: &CodeBody, at: usize) -> PyResult<ObjRef> {
    load_attr_with(vm, obj, code, at, |c, o, _| {
        attr_cache::hit_slot(c, o).map(Ok)
    })
}

/// LoadMethod, adaptive.
#[inline(always)]
pub fn load_method(vm: &mut Vm, frame: &mut Frame, code: &CodeBody, at: usize) -> PyResult<()> {
    let (site, c, name) = attr_site(code, at);
    let obj = frame.pop();
    let (m, self_) = attr_cache::load_method(vm, &obj, name, c)?;
    adapt_attr(site, c, || attr_cache::choose_method(c, &obj, &self_));
    frame.push(m);
    frame.push(self_.unwrap_or_else(|| types().null_marker.clone()));
    drop(obj);
    Ok(())
}

/// LoadMethodWithValues.
#[inline(always)]
pub fn load_method_with_values(
    vm: &mut Vm,
    frame: &mut Frame,
    code: &CodeBody,
    at: usize,
) -> PyResult<()> {
    let (site, c, name) = attr_site(code, at);
    let obj = frame.pop();
    match attr_cache::hit_method(c, &obj, name) {
        Some(m) => {
            frame.push(m);
            frame.push(obj);
        }
        None => {
            deopt_attr(site, c);
            let (m, self_) = attr_cache::load_method(vm, &obj, name, c)?;
            frame.push(m);
            frame.push(self_.unwrap_or_else(|| types().null_marker.clone()));
            drop(obj);
        }
    }
    Ok(())
}

/// StoreAttr, adaptive.
#[inline(always)]
pub fn store_attr(vm: &mut Vm, frame: &mut Frame, code: &CodeBody, at: usize) -> PyResult<()> {
    let (site, c, name) = attr_site(code, at);
    let obj = frame.pop();
    let v = frame.pop();
    attr_cache::store_attr(vm, &obj, name, v, c)?;
    adapt_attr(site, c, || attr_cache::choose_store(c, &obj, name));
    Ok(())
}

/// StoreAttrSlot.
#[inline(always)]
pub fn store_attr_slot(vm: &mut Vm, frame: &mut Frame, code: &CodeBody, at: usize) -> PyResult<()> {
    let (site, c, name) = attr_site(code, at);
    let obj = frame.pop();
    let v = frame.pop();
    match attr_cache::hit_store_slot(c, &obj, v) {
        Ok(old) => drop(old),
        Err(v) => {
            deopt_attr(site, c);
            attr_cache::store_attr(vm, &obj, name, v, c)?;
        }
    }
    Ok(())
}

/// StoreAttrInstanceValue.
#[inline(always)]
pub fn store_attr_instance_value(
    vm: &mut Vm,
    frame: &mut Frame,
    code: &CodeBody,
    at: usize,
) -> PyResult<()> {
    let (site, c, name) = attr_site(code, at);
    let obj = frame.pop();
    let v = frame.pop();
    match attr_cache::hit_store_instance_value(c, &obj, name, v) {
        Ok(old) => drop(old),
        Err(v) => {
            deopt_attr(site, c);
            attr_cache::store_attr(vm, &obj, name, v, c)?;
        }
    }
    Ok(())
}
