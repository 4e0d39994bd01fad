//! The object header, owned and borrowed references, and object allocation.
//!
//! ```text
//!   GC-tracked objects only        every object
//!  ┌──────────────────────────┐  ┌──────────────┬────────────┬──────────┬──────────────┐
//!  │ GcHead: next, prev (16B) │  │ refcnt (8B)  │ type (8B)  │ body: T  │ trailing ... │
//!  └──────────────────────────┘  └──────────────┴────────────┴──────────┴──────────────┘
//!                                 ^ an ObjRef / &Obj points here; id(x) is this address
//! ```
//!
//! Vocabulary (CPython's): an [`ObjRef`] is a *new/strong* reference — it
//! owns one count of the object's refcount (clone = Py_INCREF, drop =
//! Py_DECREF). An `&Obj` is a *borrowed* reference: it keeps nothing alive and
//! costs nothing. When the count reaches zero the type's dealloc drops the body
//! (releasing the references it holds) and returns the block to the heap.
//!
//! Invariants kept by this module:
//! - an object's memory comes from [`crate::memory::heap::malloc`] with size
//!   `prefix + size_of::<PyObject<T>>() + trailing`, where `prefix` is
//!   `size_of::<GcHead>()` iff the type's layout is GC-tracked;
//! - `header.ty` always points at a live type object whose body is a
//!   [`TypeBody`]; the object holds a reference to it when it is a heap
//!   type (a class statement's class). Built-in types are immortal and
//!   never refcounted per object, as CPython 3.11's static types
//!   (`_PyObject_Init` increfs heap types only);
//! - a body is only ever accessed as the `T` it was created with: `payload`
//!   checks the type's layout tag before casting.

use crate::memory::collector;
use crate::memory::context::with_ctx;
use crate::memory::{freelist, gc, heap, stats, trace};
use crate::objects;
use crate::objects::float::FloatBody;
use crate::objects::int::IntBody;
use crate::objects::str::StrBody;
use crate::objects::typeobject::TypeBody;
use crate::objects::Layout;
use arenapy_alloc::AllocError;
use std::cell::Cell;
use std::marker::PhantomData;
use std::ptr::NonNull;

/// CPython's `PyObject`: reference count and type.
#[repr(C)]
pub struct ObjHeader {
    refcnt: Cell<isize>,
    ty: Cell<NonNull<ObjHeader>>,
}

/// CPython's `PyGC_Head`: the links of the generation list a container is in.
/// `gc_refs` lives in the collector's own table during a collection.
#[repr(C)]
pub struct GcHead {
    pub next: Cell<*mut GcHead>,
    pub prev: Cell<*mut GcHead>,
}

/// The in-memory layout of an object whose body is `T`.
#[repr(C)]
pub struct PyObject<T> {
    header: ObjHeader,
    body: T,
}

/// A refcount so large it never reaches zero: for the interpreter's own
/// singletons and built-in types, which live until teardown.
pub const IMMORTAL_REFCNT: isize = 1 << 60;

/// What a Rust body type must say about itself to live in an object.
pub trait Payload: Sized + 'static {
    /// The layout tag types carry for objects with this body.
    const LAYOUT: Layout;

    /// Visits every object this body holds a reference to, each at most once
    /// (the cycle collector's `tp_traverse`). Must not create references.
    fn traverse(&self, _visit: &mut dyn FnMut(&Obj)) {}

    /// Drops what the body holds beyond its own fields (e.g. a tuple's
    /// trailing items) just before the body itself is dropped.
    fn drop_trailing(_obj: &Obj) {}

    /// Bytes of trailing storage after the body (variable-size objects).
    fn trailing_size(_obj: &Obj) -> usize {
        0
    }

    /// CPython's item count (`ob_size`) of a variable-size body: what a
    /// subclass instance's block is sized by (`objects::subtype_dict`).
    fn subtype_items(&self) -> usize {
        0
    }
}

/// A borrowed reference: `&Obj` is what functions take when they don't keep
/// the object.
#[repr(transparent)]
pub struct Obj {
    header: ObjHeader,
}

/// An owned (strong) reference. Transparent over its pointer, so an array
/// of them can be sorted as an array of pointers (`objects::list::sort`).
#[repr(transparent)]
pub struct ObjRef {
    ptr: NonNull<ObjHeader>,
    _marker: PhantomData<Obj>,
}

impl ObjRef {
    /// Adopts a reference the caller owns (CPython's "steal").
    ///
    /// # Safety
    /// `ptr` points at a live object and the caller transfers one count.
    #[inline(always)]
    pub unsafe fn from_raw(ptr: NonNull<ObjHeader>) -> ObjRef {
        ObjRef {
            ptr,
            _marker: PhantomData,
        }
    }

    /// Gives up ownership without decrementing.
    #[inline(always)]
    pub fn into_raw(self) -> NonNull<ObjHeader> {
        let p = self.ptr;
        std::mem::forget(self);
        p
    }

    #[inline(always)]
    pub fn as_obj(&self) -> &Obj {
        self
    }
}

impl std::ops::Deref for ObjRef {
    type Target = Obj;
    #[inline(always)]
    fn deref(&self) -> &Obj {
        // SAFETY: an ObjRef keeps its object alive, and Obj is a transparent
        // wrapper of the header at the start of every object.
        unsafe { &*(self.ptr.as_ptr() as *const Obj) }
    }
}

impl Clone for ObjRef {
    #[inline(always)]
    fn clone(&self) -> ObjRef {
        self.header.refcnt.set(self.header.refcnt.get() + 1);
        ObjRef {
            ptr: self.ptr,
            _marker: PhantomData,
        }
    }
}

impl Drop for ObjRef {
    #[inline(always)]
    fn drop(&mut self) {
        let rc = &self.header.refcnt;
        let n = rc.get() - 1;
        rc.set(n);
        if n == 0 {
            dealloc(self.ptr);
        }
    }
}

impl PartialEq for ObjRef {
    /// Identity (`is`), not Python equality.
    fn eq(&self, other: &ObjRef) -> bool {
        self.ptr == other.ptr
    }
}

impl std::fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl std::fmt::Debug for Obj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "<{} object at {:#x}>",
            self.type_body().name(),
            self.id()
        )
    }
}

impl Obj {
    /// A new strong reference to this object (Py_NewRef).
    #[inline(always)]
    pub fn to_ref(&self) -> ObjRef {
        self.header.refcnt.set(self.header.refcnt.get() + 1);
        ObjRef {
            ptr: NonNull::from(&self.header),
            _marker: PhantomData,
        }
    }

    #[inline(always)]
    pub fn refcnt(&self) -> isize {
        self.header.refcnt.get()
    }

    /// The object's address: Python's `id()`.
    #[inline(always)]
    pub fn id(&self) -> usize {
        self as *const Obj as usize
    }

    #[inline(always)]
    pub fn is(&self, other: &Obj) -> bool {
        std::ptr::eq(self, other)
    }

    /// The object's type (borrowed).
    #[inline(always)]
    pub fn ty(&self) -> &Obj {
        // SAFETY: header.ty points at a live type object (module invariant);
        // this object holds a reference to it, so it outlives `&self`.
        unsafe { &*(self.header.ty.get().as_ptr() as *const Obj) }
    }

    /// Makes `new` the object's type (`Py_SET_TYPE`, for `__class__`
    /// assignment between classes whose instances have the same block
    /// layout). The object holds a reference to a heap type and none to a
    /// built-in one (`alloc_object_in`); both sides keep that rule.
    pub fn set_type(&self, new: &Obj) {
        let new_ptr = if type_is_heap(new) {
            new.to_ref().into_raw()
        } else {
            NonNull::from(&new.header)
        };
        let old_heap = type_is_heap(self.ty());
        let old = self.header.ty.replace(new_ptr);
        if old_heap {
            // SAFETY: the object held one reference to its old heap type
            // (module invariant), released here now that it no longer
            // points at it.
            drop(unsafe { ObjRef::from_raw(old) });
        }
    }

    /// The body of this object's type object.
    #[inline(always)]
    pub fn type_body(&self) -> &TypeBody {
        // SAFETY: every type object's body is a TypeBody (module invariant),
        // so the cast needs no layout check.
        unsafe { self.ty().body_unchecked::<TypeBody>() }
    }

    #[inline(always)]
    pub fn layout(&self) -> Layout {
        self.type_body().layout
    }

    /// The body as a `T`, if this object was created with one.
    #[inline(always)]
    pub fn payload<T: Payload>(&self) -> Option<&T> {
        if self.layout() == T::LAYOUT {
            // SAFETY: the layout tag says the body is a T.
            Some(unsafe { self.body_unchecked::<T>() })
        } else {
            None
        }
    }

    /// # Safety
    /// The object must have been created with body type `T`.
    #[inline(always)]
    pub unsafe fn body_unchecked<T>(&self) -> &T {
        // SAFETY: the caller guarantees the layout; the body sits right after
        // the header in a repr(C) PyObject<T>.
        unsafe { &(*(self as *const Obj as *const PyObject<T>)).body }
    }

    /// Start of the trailing storage of a variable-size object with body `T`.
    #[inline(always)]
    pub fn trailing_ptr<T: Payload>(&self) -> *mut u8 {
        // Pointer arithmetic only; dereferencing is the caller's business.
        (self as *const Obj as *mut u8).wrapping_add(std::mem::size_of::<PyObject<T>>())
    }

    /// Was this object allocated with a GcHead (CPython's `_PyObject_IS_GC`)?
    /// Every object of a GC layout, and the instances of a class
    /// statement's subclass of int, float, str or bytes.
    #[inline(always)]
    pub fn is_gc(&self) -> bool {
        let layout = self.layout();
        layout.is_gc()
            || (layout.heap_subtype_gc()
                && self
                    .type_body()
                    .has_flag(crate::objects::typeobject::flags::HEAPTYPE))
    }

    /// The GC head in front of a tracked object.
    pub fn gc_head(&self) -> Option<&GcHead> {
        if self.is_gc() {
            // SAFETY: GC-tracked objects are allocated with a GcHead
            // immediately before the header (module invariant).
            Some(unsafe { &*((self as *const Obj as *const GcHead).sub(1)) })
        } else {
            None
        }
    }

    /// Mutable access to the body during interpreter bootstrap.
    ///
    /// # Safety
    /// The object was created with body `T`, and no other reference into its
    /// body exists or is used while the returned one lives (only the
    /// single-threaded bootstrap of built-in types uses this, before any
    /// Python code runs).
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn body_mut_unchecked<T>(&self) -> &mut T {
        // SAFETY: the caller guarantees exclusivity and the layout.
        unsafe { &mut (*(self as *const Obj as *mut PyObject<T>)).body }
    }

    /// Brings an object whose refcount just reached zero back to life with
    /// one reference, so its `__del__` can run later (PEP 442). Only the
    /// dealloc path calls this.
    pub(crate) fn resurrect(&self) -> ObjRef {
        debug_assert_eq!(self.refcnt(), 0);
        self.header.refcnt.set(1);
        ObjRef {
            ptr: NonNull::from(&self.header),
            _marker: PhantomData,
        }
    }

    /// Sets the refcount directly: only for making objects immortal at
    /// startup.
    pub fn make_immortal(&self) {
        self.header.refcnt.set(IMMORTAL_REFCNT);
        // Immortal objects can never be garbage: keep them out of the
        // collector's lists (CPython's static types are untracked too).
        gc::untrack(self);
    }

    /// Total bytes of this object's block (what `sys.getsizeof` reports),
    /// including the GC head.
    pub fn alloc_size(&self) -> usize {
        objects::object_size(self)
    }
}

/// Size of an object with body `T` and `trailing` extra bytes.
pub const fn object_block_size<T: Payload>(trailing: usize) -> usize {
    let prefix = if T::LAYOUT.is_gc() {
        std::mem::size_of::<GcHead>()
    } else {
        0
    };
    prefix + std::mem::size_of::<PyObject<T>>() + trailing
}

/// The GcHead bytes an object of type `ty` with body `T` has beyond
/// [`object_block_size`]: 16 for an instance of a heap subtype of int,
/// float, str or bytes (see [`Layout::heap_subtype_gc`]), else 0.
#[inline(always)]
pub fn subtype_gc_prefix<T: Payload>(ty: &Obj) -> usize {
    if !T::LAYOUT.is_gc() && T::LAYOUT.heap_subtype_gc() && type_is_heap(ty) {
        std::mem::size_of::<GcHead>()
    } else {
        0
    }
}

/// Bytes from the header to the end of the body and its trailing storage.
#[inline(always)]
pub fn body_end<T: Payload>(obj: &Obj) -> usize {
    std::mem::size_of::<PyObject<T>>() + T::trailing_size(obj)
}

/// The words a class statement's subclass of a built-in type adds after
/// the body (`objects::subtype_dict`), in bytes: 0 for every other object.
/// `base` is the object's size without them (GcHead included).
#[inline(always)]
fn trailer_size<T: Payload>(ty: &Obj, body: &T, base: usize) -> usize {
    if !objects::subtype_dict::has_trailer(T::LAYOUT) {
        return 0;
    }
    // SAFETY: `ty` is a type object, whose body is a TypeBody.
    let tb = unsafe { ty.body_unchecked::<TypeBody>() };
    match objects::subtype_dict::trailer_of(tb) {
        Some(shape) => {
            objects::subtype_dict::trailer_bytes(T::LAYOUT, shape, base, body.subtype_items())
        }
        None => 0,
    }
}

/// The block size of `obj`, whose body is a `T`.
#[inline(always)]
pub fn block_size_of<T: Payload>(obj: &Obj) -> usize {
    let base = object_block_size::<T>(T::trailing_size(obj)) + subtype_gc_prefix::<T>(obj.ty());
    // SAFETY: the caller dispatched on the layout: the body is a T.
    base + trailer_size::<T>(obj.ty(), unsafe { obj.body_unchecked::<T>() }, base)
}

/// Is `ty` a class statement's class (not a built-in type)?
#[inline(always)]
fn type_is_heap(ty: &Obj) -> bool {
    // SAFETY: `ty` is a type object, whose body is a TypeBody.
    unsafe { ty.body_unchecked::<TypeBody>() }.has_flag(crate::objects::typeobject::flags::HEAPTYPE)
}

/// Allocates an object of type `ty` with `body` and `trailing` uninitialised
/// bytes after it (filled by the caller before the object is used).
#[inline(always)]
pub fn alloc_object<T: Payload>(ty: &Obj, body: T, trailing: usize) -> Result<ObjRef, AllocError> {
    alloc_object_in(ty, body, trailing, type_is_heap(ty), |_| {})
}

/// [`alloc_object`] whose `init` fills the trailing storage before the
/// object is tracked (so a collection the allocation starts never sees it
/// uninitialised): instances, whose words the collector traverses.
#[inline]
pub fn alloc_object_init<T: Payload>(
    ty: &Obj,
    body: T,
    trailing: usize,
    init: impl FnOnce(&Obj),
) -> Result<ObjRef, AllocError> {
    alloc_object_in(ty, body, trailing, type_is_heap(ty), init)
}

/// [`alloc_object`] for a built-in type itself (`float`, `int`, `str`...,
/// never a class statement's subclass): the allocation paths of nearly
/// every temporary skip the heap-subtype test.
#[inline(always)]
pub fn alloc_builtin_object<T: Payload>(
    ty: &Obj,
    body: T,
    trailing: usize,
) -> Result<ObjRef, AllocError> {
    debug_assert!(!type_is_heap(ty));
    alloc_object_in(ty, body, trailing, false, |_| {})
}

/// Allocates an object of type `ty`, a heap type iff `heap_type`: the
/// object then holds a reference to its type (and an instance of a heap
/// subtype of int, float, str or bytes gets a GcHead, see
/// [`Layout::heap_subtype_gc`]); a built-in type is immortal and not
/// refcounted per object.
#[inline(always)]
fn alloc_object_in<T: Payload>(
    ty: &Obj,
    body: T,
    trailing: usize,
    heap_type: bool,
    init: impl FnOnce(&Obj),
) -> Result<ObjRef, AllocError> {
    debug_assert!(ty.payload::<TypeBody>().is_some());
    debug_assert!(ty.payload::<TypeBody>().unwrap().layout == T::LAYOUT);
    debug_assert_eq!(heap_type, type_is_heap(ty));
    // Every type that is not a class statement's class is a built-in,
    // immortal from the end of start-up (its instances made during
    // bootstrap precede that, and the type never dies either way).
    let subtype_gc = !T::LAYOUT.is_gc() && T::LAYOUT.heap_subtype_gc() && heap_type;
    let gc = T::LAYOUT.is_gc() || subtype_gc;
    let prefix = if subtype_gc {
        std::mem::size_of::<GcHead>()
    } else {
        0
    };
    let mut size = object_block_size::<T>(trailing) + prefix;
    let extra = if heap_type {
        trailer_size::<T>(ty, &body, size)
    } else {
        0
    };
    size += extra;
    // The free lists keep blocks of the exact built-in types only, as
    // CPython's (`PyFloat_CheckExact` ...).
    let cached = if subtype_gc {
        None
    } else {
        freelist::freelist_pop(T::LAYOUT, size)
    };
    let block = match cached {
        Some(b) => b,
        None => malloc_block(size)?,
    };
    stats::note_alloc(T::LAYOUT);
    let obj_ptr = if gc {
        let head = block.as_ptr() as *mut GcHead;
        // SAFETY: the block is at least size bytes, 8-aligned; the GcHead
        // occupies its first 16 bytes.
        unsafe {
            head.write(GcHead {
                next: Cell::new(std::ptr::null_mut()),
                prev: Cell::new(std::ptr::null_mut()),
            });
            head.add(1) as *mut PyObject<T>
        }
    } else {
        block.as_ptr() as *mut PyObject<T>
    };
    let ty_ptr = if heap_type {
        ty.to_ref().into_raw()
    } else {
        NonNull::from(&ty.header)
    };
    // SAFETY: obj_ptr lies inside the fresh block with room for a
    // PyObject<T>; a heap type's reference is moved into the header.
    unsafe {
        obj_ptr.write(PyObject {
            header: ObjHeader {
                refcnt: Cell::new(1),
                ty: Cell::new(ty_ptr),
            },
            body,
        });
    }
    // SAFETY: the header is initialised with refcount 1, which we own.
    let obj = unsafe { ObjRef::from_raw(NonNull::new_unchecked(obj_ptr as *mut ObjHeader)) };
    if extra != 0 {
        // A subclass instance's own words (dict, slots) start empty.
        // SAFETY: the `extra` bytes end the block, after the object.
        unsafe { std::ptr::write_bytes(block.as_ptr().add(size - extra), 0, extra) };
    }
    init(&obj);
    if trace::active() {
        trace::note_object_alloc(&obj, block.as_ptr() as usize, size);
    }
    // Tuples are tracked by their constructor once their items are written;
    // a new exact dict starts untracked and is tracked when it first takes
    // a container (CPython's MAINTAIN_TRACKING, objects::dict).
    if gc {
        gc::note_alloc();
        if T::LAYOUT != Layout::Tuple {
            if T::LAYOUT != Layout::Dict || heap_type {
                gc::track(&obj);
            }
            collector::maybe_collect();
        }
    }
    Ok(obj)
}

/// A block from the object allocator when the free list had none: out of
/// line, so the free-list hit path stays small.
#[inline(never)]
fn malloc_block(size: usize) -> Result<NonNull<u8>, AllocError> {
    heap::malloc(size)
}

/// Frees a block the free lists did not take (out of line, as
/// [`malloc_block`]).
///
/// # Safety
/// As for [`heap::free`].
#[inline(never)]
unsafe fn free_block(block: NonNull<u8>, size: usize) {
    // SAFETY: forwarded contract.
    unsafe { heap::free(block, size) }
}

/// Allocates the `type` type itself: an immortal object whose type is
/// itself, with `body` (whose references may point at it) as its TypeBody.
pub fn alloc_type_type(make_body: impl FnOnce(&Obj) -> TypeBody) -> Result<ObjRef, AllocError> {
    let size = object_block_size::<TypeBody>(objects::typeobject::type_trailing(false));
    let block = heap::malloc(size)?;
    stats::note_alloc(Layout::Type);
    // SAFETY: fresh block of `size` bytes: GcHead then the PyObject.
    let obj_ptr = unsafe {
        let head = block.as_ptr() as *mut GcHead;
        head.write(GcHead {
            next: Cell::new(std::ptr::null_mut()),
            prev: Cell::new(std::ptr::null_mut()),
        });
        head.add(1) as *mut PyObject<TypeBody>
    };
    let hdr = obj_ptr as *mut ObjHeader;
    // SAFETY: the header is written first (refcount immortal, type = itself)
    // so `make_body` may take references to the object; the body is written
    // before anything reads it.
    unsafe {
        hdr.write(ObjHeader {
            refcnt: Cell::new(IMMORTAL_REFCNT),
            ty: Cell::new(NonNull::new_unchecked(hdr)),
        });
        let this = &*(hdr as *const Obj);
        let body = make_body(this);
        std::ptr::addr_of_mut!((*obj_ptr).body).write(body);
        Ok(ObjRef::from_raw(NonNull::new_unchecked(hdr)))
    }
}

thread_local! {
    /// Does TRASHCAN hold anything? (A `const` Cell read instead of a
    /// lazily registered RefCell<Vec> at every outermost dealloc.)
    static TRASHCAN_USED: Cell<bool> = const { Cell::new(false) };
    static TRASHCAN: std::cell::RefCell<Vec<NonNull<ObjHeader>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// How deep nested deallocations may go before the rest is deferred
/// (CPython's trashcan): a million-long linked list must not overflow the
/// native stack when its head dies.
const TRASHCAN_DEPTH: u32 = 100;

/// Added to the dealloc depth while the allocation trace or tracemalloc
/// observes objects ([`set_observed`]): the depth test that picks the
/// leaf fast path then fails, so observing costs the untraced path
/// nothing (no flag of its own is read).
const OBSERVED_BIAS: u32 = 1 << 30;

#[inline(always)]
fn dealloc_depth() -> u32 {
    with_ctx(|c| c.dealloc_depth.get())
}

#[inline(always)]
fn set_dealloc_depth(depth: u32) {
    with_ctx(|c| c.dealloc_depth.set(depth))
}

/// Turns the observed dealloc path on or off (`memory::trace` calls this
/// when the allocation trace or tracemalloc starts or stops).
pub(crate) fn set_observed(on: bool) {
    let depth = dealloc_depth() & !OBSERVED_BIAS;
    set_dealloc_depth(if on { depth | OBSERVED_BIAS } else { depth });
}

/// The refcount of the object at `ptr` just reached zero.
///
/// Kept small (few registers to save) for its fast path: an exact int,
/// float or str — nearly every temporary — is freed right here, with its
/// block pushed on its free list, below the trashcan's depth (where the
/// general path would free it at once too, and its free cannot nest).
/// Everything else goes out of line.
#[inline(never)]
fn dealloc(ptr: NonNull<ObjHeader>) {
    let depth = dealloc_depth();
    if depth < TRASHCAN_DEPTH {
        // SAFETY: the refcount just reached zero, so nothing else refers to
        // the object; it is still fully initialised.
        let obj: &Obj = unsafe { &*(ptr.as_ptr() as *const Obj) };
        let ty = obj.type_body();
        if !ty.has_flag(crate::objects::typeobject::flags::HEAPTYPE) {
            match ty.layout {
                // SAFETY: as above, and the layout tag names the body type
                // of an object of this exact built-in type.
                Layout::Float => return unsafe { free_exact::<FloatBody>(obj) },
                // SAFETY: as above.
                Layout::Int => return unsafe { free_exact::<IntBody>(obj) },
                // SAFETY: as above.
                Layout::Str => return unsafe { free_exact::<StrBody>(obj) },
                _ => {}
            }
        }
    }
    dealloc_general(ptr, depth);
}

/// Drops `o`, an object of the built-in type of `T`'s layout itself (an
/// exact int, float or str): CPython's `_Py_DECREF_SPECIALIZED`, which
/// frees without finding the dealloc through the type. The specialised
/// instructions use it for operands whose exact type they checked.
///
/// # Safety
/// `o`'s type is exactly the built-in type whose objects have a `T` body,
/// and `T` is not a container (no GC head).
#[inline(always)]
pub unsafe fn release_exact<T: Payload>(o: ObjRef) {
    let o = std::mem::ManuallyDrop::new(o);
    let rc = &o.header.refcnt;
    let n = rc.get() - 1;
    rc.set(n);
    if n == 0 {
        // SAFETY: the caller's contract; the count just reached zero.
        unsafe { dealloc_exact::<T>(o.ptr) };
    }
}

/// [`dealloc`] for an object known to be of `T`'s exact built-in type.
///
/// # Safety
/// As for [`release_exact`], and the refcount just reached zero.
#[inline(never)]
unsafe fn dealloc_exact<T: Payload>(ptr: NonNull<ObjHeader>) {
    let depth = dealloc_depth();
    if depth < TRASHCAN_DEPTH {
        // SAFETY: the caller's contract: nothing else refers to the
        // object, still initialised, of `T`'s exact built-in type.
        return unsafe { free_exact::<T>(&*(ptr.as_ptr() as *const Obj)) };
    }
    dealloc_general(ptr, depth);
}

/// Every other dealloc: finalizers, weak references, containers, the
/// trashcan's nesting, the observed path.
#[inline(never)]
fn dealloc_general(ptr: NonNull<ObjHeader>, depth: u32) {
    if depth >= OBSERVED_BIAS {
        return dealloc_observed(ptr, depth);
    }
    dealloc_nested(ptr, depth);
}

/// The general path at nesting `depth` (biased or not: the bias is kept
/// across the nested deallocs).
#[inline(always)]
fn dealloc_nested(ptr: NonNull<ObjHeader>, depth: u32) {
    if depth & !OBSERVED_BIAS >= TRASHCAN_DEPTH {
        TRASHCAN.with(|t| t.borrow_mut().push(ptr));
        TRASHCAN_USED.with(|u| u.set(true));
        return;
    }
    set_dealloc_depth(depth + 1);
    dealloc_now(ptr);
    if depth & !OBSERVED_BIAS == 0 && TRASHCAN_USED.with(|u| u.get()) {
        drain_trashcan();
    }
    set_dealloc_depth(depth);
}

/// [`dealloc`] while the allocation trace or tracemalloc observes: the
/// object is described before it dies and its free noted after.
#[cold]
#[inline(never)]
fn dealloc_observed(ptr: NonNull<ObjHeader>, depth: u32) {
    // SAFETY: as in `dealloc`: refcount zero, still initialised.
    let obj: &Obj = unsafe { &*(ptr.as_ptr() as *const Obj) };
    if depth & !OBSERVED_BIAS >= TRASHCAN_DEPTH {
        // Deferred: freed (unobserved) when the trashcan drains.
        return dealloc_nested(ptr, depth);
    }
    let size = obj.alloc_size();
    let block = obj.id()
        - if obj.is_gc() {
            std::mem::size_of::<GcHead>()
        } else {
            0
        };
    trace::note_object_free(obj);
    dealloc_nested(ptr, depth);
    trace::object_freed(block, size);
}

/// Frees what deeper levels deferred, at the outermost level only.
#[cold]
#[inline(never)]
fn drain_trashcan() {
    while let Some(p) = TRASHCAN.with(|t| t.borrow_mut().pop()) {
        dealloc_now(p);
    }
    TRASHCAN_USED.with(|u| u.set(false));
}

fn dealloc_now(ptr: NonNull<ObjHeader>) {
    // SAFETY: the refcount just reached zero, so nothing else refers to the
    // object; it is still fully initialised.
    let obj: &Obj = unsafe { &*(ptr.as_ptr() as *const Obj) };
    objects::dealloc_dispatch(obj);
}

/// Drops the body of an object with body `T`, releases its type reference
/// (a heap type's) and returns its block (to a free list or the heap).
/// Called by the layout dispatch once the refcount is zero, its finalizer
/// has run and its weak references are cleared.
///
/// # Safety
/// `obj` has refcount zero, was created with body `T`, and is not used again.
pub unsafe fn destroy<T: Payload>(obj: &Obj) {
    let heap_type = type_is_heap(obj.ty());
    let subtype_gc = !T::LAYOUT.is_gc() && T::LAYOUT.heap_subtype_gc() && heap_type;
    let gc = T::LAYOUT.is_gc() || subtype_gc;
    if gc {
        gc::untrack(obj);
        gc::note_free();
    }
    let size = block_size_of::<T>(obj);
    T::drop_trailing(obj);
    let raw = obj as *const Obj as *mut PyObject<T>;
    // SAFETY: the caller guarantees the body is a T that nobody else uses.
    let ty = unsafe {
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*raw).body));
        (*raw).header.ty.get()
    };
    let block = if gc {
        (raw as *mut u8).wrapping_sub(std::mem::size_of::<GcHead>())
    } else {
        raw as *mut u8
    };
    // SAFETY: block is the start of the allocation made in alloc_object.
    let block = unsafe { NonNull::new_unchecked(block) };
    stats::note_free(T::LAYOUT);
    // The free lists keep blocks of the exact built-in types only.
    if heap_type || !freelist::freelist_push(T::LAYOUT, size, block) {
        // SAFETY: the block came from heap::malloc with `size` bytes.
        unsafe { free_block(block, size) };
    }
    if heap_type {
        // SAFETY: an object of a heap type holds one reference to it
        // (`alloc_object_in`), given back here.
        drop(unsafe { ObjRef::from_raw(ty) });
    }
}

/// [`destroy`] for an object of an exact built-in type without a GcHead
/// (int, float, str): no finalizer, no weak references, no type
/// reference; inlined into `dealloc`.
///
/// # Safety
/// As for [`destroy`], and `obj`'s type is the built-in type of `T`'s
/// layout itself.
#[inline(always)]
unsafe fn free_exact<T: Payload>(obj: &Obj) {
    const { assert!(!T::LAYOUT.is_gc()) };
    T::drop_trailing(obj);
    let size = object_block_size::<T>(T::trailing_size(obj));
    let raw = obj as *const Obj as *mut PyObject<T>;
    // SAFETY: the caller guarantees the body is a T that nobody else uses;
    // the block starts at the header (no GcHead).
    let block = unsafe {
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*raw).body));
        NonNull::new_unchecked(raw as *mut u8)
    };
    stats::note_free(T::LAYOUT);
    if !freelist::freelist_push(T::LAYOUT, size, block) {
        // SAFETY: the block came from heap::malloc with `size` bytes.
        unsafe { free_block(block, size) };
    }
}

/// Resizes the block of an exact str that nobody else refers to, so it
/// holds `new_trailing` trailing bytes (CPython's `resize_compact` through
/// `PyObject_Realloc`: a small block stays put when the new size still
/// fits it, a big one is grown by the system allocator, in place when it
/// can). The object may move; its header, body and first trailing bytes
/// come along, and it stays the same object for the statistics. The
/// caller updates the body. On failure the object is given back as it
/// was.
///
/// Not while the allocation trace or tracemalloc observe: their records
/// follow objects by address (the caller then makes a new object).
pub fn resize_unique_str(
    obj: ObjRef,
    old_trailing: usize,
    new_trailing: usize,
) -> Result<ObjRef, ObjRef> {
    if obj.refcnt() != 1
        || obj.is_gc()
        || !obj.ty().is(&objects::registry::types().str)
        || trace::active()
        || crate::memory::tracemalloc::is_tracing()
    {
        return Err(obj);
    }
    let old = object_block_size::<StrBody>(old_trailing);
    let new = object_block_size::<StrBody>(new_trailing);
    let ptr = obj.into_raw();
    // SAFETY: the str has no GcHead, so its block starts at the header and
    // is `old` bytes (the size `dealloc` frees it with); the one reference
    // to it was just given up, so nothing uses the block while it moves.
    match unsafe { heap::realloc(ptr.cast(), old, new) } {
        // SAFETY: the header and body were copied along; the reference
        // given up above is taken back at the new address.
        Ok(p) => Ok(unsafe { ObjRef::from_raw(p.cast()) }),
        // SAFETY: on failure the old block is untouched; take it back.
        Err(_) => Err(unsafe { ObjRef::from_raw(ptr) }),
    }
}

const _: () = assert!(std::mem::size_of::<ObjHeader>() == 16);
const _: () = assert!(std::mem::size_of::<GcHead>() == 16);
