//! `str.format`: replacement fields `{name!conv:spec}` with auto/manual
//! numbering, attribute and index lookups, and nested fields in the spec.

use crate::memory::object::ObjRef;
use crate::objects::exception;
use crate::objects::exception::{index_error, value_error};
use crate::objects::int::new_int;
use crate::objects::str::new_str;
use crate::protocol::{attr, format, repr, subscript};
use crate::vm::{PyResult, Vm};

pub fn str_format(
    vm: &mut Vm,
    text: &str,
    args: &[ObjRef],
    kws: &[(&str, &ObjRef)],
) -> PyResult<ObjRef> {
    let mut auto = 0usize;
    let mut manual = false;
    let out = format_with(vm, text, args, kws, &mut auto, &mut manual, 0)?;
    Ok(new_str(&out)?)
}

fn format_with(
    vm: &mut Vm,
    text: &str,
    args: &[ObjRef],
    kws: &[(&str, &ObjRef)],
    auto: &mut usize,
    manual: &mut bool,
    depth: usize,
) -> PyResult<String> {
    if depth > 2 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace, allowing nesting in the spec.
            let mut level = 1;
            let mut j = i + 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => level += 1,
                    '}' => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j].iter().collect();
            out.push_str(&render_field(vm, &field, args, kws, auto, manual, depth)?);
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn render_field(
    vm: &mut Vm,
    field: &str,
    args: &[ObjRef],
    kws: &[(&str, &ObjRef)],
    auto: &mut usize,
    manual: &mut bool,
    depth: usize,
) -> PyResult<String> {
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
    let spec = if spec_raw.contains('{') {
        format_with(vm, spec_raw, args, kws, auto, manual, depth + 1)?
    } else {
        spec_raw.to_string()
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
    let r = format::format(vm, &value, &spec)?;
    Ok(crate::objects::str::try_str(&r).unwrap_or("").to_string())
}
