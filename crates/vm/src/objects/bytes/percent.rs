//! The `%` operator on bytes and bytearray (CPython's `_PyBytes_FormatEx`,
//! PEP 461): the format is parsed by the str formatter's parser
//! (`objects::str::percent`), each byte standing for the character of the
//! same number; the conversions are the bytes ones — `%b`/`%s` take a
//! bytes-like object or `__bytes__`, `%a`/`%r` give `ascii()`, `%c` one
//! byte — with CPython's messages.

use crate::memory::heap;
use crate::memory::object::{Obj, ObjRef};
use crate::objects::bytearray::{bytearray_data, new_bytearray};
use crate::objects::bytes::{new_bytes, try_bytes};
use crate::objects::exception::{overflow_error, type_error, value_error};
use crate::objects::registry::types;
use crate::objects::str::ascii_escape;
use crate::objects::str::percent::{
    has_subscript, int_for_conversion, long_for_char, next_step, PercentArgs, Step,
};
use crate::objects::{typeobject, Layout};
use crate::protocol::format::fmt_err;
use crate::protocol::object::{call_special, type_name};
use crate::protocol::repr::repr_string;
use crate::protocol::{convert, object};
use crate::vm::{PyResult, Vm};
use arenapy_format::PercentSpec;

/// `fmt % args` for bytes (`as_bytearray` false) or bytearray: the bytes
/// of the result, as a new object of the exact type.
pub fn bytes_percent_format(
    vm: &mut Vm,
    fmt: &[u8],
    args: &Obj,
    as_bytearray: bool,
) -> PyResult<ObjRef> {
    // CPython: an object with `mp_subscript` that is no tuple, bytes, str
    // or bytearray is the mapping of `%(key)` conversions.
    let is_mapping = !matches!(
        args.layout(),
        Layout::Tuple | Layout::Bytes | Layout::Str | Layout::ByteArray
    ) && has_subscript(args);
    let mut cursor = PercentArgs::new(args, is_mapping);
    let mut out: Vec<u8> = Vec::new();
    out.try_reserve(fmt.len() + 16)
        .map_err(|_| heap::no_memory())?;
    let mut pos = 0;
    // The parser reads each byte as the character of that code (Latin-1).
    let key_of = |k: &[u8]| -> PyResult<ObjRef> { Ok(new_bytes(k)?) };
    while let Some(step) = next_step(vm, fmt, &mut pos, &mut cursor, &key_of, "prec too big")? {
        let piece: Vec<u8> = match step {
            Step::Literal(a, b) => fmt[a..b].to_vec(),
            Step::Percent => b"%".to_vec(),
            Step::Convert(spec, index, masked) => {
                let arg = cursor.next()?;
                let piece = convert_one(vm, &arg, &spec, index, masked)?;
                if cursor.left_over(false) {
                    return Err(type_error(
                        "not all arguments converted during bytes formatting",
                    ));
                }
                piece
            }
        };
        out.try_reserve(piece.len())
            .map_err(|_| heap::no_memory())?;
        out.extend_from_slice(&piece);
    }
    if cursor.left_over(true) {
        return Err(type_error(
            "not all arguments converted during bytes formatting",
        ));
    }
    if as_bytearray {
        new_bytearray(&out)
    } else {
        Ok(new_bytes(&out)?)
    }
}

/// Precision truncation (`%b`, `%s`, `%a`, `%r`) and width padding with
/// spaces of a non-numeric conversion.
fn pad(mut data: Vec<u8>, spec: &PercentSpec, truncate: bool) -> PyResult<Vec<u8>> {
    if truncate {
        if let Some(p) = spec.precision {
            data.truncate(p);
        }
    }
    let width = spec.width.unwrap_or(0);
    if width <= data.len() {
        return Ok(data);
    }
    let fill = width - data.len();
    let mut out = Vec::new();
    out.try_reserve(width).map_err(|_| heap::no_memory())?;
    if !spec.left {
        out.resize(fill, b' ');
    }
    out.extend_from_slice(&data);
    out.resize(width, b' ');
    Ok(out)
}

/// CPython's `format_obj`: the bytes `%b`/`%s` shows.
fn bytes_of(vm: &mut Vm, v: &Obj) -> PyResult<Vec<u8>> {
    if let Some(b) = try_bytes(v) {
        return Ok(b.to_vec());
    }
    if let Some(b) = bytearray_data(v) {
        return Ok(b);
    }
    if object::is_heap_type_instance(v) {
        if let Some(r) = call_special(vm, v, "__bytes__", &[])? {
            return match try_bytes(&r) {
                Some(b) => Ok(b.to_vec()),
                None => Err(type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    type_name(&r)
                ))),
            };
        }
    }
    if let Some(b) = crate::objects::memoryview::memoryview_bytes(v) {
        return b;
    }
    Err(type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        type_name(v)
    )))
}

/// One conversion of bytes formatting.
fn convert_one(
    vm: &mut Vm,
    arg: &Obj,
    spec: &PercentSpec,
    index: usize,
    masked: bool,
) -> PyResult<Vec<u8>> {
    use arenapy_format::{percent_float, percent_int};
    let conv = spec.conv;
    match conv {
        'r' | 'a' => {
            let s = ascii_escape(&repr_string(vm, arg)?);
            pad(s.into_bytes(), spec, true)
        }
        's' | 'b' => {
            let b = bytes_of(vm, arg)?;
            pad(b, spec, true)
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            // CPython's `formatlong` names `%i` as `%d`.
            let shown = if conv == 'i' { 'd' } else { conv };
            let v = int_for_conversion(vm, arg, conv, shown)?;
            // Decimal text of an int obeys the 4300-digit limit.
            if matches!(conv, 'd' | 'i' | 'u') {
                crate::objects::int::check_to_decimal(&v)?;
            }
            Ok(percent_int(&v, spec).map_err(fmt_err)?.into_bytes())
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            // Any failure of `PyFloat_AsDouble` becomes this TypeError.
            let v = match convert::float_value_of(vm, arg) {
                Ok(Some(v)) => v,
                _ => {
                    return Err(type_error(format!(
                        "float argument required, not {}",
                        type_name(arg)
                    )))
                }
            };
            Ok(percent_float(v, spec).map_err(fmt_err)?.into_bytes())
        }
        'c' => {
            let one = match try_bytes(arg)
                .map(<[u8]>::to_vec)
                .or_else(|| bytearray_data(arg))
            {
                Some(b) if b.len() == 1 => b[0],
                _ => {
                    let n = match long_for_char(vm, arg) {
                        Ok(n) => n,
                        Err(e) if typeobject::is_subtype(e.0.ty(), &types().type_error) => {
                            return Err(type_error(
                                "%c requires an integer in range(256) or a single byte",
                            ))
                        }
                        Err(e) => return Err(e),
                    };
                    match n.and_then(|n| u8::try_from(n).ok()) {
                        Some(b) => b,
                        None => return Err(overflow_error("%c arg not in range(256)")),
                    }
                }
            };
            pad(vec![one], spec, false)
        }
        // CPython reads the character as a C `char` (but through
        // `Py_CHARMASK` after digits): a negative one is refused by the
        // message's `%c` (CPython 3.11.7; 3.11.2 raised an empty ValueError).
        other if other as u32 >= 0x80 && !masked => {
            Err(overflow_error("character argument not in range(0x110000)"))
        }
        other => Err(value_error(format!(
            "unsupported format character '{other}' (0x{:x}) at index {index}",
            other as u32
        ))),
    }
}
