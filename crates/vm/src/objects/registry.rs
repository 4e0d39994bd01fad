//! The built-in type objects and singletons of one interpreter, and their
//! bootstrap.
//!
//! Bootstrap is the only tricky part: a type's name is a str, but the str type
//! is itself a type. So every built-in type object is first made with
//! placeholder references (to `type` itself), then the empty tuple and the
//! name strings are created, and the placeholders are replaced, all before any
//! Python code can observe a type. The finished [`Types`] is published in a
//! thread-local and lives until interpreter teardown.

use crate::memory::object::{alloc_object, alloc_type_type, Obj, ObjRef};
use crate::objects::dict::table::DictTable;
use crate::objects::exception::ExceptionBody;
use crate::objects::instance::ObjectBody;
use crate::objects::int::{alloc_int_of_type, SMALL_INT_MAX, SMALL_INT_MIN};
use crate::objects::singletons::{EllipsisBody, NoneBody, NotImplementedBody};
use crate::objects::typeobject::{flags, Namespace, TypeBody};
use crate::objects::{tuple, Layout};
use arenapy_alloc::{AllocError, Profile};
use std::cell::{Cell, RefCell};

macro_rules! builtin_types {
    ($( $field:ident : $pyname:literal, $layout:ident, $base:ident, $flags:expr ;)*) => {
        /// Every built-in type object and singleton.
        pub struct Types {
            $(pub $field: ObjRef,)*
            pub none: ObjRef,
            pub true_: ObjRef,
            pub false_: ObjRef,
            pub not_implemented: ObjRef,
            pub ellipsis: ObjRef,
            pub empty_tuple: ObjRef,
            pub empty_str: ObjRef,
            /// `"__dict__"`, `"__weakref__"`, `"__doc__"`: the keys every
            /// class statement adds to its namespace, shared as CPython's
            /// interned identifiers are (no new strings per class).
            pub class_keys: [ObjRef; 3],
            /// The NULL that LoadMethod pushes when it found a plain attribute.
            pub null_marker: ObjRef,
            /// Preallocated so running out of memory can always be reported.
            pub memory_error_instance: ObjRef,
            /// The cpython311 profile's cached ints -5..=256.
            pub small_ints: Option<Vec<ObjRef>>,
            /// The cpython311 profile's one-character strs U+0000..U+00FF
            /// (CPython's latin-1 singletons, made before any program runs).
            pub latin1_chars: Option<Vec<ObjRef>>,
            pub profile: Profile,
        }

        /// (Python name, type object) for each built-in type, for the
        /// builtins module.
        pub fn all_types(t: &Types) -> Vec<(&'static str, &ObjRef)> {
            vec![$(($pyname, &t.$field),)*]
        }

        fn make_all(profile: Profile) -> Result<Types, AllocError> {
            let type_ = alloc_type_type(|this| placeholder_body(this, Layout::Type, None, flags::BASETYPE))?;
            $(
                #[allow(unused_variables)]
                let $field = if stringify!($field) == "type_" {
                    type_.clone()
                } else {
                    let base: Option<&ObjRef> = builtin_types!(@base $base);
                    let f = $flags | base.map_or(0, |b| b.type_body().flags.get() & flags::EXCEPTION);
                    alloc_object(
                        &type_,
                        placeholder_body(&type_, Layout::$layout, base.cloned(), f),
                        crate::objects::typeobject::type_trailing(false),
                    )?
                };
            )*
            // Field names are not hygienic in macro_rules, so the rest of the
            // bootstrap reads the types through this struct.
            struct Raw { $($field: ObjRef,)* }
            let raw = Raw { $($field,)* };
            // SAFETY: bootstrap; nothing else uses `type`'s body yet.
            unsafe { *raw.type_.body_mut_unchecked::<TypeBody>().base.get_mut() = Some(raw.object.clone()) };
            // Phase 2: real names, bases and MROs.
            let empty_tuple = tuple::alloc_empty_tuple(&raw.tuple)?;
            empty_tuple.make_immortal();
            $(
                finish_type(&raw.$field, $pyname, &raw.str, &raw.tuple, &empty_tuple)?;
            )*
            add_second_base(&raw.exception_group, &raw.exception, &raw.tuple)?;
            let none = alloc_object(&raw.none_type, NoneBody, 0)?;
            let not_implemented = alloc_object(&raw.not_implemented_type, NotImplementedBody, 0)?;
            let ellipsis = alloc_object(&raw.ellipsis_type, EllipsisBody, 0)?;
            let true_ = alloc_int_of_type(&raw.bool, 1)?;
            let false_ = alloc_int_of_type(&raw.bool, 0)?;
            let null_marker = alloc_object(&raw.object, ObjectBody, 0)?;
            let empty_str = new_str_in(&raw.str, "")?;
            let class_keys = [
                new_str_in(&raw.str, "__dict__")?,
                new_str_in(&raw.str, "__weakref__")?,
                new_str_in(&raw.str, "__doc__")?,
            ];
            for k in &class_keys {
                k.make_immortal();
            }
            let memory_error_instance =
                alloc_object(&raw.memory_error, ExceptionBody::new(empty_tuple.clone()), 0)?;
            let small_ints = if profile == Profile::Cpython311 {
                let mut v = Vec::new();
                for i in SMALL_INT_MIN..=SMALL_INT_MAX {
                    let o = alloc_int_of_type(&raw.int, i)?;
                    o.make_immortal();
                    v.push(o);
                }
                Some(v)
            } else {
                None
            };
            let latin1_chars = if profile == Profile::Cpython311 {
                let mut v = Vec::with_capacity(256);
                for c in 0..=255u8 {
                    let o = new_str_in(&raw.str, (c as char).encode_utf8(&mut [0; 2]))?;
                    o.make_immortal();
                    v.push(o);
                }
                Some(v)
            } else {
                None
            };
            for o in [&none, &not_implemented, &ellipsis, &true_, &false_, &null_marker, &empty_str, &memory_error_instance] {
                o.make_immortal();
            }
            $( raw.$field.make_immortal(); )*
            Ok(Types {
                $($field: raw.$field,)*
                none, true_, false_, not_implemented, ellipsis, empty_tuple, empty_str, class_keys,
                null_marker, memory_error_instance, small_ints, latin1_chars, profile,
            })
        }
    };
    (@base none) => { None };
    (@base $b:ident) => { Some(&$b) };
}

builtin_types! {
    object: "object", Object, none, flags::BASETYPE;
    type_: "type", Type, object, flags::BASETYPE;
    none_type: "NoneType", NoneType, object, 0;
    not_implemented_type: "NotImplementedType", NotImplemented, object, 0;
    ellipsis_type: "ellipsis", Ellipsis, object, 0;
    int: "int", Int, object, flags::BASETYPE;
    bool: "bool", Int, int, 0;
    float: "float", Float, object, flags::BASETYPE;
    complex: "complex", Complex, object, flags::BASETYPE;
    str: "str", Str, object, flags::BASETYPE;
    bytes: "bytes", Bytes, object, flags::BASETYPE;
    bytearray: "bytearray", ByteArray, object, flags::BASETYPE;
    memoryview: "memoryview", MemoryView, object, 0;
    managedbuffer: "managedbuffer", ManagedBuffer, object, 0;
    tuple: "tuple", Tuple, object, flags::BASETYPE;
    list: "list", List, object, flags::BASETYPE;
    dict: "dict", Dict, object, flags::BASETYPE;
    set: "set", Set, object, flags::BASETYPE;
    frozenset: "frozenset", Set, object, flags::BASETYPE;
    range: "range", Range, object, 0;
    slice: "slice", Slice, object, 0;
    function: "function", Function, object, 0;
    builtin_function: "builtin_function_or_method", BuiltinFunction, object, 0;
    method: "method", Method, object, 0;
    code: "code", Code, object, 0;
    cell: "cell", Cell, object, 0;
    module: "module", Module, object, flags::BASETYPE;
    property: "property", Property, object, flags::BASETYPE;
    member_descriptor: "member_descriptor", Member, object, 0;
    getset_descriptor: "getset_descriptor", Member, object, 0;
    classmethod: "classmethod", ClassMethod, object, flags::BASETYPE;
    staticmethod: "staticmethod", StaticMethod, object, flags::BASETYPE;
    super_: "super", Super, object, flags::BASETYPE;
    list_iterator: "list_iterator", SeqIter, object, 0;
    tuple_iterator: "tuple_iterator", SeqIter, object, 0;
    str_iterator: "str_ascii_iterator", SeqIter, object, 0;
    bytes_iterator: "bytes_iterator", SeqIter, object, 0;
    bytearray_iterator: "bytearray_iterator", SeqIter, object, 0;
    memory_iterator: "memory_iterator", SeqIter, object, 0;
    iterator: "iterator", SeqIter, object, 0;
    range_iterator: "range_iterator", RangeIter, object, 0;
    longrange_iterator: "longrange_iterator", LongRangeIter, object, 0;
    dict_keyiterator: "dict_keyiterator", DictIter, object, 0;
    dict_valueiterator: "dict_valueiterator", DictIter, object, 0;
    dict_itemiterator: "dict_itemiterator", DictIter, object, 0;
    dict_reversekeyiterator: "dict_reversekeyiterator", DictIter, object, 0;
    dict_reversevalueiterator: "dict_reversevalueiterator", DictIter, object, 0;
    dict_reverseitemiterator: "dict_reverseitemiterator", DictIter, object, 0;
    set_iterator: "set_iterator", SetIter, object, 0;
    dict_keys: "dict_keys", DictView, object, 0;
    dict_values: "dict_values", DictView, object, 0;
    dict_items: "dict_items", DictView, object, 0;
    enumerate: "enumerate", Enumerate, object, flags::BASETYPE;
    zip: "zip", Zip, object, flags::BASETYPE;
    map: "map", Map, object, flags::BASETYPE;
    filter: "filter", Filter, object, flags::BASETYPE;
    reversed: "reversed", Reversed, object, flags::BASETYPE;
    list_reverseiterator: "list_reverseiterator", Reversed, object, 0;
    callable_iterator: "callable_iterator", CallIter, object, 0;
    generator: "generator", Generator, object, 0;
    traceback: "traceback", Traceback, object, 0;
    frame: "frame", Frame, object, 0;
    weakref: "weakref.ReferenceType", WeakRef, object, flags::BASETYPE;
    simple_namespace: "types.SimpleNamespace", Namespace, object, flags::BASETYPE;
    base_exception: "BaseException", Exception, object, flags::BASETYPE | flags::EXCEPTION;
    system_exit: "SystemExit", Exception, base_exception, flags::BASETYPE;
    keyboard_interrupt: "KeyboardInterrupt", Exception, base_exception, flags::BASETYPE;
    generator_exit: "GeneratorExit", Exception, base_exception, flags::BASETYPE;
    exception: "Exception", Exception, base_exception, flags::BASETYPE;
    base_exception_group: "BaseExceptionGroup", Exception, base_exception, flags::BASETYPE;
    // Second base `Exception`: patched in by `make_all` after `finish_type`.
    exception_group: "ExceptionGroup", Exception, base_exception_group, flags::BASETYPE;
    stop_iteration: "StopIteration", Exception, exception, flags::BASETYPE;
    arithmetic_error: "ArithmeticError", Exception, exception, flags::BASETYPE;
    floating_point_error: "FloatingPointError", Exception, arithmetic_error, flags::BASETYPE;
    overflow_error: "OverflowError", Exception, arithmetic_error, flags::BASETYPE;
    zero_division_error: "ZeroDivisionError", Exception, arithmetic_error, flags::BASETYPE;
    assertion_error: "AssertionError", Exception, exception, flags::BASETYPE;
    attribute_error: "AttributeError", Exception, exception, flags::BASETYPE;
    buffer_error: "BufferError", Exception, exception, flags::BASETYPE;
    eof_error: "EOFError", Exception, exception, flags::BASETYPE;
    import_error: "ImportError", Exception, exception, flags::BASETYPE;
    module_not_found_error: "ModuleNotFoundError", Exception, import_error, flags::BASETYPE;
    lookup_error: "LookupError", Exception, exception, flags::BASETYPE;
    index_error: "IndexError", Exception, lookup_error, flags::BASETYPE;
    key_error: "KeyError", Exception, lookup_error, flags::BASETYPE;
    memory_error: "MemoryError", Exception, exception, flags::BASETYPE;
    name_error: "NameError", Exception, exception, flags::BASETYPE;
    unbound_local_error: "UnboundLocalError", Exception, name_error, flags::BASETYPE;
    os_error: "OSError", Exception, exception, flags::BASETYPE;
    file_not_found_error: "FileNotFoundError", Exception, os_error, flags::BASETYPE;
    file_exists_error: "FileExistsError", Exception, os_error, flags::BASETYPE;
    permission_error: "PermissionError", Exception, os_error, flags::BASETYPE;
    is_a_directory_error: "IsADirectoryError", Exception, os_error, flags::BASETYPE;
    not_a_directory_error: "NotADirectoryError", Exception, os_error, flags::BASETYPE;
    connection_error: "ConnectionError", Exception, os_error, flags::BASETYPE;
    broken_pipe_error: "BrokenPipeError", Exception, connection_error, flags::BASETYPE;
    connection_aborted_error: "ConnectionAbortedError", Exception, connection_error, flags::BASETYPE;
    connection_refused_error: "ConnectionRefusedError", Exception, connection_error, flags::BASETYPE;
    connection_reset_error: "ConnectionResetError", Exception, connection_error, flags::BASETYPE;
    blocking_io_error: "BlockingIOError", Exception, os_error, flags::BASETYPE;
    child_process_error: "ChildProcessError", Exception, os_error, flags::BASETYPE;
    interrupted_error: "InterruptedError", Exception, os_error, flags::BASETYPE;
    process_lookup_error: "ProcessLookupError", Exception, os_error, flags::BASETYPE;
    timeout_error: "TimeoutError", Exception, os_error, flags::BASETYPE;
    reference_error: "ReferenceError", Exception, exception, flags::BASETYPE;
    runtime_error: "RuntimeError", Exception, exception, flags::BASETYPE;
    not_implemented_error: "NotImplementedError", Exception, runtime_error, flags::BASETYPE;
    recursion_error: "RecursionError", Exception, runtime_error, flags::BASETYPE;
    syntax_error: "SyntaxError", Exception, exception, flags::BASETYPE;
    indentation_error: "IndentationError", Exception, syntax_error, flags::BASETYPE;
    tab_error: "TabError", Exception, indentation_error, flags::BASETYPE;
    system_error: "SystemError", Exception, exception, flags::BASETYPE;
    type_error: "TypeError", Exception, exception, flags::BASETYPE;
    value_error: "ValueError", Exception, exception, flags::BASETYPE;
    unicode_error: "UnicodeError", Exception, value_error, flags::BASETYPE;
    unicode_decode_error: "UnicodeDecodeError", Exception, unicode_error, flags::BASETYPE;
    unicode_encode_error: "UnicodeEncodeError", Exception, unicode_error, flags::BASETYPE;
    unicode_translate_error: "UnicodeTranslateError", Exception, unicode_error, flags::BASETYPE;
    stop_async_iteration: "StopAsyncIteration", Exception, exception, flags::BASETYPE;
    warning: "Warning", Exception, exception, flags::BASETYPE;
    user_warning: "UserWarning", Exception, warning, flags::BASETYPE;
    deprecation_warning: "DeprecationWarning", Exception, warning, flags::BASETYPE;
    runtime_warning: "RuntimeWarning", Exception, warning, flags::BASETYPE;
    syntax_warning: "SyntaxWarning", Exception, warning, flags::BASETYPE;
    future_warning: "FutureWarning", Exception, warning, flags::BASETYPE;
    pending_deprecation_warning: "PendingDeprecationWarning", Exception, warning, flags::BASETYPE;
    import_warning: "ImportWarning", Exception, warning, flags::BASETYPE;
    unicode_warning: "UnicodeWarning", Exception, warning, flags::BASETYPE;
    bytes_warning: "BytesWarning", Exception, warning, flags::BASETYPE;
    resource_warning: "ResourceWarning", Exception, warning, flags::BASETYPE;
    encoding_warning: "EncodingWarning", Exception, warning, flags::BASETYPE;
}

fn placeholder_body(ph: &Obj, layout: Layout, base: Option<ObjRef>, flags: u32) -> TypeBody {
    TypeBody {
        layout,
        name: RefCell::new(ph.to_ref()),
        qualname: RefCell::new(ph.to_ref()),
        base: Cell::new(base),
        bases: Cell::new(Some(ph.to_ref())),
        mro: RefCell::new(ph.to_ref()),
        namespace: Namespace::Static(RefCell::new(DictTable::new_watched())),
        flags: Cell::new(flags),
        shape: Default::default(),
        exc_layout: Cell::new(0),
        subclasses: crate::memory::slot::ObjSlot::new(None),
    }
}

fn new_str_in(str_type: &Obj, s: &str) -> Result<ObjRef, AllocError> {
    debug_assert_eq!(
        str_type.payload::<TypeBody>().map(|b| b.layout),
        Some(Layout::Str)
    );
    crate::objects::str::new_str_with_type(str_type, s)
}

fn finish_type(
    ty: &Obj,
    name: &str,
    str_type: &Obj,
    tuple_type: &Obj,
    empty: &ObjRef,
) -> Result<(), AllocError> {
    let name_obj = new_str_in(str_type, name)?;
    name_obj.make_immortal();
    let (bases, mro) = {
        let b = ty.payload::<TypeBody>().expect("type");
        match &b.base() {
            None => (
                empty.clone(),
                tuple::new_tuple_in(tuple_type, vec![ty.to_ref()])?,
            ),
            Some(base) => {
                let mut mro = vec![ty.to_ref()];
                mro.extend(typeobject_mro_of(base));
                (
                    tuple::new_tuple_in(tuple_type, vec![base.clone()])?,
                    tuple::new_tuple_in(tuple_type, mro)?,
                )
            }
        }
    };
    bases.make_immortal();
    mro.make_immortal();
    // SAFETY: bootstrap: no other reference into this type's body is in use
    // while the placeholders are swapped out (see module docs).
    let body = unsafe { ty.body_mut_unchecked::<TypeBody>() };
    *body.name.borrow_mut() = name_obj.clone();
    *body.qualname.borrow_mut() = name_obj;
    *body.bases.get_mut() = Some(bases);
    *body.mro.borrow_mut() = mro;
    Ok(())
}

/// CPython's `ExceptionGroup` has the bases `(BaseExceptionGroup,
/// Exception)`, so that `except Exception` catches it; the table above gives
/// each built-in one base, so the second is added here, with the C3 MRO
/// `ExceptionGroup, BaseExceptionGroup, Exception, BaseException, object`.
fn add_second_base(ty: &Obj, second: &ObjRef, tuple_type: &Obj) -> Result<(), AllocError> {
    let (bases, mro) = {
        let b = ty.payload::<TypeBody>().expect("type");
        let first = b.base().expect("base");
        let mut mro = vec![ty.to_ref(), first.clone()];
        mro.extend(typeobject_mro_of(second));
        (
            tuple::new_tuple_in(tuple_type, vec![first, second.clone()])?,
            tuple::new_tuple_in(tuple_type, mro)?,
        )
    };
    bases.make_immortal();
    mro.make_immortal();
    // SAFETY: bootstrap, as in `finish_type`: nothing else holds a reference
    // into this type's body yet.
    let body = unsafe { ty.body_mut_unchecked::<TypeBody>() };
    *body.bases.get_mut() = Some(bases);
    *body.mro.borrow_mut() = mro;
    Ok(())
}

/// The MRO of `ty`, itself first.
fn typeobject_mro_of(ty: &ObjRef) -> Vec<ObjRef> {
    let b = ty.payload::<TypeBody>().expect("type");
    let v = tuple::tuple_items(&b.mro.borrow()).to_vec();
    v
}

thread_local! {
    static TYPES: Cell<*const Types> = const { Cell::new(std::ptr::null()) };
}

/// Creates and publishes the built-in types for this thread's interpreter.
/// The heap must be installed.
pub fn install(profile: Profile) -> Result<(), AllocError> {
    let t = make_all(profile)?;
    let p = Box::into_raw(Box::new(t));
    TYPES.with(|c| c.set(p));
    Ok(())
}

/// Unpublishes the types and drops the registry's references. Objects that
/// are immortal keep their blocks; the caller reports them.
pub fn uninstall() {
    let p = TYPES.with(|c| c.replace(std::ptr::null()));
    if !p.is_null() {
        // SAFETY: as below; the registry is still alive here.
        if let Some(chars) = unsafe { &(*p).latin1_chars } {
            chars
                .iter()
                .for_each(|c| crate::objects::str::release_immortal(c));
        }
        // SAFETY: `p` came from Box::into_raw in `install` and was just
        // unpublished; no `&Types` from `types()` outlives interpreter
        // teardown (module invariant).
        drop(unsafe { Box::from_raw(p as *mut Types) });
    }
}

/// This thread's built-in types. Valid between [`install`] and [`uninstall`].
#[inline(always)]
pub fn types() -> &'static Types {
    let p = TYPES.with(|c| c.get());
    debug_assert!(!p.is_null(), "no interpreter on this thread");
    // SAFETY: published by `install`, freed only by `uninstall` at teardown,
    // after which no Python object or VM code runs on this thread.
    unsafe { &*p }
}
