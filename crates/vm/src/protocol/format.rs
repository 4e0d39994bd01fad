//! `format(value, spec)` and f-strings' `FormatValue`: `__format__` of a
//! class, else the built-in type's formatting. The text algorithms (float repr, format-spec
//! mini-language, printf conversions) are in the `arenapy_format` crate.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::exception::{type_error, value_error};
use crate::objects::float::float_value;
use crate::objects::int::to_bigint;
use crate::objects::registry::types;
use crate::objects::str::{new_str, try_str};
use crate::objects::{typeobject, Layout};
use crate::protocol::object::type_name;
use crate::protocol::{object, repr};
use crate::vm::{PyErr, PyResult, Vm};

/// The exception a formatting error names.
pub(crate) fn fmt_err(e: arenapy_format::FmtError) -> PyErr {
    match e.0 {
        "TypeError" => type_error(e.1),
        "MemoryError" => crate::memory::heap::no_memory(),
        "OverflowError" => crate::objects::exception::overflow_error(e.1),
        _ => value_error(e.1),
    }
}

/// `format(value, spec)`.
pub fn format(vm: &mut Vm, value: &Obj, spec: &str) -> PyResult<ObjRef> {
    let heap = object::is_heap_type_instance(value);
    if heap {
        if let Some(f) = typeobject::lookup_str(value.ty(), "__format__") {
            if !object::is_object_slot(&f) {
                let s = new_str(spec)?;
                let r = object::call_special(vm, value, "__format__", &[s])?.expect("found");
                if r.layout() != Layout::Str {
                    return Err(type_error(format!(
                        "__format__ must return a str, not {}",
                        type_name(&r)
                    )));
                }
                return Ok(r);
            }
        }
    }
    format_builtin(vm, value, spec)
}

/// The built-in type's formatting of `value` (`int.__format__`, ...),
/// whatever `__format__` its class defines.
pub fn format_builtin(vm: &mut Vm, value: &Obj, spec: &str) -> PyResult<ObjRef> {
    // An empty spec is `str(value)` for a subclass instance (CPython's
    // `format_obj` in the int, float, complex and str formatters), so its
    // `__str__` or `__repr__` shows.
    if spec.is_empty() && object::is_heap_type_instance(value) {
        return repr::str_of(vm, value);
    }
    // `f"{i}"` of a word-sized exact int: `str(i)`, written on the stack.
    if spec.is_empty() && value.ty().is(&types().int) {
        if let Some(v) = crate::objects::int::int_small(value) {
            let mut buf = [0u8; 20];
            return Ok(new_str(crate::objects::int::small_int_decimal(
                v, &mut buf,
            ))?);
        }
    }
    // `format(s, '')` of an exact str is the str itself, as in CPython.
    if spec.is_empty() && value.ty().is(&types().str) {
        return Ok(value.to_ref());
    }
    // The format crate names the base type; CPython names the value's own
    // (`Unknown format code 'r' for object of type 'bool'`).
    let fmt_err = |e: arenapy_format::FmtError| {
        let base = match value.layout() {
            Layout::Int => "int",
            Layout::Float => "float",
            Layout::Complex => "complex",
            _ => "str",
        };
        let own = type_name(value);
        if own != base {
            let from = format!("for object of type '{base}'");
            let to = format!("for object of type '{own}'");
            return fmt_err((e.0, e.1.replace(&from, &to)));
        }
        fmt_err(e)
    };
    let out = match value.layout() {
        Layout::Int if !value.ty().is(&types().bool) || !spec.is_empty() => {
            // A word-sized int is formatted without a BigInt.
            if let Some(v) = crate::objects::int::int_small(value) {
                arenapy_format::format_int_text(arenapy_format::IntRef::Small(v), spec)
                    .map_err(fmt_err)?
            } else {
                let b = to_bigint(value).expect("int");
                // Decimal presentations are bound by the digit limit.
                let ty = spec.chars().last().filter(|c| c.is_ascii_alphabetic());
                if matches!(ty, None | Some('d' | 'n')) {
                    crate::objects::int::check_to_decimal(&b)?;
                }
                arenapy_format::format_int_text(arenapy_format::IntRef::Big(&b), spec)
                    .map_err(fmt_err)?
            }
        }
        Layout::Float => {
            arenapy_format::format_float_text(float_value(value).expect("float"), spec)
                .map_err(fmt_err)?
        }
        Layout::Complex if !spec.is_empty() => {
            let (re, im) = crate::objects::complex::complex_value(value).expect("complex");
            let s = arenapy_format::format_complex(re, im, spec).map_err(fmt_err)?;
            arenapy_format::Text::from_args(format_args!("{s}"))
        }
        Layout::Str => {
            arenapy_format::format_str_text(try_str(value).expect("str"), spec).map_err(fmt_err)?
        }
        _ => {
            if !spec.is_empty() {
                return Err(type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    type_name(value)
                )));
            }
            return repr::str_of(vm, value);
        }
    };
    Ok(new_str(&out)?)
}
