//! `str.format` and `str.format_map` as CPython's
//! `Objects/stringlib/unicode_format.h`: the markup iterator (literal text,
//! `{{`/`}}`, "Single '{' encountered"), `parse_field` (field name,
//! `!conv`, `:spec` with nested fields, up to two levels), the field name
//! split (an all-digit first part is a positional index, anything else a
//! key; `[digits]` indexes with an int, any other `[key]` with a str) and
//! automatic/manual numbering, with CPython's messages.

use crate::memory::heap;
use crate::memory::heap::HVec;
use crate::memory::object::ObjRef;
use crate::objects::exception;
use crate::objects::exception::{index_error, value_error};
use crate::objects::int::new_int;
use crate::objects::str::{new_str, try_str};
use crate::protocol::{attr, format, repr, subscript};
use crate::vm::{PyResult, Vm};
use arenapy_format::Text;
use arenapy_syntax::unicode_db as udb;

/// Where named fields come from.
pub enum Named<'a> {
    /// `str.format`'s keyword arguments.
    Keywords(&'a [(&'a str, &'a ObjRef)]),
    /// `str.format_map`'s mapping (looked up with `[]`).
    Mapping(&'a ObjRef),
}

/// CPython's `AutoNumber`: which numbering the fields use so far and the
/// next automatic number.
#[derive(PartialEq)]
enum Numbering {
    Init,
    Auto,
    Manual,
}

struct Ctx<'a> {
    /// `None` for `format_map` (no positional arguments at all).
    args: Option<&'a [ObjRef]>,
    named: Named<'a>,
    numbering: Numbering,
    next_auto: usize,
}

/// `text.format(*args, **kws)`.
pub fn str_format(
    vm: &mut Vm,
    text: &str,
    args: &[ObjRef],
    kws: &[(&str, &ObjRef)],
) -> PyResult<ObjRef> {
    let mut ctx = Ctx {
        args: Some(args),
        named: Named::Keywords(kws),
        numbering: Numbering::Init,
        next_auto: 0,
    };
    let chars = chars_of(text)?;
    let out = build_string(vm, &chars, &mut ctx, 2)?;
    Ok(new_str(text_of(&out))?)
}

/// `text.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, text: &str, mapping: &ObjRef) -> PyResult<ObjRef> {
    let mut ctx = Ctx {
        args: None,
        named: Named::Mapping(mapping),
        numbering: Numbering::Init,
        next_auto: 0,
    };
    let chars = chars_of(text)?;
    let out = build_string(vm, &chars, &mut ctx, 2)?;
    Ok(new_str(text_of(&out))?)
}

/// The characters of the format string, in a heap array (no Rust
/// allocation).
fn chars_of(text: &str) -> PyResult<HVec<char>> {
    let mut chars: HVec<char> = heap::try_hvec(text.len())?;
    chars.extend(text.chars());
    Ok(chars)
}

/// The result being built: UTF-8 bytes in a heap buffer (CPython writes
/// into a str object of the heap with its `_PyUnicodeWriter`).
type Out = HVec<u8>;

fn put(out: &mut Out, s: &str) -> PyResult<()> {
    out.try_reserve(s.len()).map_err(|_| heap::no_memory())?;
    out.extend_from_slice(s.as_bytes());
    Ok(())
}

fn put_chars(out: &mut Out, cs: &[char]) -> PyResult<()> {
    for &c in cs {
        let mut b = [0u8; 4];
        put(out, c.encode_utf8(&mut b))?;
    }
    Ok(())
}

/// Only whole strs are written to an [`Out`], so it is UTF-8.
fn text_of(out: &Out) -> &str {
    std::str::from_utf8(out).unwrap_or("")
}

/// Characters as stack text (names and specs: short; a long one spills).
fn text_from(cs: &[char]) -> Text {
    let mut t = Text::new();
    for &c in cs {
        t.push(c);
    }
    t
}

/// One parsed replacement field (`parse_field`'s results).
struct Field {
    name: (usize, usize),
    conversion: Option<char>,
    spec: (usize, usize),
    spec_needs_expanding: bool,
}

fn build_string(vm: &mut Vm, s: &[char], ctx: &mut Ctx, depth: i32) -> PyResult<Out> {
    if depth <= 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let mut out: Out = heap::try_hvec(s.len() + 16)?;
    let mut pos = 0;
    while pos < s.len() {
        // The literal text up to a brace (CPython's `MarkupIterator_next`).
        let start = pos;
        let mut c = '\0';
        let mut markup_follows = false;
        while pos < s.len() {
            c = s[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup_follows = true;
                break;
            }
        }
        let at_end = pos >= s.len();
        let mut len = pos - start;
        if c == '}' && markup_follows && (at_end || s[pos] != '}') {
            return Err(value_error("Single '}' encountered in format string"));
        }
        if at_end && c == '{' && markup_follows {
            return Err(value_error("Single '{' encountered in format string"));
        }
        if !at_end && markup_follows {
            if s[pos] == c {
                // An escaped brace: the literal keeps one of the two.
                pos += 1;
                markup_follows = false;
            } else {
                len -= 1;
            }
        }
        put_chars(&mut out, &s[start..start + len])?;
        if !markup_follows {
            continue;
        }
        let field = parse_field(s, &mut pos)?;
        output_markup(vm, s, &field, ctx, depth, &mut out)?;
    }
    Ok(out)
}

/// CPython's `parse_field`, from just after the `{`.
fn parse_field(s: &[char], pos: &mut usize) -> PyResult<Field> {
    let name_start = *pos;
    let mut c = '\0';
    while *pos < s.len() {
        c = s[*pos];
        *pos += 1;
        match c {
            '{' => return Err(value_error("unexpected '{' in field name")),
            '[' => {
                while *pos < s.len() && s[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let mut field = Field {
        name: (name_start, pos.saturating_sub(1).max(name_start)),
        conversion: None,
        spec: (0, 0),
        spec_needs_expanding: false,
    };
    if c == '!' || c == ':' {
        if c == '!' {
            if *pos >= s.len() {
                return Err(value_error(
                    "end of string while looking for conversion specifier",
                ));
            }
            field.conversion = Some(s[*pos]);
            *pos += 1;
            if *pos < s.len() {
                let c2 = s[*pos];
                *pos += 1;
                if c2 == '}' {
                    return Ok(field);
                }
                if c2 != ':' {
                    return Err(value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        while *pos < s.len() {
            let c2 = s[*pos];
            *pos += 1;
            match c2 {
                '{' => {
                    field.spec_needs_expanding = true;
                    count += 1;
                }
                '}' => {
                    count -= 1;
                    if count == 0 {
                        field.spec = (spec_start, *pos - 1);
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        return Err(value_error("unmatched '{' in format spec"));
    } else if c != '}' {
        return Err(value_error("expected '}' before end of string"));
    }
    Ok(field)
}

/// The decimal value of a Unicode decimal digit (`Py_UNICODE_TODECIMAL`):
/// decimal digits come in runs of ten, zero first.
fn decimal_value(c: char) -> Option<usize> {
    if c.is_ascii_digit() {
        return Some(c as usize - '0' as usize);
    }
    if !udb::has(c, udb::DECIMAL) {
        return None;
    }
    let mut start = c as u32;
    while start > 0 && char::from_u32(start - 1).is_some_and(|p| udb::has(p, udb::DECIMAL)) {
        start -= 1;
    }
    Some(((c as u32 - start) % 10) as usize)
}

/// CPython's `get_integer`: `Ok(None)` when `s` is empty or not all
/// decimal digits.
fn get_integer(s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in s {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

/// CPython's `get_field_object`: the object a field name stands for.
fn get_field_object(vm: &mut Vm, name: &[char], ctx: &mut Ctx) -> PyResult<ObjRef> {
    let first_end = name
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(name.len());
    let first = &name[..first_end];
    let mut index = get_integer(first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        if ctx.numbering == Numbering::Init {
            ctx.numbering = if empty {
                Numbering::Auto
            } else {
                Numbering::Manual
            };
        }
        if ctx.numbering == Numbering::Manual && empty {
            return Err(value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if ctx.numbering == Numbering::Auto && !empty {
            return Err(value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        if empty {
            index = Some(ctx.next_auto);
            ctx.next_auto += 1;
        }
    }
    let mut obj = match index {
        None => {
            let key = text_from(first);
            let key: &str = &key;
            match &ctx.named {
                Named::Keywords(kws) => match kws.iter().find(|(k, _)| *k == key) {
                    Some((_, v)) => (*v).clone(),
                    None => return Err(exception::key_error(new_str(key)?)),
                },
                Named::Mapping(m) => {
                    let m = (*m).clone();
                    let key = new_str(key)?;
                    subscript::getitem(vm, &m, &key)?
                }
            }
        }
        Some(i) => {
            let Some(args) = ctx.args else {
                return Err(value_error("Format string contains positional fields"));
            };
            args.get(i).cloned().ok_or_else(|| {
                index_error(format!(
                    "Replacement index {i} out of range for positional args tuple"
                ))
            })?
        }
    };
    // The rest: `.attr` and `[key]` (CPython's `FieldNameIterator`).
    let mut i = first_end;
    while i < name.len() {
        let c = name[i];
        i += 1;
        let start = i;
        let is_attr = match c {
            '.' => {
                while i < name.len() && name[i] != '.' && name[i] != '[' {
                    i += 1;
                }
                true
            }
            '[' => {
                while i < name.len() && name[i] != ']' {
                    i += 1;
                }
                if i >= name.len() {
                    return Err(value_error("Missing ']' in format string"));
                }
                i += 1;
                false
            }
            _ => {
                return Err(value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ))
            }
        };
        let part = &name[start..if is_attr { i } else { i - 1 }];
        if part.is_empty() {
            return Err(value_error("Empty attribute in format string"));
        }
        let text = text_from(part);
        obj = if is_attr {
            let name = new_str(&text)?;
            attr::get_attr(vm, &obj, &name)?
        } else {
            let key = match get_integer(part)? {
                Some(n) => new_int(n as i64)?,
                None => new_str(&text)?,
            };
            subscript::getitem(vm, &obj, &key)?
        };
    }
    Ok(obj)
}

/// CPython's `output_markup`: the field's object, its conversion, the
/// expanded spec, then `format(obj, spec)`.
fn output_markup(
    vm: &mut Vm,
    s: &[char],
    field: &Field,
    ctx: &mut Ctx,
    depth: i32,
    out: &mut Out,
) -> PyResult<()> {
    let obj = get_field_object(vm, &s[field.name.0..field.name.1], ctx)?;
    let obj = match field.conversion {
        None => obj,
        Some('r') => repr::repr(vm, &obj)?,
        Some('s') => repr::str_of(vm, &obj)?,
        Some('a') => {
            let r = repr::repr_string(vm, &obj)?;
            new_str(&crate::objects::str::ascii_escape(&r))?
        }
        Some(c) if (c as u32) > 32 && (c as u32) < 127 => {
            return Err(value_error(format!("Unknown conversion specifier {c}")))
        }
        Some(c) => {
            return Err(value_error(format!(
                "Unknown conversion specifier \\x{:x}",
                c as u32
            )))
        }
    };
    let spec_chars = &s[field.spec.0..field.spec.1];
    let r = if field.spec_needs_expanding {
        let spec = build_string(vm, spec_chars, ctx, depth - 1)?;
        format::format(vm, &obj, text_of(&spec))?
    } else {
        format::format(vm, &obj, &text_from(spec_chars))?
    };
    put(out, try_str(&r).unwrap_or(""))
}
