//! The `%` operator on str (printf-style formatting): the mapping and tuple
//! argument forms, `%s`/`%r`/`%a` through `str()`/`repr()`/`ascii()`, and the
//! numeric conversions through `arenapy_format`, with CPython's errors
//! (`not all arguments converted during string formatting` ...).

use crate::memory::heap;
use crate::memory::object::{Obj, ObjRef};
use crate::objects::exception::{type_error, value_error};
use crate::objects::float::float_value;
use crate::objects::int::to_bigint;
use crate::objects::registry::types;
use crate::objects::str::{new_str, try_str};
use crate::objects::tuple::try_tuple_items;
use crate::objects::typeobject;
use crate::objects::{exception, Layout};
use crate::protocol::format::fmt_err;
use crate::protocol::object::type_name;
use crate::protocol::repr::{repr_string, str_string};
use crate::protocol::{call, convert, object, subscript};
use crate::vm::{PyResult, Vm};

/// `fmt % args` for str.
pub fn percent_format(vm: &mut Vm, fmt: &Obj, args: &Obj) -> PyResult<ObjRef> {
    use arenapy_format::percent_float;
    use arenapy_format::percent_int;
    use arenapy_format::percent_pad_str;
    use arenapy_format::PercentSpec;
    let f = try_str(fmt).expect("str");
    // The arguments read in place: a tuple's items, else the one object.
    let single = [args.to_ref()];
    let tuple_args: &[ObjRef] = match try_tuple_items(args) {
        Some(items) => items,
        None => &single,
    };
    // CPython's `PyMapping_Check(args) && !tuple && !str`: any object with
    // `__getitem__` (a list too) takes `%(key)s` and is never "not all
    // converted".
    let is_mapping = !matches!(args.layout(), Layout::Tuple | Layout::Str)
        && typeobject::lookup_str(args.ty(), "__getitem__").is_some();
    let mut next_arg = 0usize;
    // The result is built on the stack (spilling to the Rust allocator
    // only past 64 bytes), then copied into the new str.
    let mut out = arenapy_format::Text::new();
    let mut chars = f.chars().peekable();
    let mut take_arg = |chars_key: Option<String>, vm: &mut Vm| -> PyResult<ObjRef> {
        if let Some(k) = chars_key {
            if !is_mapping {
                return Err(type_error("format requires a mapping"));
            }
            let key = new_str(&k)?;
            return subscript::getitem(vm, args, &key);
        }
        let a = tuple_args
            .get(next_arg)
            .cloned()
            .ok_or_else(|| type_error("not enough arguments for format string"))?;
        next_arg += 1;
        Ok(a)
    };
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut key = None;
        if chars.peek() == Some(&'(') {
            chars.next();
            let mut k = String::new();
            let mut depth = 1;
            for c in chars.by_ref() {
                if c == '(' {
                    depth += 1;
                } else if c == ')' {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                k.push(c);
            }
            key = Some(k);
        }
        let mut spec = PercentSpec {
            left: false,
            plus: false,
            space: false,
            alternate: false,
            zero: false,
            width: None,
            precision: None,
            conv: 's',
        };
        while let Some(&c) = chars.peek() {
            match c {
                '-' => spec.left = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.alternate = true,
                '0' => spec.zero = true,
                _ => break,
            }
            chars.next();
        }
        if chars.peek() == Some(&'*') {
            chars.next();
            let w = take_arg(None, vm)?;
            let w = convert::index_value(&w).map_err(|_| type_error("* wants int"))?;
            if w < 0 {
                spec.left = true;
            }
            spec.width = Some(w.unsigned_abs() as usize);
        } else {
            let mut w = arenapy_format::Text::new();
            while let Some(&c) = chars.peek().filter(|c| c.is_ascii_digit()) {
                w.push(c);
                chars.next();
            }
            if !w.is_empty() {
                // CPython reads the digits into a Py_ssize_t.
                let width = w
                    .parse::<isize>()
                    .map_err(|_| value_error("width too big"))?;
                spec.width = Some(width as usize);
            }
        }
        if chars.peek() == Some(&'.') {
            chars.next();
            if chars.peek() == Some(&'*') {
                chars.next();
                let p = take_arg(None, vm)?;
                // CPython's `_PyLong_AsInt`: a C int, a negative one is 0.
                let p = match convert::index_value(&p) {
                    Ok(v) if v <= i32::MAX as i64 => v,
                    _ if p.layout() == Layout::Int => {
                        let msg = "Python int too large to convert to C int";
                        return Err(exception::overflow_error(msg));
                    }
                    _ => return Err(type_error("* wants int")),
                };
                spec.precision = Some(p.max(0) as usize);
            } else {
                let mut p = arenapy_format::Text::new();
                while let Some(&c) = chars.peek().filter(|c| c.is_ascii_digit()) {
                    p.push(c);
                    chars.next();
                }
                // CPython reads the digits into a C int.
                let prec = match p.parse::<i32>() {
                    Ok(v) => v,
                    Err(_) if p.is_empty() => 0,
                    Err(_) => return Err(value_error("precision too big")),
                };
                spec.precision = Some(prec as usize);
            }
        }
        while matches!(chars.peek(), Some('h' | 'l' | 'L')) {
            chars.next();
        }
        let Some(conv) = chars.next() else {
            return Err(value_error("incomplete format"));
        };
        spec.conv = conv;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let arg = take_arg(key, vm)?;
        // The usual plain conversions are written straight into the
        // result: a str for %s, a word-sized int for %d/%s, a float's
        // digits for %f/%e/%g without width.
        let plain = spec.width.is_none()
            && spec.precision.is_none()
            && !(spec.left || spec.plus || spec.space || spec.alternate || spec.zero);
        let exact = |t: &Obj| arg.ty().is(t);
        if plain && conv == 's' && exact(&types().str) {
            out.push_str(try_str(&arg).unwrap_or(""));
            continue;
        }
        if plain && matches!(conv, 's' | 'r' | 'd' | 'i' | 'u') && exact(&types().int) {
            if let Some(v) = crate::objects::int::int_small(&arg) {
                let mut buf = [0u8; 20];
                out.push_str(crate::objects::int::small_int_decimal(v, &mut buf));
                continue;
            }
        }
        if matches!(conv, 'e' | 'E' | 'f' | 'F' | 'g' | 'G') && exact(&types().float) {
            let v = float_value(&arg).unwrap_or(0.0);
            let t = arenapy_format::percent_float_text(v, &spec).map_err(fmt_err)?;
            out.push_str(&t);
            continue;
        }
        let piece = match conv {
            's' => percent_pad_str(&str_string(vm, &arg)?, &spec).map_err(fmt_err)?,
            'r' | 'a' => percent_pad_str(&repr_string(vm, &arg)?, &spec).map_err(fmt_err)?,
            'o' | 'x' | 'X' => {
                // Only ints and objects with `__index__`.
                let is_index = to_bigint(&arg).is_some()
                    || (object::is_heap_type_instance(&arg)
                        && typeobject::lookup_str(arg.ty(), "__index__").is_some());
                if !is_index {
                    return Err(type_error(format!(
                        "%{conv} format: an integer is required, not {}",
                        type_name(&arg)
                    )));
                }
                let i = convert::number_index(vm, &arg)?;
                percent_int(&to_bigint(&i).expect("int"), &spec).map_err(fmt_err)?
            }
            'd' | 'i' | 'u' => {
                let v = if let Some(b) = to_bigint(&arg) {
                    b
                } else if let Some(fv) = float_value(&arg) {
                    if !fv.is_finite() {
                        return Err(exception::overflow_error(
                            "cannot convert float infinity to integer",
                        ));
                    }
                    num_traits::FromPrimitive::from_f64(fv.trunc()).unwrap_or_default()
                } else if object::is_heap_type_instance(&arg)
                    && ["__index__", "__int__", "__trunc__"]
                        .iter()
                        .any(|m| typeobject::lookup_str(arg.ty(), m).is_some())
                {
                    // PyNumber_Check, then int(x) (whose TypeError, for an
                    // object with only `__float__`, is the message below).
                    let i = call::call(vm, &types().int, std::slice::from_ref(&arg), None)?;
                    to_bigint(&i).expect("int")
                } else {
                    return Err(type_error(format!(
                        "%{} format: a real number is required, not {}",
                        conv,
                        type_name(&arg)
                    )));
                };
                percent_int(&v, &spec).map_err(fmt_err)?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let v = convert::float_value_of(vm, &arg)?.ok_or_else(|| {
                    type_error(format!("must be real number, not {}", type_name(&arg)))
                })?;
                percent_float(v, &spec).map_err(fmt_err)?
            }
            'c' => {
                let s = if let Some(s) = try_str(&arg) {
                    if s.chars().count() != 1 {
                        return Err(type_error("%c requires int or char"));
                    }
                    s.to_string()
                } else {
                    let i = convert::number_index(vm, &arg)
                        .map_err(|_| type_error("%c requires int or char"))?;
                    let n = convert::index_value(&i).unwrap_or(-1);
                    match u32::try_from(n).ok().and_then(char::from_u32) {
                        Some(c) => c.to_string(),
                        None if (0..0x110000).contains(&n) => {
                            // A lone surrogate: arenapy's str cannot hold one.
                            return Err(value_error("%c arg is a surrogate"));
                        }
                        None => {
                            return Err(exception::overflow_error("%c arg not in range(0x110000)"))
                        }
                    }
                };
                percent_pad_str(&s, &spec).map_err(fmt_err)?
            }
            other => {
                return Err(value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    other,
                    other as u32,
                    f.find(other).unwrap_or(0)
                )))
            }
        };
        if !out.try_reserve(piece.len()) {
            return Err(heap::no_memory());
        }
        out.push_str(&piece);
    }
    if !is_mapping && next_arg < tuple_args.len() {
        return Err(type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(new_str(&out)?)
}
