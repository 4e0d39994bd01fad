//! Argument conversion for built-ins: `__index__`-style integers, argument
//! count checks, keyword-argument lookup.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::exception::{overflow_error, type_error};
use crate::objects::int::{int_small, to_bigint};
use crate::objects::str::try_str;
use crate::objects::tuple::try_tuple_items;
use crate::objects::Layout;
use crate::protocol::object::type_name;
use crate::vm::PyResult;

/// An int argument as i64 (`PyNumber_AsSsize_t`).
pub fn index_value(o: &Obj) -> PyResult<i64> {
    if o.layout() != Layout::Int {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(o)
        )));
    }
    match int_small(o) {
        Some(v) => Ok(v),
        None => {
            let _ = to_bigint(o);
            Err(overflow_error(
                "Python int too large to convert to C ssize_t",
            ))
        }
    }
}

/// Splits a native call's arguments into positional values and
/// (name, value) keyword pairs.
pub fn split_kwargs<'a>(
    args: &'a [ObjRef],
    kwnames: Option<&'a Obj>,
) -> (&'a [ObjRef], Vec<(&'a str, &'a ObjRef)>) {
    match kwnames.and_then(try_tuple_items) {
        Some(names) if !names.is_empty() => {
            let npos = args.len() - names.len();
            let kws = names
                .iter()
                .zip(&args[npos..])
                .map(|(n, v)| (try_str(n).unwrap_or(""), v))
                .collect();
            (&args[..npos], kws)
        }
        _ => (args, Vec::new()),
    }
}

/// Rejects keyword arguments for a built-in that takes none.
pub fn no_kwargs(name: &str, kwnames: Option<&Obj>) -> PyResult<()> {
    if kwnames
        .and_then(try_tuple_items)
        .is_some_and(|k| !k.is_empty())
    {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// Checks a positional argument count, with CPython's messages.
pub fn check_args(name: &str, args: &[ObjRef], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    if min == max {
        return Err(type_error(match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }));
    }
    if n < min {
        return Err(type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )));
    }
    Err(type_error(format!(
        "{name} expected at most {max} argument{}, got {n}",
        if max == 1 { "" } else { "s" }
    )))
}

/// Finds a keyword argument by name.
pub fn kwarg<'a>(kws: &[(&str, &'a ObjRef)], name: &str) -> Option<&'a ObjRef> {
    kws.iter().find(|(k, _)| *k == name).map(|(_, v)| *v)
}

/// Rejects keywords not in `allowed`.
pub fn check_kwargs(fname: &str, kws: &[(&str, &ObjRef)], allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kws {
        if !allowed.contains(k) {
            return Err(type_error(format!(
                "{fname}() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    Ok(())
}
