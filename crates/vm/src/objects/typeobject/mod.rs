//! Type objects (`type`): name, bases, MRO, namespace, flags and the layout
//! of their instances; MRO lookup and the repr. The class statement is in
//! [`class`] and [`metaclass`], calling a type in [`call`] and
//! [`construct`], the C3 linearisation in [`mro`], attributes that live in
//! no namespace in [`special_attrs`], the dunder wrappers of built-in types
//! in [`slot_wrappers`] and [`number_wrappers`].

pub mod bases;
pub mod call;
pub mod class;
pub mod construct;
pub mod ctor_cache;
pub mod metaclass;
pub mod methods;
pub mod mro;
pub mod new_wrapper;
pub mod number_wrappers;
pub mod slot_wrappers;
pub mod special_attrs;
pub mod subclasses;

use crate::memory::object::{Obj, ObjRef};
use crate::objects::dict::table::DictTable;
use crate::objects::registry::types;
use crate::objects::str::try_str;
use crate::objects::{tuple, Layout, Traverse, VarSize};
use crate::protocol::attr::{descr_get, is_data_descriptor};
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};

pub mod flags {
    /// Created by a class statement (not built in).
    pub const HEAPTYPE: u32 = 1 << 0;
    /// May be subclassed.
    pub const BASETYPE: u32 = 1 << 1;
    /// Defines `__eq__` somewhere in its MRO other than `object`: dict lookups
    /// must call back into Python.
    pub const CUSTOM_EQ: u32 = 1 << 2;
    /// Defines `__hash__` (or sets it to None).
    pub const CUSTOM_HASH: u32 = 1 << 3;
    /// Defines `__getattr__` or `__getattribute__`.
    pub const CUSTOM_GETATTR: u32 = 1 << 4;
    /// Defines `__setattr__` or `__delattr__`.
    pub const CUSTOM_SETATTR: u32 = 1 << 5;
    /// Defines `__del__`.
    pub const HAS_FINALIZER: u32 = 1 << 6;
    /// Is BaseException or a subclass.
    pub const EXCEPTION: u32 = 1 << 7;
    /// Every class in the MRO but `object` defines `__slots__` without
    /// `"__dict__"`: instances only take the attributes named there (the
    /// values still live in the instance dict, which is not shown).
    pub const SLOTS: u32 = 1 << 8;
    /// Has a non-empty `__abstractmethods__` (set by `abc.ABC`'s
    /// `__init_subclass__`): `object.__new__` refuses to instantiate it.
    /// Not inherited; each class gets its own.
    pub const ABSTRACT: u32 = 1 << 9;
}

pub struct TypeBody {
    /// Layout of this type's instances.
    pub layout: Layout,
    pub name: RefCell<ObjRef>,
    pub qualname: RefCell<ObjRef>,
    /// The first base (`tp_base`); None only for `object`. In a Cell (and
    /// so `bases`) because `C.__bases__ = (...)` replaces them
    /// ([`bases::set_bases`]); a Cell of an Option is one word, so the
    /// type object keeps CPython's size. Read with [`TypeBody::base`].
    pub base: Cell<Option<ObjRef>>,
    /// `__bases__` (a tuple; None only while the built-ins are made). Read
    /// with [`TypeBody::bases`].
    pub bases: Cell<Option<ObjRef>>,
    /// `__mro__` (CPython's `tp_mro`): a tuple starting with the type
    /// itself, so a class is a reference cycle with its MRO as in CPython
    /// and only the collector frees it. In a RefCell because `tp_clear`
    /// drops it (for the shared empty tuple) to break that cycle.
    pub mro: RefCell<ObjRef>,
    /// The namespace (`tp_dict`): see [`Namespace`].
    pub namespace: Namespace,
    pub flags: Cell<u32>,
    /// What this class's instances carry after their header (only for the
    /// Instance layout; empty otherwise).
    pub shape: crate::objects::instance::InstanceShape,
    /// For an exception class: its family, slot words and weak-reference
    /// word, worked out on first use (`exception_members::layout_of`; 0
    /// until then). Fixed for the class's life: `__bases__` assignment
    /// refuses a base with another exception layout.
    pub exc_layout: Cell<u32>,
    /// `tp_subclasses`: a dict of `id(subclass)` → a weak reference to it,
    /// made by the first class statement naming this type as a base
    /// (`subclasses`). Not visited by the collector, as CPython's
    /// `type_traverse` leaves it out: it holds nothing strongly but ints
    /// and weak references.
    pub subclasses: crate::memory::slot::ObjSlot,
}

/// Where a type's namespace lives. A class statement's type has a real
/// dict object (CPython's `tp_dict`, tracked by the collector and part of
/// the class's cycles: its `__dict__`/`__weakref__` descriptors point back
/// at the class); a built-in type, made before the dict type exists and
/// immortal, keeps the table inline.
pub enum Namespace {
    Static(RefCell<DictTable>),
    Heap(ObjRef),
}

impl TypeBody {
    /// The namespace's table.
    #[inline]
    pub fn dict(&self) -> &RefCell<DictTable> {
        match &self.namespace {
            Namespace::Static(t) => t,
            // The unchecked read keeps the dict type's layout out of every
            // attribute lookup along an MRO.
            // SAFETY: `d` is the dict object create_class made for this
            // namespace, never replaced: its body is a DictBody.
            Namespace::Heap(d) => unsafe {
                debug_assert!(d.payload::<crate::objects::dict::DictBody>().is_some());
                &d.body_unchecked::<crate::objects::dict::DictBody>().table
            },
        }
    }

    /// The namespace as a dict object (a heap type's); None for a built-in
    /// type's inline table.
    pub fn dict_object(&self) -> Option<&Obj> {
        match &self.namespace {
            Namespace::Static(_) => None,
            Namespace::Heap(d) => Some(d),
        }
    }

    /// The `__mro__` tuple (one new reference).
    #[inline]
    pub fn mro(&self) -> ObjRef {
        self.mro.borrow().clone()
    }

    /// The type's `__name__` as Rust text.
    pub fn name(&self) -> String {
        crate::objects::str::as_str(&self.name.borrow()).to_string()
    }

    /// Is the type's `__name__` `name`? Without building a String: the
    /// call path checks a built-in method's owner with it at every call.
    pub fn name_is(&self, name: &str) -> bool {
        crate::objects::str::as_str(&self.name.borrow()) == name
    }

    /// `__base__`: the first base (None for `object`).
    pub fn base(&self) -> Option<ObjRef> {
        let b = self.base.take();
        let r = b.clone();
        self.base.set(b);
        r
    }

    /// `__bases__`.
    pub fn bases(&self) -> ObjRef {
        let b = self.bases.take();
        let r = b.clone();
        self.bases.set(b);
        r.unwrap_or_else(|| types().empty_tuple.clone())
    }

    pub fn has_flag(&self, flag: u32) -> bool {
        self.flags.get() & flag != 0
    }
}

impl Traverse for TypeBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        // Taken out and put back: nothing runs in between.
        let base = self.base.take();
        if let Some(b) = &base {
            visit(b);
        }
        self.base.set(base);
        let bases = self.bases.take();
        if let Some(b) = &bases {
            visit(b);
        }
        self.bases.set(bases);
        if let Ok(m) = self.mro.try_borrow() {
            visit(&m);
        }
        visit(&self.name.borrow());
        visit(&self.qualname.borrow());
        match &self.namespace {
            Namespace::Static(t) => t.borrow().traverse(visit),
            Namespace::Heap(d) => visit(d),
        }
    }

    /// CPython's `type_clear`: empties the namespace and drops the MRO
    /// (the self-reference), which is all it takes to break a class's
    /// cycles.
    fn clear(&self) {
        let t = self.dict().try_borrow_mut().map(|mut t| t.take_all());
        drop(t);
        let m = self
            .mro
            .try_borrow_mut()
            .map(|mut m| std::mem::replace(&mut *m, types().empty_tuple.clone()));
        drop(m);
    }
}
/// A type object's block is CPython 3.11's size: `sizeof(PyHeapTypeObject)`
/// (904 bytes, from the raw allocator with its GC head) for a class
/// statement's class, `sizeof(PyTypeObject)` (408) for a built-in type.
/// The bytes after the [`TypeBody`] stand for the C slot tables
/// (`tp_as_number`, the heap type's number/sequence/mapping structs ...)
/// that arenapy dispatches through the layout tag instead; they are never
/// read.
pub const fn type_trailing(heap: bool) -> usize {
    let size = if heap { 904 } else { 408 };
    size - std::mem::size_of::<crate::memory::object::PyObject<TypeBody>>()
}

impl VarSize for TypeBody {
    fn trailing_size(obj: &Obj) -> usize {
        let heap = obj
            .payload::<TypeBody>()
            .is_some_and(|b| b.has_flag(flags::HEAPTYPE));
        type_trailing(heap)
    }
}

/// Runs `f` on the MRO of `ty` (the type itself first), borrowed in place:
/// the hot paths' way to walk it without a reference count per class.
#[inline]
pub fn with_mro<R>(ty: &Obj, f: impl FnOnce(&[ObjRef]) -> R) -> R {
    let mro = ty.payload::<TypeBody>().expect("a type").mro.borrow();
    f(tuple::tuple_items(&mro))
}

/// Iterates the MRO of `ty` (the type itself first), holding the tuple.
pub fn mro_iter(ty: &Obj) -> MroIter {
    MroIter {
        mro: ty.payload::<TypeBody>().expect("a type").mro(),
        i: 0,
    }
}

/// The types of an MRO tuple, in order (see [`mro_iter`]).
pub struct MroIter {
    mro: ObjRef,
    i: usize,
}

impl Iterator for MroIter {
    type Item = ObjRef;
    fn next(&mut self) -> Option<ObjRef> {
        let t = tuple::tuple_items(&self.mro).get(self.i)?.clone();
        self.i += 1;
        Some(t)
    }
}

/// Is `sub` the same as or a subclass of `sup`?
pub fn is_subtype(sub: &Obj, sup: &Obj) -> bool {
    if sub.is(sup) {
        return true;
    }
    match sub.payload::<TypeBody>() {
        Some(b) => tuple::tuple_items(&b.mro.borrow())
            .iter()
            .any(|t| t.is(sup)),
        None => false,
    }
}

/// Looks `name` up along the MRO of `ty` (CPython's `_PyType_Lookup`).
pub fn lookup(ty: &Obj, name: &Obj) -> Option<ObjRef> {
    let mro = ty.payload::<TypeBody>().expect("a type").mro.borrow();
    for t in tuple::tuple_items(&mro) {
        let b = t.payload::<TypeBody>().expect("a type");
        if let Some(v) = b.dict().borrow().get_str(name) {
            return Some(v);
        }
    }
    None
}

/// Looks a Rust string name up along the MRO.
pub fn lookup_str(ty: &Obj, name: &str) -> Option<ObjRef> {
    let mro = ty.payload::<TypeBody>().expect("a type").mro.borrow();
    for t in tuple::tuple_items(&mro) {
        let b = t.payload::<TypeBody>().expect("a type");
        if let Some(v) = b.dict().borrow().get_rust_str(name) {
            return Some(v);
        }
    }
    None
}

pub fn type_repr(t: &Obj) -> String {
    let b = t.payload::<TypeBody>().expect("type");
    let qual = try_str(&b.qualname.borrow()).unwrap_or("?").to_string();
    if b.has_flag(crate::objects::typeobject::flags::HEAPTYPE) {
        // CPython's type_repr leaves out a module that is not a str or is
        // "builtins" (a class made by exec(src, {}), whose globals have no
        // __name__).
        // Only the class's own `__module__` counts (CPython's type_module);
        // none at all when type() was called where globals have no
        // `__name__`.
        let module = b
            .dict()
            .borrow()
            .get_rust_str("__module__")
            .and_then(|m| try_str(&m).map(|s| s.to_string()));
        match module {
            Some(module) if module != "builtins" => format!("<class '{module}.{qual}'>"),
            _ => format!("<class '{qual}'>"),
        }
    } else {
        // tp_name, dotted for a few (`weakref.ReferenceType`).
        format!("<class '{}'>", b.name())
    }
}

/// Attribute lookup on a type object (CPython's `type_getattro`): data
/// descriptors of the metatype, then the type's own MRO, then the
/// metatype's other attributes.
pub(crate) fn type_getattr(vm: &mut Vm, cls: &Obj, name: &Obj) -> PyResult<Option<ObjRef>> {
    // Data descriptors of the metatype come first: `type`'s __name__ etc.,
    // then properties of a metaclass.
    let n = try_str(name).unwrap_or("");
    if let Some(v) = special_attrs::type_special_attr(vm, cls, n)? {
        return Ok(Some(v));
    }
    let meta = cls.ty();
    let meta_attr = lookup(meta, name);
    if let Some(d) = &meta_attr {
        if is_data_descriptor(d) {
            return descr_get(vm, d, Some(cls), meta).map(Some);
        }
    }
    if let Some(v) = lookup(cls, name) {
        return descr_get(vm, &v, None, cls).map(Some);
    }
    // Methods of the metaclass (`type`'s mro, __subclasses__...).
    if let Some(v) = meta_attr {
        return descr_get(vm, &v, Some(cls), meta).map(Some);
    }
    Ok(None)
}
