//! Inline caches for LoadAttr, LoadMethod and StoreAttr (see
//! [`AttrCache`]): CPython 3.11's specialisations LOAD_ATTR_INSTANCE_VALUE,
//! LOAD_ATTR_CLASS, LOAD_ATTR_SLOT, LOAD_METHOD_WITH_VALUES and
//! STORE_ATTR_INSTANCE_VALUE / SLOT, adapted to a cache beside the code
//! object. The generic instructions use it directly; their specialised
//! forms (`eval::spec_call`) use the `hit_*` functions here, one shape
//! each, and the `choose_*` functions pick the form after a generic run.
//!
//! A hit gives exactly the answer of the generic path in `attr`: an entry is
//! only made for the shapes below, and every hit re-checks what the
//! versions do not cover (the kind of the class attribute now at the cached
//! index, and whether the object's own dict shadows it). Anything else — a
//! miss, a dunder name, `__getattr__`/`__setattr__` hooks, modules, `super`,
//! descriptors other than plain functions and slot members — takes the
//! generic path.
//!
//! | kind        | object      | type lookup finds                 | result                      |
//! |-------------|-------------|-----------------------------------|-----------------------------|
//! | `OwnDict`   | has a dict  | nothing                           | the object's own attribute  |
//! | `Method`    | not a class | a function / method descriptor    | bound method, or (f, self)  |
//! | `ClassValue`| not a class | a plain value                     | the value                   |
//! | `TypeAttr`  | a class     | a function or plain value         | the value                   |
//! | `Slot`      | an instance | a `__slots__` member applying to it | the slot's value (or store) |

use crate::memory::object::{Obj, ObjRef};
use crate::objects::dict::table::DictTable;
use crate::objects::function::builtin::{BuiltinBody, BuiltinKind};
use crate::objects::function::code::{AttrCache, AttrEntry, AttrKind, ATTR_CACHE_MRO};
use crate::objects::function::method;
use crate::objects::str::try_str;
use crate::objects::tuple::tuple_items;
use crate::objects::typeobject::{flags, TypeBody};
use crate::objects::Layout;
use crate::objects::{instance, member};
use crate::protocol::attr;
use crate::vm::{PyResult, Vm};
use arenapy_compiler::opcode::Opcode as Op;
use std::cell::RefCell;

/// Do `ty`'s address and the dicts along its MRO still have the versions
/// recorded in `e`?
#[inline(always)]
fn type_valid(e: &AttrEntry, ty: &Obj) -> bool {
    if e.ty.get() != ty.id() {
        return false;
    }
    // Every change of a class namespace's version moves the thread's type
    // stamp, so while the stamp is the one of the last full check, no
    // version along any MRO has changed since: CPython's type version tag,
    // for all types at once. (An MRO is only replaced when its class is
    // made, whose namespace becomes watched then, or by `__bases__`
    // assignment or clearing, which take new versions: all move it.)
    let stamp = crate::objects::dict::table::type_stamp();
    if e.checked_at.get() == stamp {
        return true;
    }
    let valid = type_versions_current(e, ty);
    if valid {
        e.value.set(class_value_ptr(e, ty));
        e.checked_at.set(stamp);
    }
    valid
}

#[inline(never)]
fn type_versions_current(e: &AttrEntry, ty: &Obj) -> bool {
    let Some(tb) = ty.payload::<TypeBody>() else {
        return false;
    };
    if tb.dict().borrow().version != e.versions[0].get() {
        return false;
    }
    let mro = tb.mro.borrow();
    let mro = tuple_items(&mro);
    if mro.len() != e.mro_len.get() as usize {
        return false;
    }
    mro[1..].iter().zip(&e.versions[1..]).all(|(t, v)| {
        t.payload::<TypeBody>()
            .is_some_and(|b| b.dict().borrow().version == v.get())
    })
}

/// The entry of `c` valid for `ty`, if any.
#[inline(always)]
fn entry_for<'c>(c: &'c AttrCache, ty: &Obj) -> Option<&'c AttrEntry> {
    c.entries.iter().find(|e| type_valid(e, ty))
}

/// The entry a miss on `ty` refills: the one already for `ty`, else an
/// empty one, else the last (the others stay put, so a new type cannot
/// evict them all).
fn entry_to_fill<'c>(c: &'c AttrCache, ty: &Obj) -> &'c AttrEntry {
    c.entries
        .iter()
        .find(|e| e.ty.get() == ty.id() || e.kind.get() == AttrKind::Empty)
        .unwrap_or(&c.entries[c.entries.len() - 1])
}

/// The class attribute at the cached position, read through its index
/// (null for the kinds that cache none), for `AttrEntry::value`.
fn class_value_ptr(e: &AttrEntry, ty: &Obj) -> *const Obj {
    if !matches!(
        e.kind.get(),
        AttrKind::Method | AttrKind::ClassValue | AttrKind::TypeAttr | AttrKind::Slot
    ) {
        return std::ptr::null();
    }
    let read = || {
        let mro = ty.payload::<TypeBody>()?.mro.borrow();
        let t: &Obj = tuple_items(&mro).get(e.mro_pos.get() as usize)?;
        let d = t.payload::<TypeBody>()?.dict().borrow();
        let p: *const Obj = &**d.entry(e.type_index.get() as usize)?.value;
        Some(p)
    };
    read().unwrap_or(std::ptr::null())
}

/// The class attribute of entry `e`, which `entry_for` just found valid.
///
/// The pointer is live: `type_valid` set it from the class namespace when
/// the type stamp moved to its current value, and since then no class
/// namespace has changed (every change, a replaced value too, moves the
/// stamp), so that namespace still holds the value. The namespace lives
/// while its class does, and the class is on the MRO of the type being
/// looked at, which the caller holds.
#[inline(always)]
fn cached_value(e: &AttrEntry) -> Option<ObjRef> {
    let p = e.value.get();
    if p.is_null() {
        return None;
    }
    // SAFETY: non-null and live while the stamp stays (see above).
    let v: &Obj = unsafe { &*p };
    Some(v.to_ref())
}

/// The slot word of the `__slots__` member at the cached position, if it
/// still is one that applies to `obj` (an instance).
#[inline(always)]
fn cached_slot(e: &AttrEntry, obj: &Obj) -> Option<usize> {
    if obj.layout() != Layout::Instance {
        return None;
    }
    let d = cached_value(e)?;
    member::slot_index_for(&d, obj)
}

/// How a class attribute behaves when found through an instance (`method`:
/// for LoadMethod, where unbound method descriptors of built-in types count
/// too), if it is one of the cacheable shapes.
#[inline(always)]
fn value_kind(v: &Obj, method: bool) -> Option<AttrKind> {
    match v.layout() {
        Layout::Function => Some(AttrKind::Method),
        Layout::BuiltinFunction if method => v
            .payload::<BuiltinBody>()
            .is_some_and(|b| b.kind == BuiltinKind::Method && b.bound.is_none())
            .then_some(AttrKind::Method),
        // Values `descr_get` returns unchanged and that are no data
        // descriptors.
        Layout::Int
        | Layout::Float
        | Layout::Complex
        | Layout::Str
        | Layout::Bytes
        | Layout::NoneType
        | Layout::Ellipsis
        | Layout::NotImplemented
        | Layout::Tuple
        | Layout::List
        | Layout::Dict
        | Layout::Set
        | Layout::Range => Some(AttrKind::ClassValue),
        _ => None,
    }
}

/// Is `name` an entry of the object's own dict? Uses and updates the hint.
#[inline(always)]
fn own_find(c: &AttrCache, d: &DictTable, name: &Obj) -> Option<usize> {
    let hint = c.inst_index.get() as usize;
    if let Some(e) = d.entry(hint) {
        if e.key.is(name) || (try_str(e.key).is_some() && try_str(e.key) == try_str(name)) {
            return Some(hint);
        }
    }
    let ix = d.find_str(name)?;
    c.inst_index.set(ix as u32);
    Some(ix)
}

/// Index of `name` in the shared keys of `obj`'s class, through the hint
/// (LOAD_ATTR_INSTANCE_VALUE's index).
#[inline(always)]
fn own_value_index(c: &AttrCache, obj: &Obj, name: &Obj) -> Option<usize> {
    let keys = &obj.type_body().shape.cached_keys;
    let hint = c.inst_index.get() as usize;
    // The same name in another code object is an equal str, not the same
    // object: compare the text when identity fails.
    if keys
        .key_at(hint)
        .is_some_and(|k| k.is(name) || (try_str(k).is_some() && try_str(k) == try_str(name)))
    {
        return Some(hint);
    }
    let ix = keys.find(name)?;
    c.inst_index.set(ix as u32);
    Some(ix)
}

/// The index of `name` in the shared keys of `obj`'s class, whose valid
/// entry `e` is: the one recorded in `e` (see `AttrEntry::inst_index`),
/// else found through the hint and recorded.
#[inline(always)]
fn entry_value_index(e: &AttrEntry, c: &AttrCache, obj: &Obj, name: &Obj) -> Option<usize> {
    let ix = e.inst_index.get();
    if ix != u32::MAX {
        return Some(ix as usize);
    }
    let ix = own_value_index(c, obj, name)?;
    e.inst_index.set(ix as u32);
    Some(ix)
}

/// The hinted shared-keys index if it holds `name` (no lookup otherwise).
#[inline(always)]
fn own_value_index_hint(c: &AttrCache, obj: &Obj, name: &Obj) -> Option<usize> {
    let keys = &obj.type_body().shape.cached_keys;
    let hint = c.inst_index.get() as usize;
    keys.key_at(hint)
        .is_some_and(|k| k.is(name) || (try_str(k).is_some() && try_str(k) == try_str(name)))
        .then_some(hint)
}

/// The object's own attribute table (instances, exceptions, functions).
#[inline(always)]
fn own_dict(obj: &Obj) -> Option<&RefCell<DictTable>> {
    match obj.layout() {
        Layout::Type | Layout::Module | Layout::Super => None,
        _ => attr::instance_dict(obj),
    }
}

fn is_dunder(name: &Obj) -> bool {
    try_str(name).is_none_or(|n| n.starts_with("__"))
}

/// Records in `e` the MRO of `ty` and where `name` is on it (leaving the
/// kind to the caller). None when the shape is not cacheable (long MRO,
/// dunder name).
fn fill_type(e: &AttrEntry, ty: &Obj, name: &Obj) -> Option<Option<ObjRef>> {
    e.kind.set(AttrKind::Empty);
    if is_dunder(name) {
        return None;
    }
    let tb = ty.payload::<TypeBody>()?;
    let mro = tb.mro.borrow();
    let mro = tuple_items(&mro);
    if mro.is_empty() || mro.len() > ATTR_CACHE_MRO {
        return None;
    }
    let mut found = None;
    for (i, t) in mro.iter().enumerate() {
        let d = t.payload::<TypeBody>()?.dict().borrow();
        e.versions[i].set(d.version);
        if found.is_none() {
            if let Some(ix) = d.find_str(name) {
                e.mro_pos.set(i as u8);
                e.type_index.set(ix as u32);
                found = Some(d.entry(ix)?.value.clone());
            }
        }
    }
    e.ty.set(ty.id());
    e.mro_len.set(mro.len() as u8);
    e.checked_at.set(0);
    e.keys_seen.set(u32::MAX);
    e.inst_index.set(u32::MAX);
    Some(found)
}

/// Makes the cache entry for a load of `name` from `obj` (after a miss).
fn fill_load(c: &AttrCache, obj: &Obj, name: &Obj, method: bool) {
    let layout = obj.layout();
    if layout == Layout::Type {
        // A metaclass's data descriptors would come before the class's
        // attributes: classes with one take the generic path.
        if obj.type_body().has_flag(flags::HEAPTYPE) {
            return;
        }
        let e = entry_to_fill(c, obj);
        if let Some(Some(v)) = fill_type(e, obj, name) {
            if value_kind(&v, false).is_some() {
                e.kind.set(AttrKind::TypeAttr);
            }
        }
        return;
    }
    if matches!(layout, Layout::Module | Layout::Super)
        || obj.type_body().has_flag(flags::CUSTOM_GETATTR)
    {
        return;
    }
    let e = entry_to_fill(c, obj.ty());
    let kind = match fill_type(e, obj.ty(), name) {
        None => return,
        Some(None)
            if own_dict(obj).is_some()
                || (layout == Layout::Instance && obj.type_body().shape.managed_dict) =>
        {
            AttrKind::OwnDict
        }
        Some(None) => return,
        Some(Some(v))
            if !method
                && layout == Layout::Instance
                && member::slot_index_for(&v, obj).is_some() =>
        {
            AttrKind::Slot
        }
        Some(Some(v)) => match value_kind(&v, method) {
            Some(k) => k,
            None => return,
        },
    };
    e.kind.set(kind);
}

/// The cached answer for a load, or None (then the generic path runs).
/// `Ok((value, Some(self)))` is LoadMethod's unbound-call shape.
#[inline(always)]
fn load_hit(
    c: &AttrCache,
    obj: &Obj,
    name: &Obj,
    method: bool,
) -> Option<PyResult<(ObjRef, Option<ObjRef>)>> {
    if obj.layout() == Layout::Type {
        let e = entry_for(c, obj)?;
        if e.kind.get() != AttrKind::TypeAttr {
            return None;
        }
        let v = cached_value(e)?;
        value_kind(&v, false)?;
        return Some(Ok((v, None)));
    }
    let ty = obj.ty();
    let e = entry_for(c, ty)?;
    let kind = e.kind.get();
    match kind {
        AttrKind::OwnDict => {
            if obj.layout() == Layout::Instance && instance::has_values(obj) {
                let ix = entry_value_index(e, c, obj, name)?;
                return Some(Ok((instance::value_at(obj, ix)?.clone(), None)));
            }
            let d = own_dict(obj)?.borrow();
            let ix = own_find(c, &d, name)?;
            return Some(Ok((d.entry(ix)?.value.clone(), None)));
        }
        AttrKind::Slot if !method => {
            let v = instance::slot_get(obj, cached_slot(e, obj)?)?;
            return Some(Ok((v, None)));
        }
        AttrKind::Method | AttrKind::ClassValue => {}
        AttrKind::Empty | AttrKind::TypeAttr | AttrKind::Slot => return None,
    }
    let v = cached_value(e)?;
    if value_kind(&v, method)? != kind {
        return None;
    }
    if shadowed(e, obj, name) {
        return None;
    }
    Some(match kind {
        AttrKind::Method if method => Ok((v, Some(obj.to_ref()))),
        AttrKind::Method => method::new_method(&v, obj).map(|m| (m, None)),
        _ => Ok((v, None)),
    })
}

/// Does `obj`'s own dict (or split values) have `name`, hiding the class
/// attribute `e` found? For split values, the shared keys' size `e` last
/// saw without the name answers without a lookup.
#[inline(always)]
fn shadowed(e: &AttrEntry, obj: &Obj, name: &Obj) -> bool {
    if obj.layout() == Layout::Instance {
        if instance::has_values(obj) {
            let keys = &obj.type_body().shape.cached_keys;
            let n = keys.nentries() as u32;
            if e.keys_seen.get() == n {
                return false;
            }
            return match keys.find(name) {
                None => {
                    e.keys_seen.set(n);
                    false
                }
                Some(ix) => instance::value_at(obj, ix).is_some(),
            };
        }
        return instance::get_own(obj, name).is_some();
    }
    own_dict(obj).is_some_and(|d| d.borrow().find_str(name).is_some())
}

// --- the specialised forms' hits and choices (`eval::spec_call`) ----------
//
// Each `hit_*` gives exactly what `load_hit` (or `store_attr`'s cached path)
// gives for its shape, or None when the shape does not hold (the
// instruction then deoptimises and runs the generic path).

/// LoadAttrInstanceValue: an own attribute in the instance's split values.
#[inline(always)]
pub fn hit_instance_value(c: &AttrCache, obj: &Obj, name: &Obj) -> Option<ObjRef> {
    // An instance without a values array misses in `value_at`.
    if obj.layout() != Layout::Instance {
        return None;
    }
    let e = entry_for(c, obj.ty())?;
    if e.kind.get() != AttrKind::OwnDict {
        return None;
    }
    let ix = entry_value_index(e, c, obj, name)?;
    Some(instance::value_at(obj, ix)?.clone())
}

/// LoadAttrClassValue: a class attribute (a plain value, or a function
/// bound to `obj`) not shadowed by the object's own attributes.
#[inline(always)]
pub fn hit_class_value(c: &AttrCache, obj: &Obj, name: &Obj) -> Option<PyResult<ObjRef>> {
    if obj.layout() == Layout::Type {
        return None;
    }
    let ty = obj.ty();
    let e = entry_for(c, ty)?;
    let kind = e.kind.get();
    if !matches!(kind, AttrKind::Method | AttrKind::ClassValue) {
        return None;
    }
    let v = cached_value(e)?;
    if value_kind(&v, false)? != kind || shadowed(e, obj, name) {
        return None;
    }
    Some(match kind {
        AttrKind::Method => method::new_method(&v, obj),
        _ => Ok(v),
    })
}

/// LoadAttrClass: an attribute of a class object.
#[inline(always)]
pub fn hit_type_attr(c: &AttrCache, obj: &Obj) -> Option<ObjRef> {
    if obj.layout() != Layout::Type {
        return None;
    }
    let e = entry_for(c, obj)?;
    if e.kind.get() != AttrKind::TypeAttr {
        return None;
    }
    let v = cached_value(e)?;
    value_kind(&v, false)?;
    Some(v)
}

/// LoadAttrModule: a global of an exact module (no data descriptor of the
/// module type has a name that is not a dunder). A missing name takes the
/// generic path (module `__getattr__`, the AttributeError).
#[inline(always)]
pub fn hit_module(obj: &Obj, name: &Obj) -> Option<ObjRef> {
    if !obj.ty().is(&crate::objects::registry::types().module) || is_dunder(name) {
        return None;
    }
    let m = obj.payload::<crate::objects::module::ModuleBody>()?;
    crate::objects::dict::ops::dict_get_str(&m.dict, name)
}

/// LoadMethodWithValues: a function or method descriptor on the type, not
/// shadowed by the object's own attributes: the unbound-call shape.
#[inline(always)]
pub fn hit_method(c: &AttrCache, obj: &Obj, name: &Obj) -> Option<ObjRef> {
    if obj.layout() == Layout::Type {
        return None;
    }
    let ty = obj.ty();
    let e = entry_for(c, ty)?;
    if e.kind.get() != AttrKind::Method {
        return None;
    }
    let v = cached_value(e)?;
    if value_kind(&v, true)? != AttrKind::Method || shadowed(e, obj, name) {
        return None;
    }
    Some(v)
}

/// StoreAttrInstanceValue: the hinted index of the split values, when it
/// is this name's. `Ok(old value)`, or the value back.
#[inline(always)]
pub fn hit_store_instance_value(
    c: &AttrCache,
    obj: &Obj,
    name: &Obj,
    value: ObjRef,
) -> Result<Option<ObjRef>, ObjRef> {
    if obj.layout() != Layout::Instance || !instance::has_values(obj) {
        return Err(value);
    }
    let e = match entry_for(c, obj.ty()) {
        Some(e) if e.kind.get() == AttrKind::OwnDict => e,
        _ => return Err(value),
    };
    let ix = match e.inst_index.get() {
        u32::MAX => own_value_index_hint(c, obj, name).inspect(|&ix| e.inst_index.set(ix as u32)),
        ix => Some(ix as usize),
    };
    match ix {
        Some(ix) => instance::store_value_at(obj, ix, value),
        None => Err(value),
    }
}

/// LoadAttrSlot: a set `__slots__` member of an instance.
#[inline(always)]
pub fn hit_slot(c: &AttrCache, obj: &Obj) -> Option<ObjRef> {
    if obj.layout() != Layout::Instance {
        return None;
    }
    let e = entry_for(c, obj.ty())?;
    if e.kind.get() != AttrKind::Slot {
        return None;
    }
    instance::slot_get(obj, cached_slot(e, obj)?)
}

/// StoreAttrSlot: `Ok(old value)`, or the value back.
#[inline(always)]
pub fn hit_store_slot(c: &AttrCache, obj: &Obj, value: ObjRef) -> Result<Option<ObjRef>, ObjRef> {
    let slot = match entry_for(c, obj.ty()) {
        Some(e) if e.kind.get() == AttrKind::Slot => cached_slot(e, obj),
        _ => None,
    };
    match slot {
        Some(i) => Ok(instance::slot_set(obj, i, Some(value))),
        None => Err(value),
    }
}

/// The specialised LoadAttr for what the cache now holds for `obj`.
pub fn choose_load(c: &AttrCache, obj: &Obj, name: &Obj) -> Option<Op> {
    match obj.layout() {
        Layout::Module => {
            let exact = obj.ty().is(&crate::objects::registry::types().module);
            return (exact && !is_dunder(name)).then_some(Op::LoadAttrModule);
        }
        Layout::Type => {
            let e = entry_for(c, obj)?;
            return (e.kind.get() == AttrKind::TypeAttr).then_some(Op::LoadAttrClass);
        }
        _ => {}
    }
    match entry_for(c, obj.ty())?.kind.get() {
        AttrKind::OwnDict if obj.layout() == Layout::Instance && instance::has_values(obj) => {
            Some(Op::LoadAttrInstanceValue)
        }
        AttrKind::Method | AttrKind::ClassValue => Some(Op::LoadAttrClassValue),
        AttrKind::Slot => Some(Op::LoadAttrSlot),
        _ => None,
    }
}

/// The specialised LoadMethod for what the cache now holds for `obj`
/// (`self_`: what the generic load gave).
pub fn choose_method(c: &AttrCache, obj: &Obj, self_: &Option<ObjRef>) -> Option<Op> {
    if self_.is_none() || obj.layout() == Layout::Type {
        return None;
    }
    (entry_for(c, obj.ty())?.kind.get() == AttrKind::Method).then_some(Op::LoadMethodWithValues)
}

/// The specialised StoreAttr for what the cache now holds for `obj`.
pub fn choose_store(c: &AttrCache, obj: &Obj, name: &Obj) -> Option<Op> {
    if obj.layout() != Layout::Instance {
        return None;
    }
    let kind = entry_for(c, obj.ty())?.kind.get();
    if kind == AttrKind::Slot {
        return Some(Op::StoreAttrSlot);
    }
    if !instance::has_values(obj) {
        return None;
    }
    let own = kind == AttrKind::OwnDict;
    (own && own_value_index_hint(c, obj, name).is_some()).then_some(Op::StoreAttrInstanceValue)
}

/// LoadAttr through the cache `c`.
#[inline]
pub fn load_attr(vm: &mut Vm, obj: &Obj, name: &Obj, c: &AttrCache) -> PyResult<ObjRef> {
    if let Some(r) = load_hit(c, obj, name, false) {
        return r.map(|(v, _)| v);
    }
    load_attr_miss(vm, obj, name, c)
}

#[cold]
#[inline(never)]
fn load_attr_miss(vm: &mut Vm, obj: &Obj, name: &Obj, c: &AttrCache) -> PyResult<ObjRef> {
    let v = attr::get_attr(vm, obj, name)?;
    fill_load(c, obj, name, false);
    Ok(v)
}

/// LoadMethod through the cache `c`: `(callable, Some(self))` or
/// `(attribute, None)`, as [`attr::load_method`].
#[inline]
pub fn load_method(
    vm: &mut Vm,
    obj: &Obj,
    name: &Obj,
    c: &AttrCache,
) -> PyResult<(ObjRef, Option<ObjRef>)> {
    if let Some(r) = load_hit(c, obj, name, true) {
        return r;
    }
    load_method_miss(vm, obj, name, c)
}

#[cold]
#[inline(never)]
fn load_method_miss(
    vm: &mut Vm,
    obj: &Obj,
    name: &Obj,
    c: &AttrCache,
) -> PyResult<(ObjRef, Option<ObjRef>)> {
    let r = attr::load_method(vm, obj, name)?;
    fill_load(c, obj, name, true);
    Ok(r)
}

/// StoreAttr through the cache `c`. Only stores into an instance's own
/// dict whose type has nothing under the name are cached.
#[inline]
pub fn store_attr(
    vm: &mut Vm,
    obj: &Obj,
    name: &Obj,
    value: ObjRef,
    c: &AttrCache,
) -> PyResult<()> {
    let value = match hit_store_slot(c, obj, value) {
        Ok(old) => {
            drop(old);
            return Ok(());
        }
        Err(v) => v,
    };
    if obj.layout() == Layout::Instance
        && entry_for(c, obj.ty()).is_some_and(|e| e.kind.get() == AttrKind::OwnDict)
    {
        if instance::has_values(obj) {
            // STORE_ATTR_INSTANCE_VALUE: the hinted index, when it is
            // this name's, is written directly.
            let hint = own_value_index_hint(c, obj, name).or_else(|| {
                let ix = instance::shared_index(obj.ty(), name)?;
                c.inst_index.set(ix as u32);
                Some(ix)
            });
            let value = match hint {
                Some(ix) => match instance::store_value_at(obj, ix, value) {
                    Ok(old) => {
                        drop(old);
                        return Ok(());
                    }
                    Err(v) => v,
                },
                None => value,
            };
            if instance::set_own(obj, name, Some(value))? {
                return Ok(());
            }
            return Err(attr::no_attribute(obj, name));
        }
        if let Some(dict) = attr::instance_dict(obj) {
            attr::track_materialized(obj, name, &value);
            let old = {
                let mut d = dict.borrow_mut();
                match own_find(c, &d, name) {
                    Some(ix) => Some(d.replace_value(ix, value)),
                    None => d.set_str(name.to_ref(), value)?,
                }
            };
            // Released after the borrow: a __del__ may touch the dict.
            drop(old);
            return Ok(());
        }
    }
    store_attr_miss(vm, obj, name, value, c)
}

#[cold]
#[inline(never)]
fn store_attr_miss(
    vm: &mut Vm,
    obj: &Obj,
    name: &Obj,
    value: ObjRef,
    c: &AttrCache,
) -> PyResult<()> {
    attr::set_attr(vm, obj, name, value)?;
    if obj.layout() == Layout::Instance && !obj.type_body().has_flag(flags::CUSTOM_SETATTR) {
        let e = entry_to_fill(c, obj.ty());
        match fill_type(e, obj.ty(), name) {
            Some(None) => e.kind.set(AttrKind::OwnDict),
            Some(Some(d)) if member::slot_index_for(&d, obj).is_some() => {
                e.kind.set(AttrKind::Slot)
            }
            _ => {}
        }
    }
    Ok(())
}
