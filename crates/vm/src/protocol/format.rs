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
                return Ok(object::call_special(vm, value, "__format__", &[s])?.expect("found"));
            }
        }
    }
    let out = match value.layout() {
        Layout::Int if !value.ty().is(&types().bool) || !spec.is_empty() => {
            arenapy_format::format_int(&to_bigint(value).expect("int"), spec).map_err(fmt_err)?
        }
        Layout::Float => arenapy_format::format_float(float_value(value).expect("float"), spec)
            .map_err(fmt_err)?,
        Layout::Str => {
            arenapy_format::format_str(try_str(value).expect("str"), spec).map_err(fmt_err)?
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
