//! Instructions whose bodies are too long for an arm of the dispatch loop
//! (`dispatch.rs`): collection building, unpacking, f-string fields,
//! `with`, function creation. Each takes the running frame and the
//! instruction's argument, and leaves the value stack as the instruction's
//! stack effect says (the compiler's depth analysis relies on it).

use crate::eval::frame::Frame;
use crate::eval::names::{deref_name, unbound_deref};
use crate::memory::object::ObjRef;
use crate::objects::bool::py_bool;
use crate::objects::dict::ops;
use crate::objects::exception::type_error;
use crate::objects::function::cell::CellBody;
use crate::objects::function::code::CodeBody;
use crate::objects::list::{list_body, new_list};
use crate::objects::registry::types;
use crate::objects::str::{new_str, try_str};
use crate::objects::tuple::new_tuple;
use crate::objects::{dict, function, typeobject, Layout};
use crate::protocol::{attr, call, format, iter, object, repr};
use crate::vm::{PyResult, Vm};

/// LOAD_CLASSDEREF: a free variable read in a class body, the class namespace first.
pub(super) fn load_class_deref(
    vm: &mut Vm,
    frame: &mut Frame,
    code: &CodeBody,
    arg: u32,
) -> PyResult<()> {
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
            let v = cell.value.get();
            v.ok_or_else(|| unbound_deref(code, arg))?
        }
    };
    frame.push(v);
    Ok(())
}

/// MAKE_FUNCTION: the code object, then closure, keyword defaults and defaults as `arg`'s flags say.
pub(super) fn make_function(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<()> {
    let code_v = frame.pop();
    let closure = if arg & 0x08 != 0 {
        Some(frame.pop())
    } else {
        None
    };
    let kwdefaults = if arg & 0x02 != 0 {
        Some(frame.pop())
    } else {
        None
    };
    let defaults = if arg & 0x01 != 0 {
        Some(frame.pop())
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
    Ok(())
}

/// LIST_EXTEND: `[*a, *b]` and star-arguments, with CPython's message for a non-iterable.
pub(super) fn list_extend(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<()> {
    let it = frame.pop();
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
    Ok(())
}

/// DICT_UPDATE: `{**a}`.
pub(super) fn dict_update(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<()> {
    let m = frame.pop();
    let d = frame.stack[frame.stack.len() - arg as usize].clone();
    if m.layout() != Layout::Dict && attr::get_attr_opt(vm, &m, "keys")?.is_none() {
        return Err(type_error(format!(
            "'{}' object is not a mapping",
            object::type_name(&m)
        )));
    }
    ops::dict_update(vm, &d, &m)?;
    Ok(())
}

/// DICT_MERGE: `f(**a, **b)`, refusing a repeated keyword.
pub(super) fn dict_merge(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<()> {
    let m = frame.pop();
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
    Ok(())
}

/// FORMAT_VALUE: one f-string field, with its conversion and format spec.
pub(super) fn format_value(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<()> {
    let spec = if arg & 0x04 != 0 {
        Some(frame.pop())
    } else {
        None
    };
    let v = frame.pop();
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
    let r = if spec_s.is_empty() && v.layout() == Layout::Str && v.ty().is(&types().str) {
        v
    } else {
        format::format(vm, &v, spec_s)?
    };
    frame.push(r);
    Ok(())
}

/// UNPACK_EX: `a, *b, c = seq`.
pub(super) fn unpack_ex(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<()> {
    let seq = frame.pop();
    let before = (arg & 0xff) as usize;
    let after = (arg >> 8) as usize;
    let items = iter::collect(vm, &seq)?;
    if items.len() < before + after {
        return Err(crate::objects::exception::value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let n = items.len();
    for v in items[n - after..].iter().rev() {
        frame.push(v.clone());
    }
    frame.push(new_list(items[before..n - after].to_vec())?);
    for v in items[..before].iter().rev() {
        frame.push(v.clone());
    }
    Ok(())
}

/// BEFORE_WITH: looks up `__exit__` and `__enter__`, calls `__enter__`.
///
/// Both are special methods: looked up on the type and bound to the
/// manager (CPython's `_PyObject_LookupSpecial`), so attributes of the
/// instance itself do not count.
pub(super) fn before_with(vm: &mut Vm, frame: &mut Frame) -> PyResult<()> {
    let mgr = frame.pop();
    let special = |vm: &mut Vm, name: &str| -> PyResult<Option<ObjRef>> {
        match typeobject::lookup_str(mgr.ty(), name) {
            Some(f) => attr::descr_get(vm, &f, Some(&mgr), mgr.ty()).map(Some),
            None => Ok(None),
        }
    };
    let enter = special(vm, "__enter__")?;
    let exit = special(vm, "__exit__")?;
    let missed_exit = enter.is_some();
    let (Some(enter), Some(exit)) = (enter, exit) else {
        return Err(type_error(format!(
            "'{}' object does not support the context manager protocol{}",
            object::type_name(&mgr),
            if missed_exit {
                " (missed __exit__ method)"
            } else {
                ""
            }
        )));
    };
    let r = call::call(vm, &enter, &[], None)?;
    frame.push(exit);
    frame.push(r);
    Ok(())
}

/// WITH_EXCEPT_START: calls `__exit__` with the exception being handled.
pub(super) fn with_except_start(vm: &mut Vm, frame: &mut Frame) -> PyResult<()> {
    let e = frame.top().clone();
    let exit = frame.stack[frame.stack.len() - 2].clone();
    let tb = attr::get_attr_opt(vm, &e, "__traceback__")?.unwrap_or_else(|| types().none.clone());
    let r = call::call(vm, &exit, &[e.ty().to_ref(), e.clone(), tb], None)?;
    let t = object::truthy(vm, &r)?;
    frame.push(py_bool(t));
    Ok(())
}

/// BUILD_SET.
pub(super) fn build_set(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<()> {
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
    Ok(())
}

/// BUILD_MAP.
pub(super) fn build_map(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<()> {
    let n = frame.stack.len() - 2 * arg as usize;
    let d = dict::new_dict()?;
    for k in (n..frame.stack.len()).step_by(2) {
        let (key, v) = (frame.stack[k].clone(), frame.stack[k + 1].clone());
        ops::dict_set(vm, &d, key, v)?;
    }
    frame.stack.truncate(n);
    frame.push(d);
    Ok(())
}

/// LIST_TO_TUPLE.
pub(super) fn list_to_tuple(frame: &mut Frame) -> PyResult<()> {
    let l = frame.pop();
    let items: Vec<ObjRef> = list_body(&l)
        .expect("list")
        .items
        .borrow()
        .iter()
        .cloned()
        .collect();
    frame.push(new_tuple(items)?);
    Ok(())
}
