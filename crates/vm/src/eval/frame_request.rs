//! Built-ins that need their caller's frame: `locals()`, `vars()` and
//! `dir()` without arguments, and `globals()`.
//!
//! Native functions do not see Python frames. Such a built-in records what
//! it wants in `Vm::frame_request` and fails with a placeholder error; the
//! dispatch loop's call instructions answer the request on their (cold)
//! error path, where the calling frame is at hand. Ordinary calls pay
//! nothing: the error branch existed already.

use crate::eval::eval_exec;
use crate::eval::frame::Frame;
use crate::memory::object::ObjRef;
use crate::objects::dict::{dict_body, new_dict, ops};
use crate::objects::exception;
use crate::objects::function::cell::CellBody;
use crate::objects::list::new_list;
use crate::objects::registry::types;
use crate::objects::str::try_str;
use crate::vm::{PyErr, PyResult, Vm};

/// What a built-in asked of its caller's frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameRequest {
    /// `locals()` / `vars()`: the namespace of a module or class body, or a
    /// new snapshot of a function's variables.
    Locals,
    /// `globals()`.
    Globals,
    /// `dir()`: the sorted names of `locals()`.
    Dir,
    /// `eval(s)` / `exec(s)` without namespaces: run in the caller's
    /// globals and `locals()` (see `eval_exec.rs`).
    EvalExec,
}

/// Records the request; the returned error unwinds to the call instruction.
pub fn request(vm: &mut Vm, kind: FrameRequest) -> PyErr {
    vm.frame_request = Some(kind);
    exception::new_error(&types().system_error, "frame request outside a call")
}

/// The error path of a call instruction in `frame`: answers a pending frame
/// request, or passes the error on.
#[cold]
#[inline(never)]
pub fn answer(vm: &mut Vm, frame: &Frame, err: PyErr) -> PyResult<ObjRef> {
    let Some(kind) = vm.frame_request.take() else {
        return Err(err);
    };
    match kind {
        FrameRequest::Globals => Ok(frame.globals.clone()),
        FrameRequest::Locals => locals_of(vm, frame),
        FrameRequest::EvalExec => {
            let l = locals_of(vm, frame)?;
            eval_exec::answer(vm, frame.globals.clone(), l)
        }
        FrameRequest::Dir => {
            let ns = locals_of(vm, frame)?;
            let mut names: Vec<String> = dict_body(&ns)
                .expect("dict")
                .table
                .borrow()
                .iter()
                .filter_map(|e| try_str(e.key).map(str::to_string))
                .collect();
            names.sort();
            let mut items = Vec::with_capacity(names.len());
            for n in names {
                items.push(crate::objects::str::new_str(&n)?);
            }
            Ok(new_list(items)?)
        }
    }
}

/// A module or class body's namespace itself; for a function, a new dict
/// of its bound local variables and cell contents (CPython 3.11's
/// snapshot).
fn locals_of(vm: &mut Vm, frame: &Frame) -> PyResult<ObjRef> {
    if let Some(l) = &frame.locals {
        return Ok(l.clone());
    }
    let d = new_dict()?;
    let code = frame.code_body();
    for (name, v) in code.varnames.iter().zip(&frame.fast) {
        if let Some(v) = v {
            ops::dict_set(vm, &d, name.clone(), v.clone())?;
        }
    }
    let cell_names: Vec<ObjRef> = code
        .code
        .cellvars
        .iter()
        .chain(code.code.freevars.iter())
        .map(|n| crate::objects::str::new_str(n))
        .collect::<Result<_, _>>()?;
    for (name, cell) in cell_names.into_iter().zip(&frame.cells) {
        let v = cell.payload::<CellBody>().and_then(|c| c.value.get());
        if let Some(v) = v {
            ops::dict_set(vm, &d, name, v)?;
        }
    }
    Ok(d)
}
