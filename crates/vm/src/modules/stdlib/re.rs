//! `_re`: the matching engine behind the Python module `re` (`re.py`).
//!
//! Patterns are translated (`re_syntax.rs`) and compiled with `fancy-regex`
//! (backreferences and lookaround; the plain parts run on the `regex`
//! crate). A compiled program is kept in a per-thread table and named by an
//! int handle: like bytecode, it lives in Rust's allocator, not on the
//! Python heap. Everything a script sees (Pattern and Match objects, the
//! strings, the span tuples) is made by `re.py` on the heap.
//!
//! - `compile(pattern, flags)` → `(handle, flags, groups, names)` or an
//!   error message str (re.py raises `re.error` with it); `names` is a
//!   tuple with the name of each group or None;
//! - `match(handle, string, pos, endpos, mode)` → a tuple of spans
//!   `(start0, end0, start1, end1, ...)` in characters (-1 for a group that
//!   did not take part) or None; mode 0 = search, 1 = match, 2 = fullmatch;
//! - `scan(handle, string, pos, endpos, limit)` → list of such tuples for
//!   successive non-overlapping matches (CPython 3.7's rules for empty
//!   matches: one may follow a non-empty match at the same place, never
//!   another empty one).

use crate::memory::object::{Obj, ObjRef};
use crate::modules::add_fns;
use crate::modules::stdlib::re_syntax::{translate, Translated};
use crate::objects::exception::{runtime_error, type_error};
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::module::new_module;
use crate::objects::str::{new_str, try_str};
use crate::objects::tuple::new_tuple;
use crate::protocol::convert::{check_args, index_value};
use crate::protocol::object;
use crate::vm::{PyResult, Vm};
use fancy_regex::Regex;
use std::cell::RefCell;
use std::collections::HashMap;

struct Program {
    /// The pattern as written.
    search: Regex,
    /// `\A(?:pat)` and `\A(?:pat)\z`, run on `text[pos..endpos]`.
    anchored: Regex,
    full: Regex,
    /// `(?:pat)\z`, searched from pos when slicing is unsafe.
    tail: Regex,
    slice_safe: bool,
}

/// A compiled program and the Pattern objects that own it (patterns of
/// the same source and flags share one).
struct Slot {
    program: Program,
    key: (String, u32),
    owners: usize,
}

#[derive(Default)]
struct Table {
    /// Programs by handle; `None` is a released slot, listed in `free`.
    programs: Vec<Option<Slot>>,
    free: Vec<usize>,
    by_source: HashMap<(String, u32), usize>,
}

thread_local! {
    static TABLE: RefCell<Table> = RefCell::new(Table::default());
}

pub fn make() -> PyResult<ObjRef> {
    let m = new_module("_re")?;
    add_fns(
        &m,
        "_re",
        &[
            ("compile", re_compile),
            ("match", re_match),
            ("scan", re_scan),
            ("release", re_release),
        ],
    )?;
    Ok(m)
}

fn build(src: &str) -> Result<Regex, String> {
    fancy_regex::RegexBuilder::new(src)
        .backtrack_limit(10_000_000)
        .build()
        .map_err(|e| e.to_string())
}

fn str_arg(args: &[ObjRef], i: usize) -> PyResult<&str> {
    try_str(&args[i]).ok_or_else(|| {
        type_error(format!(
            "expected string or bytes-like object, got '{}'",
            object::type_name(&args[i])
        ))
    })
}

fn re_compile(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("compile", args, 2, 2)?;
    let pattern = str_arg(args, 0)?;
    let flags = index_value(&args[1])? as u32;
    let Translated {
        source,
        flags,
        slice_safe,
    } = match translate(pattern, flags) {
        Ok(t) => t,
        Err(msg) => return Ok(new_str(&msg)?),
    };
    let key = (source.clone(), flags);
    let cached = TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let h = t.by_source.get(&key).copied()?;
        let slot = t.programs.get_mut(h)?.as_mut()?;
        slot.owners += 1;
        Some(h)
    });
    let handle = match cached {
        Some(h) => h,
        None => {
            let compiled = (|| {
                Ok::<_, String>(Program {
                    search: build(&source)?,
                    anchored: build(&format!("\\A(?:{source})"))?,
                    full: build(&format!("\\A(?:{source})\\z"))?,
                    tail: build(&format!("(?:{source})\\z"))?,
                    slice_safe,
                })
            })();
            let program = match compiled {
                Ok(p) => p,
                Err(msg) => return Ok(new_str(&msg)?),
            };
            TABLE.with(|t| {
                let mut t = t.borrow_mut();
                let slot = Some(Slot {
                    program,
                    key: key.clone(),
                    owners: 1,
                });
                let h = match t.free.pop() {
                    Some(h) => {
                        t.programs[h] = slot;
                        h
                    }
                    None => {
                        t.programs.push(slot);
                        t.programs.len() - 1
                    }
                };
                t.by_source.insert(key, h);
                h
            })
        }
    };
    let names: Vec<Option<String>> = with_program(handle as i64, |p| {
        Ok(p.search
            .capture_names()
            .map(|n| n.map(str::to_string))
            .collect())
    })?;
    let mut name_objs = Vec::with_capacity(names.len());
    for n in &names {
        name_objs.push(match n {
            Some(s) => new_str(s)?,
            None => vm.none(),
        });
    }
    Ok(new_tuple(vec![
        new_int(handle as i64)?,
        new_int(i64::from(flags))?,
        new_int(names.len() as i64 - 1)?,
        new_tuple(name_objs)?,
    ])?)
}

/// Character ↔ byte offsets of one string.
struct Offsets<'a> {
    s: &'a str,
    /// Byte offset of each character, then the length; empty when ASCII.
    starts: Vec<usize>,
}

impl<'a> Offsets<'a> {
    fn new(s: &'a str) -> Self {
        let starts = if s.is_ascii() {
            Vec::new()
        } else {
            s.char_indices()
                .map(|(b, _)| b)
                .chain(std::iter::once(s.len()))
                .collect()
        };
        Offsets { s, starts }
    }

    fn char_len(&self) -> usize {
        if self.starts.is_empty() {
            self.s.len()
        } else {
            self.starts.len() - 1
        }
    }

    fn byte(&self, c: usize) -> usize {
        if self.starts.is_empty() {
            c
        } else {
            self.starts[c]
        }
    }

    fn char(&self, b: usize) -> usize {
        if self.starts.is_empty() {
            b
        } else {
            self.starts.binary_search(&b).unwrap_or_else(|i| i)
        }
    }

    /// Clamps Python's `pos`/`endpos` to the string, as CPython does.
    fn range(&self, pos: i64, endpos: i64) -> (usize, usize) {
        let n = self.char_len() as i64;
        let end = endpos.clamp(0, n);
        let pos = pos.clamp(0, n);
        (pos as usize, end.max(pos) as usize)
    }
}

/// Spans in characters of one match found in `text[..end]` (`base` = byte
/// offset the haystack starts at).
fn spans(off: &Offsets, caps: &fancy_regex::Captures, base: usize) -> Vec<i64> {
    let mut v = Vec::with_capacity(caps.len() * 2);
    for i in 0..caps.len() {
        match caps.get(i) {
            Some(m) => {
                v.push(off.char(base + m.start()) as i64);
                v.push(off.char(base + m.end()) as i64);
            }
            None => {
                v.push(-1);
                v.push(-1);
            }
        }
    }
    v
}

/// One match at or after char `pos` in `text[..end]` under `mode`.
fn find(
    p: &Program,
    off: &Offsets,
    pos: usize,
    end: usize,
    mode: u8,
) -> PyResult<Option<Vec<i64>>> {
    let (bpos, bend) = (off.byte(pos), off.byte(end));
    let err = |e: fancy_regex::Error| runtime_error(format!("regular expression failed: {e}"));
    let found = if mode == 0 {
        p.search
            .captures_from_pos(&off.s[..bend], bpos)
            .map_err(err)?
            .map(|c| spans(off, &c, 0))
    } else if p.slice_safe || pos == 0 {
        let re = if mode == 1 { &p.anchored } else { &p.full };
        re.captures(&off.s[bpos..bend])
            .map_err(err)?
            .map(|c| spans(off, &c, bpos))
    } else {
        let re = if mode == 1 { &p.search } else { &p.tail };
        re.captures_from_pos(&off.s[..bend], bpos)
            .map_err(err)?
            .map(|c| spans(off, &c, 0))
            .filter(|s| s[0] == pos as i64)
    };
    Ok(found)
}

/// `release(handle)`: a Pattern died (`Pattern.__del__`); the program is
/// freed with its last owner, as CPython frees a pattern's code with it.
fn re_release(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("release", args, 1, 1)?;
    let h = index_value(&args[0])?;
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let Some(h) = usize::try_from(h).ok() else {
            return;
        };
        let Some(slot) = t.programs.get_mut(h).and_then(Option::as_mut) else {
            return;
        };
        slot.owners -= 1;
        if slot.owners == 0 {
            if let Some(slot) = t.programs[h].take() {
                t.by_source.remove(&slot.key);
            }
            t.free.push(h);
        }
    });
    Ok(vm.none())
}

fn with_program<R>(handle: i64, f: impl FnOnce(&Program) -> PyResult<R>) -> PyResult<R> {
    TABLE.with(|t| {
        let t = t.borrow();
        let p = usize::try_from(handle)
            .ok()
            .and_then(|h| t.programs.get(h))
            .and_then(|slot| slot.as_ref().map(|s| &s.program))
            .ok_or_else(|| runtime_error("bad regular expression handle"))?;
        f(p)
    })
}

fn span_tuple(v: &[i64]) -> PyResult<ObjRef> {
    let mut items = Vec::with_capacity(v.len());
    for &x in v {
        items.push(new_int(x)?);
    }
    Ok(new_tuple(items)?)
}

fn re_match(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("match", args, 5, 5)?;
    let handle = index_value(&args[0])?;
    let off = Offsets::new(str_arg(args, 1)?);
    let (pos, end) = off.range(index_value(&args[2])?, index_value(&args[3])?);
    let mode = index_value(&args[4])? as u8;
    match with_program(handle, |p| find(p, &off, pos, end, mode))? {
        Some(v) => span_tuple(&v),
        None => Ok(vm.none()),
    }
}

fn re_scan(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("scan", args, 5, 5)?;
    let handle = index_value(&args[0])?;
    let off = Offsets::new(str_arg(args, 1)?);
    let (mut pos, end) = off.range(index_value(&args[2])?, index_value(&args[3])?);
    let limit = index_value(&args[4])?;
    let mut found = Vec::new();
    let mut last_empty_at: Option<usize> = None;
    with_program(handle, |p| {
        while pos <= end && (limit <= 0 || (found.len() as i64) < limit) {
            let Some(v) = find(p, &off, pos, end, 0)? else {
                break;
            };
            let (s, e) = (v[0] as usize, v[1] as usize);
            if s == e && last_empty_at == Some(s) {
                // The same empty match again: look one character further.
                if s >= end {
                    break;
                }
                pos = s + 1;
                last_empty_at = None;
                continue;
            }
            last_empty_at = (s == e).then_some(e);
            pos = e;
            found.push(v);
        }
        Ok(())
    })?;
    let mut items = Vec::with_capacity(found.len());
    for v in &found {
        items.push(span_tuple(v)?);
    }
    Ok(new_list(items)?)
}
