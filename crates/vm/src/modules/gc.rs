//! The `gc` module: `collect(generation=2)` returning the number of
//! unreachable objects found, `enable`/`disable`/`isenabled`, the thresholds
//! and counts of the three generations, `is_tracked`, `is_finalized`, `get_stats`,
//! `get_objects`, `get_referents`, `get_referrers`, the debug flags,
//! `freeze`/`unfreeze`/`get_freeze_count` and `callbacks`. The
//! collector itself is `memory::collector`.

use crate::eval::exceptions;
use crate::memory::object::{Obj, ObjRef};
use crate::memory::{collector, gc};
use crate::modules::{add_fns, set};
use crate::objects;
use crate::objects::bool::py_bool;
use crate::objects::dict::{new_dict, ops};
use crate::objects::exception::value_error;
use crate::objects::int::new_int;
use crate::objects::list::list_body;
use crate::objects::list::new_list;
use crate::objects::module::new_module;
use crate::objects::singletons;
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::protocol::convert::{check_args, index_value};
use crate::protocol::{attr, call, repr};
use crate::vm::{PyResult, Vm};

pub(crate) fn make_gc() -> PyResult<ObjRef> {
    let m = new_module("gc")?;
    add_fns(
        &m,
        "gc",
        &[
            ("collect", gc_collect),
            ("enable", gc_enable),
            ("disable", gc_disable),
            ("isenabled", gc_isenabled),
            ("get_count", gc_get_count),
            ("get_threshold", gc_get_threshold),
            ("set_threshold", gc_set_threshold),
            ("is_tracked", gc_is_tracked),
            ("is_finalized", gc_is_finalized),
            ("get_stats", gc_get_stats),
            ("get_objects", gc_get_objects),
            ("get_referrers", gc_get_referrers),
            ("get_referents", gc_get_referents),
            ("set_debug", gc_set_debug),
            ("get_debug", gc_get_debug),
            ("freeze", gc_freeze),
            ("unfreeze", gc_unfreeze),
            ("get_freeze_count", gc_get_freeze_count),
        ],
    )?;
    for (name, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        set(&m, name, new_int(v)?)?;
    }
    let garbage = new_list(Vec::new())?;
    collector::set_garbage_list(Some(garbage.clone()));
    set(&m, "garbage", garbage)?;
    set(&m, "callbacks", new_list(Vec::new())?)?;
    Ok(m)
}

fn gc_collect(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("collect", args, 0, 1)?;
    let gen = match args.first() {
        Some(g) => index_value(g)?,
        None => 2,
    };
    if !(0..=2).contains(&gen) {
        return Err(value_error("invalid generation"));
    }
    invoke_callbacks(vm, "start", gen, 0)?;
    let n = collector::collect(vm, gen as usize);
    invoke_callbacks(vm, "stop", gen, n as i64)?;
    Ok(new_int(n as i64)?)
}

/// Calls each of `gc.callbacks` with `phase` ("start" or "stop") and the
/// info dict `{"generation", "collected", "uncollectable"}`, as CPython's
/// `invoke_gc_callback`; an exception in one is reported as unraisable and
/// the others still run. Only explicit `gc.collect()` calls run them here:
/// an automatic collection happens inside an allocation, where no Python
/// code may run.
fn invoke_callbacks(vm: &mut Vm, phase: &str, gen: i64, collected: i64) -> PyResult<()> {
    let Some(m) = ops::dict_get_str(&vm.modules, &*new_str("gc")?) else {
        return Ok(());
    };
    let Some(list) = attr::get_attr_opt(vm, &m, "callbacks")? else {
        return Ok(());
    };
    let Some(cbs) = list_body(&list).map(|l| l.items.borrow().iter().cloned().collect::<Vec<_>>())
    else {
        return Ok(());
    };
    if cbs.is_empty() {
        return Ok(());
    }
    let info = new_dict()?;
    ops::dict_set_str(&info, new_str("generation")?, new_int(gen)?)?;
    ops::dict_set_str(&info, new_str("collected")?, new_int(collected)?)?;
    ops::dict_set_str(&info, new_str("uncollectable")?, new_int(0)?)?;
    let phase = new_str(phase)?;
    for cb in cbs {
        if let Err(e) = call::call(vm, &cb, &[phase.clone(), info.clone()], None) {
            vm.flush();
            let what = repr::repr_string(vm, &cb).unwrap_or_default();
            let text = exceptions::format_exception(vm, &e.0);
            eprint!("Exception ignored in: {what}\n{text}");
        }
    }
    Ok(())
}

fn gc_freeze(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("freeze", args, 0, 0)?;
    collector::freeze();
    Ok(vm.none())
}

fn gc_unfreeze(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("unfreeze", args, 0, 0)?;
    collector::unfreeze();
    Ok(vm.none())
}

fn gc_get_freeze_count(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("get_freeze_count", args, 0, 0)?;
    Ok(new_int(collector::freeze_count() as i64)?)
}

fn gc_enable(vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    collector::set_enabled(true);
    Ok(vm.none())
}

fn gc_disable(vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    collector::set_enabled(false);
    Ok(vm.none())
}

fn gc_isenabled(_vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(py_bool(collector::is_enabled()))
}

fn gc_get_count(_vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let c = collector::counts();
    Ok(new_tuple(vec![
        new_int(c[0])?,
        new_int(c[1])?,
        new_int(c[2])?,
    ])?)
}

fn gc_get_threshold(_vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let c = collector::thresholds();
    Ok(new_tuple(vec![
        new_int(c[0])?,
        new_int(c[1])?,
        new_int(c[2])?,
    ])?)
}

fn gc_set_threshold(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("set_threshold", args, 1, 3)?;
    let mut t = collector::thresholds();
    for (i, a) in args.iter().enumerate() {
        t[i] = index_value(a)?;
    }
    collector::set_thresholds(t);
    Ok(vm.none())
}

fn gc_is_tracked(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("is_tracked", args, 1, 1)?;
    Ok(py_bool(gc::is_tracked(&args[0])))
}

/// `gc.is_finalized(obj)`: has the object's finalizer (`__del__`, PEP
/// 442) already run?
fn gc_is_finalized(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("is_finalized", args, 1, 1)?;
    let o = &args[0];
    let done = match o.layout() {
        objects::Layout::Instance => objects::instance::is_finalized(o),
        _ => o.is_gc() && crate::memory::finalize::marked(o),
    };
    Ok(py_bool(done))
}

fn gc_get_stats(_vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let mut gens = Vec::new();
    for g in collector::generation_stats() {
        let d = new_dict()?;
        ops::dict_set_str(&d, new_str("collections")?, new_int(g.collections as i64)?)?;
        ops::dict_set_str(&d, new_str("collected")?, new_int(g.collected as i64)?)?;
        ops::dict_set_str(&d, new_str("uncollectable")?, new_int(0)?)?;
        gens.push(d);
    }
    Ok(new_list(gens)?)
}

fn gc_get_objects(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("get_objects", args, 0, 1)?;
    let gen = match args.first() {
        Some(g) if !singletons::is_none(g) => {
            let g = index_value(g)?;
            if !(0..=2).contains(&g) {
                return Err(value_error("generation parameter must be less than the number of available generations (3)"));
            }
            Some(g as usize)
        }
        _ => None,
    };
    Ok(new_list(collector::tracked_objects(gen))?)
}

fn gc_get_referents(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let mut out = Vec::new();
    for a in args {
        if a.gc_head().is_some() {
            objects::traverse(a, &mut |c: &Obj| out.push(c.to_ref()));
        }
    }
    Ok(new_list(out)?)
}

fn gc_get_referrers(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let mut out = Vec::new();
    for o in collector::tracked_objects(None) {
        let mut refers = false;
        objects::traverse(&o, &mut |c: &Obj| {
            if args.iter().any(|a| a.is(c)) {
                refers = true;
            }
        });
        if refers {
            out.push(o);
        }
    }
    Ok(new_list(out)?)
}

fn gc_set_debug(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("set_debug", args, 1, 1)?;
    collector::set_debug(index_value(&args[0])? as u32);
    Ok(vm.none())
}

fn gc_get_debug(_vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(new_int(collector::debug_flags() as i64)?)
}
