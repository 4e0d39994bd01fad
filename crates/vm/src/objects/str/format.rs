//! `str.format`: replacement fields `{name!conv:spec}` with auto/manual
//! numbering, attribute and index lookups, and nested fields in the spec.

use crate::memory::object::ObjRef;
use crate::objects::exception;
use crate::objects::exception::{index_error, value_error};
use crate::objects::int::new_int;
use crate::objects::str::new_str;
use crate::protocol::{attr, format, repr, subscript};
use crate::vm::{PyResult, Vm};
use arenapy_format::Text;

pub fn str_format(
    vm: &mut Vm,
    text: &str,
    args: &[ObjRef],
    kws: &[(&str, &ObjRef)],
) -> PyResult<ObjRef> {
    let mut auto = 0usize;
    let mut manual = false;
    // Built on the stack (spilling to the Rust allocator only past 64
    // bytes), then copied into the new str.
    let mut out = Text::new();
    format_with(vm, text, args, kws, &mut auto, &mut manual, 0, &mut out)?;
    Ok(new_str(&out)?)
}

/// Appends `text` with its replacement fields rendered to `out`. The
/// braces are ASCII, so the text is scanned by bytes and copied in runs.
#[allow(clippy::too_many_arguments)]
fn format_with(
    vm: &mut Vm,
    text: &str,
    args: &[ObjRef],
    kws: &[(&str, &ObjRef)],
    auto: &mut usize,
    manual: &mut bool,
    depth: usize,
    out: &mut Text,
) -> PyResult<()> {
    if depth > 2 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut run = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => {
                out.push_str(&text[run..i]);
                if bytes.get(i + 1) == Some(&b'{') {
                    out.push('{');
                    i += 2;
                    run = i;
                    continue;
                }
                // Find the matching close brace, allowing nesting in the spec.
                let mut level = 1;
                let mut j = i + 1;
                while j < bytes.len() {
                    match bytes[j] {
                        b'{' => level += 1,
                        b'}' => {
                            level -= 1;
                            if level == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                if j >= bytes.len() {
                    return Err(value_error(if i + 1 == bytes.len() {
                        "Single '{' encountered in format string"
                    } else {
                        "expected '}' before end of string"
                    }));
                }
                render_field(vm, &text[i + 1..j], args, kws, auto, manual, depth, out)?;
                i = j + 1;
                run = i;
            }
            b'}' => {
                out.push_str(&text[run..i]);
                if bytes.get(i + 1) == Some(&b'}') {
                    out.push('}');
                    i += 2;
                    run = i;
                    continue;
                }
                return Err(value_error("Single '}' encountered in format string"));
            }
            _ => i += 1,
        }
    }
    out.push_str(&text[run..]);
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn render_field(
    vm: &mut Vm,
    field: &str,
    args: &[ObjRef],
    kws: &[(&str, &ObjRef)],
    auto: &mut usize,
    manual: &mut bool,
    depth: usize,
    out: &mut Text,
) -> PyResult<()> {
    // Split off :spec (outside brackets) and !conv.
    let mut name_end = field.len();
    let mut bracket = 0;
    for (k, ch) in field.char_indices() {
        match ch {
            '[' => bracket += 1,
            ']' => bracket -= 1,
            ':' | '!' if bracket == 0 => {
                name_end = k;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let mut rest = &field[name_end..];
    let mut conv = None;
    if let Some(r) = rest.strip_prefix('!') {
        let mut it = r.chars();
        conv = it.next();
        rest = it.as_str();
        if !(rest.is_empty() || rest.starts_with(':')) {
            return Err(value_error("expected ':' after conversion specifier"));
        }
    }
    let spec_raw = rest.strip_prefix(':').unwrap_or("");
    // The first part of the name: index, keyword, or empty (auto).
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut value = if first.is_empty() {
        if *manual {
            return Err(value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        let v = args.get(*auto).cloned().ok_or_else(|| {
            index_error(format!(
                "Replacement index {} out of range for positional args tuple",
                *auto
            ))
        })?;
        *auto += 1;
        v
    } else if let Ok(n) = first.parse::<usize>() {
        if *auto > 0 {
            return Err(value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *manual = true;
        args.get(n).cloned().ok_or_else(|| {
            index_error(format!(
                "Replacement index {n} out of range for positional args tuple"
            ))
        })?
    } else {
        match kws.iter().find(|(k, _)| *k == first) {
            Some((_, v)) => (*v).clone(),
            None => return Err(exception::key_error(new_str(first)?)),
        }
    };
    // The nested fields of the spec are numbered after the field itself.
    let mut nested = Text::new();
    let spec: &str = if spec_raw.contains('{') {
        format_with(
            vm,
            spec_raw,
            args,
            kws,
            auto,
            manual,
            depth + 1,
            &mut nested,
        )?;
        &nested
    } else {
        spec_raw
    };
    // Attribute and index accessors.
    let mut path = &name[first_end..];
    while !path.is_empty() {
        if let Some(r) = path.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = new_str(&r[..end])?;
            value = attr::get_attr(vm, &value, &attr)?;
            path = &r[end..];
        } else if let Some(r) = path.strip_prefix('[') {
            let end = r
                .find(']')
                .ok_or_else(|| value_error("Missing ']' in format string"))?;
            let key_s = &r[..end];
            let key = match key_s.parse::<i64>() {
                Ok(n) => new_int(n)?,
                Err(_) => new_str(key_s)?,
            };
            value = subscript::getitem(vm, &value, &key)?;
            path = &r[end + 1..];
        } else {
            return Err(value_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
    }
    let value = match conv {
        None => value,
        Some('s') => repr::str_of(vm, &value)?,
        Some('r') => repr::repr(vm, &value)?,
        Some('a') => {
            let r = repr::repr_string(vm, &value)?;
            new_str(&crate::objects::str::ascii_escape(&r))?
        }
        Some(c) => return Err(value_error(format!("Unknown conversion specifier {c}"))),
    };
    let r = format::format(vm, &value, spec)?;
    out.push_str(crate::objects::str::try_str(&r).unwrap_or(""));
    Ok(())
}
