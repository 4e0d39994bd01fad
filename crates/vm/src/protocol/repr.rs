//! `repr()` and `str()` (CPython's `PyObject_Repr` / `PyObject_Str`): an
//! overriding `__repr__`/`__str__` of a class first, else the built-in
//! type's repr, which lives with the type ([`repr_builtin`] picks it).
//! Containers recurse through [`recursive`] so deep nesting is a
//! RecursionError, and `enter` (CPython's `Py_ReprEnter`) prints a
//! container that contains itself as `[...]`.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::dict::dict_repr;
use crate::objects::dict::views::dict_view_repr;
use crate::objects::exception::{exception_repr, type_error};
use crate::objects::float::float_value;
use crate::objects::function::builtin::builtin_repr;
use crate::objects::function::code::code_repr;
use crate::objects::function::function_repr;
use crate::objects::function::method::method_repr;
use crate::objects::generator::generator_repr;
use crate::objects::instance::object_repr;
use crate::objects::list::list_repr;
use crate::objects::range::range_repr;
use crate::objects::registry::types;
use crate::objects::set::set_repr;
use crate::objects::slice::slice_repr;
use crate::objects::str::{new_str, try_str};
use crate::objects::tuple::tuple_repr;
use crate::objects::typeobject::{lookup_str, type_repr};
use crate::objects::{bytes, exception, module, Layout};
use crate::protocol::call;
use crate::protocol::object::{call_special, is_heap_type_instance, is_object_slot, type_name};
use crate::vm::{PyResult, Vm};
use arenapy_compiler::pyrepr::str_repr;
use std::cell::RefCell;

/// `str(o)` as a str object.
pub fn str_of(vm: &mut Vm, o: &Obj) -> PyResult<ObjRef> {
    if o.layout() == Layout::Str && o.ty().is(&types().str) {
        return Ok(o.to_ref());
    }
    if is_heap_type_instance(o) {
        if let Some(f) = lookup_str(o.ty(), "__str__") {
            if !is_object_slot(&f) {
                let r = call_special(vm, o, "__str__", &[])?.expect("found");
                if r.layout() != Layout::Str {
                    return Err(type_error(format!(
                        "__str__ returned non-string (type {})",
                        type_name(&r)
                    )));
                }
                return Ok(r);
            }
        }
    }
    match o.layout() {
        Layout::Exception => exception::exception_str(vm, o),
        Layout::Str => Ok(new_str(try_str(o).expect("str"))?),
        // bytes and bytearray have a `__str__` of their own (CPython's
        // `bytes_str`, `bytearray_str`): their repr whatever `__repr__` a
        // subclass defines.
        Layout::Bytes => Ok(new_str(&arenapy_compiler::pyrepr::bytes_repr(
            bytes::try_bytes(o).expect("bytes"),
        ))?),
        Layout::ByteArray => Ok(new_str(&crate::objects::bytearray::bytearray_repr(o))?),
        _ => repr(vm, o),
    }
}

/// `repr(o)` as a str object.
pub fn repr(vm: &mut Vm, o: &Obj) -> PyResult<ObjRef> {
    // A word-sized exact int is written on the stack: no Rust allocation.
    if o.ty().is(&types().int) {
        if let Some(v) = crate::objects::int::int_small(o) {
            let mut buf = [0u8; 20];
            return Ok(new_str(crate::objects::int::small_int_decimal(
                v, &mut buf,
            ))?);
        }
        // A big one through heap scratch, straight into the str.
        if let Some(s) = crate::objects::int::big_int_decimal_str(o)? {
            return Ok(s);
        }
    }
    // So is an exact float's shortest repr.
    if o.ty().is(&types().float) {
        let t = arenapy_format::float_repr_text(float_value(o).expect("float"));
        return Ok(new_str(&t)?);
    }
    if is_heap_type_instance(o) {
        if let Some(f) = lookup_str(o.ty(), "__repr__") {
            if !is_object_slot(&f) {
                let r = call_special(vm, o, "__repr__", &[])?.expect("found");
                if r.layout() != Layout::Str {
                    return Err(type_error(format!(
                        "__repr__ returned non-string (type {})",
                        type_name(&r)
                    )));
                }
                return Ok(r);
            }
        }
    }
    // A str's repr is measured, then written into its object.
    if let Some(text) = try_str(o) {
        return Ok(crate::objects::str::new_str_measured(|w| {
            arenapy_compiler::pyrepr::str_repr_into(text, &mut FmtDyn(w))
        })?);
    }
    let s = if matches!(
        o.layout(),
        Layout::List | Layout::Tuple | Layout::Dict | Layout::Set | Layout::DictView
    ) {
        // Containers recurse: count the depth like CPython's
        // Py_EnterRecursiveCall so a deeply nested list is a RecursionError.
        recursive(vm, " while getting the repr of an object", |vm| {
            repr_builtin(vm, o)
        })?
    } else {
        repr_builtin(vm, o)?
    };
    Ok(new_str(&s)?)
}

/// Runs `f` one level deeper in the recursion count (CPython's
/// `Py_EnterRecursiveCall(where)`), so deep recursion through built-in
/// operations is a RecursionError, never a native stack overflow.
pub fn recursive<R>(
    vm: &mut Vm,
    where_: &str,
    f: impl FnOnce(&mut Vm) -> PyResult<R>,
) -> PyResult<R> {
    if vm.recursion_depth >= vm.recursion_limit {
        return Err(exception::recursion_error(format!(
            "maximum recursion depth exceeded{where_}"
        )));
    }
    call::with_recursion_guard(vm, f)
}

/// `repr(o)` as Rust text.
pub fn repr_string(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    let r = repr(vm, o)?;
    Ok(try_str(&r).expect("str").to_string())
}

/// `str(o)` as Rust text.
pub fn str_string(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    let r = str_of(vm, o)?;
    Ok(try_str(&r).expect("str").to_string())
}

thread_local! {
    /// Containers whose repr is in progress (CPython's Py_ReprEnter), so a
    /// list that contains itself prints as `[[...]]`.
    static REPR_STACK: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Marks a container as being repr'd until dropped (see [`enter`]).
pub(crate) struct ReprGuard(usize);
impl Drop for ReprGuard {
    fn drop(&mut self) {
        REPR_STACK.with(|s| {
            let mut s = s.borrow_mut();
            if let Some(p) = s.iter().rposition(|&x| x == self.0) {
                s.remove(p);
            }
        });
    }
}

/// CPython's `Py_ReprEnter`: `None` when `o`'s repr is already in
/// progress further up (a container that contains itself).
pub(crate) fn enter(o: &Obj) -> Option<ReprGuard> {
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if s.contains(&o.id()) {
            None
        } else {
            s.push(o.id());
            Some(ReprGuard(o.id()))
        }
    })
}

/// CPython's `<... at 0x7f...>` address formatting.
pub fn addr(o: &Obj) -> String {
    format!("{:#x}", o.id())
}

/// `repr()` of an object whose type does not override `__repr__`: each
/// built-in type's repr lives with the type.
pub fn repr_builtin(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    let t = types();
    Ok(match o.layout() {
        Layout::NoneType => "None".into(),
        Layout::NotImplemented => "NotImplemented".into(),
        Layout::Ellipsis => "Ellipsis".into(),
        Layout::Int => {
            if o.ty().is(&t.bool) {
                if o.is(&t.true_) { "True" } else { "False" }.into()
            } else {
                crate::objects::int::int_repr_checked(o)?
            }
        }
        Layout::Float => arenapy_format::float_repr(float_value(o).expect("float")),
        Layout::ByteArray => crate::objects::bytearray::bytearray_repr(o),
        Layout::MemoryView => crate::objects::memoryview::memoryview_repr(o),
        Layout::Complex => crate::objects::complex::complex_repr(
            crate::objects::complex::complex_value(o).expect("complex"),
        ),
        Layout::Str => str_repr(try_str(o).expect("str")),
        Layout::Bytes => arenapy_compiler::pyrepr::bytes_repr(bytes::try_bytes(o).expect("bytes")),
        Layout::List => list_repr(vm, o)?,
        Layout::Tuple => tuple_repr(vm, o)?,
        Layout::Dict => dict_repr(vm, o)?,
        Layout::Set => set_repr(vm, o)?,
        Layout::Range => range_repr(o)?,
        Layout::Slice => slice_repr(vm, o)?,
        Layout::Type => type_repr(o),
        Layout::Function => function_repr(o),
        Layout::BuiltinFunction => builtin_repr(o),
        Layout::Method => method_repr(vm, o)?,
        Layout::Module => module::module_repr(o),
        Layout::DictView => dict_view_repr(vm, o)?,
        Layout::Generator => generator_repr(o),
        Layout::Exception => exception_repr(vm, o)?,
        Layout::Cell => format!("<cell at {}>", addr(o)),
        Layout::WeakRef => crate::objects::weakref::weakref_repr(vm, o)?,
        Layout::Namespace => crate::objects::namespace::namespace_repr(vm, o)?,
        Layout::Code => code_repr(o),
        Layout::Traceback => crate::objects::traceback::traceback_repr(o),
        Layout::Frame => crate::objects::frame::frame_repr(o),
        Layout::Property => format!("<property object at {}>", addr(o)),
        // CPython 3.10+'s sm_repr/cm_repr: the wrapped callable's repr.
        Layout::StaticMethod => {
            let f = o
                .payload::<crate::objects::descriptor::StaticMethodBody>()
                .expect("staticmethod")
                .func
                .clone();
            format!("<staticmethod({})>", repr_string(vm, &f)?)
        }
        Layout::ClassMethod => {
            let f = o
                .payload::<crate::objects::descriptor::ClassMethodBody>()
                .expect("classmethod")
                .func
                .clone();
            format!("<classmethod({})>", repr_string(vm, &f)?)
        }
        Layout::Member => crate::objects::member::member_repr(o),
        Layout::Super => crate::objects::superobject::super_repr(o),
        _ => object_repr(o),
    })
}

/// A `&mut dyn fmt::Write` as a sized `fmt::Write` (for generic writers).
struct FmtDyn<'a, 'b>(&'a mut (dyn std::fmt::Write + 'b));

impl std::fmt::Write for FmtDyn<'_, '_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.write_str(s)
    }
}
