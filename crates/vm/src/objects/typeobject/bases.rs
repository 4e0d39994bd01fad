//! `obj.__class__ = C` (CPython's `object_set_class`) and
//! `C.__bases__ = (...)` (CPython's `type_set_bases`): both need the old
//! and new classes' instances to have the same block layout. For bases: the checks and
//! messages, the new `__base__`, `__bases__` and MRO of the class, then the
//! MROs of its subclasses (found among the collector's tracked objects: a
//! class records no subclasses here), and the flags each class takes from
//! its MRO. Caches keyed on the dict versions along an MRO miss afterwards
//! (each changed class's namespace takes a new version).

use crate::memory::collector;
use crate::memory::object::{Obj, ObjRef};
use crate::objects::dict::table::bump_version;
use crate::objects::exception::type_error;
use crate::objects::tuple::{new_tuple, try_tuple_items, tuple_items};
use crate::objects::typeobject::class::flags_from_table;
use crate::objects::typeobject::mro::c3_mro;
use crate::objects::typeobject::{flags, is_subtype, TypeBody};
use crate::objects::Layout;
use crate::protocol::object::type_name;
use crate::vm::PyResult;

fn body(t: &Obj) -> &TypeBody {
    t.payload::<TypeBody>().expect("type")
}

/// How an instance of `t` is freed, as far as assignment cares: CPython's
/// `tp_free` is the GC one for class statements and built-in containers.
fn gc_dealloc(t: &Obj) -> bool {
    let b = body(t);
    b.has_flag(flags::HEAPTYPE) || b.layout.is_gc()
}

/// What an instance of `t` looks like in memory: the layout, and for a
/// class statement's instances its slot count and managed dict; for an
/// exception, its family and the words after its body (the family's
/// fields and the weak-reference word), which must not change under an
/// instance (nor under a subclass's, whose cached layout follows it).
fn instance_layout(t: &Obj) -> (Layout, usize, bool) {
    let b = body(t);
    if b.has_flag(flags::HEAPTYPE) && b.layout == Layout::Instance {
        (b.layout, b.shape.nslots, b.shape.managed_dict)
    } else if b.layout == Layout::Exception {
        let m = crate::objects::exception_members::family(t) as usize;
        (
            b.layout,
            crate::objects::exception_members::words(t) * 16 + m,
            false,
        )
    } else {
        (b.layout, 0, b.layout == Layout::Instance)
    }
}

/// The class along `t`'s base chain that last added slots (CPython walks
/// `tp_base` while a class adds nothing to the instance size).
fn solid_base(t: &Obj) -> ObjRef {
    let mut t = t.to_ref();
    loop {
        let Some(base) = body(&t).base() else {
            return t;
        };
        if instance_layout(&base).1 != instance_layout(&t).1 || !body(&t).has_flag(flags::HEAPTYPE)
        {
            return t;
        }
        t = base;
    }
}

/// The `__slots__` names a class statement gave (CPython's
/// `same_slots_added` compares them).
fn own_slots(t: &Obj) -> Option<Vec<String>> {
    let v = body(t).dict().borrow().get_rust_str("__slots__")?;
    let items = match try_tuple_items(&v) {
        Some(items) => items.to_vec(),
        None => vec![v],
    };
    Some(
        items
            .iter()
            .map(|i| crate::objects::str::try_str(i).unwrap_or("").to_string())
            .collect(),
    )
}

/// Could instances of a subclass of `old` become instances of one of `new`
/// (CPython's `compatible_for_assignment`, for the layouts here)?
fn same_layout(old: &Obj, new: &Obj) -> bool {
    if instance_layout(new) != instance_layout(old) {
        return false;
    }
    let (so, sn) = (solid_base(old), solid_base(new));
    if so.is(&sn) || instance_layout(&so).1 == 0 {
        return true;
    }
    let parent = |t: &Obj| body(t).base();
    let same_parent = match (parent(&so), parent(&sn)) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    };
    same_parent && own_slots(&so) == own_slots(&sn)
}

/// The flags a class takes from its namespace and its MRO (as
/// `create_class` computes them), keeping its own SLOTS and ABSTRACT.
fn flags_for(t: &Obj) -> u32 {
    let b = body(t);
    let mut fl = flags::HEAPTYPE
        | flags::BASETYPE
        | (b.flags.get() & (flags::SLOTS | flags::ABSTRACT))
        | flags_from_table(&b.dict().borrow());
    for m in tuple_items(&b.mro()).iter().skip(1) {
        let mb = body(m);
        if mb.has_flag(flags::HEAPTYPE) {
            fl |= mb.flags.get()
                & !(flags::HEAPTYPE | flags::BASETYPE | flags::SLOTS | flags::ABSTRACT);
        }
        fl |= mb.flags.get() & flags::EXCEPTION;
    }
    fl
}

/// Recomputes `t`'s MRO from its bases; returns the old one.
fn remake_mro(t: &Obj) -> PyResult<ObjRef> {
    let b = body(t);
    let bases = tuple_items(&b.bases()).to_vec();
    let mut full = vec![t.to_ref()];
    full.extend(c3_mro(&bases)?);
    let new = new_tuple(full)?;
    Ok(b.mro.replace(new))
}

/// `cls.__bases__ = value` for a class statement's type (`None`: delete).
pub fn set_bases(cls: &Obj, value: Option<ObjRef>) -> PyResult<()> {
    let tb = body(cls);
    let name = tb.name();
    let Some(value) = value else {
        return Err(type_error(format!(
            "cannot delete '__bases__' attribute of immutable type '{name}'"
        )));
    };
    let Some(items) = try_tuple_items(&value).map(|i| i.to_vec()) else {
        return Err(type_error(format!(
            "can only assign tuple to {name}.__bases__, not {}",
            type_name(&value)
        )));
    };
    if items.is_empty() {
        return Err(type_error(format!(
            "can only assign non-empty tuple to {name}.__bases__, not ()"
        )));
    }
    for b in &items {
        if b.payload::<TypeBody>().is_none() {
            return Err(type_error(format!(
                "{name}.__bases__ must be tuple of classes, not '{}'",
                type_name(b)
            )));
        }
        if is_subtype(b, cls) {
            return Err(type_error("a __bases__ item causes an inheritance cycle"));
        }
    }
    // The base that decides the instance layout (CPython's best_base): a
    // built-in other than `object` if there is one, else the first.
    let new_base = items
        .iter()
        .find(|b| !matches!(body(b).layout, Layout::Instance | Layout::Object))
        .unwrap_or(&items[0])
        .clone();
    let old_base = tb.base().expect("a class has a base");
    if gc_dealloc(&new_base) != gc_dealloc(&old_base) {
        return Err(type_error(format!(
            "__bases__ assignment: '{}' deallocator differs from '{}'",
            body(&new_base).name(),
            body(&old_base).name()
        )));
    }
    if !same_layout(&old_base, &new_base) {
        return Err(type_error(format!(
            "__bases__ assignment: '{}' object layout differs from '{}'",
            body(&new_base).name(),
            body(&old_base).name()
        )));
    }
    // The subclasses, parents before children (a longer MRO is deeper).
    let mut subclasses: Vec<ObjRef> = collector::tracked_objects(None)
        .into_iter()
        .filter(|o| {
            !o.is(cls)
                && o.payload::<TypeBody>().is_some_and(|b| {
                    b.has_flag(flags::HEAPTYPE) && tuple_items(&b.mro()).iter().any(|m| m.is(cls))
                })
        })
        .collect();
    subclasses.sort_by_key(|s| tuple_items(&body(s).mro()).len());
    let old_bases = tb.bases.replace(Some(value.clone()));
    let old_first = tb.base.replace(Some(new_base));
    // New MROs, undone all together if one cannot be made.
    let mut done: Vec<(ObjRef, ObjRef)> = Vec::new();
    for t in std::iter::once(cls.to_ref()).chain(subclasses) {
        match remake_mro(&t) {
            Ok(old) => done.push((t, old)),
            Err(e) => {
                for (t, old) in done.into_iter().rev() {
                    let new = body(&t).mro.replace(old);
                    drop(new);
                }
                let new = tb.bases.replace(old_bases);
                drop(new);
                let new = tb.base.replace(old_first);
                drop(new);
                return Err(e);
            }
        }
    }
    for (t, old) in done {
        drop(old);
        let b = body(&t);
        b.flags.set(flags_for(&t));
        bump_version(&mut b.dict().borrow_mut());
    }
    // CPython's update of tp_subclasses: off the old bases, onto the new.
    if let Some(old) = &old_bases {
        for b in tuple_items(old) {
            super::subclasses::remove_subclass(b, cls);
        }
    }
    for b in tuple_items(&value) {
        super::subclasses::add_subclass(b, cls)?;
    }
    drop(old_bases);
    drop(old_first);
    Ok(())
}

/// `obj.__class__ = value` (`None`: delete), CPython's `object_set_class`:
/// between classes (or between module types) whose instances are freed
/// alike and have the same layout. An instance's attributes leave the old
/// class's shared keys for a dict of their own first, as CPython
/// materialises the dict.
pub fn set_class(obj: &Obj, value: Option<ObjRef>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(type_error("can't delete __class__ attribute"));
    };
    if value.payload::<TypeBody>().is_none() {
        return Err(type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            type_name(&value)
        )));
    }
    let old = obj.ty().to_ref();
    let module = &crate::objects::registry::types().module;
    let modules = is_subtype(&value, module) && is_subtype(&old, module);
    let heap = |t: &Obj| body(t).has_flag(flags::HEAPTYPE);
    if !modules && (!heap(&value) || !heap(&old)) {
        return Err(type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    let (new_name, old_name) = (body(&value).name(), body(&old).name());
    if gc_dealloc(&value) != gc_dealloc(&old) {
        return Err(type_error(format!(
            "__class__ assignment: '{new_name}' deallocator differs from '{old_name}'"
        )));
    }
    let (so, sn) = (&body(&old).shape, &body(&value).shape);
    let same_block =
        (so.nslots, so.managed_dict, so.weaklist) == (sn.nslots, sn.managed_dict, sn.weaklist);
    if !same_block || !same_layout(&old, &value) {
        return Err(type_error(format!(
            "__class__ assignment: '{new_name}' object layout differs from '{old_name}'"
        )));
    }
    if obj.layout() == Layout::Instance && so.managed_dict {
        crate::objects::instance::instance_dict_object(obj)?;
    }
    obj.set_type(&value);
    Ok(())
}
