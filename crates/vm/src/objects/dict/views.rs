//! Dict views (`dict_keys`, `dict_values`, `dict_items`) and the iterators
//! over a dict and its views, which raise `RuntimeError: dictionary changed
//! size during iteration` as CPython does.

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::memory::slot::ObjSlot;
use crate::objects::dict::dict_body;
use crate::objects::exception::runtime_error;
use crate::objects::registry::types;
use crate::objects::tuple::new_tuple;
use crate::objects::{list, Layout, Traverse, VarSize};
use crate::protocol::repr::repr_string;
use crate::protocol::subscript;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

/// Iterates a dict by entry position; raises RuntimeError if the dict
/// changes size meanwhile. CPython's `dictiterobject` (`di_dict`,
/// `di_used`, `di_pos`, `di_result`, `len`: 72 bytes with the GC head).
pub struct DictIterBody {
    pub dict: ObjRef,
    pub kind: DictIterKind,
    /// `reversed(d)`: from the last entry back (CPython's
    /// `dict_reversekeyiterator` and its two siblings); `pos` is then one
    /// past the next entry to look at.
    pub reverse: bool,
    pub pos: Cell<usize>,
    pub len_at_start: usize,
    /// The last `(key, value)` pair of an items iterator, refilled in place
    /// for the next one when the consumer has let go of it (`di_result`: a
    /// loop unpacking `d.items()` makes no tuple per item).
    pub result: ObjSlot,
}
impl Traverse for DictIterBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.dict);
        self.result.visit(visit);
    }
}
impl VarSize for DictIterBody {}

/// `dict.keys()`, `.values()`, `.items()`.
/// `dv_dict` only, as CPython's `_PyDictViewObject` (40 bytes with the GC
/// head): which view it is, is its type ([`view_kind`]).
pub struct DictViewBody {
    pub dict: ObjRef,
}

/// Which items a dict view shows: its type says.
pub fn view_kind(o: &Obj) -> DictIterKind {
    let t = types();
    if o.ty().is(&t.dict_values) {
        DictIterKind::Values
    } else if o.ty().is(&t.dict_items) {
        DictIterKind::Items
    } else {
        DictIterKind::Keys
    }
}
impl Traverse for DictViewBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.dict);
    }
}
impl VarSize for DictViewBody {}

pub fn dict_iter(d: &Obj, kind: DictIterKind) -> PyResult<ObjRef> {
    new_dict_iter(d, kind, false)
}

/// `reversed(d)`, `reversed(d.keys())` ...: the entries last first.
pub fn dict_reversed(d: &Obj, kind: DictIterKind) -> PyResult<ObjRef> {
    new_dict_iter(d, kind, true)
}

fn new_dict_iter(d: &Obj, kind: DictIterKind, reverse: bool) -> PyResult<ObjRef> {
    let t = types();
    let ty = match (kind, reverse) {
        (DictIterKind::Keys, false) => &t.dict_keyiterator,
        (DictIterKind::Values, false) => &t.dict_valueiterator,
        (DictIterKind::Items, false) => &t.dict_itemiterator,
        (DictIterKind::Keys, true) => &t.dict_reversekeyiterator,
        (DictIterKind::Values, true) => &t.dict_reversevalueiterator,
        (DictIterKind::Items, true) => &t.dict_reverseitemiterator,
    };
    let (len, slots) = {
        let table = dict_body(d).expect("dict").table.borrow();
        (table.len(), table.positions())
    };
    let result = match kind {
        DictIterKind::Items => Some(new_tuple(vec![t.none.clone(), t.none.clone()])?),
        _ => None,
    };
    Ok(alloc_object(
        ty,
        DictIterBody {
            dict: d.to_ref(),
            kind,
            reverse,
            pos: Cell::new(if reverse { slots } else { 0 }),
            len_at_start: len,
            result: ObjSlot::new(result),
        },
        0,
    )?)
}

pub(crate) fn dict_next(it: &Obj) -> PyResult<Option<ObjRef>> {
    let d = it.payload::<DictIterBody>().expect("dict iterator");
    let (table_len, item) = {
        let table = dict_body(&d.dict).expect("dict").table.borrow();
        let mut pos = d.pos.get();
        let mut found = None;
        while d.reverse && pos > 0 {
            pos -= 1;
            if let Some(e) = table.entry_at(pos) {
                found = Some((e.key.clone(), e.value.clone()));
                break;
            }
        }
        // The table cannot change while it is borrowed here.
        let end = table.positions();
        while !d.reverse && pos < end {
            if let Some(e) = table.entry_at(pos) {
                found = Some((e.key.clone(), e.value.clone()));
                pos += 1;
                break;
            }
            pos += 1;
        }
        d.pos.set(pos);
        (table.len(), found)
    };
    if table_len != d.len_at_start {
        return Err(runtime_error("dictionary changed size during iteration"));
    }
    match item {
        None => Ok(None),
        Some((k, v)) => Ok(Some(match d.kind {
            DictIterKind::Keys => k,
            DictIterKind::Values => v,
            DictIterKind::Items => items_result(d, k, v)?,
        })),
    }
}

/// The pair `(key, value)`: the iterator's last result refilled when only
/// the iterator still holds it (CPython's `dictiter_iternextitem`), else a
/// new tuple (the kept one stays, as in CPython).
fn items_result(d: &DictIterBody, k: ObjRef, v: ObjRef) -> PyResult<ObjRef> {
    let Some(r) = d.result.take() else {
        return Ok(new_tuple(vec![k, v])?);
    };
    match crate::objects::tuple::refill(&r, [k, v]) {
        Ok(()) => {
            d.result.set(Some(r.clone()));
            Ok(r)
        }
        Err([k, v]) => {
            d.result.set(Some(r));
            Ok(new_tuple(vec![k, v])?)
        }
    }
}

/// `dict_keys(['a'])`, `dict_values([1])`, `dict_items([('a', 1)])`.
pub(crate) fn dict_view_repr(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    let name = match view_kind(o) {
        DictIterKind::Keys => "dict_keys",
        DictIterKind::Values => "dict_values",
        DictIterKind::Items => "dict_items",
    };
    let items = crate::protocol::iter::collect(vm, o)?;
    let list = list::new_list(items)?;
    Ok(format!("{}({})", name, repr_string(vm, &list)?))
}

/// A comparison between a set-like dict view and a view or set, as
/// CPython's `dictview_richcompare`: the sizes first, then whether every
/// item of one is `in` the other (so an items view with unhashable values
/// compares with a set of other size without hashing anything).
pub(crate) fn dict_view_compare(
    vm: &mut Vm,
    op: arenapy_compiler::opcode::ComparisonOperator,
    a: &Obj,
    b: &Obj,
) -> PyResult<bool> {
    use arenapy_compiler::opcode::ComparisonOperator as C;
    let la = crate::protocol::object::len(vm, a)?;
    let lb = crate::protocol::object::len(vm, b)?;
    let all_in = |vm: &mut Vm, x: &Obj, y: &Obj| -> PyResult<bool> {
        for item in crate::protocol::iter::collect(vm, x)? {
            if !subscript::contains(vm, y, &item)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    Ok(match op {
        C::Equal => la == lb && all_in(vm, a, b)?,
        C::NotEqual => !(la == lb && all_in(vm, a, b)?),
        C::Less => la < lb && all_in(vm, a, b)?,
        C::LessEqual => la <= lb && all_in(vm, a, b)?,
        C::Greater => la > lb && all_in(vm, b, a)?,
        C::GreaterEqual => la >= lb && all_in(vm, b, a)?,
    })
}

/// Is `o` a `dict_keys` or `dict_items` view (set-like, unlike `dict_values`)?
pub(crate) fn is_set_like_view(o: &Obj) -> bool {
    o.layout() == Layout::DictView && view_kind(o) != DictIterKind::Values
}

/// `keys.isdisjoint(other)`, `items.isdisjoint(other)` (CPython's
/// `dictviews_isdisjoint`): no item of `other` is in the view; against a
/// set or view the shorter one is iterated.
fn view_isdisjoint(vm: &mut Vm, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    let this = &args[0];
    let name = crate::protocol::object::type_name(this);
    let nkw = kwnames
        .and_then(crate::objects::tuple::try_tuple_items)
        .map_or(0, |k| k.len());
    if nkw > 0 {
        return Err(crate::objects::exception::type_error(format!(
            "{name}.isdisjoint() takes no keyword arguments"
        )));
    }
    if args.len() != 2 {
        return Err(crate::objects::exception::type_error(format!(
            "{name}.isdisjoint() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let (mut a, mut b) = (this.clone(), args[1].clone());
    if b.is(this) {
        return Ok(crate::objects::bool::py_bool(
            crate::protocol::object::len(vm, this)? == 0,
        ));
    }
    if b.layout() == Layout::Set || is_set_like_view(&b) {
        let la = crate::protocol::object::len(vm, &a)?;
        let lb = crate::protocol::object::len(vm, &b)?;
        if lb > la {
            std::mem::swap(&mut a, &mut b);
        }
    }
    for item in crate::protocol::iter::collect(vm, &b)? {
        if subscript::contains(vm, &a, &item)? {
            return Ok(crate::objects::bool::py_bool(false));
        }
    }
    Ok(crate::objects::bool::py_bool(true))
}

/// Puts the set-like views' methods into their namespaces (at start-up).
pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    let m: &[(&'static str, crate::objects::function::builtin::NativeFn)] =
        &[("isdisjoint", view_isdisjoint)];
    let kind = crate::objects::function::builtin::BuiltinKind::Method;
    crate::objects::function::builtin::install(&t.dict_keys, "dict_keys", m, kind)?;
    crate::objects::function::builtin::install(&t.dict_items, "dict_items", m, kind)
}
