//! `object` and instances of classes: the layout of `object()` and of a
//! plain class's instance (its attribute dict), `object()`, and the methods
//! of `object` (`__init__`, `__new__`, `__repr__`, `__eq__`, `__hash__`,
//! `__setattr__`, `__getattribute__`, `__format__` ...), which classes
//! inherit.

use crate::memory::heap;
use crate::memory::object::{alloc_object, alloc_object_init};
use crate::memory::object::{Obj, ObjHeader, ObjRef};
use crate::objects::bool::py_bool;
use crate::objects::dict::shared::{
    add_to_order, alloc_values, order, prefix_size, remove_from_order, values_block_size,
    SharedKeys,
};
use crate::objects::dict::table::DictTable;
use crate::objects::exception::type_error;
use crate::objects::function::builtin;
use crate::objects::function::builtin::BuiltinKind;
use crate::objects::int::new_int;
use crate::objects::registry::types;
use crate::objects::str::{new_str, try_str};
use crate::objects::typeobject::construct::TypeCall;
use crate::objects::typeobject::{call, construct, special_attrs, TypeBody};
use crate::objects::{dict, typeobject, Layout, Traverse, VarSize};
use crate::protocol::convert::{check_args, check_slot_args};
use crate::protocol::repr::addr;
use crate::protocol::{attr, compare, object, repr};
use crate::vm::{PyResult, Vm};
use arenapy_alloc::AllocError;
use std::ptr::NonNull;

/// A bare `object()`: nothing but the header.
pub struct ObjectBody;
impl Traverse for ObjectBody {}
impl VarSize for ObjectBody {}

/// What the instances of a class carry after their header, decided when
/// the class is made (CPython's `tp_basicsize` with `tp_dictoffset` and
/// `tp_weaklistoffset`): its `__slots__` words (inherited ones first), the
/// two managed-dict words unless every class of the MRO has `__slots__`
/// without `"__dict__"`, and a weak-reference word unless likewise for
/// `"__weakref__"`.
///
/// ```text
///  GcHead (16) │ refcnt │ type │ slot 0 … slot n-1 │ values │ dict │ weaklist │
///                               └ nslots words ───┘ └ managed dict ┘ └ weak ─┘
/// ```
///
/// CPython 3.11 puts the values and dict pointers before the GC head (the
/// "pre-header"); here they follow the header, in the same block, so the
/// block's size is CPython's (`sys.getsizeof` of a plain instance is 56,
/// of one with `__slots__ = ('a', 'b')` 48).
#[derive(Default)]
pub struct InstanceShape {
    pub nslots: usize,
    pub managed_dict: bool,
    pub weaklist: bool,
    /// For a class statement's subclass of a built-in type (list, int,
    /// ...): the words follow the built-in's body instead
    /// (`objects::subtype_dict`).
    pub trailer: bool,
    /// `ht_cached_keys`: the attribute names the instances share.
    pub cached_keys: SharedKeys,
}

impl InstanceShape {
    pub fn words(&self) -> usize {
        self.nslots + 2 * self.managed_dict as usize + self.weaklist as usize
    }
}

/// An instance of a class statement's class. The body itself is empty:
/// the words after the header are laid out by the class's
/// [`InstanceShape`]. While the instance has its split values (the common
/// case) its attributes are an array of values indexed by the class's
/// shared keys, in a block of its own (CPython's `_PyDictValues`, with the
/// insertion order in the bytes before it); the first `obj.__dict__`, a
/// name that is no str, or a class with 30 names already makes a real
/// dict object (kept in the dict word) and frees the values.
pub struct InstanceBody;

/// The object an instance body belongs to.
#[inline(always)]
fn obj_of(b: &InstanceBody) -> &Obj {
    // SAFETY: an InstanceBody only exists as the body of a PyObject, right
    // after its 16-byte header (repr(C)); the object outlives `b`.
    unsafe { &*((b as *const InstanceBody as *const u8).sub(16) as *const Obj) }
}

#[inline(always)]
fn shape_of(obj: &Obj) -> &InstanceShape {
    &obj.type_body().shape
}

/// The `i`th word after the header.
#[inline(always)]
fn word(obj: &Obj, i: usize) -> *mut usize {
    (obj.trailing_ptr::<InstanceBody>() as *mut usize).wrapping_add(i)
}

/// Index of the values word (valid only for a managed-dict shape).
#[inline(always)]
fn values_word(obj: &Obj) -> *mut usize {
    word(obj, shape_of(obj).nslots)
}

/// The dict word; holds the values array's size while there are values.
#[inline(always)]
fn dict_word(obj: &Obj) -> *mut usize {
    word(obj, shape_of(obj).nslots + 1)
}

/// The split values array of `obj`, if it has one (null otherwise).
#[inline(always)]
fn values_ptr(obj: &Obj) -> *mut Option<ObjRef> {
    if !shape_of(obj).managed_dict {
        return std::ptr::null_mut();
    }
    // SAFETY: the values word exists in a managed-dict shape.
    unsafe { *values_word(obj) as *mut Option<ObjRef> }
}

/// The fast accessor for the dispatch loop's `LOAD_ATTR_INSTANCE_VALUE`
/// (CPython's `_PyObject_GetInstanceAttribute` after specialisation): the
/// value at index `ix` of `obj`'s split values, where `ix` is the index of
/// the attribute's name in the class's shared keys
/// ([`shared_index`]). `None` when the instance has no values array (its
/// dict was materialised) or that attribute is unset. A cache keyed on the
/// class (its identity; shared-key indices never change for a class) may
/// keep `ix` across calls.
#[inline(always)]
pub fn value_at(obj: &Obj, ix: usize) -> Option<&ObjRef> {
    let v = values_ptr(obj);
    if v.is_null() || ix >= shape_of(obj).cached_keys.nentries() {
        return None;
    }
    // SAFETY: ix is below the shared keys' entry count, which never
    // exceeds the values array's size (see `objects::dict::shared`).
    unsafe { (*v.add(ix)).as_ref() }
}

/// Stores `value` at index `ix` of `obj`'s split values (the store half of
/// [`value_at`], for `STORE_ATTR_INSTANCE_VALUE`): `Ok(old value)`, or the
/// value back when the instance has no values array or `ix` is not one of
/// its names yet (then the generic path must run).
#[inline(always)]
pub fn store_value_at(obj: &Obj, ix: usize, value: ObjRef) -> Result<Option<ObjRef>, ObjRef> {
    let v = values_ptr(obj);
    if v.is_null() || ix >= shape_of(obj).cached_keys.nentries() {
        return Err(value);
    }
    // SAFETY: ix is below the shared keys' count, so below the array's
    // size; the old value is handed back to be dropped by the caller.
    let old = unsafe { (*v.add(ix)).replace(value) };
    if old.is_none() {
        add_to_order(v, ix);
    }
    Ok(old)
}

/// The index of `name` in the shared keys of `ty` (for [`value_at`]).
#[inline]
pub fn shared_index(ty: &Obj, name: &Obj) -> Option<usize> {
    ty.payload::<TypeBody>()?.shape.cached_keys.find(name)
}

/// Does `obj` still keep its attributes in split values?
#[inline(always)]
pub fn has_values(obj: &Obj) -> bool {
    !values_ptr(obj).is_null()
}

/// `init_inline_values`: a values array for a new instance of `cls`.
fn new_values(cls: &TypeBody) -> Result<(usize, usize), AllocError> {
    let size = cls.shape.cached_keys.note_new_instance().max(1);
    Ok((alloc_values(size)? as usize, size))
}

/// Frees the values array of `obj` (its references already taken out)
/// and clears the words.
fn free_values(obj: &Obj) {
    let v = values_ptr(obj);
    if v.is_null() {
        return;
    }
    // SAFETY: a managed-dict shape; the dict word holds the size while
    // there are values.
    unsafe {
        crate::objects::dict::shared::free_values_block(v, *dict_word(obj));
        *values_word(obj) = 0;
        *dict_word(obj) = 0;
    }
}

/// The materialised dict of `obj`, if any (borrowed from the dict word).
#[inline(always)]
pub fn dict_of(obj: &Obj) -> Option<&Obj> {
    if !shape_of(obj).managed_dict || has_values(obj) {
        return None;
    }
    // SAFETY: without values, the dict word is null or an owned reference
    // to a dict object kept alive by this instance.
    unsafe {
        let p = *dict_word(obj) as *const Obj;
        p.as_ref()
    }
}

/// Makes the dict of `obj` from its values: CPython 3.11's
/// `make_dict_from_instance_attributes`, a split dict sharing the class's
/// keys and taking over the values array as it is (so `sys.getsizeof` is
/// 64 + 8 × the shared keys' usable size, and no block is allocated but
/// the dict object). Without values (after a `tp_clear`) an empty dict.
fn materialize(obj: &Obj) -> Result<ObjRef, AllocError> {
    if let Some(d) = dict_of(obj) {
        return Ok(d.to_ref());
    }
    // The dict object first, so a failed allocation leaves the values.
    let d = dict::new_dict()?;
    let v = values_ptr(obj);
    if !v.is_null() {
        if let Some(keys) = shape_of(obj).cached_keys.share() {
            // SAFETY: while there are values the dict word holds their
            // count; the array moves to the dict, so the words are cleared.
            let size = unsafe { std::mem::replace(&mut *dict_word(obj), 0) };
            // SAFETY: as above.
            unsafe { *values_word(obj) = 0 };
            let t = DictTable::new_split(keys, v, size);
            let track = !dict::all_atomic(&t);
            drop(std::mem::replace(
                &mut *dict::dict_body(&d).expect("dict").table.borrow_mut(),
                t,
            ));
            if track {
                crate::memory::gc::track(&d);
            }
        }
    }
    // SAFETY: no values now: the dict word holds the dict reference.
    unsafe { *dict_word(obj) = d.clone().into_raw().as_ptr() as usize };
    Ok(d)
}

/// `obj.__dict__` of an instance with a managed dict (None without one).
pub fn instance_dict_object(obj: &Obj) -> PyResult<Option<ObjRef>> {
    if !shape_of(obj).managed_dict {
        return Ok(None);
    }
    Ok(Some(materialize(obj)?))
}

/// Replaces the instance's dict with `d` (`obj.__dict__ = d`).
pub fn replace_dict(obj: &Obj, d: ObjRef) -> PyResult<()> {
    let Some(old) = instance_dict_object(obj)? else {
        return Err(crate::objects::exception::attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            obj.type_body().name()
        )));
    };
    // SAFETY: materialised above: the dict word holds a reference, which
    // we take back (in `old`'s place) and replace with `d`'s.
    unsafe {
        let prev = *dict_word(obj) as *mut ObjHeader;
        *dict_word(obj) = d.into_raw().as_ptr() as usize;
        if let Some(p) = NonNull::new(prev) {
            drop(ObjRef::from_raw(p));
        }
    }
    drop(old);
    Ok(())
}

/// Own attribute `name` of an instance (its values or dict).
#[inline]
pub fn get_own(obj: &Obj, name: &Obj) -> Option<ObjRef> {
    let v = values_ptr(obj);
    if !v.is_null() {
        let ix = shape_of(obj).cached_keys.find(name)?;
        return value_at(obj, ix).cloned();
    }
    let d = dict_of(obj)?;
    dict::dict_body(d)?.table.borrow().get_str(name)
}

/// Own attribute named by Rust text (cold paths: weak-reference
/// callbacks, the heap inspector).
pub fn get_own_str(obj: &Obj, name: &str) -> Option<ObjRef> {
    if has_values(obj) {
        let keys = &shape_of(obj).cached_keys;
        return (0..keys.nentries())
            .find(|&ix| keys.key_at(ix).and_then(|k| try_str(k)) == Some(name))
            .and_then(|ix| value_at(obj, ix).cloned());
    }
    let d = dict_of(obj)?;
    dict::dict_body(d)?
        .table
        .try_borrow()
        .ok()?
        .get_rust_str(name)
}

/// Sets or deletes own attribute `name`: `Ok(false)` when the instance has
/// no dict at all (a `__slots__` class without `"__dict__"`), or when
/// deleting an attribute it does not have.
pub fn set_own(obj: &Obj, name: &Obj, value: Option<ObjRef>) -> PyResult<bool> {
    if !shape_of(obj).managed_dict {
        return Ok(false);
    }
    let v = values_ptr(obj);
    if !v.is_null() {
        // SAFETY: while there are values the dict word holds their count.
        let size = unsafe { *dict_word(obj) };
        if let Some(ix) = shape_of(obj)
            .cached_keys
            .insert(name)
            .filter(|&ix| ix < size)
        {
            let had = value.is_some();
            // SAFETY: ix is below the shared keys' count, so below the
            // array size (see `objects::dict::shared`).
            let old = unsafe { std::mem::replace(&mut *v.add(ix), value) };
            match (&old, had) {
                (None, true) => add_to_order(v, ix),
                (Some(_), false) => remove_from_order(v, ix),
                (None, false) => return Ok(false),
                (Some(_), true) => {}
            }
            drop(old);
            return Ok(true);
        }
        // A name that is no exact str, or no room left in the shared keys:
        // the dict takes over, and the insertion makes it combined.
    }
    let d = materialize(obj)?;
    match value {
        Some(val) => {
            dict::maintain_tracking(&d, name, &val);
            let old = dict::dict_body(&d)
                .expect("dict")
                .table
                .borrow_mut()
                .set_str(name.to_ref(), val)?;
            drop(old);
            Ok(true)
        }
        None => {
            let old = dict::dict_body(&d)
                .expect("dict")
                .table
                .borrow_mut()
                .del_str(name);
            Ok(old.is_some())
        }
    }
}

/// The own attributes of `obj` as (name, value) pairs in order.
pub fn own_items(obj: &Obj) -> Vec<(ObjRef, ObjRef)> {
    let v = values_ptr(obj);
    if !v.is_null() {
        let keys = &shape_of(obj).cached_keys;
        return order(v)
            .into_iter()
            .filter_map(|ix| Some((keys.key_at(ix)?.clone(), value_at(obj, ix)?.clone())))
            .collect();
    }
    match dict_of(obj).and_then(dict::dict_body) {
        Some(b) => b
            .table
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect(),
        None => Vec::new(),
    }
}

/// The value word of slot `i` (a member descriptor's storage).
#[inline(always)]
fn slot_ptr(obj: &Obj, i: usize) -> *mut Option<ObjRef> {
    debug_assert!(i < shape_of(obj).nslots);
    word(obj, i) as *mut Option<ObjRef>
}

/// Slot `i` of `obj` (a `member_descriptor` read).
pub fn slot_get(obj: &Obj, i: usize) -> Option<ObjRef> {
    if i >= shape_of(obj).nslots {
        return None;
    }
    // SAFETY: i is below the shape's slot count.
    unsafe { (*slot_ptr(obj, i)).clone() }
}

/// Sets or clears slot `i`, returning the old value (dropped by the
/// caller, outside any borrow).
pub fn slot_set(obj: &Obj, i: usize, value: Option<ObjRef>) -> Option<ObjRef> {
    if i >= shape_of(obj).nslots {
        return None;
    }
    // SAFETY: i is below the shape's slot count.
    unsafe { std::mem::replace(&mut *slot_ptr(obj, i), value) }
}

/// Has `__del__` run on `obj` (PEP 442: at most once)?
pub fn is_finalized(obj: &Obj) -> bool {
    if shape_of(obj).weaklist {
        // SAFETY: the weak-list word is the last of the shape.
        unsafe { *word(obj, shape_of(obj).words() - 1) & 1 != 0 }
    } else {
        crate::memory::finalize::marked(obj)
    }
}

pub fn set_finalized(obj: &Obj) {
    if shape_of(obj).weaklist {
        // SAFETY: the weak-list word is the last of the shape.
        unsafe { *word(obj, shape_of(obj).words() - 1) |= 1 };
    } else {
        crate::memory::finalize::mark(obj);
    }
}

/// Drops every reference in the instance's words (slots, values, dict),
/// each slot emptied before its reference goes (CPython's `Py_CLEAR`: a
/// dealloc it starts never sees a dangling word), and frees the values
/// array.
fn clear_words(obj: &Obj) {
    let shape = shape_of(obj);
    for i in 0..shape.nslots {
        drop(slot_set(obj, i, None));
    }
    if shape.managed_dict {
        let v = values_ptr(obj);
        if !v.is_null() {
            // SAFETY: the dict word holds the array's size.
            let size = unsafe { *dict_word(obj) };
            for ix in 0..size {
                // SAFETY: ix below the array's size.
                drop(unsafe { (*v.add(ix)).take() });
            }
            free_values(obj);
        } else {
            // SAFETY: no values: the dict word is null or a reference.
            let p = unsafe { std::mem::replace(&mut *dict_word(obj), 0) };
            if let Some(p) = NonNull::new(p as *mut ObjHeader) {
                // SAFETY: the word owned this reference.
                drop(unsafe { ObjRef::from_raw(p) });
            }
        }
    }
}

impl Traverse for InstanceBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        let obj = obj_of(self);
        let shape = shape_of(obj);
        for i in 0..shape.nslots {
            // SAFETY: i below the slot count; read only.
            if let Some(v) = unsafe { (*slot_ptr(obj, i)).as_ref() } {
                visit(v);
            }
        }
        if has_values(obj) {
            for ix in 0..shape.cached_keys.nentries() {
                if let Some(v) = value_at(obj, ix) {
                    visit(v);
                }
            }
        } else if let Some(d) = dict_of(obj) {
            visit(d);
        }
    }

    fn clear(&self) {
        clear_words(obj_of(self));
    }
}

impl VarSize for InstanceBody {
    fn trailing_size(obj: &Obj) -> usize {
        8 * shape_of(obj).words()
    }

    fn drop_trailing(obj: &Obj) {
        if !shape_of(obj).weaklist {
            crate::memory::finalize::unmark(obj);
        }
        clear_words(obj);
    }
}

/// A new blank instance of `cls` (a class with the Instance layout).
pub fn new_instance(cls: &Obj) -> PyResult<ObjRef> {
    let tb = cls.payload::<TypeBody>().expect("type");
    let words = tb.shape.words();
    let values = if tb.shape.managed_dict {
        Some(new_values(tb)?)
    } else {
        None
    };
    // The words are zeroed (None slots, no dict, no weak references) and
    // the values array stored before the object is tracked.
    let init = |obj: &Obj| {
        // SAFETY: the trailing words are this fresh object's, `words` long.
        unsafe {
            std::ptr::write_bytes(word(obj, 0), 0, words);
            if let Some((v, size)) = values {
                *values_word(obj) = v;
                *dict_word(obj) = size;
            }
        }
    };
    let obj = match alloc_object_init(cls, InstanceBody, 8 * words, init) {
        Ok(o) => o,
        Err(e) => {
            if let Some((v, size)) = values {
                let p = prefix_size(size);
                // SAFETY: the block just made by new_values.
                unsafe {
                    heap::free(
                        NonNull::new_unchecked((v - p) as *mut u8),
                        values_block_size(size),
                    )
                };
            }
            return Err(e.into());
        }
    };
    Ok(obj)
}

pub(crate) fn none() -> ObjRef {
    types().none.clone()
}

fn obj_init(_vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(none())
}

/// `object.__new__(cls, ...)` once `typeobject::new_wrapper` has checked
/// its arguments: the built-in's value, or a new instance of the class.
pub(crate) fn object_new_impl(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    let cls = args
        .first()
        .ok_or_else(|| type_error("object.__new__(): not enough arguments"))?;
    if cls.layout() != Layout::Type {
        return Err(type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            object::type_name(cls)
        )));
    }
    let cb = cls.payload::<TypeBody>().expect("type");
    if call::is_immutable_layout(cb.layout) {
        if !cb.has_flag(typeobject::flags::HEAPTYPE) {
            return construct::construct_builtin(vm, cls, &args[1..], kw);
        }
        return call::new_immutable_instance(vm, cls, &args[1..], kw);
    }
    call::alloc_instance(vm, cls, &args[1..])
}

fn obj_repr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_slot_args(&args[1..], 0)?;
    let s = crate::protocol::repr::repr_builtin(vm, &args[0])?;
    Ok(new_str(&s)?)
}

fn obj_str(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_slot_args(&args[1..], 0)?;
    repr::repr(vm, &args[0])
}

fn obj_eq(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_slot_args(&args[1..], 1)?;
    Ok(if args[0].is(&args[1]) {
        py_bool(true)
    } else {
        types().not_implemented.clone()
    })
}

fn obj_ne(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_slot_args(&args[1..], 1)?;
    let r = compare::rich_compare(
        vm,
        arenapy_compiler::opcode::ComparisonOperator::Equal,
        &args[0],
        &args[1],
    )?;
    if r.is(&types().not_implemented) {
        return Ok(r);
    }
    Ok(py_bool(!object::truthy(vm, &r)?))
}

/// `object.__lt__` and the other orderings: NotImplemented, so the
/// comparison falls back on the reflected method and then the TypeError
/// (CPython's `object_richcompare`).
fn obj_order(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_slot_args(&args[1..], 1)?;
    Ok(types().not_implemented.clone())
}

fn obj_hash(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_slot_args(&args[1..], 0)?;
    Ok(new_int((args[0].id() as u64).rotate_right(4) as i64)?)
}

/// The attribute name given to `object.__getattribute__`/`__setattr__`/
/// `__delattr__` called directly must be a str (the lookups below hash it
/// as one), as CPython's `PyObject_GenericGetAttr` checks.
fn check_attr_name(name: &Obj) -> PyResult<()> {
    if try_str(name).is_none() {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            crate::protocol::object::type_name(name)
        )));
    }
    Ok(())
}

fn obj_setattr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("", &args[1..], 2, 2)?;
    check_attr_name(&args[1])?;
    attr::generic_set_attr(vm, &args[0], &args[1], Some(args[2].clone()))?;
    Ok(none())
}

fn obj_delattr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_slot_args(&args[1..], 1)?;
    check_attr_name(&args[1])?;
    attr::generic_set_attr(vm, &args[0], &args[1], None)?;
    Ok(none())
}

fn obj_getattribute(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_slot_args(&args[1..], 1)?;
    check_attr_name(&args[1])?;
    // The generic lookup without the class's own __getattribute__ override.
    let obj = &args[0];
    let name = &args[1];
    let ty = obj.ty();
    if let Some(d) = typeobject::lookup(ty, name) {
        if d.layout() == Layout::Property {
            return attr::descr_get(vm, &d, Some(obj), ty);
        }
    }
    if let Some(v) = attr::own_attr(obj, name) {
        return Ok(v);
    }
    if let Some(d) = typeobject::lookup(ty, name) {
        return attr::descr_get(vm, &d, Some(obj), ty);
    }
    if let Some(v) = special_attrs::special_attr(vm, obj, try_str(name).unwrap_or(""))? {
        return Ok(v);
    }
    Err(attr::no_attribute(obj, name))
}

fn obj_format(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    crate::protocol::convert::check_method_args("object", "__format__", &args[1..], 1)?;
    let spec = try_str(&args[1]).unwrap_or("");
    if !spec.is_empty() {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            object::type_name(&args[0])
        )));
    }
    repr::str_of(vm, &args[0])
}

/// `object.__init_subclass__()`: takes nothing; the error names the
/// method by the class's qualified name, as a built-in method bound to a
/// class is named.
fn obj_init_subclass(_vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    let nkw = kw
        .and_then(|k| crate::objects::tuple::try_tuple_items(k).map(<[ObjRef]>::len))
        .unwrap_or(0);
    let npos = args.len().saturating_sub(1 + nkw);
    if nkw > 0 || npos > 0 {
        let qual = args
            .first()
            .and_then(|c| c.payload::<typeobject::TypeBody>())
            .and_then(|b| try_str(&b.qualname.borrow()).map(str::to_string))
            .unwrap_or_else(|| "object".to_string());
        return Err(type_error(if nkw > 0 {
            format!("{qual}.__init_subclass__() takes no keyword arguments")
        } else {
            format!("{qual}.__init_subclass__() takes no arguments ({npos} given)")
        }));
    }
    Ok(none())
}

/// `object.__repr__`: `<__main__.C object at 0x...>` for instances of classes, `<T object at 0x...>` for built-in types.
pub(crate) fn object_repr(o: &Obj) -> String {
    let tb = o.type_body();
    let qual = try_str(&tb.qualname.borrow()).unwrap_or("?").to_string();
    if tb.has_flag(typeobject::flags::HEAPTYPE) {
        let module = typeobject::lookup_str(o.ty(), "__module__")
            .and_then(|m| try_str(&m).map(|s| s.to_string()))
            .unwrap_or_else(|| "__main__".to_string());
        format!("<{}.{} object at {}>", module, qual, addr(o))
    } else {
        format!("<{} object at {}>", qual, addr(o))
    }
}

/// `object()`: a featureless instance.
pub(crate) fn object_new(_vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let t = types();
    if !call.args.is_empty() {
        return Err(type_error("object() takes no arguments"));
    }
    Ok(alloc_object(&t.object, ObjectBody, 0)?)
}

/// Puts this type's built-in methods into its namespace (at start-up).
pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    let m = BuiltinKind::Method;
    builtin::install(
        &t.object,
        "object",
        &[
            ("__init__", obj_init),
            ("__repr__", obj_repr),
            ("__str__", obj_str),
            ("__eq__", obj_eq),
            ("__ne__", obj_ne),
            ("__lt__", obj_order),
            ("__le__", obj_order),
            ("__gt__", obj_order),
            ("__ge__", obj_order),
            ("__hash__", obj_hash),
            ("__setattr__", obj_setattr),
            ("__delattr__", obj_delattr),
            ("__getattribute__", obj_getattribute),
            ("__format__", obj_format),
        ],
        m,
    )?;
    builtin::install(
        &t.object,
        "object",
        &[("__init_subclass__", obj_init_subclass)],
        BuiltinKind::ClassMethod,
    )?;
    Ok(())
}
