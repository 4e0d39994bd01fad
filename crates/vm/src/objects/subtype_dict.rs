//! The words a class statement's subclass of a built-in type other than
//! `object` and the exceptions (`class L(list)`, `class I(int)`) adds
//! after the built-in's body: its named `__slots__`, its `__dict__` and
//! its weak-reference word, as CPython's `type_new_descriptors` lays them
//! out (`tp_dictoffset`, `tp_weaklistoffset`).
//!
//! ```text
//!  fixed-size built-in (list, dict, set, bytearray, float, complex, str, weakref):
//!   [GcHead] │ refcnt │ type │ built-in body │ slot 0 … slot n-1 │ dict │ values │ weaklist │
//!  variable-size built-in (int, tuple, bytes; CPython's tp_itemsize != 0):
//!   GcHead │ refcnt │ type │ body │ digits / items / bytes │ dict │ (CPython's spare item)
//! ```
//!
//! CPython 3.11 gives a fixed-size base's subclass a *managed* dict: two
//! words (dict, values) in a pre-header before the GC head; here they
//! follow the body, in the same block (as [`InstanceShape`] does for plain
//! instances), so the block and `sys.getsizeof` are CPython's: 80 bytes
//! for `class L(list)`, 96 for a dict subclass, 64 for a float subclass.
//! The values word stays empty (CPython's stays NULL too: `list_new` does
//! not initialise inline values). A variable-size base keeps the dict
//! word at the end of the object (CPython's negative `tp_dictoffset`), and
//! its block is `_PyObject_VAR_SIZE(type, n + 1)`: one spare item, as
//! `PyType_GenericAlloc` allocates; no weak-reference word. The weak
//! reference word is there for the size (the weak references themselves
//! are in `memory::weakref`'s table).
//!
//! The dict is made on the first attribute store or `__dict__` read: for
//! a fixed-size base a split dict over the class's shared keys (CPython's
//! `new_dict_with_shared_keys`: a 64-byte dict and a values array of the
//! keys' usable size, 272 bytes for a new class), else a plain dict. The
//! instance owns the dict and slot values in its words: its dealloc drops
//! them ([`forget`]), the collector visits them ([`traverse`]) and clears
//! them with the instance ([`clear`] through `forget`).
//!
//! [`InstanceShape`]: crate::objects::instance::InstanceShape

use crate::memory::object::{Obj, ObjHeader, ObjRef};
use crate::objects::dict::table::DictTable;
use crate::objects::dict::{dict_body, new_dict};
use crate::objects::exception::type_error;
use crate::objects::instance::InstanceShape;
use crate::objects::typeobject::flags;
use crate::objects::Layout;
use crate::protocol::object::type_name;
use crate::vm::PyResult;

/// Does a class statement's subclass of `layout` carry the words here?
/// Plain classes (Instance) and exceptions lay their words out themselves;
/// the others cannot be subclassed.
pub const fn has_trailer(layout: Layout) -> bool {
    matches!(
        layout,
        Layout::List
            | Layout::Dict
            | Layout::Set
            | Layout::ByteArray
            | Layout::Int
            | Layout::Float
            | Layout::Complex
            | Layout::Str
            | Layout::Tuple
            | Layout::Bytes
            | Layout::WeakRef
            | Layout::Namespace
    )
}

/// Is `layout` variable-size in CPython (`tp_itemsize != 0`: the dict at
/// the end, no weak-reference word, no named slots)?
pub const fn var_sized(layout: Layout) -> bool {
    matches!(layout, Layout::Int | Layout::Tuple | Layout::Bytes)
}

#[inline(always)]
const fn round8(n: usize) -> usize {
    (n + 7) & !7
}

/// The bytes a subclass instance takes beyond `base` (the built-in's
/// object with its GcHead and trailing storage), where `items` is
/// CPython's item count (`ob_size`: digits, items or bytes) for a
/// variable-size layout. The words start at `round8(base)`.
pub fn trailer_bytes(layout: Layout, shape: &InstanceShape, base: usize, items: usize) -> usize {
    if !shape.trailer {
        return 0;
    }
    let start = round8(base);
    let dict = shape.managed_dict as usize;
    let end = if var_sized(layout) {
        // `_PyObject_VAR_SIZE(type, n + 1)` with the dict word in
        // tp_basicsize, plus the GcHead.
        let cpython = match layout {
            Layout::Int => 16 + 24 + 8 * dict + 4 * (items.max(1) + 1),
            Layout::Tuple => 16 + 24 + 8 * dict + 8 * (items + 1),
            _ => 16 + 33 + 8 * dict + items + 1,
        };
        round8(cpython).max(start + 8 * dict)
    } else {
        // CPython's object (GcHead included) and its words; ours needs
        // only the slot and dict words (its weak references are in a
        // table), so a body larger than CPython's (a list's) still fits.
        let cpython = match layout {
            Layout::List => 56,
            Layout::Dict => 64,
            Layout::Set => 216,
            Layout::Float => 40,
            Layout::Complex => 48,
            Layout::ByteArray => 72,
            Layout::WeakRef => 80,
            Layout::Namespace => 40,
            _ => base,
        };
        let words = shape.nslots + 2 * dict + shape.weaklist as usize;
        (cpython + 8 * words).max(start + 8 * (shape.nslots + dict))
    };
    end - base
}

/// What `sys.getsizeof` adds for a subclass instance to the figure of
/// the built-in's own object (`figure`): the GcHead a non-container
/// built-in has no room for, its slot and weak-reference words, and the
/// dict: two pre-header words for a fixed-size base (`_PyType_PreHeaderSize`),
/// a word in `tp_basicsize` for a tuple or bytes (an int's `__sizeof__`
/// leaves it out). A str subclass instance is CPython's non-compact
/// `PyUnicodeObject` (80 bytes, its text in a separate block).
pub fn sizeof_extra(obj: &Obj, figure: usize) -> usize {
    let Some(s) = shape(obj) else {
        return figure;
    };
    let dict = s.managed_dict as usize;
    let gc = if obj.layout().is_gc() { 0 } else { 16 };
    match obj.layout() {
        Layout::Int => figure + gc,
        Layout::Tuple | Layout::Bytes => figure + gc + 8 * dict,
        Layout::Str => {
            // The compact figure is its header (48 ascii, 72 otherwise)
            // plus the text: the same text after an 80-byte object.
            let ascii = obj
                .payload::<crate::objects::str::StrBody>()
                .is_none_or(|b| b.is_ascii());
            let header = if ascii { 48 } else { 72 };
            figure - header + 80 + gc + 16 * dict
        }
        Layout::List | Layout::Float => {
            figure + gc + 8 * (s.nslots + s.weaklist as usize) + 16 * dict
        }
        // Their figure is the real block, which has CPython's size.
        _ => figure,
    }
}

/// The first trailer word of `obj`.
#[inline(always)]
fn words(obj: &Obj) -> *mut usize {
    let off = round8(crate::objects::body_end(obj));
    (obj as *const Obj as *mut u8).wrapping_add(off) as *mut usize
}

/// The shape of `obj`'s class if its instances carry the words.
#[inline(always)]
fn shape(obj: &Obj) -> Option<&InstanceShape> {
    let s = &obj.type_body().shape;
    (s.trailer && obj.layout() != Layout::Instance).then_some(s)
}

/// The reference held in trailer word `i` (borrowed), if any.
#[inline(always)]
fn word_ref(obj: &Obj, i: usize) -> Option<&Obj> {
    // SAFETY: the caller checked that `obj`'s class gives it a trailer of
    // more than `i` words; a word is 0 or an owned reference's pointer.
    unsafe { (*words(obj).add(i) as *const Obj).as_ref() }
}

/// Replaces trailer word `i` with `value`, returning what it held.
#[inline(always)]
fn word_replace(obj: &Obj, i: usize, value: Option<ObjRef>) -> Option<ObjRef> {
    let new = value.map_or(0, |v| v.into_raw().as_ptr() as usize);
    // SAFETY: as in `word_ref`; the old pointer's reference moves to the
    // returned ObjRef, the new one's into the word.
    unsafe {
        let old = std::mem::replace(&mut *words(obj).add(i), new);
        std::ptr::NonNull::new(old as *mut ObjHeader).map(|p| ObjRef::from_raw(p))
    }
}

/// Can `obj` have a `__dict__` here (its class gives it the dict word)?
#[inline]
pub fn eligible(obj: &Obj) -> bool {
    shape(obj).is_some_and(|s| s.managed_dict)
}

/// The instance's dict, if it has been made.
#[inline]
pub fn get(obj: &Obj) -> Option<ObjRef> {
    let s = shape(obj).filter(|s| s.managed_dict)?;
    word_ref(obj, s.nslots).map(Obj::to_ref)
}

/// The instance's dict, made on first use (`eligible` objects only).
pub fn get_or_make(obj: &Obj) -> PyResult<ObjRef> {
    let Some(s) = shape(obj).filter(|s| s.managed_dict) else {
        return Err(type_error(format!(
            "'{}' object has no __dict__",
            type_name(obj)
        )));
    };
    if let Some(d) = word_ref(obj, s.nslots) {
        return Ok(d.to_ref());
    }
    let d = new_dict()?;
    if s.cached_keys.is_some() {
        // CPython's new_dict_with_shared_keys: a values array of the
        // shared keys' usable size (the array first: on failure nothing
        // holds the keys).
        let size = s.cached_keys.usable_size();
        let v = crate::objects::dict::shared::alloc_values(size)?;
        if let Some(keys) = s.cached_keys.share() {
            let t = DictTable::new_split(keys, v, size);
            drop(std::mem::replace(
                &mut *dict_body(&d).expect("dict").table.borrow_mut(),
                t,
            ));
        }
    }
    drop(word_replace(obj, s.nslots, Some(d.clone())));
    Ok(d)
}

/// `obj.__dict__ = d` (None: `del obj.__dict__`, which leaves the word
/// empty: the next use makes a new dict), with CPython's checks
/// (`subtype_setdict`).
pub fn set_dict(obj: &Obj, value: Option<ObjRef>) -> PyResult<()> {
    if let Some(d) = value.as_ref().filter(|d| dict_body(d).is_none()) {
        return Err(type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            type_name(d)
        )));
    }
    let Some(s) = shape(obj).filter(|s| s.managed_dict) else {
        return Err(type_error(format!(
            "'{}' object has no __dict__",
            type_name(obj)
        )));
    };
    // The old dict may hold the last reference to anything: dropped after
    // the word holds the new one.
    drop(word_replace(obj, s.nslots, value));
    Ok(())
}

/// The value of slot `i` of `obj` (None: unset).
pub fn slot_get(obj: &Obj, i: usize) -> Option<ObjRef> {
    let s = shape(obj).filter(|s| i < s.nslots)?;
    let _ = s;
    word_ref(obj, i).map(Obj::to_ref)
}

/// Sets or clears slot `i` of `obj`, returning the old value (dropped by
/// the caller).
pub fn slot_set(obj: &Obj, i: usize, value: Option<ObjRef>) -> PyResult<Option<ObjRef>> {
    if shape(obj).is_none_or(|s| i >= s.nslots) {
        return Err(type_error(format!(
            "'{}' object cannot hold slots",
            type_name(obj)
        )));
    }
    Ok(word_replace(obj, i, value))
}

/// Drops the dict and slot values (the instance's dealloc, or `tp_clear`).
#[inline]
pub fn forget(obj: &Obj) {
    let Some(s) = shape(obj) else {
        return;
    };
    let n = s.nslots + s.managed_dict as usize;
    // Taken out first, dropped after: a drop can run any code, which
    // then finds the words empty.
    let old: Vec<ObjRef> = (0..n).filter_map(|i| word_replace(obj, i, None)).collect();
    drop(old);
}

/// The collector's view: the dict and the slot values are among the
/// instance's references. Visited in place: a clone would change their
/// refcounts while the collector counts references.
#[inline]
pub fn traverse(obj: &Obj, visit: &mut dyn FnMut(&Obj)) {
    let Some(s) = shape(obj) else {
        return;
    };
    for i in 0..s.nslots + s.managed_dict as usize {
        if let Some(o) = word_ref(obj, i) {
            visit(o);
        }
    }
}

/// Sets the trailer fields of a class statement's subclass of a built-in
/// (`layout`): `nslots` named slot words, a dict unless `__slots__` left
/// it out, a weak-reference word if the class adds one.
pub fn shape_for(layout: Layout, nslots: usize, dict: bool, weak: bool) -> InstanceShape {
    let trailer = has_trailer(layout);
    InstanceShape {
        nslots: if trailer { nslots } else { 0 },
        managed_dict: trailer && dict,
        weaklist: trailer && weak && !var_sized(layout),
        trailer,
        ..InstanceShape::default()
    }
}

/// Are the words of `obj`'s class in use for it (for the allocator and
/// dealloc: a heap subtype of a built-in with a trailer)?
#[inline(always)]
pub fn trailer_of(ty_body: &crate::objects::typeobject::TypeBody) -> Option<&InstanceShape> {
    (ty_body.shape.trailer && ty_body.has_flag(flags::HEAPTYPE)).then_some(&ty_body.shape)
}
