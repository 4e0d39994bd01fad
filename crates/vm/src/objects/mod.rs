//! The built-in types, one file (or folder) per type as CPython's
//! `Objects/`: each holds its layout (the Rust body after the object
//! header), construction, methods and their table, repr, and the operations
//! the protocols dispatch to it.
//!
//! This file holds what all types share: the layout tags. A type object's
//! body is a [`typeobject::TypeBody`]; its `layout` field says what Rust body
//! the type's *instances* have, which is how [`Obj::payload`] knows a cast
//! is sound, and how dealloc and the collector's traversal find the body
//! type. User classes inherit the layout of their nearest built-in base
//! (`Instance` for plain classes, `Exception` for exception subclasses).

pub mod bool;
pub mod bytearray;
pub mod bytes;
pub mod complex;
pub mod descriptor;
pub mod dict;
pub mod exception;
pub mod exception_group;
pub mod exception_members;
pub mod float;
pub mod frame;
pub mod function;
pub mod generator;
pub mod getset;
pub mod instance;
pub mod int;
pub mod iter;
pub mod list;
pub mod member;
pub mod memoryview;
pub mod module;
pub mod namespace;
pub mod object_methods;
pub mod range;
pub mod registry;
pub mod set;
pub mod singletons;
pub mod slice;
pub mod str;
pub mod subtype_dict;
pub mod superobject;
pub mod traceback;
pub mod tuple;
pub mod typeobject;
pub mod weakref;

use crate::memory::object::{destroy, Obj, Payload};
use crate::memory::{finalize, object};
use crate::objects::dict::views;
use crate::objects::function::{builtin, cell, code, method};
use crate::objects::typeobject::TypeBody;
use crate::vm::PyResult;

macro_rules! layouts {
    ($( $name:ident => $body:ty, gc: $gc:expr ;)*) => {
        /// What Rust body an object has; stored in its type's [`TypeBody`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Layout { $($name,)* }

        impl Layout {
            pub const ALL: &'static [Layout] = &[$(Layout::$name,)*];

            /// Is an object of this layout a container tracked by the cycle
            /// collector (allocated with a GcHead)?
            #[inline(always)]
            pub const fn is_gc(self) -> bool {
                match self { $(Layout::$name => $gc,)* }
            }

            /// Do instances of a class statement's subclass of this layout
            /// carry a GcHead though the built-in's own instances do not?
            /// CPython gives every heap subtype of int, float, str, bytes and bytearray
            /// `Py_TPFLAGS_HAVE_GC` (its instances could hold a `__dict__`),
            /// and each instance refers to its class: without it a cycle
            /// class → namespace → instance → class (an enum member) would
            /// never be found.
            #[inline(always)]
            pub const fn heap_subtype_gc(self) -> bool {
                matches!(
                    self,
                    Layout::Int
                        | Layout::Float
                        | Layout::Complex
                        | Layout::Str
                        | Layout::Bytes
                        | Layout::ByteArray
                )
            }

            pub fn name(self) -> &'static str {
                match self { $(Layout::$name => stringify!($name),)* }
            }
        }

        $(impl Payload for $body {
            const LAYOUT: Layout = Layout::$name;
            fn traverse(&self, visit: &mut dyn FnMut(&Obj)) { Traverse::traverse(self, visit) }
            fn drop_trailing(obj: &Obj) { <$body as VarSize>::drop_trailing(obj) }
            fn trailing_size(obj: &Obj) -> usize { <$body as VarSize>::trailing_size(obj) }
            fn subtype_items(&self) -> usize { <$body as VarSize>::subtype_items(self) }
        })*

        /// Runs the dealloc of `obj`'s layout. `obj` has refcount zero.
        pub fn dealloc_dispatch(obj: &Obj) {
            if finalize::wants_finalizer(obj) {
                finalize::defer(obj);
                return;
            }
            finalize::forget(obj);
            subtype_dict::forget(obj);
            if obj.layout() == Layout::Type {
                typeobject::subclasses::on_dealloc(obj);
            }
            // After `__del__`, before the body goes: CPython's
            // PyObject_ClearWeakRefs in subtype_dealloc.
            crate::memory::weakref::on_dealloc(obj);
            match obj.layout() {
                // SAFETY: the layout tag names the body type the object was
                // created with, and its refcount is zero.
                $(Layout::$name => unsafe { destroy::<$body>(obj) },)*
            }
        }

        /// Total block size of `obj`.
        pub fn object_size(obj: &Obj) -> usize {
            match obj.layout() {
                $(Layout::$name => object::block_size_of::<$body>(obj),)*
            }
        }

        /// Bytes from `obj`'s header to the end of its body and trailing
        /// storage (where a subclass instance's words follow).
        pub fn body_end(obj: &Obj) -> usize {
            match obj.layout() {
                $(Layout::$name => object::body_end::<$body>(obj),)*
            }
        }

        /// The references `obj` holds (tp_traverse). An instance of a
        /// class (a heap type) also holds its class, as CPython's
        /// `subtype_traverse` reports, so a cycle through a class is found.
        pub fn traverse(obj: &Obj, visit: &mut dyn FnMut(&Obj)) {
            match obj.layout() {
                // SAFETY: the layout tag names the body type.
                $(Layout::$name => Traverse::traverse(unsafe { obj.body_unchecked::<$body>() }, visit),)*
            }
            if obj.type_body().has_flag(typeobject::flags::HEAPTYPE) {
                subtype_dict::traverse(obj, visit);
                visit(obj.ty());
            }
        }

        /// Drops the references `obj` holds, so that a garbage cycle
        /// through it falls apart (tp_clear).
        pub fn clear(obj: &Obj) {
            match obj.layout() {
                // SAFETY: the layout tag names the body type.
                $(Layout::$name => Traverse::clear(unsafe { obj.body_unchecked::<$body>() }),)*
            }
            subtype_dict::forget(obj);
        }
    };
}

/// `tp_traverse`: visit each owned reference once; never create references.
pub trait Traverse {
    fn traverse(&self, _visit: &mut dyn FnMut(&Obj)) {}

    /// `tp_clear`, for the cycle collector: drop the references that can
    /// form a cycle. A body borrowed elsewhere is left alone (`try_borrow`),
    /// and the references are dropped after the borrow ends, since dropping
    /// one can run arbitrary deallocs.
    fn clear(&self) {}
}

/// Variable-size objects store items after the body.
pub trait VarSize {
    fn trailing_size(_obj: &Obj) -> usize {
        0
    }
    fn drop_trailing(_obj: &Obj) {}
    /// CPython's `ob_size` (see `Payload::subtype_items`).
    fn subtype_items(&self) -> usize {
        0
    }
}

layouts! {
    Type => TypeBody, gc: true;
    Object => instance::ObjectBody, gc: false;
    Instance => instance::InstanceBody, gc: true;
    Exception => exception::ExceptionBody, gc: true;
    NoneType => singletons::NoneBody, gc: false;
    NotImplemented => singletons::NotImplementedBody, gc: false;
    Ellipsis => singletons::EllipsisBody, gc: false;
    Int => int::IntBody, gc: false;
    Float => float::FloatBody, gc: false;
    Complex => complex::ComplexBody, gc: false;
    Str => str::StrBody, gc: false;
    Bytes => bytes::BytesBody, gc: false;
    ByteArray => bytearray::ByteArrayBody, gc: false;
    ManagedBuffer => memoryview::ManagedBufferBody, gc: true;
    MemoryView => memoryview::MemoryViewBody, gc: true;
    Tuple => tuple::TupleBody, gc: true;
    List => list::ListBody, gc: true;
    Dict => dict::DictBody, gc: true;
    Set => set::SetBody, gc: true;
    Range => range::RangeBody, gc: false;
    Slice => slice::SliceBody, gc: true;
    Function => function::FunctionBody, gc: true;
    BuiltinFunction => builtin::BuiltinBody, gc: true;
    Method => method::MethodBody, gc: true;
    Code => code::CodeBody, gc: false;
    Cell => cell::CellBody, gc: true;
    Module => module::ModuleBody, gc: true;
    Property => descriptor::PropertyBody, gc: true;
    Member => member::MemberBody, gc: true;
    ClassMethod => descriptor::ClassMethodBody, gc: true;
    StaticMethod => descriptor::StaticMethodBody, gc: true;
    Super => superobject::SuperBody, gc: true;
    SeqIter => iter::SeqIterBody, gc: true;
    RangeIter => range::RangeIterBody, gc: false;
    LongRangeIter => range::LongRangeIterBody, gc: false;
    DictIter => views::DictIterBody, gc: true;
    SetIter => set::SetIterBody, gc: true;
    DictView => views::DictViewBody, gc: true;
    Enumerate => iter::EnumerateBody, gc: true;
    Zip => iter::ZipBody, gc: true;
    Map => iter::MapBody, gc: true;
    Filter => iter::FilterBody, gc: true;
    Reversed => iter::ReversedBody, gc: true;
    CallIter => iter::CallIterBody, gc: true;
    Generator => generator::GeneratorBody, gc: true;
    Traceback => traceback::TracebackBody, gc: true;
    Frame => frame::FrameBody, gc: true;
    WeakRef => weakref::WeakRefBody, gc: true;
    Namespace => namespace::NamespaceBody, gc: true;
}

/// Fills the namespaces of the built-in types.
/// Puts every built-in type's methods into its namespace; each type's
/// table is in its own file (`install_methods`).
pub fn install_all() -> PyResult<()> {
    list::install_methods()?;
    tuple::install_methods()?;
    dict::methods::install_methods()?;
    dict::views::install_methods()?;
    member::install_methods()?;
    set::methods::install_methods()?;
    range::install_methods()?;
    slice::install_methods()?;
    generator::install_methods()?;
    iter::install_methods()?;
    str::methods::install_methods()?;
    bytes::methods::install_methods()?;
    bytes::text::install_methods()?;
    instance::install_methods()?;
    object_methods::install_methods()?;
    typeobject::new_wrapper::install_methods()?;
    crate::protocol::hash::install_hash_none()?;
    exception::install_methods()?;
    exception_group::install_methods()?;
    int::methods::install_methods()?;
    float::methods::install_methods()?;
    complex::install_methods()?;
    bytearray::install_methods()?;
    memoryview::install_methods()?;
    getset::install_methods()?;
    weakref::install_methods()?;
    namespace::install_methods()?;
    descriptor::install_methods()?;
    typeobject::methods::install_methods()?;
    typeobject::slot_wrappers::install_methods()?;
    // After the slot wrappers: replaces their two-argument `__pow__`.
    typeobject::number_wrappers::install_methods()?;
    Ok(())
}
