//! The text-like methods of `bytes` that [`super::methods`] does not hold:
//! searching with start/end (`find`, `rfind`, `index`, `rindex`, `count`,
//! `startswith`, `endswith`), padding (`center`, `ljust`, `rjust`,
//! `zfill`), `partition`, `rpartition`, `rsplit`, `lstrip`, `rstrip`,
//! `splitlines`, `expandtabs`, `removeprefix`, `removesuffix`, the ASCII
//! case and class methods, and `hex(sep, bytes_per_sep)`. Bytes are ASCII
//! text here, as in CPython's `bytes_methods.c`: only ASCII letters have a
//! case and only ASCII digits are digits.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::bool::py_bool;
use crate::objects::bytes::{new_bytes, try_bytes};
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::builtin;
use crate::objects::function::builtin::{BuiltinKind, NativeFn};
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::registry::types;
use crate::objects::str::new_str;
use crate::objects::tuple::{new_tuple, try_tuple_items};
use crate::objects::{singletons, Layout};
use crate::protocol::convert::{check_args, index_value, index_value_vm};
use crate::protocol::object::type_name;
use crate::vm::{PyResult, Vm};
use std::fmt::Write;

fn this<'a>(args: &'a [ObjRef], name: &str) -> PyResult<&'a [u8]> {
    args.first()
        .and_then(|b| try_bytes(b))
        .ok_or_else(|| type_error(format!("descriptor '{name}' requires a 'bytes' object")))
}

fn bytes_like(o: &Obj) -> PyResult<&[u8]> {
    try_bytes(o).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(o)
        ))
    })
}

/// The needle of `find`/`count`/`index`: bytes or one byte as an int.
fn needle(o: &Obj) -> PyResult<Vec<u8>> {
    if o.layout() == Layout::Int {
        return match index_value(o) {
            Ok(v) if (0..256).contains(&v) => Ok(vec![v as u8]),
            _ => Err(value_error("byte must be in range(0, 256)")),
        };
    }
    try_bytes(o).map(<[u8]>::to_vec).ok_or_else(|| {
        type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            type_name(o)
        ))
    })
}

/// `[start, end)` from optional arguments, CPython's ADJUST_INDICES; `None`
/// when start lies past the end (nothing is found there, not even b'').
fn range_of(len: usize, args: &[ObjRef], from: usize) -> PyResult<Option<(usize, usize)>> {
    let n = len as i64;
    let get = |i: usize, default: i64| -> PyResult<i64> {
        match args.get(i) {
            Some(o) if !singletons::is_none(o) => {
                let v = crate::protocol::convert::slice_index_clamped(o, true)?;
                Ok(if v < 0 { v.saturating_add(n).max(0) } else { v })
            }
            _ => Ok(default),
        }
    };
    let start = get(from, 0)?;
    let end = get(from + 1, n)?.min(n);
    if start > end {
        return Ok(None);
    }
    Ok(Some((start as usize, end as usize)))
}

fn find_in(hay: &[u8], pat: &[u8], right: bool) -> Option<usize> {
    if pat.len() > hay.len() {
        return None;
    }
    let mut pos = (0..=hay.len() - pat.len()).filter(|&i| &hay[i..i + pat.len()] == pat);
    if right {
        pos.next_back()
    } else {
        pos.next()
    }
}

fn find_impl(args: &[ObjRef], name: &str, right: bool) -> PyResult<i64> {
    let data = this(args, name)?;
    check_args(name, &args[1..], 1, 3)?;
    // CPython converts start and end before it looks at the needle.
    let range = range_of(data.len(), args, 2)?;
    let pat = needle(&args[1])?;
    let Some((a, b)) = range else {
        return Ok(-1);
    };
    Ok(find_in(&data[a..b], &pat, right).map_or(-1, |i| (a + i) as i64))
}

fn bytes_find(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let owned = crate::protocol::convert::index_args(vm, args, &[2, 3, 1])?;
    let args = owned.as_deref().unwrap_or(args);
    Ok(new_int(find_impl(args, "find", false)?)?)
}

fn bytes_rfind(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let owned = crate::protocol::convert::index_args(vm, args, &[2, 3, 1])?;
    let args = owned.as_deref().unwrap_or(args);
    Ok(new_int(find_impl(args, "rfind", true)?)?)
}

fn bytes_index(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let owned = crate::protocol::convert::index_args(vm, args, &[2, 3, 1])?;
    let args = owned.as_deref().unwrap_or(args);
    match find_impl(args, "index", false)? {
        -1 => Err(value_error("subsection not found")),
        i => Ok(new_int(i)?),
    }
}

fn bytes_rindex(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let owned = crate::protocol::convert::index_args(vm, args, &[2, 3, 1])?;
    let args = owned.as_deref().unwrap_or(args);
    match find_impl(args, "rindex", true)? {
        -1 => Err(value_error("subsection not found")),
        i => Ok(new_int(i)?),
    }
}

fn bytes_count(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let owned = crate::protocol::convert::index_args(vm, args, &[2, 3, 1])?;
    let args = owned.as_deref().unwrap_or(args);
    let data = this(args, "count")?;
    check_args("count", &args[1..], 1, 3)?;
    // CPython converts start and end before it looks at the needle.
    let range = range_of(data.len(), args, 2)?;
    let pat = needle(&args[1])?;
    let Some((a, b)) = range else {
        return Ok(new_int(0)?);
    };
    let hay = &data[a..b];
    if pat.is_empty() {
        return Ok(new_int(hay.len() as i64 + 1)?);
    }
    let (mut i, mut c) = (0, 0);
    while let Some(p) = find_in(&hay[i..], &pat, false) {
        c += 1;
        i += p + pat.len();
    }
    Ok(new_int(c)?)
}

fn affix(args: &[ObjRef], name: &str, ends: bool) -> PyResult<ObjRef> {
    let data = this(args, name)?;
    check_args(name, &args[1..], 1, 3)?;
    // A start past the end matches nothing, but the prefix's type is
    // still checked.
    let sub = range_of(data.len(), args, 2)?.map(|(a, b)| &data[a..b]);
    let test = |p: &[u8]| {
        sub.is_some_and(|sub| {
            if ends {
                sub.ends_with(p)
            } else {
                sub.starts_with(p)
            }
        })
    };
    let bad = |o: &Obj| {
        type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_name(o)
        ))
    };
    if let Some(items) = try_tuple_items(&args[1]) {
        for it in items {
            if test(bytes_like(it)?) {
                return Ok(py_bool(true));
            }
        }
        return Ok(py_bool(false));
    }
    Ok(py_bool(test(
        try_bytes(&args[1]).ok_or_else(|| bad(&args[1]))?,
    )))
}

fn bytes_startswith(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let owned = crate::protocol::convert::index_args(vm, args, &[2, 3])?;
    let args = owned.as_deref().unwrap_or(args);
    affix(args, "startswith", false)
}

fn bytes_endswith(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let owned = crate::protocol::convert::index_args(vm, args, &[2, 3])?;
    let args = owned.as_deref().unwrap_or(args);
    affix(args, "endswith", true)
}

/// The width and fill byte of `center`/`ljust`/`rjust`.
fn pad_args(vm: &mut Vm, args: &[ObjRef], name: &str) -> PyResult<(usize, u8)> {
    check_args(name, &args[1..], 1, 2)?;
    let width = index_value_vm(vm, &args[1])?.max(0) as usize;
    let fill = match args.get(2) {
        None => b' ',
        Some(f) => match try_bytes(f) {
            Some([b]) => *b,
            _ => {
                return Err(type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    // _PyArg_BadArgument names None itself.
                    if singletons::is_none(f) {
                        "None".to_string()
                    } else {
                        type_name(f).to_string()
                    }
                )));
            }
        },
    };
    Ok((width, fill))
}

fn pad(data: &[u8], left: usize, right: usize, fill: u8) -> PyResult<ObjRef> {
    let mut out = vec![fill; left];
    out.extend_from_slice(data);
    out.resize(out.len() + right, fill);
    Ok(new_bytes(&out)?)
}

fn bytes_center(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let data = this(args, "center")?;
    let (width, fill) = pad_args(vm, args, "center")?;
    if width <= data.len() {
        return Ok(new_bytes(data)?);
    }
    // CPython's pad(): the odd space goes left when the width is odd.
    let marg = width - data.len();
    let left = marg / 2 + (marg & width & 1);
    pad(data, left, marg - left, fill)
}

fn bytes_ljust(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let data = this(args, "ljust")?;
    let (width, fill) = pad_args(vm, args, "ljust")?;
    pad(data, 0, width.saturating_sub(data.len()), fill)
}

fn bytes_rjust(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let data = this(args, "rjust")?;
    let (width, fill) = pad_args(vm, args, "rjust")?;
    pad(data, width.saturating_sub(data.len()), 0, fill)
}

fn bytes_zfill(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let data = this(args, "zfill")?;
    check_args("zfill", &args[1..], 1, 1)?;
    let width = index_value_vm(vm, &args[1])?.max(0) as usize;
    if width <= data.len() {
        return Ok(new_bytes(data)?);
    }
    let mut out = vec![b'0'; width - data.len()];
    out.extend_from_slice(data);
    // A sign moves to the front of the zeros.
    if let Some(&s @ (b'+' | b'-')) = data.first() {
        out[0] = s;
        let at = width - data.len();
        out[at] = b'0';
    }
    Ok(new_bytes(&out)?)
}

fn partition_impl(args: &[ObjRef], name: &str, right: bool) -> PyResult<ObjRef> {
    let data = this(args, name)?;
    check_args(name, &args[1..], 1, 1)?;
    let sep = bytes_like(&args[1])?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let parts = match find_in(data, sep, right) {
        Some(i) => [&data[..i], sep, &data[i + sep.len()..]],
        None if right => [&b""[..], b"", data],
        None => [data, b"", b""],
    };
    let items = parts
        .iter()
        .map(|p| new_bytes(p))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(new_tuple(items)?)
}

fn bytes_partition(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    partition_impl(args, "partition", false)
}

fn bytes_rpartition(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    partition_impl(args, "rpartition", true)
}

/// ASCII whitespace as `bytes.split()` sees it.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn strip_impl(args: &[ObjRef], name: &str, left: bool, right: bool) -> PyResult<ObjRef> {
    let data = this(args, name)?;
    check_args(name, &args[1..], 0, 1)?;
    let chars: Option<&[u8]> = match args.get(1).filter(|a| !singletons::is_none(a)) {
        Some(c) => Some(bytes_like(c)?),
        None => None,
    };
    let strip = |b: u8| chars.map_or(is_space(b), |c| c.contains(&b));
    let mut a = 0;
    let mut z = data.len();
    if left {
        while a < z && strip(data[a]) {
            a += 1;
        }
    }
    if right {
        while z > a && strip(data[z - 1]) {
            z -= 1;
        }
    }
    Ok(new_bytes(&data[a..z])?)
}

fn bytes_strip(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    strip_impl(args, "strip", true, true)
}

fn bytes_lstrip(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    strip_impl(args, "lstrip", true, false)
}

fn bytes_rstrip(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    strip_impl(args, "rstrip", false, true)
}

/// `split`/`rsplit(sep=None, maxsplit=-1)`, positional or keyword.
fn split_impl(
    vm: &mut Vm,
    args: &[ObjRef],
    kwnames: Option<&Obj>,
    name: &str,
    right: bool,
) -> PyResult<ObjRef> {
    let (pos, kws) = crate::protocol::convert::split_kwargs(args, kwnames);
    crate::protocol::convert::check_kwargs(name, &kws, &["sep", "maxsplit"])?;
    let data = this(pos, name)?;
    check_args(name, &pos[1..], 0, 2)?;
    let sep = pos
        .get(1)
        .or_else(|| crate::protocol::convert::kwarg(&kws, "sep"));
    let max = match pos
        .get(2)
        .or_else(|| crate::protocol::convert::kwarg(&kws, "maxsplit"))
    {
        Some(m) => index_value_vm(vm, m)?,
        None => -1,
    };
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut parts: Vec<&[u8]> = Vec::new();
    match sep.filter(|s| !singletons::is_none(s)) {
        Some(s) => {
            let sep = bytes_like(s)?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let mut rest = data;
            while parts.len() < max {
                match find_in(rest, sep, right) {
                    Some(i) if right => {
                        parts.push(&rest[i + sep.len()..]);
                        rest = &rest[..i];
                    }
                    Some(i) => {
                        parts.push(&rest[..i]);
                        rest = &rest[i + sep.len()..];
                    }
                    None => break,
                }
            }
            parts.push(rest);
        }
        None => {
            // Runs of whitespace separate; the rest after `max` splits keeps
            // its inner whitespace but loses it at the split end.
            let mut rest = data;
            loop {
                rest = if right {
                    &rest[..rest.len() - rest.iter().rev().take_while(|&&b| is_space(b)).count()]
                } else {
                    &rest[rest.iter().take_while(|&&b| is_space(b)).count()..]
                };
                if rest.is_empty() {
                    break;
                }
                if parts.len() == max {
                    parts.push(rest);
                    break;
                }
                if right {
                    let i = rest.iter().rposition(|&b| is_space(b)).map_or(0, |i| i + 1);
                    parts.push(&rest[i..]);
                    rest = &rest[..i];
                } else {
                    let i = rest.iter().position(|&b| is_space(b)).unwrap_or(rest.len());
                    parts.push(&rest[..i]);
                    rest = &rest[i..];
                }
            }
        }
    }
    if right {
        parts.reverse();
    }
    let items = parts
        .into_iter()
        .map(new_bytes)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(new_list(items)?)
}

fn bytes_split(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    split_impl(vm, args, kw, "split", false)
}

fn bytes_rsplit(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    split_impl(vm, args, kw, "rsplit", true)
}

fn bytes_splitlines(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = crate::protocol::convert::split_kwargs(args, kw);
    let data = this(pos, "splitlines")?;
    let keep = match pos
        .get(1)
        .or_else(|| crate::protocol::convert::kwarg(&kws, "keepends"))
    {
        Some(k) => crate::protocol::convert::int_flag(vm, k)?,
        None => false,
    };
    let mut items = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let start = i;
        while i < data.len() && data[i] != b'\n' && data[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < data.len() {
            i += if data[i] == b'\r' && data.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            if keep {
                eol = i;
            }
        }
        items.push(new_bytes(&data[start..eol])?);
    }
    Ok(new_list(items)?)
}

fn bytes_expandtabs(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let data = this(args, "expandtabs")?;
    check_args("expandtabs", &args[1..], 0, 1)?;
    let size = match args.get(1) {
        Some(t) => index_value_vm(vm, t)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(data.len());
    let mut col = 0i64;
    for &b in data {
        match b {
            b'\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.resize(out.len() + n as usize, b' ');
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(new_bytes(&out)?)
}

fn bytes_removeprefix(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let data = this(args, "removeprefix")?;
    check_args("removeprefix", &args[1..], 1, 1)?;
    let p = bytes_like(&args[1])?;
    Ok(new_bytes(data.strip_prefix(p).unwrap_or(data))?)
}

fn bytes_removesuffix(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let data = this(args, "removesuffix")?;
    check_args("removesuffix", &args[1..], 1, 1)?;
    let p = bytes_like(&args[1])?;
    Ok(new_bytes(data.strip_suffix(p).unwrap_or(data))?)
}

fn predicate(args: &[ObjRef], name: &str, test: fn(&[u8]) -> bool) -> PyResult<ObjRef> {
    let data = this(args, name)?;
    check_args(name, &args[1..], 0, 0)?;
    Ok(py_bool(test(data)))
}

fn all_of(d: &[u8], f: fn(&u8) -> bool) -> bool {
    !d.is_empty() && d.iter().all(f)
}

/// `islower`/`isupper`: at least one cased byte, none of the other case.
fn cased(d: &[u8], lower: bool) -> bool {
    let (mut seen, mut bad) = (false, false);
    for b in d {
        seen |= b.is_ascii_alphabetic();
        bad |= if lower {
            b.is_ascii_uppercase()
        } else {
            b.is_ascii_lowercase()
        };
    }
    seen && !bad
}

fn istitle(d: &[u8]) -> bool {
    let (mut prev_cased, mut seen) = (false, false);
    for &b in d {
        if b.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            seen = true;
        } else if b.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            seen = true;
        } else {
            prev_cased = false;
        }
    }
    seen
}

macro_rules! predicates {
    ($($fname:ident => $name:literal, $test:expr;)*) => {
        $(fn $fname(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
            predicate(args, $name, $test)
        })*
    };
}

predicates! {
    bytes_isdigit => "isdigit", |d| all_of(d, u8::is_ascii_digit);
    bytes_isalpha => "isalpha", |d| all_of(d, u8::is_ascii_alphabetic);
    bytes_isalnum => "isalnum", |d| all_of(d, u8::is_ascii_alphanumeric);
    bytes_isspace => "isspace", |d| all_of(d, |b| is_space(*b));
    bytes_islower => "islower", |d| cased(d, true);
    bytes_isupper => "isupper", |d| cased(d, false);
    bytes_isascii => "isascii", |d| d.is_ascii();
    bytes_istitle => "istitle", istitle;
}

fn map_bytes(args: &[ObjRef], name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<ObjRef> {
    let data = this(args, name)?;
    check_args(name, &args[1..], 0, 0)?;
    Ok(new_bytes(&f(data))?)
}

fn title(d: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    d.iter()
        .map(|&b| {
            let out = if prev_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev_cased = b.is_ascii_alphabetic();
            out
        })
        .collect()
}

fn capitalize(d: &[u8]) -> Vec<u8> {
    d.iter()
        .enumerate()
        .map(|(i, b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect()
}

fn swapcase(d: &[u8]) -> Vec<u8> {
    d.iter()
        .map(|&b| {
            if b.is_ascii_uppercase() {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            }
        })
        .collect()
}

fn bytes_title(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    map_bytes(args, "title", title)
}

fn bytes_capitalize(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    map_bytes(args, "capitalize", capitalize)
}

fn bytes_swapcase(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    map_bytes(args, "swapcase", swapcase)
}

/// `hex(sep=..., bytes_per_sep=1)`: groups counted from the right, or from
/// the left for a negative `bytes_per_sep`.
fn bytes_hex(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let data = this(args, "hex")?;
    check_args("hex", &args[1..], 0, 2)?;
    // Argument Clinic converts bytes_per_sep before the body looks at sep.
    let per = match args.get(2) {
        Some(p) => index_value_vm(vm, p)?,
        None => 1,
    };
    let sep = match args.get(1) {
        None => None,
        Some(s) => {
            let text: Vec<char> = if let Some(t) = crate::objects::str::try_str(s) {
                t.chars().collect()
            } else if let Some(b) = try_bytes(s) {
                b.iter().map(|&c| c as char).collect()
            } else {
                // CPython asks for len(sep) first.
                return Err(type_error(format!(
                    "object of type '{}' has no len()",
                    type_name(s)
                )));
            };
            if text.len() != 1 {
                return Err(value_error("sep must be length 1."));
            }
            if !text[0].is_ascii() {
                return Err(value_error("sep must be ASCII."));
            }
            Some(text[0])
        }
    };
    let mut s = String::with_capacity(data.len() * 3);
    let n = data.len();
    let group = per.unsigned_abs() as usize;
    for (i, b) in data.iter().enumerate() {
        if let Some(c) = sep {
            if i > 0 && group > 0 {
                let boundary = if per > 0 {
                    (n - i) % group == 0
                } else {
                    i % group == 0
                };
                if boundary {
                    s.push(c);
                }
            }
        }
        let _ = write!(s, "{b:02x}");
    }
    Ok(new_str(&s)?)
}

/// A bytes-like argument's bytes (bytes, bytearray, memoryview).
fn buffer_of(o: &Obj) -> PyResult<Vec<u8>> {
    if let Some(b) = try_bytes(o) {
        return Ok(b.to_vec());
    }
    if let Some(m) = crate::objects::memoryview::memoryview_bytes(o) {
        return m;
    }
    crate::objects::bytearray::bytearray_data(o).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(o)
        ))
    })
}

/// `bytes.translate(table, /, delete=b'')`: `table` None or 256 bytes;
/// the bytes in `delete` are dropped first (CPython's `bytes_translate_impl`).
fn bytes_translate(_vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = crate::protocol::convert::split_kwargs(args, kw);
    let data = this(pos, "translate")?;
    let table = match pos.get(1) {
        Some(t) if !singletons::is_none(t) => {
            let t = buffer_of(t)?;
            if t.len() != 256 {
                return Err(value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        _ => None,
    };
    let delete = match (pos.get(2), crate::protocol::convert::kwarg(&kws, "delete")) {
        (Some(d), _) | (None, Some(d)) => buffer_of(d)?,
        (None, None) => Vec::new(),
    };
    let out: Vec<u8> = data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(new_bytes(&out)?)
}

/// `bytes.maketrans(frm, to)` (also `bytearray.maketrans`): the 256-byte
/// table mapping each byte of `frm` to the byte of `to` at its position.
pub(crate) fn bytes_maketrans(
    _vm: &mut Vm,
    args: &[ObjRef],
    _kw: Option<&Obj>,
) -> PyResult<ObjRef> {
    check_args("maketrans", args, 2, 2)?;
    let (frm, to) = (buffer_of(&args[0])?, buffer_of(&args[1])?);
    if frm.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in frm.iter().zip(&to) {
        table[f as usize] = t;
    }
    Ok(new_bytes(&table)?)
}

/// Installs these methods (after [`super::methods`], whose one-argument
/// `find`, `count`, `startswith`, `endswith`, `strip`, `split` and `hex`
/// they replace).
pub(crate) fn install_methods() -> PyResult<()> {
    let m: &[(&'static str, NativeFn)] = &[
        ("find", bytes_find),
        ("rfind", bytes_rfind),
        ("index", bytes_index),
        ("rindex", bytes_rindex),
        ("count", bytes_count),
        ("startswith", bytes_startswith),
        ("endswith", bytes_endswith),
        ("center", bytes_center),
        ("ljust", bytes_ljust),
        ("rjust", bytes_rjust),
        ("zfill", bytes_zfill),
        ("partition", bytes_partition),
        ("rpartition", bytes_rpartition),
        ("strip", bytes_strip),
        ("lstrip", bytes_lstrip),
        ("rstrip", bytes_rstrip),
        ("split", bytes_split),
        ("rsplit", bytes_rsplit),
        ("splitlines", bytes_splitlines),
        ("expandtabs", bytes_expandtabs),
        ("removeprefix", bytes_removeprefix),
        ("removesuffix", bytes_removesuffix),
        ("isdigit", bytes_isdigit),
        ("isalpha", bytes_isalpha),
        ("isalnum", bytes_isalnum),
        ("isspace", bytes_isspace),
        ("islower", bytes_islower),
        ("isupper", bytes_isupper),
        ("isascii", bytes_isascii),
        ("istitle", bytes_istitle),
        ("title", bytes_title),
        ("capitalize", bytes_capitalize),
        ("swapcase", bytes_swapcase),
        ("hex", bytes_hex),
        ("translate", bytes_translate),
    ];
    builtin::install(&types().bytes, "bytes", m, BuiltinKind::Method)?;
    builtin::install(
        &types().bytes,
        "bytes",
        &[("maketrans", bytes_maketrans)],
        BuiltinKind::StaticMethod,
    )
}
