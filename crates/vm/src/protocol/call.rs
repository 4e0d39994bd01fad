//! Calling: dispatch on the callable's layout, binding arguments to a code
//! object's parameters (with CPython's error messages), frames for Python
//! functions, the recursion guard, and starting generators.

use crate::eval::dispatch::{run_frame, FrameExit};
use crate::eval::frame;
use crate::eval::frame::Frame;
use crate::memory::object::{Obj, ObjRef};
use crate::objects::descriptor::StaticMethodBody;
use crate::objects::dict::{dict_body, new_dict, ops};
use crate::objects::exception::{recursion_error, type_error};
use crate::objects::function::builtin::{BuiltinBody, BuiltinKind};
use crate::objects::function::cell::{new_cell, CellBody};
use crate::objects::function::code::CodeBody;
use crate::objects::function::method::MethodBody;
use crate::objects::function::signature;
use crate::objects::function::FunctionBody;
use crate::objects::registry::types;
use crate::objects::str::try_str;
use crate::objects::tuple::{new_tuple, try_tuple_items};
use crate::objects::typeobject::TypeBody;
use crate::objects::{exception, generator, tuple, typeobject, Layout};
use crate::protocol::object::{call_special, type_name};
use crate::protocol::{attr, object, subscript};
use crate::vm::{PyResult, Vm};
use arenapy_compiler::code::flags as co;

/// The special methods that are slot wrappers in CPython (their errors
/// are worded as a descriptor's); the other dunders are method
/// descriptors (`__reversed__`, `__format__`, `__reduce__` ...).
fn is_slot_wrapper_name(name: &str) -> bool {
    const SLOTS: &[&str] = &[
        "__abs__",
        "__add__",
        "__and__",
        "__bool__",
        "__call__",
        "__contains__",
        "__delattr__",
        "__delete__",
        "__delitem__",
        "__divmod__",
        "__eq__",
        "__float__",
        "__floordiv__",
        "__ge__",
        "__get__",
        "__getattribute__",
        "__getitem__",
        "__gt__",
        "__hash__",
        "__iadd__",
        "__iand__",
        "__imul__",
        "__index__",
        "__init__",
        "__int__",
        "__invert__",
        "__ior__",
        "__isub__",
        "__iter__",
        "__ixor__",
        "__le__",
        "__len__",
        "__lshift__",
        "__lt__",
        "__mod__",
        "__mul__",
        "__ne__",
        "__neg__",
        "__next__",
        "__or__",
        "__pos__",
        "__pow__",
        "__radd__",
        "__rand__",
        "__rdivmod__",
        "__repr__",
        "__rfloordiv__",
        "__rlshift__",
        "__rmod__",
        "__rmul__",
        "__ror__",
        "__rpow__",
        "__rrshift__",
        "__rshift__",
        "__rsub__",
        "__rtruediv__",
        "__rxor__",
        "__set__",
        "__setattr__",
        "__setitem__",
        "__str__",
        "__sub__",
        "__truediv__",
        "__xor__",
    ];
    SLOTS.contains(&name)
}

/// An unbound method descriptor (`str.join(sep, items)`) needs a first
/// positional argument of its owner type; the native code relies on it.
fn check_descriptor_self(b: &BuiltinBody, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<()> {
    let nkw = kwnames
        .and_then(tuple::try_tuple_items)
        .map_or(0, |k| k.len());
    if args.len() <= nkw {
        return Err(exception::type_error(if is_slot_wrapper_name(b.name) {
            format!(
                "descriptor '{}' of '{}' object needs an argument",
                b.name, b.owner
            )
        } else {
            format!("unbound method {}.{}() needs an argument", b.owner, b.name)
        }));
    }
    let this = &args[0];
    let ok = matches!(b.owner, "object" | "iterator")
        || typeobject::mro_iter(this.ty()).any(|t| {
            t.payload::<TypeBody>()
                .is_some_and(|tb| tb.name_is(b.owner))
        });
    if !ok && b.name.starts_with("__") && b.name.ends_with("__") {
        // A slot wrapper (`int.__add__`) words it differently.
        return Err(exception::type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            b.name,
            b.owner,
            object::type_name(this)
        )));
    }
    if !ok {
        return Err(exception::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            b.name,
            b.owner,
            object::type_name(this)
        )));
    }
    Ok(())
}

/// A positional call from the dispatch loop: Python functions go straight
/// to their frame (CPython's CALL_PY_EXACT_ARGS idea), anything else through
/// [`call`].
#[inline(always)]
pub fn call_fast(vm: &mut Vm, f: &Obj, args: &[ObjRef]) -> PyResult<ObjRef> {
    if f.layout() == Layout::Function {
        call_function_with(vm, f, None, args, None)
    } else {
        call(vm, f, args, None)
    }
}

/// `f(*args)` with keyword values at the end of `args` named by `kwnames`.
pub fn call(vm: &mut Vm, f: &Obj, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    match f.layout() {
        Layout::Function => call_function(vm, f, args, kwnames),
        Layout::BuiltinFunction => {
            let b = f.payload::<BuiltinBody>().expect("builtin");
            match &b.bound {
                Some(s) => {
                    signature::check(b, args, kwnames)?;
                    with_first(s, args, |full| (b.func)(vm, full, kwnames))
                }
                None => {
                    if b.kind == crate::objects::function::builtin::BuiltinKind::Method {
                        check_descriptor_self(b, args, kwnames)?;
                        signature::check(b, &args[1..], kwnames)?;
                    } else {
                        signature::check(b, args, kwnames)?;
                    }
                    (b.func)(vm, args, kwnames)
                }
            }
        }
        Layout::Method => {
            let m = f.payload::<MethodBody>().expect("method");
            if m.func.layout() == Layout::Function {
                // The common case: no argument vector with self in front.
                let func = m.func.clone();
                let self_ = m.self_.clone();
                return call_function_with(vm, &func, Some(&self_), args, kwnames);
            }
            let func = m.func.clone();
            with_first(&m.self_, args, |full| call(vm, &func, full, kwnames))
        }
        Layout::Type => crate::objects::typeobject::call::call_type(vm, f, args, kwnames),
        Layout::StaticMethod => {
            let func = f
                .payload::<StaticMethodBody>()
                .expect("staticmethod")
                .func
                .clone();
            call(vm, &func, args, kwnames)
        }
        Layout::WeakRef if !object::is_heap_type_instance(f) => {
            crate::objects::weakref::call_ref(vm, f, args, kwnames)
        }
        _ => {
            if object::is_heap_type_instance(f) {
                if let Some(callf) = typeobject::lookup_str(f.ty(), "__call__") {
                    return with_first(&f.to_ref(), args, |full| call(vm, &callf, full, kwnames));
                }
            }
            let _ = call_special;
            Err(type_error(format!(
                "'{}' object is not callable",
                type_name(f)
            )))
        }
    }
}

/// `f(*args, **kwargs)` from CallFunctionEx.
pub fn call_ex(vm: &mut Vm, f: &Obj, args: &Obj, kwargs: Option<&Obj>) -> PyResult<ObjRef> {
    // An exact tuple as it is; anything else, a tuple subclass too, through
    // its iterator (PySequence_Tuple).
    let exact = args.ty().is(&types().tuple);
    let mut all: Vec<ObjRef> = match try_tuple_items(args).filter(|_| exact) {
        Some(items) => items.to_vec(),
        None => crate::protocol::iter::collect(vm, args).map_err(|e| {
            if typeobject::is_subtype(e.0.ty(), &types().type_error)
                && !crate::protocol::iter::is_iterator(args)
            {
                type_error(format!(
                    "{}argument after * must be an iterable, not {}",
                    function_display_name(f),
                    type_name(args)
                ))
            } else {
                e
            }
        })?,
    };
    let kwnames = match kwargs {
        Some(d) if dict_body(d).is_some() => {
            let entries = crate::objects::dict::dict_pairs(d);
            if entries.is_empty() {
                None
            } else {
                let mut names = Vec::with_capacity(entries.len());
                for (k, v) in entries {
                    if try_str(&k).is_none() {
                        return Err(type_error("keywords must be strings"));
                    }
                    names.push(k);
                    all.push(v);
                }
                Some(new_tuple(names)?)
            }
        }
        _ => None,
    };
    call(vm, f, &all, kwnames.as_deref())
}

/// DictMerge: `f(**a, **b)` with duplicate detection.
pub fn dict_merge_kwargs(
    vm: &mut Vm,
    target: &Obj,
    src: &Obj,
    func: Option<ObjRef>,
) -> PyResult<()> {
    let pairs: Vec<(ObjRef, ObjRef)> = if let Some(b) = dict_body(src) {
        b.table
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    } else {
        let Some(keys) = attr::get_attr_opt(vm, src, "keys")? else {
            let fname = func.map(|f| function_display_name(&f)).unwrap_or_default();
            return Err(type_error(format!(
                "{}argument after ** must be a mapping, not {}",
                fname,
                type_name(src)
            )));
        };
        let keys = call(vm, &keys, &[], None)?;
        let mut v = Vec::new();
        for k in crate::protocol::iter::collect(vm, &keys)? {
            let val = subscript::getitem(vm, src, &k)?;
            v.push((k, val));
        }
        v
    };
    for (k, v) in pairs {
        if ops::dict_get(vm, target, &k)?.is_some() {
            let fname = func
                .as_ref()
                .map(|f| function_display_name(f))
                .unwrap_or_default();
            return Err(type_error(format!(
                "{}got multiple values for keyword argument '{}'",
                fname,
                try_str(&k).unwrap_or("?")
            )));
        }
        ops::dict_set(vm, target, k, v)?;
    }
    Ok(())
}

/// CPython's `_PyObject_FunctionStr` plus a space: `module.qualname() `,
/// without the module for built-ins.
fn function_display_name(f: &Obj) -> String {
    if let Some(m) = f.payload::<MethodBody>() {
        return function_display_name(&m.func);
    }
    if let Some(b) = f.payload::<FunctionBody>() {
        let qualname = try_str(&b.qualname.borrow()).unwrap_or("?").to_string();
        return match try_str(&b.module()) {
            Some(m) if m != "builtins" => format!("{m}.{qualname}() "),
            _ => format!("{qualname}() "),
        };
    }
    if let Some(b) = f.payload::<BuiltinBody>() {
        return match (b.kind, b.owner) {
            (BuiltinKind::Function, _) | (_, "") => format!("{}() ", b.name),
            _ => format!("{}.{}() ", b.owner, b.name),
        };
    }
    // A class: its `__qualname__`, after its `__module__` unless built in
    // (`dict() argument after ** ...`).
    if let Some(t) = f.payload::<typeobject::TypeBody>() {
        let qualname = try_str(&t.qualname.borrow()).unwrap_or("?").to_string();
        let module = t.dict().borrow().get_rust_str("__module__");
        return match module.as_deref().and_then(try_str) {
            Some(m) if m != "builtins" && t.has_flag(typeobject::flags::HEAPTYPE) => {
                format!("{m}.{qualname}() ")
            }
            _ => format!("{qualname}() "),
        };
    }
    String::new()
}

/// Native stack that must remain free below a call's start before it runs
/// without growing the stack; a Python call level uses a few KiB of it.
const STACK_RED_ZONE: usize = 256 * 1024;
/// Size of each extra stack segment `stacker` allocates.
const STACK_SEGMENT: usize = 4 * 1024 * 1024;

/// The address of a local: where the native stack currently is (the stack
/// grows downwards on every platform `stacker` supports).
#[inline(always)]
fn approx_stack_pointer() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// Runs `f` with the Python recursion limit enforced and the native stack
/// grown on demand, so deep recursion is a RecursionError, never a crash.
///
/// The stack check is one comparison: `vm.stack_low` is the lowest address
/// at which a call may start and still have `STACK_RED_ZONE` bytes below it.
/// Only a call starting below it (or the first one) takes the slow path,
/// which asks `stacker`, grows the stack if needed and recomputes the mark
/// for the segment it runs on.
#[inline]
pub fn with_recursion_guard<R>(vm: &mut Vm, f: impl FnOnce(&mut Vm) -> PyResult<R>) -> PyResult<R> {
    if vm.recursion_depth >= vm.recursion_limit {
        return Err(recursion_error("maximum recursion depth exceeded"));
    }
    vm.recursion_depth += 1;
    let r = if approx_stack_pointer() > vm.stack_low {
        f(vm)
    } else {
        guard_slow(vm, f)
    };
    vm.recursion_depth -= 1;
    r
}

#[cold]
#[inline(never)]
fn guard_slow<R>(vm: &mut Vm, f: impl FnOnce(&mut Vm) -> PyResult<R>) -> PyResult<R> {
    let saved = vm.stack_low;
    let r = stacker::maybe_grow(STACK_RED_ZONE, STACK_SEGMENT, || {
        vm.stack_low = match stacker::remaining_stack() {
            // A later call starting above this mark has at least the red
            // zone below it. Only this function switches stacks, and it
            // restores the mark when leaving the segment.
            Some(rem) => (approx_stack_pointer() - rem).saturating_add(STACK_RED_ZONE),
            None => usize::MAX,
        };
        f(vm)
    });
    vm.stack_low = saved;
    r
}

/// `f(self_, *args)`: a Python function binds `self_` straight into its
/// frame, without an argument vector (`__init__` at every instantiation).
pub fn call_with_self(
    vm: &mut Vm,
    f: &Obj,
    self_: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&Obj>,
) -> PyResult<ObjRef> {
    if f.layout() == Layout::Function {
        return call_function_with(vm, f, Some(self_), args, kwnames);
    }
    with_first(self_, args, |full| call(vm, f, full, kwnames))
}

/// Runs `f` on `first` followed by `rest` as one slice: up to four more
/// on the stack, with no allocation (CPython's vectorcall writes `self`
/// into the slot before the arguments instead); more in a vector.
#[inline]
pub(crate) fn with_first<R>(first: &ObjRef, rest: &[ObjRef], f: impl FnOnce(&[ObjRef]) -> R) -> R {
    let a = first.clone();
    match rest {
        [] => f(&[a]),
        [b] => f(&[a, b.clone()]),
        [b, c] => f(&[a, b.clone(), c.clone()]),
        [b, c, d] => f(&[a, b.clone(), c.clone(), d.clone()]),
        [b, c, d, e] => f(&[a, b.clone(), c.clone(), d.clone(), e.clone()]),
        _ => {
            let mut full = Vec::with_capacity(rest.len() + 1);
            full.push(a);
            full.extend_from_slice(rest);
            f(&full)
        }
    }
}

/// Calls a Python function.
#[inline]
fn call_function(vm: &mut Vm, f: &Obj, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    call_function_with(vm, f, None, args, kwnames)
}

/// Calls a Python function with `self_` (if any) before `args`.
fn call_function_with(
    vm: &mut Vm,
    f: &Obj,
    self_: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&Obj>,
) -> PyResult<ObjRef> {
    let fb = f.payload::<FunctionBody>().expect("function");
    let frame = bound_frame(vm, fb, self_, args, kwnames)?;
    let code = fb.code.payload::<CodeBody>().expect("code");
    run_new_frame(vm, frame, f, code)
}

/// A pooled frame bound for calling `fb` with `self_` (if any) then
/// `args`; on a binding error the frame goes back to the pool.
#[inline(always)]
fn bound_frame(
    vm: &mut Vm,
    fb: &FunctionBody,
    self_: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&Obj>,
) -> PyResult<Box<Frame>> {
    let mut frame = frame::take_frame(&mut vm.frame_pool);
    if let Err(e) = init_frame(&mut frame, fb, self_, args, kwnames) {
        frame.recycle(&mut vm.frame_pool);
        return Err(e);
    }
    Ok(frame)
}

/// Runs a frame built for a call of `fb` to its return (or makes the
/// generator that will run it).
#[inline(always)]
fn run_new_frame(vm: &mut Vm, mut frame: Box<Frame>, f: &Obj, code: &CodeBody) -> PyResult<ObjRef> {
    if code.code.is_generator() {
        // The generator's frame keeps its function alive, as CPython's
        // `f_func` does (a generator expression's function has no other
        // owner).
        frame.func = Some(f.to_ref());
        let fb = f.payload::<FunctionBody>().expect("function");
        return generator::new_generator(vm, frame, fb);
    }
    let r = with_recursion_guard(vm, |vm| run_frame(vm, &mut frame));
    frame.recycle(&mut vm.frame_pool);
    match r? {
        FrameExit::Return(v) => Ok(v),
        FrameExit::Yield(_) => Err(exception::system_error("yield from a non-generator frame")),
    }
}

/// CALL / CALL_METHOD / CALL_KW of a Python function (or of a bound method
/// of one) from the dispatch loop: the callable is at `stack[base]` (then a
/// NULL marker if `skip_null`), the arguments above it, keyword values last
/// and named by `kwnames`. Takes them off the stack and returns the callee's
/// frame, bound and ready for the loop to run inline — CPython 3.11's
/// `_PyFrame_PushUnchecked` for CALL_PY_EXACT_ARGS, and
/// `_PyEvalFramePushAndInit` for the rest. With exactly the positional
/// parameters the arguments are moved into the callee's locals, not copied.
/// The frame keeps the function alive (`Frame::func`).
///
/// `None`, with the stack untouched, for any other callable and for
/// generator functions (their call makes a generator; the generic path
/// does that). `Some(Err)` — the stack cut back to `base` — when binding
/// fails or the recursion limit is reached.
#[inline(always)]
pub fn frame_for_call(
    vm: &mut Vm,
    frame: &mut Frame,
    base: usize,
    skip_null: bool,
    kwnames: Option<&Obj>,
) -> Option<PyResult<Box<Frame>>> {
    let callee = &frame.stack[base];
    // The function the frame will keep alive: the callable itself, or the
    // bound method's function.
    let func = match callee.layout() {
        Layout::Function => callee.clone(),
        Layout::Method => {
            let m = callee.payload::<MethodBody>()?;
            if m.func.layout() != Layout::Function {
                return None;
            }
            m.func.clone()
        }
        _ => return None,
    };
    let fb = func.payload::<FunctionBody>()?;
    let cb = fb.code.payload::<CodeBody>()?;
    let c = &cb.code;
    if c.is_generator() {
        return None;
    }
    let first_arg = base + 1 + skip_null as usize;
    if vm.recursion_depth >= vm.recursion_limit {
        frame.stack.truncate(base);
        return Some(Err(recursion_error("maximum recursion depth exceeded")));
    }
    let mut new = frame::take_frame(&mut vm.frame_pool);
    let self_ = frame.stack[base].payload::<MethodBody>().map(|m| &m.self_);
    let bound = if self_.is_none()
        && kwnames.is_none()
        && frame.stack.len() - first_arg == c.exact_argcount as usize
    {
        // The arguments are the top of the caller's stack: popped into
        // the callee's first locals, last argument first.
        let nargs = frame.stack.len() - first_arg;
        new.lay_out_moving_args(cb, 0, &mut frame.stack, nargs);
        init_frame_rest(&mut new, fb, cb)
    } else {
        init_frame(&mut new, fb, self_, &frame.stack[first_arg..], kwnames)
    };
    frame.stack.truncate(base);
    if let Err(e) = bound {
        new.recycle(&mut vm.frame_pool);
        return Some(Err(e));
    }
    new.func = Some(func);
    Some(Ok(new))
}

/// Does the Python function `f` take exactly `nargs` positional arguments
/// and run a frame when called (not a generator function)? CPython's
/// conditions for CALL_PY_EXACT_ARGS.
pub fn takes_exact_args(f: &Obj, nargs: usize) -> bool {
    f.payload::<FunctionBody>()
        .and_then(|fb| fb.code.payload::<CodeBody>())
        .is_some_and(|cb| cb.code.exact_argcount as usize == nargs)
}

/// CALL_PY_EXACT_ARGS: the frame for calling the Python function at
/// `stack[base]` with exactly its positional parameters, which are the
/// rest of the stack (a method call's self first). The arguments are moved
/// into the callee's locals and the function into `Frame::func`. `None`,
/// the stack untouched, when the function does not take them exactly (see
/// [`takes_exact_args`]); `Some(Err)`, the stack cut back to `base`, at
/// the recursion limit.
#[inline(always)]
pub fn frame_exact_args(
    vm: &mut Vm,
    frame: &mut Frame,
    base: usize,
) -> Option<PyResult<Box<Frame>>> {
    let nargs = frame.stack.len() - base - 1;
    // The code, held apart from the stack the arguments move out of (the
    // new frame takes this reference).
    let code = {
        let fb = frame.operand(base).payload::<FunctionBody>()?;
        let cb = fb.code.payload::<CodeBody>()?;
        if cb.code.exact_argcount as usize != nargs {
            return None;
        }
        fb.code.clone()
    };
    if vm.recursion_depth >= vm.recursion_limit {
        frame.stack.truncate(base);
        return Some(Err(recursion_error("maximum recursion depth exceeded")));
    }
    let mut new = frame::take_frame(&mut vm.frame_pool);
    // SAFETY: checked to be a code object above.
    let cb = unsafe { code.body_unchecked::<CodeBody>() };
    new.lay_out_moving_args(cb, 0, &mut frame.stack, nargs);
    // The function moves from the stack into the frame, which keeps it
    // alive for the call.
    let func = frame.pop();
    // SAFETY: checked to be a function above.
    let fb = unsafe { func.body_unchecked::<FunctionBody>() };
    if let Err(e) = init_frame_cells(&mut new, fb, cb) {
        new.code = code;
        new.recycle(&mut vm.frame_pool);
        return Some(Err(e));
    }
    new.code = code;
    new.globals = fb.globals.clone();
    new.func = Some(func);
    Some(Ok(new))
}

/// CALL_FUNCTION_EX of a Python function with an exact tuple of
/// positional arguments and no `**` mapping or an empty exact dict
/// (`f(*args)`, `f(*args, **kwargs)` called without keywords: the shape
/// of most wrappers and decorators), from the dispatch loop: the callee's frame,
/// bound from the tuple's items, for the loop to run inline as CPython
/// 3.11 pushes it — no Rust recursion, no copy of the arguments. `None`
/// for anything else, which takes `call_ex`. At the recursion limit, the
/// RecursionError the generic call would raise.
pub fn frame_for_call_ex(
    vm: &mut Vm,
    f: &ObjRef,
    args: &Obj,
    kwargs: Option<&Obj>,
) -> Option<PyResult<Box<Frame>>> {
    if let Some(d) = kwargs {
        if !d.ty().is(&types().dict) || !dict_body(d)?.table.borrow().is_empty() {
            return None;
        }
    }
    let fb = f.payload::<FunctionBody>()?;
    if fb.code.payload::<CodeBody>()?.code.is_generator() || !args.ty().is(&types().tuple) {
        return None;
    }
    let items = try_tuple_items(args)?;
    if vm.recursion_depth >= vm.recursion_limit {
        return Some(Err(recursion_error("maximum recursion depth exceeded")));
    }
    let mut new = match bound_frame(vm, fb, None, items, None) {
        Ok(new) => new,
        Err(e) => return Some(Err(e)),
    };
    new.func = Some(f.clone());
    Some(Ok(new))
}

/// The frame of an `__init__` run inline for a class call
/// (`CallAllocAndEnterInit`): `init` takes exactly `obj` and the arguments
/// above the class at `stack[base]` (see `takes_exact_args`); they are
/// moved into its locals, the class is popped, and the frame keeps `obj`
/// to give the caller when `__init__` returns. At the recursion limit, the
/// stack cut back to `base`, the RecursionError `call_type_default` would
/// raise.
pub fn frame_for_init(
    vm: &mut Vm,
    frame: &mut Frame,
    base: usize,
    init: ObjRef,
    obj: ObjRef,
) -> PyResult<Box<Frame>> {
    if vm.recursion_depth >= vm.recursion_limit {
        frame.stack.truncate(base);
        return Err(recursion_error("maximum recursion depth exceeded"));
    }
    let fb = init.payload::<FunctionBody>().expect("function");
    let cb = fb.code.payload::<CodeBody>().expect("code");
    let mut new = frame::take_frame(&mut vm.frame_pool);
    let nargs = frame.stack.len() - base - 1;
    new.lay_out_moving_args(cb, 1, &mut frame.stack, nargs);
    new.fast[0] = Some(obj.clone());
    frame.stack.truncate(base);
    if let Err(e) = init_frame_rest(&mut new, fb, cb) {
        new.recycle(&mut vm.frame_pool);
        return Err(e);
    }
    new.func = Some(init);
    new.init_self = Some(obj);
    Ok(new)
}

/// Builds the frame for calling `fb` with these arguments.
pub fn new_frame(fb: &FunctionBody, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<Frame> {
    let mut frame = frame::take_frame(&mut Vec::new());
    init_frame(&mut frame, fb, None, args, kwnames)?;
    Ok(*frame)
}

/// Fills a pooled (empty) frame, in place, for calling `fb` with `self_`
/// (if any) then `args`. On error the frame may hold some arguments; the
/// caller recycles it.
#[inline(always)]
fn init_frame(
    frame: &mut Frame,
    fb: &FunctionBody,
    self_: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&Obj>,
) -> PyResult<()> {
    let cb = fb.code.payload::<CodeBody>().expect("code");
    let c = &cb.code;
    frame.lay_out_for(cb);
    let fast = &mut *frame.fast;
    let nargs = args.len() + self_.is_some() as usize;
    if kwnames.is_none()
        && nargs == c.argcount as usize
        && c.flags & (co::VARARGS | co::VARKEYWORDS) == 0
        && c.kwonlyargcount == 0
    {
        // Exact positional call: the arguments are the first locals.
        let rest = match self_ {
            Some(s) => {
                fast[0] = Some(s.clone());
                &mut fast[1..]
            }
            None => fast,
        };
        for (slot, a) in rest.iter_mut().zip(args) {
            *slot = Some(a.clone());
        }
    } else {
        match self_ {
            None => bind_arguments(fb, cb, fast, args, kwnames)?,
            Some(s) => with_first(s, args, |full| bind_arguments(fb, cb, fast, full, kwnames))?,
        }
    }
    init_frame_rest(frame, fb, cb)
}

/// The part of a new frame that does not depend on how the arguments were
/// bound: the value stack's room, cells, the closure, code and globals.
#[inline(always)]
fn init_frame_rest(frame: &mut Frame, fb: &FunctionBody, cb: &CodeBody) -> PyResult<()> {
    init_frame_cells(frame, fb, cb)?;
    frame.code = fb.code.clone();
    frame.globals = fb.globals.clone();
    Ok(())
}

/// The new frame's cells: its own (an argument that is a cell moves into
/// one), then the closure's.
#[inline(always)]
fn init_frame_cells(frame: &mut Frame, fb: &FunctionBody, cb: &CodeBody) -> PyResult<()> {
    let c = &cb.code;
    if !c.cellvars.is_empty() {
        for _ in 0..c.cellvars.len() {
            frame.cells.push_checked(new_cell(None)?);
        }
        for &(cell_ix, arg_ix) in &c.cell2arg {
            let v = frame.fast[arg_ix as usize].take();
            let cell = frame.cells[cell_ix as usize]
                .payload::<CellBody>()
                .expect("cell");
            cell.value.set(v);
        }
    }
    if let Some(cl) = &fb.closure {
        for c in try_tuple_items(cl).expect("closure tuple") {
            frame.cells.push_checked(c.clone());
        }
    }
    Ok(())
}

fn bind_arguments(
    fb: &FunctionBody,
    cb: &CodeBody,
    fast: &mut [Option<ObjRef>],
    args: &[ObjRef],
    kwnames: Option<&Obj>,
) -> PyResult<()> {
    let c = &cb.code;
    let argcount = c.argcount as usize;
    let kwonly = c.kwonlyargcount as usize;
    let has_varargs = c.flags & co::VARARGS != 0;
    let has_varkw = c.flags & co::VARKEYWORDS != 0;
    let kwnames_items = kwnames.and_then(try_tuple_items).unwrap_or(&[]);
    let npos = args.len() - kwnames_items.len();
    let qualname = || try_str(&fb.qualname.borrow()).unwrap_or("?").to_string();

    // Fast path: exact positional call, no defaults needed.
    if kwnames_items.is_empty() && npos == argcount && !has_varargs && !has_varkw && kwonly == 0 {
        for (slot, a) in fast.iter_mut().zip(args) {
            *slot = Some(a.clone());
        }
        return Ok(());
    }

    for i in 0..npos.min(argcount) {
        fast[i] = Some(args[i].clone());
    }
    let mut next_slot = argcount + kwonly;
    if has_varargs {
        let extra = if npos > argcount {
            args[argcount..npos].to_vec()
        } else {
            Vec::new()
        };
        fast[next_slot] = Some(new_tuple(extra)?);
        next_slot += 1;
    }
    let kwdict = if has_varkw {
        let d = new_dict()?;
        fast[next_slot] = Some(d.clone());
        Some(d)
    } else {
        None
    };
    let posonly = c.posonlyargcount as usize;
    for (name, value) in kwnames_items.iter().zip(&args[npos..]) {
        let n = try_str(name).unwrap_or("");
        let slot = cb.code.varnames[posonly..argcount + kwonly]
            .iter()
            .position(|v| &**v == n)
            .map(|p| p + posonly);
        match slot {
            Some(s) => {
                if fast[s].is_some() {
                    return Err(type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        qualname(),
                        n
                    )));
                }
                fast[s] = Some(value.clone());
            }
            None => match &kwdict {
                Some(d) => {
                    crate::objects::dict::maintain_tracking(d, name, value);
                    let mut t = dict_body(d).expect("dict").table.borrow_mut();
                    t.set_str(name.clone(), value.clone())?;
                }
                None => {
                    // Every positional-only parameter named by a keyword,
                    // in parameter order (CPython's
                    // positional_only_passed_as_keyword).
                    let conflicts: Vec<&str> = cb.code.varnames[..posonly]
                        .iter()
                        .map(|v| &**v)
                        .filter(|v| {
                            kwnames_items
                                .iter()
                                .any(|k| try_str(k).is_some_and(|k| k == *v))
                        })
                        .collect();
                    if !conflicts.is_empty() {
                        return Err(type_error(format!(
                            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                            qualname(),
                            conflicts.join(", ")
                        )));
                    }
                    return Err(type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        qualname(),
                        n
                    )));
                }
            },
        }
    }
    // Too many positional arguments is checked after the keywords, as
    // CPython's initialize_locals does (so it can count keyword-only ones).
    if !has_varargs && npos > argcount {
        let defaults_len = fb
            .defaults
            .borrow()
            .as_ref()
            .map_or(0, |d| try_tuple_items(d).map_or(0, |t| t.len()));
        // Keyword-only parameters the call filled (CPython's kwonly_given).
        let given_kw = fast[argcount..argcount + kwonly]
            .iter()
            .filter(|v| v.is_some())
            .count();
        let takes = if defaults_len > 0 {
            format!(
                "from {} to {} positional arguments",
                argcount - defaults_len,
                argcount
            )
        } else {
            format!(
                "{} positional argument{}",
                argcount,
                if argcount == 1 { "" } else { "s" }
            )
        };
        let extra_kw = if given_kw > 0 {
            format!(
                " positional argument{} (and {} keyword-only argument{})",
                if npos == 1 { "" } else { "s" },
                given_kw,
                if given_kw == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        };
        return Err(type_error(if extra_kw.is_empty() {
            format!(
                "{}() takes {} but {} {} given",
                qualname(),
                takes,
                npos,
                if npos == 1 { "was" } else { "were" }
            )
        } else {
            format!(
                "{}() takes {} but {}{} were given",
                qualname(),
                takes,
                npos,
                extra_kw
            )
        }));
    }
    // Defaults for missing positional parameters.
    if npos < argcount {
        let defaults = fb.defaults.borrow();
        let defs = defaults
            .as_ref()
            .and_then(|d| try_tuple_items(d))
            .unwrap_or(&[]);
        let first_default = argcount - defs.len();
        let mut missing = Vec::new();
        for i in npos..argcount {
            if fast[i].is_none() {
                if i >= first_default {
                    fast[i] = Some(defs[i - first_default].clone());
                } else {
                    missing.push(c.varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                qualname(),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
    }
    if kwonly > 0 {
        let kwdefaults = fb.kwdefaults.borrow();
        let mut missing = Vec::new();
        #[allow(clippy::needless_range_loop)]
        for i in argcount..argcount + kwonly {
            if fast[i].is_none() {
                let name = &cb.varnames[i];
                let d = kwdefaults.as_ref().and_then(|d| ops::dict_get_str(d, name));
                match d {
                    Some(v) => fast[i] = Some(v),
                    None => missing.push(c.varnames[i].to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                qualname(),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
    }
    Ok(())
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as CPython lists names.
fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}
