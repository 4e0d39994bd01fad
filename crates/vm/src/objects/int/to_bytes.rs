//! `int.to_bytes(length=1, byteorder='big', *, signed=False)` and the class
//! method `int.from_bytes(bytes, byteorder='big', *, signed=False)`, with
//! CPython 3.11's defaults and error messages.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::bytes::{new_bytes, try_bytes};
use crate::objects::exception::{overflow_error, type_error, value_error};
use crate::objects::int::{new_bigint, to_bigint};
use crate::objects::registry::types;
use crate::objects::str::try_str;
use crate::protocol::convert::split_kwargs;
use crate::protocol::{call, convert, iter, object};
use crate::vm::{PyResult, Vm};
use num_bigint::{BigInt, Sign};

/// Binds positional `names` then keywords; `kwonly` names are keyword-only.
fn bind<'a>(
    fname: &str,
    pos: &'a [ObjRef],
    kws: &[(&str, &'a ObjRef)],
    names: &[&str],
    kwonly: &[&str],
) -> PyResult<Vec<Option<&'a ObjRef>>> {
    if pos.len() > names.len() {
        return Err(type_error(format!(
            "{fname}() takes at most {} positional arguments ({} given)",
            names.len(),
            pos.len()
        )));
    }
    let mut out: Vec<Option<&ObjRef>> = pos.iter().map(Some).collect();
    out.resize(names.len() + kwonly.len(), None);
    for (k, v) in kws {
        let Some(i) = names.iter().chain(kwonly).position(|n| n == k) else {
            return Err(type_error(format!(
                "{fname}() got an unexpected keyword argument '{k}'"
            )));
        };
        if out[i].is_some() {
            return Err(type_error(format!(
                "argument for {fname}() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        out[i] = Some(v);
    }
    Ok(out)
}

fn byteorder_is_little(o: Option<&ObjRef>, fname: &str) -> PyResult<bool> {
    let Some(o) = o else { return Ok(false) };
    match try_str(o) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(value_error("byteorder must be either 'little' or 'big'")),
        None => Err(type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            // _PyArg_BadArgument names None itself.
            if crate::objects::singletons::is_none(o) {
                "None".to_string()
            } else {
                object::type_name(o).to_string()
            }
        ))),
    }
}

fn flag(vm: &mut Vm, o: Option<&ObjRef>) -> PyResult<bool> {
    match o {
        Some(o) => object::truthy(vm, o),
        None => Ok(false),
    }
}

pub fn int_to_bytes(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = split_kwargs(&args[1..], kw);
    let a = bind("to_bytes", pos, &kws, &["length", "byteorder"], &["signed"])?;
    let length = match a[0] {
        Some(l) => convert::index_value_vm(vm, l)?,
        None => 1,
    };
    // CPython checks byteorder before the length's sign.
    let little = byteorder_is_little(a[1], "to_bytes")?;
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let signed = flag(vm, a[2])?;
    let v = to_bigint(&args[0]).expect("int");
    if v.sign() == Sign::Minus && !signed {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let length = length as usize;
    let mut bytes = if signed {
        v.to_signed_bytes_le()
    } else {
        v.to_bytes_le().1
    };
    // CPython's `_PyLong_AsByteArray` writes -1 into zero bytes (its
    // sign-extension check sees nothing left to check): `b''`.
    if v.sign() == Sign::NoSign || (length == 0 && v == num_bigint::BigInt::from(-1)) {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(overflow_error("int too big to convert"));
    }
    let fill = if v.sign() == Sign::Minus { 0xff } else { 0 };
    let extra = length - bytes.len();
    crate::memory::heap::reserve_vec(&mut bytes, extra)?;
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(new_bytes(&bytes)?)
}

pub fn int_from_bytes(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    let cls = args[0].clone();
    let (pos, kws) = split_kwargs(&args[1..], kw);
    let a = bind(
        "from_bytes",
        pos,
        &kws,
        &["bytes", "byteorder"],
        &["signed"],
    )?;
    let Some(src) = a[0] else {
        return Err(type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let little = byteorder_is_little(a[1], "from_bytes")?;
    let signed = flag(vm, a[2])?;
    let mut data: Vec<u8> = match try_bytes(src) {
        Some(b) => b.to_vec(),
        None => {
            // CPython's PyBytes_FromObject: no str, and a non-iterable is
            // "cannot convert".
            let cannot = || {
                type_error(format!(
                    "cannot convert '{}' object to bytes",
                    object::type_name(src)
                ))
            };
            if try_str(src).is_some() {
                return Err(cannot());
            }
            let it = iter::get_iter(vm, src).map_err(|e| {
                if crate::objects::typeobject::is_subtype(e.0.ty(), &types().type_error) {
                    cannot()
                } else {
                    e
                }
            })?;
            let mut v = Vec::new();
            for x in iter::collect(vm, &it)? {
                let n = convert::index_value_vm(vm, &x)?;
                if !(0..=255).contains(&n) {
                    return Err(value_error("bytes must be in range(0, 256)"));
                }
                v.push(n as u8);
            }
            v
        }
    };
    if !little {
        data.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    let r = new_bigint(&v)?;
    if cls.is(&types().int) {
        return Ok(r);
    }
    call::call(vm, &cls, &[r], None)
}
