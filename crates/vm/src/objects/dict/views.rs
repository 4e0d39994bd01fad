//! Dict views (`dict_keys`, `dict_values`, `dict_items`) and the iterators
//! over a dict and its views, which raise `RuntimeError: dictionary changed
//! size during iteration` as CPython does.

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::dict::dict_body;
use crate::objects::exception::runtime_error;
use crate::objects::registry::types;
use crate::objects::set::{ops, set_next, SetBody};
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

/// Iterates a dict (or set) by entry position; raises RuntimeError if the
/// dict changes size meanwhile.
pub struct DictIterBody {
    pub dict: ObjRef,
    pub kind: DictIterKind,
    pub pos: Cell<usize>,
    pub len_at_start: usize,
}
impl Traverse for DictIterBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.dict);
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
    let t = types();
    let ty = match kind {
        DictIterKind::Keys => &t.dict_keyiterator,
        DictIterKind::Values => &t.dict_valueiterator,
        DictIterKind::Items => &t.dict_itemiterator,
    };
    let len = dict_body(d).expect("dict").table.borrow().len();
    Ok(alloc_object(
        ty,
        DictIterBody {
            dict: d.to_ref(),
            kind,
            pos: Cell::new(0),
            len_at_start: len,
        },
        0,
    )?)
}

pub(crate) fn dict_next(it: &Obj) -> PyResult<Option<ObjRef>> {
    let d = it.payload::<DictIterBody>().expect("dict iterator");
    if let Some(s) = d.dict.payload::<SetBody>() {
        return set_next(d, s);
    }
    let (table_len, item) = {
        let table = dict_body(&d.dict).expect("dict").table.borrow();
        let mut pos = d.pos.get();
        let mut found = None;
        while pos < table.entry_slots() {
            if let Some(e) = table.entry(pos) {
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
        let what = if d.dict.layout() == Layout::Set {
            "set"
        } else {
            "dictionary"
        };
        return Err(runtime_error(format!(
            "{what} changed size during iteration"
        )));
    }
    match item {
        None => Ok(None),
        Some((k, v)) => Ok(Some(match d.kind {
            DictIterKind::Keys => k,
            DictIterKind::Values => v,
            DictIterKind::Items => new_tuple(vec![k, v])?,
        })),
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

/// `==` between a dict view and a view or set: the same items, in any
/// order (views compare like sets).
pub(crate) fn dict_view_eq(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<bool> {
    let x = crate::protocol::iter::collect(vm, a)?;
    let y = crate::protocol::iter::collect(vm, b)?;
    if x.len() != y.len() {
        return Ok(false);
    }
    for item in &x {
        if !subscript::contains_in(vm, &y, item)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Is `o` a `dict_keys` or `dict_items` view (set-like, unlike `dict_values`)?
pub(crate) fn is_set_like_view(o: &Obj) -> bool {
    o.layout() == Layout::DictView && view_kind(o) != DictIterKind::Values
}

pub(crate) fn set_of_iterable(vm: &mut Vm, o: &Obj) -> PyResult<ObjRef> {
    if o.layout() == Layout::Set {
        return Ok(o.to_ref());
    }
    let s = crate::objects::set::new_set(false)?;
    for v in crate::protocol::iter::collect(vm, o)? {
        ops::set_add(vm, &s, v)?;
    }
    Ok(s)
}
