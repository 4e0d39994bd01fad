//! The methods of `dict`: `get`, `setdefault`, `pop`, `popitem`, `keys`,
//! `values`, `items`, `update`, `copy`, `clear`, `fromkeys` and `__init__`,
//! with CPython 3.11's error messages.

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::dict::views::{DictIterKind, DictViewBody};
use crate::objects::dict::{dict_body, new_dict, ops};
use crate::objects::exception::{key_error, type_error};
use crate::objects::function::builtin;
use crate::objects::function::builtin::BuiltinKind;
use crate::objects::registry::types;
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobject::construct;
use crate::objects::Layout;
use crate::protocol::convert::{check_args, split_kwargs};
use crate::protocol::iter;
use crate::vm::{PyErr, PyResult, Vm};

fn self_dict(args: &[ObjRef]) -> PyResult<ObjRef> {
    match args.first() {
        Some(d) if d.layout() == Layout::Dict => Ok(d.clone()),
        _ => Err(type_error("descriptor requires a 'dict' object")),
    }
}

fn dict_get_m(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("get", &args[1..], 1, 2)?;
    let d = self_dict(args)?;
    Ok(ops::dict_get(vm, &d, &args[1])?
        .unwrap_or_else(|| args.get(2).cloned().unwrap_or_else(|| vm.none())))
}

fn dict_setdefault(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("setdefault", &args[1..], 1, 2)?;
    let d = self_dict(args)?;
    if let Some(v) = ops::dict_get(vm, &d, &args[1])? {
        return Ok(v);
    }
    let v = args.get(2).cloned().unwrap_or_else(|| vm.none());
    ops::dict_set(vm, &d, args[1].clone(), v.clone())?;
    Ok(v)
}

fn dict_pop_m(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("pop", &args[1..], 1, 2)?;
    let d = self_dict(args)?;
    match ops::dict_pop(vm, &d, &args[1])? {
        Some(v) => Ok(v),
        None => args
            .get(2)
            .cloned()
            .ok_or_else(|| key_error(args[1].clone())),
    }
}

fn dict_popitem(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let d = self_dict(args)?;
    let e = dict_body(&d).expect("dict").table.borrow_mut().pop_last()?;
    match e {
        Some(e) => Ok(new_tuple(vec![e.key, e.value])?),
        None => Err(key_error(new_str("popitem(): dictionary is empty")?).with_str_message()),
    }
}

trait KeyErrorMessage {
    fn with_str_message(self) -> Self;
}
impl KeyErrorMessage for PyErr {
    fn with_str_message(self) -> Self {
        self
    }
}

fn dict_view(args: &[ObjRef], kind: DictIterKind) -> PyResult<ObjRef> {
    let d = self_dict(args)?;
    let t = types();
    let ty = match kind {
        DictIterKind::Keys => &t.dict_keys,
        DictIterKind::Values => &t.dict_values,
        DictIterKind::Items => &t.dict_items,
    };
    Ok(alloc_object(ty, DictViewBody { dict: d }, 0)?)
}

pub(crate) fn dict_keys(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    dict_view(args, DictIterKind::Keys)
}
pub(crate) fn dict_values(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    dict_view(args, DictIterKind::Values)
}
pub(crate) fn dict_items(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    dict_view(args, DictIterKind::Items)
}

fn dict_update_m(vm: &mut Vm, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = split_kwargs(args, kwnames);
    let d = self_dict(pos)?;
    check_args("update", &pos[1..], 0, 1)?;
    if let Some(src) = pos.get(1) {
        ops::dict_update(vm, &d, src)?;
    }
    for (k, v) in kws {
        ops::dict_set(vm, &d, new_str(k)?, v.clone())?;
    }
    Ok(vm.none())
}

fn dict_copy_m(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let d = self_dict(args)?;
    ops::dict_copy(&d)
}

fn dict_clear(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let d = self_dict(args)?;
    let old = dict_body(&d).expect("dict").table.borrow_mut().take_all();
    drop(old);
    Ok(types().none.clone())
}

fn dict_fromkeys(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("fromkeys", &args[1..], 1, 2)?;
    let d = new_dict()?;
    let v = args.get(2).cloned().unwrap_or_else(|| vm.none());
    let src = &args[1];
    let keys = iter::collect(vm, src)?;
    // `_PyDict_FromKeys`: from an exact dict or set, one resize up front
    // (to `estimate_log2_keysize(len)`, which CPython's bit trick makes
    // 16 slots even for one key).
    let unicode = if src.ty().is(&types().dict) {
        Some(dict_body(src).expect("dict").table.borrow().is_unicode())
    } else if src.ty().is(&types().set) || src.ty().is(&types().frozenset) {
        Some(false)
    } else {
        None
    };
    if let Some(unicode) = unicode {
        dict_body(&d)
            .expect("dict")
            .table
            .borrow_mut()
            .resize_for(keys.len(), unicode)?;
    }
    for k in keys {
        ops::dict_set(vm, &d, k, v.clone())?;
    }
    Ok(d)
}

fn dict_init(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    let d = self_dict(args)?;
    construct::init_builtin_subclass(vm, &d, &args[1..], kw)?;
    Ok(vm.none())
}

/// Puts this type's built-in methods into its namespace (at start-up).
pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    let m = BuiltinKind::Method;
    builtin::install(
        &t.dict,
        "dict",
        &[
            ("get", dict_get_m),
            ("setdefault", dict_setdefault),
            ("pop", dict_pop_m),
            ("popitem", dict_popitem),
            ("keys", dict_keys),
            ("values", dict_values),
            ("items", dict_items),
            ("update", dict_update_m),
            ("copy", dict_copy_m),
            ("clear", dict_clear),
            ("__init__", dict_init),
        ],
        m,
    )?;
    builtin::install(
        &t.dict,
        "dict",
        &[("fromkeys", dict_fromkeys)],
        BuiltinKind::ClassMethod,
    )?;
    Ok(())
}
