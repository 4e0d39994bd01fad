//! The `class` statement and metaclasses: `__build_class__` resolves the
//! metaclass (the most derived of the explicit one and the bases' types),
//! asks it for the namespace (`__prepare__`), runs the body there and calls
//! it; `type.__new__` (reachable from Python as `super().__new__(mcls, ...)`)
//! makes the heap type, whose header type is the metaclass. A class's type
//! being a heap type is what routes its operators, iteration, calls and
//! attribute fallbacks through the metaclass's dunders elsewhere
//! (`protocol::object::is_heap_type_instance` holds for such classes).

use crate::eval::dispatch;
use crate::eval::dispatch::FrameExit;
use crate::memory::object::{Obj, ObjRef};
use crate::objects::dict::{dict_body, new_dict};
use crate::objects::exception::type_error;
use crate::objects::function::cell::CellBody;
use crate::objects::function::FunctionBody;
use crate::objects::registry::types;
use crate::objects::str::new_str;
use crate::objects::tuple::{new_tuple, try_tuple_items};
use crate::objects::typeobject::class::{create_class, finish_class};
use crate::objects::typeobject::{is_subtype, lookup_str};
use crate::objects::Layout;
use crate::protocol::object::type_name;
use crate::protocol::{attr, call, convert};
use crate::vm::{PyResult, Vm};

/// `__build_class__(func, name, *bases, **kwds)`: resolves the metaclass,
/// asks it for a namespace (`__prepare__`), runs the class body in it, then
/// calls the metaclass `(name, bases, ns, **kwds)`. A plain `type` class
/// takes the direct route (no `__prepare__`, no call through `type`).
pub fn build_class(vm: &mut Vm, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = convert::split_kwargs(args, kwnames);
    if pos.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let t = types();
    let func = &pos[0];
    let name = pos[1].clone();
    let bases = resolve_mro_entries(vm, &pos[2..])?;
    let mut explicit = None;
    let mut rest: Vec<(&str, ObjRef)> = Vec::with_capacity(kws.len());
    for (k, v) in kws {
        if k == "metaclass" {
            explicit = Some(v.clone());
        } else {
            rest.push((k, v.clone()));
        }
    }
    let meta = match explicit {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => b.ty().to_ref(),
            None => t.type_.clone(),
        },
    };
    // A metaclass that is a class is replaced by the most derived one;
    // any other callable is called as it is.
    let meta = if meta.layout() == Layout::Type {
        calculate_metaclass(&meta, &bases)?
    } else {
        meta
    };
    let plain = meta.is(&t.type_);
    let fb = func
        .payload::<FunctionBody>()
        .ok_or_else(|| type_error("__build_class__: func must be a function"))?;
    let ns = match plain {
        true => new_dict()?,
        false => match attr::get_attr_opt(vm, &meta, "__prepare__")? {
            Some(p) => {
                let bt = new_tuple(bases.clone())?;
                call_with_kws(vm, &p, vec![name.clone(), bt], &rest)?
            }
            None => new_dict()?,
        },
    };
    let mut frame = call::new_frame(fb, &[], None)?;
    frame.locals = Some(ns.clone());
    let r = call::with_recursion_guard(vm, |vm| dispatch::run_frame(vm, &mut frame))?;
    let cell = match r {
        FrameExit::Return(v) if v.layout() == Layout::Cell => Some(v),
        _ => None,
    };
    let cls = if plain {
        let cls = create_class(vm, &t.type_, &name, bases, &ns)?;
        if let Some(c) = &cell {
            c.payload::<CellBody>()
                .expect("cell")
                .value
                .set(Some(cls.clone()));
        }
        finish_class(vm, &cls, &rest)?;
        cls
    } else {
        let bt = new_tuple(bases)?;
        let cls = call_with_kws(vm, &meta, vec![name, bt, ns], &rest)?;
        if let Some(c) = &cell {
            if cls.layout() == Layout::Type {
                c.payload::<CellBody>()
                    .expect("cell")
                    .value
                    .set(Some(cls.clone()));
            }
        }
        cls
    };
    Ok(cls)
}

/// `f(*pos, **kws)`.
fn call_with_kws(
    vm: &mut Vm,
    f: &Obj,
    mut pos: Vec<ObjRef>,
    kws: &[(&str, ObjRef)],
) -> PyResult<ObjRef> {
    if kws.is_empty() {
        return call::call(vm, f, &pos, None);
    }
    let mut names = Vec::with_capacity(kws.len());
    for (k, v) in kws {
        pos.push(v.clone());
        names.push(new_str(k)?);
    }
    let kwnames = new_tuple(names)?;
    call::call(vm, f, &pos, Some(&kwnames))
}

/// CPython's `_PyType_CalculateMetaclass`: the most derived of `meta` and
/// the bases' types; a "metaclass conflict" when they are unrelated.
pub fn calculate_metaclass(meta: &Obj, bases: &[ObjRef]) -> PyResult<ObjRef> {
    let mut winner = meta.to_ref();
    for b in bases {
        let bt = b.ty();
        if is_subtype(&winner, bt) {
            continue;
        }
        if is_subtype(bt, &winner) {
            winner = bt.to_ref();
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a \
             (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// The checks of `type(name, bases, ns)`'s arguments, in Argument
/// Clinic's order (a str, a tuple, a dict); the bases.
pub(crate) fn type_new_args(name: &Obj, bases: &Obj, ns: &Obj) -> PyResult<Vec<ObjRef>> {
    let bad = |n: usize, want: &str, o: &Obj| {
        type_error(format!(
            "type.__new__() argument {n} must be {want}, not {}",
            // _PyArg_BadArgument names None itself.
            if crate::objects::singletons::is_none(o) {
                "None".to_string()
            } else {
                type_name(o).to_string()
            }
        ))
    };
    if crate::objects::str::try_str(name).is_none() {
        return Err(bad(1, "str", name));
    }
    let bases = try_tuple_items(bases)
        .ok_or_else(|| bad(2, "tuple", bases))?
        .to_vec();
    if dict_body(ns).is_none() {
        return Err(bad(3, "dict", ns));
    }
    Ok(bases)
}

/// `type.__new__(mcls, name, bases, ns, **kwds)`, also `type(x)`.
pub fn type_new(vm: &mut Vm, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = convert::split_kwargs(args, kwnames);
    let Some(mcls) = pos.first() else {
        return Err(type_error("type.__new__(): not enough arguments"));
    };
    if mcls.layout() != Layout::Type || !is_subtype(mcls, &types().type_) {
        return Err(type_error(format!(
            "type.__new__(X): X is not a type object ({})",
            type_name(mcls)
        )));
    }
    if pos.len() == 2 && mcls.is(&types().type_) && kws.is_empty() {
        return Ok(pos[1].ty().to_ref());
    }
    if pos.len() != 4 {
        return Err(type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            pos.len() - 1
        )));
    }
    let bases = type_new_args(&pos[1], &pos[2], &pos[3])?;
    let meta = calculate_metaclass(mcls, &bases)?;
    let cls = create_class(vm, &meta, &pos[1], bases, &pos[3])?;
    let kws: Vec<(&str, ObjRef)> = kws.into_iter().map(|(k, v)| (k, v.clone())).collect();
    finish_class(vm, &cls, &kws)?;
    Ok(cls)
}

/// PEP 560: a base that is not a class but has `__mro_entries__` (such as
/// `typing.Generic[T]` or `Box[int]`) is replaced by the classes it returns.
fn resolve_mro_entries(vm: &mut Vm, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    if bases.iter().all(|b| b.layout() == Layout::Type) {
        return Ok(bases.to_vec());
    }
    let orig = new_tuple(bases.to_vec())?;
    let mut out = Vec::with_capacity(bases.len());
    for b in bases {
        if b.layout() != Layout::Type {
            if let Some(f) = lookup_str(b.ty(), "__mro_entries__") {
                let r = call::call(vm, &f, &[b.clone(), orig.clone()], None)?;
                let items = try_tuple_items(&r)
                    .ok_or_else(|| type_error("__mro_entries__ must return a tuple"))?;
                out.extend(items.iter().cloned());
                continue;
            }
        }
        out.push(b.clone());
    }
    Ok(out)
}
