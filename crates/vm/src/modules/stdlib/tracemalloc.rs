//! `_tracemalloc`: the native half of `tracemalloc` (the Python half,
//! `tracemalloc.py`, builds snapshots and statistics from `_get_traces`),
//! over the core in [`crate::memory::tracemalloc`].

use crate::memory::object::{Obj, ObjRef};
use crate::memory::tracemalloc as core;
use crate::modules::add_fns;
use crate::objects::bool::py_bool;
use crate::objects::exception::value_error;
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::module::new_module;
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::protocol::convert::{check_args, index_value};
use crate::vm::{PyResult, Vm};

pub fn make() -> PyResult<ObjRef> {
    let m = new_module("_tracemalloc")?;
    add_fns(
        &m,
        "_tracemalloc",
        &[
            ("start", tm_start),
            ("stop", tm_stop),
            ("is_tracing", tm_is_tracing),
            ("clear_traces", tm_clear_traces),
            ("get_traced_memory", tm_get_traced_memory),
            ("reset_peak", tm_reset_peak),
            ("get_tracemalloc_memory", tm_get_tracemalloc_memory),
            ("get_traceback_limit", tm_get_traceback_limit),
            ("_get_traces", tm_get_traces),
            ("_get_object_traceback", tm_get_object_traceback),
        ],
    )?;
    Ok(m)
}

fn tm_start(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("start", args, 0, 1)?;
    let n = match args.first() {
        Some(a) => index_value(a)?,
        None => 1,
    };
    if !(1..=65535).contains(&n) {
        return Err(value_error(
            "the number of frames must be in range [1; 65535]",
        ));
    }
    core::start(n as usize);
    Ok(vm.none())
}

fn tm_stop(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("stop", args, 0, 0)?;
    core::stop();
    Ok(vm.none())
}

fn tm_is_tracing(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("is_tracing", args, 0, 0)?;
    Ok(py_bool(core::is_tracing()))
}

fn tm_clear_traces(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("clear_traces", args, 0, 0)?;
    core::clear_traces();
    Ok(vm.none())
}

fn tm_get_traced_memory(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("get_traced_memory", args, 0, 0)?;
    let (cur, peak) = core::traced_memory();
    Ok(new_tuple(vec![
        new_int(cur as i64)?,
        new_int(peak as i64)?,
    ])?)
}

fn tm_reset_peak(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("reset_peak", args, 0, 0)?;
    core::reset_peak();
    Ok(vm.none())
}

fn tm_get_tracemalloc_memory(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("get_tracemalloc_memory", args, 0, 0)?;
    Ok(new_int(core::own_memory() as i64)?)
}

fn tm_get_traceback_limit(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("get_traceback_limit", args, 0, 0)?;
    Ok(new_int(core::traceback_limit() as i64)?)
}

fn traceback_tuple(tb: &core::Traceback) -> PyResult<ObjRef> {
    let mut frames = Vec::with_capacity(tb.len());
    for (file, line) in tb.iter() {
        frames.push(new_tuple(vec![new_str(file)?, new_int(*line as i64)?])?);
    }
    Ok(new_tuple(frames)?)
}

/// `[(domain, size, ((filename, lineno), ...), total_nframe), ...]`, the
/// frames most recent first, as CPython's `_get_traces`. The traces are
/// copied before any object is made, so the list does not trace itself.
fn tm_get_traces(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("_get_traces", args, 0, 0)?;
    let traces = core::traces();
    let mut out = Vec::with_capacity(traces.len());
    let zero = new_int(0)?;
    for (size, tb, total) in traces {
        out.push(new_tuple(vec![
            zero.clone(),
            new_int(size as i64)?,
            traceback_tuple(&tb)?,
            new_int(total as i64)?,
        ])?);
    }
    Ok(new_list(out)?)
}

/// The traceback of the block holding `obj`, or None.
fn tm_get_object_traceback(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("_get_object_traceback", args, 1, 1)?;
    let o = &args[0];
    let header = std::mem::size_of::<crate::memory::object::GcHead>();
    let block = o.id() - if o.gc_head().is_some() { header } else { 0 };
    match core::traceback_of(block) {
        Some(tb) => traceback_tuple(&tb),
        None => Ok(vm.none()),
    }
}
