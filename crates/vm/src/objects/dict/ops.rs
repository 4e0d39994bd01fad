//! Dict and set operations that may run Python code (`__hash__`, `__eq__`).
//!
//! The table is borrowed only for short, non-reentrant steps: when a key
//! comparison needs `__eq__`, the candidate key is cloned, the borrow is
//! released, Python runs, and the lookup is retried if the table changed
//! meanwhile (CPython restarts its lookup the same way).

use crate::memory::object::{Obj, ObjRef};
use crate::objects::dict::table::{DictTable, NeedsEq};
use crate::objects::dict::{dict_body, maintain_tracking, new_dict_from_table, table};
use crate::objects::exception;
use crate::objects::exception::type_error;
use crate::protocol::{attr, call, compare, hash, subscript};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

/// The table of a dict object.
pub fn table_of(o: &Obj) -> &RefCell<DictTable> {
    &dict_body(o).expect("dict").table
}

/// What the `__eq__`-aware lookup needs from a hash table: the dict table
/// and the set table both provide it.
pub trait KeyTable {
    /// Decides equality without Python code, or asks for [`lookup`]'s slow path.
    fn find_simple(&self, hash: i64, key: &Obj) -> Result<Option<usize>, NeedsEq>;
    /// Slots whose hash equals `hash`, in probe order.
    fn hash_candidates(&self, hash: i64) -> Vec<usize>;
    /// The key stored in slot `ix`, if it is live.
    fn key_at(&self, ix: usize) -> Option<ObjRef>;
    /// Changes on every insertion or deletion.
    fn table_version(&self) -> u64;
}

impl KeyTable for DictTable {
    fn find_simple(&self, hash: i64, key: &Obj) -> Result<Option<usize>, NeedsEq> {
        self.find(hash, key)
    }
    fn hash_candidates(&self, hash: i64) -> Vec<usize> {
        self.candidates(hash)
    }
    fn key_at(&self, ix: usize) -> Option<ObjRef> {
        self.entry(ix).map(|e| e.key.clone())
    }
    fn table_version(&self) -> u64 {
        self.version
    }
}

/// Slot of `key` in `table`, running `__eq__` when needed: the candidate is
/// compared with the table unborrowed, and the lookup restarts if Python code
/// changed the table meanwhile (as CPython does).
pub fn lookup<T: KeyTable>(
    vm: &mut Vm,
    table: &RefCell<T>,
    key: &Obj,
    hash: i64,
) -> PyResult<Option<usize>> {
    loop {
        let (version, candidates) = {
            let t = table.borrow();
            match t.find_simple(hash, key) {
                Ok(r) => return Ok(r),
                Err(_) => (t.table_version(), t.hash_candidates(hash)),
            }
        };
        let mut changed = false;
        for ix in candidates {
            let Some(cand) = table.borrow().key_at(ix) else {
                continue;
            };
            let equal = match table::simple_eq(&cand, key) {
                Some(r) => r,
                None => compare::eq(vm, &cand, key)?,
            };
            if table.borrow().table_version() != version {
                changed = true;
                break;
            }
            if equal {
                return Ok(Some(ix));
            }
        }
        if !changed {
            return Ok(None);
        }
    }
}

/// `d.get(key)`; `Ok(None)` when absent.
pub fn dict_get(vm: &mut Vm, d: &Obj, key: &Obj) -> PyResult<Option<ObjRef>> {
    let h = hash::hash(vm, key)?;
    let table = table_of(d);
    let ix = lookup(vm, table, key, h)?;
    Ok(ix.and_then(|ix| table.borrow().value(ix).cloned()))
}

/// `d[key] = value`.
pub fn dict_set(vm: &mut Vm, d: &Obj, key: ObjRef, value: ObjRef) -> PyResult<()> {
    let h = hash::hash(vm, &key)?;
    maintain_tracking(d, &key, &value);
    table_set(vm, table_of(d), key, value, h)
}

fn table_set(
    vm: &mut Vm,
    table: &RefCell<DictTable>,
    key: ObjRef,
    value: ObjRef,
    h: i64,
) -> PyResult<()> {
    match lookup(vm, table, &key, h)? {
        Some(ix) => {
            // Drop the old value after releasing the borrow: its dealloc may
            // run Python code that touches this dict.
            let old = table.borrow_mut().replace_value(ix, value);
            drop(old);
        }
        None => table.borrow_mut().insert_new(h, key, value)?,
    }
    Ok(())
}

/// Removes `key`, returning its value if present.
pub fn dict_pop(vm: &mut Vm, d: &Obj, key: &Obj) -> PyResult<Option<ObjRef>> {
    let h = hash::hash(vm, key)?;
    let table = table_of(d);
    match lookup(vm, table, key, h)? {
        Some(ix) => {
            let e = table.borrow_mut().remove_at(ix);
            Ok(Some(e.value))
        }
        None => Ok(None),
    }
}

/// A shallow copy of a dict.
pub fn dict_copy(d: &Obj) -> PyResult<ObjRef> {
    let t = copy_dict_table(&dict_body(d).expect("dict").table.borrow(), true)?;
    Ok(new_dict_from_table(t)?)
}

/// `PyDict_Copy` of a table: an empty dict copies as a new one; a split
/// table (if `split` allows; a class's namespace is never split) or a
/// mostly live one is cloned block for block; otherwise the entries merge
/// into a table sized for them at once.
pub fn copy_dict_table(
    src: &DictTable,
    split: bool,
) -> Result<DictTable, arenapy_alloc::AllocError> {
    if src.is_empty() {
        return Ok(DictTable::new());
    }
    if split || !src.is_split() {
        if let Some(t) = src.copy_table()? {
            return Ok(t);
        }
    }
    let mut t = DictTable::new();
    t.reserve_for(src.len(), src.is_unicode())?;
    for e in src.iter() {
        t.insert_new(e.hash, e.key.clone(), e.value.clone())?;
    }
    Ok(t)
}

/// `target.update(src)` for a dict, a mapping with `keys()`, or an iterable
/// of pairs.
///
/// A dict is copied directly unless its class overrides `__iter__`; then,
/// as CPython's `dict_merge`, through its `keys()` and `__getitem__`.
pub fn dict_update(vm: &mut Vm, target: &Obj, src: &Obj) -> PyResult<()> {
    if let Some(b) = dict_body(src).filter(|_| !overrides_iter(src)) {
        let pairs: Vec<(i64, ObjRef, ObjRef)> = b
            .table
            .borrow()
            .iter()
            .map(|e| (e.hash, e.key.clone(), e.value.clone()))
            .collect();
        let table = table_of(target);
        // `dict_merge`: into an empty dict, a clean source is cloned;
        // otherwise one resize makes room for all of it up front.
        if !src.is(target) && !pairs.is_empty() {
            let clone = {
                let t = table.borrow();
                if t.is_empty() {
                    b.table.borrow().try_clone_compact()?
                } else {
                    None
                }
            };
            if let Some(c) = clone {
                let old = std::mem::replace(&mut *table.borrow_mut(), c);
                drop(old);
                if crate::memory::gc::is_tracked(src) && !crate::memory::gc::is_tracked(target) {
                    crate::memory::gc::track(target);
                }
                return Ok(());
            }
            let unicode = b.table.borrow().is_unicode();
            table.borrow_mut().reserve_for(pairs.len(), unicode)?;
        }
        for (h, k, v) in pairs {
            maintain_tracking(target, &k, &v);
            table_set(vm, table, k, v, h)?;
        }
        return Ok(());
    }
    if let Some(keys) = attr::get_attr_opt(vm, src, "keys")? {
        let keys = call::call(vm, &keys, &[], None)?;
        for k in crate::protocol::iter::collect(vm, &keys)? {
            let v = subscript::getitem(vm, src, &k)?;
            dict_set(vm, target, k, v)?;
        }
        return Ok(());
    }
    let it = crate::protocol::iter::get_iter(vm, src)?;
    let mut i = 0;
    while let Some(pair) = crate::protocol::iter::next(vm, &it)? {
        let items = crate::protocol::iter::collect(vm, &pair).map_err(|e| {
            crate::protocol::iter::retype_error(e, || {
                type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                ))
            })
        })?;
        if items.len() != 2 {
            return Err(exception::value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                items.len()
            )));
        }
        let mut it2 = items.into_iter();
        let (k, v) = (it2.next().expect("2"), it2.next().expect("2"));
        dict_set(vm, target, k, v)?;
        i += 1;
    }
    Ok(())
}

/// Whether `d`'s class (a dict subclass) has an `__iter__` other than
/// dict's own.
fn overrides_iter(d: &Obj) -> bool {
    let dict_type = &crate::objects::registry::types().dict;
    if d.ty().is(dict_type) {
        return false;
    }
    let own = crate::objects::typeobject::lookup_str(d.ty(), "__iter__");
    let base = crate::objects::typeobject::lookup_str(dict_type, "__iter__");
    match (own, base) {
        (Some(a), Some(b)) => !a.is(&b),
        (a, b) => a.is_some() != b.is_some(),
    }
}

/// `a == b` for dicts.
pub fn dict_eq(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<bool> {
    let pairs: Vec<(ObjRef, ObjRef)> = {
        let ta = dict_body(a).expect("dict").table.borrow();
        let tb = dict_body(b).expect("dict").table.borrow();
        if ta.len() != tb.len() {
            return Ok(false);
        }
        ta.iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    };
    for (k, v) in pairs {
        match dict_get(vm, b, &k)? {
            Some(w) => {
                if !compare::eq(vm, &v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// Looks up a str-named global/builtin (no Python code can run: str keys).
pub fn dict_get_str(d: &Obj, key: &Obj) -> Option<ObjRef> {
    dict_body(d).expect("dict").table.borrow().get_str(key)
}

/// Sets a str-keyed entry (namespaces).
pub fn dict_set_str(d: &Obj, key: ObjRef, value: ObjRef) -> PyResult<()> {
    maintain_tracking(d, &key, &value);
    let old = dict_body(d)
        .expect("dict")
        .table
        .borrow_mut()
        .set_str(key, value)?;
    drop(old);
    Ok(())
}
