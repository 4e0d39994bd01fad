//! Methods of `str`, with CPython 3.11's semantics and error messages.

use crate::memory::heap;
use crate::memory::heap::HVec;
use crate::memory::object::{Obj, ObjRef};
use crate::objects::bool::py_bool;
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::builtin;
use crate::objects::function::builtin::{BuiltinKind, NativeFn};
use crate::objects::int::new_int;
use crate::objects::list::{list_resize, new_list, new_list_from_hvec};
use crate::objects::registry::types;
use crate::objects::singletons;
use crate::objects::str::codecs::str_encode;
use crate::objects::str::{format, new_str, new_substr, substr_of, try_str};
use crate::objects::tuple::{new_tuple, try_tuple_items};
use crate::protocol::convert::{check_args, index_value_vm, kwarg, split_kwargs};
use crate::protocol::iter;
use crate::protocol::object::type_name;
use crate::vm::{PyResult, Vm};
use arenapy_syntax::unicode_db as udb;

pub(super) fn this<'a>(args: &'a [ObjRef], name: &str) -> PyResult<&'a str> {
    args.first()
        .and_then(|s| try_str(s))
        .ok_or_else(|| type_error(format!("descriptor '{name}' requires a 'str' object")))
}

pub(super) fn arg_str<'a>(o: &'a ObjRef, what: &str) -> PyResult<&'a str> {
    try_str(o).ok_or_else(|| type_error(format!("{what} must be str, not {}", type_name(o))))
}

pub(super) fn s(v: &str) -> PyResult<ObjRef> {
    Ok(new_str(v)?)
}

/// Char-index range [start, end) of optional start/end arguments, as byte
/// offsets into `text`.
fn sub_range(text: &str, args: &[ObjRef], from: usize) -> PyResult<(usize, usize)> {
    let n = text.chars().count() as i64;
    let norm = |o: Option<&ObjRef>, default: i64, cap: i64| -> PyResult<i64> {
        match o {
            None => Ok(default),
            Some(o) if singletons::is_none(o) => Ok(default),
            Some(o) => {
                let v = crate::protocol::convert::slice_index_clamped(o, true)?;
                Ok(if v < 0 {
                    v.saturating_add(n).max(0)
                } else {
                    v.min(cap)
                })
            }
        }
    };
    // A start past the end stays past it: CPython finds nothing there,
    // not even the empty string ('abc'.find('', 5) == -1).
    let a = norm(args.get(from), 0, i64::MAX)?;
    let b = norm(args.get(from + 1), n, n)?;
    let to_byte = |ci: i64| -> usize {
        text.char_indices()
            .nth(ci as usize)
            .map(|(b, _)| b)
            .unwrap_or(text.len())
    };
    if a > b {
        return Ok((usize::MAX, 0));
    }
    Ok((to_byte(a), to_byte(b)))
}

fn char_index(text: &str, byte: usize) -> i64 {
    text[..byte].chars().count() as i64
}

fn str_join(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("join", &args[1..], 1, 1)?;
    let sep_obj = &args[0];
    this(args, "join")?;
    // An exact list's or tuple's items are read in place (CPython's
    // PySequence_Fast); any other iterable is collected first.
    let src = &args[1];
    let exact = |l: crate::objects::Layout| {
        src.layout() == l && !crate::protocol::object::is_heap_type_instance(src)
    };
    if exact(crate::objects::Layout::List) {
        let items = crate::objects::list::list_body(src)
            .expect("list")
            .items
            .borrow();
        return join_items(sep_obj, &items);
    }
    if exact(crate::objects::Layout::Tuple) {
        return join_items(sep_obj, crate::objects::tuple::tuple_items(src));
    }
    let items = iter::collect(vm, src)?;
    join_items(sep_obj, &items)
}

/// The items joined by `sep`: the result's size first, as CPython's join
/// does (so a result no buffer can hold is MemoryError rather than an
/// abort), then one new str written in place.
fn join_items(sep_obj: &Obj, items: &[ObjRef]) -> PyResult<ObjRef> {
    let sep = try_str(sep_obj).unwrap_or("");
    let sep_chars = crate::objects::str::char_len_of(sep_obj);
    let gaps = items.len().saturating_sub(1);
    let mut total = sep.len().saturating_mul(gaps);
    let mut chars = sep_chars.saturating_mul(gaps);
    for (i, it) in items.iter().enumerate() {
        match try_str(it) {
            Some(t) => {
                total = total.saturating_add(t.len());
                chars = chars.saturating_add(crate::objects::str::char_len_of(it));
            }
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(it)
                )))
            }
        }
    }
    if items.len() == 1 && items[0].ty().is(&crate::objects::registry::types().str) {
        return Ok(items[0].clone());
    }
    heap::check_room(total)?;
    Ok(crate::objects::str::new_str_build(total, chars, |w| {
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                w.push_str(sep);
            }
            w.push_str(try_str(it).unwrap_or_default());
        }
    })?)
}

fn split_impl(
    vm: &mut Vm,
    args: &[ObjRef],
    kwnames: Option<&Obj>,
    right: bool,
) -> PyResult<ObjRef> {
    let (pos, kws) = split_kwargs(args, kwnames);
    let text = this(pos, "split")?;
    let sep = pos
        .get(1)
        .or_else(|| kwarg(&kws, "sep"))
        .filter(|v| !singletons::is_none(v));
    let maxsplit = match pos.get(2).or_else(|| kwarg(&kws, "maxsplit")) {
        Some(m) => index_value_vm(vm, m)?,
        None => -1,
    };
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    // The list is made as CPython's split makes it: room for
    // min(maxsplit + 1, 12) items first (PREALLOC_SIZE, kept even when
    // fewer come), then list growth; each part goes straight into a new
    // str, with no Rust string in between.
    let mut items: HVec<ObjRef> = heap::try_hvec(max.saturating_add(1).min(12))?;
    let mut emit = |part: &str| -> PyResult<()> {
        if items.len() == items.capacity() {
            let n = items.len() + 1;
            list_resize(&mut items, n)?;
        }
        items.push(new_substr(part)?);
        Ok(())
    };
    match sep {
        Some(sep) => {
            let sep = try_str(sep).ok_or_else(|| {
                type_error(format!("must be str or None, not {}", type_name(sep)))
            })?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            if right {
                for p in text.rsplitn(max.saturating_add(1), sep) {
                    emit(p)?;
                }
            } else {
                for p in text.splitn(max.saturating_add(1), sep) {
                    emit(p)?;
                }
            }
        }
        None => {
            let mut n = 0;
            if right {
                let mut rest = text.trim_end_matches(is_space);
                while !rest.is_empty() {
                    if n == max {
                        emit(rest)?;
                        break;
                    }
                    n += 1;
                    match rest.rfind(is_space) {
                        Some(i) => {
                            let w = rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                            emit(&rest[i + w..])?;
                            rest = rest[..i].trim_end_matches(is_space);
                        }
                        None => {
                            emit(rest)?;
                            break;
                        }
                    }
                }
            } else {
                let mut rest = text.trim_start_matches(is_space);
                while !rest.is_empty() {
                    if n == max {
                        emit(rest)?;
                        break;
                    }
                    n += 1;
                    match rest.find(is_space) {
                        Some(i) => {
                            emit(&rest[..i])?;
                            rest = rest[i..].trim_start_matches(is_space);
                        }
                        None => {
                            emit(rest)?;
                            break;
                        }
                    }
                }
            }
        }
    }
    // rsplit found the parts from the right (CPython reverses its list).
    if right {
        items.reverse();
    }
    Ok(new_list_from_hvec(items)?)
}

fn str_split(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    split_impl(vm, args, kw, false)
}
fn str_rsplit(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    split_impl(vm, args, kw, true)
}

fn strip_impl(args: &[ObjRef], left: bool, right: bool) -> PyResult<ObjRef> {
    let text = this(args, "strip")?;
    let chars: Option<Vec<char>> = match args.get(1) {
        Some(c) if !singletons::is_none(c) => Some(
            try_str(c)
                .ok_or_else(|| type_error("strip arg must be None or str"))?
                .chars()
                .collect(),
        ),
        _ => None,
    };
    let pred = |c: char| match &chars {
        Some(set) => set.contains(&c),
        None => is_space(c),
    };
    let mut t = text;
    if left {
        t = t.trim_start_matches(pred);
    }
    if right {
        t = t.trim_end_matches(pred);
    }
    Ok(substr_of(&args[0], t)?)
}

fn str_strip(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    strip_impl(args, true, true)
}
fn str_lstrip(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    strip_impl(args, true, false)
}
fn str_rstrip(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    strip_impl(args, false, true)
}

fn str_replace(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("replace", &args[1..], 2, 3)?;
    let text = this(args, "replace")?;
    let old = arg_str(&args[1], "replace() argument 1")?;
    let new = arg_str(&args[2], "replace() argument 2")?;
    let count = match args.get(3) {
        Some(c) => index_value_vm(vm, c)?,
        None => -1,
    };
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    // The result's size first (checked against the heap), then the new
    // str written in place.
    // A one-character `old` is searched as a char (memchr), not as a
    // substring; the matches are the same.
    let one = old.chars().next().filter(|_| old.chars().count() == 1);
    let found = match one {
        Some(c) => text.match_indices(c).take(limit).count(),
        None => text.match_indices(old).take(limit).count(),
    };
    if found == 0 && args[0].ty().is(&crate::objects::registry::types().str) {
        // CPython returns the str itself when nothing is replaced.
        return Ok(args[0].clone());
    }
    let total = (text.len() - found * old.len()).saturating_add(found.saturating_mul(new.len()));
    let chars = crate::objects::str::char_len_of(&args[0]) - found * old.chars().count()
        + found * new.chars().count();
    heap::check_room(total)?;
    Ok(crate::objects::str::new_str_build(total, chars, |w| {
        let mut last = 0;
        let mut put = |i: usize| {
            w.push_str(&text[last..i]);
            w.push_str(new);
            last = i + old.len();
        };
        match one {
            Some(c) => text.match_indices(c).take(limit).for_each(|(i, _)| put(i)),
            None => text
                .match_indices(old)
                .take(limit)
                .for_each(|(i, _)| put(i)),
        }
        w.push_str(&text[last..]);
    })?)
}

fn starts_ends(args: &[ObjRef], ends: bool) -> PyResult<ObjRef> {
    let name = if ends { "endswith" } else { "startswith" };
    check_args(name, &args[1..], 1, 3)?;
    let text = this(args, name)?;
    let (a, b) = sub_range(text, args, 2)?;
    // A start past the end matches nothing, but the prefix's type is
    // still checked (CPython's tailmatch runs after the checks).
    let sub = (a != usize::MAX).then(|| &text[a..b]);
    let test = |p: &str| {
        sub.is_some_and(|sub| {
            if ends {
                sub.ends_with(p)
            } else {
                sub.starts_with(p)
            }
        })
    };
    if let Some(items) = try_tuple_items(&args[1]) {
        for it in items {
            let p = try_str(it).ok_or_else(|| {
                type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    type_name(it)
                ))
            })?;
            if test(p) {
                return Ok(py_bool(true));
            }
        }
        return Ok(py_bool(false));
    }
    let p = try_str(&args[1]).ok_or_else(|| {
        type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(&args[1])
        ))
    })?;
    Ok(py_bool(test(p)))
}

fn str_startswith(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let owned = crate::protocol::convert::index_args(vm, args, &[2, 3])?;
    let args = owned.as_deref().unwrap_or(args);
    starts_ends(args, false)
}
fn str_endswith(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let owned = crate::protocol::convert::index_args(vm, args, &[2, 3])?;
    let args = owned.as_deref().unwrap_or(args);
    starts_ends(args, true)
}

fn find_impl(args: &[ObjRef], name: &str, right: bool) -> PyResult<i64> {
    check_args(name, &args[1..], 1, 3)?;
    let text = this(args, name)?;
    // CPython converts start and end before it checks the substring.
    let (a, b) = sub_range(text, args, 2)?;
    let needle = try_str(&args[1])
        .ok_or_else(|| type_error(format!("must be str, not {}", type_name(&args[1]))))?;
    if a == usize::MAX || a > b {
        return Ok(-1);
    }
    let hay = &text[a..b];
    let r = if right {
        hay.rfind(needle)
    } else {
        hay.find(needle)
    };
    Ok(match r {
        Some(i) => char_index(text, a + i),
        None => -1,
    })
}

fn str_find(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let owned = crate::protocol::convert::index_args(vm, args, &[2, 3])?;
    let args = owned.as_deref().unwrap_or(args);
    Ok(new_int(find_impl(args, "find", false)?)?)
}
fn str_rfind(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let owned = crate::protocol::convert::index_args(vm, args, &[2, 3])?;
    let args = owned.as_deref().unwrap_or(args);
    Ok(new_int(find_impl(args, "rfind", true)?)?)
}
fn str_index(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let owned = crate::protocol::convert::index_args(vm, args, &[2, 3])?;
    let args = owned.as_deref().unwrap_or(args);
    match find_impl(args, "index", false)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(new_int(i)?),
    }
}
fn str_rindex(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let owned = crate::protocol::convert::index_args(vm, args, &[2, 3])?;
    let args = owned.as_deref().unwrap_or(args);
    match find_impl(args, "rindex", true)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(new_int(i)?),
    }
}

fn str_count(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let owned = crate::protocol::convert::index_args(vm, args, &[2, 3])?;
    let args = owned.as_deref().unwrap_or(args);
    check_args("count", &args[1..], 1, 3)?;
    let text = this(args, "count")?;
    // CPython converts start and end before it checks the substring.
    let (a, b) = sub_range(text, args, 2)?;
    let needle = try_str(&args[1])
        .ok_or_else(|| type_error(format!("must be str, not {}", type_name(&args[1]))))?;
    if a == usize::MAX || a > b {
        return Ok(new_int(0)?);
    }
    let hay = &text[a..b];
    let n = match needle.as_bytes() {
        [] => hay.chars().count() + 1,
        // One ASCII byte never occurs inside a multi-byte character, so a
        // byte count is the answer (vectorised, no substring search).
        &[b] => hay.bytes().filter(|&x| x == b).count(),
        _ => hay.matches(needle).count(),
    };
    Ok(new_int(n as i64)?)
}

// Case mappings and predicates follow CPython 3.11's Unicode 14.0 tables
// (`arenapy_syntax::unicode_db`), not Rust's `char` methods, whose Unicode
// version and definitions differ (`is_alphabetic` is not CPython's L*).

/// CPython's `Py_UNICODE_ISSPACE`: what `split()` and `strip()` skip.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    if c.is_ascii() {
        // CPython's `_Py_ascii_whitespace`: \t \n \v \f \r, \x1c-\x1f, space.
        matches!(c as u8, 9..=13 | 28..=32)
    } else {
        udb::has(c, udb::SPACE)
    }
}

fn push_map(out: &mut String, c: char, m: Option<&str>) {
    match m {
        Some(m) => out.push_str(m),
        None => out.push(c),
    }
}

/// CPython's `lower_ucs4`: the full lower case of `chars[i]`, with the
/// final-sigma rule (a capital sigma after a cased letter and not before
/// one, skipping case-ignorable characters, becomes 'ς').
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == '\u{3a3}' {
        let before = chars[..i]
            .iter()
            .rev()
            .find(|&&p| !udb::has(p, udb::CASE_IGNORABLE));
        let mut final_sigma = before.is_some_and(|&p| udb::has(p, udb::CASED));
        if final_sigma {
            let after = chars[i + 1..]
                .iter()
                .find(|&&p| !udb::has(p, udb::CASE_IGNORABLE));
            final_sigma = after.is_none_or(|&p| !udb::has(p, udb::CASED));
        }
        out.push(if final_sigma { '\u{3c2}' } else { '\u{3c3}' });
        return;
    }
    push_map(out, c, udb::to_lower(c));
}

fn map_chars(
    args: &[ObjRef],
    name: &str,
    f: impl Fn(&mut String, &[char], usize),
) -> PyResult<ObjRef> {
    let text = this(args, name)?;
    // ASCII text maps byte for byte (the case tables agree with ASCII's
    // for ASCII letters): written straight into the new str.
    if text.is_ascii() && matches!(name, "upper" | "lower" | "swapcase") {
        return Ok(crate::objects::str::new_str_build(
            text.len(),
            text.len(),
            |w| {
                for b in text.bytes() {
                    let m = match name {
                        "upper" => b.to_ascii_uppercase(),
                        "lower" => b.to_ascii_lowercase(),
                        _ if b.is_ascii_uppercase() => b.to_ascii_lowercase(),
                        _ => b.to_ascii_uppercase(),
                    };
                    let one = [m];
                    w.push_str(std::str::from_utf8(&one).unwrap_or(" "));
                }
            },
        )?);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for i in 0..chars.len() {
        f(&mut out, &chars, i);
    }
    s(&out)
}

fn str_upper(_vm: &mut Vm, a: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    map_chars(a, "upper", |out, cs, i| {
        push_map(out, cs[i], udb::to_upper(cs[i]))
    })
}
fn str_lower(_vm: &mut Vm, a: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    map_chars(a, "lower", push_lower)
}
fn str_swapcase(_vm: &mut Vm, a: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    map_chars(a, "swapcase", |out, cs, i| {
        let c = cs[i];
        if udb::has(c, udb::UPPER) {
            push_lower(out, cs, i);
        } else if udb::has(c, udb::LOWER) {
            push_map(out, c, udb::to_upper(c));
        } else {
            out.push(c);
        }
    })
}
fn str_capitalize(_vm: &mut Vm, a: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    map_chars(a, "capitalize", |out, cs, i| {
        if i == 0 {
            push_map(out, cs[0], udb::to_title(cs[0]));
        } else {
            push_lower(out, cs, i);
        }
    })
}
fn str_title(_vm: &mut Vm, a: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    map_chars(a, "title", |out, cs, i| {
        let prev_cased = i > 0 && udb::has(cs[i - 1], udb::CASED);
        if prev_cased {
            push_lower(out, cs, i);
        } else {
            push_map(out, cs[i], udb::to_title(cs[i]));
        }
    })
}

fn pred(args: &[ObjRef], name: &str, f: impl Fn(&str) -> bool) -> PyResult<ObjRef> {
    let text = this(args, name)?;
    Ok(py_bool(f(text)))
}

/// Non-empty and every character has one of the flags in `any`.
fn all_chars(args: &[ObjRef], name: &str, any: u16) -> PyResult<ObjRef> {
    pred(args, name, |t| {
        !t.is_empty() && t.chars().all(|c| udb::flags(c) & any != 0)
    })
}

fn str_isdigit(_vm: &mut Vm, a: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    all_chars(a, "isdigit", udb::DIGIT)
}
fn str_isdecimal(_vm: &mut Vm, a: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    all_chars(a, "isdecimal", udb::DECIMAL)
}
fn str_isnumeric(_vm: &mut Vm, a: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    all_chars(a, "isnumeric", udb::NUMERIC)
}
fn str_isalpha(_vm: &mut Vm, a: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    all_chars(a, "isalpha", udb::ALPHA)
}
fn str_isalnum(_vm: &mut Vm, a: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    all_chars(
        a,
        "isalnum",
        udb::ALPHA | udb::DECIMAL | udb::DIGIT | udb::NUMERIC,
    )
}
fn str_isspace(_vm: &mut Vm, a: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    all_chars(a, "isspace", udb::SPACE)
}

fn str_istitle(_vm: &mut Vm, a: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    pred(a, "istitle", |t| {
        let mut cased = false;
        let mut prev_cased = false;
        for c in t.chars() {
            let f = udb::flags(c);
            if f & (udb::UPPER | udb::TITLE) != 0 {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if f & udb::LOWER != 0 {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}
fn str_isascii(_vm: &mut Vm, a: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    pred(a, "isascii", |t| t.is_ascii())
}
fn str_isupper(_vm: &mut Vm, a: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    pred(a, "isupper", |t| {
        let mut cased = false;
        for c in t.chars() {
            let f = udb::flags(c);
            if f & (udb::LOWER | udb::TITLE) != 0 {
                return false;
            }
            cased |= f & udb::UPPER != 0;
        }
        cased
    })
}
fn str_islower(_vm: &mut Vm, a: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    pred(a, "islower", |t| {
        let mut cased = false;
        for c in t.chars() {
            let f = udb::flags(c);
            if f & (udb::UPPER | udb::TITLE) != 0 {
                return false;
            }
            cased |= f & udb::LOWER != 0;
        }
        cased
    })
}
fn str_isidentifier(_vm: &mut Vm, a: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    pred(a, "isidentifier", |t| {
        let mut c = t.chars();
        matches!(c.next(), Some(f) if f == '_' || udb::has(f, udb::XID_START))
            && c.all(|x| udb::has(x, udb::XID_CONTINUE))
    })
}

fn pad(vm: &mut Vm, args: &[ObjRef], name: &str, how: char) -> PyResult<ObjRef> {
    check_args(name, &args[1..], 1, 2)?;
    let text = this(args, name)?;
    let width = index_value_vm(vm, &args[1])?.max(0) as usize;
    let fill = match args.get(2) {
        Some(f) => {
            // CPython's `convert_uc` (the "Py_UCS4" argument converter).
            let f = try_str(f).ok_or_else(|| {
                type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    type_name(f)
                ))
            })?;
            let mut it = f.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(type_error(
                        "The fill character must be exactly one character long",
                    ))
                }
            }
        }
        None => ' ',
    };
    let n = text.chars().count();
    if width <= n {
        return Ok(args[0].clone());
    }
    let total = width - n;
    let (l, r) = match how {
        '<' => (0, total),
        '>' => (total, 0),
        _ => {
            // CPython's centering puts the extra space on the right, except
            // when both the padding and the width are odd.
            let left = total / 2 + (total & width & 1);
            (left, total - left)
        }
    };
    let bytes = total
        .checked_mul(fill.len_utf8())
        .and_then(|b| b.checked_add(text.len()))
        .ok_or_else(heap::no_memory)?;
    let mut out = heap::try_string(bytes)?;
    out.extend(std::iter::repeat_n(fill, l));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, r));
    s(&out)
}

fn str_center(vm: &mut Vm, a: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    pad(vm, a, "center", '^')
}
fn str_ljust(vm: &mut Vm, a: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    pad(vm, a, "ljust", '<')
}
fn str_rjust(vm: &mut Vm, a: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    pad(vm, a, "rjust", '>')
}

fn str_zfill(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("zfill", &args[1..], 1, 1)?;
    let text = this(args, "zfill")?;
    let width = index_value_vm(vm, &args[1])?.max(0) as usize;
    let n = text.chars().count();
    if width <= n {
        return Ok(args[0].clone());
    }
    let (sign, rest) = match text.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &text[1..]),
        _ => (String::new(), text),
    };
    let mut out = heap::try_string(width - n + text.len())?;
    out.push_str(&sign);
    out.extend(std::iter::repeat_n('0', width - n));
    out.push_str(rest);
    s(&out)
}

fn partition_impl(args: &[ObjRef], right: bool) -> PyResult<ObjRef> {
    check_args("partition", &args[1..], 1, 1)?;
    let text = this(args, "partition")?;
    let sep = arg_str(&args[1], "partition arg")?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if right {
        text.rfind(sep)
    } else {
        text.find(sep)
    };
    let (a, b, c) = match found {
        Some(i) => (&text[..i], sep, &text[i + sep.len()..]),
        None if right => ("", "", text),
        None => (text, "", ""),
    };
    Ok(new_tuple(vec![
        new_substr(a)?,
        new_substr(b)?,
        new_substr(c)?,
    ])?)
}

fn str_partition(_vm: &mut Vm, a: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    partition_impl(a, false)
}
fn str_rpartition(_vm: &mut Vm, a: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    partition_impl(a, true)
}

fn str_splitlines(vm: &mut Vm, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = split_kwargs(args, kwnames);
    let text = this(pos, "splitlines")?;
    let keep = match pos.get(1).or_else(|| kwarg(&kws, "keepends")) {
        Some(k) => crate::protocol::convert::int_flag(vm, k)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < bytes.len() {
        let (b, c) = bytes[i];
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = b + c.len_utf8();
            if c == '\r' && i + 1 < bytes.len() && bytes[i + 1].1 == '\n' {
                end += 1;
                i += 1;
            }
            out.push(new_substr(if keep {
                &text[start..end]
            } else {
                &text[start..b]
            })?);
            start = end;
        }
        i += 1;
    }
    if start < text.len() {
        out.push(new_substr(&text[start..])?);
    }
    Ok(new_list(out)?)
}

fn str_format(vm: &mut Vm, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = split_kwargs(args, kwnames);
    // The format string is read in place: the call's arguments keep it.
    let text = this(pos, "format")?;
    format::str_format(vm, text, &pos[1..], &kws)
}

fn str_format_map(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("format_map", &args[1..], 1, 1)?;
    let text = this(args, "format_map")?.to_string();
    format::str_format_map(vm, &text, &args[1])
}

fn str_removeprefix(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("removeprefix", &args[1..], 1, 1)?;
    let text = this(args, "removeprefix")?;
    let p = arg_str(&args[1], "removeprefix() argument")?;
    s(text.strip_prefix(p).unwrap_or(text))
}

fn str_removesuffix(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("removesuffix", &args[1..], 1, 1)?;
    let text = this(args, "removesuffix")?;
    let p = arg_str(&args[1], "removesuffix() argument")?;
    s(text.strip_suffix(p).unwrap_or(text))
}

fn str_expandtabs(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let text = this(args, "expandtabs")?;
    let size = match args.get(1) {
        // CPython reads the tab size into a C int.
        Some(t) => {
            let too_big = || {
                let msg = "Python int too large to convert to C int";
                crate::objects::exception::overflow_error(msg)
            };
            let is_int = t.layout() == crate::objects::Layout::Int;
            let v = index_value_vm(vm, t).map_err(|e| if is_int { too_big() } else { e })?;
            if v > i32::MAX as i64 {
                return Err(too_big());
            }
            v.max(0) as usize
        }
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0;
    for c in text.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    heap::check_room(n)?;
                    out.try_reserve(n).map_err(|_| heap::no_memory())?;
                    out.extend(std::iter::repeat_n(' ', n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    s(&out)
}

fn str_isprintable(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let text = this(args, "isprintable")?;
    check_args("isprintable", &args[1..], 0, 0)?;
    Ok(py_bool(
        text.chars().all(arenapy_compiler::pyrepr::is_printable),
    ))
}

/// `s.casefold()`: CPython's full case folding.
fn str_casefold(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("casefold", &args[1..], 0, 0)?;
    map_chars(args, "casefold", |out, cs, i| {
        push_map(out, cs[i], udb::to_fold(cs[i]))
    })
}

/// Installs the str methods.
pub(crate) fn install_methods() -> PyResult<()> {
    let m: &[(&'static str, NativeFn)] = &[
        ("join", str_join),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("replace", str_replace),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("swapcase", str_swapcase),
        ("capitalize", str_capitalize),
        ("title", str_title),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isascii", str_isascii),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("istitle", str_istitle),
        ("istitle", str_istitle),
        ("islower", str_islower),
        ("isidentifier", str_isidentifier),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("splitlines", str_splitlines),
        ("format", str_format),
        ("format_map", str_format_map),
        ("encode", str_encode),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("expandtabs", str_expandtabs),
        ("translate", super::translate::str_translate),
        ("isprintable", str_isprintable),
    ];
    builtin::install(&types().str, "str", m, BuiltinKind::Method)?;
    builtin::install(
        &types().str,
        "str",
        &[("maketrans", super::translate::str_maketrans)],
        BuiltinKind::StaticMethod,
    )
}
