//! `bytes`: construction, hashing, indexing, operators and methods, with
//! CPython 3.11's semantics and error messages. The layout is in
//! [`super`].

use crate::memory::heap;
use crate::memory::object::{Obj, ObjRef};
use crate::objects::bool::py_bool;
use crate::objects::bytes::{new_bytes, try_bytes, BytesBody};
use crate::objects::exception::{index_error, type_error, value_error};
use crate::objects::function::builtin;
use crate::objects::function::builtin::{BuiltinKind, NativeFn};
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::registry::types;
use crate::objects::slice::{slice_positions, SliceBody};
use crate::objects::str::codecs::{encode, is_ascii_name, is_latin1_name};
use crate::objects::str::{new_str, try_str};
use crate::objects::typeobject::construct::TypeCall;
use crate::objects::{exception, singletons, Layout};
use crate::protocol::convert::{
    check_args, check_kwargs, index_value, index_value_vm, kwarg, split_kwargs,
};
use crate::protocol::object::type_name;
use crate::protocol::{compare, iter, number};
use crate::vm::{PyResult, Vm};
use arenapy_compiler::opcode::ComparisonOperator as C;
use std::fmt::Write;

pub fn bytes_hash(o: &Obj) -> i64 {
    let body = o.payload::<BytesBody>().expect("bytes");
    if let Some(h) = body.cached_hash() {
        return h;
    }
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in try_bytes(o).unwrap_or(&[]) {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = match h as i64 {
        -1 => -2,
        h => h,
    };
    body.set_hash(h);
    h
}

/// `bytes(...)`: `bytes()`, `bytes(n)`, `bytes(iterable_of_ints)`,
/// `bytes(str, encoding)`, `bytes(bytes)`.
pub(crate) fn bytes_new(vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let (pos, kws) = call.split();
    crate::objects::function::signature::check_clinic(
        "bytes",
        pos.len(),
        &kws,
        0,
        0,
        3,
        &["source", "encoding", "errors"],
    )?;
    let src = pos.first().or_else(|| kwarg(&kws, "source"));
    let encoding = pos.get(1).or_else(|| kwarg(&kws, "encoding"));
    // Argument Clinic checks the types of encoding and errors first.
    for (name, v) in [
        ("encoding", encoding),
        ("errors", pos.get(2).or_else(|| kwarg(&kws, "errors"))),
    ] {
        if let Some(v) = v.filter(|v| try_str(v).is_none()) {
            return Err(type_error(format!(
                "bytes() argument '{name}' must be str, not {}",
                // _PyArg_BadArgument names None itself.
                if crate::objects::singletons::is_none(v) {
                    "None".to_string()
                } else {
                    crate::protocol::object::type_name(v).to_string()
                }
            )));
        }
    }
    let Some(src) = src else {
        if encoding.is_some() {
            return Err(type_error("encoding without a string argument"));
        }
        return Ok(new_bytes(&[])?);
    };
    if let Some(text) = try_str(src) {
        let Some(enc) = encoding else {
            return Err(type_error("string argument without an encoding"));
        };
        let errors = pos.get(2).or_else(|| kwarg(&kws, "errors"));
        return match errors.and_then(|e| try_str(e)) {
            Some(e) => crate::objects::str::codecs::encode_with(text, enc, e),
            None => encode(text, enc),
        };
    }
    if encoding.is_some() {
        return Err(type_error("encoding without a string argument"));
    }
    if src.layout() == Layout::Bytes && src.ty().is(&types().bytes) {
        return Ok(src.clone());
    }
    // PyIndex_Check: an int, or an object with `__index__` (whose
    // TypeError lets bytes() go on to the buffer and iterable forms).
    let count = if src.layout() == Layout::Int
        || (crate::protocol::object::is_heap_type_instance(src)
            && crate::objects::typeobject::lookup_str(src.ty(), "__index__").is_some())
    {
        match index_value_vm(vm, src) {
            Ok(n) => Some(n),
            Err(e) if e.0.ty().is(&types().type_error) => None,
            Err(e) => return Err(e),
        }
    } else {
        None
    };
    if let Some(n) = count {
        if n < 0 {
            return Err(value_error("negative count"));
        }
        // CPython's PyBytes_FromStringAndSize: past PY_SSIZE_T_MAX with
        // the header it is OverflowError, otherwise a refused allocation.
        if n as u64 > isize::MAX as u64 - 33 {
            return Err(exception::overflow_error("byte string is too large"));
        }
        let mut zeros = heap::try_vec(n as usize)?;
        zeros.resize(n as usize, 0u8);
        return Ok(new_bytes(&zeros)?);
    }
    if src.layout() == Layout::Str {
        return Err(type_error("string argument without an encoding"));
    }
    let it = iter::get_iter(vm, src).map_err(|e| {
        if e.0.ty().is(&types().type_error) {
            type_error(format!(
                "cannot convert '{}' object to bytes",
                type_name(src)
            ))
        } else {
            e
        }
    })?;
    // The length hint after the iterator, as _PyBytes_FromIterator.
    iter::check_length_hint(vm, src)?;
    // Each item is checked as it comes: an endless iterable of non-ints
    // fails at its first item, as in CPython.
    let mut out = Vec::new();
    while let Some(item) = iter::next(vm, &it)? {
        out.push(byte_value(vm, &item)?);
    }
    Ok(new_bytes(&out)?)
}

/// An int in range(256), as the item of a bytes object.
fn byte_value(vm: &mut Vm, o: &Obj) -> PyResult<u8> {
    // An object with `__index__` is the int it stands for (CPython's
    // `_getbytevalue` and `PyNumber_AsSsize_t`).
    let converted = crate::protocol::convert::index_arg(vm, o)?;
    let o: &Obj = converted.as_deref().unwrap_or(o);
    if o.layout() != Layout::Int {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(o)
        )));
    }
    match index_value(o) {
        Ok(v) if (0..256).contains(&v) => Ok(v as u8),
        _ => Err(value_error("bytes must be in range(0, 256)")),
    }
}

fn this<'a>(args: &'a [ObjRef], name: &str) -> PyResult<&'a [u8]> {
    args.first()
        .and_then(|b| try_bytes(b))
        .ok_or_else(|| type_error(format!("descriptor '{name}' requires a 'bytes' object")))
}

/// A bytes-like argument (bytes only, for now).
fn arg_bytes<'a>(o: &'a Obj, _what: &str) -> PyResult<&'a [u8]> {
    try_bytes(o).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(o)
        ))
    })
}

pub(crate) fn bytes_decode(
    _vm: &mut Vm,
    args: &[ObjRef],
    kwnames: Option<&Obj>,
) -> PyResult<ObjRef> {
    let (pos, kws) = split_kwargs(args, kwnames);
    check_kwargs("decode", &kws, &["encoding", "errors"])?;
    let data = this(pos, "decode")?;
    check_args("decode", &pos[1..], 0, 2)?;
    let name = match pos.get(1).or_else(|| kwarg(&kws, "encoding")) {
        Some(enc) => crate::objects::str::codecs::check_encoding_for(enc, "decode")?,
        None => "utf-8",
    };
    let errors = crate::objects::str::codecs::error_handler(
        pos.get(2).or_else(|| kwarg(&kws, "errors")),
        "decode",
    )?;
    if is_latin1_name(name) {
        let s: String = data.iter().map(|&b| b as char).collect();
        return Ok(crate::objects::str::new_substr(&s)?);
    }
    // The surrogate handlers decode bytes to lone surrogates (U+DC80..
    // U+DCFF for surrogateescape, an encoded surrogate for surrogatepass),
    // which a str here cannot hold: where CPython would make one, the
    // error is strict's with the reason saying so; elsewhere they are
    // strict (surrogatepass re-raises what it cannot handle).
    let surrogates = matches!(errors, "surrogateescape" | "surrogatepass");
    let limit = |reason: &str, bad: &[u8]| -> String {
        let makes_surrogate = match errors {
            "surrogateescape" => true,
            "surrogatepass" => {
                !is_ascii_name(name) && matches!(bad, [0xed, 0xa0..=0xbf, 0x80..=0xbf, ..])
            }
            _ => false,
        };
        if makes_surrogate {
            format!("{reason} (the {errors} handler would give a lone surrogate, which arenapy's str cannot hold)")
        } else {
            reason.to_string()
        }
    };
    if let Some(codec) = crate::objects::str::codecs_wide::wide_codec(name) {
        let mut s = String::with_capacity(data.len() / 2);
        crate::objects::str::codecs_wide::decode(data, codec, &mut s, |out, e, big| {
            if errors == "strict" || surrogates {
                let escape =
                    errors == "surrogateescape" && data[e.start..e.end].iter().all(|&b| b >= 0x80);
                let pass = errors == "surrogatepass" && e.surrogate;
                let reason = if escape || pass {
                    format!("{} (the {errors} handler would give a lone surrogate, which arenapy's str cannot hold)", e.reason)
                } else {
                    e.reason.to_string()
                };
                return Err(exception::unicode_error5(
                    true,
                    crate::objects::str::codecs_wide::error_name(codec, big),
                    new_bytes(data)?,
                    e.start,
                    e.end,
                    &reason,
                ));
            }
            let wrap = |kind: &str, msg: String| {
                if crate::objects::str::codecs_wide::fast_path(name) {
                    msg
                } else {
                    format!("decoding with '{name}' codec failed ({kind}: {msg})")
                }
            };
            match errors {
                "ignore" | "replace" | "backslashreplace" => {
                    decode_error_piece(out, &data[e.start..e.end], errors)
                }
                "xmlcharrefreplace" | "namereplace" => Err(type_error(wrap(
                    "TypeError",
                    "don't know how to handle UnicodeDecodeError in error callback".to_string(),
                ))),
                other => Err(exception::new_error(
                    &types().lookup_error,
                    &wrap(
                        "LookupError",
                        format!("unknown error handler name '{other}'"),
                    ),
                )),
            }
        })?;
        return Ok(crate::objects::str::new_substr(&s)?);
    }
    if is_ascii_name(name) {
        if let Some(i) = data.iter().position(|&b| b >= 128) {
            if errors == "strict" || surrogates {
                return Err(exception::unicode_error5(
                    true,
                    "ascii",
                    new_bytes(data)?,
                    i,
                    i + 1,
                    &limit("ordinal not in range(128)", &data[i..]),
                ));
            }
            let mut s = String::with_capacity(data.len());
            for &b in data {
                if b < 128 {
                    s.push(b as char);
                } else {
                    decode_error_piece(&mut s, &[b], errors)?;
                }
            }
            return Ok(crate::objects::str::new_substr(&s)?);
        }
    }
    if errors != "strict" && !surrogates && std::str::from_utf8(data).is_err() {
        let mut s = String::with_capacity(data.len());
        for chunk in data.utf8_chunks() {
            s.push_str(chunk.valid());
            if !chunk.invalid().is_empty() {
                decode_error_piece(&mut s, chunk.invalid(), errors)?;
            }
        }
        return Ok(crate::objects::str::new_substr(&s)?);
    }
    match std::str::from_utf8(data) {
        Ok(s) => Ok(crate::objects::str::new_decoded_utf8(s)?),
        Err(e) => {
            let i = e.valid_up_to();
            let b = data[i];
            let why = match e.error_len() {
                None => "unexpected end of data",
                Some(_) if (0x80..0xc2).contains(&b) || b >= 0xf5 => "invalid start byte",
                Some(_) => "invalid continuation byte",
            };
            let end = e.error_len().map_or(data.len(), |n| i + n);
            Err(exception::unicode_error5(
                true,
                "utf-8",
                new_bytes(data)?,
                i,
                end,
                &limit(why, &data[i..]),
            ))
        }
    }
}

/// What the decode error handler `errors` puts for the undecodable `bad`
/// bytes (one maximal invalid sequence): nothing, U+FFFD, or `\xNN` escapes.
fn decode_error_piece(out: &mut String, bad: &[u8], errors: &str) -> PyResult<()> {
    match errors {
        "ignore" => {}
        "replace" => out.push('\u{fffd}'),
        "backslashreplace" => {
            for b in bad {
                let _ = write!(out, "\\x{b:02x}");
            }
        }
        // Encode-only handlers refuse the decode error they are given.
        "xmlcharrefreplace" | "namereplace" => {
            return Err(type_error(
                "don't know how to handle UnicodeDecodeError in error callback",
            ))
        }
        other => {
            return Err(exception::new_error(
                &types().lookup_error,
                &format!("unknown error handler name '{other}'"),
            ))
        }
    }
    Ok(())
}

fn bytes_hex(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let data = this(args, "hex")?;
    check_args("hex", &args[1..], 0, 0)?;
    let mut s = String::with_capacity(data.len() * 2);
    for b in data {
        let _ = write!(s, "{b:02x}");
    }
    Ok(new_str(&s)?)
}

fn bytes_join(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let sep = this(args, "join")?;
    check_args("join", &args[1..], 1, 1)?;
    let items = iter::collect(vm, &args[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        match try_bytes(it) {
            Some(t) => out.extend_from_slice(t),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    type_name(it)
                )))
            }
        }
    }
    Ok(new_bytes(&out)?)
}

fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The needle of `in`, `count`, `find`: bytes or an int byte value.
fn needle_of(o: &Obj) -> PyResult<Vec<u8>> {
    if o.layout() == Layout::Int {
        return match index_value(o) {
            Ok(v) if (0..256).contains(&v) => Ok(vec![v as u8]),
            _ => Err(value_error("byte must be in range(0, 256)")),
        };
    }
    Ok(arg_bytes(o, "argument")?.to_vec())
}

fn bytes_find(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let data = this(args, "find")?;
    check_args("find", &args[1..], 1, 1)?;
    let n = needle_of(&args[1])?;
    Ok(new_int(find_sub(data, &n).map_or(-1, |i| i as i64))?)
}

fn bytes_count(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let data = this(args, "count")?;
    check_args("count", &args[1..], 1, 1)?;
    let n = needle_of(&args[1])?;
    if n.is_empty() {
        return Ok(new_int(data.len() as i64 + 1)?);
    }
    let (mut i, mut c) = (0, 0);
    while let Some(p) = find_sub(&data[i..], &n) {
        c += 1;
        i += p + n.len();
    }
    Ok(new_int(c)?)
}

fn affix(args: &[ObjRef], name: &str, start: bool) -> PyResult<ObjRef> {
    let data = this(args, name)?;
    check_args(name, &args[1..], 1, 1)?;
    let p = arg_bytes(&args[1], name)?;
    Ok(py_bool(if start {
        data.starts_with(p)
    } else {
        data.ends_with(p)
    }))
}

fn bytes_startswith(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    affix(args, "startswith", true)
}

fn bytes_endswith(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    affix(args, "endswith", false)
}

fn bytes_upper(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let data = this(args, "upper")?;
    check_args("upper", &args[1..], 0, 0)?;
    Ok(new_bytes(&data.to_ascii_uppercase())?)
}

fn bytes_lower(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let data = this(args, "lower")?;
    check_args("lower", &args[1..], 0, 0)?;
    Ok(new_bytes(&data.to_ascii_lowercase())?)
}

fn bytes_strip(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let data = this(args, "strip")?;
    check_args("strip", &args[1..], 0, 1)?;
    let chars: Vec<u8> = match args.get(1).filter(|a| !singletons::is_none(a)) {
        Some(c) => arg_bytes(c, "strip")?.to_vec(),
        None => b" \t\n\r\x0b\x0c".to_vec(),
    };
    let start = data.iter().position(|b| !chars.contains(b));
    let Some(start) = start else {
        return Ok(new_bytes(&[])?);
    };
    let end = data
        .iter()
        .rposition(|b| !chars.contains(b))
        .unwrap_or(start);
    Ok(new_bytes(&data[start..=end])?)
}

fn bytes_split(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let data = this(args, "split")?;
    check_args("split", &args[1..], 0, 1)?;
    let mut parts = Vec::new();
    match args.get(1).filter(|a| !singletons::is_none(a)) {
        Some(sep) => {
            let sep = arg_bytes(sep, "split")?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let mut rest = data;
            while let Some(p) = find_sub(rest, sep) {
                parts.push(new_bytes(&rest[..p])?);
                rest = &rest[p + sep.len()..];
            }
            parts.push(new_bytes(rest)?);
        }
        None => {
            for w in data
                .split(|b| b.is_ascii_whitespace() || *b == 0x0b)
                .filter(|w| !w.is_empty())
            {
                parts.push(new_bytes(w)?);
            }
        }
    }
    Ok(new_list(parts)?)
}

fn bytes_replace(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let data = this(args, "replace")?;
    check_args("replace", &args[1..], 2, 2)?;
    let old = arg_bytes(&args[1], "replace")?;
    let new = arg_bytes(&args[2], "replace")?;
    if old.is_empty() {
        let mut out = new.to_vec();
        for &b in data {
            out.push(b);
            out.extend_from_slice(new);
        }
        return Ok(new_bytes(&out)?);
    }
    let mut out = Vec::with_capacity(data.len());
    let mut rest = data;
    while let Some(p) = find_sub(rest, old) {
        out.extend_from_slice(&rest[..p]);
        out.extend_from_slice(new);
        rest = &rest[p + old.len()..];
    }
    out.extend_from_slice(rest);
    Ok(new_bytes(&out)?)
}

pub(crate) fn bytes_fromhex(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("fromhex", &args[1..], 1, 1)?;
    let s = try_str(&args[1]).ok_or_else(|| {
        type_error(format!(
            "fromhex() argument must be str, not {}",
            // _PyArg_BadArgument names None itself.
            if singletons::is_none(&args[1]) {
                "None".to_string()
            } else {
                type_name(&args[1]).to_string()
            }
        ))
    })?;
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        // Py_ISSPACE: ASCII whitespace only (with \v).
        if matches!(chars[i], ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r') {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let pos = if hi.is_none() { i } else { i + 1 };
                return Err(value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {pos}"
                )));
            }
        }
        i += 2;
    }
    Ok(new_bytes(&out)?)
}

/// `b[i]` (an int) and `b[i:j:k]` (bytes).
pub fn bytes_getitem(b: &Obj, key: &Obj) -> PyResult<ObjRef> {
    let data = try_bytes(b).expect("bytes");
    if let Some(sl) = key.payload::<SliceBody>() {
        let out: Vec<u8> = slice_positions(sl, data.len())?
            .into_iter()
            .map(|i| data[i])
            .collect();
        return Ok(new_bytes(&out)?);
    }
    let v = index_value(key).map_err(|_| {
        if key.layout() == Layout::Int {
            index_error("cannot fit 'int' into an index-sized integer")
        } else {
            type_error(format!(
                "byte indices must be integers or slices, not {}",
                type_name(key)
            ))
        }
    })?;
    let n = data.len() as i64;
    let i = if v < 0 { v + n } else { v };
    if i < 0 || i >= n {
        return Err(index_error("index out of range"));
    }
    Ok(new_int(data[i as usize] as i64)?)
}

/// `needle in b`.
pub fn bytes_contains(b: &Obj, needle: &Obj) -> PyResult<bool> {
    let data = try_bytes(b).expect("bytes");
    let n = needle_of(needle)?;
    Ok(find_sub(data, &n).is_some())
}

/// `a + b` and `a * n` on bytes; `None` when not applicable.
pub fn bytes_concat(a: &Obj, b: &Obj) -> PyResult<Option<ObjRef>> {
    let x = try_bytes(a).expect("bytes");
    match try_bytes(b) {
        Some(y) => {
            let mut v = Vec::with_capacity(x.len() + y.len());
            v.extend_from_slice(x);
            v.extend_from_slice(y);
            Ok(Some(new_bytes(&v)?))
        }
        None => Err(type_error(format!(
            "can't concat {} to bytes",
            type_name(b)
        ))),
    }
}

pub fn bytes_repeat(a: &Obj, n: usize) -> PyResult<ObjRef> {
    let x = try_bytes(a).expect("bytes");
    number::check_text_repeat(x.len(), n, "repeated bytes are too long")?;
    Ok(new_bytes(&heap::try_repeat_bytes(x, n)?)?)
}

/// Rich comparison of two bytes objects.
pub fn bytes_compare(op: C, a: &Obj, b: &Obj) -> Option<bool> {
    let (x, y) = (try_bytes(a)?, try_bytes(b)?);
    Some(compare::ordering_matches(op, x.cmp(y)))
}

/// Item `i` of a bytes object for iteration (an int), if in range.
pub fn bytes_item_at(b: &Obj, i: usize) -> PyResult<Option<ObjRef>> {
    match try_bytes(b).and_then(|d| d.get(i)) {
        Some(&v) => Ok(Some(new_int(v as i64)?)),
        None => Ok(None),
    }
}

/// Installs the bytes methods.
pub(crate) fn install_methods() -> PyResult<()> {
    let m: &[(&'static str, NativeFn)] = &[
        ("decode", bytes_decode),
        ("hex", bytes_hex),
        ("join", bytes_join),
        ("find", bytes_find),
        ("count", bytes_count),
        ("startswith", bytes_startswith),
        ("endswith", bytes_endswith),
        ("upper", bytes_upper),
        ("lower", bytes_lower),
        ("strip", bytes_strip),
        ("split", bytes_split),
        ("replace", bytes_replace),
    ];
    builtin::install(&types().bytes, "bytes", m, BuiltinKind::Method)?;
    builtin::install(
        &types().bytes,
        "bytes",
        &[("fromhex", bytes_fromhex)],
        BuiltinKind::ClassMethod,
    )
}
